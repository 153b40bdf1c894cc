"""A real `kangzhan serve` (waitress) on a free loopback port, over a store built once from the seeds.

The store and the default server are built at most once per test process (module-level cache), so
every endpoint test module shares them; servers stop at exit.
"""

from __future__ import annotations

import atexit
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from pathlib import Path

from helpers import SEEDS, run_cli

_cache: dict = {}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def seed_store() -> Path:
    """A store built from seeds/ (once per process) in a temporary directory."""
    if "store" not in _cache:
        root = Path(tempfile.mkdtemp(prefix="kz-endpoint-"))
        atexit.register(shutil.rmtree, root, True)
        store = root / "store"
        r = run_cli("build", str(SEEDS), store=store)
        assert r.returncode == 0, r.stderr
        _cache["store"] = store
    return _cache["store"]


@dataclass
class Server:
    url: str
    proc: subprocess.Popen
    log: Path

    def get(self, path: str, params: dict | None = None, headers: dict | None = None, timeout: float = 30):
        """(status, headers, body bytes) of a GET; HTTP errors are answers, not exceptions."""
        url = self.url + path + ("?" + urllib.parse.urlencode(params, doseq=True) if params else "")
        return self.request(urllib.request.Request(url, headers=headers or {}), timeout)

    def post(self, path: str, data: bytes, content_type: str, headers: dict | None = None, timeout: float = 30,
             params: dict | None = None):
        url = self.url + path + ("?" + urllib.parse.urlencode(params, doseq=True) if params else "")
        h = {"Content-Type": content_type, **(headers or {})}
        return self.request(urllib.request.Request(url, data=data, headers=h, method="POST"), timeout)

    @staticmethod
    def request(req: urllib.request.Request, timeout: float = 30):
        try:
            with urllib.request.urlopen(req, timeout=timeout) as r:
                return r.status, r.headers, r.read()
        except urllib.error.HTTPError as e:
            return e.code, e.headers, e.read()

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.proc.kill()


def start_server(store: Path, *args: str, env: dict | None = None) -> Server:
    """Start `kangzhan serve --store STORE ARGS` on a free port and wait until it answers."""
    port = free_port()
    log = Path(tempfile.mkstemp(prefix="kz-serve-", suffix=".log")[1])
    e = dict(os.environ, **(env or {}))
    e.pop("KANGZHAN_DEBUG", None)
    with open(log, "wb") as fh:
        proc = subprocess.Popen([sys.executable, "-m", "kangzhan", "serve", "--store", str(store),
                                 "--port", str(port), *args], env=e, stdout=fh, stderr=subprocess.STDOUT)
    server = Server(f"http://127.0.0.1:{port}", proc, log)
    atexit.register(server.stop)
    deadline = time.time() + 60
    while True:
        try:
            status, _, _ = server.get("/sparql", {"query": "ASK {}"}, timeout=5)
            if status == 200:
                return server
        except OSError:
            pass
        if proc.poll() is not None or time.time() > deadline:
            raise RuntimeError(f"server did not start: {log.read_text(errors='replace')}")
        time.sleep(0.2)


def default_server() -> Server:
    """The shared server: 2 s timeout, 3 workers, small limits so tests can hit them quickly."""
    if "server" not in _cache:
        _cache["server"] = start_server(seed_store(), "--timeout", "2", "--workers", "3", "--threads", "8",
                                        "--max-rows", "50", "--max-query-bytes", "20000",
                                        "--max-body-bytes", "100000")
    return _cache["server"]
