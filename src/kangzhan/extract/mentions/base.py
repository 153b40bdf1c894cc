"""The Mention record shared by all finders, and the text spans several finders step over.

Offsets index the normalized text, which has the same length as the original text (the text
layer guarantees it), so they are also offsets into the original.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Mention:
    kind: str  # battle, unit, person, place, date, figure, number, title, side_cue, bracket …
    start: int
    end: int
    text: str  # the normalized surface form
    value: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)


# 《一号作战之一:河南会战》, 据《缅甸作战》记载: a cited work's title names no place and no battle of the account
_BOOK_TITLE = re.compile(r"《[^《》\n]{1,60}》")


# the kinds of place that are settlements (the place finder's kinds): what a fight the text does not name is named after
SETTLEMENT_KINDS = ("city", "county", "town", "village")


# a battle's name put in title marks as in quotation marks, in a record of battles (参加了《A战役》、《B会战》): a list
# of two or more such names after a verb of taking part, in one clause; no book's title (著有《A战役》、《B会战》)
_NAME_IN_TITLE_MARKS = "《[^《》\n]{2,16}?(?:会战|战役|战斗|抗战|保卫战|大捷|之战|之役)》"
_RECORDED_TITLES = re.compile(r"(?:参加|参与|经历|亲历|历经|转战)[了过]?[^《》。;；\n]{0,12}?"
                              rf"(?P<list>{_NAME_IN_TITLE_MARKS}(?:[^《》。;；,，\n]{{1,10}}?{_NAME_IN_TITLE_MARKS})+)")


def book_titles(text: str) -> list[tuple[int, int]]:
    """(start, end) of every 《》 title of a book, an article or a film in ``text``, in order; not the battle names
    of a record that uses the marks as quotes (参加了1938年的《A战役》和《B会战》)."""
    if "《" not in text:
        return []
    spans = [t.span() for t in _BOOK_TITLE.finditer(text)]
    named = [r.span("list") for r in _RECORDED_TITLES.finditer(text)]
    return [t for t in spans if not any(a <= t[0] < b for a, b in named)] if named else spans


def in_spans(spans: list[tuple[int, int]], pos: int) -> bool:
    """pos lies in one of the (start, end) spans, end excluded; for the few spans of one text (a linear scan)."""
    return any(a <= pos < b for a, b in spans)


def in_sorted_spans(spans: list[tuple[int, int]], starts: list[int], pos: int) -> bool:
    """pos lies in one of the sorted, disjoint (start, end) spans, end excluded; ``starts`` are their starts (a
    bisect: for spans found by one finditer over a whole text, checked for every mention)."""
    i = bisect_right(starts, pos) - 1
    return i >= 0 and pos < spans[i][1]


def sentence_index(sentences: Sequence[tuple[int, int]]) -> Callable[[int], int | None]:
    """A look-up of the sentence (its index) a position lies in, or None in the gap between two sentences (a
    bisect over their starts; sentences sorted and disjoint, end excluded)."""
    starts = [s for s, _ in sentences]

    def sent_of(pos: int) -> int | None:
        i = bisect_right(starts, pos) - 1
        return i if i >= 0 and pos < sentences[i][1] else None
    return sent_of


def inside_span(spans: list[tuple[int, int]], pos: int) -> bool:
    """pos lies strictly inside one of the sorted, disjoint spans."""
    i = bisect_right(spans, (pos, len(spans) + pos)) - 1
    return i >= 0 and spans[i][0] < pos < spans[i][1]
