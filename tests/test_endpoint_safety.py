"""Hostile input against a real server: refused operations, SSRF, limits, timeouts, fuzzing, slow clients."""

from __future__ import annotations

import json
import os
import random
import shutil
import socket
import threading
import time
import urllib.parse
import urllib.request

import pytest
from endpoint_server import default_server, seed_store, start_server

CHEAP = "SELECT ?b WHERE { ?b a kz:Battle } LIMIT 1"
CARTESIAN = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n2 ?o }"


@pytest.fixture(scope="module")
def server():
    return default_server()


class _Listener:
    """A loopback socket that records whether anything connected to it (SSRF canary)."""

    def __init__(self):
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(8)
        self.sock.settimeout(0.2)
        self.port = self.sock.getsockname()[1]
        self.hits = 0
        self._stop = False
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.thread.start()

    def _run(self):
        while not self._stop:
            try:
                conn, _ = self.sock.accept()
                self.hits += 1
                conn.close()
            except OSError:
                continue

    def close(self):
        self._stop = True
        self.thread.join(2)
        self.sock.close()


def send_update(server, send: str, op: str) -> tuple[int, bytes]:
    """(status, body) of OP sent as a `query=` parameter, an `update=` form, or a sparql-update body."""
    if send == "query":
        status, _, body = server.get("/sparql", {"query": op})
    elif send == "update":
        status, _, body = server.post("/sparql", urllib.parse.urlencode({"update": op}).encode(),
                                      "application/x-www-form-urlencoded")
    else:
        status, _, body = server.post("/sparql", op.encode(), "application/sparql-update")
    return status, body


@pytest.mark.parametrize("send", ["query", "update", "body"])
@pytest.mark.parametrize("op", [
    "INSERT DATA { <urn:a> <urn:b> <urn:c> }",
    "DELETE WHERE { ?s ?p ?o }",
    "CLEAR ALL",
    "DROP SILENT GRAPH <https://w3id.org/kangzhan/graph/ontology>",
    "LOAD <file:///etc/passwd>",
    "PREFIX x: <urn:x#>\n# comment\n  insert data { x:a x:b x:c }",
])
def test_updates_are_refused_with_403(server, send, op):
    status, body = send_update(server, send, op)
    assert status == 403, body
    count = server.get("/sparql", {"query": "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"})
    assert count[0] == 200 and json.loads(count[2])["results"]["bindings"][0]["n"]["value"] != "0"


def _ssrf_targets(port: int) -> list[str]:
    return [
        f"SELECT * WHERE {{ SERVICE <http://127.0.0.1:{port}/sparql> {{ ?s ?p ?o }} }}",
        f"SELECT * WHERE {{ SERVICE SILENT <http://localhost:{port}/> {{ ?s ?p ?o }} }}",
        f"SELECT * WHERE {{ service <http://[::1]:{port}/> {{ ?s ?p ?o }} }}",
        f"PREFIX evil: <http://127.0.0.1:{port}/>\nSELECT * WHERE {{ SERVICE evil:sparql {{ ?s ?p ?o }} }}",
        f"BASE <http://127.0.0.1:{port}/>\nSELECT * WHERE {{ SERVICE <sparql> {{ ?s ?p ?o }} }}",
        f"SELECT * WHERE {{ SERVICE <http://\\u0031\\u0032\\u0037.0.0.1:{port}/> {{ ?s ?p ?o }} }}",
        f"SELECT * WHERE {{ BIND(<http://127.0.0.1:{port}/> AS ?x) SERVICE ?x {{ ?s ?p ?o }} }}",
        f"SELECT * WHERE {{ SERV\\u0049CE <http://127.0.0.1:{port}/> {{ ?s ?p ?o }} }}",
        "SELECT * WHERE { SERVICE <http://10.0.0.1/sparql> { ?s ?p ?o } }",
        "SELECT * WHERE { SERVICE <http://192.168.1.1/sparql> { ?s ?p ?o } }",
        "SELECT * WHERE { SERVICE <http://169.254.169.254/latest/meta-data/> { ?s ?p ?o } }",
        "SELECT * WHERE { SERVICE <file:///etc/passwd> { ?s ?p ?o } }",
        "SELECT * WHERE { SERVICE <https://query.wikidata.org/sparql/../../evil> { ?s ?p ?o } }",
        "SELECT * WHERE { SERVICE <https://query.wikidata.org.evil.example/sparql> { ?s ?p ?o } }",
    ]


def assert_ssrf_refused(server) -> None:
    """Every SERVICE target that is not allow-listed gets 403, and a canary socket sees no connection."""
    canary = _Listener()
    try:
        for q in _ssrf_targets(canary.port):
            status, _, body = server.get("/sparql", {"query": q})
            assert status == 403, (q, body)
            assert b"not allowed" in body
        time.sleep(0.3)
        assert canary.hits == 0
    finally:
        canary.close()


def test_service_to_loopback_private_and_file_targets_is_refused_without_connecting(server):
    assert_ssrf_refused(server)


def test_service_to_the_allow_listed_endpoint_is_attempted(server):
    """Wikidata is allowed: the request passes the guard (offline it fails as a 4xx, never 403/5xx)."""
    q = "SELECT * WHERE { SERVICE <https://query.wikidata.org/sparql> { wd:Q1 ?p ?o } } LIMIT 1"
    status, _, body = server.get("/sparql", {"query": q}, timeout=60)
    assert status != 403 and status < 500, body


def _children(pid: int) -> dict[int, float]:
    """Child processes of `pid` and the CPU seconds each has used."""
    out = {}
    for d in os.listdir("/proc"):
        if not d.isdigit():
            continue
        try:
            with open(f"/proc/{d}/stat") as fh:
                fields = fh.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            out[int(d)] = (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    return out


def test_timeout_kills_the_work_and_the_server_stays_responsive(server):
    before = _children(server.proc.pid)
    result = {}

    def expensive():
        t = time.monotonic()
        result["status"], _, result["body"] = server.get("/sparql", {"query": CARTESIAN}, timeout=60)
        result["seconds"] = time.monotonic() - t

    th = threading.Thread(target=expensive)
    th.start()
    time.sleep(0.5)
    cheap_latencies = []
    while th.is_alive():
        t = time.monotonic()
        status, _, _ = server.get("/sparql", {"query": CHEAP})
        cheap_latencies.append(time.monotonic() - t)
        assert status == 200
        time.sleep(0.1)
    th.join()
    assert result["status"] == 422 and b"time limit" in result["body"]
    assert 1.9 < result["seconds"] < 6
    assert cheap_latencies and max(cheap_latencies) < 1.0
    deadline = time.monotonic() + 15  # the replacement boots in the background
    while len(after := _children(server.proc.pid)) < len(before) and time.monotonic() < deadline:
        time.sleep(0.2)
    time.sleep(1.5)  # let it finish importing before measuring CPU
    after = _children(server.proc.pid)
    assert len(after) == len(before)  # the killed worker was replaced
    assert set(before) - set(after), "a worker should have been killed"
    cpu0 = sum(after.values())
    time.sleep(1.0)
    cpu1 = sum(_children(server.proc.pid).values())
    assert cpu1 - cpu0 < 0.5, "no worker may still be burning CPU on the stopped query"


def test_limits_on_query_and_body_size(server):
    huge = "SELECT * WHERE { ?s ?p ?o } #" + "x" * 30000
    assert server.get("/sparql", {"query": huge})[0] in (413, 414)
    assert server.post("/sparql", huge.encode(), "application/sparql-query")[0] == 413
    assert server.post("/sparql", b"query=" + b"a" * 200_000, "application/x-www-form-urlencoded")[0] == 413


def _bad_inputs(rng: random.Random) -> list[bytes]:
    fixed = [b"", b"\x00", b"\xff\xfe\xfd", "SELECT * WHERE { ?s ?p ?o \udc80 }".encode("utf-8", "surrogatepass"),
             b"{" * 10000, b"SELECT * WHERE " + b"{" * 5000 + b"}" * 5000,
             b"SELECT * WHERE { " + b"OPTIONAL { " * 3000 + b"?s ?p ?o" + b" }" * 3000 + b" }",
             b"SELECT * WHERE { FILTER(" + b"(" * 4000 + b"1" + b")" * 4000 + b") }",
             b"SELECT * WHERE { ?s ?p " + b'"' * 3 + b"unterminated",
             b"SELECT (" + b"1+" * 3000 + b"1 AS ?x) {}",
             b"SELECT * WHERE { ?s ?p ?o } LIMIT 99999999999999999999999999",
             b"SELECT * WHERE { VALUES ?x { " + b"1 " * 3000 + b"} }",
             b"ASK { FILTER(REGEX(\"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!\", \"(a+)+$\")) }",
             b"DESCRIBE <javascript:alert(1)>", b"SELECT * FROM <file:///etc/passwd> WHERE { ?s ?p ?o }",
             b"PREFIX : <> SELECT * { :a :b :c }", b"SELECT ?x WHERE { BIND(1/0 AS ?x) }",
             b"SELECT * WHERE { ?s ?p ?o } ORDER BY " + b"?o " * 2000,
             b"SELECT * WHERE { ?s rdfs:label \"<script>alert(1)</script>\"@zh }"]
    rand = [bytes(rng.randrange(256) for _ in range(rng.randrange(1, 400))) for _ in range(60)]
    keywords = b"SELECT ASK CONSTRUCT DESCRIBE WHERE { } ( ) . ; , ?x <urn:x> \"s\" FILTER OPTIONAL UNION GRAPH SERVICE " \
               b"LIMIT 1 VALUES BIND AS # \n @en ^^ * / | + ! = < > a".split()
    words = [b" ".join(rng.choice(keywords) for _ in range(rng.randrange(1, 60))) for _ in range(80)]
    return fixed + rand + words


def test_many_bad_inputs_never_cause_a_5xx(server):
    rng = random.Random(1937)
    for data in _bad_inputs(rng):
        for send in ("get", "body", "form"):
            if send == "get":
                url = server.url + "/sparql?query=" + urllib.parse.quote_from_bytes(data)
                status, _, body = server.request(urllib.request.Request(url), timeout=30)
            elif send == "body":
                status, _, body = server.post("/sparql", data, "application/sparql-query")
            else:
                status, _, body = server.post("/sparql", b"query=" + urllib.parse.quote_from_bytes(data).encode(),
                                              "application/x-www-form-urlencoded")
            assert status < 500, (data[:80], status, body[:200])
    assert server.get("/sparql", {"query": CHEAP})[0] == 200


def test_odd_requests_never_cause_a_5xx(server):
    odd = [("GET", "/sparql?query=%ZZ", {}), ("GET", "/sparql?format=../../etc/passwd&query=ASK{}", {}),
           ("GET", "/sparql?query=ASK{}", {"Accept": "\x01\x02;q=abc, */*;q=-1"}),
           ("POST", "/sparql", {"Content-Type": "multipart/form-data; boundary=x"}),
           ("POST", "/sparql", {"Content-Type": "application/sparql-query; charset=latin-9"}),
           ("GET", "/sparql?query=ASK{}&default-graph-uri=not%20an%20iri", {}),
           ("GET", "/sparql?query=ASK{}&named-graph-uri=%00", {}),
           ("GET", "/%2e%2e/%2e%2e/etc/passwd", {}), ("GET", "/static/../../pyproject.toml", {}),
           ("TRACE", "/sparql", {}), ("GET", "/sparql?query=" + "a" * 100_000, {})]
    for method, path, headers in odd:
        req = urllib.request.Request(server.url + path, method=method, headers=headers,
                                     data=b"--x--" if method == "POST" else None)
        try:
            status, _, body = server.request(req)
        except (ConnectionError, urllib.error.URLError):
            continue  # waitress may drop an over-long request line: that is not a 5xx
        assert status < 500, (method, path, status, body[:200])
        assert b"root:" not in body and b"[project]" not in body


def test_slow_clients_do_not_block_others(server):
    host, port = server.url.removeprefix("http://").split(":")
    slow = []
    try:
        for _ in range(20):  # slowloris: half-sent requests that never finish
            s = socket.create_connection((host, int(port)))
            s.sendall(b"POST /sparql HTTP/1.1\r\nHost: x\r\nContent-Type: application/sparql-query\r\n"
                      b"Content-Length: 100000\r\n\r\nSELECT")
            slow.append(s)
        for _ in range(10):
            t = time.monotonic()
            assert server.get("/sparql", {"query": CHEAP})[0] == 200
            assert time.monotonic() - t < 1.0
    finally:
        for s in slow:
            s.close()


@pytest.fixture(scope="module")
def update_server(tmp_path_factory):
    store = tmp_path_factory.mktemp("upd") / "store"
    shutil.copytree(seed_store(), store)
    srv = start_server(store, "--allow-update", "--token", "s3cret", "--workers", "2")
    yield srv
    srv.stop()


def test_allow_update_needs_the_token_and_still_refuses_load(update_server):
    ins = b'INSERT DATA { GRAPH <urn:test> { <https://w3id.org/kangzhan/resource/battle/x> rdfs:label "X"@zh } }'
    assert update_server.post("/sparql", ins, "application/sparql-update")[0] == 403
    assert update_server.post("/sparql", ins, "application/sparql-update",
                              {"Authorization": "Bearer wrong"})[0] == 403
    assert update_server.post("/sparql", ins, "application/sparql-update",
                              {"Authorization": "Bearer s3cret"})[0] == 204
    ask = update_server.get("/sparql", {"query": 'ASK { ?b rdfs:label "X"@zh }'})
    assert b"true" in ask[2]
    for bad in (b"LOAD <file:///etc/passwd>", b"LOAD <http://127.0.0.1:1/x.ttl> INTO GRAPH <urn:g>"):
        assert update_server.post("/sparql", bad, "application/sparql-update",
                                  {"Authorization": "Bearer s3cret"})[0] == 403
    assert update_server.get("/sparql", {"update": ins.decode()})[0] == 405


def test_a_query_that_needs_too_much_memory_is_stopped(tmp_path):
    srv = start_server(seed_store(), "--worker-memory-mb", "800", "--timeout", "60", "--workers", "1")
    try:
        sorted_product = "SELECT ?a ?c ?e WHERE { ?a ?b ?c . ?d ?x ?e . ?f ?y ?g } ORDER BY ?a ?c ?e ?g"
        t = time.monotonic()
        status, _, body = srv.get("/sparql", {"query": sorted_product}, timeout=90)
        assert status == 422 and b"memory" in body, body
        assert time.monotonic() - t < 60  # stopped by the memory limit, not the time limit
        assert srv.get("/sparql", {"query": CHEAP})[0] == 200
    finally:
        srv.stop()


def test_a_rebuilt_store_is_served_without_restart(tmp_path):
    from helpers import SEED000, run_cli

    store = tmp_path / "store"
    shutil.copytree(seed_store(), store)
    srv = start_server(store, "--workers", "2")
    try:
        graphs = "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?d a kz:Document } }"
        before = srv.get("/sparql", {"query": graphs})[2]
        assert run_cli("build", str(SEED000), store=store).returncode == 0
        after = [srv.get("/sparql", {"query": graphs})[2] for _ in range(4)]  # every worker sees it
        counts = [json.loads(b)["results"]["bindings"][0]["n"]["value"] for b in (before, *after)]
        assert counts[0] != "1" and counts[1:] == ["1"] * 4, (before, after)
    finally:
        srv.stop()


def test_deep_nesting_is_refused_before_the_parser_even_in_process(server):
    deep = "SELECT * WHERE " + "{" * 5000 + "?s ?p ?o" + "}" * 5000
    status, _, body = server.get("/sparql", {"query": deep[:19000]})
    assert status == 400 and b"nested" in body
    inline = start_server(seed_store(), "--workers", "0")  # no worker process to absorb a crash
    try:
        for q in (deep, "ASK { FILTER(" + "(" * 20000 + "1" + ")" * 20000 + ") }"):
            status, _, body = inline.post("/sparql", q.encode(), "application/sparql-query")
            assert status == 400, body
        assert inline.get("/sparql", {"query": CHEAP})[0] == 200
    finally:
        inline.stop()
