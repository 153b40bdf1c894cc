"""The exports over real HTTP (`kangzhan serve`, waitress): same bytes as the CLI, 400 for bad filters."""

from __future__ import annotations

import io
import json
import urllib.parse
import zipfile

import networkx as nx
import pytest
import xmlschema
from export_helpers import DATA, Server, fixture_store, need_tool, sparql_counts


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    store = fixture_store(tmp_path_factory.mktemp("http") / "store")
    server = Server(store, "--timeout", "2")
    yield server, store
    server.stop()


def test_every_format_over_http(served):
    server, store = served
    nodes, edges = sparql_counts(store)
    status, headers, body = server.get("/export/graphml")
    assert status == 200 and headers["Content-Type"].startswith("application/graphml+xml")
    g = nx.read_graphml(io.BytesIO(body))
    assert (g.number_of_nodes(), g.number_of_edges()) == (nodes, edges)
    status, _, body = server.get("/export/gexf")
    xmlschema.XMLSchema(str(DATA / "gexf-1.3" / "gexf.xsd")).validate(io.BytesIO(body))
    status, _, body = server.get("/export/cytoscape")
    assert len(json.loads(body)["elements"]["edges"]) == edges
    status, headers, body = server.get("/export/csv")
    assert headers["Content-Type"] == "application/zip"
    assert sorted(zipfile.ZipFile(io.BytesIO(body)).namelist()) == ["edges.csv", "nodes.csv"]
    status, headers, body = server.get("/export/csv?table=edges")
    assert headers["Content-Type"].startswith("text/csv") and len(body.decode().strip().splitlines()) == edges + 1
    status, _, body = server.get("/export/geojson?battle=" + urllib.parse.quote("台儿庄战役"))
    assert status == 200 and json.loads(body)["type"] == "FeatureCollection"
    status, headers, body = server.get("/export/dot")
    assert status == 200 and body.startswith(b"digraph")
    assert headers["Access-Control-Allow-Origin"] == "*"  # the server's default --cors


def test_dot_rendered_over_http(served):
    need_tool("dot")
    server, _ = served
    status, headers, body = server.get("/export/dot?render=svg&from=1938&to=1938")
    assert status == 200 and headers["Content-Type"] == "image/svg+xml" and b"<svg" in body


@pytest.mark.parametrize("query, message", [
    ("/export/gexf?battle=" + urllib.parse.quote("不存在"), "no battle named"),
    ("/export/gexf?from=1950&to=1960", "no dated battle"),
    ("/export/gexf?from=1945&to=1931", "empty range"),
    ("/export/gexf?from=nineteen", "must be a year"),
    ("/export/gexf?query=" + urllib.parse.quote("CONSTRUCT {"), "SPARQL syntax error"),
    ("/export/gexf?query=" + urllib.parse.quote("ASK { ?s ?p ?o }"), "CONSTRUCT"),
    ("/export/gexf?query=" + urllib.parse.quote("CONSTRUCT { ?s ?p ?o } WHERE { SERVICE <http://127.0.0.1:9/> "
                                               "{ ?s ?p ?o } }"), "SERVICE is not allowed"),
    ("/export/pdf", "unknown format"),
    ("/export/csv?table=rows", "table must be"),
    ("/export/dot?render=gif", "cannot render"),
])
def test_bad_filters_are_400_with_one_line(served, query, message):
    server, _ = served
    status, headers, body = server.get(query)
    text = body.decode("utf-8")
    assert status == 400 and headers["Content-Type"].startswith("text/plain")
    assert message in text and len(text.strip().splitlines()) == 1


def test_unknown_battle_page_is_400(served):
    server, _ = served
    status, _, body = server.get("/viz/network?battle=" + urllib.parse.quote("不存在"))
    assert status == 400 and "no battle named" in body.decode("utf-8")


def test_construct_export_runs_in_a_worker_with_a_time_limit(served):
    server, _ = served
    q = "CONSTRUCT { ?p kz:commands ?u } WHERE { ?p a kz:Person ; kz:commands ?u }"
    status, _, body = server.get("/export/graphml?query=" + urllib.parse.quote(q))
    g = nx.read_graphml(io.BytesIO(body))
    assert status == 200 and (g.number_of_nodes(), g.number_of_edges()) == (2, 1)
    slow = ("CONSTRUCT { <urn:x> kz:count ?n } WHERE { { SELECT (COUNT(*) AS ?n) WHERE "
            "{ ?a ?p ?x . ?b ?q ?y . ?c ?r ?z } } }")
    status, _, body = server.get("/export/gexf?query=" + urllib.parse.quote(slow))
    assert status == 400 and "time limit" in body.decode("utf-8")
    assert server.get("/export/graphml")[0] == 200  # and the server still answers
