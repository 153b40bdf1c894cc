"""SHACL validation with pyshacl, and a report a person can act on.

Each violation is reported with the offending node, its label, the source sentence that produced
it (found through the provenance mentions) and the shape's message.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Iterable
from dataclasses import dataclass

import pyoxigraph as ox
import pyshacl.shape
import rdflib
from pyshacl import validate as shacl_validate
from pyshacl.constraints import ALL_CONSTRAINT_PARAMETERS, CONSTRAINT_PARAMETERS_MAP
from rdflib.namespace import RDFS, SH
from rdflib.plugins.sparql.processor import prepareQuery

from kangzhan.rdf.namespaces import KZ, PROV
from kangzhan.resources import ontology_path, shapes_path

# rdflib logs a full traceback for every ill-typed literal (e.g. "1938-13-40"^^xsd:date); the shapes
# report those as violations in words, so the log would only put a traceback in front of the user.
logging.getLogger("rdflib.term").setLevel(logging.ERROR)


class _HashedList(list):
    """A list whose `in` is a hash lookup instead of a scan (same items, same order)."""

    def __init__(self, items) -> None:
        super().__init__(items)
        self._members = frozenset(self)

    def __contains__(self, item) -> bool:
        return item in self._members


# pyshacl checks every predicate of a shape, for every focus node, with `p in <list of ~40
# constraint parameters>`: ~870k URIRef.__eq__ calls, a quarter of a document's validation time.
# It reads that list from this module attribute (its own lazily filled cache); pre-filling it with
# the same parameters behind a hashed `in` changes nothing but the speed. (Used as-is only when
# advanced and js are off; otherwise pyshacl copies it into a plain list, which is just slower.)
pyshacl.shape.CONSTRAINT_PARAMS = (_HashedList(ALL_CONSTRAINT_PARAMETERS), CONSTRAINT_PARAMETERS_MAP)


@dataclass(frozen=True)
class Violation:
    focus: str
    label: str
    path: str
    value: str
    message: str
    severity: str
    sentence: str


@functools.lru_cache(maxsize=1)
def _shapes() -> rdflib.Graph:
    """The shapes, in rdflib's context-free store: pyshacl reads every shape's parameters again for
    each focus node, and the default (context-aware) store adds per-triple bookkeeping to every read."""
    return rdflib.Graph(store="SimpleMemory").parse(shapes_path(), format="turtle")


_ADVANCED_TERMS = (SH.rule, SH.target, SH.expression, SH.SPARQLTarget, SH.SPARQLTargetType, SH.SPARQLFunction,
                   SH.TripleRule, SH.SPARQLRule)


@functools.lru_cache(maxsize=1)
def _needs_advanced() -> bool:
    """Whether the shapes use SHACL Advanced Features (rules, custom targets, expressions, functions).

    Ours use only SHACL Core and SHACL-SPARQL constraints, which pyshacl checks without `advanced`;
    turning it off only drops the look-up of advanced parameters in every shape.
    """
    g = _shapes()
    return any(t in _ADVANCED_TERMS for triple in g for t in triple)


@functools.lru_cache(maxsize=1)
def _ontology() -> rdflib.Graph:
    """What of the ontology the shapes read: types (of classes and of individuals such as echelons)
    and the class hierarchy, for sh:class. pyshacl copies this into every document's graph; the
    labels and comments (~3/4 of the ontology) were copied for nothing."""
    full = rdflib.Graph().parse(ontology_path(), format="turtle")
    slim = rdflib.Graph()
    for p in (rdflib.RDF.type, RDFS.subClassOf):
        for t in full.triples((None, p, None)):
            slim.add(t)
    return slim


_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


@functools.lru_cache(maxsize=512)
def _prepared(query: str, namespaces: tuple):
    return prepareQuery(query, initNs=dict(namespaces))


class ValidationGraph(rdflib.Graph):
    """An rdflib graph that parses each SPARQL text once.

    pyshacl sends the same SPARQL-constraint text again for every focus node, and rdflib parses
    it every time: that parsing was ~90% of the validation time of a document.
    """

    def query(self, query_object, processor="sparql", result="sparql", initNs=None, initBindings=None,  # noqa: N803
              use_store_provided=True, **kwargs):
        if isinstance(query_object, str) and processor == "sparql":
            ns = initNs if initNs is not None else dict(self.namespaces())
            query_object = _prepared(query_object, tuple(sorted(ns.items())))
        return super().query(query_object, processor, result, initNs, initBindings, use_store_provided, **kwargs)


def _rdflib_term(t):
    if isinstance(t, ox.NamedNode):
        return rdflib.URIRef(t.value)
    if isinstance(t, ox.BlankNode):
        return rdflib.BNode(t.value)
    if t.language:
        return rdflib.Literal(t.value, lang=t.language)
    dt = t.datatype.value
    return rdflib.Literal(t.value) if dt == _XSD_STRING else rdflib.Literal(t.value, datatype=rdflib.URIRef(dt))


def quads_to_graph(quads: Iterable[ox.Quad | ox.Triple]) -> rdflib.Graph:
    """Union of the quads as one rdflib graph, term by term (3× faster than through N-Triples text)."""
    g = ValidationGraph()
    memo: dict = {}

    def conv(t):
        r = memo.get(t)
        if r is None:
            r = memo[t] = _rdflib_term(t)
        return r

    for q in quads:
        g.add((conv(q.subject), conv(q.predicate), conv(q.object)))
    return g


def _short(node) -> str:
    s = str(node)
    for prefix, ns in (("kz:", KZ), ("prov:", PROV), ("rdfs:", str(RDFS)), ("sh:", str(SH))):
        if s.startswith(ns):
            return prefix + s[len(ns):]
    return s


def _sentence_for(g: rdflib.Graph, focus) -> str:
    kz = rdflib.Namespace(KZ)
    prov = rdflib.Namespace(PROV)
    mentions = list(g.subjects(kz.refersTo, focus)) + list(g.objects(focus, prov.wasDerivedFrom))
    for m in mentions:
        s = g.value(m, kz.sentence) or g.value(m, kz.surfaceText)
        if s:
            return str(s)
    return ""


def _label(g: rdflib.Graph, node) -> str:
    """The node's Chinese label when it has one, else any label."""
    labels = list(g.objects(node, RDFS.label))
    for lit in labels:
        if getattr(lit, "language", None) and lit.language.lower().startswith("zh"):
            return str(lit)
    return str(labels[0]) if labels else ""


def validate_graph(g: rdflib.Graph) -> list[Violation]:
    """Validate one data graph against the shapes (with the ontology); return the violations."""
    data = ValidationGraph()
    data += g  # a private copy that pyshacl may extend in place (its own clone would drop the query cache)
    return _validate(data, g)


def _validate(data: ValidationGraph, g: rdflib.Graph) -> list[Violation]:
    """Validate DATA (owned: the ontology is mixed into it); labels and sentences are looked up in G."""
    conforms, results, _ = shacl_validate(
        data, shacl_graph=_shapes(), ont_graph=_ontology(), inference="none", advanced=_needs_advanced(),
        allow_warnings=True, meta_shacl=False, inplace=True,
    )
    if conforms:
        return []
    out = []
    for r in results.subjects(rdflib.RDF.type, SH.ValidationResult):
        focus = results.value(r, SH.focusNode)
        sev = _short(results.value(r, SH.resultSeverity) or SH.Violation)
        if sev != "sh:Violation":
            continue
        label = _label(g, focus) if focus is not None else ""
        out.append(Violation(
            focus=str(focus),
            label=label,
            path=_short(results.value(r, SH.resultPath) or ""),
            value=str(results.value(r, SH.value) or ""),
            message=str(results.value(r, SH.resultMessage) or "violates a shape"),
            severity=sev,
            sentence=_sentence_for(g, focus) if focus is not None else "",
        ))
    return sorted(out, key=lambda v: (v.focus, v.path, v.message, v.value))


def validate_quads(quads: Iterable[ox.Quad]) -> list[Violation]:
    g = quads_to_graph(quads)
    return _validate(g, g)


def format_report(violations: list[Violation], source: str = "") -> str:
    """A readable, line-oriented report."""
    head = f"{len(violations)} SHACL violation(s)" + (f" in {source}" if source else "")
    lines = [head]
    for v in violations:
        name = f"{v.label} <{v.focus}>" if v.label else f"<{v.focus}>"
        lines.append(f"- {name}")
        lines.append(f"    problem: {v.message}")
        if v.path:
            lines.append(f"    property: {v.path}" + (f" = {v.value}" if v.value else ""))
        if v.sentence:
            lines.append(f"    source sentence: {v.sentence[:300]}")
    return "\n".join(lines)
