"""Text → DocumentFacts. The entry point of extraction (placeholder: battle names and first dates).

The real pipeline (normalize → sentences → mentions → resolve → facts) replaces the body of
`extract`; its signature is the contract used by the CLI, the build and the tests.
"""

from __future__ import annotations

import re

from kangzhan.extract.model import Battle, DateValue, DocumentFacts, Evidence
from kangzhan.text.read import SourceText

_BATTLE = re.compile(r"[\u4e00-\u9fff·]{2,10}?(?:会战|战役|保卫战|大捷|抗战|事变)")
_DATE = re.compile(r"(19[34]\d)年(?:(\d{1,2})月(?:(\d{1,2})日)?)?")


def _date(m: re.Match) -> DateValue:
    y, mo, d = m.group(1), m.group(2), m.group(3)
    if d:
        return DateValue(f"{y}-{int(mo):02d}-{int(d):02d}")
    if mo:
        return DateValue(f"{y}-{int(mo):02d}")
    return DateValue(y)


def extract(src: SourceText) -> DocumentFacts:
    """Extract the facts of one document."""
    facts = DocumentFacts(src.doc_id, src.source_name, src.sha256, src.encoding, len(src.text),
                          warnings=list(src.warnings))
    seen: dict[str, Battle] = {}
    for m in _BATTLE.finditer(src.text):
        name = m.group(0)
        if name in seen:
            continue
        b = Battle(name, evidence=Evidence(m.start(), m.end(), name))
        d = _DATE.search(src.text, m.end(), m.end() + 200)
        if d:
            b.start = _date(d)
        seen[name] = b
    facts.battles = list(seen.values())
    return facts
