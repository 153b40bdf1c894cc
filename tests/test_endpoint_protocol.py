"""SPARQL 1.1 Protocol over real HTTP: methods, query forms, formats, datasets, errors, descriptions."""

from __future__ import annotations

import csv
import io
import json
import xml.etree.ElementTree as ET

import pyoxigraph as ox
import pytest
from endpoint_server import default_server, seed_store, start_server

BATTLES = "SELECT ?b ?label WHERE { ?b a kz:Battle ; rdfs:label ?label } ORDER BY ?b LIMIT 5"
SRX = "{http://www.w3.org/2005/sparql-results#}"


@pytest.fixture(scope="module")
def server():
    return default_server()


def _json(body: bytes) -> dict:
    return json.loads(body.decode("utf-8"))


def test_get_post_form_and_post_body_give_the_same_rows(server):
    a = server.get("/sparql", {"query": BATTLES}, {"Accept": "application/sparql-results+json"})
    b = server.post("/sparql", f"query={__import__('urllib.parse').parse.quote(BATTLES)}".encode(),
                    "application/x-www-form-urlencoded")
    c = server.post("/sparql", BATTLES.encode(), "application/sparql-query")
    assert a[0] == b[0] == c[0] == 200
    rows = [_json(x[2])["results"]["bindings"] for x in (a, b, c)]
    assert rows[0] == rows[1] == rows[2]
    assert len(rows[0]) == 5 and all(r["b"]["value"].startswith("https://w3id.org/kangzhan/resource/") for r in rows[0])


@pytest.mark.parametrize("accept,fmt,check", [
    ("application/sparql-results+json", None, lambda b: _json(b)["head"]["vars"] == ["b", "label"]),
    ("application/sparql-results+xml", None,
     lambda b: [v.get("name") for v in ET.fromstring(b).iter(SRX + "variable")] == ["b", "label"]),
    ("text/csv", None, lambda b: next(csv.reader(io.StringIO(b.decode()))) == ["b", "label"]),
    ("text/tab-separated-values", None, lambda b: b.decode().splitlines()[0] == "?b\t?label"),
    ("text/html", "csv", lambda b: b.decode().startswith("b,label")),
    (None, "xml", lambda b: b.lstrip().startswith(b"<?xml")),
])
def test_select_formats_by_accept_and_format_parameter(server, accept, fmt, check):
    params = {"query": BATTLES, **({"format": fmt} if fmt else {})}
    status, headers, body = server.get("/sparql", params, {"Accept": accept} if accept else {})
    assert status == 200, body
    assert check(body)


def test_select_results_parse_back_with_oxigraph(server):
    for mime, fmt in [("application/sparql-results+json", ox.QueryResultsFormat.JSON),
                      ("application/sparql-results+xml", ox.QueryResultsFormat.XML),
                      ("text/tab-separated-values", ox.QueryResultsFormat.TSV)]:
        status, _, body = server.get("/sparql", {"query": BATTLES}, {"Accept": mime})
        parsed = ox.parse_query_results(body, format=fmt)
        assert len(list(parsed)) == 5, mime


def test_ask(server):
    yes = server.get("/sparql", {"query": "ASK { ?b a kz:Battle }"})
    no = server.get("/sparql", {"query": "ASK { ?b a <urn:nothing> }"}, {"Accept": "application/sparql-results+xml"})
    assert _json(yes[2])["boolean"] is True
    assert "<boolean>false</boolean>" in no[2].decode()


@pytest.mark.parametrize("mime,fmt", [
    ("text/turtle", ox.RdfFormat.TURTLE), ("application/n-triples", ox.RdfFormat.N_TRIPLES),
    ("application/ld+json", ox.RdfFormat.JSON_LD), ("application/rdf+xml", ox.RdfFormat.RDF_XML),
    ("application/trig", ox.RdfFormat.TRIG), ("application/n-quads", ox.RdfFormat.N_QUADS),
])
def test_construct_and_describe_in_every_graph_format(server, mime, fmt):
    q = "CONSTRUCT { ?b a kz:Battle } WHERE { SELECT DISTINCT ?b WHERE { ?b a kz:Battle } LIMIT 6 }"
    status, headers, body = server.get("/sparql", {"query": q}, {"Accept": mime})
    assert status == 200 and headers["Content-Type"].startswith(mime)
    assert len(list(ox.parse(body, format=fmt))) == 6
    d = server.get("/sparql", {"query": "DESCRIBE ?b WHERE { ?b a kz:Battle } LIMIT 1"}, {"Accept": mime})
    assert d[0] == 200 and len(list(ox.parse(d[2], format=fmt))) >= 2


def test_default_graph_is_the_union_and_dataset_parameters_narrow_it(server):
    graphs = _json(server.get("/sparql", {"query": "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }"})[2])
    docs = [b["g"]["value"] for b in graphs["results"]["bindings"] if "/graph/document/" in b["g"]["value"]]
    assert len(docs) >= 2
    count = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"

    def n(params):
        return int(_json(server.get("/sparql", params)[2])["results"]["bindings"][0]["n"]["value"])

    union = n({"query": count})
    one = n({"query": count, "default-graph-uri": docs[0]})
    two = n({"query": count, "default-graph-uri": docs[:2]})
    assert 0 < one < two <= union
    named = _json(server.get("/sparql", {"query": "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }",
                                         "named-graph-uri": docs[1]})[2])
    assert [b["g"]["value"] for b in named["results"]["bindings"]] == [docs[1]]


def test_syntax_error_is_400_with_position(server):
    status, headers, body = server.get("/sparql", {"query": "SELECT * WHERE { ?s ?p }"})
    assert status == 400
    assert headers["Content-Type"].startswith("text/plain")
    assert "1:" in body.decode() and "syntax error" in body.decode()


def test_unsupported_accept_is_406_and_wrong_method_405(server):
    assert server.get("/sparql", {"query": BATTLES}, {"Accept": "image/png"})[0] == 406
    assert server.get("/sparql", {"query": BATTLES, "format": "docx"})[0] == 406
    import urllib.request

    for method in ("PUT", "DELETE", "PATCH"):
        req = urllib.request.Request(server.url + "/sparql", data=b"x", method=method)
        status, headers, _ = server.request(req)
        assert status == 405 and "GET" in headers["Allow"]


def test_unknown_body_type_is_415(server):
    assert server.post("/sparql", b"<x/>", "application/xml")[0] == 415


def test_service_description_without_query(server):
    status, headers, body = server.get("/sparql", headers={"Accept": "text/turtle"})
    assert status == 200
    g = ox.Store()
    g.load(body, format=ox.RdfFormat.TURTLE)
    sd = "http://www.w3.org/ns/sparql-service-description#"
    assert g.query(f"ASK {{ ?s a <{sd}Service> ; <{sd}endpoint> ?e ; <{sd}feature> <{sd}UnionDefaultGraph> }}")
    named = list(g.query(f"SELECT ?n WHERE {{ ?x <{sd}name> ?n }}"))
    assert any("/graph/document/" in s["n"].value for s in named)
    jsonld = server.get("/sparql", headers={"Accept": "application/ld+json"})
    assert jsonld[0] == 200 and list(ox.parse(jsonld[2], format=ox.RdfFormat.JSON_LD))


def test_void_counts_classes_properties_and_document_graphs(server):
    status, _, body = server.get("/.well-known/void")
    assert status == 200
    g = ox.Store()
    g.load(body, format=ox.RdfFormat.TURTLE)
    v = "http://rdfs.org/ns/void#"
    kz = "https://w3id.org/kangzhan/ontology#"
    battles = list(g.query(f"SELECT ?n WHERE {{ ?d <{v}classPartition> [ <{v}class> <{kz}Battle> ; <{v}entities> ?n ] }}"))
    real = _json(server.get("/sparql", {"query": "SELECT (COUNT(DISTINCT ?b) AS ?n) WHERE { ?b a kz:Battle }"})[2])
    assert int(battles[0]["n"].value) == int(real["results"]["bindings"][0]["n"]["value"]) > 0
    subsets = list(g.query(f"SELECT ?t WHERE {{ ?d <{v}subset> ?s . ?s <{v}triples> ?t }}"))
    assert len(subsets) >= 3


def test_row_cap_cuts_results_and_says_so(server):
    status, headers, body = server.get("/sparql", {"query": "SELECT * WHERE { ?s ?p ?o }"})
    assert status == 200
    assert len(_json(body)["results"]["bindings"]) == 50
    assert "50" in headers["X-Kangzhan-Truncated"]
    small = server.get("/sparql", {"query": "SELECT * WHERE { ?s ?p ?o } LIMIT 3"})
    assert "X-Kangzhan-Truncated" not in small[1]


def test_cors_and_preflight(server):
    status, headers, _ = server.get("/sparql", {"query": "ASK {}"}, {"Origin": "https://yasgui.example"})
    assert headers["Access-Control-Allow-Origin"] == "*"
    import urllib.request

    req = urllib.request.Request(server.url + "/sparql", method="OPTIONS", headers={
        "Origin": "https://yasgui.example", "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "content-type"})
    status, headers, _ = server.request(req)
    assert status in (200, 204) and "POST" in headers["Access-Control-Allow-Methods"]


def test_big_results_stream_in_chunks():
    """A big CONSTRUCT arrives chunked (no Content-Length), i.e. streamed, not buffered whole; a small
    answer comes whole with Content-Length (so the connection stays open, see test_endpoint_keepalive)."""
    srv = start_server(seed_store(), "--workers", "1", "--max-rows", "20000")
    try:
        status, headers, body = srv.get("/sparql", {"query": "CONSTRUCT WHERE { ?s ?p ?o }"},
                                        {"Accept": "application/n-triples"})
        assert status == 200 and headers.get("Transfer-Encoding") == "chunked" and "Content-Length" not in headers
        assert len(body) > 256 * 1024 and len(list(ox.parse(body, format=ox.RdfFormat.N_TRIPLES))) > 1000
        status, headers, body = srv.get("/sparql", {"query": "CONSTRUCT WHERE { ?s ?p ?o } LIMIT 5"},
                                        {"Accept": "application/n-triples"})
        assert status == 200 and int(headers["Content-Length"]) == len(body) and len(body.splitlines()) == 5
    finally:
        srv.stop()
