"""The emitter writes N-Quads text itself: it must be what pyoxigraph writes for the same quads.

Literals carry every Unicode scalar value (escapes included), so the hand-written escaping is
checked against pyoxigraph's for each code point; and the seeds' graphs read back and written
again by pyoxigraph give the same bytes.
"""

from __future__ import annotations

import pyoxigraph as ox
import pytest
from helpers import SEED000, SEED002

from kangzhan.extract.model import Battle, DocumentFacts, Evidence, Person
from kangzhan.extract.pipeline import extract
from kangzhan.rdf.emit import to_nquads, to_quads
from kangzhan.text.read import read_source

CHUNK = 0x2000


def _all_chars() -> list[str]:
    """Every Unicode scalar value, in chunks (surrogates cannot be in a str that encodes to UTF-8)."""
    chars = [chr(o) for o in range(0x110000) if not 0xD800 <= o <= 0xDFFF]
    return ["".join(chars[i:i + CHUNK]) for i in range(0, len(chars), CHUNK)]


def _facts(texts: list[str]) -> DocumentFacts:
    """A document whose labels, sentences and mention texts are TEXTS."""
    ev = [Evidence(i, i + 1, t, sentence=t + "\"\\\n") for i, t in enumerate(texts)]
    persons = {f"人{i}": Person(f"人{i}", alt_labels={t}, titles={t}, evidence=[ev[i]]) for i, t in enumerate(texts)}
    return DocumentFacts("doc \"1\"\t", "名\r\n\\.txt", "ab" * 32, "utf-8", 7,
                         battles=[Battle("某战役", evidence=ev[0])], persons=persons)


def test_every_code_point_is_written_as_pyoxigraph_writes_it():
    texts = _all_chars()
    data = to_nquads(_facts(texts))
    quads = list(ox.parse(data, format=ox.RdfFormat.N_QUADS))
    assert ox.serialize(quads, format=ox.RdfFormat.N_QUADS) == data
    values = {q.object.value for q in quads if isinstance(q.object, ox.Literal)}
    assert set(texts) <= values  # read back as written: nothing lost or altered by the escaping
    assert "doc \"1\"\t" in values and "名\r\n\\.txt" in values


@pytest.mark.parametrize("seed", [SEED000, SEED002], ids=lambda p: p.stem)
def test_seed_graph_bytes_equal_pyoxigraph_serialisation(seed):
    facts = extract(read_source(seed))
    data = to_nquads(facts)
    quads = to_quads(facts)
    assert len(quads) == data.count(b"\n") > 100
    assert ox.serialize(quads, format=ox.RdfFormat.N_QUADS) == data
    assert [str(q) for q in quads] == sorted(str(q) for q in quads)  # sorted as the strings sort


def test_document_without_facts_has_its_document_node():
    data = to_nquads(DocumentFacts("empty", "empty.txt", "0" * 64, "utf-8", 0))
    assert len(list(ox.parse(data, format=ox.RdfFormat.N_QUADS))) == data.count(b"\n") == 6  # the document node
