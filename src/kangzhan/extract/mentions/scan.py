"""Anchor-first scans: the matches of a whole-text pattern, found by first looking for a rare anchor.

A pattern that may start on almost any Chinese character (a name of 2-3 Han characters before a unit,
a count before a cue) makes the regex engine try a match at every position of the text. Its matches all
hold a rarer anchor (a numeral right before an echelon word, a cue after 人), which a literal-led pattern
finds quickly. These helpers give exactly the matches of the original pattern, in the same order:

- ``lookahead_matches``: for a zero-width pattern (one lookahead) that finditer reports at every position
  where it holds; tried only in the ranges of positions the anchors allow.
- ``han_run_finditer``: for a pattern without lookarounds whose matches are Han characters only, each
  holding an anchor (a force word, a unit suffix) near its start; finditer of the original pattern over
  the runs of Han characters that hold an anchor, from a few characters before the first anchor.
- ``near_anchor_finditer``: for a pattern whose every match starts a few characters before an anchor (a rank
  before 为); the pattern is tried (``match``) only at those positions.
- ``run_anchor_finditer``: for a pattern whose every match is a run of some characters (a count's) right
  before an anchor (a verb of holding); the pattern is tried only in those runs.
- ``starts_at_finditer``: for a pattern whose every match starts at an anchor (a side word, a count after a
  comma); the pattern is tried only there.
- ``occurrences``: the spans of a word (a name) as re.finditer(re.escape(word), text) gives them, by str.find
  (no pattern compiled per name: re's cache of 512 patterns turns over on texts with many names).
- ``starts_after_one_of``: the starts of "one of some characters, then a word" (、薛岳), found by str.find
  of the word.
- ``literal_led``: an alternation whose alternatives open with a character class written as one alternative per
  character, so that every alternative opens with a literal and re scans for their first characters in C.
- ``segment_finditer``: for a pattern whose matches never hold a stop (punctuation, a line break, a
  comma that is no thousands separator …); finditer of the original pattern over just the stretches
  between stops that hold an anchor.
  A stretch includes the stop that closes it, so a one-character lookahead at a match's end sees what it
  saw in the whole text; lookbehinds see the whole text anyway.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Container, Iterator, Sequence


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


_HAN_RUN = re.compile("[\u4e00-\u9fff]*")


def han_run_finditer(pattern: re.Pattern, text: str, anchor: re.Pattern, reach: int) -> Iterator[re.Match]:
    """pattern.finditer(text) for a pattern with no lookaround whose every match is non-empty, consists of Han
    characters (U+4E00-U+9FFF) only and holds a position where ``anchor`` (Han characters too) matches, at most
    ``reach`` characters after the match's start. A match lies in one run of Han characters: only the runs
    holding an anchor are scanned, each from ``reach`` characters before the first anchor finditer reports in
    it (no match can start earlier in the run: an occurrence finditer skips overlaps a reported one that starts
    before it) to the run's end (which no match passes)."""
    done = 0  # the runs before this were scanned
    for a in anchor.finditer(text):
        p = a.start()
        if p < done:
            continue
        end = _HAN_RUN.match(text, p).end()
        yield from pattern.finditer(text, max(done, p - reach), end)
        done = max(end, p + 1)


def _matches_from(pattern: re.Pattern, text: str, q: int, stop: int) -> Iterator[re.Match]:
    """The matches finditer would report starting in [q, stop): ``match`` at q, q+1 … until one holds, then on
    from its end. Every match must be non-empty."""
    while q < stop:
        m = pattern.match(text, q)
        if m is None:
            q += 1
            continue
        yield m
        q = m.end()


def near_anchor_finditer(pattern: re.Pattern, text: str, anchor: re.Pattern, reach: int) -> Iterator[re.Match]:
    """pattern.finditer(text) for a pattern whose every match is non-empty and starts at most ``reach``
    characters before a position where ``anchor`` matches (and not after it). Every such position is visited
    (``anchor.search`` from the one after the last, so overlapping anchors count too), and the pattern is
    tried with ``match`` at x - reach … x, in order, from the end of the last match: finditer tries the same
    positions and finds nothing elsewhere. Lookarounds see the whole text, as in finditer."""
    pos = 0  # the end of the last match, or past the positions tried: no match starts before it
    a = anchor.search(text)
    while a is not None:
        x = a.start()
        for m in _matches_from(pattern, text, max(pos, x - reach), x + 1):
            yield m
            pos = m.end()
        pos = max(pos, x + 1)
        a = anchor.search(text, pos)  # an anchor before pos opens no later match


def run_anchor_finditer(pattern: re.Pattern, text: str, anchor: re.Pattern, inner: Container[str]) -> Iterator[re.Match]:
    """pattern.finditer(text) for a pattern whose every match starts before a position x where ``anchor``
    matches, with every character from the match's start up to x in ``inner`` or whitespace (a count right
    before 坚守: its characters, then the word). At each anchor (``anchor.search`` from the one after the last,
    so overlapping anchors count too) the run of such characters ending there is found, and the pattern is
    tried with ``match`` at each of its positions, in order, from the end of the last match: finditer tries the
    same positions and finds nothing elsewhere. Lookarounds see the whole text, as in finditer."""
    pos = 0  # the end of the last match: no match starts before it
    a = anchor.search(text)
    while a is not None:
        x = a.start()
        q = x
        while q > pos and (text[q - 1] in inner or text[q - 1].isspace()):
            q -= 1
        for m in _matches_from(pattern, text, q, x):
            yield m
            pos = m.end()
        a = anchor.search(text, max(pos, x + 1))  # an anchor before pos ends no run a later match starts in


def starts_at_finditer(pattern: re.Pattern, text: str, anchor: re.Pattern, opens: Container[str] = ()) -> Iterator[re.Match]:
    """pattern.finditer(text) for a pattern whose every match is non-empty and starts where ``anchor`` matches, or
    right after an anchor match that is one of ``opens`` (a comma, before the count it opens). The anchors are
    visited left to right (``anchor.search`` from the one after the last, so overlapping ones count too) and the
    pattern is tried with ``match`` at each such start from the end of the last match: finditer tries the same
    positions and finds nothing elsewhere. Lookarounds see the whole text, as in finditer."""
    pos = 0  # the end of the last match: no match starts before it
    a = anchor.search(text)
    while a is not None:
        x = a.end() if a.group() in opens else a.start()
        if x >= pos:
            m = pattern.match(text, x)
            if m is not None:
                yield m
                pos = m.end()
        a = anchor.search(text, max(a.start() + 1, pos - 1))  # pos - 1: an opening character right before pos


def occurrences(text: str, word: str) -> list[tuple[int, int]]:
    """[m.span() for m in re.finditer(re.escape(word), text)]: the non-overlapping occurrences of word, leftmost
    first (each search from the end of the last)."""
    if not word:
        return [(i, i) for i in range(len(text) + 1)]
    out = []
    n = len(word)
    i = text.find(word)
    while i != -1:
        out.append((i, i + n))
        i = text.find(word, i + n)
    return out


def starts_after_one_of(text: str, chars: str, word: str) -> list[int]:
    """[m.start() for m in re.finditer(f"[{chars}]" + re.escape(word), text)] for a non-empty word: its
    occurrences (str.find, overlapping ones too) preceded by one of chars, leftmost first, none overlapping the
    last match taken, as finditer takes them."""
    if not word:
        return [m.start() for m in re.finditer(f"[{re.escape(chars)}]", text)]
    out: list[int] = []
    free = 0  # the end of the last match
    i = text.find(word, 1)
    while i != -1:
        if i - 1 >= free and text[i - 1] in chars:
            out.append(i - 1)
            free = i + len(word)
        i = text.find(word, i + 1)
    return out


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


_LEADING_CLASS = re.compile(r"\[([^\]\\^-]+)\]")


def literal_led(alternation: str) -> str:
    """The pattern ``alternation`` (alternatives at its top level, separated by |) with each alternative that opens
    with a plain character class ([东南西北]岸) written as one alternative per character, in the class's place
    (东岸|南岸|西岸|北岸): the same matches in the same order, since at a position at most one of them can open. re
    computes the characters a match can start with only when every alternative opens with a literal; else it tries
    the pattern at every position of the text."""
    out, depth, start, i = [], 0, 0, 0
    while i <= len(alternation):
        c = alternation[i] if i < len(alternation) else "|"
        if c == "\\":
            i += 2
            continue
        if c == "[":
            i = alternation.index("]", i + 2) + 1
            continue
        depth += c == "("
        depth -= c == ")"
        if c == "|" and depth == 0:
            alt = alternation[start:i]
            lead = _LEADING_CLASS.match(alt)
            out += [ch + alt[lead.end():] for ch in lead.group(1)] if lead else [alt]
            start = i + 1
        i += 1
    return "|".join(out)
