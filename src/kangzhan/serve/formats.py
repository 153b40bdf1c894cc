"""Result formats: content negotiation (Accept or format=) and serializers for query solutions.

`capped_solutions` serializes in Rust (Oxigraph's own serializers, no per-row Python work) and still
applies the row cap exactly: results go first to TSV, where one row is one line, so counting
newlines (in C) counts rows and the serializer is stopped as soon as the cap is passed; the kept
lines are then re-serialized natively in the requested format. The Python serializers below stay
for callers that hold rows as Python terms (the remote-store proxy).
"""

from __future__ import annotations

import io
import json
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING
from xml.sax.saxutils import escape, quoteattr

import pyoxigraph as ox

if TYPE_CHECKING:  # the worker processes import this module too; keep their start-up light
    from werkzeug.datastructures import MIMEAccept

RESULTS = {  # media type → short name
    "application/sparql-results+json": "json",
    "application/sparql-results+xml": "xml",
    "text/csv": "csv",
    "text/tab-separated-values": "tsv",
    "application/json": "json",
}
GRAPHS = {
    "text/turtle": ox.RdfFormat.TURTLE,
    "application/n-triples": ox.RdfFormat.N_TRIPLES,
    "application/ld+json": ox.RdfFormat.JSON_LD,
    "application/rdf+xml": ox.RdfFormat.RDF_XML,
    "application/trig": ox.RdfFormat.TRIG,
    "application/n-quads": ox.RdfFormat.N_QUADS,
    "text/plain": ox.RdfFormat.N_TRIPLES,
}
_RESULT_ALIASES = {"json": "application/sparql-results+json", "srj": "application/sparql-results+json",
                   "xml": "application/sparql-results+xml", "srx": "application/sparql-results+xml",
                   "csv": "text/csv", "tsv": "text/tab-separated-values"}
_GRAPH_ALIASES = {"ttl": "text/turtle", "turtle": "text/turtle", "nt": "application/n-triples",
                  "ntriples": "application/n-triples", "n-triples": "application/n-triples",
                  "jsonld": "application/ld+json", "json-ld": "application/ld+json", "json": "application/ld+json",
                  "rdfxml": "application/rdf+xml", "rdf": "application/rdf+xml", "xml": "application/rdf+xml",
                  "owl": "application/rdf+xml", "trig": "application/trig", "nq": "application/n-quads",
                  "nquads": "application/n-quads", "n-quads": "application/n-quads"}


class NotAcceptable(Exception):
    """No format both the client and the server accept (→ 406)."""


def choose(kind: str, accept: MIMEAccept, format_param: str | None) -> str:
    """The media type for a result of `kind` ('results' or 'graph'): format= wins over Accept."""
    table, aliases = (RESULTS, _RESULT_ALIASES) if kind == "results" else (GRAPHS, _GRAPH_ALIASES)
    default = "application/sparql-results+json" if kind == "results" else "text/turtle"
    if format_param:
        f = format_param.strip().lower()
        mime = aliases.get(f, f)
        if mime not in table:
            raise NotAcceptable(f"format={format_param!r} is not available for this query; "
                                f"use one of {', '.join(sorted(set(aliases)))}")
        return mime
    if not accept or not accept.values() or all(v in ("*/*", "") for v in accept.values()):
        return default
    best = accept.best_match([default, *table], default=None)
    if best is None:
        if any(v.startswith("text/html") for v in accept.values()) and accept.quality("*/*") == 0:
            return default  # a browser asking for HTML gets the default rather than an error
        raise NotAcceptable(f"none of the requested types ({accept}) can represent this result; "
                            f"available: {', '.join(table)}")
    return best


def term_json(t) -> dict:
    if isinstance(t, ox.NamedNode):
        return {"type": "uri", "value": t.value}
    if isinstance(t, ox.BlankNode):
        return {"type": "bnode", "value": t.value}
    if isinstance(t, ox.Literal):
        d = {"type": "literal", "value": t.value}
        if t.language:
            d["xml:lang"] = t.language
        elif t.datatype.value != "http://www.w3.org/2001/XMLSchema#string":
            d["datatype"] = t.datatype.value
        return d
    if isinstance(t, ox.Triple):
        return {"type": "triple", "value": {"subject": term_json(t.subject), "predicate": term_json(t.predicate),
                                            "object": term_json(t.object)}}
    return {"type": "literal", "value": str(t)}


def _term_xml(t) -> str:
    if isinstance(t, ox.NamedNode):
        return f"<uri>{escape(t.value)}</uri>"
    if isinstance(t, ox.BlankNode):
        return f"<bnode>{escape(t.value)}</bnode>"
    if isinstance(t, ox.Literal):
        if t.language:
            return f"<literal xml:lang={quoteattr(t.language)}>{escape(t.value)}</literal>"
        if t.datatype.value != "http://www.w3.org/2001/XMLSchema#string":
            return f"<literal datatype={quoteattr(t.datatype.value)}>{escape(t.value)}</literal>"
        return f"<literal>{escape(t.value)}</literal>"
    if isinstance(t, ox.Triple):
        return (f"<triple><subject>{_term_xml(t.subject)}</subject><predicate>{_term_xml(t.predicate)}"
                f"</predicate><object>{_term_xml(t.object)}</object></triple>")
    return f"<literal>{escape(str(t))}</literal>"


def _csv_cell(t) -> str:
    if t is None:
        return ""
    v = t.value if hasattr(t, "value") else str(t)
    if isinstance(t, ox.BlankNode):
        v = "_:" + v
    if any(c in v for c in ',"\r\n'):
        v = '"' + v.replace('"', '""') + '"'
    return v


def _tsv_cell(t) -> str:
    if t is None:
        return ""
    return str(t).replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")


def serialize_solutions(fmt: str, variables: Sequence[str], rows: Iterable[Sequence], chunk: int = 500
                        ) -> Iterator[bytes]:
    """Stream SELECT results (rows of terms or None, in `variables` order) as SPARQL JSON/XML/CSV/TSV."""
    batch: list[str] = []

    def flush() -> bytes:
        out = "".join(batch).encode("utf-8")
        batch.clear()
        return out

    if fmt == "json":
        batch.append('{"head":{"vars":' + json.dumps(list(variables)) + '},"results":{"bindings":[')
        for i, row in enumerate(rows):
            b = {v: term_json(t) for v, t in zip(variables, row, strict=True) if t is not None}
            batch.append(("," if i else "") + json.dumps(b, ensure_ascii=False))
            if len(batch) >= chunk:
                yield flush()
        batch.append("]}}\n")
    elif fmt == "xml":
        batch.append('<?xml version="1.0"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#"><head>')
        batch.extend(f"<variable name={quoteattr(v)}/>" for v in variables)
        batch.append("</head><results>")
        for row in rows:
            cells = "".join(f"<binding name={quoteattr(v)}>{_term_xml(t)}</binding>"
                            for v, t in zip(variables, row, strict=True) if t is not None)
            batch.append(f"<result>{cells}</result>\n")
            if len(batch) >= chunk:
                yield flush()
        batch.append("</results></sparql>\n")
    elif fmt == "csv":
        batch.append(",".join(variables) + "\r\n")
        for row in rows:
            batch.append(",".join(_csv_cell(t) for t in row) + "\r\n")
            if len(batch) >= chunk:
                yield flush()
    elif fmt == "tsv":
        batch.append("\t".join("?" + v for v in variables) + "\n")
        for row in rows:
            batch.append("\t".join(_tsv_cell(t) for t in row) + "\n")
            if len(batch) >= chunk:
                yield flush()
    else:
        raise ValueError(f"unknown results format {fmt}")
    yield flush()


def serialize_boolean(fmt: str, value: bool) -> bytes:
    v = "true" if value else "false"
    if fmt == "json":
        return ('{"head":{},"boolean":' + v + "}\n").encode()
    if fmt == "xml":
        return ('<?xml version="1.0"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#">'
                f"<head/><boolean>{v}</boolean></sparql>\n").encode()
    return f"{v}\n".encode()  # CSV/TSV have no boolean form; Oxigraph and Jena answer the bare word


NATIVE_RESULTS = {"json": ox.QueryResultsFormat.JSON, "xml": ox.QueryResultsFormat.XML,
                  "csv": ox.QueryResultsFormat.CSV, "tsv": ox.QueryResultsFormat.TSV}


class _LineCap(io.RawIOBase):
    """A sink for Oxigraph's TSV serializer that stops it (by failing the write) past `limit` lines."""

    def __init__(self, limit: int):
        self.parts: list[bytes] = []
        self.lines = 0
        self.limit = limit
        self.full = False

    def writable(self) -> bool:
        return True

    def write(self, b) -> int:
        if self.full:
            raise OSError("row cap reached")
        data = bytes(b)
        self.parts.append(data)
        self.lines += data.count(b"\n")
        if self.lines > self.limit:
            self.full = True
            raise OSError("row cap reached")
        return len(data)


class _RowCount(io.RawIOBase):
    """A sink for Oxigraph's JSON or XML results serializer that counts rows by a mark only the start of
    a row writes, and stops the serializer (by failing the write) past `limit` rows or when unsure.

    JSON (compact, as Oxigraph writes it): a row that binds something opens with `[{"` or `,{"`; a
    quote inside a string is always escaped, so no string holds these marks. An empty row `{}` could
    also be text inside a literal, so a body showing `{}` is "unsure" (the caller counts another way).
    XML: every row is `<result>`, and `<` is always escaped in text."""

    def __init__(self, fmt: str, limit: int):
        self.marks, self.head, self.ambiguous = _ROW_MARKS[fmt]
        self.keep = max(len(m) for m in self.marks) - 1
        self.parts: list[bytes] = []
        self.tail = b""
        self.rows = 0
        self.limit = limit
        self.stopped = False

    def writable(self) -> bool:
        return True

    def write(self, b) -> int:
        if self.stopped:
            raise OSError("row count stopped")
        data = bytes(b)
        window = self.tail + data
        if not self.parts and not data.startswith(self.head):  # not the layout the marks rely on
            self.stopped = True
        self.parts.append(data)
        for mark in self.marks:
            self.rows += window.count(mark)
        self.tail = window[-self.keep:]
        if self.rows > self.limit or (self.ambiguous and self.ambiguous in window):
            self.stopped = True
        if self.stopped:
            raise OSError("row count stopped")
        return len(data)


_ROW_MARKS = {"json": ((b'[{"', b',{"'), b'{"head":{"vars":[', b"{}"),
              "xml": ((b"<result>",), b"<?xml", b"")}


def capped_solutions(solutions: ox.QuerySolutions, fmt: str, cap: int | None,
                     rerun: Callable[[], ox.QuerySolutions] | None = None) -> tuple[bytes, bool]:
    """(body in `fmt`, truncated?) for SELECT results, at most `cap` rows (None: no cap), all in Rust.

    JSON and XML (given `rerun`, which evaluates the query again): serialized directly, rows counted
    on the way (`_RowCount`); a result past the cap, or one the count cannot be sure of, is evaluated
    again and counted through TSV, as the other formats are. TSV has one header line and one line per
    row (newlines in literals are escaped), so a body of cap + 2 lines or more means the cap was
    passed; the serializer stops there, so a huge result is neither evaluated nor held past the cap.
    Evaluation errors surface as OSError / ValueError.
    """
    target = NATIVE_RESULTS[fmt]
    if cap is None:
        return solutions.serialize(format=target), False
    if fmt in _ROW_MARKS and rerun is not None:
        counter = _RowCount(fmt, cap)
        try:
            solutions.serialize(counter, format=target)
        except OSError:
            if not counter.stopped:
                raise
        if not counter.stopped:
            return b"".join(counter.parts), False
        solutions = rerun()
    sink = _LineCap(cap + 1)
    try:
        solutions.serialize(sink, format=ox.QueryResultsFormat.TSV)
    except OSError:
        if not sink.full:
            raise
    tsv = b"".join(sink.parts)
    if sink.full:  # keep the header and the first `cap` rows
        tsv = b"\n".join(tsv.split(b"\n", cap + 1)[:cap + 1]) + b"\n"
    if fmt == "tsv":
        return tsv, sink.full
    parsed = ox.parse_query_results(tsv, format=ox.QueryResultsFormat.TSV)
    return parsed.serialize(format=target), sink.full
