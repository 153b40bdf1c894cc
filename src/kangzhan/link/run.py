"""Link a store: read its entities, decide each one's Wikidata item, swap in a new links graph.

The store is rewritten as a new generation (all graphs copied, the links graph replaced) and
swapped in atomically, so any failure before the swap leaves the store exactly as it was.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

import pyoxigraph as ox

from kangzhan.errors import KangzhanError, ValidationFailed
from kangzhan.link.candidates import SnapshotIndex
from kangzhan.link.entities import read_entities
from kangzhan.link.graph import link_quads
from kangzhan.link.match import MARGIN, decide, eras_of
from kangzhan.link.model import Decision, Entity, Item
from kangzhan.link.snapshot import SnapshotError, load_snapshot
from kangzhan.rdf.namespaces import LINKS_GRAPH
from kangzhan.store import StoreBuild, current_generation, open_store


@dataclass
class LinkResult:
    decisions: list[Decision]
    quads: list[ox.Quad]
    source: str  # "snapshot" or the endpoint URL
    warnings: list[str]


def one_link_per_entity(decisions: list[Decision]) -> list[Decision]:
    """An IRI typed twice (say kz:Battle and kz:Place) may be linked once: the best-scoring link stays;
    when two links of different items tie, neither does."""
    linked: dict[str, list[int]] = {}
    for i, d in enumerate(decisions):
        if d.relation is not None:
            linked.setdefault(d.entity.iri, []).append(i)
    out = list(decisions)
    for idx in linked.values():
        if len({decisions[i].item.qid for i in idx}) < 2:
            continue
        ranked = sorted(idx, key=lambda i: -decisions[i].evidence.score)
        tie = decisions[ranked[0]].evidence.score - decisions[ranked[1]].evidence.score < MARGIN
        for i in ranked[1:] if not tie else ranked:
            d = decisions[i]
            others = ", ".join(decisions[j].item.qid for j in idx if j != i)
            out[i] = replace(d, status="ambiguous", note=f"the same IRI, read as another kind, matches {others}")
    return out


def decide_offline(entities: list[Entity], items: list[Item]) -> list[Decision]:
    index, eras = SnapshotIndex(items), eras_of(items)
    return one_link_per_entity([decide(e, index.candidates(e), eras) for e in entities])


def decide_live(entities: list[Entity], fetch_many: Callable[[list[Entity]], list[list[Item]]],
                eras: dict) -> list[Decision]:
    cands = fetch_many(entities)
    return one_link_per_entity([decide(e, c, eras) for e, c in zip(entities, cands, strict=True)])


def offline_link_quads(store: ox.Store, snapshot: Path | None = None) -> list[ox.Quad]:
    """The links graph computed from the shipped snapshot: what `kangzhan build` stores with each build."""
    return link_quads(decide_offline(read_entities(store), load_snapshot(snapshot)))


def compute_links(store: ox.Store, live: bool = False, endpoint: str | None = None,
                  snapshot: Path | None = None, client=None) -> LinkResult:
    """Decide the links for every entity of the store (nothing is written here)."""
    from kangzhan.link.wdqs import WdqsUnreachable

    entities = read_entities(store)
    try:
        items = load_snapshot(snapshot)  # also the fallback when WDQS cannot be reached
    except SnapshotError:
        if not live:
            raise
        items = []  # live linking can do without it, unless WDQS cannot be reached
    warnings: list[str] = []
    if live:
        assert client is not None
        try:
            decisions = decide_live(entities, client.candidates_many, eras_of(items))
            return LinkResult(decisions, link_quads(decisions), client.endpoint, warnings)
        except WdqsUnreachable as e:
            if not items:
                try:
                    load_snapshot(snapshot)
                except SnapshotError as se:
                    raise KangzhanError(f"{e}, and no fallback: {se}") from None
            warnings.append(f"{e}; falling back to the offline snapshot")
    decisions = decide_offline(entities, items)
    return LinkResult(decisions, link_quads(decisions), "snapshot", warnings)


def check_links(quads: list[ox.Quad]) -> None:
    """SHACL gate for the links graph (an owl:sameAs target must be a Wikidata entity IRI …)."""
    from kangzhan.validate import format_report, validate_quads

    violations = validate_quads(quads)
    if violations:
        raise ValidationFailed(f"the links graph violates the shapes ({len(violations)} problem(s))",
                               format_report(violations, "links graph"))


def replace_links(root: Path, quads: list[ox.Quad]) -> Path:
    """A new store generation equal to the live one except for its links graph, swapped in atomically."""
    import inspect

    from kangzhan import store as store_mod

    gen = current_generation(root)
    if gen is None:
        raise KangzhanError("the store is empty; run `kangzhan build` first")
    read_manifest = getattr(store_mod, "read_manifest", None)
    manifest = read_manifest(gen) if read_manifest else None  # keeps the next build incremental
    links = ox.NamedNode(LINKS_GRAPH)
    if "base" in inspect.signature(StoreBuild).parameters:  # a cheap hard-linked copy of the live generation
        build = StoreBuild(root, base=gen)
        assert build.store is not None
        build.remove_graph(LINKS_GRAPH)  # also drops from the default graph what only the links held
    else:
        build = StoreBuild(root)
        store = open_store(root)
        assert store is not None and build.store is not None
        build.add(q for q in store.quads_for_pattern(None, None, None, None)
                  if q.graph_name not in (links, ox.DefaultGraph()))
        del store
    with build as b:
        b.add(quads)
        return b.commit(manifest) if manifest is not None else b.commit()


def link_store(root: Path, live: bool = False, endpoint: str | None = None, snapshot: Path | None = None,
               client=None) -> LinkResult:
    if current_generation(root) is None:
        raise KangzhanError("the store is empty; run `kangzhan build` first")
    store = open_store(root)
    assert store is not None
    result = compute_links(store, live=live, endpoint=endpoint, snapshot=snapshot, client=client)
    del store
    check_links(result.quads)
    replace_links(root, result.quads)
    return result
