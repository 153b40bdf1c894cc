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
    """`kangzhan extract FILE --json` (in this process) on TEXT written to tmp_path/NAME in ENCODING; the parsed facts."""
    import json

    p = tmp_path / name
    p.write_bytes(text.encode(encoding))
    return json.loads(_extract_in_process(str(p), "--json"))


def extract_jsonl(tmp_path: Path, text: str, name: str = "doc.txt") -> list[dict]:
    """`kangzhan extract FILE --format jsonl` (in this process) on TEXT written to tmp_path/NAME: every mention, then the facts."""
    import json

    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return [json.loads(line) for line in _extract_in_process(str(p), "--format", "jsonl").splitlines()]


def _extract_in_process(*args: str) -> str:
    """Stdout of `kangzhan extract ARGS`, run through click in this process.

    The rule tests call extract thousands of times; a fresh interpreter per call spends ~1.5 s of CPU
    importing jieba and the lexicons, most of the suite's time. The command, its options and its
    output are the same; the process-level behaviour (exit codes, signals, bad input) is tested
    through real subprocesses in test_cli*.py and test_hostile_cli.py."""
    from click.testing import CliRunner

    from kangzhan.cli import cli

    r = CliRunner().invoke(cli, ["extract", *args], catch_exceptions=False)
    assert r.exit_code == 0, r.stderr
    return r.stdout
