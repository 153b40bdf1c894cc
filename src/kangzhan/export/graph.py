"""The store as a networkx graph: battles, units, persons and places with typed attributes.

Node ids are the kangzhan IRIs (so every export joins back to SPARQL); edges are the vocabulary's
entity-to-entity relations, keyed by the relation's local name in a MultiDiGraph. Selections
(one battle, a span of years, a CONSTRUCT query) return subgraphs of that same graph, and
raise `KangzhanError` with a one-line reason rather than returning an empty graph.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

import networkx as nx
import pyoxigraph as ox

from kangzhan.errors import KangzhanError
from kangzhan.query import run
from kangzhan.rdf.namespaces import KZ, RDF

KINDS = {KZ + "Battle": "battle", KZ + "MilitaryUnit": "unit", KZ + "Person": "person", KZ + "Place": "place"}
# relation local name → (source kind, target kind); the edges an export carries
RELATIONS = {
    "participant": ("battle", "unit"),
    "commander": ("battle", "person"),
    "location": ("battle", "place"),
    "partOf": ("battle", "battle"),
    "commands": ("person", "unit"),
    "subUnitOf": ("unit", "unit"),
}
# the belligerents; kz:OtherSide: a third party (the Allies: 英缅第1师, 美军第475团), neither China nor Japan
SIDES = {KZ + "China": "China", KZ + "Japan": "Japan", KZ + "OtherSide": "OtherSide"}
REL_LABELS_ZH = {"participant": "参战", "commander": "指挥官", "location": "地点", "partOf": "属于",
                 "commands": "指挥", "subUnitOf": "隶属"}

_VALUES_KINDS = " ".join(f"<{c}>" for c in KINDS)
_VALUES_RELS = " ".join(f"kz:{r}" for r in RELATIONS)

Q_NODES = f"SELECT DISTINCT ?s ?c WHERE {{ VALUES ?c {{ {_VALUES_KINDS} }} ?s a ?c }}"
Q_LABELS = "SELECT ?s ?l WHERE { ?s rdfs:label ?l }"
Q_ALT = "SELECT ?s ?l WHERE { ?s skos:altLabel ?l }"
Q_SIDE = "SELECT ?s ?side WHERE { ?s kz:side ?side }"
Q_ECHELON = "SELECT ?s ?e ?n WHERE { ?s kz:echelon ?e OPTIONAL { ?e skos:notation ?n } }"
Q_PLACETYPE = "SELECT ?s ?t WHERE { ?s kz:placeType ?t }"
Q_DATES = "SELECT ?s ?start ?end WHERE { { ?s kz:startDate ?start } UNION { ?s kz:endDate ?end } }"
Q_REPORTS = """SELECT ?b ?prop ?r ?count ?side WHERE { VALUES ?prop { kz:casualties kz:strength }
  ?b ?prop ?r . OPTIONAL { ?r kz:count ?count } OPTIONAL { ?r kz:side ?side } }"""
Q_EDGES = f"SELECT DISTINCT ?s ?p ?o WHERE {{ VALUES ?p {{ {_VALUES_RELS} }} ?s ?p ?o }}"

_DATE = re.compile(r"^(-?\d{4})(?:-(\d{2}))?(?:-(\d{2}))?")


@dataclass(frozen=True)
class Selection:
    """What to export: everything, one or more battles, a span of years, or a CONSTRUCT query."""

    battle: str | None = None
    year_from: int | None = None
    year_to: int | None = None
    construct: str | None = None


def local_name(iri: str) -> str:
    return re.split(r"[#/]", iri)[-1]


def _rows(store: ox.Store, query: str) -> Iterable:
    return run(store, query)


def date_bounds(value: str, end: bool = False) -> str | None:
    """An xsd:date / gYearMonth / gYear as a full ISO date: its first day, or with end=True its last."""
    m = _DATE.match(value or "")
    if not m:
        return None
    y, mo, d = m.group(1), m.group(2), m.group(3)
    if d:
        return f"{y}-{mo}-{d}"
    if mo:
        if not end:
            return f"{y}-{mo}-01"
        import calendar

        return f"{y}-{mo}-{calendar.monthrange(int(y), int(mo))[1]:02d}"
    return f"{y}-12-31" if end else f"{y}-01-01"


def _side_name(term) -> str:
    return SIDES.get(term.value, local_name(term.value)) if term is not None else ""


def load_graph(store: ox.Store) -> nx.MultiDiGraph:
    """Every battle, unit, person and place of the store with its attributes, and their relations."""
    g = nx.MultiDiGraph(name="kangzhan")
    for row in _rows(store, Q_NODES):
        iri = row["s"].value
        if not isinstance(row["s"], ox.NamedNode):
            continue
        g.add_node(iri, kind=KINDS[row["c"].value], iri=iri, label="", label_en="")
    nodes = g.nodes
    labels: dict[str, dict[str, str]] = defaultdict(dict)
    for row in _rows(store, Q_LABELS):
        s = row["s"].value
        if s in nodes and isinstance(row["l"], ox.Literal):
            lang = (row["l"].language or "").lower()
            key = "en" if lang.startswith("en") else "zh" if lang.startswith("zh") else "other"
            labels[s].setdefault(key, row["l"].value)
    alts: dict[str, set[str]] = defaultdict(set)
    for row in _rows(store, Q_ALT):
        if row["s"].value in nodes:
            alts[row["s"].value].add(row["l"].value)
    for iri, data in g.nodes(data=True):
        ls = labels.get(iri, {})
        data["label"] = ls.get("zh") or ls.get("other") or ls.get("en") or local_name(iri)
        data["label_en"] = ls.get("en", "")
        data["alt_labels"] = "; ".join(sorted(alts.get(iri, ())))
    for row in _rows(store, Q_SIDE):
        if row["s"].value in nodes and nodes[row["s"].value]["kind"] in ("unit", "person"):
            nodes[row["s"].value]["side"] = _side_name(row["side"])
    for row in _rows(store, Q_ECHELON):
        if row["s"].value in nodes:
            nodes[row["s"].value]["echelon"] = row["n"].value if row["n"] is not None else local_name(row["e"].value)
    for row in _rows(store, Q_PLACETYPE):
        if row["s"].value in nodes:
            nodes[row["s"].value]["place_type"] = local_name(row["t"].value)
    for row in _rows(store, Q_DATES):
        s = row["s"].value
        if s not in nodes:
            continue
        if row["start"] is not None:
            nodes[s]["start_text"] = row["start"].value
        if row["end"] is not None:
            nodes[s]["end_text"] = row["end"].value
    _add_reports(store, g)
    _add_spans(g)
    for row in _rows(store, Q_EDGES):
        s, p, o = row["s"].value, local_name(row["p"].value), row["o"].value
        if s in nodes and o in nodes:
            g.add_edge(s, o, key=p, relation=p, label=REL_LABELS_ZH.get(p, p))
    _add_edge_spans(g)
    for _, data in g.nodes(data=True):
        data.setdefault("side", "")
    return g


def _add_reports(store: ox.Store, g: nx.MultiDiGraph) -> None:
    """Per battle: how many casualty / strength reports, and the largest count stated per side."""
    seen = set()
    for row in _rows(store, Q_REPORTS):
        b = row["b"].value
        if b not in g.nodes or row["r"] is None:
            continue
        prop = local_name(row["prop"].value)
        key = (b, prop, row["r"].value)
        data = g.nodes[b]
        if key not in seen:
            seen.add(key)
            data[f"{prop}_reports"] = data.get(f"{prop}_reports", 0) + 1
        if row["count"] is not None and row["side"] is not None:
            try:
                count = int(row["count"].value)
            except ValueError:
                continue
            attr = f"{prop}_{_side_name(row['side']).lower()}_max"
            data[attr] = max(data.get(attr, 0), count)


def _add_spans(g: nx.MultiDiGraph) -> None:
    """Full ISO start/end dates (a gYear spans its whole year) for battles with dates."""
    for _, data in g.nodes(data=True):
        if data["kind"] != "battle":
            continue
        s, e = data.get("start_text"), data.get("end_text")
        start = date_bounds(s) if s else (date_bounds(e) if e else None)
        end = date_bounds(e, end=True) if e else (date_bounds(s, end=True) if s else None)
        if start and end and end < start:
            end = date_bounds(s, end=True)
        if start and end:
            data["start"], data["end"] = start, end


def _add_edge_spans(g: nx.MultiDiGraph) -> None:
    """Edges from a dated battle live during that battle (GEXF spells, timeline filters)."""
    for u, _, data in g.edges(data=True):
        nd = g.nodes[u]
        if nd["kind"] == "battle" and "start" in nd:
            data["start"], data["end"] = nd["start"], nd["end"]


def node_spells(g: nx.MultiDiGraph, node: str) -> list[tuple[str, str]]:
    """When a node is on stage: a battle's own span; for others, the merged spans of their battles."""
    data = g.nodes[node]
    if data["kind"] == "battle":
        return [(data["start"], data["end"])] if "start" in data else []
    spans = sorted({(d["start"], d["end"]) for _, _, d in g.in_edges(node, data=True) if "start" in d})
    merged: list[list[str]] = []
    for s, e in spans:
        if merged and s <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], e)
        else:
            merged.append([s, e])
    return [(s, e) for s, e in merged]


# ---------------------------------------------------------------------------------- selections


def find_battles(g: nx.MultiDiGraph, name: str) -> list[str]:
    """Battles whose IRI, local name, label or alternative label is `name`."""
    name = name.strip()
    hits = []
    for n, d in g.nodes(data=True):
        if d["kind"] != "battle":
            continue
        names = {n, local_name(n), d["label"], d.get("label_en", "")} | set(filter(None, d.get("alt_labels", "").split("; ")))
        if name in names:
            hits.append(n)
    return hits


def battle_subgraph(g: nx.MultiDiGraph, name: str) -> nx.MultiDiGraph:
    """A battle, the battles part of it (transitively), and everything linked to them."""
    roots = find_battles(g, name)
    if not roots:
        raise KangzhanError(f"no battle named {name!r} in the store (give its label or IRI)")
    battles = set(roots)
    frontier = list(roots)
    while frontier:
        b = frontier.pop()
        for child, _, rel in g.in_edges(b, keys=True):
            if rel == "partOf" and child not in battles:
                battles.add(child)
                frontier.append(child)
    return _around(g, battles)


def _around(g: nx.MultiDiGraph, battles: set[str]) -> nx.MultiDiGraph:
    keep = set(battles)
    for b in battles:
        keep.update(v for _, v, rel in g.out_edges(b, keys=True) if rel != "partOf")
    return g.subgraph(keep).copy()


def period_subgraph(g: nx.MultiDiGraph, year_from: int | None, year_to: int | None) -> nx.MultiDiGraph:
    """Battles whose span overlaps [year_from, year_to] and everything linked to them."""
    if year_from is not None and year_to is not None and year_from > year_to:
        raise KangzhanError(f"empty range: --from {year_from} is after --to {year_to}")
    lo = f"{year_from:04d}-01-01" if year_from is not None else "0000-01-01"
    hi = f"{year_to:04d}-12-31" if year_to is not None else "9999-12-31"
    battles = {n for n, d in g.nodes(data=True)
               if d["kind"] == "battle" and "start" in d and d["start"] <= hi and d["end"] >= lo}
    if not battles:
        span = f"{year_from if year_from is not None else '…'}–{year_to if year_to is not None else '…'}"
        raise KangzhanError(f"no dated battle in {span}")
    return _around(g, battles)


def construct_triples(store: ox.Store, query: str) -> list[ox.Triple]:
    """Run a CONSTRUCT query on the store; its triples (a one-line error for anything else)."""
    if not re.search(r"\bCONSTRUCT\b", query, re.IGNORECASE):
        raise KangzhanError("--query must be a SPARQL CONSTRUCT query")
    try:
        result = run(store, query)
    except KangzhanError as e:
        first = str(e).splitlines()[0]
        raise KangzhanError(first if len(first) <= 160 else first[:157] + "…") from None
    if not isinstance(result, ox.QueryTriples):
        raise KangzhanError("--query must be a SPARQL CONSTRUCT query")
    return list(result)


def triples_subgraph(g: nx.MultiDiGraph, triples: list) -> nx.MultiDiGraph:
    """The graph of some triples (a CONSTRUCT's answer); nodes keep their attributes from `g`."""
    if not triples:
        raise KangzhanError("the CONSTRUCT query produced no triples")
    out = nx.MultiDiGraph(name="kangzhan (CONSTRUCT)")

    def add(iri: str) -> None:
        if iri not in out:
            attrs = dict(g.nodes[iri]) if iri in g else {"kind": "other", "iri": iri, "label": local_name(iri),
                                                          "label_en": "", "side": ""}
            out.add_node(iri, **attrs)

    for t in triples:
        s, p, o = t.subject, t.predicate.value, t.object
        if not isinstance(s, ox.NamedNode):
            continue
        add(s.value)
        if isinstance(o, ox.NamedNode) and p != RDF + "type":
            add(o.value)
            rel = local_name(p)
            out.add_edge(s.value, o.value, key=rel, relation=rel, label=REL_LABELS_ZH.get(rel, rel),
                         **{k: v for k, v in g.get_edge_data(s.value, o.value, rel, {}).items()
                            if k in ("start", "end")})
    return out


def select(store: ox.Store, sel: Selection, constructed: list | None = None,
           base: nx.MultiDiGraph | None = None) -> nx.MultiDiGraph:
    """The graph of a selection; a selection that matches nothing is an error, never an empty graph.

    `constructed`: the triples of `sel.construct` when the caller ran it elsewhere (the web app runs
    it in a worker process with a time limit). `base`: `load_graph(store)` when the caller has it (copied)."""
    g = base.copy() if base is not None else load_graph(store)
    if sel.construct:
        g = triples_subgraph(g, constructed if constructed is not None else construct_triples(store, sel.construct))
    if sel.battle:
        g = battle_subgraph(g, sel.battle)
    if sel.year_from is not None or sel.year_to is not None:
        g = period_subgraph(g, sel.year_from, sel.year_to)
    if g.number_of_nodes() == 0:
        raise KangzhanError("nothing to export: the store has no battles, units, persons or places")
    return g


__all__ = ["Selection", "load_graph", "select", "node_spells", "date_bounds", "find_battles", "RELATIONS", "KINDS"]
