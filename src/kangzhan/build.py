"""Build: source files → facts → quads → SHACL gate → a store generation or one RDF file.

The CLI and the web layer call these functions; nothing here prints.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

from kangzhan.errors import InputError, KangzhanError, ValidationFailed
from kangzhan.extract.pipeline import extract
from kangzhan.rdf.emit import to_quads
from kangzhan.rdf.namespaces import ONTOLOGY_GRAPH, serialize_options
from kangzhan.resources import ontology_path
from kangzhan.store import StoreBuild
from kangzhan.text.read import DEFAULT_MAX_BYTES, SourceText, read_source
from kangzhan.validate import format_report, validate_quads

FORMATS = {
    ".nt": ox.RdfFormat.N_TRIPLES,
    ".ttl": ox.RdfFormat.TURTLE,
    ".nq": ox.RdfFormat.N_QUADS,
    ".trig": ox.RdfFormat.TRIG,
    ".jsonld": ox.RdfFormat.JSON_LD,
    ".rdf": ox.RdfFormat.RDF_XML,
    ".xml": ox.RdfFormat.RDF_XML,
}
QUAD_FORMATS = {".nq", ".trig"}


@dataclass
class DocResult:
    doc_id: str
    path: str
    quads: list[ox.Quad]
    battles: int
    warnings: list[str] = field(default_factory=list)
    validate_s: float = 0.0


@dataclass
class BuildResult:
    docs: list[DocResult]
    triples: int
    target: str


def collect_sources(paths: Iterable[str | Path]) -> list[Path]:
    """Expand PATHS: files as given, directories to their *.txt files (sorted). Errors name the path."""
    out: list[Path] = []
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            found = sorted(x for x in p.rglob("*.txt") if x.is_file())
            if not found:
                raise InputError(f"{raw}: directory holds no .txt files")
            out.extend(found)
        elif p.exists() or p.is_symlink():
            out.append(p)
        else:
            raise InputError(f"{raw}: no such file or directory")
    seen: dict[str, Path] = {}
    from kangzhan.text.read import doc_id_for

    for p in out:
        d = doc_id_for(p)
        if d in seen and seen[d].resolve() != p.resolve():
            raise InputError(f"{p}: same document id '{d}' as {seen[d]}; rename one of them")
        seen[d] = p
    return list(dict.fromkeys(out))


def process(src: SourceText, validate: bool = True) -> DocResult:
    """One decoded document → its quads, validated."""
    facts = extract(src)
    quads = to_quads(facts)
    t0 = time.perf_counter()
    if validate:
        violations = validate_quads(quads)
        if violations:
            raise ValidationFailed(
                f"{src.source_name}: the extracted graph violates the shapes ({len(violations)} problem(s))",
                format_report(violations, src.source_name),
            )
    return DocResult(src.doc_id, src.source_name, quads, len(facts.battles), list(src.warnings) + facts.warnings,
                     validate_s=time.perf_counter() - t0)


def process_paths(
    paths: list[Path], validate: bool = True, max_bytes: int = DEFAULT_MAX_BYTES, encoding: str | None = None,
    progress: Callable[[Path], None] | None = None,
) -> Iterator[DocResult]:
    for p in paths:
        src = read_source(p, max_bytes=max_bytes, encoding=encoding)
        yield process(src, validate)
        if progress:
            progress(p)


def ontology_quads() -> list[ox.Quad]:
    g = ox.NamedNode(ONTOLOGY_GRAPH)
    with open(ontology_path(), "rb") as fh:
        return [ox.Quad(t.subject, t.predicate, t.object, g) for t in ox.parse(fh, format=ox.RdfFormat.TURTLE)]


def write_file(docs: list[DocResult], out: Path) -> int:
    """Write the documents' quads to one file; the format follows the extension. Atomic (tmp + rename)."""
    fmt = FORMATS.get(out.suffix.lower())
    if fmt is None:
        raise KangzhanError(f"{out}: unknown output format; use one of {', '.join(sorted(FORMATS))}")
    quads = [q for d in docs for q in d.quads]
    items: list = quads if out.suffix.lower() in QUAD_FORMATS else sorted(
        {ox.Triple(q.subject, q.predicate, q.object) for q in quads}, key=str)
    tmp = out.with_name(f".{out.name}.tmp")
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        ox.serialize(items, str(tmp), format=fmt, **serialize_options(fmt))
        tmp.replace(out)
    except OSError as e:
        tmp.unlink(missing_ok=True)
        raise KangzhanError(f"{out}: cannot write ({e.strerror or e})") from None
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return len(items)


def write_store(docs: Iterable[DocResult], root: Path) -> BuildResult:
    """Load the documents and the ontology into a new store generation and swap it in atomically."""
    done: list[DocResult] = []
    n = 0
    with StoreBuild(root) as b:
        oq = ontology_quads()
        b.add(oq)
        n += len(oq)
        for d in docs:
            b.add(d.quads)
            n += len(d.quads)
            done.append(d)
        # LINK (issue 6): offline Wikidata links survive rebuilds
        from kangzhan.link.hook import refresh_links

        n += refresh_links(b)
        gen = b.commit()
    return BuildResult(done, n, str(gen))
