"""A real `oxigraph` server (PyPI package oxigraph, in the test extras) run by a test on 127.0.0.1."""

from __future__ import annotations

import contextlib
import shutil
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest


def oxigraph_binary() -> str:
    """The `oxigraph` CLI beside this Python, else on PATH; a test fails (never skips) without it."""
    exe = Path(sys.executable).with_name("oxigraph")
    found = str(exe) if exe.exists() else shutil.which("oxigraph")
    if not found:
        pytest.fail("the `oxigraph` server (PyPI oxigraph, in the test extras) is not installed")
    return found


@contextlib.contextmanager
def running_oxigraph(args: list[str], port: int, log: Path | None = None,
                     probe: str = "/") -> Iterator[str]:
    """`oxigraph ARGS --bind 127.0.0.1:PORT`, waited for until PROBE answers; yields the base URL."""
    out = open(log, "wb") if log else subprocess.DEVNULL  # noqa: SIM115 - closed below
    proc = subprocess.Popen([oxigraph_binary(), *args, "--bind", f"127.0.0.1:{port}"],
                            stdout=out, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                urllib.request.urlopen(base + probe, timeout=2).read()
                break
            except OSError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    detail = log.read_text(errors="replace") if log else ""
                    pytest.fail(f"oxigraph {args[0]} did not start {detail}")
                time.sleep(0.1)
        yield base
    finally:
        proc.terminate()
        with contextlib.suppress(subprocess.TimeoutExpired):
            proc.wait(timeout=10)
        if proc.poll() is None:
            proc.kill()
        if log:
            out.close()
