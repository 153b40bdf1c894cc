"""Support for the linker tests: small stores of hand-made entities, the links graph as text,
a real `oxigraph serve` loaded with the Wikidata-shaped fixture, and a real waitress app that fails."""

from __future__ import annotations

import contextlib
import socket
import subprocess
import threading
import time
from pathlib import Path

import pyoxigraph as ox
from oxigraph_process import oxigraph_binary, running_oxigraph

from kangzhan.rdf.namespaces import KZ, LINKS_GRAPH, RDF, RDFS, XSD
from kangzhan.store import StoreBuild, current_generation

DATA = Path(__file__).resolve().parent / "data"
FIXTURE = DATA / "wikidata_fixture.ttl"
DOC_GRAPH = "https://w3id.org/kangzhan/graph/document/linktest"
RES = "https://w3id.org/kangzhan/resource/"
CLASS = {"battle": "Battle", "human": "Person", "place": "Place", "military unit": "MilitaryUnit"}

# (path under the resource namespace, kind, zh label, start date, side)
TRAP_ENTITIES = [
    ("battle/南京保卫战", "battle", "南京保卫战", "1937-11-13", None),
    ("battle/长沙会战", "battle", "长沙会战", "1939-09-14", None),
    ("battle/长沙会战-undated", "battle", "长沙会战", None, None),
    ("person/蒋介石", "human", "蒋介石", None, "China"),
    ("place/武汉", "place", "武汉", None, None),
    ("place/承德", "place", "承德", None, None),
    ("place/江陵", "place", "江陵", None, None),
    ("place/津市", "place", "津市", None, None),
    ("place/汉江", "place", "汉江", None, None),
]


def entity_quads(entities=TRAP_ENTITIES) -> list[ox.Quad]:
    g = ox.NamedNode(DOC_GRAPH)
    out = []
    for path, kind, label, start, side in entities:
        s = ox.NamedNode(RES + path)
        out.append(ox.Quad(s, ox.NamedNode(RDF + "type"), ox.NamedNode(KZ + CLASS[kind]), g))
        out.append(ox.Quad(s, ox.NamedNode(RDFS + "label"), ox.Literal(label, language="zh"), g))
        if start:
            out.append(ox.Quad(s, ox.NamedNode(KZ + "startDate"), ox.Literal(start, datatype=ox.NamedNode(XSD + "date")), g))
        if side:
            out.append(ox.Quad(s, ox.NamedNode(KZ + "side"), ox.NamedNode(KZ + side), g))
    return out


def make_store(root: Path, quads: list[ox.Quad]) -> Path:
    """A store whose live generation holds exactly these quads (built with the project's StoreBuild)."""
    with StoreBuild(root) as b:
        b.add(quads)
        b.commit()
    return root


def links_text(root: Path) -> str:
    """The links graph of the live generation as sorted N-Triples lines (for exact comparisons)."""
    store = ox.Store.read_only(str(current_generation(root)))
    g = ox.NamedNode(LINKS_GRAPH)
    lines = sorted(str(ox.Triple(q.subject, q.predicate, q.object)) for q in store.quads_for_pattern(None, None, None, g))
    return "\n".join(lines)


def all_quads_text(root: Path) -> str:
    store = ox.Store.read_only(str(current_generation(root)))
    return "\n".join(sorted(str(q) for q in store.quads_for_pattern(None, None, None, None)))


def same_as(root: Path) -> dict[str, str]:
    """entity IRI → QID of its owl:sameAs link."""
    store = ox.Store.read_only(str(current_generation(root)))
    p = ox.NamedNode("http://www.w3.org/2002/07/owl#sameAs")
    return {q.subject.value: q.object.value.rsplit("/", 1)[-1]
            for q in store.quads_for_pattern(None, p, None, ox.NamedNode(LINKS_GRAPH))}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def oxigraph_server(tmp: Path, port: int):
    """`oxigraph serve-read-only` on 127.0.0.1:PORT with the fixture loaded; yields the query endpoint URL."""
    db = tmp / "oxigraph-db"
    subprocess.run([oxigraph_binary(), "load", "--location", str(db), "--file", str(FIXTURE)], check=True,
                   capture_output=True, timeout=60)
    with running_oxigraph(["serve-read-only", "--location", str(db)], port, tmp / "oxigraph.log",
                          probe="/query?query=ASK%7B%7D") as base:
        yield f"{base}/query"


class FailingEndpoint:
    """A real waitress server whose every answer is an HTTP error (or comes too late); counts hits."""

    def __init__(self, status: int = 500, delay: float = 0.0):
        import waitress.server

        self.status, self.delay, self.hits = status, delay, 0
        self.done = threading.Semaphore(0)

        def app(environ, start_response):
            self.hits += 1
            try:
                if self.delay:
                    time.sleep(self.delay)
                start_response(f"{self.status} Failing", [("Content-Type", "text/plain")])
                return [b"the query service is unwell\n"]
            finally:
                self.done.release()

        self.server = waitress.server.create_server(app, host="127.0.0.1", port=0, threads=2)
        self.url = f"http://127.0.0.1:{self.server.effective_port}/sparql"
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> FailingEndpoint:
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        for _ in range(self.hits):  # let answers in flight finish before the sockets close
            self.done.acquire(timeout=self.delay + 5)
        time.sleep(0.1)
        self.server.close()
