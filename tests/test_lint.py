"""The code base stays ruff-clean (the linter runs as part of the test suite, so CI enforces it)."""

import subprocess
import sys

from helpers import ROOT


def test_ruff_clean():
    targets = [str(ROOT / d) for d in ("src", "tests", "benchmarks") if (ROOT / d).exists()]
    r = subprocess.run([sys.executable, "-m", "ruff", "check", "--no-cache", *targets],
                       capture_output=True, text=True, cwd=ROOT)
    assert r.returncode == 0, r.stdout + r.stderr
