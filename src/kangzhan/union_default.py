"""Keep a store's merged default graph equal to the union of its named graphs after a SPARQL UPDATE.

A built store holds, in its default graph, the set union of its named graphs (see store.py), and
queries read that graph. An UPDATE (`serve --allow-update`) writes named graphs or the default graph
directly, so afterwards the two may disagree. The default graph is treated as a view of the named
graphs, with the state just before the update (a checkpoint) telling what the update did:

- a triple now in some named graph but not in the default graph: if the default graph held it before,
  the update deleted it from the view, so it is deleted from every named graph (DELETE DATA { s p o }
  means "no longer stated"); otherwise it was added to a named graph, so the view gains it;
- a triple now in the default graph but in no named graph: if the default graph held it before, the
  update deleted its last named statement, so the view loses it; otherwise the update inserted it
  into the default graph directly, and it is kept in the named graph UPDATES (nothing is lost, and
  the union stays exact).

Cost: one scan of the store per update (two SPARQL queries); updates are rare administrative writes.
"""

from __future__ import annotations

from dataclasses import dataclass

import pyoxigraph as ox

from kangzhan.rdf.namespaces import GRAPH

UPDATES = ox.NamedNode(f"{GRAPH}updates")
_DEFAULT = ox.DefaultGraph()

_NAMED_ONLY = """SELECT ?s ?p ?o WHERE {
  { SELECT DISTINCT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } } }
  FILTER NOT EXISTS { ?s ?p ?o }
}"""
_DEFAULT_ONLY = "SELECT ?s ?p ?o WHERE { ?s ?p ?o FILTER NOT EXISTS { GRAPH ?g { ?s ?p ?o } } }"


@dataclass(frozen=True)
class SyncResult:
    """What the sync changed: triples added to / removed from the view, and direct inserts kept."""

    added: int = 0
    removed: int = 0
    kept_in_updates: int = 0


def _triples(store: ox.Store, query: str) -> list[ox.Triple]:
    return [ox.Triple(r["s"], r["p"], r["o"]) for r in store.query(query)]


def sync(store: ox.Store, before: ox.Store) -> SyncResult:
    """Make `store`'s default graph the union of its named graphs again; `before` is the pre-update state."""
    added = removed = kept = 0

    def held_before(t: ox.Triple) -> bool:
        return ox.Quad(t.subject, t.predicate, t.object, _DEFAULT) in before

    for t in _triples(store, _NAMED_ONLY):
        if held_before(t):  # deleted from the default graph directly: no longer stated anywhere
            for q in list(store.quads_for_pattern(t.subject, t.predicate, t.object, None)):
                store.remove(q)
            removed += 1
        else:  # inserted into a named graph
            store.add(ox.Quad(t.subject, t.predicate, t.object, _DEFAULT))
            added += 1
    for t in _triples(store, _DEFAULT_ONLY):
        if held_before(t):  # its last named statement was deleted
            store.remove(ox.Quad(t.subject, t.predicate, t.object, _DEFAULT))
            removed += 1
        else:  # written into the default graph directly: keep it, in a named graph of its own
            store.add(ox.Quad(t.subject, t.predicate, t.object, UPDATES))
            kept += 1
    return SyncResult(added, removed, kept)
