"""Extraction under Dask's local scheduler yields the same N-Quads as `kangzhan build`."""

from __future__ import annotations

import pyoxigraph as ox
import pytest
from helpers import SEED000, SEED002, run_cli

pytest.importorskip("dask.bag", reason="the Dask engine is optional: pip install 'kangzhan[dask]'")

from kangzhan.distributed import load_parts, write_parts  # noqa: E402
from kangzhan.store import current_generation  # noqa: E402


def _paragraph_files(tmp_path, n):
    paras = [p for s in (SEED000, SEED002) for p in s.read_text(encoding="utf-8").split("\n") if p.strip()]
    d = tmp_path / "corpus"
    d.mkdir()
    files = []
    for i in range(n):
        f = d / f"d{i:02d}.txt"
        f.write_text("\n".join(paras[(2 * i + k) % len(paras)] for k in range(2)) + "\n", encoding="utf-8")
        files.append(f)
    return files


def test_dask_bag_equals_cli_build(tmp_path):
    files = _paragraph_files(tmp_path, 4)
    ref = tmp_path / "ref.nq"
    r = run_cli("build", *map(str, files), "-o", str(ref), "--workers", "1")
    assert r.returncode == 0, r.stderr
    for scheduler in ("sync", "processes"):
        parts = write_parts(files, tmp_path / scheduler, scheduler=scheduler, npartitions=2)
        assert len(parts) == 2
        assert b"".join(p.read_bytes() for p in parts) == ref.read_bytes(), scheduler
    # the parts load as they are into a store: one graph per document
    s = ox.Store()
    for p in parts:
        s.bulk_load(path=str(p), format=ox.RdfFormat.N_QUADS)
    assert len(list(s.named_graphs())) == 4
    # or into a kangzhan store: the same document graphs as `kangzhan build`, the same default graph
    built, loaded = tmp_path / "built", tmp_path / "loaded"
    assert run_cli("build", *map(str, files), "--workers", "1", store=built).returncode == 0
    load_parts(parts, loaded)
    a, b = (ox.Store.read_only(str(current_generation(x))) for x in (built, loaded))
    assert _ground(a) == _ground(b) and _ground(a)
    q = "SELECT ?l WHERE { ?b a kz:Battle ; rdfs:label ?l } ORDER BY ?l"
    assert run_cli("query", q, store=built).stdout == run_cli("query", q, store=loaded).stdout


def _ground(store: ox.Store) -> set[str]:
    """Quads of every graph but the ontology's (its blank nodes differ between loads)."""
    onto = "https://w3id.org/kangzhan/graph/ontology"
    return {str(q) for q in store.quads_for_pattern(None, None, None, None)
            if not (isinstance(q.graph_name, ox.NamedNode) and q.graph_name.value == onto)
            and not isinstance(q.subject, ox.BlankNode) and not isinstance(q.object, ox.BlankNode)}


def test_dask_reports_bad_input_in_one_line(tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x01" * 50)
    from kangzhan.errors import InputError

    with pytest.raises(InputError, match="binary"):
        write_parts([bad], tmp_path / "parts", scheduler="sync")
