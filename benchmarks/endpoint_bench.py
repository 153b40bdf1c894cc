"""Endpoint: `kangzhan serve` against `oxigraph serve-read-only` on the same store, same client, same mix.

One synthetic store (benchmarks/synth.py, default 200k triples) is served four ways on loopback, all
running at once: Oxigraph's own server (the reference); `kangzhan serve` as shipped (C pre-forked
processes that each answer HTTP and run their queries, with the hard timeout: serve/prefork.py);
`kangzhan-pool`, the previous design (one web process handing each query to one of C killable
worker processes; KANGZHAN_SERVE_POOL=1); and `kangzhan serve --workers 0` (everything in one
process, no hard timeout). Concurrency is the same: C client connections, which get a thread each in
Oxigraph and a process each in kangzhan; all on the same cores.
The client is the same for all: C threads with keep-alive connections firing the analytical mix of
store_bench.QUERIES, then one thread of point lookups. Bounded: N requests each, in R rounds that
visit the servers in rotating order, so load from other work on the machine falls on all alike;
the ratio is the median of the per-round ratios.

Last, rdflib's in-memory engine runs the same mix (in a child process with a time budget) on the
store's triples merged into one graph, beside pyoxigraph on the same merged graph (same answers).

    python -m benchmarks.endpoint_bench [--triples 200000] [--requests 400] [--clients 4] [--rounds 3]
"""

from __future__ import annotations

import argparse
import http.client
import multiprocessing
import os
import random
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from pathlib import Path

import pyoxigraph as ox

from benchmarks.build_bench import oxigraph_cli
from benchmarks.measure import _tree, machine, percentile, table
from benchmarks.store_bench import FEW_RUNS, QUERIES, _column, _params
from benchmarks.synth import generate
from kangzhan.query import with_prefixes
from kangzhan.store import StoreBuild, default_graph_kwargs


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def make_store(root: Path, triples: int) -> Path:
    """A kangzhan store directory holding a synthetic graph, written as `kangzhan build` writes one
    (named graph per document plus their merge as the default graph)."""
    with StoreBuild(root) as build:
        for chunk in generate(triples):
            build.add_nquads(chunk)
        return build.commit()


def cached_store(cache: Path, triples: int) -> Path:
    """The generation of a synthetic store of `triples` kept under `cache`, built on first use."""
    from kangzhan.store import current_generation

    root = cache / f"synthetic-{triples}"
    gen = current_generation(root) if root.exists() else None
    return gen if gen is not None else make_store(root, triples)


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


def start(kind: str, root: Path, gen: Path, concurrency: int) -> tuple[subprocess.Popen, int]:
    port = _free_port()
    if kind == "oxigraph":
        cmd = [oxigraph_cli(), "serve-read-only", "--location", str(gen), "--bind", f"127.0.0.1:{port}",
               "--timeout-s", "30"]
        if default_graph_kwargs(ox.Store.read_only(str(gen))):  # no merged default graph: same union
            cmd.append("--union-default-graph")
    else:
        workers = "0" if kind == "kangzhan-inline" else str(concurrency)
        cmd = [sys.executable, "-m", "kangzhan", "serve", "--store", str(root), "--port", str(port),
               "--workers", workers, "--threads", str(max(8, 2 * concurrency)), "--max-rows", "100000"]
    env = dict(os.environ, KANGZHAN_SERVE_POOL="1") if kind == "kangzhan-pool" else None
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
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


KINDS = ("oxigraph", "kangzhan", "kangzhan-pool", "kangzhan-inline")


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process and its descendants so far (Linux /proc)."""
    ticks = 0
    for p in _tree(pid):
        try:
            fields = Path(f"/proc/{p}/stat").read_text().rsplit(")", 1)[1].split()
            ticks += int(fields[11]) + int(fields[12])
        except (OSError, IndexError, ValueError):
            continue
    return ticks / os.sysconf("SC_CLK_TCK")


def _load() -> str:
    return "load average " + " ".join(f"{x:.2f}" for x in os.getloadavg())


def bench_servers(root: Path, gen: Path, mix: list[str], points: list[str], clients: int, rounds: int,
                  kinds: tuple[str, ...] = KINDS) -> None:
    """Serve the store the `kinds` ways at once and fire the workloads in rotating order, `rounds` times."""
    KINDS = kinds  # noqa: N806 (the servers of this run)
    servers: dict[str, tuple[subprocess.Popen, int]] = {}
    try:
        for kind in KINDS:
            servers[kind] = start(kind, root, gen, clients)
        for _, port in servers.values():
            fire(port, mix[:20], clients)  # warm-up
        qps: dict[str, list[float]] = {k: [] for k in KINDS}
        lat: dict[str, list[float]] = {k: [] for k in KINDS}
        plat: dict[str, list[float]] = {k: [] for k in KINDS}
        errors = dict.fromkeys(KINDS, 0)
        cpu = {k: [0.0, 0.0] for k in KINDS}  # server CPU seconds on the mix, on the lookups
        for r in range(rounds):
            for kind in KINDS[r % len(KINDS):] + KINDS[:r % len(KINDS)]:
                proc, port = servers[kind]
                c0 = cpu_seconds(proc.pid)
                wall, la, err = fire(port, mix, clients)
                c1 = cpu_seconds(proc.pid)
                _, pl, perr = fire(port, points, 1)
                cpu[kind][0] += c1 - c0
                cpu[kind][1] += cpu_seconds(proc.pid) - c1
                qps[kind].append(len(mix) / wall)
                lat[kind] += la
                plat[kind] += pl
                errors[kind] += err + perr
    finally:
        for proc, _ in servers.values():
            proc.terminate()
            proc.wait(timeout=30)
    ref_p50 = percentile(plat["oxigraph"], 50)
    rows = []
    for kind in KINDS:
        ratio = statistics.median(a / b for a, b in zip(qps[kind], qps["oxigraph"], strict=True))
        rows.append([kind, statistics.median(qps[kind]), percentile(lat[kind], 50) * 1000,
                     percentile(lat[kind], 99) * 1000, percentile(plat[kind], 50) * 1000,
                     percentile(plat[kind], 99) * 1000, errors[kind], ratio,
                     (percentile(plat[kind], 50) - ref_p50) * 1000,
                     cpu[kind][0] / (rounds * len(mix)) * 1000, cpu[kind][1] / (rounds * len(points)) * 1000])
    print(table(["server", "mix q/s", "mix p50 ms", "mix p99 ms", "lookup p50 ms", "lookup p99 ms", "errors",
                 "q/s ÷ oxigraph", "lookup p50 − oxigraph ms", "mix CPU ms/q", "lookup CPU ms/q"], rows))
    print("per-round mix q/s: " + "; ".join(f"{k} " + ", ".join(f"{q:.1f}" for q in qps[k]) for k in KINDS))
    print("targets: kangzhan ≥ 0.9× oxigraph's q/s on the mix; lookup p50 within 2 ms of oxigraph's")
    print("CPU ms/q: server process tree (web process + workers) CPU per request; when the cores are the "
          "bottleneck, the q/s ratio cannot exceed oxigraph's CPU per query over kangzhan's")


def bench_per_query(root: Path, gen: Path, clients: int, reps: int, kinds: tuple[str, ...]) -> None:
    """Server CPU per request for each member of the mix alone (its 20 parameterised texts, `reps` times,
    over `clients` connections), for every server: shows which queries cost us more than Oxigraph."""
    store = ox.Store.read_only(str(gen))
    params = _params(store, random.Random(8))
    names = [n for n in QUERIES if n not in FEW_RUNS]
    texts = {}
    for name in names:
        qs = []
        for i in range(20):
            q = QUERIES[name]
            for h, values in params.items():
                q = q.replace(h, values[i % len(values)])
            qs.append(with_prefixes(q))
        texts[name] = qs * reps
    servers: dict[str, tuple[subprocess.Popen, int]] = {}
    cpu: dict[tuple[str, str], float] = {}
    try:
        for kind in kinds:
            servers[kind] = start(kind, root, gen, clients)
        for name, qs in texts.items():
            for kind, (proc, port) in servers.items():  # same order for every query: the load is shared alike
                fire(port, qs[:clients], clients)
                c0 = cpu_seconds(proc.pid)
                _, _, err = fire(port, qs, clients)
                cpu[kind, name] = (cpu_seconds(proc.pid) - c0) / len(qs) * 1000
                if err:
                    print(f"{kind} {name}: {err} errors")
    finally:
        for proc, _ in servers.values():
            proc.terminate()
            proc.wait(timeout=30)
    rows = [[name] + [cpu[k, name] for k in kinds] + [cpu[k, name] - cpu["oxigraph", name] for k in kinds[1:]]
            for name in names]
    rows.append(["mean"] + [statistics.mean(cpu[k, n] for n in names) for k in kinds]
                + [statistics.mean(cpu[k, n] - cpu["oxigraph", n] for n in names) for k in kinds[1:]])
    print(f"server CPU ms per request, each mix member alone ({clients} clients, {reps}×20 requests):")
    print(table(["query"] + [f"{k} CPU ms" for k in kinds] + [f"{k} − oxigraph" for k in kinds[1:]], rows))


def _rdflib_child(nquads: bytes, queries: list[str], conn) -> None:
    """In a child process: both engines on the same merged graph; sends (rdflib s, pyoxigraph s, same rows)."""
    import rdflib

    src = ox.Store()
    src.bulk_load(nquads, format=ox.RdfFormat.N_QUADS)
    merged = src.query("CONSTRUCT { ?s ?p ?o } WHERE { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } }").serialize(
        format=ox.RdfFormat.N_TRIPLES)
    mem = ox.Store()
    mem.bulk_load(merged, format=ox.RdfFormat.N_TRIPLES)  # a set: each triple once
    t0 = time.perf_counter()
    g = rdflib.Graph()
    g.parse(data=merged.decode("utf-8"), format="nt")
    conn.send(("loaded", len(g), time.perf_counter() - t0))
    for q in queries:
        t = time.perf_counter()
        a = len(list(g.query(q)))
        tr = time.perf_counter() - t
        t = time.perf_counter()
        b = len(list(mem.query(q)))
        conn.send(("query", tr, time.perf_counter() - t, a == b))


def bench_rdflib(gen: Path, mix: list[str], max_triples: int, budget_s: float) -> None:
    """rdflib-memory against pyoxigraph in-memory on the mix, within `budget_s` seconds."""
    nquads = ox.Store.read_only(str(gen)).dump(format=ox.RdfFormat.N_QUADS)
    lines = nquads.count(b"\n")
    what = f"all {lines:,} quads of the store"
    if lines > max_triples:
        nquads = b"\n".join(nquads.split(b"\n", max_triples)[:max_triples]) + b"\n"
        what = f"the first {max_triples:,} of the store's {lines:,} quads (a slice; --rdflib-triples)"
    parent, child = multiprocessing.Pipe()
    proc = multiprocessing.get_context("spawn").Process(target=_rdflib_child, args=(nquads, mix, child), daemon=True)
    proc.start()
    deadline = time.monotonic() + budget_s
    rd, ox_s, same, loaded = [], [], 0, None
    while len(rd) < len(mix) and parent.poll(max(0.0, deadline - time.monotonic())):
        msg = parent.recv()
        if msg[0] == "loaded":
            loaded = msg
        else:
            rd.append(msg[1])
            ox_s.append(msg[2])
            same += msg[3]
    proc.kill()
    proc.join()
    if loaded is None or not rd:
        print(f"rdflib-memory: did not finish loading or one query within {budget_s:.0f} s")
        return
    print(f"rdflib-memory: {what}, merged into one rdflib.Graph ({loaded[1]:,} distinct triples, "
          f"parsed in {loaded[2]:.1f} s); pyoxigraph in memory on the same merged graph")
    print(table(["engine", "queries of the mix", "total s", "mean ms", "ratio to pyoxigraph"],
                [["rdflib-memory", len(rd), sum(rd), sum(rd) / len(rd) * 1000, sum(rd) / sum(ox_s)],
                 ["pyoxigraph (memory)", len(ox_s), sum(ox_s), sum(ox_s) / len(ox_s) * 1000, 1.0]]))
    print(f"same row counts from both engines on {same} of {len(rd)} queries"
          + ("" if len(rd) == len(mix) else f"; stopped after {len(rd)} of {len(mix)} (budget {budget_s:.0f} s)"))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--triples", type=int, default=200_000)
    ap.add_argument("--requests", type=int, default=400)
    ap.add_argument("--clients", type=int, default=4)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--servers", default=",".join(KINDS),
                    help=f"comma-separated servers to run (oxigraph first; default all: {','.join(KINDS)})")
    ap.add_argument("--store-cache", type=Path, help="keep the synthetic store under this directory and reuse it "
                    "in later runs with the same --triples (paired runs without rebuilding)")
    ap.add_argument("--per-query", type=int, metavar="REPS", default=0,
                    help="also measure server CPU per request for each mix member alone, REPS×20 requests each")
    ap.add_argument("--no-rdflib", action="store_true", help="skip the rdflib-memory comparison")
    ap.add_argument("--rdflib-triples", type=int, default=300_000, help="slice of the store given to rdflib")
    ap.add_argument("--rdflib-budget", type=float, default=180.0, help="seconds for rdflib (load + queries)")
    args = ap.parse_args(argv)
    if not oxigraph_cli():
        print("the `oxigraph` CLI (PyPI package oxigraph) is needed as the reference", file=sys.stderr)
        return 1
    root = Path(tempfile.mkdtemp(prefix="kz-endpoint-bench-"))
    try:
        print(f"machine: {machine()}; {_load()}")
        print(f"store: {args.triples:,} synthetic triples; {args.requests} requests per workload and round, "
              f"{args.rounds} rounds; {args.clients} clients for the mix, 1 for point lookups")
        gen = cached_store(args.store_cache, args.triples) if args.store_cache else make_store(root, args.triples)
        mix, points = workloads(gen, args.requests)
        kinds = tuple(k for k in args.servers.split(",") if k)
        if kinds[:1] != ("oxigraph",) or not set(kinds) <= set(KINDS):
            ap.error(f"--servers: oxigraph first, then any of {', '.join(KINDS[1:])}")
        if args.rounds:
            bench_servers(gen.parent, gen, mix, points, args.clients, args.rounds, kinds)
            print(_load())
        if args.per_query:
            bench_per_query(gen.parent, gen, args.clients, args.per_query, kinds)
            print(_load())
        if not args.no_rdflib:
            bench_rdflib(gen, mix, args.rdflib_triples, args.rdflib_budget)
            print(_load())
    finally:
        shutil.rmtree(root, ignore_errors=True)
    return 0


if __name__ == "__main__":
    os.environ.pop("KANGZHAN_DEBUG", None)
    sys.exit(main())
