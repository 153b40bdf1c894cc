"""`python -m benchmarks [--large]`."""

import sys

from benchmarks.run import main

sys.exit(main())
