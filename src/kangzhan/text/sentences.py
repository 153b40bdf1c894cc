"""Split text into sentences, keeping offsets.

Public API:

    split_sentences(text: str) -> list[tuple[int, int]]
        (start, end) spans, end exclusive, covering the non-blank sentences in order. A sentence ends
        after 。！？；!?; (and a closing quote/bracket right after it) or at a line break; never inside
        (), （）, [], 【】, 《》, 「」, “” — an order of battle in brackets stays one sentence, though a
        line break always ends one, and so does an end mark more than 400 characters after an unclosed
        bracket (OCR'd text may leave one open). Leading/trailing
        whitespace is trimmed from each span; blank spans are dropped.
"""

from __future__ import annotations

import re

_OPEN = "(（[【《「『“"
_CLOSE = ")）]】》」』”"
# the breaks and brackets: r"[。！？；!?;]+[”’」』)）]*|\r\n|\n|\r|[(（\[【《「『“)）\]】》」』”]", written as one character
# of all of them followed by what each alternative adds after it (its first characters are disjoint), so that
# the engine looks for that character class in C instead of trying the alternatives at every position
_BREAK = re.compile(r"[。！？；!?;\r\n(（\[【《「『“)）\]】》」』”](?:(?<=[。！？；!?;])[。！？；!?;]*[”’」』)）]*|(?<=\r)\n|)")
_MAX_BRACKET = 400  # an unclosed bracket (OCR) stops protecting its sentence after this many characters
_SPACE = " \t\u3000\r\n"


def _trim(text: str, start: int, end: int, out: list[tuple[int, int]]) -> None:
    while start < end and text[start] in _SPACE:
        start += 1
    while end > start and text[end - 1] in _SPACE:
        end -= 1
    if end > start:
        out.append((start, end))


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans of ``text`` (see the module docstring)."""
    out: list[tuple[int, int]] = []
    start = 0
    depth = 0
    opened = 0
    for m in _BREAK.finditer(text):
        tok = m.group(0)
        c = tok[0]
        if c in _OPEN and len(tok) == 1:
            if not depth:
                opened = m.start()
            depth += 1
            continue
        if c in _CLOSE and len(tok) == 1:
            depth = max(0, depth - 1)
            continue
        if c in "\r\n":
            depth = 0
            _trim(text, start, m.start(), out)
            start = m.end()
            continue
        if depth and m.start() - opened <= _MAX_BRACKET:
            continue
        depth = 0
        _trim(text, start, m.end(), out)
        start = m.end()
    _trim(text, start, len(text), out)
    return out
