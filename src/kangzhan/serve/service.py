"""Self-descriptions: the SPARQL 1.1 Service Description (/sparql without a query) and VoID.

Both are built as Turtle text, parsed by Oxigraph and re-serialized in the negotiated RDF format.
VoID counts come from the store (per class, per property, per named graph, links to Wikidata) and
are cached per store generation.
"""

from __future__ import annotations

import threading

import pyoxigraph as ox
from flask import Blueprint, Response, current_app, request

from kangzhan.rdf.namespaces import GRAPH, KZ, RES, WD, serialize_options
from kangzhan.serve.formats import GRAPHS, NotAcceptable, choose
from kangzhan.store import default_graph_kwargs

blueprint = Blueprint("service", __name__)
_FORMATS = "http://www.w3.org/ns/formats/"
_RESULT_FORMATS = ["SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV", "SPARQL_Results_TSV",
                   "Turtle", "N-Triples", "JSON-LD", "RDF_XML", "TriG", "N-Quads"]
_cache: dict = {}
_cache_lock = threading.Lock()


def rdf_response(turtle: str, base: str | None = None) -> Response:
    """Serve Turtle text in the format the client negotiated (Turtle by default)."""
    try:
        mime = choose("graph", request.accept_mimetypes, request.args.get("format"))
    except NotAcceptable as e:
        return Response(str(e) + "\n", 406, mimetype="text/plain")
    if mime == "text/turtle":
        return Response(turtle, content_type="text/turtle; charset=utf-8")
    triples = ox.parse(turtle, format=ox.RdfFormat.TURTLE, base_iri=base)
    body = ox.serialize(list(triples), format=GRAPHS[mime], **serialize_options(GRAPHS[mime]))
    return Response(body, content_type=mime + ("; charset=utf-8" if mime.startswith("text/") else ""))


def _lit(s: str) -> str:
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def _named_graphs() -> list[str]:
    store = current_app.config["KANGZHAN_EXECUTOR"].read_store()
    return sorted(g.value for g in store.named_graphs() if isinstance(g, ox.NamedNode))


def service_description(update_enabled: bool) -> Response:
    endpoint = request.base_url
    langs = "sd:SPARQL11Query" + (", sd:SPARQL11Update" if update_enabled else "")
    formats = ", ".join(f"<{_FORMATS}{f}>" for f in _RESULT_FORMATS)
    graphs = "".join(f"  sd:namedGraph [ a sd:NamedGraph ; sd:name <{g}> ] ;\n" for g in _named_graphs())
    ttl = f"""@prefix sd: <http://www.w3.org/ns/sparql-service-description#> .
@prefix void: <http://rdfs.org/ns/void#> .
@prefix dcterms: <http://purl.org/dc/terms/> .

<{endpoint}> a sd:Service ;
  sd:endpoint <{endpoint}> ;
  sd:supportedLanguage {langs} ;
  sd:resultFormat {formats} ;
  sd:feature sd:UnionDefaultGraph, sd:BasicFederatedQuery ;
  dcterms:title "kangzhan: battles of the War of Resistance (抗日战争)" ;
  sd:defaultDataset [ a sd:Dataset ;
  sd:defaultGraph [ a sd:Graph ; dcterms:description "the union of all named graphs" ] ;
{graphs}  ] .
"""
    return rdf_response(ttl)


def _count(store: ox.Store, q: str) -> list[tuple]:
    res = store.query(q, **default_graph_kwargs(store))
    return [tuple(sol[v.value] for v in res.variables) for sol in res]


def void_turtle(root: str, store: ox.Store, key) -> str:
    with _cache_lock:
        if key in _cache:
            return _cache[key]
    total = _count(store, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")[0][0].value
    classes = _count(store, "SELECT ?c (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a ?c } GROUP BY ?c ORDER BY ?c")
    props = _count(store, "SELECT ?p (COUNT(*) AS ?n) WHERE { ?s ?p ?o } GROUP BY ?p ORDER BY ?p")
    graphs = _count(store, "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g")
    links = _count(store, f"""SELECT (COUNT(*) AS ?n) WHERE {{ ?s <http://www.w3.org/2002/07/owl#sameAs> ?o
        FILTER(STRSTARTS(STR(?o), "{WD}")) }}""")[0][0].value
    out = [f"""@prefix void: <http://rdfs.org/ns/void#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix prov: <http://www.w3.org/ns/prov#> .

<{root}.well-known/void#dataset> a void:Dataset ;
  dcterms:title "kangzhan" ;
  dcterms:description {_lit("Battles of the War of Resistance (抗日战争 1931–1945) extracted from Chinese text")} ;
  void:sparqlEndpoint <{root}sparql> ;
  void:uriSpace "{RES}" ;
  void:vocabulary <{KZ}> ;
  void:triples {total} ;
"""]
    for c, n in classes:
        if isinstance(c, ox.NamedNode):
            out.append(f"  void:classPartition [ void:class <{c.value}> ; void:entities {n.value} ] ;\n")
    for p, n in props:
        out.append(f"  void:propertyPartition [ void:property <{p.value}> ; void:triples {n.value} ] ;\n")
    for g, n in graphs:
        if isinstance(g, ox.NamedNode):
            kind = "source document" if g.value.startswith(GRAPH + "document/") else "graph"
            out.append(f"  void:subset [ a void:Dataset ; dcterms:description {_lit(kind)} ; "
                       f"void:inDataset <{root}.well-known/void#dataset> ; prov:wasDerivedFrom <{g.value}> ; "
                       f"void:triples {n.value} ] ;\n")
    out.append(f"""  void:subset <{root}.well-known/void#wikidata-links> .

<{root}.well-known/void#wikidata-links> a void:Linkset ;
  void:linkPredicate <http://www.w3.org/2002/07/owl#sameAs> ;
  void:target <{root}.well-known/void#dataset>, <http://www.wikidata.org/> ;
  void:triples {links} .
""")
    text = "".join(out)
    with _cache_lock:
        _cache.clear()
        _cache[key] = text
    return text


@blueprint.route("/.well-known/void")
def void() -> Response:
    executor = current_app.config["KANGZHAN_EXECUTOR"]
    store = executor.read_store()
    key = (executor.generation(), executor.version, id(store))
    return rdf_response(void_turtle(request.host_url, store, key))
