"""An atrocity is no battle: the guard every coiner of unnamed fights shares.

A text about a massacre (X大屠杀, X惨案, X血案) tells the enemy entering the place, killing and burning, perhaps a
brief exchange of fire: words of fighting enough for a coiner (the fallback, a page title, a local action inside a
campaign) to make a fight of the place (X战斗). When the place a fight would be coined at is the place of an
atrocity the text names and the text tells no fighting apart from it (fewer than MIN_OTHER_FIGHTS fighting
stretches without a word of the atrocity), no fight is coined there.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from kangzhan.extract.mentions.base import Mention
from kangzhan.extract.mentions.scan import occurrences

# an atrocity named after its place (南京大屠杀, 平顶山惨案, X血案) and the words that tell one: a massacre, no battle
ATROCITY_NAME = re.compile(r"大屠杀|屠城|惨案|血案|惨剧")
ATROCITY = re.compile(r"屠杀|惨案|血案|屠城|惨剧|杀害|杀戮|残杀|遇难|遇害|罹难|暴行|罪行|奸淫|烧杀")
MIN_OTHER_FIGHTS = 2  # fighting stretches that tell no atrocity: the text tells a fight as well


def atrocity_at(text: str, place: str, sentences: list[tuple[int, int]]) -> bool:
    """``place`` (a name as the text writes it) names an atrocity of the text (X大屠杀, X惨案; 平顶山村 → 平顶山惨案)
    and the text's sentences tell fewer than MIN_OTHER_FIGHTS fighting stretches without a word of an atrocity."""
    stems = {place, re.sub(r"(?<=..)[村县市镇]$", "", place)}
    if not any(ATROCITY_NAME.match(text, e) for s in stems for _, e in occurrences(text, s)):
        return False
    # imported here: fight_content needs local_action, which needs this module
    from kangzhan.extract.fight_content import fighting_stretches

    fights = fighting_stretches(text, sentences, []) if sentences else []
    return sum(1 for k in fights if not ATROCITY.search(text, *sentences[k])) < MIN_OTHER_FIGHTS


def outside_atrocities(text: str, sentences: list[tuple[int, int]], places: list[Mention],
                       battles: list[Mention]) -> list[Mention]:
    """The place mentions without those of an atrocity the text names after its place (X大屠杀, X惨案) in the sentences
    that tell it (攻入X城之后,开始疯狂的杀戮; 在X大屠杀中,大量平民…被杀害): a lesson or a survey tells the massacre after
    the campaign it followed, and the town of the massacre is none of the campaign's places. A place in the name of a
    battle of the text (X保卫战 told before X大屠杀) is left alone: the fight there is told too."""
    if not ATROCITY_NAME.search(text):
        return places
    fought = [m.value["name"] for m in battles if m.value.get("name") and not ATROCITY_NAME.search(m.value["name"])]
    starts = [s for s, _ in sentences]
    out = []
    for m in places:
        stem = m.value.get("short") or m.value.get("name", m.text)
        k = bisect_right(starts, m.start) - 1
        if k >= 0 and m.start < sentences[k][1] and ATROCITY.search(text, *sentences[k]) \
                and not any(stem in n for n in fought) \
                and any(ATROCITY_NAME.match(text, e) for _, e in occurrences(text, stem)):
            continue
        out.append(m)
    return out
