"""Optional parts of the web app (visual views, exports over HTTP …), one module each.

Each module defines a Flask `blueprint`; `create_app` registers every one it finds here, so a new
group of pages is a new file rather than an edit to app.py. Blueprints reach the store through
`current_app.config["KANGZHAN_STORE"]`.
"""

from __future__ import annotations

import importlib
import pkgutil

from flask import Blueprint


def discover() -> list[Blueprint]:
    """The `blueprint` of every module in this package, sorted by module name."""
    found = []
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        module = importlib.import_module(f"{__name__}.{info.name}")
        bp = getattr(module, "blueprint", None)
        if isinstance(bp, Blueprint):
            found.append(bp)
    return found
