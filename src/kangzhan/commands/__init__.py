"""More `kangzhan` subcommands, one module each (extract, link, export …).

Each module defines a click command named `command`; `kangzhan.cli` adds every one it finds here,
so a new verb is a new file rather than an edit to a shared one.
"""

from __future__ import annotations

import importlib
import pkgutil

import click


def discover() -> list[click.Command]:
    """The `command` of every module in this package, sorted by module name."""
    found = []
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        module = importlib.import_module(f"{__name__}.{info.name}")
        cmd = getattr(module, "command", None)
        if isinstance(cmd, click.Command):
            found.append(cmd)
    return found
