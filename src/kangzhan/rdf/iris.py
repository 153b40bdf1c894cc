"""The one place that mints IRIs: from an entity's canonical key, so rebuilds are stable.

IRIs keep Chinese characters readable (they are IRIs, RFC 3987); ASCII characters that are not
safe in a path segment are percent-encoded.
"""

from __future__ import annotations

import hashlib
from functools import lru_cache

from kangzhan.rdf.namespaces import GRAPH, KZ, RES

_SAFE_ASCII = set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")


def _ucschar(o: int) -> bool:
    """RFC 3987 `ucschar`: the non-ASCII code points an IRI may hold unencoded (no U+FFFD, no private use)."""
    return (0xA0 <= o <= 0xD7FF or 0xF900 <= o <= 0xFDCF or 0xFDF0 <= o <= 0xFFEF
            or (0x10000 <= o <= 0xEFFFD and (o & 0xFFFF) <= 0xFFFD))


@lru_cache(maxsize=65536)  # the same names and document ids are minted over and over
def segment(text: str) -> str:
    """Encode one path segment: keep letters (incl. CJK) and unreserved ASCII, %-encode the rest."""
    out = []
    for ch in text:
        if ch in _SAFE_ASCII or (_ucschar(ord(ch)) and ch.isprintable() and not ch.isspace()):
            out.append(ch)
        else:
            out.extend(f"%{b:02X}" for b in ch.encode("utf-8"))
    return "".join(out) or "_"


def side_iri(side: str | None) -> str | None:
    return {"CN": KZ + "China", "JP": KZ + "Japan", "OTHER": KZ + "OtherSide"}.get(side or "")


def battle(name: str) -> str:
    return f"{RES}battle/{segment(name)}"


def unit(key: str, side: str | None) -> str:
    return f"{RES}unit/{side or 'unknown'}/{segment(key)}"


def person(name: str) -> str:
    return f"{RES}person/{segment(name)}"


def place(name: str) -> str:
    return f"{RES}place/{segment(name)}"


def document(doc_id: str) -> str:
    return f"{RES}document/{segment(doc_id)}"


def document_graph(doc_id: str) -> str:
    return f"{GRAPH}document/{segment(doc_id)}"


def short_hash(*parts: object) -> str:
    """A stable 12-hex-digit hash of the parts, for nodes that have no natural name."""
    h = hashlib.sha1("\x1f".join(map(str, parts)).encode("utf-8")).hexdigest()
    return h[:12]


@lru_cache(maxsize=65536)  # an entity is the target of several mentions (its evidence, each battle's link)
def target_hash(target: str) -> str:
    return short_hash(target)


def mention_prefix(doc_id: str) -> str:
    """A mention IRI up to its offsets (the emitter builds one document's mentions from it)."""
    return f"{RES}mention/{segment(doc_id)}/"


def mention(doc_id: str, start: int, end: int, target: str) -> str:
    return f"{mention_prefix(doc_id)}{start}-{end}-{target_hash(target)}"


def report(doc_id: str, battle_name: str, kind: str, side: str | None, start: int, category: str, count: int) -> str:
    tag = short_hash(battle_name, kind, side, start, category, count)
    return f"{RES}report/{segment(doc_id)}/{tag}"
