"""`kangzhan serve` refuses unsafe or nonsensical settings with one line, before serving anything."""

from __future__ import annotations

import pytest
from helpers import run_cli


@pytest.mark.parametrize("args,expected", [
    (["--allow-update"], "--allow-update needs --token"),
    (["--service-allow", "file:///etc/passwd"], "full http(s) address"),
    (["--timeout", "0"], "--timeout"),
    (["--max-rows", "-5"], "--max-rows"),
])
def test_serve_refuses_bad_settings(tmp_path, args, expected):
    r = run_cli("serve", "--port", "1", *args, store=tmp_path / "store", timeout=60)
    assert r.returncode != 0
    assert expected in r.stderr
    assert "Traceback" not in r.stderr
    assert len([line for line in r.stderr.splitlines() if line.strip()]) <= 3
