"""Corpus-sized builds: parallel extraction, incremental store generations, streamed bulk loading.

Workers (separate processes) read, extract, emit and validate one file each and hand back its
N-Quads as bytes; the parent streams those bytes into Oxigraph's bulk loader. At most a few
documents per worker are in flight, so memory stays bounded whatever the corpus size.

Incremental: each generation has a manifest (document id → content hash, graph, counts) and the
key of the code that produced it. A file whose hash, name and key are unchanged is not re-read by
a worker: its named graph is carried over from the previous generation (a hard-linked backup);
a changed file replaces only its own graph; a removed file's graph is dropped.
"""

from __future__ import annotations

import collections
import hashlib
import multiprocessing
import os
import signal
import sys
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

import kangzhan
from kangzhan import errors
from kangzhan.build import ontology_quads, process
from kangzhan.rdf.iris import document_graph
from kangzhan.rdf.namespaces import ONTOLOGY_GRAPH
from kangzhan.resources import ontology_path, shapes_path
from kangzhan.store import StoreBuild, current_generation, read_manifest, write_lock
from kangzhan.text.read import DEFAULT_MAX_BYTES, doc_id_for, read_source

MANIFEST_FORMAT = 2  # 2: the default graph holds the merge of the named graphs (see store.py)
# parts of the package that do not change what a build produces
_KEY_EXCLUDED = {"serve", "commands", "export", "cli.py", "__main__.py", "store.py", "query.py", "corpus.py"}


def default_workers() -> int:
    """All cores this process may run on."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not Linux
        return max(1, os.cpu_count() or 1)


def extractor_key(encoding: str | None = None) -> str:
    """A hash of the code and data that shape a document's graph: changing any of them rebuilds all."""
    h = hashlib.sha256(f"{kangzhan.__version__}|{encoding or ''}".encode())
    pkg = Path(kangzhan.__file__).resolve().parent
    files = [f for f in pkg.rglob("*") if f.is_file() and "__pycache__" not in f.parts
             and f.suffix not in (".pyc", ".pyo") and f.relative_to(pkg).parts[0] not in _KEY_EXCLUDED]
    for f in sorted({*files, ontology_path(), shapes_path()}):
        h.update(f.name.encode())
        h.update(f.read_bytes())
    return h.hexdigest()


@dataclass
class DocOutput:
    """What a worker hands back for one file: small metadata and the N-Quads bytes (cheap to pickle)."""

    doc_id: str
    source: str
    name: str
    sha256: str
    nquads: bytes
    triples: int
    battles: int
    chars: int
    warnings: list[str] = field(default_factory=list)
    extract_s: float = 0.0
    validate_s: float = 0.0
    error: tuple[str, str, str] | None = None  # (class name, message, report): exceptions lose fields in pickling

    def raise_error(self) -> None:
        if self.error:
            cls, msg, report = self.error
            if cls == "ValidationFailed":
                raise errors.ValidationFailed(msg, report)
            raise getattr(errors, cls, errors.KangzhanError)(msg)


def process_file(path: str, validate: bool = True, max_bytes: int = DEFAULT_MAX_BYTES,
                 encoding: str | None = None) -> DocOutput:
    """Read → extract → emit → validate one file; the result as N-Quads bytes. Runs in a worker."""
    t0 = time.perf_counter()
    try:
        src = read_source(path, max_bytes=max_bytes, encoding=encoding)
        d = process(src, validate)
    except errors.KangzhanError as e:
        return DocOutput(doc_id_for(Path(path)), str(path), Path(path).name, "", b"", 0, 0, 0,
                         error=(type(e).__name__, str(e), getattr(e, "report", "")))
    data = ox.serialize(d.quads, format=ox.RdfFormat.N_QUADS)
    return DocOutput(src.doc_id, str(path), src.source_name, src.sha256, data, len(d.quads), d.battles,
                     len(src.text), d.warnings, time.perf_counter() - t0 - d.validate_s, d.validate_s)


def _worker_init(parent: int) -> None:
    """Workers leave Ctrl-C to the parent, and exit by themselves when the parent is killed.

    Their stderr goes to /dev/null: task errors travel back to the parent as values, and what else
    a worker could print (a broken pipe to a killed parent) is noise on the user's terminal.
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    sys.stderr = open(os.devnull, "w")  # noqa: SIM115 - lives as long as the worker

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(0.5)
        os._exit(1)

    threading.Thread(target=watch, daemon=True).start()


def run_docs(paths: Iterable[Path], workers: int = 1, validate: bool = True, max_bytes: int = DEFAULT_MAX_BYTES,
             encoding: str | None = None) -> Iterator[DocOutput]:
    """Process files in order (serially in this process, or in WORKERS processes); raise the first error.

    Results come back in input order (same output for any worker count); at most 2×WORKERS
    documents are in flight.
    """
    args = (validate, max_bytes, encoding)
    if workers <= 1:
        for p in paths:
            out = process_file(str(p), *args)
            out.raise_error()
            yield out
        return
    ctx = multiprocessing.get_context("spawn")  # no fork of a process holding RocksDB threads
    pool = ctx.Pool(workers, initializer=_worker_init, initargs=(os.getpid(),))
    try:
        pending: collections.deque = collections.deque()
        it = iter(paths)
        for p in it:
            pending.append(pool.apply_async(process_file, (str(p), *args)))
            if len(pending) >= 2 * workers:
                break
        while pending:
            out = pending.popleft().get()
            nxt = next(it, None)
            if nxt is not None:
                pending.append(pool.apply_async(process_file, (str(nxt), *args)))
            out.raise_error()
            yield out
        pool.close()
        pool.join()
    finally:
        pool.terminate()


def file_sha256(path: Path) -> str | None:
    """Content hash of a file (the same as kz:sha256), None when it cannot be read (the worker will say why)."""
    h = hashlib.sha256()
    try:
        with open(path, "rb") as fh:
            while chunk := fh.read(1 << 20):
                h.update(chunk)
    except OSError:
        return None
    return h.hexdigest()


@dataclass
class Plan:
    """What an incremental build does with each document."""

    todo: list[Path]
    reused: dict[str, dict]  # doc id → manifest entry carried over
    drop: list[str]  # graph IRIs to remove from the copied generation (changed or removed documents)
    removed: list[str]  # doc ids no longer in the corpus
    base: Path | None  # generation to start from (None: from scratch)


def plan_build(sources: list[Path], root: Path, key: str, validate: bool) -> Plan:
    """Compare the sources with the live generation's manifest."""
    gen = current_generation(root)
    manifest = read_manifest(gen)
    if not manifest or manifest.get("format") != MANIFEST_FORMAT or manifest.get("key") != key:
        return Plan(list(sources), {}, [], [], None)
    old: dict[str, dict] = manifest.get("docs", {})
    todo, reused = [], {}
    for p in sources:
        doc_id = doc_id_for(p)
        e = old.get(doc_id)
        if (e and e.get("name") == p.name and (e.get("validated") or not validate)
                and e.get("sha256") == file_sha256(p)):
            reused[doc_id] = e
        else:
            todo.append(p)
    current = {doc_id_for(p) for p in sources}
    removed = sorted(set(old) - current)
    if not reused:  # nothing to carry over: a fresh generation is cheaper than a copy
        return Plan(todo, {}, [], removed, None)
    drop = [old[d]["graph"] for d in sorted(set(old) - set(reused)) if "graph" in old[d]]
    return Plan(todo, reused, drop, removed, gen)


@dataclass
class BuildStats:
    """The numbers a build reports."""

    target: str = ""
    docs: int = 0
    extracted: int = 0
    reused: int = 0
    removed: int = 0
    battles: int = 0
    triples: int = 0
    chars: int = 0
    extract_s: float = 0.0  # summed over workers
    validate_s: float = 0.0  # summed over workers
    wall_s: float = 0.0
    incremental: bool = False
    workers: int = 0  # worker processes used (0: extraction ran in this process)
    warnings: list[str] = field(default_factory=list)


def build_store(sources: list[Path], root: Path, workers: int = 1, validate: bool = True,
                max_bytes: int = DEFAULT_MAX_BYTES, encoding: str | None = None,
                progress: Callable[[DocOutput], None] | None = None) -> BuildStats:
    """Build (incrementally) a new store generation from SOURCES and swap it in atomically.

    The store's write lock is held from planning to the swap: a second build of the same store fails
    at once (StoreLocked) instead of planning against a generation that is about to change.
    """
    with write_lock(root):
        return _build_store(sources, root, workers, validate, max_bytes, encoding, progress)


def _build_store(sources: list[Path], root: Path, workers: int, validate: bool, max_bytes: int,
                 encoding: str | None, progress: Callable[[DocOutput], None] | None) -> BuildStats:
    t0 = time.perf_counter()
    key = extractor_key(encoding)
    plan = plan_build(sources, root, key, validate)
    stats = BuildStats(target=str(root), incremental=plan.base is not None, reused=len(plan.reused),
                       removed=len(plan.removed))
    docs: dict[str, dict] = dict(plan.reused)
    try:
        build = StoreBuild(root, base=plan.base)
    except errors.StoreError:
        if plan.base is None:
            raise
        plan = plan_build(sources, root, "", validate)  # the live generation cannot be copied: rebuild all
        docs = {}
        stats.incremental, stats.reused = False, 0
        build = StoreBuild(root)
    with build as b:
        b.remove_graph(ONTOLOGY_GRAPH)
        for g in plan.drop:
            b.remove_graph(g)
        oq = ontology_quads()
        b.add(oq)
        stats.workers = min(workers, len(plan.todo)) if workers > 1 else 0
        for out in run_docs(plan.todo, stats.workers, validate, max_bytes, encoding):
            b.add_nquads(out.nquads)
            docs[out.doc_id] = {"sha256": out.sha256, "name": out.name, "source": out.source,
                                "graph": document_graph(out.doc_id), "triples": out.triples,
                                "battles": out.battles, "chars": out.chars, "validated": validate}
            _count(stats, out)
            if progress:
                progress(out)
        # LINK (issue 6): offline Wikidata links survive rebuilds
        from kangzhan.link.hook import refresh_links

        links = refresh_links(b)
        b.commit({"format": MANIFEST_FORMAT, "key": key, "ontology_triples": len(oq), "docs": docs})
    stats.docs = len(docs)
    stats.battles = sum(d["battles"] for d in docs.values())
    stats.triples = len(oq) + links + sum(d["triples"] for d in docs.values())
    stats.wall_s = time.perf_counter() - t0
    return stats


def _count(stats: BuildStats, out: DocOutput) -> None:
    stats.extracted += 1
    stats.chars += out.chars
    stats.extract_s += out.extract_s
    stats.validate_s += out.validate_s
    stats.warnings.extend(out.warnings)


def build_file(sources: list[Path], out: Path, workers: int = 1, validate: bool = True,
               max_bytes: int = DEFAULT_MAX_BYTES, encoding: str | None = None,
               progress: Callable[[DocOutput], None] | None = None) -> BuildStats:
    """Write the sources' graphs to one RDF file. N-Quads are streamed; other formats are sorted in memory."""
    from kangzhan.build import FORMATS, DocResult, write_file

    t0 = time.perf_counter()
    suffix = out.suffix.lower()
    if suffix not in FORMATS:
        raise errors.KangzhanError(f"{out}: unknown output format; use one of {', '.join(sorted(FORMATS))}")
    stats = BuildStats(target=str(out), workers=min(workers, len(sources)) if workers > 1 else 0)
    outputs = run_docs(sources, stats.workers, validate, max_bytes, encoding)

    def counted() -> Iterator[DocOutput]:
        for o in outputs:
            _count(stats, o)
            stats.battles += o.battles
            stats.docs += 1
            if progress:
                progress(o)
            yield o

    if suffix == ".nq":
        stats.triples = _stream_nquads(counted(), out)
    else:
        docs = [DocResult(o.doc_id, o.source, list(ox.parse(o.nquads, format=ox.RdfFormat.N_QUADS)), o.battles)
                for o in counted()]
        stats.triples = write_file(docs, out)
    stats.wall_s = time.perf_counter() - t0
    return stats


def _stream_nquads(outputs: Iterable[DocOutput], out: Path) -> int:
    tmp = out.with_name(f".{out.name}.tmp")
    n = 0
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        with open(tmp, "wb") as fh:
            for o in outputs:
                fh.write(o.nquads)
                n += o.triples
        tmp.replace(out)
    except OSError as e:
        tmp.unlink(missing_ok=True)
        raise errors.KangzhanError(f"{out}: cannot write ({e.strerror or e})") from None
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return n


def _put_graph(url: str, graph: str, ntriples: bytes, timeout: float = 120.0) -> None:
    """Graph Store Protocol: PUT replaces one named graph on the server."""
    import urllib.error
    import urllib.parse
    import urllib.request

    sep = "&" if "?" in url else "?"
    req = urllib.request.Request(f"{url}{sep}graph={urllib.parse.quote(graph, safe='')}", data=ntriples,
                                 method="PUT", headers={"Content-Type": "application/n-triples"})
    try:
        with urllib.request.urlopen(req, timeout=timeout) as resp:
            resp.read()
    except urllib.error.HTTPError as e:
        body = e.read(300).decode("utf-8", "replace").strip().splitlines()
        raise errors.StoreError(f"{url}: HTTP {e.code} {e.reason} for graph <{graph}>"
                                + (f": {body[0]}" if body else "")) from None
    except (urllib.error.URLError, OSError, ValueError) as e:
        reason = getattr(e, "reason", e)
        raise errors.StoreError(f"{url}: cannot reach the Graph Store endpoint ({reason})") from None


def _by_graph(quads: Iterable[ox.Quad]) -> dict[str, bytes]:
    groups: dict[str, list[ox.Triple]] = {}
    for q in quads:
        groups.setdefault(q.graph_name.value, []).append(ox.Triple(q.subject, q.predicate, q.object))
    return {g: ox.serialize(ts, format=ox.RdfFormat.N_TRIPLES) for g, ts in groups.items()}


def build_remote(sources: list[Path], url: str, workers: int = 1, validate: bool = True,
                 max_bytes: int = DEFAULT_MAX_BYTES, encoding: str | None = None,
                 progress: Callable[[DocOutput], None] | None = None) -> BuildStats:
    """Load the ontology and each document's graph into a remote store (SPARQL 1.1 Graph Store Protocol).

    URL is the server's Graph Store endpoint (Oxigraph: http://HOST:PORT/store; Fuseki:
    http://HOST:3030/DATASET/data). Each graph is replaced with one PUT, so a rerun is idempotent;
    the build as a whole is not atomic on the server (graphs are swapped one by one).

    Only named graphs are written. What the server's default graph is stays the server's setting:
    Fuseki/TDB2 with `tdb2:unionDefaultGraph true` answers over the RDF merge of the named graphs
    (set semantics, as the embedded store's materialized default graph); `oxigraph serve
    --union-default-graph` over their bag union (an entity described in k documents comes back k
    times: use SELECT DISTINCT). A default graph written here would be hidden by the first and
    counted twice by the second.
    """
    t0 = time.perf_counter()
    if not url.startswith(("http://", "https://")):
        raise errors.KangzhanError(f"{url}: the remote store must be an http(s) Graph Store endpoint URL")
    stats = BuildStats(target=url, workers=min(workers, len(sources)) if workers > 1 else 0)
    oq = ontology_quads()
    for g, data in _by_graph(oq).items():
        _put_graph(url, g, data)
    stats.triples = len(oq)
    for out in run_docs(sources, stats.workers, validate, max_bytes, encoding):
        for g, data in _by_graph(ox.parse(out.nquads, format=ox.RdfFormat.N_QUADS)).items():
            _put_graph(url, g, data)
        _count(stats, out)
        stats.docs += 1
        stats.battles += out.battles
        stats.triples += out.triples
        if progress:
            progress(out)
    stats.wall_s = time.perf_counter() - t0
    return stats
