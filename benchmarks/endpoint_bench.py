"""Endpoint: `kangzhan serve` against `oxigraph serve-read-only` on the same store, same client, same mix.

One synthetic store (benchmarks/synth.py, default 200k triples) is served three ways on loopback:
Oxigraph's own server (the reference), `kangzhan serve` with its worker pool (the default, with the
hard timeout), and `kangzhan serve --workers 0` (queries in the web process: the pool's overhead is
the difference). The client is the same for all: C threads with keep-alive connections firing the
analytical mix of store_bench.QUERIES, then one thread of point lookups. Bounded: N requests each.

    python -m benchmarks.endpoint_bench [--triples 200000] [--requests 400] [--clients 4]
"""

from __future__ import annotations

import argparse
import http.client
import os
import random
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from pathlib import Path

import pyoxigraph as ox

from benchmarks.build_bench import oxigraph_cli
from benchmarks.measure import machine, percentile, table
from benchmarks.store_bench import FEW_RUNS, QUERIES, _column, _params
from benchmarks.synth import generate
from kangzhan.query import with_prefixes


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def make_store(root: Path, triples: int) -> Path:
    """A kangzhan store directory (CURRENT + one generation) holding a synthetic graph."""
    gen = root / "gen-bench"
    store = ox.Store(str(gen))
    for chunk in generate(triples):
        store.bulk_load(chunk, format=ox.RdfFormat.N_QUADS)
    store.flush()
    store.optimize()
    del store
    (root / "CURRENT").write_text("gen-bench\n")
    return gen


def _wait(port: int, proc: subprocess.Popen) -> None:
    deadline = time.time() + 120
    while time.time() < deadline:
        if proc.poll() is not None:
            raise RuntimeError("server exited")
        try:
            c = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
            c.request("GET", "/sparql?" + urllib.parse.urlencode({"query": "ASK {}"}))
            if c.getresponse().status == 200:
                return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError("server did not start")


def start(kind: str, root: Path, gen: Path) -> tuple[subprocess.Popen, int]:
    port = _free_port()
    if kind == "oxigraph":
        cmd = [oxigraph_cli(), "serve-read-only", "--location", str(gen), "--bind", f"127.0.0.1:{port}",
               "--union-default-graph"]
    else:
        workers = "0" if kind == "kangzhan-inline" else "4"
        cmd = [sys.executable, "-m", "kangzhan", "serve", "--store", str(root), "--port", str(port),
               "--workers", workers, "--threads", "8", "--max-rows", "100000"]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _wait(port, proc)
    return proc, port


def fire(port: int, queries: list[str], clients: int) -> tuple[float, list[float], int]:
    """Send every query once, spread over `clients` keep-alive connections; (wall s, latencies, errors)."""
    latencies: list[float] = []
    errors = [0]
    lock = threading.Lock()
    todo = list(queries)

    def client() -> None:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
        while True:
            with lock:
                if not todo:
                    break
                q = todo.pop()
            body = urllib.parse.urlencode({"query": q})
            t = time.perf_counter()
            try:
                conn.request("POST", "/sparql", body, {"Content-Type": "application/x-www-form-urlencoded",
                                                       "Accept": "application/sparql-results+json"})
                r = conn.getresponse()
                r.read()
                ok = r.status == 200
            except (OSError, http.client.HTTPException):
                ok = False
                conn.close()
                conn = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
            dt = time.perf_counter() - t
            with lock:
                latencies.append(dt)
                errors[0] += not ok
        conn.close()

    t0 = time.perf_counter()
    threads = [threading.Thread(target=client) for _ in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return time.perf_counter() - t0, latencies, errors[0]


def workloads(gen: Path, requests: int, seed: int = 8) -> tuple[list[str], list[str]]:
    """(analytical mix, point lookups): the same concrete query texts for every server."""
    store = ox.Store.read_only(str(gen))
    rng = random.Random(seed)
    params = _params(store, rng)
    mix = []
    names = [n for n in QUERIES if n not in FEW_RUNS]
    for i in range(requests):
        q = QUERIES[names[i % len(names)]]
        for h, values in params.items():
            q = q.replace(h, values[i % len(values)])
        mix.append(with_prefixes(q))
    iris = _column(store, "SELECT DISTINCT ?b WHERE { ?b a kz:Battle } LIMIT 500")
    points = [with_prefixes(f"SELECT ?p ?o WHERE {{ <{rng.choice(iris)}> ?p ?o }}") for _ in range(requests)]
    return mix, points


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--triples", type=int, default=200_000)
    ap.add_argument("--requests", type=int, default=400)
    ap.add_argument("--clients", type=int, default=4)
    args = ap.parse_args(argv)
    if not oxigraph_cli():
        print("the `oxigraph` CLI (PyPI package oxigraph) is needed as the reference", file=sys.stderr)
        return 1
    root = Path(tempfile.mkdtemp(prefix="kz-endpoint-bench-"))
    try:
        print(f"machine: {machine()}")
        print(f"store: {args.triples:,} synthetic triples; {args.requests} requests per workload; "
              f"{args.clients} clients for the mix, 1 for point lookups")
        gen = make_store(root, args.triples)
        mix, points = workloads(gen, args.requests)
        rows = []
        results = {}
        for kind in ("oxigraph", "kangzhan", "kangzhan-inline"):
            proc, port = start(kind, root, gen)
            try:
                fire(port, mix[:20], args.clients)  # warm-up
                wall, lat, err = fire(port, mix, args.clients)
                pwall, plat, perr = fire(port, points, 1)
            finally:
                proc.terminate()
                proc.wait(timeout=30)
            results[kind] = (len(mix) / wall, percentile(plat, 50))
            rows.append([kind, len(mix) / wall, percentile(lat, 50) * 1000, percentile(lat, 99) * 1000,
                         percentile(plat, 50) * 1000, percentile(plat, 99) * 1000, err + perr])
        ref_qps, ref_p50 = results["oxigraph"]
        for r in rows:
            qps, p50 = results[r[0]]
            r += [qps / ref_qps, (p50 - ref_p50) * 1000]
        print(table(["server", "mix q/s", "mix p50 ms", "mix p99 ms", "lookup p50 ms", "lookup p99 ms", "errors",
                     "q/s ÷ oxigraph", "lookup p50 − oxigraph ms"], rows))
        print("targets: kangzhan ≥ 0.9× oxigraph's q/s on the mix; lookup p50 within 2 ms of oxigraph's")
    finally:
        shutil.rmtree(root, ignore_errors=True)
    return 0


if __name__ == "__main__":
    os.environ.pop("KANGZHAN_DEBUG", None)
    sys.exit(main())
