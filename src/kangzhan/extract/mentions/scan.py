"""Anchor-first scans: the matches of a whole-text pattern, found by first looking for a rare anchor.

A pattern that may start on almost any Chinese character (a name of 2-3 Han characters before a unit,
a count before a cue) makes the regex engine try a match at every position of the text. Its matches all
hold a rarer anchor (a numeral right before an echelon word, a cue after 人), which a literal-led pattern
finds quickly. These helpers give exactly the matches of the original pattern, in the same order:

- ``lookahead_matches``: for a zero-width pattern (one lookahead) that finditer reports at every position
  where it holds; tried only in the ranges of positions the anchors allow.
- ``segment_finditer``: for a pattern whose matches never hold a stop (punctuation, a line break, a
  comma that is no thousands separator …); finditer of the original pattern over just the stretches
  between stops that hold an anchor.
  A stretch includes the stop that closes it, so a one-character lookahead at a match's end sees what it
  saw in the whole text; lookbehinds see the whole text anyway.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterator, Sequence


def lookahead_matches(pattern: re.Pattern, text: str, anchor: re.Pattern,
                      window: Callable[[re.Match], tuple[int, int, int]]) -> Iterator[re.Match]:
    """pattern.finditer(text) for a pattern that matches the empty string at each position it holds
    (a lookahead only). window(a) = (lo, hi, end) for each match a of anchor: the positions in [lo, hi)
    where the pattern may hold because of a, whose lookahead reads no further than end; every position
    where the pattern holds is in such a range (a later anchor's range may start lower: those positions
    were tried already)."""
    done = 0  # positions before this were tried
    for a in anchor.finditer(text):
        lo, hi, end = window(a)
        lo = max(lo, done)
        if lo >= hi:
            continue
        for m in pattern.finditer(text, lo, min(end, len(text))):
            if m.start() >= hi:
                break
            yield m
        done = hi


def segment_finditer(pattern: re.Pattern, text: str, anchor: re.Pattern, cuts: Sequence[int],
                     need: re.Pattern | None = None,
                     keep: Callable[[re.Match], bool] | None = None) -> Iterator[re.Match]:
    """pattern.finditer(text) for a pattern none of whose matches holds a stop (``cuts``: the stops'
    positions in text, ascending), each of whose matches overlaps an anchor match for which ``keep`` (if
    given) holds (anchor matches hold no stop either) and, if given, holds a match of ``need``; its
    lookaheads look at most one character past a match's end."""
    done = 0  # text before this was scanned (or holds no anchor)
    for a in anchor.finditer(text):
        p = a.start()
        if p < done or (keep is not None and not keep(a)):
            continue
        k = bisect_left(cuts, p)
        s = max(done, cuts[k - 1] + 1 if k else 0)
        e = cuts[k] + 1 if k < len(cuts) else len(text)
        if need is None or need.search(text, s, e):
            yield from pattern.finditer(text, s, e)
        done = e
