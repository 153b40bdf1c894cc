"""Extraction + build at N× the seed corpus, through the real CLI, with references measured alongside.

The N× corpus is the real seed texts copied N times under distinct document ids (each copy gets a
one-line header so no two files are byte-identical). For each size: wall time, chars/s,
triples/s, peak RSS of the whole process tree (CLI + workers), SHACL time, and time / (N × time
at 1×) against linear. References on the same text, in the same run: jieba.cut (tokenising is
the floor of any Chinese extraction), `oxigraph load` and pyoxigraph bulk_load on the N-Quads
the build produced, rdflib in-memory parsing on a slice of them.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from benchmarks.measure import run_measured

ROOT = Path(__file__).resolve().parents[1]
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))


@dataclass
class BuildRow:
    scale: int
    docs: int
    chars: int
    triples: int
    wall_s: float
    shacl_s: float
    rss_mib: float
    jieba_s: float
    rebuild_one_s: float | None = None


def make_corpus(dest: Path, scale: int) -> int:
    """SCALE copies of every seed text under distinct ids; returns the number of characters."""
    dest.mkdir(parents=True)
    chars = 0
    for i in range(scale):
        for seed in SEEDS:
            text = f"第{i + 1}份抄本。\n" + seed.read_text(encoding="utf-8")
            (dest / f"{seed.stem}_x{i:05d}.txt").write_text(text, encoding="utf-8")
            chars += len(text)
    return chars


def corpus_text(corpus: Path) -> str:
    return "".join(p.read_text(encoding="utf-8") for p in sorted(corpus.glob("*.txt")))


def jieba_seconds(text: str) -> float:
    """jieba.cut over the whole text (dictionary loaded beforehand, not timed)."""
    import jieba

    jieba.setLogLevel(60)
    jieba.initialize()
    t0 = time.perf_counter()
    for _ in jieba.cut(text):
        pass
    return time.perf_counter() - t0


def kangzhan(*args: str, store: Path) -> list[str]:
    return [sys.executable, "-m", "kangzhan", *args, "--store", str(store)]


def run_build(corpus: Path, store: Path, workers: int | None) -> tuple[subprocess.CompletedProcess, float, float]:
    cmd = kangzhan("build", str(corpus), store=store) + (["--workers", str(workers)] if workers else [])
    r, wall, rss = run_measured(cmd)
    if r.returncode != 0:
        raise RuntimeError(f"build failed: {r.stderr.strip()[-2000:]}")
    return r, wall, rss


def parse_summary(r: subprocess.CompletedProcess) -> tuple[int, int, float]:
    """(documents, triples, SHACL seconds) from the CLI's summary lines."""
    m = re.search(r"built (\d+) document\(s\), \d+ battle\(s\), (\d+) triples", r.stdout)
    s = re.search(r"SHACL ([\d.]+) s", r.stderr)
    if not m or not s:
        raise RuntimeError(f"unexpected build output: {r.stdout} {r.stderr}")
    return int(m.group(1)), int(m.group(2)), float(s.group(1))


def bench_build(scales: list[int], workers: int | None, tmp: Path, log=print) -> tuple[list[BuildRow], Path]:
    """Build each scale into a fresh store; at the largest, also rebuild after touching one file."""
    rows = []
    last_store = tmp
    for scale in scales:
        corpus, store = tmp / f"corpus{scale}", tmp / f"store{scale}"
        chars = make_corpus(corpus, scale)
        log(f"  build {scale}× ({chars:,} chars) …")
        r, wall, rss = run_build(corpus, store, workers)
        docs, triples, shacl = parse_summary(r)
        row = BuildRow(scale, docs, chars, triples, wall, shacl, rss, jieba_seconds(corpus_text(corpus)))
        if scale == scales[-1]:
            one = sorted(corpus.glob("*.txt"))[0]
            one.write_text(one.read_text(encoding="utf-8") + "\n1938年3月，台儿庄战役爆发。\n", encoding="utf-8")
            r2, wall2, _ = run_build(corpus, store, workers)
            if "extracted 1," in r2.stderr:
                row.rebuild_one_s = wall2
            else:  # the code changed under the run (shared checkout): the rebuild was a full one
                log(f"  incremental rebuild re-extracted more than one file: {r2.stderr.strip()[-300:]}")
            last_store = store
        else:
            shutil.rmtree(store, ignore_errors=True)
        shutil.rmtree(corpus, ignore_errors=True)
        rows.append(row)
    return rows, last_store


@dataclass
class LoadRefs:
    triples: int
    pyoxigraph_s: float
    oxigraph_cli_s: float | None
    rdflib_triples: int
    rdflib_s: float
    oxigraph_slice_s: float


def dump_nquads(store_root: Path, out: Path) -> int:
    from kangzhan.store import current_generation

    s = ox.Store.read_only(str(current_generation(store_root)))
    named = (q for q in s.quads_for_pattern(None, None, None, None) if q.graph_name != ox.DefaultGraph())
    ox.serialize(named, str(out), format=ox.RdfFormat.N_QUADS)  # what the workers produced (no merged copy)
    with open(out, "rb") as fh:
        return sum(1 for _ in fh)


def oxigraph_cli() -> str | None:
    exe = shutil.which("oxigraph") or str(Path(sys.executable).with_name("oxigraph"))
    return exe if Path(exe).exists() else None


def load_refs(nq: Path, tmp: Path, slice_lines: int = 20000) -> LoadRefs:
    """The same N-Quads file into pyoxigraph (bulk_load) and `oxigraph load`; a slice into rdflib and pyoxigraph."""
    with open(nq, "rb") as fh:
        n = sum(1 for _ in fh)
    from benchmarks.store_bench import load_as_build

    d1 = tmp / "ref-py"
    t0 = time.perf_counter()
    load_as_build(nq, d1)
    py_s = time.perf_counter() - t0
    cli_s = None
    exe = oxigraph_cli()
    if exe:
        t0 = time.perf_counter()
        subprocess.run([exe, "load", "--location", str(tmp / "ref-cli"), "--file", str(nq)], check=True,
                       capture_output=True)
        cli_s = time.perf_counter() - t0
    with open(nq, "rb") as fh:
        head = b"".join(line for _, line in zip(range(slice_lines), fh, strict=False))
    import rdflib

    t0 = time.perf_counter()
    ds = rdflib.Dataset()
    ds.parse(data=head.decode("utf-8"), format="nquads")
    rd_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    ox.Store().load(head, format=ox.RdfFormat.N_QUADS)
    ox_slice = time.perf_counter() - t0
    shutil.rmtree(d1, ignore_errors=True)
    shutil.rmtree(tmp / "ref-cli", ignore_errors=True)
    return LoadRefs(n, py_s, cli_s, head.count(b"\n"), rd_s, ox_slice)


def temp_dir() -> Path:
    return Path(tempfile.mkdtemp(prefix="kz-bench-"))
