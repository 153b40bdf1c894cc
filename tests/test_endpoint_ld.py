"""Linked-Data pages, the ontology, the query page and its examples, over real HTTP."""

from __future__ import annotations

import json
import shutil
import urllib.parse

import pyoxigraph as ox
import pytest
from endpoint_server import default_server, seed_store, start_server

RES = "https://w3id.org/kangzhan/resource/"


@pytest.fixture(scope="module")
def server():
    return default_server()


def _first(server, query: str) -> str:
    body = server.get("/sparql", {"query": query})[2]
    return json.loads(body)["results"]["bindings"][0]["x"]["value"]


def _local(iri: str) -> str:
    return "/resource/" + urllib.parse.quote(iri[len(RES):])


def test_resource_page_html_and_conneg(server):
    iri = _first(server, "SELECT ?x WHERE { ?x a kz:Battle ; rdfs:label ?l } LIMIT 1")
    label = _first(server, f"SELECT ?x WHERE {{ <{iri}> rdfs:label ?x }} LIMIT 1")
    status, headers, body = server.get(_local(iri), headers={"Accept": "text/html,application/xhtml+xml,*/*;q=0.8"})
    assert status == 200 and headers["Content-Type"].startswith("text/html")
    html = body.decode()
    assert f"<h1>{label}</h1>" in html and iri in html
    assert "default-src 'self'" in headers["Content-Security-Policy"]
    for mime, fmt in [("text/turtle", ox.RdfFormat.TURTLE), ("application/ld+json", ox.RdfFormat.JSON_LD),
                      ("application/n-triples", ox.RdfFormat.N_TRIPLES)]:
        status, headers, body = server.get(_local(iri), headers={"Accept": mime})
        assert status == 200 and headers["Content-Type"].startswith(mime)
        triples = list(ox.parse(body, format=fmt))
        assert any(t.subject.value == iri and t.predicate.value.endswith("#label") for t in triples)
    assert server.get(_local(iri), {"format": "ttl"})[1]["Content-Type"].startswith("text/turtle")


def test_resource_page_quotes_source_sentences(server):
    q = "SELECT ?x WHERE { ?m kz:refersTo ?x ; kz:sentence ?s . ?x a kz:Battle } LIMIT 1"
    body = json.loads(server.get("/sparql", {"query": q})[2])["results"]["bindings"]
    if not body:
        pytest.skip("the extractor gave no sentence-level mentions of battles for the seeds")
    iri = body[0]["x"]["value"]
    html = server.get(_local(iri), headers={"Accept": "text/html"})[2].decode()
    assert "<q>" in html and "<mark>" in html


@pytest.mark.parametrize("path", [
    "/resource/battle/no-such-battle", "/resource/../../../etc/passwd", "/resource/%2e%2e/%2e%2e/etc/passwd",
    "/resource/..%2f..%2fpyproject.toml", "/resource/battle/%00", "/resource/<script>alert(1)</script>",
    "/resource/" + "x" * 5000, "/resource/battle/a%20b%22c", "/resource/%ff%fe",
])
def test_unknown_and_odd_resource_iris_are_404(server, path):
    status, _, body = server.get(path, headers={"Accept": "text/html"})
    assert status == 404, (path, status, body[:200])
    assert b"root:" not in body and b"<script>" not in body


def test_ontology_with_conneg(server):
    status, headers, body = server.get("/ontology", headers={"Accept": "text/turtle"})
    assert status == 200
    triples = list(ox.parse(body, format=ox.RdfFormat.TURTLE))
    assert any(t.subject.value == "https://w3id.org/kangzhan/ontology#Battle" for t in triples)
    jl = server.get("/ontology", headers={"Accept": "application/ld+json"})
    assert len(list(ox.parse(jl[2], format=ox.RdfFormat.JSON_LD))) == len(triples)
    html = server.get("/ontology", headers={"Accept": "text/html"})[2].decode()
    assert 'id="Battle"' in html and "战役" in html and 'id="participant"' in html


def test_query_page_has_editor_prefixes_and_examples(server):
    status, headers, body = server.get("/", headers={"Accept": "text/html"})
    html = body.decode()
    assert status == 200
    assert "vendor/yasgui/yasgui.min.js" in html and "https://" not in html.split("<body>")[0].replace(
        "https://w3id.org", "")  # nothing loaded from a CDN
    assert html.count('class="kz-example"') >= 10
    config = json.loads(html.split('id="kz-config">')[1].split("</script>")[0])
    assert "PREFIX kz:" in config["prefixes"]
    js = server.get("/static/vendor/yasgui/yasgui.min.js")
    assert js[0] == 200 and len(js[2]) > 100_000


def test_every_example_query_is_valid_and_answers(server):
    html = server.get("/")[2].decode()
    config = json.loads(html.split('id="kz-config">')[1].split("</script>")[0])
    answered = 0
    for ex in config["examples"]:
        status, _, body = server.get("/sparql", {"query": config["prefixes"] + ex["query"]}, timeout=60)
        if "SERVICE" in ex["query"]:
            assert status != 403 and status < 500, (ex["title"], body)  # offline: the call itself fails
            continue
        assert status == 200, (ex["title"], body)
        answered += bool(json.loads(body)["results"]["bindings"])
    assert answered >= 3


@pytest.fixture(scope="module")
def hostile_server(tmp_path_factory):
    """A copy of the store where a label carries markup, inserted through the token-guarded UPDATE."""
    store = tmp_path_factory.mktemp("xss") / "store"
    shutil.copytree(seed_store(), store)
    srv = start_server(store, "--allow-update", "--token", "t0k", "--workers", "1")
    evil = '<script>alert(1)</script><img src=x onerror=alert(2)>"\'&'
    upd = f"""INSERT DATA {{ GRAPH <urn:x> {{
      kzr:battle\\/xss a kz:Battle ; rdfs:label {json.dumps(evil)}@zh ; kz:location kzr:place\\/p ;
        owl:sameAs <javascript:alert(3)> .
      kzr:place\\/p a kz:Place ; rdfs:label {json.dumps(evil + "地")}@zh . }} }}"""
    status, _, body = srv.post("/sparql", upd.encode(), "application/sparql-update", {"Authorization": "Bearer t0k"})
    assert status == 204, body
    yield srv
    srv.stop()


def test_markup_in_labels_is_escaped(hostile_server):
    status, headers, body = hostile_server.get("/resource/battle/xss", headers={"Accept": "text/html"})
    html = body.decode()
    assert status == 200
    assert "<script>alert" not in html and "<img src=x" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert 'href="javascript:' not in html
    place = hostile_server.get("/resource/place/p", headers={"Accept": "text/html"})[2].decode()
    assert "<script>alert" not in place and "&lt;script&gt;" in place
    assert headers["X-Content-Type-Options"] == "nosniff"
