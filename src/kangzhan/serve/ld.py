"""Linked Data: /resource/… for every https://w3id.org/kangzhan/resource/… IRI, and /ontology.

HTML for browsers (labels, facts, quoted source sentences, neighbours, Wikidata links), RDF by
content negotiation. Lookups are point queries on the in-process read-only store; the IRI taken from
the path is only ever a query term, never a file name, so traversal has nothing to reach.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from urllib.parse import quote

import pyoxigraph as ox
from flask import Blueprint, Response, abort, current_app, render_template, request

from kangzhan.rdf.namespaces import KZ, OWL, PREFIXES, RDF, RDFS, RES, SKOS, WD, serialize_options
from kangzhan.resources import ontology_path
from kangzhan.serve.formats import GRAPHS, NotAcceptable, choose
from kangzhan.store import default_graph_kwargs

blueprint = Blueprint("ld", __name__)
MAX_TRIPLES = 2000
_HTML = "text/html"


def wants_html() -> bool:
    """True when the client prefers HTML over every RDF type (browsers), unless format= says otherwise."""
    if request.args.get("format"):
        return request.args["format"].lower() == "html"
    accept = request.accept_mimetypes
    best = accept.best_match([_HTML, *GRAPHS], default=None)
    return best == _HTML


def _rdf(triples: list[ox.Triple]) -> Response:
    try:
        mime = choose("graph", request.accept_mimetypes, request.args.get("format"))
    except NotAcceptable as e:
        return Response(str(e) + "\n", 406, mimetype="text/plain")
    fmt = GRAPHS[mime]
    body = ox.serialize(triples, format=fmt, **serialize_options(fmt))
    return Response(body, content_type=mime + ("; charset=utf-8" if mime.startswith("text/") else ""))


@functools.lru_cache(maxsize=1)
def ontology() -> ox.Store:
    s = ox.Store()
    s.load(path=str(ontology_path()), format=ox.RdfFormat.TURTLE)
    return s


def _label_of(store: ox.Store, iri: str) -> str | None:
    """The zh label, else the en label, else any label of an IRI (store first, then the ontology)."""
    for st in (store, ontology()):
        best = None
        for q in st.quads_for_pattern(ox.NamedNode(iri), ox.NamedNode(RDFS + "label"), None, None):
            lit = q.object
            if isinstance(lit, ox.Literal):
                rank = {"zh": 0, "en": 1}.get(lit.language or "", 2)
                if best is None or rank < best[0]:
                    best = (rank, lit.value)
        if best:
            return best[1]
    return None


def local_href(iri: str) -> str | None:
    """Where a link to `iri` should point: our own page for our IRIs, http(s) IRIs as they are."""
    if iri.startswith(RES):
        return "/resource/" + quote(iri[len(RES):], safe="/")
    if iri.startswith(KZ):
        return "/ontology#" + quote(iri[len(KZ):], safe="")
    if iri.startswith(("http://", "https://")):
        return iri
    return None  # javascript:, data:, file: … are shown as text, never as links


def _short(iri: str) -> str:
    for p, ns in PREFIXES.items():
        if iri.startswith(ns):
            return f"{p}:{iri[len(ns):]}"
    return iri


@dataclass
class Cell:
    text: str
    href: str | None = None
    note: str = ""


@dataclass
class Page:
    iri: str
    label: str
    alt: list[str] = field(default_factory=list)
    types: list[Cell] = field(default_factory=list)
    facts: list[tuple[Cell, Cell, str]] = field(default_factory=list)
    incoming: list[tuple[Cell, Cell]] = field(default_factory=list)
    quotes: list[tuple[str, str, str, str]] = field(default_factory=list)  # before, mark, after, document
    wikidata: list[str] = field(default_factory=list)
    reports: list[dict] = field(default_factory=list)


def _cell(store: ox.Store, term) -> Cell:
    if isinstance(term, ox.NamedNode):
        label = _label_of(store, term.value)
        return Cell(label or _short(term.value), local_href(term.value), _short(term.value) if label else "")
    if isinstance(term, ox.Literal):
        note = f"@{term.language}" if term.language else (
            "" if term.datatype.value.endswith("#string") else _short(term.datatype.value))
        return Cell(term.value, None, note)
    return Cell(str(term))


def _quote(sentence: str, surface: str) -> tuple[str, str, str]:
    i = sentence.find(surface) if surface else -1
    if i < 0:
        return sentence, "", ""
    return sentence[:i], surface, sentence[i + len(surface):]


def _named_quads(store: ox.Store, s: ox.NamedNode | None, o: ox.NamedNode | None) -> list[ox.Quad]:
    """Quads in named graphs only: the default graph is their merge (same triples, no provenance)."""
    it = (q for q in store.quads_for_pattern(s, None, o, None) if q.graph_name != ox.DefaultGraph())
    return [q for _, q in zip(range(MAX_TRIPLES), it, strict=False)]


def build_page(store: ox.Store, iri: str) -> Page | None:
    node = ox.NamedNode(iri)
    named = functools.partial(_named_quads, store)  # each fact with the document graph stating it
    out = named(node, None)
    inc = named(None, node)
    if not out and not inc:
        return None
    page = Page(iri=iri, label=_label_of(store, iri) or _short(iri))
    seen = set()
    for q in out:
        p, o = q.predicate.value, q.object
        if (p, o) in seen:
            continue
        seen.add((p, o))
        if p == RDF + "type":
            page.types.append(_cell(store, o))
        elif p == SKOS + "altLabel":
            page.alt.append(o.value)
        elif p in (OWL + "sameAs", KZ + "wikidata") and isinstance(o, ox.NamedNode) and o.value.startswith(WD):
            page.wikidata.append(o.value)
        elif p != RDFS + "label":
            g = q.graph_name.value if isinstance(q.graph_name, ox.NamedNode) else ""
            page.facts.append((_cell(store, q.predicate), _cell(store, o), g.rsplit("/", 1)[-1]))
    for q in inc:
        if q.predicate.value == KZ + "refersTo":
            continue  # shown as quotes below
        page.incoming.append((_cell(store, q.subject), _cell(store, q.predicate)))
    sentences = store.query("""SELECT DISTINCT ?x ?sentence ?surface ?doc WHERE {
        ?m kz:refersTo ?x ; kz:sentence ?sentence . OPTIONAL { ?m kz:surfaceText ?surface }
        OPTIONAL { ?m kz:inDocument/rdfs:label ?doc } } ORDER BY ?doc ?sentence LIMIT 200""",
                            prefixes=PREFIXES, **default_graph_kwargs(store), substitutions={ox.Variable("x"): node})
    for s in sentences:
        surface = s["surface"].value if s["surface"] else ""
        page.quotes.append((*_quote(s["sentence"].value, surface), s["doc"].value if s["doc"] else ""))
    reports = store.query("""SELECT ?x ?r ?rel ?count ?qualifier ?kind ?side ?stated ?sentence ?surface WHERE {
        ?x ?rel ?r . VALUES ?rel { kz:casualties kz:strength }
        ?r kz:count ?count . OPTIONAL { ?r kz:qualifier ?qualifier } OPTIONAL { ?r kz:figureKind ?kind }
        OPTIONAL { ?r kz:side ?side } OPTIONAL { ?r kz:statedAs ?stated }
        OPTIONAL { ?r prov:wasDerivedFrom ?m . ?m kz:sentence ?sentence . OPTIONAL { ?m kz:surfaceText ?surface } }
        } ORDER BY ?rel ?kind ?side ?count LIMIT 500""", prefixes=PREFIXES, **default_graph_kwargs(store),
                          substitutions={ox.Variable("x"): node})
    for r in reports:
        sentence = r["sentence"].value if r["sentence"] else ""
        page.reports.append({
            "what": _cell(store, r["rel"]).text, "kind": _cell(store, r["kind"]).text if r["kind"] else "",
            "side": _cell(store, r["side"]).text if r["side"] else "", "count": r["count"].value,
            "qualifier": _cell(store, r["qualifier"]).text if r["qualifier"] else "",
            "stated": r["stated"].value if r["stated"] else "",
            "quote": _quote(sentence, r["surface"].value if r["surface"] else ""),
        })
    return page


@blueprint.route("/resource/<path:rest>")
def resource(rest: str) -> Response:
    store = current_app.config["KANGZHAN_EXECUTOR"].read_store()
    found = None
    for candidate in (RES + rest, RES + quote(rest, safe="/")):
        try:
            node = ox.NamedNode(candidate)
        except ValueError:
            continue
        if next(iter(store.quads_for_pattern(node, None, None, None)), None) is not None or \
                next(iter(store.quads_for_pattern(None, None, node, None)), None) is not None:
            found = candidate
            break
    if found is None:
        abort(404, description="no such resource in this dataset")
    if not wants_html():
        node = ox.NamedNode(found)
        triples = {ox.Triple(q.subject, q.predicate, q.object)
                   for q in store.quads_for_pattern(node, None, None, None)}
        triples |= {ox.Triple(q.subject, q.predicate, q.object)
                    for q in store.quads_for_pattern(None, None, node, None)}
        return _rdf(sorted(triples, key=str)[:MAX_TRIPLES])
    page = build_page(store, found)
    return Response(render_template("resource.html", page=page), content_type="text/html; charset=utf-8")


@dataclass
class Term:
    iri: str
    name: str
    zh: str = ""
    en: str = ""
    definitions: list[str] = field(default_factory=list)
    kinds: list[str] = field(default_factory=list)
    domain: list[Cell] = field(default_factory=list)
    range: list[Cell] = field(default_factory=list)


def ontology_terms() -> list[Term]:
    onto = ontology()
    terms: dict[str, Term] = {}
    for q in onto.quads_for_pattern(None, None, None, None):
        s = q.subject
        if not isinstance(s, ox.NamedNode) or not s.value.startswith(KZ) or s.value == KZ:
            continue
        t = terms.setdefault(s.value, Term(s.value, s.value[len(KZ):]))
        p, o = q.predicate.value, q.object
        if p == RDFS + "label" and isinstance(o, ox.Literal):
            if o.language == "zh":
                t.zh = o.value
            elif o.language == "en":
                t.en = o.value
        elif p in (SKOS + "definition", RDFS + "comment") and isinstance(o, ox.Literal):
            t.definitions.append(o.value)
        elif p == RDF + "type" and isinstance(o, ox.NamedNode):
            t.kinds.append(_short(o.value))
        elif p == RDFS + "domain":
            t.domain.append(_cell(onto, o))
        elif p == RDFS + "range":
            t.range.append(_cell(onto, o))
    order = {"owl:Class": 0, "owl:ObjectProperty": 1, "owl:DatatypeProperty": 2}
    return sorted(terms.values(), key=lambda t: (min([order.get(k, 3) for k in t.kinds] or [3]), t.name))


@blueprint.route("/ontology")
def ontology_page() -> Response:
    if not wants_html():
        return _rdf([ox.Triple(q.subject, q.predicate, q.object) for q in ontology()])
    return Response(render_template("ontology.html", terms=ontology_terms(), ns=KZ),
                    content_type="text/html; charset=utf-8")
