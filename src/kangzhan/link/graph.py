"""Decisions → quads of the links graph: owl:sameAs / skos:closeMatch plus a kz:LinkEvidence node each."""

from __future__ import annotations

from collections.abc import Iterable

import pyoxigraph as ox

from kangzhan.link.model import Decision
from kangzhan.rdf.iris import short_hash
from kangzhan.rdf.namespaces import DCT, KZ, LINKS_GRAPH, OWL, RDF, RDFS, RES, SKOS, WDT, XSD

GEO_WKT = "http://www.opengis.net/ont/geosparql#wktLiteral"
RELATION_IRI = {"sameAs": OWL + "sameAs", "closeMatch": SKOS + "closeMatch"}


def evidence_iri(entity_iri: str, qid: str) -> str:
    return f"{RES}link/{short_hash(entity_iri, qid)}"


def link_quads(decisions: Iterable[Decision]) -> list[ox.Quad]:
    """The links graph for these decisions, sorted (same decisions → same quads, byte for byte)."""
    g = ox.NamedNode(LINKS_GRAPH)
    out: set[ox.Quad] = set()

    def add(s, p: str, o) -> None:
        out.add(ox.Quad(s, ox.NamedNode(p), o, g))

    for d in decisions:
        if d.relation is None or d.item is None or d.evidence is None:
            continue
        ent, item, ev = ox.NamedNode(d.entity.iri), d.item, d.evidence
        wd = ox.NamedNode(item.iri)
        add(ent, RELATION_IRI[d.relation], wd)
        if d.relation == "sameAs":
            add(ent, KZ + "wikidata", wd)
        node = ox.NamedNode(evidence_iri(d.entity.iri, item.qid))
        add(node, RDF + "type", ox.NamedNode(KZ + "LinkEvidence"))
        add(node, KZ + "linkSubject", ent)
        add(node, KZ + "linkTarget", wd)
        add(node, KZ + "linkRelation", ox.NamedNode(RELATION_IRI[d.relation]))
        add(node, KZ + "linkScore", ox.Literal(f"{ev.score:.3f}", datatype=ox.NamedNode(XSD + "decimal")))
        add(node, KZ + "targetType", ox.Literal(item.kind))
        add(node, KZ + "typeCompatible", ox.Literal("true" if ev.type_ok else "false",
                                                     datatype=ox.NamedNode(XSD + "boolean")))
        add(node, KZ + "dateAgreement", ox.Literal(ev.dates))
        if ev.context:
            add(node, KZ + "contextEvidence", ox.Literal(ev.context))
        for m in ev.matched:
            add(node, KZ + "matchedLabel", ox.Literal(m))
        add(node, KZ + "linkMethod", ox.Literal(item.origin))
        for src in item.sources:
            add(node, DCT + "source", ox.Literal(src))
        for lang in ("zh", "en"):
            for text in item.labels.get(lang, ())[:1]:
                add(wd, RDFS + "label", ox.Literal(text, language=lang))
        if item.coords and item.kind == "place":
            lat, lon = item.coords
            add(wd, WDT + "P625", ox.Literal(f"Point({lon} {lat})", datatype=ox.NamedNode(GEO_WKT)))
    return sorted(out, key=str)
