"""Facts → quads in the document's named graph. Deterministic: same facts, same quads, same order.

The emitter writes N-Quads terms as UTF-8 bytes (IRIs in <>, literals quoted and escaped as
pyoxigraph writes them; each distinct term encoded once): one document's N-Quads is then a sort and
a join of byte strings (`to_nquads`), with no per-quad Python object. `to_quads` parses those bytes
once where objects are needed (SHACL, the store).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

import pyoxigraph as ox

from kangzhan.extract.model import Battle, DateValue, DocumentFacts, Evidence, Figure
from kangzhan.gcpause import gc_paused
from kangzhan.rdf import iris
from kangzhan.rdf.namespaces import DCT, KZ, PROV, RDF, RDFS, SKOS, XSD
from kangzhan.rdf.vocab import echelon_iri, figure_category_iri, place_type_iri, qualifier_iri

# N-Quads escapes of a literal's characters, exactly as pyoxigraph serialises them (tests/test_emit_nquads
# checks every code point): ECHAR for \b \t \n \f \r " \\, UCHAR for the other C0 controls, DEL,
# and the noncharacters U+FFFE/U+FFFF.
_ECHAR = {"\b": "\\b", "\t": "\\t", "\n": "\\n", "\f": "\\f", "\r": "\\r", '"': '\\"', "\\": "\\\\"}
_ESCAPES = {o: _ECHAR.get(chr(o), f"\\u{o:04X}") for o in (*range(0x20), 0x22, 0x5C, 0x7F, 0xFFFE, 0xFFFF)}
_NEEDS_ESCAPE = re.compile("[" + re.escape("".join(map(chr, _ESCAPES))) + "]")


@lru_cache(maxsize=65536)  # labels and sentences recur: one sentence backs every mention read in it
def _quoted(text: str) -> bytes:
    """TEXT as an N-Quads string literal, quotes included."""
    if _NEEDS_ESCAPE.search(text):
        text = text.translate(_ESCAPES)
    return f'"{text}"'.encode()


@lru_cache(maxsize=65536)  # an entity's IRI recurs in every mention that refers to it
def _n(iri: str) -> bytes:
    """An IRI as an N-Quads term."""
    return f"<{iri}>".encode()


_TYPE = _n(RDF + "type")
_LABEL = _n(RDFS + "label")
_ALT = _n(SKOS + "altLabel")
_DERIVED = _n(PROV + "wasDerivedFrom")
_INTEGER = f"^^<{XSD}integer>"
_FALSE = f'"false"^^<{XSD}boolean>'.encode()


def _kz(local: str) -> bytes:
    node = _KZ_NODES.get(local)
    if node is None:
        node = _KZ_NODES[local] = _n(KZ + local)
    return node


_KZ_NODES: dict[str, bytes] = {}  # the vocabulary's few dozen terms, written once
_MENTION_TERMS = tuple(map(_kz, ("Mention", "inDocument", "startOffset", "endOffset", "surfaceText", "sentence",
                                   "refersTo", "context")))  # _Emitter.mention's terms, built once


def _zh(text: str) -> bytes:
    return _quoted(text) + b"@zh"


def _int(value: int) -> bytes:
    return f'"{int(value)}"{_INTEGER}'.encode()


def _str(text: str) -> bytes:
    return _quoted(text)


MAX_SENTENCE = 400  # characters of a sentence kept as provenance (a window around the span beyond that)


def sentence_window(ev: Evidence) -> str:
    """The evidence's sentence, or a window of it around the span when the sentence is very long.

    Without the cap, a text with no sentence breaks (one huge line) stores the whole text once per
    mention: quadratic memory (a 0.2M-character line took >20 GB).
    """
    sent = ev.sentence
    if len(sent) <= MAX_SENTENCE:
        return sent
    rel = ev.start - ev.sentence_start
    if not (0 <= rel <= len(sent) and sent.startswith(ev.text, rel)):
        rel = max(sent.find(ev.text), 0)
    margin = max((MAX_SENTENCE - len(ev.text)) // 2, 0)
    lo = max(rel - margin, 0)
    hi = min(max(rel + len(ev.text) + margin, lo + MAX_SENTENCE), len(sent))
    lo = max(min(lo, hi - MAX_SENTENCE), 0)
    return ("…" if lo > 0 else "") + sent[lo:hi] + ("…" if hi < len(sent) else "")


def date_literal(d: DateValue) -> bytes:
    dt = {"year": "gYear", "month": "gYearMonth", "day": "date"}[d.precision]
    return _quoted(d.iso) + f"^^<{XSD}{dt}>".encode()


class _Emitter:
    """Collects one document's quads as N-Quads lines (UTF-8) without the closing " ." (str(quad) of pyoxigraph)."""

    def __init__(self, facts: DocumentFacts):
        self.f = facts
        self.graph = _n(iris.document_graph(facts.doc_id))
        self.doc = _n(iris.document(facts.doc_id))
        self.quads: dict[bytes, None] = {}  # insertion-ordered set
        # mention(): the IRI up to its offsets, and each quad's predicate … graph tail, built once per document
        self._mention_iri = b"<" + iris.mention_prefix(facts.doc_id).encode()
        g = self.graph
        mention_t, in_doc, start_p, end_p, surface_p, sentence_p, refers_p, context_p = _MENTION_TERMS
        self._m_fixed = b" " + b" ".join((_TYPE, mention_t, g))
        self._m_doc = b" " + b" ".join((in_doc, self.doc, g))
        self._m_start = b" " + start_p + b' "'
        self._m_end = b" " + end_p + b' "'
        self._m_int_tail = b'"' + _INTEGER.encode() + b" " + g
        self._m_surface = b" " + surface_p + b" "
        self._m_sentence = b" " + sentence_p + b" "
        self._m_refers = b" " + refers_p + b" "
        self._m_context = b" " + context_p + b" "
        self._g_tail = b" " + g
        self._written: dict[tuple, bytes] = {}  # mention(): (evidence's fields, targets) → its IRI

    def add(self, s: bytes, p: bytes, o: bytes) -> None:
        self.quads[b" ".join((s, p, o, self.graph))] = None

    def labels(self, node: bytes, label: str, alts: Iterable[str]) -> None:
        self.add(node, _LABEL, _zh(label))
        for a in sorted(set(alts) - {label}):
            if a:
                self.add(node, _ALT, _zh(a))

    def mention(self, ev: Evidence, targets: Iterable[str], context: str | None = None) -> bytes:
        # the hottest writer (~8 quads per mention, thousands of mentions): the quads go straight into
        # self.quads as the concatenation of the mention's IRI and tails prebuilt in __init__, the same
        # lines as self.add (subject, predicate, object and graph joined by single spaces)
        targets = tuple(targets)
        quads, gt = self.quads, self._g_tail
        key = (ev.start, ev.end, ev.text, ev.sentence, ev.sentence_start, targets)  # all the quads below read
        m = self._written.get(key)
        if m is not None:  # the same evidence for the same targets again (a unit's first mention, then its
            # battle's link): its quads are in already, all but the context
            if context:
                quads[m + self._m_context + _n(context) + gt] = None
            return m
        m = self._written[key] = \
            self._mention_iri + f"{ev.start}-{ev.end}-{iris.target_hash('|'.join(targets))}>".encode()
        quads[m + self._m_fixed] = None
        quads[m + self._m_doc] = None
        quads[m + self._m_start + str(ev.start).encode() + self._m_int_tail] = None
        quads[m + self._m_end + str(ev.end).encode() + self._m_int_tail] = None
        quads[m + self._m_surface + _quoted(ev.text) + gt] = None
        if ev.sentence:
            quads[m + self._m_sentence + _quoted(sentence_window(ev)) + gt] = None
        refers = m + self._m_refers
        for t in targets:
            quads[refers + _n(t) + gt] = None
        if context:
            quads[m + self._m_context + _n(context) + gt] = None
        return m

    def document(self) -> None:
        f = self.f
        self.add(self.doc, _TYPE, _kz("Document"))
        self.add(self.doc, _LABEL, _str(f.source_name))
        self.add(self.doc, _n(DCT + "identifier"), _str(f.doc_id))
        self.add(self.doc, _kz("sha256"), _str(f.sha256))
        self.add(self.doc, _kz("encoding"), _str(f.encoding))
        self.add(self.doc, _kz("charCount"), _int(f.length))

    def entities(self) -> None:
        f = self.f
        for key in sorted(f.units, key=lambda k: (k[0], k[1] or "")):
            u = f.units[key]
            iri = iris.unit(u.key, u.side)
            node = _n(iri)
            self.add(node, _TYPE, _kz("MilitaryUnit"))
            self.labels(node, u.label or u.key, {*u.alt_labels, u.key} if u.label else u.alt_labels)
            if u.side:
                self.add(node, _kz("side"), _n(iris.side_iri(u.side)))
            ech = echelon_iri(u.echelon)
            if ech:
                self.add(node, _kz("echelon"), _n(ech))
            if u.number is not None:
                self.add(node, _kz("unitNumber"), _int(u.number))
            for mod in u.modifiers:
                self.add(node, _kz("modifier"), _zh(mod))
            if u.parent and u.parent in f.units:
                self.add(node, _kz("subUnitOf"), _n(iris.unit(*u.parent)))
            self.add(node, _DERIVED, self.doc)
            for ev in u.evidence[:1]:
                self.mention(ev, [iri])
        for name in sorted(f.persons):
            p = f.persons[name]
            iri = iris.person(p.name)
            node = _n(iri)
            self.add(node, _TYPE, _kz("Person"))
            self.labels(node, p.name, p.alt_labels)
            if p.side:
                self.add(node, _kz("side"), _n(iris.side_iri(p.side)))
            for t in sorted(p.titles):
                self.add(node, _kz("title"), _zh(t))
            self.add(node, _DERIVED, self.doc)
            for ev in p.evidence[:1]:
                self.mention(ev, [iri])
        for name in sorted(f.places):
            pl = f.places[name]
            node = _n(iris.place(pl.name))
            self.add(node, _TYPE, _kz("Place"))
            self.labels(node, pl.name, pl.alt_labels)
            pt = place_type_iri(pl.kind)
            if pt:
                self.add(node, _kz("placeType"), _n(pt))
            self.add(node, _DERIVED, self.doc)
        for c in self.f.commands:
            if c.unit not in f.units or c.person not in f.persons:
                continue
            p, u = iris.person(c.person), iris.unit(*c.unit)
            self.add(_n(p), _kz("commands"), _n(u))
            if c.evidence:
                self.mention(c.evidence, [p, u])

    def battle(self, b: Battle, known: set[str]) -> None:
        ctx = iris.battle(b.name)
        node = _n(ctx)
        self.add(node, _TYPE, _kz("Battle"))
        self.labels(node, b.name, b.alt_labels)
        if b.start:
            self.add(node, _kz("startDate"), date_literal(b.start))
            if b.start.note:
                self.add(node, _kz("startNote"), _zh(b.start.note))
        if b.end:
            self.add(node, _kz("endDate"), date_literal(b.end))
            if b.end.note:
                self.add(node, _kz("endNote"), _zh(b.end.note))
        if not b.named_in_text:
            self.add(node, _kz("namedInText"), _FALSE)
        if b.part_of and b.part_of != b.name:
            parent = _n(iris.battle(b.part_of))
            self.add(node, _kz("partOf"), parent)
            if b.part_of not in known:  # a parent named only in passing is still a battle
                self.add(parent, _TYPE, _kz("Battle"))
                self.add(parent, _LABEL, _zh(b.part_of))
        self.add(node, _DERIVED, self.doc)
        if b.evidence:
            self.mention(b.evidence, [ctx])
        for name, ev in b.places:
            if name in self.f.places:
                target = iris.place(name)
                self.add(node, _kz("location"), _n(target))
                self.mention(ev, [target], ctx)
        for ident, ev in b.units:
            if ident in self.f.units:
                target = iris.unit(*ident)
                self.add(node, _kz("participant"), _n(target))
                self.mention(ev, [target], ctx)
        for name, ev in b.commanders:
            if name in self.f.persons:
                target = iris.person(name)
                self.add(node, _kz("commander"), _n(target))
                self.mention(ev, [target], ctx)
        for fig in b.figures:
            self.figure(b, ctx, fig)

    def figure(self, b: Battle, battle_iri: str, fig: Figure) -> None:
        start = fig.evidence.start if fig.evidence else -1
        report = iris.report(self.f.doc_id, b.name, fig.kind, fig.side, start, fig.category, fig.count)
        r = _n(report)
        self.add(_n(battle_iri), _kz(fig.kind), r)
        cls = "CasualtyReport" if fig.kind == "casualties" else "StrengthReport"
        self.add(r, _TYPE, _kz(cls))
        self.add(r, _kz("count"), _int(fig.count))
        self.add(r, _kz("qualifier"), _n(qualifier_iri(fig.qualifier)))
        self.add(r, _kz("figureKind"), _n(figure_category_iri(fig.category if fig.kind == "casualties" else "strength")))
        if fig.side:
            self.add(r, _kz("side"), _n(iris.side_iri(fig.side)))
        if fig.stated:
            self.add(r, _kz("statedAs"), _zh(fig.stated))
        if fig.evidence:
            for ev in (fig.evidence, *fig.also):
                m = self.mention(ev, [report], battle_iri)
                self.add(r, _DERIVED, m)
        else:
            self.add(r, _DERIVED, self.doc)


@gc_paused()  # no reference cycles in the emitter's garbage: see kangzhan.gcpause
def to_nquads(facts: DocumentFacts) -> bytes:
    """One document as N-Quads bytes, in its own named graph, lines sorted for byte-stable output.

    The same bytes as pyoxigraph's serialisation of `to_quads(facts)`: the lines are str(quad) + " .",
    sorted as those strings sort (UTF-8 byte order is code point order).
    """
    e = _Emitter(facts)
    e.document()
    e.entities()
    known = {b.name for b in facts.battles}
    for b in facts.battles:
        e.battle(b, known)
    return b" .\n".join(sorted(e.quads)) + b" .\n"


def to_quads(facts: DocumentFacts) -> list[ox.Quad]:
    """All quads for one document, in its own named graph, sorted for byte-stable output."""
    return list(ox.parse(to_nquads(facts), format=ox.RdfFormat.N_QUADS))
