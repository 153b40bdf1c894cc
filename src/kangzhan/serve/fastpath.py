"""A direct WSGI path for the everyday /sparql request: a read query by GET, form POST or query body.

Flask's request and response objects, routing and hooks cost ~0.5 ms a request, more than a point
lookup itself. This path does the same checks, negotiation and headers as the Flask route
(sparql.py, app.py) for a query that passes them all; every other request — and any request where a
check fails — goes to the Flask app unchanged, so errors, updates, the service description and
pages keep exactly one implementation.
"""

from __future__ import annotations

import io
import logging
import time
from collections.abc import Callable, Iterable
from urllib.parse import parse_qs

from werkzeug.datastructures import MIMEAccept
from werkzeug.http import HTTP_STATUS_CODES, parse_accept_header

from kangzhan.serve.config import SECURITY_HEADERS, ServeConfig
from kangzhan.serve.formats import RESULTS, NotAcceptable, choose
from kangzhan.serve.guard import Refused, analyse, check_targets, plain_query_form
from kangzhan.serve.pool import PoolBusy, QueryTimeout, WorkerLost

log = logging.getLogger("kangzhan.serve")
_FORMS = ("application/x-www-form-urlencoded", "application/sparql-query")


_CHOSEN: dict[tuple[str, str | None, str | None], str | None] = {}  # (kind, Accept, format=) → type, None: 406
_CHOSEN_MAX = 512  # clients send few distinct Accept headers; an odd flood only empties the memo


def _negotiate(kind: str, accept: str | None, fmt: str | None) -> str | None:
    """`formats.choose` for these header values, remembered (parsing Accept costs ~50 µs); None: not acceptable."""
    key = (kind, accept, fmt)
    try:
        return _CHOSEN[key]
    except KeyError:
        pass
    try:
        mime: str | None = choose(kind, parse_accept_header(accept, MIMEAccept), fmt)
    except NotAcceptable:
        mime = None
    if len(_CHOSEN) >= _CHOSEN_MAX:
        _CHOSEN.clear()
    _CHOSEN[key] = mime
    return mime


def _status(code: int) -> str:
    return f"{code} {HTTP_STATUS_CODES.get(code, 'UNKNOWN').upper()}"


def _params(environ: dict, cfg: ServeConfig) -> tuple[str, dict[str, list[str]]] | None:
    """(query text, parameters) of a plain query request, None for anything else. A POST body read here
    is put back for the Flask app."""
    args = parse_qs(environ.get("QUERY_STRING", ""), keep_blank_values=True)
    if environ["REQUEST_METHOD"] == "GET":
        params = args
        text = args.get("query")
    else:
        mime = environ.get("CONTENT_TYPE", "")
        length = environ.get("CONTENT_LENGTH", "")
        if mime not in _FORMS or not length.isdigit() or int(length) > cfg.max_body_bytes:
            return None
        body = environ["wsgi.input"].read(int(length))
        environ["wsgi.input"] = io.BytesIO(body)
        try:
            data = body.decode("utf-8")
        except UnicodeDecodeError:
            return None
        if mime == "application/sparql-query":
            params, text = args, [data]
        else:
            form = parse_qs(data, keep_blank_values=True)
            params = {k: args.get(k, []) + form.get(k, []) for k in {*args, *form}}
            text = form.get("query")
    if not text or len(text) != 1 or "update" in params:
        return None
    return text[0], params


def _answer(environ: dict, start_response, cfg: ServeConfig, executor) -> tuple[int, Iterable[bytes]] | None:
    """(status, body) of a query that passes every check, or None (the Flask app answers instead)."""
    got = _params(environ, cfg)
    if got is None:
        return None
    text, params = got
    if "\x00" in text or not text.strip() or len(text.encode("utf-8", "surrogatepass")) > cfg.max_query_bytes:
        return None
    from kangzhan.serve.sparql import MAX_NESTING, timeout_message

    form = plain_query_form(text, MAX_NESTING)  # most queries: no need to tokenize them whole
    try:
        if form is None:
            info = analyse(text)
            if info.depth > MAX_NESTING or info.is_update:
                return None
            check_targets(info.services, cfg.service_allow, "SERVICE")
            form = info.form
        kind = "graph" if form in ("CONSTRUCT", "DESCRIBE") else "results"
    except Refused:
        return None
    mime = _negotiate(kind, environ.get("HTTP_ACCEPT"), (params.get("format") or params.get("output") or [None])[0])
    if mime is None:
        return None
    results_mime = mime if kind == "results" else "application/sparql-results+json"
    req = {"query": text, "form": form, "results_mime": results_mime, "results_fmt": RESULTS[results_mime],
           "graph_mime": mime if kind == "graph" else "text/turtle", "max_rows": cfg.max_rows,
           "default_graphs": params.get("default-graph-uri", []), "named_graphs": params.get("named-graph-uri", [])}
    headers: list[tuple[str, str]] = []
    try:
        answer = executor.query(req, cfg.timeout)
        status, ctype, body, data = answer.status, answer.mime, answer.body, answer.data
        headers += answer.headers.items()
    except (QueryTimeout, PoolBusy, WorkerLost) as e:
        message = timeout_message(cfg.timeout) if isinstance(e, QueryTimeout) else (
            "the server is busy: every query worker stayed occupied; try again shortly" if isinstance(e, PoolBusy)
            else f"query stopped: {e}")
        status, ctype = (503 if isinstance(e, PoolBusy) else 422), "text/plain"
        data = (message + "\n").encode("utf-8")
        body = iter([data])
        if isinstance(e, PoolBusy):
            headers.append(("Retry-After", "5"))
    if ctype.startswith("text/") and "charset" not in ctype:
        ctype += "; charset=utf-8"
    head = [("Content-Type", ctype)]
    if data is not None:
        head.append(("Content-Length", str(len(data))))
    head += headers + list(SECURITY_HEADERS)
    if cfg.cors_origin:
        head += [("Access-Control-Allow-Origin", cfg.cors_origin), ("Access-Control-Allow-Methods", "GET, POST, OPTIONS"),
                 ("Access-Control-Allow-Headers", "Content-Type, Accept, Authorization"),
                 ("Access-Control-Expose-Headers", "X-Kangzhan-Truncated"), ("Access-Control-Max-Age", "86400"),
                 ("Vary", "Origin")]
    head.append(("Vary", "Accept"))
    start_response(_status(status), head)
    return status, ([data] if data is not None else body)


def wrap(app) -> Callable:
    """The Flask `app` with the direct path in front of it."""
    cfg: ServeConfig = app.config["KANGZHAN_CONFIG"]
    executor = app.config["KANGZHAN_EXECUTOR"]
    if cfg.remote_query:  # the remote proxy keeps the Flask route
        return app

    def wsgi(environ, start_response):
        if environ.get("PATH_INFO") == "/sparql" and environ.get("REQUEST_METHOD") in ("GET", "POST"):
            t0 = time.perf_counter()
            out = _answer(environ, start_response, cfg, executor)
            if out is not None:
                log.info("%s /sparql %s %.1fms", environ["REQUEST_METHOD"], out[0], (time.perf_counter() - t0) * 1000)
                return out[1]
        return app(environ, start_response)

    return wsgi
