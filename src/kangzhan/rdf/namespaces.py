"""Namespaces of the kangzhan vocabulary and the standard ones it uses."""

from __future__ import annotations

KZ = "https://w3id.org/kangzhan/ontology#"
RES = "https://w3id.org/kangzhan/resource/"
GRAPH = "https://w3id.org/kangzhan/graph/"
ONTOLOGY_GRAPH = GRAPH + "ontology"
LINKS_GRAPH = GRAPH + "links"

RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
XSD = "http://www.w3.org/2001/XMLSchema#"
OWL = "http://www.w3.org/2002/07/owl#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
PROV = "http://www.w3.org/ns/prov#"
DCT = "http://purl.org/dc/terms/"
SH = "http://www.w3.org/ns/shacl#"
SCHEMA = "https://schema.org/"
WD = "http://www.wikidata.org/entity/"
WDT = "http://www.wikidata.org/prop/direct/"

PREFIXES = {
    "kz": KZ,
    "kzr": RES,
    "rdf": RDF,
    "rdfs": RDFS,
    "xsd": XSD,
    "owl": OWL,
    "skos": SKOS,
    "prov": PROV,
    "dcterms": DCT,
    "schema": SCHEMA,
    "wd": WD,
    "wdt": WDT,
}


def serialize_options(fmt) -> dict:
    """Keyword arguments for pyoxigraph's serialize: Turtle and TriG get our prefixes, for readable output."""
    import pyoxigraph as ox

    return {"prefixes": PREFIXES} if fmt in (ox.RdfFormat.TURTLE, ox.RdfFormat.TRIG) else {}


def sparql_prefixes() -> str:
    """PREFIX lines for every namespace above, for queries typed by people."""
    return "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in PREFIXES.items())
