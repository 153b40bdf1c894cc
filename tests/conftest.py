"""Shared fixtures. Make tests/ importable for the helpers module."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
