"""`python -m kangzhan` is the same as the `kangzhan` command."""

from kangzhan.cli import main

if __name__ == "__main__":
    main()
