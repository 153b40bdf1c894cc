"""Pre-forked serving: N processes each run the whole WSGI app (waitress) on one shared listening socket.

Why: with one web process and a pool of query processes, every query crossed two processes (pickles,
socket messages, four thread/process wake-ups) and all HTTP and Flask work of all clients shared one
GIL. Here a request is parsed, run and answered in the process that accepted it, and the Python work
of concurrent clients spreads over the cores. The hard timeout stays: a watchdog thread in each
process answers 422 to a query past its limit and ends the process, which really stops the work
(limits.py); the supervisor (the `kangzhan serve` process) starts a replacement for any process that
exits, and SIGKILLs one whose query runs past the limit and a grace period (the backstop).

Balance: keep-alive connections stay with the process that accepted them, so a process only accepts
while it holds no more connections than any other (counts on a shared board), and not while all its
threads are busy or a long query runs in it (it may be ended soon); its event loop wakes every
LOOP_WAKE s to notice when the counts change. A process about to end answers Connection: close, so
its clients reconnect to the others, and lets the requests in flight finish first (`_Active.drain`).
"""

from __future__ import annotations

import contextlib
import ctypes
import dataclasses
import io
import json
import logging
import mmap
import os
import resource
import signal
import socket
import struct
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path

from werkzeug.wsgi import ClosingIterator

from kangzhan.errors import KangzhanError
from kangzhan.serve.config import ServeConfig

GRACE = 5.0  # seconds past the time limit before the supervisor SIGKILLs a process still running a query
LOOP_WAKE = 0.05  # seconds: how often an idle process's event loop re-reads the board
_SLOT = struct.Struct("qd")  # per process: open connections, monotonic start of its oldest running query
_GONE = 1 << 40  # the connection count of a dead or retiring process (never the minimum)
_LONG = 1 << 20  # added to the count of a process running a long query: others take new connections first
# glibc keeps at most 7 freed chunks per size in a thread's cache; Oxigraph's evaluator frees and allocates
# many small chunks per row, and with 1000 the heavy queries of the benchmark mix took 5-8% less CPU (1M
# triples: the mix 22.8 → 21.3 ms per query, top_casualties 131-137 → 124-126 ms; paired runs, load ~9-11).
# Ignored where the C library is not glibc; a GLIBC_TUNABLES set by the operator is kept.
MALLOC_TUNABLES = "glibc.malloc.tcache_count=1000"
log = logging.getLogger("kangzhan.serve")


class Board:
    """Shared memory (a mapped, already unlinked file) where each process posts its state."""

    def __init__(self, fd: int, slots: int):
        self.fd, self.slots = fd, slots
        self.mem = mmap.mmap(fd, _SLOT.size * slots)

    @classmethod
    def create(cls, slots: int) -> Board:
        fd, path = tempfile.mkstemp(prefix="kangzhan-board-")
        os.unlink(path)
        os.ftruncate(fd, _SLOT.size * slots)
        board = cls(fd, slots)
        for i in range(slots):
            board.set_conns(i, _GONE)
        return board

    def set_conns(self, slot: int, n: int) -> None:
        struct.pack_into("q", self.mem, slot * _SLOT.size, n)

    def min_conns(self) -> int:
        return min(struct.unpack_from("q", self.mem, i * _SLOT.size)[0] for i in range(self.slots))

    def set_started(self, slot: int, t: float) -> None:
        struct.pack_into("d", self.mem, slot * _SLOT.size + 8, t)

    def started(self, slot: int) -> float:
        return struct.unpack_from("d", self.mem, slot * _SLOT.size + 8)[0]


# --- the serving processes ---------------------------------------------------------------------


def _die_with_parent() -> None:
    """Linux: be SIGKILLed when the supervisor dies, so no orphan keeps serving the port."""
    with contextlib.suppress(Exception):
        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG


class _Active:
    """Requests in flight in this process (a WSGI wrapper counts them), and the drain before it ends."""

    def __init__(self, socket_map: dict, dispatcher=None, threads: int = 0, max_body: int = 0):
        self.max_body = max_body
        self.map = socket_map  # the event loop's channels
        self.dispatcher, self.threads = dispatcher, threads  # waitress's request threads
        self.count = 0
        self.draining = False
        self._lock = threading.Lock()

    def wrap(self, app, long: Callable[[], bool]):
        def counted(environ, start_response):
            with self._lock:
                self.count += 1
            length = environ.get("CONTENT_LENGTH", "")
            if length.isdigit() and 0 < int(length) <= self.max_body:  # kept for a replay (limits.py)
                body = environ["wsgi.input"].read(int(length))
                environ["wsgi.input"] = io.BytesIO(body)
                environ["kangzhan.body"] = body
            _current.environ = environ
            try:
                body = app(environ, start_response)
                if self.draining or long():  # this process may end soon: the client should reconnect elsewhere
                    _close_after(environ)
            except BaseException:
                self._done()
                raise
            return ClosingIterator(body, self._done)
        return counted

    def _done(self) -> None:
        with self._lock:
            self.count -= 1

    def drain(self, stuck: list, limit: float = 2.0) -> None:
        """Stop taking connections; wait (at most `limit` s) until every client but the `stuck` ones
        (their answer already sent) is done: a request in flight answered with Connection: close."""
        self.draining = True
        if stuck and self.dispatcher is not None:  # requests queued behind the stuck threads get threads
            self.dispatcher.set_thread_count(self.threads + len(stuck))
        deadline = time.monotonic() + limit
        while time.monotonic() < deadline:
            channels = [c for c in list(self.map.values()) if hasattr(c, "total_outbufs_len")]
            others = [c for c in channels if c.socket not in stuck]
            if self.count <= len(stuck) and not others:
                break
            time.sleep(0.01)
        time.sleep(0.02)


def _close_after(environ) -> None:
    """Make waitress answer `Connection: close` and close after this response (a WSGI app may not set
    hop-by-hop headers; waitress decides from the request's Connection header, so that is set)."""
    channel = getattr(environ.get("waitress.client_disconnected"), "__self__", None)
    with contextlib.suppress(AttributeError, IndexError):
        channel.requests[0].headers["CONNECTION"] = "close"


_current = threading.local()  # the environ of the request this thread handles (set by _Active)


def _client_socket(environ: dict) -> socket.socket | None:
    """The client socket of a request (waitress exposes its channel)."""
    check = environ.get("waitress.client_disconnected")
    return getattr(getattr(check, "__self__", None), "socket", None)


def _replay(app, environ: dict, exc: Exception) -> bytes:
    """The whole HTTP answer `app` gives to the request of `environ` when its query raises `exc`, with
    Connection: close (this process is about to end); run on the watchdog thread."""
    from kangzhan.serve.limits import replaying

    env = dict(environ, **{"wsgi.input": io.BytesIO(environ.get("kangzhan.body", b""))})
    got: dict = {}

    def start(status, headers, exc_info=None):
        got["status"], got["headers"] = status, headers

    replaying.exc = exc
    try:
        out = app(env, start)
        body = b"".join(out)
        if hasattr(out, "close"):
            out.close()
    finally:
        replaying.exc = None
    head = [f"HTTP/1.1 {got['status']}"]
    head += [f"{k}: {v}" for k, v in got["headers"] if k.lower() not in ("connection", "content-length")]
    head += [f"Content-Length: {len(body)}", "Connection: close"]
    return ("\r\n".join(head) + "\r\n\r\n").encode("latin-1") + body


def worker_main(sock_fd: int, board_fd: int, slots: int, slot: int, root: str, cfg_json: str, threads: int) -> None:
    """One serving process: the app on the shared socket, queries under limits.Limits."""
    import waitress

    from kangzhan.serve import fastpath
    from kangzhan.serve.app import create_app
    from kangzhan.serve.limits import Limits
    from kangzhan.serve.sparql import timeout_message

    _die_with_parent()
    ppid = os.getppid()
    cfg = ServeConfig(**json.loads(cfg_json))
    if cfg.worker_memory_mb > 0:  # a backstop far above the watched limit (threads reserve address space)
        limit = (2 * cfg.worker_memory_mb + 2048) * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s", stream=sys.stderr)
    board = Board(board_fd, slots)
    app = create_app(Path(root), config=dataclasses.replace(cfg, workers=0))
    sock = socket.socket(fileno=sock_fd)
    server = waitress.create_server(app, sockets=[sock], threads=threads, ident="kangzhan",
                                    max_request_body_size=cfg.max_body_bytes + 65536, channel_timeout=60,
                                    connection_limit=200, cleanup_interval=10)
    headers = {"X-Content-Type-Options": "nosniff", "Vary": "Accept"}
    if cfg.cors_origin:
        headers["Access-Control-Allow-Origin"] = cfg.cors_origin

    active = _Active(server._map, server.task_dispatcher, threads, cfg.max_body_bytes + 65536)
    wsgi_app = fastpath.wrap(app)

    def client() -> tuple[socket.socket | None, Callable[[Exception], bytes] | None]:
        environ = getattr(_current, "environ", None)
        if environ is None:
            return None, None
        return _client_socket(environ), lambda exc: _replay(wsgi_app, environ, exc)

    limits = Limits(cfg.worker_memory_mb, timeout_text=timeout_message(cfg.timeout),
                    memory_text="the query needed more memory than this server allows",
                    ended_text="another query in the same serving process ran past a limit and the process was "
                               "restarted with it; send the query again",
                    headers=headers, client=client, on_change=lambda t: board.set_started(slot, t),
                    drain=active.drain, end=lambda: os._exit(0))
    app.config["KANGZHAN_EXECUTOR"].limits = limits
    server.application = active.wrap(wsgi_app, lambda: limits.long)

    def readable() -> bool:
        ok = accept_if()  # waitress's own bookkeeping (cleanup, connection limit)
        if active.draining or os.getppid() != ppid:
            board.set_conns(slot, _GONE)
            return False
        mine = len(server._map) - 2  # the map holds this server, its trigger and one entry per connection
        if limits.long or active.count >= threads:  # others first: a new client would wait here
            mine += _LONG
        board.set_conns(slot, mine)
        return ok and mine <= board.min_conns()

    def handle_accept() -> None:  # polled just before draining: leave the connection to the others
        if not active.draining:
            accept()

    accept_if, accept = server.readable, server.handle_accept
    server.readable = readable  # type: ignore[method-assign]
    server.handle_accept = handle_accept  # type: ignore[method-assign]
    server.adj.asyncore_loop_timeout = LOOP_WAKE
    board.set_conns(slot, 0)
    log.info("serving process %d ready", os.getpid())
    server.run()


# --- the supervisor ------------------------------------------------------------------------------


class Supervisor:
    """Starts `processes` serving processes on `sock`, replaces those that exit, kills runaways."""

    def __init__(self, sock: socket.socket, root: Path, cfg: ServeConfig, processes: int, threads: int):
        self.sock, self.root, self.cfg, self.threads = sock, root, cfg, threads
        self.board = Board.create(processes)
        self.procs: list[subprocess.Popen | None] = [None] * processes
        self.born = [0.0] * processes
        self.restarts = 0
        self.fast_crashes = 0  # consecutive processes that died right after starting
        self._stop = threading.Event()

    def _spawn(self, slot: int) -> None:
        cmd = [sys.executable, "-m", "kangzhan.serve.prefork", str(self.sock.fileno()), str(self.board.fd),
               str(self.board.slots), str(slot), str(self.root), json.dumps(dataclasses.asdict(self.cfg)),
               str(self.threads)]
        self.board.set_started(slot, 0.0)
        env = dict(os.environ)
        env.setdefault("GLIBC_TUNABLES", MALLOC_TUNABLES)
        self.procs[slot] = subprocess.Popen(cmd, pass_fds=(self.sock.fileno(), self.board.fd),
                                            stdin=subprocess.DEVNULL, env=env)
        self.born[slot] = time.monotonic()

    def run(self) -> None:
        for i in range(len(self.procs)):
            self._spawn(i)
        try:
            while not self._stop.wait(0.1):
                self.check()
        finally:
            self.close()

    def check(self) -> None:
        now = time.monotonic()
        for i, p in enumerate(self.procs):
            if p is None:
                continue
            if p.poll() is not None:
                self.board.set_conns(i, _GONE)
                if now - self.born[i] < 3.0 and p.returncode != 0:  # crashing at start: do not spin
                    self.fast_crashes += 1
                    if self.fast_crashes >= 5:
                        raise SystemExit("kangzhan serve: the serving processes keep failing at start; see above")
                    time.sleep(1.0)
                else:
                    self.fast_crashes = 0
                self.restarts += 1
                self._spawn(i)
                continue
            started = self.board.started(i)
            if started and now - started > self.cfg.timeout + GRACE:
                log.warning("serving process %d ran a query %.0f s past the time limit: killed", p.pid,
                            now - started - self.cfg.timeout)
                with contextlib.suppress(OSError):
                    p.kill()

    def stop(self) -> None:
        self._stop.set()

    def close(self) -> None:
        for p in self.procs:
            if p is not None and p.poll() is None:
                with contextlib.suppress(OSError):
                    p.terminate()
        for p in self.procs:
            if p is not None:
                try:
                    p.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    p.kill()
                    p.wait()


def serve(root: Path, cfg: ServeConfig, host: str, port: int, threads: int) -> None:
    """Serve until SIGTERM / SIGINT: `cfg.workers` processes with `threads` request threads each."""
    try:
        sock = socket.create_server((host, port), backlog=1024)
    except OSError as e:
        raise KangzhanError(f"cannot listen on {host}:{port}: {e.strerror or e}") from None
    print(f"kangzhan serving {root} at http://{host}:{port}/ (SPARQL at /sparql)", file=sys.stderr, flush=True)
    sock.set_inheritable(True)
    sup = Supervisor(sock, root, cfg, cfg.workers, threads)

    def stop(*_):
        sup.stop()

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    try:
        sup.run()
    finally:
        sock.close()


if __name__ == "__main__":
    a = sys.argv[1:]
    worker_main(int(a[0]), int(a[1]), int(a[2]), int(a[3]), a[4], a[5], int(a[6]))
