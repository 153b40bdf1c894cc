"""Run SPARQL on a store (natively in Oxigraph) and render results for a terminal or a file."""

from __future__ import annotations

import io

import pyoxigraph as ox

from kangzhan.errors import KangzhanError
from kangzhan.rdf.namespaces import PREFIXES, serialize_options, sparql_prefixes
from kangzhan.store import default_graph_kwargs


def with_prefixes(query: str) -> str:
    """Prepend the standard PREFIX lines the query does not declare itself."""
    declared = {line.split()[1].rstrip(":").lower() for line in query.splitlines()
                if line.strip().upper().startswith("PREFIX") and len(line.split()) > 1}
    missing = "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in PREFIXES.items() if p not in declared)
    return missing + query if missing else query


def run(store: ox.Store, query: str):
    """Execute a read query over the union (set) of all named graphs; SyntaxError → KangzhanError."""
    try:
        return store.query(with_prefixes(query), **default_graph_kwargs(store))
    except SyntaxError as e:
        raise KangzhanError(f"SPARQL syntax error: {e}") from None
    except OSError as e:
        raise KangzhanError(f"query failed: {e}") from None


def _cell(term) -> str:
    if term is None:
        return ""
    if isinstance(term, ox.NamedNode):
        iri = term.value
        for p, ns in PREFIXES.items():
            if iri.startswith(ns):
                return f"{p}:{iri[len(ns):]}"
        return f"<{iri}>"
    return term.value if hasattr(term, "value") else str(term)


def render(result, fmt: str = "table") -> str:
    """Render query results: table (aligned text), csv, tsv, json; graphs as Turtle; ASK as true/false."""
    if isinstance(result, bool):
        return "true" if result else "false"
    if isinstance(result, ox.QuerySolutions):
        if fmt in ("csv", "tsv", "json", "xml"):
            f = {"csv": ox.QueryResultsFormat.CSV, "tsv": ox.QueryResultsFormat.TSV,
                 "json": ox.QueryResultsFormat.JSON, "xml": ox.QueryResultsFormat.XML}[fmt]
            return result.serialize(format=f).decode("utf-8")
        names = [v.value for v in result.variables]
        rows = [[_cell(sol[n]) for n in names] for sol in result]
        widths = [max([_width(n)] + [_width(r[i]) for r in rows]) for i, n in enumerate(names)]
        out = io.StringIO()
        out.write("  ".join(_pad(n, w) for n, w in zip(names, widths, strict=True)).rstrip() + "\n")
        out.write("  ".join("-" * w for w in widths) + "\n")
        for r in rows:
            out.write("  ".join(_pad(c, w) for c, w in zip(r, widths, strict=True)).rstrip() + "\n")
        out.write(f"({len(rows)} row{'s' if len(rows) != 1 else ''})\n")
        return out.getvalue()
    if isinstance(result, ox.QueryTriples):
        fmt_ = ox.RdfFormat.N_TRIPLES if fmt in ("nt", "csv", "tsv") else ox.RdfFormat.TURTLE
        return result.serialize(format=fmt_, **serialize_options(fmt_)).decode()
    raise KangzhanError("unsupported result type")


def _width(s: str) -> int:
    import unicodedata

    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def _pad(s: str, w: int) -> str:
    return s + " " * (w - _width(s))


STATS_CLASSES = """SELECT ?class (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a ?class
 FILTER(STRSTARTS(STR(?class), "https://w3id.org/kangzhan/ontology#")) } GROUP BY ?class ORDER BY ?class"""
STATS_GRAPHS = """SELECT ?g (COUNT(*) AS ?triples) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g"""

__all__ = ["run", "render", "with_prefixes", "sparql_prefixes", "STATS_CLASSES", "STATS_GRAPHS"]
