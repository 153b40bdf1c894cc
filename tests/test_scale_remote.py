"""`kangzhan build --remote URL` loads a real `oxigraph serve` through the Graph Store Protocol."""

from __future__ import annotations

import socket
import urllib.parse
import urllib.request
from pathlib import Path

import pyoxigraph as ox
import pytest
from endpoint_server import free_port
from helpers import SEED000, SEED002, run_cli
from oxigraph_process import running_oxigraph

GRAPH = "https://w3id.org/kangzhan/graph/document/"


@pytest.fixture
def server(tmp_path):
    with running_oxigraph(["serve", "--location", str(tmp_path / "remote")], free_port()) as base:
        yield base


def _remote_graph(base: str, graph: str) -> set[str]:
    url = f"{base}/store?graph={urllib.parse.quote(graph, safe='')}"
    req = urllib.request.Request(url, headers={"Accept": "application/n-triples"})
    with urllib.request.urlopen(req, timeout=30) as r:
        return {line for line in r.read().decode("utf-8").splitlines() if line.strip()}


def _remote_graphs(base: str) -> set[str]:
    q = urllib.parse.urlencode({"query": "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }"})
    req = urllib.request.Request(f"{base}/query?{q}", headers={"Accept": "text/csv"})
    with urllib.request.urlopen(req, timeout=30) as r:
        return set(r.read().decode("utf-8").split()[1:])


def _files(tmp_path) -> list[Path]:
    out = []
    for i, seed in enumerate((SEED000, SEED002)):
        paras = [p for p in seed.read_text(encoding="utf-8").split("\n") if p.strip()][:2]
        f = tmp_path / f"r{i}.txt"
        f.write_text("\n".join(paras) + "\n", encoding="utf-8")
        out.append(f)
    return out


@pytest.mark.slow
def test_build_remote_loads_each_document_graph(tmp_path, server):
    files = _files(tmp_path)
    url = server + "/store"
    r = run_cli("build", *map(str, files), "--remote", url, "--workers", "2")
    assert r.returncode == 0, r.stderr
    assert url in r.stdout
    graphs = _remote_graphs(server)
    assert {GRAPH + "r0", GRAPH + "r1", "https://w3id.org/kangzhan/graph/ontology"} <= graphs
    # each remote graph holds exactly what a local build writes for that document
    local = tmp_path / "local.nq"
    assert run_cli("build", *map(str, files), "-o", str(local)).returncode == 0
    expected: dict[str, set[str]] = {}
    for q in ox.parse(path=str(local), format=ox.RdfFormat.N_QUADS):
        expected.setdefault(q.graph_name.value, set()).add(str(ox.Triple(q.subject, q.predicate, q.object)) + " .")
    for g, triples in expected.items():
        assert _remote_graph(server, g) == triples
    # a rerun after a change replaces that document's graph only (PUT), the other stays
    before_r1 = _remote_graph(server, GRAPH + "r1")
    files[0].write_text("1937年8月，淞沪会战爆发。\n", encoding="utf-8")
    assert run_cli("build", *map(str, files), "--remote", url).returncode == 0
    assert _remote_graph(server, GRAPH + "r1") == before_r1
    assert any("淞沪会战" in t for t in _remote_graph(server, GRAPH + "r0"))


def test_unreachable_remote_is_one_line(tmp_path):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    r = run_cli("build", str(_files(tmp_path)[0]), "--remote", f"http://127.0.0.1:{port}/store")
    assert r.returncode == 1
    assert "cannot reach" in r.stderr and "Traceback" not in r.stderr
    r = run_cli("build", str(_files(tmp_path)[0]), "--remote", "ftp://example/store")
    assert r.returncode == 1 and "http(s)" in r.stderr
