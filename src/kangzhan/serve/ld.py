"""Linked-Data pages."""
from __future__ import annotations

from flask import Blueprint

blueprint = Blueprint("ld", __name__)
