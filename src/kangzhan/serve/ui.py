"""The query page at /."""
from __future__ import annotations

from flask import Blueprint

blueprint = Blueprint("ui", __name__)
