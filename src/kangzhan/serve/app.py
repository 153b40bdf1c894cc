"""The Flask application: SPARQL 1.1 Protocol, query UI and Linked-Data pages over the Oxigraph store.

`create_app` wires the parts (each a blueprint in its own module) and the cross-cutting rules:
request size limits, CORS, security headers, one-line errors (never a traceback) and request logs.
"""

from __future__ import annotations

import logging
import time
from pathlib import Path

import pyoxigraph as ox
from flask import Flask, Response, g, request
from werkzeug.exceptions import HTTPException

from kangzhan.serve.config import SECURITY_HEADERS, ServeConfig
from kangzhan.serve.executor import Executor

log = logging.getLogger("kangzhan.serve")
_API_PREFIXES = ("/sparql", "/resource/", "/ontology", "/.well-known/void")
_CSP = ("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
        "font-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'")


def create_app(store_dir: Path | None, store: ox.Store | None = None, config: ServeConfig | None = None) -> Flask:
    """The WSGI app. With `store_dir`, queries run in killable worker processes (see pool.py)."""
    cfg = config or ServeConfig()
    app = Flask("kangzhan", template_folder=str(Path(__file__).parent / "templates"),
                static_folder=str(Path(__file__).parent / "static"), static_url_path="/static")
    app.config["MAX_CONTENT_LENGTH"] = cfg.max_body_bytes
    app.config["MAX_FORM_MEMORY_SIZE"] = cfg.max_body_bytes
    app.config["KANGZHAN_CONFIG"] = cfg
    if cfg.remote_query:  # proxy to a remote SPARQL server (serve/remote.py)
        from kangzhan.serve.remote import RemoteExecutor

        executor = RemoteExecutor(cfg.remote_query, cfg.remote_update, page_timeout=cfg.timeout)
    else:
        executor = Executor(store_dir, store, cfg.workers, cfg.worker_memory_mb, writable=cfg.allow_update)
    app.config["KANGZHAN_EXECUTOR"] = executor
    app.config["KANGZHAN_STORE"] = executor.read_store()  # for blueprints; pages call read_store()

    from kangzhan.serve import ld, service, sparql, ui

    for bp in (sparql.blueprint, service.blueprint, ld.blueprint, ui.blueprint):
        app.register_blueprint(bp)

    @app.before_request
    def _start() -> None:
        g.t0 = time.perf_counter()

    @app.after_request
    def _headers(resp: Response) -> Response:
        h = resp.headers
        for name, value in SECURITY_HEADERS:
            h.setdefault(name, value)
        if resp.mimetype == "text/html":
            h.setdefault("Content-Security-Policy", _CSP)
        if cfg.cors_origin and request.path.startswith(_API_PREFIXES):
            h["Access-Control-Allow-Origin"] = cfg.cors_origin
            h["Access-Control-Allow-Methods"] = "GET, POST, OPTIONS"
            h["Access-Control-Allow-Headers"] = "Content-Type, Accept, Authorization"
            h["Access-Control-Expose-Headers"] = "X-Kangzhan-Truncated"
            h["Access-Control-Max-Age"] = "86400"
            h.add("Vary", "Origin")
        h.add("Vary", "Accept")
        ms = (time.perf_counter() - g.get("t0", time.perf_counter())) * 1000
        log.info("%s %s %s %.1fms", request.method, request.path, resp.status_code, ms)
        return resp

    @app.errorhandler(HTTPException)
    def _http_error(e: HTTPException) -> Response:
        msg = {413: f"request body larger than {cfg.max_body_bytes} bytes"}.get(e.code or 0, e.description or e.name)
        resp = Response(f"{e.code} {e.name}: {msg}\n", e.code or 400, mimetype="text/plain")
        if e.code == 405 and hasattr(e, "valid_methods") and e.valid_methods:
            resp.headers["Allow"] = ", ".join(e.valid_methods)
        return resp

    @app.errorhandler(Exception)
    def _internal(e: Exception) -> Response:  # a bug: one line for the client, details in the log
        log.exception("internal error on %s %s", request.method, request.path)
        return Response("500 Internal Server Error: the server failed on this request; it has been logged\n",
                        500, mimetype="text/plain")

    from kangzhan.serve.blueprints import discover

    for bp in discover():
        app.register_blueprint(bp)
    return app
