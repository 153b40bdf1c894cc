"""What `kangzhan serve --sparql-endpoint` costs in front of a remote server: the same queries, the same
client, straight to `oxigraph serve` and through the proxy, one after the other in one run.

    python -m benchmarks.remote_bench [--requests 300]

Loopback only, sequential requests (latency, not throughput), the seeds loaded with
`kangzhan build --remote`. Prints p50/p99 per query for both and the added milliseconds.
"""

from __future__ import annotations

import argparse
import http.client
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.parse
from pathlib import Path

from benchmarks.measure import machine, percentile, table

ROOT = Path(__file__).resolve().parents[1]
QUERIES = {
    "point lookup (1 row)": 'SELECT ?b WHERE { ?b rdfs:label ?l FILTER(?l = "台儿庄战役"@zh) } LIMIT 1',
    "battles + labels (~40 rows)": "SELECT DISTINCT ?b ?l WHERE { ?b a kz:Battle ; rdfs:label ?l } ORDER BY ?b",
    "1000 triples (rows)": "SELECT ?s ?p ?o WHERE { ?s ?p ?o } LIMIT 1000",
    "ASK": "ASK { ?b a kz:Battle }",
    "CONSTRUCT 500 triples": "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o } LIMIT 500",
}
PROLOGUE = "PREFIX kz: <https://w3id.org/kangzhan/ontology#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"


def _free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait(port: int, path: str) -> None:
    deadline = time.time() + 60
    while time.time() < deadline:
        try:
            c = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
            c.request("GET", path)
            if c.getresponse().status < 500:
                return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError(f"nothing answered on port {port}")


def _latencies(port: int, path: str, query: str, n: int) -> list[float]:
    """n sequential POSTs on one kept-alive connection; milliseconds each (body read in full)."""
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    body = urllib.parse.urlencode({"query": PROLOGUE + query})
    accept = "application/n-triples" if query.startswith("CONSTRUCT") else "application/sparql-results+json"
    out = []
    for _ in range(n):
        t = time.perf_counter()
        conn.request("POST", path, body, {"Content-Type": "application/x-www-form-urlencoded", "Accept": accept})
        r = conn.getresponse()
        r.read()
        if r.status != 200:
            raise RuntimeError(f"{query}: {r.status}")
        out.append((time.perf_counter() - t) * 1000)
    conn.close()
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--requests", type=int, default=300)
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="kz-remote-bench-"))
    oxigraph = shutil.which("oxigraph") or str(Path(sys.executable).with_name("oxigraph"))
    ox_port, kz_port = _free_port(), _free_port()
    procs = [subprocess.Popen([oxigraph, "serve", "--location", str(tmp / "ox"), "--bind",
                               f"127.0.0.1:{ox_port}", "--union-default-graph"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)]
    try:
        _wait(ox_port, "/")
        subprocess.run([sys.executable, "-m", "kangzhan", "build", str(ROOT / "seeds"), "--remote",
                        f"http://127.0.0.1:{ox_port}/store"], check=True, capture_output=True)
        procs.append(subprocess.Popen([sys.executable, "-m", "kangzhan", "serve", "--sparql-endpoint",
                                       f"http://127.0.0.1:{ox_port}/query", "--port", str(kz_port)],
                                      stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
        _wait(kz_port, "/")
        rows = []
        for name, q in QUERIES.items():
            _latencies(ox_port, "/query", q, 20)  # warm both
            _latencies(kz_port, "/sparql", q, 20)
            direct = _latencies(ox_port, "/query", q, args.requests)
            proxied = _latencies(kz_port, "/sparql", q, args.requests)
            d50, p50 = percentile(direct, 50), percentile(proxied, 50)
            rows.append([name, d50, percentile(direct, 99), p50, percentile(proxied, 99), p50 - d50])
        print(f"### kangzhan serve --sparql-endpoint vs oxigraph serve directly ({args.requests} sequential "
              f"requests per query, loopback; {machine()})\n")
        print(table(["query", "oxigraph p50 ms", "p99 ms", "via kangzhan p50 ms", "p99 ms", "added p50 ms"], rows))
    finally:
        for p in reversed(procs):
            p.terminate()
            p.wait(timeout=20)
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
