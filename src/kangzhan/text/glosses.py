"""Find and drop inline pinyin glosses, keeping a map back to the original offsets.

Educational texts print the reading of a character right after it: "臺(tái)兒莊戰(zhàn)役", "時(shí)間". The
parenthesized syllable is no text: left in, it cuts every name it stands in. A gloss is a bracket holding one
lower-case Latin syllable (1-6 letters with a vowel, tone marks allowed, optionally a tone digit 1-6, and a space a
copying site may leave before the closing bracket: "(duì )", "(jun1 )") right after a Han character. A
capitalised word (Myitkyina, NAHPAW), a longer word or a bracket after Latin text stays.
"""

from __future__ import annotations

import re

_VOWELS = "aeiouüāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
# the bracket first, the Han character before it a lookbehind over it (= (?<=[Han])[(（]…): re scans for the bracket in C
_GLOSS = re.compile(rf"[(（](?<=[\u3400-\u9fff][(（])(?=[a-z{_VOWELS}]{{0,5}}[{_VOWELS}])"
                    rf"[a-z{_VOWELS}]{{1,6}}[1-6]? ?[)）]")


# a gloss whose character and opening bracket a copying site turned into one "?" (题写?zhàn)名, 守?cái)约): the
# "?" is no question mark ending a sentence, the syllable and its bracket no text; both go (the character is lost)
# (with a tone mark: a bare "a)" after a question is a list's item)
_TONED = _VOWELS[6:]
_HEADLESS = re.compile(rf"[?？](?<=[\u3400-\u9fff][?？])(?=[a-z{_VOWELS}]{{0,5}}[{_TONED}])"
                       rf"[a-z{_VOWELS}]{{1,6}}[1-6]? ?[)）]")


def find_glosses(text: str) -> list[tuple[int, int]]:
    """(start, end) of every pinyin gloss in ``text``, a headless one (see _HEADLESS) too."""
    if "(" not in text and "（" not in text and ")" not in text and "）" not in text:
        return []
    spans = [m.span() for m in _GLOSS.finditer(text)]
    if "?" in text or "？" in text:
        spans += [m.span() for m in _HEADLESS.finditer(text)]
        spans.sort()
    return spans


def drop_spans(text: str, spans: list[tuple[int, int]]) -> tuple[str, list[int]]:
    """``text`` without ``spans`` (sorted by start; they may overlap) and, for every index of the result plus
    its end, the index in ``text``."""
    parts: list[str] = []
    offsets: list[int] = []
    pos = 0
    for a, b in spans:
        if b <= pos:
            continue  # inside a span dropped already
        a = max(a, pos)
        parts.append(text[pos:a])
        offsets.extend(range(pos, a))
        pos = b
    parts.append(text[pos:])
    offsets.extend(range(pos, len(text)))
    offsets.append(len(text))
    return "".join(parts), offsets


def original_span(offsets: list[int], start: int, end: int) -> tuple[int, int]:
    """The span of the original text for [start, end) of the text drop_spans returned: a gloss right after
    the span's last character stays outside it."""
    return offsets[start], (offsets[end - 1] + 1 if end > start else offsets[end])
