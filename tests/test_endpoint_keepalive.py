"""Small answers come whole with Content-Length, so one HTTP/1.1 connection serves many queries.

waitress closes the connection after every chunked response; a client firing queries would then pay
a new TCP connection (accept, close, channel set-up) per query — that was most of the server's CPU
per small query. Big answers still stream (test_endpoint_protocol.test_big_results_stream_in_chunks).
"""

from __future__ import annotations

import http.client
import json
import urllib.parse

import pytest
from endpoint_server import default_server


@pytest.fixture(scope="module")
def server():
    return default_server()


def test_one_connection_serves_many_queries(server):
    host, port = server.url.removeprefix("http://").split(":")
    conn = http.client.HTTPConnection(host, int(port), timeout=30)
    requests = [
        ("GET", "/sparql?" + urllib.parse.urlencode({"query": "SELECT ?b WHERE { ?b a kz:Battle } LIMIT 3"}),
         None, {"Accept": "application/sparql-results+json"}, 200),
        ("POST", "/sparql", urllib.parse.urlencode({"query": "ASK { ?b a kz:Battle }"}),
         {"Content-Type": "application/x-www-form-urlencoded"}, 200),
        ("POST", "/sparql", "CONSTRUCT WHERE { ?s a kz:Battle } LIMIT 2",
         {"Content-Type": "application/sparql-query", "Accept": "text/turtle"}, 200),
        ("GET", "/sparql?" + urllib.parse.urlencode({"query": "SELECT * WHERE { ?s ?p }"}), None, {}, 400),
        ("GET", "/sparql?" + urllib.parse.urlencode({"query": "SELECT * WHERE { ?s ?p ?o }"}),
         None, {"Accept": "text/csv"}, 200),
    ]
    sock = None
    for method, path, body, headers, expected in requests:
        conn.request(method, path, body, headers or {})
        r = conn.getresponse()
        data = r.read()
        assert r.status == expected, data
        assert r.getheader("Connection", "").lower() != "close", (method, path, r.getheaders())
        assert r.getheader("Transfer-Encoding") is None and int(r.getheader("Content-Length")) == len(data)
        if sock is None:
            sock = conn.sock
        assert conn.sock is sock and sock is not None  # the same socket: the server kept it open
        if method == "GET" and expected == 200 and "json" in headers.get("Accept", ""):
            assert len(json.loads(data)["results"]["bindings"]) == 3
    conn.close()
