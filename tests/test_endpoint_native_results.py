"""SELECT answers are serialized by Oxigraph (Rust) in every results format, with the row cap exact."""

from __future__ import annotations

import csv
import io
import json

import pyoxigraph as ox
import pytest
from endpoint_server import default_server

CAP = 50  # the shared test server's --max-rows
FORMATS = {
    "application/sparql-results+json": ox.QueryResultsFormat.JSON,
    "application/sparql-results+xml": ox.QueryResultsFormat.XML,
    "text/tab-separated-values": ox.QueryResultsFormat.TSV,
}


@pytest.fixture(scope="module")
def server():
    return default_server()


def _rows(body: bytes, mime: str) -> int:
    if mime == "text/csv":
        return len(list(csv.reader(io.StringIO(body.decode("utf-8"), newline="")))) - 1
    return len(list(ox.parse_query_results(body, format=FORMATS[mime])))


@pytest.mark.parametrize("mime", [*FORMATS, "text/csv"])
@pytest.mark.parametrize("limit,rows,cut", [(None, CAP, True), (CAP + 1, CAP, True), (CAP, CAP, False),
                                            (CAP - 1, CAP - 1, False), (0, 0, False)])
def test_row_cap_is_exact_in_every_format(server, mime, limit, rows, cut):
    q = "SELECT ?s ?p ?o WHERE { ?s ?p ?o }" + (f" LIMIT {limit}" if limit is not None else "")
    status, headers, body = server.get("/sparql", {"query": q}, {"Accept": mime})
    assert status == 200 and headers["Content-Type"].startswith(mime)
    assert _rows(body, mime) == rows
    assert ("X-Kangzhan-Truncated" in headers) == cut
    if cut:
        assert str(CAP) in headers["X-Kangzhan-Truncated"]


def test_awkward_terms_survive_the_native_path(server):
    """Newlines, tabs, quotes, backslashes, language tags, datatypes, unbound values and blank nodes
    come back exactly, in JSON and in XML, also when the answer is cut at the cap."""
    text = 'line one\nline\ttwo "quoted" \\\\ back <tag> & 中文'
    q = ('SELECT ?text ?n ?missing ?b WHERE { VALUES (?text ?n) { ("' + text.replace("\n", "\\n")
         .replace("\t", "\\t").replace('"', '\\"') + '"@zh-Hans 42) } BIND(BNODE() AS ?b) '
         '?s ?p ?o } LIMIT 60')
    for mime, fmt in [("application/sparql-results+json", ox.QueryResultsFormat.JSON),
                      ("application/sparql-results+xml", ox.QueryResultsFormat.XML)]:
        status, headers, body = server.get("/sparql", {"query": q}, {"Accept": mime})
        assert status == 200, body
        assert "X-Kangzhan-Truncated" in headers
        sols = list(ox.parse_query_results(body, format=fmt))
        assert len(sols) == CAP
        first = sols[0]
        assert first["text"] == ox.Literal(text.replace("\\\\", "\\"), language="zh-hans")
        assert first["n"] == ox.Literal("42", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer"))
        assert first["missing"] is None
        assert isinstance(first["b"], ox.BlankNode)
    head = json.loads(server.get("/sparql", {"query": q})[2])["head"]["vars"]
    assert head == ["text", "n", "missing", "b"]


@pytest.mark.parametrize("mime", ["application/sparql-results+json", "application/sparql-results+xml"])
@pytest.mark.parametrize("n", [CAP - 1, CAP, CAP + 1])
@pytest.mark.parametrize("value", ['x,{"a":{}},[{"b"', "<result></result>", None])
def test_row_cap_counts_rows_whatever_the_literals_hold(server, mime, n, value):
    """JSON and XML answers count their rows as they are written: literals holding the row marks of
    either format, and empty rows (no variable bound), still give exactly min(n, cap) rows."""
    bind = f"BIND({json.dumps(value)} AS ?t)" if value is not None else ""
    q = f"SELECT ?t WHERE {{ VALUES ?i {{ {' '.join(map(str, range(n)))} }} {bind} }}"
    status, headers, body = server.get("/sparql", {"query": q}, {"Accept": mime})
    assert status == 200, body
    sols = list(ox.parse_query_results(body, format=FORMATS[mime]))
    assert len(sols) == min(n, CAP)
    assert all(s["t"] == (ox.Literal(value) if value is not None else None) for s in sols)
    assert ("X-Kangzhan-Truncated" in headers) == (n > CAP)
