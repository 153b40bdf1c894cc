"""Corpus builds: incremental (touch one file → only its graph changes), parallel = serial, interrupts.

Everything goes through the real CLI; the store is read back with pyoxigraph (read-only), which is
what a server sees.
"""

from __future__ import annotations

import contextlib
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pyoxigraph as ox
import pytest
from helpers import SEED000, SEED002, run_cli

from kangzhan.store import current_generation

GRAPH = "https://w3id.org/kangzhan/graph/document/"


def _paragraphs(path: Path) -> list[str]:
    return [p for p in path.read_text(encoding="utf-8").split("\n") if p.strip()]


def _corpus(tmp_path: Path, n: int, paras: int = 3) -> Path:
    """N small documents made of real seed paragraphs (distinct ids, distinct content)."""
    pool = _paragraphs(SEED000) + _paragraphs(SEED002)
    d = tmp_path / "corpus"
    d.mkdir()
    for i in range(n):
        text = "\n".join(pool[(i * paras + k) % len(pool)] for k in range(paras))
        (d / f"doc{i:04d}.txt").write_text(f"{text}\n第{i}篇。\n", encoding="utf-8")
    return d


def _graphs(store: Path) -> dict[str, bytes]:
    """Each document graph of the live generation as sorted N-Quads (the ontology has blank nodes)."""
    s = ox.Store.read_only(str(current_generation(store)))
    out = {}
    for g in s.named_graphs():
        if not g.value.startswith(GRAPH):
            continue
        data = s.dump(format=ox.RdfFormat.N_QUADS, from_graph=g) or b""
        out[g.value] = b"\n".join(sorted(data.splitlines()))
    return out


def _summary(stderr: str) -> dict[str, int]:
    m = re.search(r"extracted (\d+), unchanged (\d+), removed (\d+)", stderr)
    assert m, stderr
    return dict(zip(("extracted", "unchanged", "removed"), map(int, m.groups()), strict=True))


def test_touch_one_file_rebuilds_only_its_graph(tmp_path):
    corpus, store = _corpus(tmp_path, 4), tmp_path / "store"
    r = run_cli("build", str(corpus), "--workers", "2", store=store)
    assert r.returncode == 0, r.stderr
    assert _summary(r.stderr) == {"extracted": 4, "unchanged": 0, "removed": 0}
    before = _graphs(store)
    assert len(before) == 4

    # nothing changed: nothing is extracted, the graphs are the same
    r = run_cli("build", str(corpus), "--workers", "2", store=store)
    assert r.returncode == 0, r.stderr
    assert _summary(r.stderr) == {"extracted": 0, "unchanged": 4, "removed": 0}
    assert _graphs(store) == before

    # one file changes: only it is extracted again, only its graph differs
    server_view = ox.Store.read_only(str(current_generation(store)))  # as a running server holds it
    n_old = len(list(server_view.quads_for_pattern(None, None, None, None)))
    touched = corpus / "doc0001.txt"
    touched.write_text(touched.read_text(encoding="utf-8") + "1938年3月，台儿庄战役爆发。\n", encoding="utf-8")
    r = run_cli("build", str(corpus), "--workers", "2", store=store)
    assert r.returncode == 0, r.stderr
    assert _summary(r.stderr) == {"extracted": 1, "unchanged": 3, "removed": 0}
    after = _graphs(store)
    assert after[GRAPH + "doc0001"] != before[GRAPH + "doc0001"]
    for doc in ("doc0000", "doc0002", "doc0003"):
        assert after[GRAPH + doc] == before[GRAPH + doc]
    # the generation a server had open is kept (keep N-1) and still answers
    assert len(list(server_view.quads_for_pattern(None, None, None, None))) == n_old
    assert len(list(store.glob("gen-*"))) == 2
    # the incremental result is what a fresh build of the same files gives
    fresh = tmp_path / "fresh"
    assert run_cli("build", str(corpus), "--workers", "2", store=fresh).returncode == 0
    assert _graphs(fresh) == after

    # a removed file's graph disappears; the others stay as they were
    (corpus / "doc0003.txt").unlink()
    r = run_cli("build", str(corpus), "--workers", "2", store=store)
    assert r.returncode == 0, r.stderr
    assert _summary(r.stderr) == {"extracted": 0, "unchanged": 3, "removed": 1}
    final = _graphs(store)
    assert GRAPH + "doc0003" not in final
    assert final == {k: v for k, v in after.items() if not k.endswith("doc0003")}


def test_parallel_build_equals_serial_build(tmp_path):
    corpus = _corpus(tmp_path, 5)
    serial, parallel = tmp_path / "serial.nq", tmp_path / "parallel.nq"
    r1 = run_cli("build", str(corpus), "-o", str(serial), "--workers", "1")
    r2 = run_cli("build", str(corpus), "-o", str(parallel), "--workers", "2")
    assert r1.returncode == 0 and r2.returncode == 0, r1.stderr + r2.stderr
    assert serial.stat().st_size > 0 and serial.read_bytes() == parallel.read_bytes()


def _children(pid: int) -> set[int]:
    out: set[int] = set()
    for task in Path(f"/proc/{pid}/task").glob("*"):
        with contextlib.suppress(OSError):
            out |= {int(c) for c in (task / "children").read_text().split()}
    return out


def _alive(pid: int) -> bool:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] != "Z"


@pytest.mark.slow
def _interruptible() -> None:
    """In the child: Ctrl-C as at a terminal. A shell's background job (nohup CMD &) inherits SIGINT ignored, and a
    build started under it would rightly ignore the test's SIGINT too."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM, signal.SIGKILL])
def test_interrupted_parallel_build_keeps_previous_store(tmp_path, sig):
    store = tmp_path / "store"
    small = _corpus(tmp_path, 2)
    assert run_cli("build", str(small), store=store).returncode == 0
    before = _graphs(store)
    big = tmp_path / "big"
    big.mkdir()
    text = SEED000.read_text(encoding="utf-8")
    for i in range(400):
        (big / f"big{i:04d}.txt").write_text(f"{text}\n第{i}篇。\n", encoding="utf-8")
    env = dict(os.environ, KANGZHAN_STORE=str(store))
    env.pop("KANGZHAN_DEBUG", None)
    p = subprocess.Popen([sys.executable, "-m", "kangzhan", "build", str(big), "--workers", "2"], env=env,
                         preexec_fn=_interruptible,
                         stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    deadline = time.time() + 120
    workers: set[int] = set()
    while time.time() < deadline and p.poll() is None and (not list(store.glob(".tmp-*")) or len(workers) < 2):
        workers |= _children(p.pid)
        time.sleep(0.05)
    time.sleep(1.0)
    assert p.poll() is None, "the build finished before it could be interrupted"
    workers |= _children(p.pid)
    assert workers, "no worker processes seen"
    p.send_signal(sig)
    _, err = p.communicate(timeout=60)
    assert p.returncode != 0
    assert "Traceback" not in err
    deadline = time.time() + 10
    while time.time() < deadline and any(_alive(w) for w in workers):
        time.sleep(0.1)
    assert not any(_alive(w) for w in workers), "worker processes outlived the build"
    assert _graphs(store) == before
    if sig != signal.SIGKILL:  # a killed build cannot clean up; the next build sweeps its leftovers
        assert not list(store.glob(".tmp-*"))
    assert run_cli("build", str(small), store=store).returncode == 0
    assert not list(store.glob(".tmp-*"))
    assert _graphs(store) == before
