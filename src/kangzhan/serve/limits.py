"""Time and memory limits for queries that run inside a pre-forked serving process (see prefork.py).

pyoxigraph cannot cancel a query, but it releases the GIL while it evaluates one, so a watchdog
thread keeps running beside it. The query runs on the request thread itself (no hand-off to another
thread: that cost more than the query on small lookups); the watchdog looks every WATCH_EVERY
seconds at the running queries. One running past LONG_QUERY_SECONDS has its thread lowered in CPU
priority (quick queries go first); one past half its time limit makes the process "long" (likely to
end soon): it hands new connections to the others and asks its clients to reconnect (Connection:
close), so few bystanders remain when it ends. (Earlier, at every slow query, this churned clients
between processes and cost a third of the throughput on a 1M-triple store.)
Past the time limit, or past the memory bound, the watchdog writes the answer straight to that
client's socket (nothing of it was written yet: the query has not returned) — the answer the route
gives when the executor raises QueryTimeout / WorkerLost, obtained by replaying the request with
that exception (`replaying`) — lets the other requests in flight finish (`drain`), and ends the
process, which really stops the work.
The supervisor starts a fresh process in its place, and SIGKILLs one that failed to end (backstop).
"""

from __future__ import annotations

import contextlib
import os
import socket
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

from kangzhan.serve.pool import QueryTimeout, WorkerLost

T = TypeVar("T")
replaying = threading.local()  # .exc: raised by Limits.run on this thread (the watchdog's replay)
WATCH_EVERY = 0.05  # seconds between the watchdog's looks
LONG_QUERY_SECONDS = 0.2  # a query still running after this is lowered in CPU priority
LONG_QUERY_NICE = 10
_PAGE = os.sysconf("SC_PAGE_SIZE")


def resident_bytes() -> int:
    """This process's resident set size (Linux /proc; 0 where unavailable)."""
    try:
        with open("/proc/self/statm", "rb") as fh:
            return int(fh.read().split()[1]) * _PAGE
    except (OSError, IndexError, ValueError):
        return 0


def http_text(status: str, message: str, headers: dict[str, str]) -> bytes:
    """A whole HTTP/1.1 response with a text body that closes the connection."""
    body = (message.rstrip("\n") + "\n").encode("utf-8")
    head = [f"HTTP/1.1 {status}", "Content-Type: text/plain; charset=utf-8", f"Content-Length: {len(body)}",
            "Connection: close", *(f"{k}: {v}" for k, v in headers.items())]
    return ("\r\n".join(head) + "\r\n\r\n").encode("latin-1") + body


@dataclass
class _Query:
    start: float
    deadline: float
    sock: socket.socket | None  # the client's connection, to answer on when the limit is passed
    render: Callable[[Exception], bytes] | None  # the whole HTTP answer of the request for an exception
    tid: int  # the kernel's id of the thread running it (for its CPU priority)
    niced: bool = False
    answered: bool = False  # the watchdog wrote its answer: the request thread must not
    halfway: bool = False  # past half its time limit


def _set_nice(tid: int, nice: int) -> bool:
    try:
        os.setpriority(os.PRIO_PROCESS, tid, nice)  # on Linux, PRIO_PROCESS with a thread id: that thread
    except OSError:
        return False
    return True


class Limits:
    """Runs callables on the calling thread under a deadline and a memory bound, watched by a thread
    that answers 422 and ends the process when one is passed (`end`, os._exit by default)."""

    def __init__(self, memory_mb: int, timeout_text: str, memory_text: str, ended_text: str,
                 headers: dict[str, str] | None = None,
                 client: Callable[[], tuple[socket.socket | None, Callable[[Exception], bytes] | None]] =
                 lambda: (None, None),
                 on_change: Callable[[float], None] | None = None, drain: Callable[[list], None] = lambda stuck: None,
                 end: Callable[[], None] = lambda: os._exit(0)):
        self.memory = memory_mb * 1024 * 1024
        self.timeout_text, self.memory_text, self.ended_text = timeout_text, memory_text, ended_text
        self.headers = headers or {}
        self.client = client  # the current request's client socket and answer renderer
        self.on_change = on_change  # called with the start of the oldest running query (0.0: none)
        self.drain = drain  # called with the stuck requests' sockets: waits for the other clients to finish
        self.end = end
        self.running: dict[int, _Query] = {}
        self.long = False  # a query of this process runs past half its time limit
        self._lock = threading.Lock()
        threading.Thread(target=self._watch, name="query-watchdog", daemon=True).start()

    def run(self, fn: Callable[[], T], timeout: float) -> T:
        exc = getattr(replaying, "exc", None)
        if exc is not None:
            raise exc
        key = threading.get_ident()
        q = _Query(time.monotonic(), time.monotonic() + timeout, *self.client(), threading.get_native_id())
        with self._lock:
            self.running[key] = q
            self._changed()
        try:
            return fn()
        finally:
            with self._lock:
                self.running.pop(key, None)
                self._changed()
                answered = q.answered
            if answered:  # the process is ending and this client has its answer: write nothing more
                time.sleep(3600)
            if q.niced and not _set_nice(q.tid, 0):  # this thread cannot get its priority back: retire
                threading.Thread(target=self.end_gracefully, daemon=True).start()

    def _changed(self) -> None:
        self.long = any(q.halfway for q in self.running.values())
        if self.on_change is not None:
            self.on_change(min((q.start for q in self.running.values()), default=0.0))

    def _watch(self) -> None:
        while True:
            time.sleep(WATCH_EVERY)
            with self._lock:
                queries = list(self.running.items())
            if not queries:
                continue
            now = time.monotonic()
            late = [(k, q) for k, q in queries if now >= q.deadline]
            if late:
                self._breach(late, QueryTimeout(self.timeout_text))
            elif self.memory and resident_bytes() > self.memory:
                self._breach(queries, WorkerLost(self.memory_text))
            with self._lock:  # only a query still running: its thread restores its priority when it ends
                for key, q in queries:
                    if self.running.get(key) is not q:
                        continue
                    if not q.niced and now - q.start > LONG_QUERY_SECONDS:
                        q.niced = _set_nice(q.tid, LONG_QUERY_NICE)
                    q.halfway = now - q.start > (q.deadline - q.start) / 2
                self._changed()

    def end_gracefully(self) -> None:
        self.drain([])
        self.end()

    def _breach(self, queries: list[tuple[int, _Query]], exc: Exception) -> None:
        """Answer the queries past a limit, let the other clients finish (at most a moment), answer the
        queries still running (they end with the process), and end the process."""
        self._answer(queries, exc)
        self.drain([q.sock for _, q in queries])
        with self._lock:
            rest = [(k, q) for k, q in self.running.items() if not q.answered]
        self._answer(rest, WorkerLost(self.ended_text))
        self.end()

    def _answer(self, queries: list[tuple[int, _Query]], exc: Exception) -> None:
        with self._lock:
            for _, q in queries:
                q.answered = True
        for _, q in queries:
            if q.sock is None:
                continue
            try:
                data = q.render(exc) if q.render else None
            except Exception:  # the route failed on the replay: the plain answer
                data = None
            if data is None:
                text = str(exc) if isinstance(exc, QueryTimeout) else f"query stopped: {exc}"
                data = http_text("422 Unprocessable Entity", text, self.headers)
            with contextlib.suppress(OSError):
                q.sock.setblocking(True)
                q.sock.settimeout(1.0)
                q.sock.sendall(data)
                q.sock.shutdown(socket.SHUT_WR)
