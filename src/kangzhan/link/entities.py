"""Read the battles, people, units and places of a store as plain Entity records."""

from __future__ import annotations

from collections import defaultdict

import pyoxigraph as ox

from kangzhan.link.model import Entity
from kangzhan.rdf.namespaces import KZ, LINKS_GRAPH, RDF, RDFS, SKOS

KIND_OF_CLASS = {KZ + "Battle": "battle", KZ + "Person": "human", KZ + "MilitaryUnit": "military unit",
                 KZ + "Place": "place"}
SIDE = {KZ + "China": "China", KZ + "Japan": "Japan"}


def _objects(store: ox.Store, pred: str, graphs: list[ox.NamedNode]):
    p = ox.NamedNode(pred)
    for g in graphs:
        for q in store.quads_for_pattern(None, p, None, g):
            yield q.subject, q.object


def read_entities(store: ox.Store) -> list[Entity]:
    """Every typed entity outside the ontology and links graphs, sorted by IRI and kind."""
    skip = {LINKS_GRAPH, KZ.rstrip("#"), "https://w3id.org/kangzhan/graph/ontology"}
    graphs = sorted((g for g in store.named_graphs() if isinstance(g, ox.NamedNode) and g.value not in skip),
                    key=lambda g: g.value)
    kinds: dict[str, set[str]] = defaultdict(set)
    for s, o in _objects(store, RDF + "type", graphs):
        if isinstance(s, ox.NamedNode) and isinstance(o, ox.NamedNode) and o.value in KIND_OF_CLASS:
            kinds[s.value].add(KIND_OF_CLASS[o.value])
    labels: dict[str, set] = defaultdict(set)
    alts: dict[str, set] = defaultdict(set)
    for pred, target in ((RDFS + "label", labels), (SKOS + "altLabel", alts)):
        for s, o in _objects(store, pred, graphs):
            if s.value in kinds and isinstance(o, ox.Literal):
                target[s.value].add((o.value, o.language or ""))
    starts: dict[str, list[str]] = defaultdict(list)
    ends: dict[str, list[str]] = defaultdict(list)
    for pred, target in ((KZ + "startDate", starts), (KZ + "endDate", ends)):
        for s, o in _objects(store, pred, graphs):
            if s.value in kinds and isinstance(o, ox.Literal):
                target[s.value].append(o.value)
    sides: dict[str, set[str]] = defaultdict(set)
    for s, o in _objects(store, KZ + "side", graphs):
        if s.value in kinds and isinstance(o, ox.NamedNode) and o.value in SIDE:
            sides[s.value].add(SIDE[o.value])
    out = []
    for iri in sorted(kinds):
        side = next(iter(sides[iri])) if len(sides[iri]) == 1 else None
        for kind in sorted(kinds[iri]):
            out.append(Entity(
                iri=iri, kind=kind, labels=tuple(sorted(labels[iri])), alt_labels=tuple(sorted(alts[iri])),
                start=min(starts[iri]) if starts[iri] else None, end=max(ends[iri]) if ends[iri] else None,
                side=side,
            ))
    return out
