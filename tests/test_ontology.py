"""The ontology: parses, declares every kz: term that anything uses (with zh+en labels and a
definition), keeps the vocabulary contract, aligns only to well-formed and cited IRIs, and stays
consistent under an OWL 2 RL closure."""

from __future__ import annotations

import re
from pathlib import Path

import owlrl
import pyoxigraph as ox
import pytest
import rdflib
import rdflib.collection
from helpers import ROOT, SEED002
from rdflib import namespace as ns
from rdflib.namespace import OWL, RDF, RDFS, SKOS

from kangzhan.build import process
from kangzhan.rdf import vocab
from kangzhan.text.read import read_source

KZ = rdflib.Namespace("https://w3id.org/kangzhan/ontology#")
ONTOLOGY = ROOT / "ontology" / "kangzhan.ttl"
SHAPES = ROOT / "shapes" / "kangzhan.shacl.ttl"
SRC = ROOT / "src" / "kangzhan"

# The contract, copied from ../shared/design/vocabulary.md ("Core vocabulary — the contract"):
# term → (kind, domain, range). None = not constrained by the contract table.
CONTRACT = {
    "Battle": (OWL.Class, None, None),
    "MilitaryUnit": (OWL.Class, None, None),
    "Person": (OWL.Class, None, None),
    "Place": (OWL.Class, None, None),
    "Belligerent": (OWL.Class, None, None),
    "startDate": (OWL.DatatypeProperty, KZ.Battle, None),
    "endDate": (OWL.DatatypeProperty, KZ.Battle, None),
    "partOf": (OWL.ObjectProperty, KZ.Battle, KZ.Battle),
    "location": (OWL.ObjectProperty, KZ.Battle, KZ.Place),
    "participant": (OWL.ObjectProperty, KZ.Battle, KZ.MilitaryUnit),
    "commander": (OWL.ObjectProperty, KZ.Battle, KZ.Person),
    "commands": (OWL.ObjectProperty, KZ.Person, KZ.MilitaryUnit),
    "side": (OWL.ObjectProperty, None, KZ.Belligerent),
    "casualties": (OWL.ObjectProperty, KZ.Battle, None),
    "strength": (OWL.ObjectProperty, KZ.Battle, None),
    "count": (OWL.DatatypeProperty, None, ns.XSD.integer),
    "qualifier": (OWL.ObjectProperty, None, KZ.Qualifier),
}
CONTRACT_INDIVIDUALS = {"China": KZ.Belligerent, "Japan": KZ.Belligerent, "exact": KZ.Qualifier,
                        "atLeast": KZ.Qualifier, "about": KZ.Qualifier, "atMost": KZ.Qualifier}

CORE_CLASSES = [KZ.Battle, KZ.MilitaryUnit, KZ.Person, KZ.Place, KZ.Report, KZ.Document, KZ.Mention]


@pytest.fixture(scope="module")
def onto() -> rdflib.Graph:
    return rdflib.Graph().parse(ONTOLOGY, format="turtle")


@pytest.fixture(scope="module")
def seed_graph() -> rdflib.Graph:
    """The graph the current extractor builds from a seed text (through the public build step)."""
    doc = process(read_source(SEED002))
    data = ox.serialize([ox.Triple(q.subject, q.predicate, q.object) for q in doc.quads],
                        format=ox.RdfFormat.N_TRIPLES)
    return rdflib.Graph().parse(data=data.decode("utf-8"), format="nt")


def _kz_terms(g: rdflib.Graph) -> set[rdflib.URIRef]:
    return {t for triple in g for t in triple if isinstance(t, rdflib.URIRef) and t.startswith(str(KZ))}


def _source_terms() -> set[rdflib.URIRef]:
    """kz: terms named in the source code: kz:X in strings, KZ + "X", _kz("X"), and the vocab tables."""
    names: set[str] = set()
    for path in SRC.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        names |= set(re.findall(r"\bkz:([A-Za-z][A-Za-z0-9]*)", text))
        names |= set(re.findall(r"KZ\s*\+\s*[\"']([A-Za-z][A-Za-z0-9]*)[\"']", text))
        names |= set(re.findall(r"_kz\([\"']([A-Za-z][A-Za-z0-9]*)[\"']\)", text))
    for table in (vocab.ECHELONS, vocab.PLACE_TYPES, vocab.FIGURE_CATEGORIES, vocab.QUALIFIERS):
        names |= set(table.values())
    return {KZ[n] for n in names}


def _missing_declarations(onto: rdflib.Graph, terms) -> list[str]:
    problems = []
    for t in sorted(terms):
        if (t, RDF.type, None) not in onto:
            problems.append(f"{t}: not declared (no rdf:type)")
            continue
        langs = {lit.language for lit in onto.objects(t, RDFS.label) if isinstance(lit, rdflib.Literal)}
        defs = {lit.language for lit in onto.objects(t, SKOS.definition) if isinstance(lit, rdflib.Literal)}
        for lang in ("zh", "en"):
            if lang not in langs:
                problems.append(f"{t}: no rdfs:label @{lang}")
            if lang not in defs:
                problems.append(f"{t}: no skos:definition @{lang}")
    return problems


def test_ontology_parses_with_both_parsers(onto):
    assert len(onto) > 300
    assert (rdflib.URIRef("https://w3id.org/kangzhan/ontology"), RDF.type, OWL.Ontology) in onto
    with open(ONTOLOGY, "rb") as fh:  # the store loads it with Oxigraph
        assert sum(1 for _ in ox.parse(fh, format=ox.RdfFormat.TURTLE)) == len(onto)


def test_every_term_of_the_ontology_is_declared_and_labelled(onto):
    assert _missing_declarations(onto, _kz_terms(onto)) == []


def test_every_term_of_the_shapes_is_declared(onto):
    shapes = rdflib.Graph().parse(SHAPES, format="turtle")
    terms = _kz_terms(shapes)
    for text in shapes.objects(None, rdflib.URIRef("http://www.w3.org/ns/shacl#select")):
        terms |= {KZ[n] for n in re.findall(r"\bkz:([A-Za-z][A-Za-z0-9]*)", str(text))}
    assert len(terms) > 20
    assert _missing_declarations(onto, terms) == []


def test_every_term_named_in_the_source_is_declared(onto):
    terms = _source_terms()
    assert KZ.participant in terms and KZ.EchelonShidan in terms  # the scan sees emit.py and vocab.py
    assert _missing_declarations(onto, terms) == []


def test_every_term_in_a_seed_build_is_declared(onto, seed_graph):
    terms = _kz_terms(seed_graph)
    assert KZ.Battle in terms
    assert _missing_declarations(onto, terms) == []


def test_vocabulary_contract(onto):
    for name, (kind, domain, range_) in CONTRACT.items():
        term = KZ[name]
        assert (term, RDF.type, kind) in onto, f"kz:{name} must be a {kind}"
        if domain is not None:
            assert (term, RDFS.domain, domain) in onto, f"kz:{name} domain"
        if range_ is not None:
            assert (term, RDFS.range, range_) in onto, f"kz:{name} range"
    for name, cls in CONTRACT_INDIVIDUALS.items():
        assert (KZ[name], RDF.type, cls) in onto, f"kz:{name} a {cls}"


MAPPINGS = [SKOS.closeMatch, SKOS.exactMatch, SKOS.narrowMatch, SKOS.broadMatch, SKOS.relatedMatch,
            OWL.equivalentClass, OWL.equivalentProperty, RDFS.subClassOf, RDFS.subPropertyOf]
WELL_FORMED = re.compile(r"^https?://[A-Za-z0-9.-]+\.[a-z]{2,}(/[^\s<>\"{}|\\^`]*)?(#[^\s<>\"{}|\\^`]*)?$")
WIKIDATA = re.compile(r"^http://www\.wikidata\.org/(entity/Q[1-9]\d*|prop/direct/P[1-9]\d*)$")
CIDOC = re.compile(r"^http://www\.cidoc-crm\.org/cidoc-crm/(E\d+_[A-Za-z_-]+|P\d+i?_[A-Za-z_-]+)$")


def _alignments(onto):
    for p in MAPPINGS:
        for s, o in onto.subject_objects(p):
            if isinstance(s, rdflib.URIRef) and s.startswith(str(KZ)) and not str(o).startswith(str(KZ)):
                yield s, p, o


def test_alignments_are_well_formed_iris(onto):
    found = list(_alignments(onto))
    assert len(found) > 20
    for s, p, o in found:
        assert isinstance(o, rdflib.URIRef), (s, p, o)
        assert WELL_FORMED.match(str(o)), (s, p, o)
        if "wikidata.org" in o:
            assert WIKIDATA.match(str(o)), (s, p, o)
        if "cidoc-crm.org" in o:
            assert CIDOC.match(str(o)), (s, p, o)


def test_core_classes_are_aligned_to_wikidata_and_cidoc(onto):
    for cls in (KZ.Battle, KZ.MilitaryUnit, KZ.Person, KZ.Place):
        targets = {str(o) for s, _p, o in _alignments(onto) if s == cls}
        assert any("wikidata.org" in t for t in targets), cls
        assert any("cidoc-crm.org" in t for t in targets), cls


def test_every_wikidata_and_cidoc_identifier_is_cited_in_a_comment(onto):
    """Each external id used in an alignment appears in a comment of the file (its citation)."""
    comments = "\n".join(line for line in ONTOLOGY.read_text(encoding="utf-8").splitlines()
                         if line.lstrip().startswith("#"))
    for _, _, o in _alignments(onto):
        local = re.split(r"[/#]", str(o))[-1]
        if "wikidata.org" in o or "cidoc-crm.org" in o:
            assert local in comments, f"{o} has no citation comment"


def test_no_owl_equivalence_to_wikidata_items(onto):
    """Wikidata items are used through wdt:P31, not as OWL classes: equivalence would be a category error."""
    for p in (OWL.equivalentClass, OWL.equivalentProperty):
        for _, o in onto.subject_objects(p):
            assert "wikidata.org" not in str(o)


def _clashes(g: rdflib.Graph) -> list[tuple]:
    out = []
    for i, a in enumerate(CORE_CLASSES):
        for b in CORE_CLASSES[i + 1:]:
            for x in set(g.subjects(RDF.type, a)) & set(g.subjects(RDF.type, b)):
                out.append((x, a, b))
    return out


def _closure(*graphs: rdflib.Graph) -> rdflib.Graph:
    g = rdflib.Graph()
    for part in graphs:
        for t in part:
            g.add(t)
    owlrl.DeductiveClosure(owlrl.OWLRL_Semantics).expand(g)
    return g


def test_core_classes_are_declared_disjoint(onto):
    groups = [set(rdflib.collection.Collection(onto, lst)) for axiom in onto.subjects(RDF.type, OWL.AllDisjointClasses)
              for lst in onto.objects(axiom, OWL.members)]
    assert any(set(CORE_CLASSES) <= members for members in groups)


def test_owl_rl_closure_detects_a_clash():
    """The check below can fail: a node used as participant and as commander is a unit and a person."""
    onto = rdflib.Graph().parse(ONTOLOGY, format="turtle")
    r = rdflib.Namespace("https://w3id.org/kangzhan/resource/")
    bad = rdflib.Graph()
    bad.add((r["battle/b"], KZ.participant, r["x"]))
    bad.add((r["battle/b"], KZ.commander, r["x"]))
    assert (r["x"], KZ.MilitaryUnit, KZ.Person) in [(x, a, b) for x, a, b in _clashes(_closure(onto, bad))]


def test_seed_graph_is_consistent_under_owl_rl(onto, seed_graph):
    closed = _closure(onto, seed_graph)
    assert _clashes(closed) == []
    battles = set(closed.subjects(RDF.type, KZ.Battle))
    assert battles and not battles & set(closed.subjects(RDF.type, KZ.Person))
    # the alignments carry over: every battle is also a CIDOC-CRM activity
    crm_activity = rdflib.URIRef("http://www.cidoc-crm.org/cidoc-crm/E7_Activity")
    assert battles <= set(closed.subjects(RDF.type, crm_activity))


def test_files_are_utf8_without_tabs():
    for path in (ONTOLOGY, SHAPES):
        text = Path(path).read_text(encoding="utf-8")
        assert "\t" not in text
