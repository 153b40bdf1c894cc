"""Find the anti-copy "jamming" strings of forum reposts, to drop them with offsets kept (see glosses.drop_spans).

Discuz! forums hide a random string in every line break of a post (``<font class="jammer">`` or a hidden
``<span>``); a copied post keeps it as visible noise: "! C/ l, ]8 u* }. I, n( `1 k7月28日", "$ ]" L. m' F. C. Z0 a$ p13军".
Left in, it glues letters to dates and unit numbers, and its brackets pair with the text's own: "n(" before
"第29军…,132师" and a ")" two lines on made 132师 a part of 第29军.

The generator (Discuz! X ``jammer()`` in source/function/function_discuzcode.php) writes 5-15 pairs
``chr(mt_rand(32, 59)).' '.chr(mt_rand(63, 126))``: c1 from ASCII 0x20-0x3B (space, punctuation, digits), a space,
c2 from 0x3F-0x7E (letters, ?@[\\]^_`{|}~); older versions write the pairs without the space. Read as
space-separated tokens: an optional leading c1, then tokens of one c2 and at most one c1 ("f#", "t8", "U*"; "D"
where c1 was a space). The string ends with a c2, so digits glued after it ("k7月", "p13军", "\\1937年") are the
text's. A run counts as jamming only with at least five tokens (pairs) of which three mix a c2 with a
punctuation or digit c1: words, initials (U. S. A.), unit codes (N38D, Ⅱ/55iR/18D), URLs and ASCII dates are
single tokens or have no such run, and stay.
"""

from __future__ import annotations

import re

_C1 = r"[!-;]"  # 0x21-0x3B: punctuation and digits (the space of the range is the separator)
_C2 = r"[?-~]"  # 0x3F-0x7E: letters and ?@[\]^_`{|}~
# after it: a space, the line's end, a non-ASCII character or digits glued to one (the text's number: 7月, 13军,
# and a list's "2,热河抗战" with its comma folded to ASCII)
_AFTER = r"(?=\s|$|[^\x00-\x7f]|[0-9]+[.,:;)]?[^\x00-\x7f])"
# not inside an ASCII word; an optional leading c1; tokens " c2[c1]"; the last one a bare c2 …
_SPACED = rf"(?: ?{_C1})?(?: {_C2}{_C1}?){{3,}} {_C2}"
# … or, unspaced (older versions): c1 c2 pairs, at least five
_GLUED = rf"(?:{_C1}{_C2}){{5,}}"
_JAM = re.compile(rf"(?<![!-~])(?:{_SPACED}|{_GLUED}){_AFTER}", re.M)
_MIXED = re.compile(rf"(?<= ){_C2}{_C1}(?= )")
_GLUED_MIXED = re.compile(rf"(?<={_C2})[!-/:;](?={_C2})")  # a punctuation c1 between two c2: "a;Z"
_MIN_MIXED = 3


def _is_jam(s: str) -> bool:
    if " " in s:
        return len(_MIXED.findall(s + " ")) >= _MIN_MIXED
    return len(_GLUED_MIXED.findall(s)) >= _MIN_MIXED


def find_jamming(text: str) -> list[tuple[int, int]]:
    """(start, end) of every jamming string in ``text`` (see the module docstring)."""
    if not (_MIXED.search(text) or _GLUED_MIXED.search(text)):
        return []  # no token of the kind at all: most texts
    return [m.span() for m in _JAM.finditer(text) if _is_jam(m.group())]
