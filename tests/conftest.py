"""Shared fixtures. Make tests/ importable for the helpers module."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

# Hypothesis: `--hypothesis-profile=ci-long` runs the fuzz tests with many more examples (see
# tests/test_fuzz_extract.py, which reads the profile's max_examples); the default run stays fast.
from hypothesis import settings  # noqa: E402

settings.register_profile("ci-long", max_examples=2000, deadline=None)
