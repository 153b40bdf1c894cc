"""Serve over a remote SPARQL 1.1 server (Oxigraph server, Fuseki, QLever, GraphDB …) instead of the embedded store.

`RemoteExecutor` stands in for `executor.Executor`: the /sparql blueprint's checks (read-only unless
--allow-update and the token, size limits, SERVICE allow-list) run first, as for the embedded store;
then the query is parsed here by Oxigraph — without evaluating it, see `parse_kind` — so a syntax
error never leaves this process, and only then forwarded. The answer is read back within the
per-query deadline (a late remote ends in the same 422 as an embedded timeout), cut at the row cap
and re-serialized by the same serializers as the embedded path, in the negotiated format.
Remote failures become one-line client errors: the remote's 400 → 400 with its message; remote
unreachable or broken → 502; remote overloaded → 503.

`RemoteStore` is the small part of the `pyoxigraph.Store` API that the pages (service description,
VoID, /resource, exports) use, answered by SPARQL queries to the same server.
"""

from __future__ import annotations

import io
import itertools
import re
import sys
import threading
import time
from collections.abc import Iterator
from typing import Any

import pyoxigraph as ox
import urllib3
from urllib3.exceptions import HTTPError, MaxRetryError, NewConnectionError, ReadTimeoutError
from urllib3.exceptions import TimeoutError as Urllib3Timeout
from werkzeug.exceptions import BadGateway, HTTPException, ServiceUnavailable

from kangzhan.rdf.namespaces import PREFIXES, serialize_options
from kangzhan.serve import formats
from kangzhan.serve.formats import GRAPHS, serialize_boolean
from kangzhan.serve.guard import tokens
from kangzhan.serve.pool import Answer, QueryTimeout

MAX_ANSWER_BYTES = 256 * 1024 * 1024  # a remote answer is read at most this far (the row cap usually stops it first)
_ERROR_AT = re.compile(r"error at (\d+):(\d+)")
_REMOTE_POSITION = re.compile(r"(error at |line )(\d+)")  # Oxigraph's "error at 2:5", Jena's "line 2"
_EMPTY_VALUES = "\nVALUES () { }"
_TEXT = "text/plain; charset=utf-8"
_RESULTS_ACCEPT = "application/sparql-results+json, application/sparql-results+xml;q=0.9, " \
                  "text/tab-separated-values;q=0.8"
_GRAPH_ACCEPT = "application/n-triples, text/turtle;q=0.9, application/rdf+xml;q=0.5"


class RemoteDown(BadGateway):
    """The remote server could not be reached or answered something unusable (→ 502)."""


class RemoteBusy(ServiceUnavailable):
    """The remote server said it is overloaded or unavailable (→ 503)."""


class RemoteRefused(HTTPException):
    """The remote server rejected the request as a client error (its 4xx, passed on)."""

    def __init__(self, code: int, message: str):
        super().__init__(message)
        self.code = code


def update_endpoint_for(query_url: str) -> str:
    """The usual update endpoint beside a query endpoint: Oxigraph …/query and Fuseki …/sparql or
    …/query → …/update; anything else (QLever, one-endpoint servers) the same URL."""
    for tail in ("/query", "/sparql"):
        if query_url.rstrip("/").endswith(tail):
            return query_url.rstrip("/")[: -len(tail)] + "/update"
    return query_url


def prologue() -> str:
    """PREFIX lines for the prefixes the embedded store predeclares, so the same queries work remotely.
    One line, so that the remote's line numbers are off by one at most; a query's own PREFIX wins."""
    return " ".join(f"PREFIX {p}: <{ns}>" for p, ns in PREFIXES.items()) + "\n"


def parse_kind(text: str) -> str | None:
    """'results', 'boolean' or 'graph' for a valid query; SyntaxError (with the position) for an invalid one.

    pyoxigraph has no parse-only call, so the query runs on an empty in-memory store joined with an
    empty trailing `VALUES () { }`: Oxigraph's optimizer reduces that to the empty result before
    evaluating anything (no SERVICE call, no work). A query that already ends in its own VALUES
    clause cannot take a second one: then None (the remote parses it; SERVICE was checked before).
    A query is never evaluated as it is: on an empty store a few VALUES blocks still multiply out.
    """
    try:
        result = ox.Store().query(text + _EMPTY_VALUES, prefixes=dict(PREFIXES))
    except SyntaxError as e:
        m = _ERROR_AT.search(str(e))
        lines = text.split("\n")
        if not m or int(m.group(1)) < len(lines) or \
                (int(m.group(1)) == len(lines) and int(m.group(2)) <= len(lines[-1].rstrip())):
            raise  # the error lies inside the query itself
        if _ends_in_values(text):
            return None
        try:  # invalid at its very end: the parser's own words for it, from a text that can never run
            ox.Store().query(text + "\x00", prefixes=dict(PREFIXES))
        except SyntaxError as at_end:
            raise SyntaxError(f"{at_end} (the query ends before it is complete)") from None
        raise
    if isinstance(result, ox.QueryBoolean):
        return "boolean"
    return "results" if isinstance(result, ox.QuerySolutions) else "graph"


def _ends_in_values(text: str) -> bool:
    """Whether the query ends with a VALUES clause outside every bracket (SPARQL's trailing ValuesClause)."""
    depth, last_word, last = 0, "", ("", "")
    for kind, tok in tokens(text):
        if kind == "punct" and tok in "{([":
            depth += 1
        elif kind == "punct" and tok in "})]":
            depth -= 1
        elif kind == "word" and depth == 0:
            last_word = tok.upper()
        last = (kind, tok)
    return last_word == "VALUES" and last == ("punct", "}")


class _DeadlineReader(io.RawIOBase):
    """The remote's response body as a file for Oxigraph's parsers, refusing to read past the deadline."""

    def __init__(self, resp: urllib3.BaseHTTPResponse, deadline: float):
        self.resp, self.deadline, self.read_bytes = resp, deadline, 0

    def readable(self) -> bool:
        return True

    def readinto(self, b) -> int:
        left = self.deadline - time.monotonic()
        if left <= 0:
            raise QueryTimeout("time limit reached")
        sock = getattr(getattr(self.resp, "connection", None), "sock", None)
        if sock is not None:
            sock.settimeout(left)
        try:
            data = self.resp.read1(min(len(b), 64 * 1024)) if hasattr(self.resp, "read1") \
                else self.resp.read(min(len(b), 64 * 1024))
        except (ReadTimeoutError, Urllib3Timeout, TimeoutError):
            raise QueryTimeout("time limit reached") from None
        except (HTTPError, OSError) as e:
            raise RemoteDown(f"the remote SPARQL server broke off its answer ({e})") from None
        self.read_bytes += len(data)
        if self.read_bytes > MAX_ANSWER_BYTES:
            raise RemoteRefused(422, f"the remote answer is larger than {MAX_ANSWER_BYTES >> 20} MiB; add LIMIT")
        b[: len(data)] = data
        return len(data)


class RemoteClient:
    """HTTP to one remote SPARQL server: kept-alive connections, a deadline per call, mapped errors."""

    def __init__(self, query_url: str, update_url: str | None = None, connections: int = 16):
        self.query_url = query_url
        self.update_url = update_url or update_endpoint_for(query_url)
        self.http = urllib3.PoolManager(maxsize=connections, block=False, retries=False)

    def post(self, url: str, body: bytes, content_type: str, accept: str, timeout: float,
             headers: dict[str, str] | None = None) -> urllib3.BaseHTTPResponse:
        """POST and return the response with its body unread; raise the mapped error for non-2xx."""
        t = urllib3.Timeout(connect=min(timeout, 10.0), read=timeout)
        try:
            resp = self.http.request("POST", url, body=body, preload_content=False, timeout=t, redirect=False,
                                     headers={"Content-Type": content_type, "Accept": accept, **(headers or {})})
        except NewConnectionError as e:  # (a subclass of the connect timeout in urllib3 2)
            raise RemoteDown(f"cannot reach the remote SPARQL server at {url}: {_reason(e)}") from None
        except ReadTimeoutError:
            raise QueryTimeout("time limit reached") from None
        except Urllib3Timeout:
            raise RemoteDown(f"cannot reach the remote SPARQL server at {url}: connection timed out") from None
        except (MaxRetryError, HTTPError, OSError) as e:
            raise RemoteDown(f"cannot reach the remote SPARQL server at {url}: {_reason(e)}") from None
        if resp.status >= 300:
            raise _mapped(resp, url)
        return resp

    def query(self, text: str, accept: str, timeout: float, default_graphs: list[str] = (),
              named_graphs: list[str] = ()) -> urllib3.BaseHTTPResponse:
        fields = [("query", prologue() + text), *(("default-graph-uri", g) for g in default_graphs),
                  *(("named-graph-uri", g) for g in named_graphs)]
        from urllib.parse import urlencode

        return self.post(self.query_url, urlencode(fields).encode(), "application/x-www-form-urlencoded",
                         accept, timeout)

    def close(self) -> None:
        self.http.clear()


def _reason(e: Exception) -> str:
    """The useful end of a urllib3 error ("… Connection refused"), on one line."""
    text = str(getattr(e, "reason", None) or e)
    return _short(text.rsplit("]", 1)[-1].strip(" :") or text)


def _short(text: str, limit: int = 300) -> str:
    one = " ".join(text.split())
    return one if len(one) <= limit else one[: limit - 1] + "…"


def _unshift(message: str) -> str:
    """Line numbers in a remote parser's message as in the client's text (the prologue added one line)."""
    return _REMOTE_POSITION.sub(lambda m: f"{m.group(1)}{max(int(m.group(2)) - 1, 1)}", message)


def _mapped(resp: urllib3.BaseHTTPResponse, url: str) -> HTTPException:
    """The client error for a remote's non-2xx answer (its message kept, on one line)."""
    try:
        message = _short(resp.read(4096, decode_content=True).decode("utf-8", "replace"))
    except (HTTPError, OSError):
        message = ""
    finally:
        resp.release_conn()
    code = resp.status
    if code in (400, 413, 414, 415, 422):
        return RemoteRefused(code if code != 414 else 413,
                             f"the remote SPARQL server rejected the query: {_unshift(message)}")
    if code in (408, 504):
        return QueryTimeout("the remote SPARQL server reported a timeout")
    if code in (429, 503):
        return RemoteBusy(f"the remote SPARQL server is busy or unavailable ({code}); try again shortly")
    return RemoteDown(f"the remote SPARQL server at {url} answered {code}" + (f": {message}" if message else ""))


def _finish(resp: urllib3.BaseHTTPResponse, complete: bool) -> None:
    """Keep the connection for the next query when the answer was read to its end; otherwise drop it,
    so the remote stops sending what lies past the row cap or the deadline."""
    if complete:
        try:
            resp.drain_conn()  # at most the end of the last chunk
            resp.release_conn()
            return
        except (HTTPError, OSError):
            pass
    resp.close()


def _answer_format(resp: urllib3.BaseHTTPResponse, default: str, lookup, what: str, expected: str):
    """The pyoxigraph format of the remote's Content-Type (`lookup`: a from_media_type), else RemoteDown."""
    mime = resp.headers.get("Content-Type", default)
    try:
        fmt = lookup(mime)
    except ValueError:
        fmt = None
    if fmt is None:
        raise RemoteDown(f"the remote SPARQL server answered {what} with {mime}, not {expected}")
    return fmt


def read_results(resp: urllib3.BaseHTTPResponse, deadline: float) -> ox.QuerySolutions | ox.QueryBoolean:
    fmt = _answer_format(resp, "application/sparql-results+json", ox.QueryResultsFormat.from_media_type, "a query",
                         "SPARQL results")
    try:
        return ox.parse_query_results(_DeadlineReader(resp, deadline), format=fmt)
    except SyntaxError as e:
        raise RemoteDown(f"the remote SPARQL server sent unreadable results: {_short(str(e))}") from None


def read_triples(resp: urllib3.BaseHTTPResponse, deadline: float) -> Iterator[ox.Triple]:
    fmt = _answer_format(resp, "application/n-triples", ox.RdfFormat.from_media_type, "a graph query", "RDF")
    for q in ox.parse(_DeadlineReader(resp, deadline), format=fmt):
        yield ox.Triple(q.subject, q.predicate, q.object)


def _syntax_error(e: SyntaxError) -> Answer:
    return Answer(400, _TEXT, {}, iter([f"SPARQL syntax error: {e}\n".encode()]))


def _error(e: HTTPException) -> Answer:
    return Answer(e.code or 502, _TEXT, {}, iter([f"{e.description}\n".encode()]))


class RemoteExecutor:
    """The Executor interface (query, update, read_store, generation) over a remote SPARQL server."""

    store_dir = None

    def __init__(self, query_url: str, update_url: str | None = None, connections: int = 16,
                 page_timeout: float = 30.0):
        self.client = RemoteClient(query_url, update_url, connections)
        self.version = 0
        self._store = RemoteStore(self.client, page_timeout)
        self._update_lock = threading.Lock()

    def generation(self) -> str:
        """Changes every minute, so that caches keyed on it (VoID, export graphs) follow the remote's data."""
        return f"remote-{int(time.time() // 60)}-{self.version}"

    def read_store(self) -> RemoteStore:
        return self._store

    def query(self, req: dict[str, Any], timeout: float) -> Answer:
        text = req["query"]
        try:
            kind = parse_kind(text)
        except SyntaxError as e:
            return _syntax_error(e)
        if kind is None:
            kind = "graph" if req.get("form") in ("CONSTRUCT", "DESCRIBE") else \
                "boolean" if req.get("form") == "ASK" else "results"
        deadline = time.monotonic() + timeout
        accept = _GRAPH_ACCEPT if kind == "graph" else _RESULTS_ACCEPT
        cap = int(req.get("max_rows") or 0) or sys.maxsize
        try:
            resp = self.client.query(text, accept, timeout, req.get("default_graphs") or [],
                                     req.get("named_graphs") or [])
            complete = False
            try:
                if kind == "graph":
                    answer = self._graph(req, list(itertools.islice(read_triples(resp, deadline), cap + 1)), cap)
                else:
                    answer = self._results(req, read_results(resp, deadline), cap)
                complete = "X-Kangzhan-Truncated" not in answer.headers
                return answer
            finally:
                _finish(resp, complete)
        except HTTPException as e:
            return _error(e)
        except SyntaxError as e:
            return _error(RemoteDown(f"the remote SPARQL server sent an unreadable answer: {_short(str(e))}"))

    @staticmethod
    def _results(req: dict, result, cap: int) -> Answer:
        fmt = req["results_fmt"]
        if isinstance(result, ox.QueryBoolean):
            return Answer(200, req["results_mime"], {}, iter([serialize_boolean(fmt, bool(result))]))
        body, truncated = formats.capped_solutions(result, fmt, None if cap == sys.maxsize else cap)
        headers = {"X-Kangzhan-Truncated": f"results cut at {cap} rows"} if truncated else {}
        return Answer(200, req["results_mime"], headers, iter([body]))

    @staticmethod
    def _graph(req: dict, triples: list[ox.Triple], cap: int) -> Answer:
        headers = {"X-Kangzhan-Truncated": f"results cut at {cap} triples"} if len(triples) > cap else {}
        mime = req["graph_mime"]
        fmt = GRAPHS[mime]
        return Answer(200, mime, headers, iter([ox.serialize(triples[:cap], format=fmt, **serialize_options(fmt))]))

    def update(self, req: dict[str, Any]) -> Answer:
        """Forward an update (already authorized and checked by the blueprint) to the remote update endpoint."""
        with self._update_lock:
            try:
                resp = self.client.post(self.client.update_url, (prologue() + req["query"]).encode("utf-8"),
                                        "application/sparql-update", "*/*", self._store.timeout)
                resp.drain_conn()
                resp.release_conn()
            except QueryTimeout:
                return Answer(504, _TEXT, {}, iter([b"the remote SPARQL server did not finish the update in time; "
                                                    b"it may still be applied\n"]))
            except HTTPException as e:
                return _error(e)
            self.version += 1
            return Answer(204, "text/plain", {}, iter([]))

    def close(self) -> None:
        self.client.close()


def _term(t) -> str:
    return str(t)  # N-Triples syntax, which SPARQL accepts for IRIs, literals and quoted triples


class RemoteStore:
    """The read calls of `pyoxigraph.Store` that the pages use, answered by the remote server."""

    def __init__(self, client: RemoteClient, timeout: float):
        self.client, self.timeout = client, timeout

    def _select(self, text: str) -> ox.QuerySolutions | ox.QueryBoolean:
        deadline = time.monotonic() + self.timeout
        try:
            resp = self.client.query(text, _RESULTS_ACCEPT, self.timeout)
        except QueryTimeout:
            raise RemoteBusy("the remote SPARQL server did not answer in time") from None
        try:
            result = read_results(resp, deadline)
            if isinstance(result, ox.QueryBoolean):
                return result
            rows = list(result)  # read now, within the deadline, so the connection can go back to the pool
            variables = result.variables
        except QueryTimeout:
            raise RemoteBusy("the remote SPARQL server did not answer in time") from None
        finally:
            resp.release_conn()
        return _Solutions(variables, rows)

    def query(self, query: str, prefixes: dict[str, str] | None = None, use_default_graph_as_union: bool = False,
              substitutions: dict | None = None, **_ignored):
        """Like Store.query; `substitutions` become a trailing VALUES clause, prefixes PREFIX lines.
        The remote's default graph is used as it is configured (see the README: union default graph)."""
        head = "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in (prefixes or {}).items())
        tail = ""
        if substitutions:
            names = " ".join(f"?{v.value}" for v in substitutions)
            tail = f"\nVALUES ({names}) {{ ({' '.join(_term(t) for t in substitutions.values())}) }}"
        return self._select(head + query + tail)

    def quads_for_pattern(self, subject=None, predicate=None, object=None, graph_name=None) -> Iterator[ox.Quad]:
        s, p, o = (_term(t) if t is not None else f"?{n}" for t, n in ((subject, "s"), (predicate, "p"),
                                                                         (object, "o")))
        if isinstance(graph_name, ox.DefaultGraph):
            where, g = f"{{ {s} {p} {o} }}", None
        else:
            g = _term(graph_name) if graph_name is not None else "?g"
            where = f"{{ GRAPH {g} {{ {s} {p} {o} }} }}"
        rows = self._select(f"SELECT * WHERE {where} LIMIT 100000")
        for row in rows:
            graph = ox.DefaultGraph() if g is None else (graph_name if graph_name is not None else row["g"])
            yield ox.Quad(subject or row["s"], predicate or row["p"], object or row["o"], graph)

    def named_graphs(self) -> Iterator[ox.NamedNode]:
        for row in self._select("SELECT DISTINCT ?g WHERE { GRAPH ?g { } }"):
            yield row["g"]

    def __len__(self) -> int:
        rows = list(self._select("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"))
        return int(rows[0]["n"].value) if rows else 0


class _Solutions(list):
    """Solutions read in full: iterable like QuerySolutions, with `.variables`."""

    def __init__(self, variables, rows):
        super().__init__(rows)
        self.variables = variables


def startup_notes(executor: RemoteExecutor) -> list[str]:
    """Warnings for the operator at start: the remote is unreachable, or its default graph is not the
    union of the named graphs (then queries without GRAPH find nothing)."""
    store = executor.read_store()
    try:
        default = bool(store.query("ASK { ?s ?p ?o }"))
        named = bool(store.query("ASK { GRAPH ?g { ?s ?p ?o } }"))
    except HTTPException as e:
        return [f"{e.description}; /sparql answers {e.code} until it is reachable"]
    if named and not default:
        return ["the remote's default graph is empty while its named graphs hold data: queries without "
                "GRAPH will find nothing. Make it the union of the named graphs (oxigraph serve "
                "--union-default-graph; Fuseki: tdb2:unionDefaultGraph true)"]
    return []
