"""A bounded loopback load test: cheap and expensive queries at once, against a real server.

16 clients for 20 s after a 7 s reference phase (KANGZHAN_LOAD_SECONDS to change), 127.0.0.1 only, stopping by itself. Expensive
queries must end in 422 at the time limit, cheap ones stay fast, nothing answers 5xx or drops the
connection, and the memory of the server and its workers stays bounded.
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


def _client(port: int, queries: list[str], stop: float, out: list, errors: list, think: float = 0.0) -> None:
    i = 0
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    while time.monotonic() < stop:
        q = queries[i % len(queries)]
        i += 1
        path = "/sparql?" + urllib.parse.urlencode({"query": q})
        t = time.monotonic()
        try:
            conn.request("GET", path, headers={"Accept": "application/sparql-results+json, text/turtle"})
            r = conn.getresponse()
            r.read()
            out.append((q, r.status, time.monotonic() - t))
            if r.getheader("Connection", "").lower() == "close":
                conn.close()
                conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        except (OSError, http.client.HTTPException) as e:
            errors.append(repr(e))
            conn.close()
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        time.sleep(think)
    conn.close()


def _phase(port: int, pid: int, seconds: float, expensive_clients: int) -> tuple[list, list, float]:
    """Run 12 cheap clients (+ N expensive ones) for SECONDS; (results, errors, peak RSS MiB)."""
    results: list = []
    errors: list = []
    stop = time.monotonic() + seconds
    threads = [threading.Thread(target=_client, args=(port, CHEAP, stop, results, errors, 0.02))
               for _ in range(12)]
    threads += [threading.Thread(target=_client, args=(port, [EXPENSIVE], stop, results, errors))
                for _ in range(expensive_clients)]
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
    """Reference phase (cheap queries only), then the same clients with 4 heavy ones added: the heavy
    ones time out, nothing fails, and cheap queries stay within a small factor of the reference."""
    seconds = float(os.environ.get("KANGZHAN_LOAD_SECONDS", "20"))
    server = start_server(seed_store(), "--timeout", "2", "--workers", "8", "--threads", "24",
                          "--worker-memory-mb", "1024")
    port = int(server.url.rsplit(":", 1)[1])
    try:
        rss_start = _rss_mb(server.proc.pid)
        ref, ref_errors, _ = _phase(port, server.proc.pid, seconds / 3, 0)
        results, errors, rss_peak = _phase(port, server.proc.pid, seconds, 4)
        ref_cheap = sorted(d for q, s, d in ref if s == 200)
        cheap = sorted(d for q, s, d in results if q != EXPENSIVE and s == 200)
        expensive = [(s, d) for q, s, d in results if q == EXPENSIVE]
        statuses: dict[int, int] = {}
        for _, s, _ in ref + results:
            statuses[s] = statuses.get(s, 0) + 1
        summary = {"seconds": seconds, "clients": {"cheap": 12, "expensive": 4}, "requests": len(results),
                   "statuses": statuses, "connection_errors": len(errors) + len(ref_errors),
                   "reference_cheap_p50_ms": round(statistics.median(ref_cheap) * 1000, 1),
                   "reference_cheap_p99_ms": round(_p(ref_cheap, 99) * 1000, 1),
                   "cheap_p50_ms": round(statistics.median(cheap) * 1000, 1),
                   "cheap_p99_ms": round(_p(cheap, 99) * 1000, 1),
                   "cheap_per_s": round(len(cheap) / seconds, 1),
                   "expensive_seconds_max": round(max(d for _, d in expensive), 2) if expensive else None,
                   "rss_start_mb": round(rss_start), "rss_peak_mb": round(rss_peak),
                   "load_average": os.getloadavg()[0]}
        ARTIFACTS.mkdir(exist_ok=True)
        (ARTIFACTS / "endpoint-load.json").write_text(json.dumps(summary, indent=2))
        print("\nload test:", json.dumps(summary))
        assert not errors and not ref_errors, (errors + ref_errors)[:5]
        assert all(s < 500 for s in statuses), statuses
        assert expensive and all(s == 422 for s, _ in expensive)
        assert max(d for _, d in expensive) < 2 * 2 + 3  # waiting for a worker + the limit + a restart
        assert len(cheap) > 100
        # heavy queries run at nice +10, so cheap ones keep close to their unloaded latency
        assert summary["cheap_p99_ms"] < 4 * summary["reference_cheap_p99_ms"] + 100, summary
        assert rss_peak < rss_start + 4 * 1024
        status, _, _ = server.get("/sparql", {"query": CHEAP[0]})
        assert status == 200
    finally:
        server.stop()
