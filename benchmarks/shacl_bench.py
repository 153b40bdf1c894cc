"""Per-document SHACL validation: kangzhan's configuration against pyshacl's plain one, same process.

`python -m benchmarks.shacl_bench [SEED.txt]`. The reference validates the same document graph
with the same shapes the way it was called before (pyshacl's linear constraint-parameter lookup,
`advanced=True`, shapes in rdflib's default store, the whole ontology mixed in); the two runs
are interleaved and the ratio of the medians is printed (the machine is shared: compare ratios).
Both must give the same violations, or the benchmark fails.
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

import pyshacl.shape
import rdflib
from pyshacl import validate as shacl_validate
from pyshacl.constraints import ALL_CONSTRAINT_PARAMETERS, CONSTRAINT_PARAMETERS_MAP
from rdflib.namespace import SH

from kangzhan import validate as kv
from kangzhan.build import process_paths
from kangzhan.resources import ontology_path, shapes_path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_SEED = ROOT / "seeds" / "002_1263db974dd0ab26.txt"


def _path(report: rdflib.Graph, path):
    """A result path comparable across shapes graphs (a complex path is a blank node: its triples)."""
    if isinstance(path, rdflib.BNode):
        return tuple(sorted((str(p), str(o)) for p, o in report.predicate_objects(path)))
    return path


def _results(report: rdflib.Graph) -> set:
    return {(report.value(r, SH.focusNode), report.value(r, SH.sourceShape) is not None,
             _path(report, report.value(r, SH.resultPath)), report.value(r, SH.value),
             report.value(r, SH.resultMessage), report.value(r, SH.resultSeverity))
            for r in report.subjects(rdflib.RDF.type, SH.ValidationResult)}


def reference(quads: list, shapes: rdflib.Graph, ontology: rdflib.Graph) -> set:
    """pyshacl as called before, on the same data (the hashed lookup switched off)."""
    fast = getattr(pyshacl.shape, "CONSTRAINT_PARAMS", None)
    pyshacl.shape.CONSTRAINT_PARAMS = (list(ALL_CONSTRAINT_PARAMETERS), CONSTRAINT_PARAMETERS_MAP)
    try:
        _, report, _ = shacl_validate(kv.quads_to_graph(quads), shacl_graph=shapes, ont_graph=ontology,
                                      inference="none", advanced=True, allow_warnings=True, inplace=True)
    finally:
        pyshacl.shape.CONSTRAINT_PARAMS = fast
    return _results(report)


def ours(quads: list) -> set:
    _, report, _ = shacl_validate(kv.quads_to_graph(quads), shacl_graph=kv._shapes(), ont_graph=kv._ontology(),
                                  inference="none", advanced=kv._needs_advanced(), allow_warnings=True,
                                  inplace=True)
    return _results(report)


def main(argv: list[str]) -> int:
    seed = Path(argv[0]) if argv else DEFAULT_SEED
    quads = list(next(process_paths([seed], validate=False)).quads)
    shapes = rdflib.Graph().parse(shapes_path(), format="turtle")
    ontology = rdflib.Graph().parse(ontology_path(), format="turtle")
    ref_t, our_t = [], []
    for _ in range(7):
        t = time.perf_counter()
        ref = reference(quads, shapes, ontology)
        ref_t.append(time.perf_counter() - t)
        t = time.perf_counter()
        got = ours(quads)
        our_t.append(time.perf_counter() - t)
        if got != ref:
            print("FAIL: kangzhan's validation and the reference disagree", file=sys.stderr)
            return 1
    damaged = quads[::7] + quads[3::7]  # most links cut: many violations of many kinds
    n_damaged = len(ours(damaged))
    if reference(damaged, shapes, ontology) != ours(damaged) or not n_damaged:
        print("FAIL: on a damaged graph the two disagree (or find nothing)", file=sys.stderr)
        return 1
    r, o = statistics.median(ref_t), statistics.median(our_t)
    print(f"SHACL per document ({seed.name}, {len(quads):,} quads, {len(ref)} results, 7 runs interleaved;"
          f" same {n_damaged} results as the reference on a damaged copy)")
    print(f"| config                      | median s | ratio |\n|-----------------------------|----------|-------|\n"
          f"| before (plain pyshacl call) | {r:8.3f} |  1.00 |\n| kangzhan.validate           | {o:8.3f} | {o / r:5.2f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
