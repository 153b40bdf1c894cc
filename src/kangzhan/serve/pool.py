"""A pool of worker processes that run queries and can be killed when one runs past its time limit.

pyoxigraph offers no way to cancel a running query, and a thread cannot be stopped from outside.
A process can: each worker opens the store read-only (RocksDB allows many read-only openers), the
web thread waits for its answer at most `timeout` seconds, and on expiry kills it (SIGKILL) and
puts a fresh worker in its place. The work really stops; the thread is free again at once.
"""

from __future__ import annotations

import contextlib
import os
import queue
import select
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from multiprocessing.connection import Connection
from typing import Any


class QueryTimeout(Exception):
    """The query ran past the time limit; its worker was killed."""


class PoolBusy(Exception):
    """No worker became free within the time limit (the server is overloaded)."""


class WorkerLost(Exception):
    """The worker died while answering (e.g. it hit its memory limit); a new one replaced it."""


LONG_QUERY_SECONDS = 0.2  # a query still running after this is lowered in CPU priority
LONG_QUERY_NICE = 10


@dataclass
class Answer:
    """A status, media type and headers known before the body, and the body as a stream of bytes."""

    status: int
    mime: str
    headers: dict[str, str]
    body: Iterator[bytes]
    data: bytes | None = None  # the whole body, when it is already at hand: sent with Content-Length,
    # which keeps the HTTP connection alive (waitress closes it after every chunked response)


class _Worker:
    def __init__(self, memory_mb: int):
        parent, child = socket.socketpair()
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "kangzhan.serve.worker", str(child.fileno()), str(memory_mb)],
            pass_fds=(child.fileno(),), stdin=subprocess.DEVNULL,
        )
        child.close()
        self.conn = Connection(parent.detach())
        self._poller = select.poll()  # one registration; Connection.poll builds a selector per call
        self._poller.register(self.conn.fileno(), select.POLLIN)
        self.ready = False
        self.niced = False

    def readable(self, timeout: float) -> bool:
        """Whether a message (or EOF) arrives within `timeout` seconds."""
        return bool(self._poller.poll(max(0, int(timeout * 1000 + 0.999))))

    def wait_ready(self, timeout: float) -> None:
        if self.ready:
            return
        if not self.readable(timeout):
            raise WorkerLost("a query worker did not start in time")
        self.conn.recv()
        self.ready = True

    def lower_priority(self) -> None:
        """Let quick queries in other workers go first while this one grinds on (nice +10)."""
        if not self.niced:
            with contextlib.suppress(OSError):
                os.setpriority(os.PRIO_PROCESS, self.proc.pid, LONG_QUERY_NICE)
            self.niced = True

    def restore_priority(self) -> bool:
        """Back to normal priority; False when the OS does not allow it (then the worker is retired)."""
        if not self.niced:
            return True
        try:
            os.setpriority(os.PRIO_PROCESS, self.proc.pid, 0)
        except OSError:
            return False
        self.niced = False
        return True

    def kill(self) -> None:
        with contextlib.suppress(OSError):
            self.proc.kill()
        with contextlib.suppress(Exception):
            self.proc.wait(timeout=5)
        with contextlib.suppress(OSError):
            self.conn.close()


class WorkerPool:
    """`size` worker processes; `run(request, timeout)` answers a request in one of them."""

    def __init__(self, size: int, memory_mb: int = 0):
        self.memory_mb = memory_mb
        self.size = size
        self.idle: queue.Queue[_Worker] = queue.Queue()
        self.restarts = 0
        self._lock = threading.Lock()
        self._all: set[_Worker] = set()
        self._closed = False
        for _ in range(size):
            self.idle.put(self._spawn())

    def _spawn(self) -> _Worker:
        w = _Worker(self.memory_mb)
        with self._lock:
            self._all.add(w)
        return w

    def _replace(self, w: _Worker) -> None:
        """Kill `w` and start a successor in the background; it joins the idle queue once it is ready,
        so no request ever waits for a process to boot."""
        w.kill()
        with self._lock:
            self._all.discard(w)
            self.restarts += 1
            if self._closed:
                return
        threading.Thread(target=self._start_one, daemon=True).start()

    def _start_one(self) -> None:
        for _ in range(5):
            fresh = self._spawn()
            try:
                fresh.wait_ready(60)
            except (WorkerLost, EOFError, OSError):
                fresh.kill()
                time.sleep(1)
                continue
            self.idle.put(fresh)
            return

    def run(self, request: dict[str, Any], timeout: float) -> Answer:
        """Send `request` to an idle worker; raise QueryTimeout after `timeout` s (killing the worker)."""
        try:
            w = self.idle.get(timeout=timeout)
        except queue.Empty:
            raise PoolBusy("every query worker stayed busy for the whole time limit") from None
        try:
            w.wait_ready(timeout + 10)  # a fresh worker needs a moment to start
            deadline = time.monotonic() + timeout
            w.conn.send(request)
            if not w.readable(min(LONG_QUERY_SECONDS, timeout)):
                w.lower_priority()
            msg = self._recv(w, deadline)
        except QueryTimeout:
            self._replace(w)
            raise
        except (EOFError, OSError, WorkerLost):
            self._replace(w)
            raise WorkerLost("the query worker stopped: the query needed more memory or stack than allowed") from None
        if msg[0] == "error":
            self._release(w)
            text = (msg[2] + "\n").encode("utf-8")
            return Answer(msg[1], "text/plain; charset=utf-8", {}, iter([text]), text)
        if msg[0] == "full":
            self._release(w)
            _, status, mime, headers, body = msg
            return Answer(status, mime, headers, iter([body]), body)
        _, status, mime, headers = msg
        return Answer(status, mime, headers, self._body(w, deadline))

    def _release(self, w: _Worker) -> None:
        """Back to the idle queue, or replaced if its priority cannot be restored."""
        if w.restore_priority():
            self.idle.put(w)
        else:
            self._replace(w)

    def _recv(self, w: _Worker, deadline: float) -> tuple:
        if not w.readable(max(0.0, deadline - time.monotonic())):
            raise QueryTimeout("time limit reached")
        return w.conn.recv()

    def _body(self, w: _Worker, deadline: float) -> _Body:
        return _Body(self, w, deadline)

    def close(self) -> None:
        with self._lock:
            self._closed = True
            workers = list(self._all)
            self._all.clear()
        for w in workers:
            w.kill()


class _Body:
    """The streamed body; returns its worker to the pool when complete, replaces it otherwise.

    A class rather than a generator so that `close()` releases the worker even if the body was
    never iterated (HEAD requests, clients that hang up before the first byte).
    """

    def __init__(self, pool: WorkerPool, w: _Worker, deadline: float):
        self.pool, self.w, self.deadline = pool, w, deadline
        self.released = False

    def __iter__(self) -> Iterator[bytes]:
        try:
            while not self.released:
                # serializing an already-capped result is quick: a grace period past the deadline
                msg = self.pool._recv(self.w, max(self.deadline, time.monotonic()) + 10)
                if msg[0] == "chunk":
                    yield msg[1]
                elif msg[0] == "end":
                    self._release(ok=True)
                else:  # an error after the head was sent: cut the response short
                    break
        except (QueryTimeout, EOFError, OSError):
            pass
        self._release(ok=False)

    def _release(self, ok: bool) -> None:
        if self.released:
            return
        self.released = True
        if ok:
            self.pool._release(self.w)
        else:
            self.pool._replace(self.w)

    def close(self) -> None:
        self._release(ok=False)

    def __del__(self) -> None:  # a server that never closes the body must not leak the worker
        self._release(ok=False)
