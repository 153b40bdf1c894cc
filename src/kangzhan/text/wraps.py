"""Find the line breaks of hard-wrapped text (PDF-to-text, OCR scans, e-mail), which cut words and sentences.

A page converted from print breaks its lines at a fixed width, wherever the line is full: inside a sentence, a
name (张\\n自忠) or a unit (第13师\\n团). Those breaks are no text: left in, they end sentences and cut names.
A document is hard-wrapped when most of its lines have one width (±1 for a half-width character); a
break is a wrap when its line has that width, ends inside a sentence (a Han character, a digit, a comma) and
the next line goes on (a Han character, a digit, a punctuation mark) without opening a numbered item or a
heading. Breaks after a short line (a heading, the end of a paragraph) stay. The breaks are dropped like
inline glosses (glosses.drop_spans), so offsets map back.

A page that mixes Han characters with half-width digits and punctuation (a forum post, a GB e-mail wrapped at 72
columns) has no width in characters: "死伤15000余" and "死伤共一万二" fill the same line. There the width is
counted in columns (a Han character or a full-width mark two, an ASCII one one), and a full line is one within a
few columns of the page width (a wide character that did not fit, a mark held back from a line's start).
"""

from __future__ import annotations

import re
from collections import Counter

_MIN_WIDTH = 15  # narrower "widths" are lists and tables, not print
_MIN_COLUMNS = 40  # the same in columns, for a page counted in columns
_COLUMN_SLACK = 5  # a line of a page counted in columns is full within this many columns of the page width
_END = re.compile(r"[\u3400-\u9fff0-9０-９，、；：,;:]")  # a line cut inside a sentence ends so
_GOES_ON = re.compile(r"[\u3400-\u9fff0-9０-９，、。；：！？)）”」』,.;:!?]")  # and the next goes on so
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
    out = _breaks_of_full_lines(text, lines, [e - s for s, e in lines], _MIN_WIDTH, 1)
    if out is None and not text.isascii():  # no page in characters: perhaps one in columns
        out = _breaks_of_full_lines(text, lines, [_columns(text[s:e]) for s, e in lines], _MIN_COLUMNS, _COLUMN_SLACK)
    return out or []


def _columns(line: str) -> int:
    """Display width of ``line``: two columns a non-ASCII (Han, full-width) character, one an ASCII one."""
    return 2 * len(line) - len(line.encode("ascii", "ignore"))


def _breaks_of_full_lines(text: str, lines: list[tuple[int, int]], widths: list[int], least: int,
                          slack: int) -> list[tuple[int, int]] | None:
    """The wrapping breaks after the full lines of ``lines`` (whose widths are ``widths``): a full line is within
    ``slack`` of the page width, the width (of at least ``least``) that most lines reach; none unless most lines
    with text are full (None: no page at all)."""
    counts = Counter(w for w in widths if w >= least)
    if not counts:
        return None

    def filled(w: int) -> int:
        return sum(counts[v] for v in range(w - slack, w + 1))

    width = max(counts, key=lambda w: (filled(w), w))
    full = filled(width)
    lines_with_text = sum(1 for (s, e), w in zip(lines, widths, strict=False) if w > 0 and not text[s:e].isspace())  # a
    # line of spaces only (the blank line of a double-spaced page that kept its margin) holds no text
    if full < 2 or 2 * full < lines_with_text:  # a page: most of its lines are full (not a table of a few long rows)
        return None
    out = []
    for i, ((_s, e), w) in enumerate(zip(lines, widths, strict=False)):
        if not width - slack <= w <= width or not _END.match(text, e - 1):
            continue
        ns = _next_text(text, lines, i + 1)
        if ns is not None and _GOES_ON.match(text, ns) and not _ITEM.match(text, ns):
            out.append((e, ns))  # the break (and a \r before it, the blank line and indentation after it)
    return out


def _next_text(text: str, lines: list[tuple[int, int]], i: int) -> int | None:
    """Where the text of the line after a full one starts: past its indentation and past at most one blank line
    (a flipbook or PDF text layer double-spaces its lines and keeps the page's left margin as spaces)."""
    for blank, (s, e) in enumerate(lines[i:i + 2]):
        line = text[s:e]
        if line.strip():
            return s + len(line) - len(line.lstrip())
        if blank:
            return None
    return None
