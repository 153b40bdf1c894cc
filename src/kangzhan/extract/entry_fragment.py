"""The fight a list of reference-book entries opens with when the copy starts in the middle of an entry.

A list of entries heads each fight by a line naming it (X战斗 / X(region)战斗), then its account until the next
heading. A copy cut out of such a list may begin inside an entry whose heading was lost: the sentences before the
first heading then tell that entry's fight, which the text never names. When they tell fighting and close on one
fight's result (此次战斗…毙伤, 此役…), they are one fight of their own, named after its site: the place retaken or
taken (收复了X, 攻克X), else the settlement the sentences name most, else the site of their first action.
"""

from __future__ import annotations

import re

from kangzhan.extract.implied import FIGHTING, action_site, implied_mention
from kangzhan.extract.local_entries import _NOT_SITE
from kangzhan.extract.mentions.base import SETTLEMENT_KINDS, Mention
from kangzhan.extract.mentions.places import village_or_kind

# one fight referred back to as a whole (此次战斗, 这次战斗, 此役, 此战): an account's result, no period's tally
_ONE_FIGHT_BACK = re.compile(r"(?:此次|这次|本次|该次|这场|此一?)[\u4e00-\u9fff]{0,3}?(?:战斗|战|役)|是役|此仗")
# what may stand before a heading's name on its line: a list's number (3、, (二), 三.) or a Markdown mark
_ITEM_NUMBER = re.compile(r"[\s#]*(?:[0-9]{1,3}[、.．]|[一二三四五六七八九十]{1,3}[、.．]|[(（][一二三四五六七八九十0-9]{1,3}[)）])?\s*")
# the site retaken or taken (收复了X, 攻克X, 夺回X): where the fight was decided
_TAKEN = re.compile(r"(?:收复|克复|夺回|光复|攻克|攻占|攻下)了?")
_SENTENCE_END = re.compile(r"[。！？!?]")
# the object of such a verb, a short name closed by the clause's end or a list's mark (收复了X。 收复X、Y等地)
_OBJECT = re.compile(r"([\u4e00-\u9fff]{2,5})(?=[，,。；;、!！]|等地)")


def _entry_heads(text: str, battles: list[Mention]) -> list[int]:
    """The starts of the heading lines that name a fight alone on their line."""
    out = []
    for m in battles:
        if not m.value.get("heading") or m.value.get("title"):
            continue
        a = text.rfind("\n", 0, m.start) + 1
        b = text.find("\n", m.end)
        b = len(text) if b < 0 else b
        if text[_ITEM_NUMBER.match(text, a).end():b].strip() == m.text:
            out.append(a)
    return out


def opening_fragment(text: str, sentences: list[tuple[int, int]], labels: list[str | None],
                     places: list[Mention], battles: list[Mention]) -> tuple[Mention, list[int]] | None:
    """(the coined fight, its sentence indices) of the account a list of fight entries opens with before its first
    heading (see the module's note), or None."""
    heads = _entry_heads(text, battles)
    if len(heads) < 2:
        return None  # one heading: a title over its account, no list
    first = min(heads)
    run = []
    for k, (s, e) in enumerate(sentences):
        if e > first:
            break
        if labels[k] is not None:
            return None  # a named fight before the list: no cut-off entry
        a = text.rfind("\n", 0, s) + 1
        b = text.find("\n", s)
        line = text[a:len(text) if b < 0 else b]
        if not _SENTENCE_END.search(line):
            continue  # a title or a section's heading (1940年战绩): no sentence of the account
        run.append(k)
    if not run:
        return None
    a, b = sentences[run[0]][0], sentences[run[-1]][1]
    if not _ONE_FIGHT_BACK.search(text, a, b) or not FIGHTING.search(text, a, b):
        return None
    inside = [m for m in places if a <= m.start < b]
    site = _site(text, a, b, inside)
    if site is None:
        return None
    name = site.value.get("name", site.text)
    if any(name in (m.value.get("name") or "") for m in battles):
        return None  # the fight at that site has its own entry
    m = implied_mention(site, "战斗", coined=True)
    m.value["site"] = site
    return m, run


def _site(text: str, a: int, b: int, inside: list[Mention]) -> Mention | None:
    for t in _TAKEN.finditer(text, a, b):
        hit = next((m for m in inside if m.start == t.end()), None)
        if hit is not None:
            return hit
        obj = _OBJECT.match(text, t.end())  # a village no gazetteer holds (收复了X。): the object itself
        if obj is not None and not _NOT_SITE.search(obj.group(1)):
            return village_or_kind(obj.start(1), obj.end(1), obj.group(1))
    towns: dict[str, list[Mention]] = {}
    for m in inside:
        if m.value.get("kind") in SETTLEMENT_KINDS:
            towns.setdefault(m.value.get("name", m.text), []).append(m)
    ranked = sorted(towns.values(), key=len, reverse=True)
    if ranked and len(ranked[0]) >= 2 and (len(ranked) == 1 or len(ranked[0]) > len(ranked[1])):
        return ranked[0][0]
    return action_site(text, inside)
