"""Find the bibliographic apparatus of a scholarly text: footnote lines and parenthesized citations.

A monograph or an article ends its pages with notes ("[1] 《缅甸作战》，中华书局1982年版，第88页。") and cites
inline ("（《抗日战争正面战场》，1987年版，第1452页）"); a book reprinting a document ends with its catalogue record
("X文集/某某主编.-北京:某某出版社,1992"). They are no account of the war: a publication year read
as a date dates the battle to 1987, a book titled after a campaign becomes a battle, a page number a figure.
A note line opens with a footnote mark and cites a publication (出版社, 年版, 第N页 …); an inline citation is a
bracket holding a book title and such a cue. Both are dropped like inline glosses (glosses.drop_spans), so the
offsets of everything else map back to the original.
"""

from __future__ import annotations

import re

_MARK = r"(?:\[\d{1,3}\]|［\d{1,3}］|〔\d{1,3}〕|【\d{1,3}】|[①-⑳]|注\s*\d{0,3}\s*[:：])"
_CUE = r"(?:出版社|书局|书店|年版|年第\s*\d+\s*期|第\s*\d+\s*[页卷册期]|\d+\s*页|[Pp]{1,2}\.\s*\d+)"
_NOTE_LINE = re.compile(rf"^[ \t\u3000]*{_MARK}[^\n]*{_CUE}[^\n]*$", re.M)
# a library catalogue record (书名/主编.-出版地:出版者,年): the edition's seat and year are no account either
_CATALOGUE = re.compile(r"^[^\n]*[/／][^\n]*[.．]\s*[-—–]{1,2}\s*[\u4e00-\u9fff]{2,6}\s*[:：][^\n]*"
                        r"(?:出版社|书局|书店|出版公司)[^\n]*$", re.M)
_INLINE = re.compile(rf"[(（][^()（）\n]{{0,80}}《[^》\n]{{1,40}}》[^()（）\n]{{0,80}}{_CUE}[^()（）\n]{{0,40}}[)）]")


def find_references(text: str) -> list[tuple[int, int]]:
    """(start, end) of every footnote line and parenthesized citation of ``text``, in order, disjoint."""
    spans = [m.span() for m in _CATALOGUE.finditer(text)] if "/" in text or "／" in text else []
    if "《" not in text and not any(c in text for c in "[［〔【①注"):
        return spans
    spans += [m.span() for m in _NOTE_LINE.finditer(text) if not any(a <= m.start() < b for a, b in spans)]
    spans += [m.span() for m in _INLINE.finditer(text)
              if not any(a <= m.start() < b for a, b in spans)]
    return sorted(spans)
