"""The SPARQL 1.1 Protocol at /sparql: query via GET, POST form and POST body; update when enabled.

Every client mistake ends in a 4xx with a one-line message: 400 (syntax, with the parser's position),
403 (update / SERVICE / LOAD refused), 405 (method), 406 (format), 413 (size), 415 (body type),
422 (time or memory limit reached).
"""

from __future__ import annotations

import hmac
import logging

from flask import Blueprint, Response, current_app, redirect, request

from kangzhan.serve.config import ServeConfig
from kangzhan.serve.formats import NotAcceptable, choose
from kangzhan.serve.guard import Refused, analyse, check_targets
from kangzhan.serve.pool import PoolBusy, QueryTimeout, WorkerLost
from kangzhan.serve.service import service_description

blueprint = Blueprint("sparql", __name__)
MAX_NESTING = 200  # far beyond any real query; protects the parser's stack
log = logging.getLogger("kangzhan.serve")


def timeout_message(timeout: float) -> str:
    return (f"query stopped: it ran past the time limit of {timeout:g} s "
            "(add LIMIT, narrow the patterns, or ask the operator for --timeout)")


def _text(status: int, message: str, **headers) -> Response:
    return Response(message.rstrip("\n") + "\n", status, mimetype="text/plain", headers=headers)


def _config() -> ServeConfig:
    return current_app.config["KANGZHAN_CONFIG"]


def _operation() -> tuple[str | None, str | None]:
    """(query, update) texts from the request, per the protocol's three ways of sending them."""
    if request.method == "GET":
        return request.args.get("query"), request.args.get("update")
    mime = request.mimetype
    if mime == "application/sparql-query":
        return request.get_data(as_text=True), None
    if mime == "application/sparql-update":
        return None, request.get_data(as_text=True)
    if mime in ("application/x-www-form-urlencoded", "multipart/form-data"):
        return request.form.get("query"), request.form.get("update")
    if not request.get_data():  # an empty POST: treat like GET
        return request.args.get("query"), request.args.get("update")
    raise _Unsupported(mime or "(none)")


class _Unsupported(Exception):
    pass


def _graph_params() -> tuple[list[str], list[str]]:
    src = request.args if request.method == "GET" or request.mimetype.startswith("application/sparql") \
        else request.values
    return src.getlist("default-graph-uri"), src.getlist("named-graph-uri")


@blueprint.route("/sparql", methods=["GET", "POST", "OPTIONS"])
def sparql() -> Response:
    cfg = _config()
    if request.method == "OPTIONS":
        return Response("", 204, headers={"Allow": "GET, POST, OPTIONS"})
    if request.content_length is not None and request.content_length > cfg.max_body_bytes:
        return _text(413, f"request body larger than {cfg.max_body_bytes} bytes")
    try:
        query, update = _operation()
    except _Unsupported as e:
        return _text(415, f"unsupported Content-Type {e}; use application/sparql-query, "
                          "application/sparql-update or application/x-www-form-urlencoded")
    except UnicodeDecodeError:
        return _text(400, "the request body is not valid UTF-8")
    if query is not None and update is not None:
        return _text(400, "send either 'query' or 'update', not both")
    if query is None and update is None:
        if request.accept_mimetypes.best == "text/html":
            return redirect("/", 303)
        return service_description(update_enabled=cfg.allow_update)
    text = query if query is not None else update
    if "\x00" in text:
        return _text(400, "SPARQL syntax error: the query contains a NUL character")
    if len(text.encode("utf-8", "surrogatepass")) > cfg.max_query_bytes:
        return _text(413, f"query longer than {cfg.max_query_bytes} bytes")
    if not text.strip():
        return _text(400, "empty query")
    info = analyse(text)
    if info.depth > MAX_NESTING:
        return _text(400, f"SPARQL syntax error: brackets nested {info.depth} deep; at most {MAX_NESTING} are accepted")
    if update is not None or info.is_update:
        return _update(cfg, text, info)
    try:
        check_targets(info.services, cfg.service_allow, "SERVICE")
    except Refused as e:
        return _text(403, str(e))
    return _query(cfg, text, info.form)


def _update(cfg: ServeConfig, text: str, info) -> Response:
    if not cfg.allow_update:
        return _text(403, "this endpoint is read-only: SPARQL UPDATE is refused "
                          "(start `kangzhan serve --allow-update --token …` to enable it)")
    if request.method != "POST":
        return _text(405, "SPARQL UPDATE must be sent with POST", Allow="POST")
    auth = request.headers.get("Authorization", "")
    given = auth[7:] if auth.startswith("Bearer ") else ""
    if not cfg.token or not hmac.compare_digest(given.encode(), cfg.token.encode()):
        return _text(403, "SPARQL UPDATE needs the server's token (Authorization: Bearer …)")
    try:
        check_targets(info.services, cfg.service_allow, "SERVICE")
        check_targets(info.loads, cfg.load_allow, "LOAD")
    except Refused as e:
        return _text(403, str(e))
    answer = current_app.config["KANGZHAN_EXECUTOR"].update({"query": text})
    return Response(answer.body, answer.status, mimetype=answer.mime)


def _query(cfg: ServeConfig, text: str, form: str | None) -> Response:
    fmt_param = request.values.get("format") or request.values.get("output")
    try:
        kind = "graph" if form in ("CONSTRUCT", "DESCRIBE") else "results"
        mime = choose(kind, request.accept_mimetypes, fmt_param)
        results_mime = mime if kind == "results" else "application/sparql-results+json"
        graph_mime = mime if kind == "graph" else "text/turtle"
    except NotAcceptable as e:
        return _text(406, str(e))
    from kangzhan.serve.formats import RESULTS

    default_graphs, named_graphs = _graph_params()
    req = {"query": text, "form": form, "results_mime": results_mime, "results_fmt": RESULTS[results_mime],
           "graph_mime": graph_mime, "max_rows": cfg.max_rows,
           "default_graphs": default_graphs, "named_graphs": named_graphs}
    try:
        answer = current_app.config["KANGZHAN_EXECUTOR"].query(req, cfg.timeout)
    except QueryTimeout:
        return _text(422, timeout_message(cfg.timeout))
    except PoolBusy:
        return _text(503, "the server is busy: every query worker stayed occupied; try again shortly",
                     **{"Retry-After": "5"})
    except WorkerLost as e:
        return _text(422, f"query stopped: {e}")
    mimetype = answer.mime if "charset" in answer.mime or not answer.mime.startswith("text/") \
        else answer.mime + "; charset=utf-8"
    if answer.data is not None:  # whole: Content-Length, so the client's connection stays open
        return Response(answer.data, answer.status, content_type=mimetype, headers=answer.headers)
    return Response(answer.body, answer.status, content_type=mimetype, headers=answer.headers,
                    direct_passthrough=True)
