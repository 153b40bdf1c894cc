"""A battle the text is about but never names (an excerpt of a longer account): when no battle is named
but in passing (the place of each named battle occurs once: 与第三次长沙会战相似),
a text that reads as a battle account (several units, fighting words) and is centred on one settlement
(named at least four times and at least twice as often as any other) is taken to be about the battle of
that place. Its name is the place + the battle word the text uses most (会战, else 战役/作战), as Chinese
historiography names campaigns after their central city (常德会战, 长沙会战)."""

from __future__ import annotations

import re
from collections import Counter

from kangzhan.extract.facts import _stem
from kangzhan.extract.mentions.base import Mention

_FIGHTING = re.compile(r"进攻|攻击|激战|围攻|突围|增援|驰援|包围|歼灭|阵地|伤亡|巷战|血战|反攻")
_SETTLEMENT = ("city", "county", "town", "village")
_WORDS = ("会战", "战役", "作战")


def implied_battle(text: str, places: list[Mention], units: list, battles: list[Mention],
                   min_count: int = 4) -> Mention | None:
    """A battle mention (on the first occurrence of the central place) or None."""
    named = {m.value["name"] for m in battles if m.value.get("name")}
    if any(text.count(_stem(n) or n) > 1 for n in named) or len(units) < 3 or len(_FIGHTING.findall(text)) < 3:
        return None
    counts: Counter[str] = Counter()
    first: dict[str, Mention] = {}
    for m in places:
        name = m.value.get("name", m.text)
        if m.value.get("kind") in _SETTLEMENT:
            counts[name] += 1
            first.setdefault(name, m)
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < min_count or (len(ranked) > 1 and ranked[0][1] < 2 * ranked[1][1]):
        return None
    place = ranked[0][0]
    if any(place in n for n in named):
        return None
    word = max(_WORDS, key=lambda w: (text.count(w), -_WORDS.index(w)))
    m = first[place]
    return Mention("battle", m.start, m.end, m.text, {"name": place + word, "implied": True})
