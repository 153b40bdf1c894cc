"""The pre-forked serving processes of `kangzhan serve` (serve/prefork.py, serve/limits.py), over real HTTP.

Each process answers HTTP and runs its own queries; a query past the time limit is answered 422 by
the process's watchdog, which then ends the process; the supervisor replaces any process that ends.
"""

from __future__ import annotations

import http.client
import os
import signal
import socket
import threading
import time
import urllib.parse

import pytest
from endpoint_server import seed_store, start_server

pytestmark = pytest.mark.slow  # processes end and boot again: ~1 min on the shared 2-core machine
CHEAP = "ASK { ?b a kz:Battle }"
CARTESIAN = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"


def _children(pid: int) -> set[int]:
    out = set()
    for d in os.listdir("/proc"):
        if d.isdigit():
            try:
                with open(f"/proc/{d}/stat") as fh:
                    if int(fh.read().rsplit(")", 1)[1].split()[1]) == pid:
                        out.add(int(d))
            except (OSError, ValueError, IndexError):
                continue
    return out


def _sockets(pid: int) -> int:
    n = 0
    for fd in os.listdir(f"/proc/{pid}/fd"):
        try:
            n += os.readlink(f"/proc/{pid}/fd/{fd}").startswith("socket:")
        except OSError:
            continue
    return n


def _wait_children(pid: int, n: int, seconds: float = 30) -> set[int]:
    deadline = time.monotonic() + seconds
    while len(kids := _children(pid)) != n and time.monotonic() < deadline:
        time.sleep(0.1)
    return kids


def _wait_ready(srv, n: int, seconds: float = 60) -> set[int]:
    """The `n` serving processes, once each has logged that it serves (booting takes seconds under load)."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        kids = _children(srv.proc.pid)
        text = srv.log.read_text(errors="replace")
        if len(kids) == n and all(f"serving process {k} ready" in text for k in kids):
            return kids
        time.sleep(0.1)
    raise AssertionError(f"{n} serving processes did not get ready")


def _ask(conn: http.client.HTTPConnection, query: str) -> tuple[int, str, bytes]:
    conn.request("GET", "/sparql?" + urllib.parse.urlencode({"query": query}),
                 headers={"Accept": "application/sparql-results+json"})
    r = conn.getresponse()
    return r.status, r.getheader("Connection", ""), r.read()


@pytest.fixture(scope="module")
def server():
    srv = start_server(seed_store(), "--timeout", "1.5", "--workers", "3")
    _wait_children(srv.proc.pid, 3)
    yield srv
    srv.stop()


def _port(srv) -> int:
    return int(srv.url.rsplit(":", 1)[1])


def test_keep_alive_connections_are_spread_over_the_processes(server):
    """Three connections opened at once land one per process (each process takes a new connection only
    while it holds no more than any other), so no client queues behind another's query."""
    kids = _wait_ready(server, 3)
    before = {k: _sockets(k) for k in kids}
    conns = [http.client.HTTPConnection("127.0.0.1", _port(server), timeout=30) for _ in range(3)]
    try:
        for c in conns:
            assert _ask(c, CHEAP)[0] == 200
        time.sleep(0.3)
        gained = sorted(_sockets(k) - before[k] for k in kids)
        assert gained == [1, 1, 1], gained
    finally:
        for c in conns:
            c.close()


def test_a_timeout_answers_422_and_keep_alive_neighbours_see_no_error(server):
    """While one client's query runs past the limit, clients on keep-alive connections keep getting
    answers (none is cut off when the stuck process ends); the stuck one gets 422 and Connection: close;
    the ended process is replaced."""
    kids = _wait_children(server.proc.pid, 3)
    result: dict = {}

    def expensive() -> None:
        c = http.client.HTTPConnection("127.0.0.1", _port(server), timeout=60)
        t = time.monotonic()
        result["status"], result["connection"], result["body"] = _ask(c, CARTESIAN)
        result["seconds"] = time.monotonic() - t
        c.close()

    th = threading.Thread(target=expensive)
    th.start()
    statuses, errors = [], []
    stop = time.monotonic() + 5
    conns = [http.client.HTTPConnection("127.0.0.1", _port(server), timeout=30) for _ in range(3)]
    while time.monotonic() < stop:
        for i, c in enumerate(conns):
            try:
                status, connection, _ = _ask(c, CHEAP)
                statuses.append(status)
                if connection.lower() == "close":  # a process about to end asks its clients to move
                    c.close()
                    conns[i] = http.client.HTTPConnection("127.0.0.1", _port(server), timeout=30)
            except (OSError, http.client.HTTPException) as e:
                errors.append(repr(e))
        time.sleep(0.02)
    th.join()
    for c in conns:
        c.close()
    assert not errors, errors[:3]
    assert statuses and set(statuses) == {200}
    assert result["status"] == 422 and b"time limit of 1.5 s" in result["body"], result
    assert result["connection"].lower() == "close"
    assert 1.4 < result["seconds"] < 6
    after = _wait_children(server.proc.pid, 3)
    assert len(after) == 3 and kids - after, "the process that ran the query should have been replaced"


def test_a_killed_process_is_replaced_and_the_others_keep_answering(server):
    kids = _wait_children(server.proc.pid, 3)
    victim = min(kids)
    os.kill(victim, signal.SIGKILL)
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline:  # the survivors answer at once, on fresh connections
        assert server.get("/sparql", {"query": CHEAP})[0] == 200
        time.sleep(0.1)
    after = _wait_children(server.proc.pid, 3)
    assert len(after) == 3 and victim not in after
    assert server.get("/sparql", {"query": CHEAP})[0] == 200


def test_stopping_the_server_stops_every_process():
    srv = start_server(seed_store(), "--workers", "2")
    kids = _wait_children(srv.proc.pid, 2)
    assert len(kids) == 2
    srv.stop()
    deadline = time.monotonic() + 10
    while any(os.path.exists(f"/proc/{k}") for k in kids) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not any(os.path.exists(f"/proc/{k}") for k in kids)


def test_the_direct_sparql_path_answers_exactly_like_the_flask_route(server):
    """serve/fastpath.py answers plain queries without Flask; the in-process server (--workers 0) answers
    them through the Flask route: same status, headers and bytes for every way of asking."""
    reference = start_server(seed_store(), "--workers", "0", "--timeout", "1.5")
    q = "SELECT ?b ?l WHERE { ?b a kz:Battle ; rdfs:label ?l } ORDER BY ?b ?l LIMIT 7"
    c = "CONSTRUCT { ?b a kz:Battle } WHERE { ?b a kz:Battle }"
    form = "application/x-www-form-urlencoded"
    cases = [lambda s: s.get("/sparql", {"query": q}),
             lambda s: s.get("/sparql", {"query": q, "format": "csv"}),
             lambda s: s.post("/sparql", urllib.parse.urlencode({"query": q}).encode(), form,
                              {"Accept": "application/sparql-results+xml"}),
             lambda s: s.post("/sparql", c.encode(), "application/sparql-query", {"Accept": "application/n-triples"}),
             lambda s: s.get("/sparql", {"query": "ASK {}"}, {"Accept": "text/tab-separated-values"}),
             lambda s: s.get("/sparql", {"query": "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }",
                                         "default-graph-uri": "urn:none"}),
             lambda s: s.get("/sparql", {"query": q}, {"Accept": "image/png"}),  # 406 from the route
             lambda s: s.get("/sparql", {"query": "SELECT * WHERE { ?s ?p }"})]  # 400 from the route
    try:
        for ask in cases:
            got, want = ask(server), ask(reference)
            assert got[0] == want[0]
            assert got[2] == want[2]
            assert sorted((k, v) for k, v in got[1].items() if k != "Date") == \
                sorted((k, v) for k, v in want[1].items() if k != "Date")
    finally:
        reference.stop()


def test_a_port_in_use_is_one_clear_line():
    from helpers import run_cli

    with socket.create_server(("127.0.0.1", 0)) as taken:
        port = taken.getsockname()[1]
        r = run_cli("serve", "--port", str(port), store=seed_store(), timeout=60)
    assert r.returncode != 0
    assert f"cannot listen on 127.0.0.1:{port}" in r.stderr and "Traceback" not in r.stderr, r.stderr
