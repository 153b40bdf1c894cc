"""A person's home is no battlefield: where a veteran lives, was born, comes from or settled (家住X, 祖籍X, 生于X,
定居X; 在X家中去世, X老家, 在X解甲归田) is told of his life, not of the fight. An obituary or an interview names these
places next to the battles he fought; they are no places of those battles. Only the mention so placed is dropped:
the same town named where the fight is told stays that battle's place.
"""

from __future__ import annotations

import re

from kangzhan.extract.mentions.base import Mention, in_sorted_spans

# a home word, then the places of the home up to the clause's end (家住云南X县Y镇)
_HOME_BEFORE = re.compile(r"(?:家住|住在|祖籍|籍贯|原籍|出生于|出生在|生于|老家在|定居(?:于|在)?|落户(?:于|在)?|故乡是|"
                          r"安家(?:于|在)?)(?P<where>[^，,。；;：:!！?？\n]{2,30})")
# a place, then a word of the home (X老家, 在X家中去世, 在X解甲归田, X的家中)
_HOME_AFTER = re.compile(r"(?:的)?(?:老家|家中|家乡|故乡|故居|解甲归田|定居|安家|落户|养老)")


def outside_homes(text: str, places: list[Mention]) -> list[Mention]:
    """The place mentions that name no one's home (see the module docstring)."""
    spans = [m.span("where") for m in _HOME_BEFORE.finditer(text)]
    starts = [a for a, _ in spans]  # sorted, disjoint (finditer)
    return [m for m in places if not (in_sorted_spans(spans, starts, m.start) or _HOME_AFTER.match(text, m.end))]
