"""Shared by the export and browser tests: stores built from the seeds and from a small fixture graph,
and the SPARQL counts an export must agree with."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pyoxigraph as ox
import pytest
from helpers import ROOT, run_cli

DATA = ROOT / "tests" / "data"
FIXTURE_TTL = DATA / "viz" / "network.ttl"
KZ = "https://w3id.org/kangzhan/ontology#"
CLASSES = "VALUES ?c { kz:Battle kz:MilitaryUnit kz:Person kz:Place }"
RELS = "VALUES ?p { kz:participant kz:commander kz:location kz:partOf kz:commands kz:subUnitOf }"


def fixture_store(root: Path) -> Path:
    """A store holding tests/data/viz/network.ttl as one document graph beside the ontology, as a build has."""
    from kangzhan.store import StoreBuild

    g = ox.NamedNode("https://w3id.org/kangzhan/graph/document/viz-fixture")
    with open(FIXTURE_TTL, "rb") as fh:
        quads = [ox.Quad(t.subject, t.predicate, t.object, g) for t in ox.parse(fh, format=ox.RdfFormat.TURTLE)]
    onto = ox.NamedNode("https://w3id.org/kangzhan/graph/ontology")
    with open(ROOT / "ontology" / "kangzhan.ttl", "rb") as fh:
        quads += [ox.Quad(t.subject, t.predicate, t.object, onto) for t in ox.parse(fh, format=ox.RdfFormat.TURTLE)]
    with StoreBuild(root) as b:
        b.add(quads)
        b.commit()
    return root


_cache: dict[str, Path] = {}


def seed_store() -> Path:
    """A store built from seeds/, once per test process (the build is the slow part), removed at exit."""
    if "seeds" not in _cache:
        import atexit
        import tempfile

        root = Path(tempfile.mkdtemp(prefix="kz-viz-seeds-"))
        atexit.register(shutil.rmtree, root, True)
        proc = run_cli("build", store=root / "store")
        assert proc.returncode == 0, proc.stderr
        _cache["seeds"] = root / "store"
    return _cache["seeds"]


def sparql_counts(root: Path, where: str = "") -> tuple[int, int]:
    """(entities of the four classes, distinct relation triples between them) by SPARQL on the store."""
    from kangzhan.query import run
    from kangzhan.store import open_store

    store = open_store(root)
    n = next(iter(run(store, f"SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE {{ {CLASSES} ?s a ?c {where} }}")))["n"]
    e = next(iter(run(store, f"""SELECT (COUNT(*) AS ?n) WHERE {{ SELECT DISTINCT ?s ?p ?o WHERE {{ {RELS} ?s ?p ?o .
        ?s a ?c1 . ?o a ?c2 . VALUES ?c1 {{ kz:Battle kz:MilitaryUnit kz:Person kz:Place }}
        VALUES ?c2 {{ kz:Battle kz:MilitaryUnit kz:Person kz:Place }} }} }}""")))["n"]
    return int(n.value), int(e.value)


def need_tool(name: str) -> str:
    """The path of a program the test needs; in CI a missing one fails the test, elsewhere skips it."""
    path = shutil.which(name)
    if path is None:
        msg = f"{name} is not installed (Debian package: {'graphviz' if name == 'dot' else name})"
        if os.environ.get("CI") == "true":
            pytest.fail(msg)
        pytest.skip(msg)
    return path


class Server:
    """A real `kangzhan serve` (waitress) on a free loopback port over `store`; stop() ends it."""

    def __init__(self, store: Path, *args: str):
        import socket
        import subprocess
        import sys
        import tempfile

        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
        self.url = f"http://127.0.0.1:{port}"
        self.log = tempfile.TemporaryFile()  # noqa: SIM115 - lives as long as the server; closed in stop()
        env = {k: v for k, v in os.environ.items() if k != "KANGZHAN_DEBUG"}
        self.proc = subprocess.Popen([sys.executable, "-m", "kangzhan", "serve", "--port", str(port), "--workers", "1",
                                      "--store", str(store), *args], stdout=self.log, stderr=subprocess.STDOUT, env=env)
        self._wait()

    def _wait(self, timeout: float = 60) -> None:
        import time
        import urllib.request

        deadline = time.time() + timeout
        while True:
            try:
                with urllib.request.urlopen(self.url + "/viz/timeline.json", timeout=5):
                    return
            except OSError:
                if time.time() > deadline or self.proc.poll() is not None:
                    self.log.seek(0)
                    raise RuntimeError(f"server did not start: {self.log.read().decode(errors='replace')[-500:]}") from None
                time.sleep(0.2)

    def get(self, path: str) -> tuple[int, dict, bytes]:
        """(status, headers, body) of a GET; HTTP errors are answers, not exceptions."""
        import urllib.error
        import urllib.request

        try:
            with urllib.request.urlopen(self.url + path, timeout=60) as r:
                return r.status, dict(r.headers), r.read()
        except urllib.error.HTTPError as e:
            return e.code, dict(e.headers), e.read()

    def stop(self) -> None:
        import subprocess

        self.proc.terminate()
        try:
            self.proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.proc.kill()
        self.log.close()
