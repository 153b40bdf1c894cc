"""Where a text's fighting is, read from its content whatever its layout (prose, caption lines, list items).

The coiners of a fight the text never names each key on a shape (a page title, 扼守X, 来参加X会战, a day-led line);
a genre of another shape falls through all of them. This reads the text the same way whatever its shape: each
stretch (a sentence; a caption line or a list item is one, the sentence splitter breaks on lines) is scored for
fighting — its fighting words (进攻, 伏击, 坚守, 歼灭 …, outside quoted speech, drill and battle names) and whether a
side (日军, 伪军, 守军, 八路军, 民兵 …) acts in it. The place the fighting is about is the settlement, pass or
height the fighting stretches attack, defend or fight at (攻X, 向X进攻, 守X, 在X作战, X阵地, X失守) and keep naming,
not where a force came from or went to (由X出发, 调往X); when the fighting stretches name no place, the place the
narrative set them in (the last one named in the stretches just before). A battle named once, in a stretch that
tells no fighting of its own (1940年在X保卫战被俘: a career's look back), accounts for none of the text's fighting.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter

from kangzhan.extract.facts import written_years
from kangzhan.extract.fight_places import COMBAT, moved
from kangzhan.extract.local_action import REFERENCED
from kangzhan.extract.mentions.base import Mention
from kangzhan.extract.mentions.scan import literal_led

# the words of fighting: an attack, a defence, a clash, its outcome (fight_places' words of combat), and those a story
# or a caption uses (反击, 开火, 突破城墙, 强渡, 入城, 伏击圈, 杀出, a militia's 地雷 …)
FIGHT = re.compile(COMBAT.pattern + r"|反击|反抗|还击|开火|开枪|开炮|射击|扫射|对射|交锋|枪声|枪响|机枪|手榴弹|刺刀|白刃|"
                   r"突破|强渡|入城|攻城|破城|进犯|窜犯|侵占|杀出|冲杀|伏击圈|包围圈|埋伏|围困|炸死|毙|俘虏|歼|打退|击溃|"
                   r"地道战|村落战|游击战|地雷战|地雷|踩响|破袭|扫荡|轰击|围剿|打响|杀伤|"
                   # villagers' fights told in a family or village story: surrounding stragglers, killing them
                   r"围击|围打|群起围|打死|打伤|缴获|缴了|缴下")
# a side acting in the stretch: the enemy, the defenders, a force of either side (fights._FIGHTER: the opponent only)
SIDE = re.compile(literal_led(r"日军|日寇|日伪|倭寇|鬼子|伪军|日本兵|日兵|[败残散]寇|讨伐队|皇协军|敌(?:军|人|寇|兵)?|守军|我军|国军|中国军队|八路军|新四军|红军|游击队|民兵|"
                  r"自卫队|县大队|区小队|武工队|支队|部队|联队|师团|旅团|大队|中队|小队|骑兵|步兵|炮兵"))
# drill, not fighting (射击演练); quoted speech (a plan, a boast: "这回不光要打")
_DRILL = re.compile(r"演练|训练|演习|操练")
_QUOTE = re.compile(r"“[^”]{7,400}”|「[^」]{7,400}」")  # speech, not a scare-quoted word (“扫荡”)
# a place the fighting is about: the object of an attack or a defence, where the fight is (在X作战), its positions,
# its loss (X阵地, X失守), a move against it (向X进攻, 进至X)
_AT_BEFORE = re.compile(r"(?:攻|打|袭|守|围|夺|取|占|克|扑|犯|逼|抵|向|对|朝)(?:了|击|打|入|进|占|陷|领|取|回|卫)?\s*$")
_AT_AFTER = re.compile(r"(?:村|镇|城|县城)?(?:的)?(?:阵地|战场|据点|守军|失守|沦陷|陷落|失陷|之战|之围|攻防|保卫|激战|血战|作战|"
                       r"战斗|进攻|攻击|猛攻|进犯|埋伏圈|伏击圈|[初首]战)")
# the kinds of place a fight is named after (a river only as the setting of a fight that names no other place)
_NAMESAKE = ("city", "county", "town", "village", "mountain", "pass", "fort", "airfield", "station", "island")
_SETTING = (*_NAMESAKE, "river")
_SUFFIX = re.compile(r"(?<=..)(?:村|县|市)$")  # 北疃村 → 北疃, 罗山县 → 罗山: the name as a text writes it
_MIN_SCORE = 2  # a fighting stretch: two signs (two fighting words, or one and a side)
_LOOK_BACK = 3  # how many stretches before the first fighting one may set the scene


def fighting_stretches(text: str, sentences: list[tuple[int, int]], battles: list[Mention]) -> list[int]:
    """The indices of the stretches that tell fighting (see the module docstring)."""
    quoted = [m.span() for m in _QUOTE.finditer(text)]
    skip = sorted([*quoted, *((m.start, m.end) for m in battles if m.value.get("name"))])
    out = []
    for k, (s, e) in enumerate(sentences):
        words = {m.group() for m in FIGHT.finditer(text, s, e)
                 if not _inside(skip, m.start()) and not _DRILL.search(text, m.end(), min(e, m.end() + 5))}
        if not words:
            continue
        side = any(not _inside(skip, m.start()) for m in SIDE.finditer(text, s, e))
        if len(words) + side >= _MIN_SCORE:
            out.append(k)
    return out


def fought_place(text: str, sentences: list[tuple[int, int]], places: list[Mention], fighting: list[int],
                 avoid: set[str] = frozenset(), narrow: bool = False) -> tuple[Mention | None, bool]:
    """The place the fighting stretches are about: the one with the highest score (place_scores), at least 2 and
    above any other; else (narrow: a text that names no battle) the narrower-than-county place they name most
    (_narrowest_scored); else the place the narrative set its first fighting in. Its first mention in a fighting
    stretch, and whether several places scored alike (then no one of them is the place)."""
    if not fighting:
        return None, False
    score, first = place_scores(text, sentences, places, fighting, avoid)
    ranked = score.most_common(2)
    if ranked and ranked[0][1] >= _MIN_SCORE and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
        return first[ranked[0][0]], False
    if len(ranked) > 1 and ranked[0][1] >= _MIN_SCORE:
        return None, True  # the fighting names several places alike: no one of them is its place
    return (_narrowest_scored(text, score, first) if narrow else None) \
        or _setting(sentences, places, fighting[0], avoid), False


def fought_village(text: str, sentences: list[tuple[int, int]], places: list[Mention], fighting: list[int],
                   avoid: set[str] = frozenset()) -> Mention | None:
    """The place narrower than a county the fighting stretches name most, if one is (see _narrowest_scored)."""
    return _narrowest_scored(text, *place_scores(text, sentences, places, fighting, avoid)) if fighting else None


# the enemy as the subject of what happened at the place (日军在X杀了…, 敌人在X修碉堡): its own act there, an atrocity
# or a garrison's, which tells no fight at X by itself
_ENEMY_AT = re.compile(r"(?:日军|日寇|日伪军?|敌人|敌军|鬼子|伪军)(?:又|就|便|曾|也|常|经常)?[在于]\s*$")


def _narrowest_scored(text: str, score: Counter[str], first: dict[str, Mention]) -> Mention | None:
    """Of the places the fighting stretches name, none often enough to be the place: the one narrower than a county
    (a village, a height, a post) they name most, if one is (赶到X村,看见日寇就开枪 in a story that names the county
    the enemy came from: the fight is the village's, not that of the scene set before the fighting)."""
    narrow = Counter({n: c for n, c in score.items() if first[n].value.get("kind") in NARROW_KINDS
                      and not _ENEMY_AT.search(text, max(0, first[n].start - 8), first[n].start)})
    ranked = narrow.most_common(2)
    if not ranked or len(ranked) > 1 and ranked[0][1] == ranked[1][1]:
        return None
    return first[ranked[0][0]]


def place_scores(text: str, sentences: list[tuple[int, int]], places: list[Mention], fighting: list[int],
                 avoid: set[str] = frozenset(), kinds: tuple[str | None, ...] = _NAMESAKE
                 ) -> tuple[Counter[str], dict[str, Mention]]:
    """The score of each place the fighting stretches name (not in ``avoid``, not only as where a force came from or
    went to): 3 for each time it is attacked, defended or fought at, 1 for each other naming in a fighting stretch,
    found as a place or not (浚县城, 北疃 of 北疃村); and each place's first mention in a fighting stretch. kinds: the
    kinds of place a fight is named after (None: a place read from its context, of no known kind)."""
    starts = [s for s, _ in sentences]
    inside = set(fighting)
    first: dict[str, Mention] = {}
    for m in places:
        name = _name(m)
        if m.value.get("kind") in kinds and name not in avoid and bisect_right(starts, m.start) - 1 in inside \
                and not moved(text, m):
            first.setdefault(name, m)
    score: Counter[str] = Counter()
    locating = {m.start for m in places if narrower(text, m, places)}  # 镇江西南之韦岗: the fight is 韦岗's
    for name in first:
        stem = _SUFFIX.sub("", name)
        for k in fighting:
            a, b = sentences[k]
            at = text.find(stem, a, b)
            while at >= 0:
                if at not in locating:
                    score[name] += 3 if fought_at(text, at, at + len(stem)) else 1
                at = text.find(stem, at + len(stem), b)
    return score, first


def named_in_passing(text: str, sentences: list[tuple[int, int]], battles: list[Mention],
                     fighting: list[int]) -> set[str]:
    """The battles named once, in a stretch that tells no fighting, while other stretches do, and named as what a
    unit came to take part in (来参加X会战) or in a stretch dated before the rest of the text (1940年在X保卫战被俘 …
    1945年春): a look back or a reference, no account of the text's fighting. A battle named once at the head of
    the account of its own fight (a title, a lead) is none: its stretch dates it with the fighting, or not at all."""
    starts = [s for s, _ in sentences]
    counts = Counter(m.value["name"] for m in battles if m.value.get("name"))
    inside = set(fighting)
    out = set()
    for m in battles:
        n = m.value.get("name")
        k = bisect_right(starts, m.start) - 1
        if not n or counts[n] != 1 or k in inside or not inside - {k}:
            continue
        if REFERENCED.search(text, max(0, m.start - 4), m.start) or dated_before(text, sentences[k]):
            out.add(n)
    return out


def dated_before(text: str, stretch: tuple[int, int]) -> bool:
    """The stretch is dated before the rest of the text: its latest year is earlier than every year after it
    (1939年在X会战中负伤 … 1942年夏天: a look back)."""
    before = years(text, *stretch)
    if not before:
        return False  # the rest of the text is not read (a scan to its end per stretch)
    latest, after = max(before), False
    for y in years(text, stretch[1], len(text)):
        if y <= latest:
            return False
        after = True
    return after


def years(text: str, a: int, b: int) -> list[int]:
    """The years of the war era (the 1900s) written between a and b (1944年, 一九四四年; see facts.written_years)."""
    return [y for y in written_years(text, a, b) if 1900 <= y <= 1999]


def claim_passing(text: str, sentences: list[tuple[int, int]], labels: list[str | None], battles: list[Mention],
                  fight: str, passing: list[str]) -> None:
    """The fight the text tells takes every stretch a battle named in passing was given but its naming (in place):
    郭村保卫战 of "1940年在郭村保卫战被俘" tells nothing of the ambush the text goes on to tell."""
    starts = [s for s, _ in sentences]
    naming = {bisect_right(starts, m.start) - 1 for m in battles if m.value.get("name") in passing}
    for k, lab in enumerate(labels):
        if lab in passing and k not in naming:
            labels[k] = fight


# what stands between a place and a narrower one it locates: nothing (溧阳县塘马村), a bearing (定远东南老人仓), a
# bearing and 之 (阜宁西之陈家集, 保定以北张家庄); web pages set a linked name off with spaces (于 镇江 西南之韦岗)
_LOCATING_GAP = re.compile(r"\s?(?:以?[东南西北]{1,2}之?|境内?之?)?\s?")  # 阜宁西之X, 招远境之X
NARROW_KINDS = ("town", "village", "mountain", "pass", "fort", "airfield", "station")


def narrower(text: str, place: Mention, places: list[Mention]) -> Mention | None:
    """The village, town, height … a county or city mention locates, written right after it or after a bearing
    (溧阳县塘马村, 阜宁西之陈家集): the fight is that place's, the county only says where it lies. Else None.
    places: in text order."""
    if place.value.get("kind") not in ("county", "city", "province"):
        return None
    k = bisect_right(places, place.end - 1, key=lambda m: m.start)  # no list of every start per call
    nxt = places[k] if k < len(places) else None
    if nxt is None or nxt.start - place.end > 5 or nxt.value.get("kind") not in NARROW_KINDS \
            or not _LOCATING_GAP.fullmatch(text, place.end, nxt.start):
        return None
    return nxt


def fought_at(text: str, start: int, end: int) -> bool:
    """The place written at start:end is attacked, defended, fought at or moved against (攻X, 守X, 在X作战, 向X进攻,
    X阵地, X失守)."""
    return bool(_AT_BEFORE.search(text, max(0, start - 3), start) or _AT_AFTER.match(text, end))


def _setting(sentences: list[tuple[int, int]], places: list[Mention], k: int, avoid: set[str]) -> Mention | None:
    """The last settlement, height or river named in the few stretches before stretch k (where the scene was set)."""
    lo, hi = sentences[max(0, k - _LOOK_BACK)][0], sentences[k][0]
    hits = [m for m in places if lo <= m.start < hi and m.value.get("kind") in _SETTING and _name(m) not in avoid]
    return hits[-1] if hits else None


def _name(m: Mention) -> str:
    return m.value.get("name", m.text)


def _inside(spans: list[tuple[int, int]], pos: int) -> bool:
    i = bisect_right(spans, (pos, 1 << 62)) - 1
    while i >= 0 and spans[i][0] > pos - 500:
        if spans[i][0] <= pos < spans[i][1]:
            return True
        i -= 1
    return False
