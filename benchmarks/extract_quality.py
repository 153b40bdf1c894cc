"""Extraction quality per document and field, on texts with hand-made gold.

Builds every document listed in tests/data/dev/manifest.json (the two seeds and the held-out
dev set: other sources, genres, scripts and encodings) through the CLI
(`kangzhan build FILE -o OUT.nt`), scores each graph with the vendored scorer
(tests/eval/score.py, run as a subprocess) and prints a document x field F1 table.
tests/test_extract_gold.py uses the same functions and asserts the per-document floors.

usage: python benchmarks/extract_quality.py [--set seed|dev|heldout] [--jobs N] [--misses]
       python benchmarks/extract_quality.py --update-floors [--margin 0.02]
"""

from __future__ import annotations

import argparse
import json
import math
import os
import subprocess
import sys
import tempfile
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MANIFEST = ROOT / "tests" / "data" / "dev" / "manifest.json"
SCORER = ROOT / "tests" / "eval" / "score.py"
CORE = ("battles", "dates", "units", "commanders", "places", "casualties", "commands")
SHOWN = (*CORE, "strength", "part_of")
SHORT = {"battles": "battle", "dates": "date", "units": "unit", "commanders": "cmdr", "places": "place",
         "casualties": "cas", "commands": "cmds", "strength": "str", "part_of": "partof"}

Builder = Callable[[Path, Path, Path], subprocess.CompletedProcess]  # (text, out.nt, store dir)


@dataclass(frozen=True)
class Document:
    """One gold-annotated text from the manifest (paths resolved against the repository)."""

    id: str
    text: Path
    gold: Path
    set: str
    genre: str
    target: float
    floor: float


@dataclass
class Result:
    """The score of one built document; `macro` is None when the build failed."""

    doc: Document
    macro: float | None
    fields: dict[str, dict] = field(default_factory=dict)
    report: str = ""


def documents(manifest: Path = MANIFEST) -> list[Document]:
    """The documents of the manifest, in its order."""
    data = json.loads(manifest.read_text(encoding="utf-8"))
    return [Document(d["id"], ROOT / d["text"], ROOT / d["gold"], d["set"], d["genre"],
                     float(d["target"]), float(d["floor"])) for d in data["documents"]]


def cli_build(text: Path, out: Path, store: Path) -> subprocess.CompletedProcess:
    """`python -m kangzhan build TEXT -o OUT` with its own temporary store."""
    env = {**os.environ, "KANGZHAN_STORE": str(store)}
    return subprocess.run([sys.executable, "-m", "kangzhan", "build", str(text), "-o", str(out)],
                          capture_output=True, text=True, env=env, timeout=600)


def score(gold: Path, graph: Path, json_out: Path, show: int = 6) -> tuple[dict, str]:
    """Run the scorer on one graph; returns its --json output and its printed report."""
    r = subprocess.run([sys.executable, str(SCORER), str(gold), str(graph), "--json", str(json_out),
                        "--show", str(show)], capture_output=True, text=True, timeout=600)
    if r.returncode != 0 or not json_out.exists():
        raise RuntimeError(f"score.py failed on {graph.name}: {r.stderr.strip() or r.stdout.strip()}")
    return json.loads(json_out.read_text(encoding="utf-8")), r.stdout


def evaluate(doc: Document, workdir: Path, build: Builder = cli_build) -> Result:
    """Build one document through the CLI and score the graph against its gold."""
    out = workdir / f"{doc.id}.nt"
    proc = build(doc.text, out, workdir / f"store-{doc.id}")
    if proc.returncode != 0 or not out.exists():
        msg = (proc.stderr or proc.stdout or "").strip().splitlines()
        return Result(doc, None, report=f"build exited {proc.returncode}: {msg[-1] if msg else 'no output'}")
    scored, report = score(doc.gold, out, workdir / f"{doc.id}.score.json")
    return Result(doc, float(scored["macro_f1"]), scored["fields"], report)


def evaluate_all(docs: list[Document], workdir: Path, build: Builder = cli_build,
                 jobs: int | None = None) -> list[Result]:
    """Evaluate documents in parallel (each build is its own process); results in input order."""
    with ThreadPoolExecutor(max_workers=jobs or min(len(docs), os.cpu_count() or 2) or 1) as pool:
        return list(pool.map(lambda d: evaluate(d, workdir, build), docs))


def _cell(fields: dict, name: str) -> str:
    f = fields.get(name)
    if not f or (f["gold"] == 0 and f["pred"] == 0):
        return "-"  # the field does not apply to this text (nothing in gold, nothing predicted)
    return f"{f['f1']:.2f}"


def table(results: list[Result]) -> str:
    """A document x field F1 table with macro F1, floor and target; a mean row per set."""
    head = f"{'document':10} " + " ".join(f"{SHORT[n]:>6}" for n in SHOWN) + f" {'macro':>6} {'floor':>6} {'target':>6}"
    lines = [head, "-" * len(head)]
    for r in results:
        cells = " ".join(f"{_cell(r.fields, n):>6}" for n in SHOWN)
        macro = "FAILED" if r.macro is None else f"{r.macro:.3f}"
        flag = " <" if r.macro is None or r.macro < r.doc.floor else ""
        lines.append(f"{r.doc.id:10} {cells} {macro:>6} {r.doc.floor:6.2f} {r.doc.target:6.2f}{flag}")
    for s in dict.fromkeys(r.doc.set for r in results):
        ms = [r.macro or 0.0 for r in results if r.doc.set == s]
        lines.append(f"{'mean ' + s:10} {'':{7 * len(SHOWN) - 1}} {sum(ms) / len(ms):6.3f}")
    over = sorted({f"{r.doc.id}:{n}" for r in results for n, f in r.fields.items() if f["f1"] > 1.0})
    if over:  # score.py counts gold battles found, so one predicted node carrying two battles' names scores twice
        lines.append(f"note: F1 > 1 in {', '.join(over)}: one predicted node matched several gold entries (merged names)")
    return "\n".join(lines)


def update_floors(results: list[Result], margin: float, manifest: Path = MANIFEST) -> None:
    """Set each floor just below the measured macro F1 (rounded down to 0.01) and record when."""
    data = json.loads(manifest.read_text(encoding="utf-8"))
    got = {r.doc.id: r.macro for r in results}
    for d in data["documents"]:
        if d["id"] in got:
            d["floor"] = max(0.0, math.floor(round(((got[d["id"]] or 0.0) - margin) * 100, 6)) / 100)
            d["measured"] = None if got[d["id"]] is None else round(got[d["id"]], 3)
    head = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, cwd=ROOT)
    data["measured"] = {"at": datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%MZ"),
                        "commit": head.stdout.strip() or None, "margin": margin}
    manifest.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--set", choices=["seed", "dev", "heldout"], help="only the seeds, the dev or the held-out texts")
    ap.add_argument("--jobs", type=int, help="parallel builds (default: CPU count)")
    ap.add_argument("--misses", action="store_true", help="print the scorer's report (misses) per document")
    ap.add_argument("--update-floors", action="store_true", help="write floors = measured - margin to the manifest")
    ap.add_argument("--margin", type=float, default=0.02)
    a = ap.parse_args(argv)
    docs = [d for d in documents() if not a.set or d.set == a.set]
    with tempfile.TemporaryDirectory(prefix="kz-quality-") as tmp:
        results = evaluate_all(docs, Path(tmp), jobs=a.jobs)
    if a.misses:
        for r in results:
            print(f"== {r.doc.id} ({r.doc.text.name}): {r.doc.genre}\n{r.report}")
    print(table(results))
    if a.update_floors:
        update_floors(results, a.margin)
        print(f"floors written to {MANIFEST.relative_to(ROOT)}")
    return 0 if all(r.macro is not None for r in results) else 1


if __name__ == "__main__":
    sys.exit(main())
