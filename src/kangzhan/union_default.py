"""The merged default graph: a store's default graph holds the set union of its named graphs.

A triple stated by k documents is stored k times in their named graphs but once in the default
graph, and queries read that graph (see store.py for why). This module is the one owner of that
invariant; builds (store.StoreBuild) and SPARQL UPDATE (`serve --allow-update`, serve/executor.py)
keep it with the same two moves:

- `state`: a triple held by a named graph is in the default graph (the store deduplicates);
- `retract`: a triple no named graph holds any more leaves the default graph.

A build knows what it adds and removes. An UPDATE writes named graphs or the default graph
directly, so `sync` works out what it did from the state just before it (a checkpoint):

- a triple now in some named graph but not in the default graph: if the default graph held it before,
  the update deleted it from the view, so it is deleted from every named graph (DELETE DATA { s p o }
  means "no longer stated"); otherwise it was added to a named graph, so it is stated;
- a triple now in the default graph but in no named graph: if the default graph held it before, the
  update deleted its last named statement, so it is retracted; otherwise the update inserted it
  into the default graph directly, and it is kept in the named graph UPDATES (nothing is lost, and
  the union stays exact).

Cost of `sync`: one scan of the store per update (two SPARQL queries); updates are rare writes.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable
from dataclasses import dataclass

import pyoxigraph as ox

from kangzhan.rdf.namespaces import GRAPH

UPDATES = ox.NamedNode(f"{GRAPH}updates")
_DEFAULT = ox.DefaultGraph()
_CHUNK = 100_000
_GRAPH_TERM = re.compile(rb" <[^<>\s]*> \.$", re.M)  # the graph IRI closing an N-Quads line

_NAMED_ONLY = """SELECT ?s ?p ?o WHERE {
  { SELECT DISTINCT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } } }
  FILTER NOT EXISTS { ?s ?p ?o }
}"""
_DEFAULT_ONLY = "SELECT ?s ?p ?o WHERE { ?s ?p ?o FILTER NOT EXISTS { GRAPH ?g { ?s ?p ?o } } }"

Triple = tuple[ox.NamedNode | ox.BlankNode, ox.NamedNode, ox.NamedNode | ox.BlankNode | ox.Literal]


def has_union_default(store: ox.Store) -> bool:
    """Whether the store's default graph holds the merge of its named graphs (any generation built now).

    A generation of the older layout (named graphs only), an empty or an in-memory store has an
    empty default graph; queries then use Oxigraph's union option instead (`query_kwargs`).
    """
    return next(iter(store.quads_for_pattern(None, None, None, _DEFAULT)), None) is not None


def query_kwargs(merged: bool) -> dict:
    """`store.query` options for "the default graph is the union of all named graphs", set semantics:
    the materialized default graph when there is one (`merged`), else Oxigraph's union option (a bag)."""
    return {} if merged else {"use_default_graph_as_union": True}


def as_default_graph(nquads: bytes) -> bytes | None:
    """The same statements as default-graph lines (each line's graph IRI dropped), or None if some
    line has no graph IRI (then the caller parses instead)."""
    out, n = _GRAPH_TERM.subn(b" .", nquads)
    return out if n == nquads.count(b"\n") else None


def state(store: ox.Store, triples: Iterable[Triple], bulk: bool = True) -> None:
    """Put triples into the default graph (each once, however often stated). `bulk`: through the bulk
    loader, in chunks (builds); else transactionally (an update's few triples: no new files)."""
    it = iter(triples)
    while chunk := [ox.Quad(s, p, o) for s, p, o in itertools.islice(it, _CHUNK)]:
        if bulk:
            store.bulk_extend(chunk)
        else:
            store.extend(chunk)


def _held(store: ox.Store, s, p, o) -> bool:
    """Whether some named graph states s p o."""
    return any(q.graph_name != _DEFAULT for q in itertools.islice(store.quads_for_pattern(s, p, o, None), 2))


def retract(store: ox.Store, triples: Iterable[Triple]) -> None:
    """Remove from the default graph those of `triples` that no named graph holds."""
    for s, p, o in triples:
        if not _held(store, s, p, o):
            store.remove(ox.Quad(s, p, o))


def add(store: ox.Store, quads: Iterable[ox.Quad]) -> None:
    """Add quads to their graphs and state the named ones (a build's add)."""
    it = iter(quads)
    while chunk := list(itertools.islice(it, _CHUNK)):
        store.bulk_extend(chunk)
        state(store, ((q.subject, q.predicate, q.object) for q in chunk if q.graph_name != _DEFAULT))


def bulk_load_nquads(store: ox.Store, data: bytes) -> None:
    """Bulk-load N-Quads into their graphs and the same statements into the default graph (the fast
    path of `add`: the loader writes sorted files; a triple is one key however many lines state it)."""
    merged = as_default_graph(data)
    if merged is None:
        add(store, ox.parse(data, format=ox.RdfFormat.N_QUADS))
    else:
        store.bulk_load(data + merged, format=ox.RdfFormat.N_QUADS)


def remove_graph(store: ox.Store, graph: ox.NamedNode) -> None:
    """Drop a named graph and retract what no other named graph still states."""
    triples = [(q.subject, q.predicate, q.object) for q in store.quads_for_pattern(None, None, None, graph)]
    store.remove_graph(graph)
    retract(store, triples)


def merge_named_graphs(store: ox.Store) -> None:
    """State every named graph (gives a generation of the older layout its default graph)."""
    for g in list(store.named_graphs()):  # Python terms: a re-parse would rename blank nodes
        state(store, ((q.subject, q.predicate, q.object) for q in store.quads_for_pattern(None, None, None, g)))


@dataclass(frozen=True)
class SyncResult:
    """What the sync changed: triples added to / removed from the view, and direct inserts kept."""

    added: int = 0
    removed: int = 0
    kept_in_updates: int = 0


def _triples(store: ox.Store, query: str) -> list[Triple]:
    return [(r["s"], r["p"], r["o"]) for r in store.query(query)]


def sync(store: ox.Store, before: ox.Store) -> SyncResult:
    """Make `store`'s default graph the union of its named graphs again; `before` is the pre-update state."""

    def held_before(t: Triple) -> bool:
        return ox.Quad(*t, _DEFAULT) in before

    undone, stated = [], []
    for t in _triples(store, _NAMED_ONLY):
        (undone if held_before(t) else stated).append(t)
    for s, p, o in undone:  # deleted from the default graph directly: no longer stated anywhere
        for q in list(store.quads_for_pattern(s, p, o, None)):
            store.remove(q)
    state(store, stated, bulk=False)  # inserted into a named graph
    unheld, direct = [], []
    for t in _triples(store, _DEFAULT_ONLY):
        (unheld if held_before(t) else direct).append(t)
    retract(store, unheld)  # their last named statement was deleted
    for s, p, o in direct:  # written into the default graph directly: keep it, in a named graph of its own
        store.add(ox.Quad(s, p, o, UPDATES))
    return SyncResult(len(stated), len(undone) + len(unheld), len(direct))
