"""Find the line breaks of hard-wrapped text (PDF-to-text, OCR scans, e-mail), which cut words and sentences.

A page converted from print breaks its lines at a fixed width, wherever the line is full: inside a sentence, a
name (张\\n自忠) or a unit (第13师\\n团). Those breaks are no text: left in, they end sentences and cut names.
A document is hard-wrapped when most of its lines have one width (±1 for a half-width character); a
break is a wrap when its line has that width, ends inside a sentence (a Han character, a digit, a comma) and
the next line goes on (a Han character, a digit, a punctuation mark) without opening a numbered item or a
heading. Breaks after a short line (a heading, the end of a paragraph) stay. The breaks are dropped like
inline glosses (glosses.drop_spans), so offsets map back.
"""

from __future__ import annotations

import re
from collections import Counter

_MIN_WIDTH = 15  # narrower "widths" are lists and tables, not print
_END = re.compile(r"[\u3400-\u9fff0-9０-９，、；：]")  # a line cut inside a sentence ends so
_GOES_ON = re.compile(r"[\u3400-\u9fff0-9０-９，、。；：！？)）”」』]")  # and the next goes on so
_ITEM = re.compile(r"[一二三四五六七八九十0-9０-９]+[、.．)）]|第[一二三四五六七八九十0-9]+[章节部编卷篇]")


def find_wraps(text: str) -> list[tuple[int, int]]:
    """(start, end) of every wrapping line break of ``text`` (empty unless the text is hard-wrapped)."""
    if text.count("\n") < 3:
        return []
    lines: list[tuple[int, int]] = []  # (start, end) of each line, end before its break
    pos = 0
    for line in text.split("\n"):
        end = pos + len(line.rstrip("\r"))
        lines.append((pos, end))
        pos += len(line) + 1
    widths = Counter(e - s for s, e in lines if e - s >= _MIN_WIDTH)
    if not widths:
        return []
    width = max(widths, key=lambda w: (widths[w] + widths[w - 1], w))
    full = widths[width] + widths[width - 1]
    lines_with_text = sum(1 for s, e in lines if e > s)
    if full < 2 or 2 * full < lines_with_text:  # a page: most of its lines are full (not a table of a few long rows)
        return []
    out = []
    for (s, e), (ns, ne) in zip(lines, lines[1:], strict=False):
        if not width - 1 <= e - s <= width or ns >= ne:
            continue
        if _END.match(text, e - 1) and _GOES_ON.match(text, ns) and not _ITEM.match(text, ns):
            out.append((e, ns))  # the break (and a \r before it)
    return out
