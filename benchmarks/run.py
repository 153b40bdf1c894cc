"""Run the benchmarks, print tables, and append them to benchmarks/RESULTS.md with date and machine.

    python -m benchmarks              # 1×, 10×, 30× the seed corpus; a 1M-triple store (< 10 min)
    python -m benchmarks --large      # adds 1000× and a 10M-triple store
    python -m benchmarks --only store --store-triples 200000 --no-record

Absolute times on shared machines are noisy; every table carries a reference measured in the
same run (jieba on the same text, `oxigraph load` on the same file, rdflib on the same slice) and
the ratio to it.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

from benchmarks.build_bench import bench_build, dump_nquads, load_refs, temp_dir
from benchmarks.measure import machine, self_peak_rss_mib, table
from benchmarks.store_bench import ENDPOINT_TIMEOUT_S, bench_store

RESULTS = Path(__file__).with_name("RESULTS.md")
REFS_MAX_SCALE = 100


def _rate(n: float, s: float | None) -> float | str:
    return n / s if s else "–"


def build_tables(rows, refs) -> str:
    base = rows[0]
    out = ["### Extraction + build (real CLI, fresh store per size)", "", table(
        ["scale", "docs", "chars", "triples", "wall s", "chars/s", "triples/s", "peak RSS MiB", "SHACL s",
         "t/(N·t1×)", "jieba s", "build/jieba"],
        [[f"{r.scale}×", r.docs, r.chars, r.triples, r.wall_s, r.chars / r.wall_s, r.triples / r.wall_s, r.rss_mib,
          r.shacl_s, (r.wall_s / base.wall_s) / (r.scale / base.scale), r.jieba_s, r.wall_s / r.jieba_s]
         for r in rows])]
    out += ["", "t/(N·t1×): time at N× over N times the time at 1× (1.00 = linear; below 1: fixed start-up "
            "cost amortised). SHACL s: validation time summed over the workers. Peak RSS: CLI + workers."]
    last = rows[-1]
    if last.rebuild_one_s is not None:
        out += ["", f"Incremental: one of {last.docs} files changed at {last.scale}× → rebuild in "
                f"{last.rebuild_one_s:.1f} s ({last.rebuild_one_s / last.wall_s:.1%} of the full build)."]
    if refs:
        out += ["", f"### Loading the {refs.triples:,} quads of the {last.scale}× build", "", table(
            ["loader", "quads", "s", "quads/s", "ratio to `oxigraph load`"],
            [["build loader (named + merged default graph, optimize)", refs.triples, refs.pyoxigraph_s,
              _rate(refs.triples, refs.pyoxigraph_s),
              refs.pyoxigraph_s / refs.oxigraph_cli_s if refs.oxigraph_cli_s else "–"],
             ["`oxigraph load` CLI", refs.triples, refs.oxigraph_cli_s or "–", _rate(refs.triples, refs.oxigraph_cli_s),
              1.0 if refs.oxigraph_cli_s else "–"]])]
        out += ["", table(
            ["parser (slice)", "quads", "s", "quads/s", "ratio to pyoxigraph"],
            [["rdflib Dataset.parse (in memory)", refs.rdflib_triples, refs.rdflib_s,
              _rate(refs.rdflib_triples, refs.rdflib_s), refs.rdflib_s / refs.oxigraph_slice_s],
             ["pyoxigraph Store.load (in memory)", refs.rdflib_triples, refs.oxigraph_slice_s,
              _rate(refs.rdflib_triples, refs.oxigraph_slice_s), 1.0]])]
    return "\n".join(out)


def store_tables(res) -> str:
    out = [f"### Store: synthetic kz graph, {res.triples:,} triples", "", table(
        ["step", "s", "triples/s", "ratio to `oxigraph load`"],
        [["generate N-Quads (Python)", res.gen_s, res.triples / res.gen_s, "–"],
         ["build loader: named + merged default graph, optimize", res.load_s, res.triples / res.load_s,
          res.load_s / res.cli_load_s if res.cli_load_s else "–"],
         ["`oxigraph load` CLI", res.cli_load_s or "–", _rate(res.triples, res.cli_load_s),
          1.0 if res.cli_load_s else "–"]])]
    out += ["", table(
        ["query", "runs", "p50 ms", "p99 ms", "CPU p50 ms", "CPU max ms", "rows (last run)",
         f"within {ENDPOINT_TIMEOUT_S:.0f} s"],
        [[name, runs, p50 * 1000, p99 * 1000, c50 * 1000, cmax * 1000, rows,
          "yes" if not timeouts else f"NO ({timeouts} run(s) killed at {ENDPOINT_TIMEOUT_S:.0f} s)"]
         for name, (p50, p99, runs, rows, timeouts, c50, cmax) in res.queries.items()])]
    out += ["", f"Default graph (the RDF merge of the named graphs): {res.default_triples:,} distinct triples "
            f"({res.default_triples / res.triples:.2f} of the quads). `oxigraph load` writes the named graphs only."]
    out += ["", "p99 of 20 (or 5) runs is the slowest run. Each query runs in a worker process on the "
            "default graph (the set union of the named graphs) and is killed at the timeout, as the endpoint "
            "does; a killed run counts as the timeout and a query stops after two. CPU: the query process's CPU "
            "time (what the query costs on an idle core; wall time also counts waiting for a shared CPU)."]
    return "\n".join(out)


def _commit() -> str:
    if os.environ.get("KANGZHAN_BENCH_COMMIT"):  # a run from an exported snapshot of a commit
        return os.environ["KANGZHAN_BENCH_COMMIT"]
    try:
        return subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True,
                              cwd=Path(__file__).parent, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "?"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__.split("\n\n")[0])
    ap.add_argument("--large", action="store_true", help="add 1000× and a 10M-triple store")
    ap.add_argument("--only", choices=["build", "extract", "store"], help="run one of the benchmarks")
    ap.add_argument("--scales", type=lambda s: [int(x) for x in s.split(",")], default=None,
                    help="comma-separated corpus multiples (default 1,10,30; with --large 1,10,100,1000)")
    ap.add_argument("--store-triples", type=int, default=None, help="synthetic store size (default 1M; --large 10M)")
    ap.add_argument("--workers", type=int, default=None, help="build workers (default: all cores)")
    ap.add_argument("--no-record", action="store_true", help="print only; do not append to RESULTS.md")
    a = ap.parse_args(argv)
    scales = a.scales or ([1, 10, 100, 1000] if a.large else [1, 10, 30])
    triples = a.store_triples or (10_000_000 if a.large else 1_000_000)
    tmp = temp_dir()
    load_before = os.getloadavg()[0]
    started = time.perf_counter()
    sections = []
    try:
        if a.only in (None, "build"):
            print(f"build benchmark at {', '.join(f'{s}×' for s in scales)} …", file=sys.stderr)
            rows, store = bench_build(scales, a.workers, tmp, log=lambda m: print(m, file=sys.stderr))
            refs = None
            if max(scales) <= REFS_MAX_SCALE:  # past it, reloading the corpus takes longer than the build
                print("  load references …", file=sys.stderr)
                nq = tmp / "build.nq"
                dump_nquads(store, nq)
                refs = load_refs(nq, tmp)
            sections.append(build_tables(rows, refs))
            print(sections[-1] + "\n")
        if a.only in (None, "extract"):  # in this process, one core, no SHACL: benchmarks/extract_bench.py
            from benchmarks import extract_bench as xb

            print(f"extraction benchmark at {', '.join(f'{s}×' for s in scales)} …", file=sys.stderr)
            cpus = os.sched_getaffinity(0)
            pinned, load = xb.pin_one_core(), os.getloadavg()
            xrows, ps, pchars = xb.bench(scales, 3, True, log=lambda m: print(m, file=sys.stderr))
            os.sched_setaffinity(0, cpus)
            sections.append("### Extraction in one process (text → N-Quads, no SHACL)\n\n"
                            + xb.report(xrows, ps, pchars, 3, pinned, load))
            print(sections[-1] + "\n")
        if a.only in (None, "store"):
            print(f"store benchmark at {triples:,} triples …", file=sys.stderr)
            sections.append(store_tables(bench_store(triples, tmp, log=lambda m: print(m, file=sys.stderr))))
            print(sections[-1] + "\n")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    total = time.perf_counter() - started
    head = (f"## {dt.datetime.now(dt.timezone.utc):%Y-%m-%d %H:%M} UTC — commit {_commit()}\n\n"
            f"Machine: {machine()}. Command: `python -m benchmarks {' '.join(argv or sys.argv[1:])}`. "
            f"Total {total:.0f} s; peak RSS of the benchmark process {self_peak_rss_mib():.0f} MiB; "
            f"load average {load_before:.1f} at the start, {os.getloadavg()[0]:.1f} at the end "
            f"(other work on the machine slows every row alike; compare the ratios).\n")
    print(head)
    if not a.no_record:
        new = not RESULTS.exists()
        with open(RESULTS, "a", encoding="utf-8") as fh:
            if new:
                fh.write("# Benchmark results\n\nAppended by `python -m benchmarks` (newest last).\n\n")
            fh.write(head + "\n" + "\n\n".join(sections) + "\n\n")
        print(f"recorded in {RESULTS}", file=sys.stderr)
    return 0
