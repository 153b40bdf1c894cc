"""The Flask application: the SPARQL 1.1 Protocol endpoint over the embedded Oxigraph store."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
from flask import Flask, Response, request

from kangzhan.query import with_prefixes
from kangzhan.store import open_store

_SELECT_TYPES = {
    "application/sparql-results+json": ox.QueryResultsFormat.JSON,
    "application/sparql-results+xml": ox.QueryResultsFormat.XML,
    "text/csv": ox.QueryResultsFormat.CSV,
    "text/tab-separated-values": ox.QueryResultsFormat.TSV,
}
_GRAPH_TYPES = {
    "text/turtle": ox.RdfFormat.TURTLE,
    "application/n-triples": ox.RdfFormat.N_TRIPLES,
    "application/ld+json": ox.RdfFormat.JSON_LD,
    "application/rdf+xml": ox.RdfFormat.RDF_XML,
}


def create_app(store_dir: Path, store: ox.Store | None = None) -> Flask:
    app = Flask("kangzhan")
    app.config["KANGZHAN_STORE"] = store if store is not None else open_store(store_dir) or ox.Store()

    @app.route("/sparql", methods=["GET", "POST"])
    def sparql() -> Response:
        if request.method == "POST" and request.mimetype == "application/sparql-query":
            q = request.get_data(as_text=True)
        else:
            q = request.values.get("query", "")
        if not q:
            return Response("missing 'query' parameter\n", 400, mimetype="text/plain")
        try:
            result = app.config["KANGZHAN_STORE"].query(with_prefixes(q), use_default_graph_as_union=True)
        except SyntaxError as e:
            return Response(f"SPARQL syntax error: {e}\n", 400, mimetype="text/plain")
        if isinstance(result, bool):
            body = ox.QueryBoolean(result) if hasattr(ox, "QueryBoolean") else None
            text = '{"head":{},"boolean":%s}' % ("true" if result else "false")
            return Response(text if body is None else text, mimetype="application/sparql-results+json")
        if isinstance(result, ox.QuerySolutions):
            mime = request.accept_mimetypes.best_match(list(_SELECT_TYPES)) or "application/sparql-results+json"
            return Response(result.serialize(format=_SELECT_TYPES[mime]), mimetype=mime)
        mime = request.accept_mimetypes.best_match(list(_GRAPH_TYPES)) or "text/turtle"
        return Response(result.serialize(format=_GRAPH_TYPES[mime]), mimetype=mime)

    from kangzhan.serve.blueprints import discover

    for bp in discover():
        app.register_blueprint(bp)
    return app
