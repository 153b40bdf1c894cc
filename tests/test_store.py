"""The embedded store: atomic builds, queries, stats, validation of the store."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time

from helpers import SEED000, SEED002, run_cli

COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"


def test_build_query_stats_validate(tmp_path):
    store = tmp_path / "store"
    r = run_cli("build", str(SEED002), store=store)
    assert r.returncode == 0, r.stderr
    q = run_cli("query", "SELECT ?l WHERE { ?b a kz:Battle; rdfs:label ?l } ORDER BY ?l", "--format", "csv",
                store=store)
    assert q.returncode == 0, q.stderr
    assert "淞沪会战" in q.stdout
    s = run_cli("stats", store=store)
    assert s.returncode == 0 and "kz:Battle" in s.stdout and "002_1263db974dd0ab26" in s.stdout
    v = run_cli("validate", store=store)
    assert v.returncode == 0, v.stdout + v.stderr
    # each document has its own named graph, the ontology another
    g = run_cli("query", "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } } ORDER BY ?g", "--format", "csv",
                store=store)
    assert "graph/ontology" in g.stdout and "graph/document/002_1263db974dd0ab26" in g.stdout


def test_broken_query_is_one_line(tmp_path):
    store = tmp_path / "store"
    assert run_cli("build", str(SEED002), store=store).returncode == 0
    r = run_cli("query", "SELECT WHERE {", store=store)
    assert r.returncode == 1 and "SPARQL syntax error" in r.stderr and "Traceback" not in r.stderr


def test_query_on_empty_store(tmp_path):
    r = run_cli("query", COUNT, store=tmp_path / "none")
    assert r.returncode == 1 and "empty" in r.stderr


def _count(store):
    r = run_cli("query", COUNT, "--format", "csv", store=store)
    assert r.returncode == 0, r.stderr
    return int(r.stdout.splitlines()[1])


def test_rebuild_replaces_and_failed_build_keeps_previous(tmp_path):
    store = tmp_path / "store"
    assert run_cli("build", str(SEED002), store=store).returncode == 0
    before = _count(store)
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x01\x02" * 100)
    r = run_cli("build", str(SEED000), str(bad), store=store)
    assert r.returncode != 0
    assert _count(store) == before
    assert not list(store.glob(".tmp-*"))


def test_interrupted_build_leaves_previous_store(tmp_path):
    store = tmp_path / "store"
    assert run_cli("build", str(SEED002), store=store).returncode == 0
    before = _count(store)
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for i in range(60):
        shutil.copy(SEED000, corpus / f"doc{i:03d}.txt")
    env = dict(os.environ, KANGZHAN_STORE=str(store))
    p = subprocess.Popen([sys.executable, "-m", "kangzhan", "build", str(corpus)], env=env,
                         stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.time() + 120
    while time.time() < deadline and not list(store.glob(".tmp-*")) and p.poll() is None:
        time.sleep(0.05)
    time.sleep(0.5)
    assert p.poll() is None, "build finished before it could be interrupted"
    p.send_signal(signal.SIGKILL)
    p.wait(timeout=30)
    assert _count(store) == before
    # a SIGTERM'd build cleans up after itself
    p = subprocess.Popen([sys.executable, "-m", "kangzhan", "build", str(corpus)], env=env,
                         stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    time.sleep(3)
    p.send_signal(signal.SIGTERM)
    _, err = p.communicate(timeout=60)
    assert p.returncode != 0 and "Traceback" not in err
    assert _count(store) == before
    # the next build sweeps what the killed one left behind
    assert run_cli("build", str(SEED002), store=store).returncode == 0
    assert not list(store.glob(".tmp-*"))
    assert len(list(store.glob("gen-*"))) <= 2  # the live generation and the previous one


def _hand_made_generation(store, name: str, merged: bool) -> None:
    """A live generation where one triple is stated in two named graphs (and, if `merged`, once in the
    default graph, as builds write it; without, as generations of the older layout are)."""
    import pyoxigraph as ox

    x = ox.NamedNode("https://w3id.org/kangzhan/resource/battle/x")
    label = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
    graphs = [ox.NamedNode("urn:a"), ox.NamedNode("urn:b")] + ([ox.DefaultGraph()] if merged else [])
    db = ox.Store(str(store / name))
    db.extend(ox.Quad(x, label, ox.Literal("甲", language="zh"), g) for g in graphs)
    db.flush()
    del db
    (store / "CURRENT").write_text(name + "\n", encoding="utf-8")


def test_default_graph_is_the_merge_when_built_and_the_union_option_before(tmp_path):
    store = tmp_path / "store"
    store.mkdir()
    query = "SELECT (COUNT(*) AS ?n) WHERE { ?s rdfs:label ?l }"
    _hand_made_generation(store, "gen-older-layout", merged=False)
    r = run_cli("query", query, "--format", "csv", store=store)
    assert r.returncode == 0 and r.stdout.splitlines()[1] == "2", r.stdout + r.stderr  # Oxigraph's union: a bag
    _hand_made_generation(store, "gen-merged", merged=True)
    r = run_cli("query", query, "--format", "csv", store=store)
    assert r.returncode == 0 and r.stdout.splitlines()[1] == "1", r.stdout + r.stderr  # the merge: once
