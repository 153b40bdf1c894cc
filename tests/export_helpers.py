"""Shared by the export and browser tests: stores built from the seeds and from a small fixture graph,
and the SPARQL counts an export must agree with."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pyoxigraph as ox
import pytest
from helpers import ROOT, run_cli

DATA = ROOT / "tests" / "data"
FIXTURE_TTL = DATA / "viz" / "network.ttl"
KZ = "https://w3id.org/kangzhan/ontology#"
CLASSES = "VALUES ?c { kz:Battle kz:MilitaryUnit kz:Person kz:Place }"
RELS = "VALUES ?p { kz:participant kz:commander kz:location kz:partOf kz:commands kz:subUnitOf }"


def fixture_store(root: Path) -> Path:
    """A store holding tests/data/viz/network.ttl as one document graph beside the ontology, as a build has."""
    from kangzhan.store import StoreBuild

    g = ox.NamedNode("https://w3id.org/kangzhan/graph/document/viz-fixture")
    with open(FIXTURE_TTL, "rb") as fh:
        quads = [ox.Quad(t.subject, t.predicate, t.object, g) for t in ox.parse(fh, format=ox.RdfFormat.TURTLE)]
    onto = ox.NamedNode("https://w3id.org/kangzhan/graph/ontology")
    with open(ROOT / "ontology" / "kangzhan.ttl", "rb") as fh:
        quads += [ox.Quad(t.subject, t.predicate, t.object, onto) for t in ox.parse(fh, format=ox.RdfFormat.TURTLE)]
    with StoreBuild(root) as b:
        b.add(quads)
        b.commit()
    return root


def seed_store(root: Path) -> Path:
    proc = run_cli("build", store=root)
    assert proc.returncode == 0, proc.stderr
    return root


def sparql_counts(root: Path, where: str = "") -> tuple[int, int]:
    """(entities of the four classes, distinct relation triples between them) by SPARQL on the store."""
    from kangzhan.query import run
    from kangzhan.store import open_store

    store = open_store(root)
    n = next(iter(run(store, f"SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE {{ {CLASSES} ?s a ?c {where} }}")))["n"]
    e = next(iter(run(store, f"""SELECT (COUNT(*) AS ?n) WHERE {{ SELECT DISTINCT ?s ?p ?o WHERE {{ {RELS} ?s ?p ?o .
        ?s a ?c1 . ?o a ?c2 . VALUES ?c1 {{ kz:Battle kz:MilitaryUnit kz:Person kz:Place }}
        VALUES ?c2 {{ kz:Battle kz:MilitaryUnit kz:Person kz:Place }} }} }}""")))["n"]
    return int(n.value), int(e.value)


def need_tool(name: str) -> str:
    """The path of a program the test needs; in CI a missing one fails the test, elsewhere skips it."""
    path = shutil.which(name)
    if path is None:
        msg = f"{name} is not installed (Debian package: {'graphviz' if name == 'dot' else name})"
        if os.environ.get("CI") == "true":
            pytest.fail(msg)
        pytest.skip(msg)
    return path
