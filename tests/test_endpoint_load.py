"""A bounded loopback load test: cheap and expensive queries at once, against a real server.

12 cheap clients run for about 20 s (KANGZHAN_LOAD_SECONDS to change) while 4 expensive clients
switch on and off in 3 s windows, 127.0.0.1 only, stopping by itself. Expensive queries must end in
422 at the time limit, cheap ones stay fast, nothing answers 5xx or drops the connection, and the
memory of the server and its workers stays bounded.

Cheap samples taken while no expensive query is in flight are the reference; those taken while
one is are the loaded ones. The two kinds interleave in time, so load from outside the test (the
other pytest-xdist worker) falls on both alike and the comparison stays a ratio within one run.
"""

from __future__ import annotations

import http.client
import json
import os
import statistics
import threading
import time
import urllib.parse
from pathlib import Path

import pytest
from endpoint_server import seed_store, start_server

pytestmark = pytest.mark.slow
CHEAP = ["SELECT ?b ?l WHERE { ?b a kz:Battle ; rdfs:label ?l } LIMIT 10",
         "ASK { ?b a kz:Battle }",
         "SELECT (COUNT(*) AS ?n) WHERE { ?s a kz:Battle }",
         "DESCRIBE ?b WHERE { ?b a kz:Battle } LIMIT 1"]
EXPENSIVE = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n2 ?o }"
ARTIFACTS = Path(__file__).parent / "artifacts"


def _rss_mb(pid: int) -> float:
    """Resident memory of a process and its children, in MiB."""
    total = 0
    pids = [pid] + [int(d) for d in os.listdir("/proc") if d.isdigit() and _ppid(int(d)) == pid]
    for p in pids:
        try:
            with open(f"/proc/{p}/status") as fh:
                for line in fh:
                    if line.startswith("VmRSS:"):
                        total += int(line.split()[1])
        except OSError:
            pass
    return total / 1024


def _ppid(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/stat") as fh:
            return int(fh.read().rsplit(")", 1)[1].split()[1])
    except (OSError, ValueError, IndexError):
        return -1


class _Heavy:
    """How many expensive queries are in flight, and how many have started so far."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.in_flight = 0
        self.started = 0

    def begin(self) -> None:
        with self.lock:
            self.in_flight += 1
            self.started += 1

    def end(self) -> None:
        with self.lock:
            self.in_flight -= 1

    def state(self) -> tuple[int, int]:
        with self.lock:
            return self.in_flight, self.started


def _request(conn: http.client.HTTPConnection, port: int, q: str) -> tuple[http.client.HTTPConnection, int]:
    """One GET of QUERY; (the connection to use next, the status). Raises on a dropped connection."""
    path = "/sparql?" + urllib.parse.urlencode({"query": q})
    conn.request("GET", path, headers={"Accept": "application/sparql-results+json, text/turtle"})
    r = conn.getresponse()
    r.read()
    if r.getheader("Connection", "").lower() == "close":
        conn.close()
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    return conn, r.status


def _cheap_client(port: int, stop: float, heavy: _Heavy, out: list, errors: list) -> None:
    """Cheap queries with a short think time; each sample says whether it ran beside a heavy query."""
    i = 0
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    while time.monotonic() < stop:
        q = CHEAP[i % len(CHEAP)]
        i += 1
        before = heavy.state()
        t = time.monotonic()
        try:
            conn, status = _request(conn, port, q)
            after = heavy.state()
            alone = before[0] == 0 and after == before
            out.append((q, status, time.monotonic() - t, alone))
        except (OSError, http.client.HTTPException) as e:
            errors.append(repr(e))
            conn.close()
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        time.sleep(0.02)
    conn.close()


def _heavy_client(port: int, stop: float, window: float, heavy: _Heavy, out: list, errors: list) -> None:
    """Expensive queries, sent only in every other WINDOW seconds (the first window is quiet)."""
    begin = time.monotonic()
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    while (now := time.monotonic()) < stop:
        if int((now - begin) / window) % 2 == 0:
            time.sleep(0.05)
            continue
        t = time.monotonic()
        heavy.begin()
        try:
            conn, status = _request(conn, port, EXPENSIVE)
            out.append((EXPENSIVE, status, time.monotonic() - t, False))
        except (OSError, http.client.HTTPException) as e:
            errors.append(repr(e))
            conn.close()
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        finally:
            heavy.end()
    conn.close()


def _run(port: int, pid: int, seconds: float, window: float) -> tuple[list, list, float]:
    """12 cheap clients and 4 windowed expensive ones for SECONDS; (results, errors, peak RSS MiB)."""
    results: list = []
    errors: list = []
    heavy = _Heavy()
    stop = time.monotonic() + seconds
    threads = [threading.Thread(target=_cheap_client, args=(port, stop, heavy, results, errors))
               for _ in range(12)]
    threads += [threading.Thread(target=_heavy_client, args=(port, stop, window, heavy, results, errors))
                for _ in range(4)]
    for t in threads:
        t.start()
    rss_peak = 0.0
    while any(t.is_alive() for t in threads):
        rss_peak = max(rss_peak, _rss_mb(pid))
        time.sleep(0.5)
    return results, errors, rss_peak


def _p(samples: list[float], q: int) -> float:
    return statistics.quantiles(samples, n=100)[q - 1] if len(samples) > 100 else max(samples)


def test_load_mixed_cheap_and_expensive():
    """Cheap clients throughout, heavy ones in alternate windows: the heavy queries time out, nothing
    fails, and cheap queries beside them stay within a small factor of those that ran alone."""
    seconds = float(os.environ.get("KANGZHAN_LOAD_SECONDS", "20"))
    window = 3.0
    server = start_server(seed_store(), "--timeout", "2", "--workers", "8", "--threads", "24",
                          "--worker-memory-mb", "1024")
    port = int(server.url.rsplit(":", 1)[1])
    try:
        rss_start = _rss_mb(server.proc.pid)
        results, errors, rss_peak = _run(port, server.proc.pid, seconds, window)
        ref_cheap = sorted(d for q, s, d, alone in results if q != EXPENSIVE and s == 200 and alone)
        cheap = sorted(d for q, s, d, alone in results if q != EXPENSIVE and s == 200 and not alone)
        expensive = [(s, d) for q, s, d, _ in results if q == EXPENSIVE]
        statuses: dict[int, int] = {}
        for _, s, _, _ in results:
            statuses[s] = statuses.get(s, 0) + 1
        summary = {"seconds": seconds, "window_seconds": window, "clients": {"cheap": 12, "expensive": 4},
                   "requests": len(results), "statuses": statuses, "connection_errors": len(errors),
                   "reference_cheap_n": len(ref_cheap), "cheap_n": len(cheap),
                   "reference_cheap_p50_ms": round(statistics.median(ref_cheap) * 1000, 1) if ref_cheap else None,
                   "reference_cheap_p99_ms": round(_p(ref_cheap, 99) * 1000, 1) if ref_cheap else None,
                   "cheap_p50_ms": round(statistics.median(cheap) * 1000, 1) if cheap else None,
                   "cheap_p99_ms": round(_p(cheap, 99) * 1000, 1) if cheap else None,
                   "cheap_per_s": round((len(cheap) + len(ref_cheap)) / seconds, 1),
                   "expensive_seconds_max": round(max(d for _, d in expensive), 2) if expensive else None,
                   "rss_start_mb": round(rss_start), "rss_peak_mb": round(rss_peak),
                   "load_average": os.getloadavg()[0]}
        ARTIFACTS.mkdir(exist_ok=True)
        (ARTIFACTS / "endpoint-load.json").write_text(json.dumps(summary, indent=2))
        print("\nload test:", json.dumps(summary))
        assert not errors, errors[:5]
        assert all(s < 500 for s in statuses), statuses
        assert expensive and all(s == 422 for s, _ in expensive)
        assert max(d for _, d in expensive) < 2 * 2 + 3  # waiting for a worker + the limit + a restart
        assert len(cheap) > 100 and len(ref_cheap) > 100, summary
        # heavy queries run at nice +10, so cheap ones keep close to their latency without them
        assert summary["cheap_p99_ms"] < 4 * summary["reference_cheap_p99_ms"] + 100, summary
        assert rss_peak < rss_start + 4 * 1024
        status, _, _ = server.get("/sparql", {"query": CHEAP[0]})
        assert status == 200
    finally:
        server.stop()
