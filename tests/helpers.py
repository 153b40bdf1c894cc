"""Helpers shared by the tests: run the real CLI in a subprocess."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
SEED000 = SEEDS / "000_839689239072b8d6.txt"
SEED002 = SEEDS / "002_1263db974dd0ab26.txt"
SHARED = ROOT.parent / "shared"


def run_cli(*args: str, store: Path | None = None, timeout: float = 300, **kw) -> subprocess.CompletedProcess:
    """`python -m kangzhan ARGS` with an isolated store; returns the completed process (text mode)."""
    env = dict(os.environ)
    env.pop("KANGZHAN_DEBUG", None)
    if store is not None:
        env["KANGZHAN_STORE"] = str(store)
    return subprocess.run([sys.executable, "-m", "kangzhan", *args], capture_output=True, text=True,
                          env=env, timeout=timeout, **kw)


def extract_json(tmp_path: Path, text: str, name: str = "doc.txt", encoding: str = "utf-8") -> dict:
    """`kangzhan extract FILE --json` on TEXT written to tmp_path/NAME in ENCODING; the parsed facts."""
    import json

    p = tmp_path / name
    p.write_bytes(text.encode(encoding))
    r = run_cli("extract", str(p), "--json")
    assert r.returncode == 0, r.stderr
    return json.loads(r.stdout)


def extract_jsonl(tmp_path: Path, text: str, name: str = "doc.txt") -> list[dict]:
    """`kangzhan extract FILE --format jsonl` on TEXT written to tmp_path/NAME: every mention, then the facts."""
    import json

    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    r = run_cli("extract", str(p), "--format", "jsonl")
    assert r.returncode == 0, r.stderr
    return [json.loads(line) for line in r.stdout.splitlines()]
