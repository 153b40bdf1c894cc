"""Run one SPARQL operation on a store and turn the outcome into messages for the web process.

`execute` is the whole job (pure apart from the store). `main` is the loop of a worker process: the
web process sends it requests over a socket and kills it when a query runs past its time limit —
pyoxigraph cannot cancel a query, but the kernel can end a process — then starts a fresh one.
Messages: ("head", status, mime, headers) then ("chunk", bytes)… ("end",), or ("error", status, text).
"""

from __future__ import annotations

import io
import itertools
import os
import resource
import socket
import sys
from collections.abc import Iterator
from typing import Any

import pyoxigraph as ox

from kangzhan.rdf.namespaces import PREFIXES, serialize_options
from kangzhan.serve.formats import GRAPHS, capped_solutions, serialize_boolean
from kangzhan.serve.guard import UPDATE_FORMS
from kangzhan.store import default_graph_kwargs, open_read_only

CHUNK = 64 * 1024
BIG_CHUNK = 1024 * 1024  # an already-serialized body crosses the pipe in pieces of this size
SMALL_ANSWER = 256 * 1024  # answers up to this size travel to the web process in one message


class _Chunker(io.RawIOBase):
    """A file object for Oxigraph's serializers that collects output into ~64 KiB chunks."""

    def __init__(self):
        self.parts: list[bytes] = []
        self.size = 0
        self.ready: list[bytes] = []

    def writable(self) -> bool:
        return True

    def write(self, b) -> int:
        self.parts.append(bytes(b))
        self.size += len(b)
        if self.size >= CHUNK:
            self.ready.append(b"".join(self.parts))
            self.parts.clear()
            self.size = 0
        return len(b)

    def rest(self) -> bytes:
        out = b"".join(self.parts)
        self.parts.clear()
        return out


def _graphs(iris: list[str]) -> list[ox.NamedNode]:
    return [ox.NamedNode(i) for i in iris]


def execute(store: ox.Store, req: dict[str, Any]) -> Iterator[tuple]:
    """Messages answering one request on `store` (see the module docstring)."""
    text = req["query"]
    kwargs: dict[str, Any] = {"prefixes": dict(PREFIXES)}
    if req.get("default_graphs"):
        kwargs["default_graph"] = _graphs(req["default_graphs"])
    else:  # the materialized union (set semantics) when the store has one
        kwargs.update(default_graph_kwargs(store))
    if req.get("named_graphs"):
        kwargs["named_graphs"] = _graphs(req["named_graphs"])
    if req.get("update"):
        try:
            store.update(text, prefixes=dict(PREFIXES))
        except SyntaxError as e:
            yield ("error", 400, f"SPARQL syntax error: {e}")
            return
        except OSError as e:
            yield ("error", 400, f"update failed: {e}")
            return
        yield ("head", 204, "text/plain", {})
        yield ("end",)
        return
    try:
        result = store.query(text, **kwargs)
    except SyntaxError as e:
        msg = str(e)
        form = req.get("form")
        if form in UPDATE_FORMS:
            yield ("error", 403, "this endpoint is read-only: SPARQL UPDATE is refused")
            return
        yield ("error", 400, f"SPARQL syntax error: {msg}")
        return
    except (OSError, ValueError, TypeError) as e:
        yield ("error", 400, f"query failed: {e}")
        return
    cap = int(req.get("max_rows") or 0) or sys.maxsize
    try:
        if isinstance(result, ox.QueryBoolean):
            yield ("head", 200, req["results_mime"], {})
            yield ("chunk", serialize_boolean(req["results_fmt"], bool(result)))
        elif isinstance(result, ox.QuerySolutions):
            body, truncated = capped_solutions(result, req["results_fmt"], None if cap == sys.maxsize else cap,
                                               rerun=lambda: store.query(text, **kwargs))
            headers = {"X-Kangzhan-Truncated": f"results cut at {cap} rows"} if truncated else {}
            yield ("head", 200, req["results_mime"], headers)
            for i in range(0, len(body), BIG_CHUNK):
                yield ("chunk", body[i:i + BIG_CHUNK])
        else:
            triples = list(itertools.islice(result, cap + 1))
            truncated = len(triples) > cap
            headers = {"X-Kangzhan-Truncated": f"results cut at {cap} triples"} if truncated else {}
            mime = req["graph_mime"]
            fmt = GRAPHS[mime]
            yield ("head", 200, mime, headers)
            out = _Chunker()
            ox.serialize(triples[:cap], output=out, format=fmt, **serialize_options(fmt))
            for part in out.ready:
                yield ("chunk", part)
            yield ("chunk", out.rest())
    except (OSError, ValueError) as e:  # a SERVICE call or evaluation error while iterating
        yield ("error", 400, f"query failed: {e}")
        return
    yield ("end",)


def _send_answer(conn, messages: Iterator[tuple]) -> None:
    """Small answers go as one ("full", status, mime, headers, body) message (one round trip);
    larger ones as head, chunks and end, so they stream."""
    pending: list[tuple] = []
    size = 0
    for msg in messages:
        if pending is None:
            conn.send(msg)
            continue
        if msg[0] == "error" and not pending:
            conn.send(msg)
            return
        pending.append(msg)
        if msg[0] == "chunk":
            size += len(msg[1])
        if msg[0] == "end":
            _, status, mime, headers = pending[0]
            conn.send(("full", status, mime, headers, b"".join(m[1] for m in pending if m[0] == "chunk")))
            return
        if size > SMALL_ANSWER:
            for m in pending:
                conn.send(m)
            pending = None  # type: ignore[assignment]


def _open(gen: str | None, writable: bool) -> ox.Store:
    if gen is None:
        return ox.Store()
    return ox.Store(gen) if writable else open_read_only(gen)


def main(fd: int, memory_mb: int) -> None:
    """Serve requests arriving on the socket `fd` until it closes."""
    from multiprocessing.connection import Connection

    if memory_mb > 0:
        limit = memory_mb * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    conn = Connection(socket.socket(fileno=fd).detach())
    opened: tuple | None = None
    store: ox.Store | None = None
    conn.send(("ready", os.getpid()))
    while True:
        try:
            req = conn.recv()
        except (EOFError, OSError):
            return
        key = (req.get("gen"), req.get("version"))
        try:
            if store is None or key != opened:
                store = None
                store = _open(req.get("gen"), writable=bool(req.get("update")))
                opened = key
            _send_answer(conn, execute(store, req))
        except (EOFError, BrokenPipeError):
            return
        except MemoryError:
            conn.send(("error", 422, "the query needs more memory than this server allows"))
            return
        except Exception as e:  # report and carry on: the web process turns it into one line
            try:
                conn.send(("error", 400, f"query failed: {e.__class__.__name__}: {e}"))
            except OSError:
                return


if __name__ == "__main__":
    main(int(sys.argv[1]), int(sys.argv[2]))
