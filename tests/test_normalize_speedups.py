"""normalize's fast first steps give exactly what the plain code gives: _fold_width is str.translate with the
width table, _any_converted is "not disjoint from the T→S characters", on the manifest texts and random mixes
(full-width forms, convertible Traditional characters, astral characters, lone surrogates, chunk borders)."""

from __future__ import annotations

import json
import random
from pathlib import Path

from kangzhan.text import normalize as N

ROOT = Path(__file__).resolve().parents[1]


def _pool() -> list[str]:
    width = N._tables()[0]
    return ([chr(c) for c in sorted(width)[:2000]] + sorted(N._converted_chars())[:2000]
            + [chr(c) for c in range(0x4E00, 0x4E00 + 2000)] + list("ab ,.\n") + ["\ud800", "\U00020000", "\uffff"])


def test_same_as_translate_and_isdisjoint(monkeypatch):
    width, conv = N._tables()[0], N._converted_chars()
    rnd, pool = random.Random(7), _pool()
    monkeypatch.setattr(N, "_CHUNK", 5)  # several chunks per string: a hit in any of them counts
    for _ in range(3000):
        s = "".join(rnd.choice(pool) for _ in range(rnd.randrange(0, 30)))
        assert N._fold_width(s) == s.translate(width), repr(s)
        assert N._any_converted(s) == (not conv.isdisjoint(s)), repr(s)


def test_same_on_manifest_texts():
    width, conv = N._tables()[0], N._converted_chars()
    docs = json.loads((ROOT / "tests/data/dev/manifest.json").read_text(encoding="utf-8"))["documents"]
    for d in docs:
        t = (ROOT / d["text"]).read_bytes().decode("utf-8", "replace")
        folded = N._fold_width(t)
        assert folded == t.translate(width), d["id"]
        assert N._any_converted(folded) == (not conv.isdisjoint(folded)), d["id"]
