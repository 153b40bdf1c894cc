"""The fights of a report's numbered items: each item (or each fight of an item) is its own battle.

A wartime report (a 作战经过 section, a unit's summary of its fights) lists its fights as numbered items, "(一)去秋九月
二十五日X战斗。…(二)去冬…", each at its own place, most never named. Each item is a battle: the one it names, else one
coined after the place it fights for (X战斗, the form histories give a small fight). An item may tell two fights: the
first closes with its summary (是役…, 此役…) and the next opens with its own date (又三月下旬, 四月十日); they are told
apart there. The place of an unnamed fight is the one it attacks last (进攻X, 袭击X, 歼灭我驻在X之驻军: the fight the
summary closes is the last told), narrowed to the village a town locates (阜宁西之陈家集), else its first village or
town. Nothing is returned unless two fights or more at different places come out, one of them unnamed, and every
battle the text names (but in passing) is named inside one item: the phases of one named campaign stay its own.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from kangzhan.extract.fight_words import FIGHT_WORDS
from kangzhan.extract.implied import attack_target, implied_mention, narrowest_place
from kangzhan.extract.mentions.base import Mention

# an item mark at a line's start: (一) / （二） / 三、
_ITEM = re.compile(r"(?m)^[ \t\u3000]*(?:[(（](?P<a>[一二三四五六七八九十]{1,3})[)）]|(?P<b>[一二三四五六七八九十]{1,3})、)")
_NUMERALS = "一二三四五六七八九十"
# the summary that closes a fight's account (是役敌伪伤亡五十余名, 此役毙敌…)
_SUMMARY = re.compile(r"是役|此役|是战|此战|该役")
# a sentence that opens with a date, maybe after 又/嗣 … (又三月下旬, 四月十日, 嗣于五月): the date of the next fight,
# read as written (a report's dates often have no year to resolve)
_DATE_OPEN = re.compile(r"\s*(?:又|再|嗣|旋|复|其后|此后|同时)?\s*于?\s*(?:(?:1[89][0-9]{2}|[一][八九][〇零一二三四五六七八九]{2})年"
                        r"|民国|[0-9一二三四五六七八九十正元]{1,3}月|[0-9一二三四五六七八九十廿卅]{1,3}[日号]"
                        r"|[去今明]年|[去今][春夏秋冬])")
# a report's fighting: FIGHT_WORDS and a report's own (鏖战, a place taken: 攻克, held: 顽抗, a fight taken up: 应战)
_FIGHTING = re.compile("|".join((*FIGHT_WORDS, "鏖战", "攻克", "顽抗", "应战")))
_SMALL = ("town", "village", "mountain", "pass")


def _items(text: str) -> list[tuple[int, int]]:
    """The (start, end) of each numbered item, if the text holds two or more numbered from 一 in order."""
    marks = list(_ITEM.finditer(text))
    out: list[tuple[int, int]] = []
    for k, m in enumerate(marks):
        num = m.group("a") or m.group("b")
        if len(out) >= len(_NUMERALS) or num != _NUMERALS[len(out)]:
            break
        out.append((m.start(), marks[k + 1].start() if k + 1 < len(marks) else len(text)))
    if len(out) < 2:
        return []
    return out


def _fights_of(text: str, ks: list[int], sentences: list[tuple[int, int]]) -> list[list[int]]:
    """An item's sentences cut into fights: after a sentence that sums a fight up (是役…), a sentence that opens with
    a date (又三月下旬) starts the next."""
    out: list[list[int]] = [[]]
    closed = False
    for k in ks:
        s, e = sentences[k]
        if closed and out[-1] and _DATE_OPEN.match(text, s, e):
            out.append([])
            closed = False
        out[-1].append(k)
        closed = closed or bool(_SUMMARY.search(text, s, e))
    return out


def _place_of(text: str, a: int, b: int, places: list[Mention]) -> Mention | None:
    """The place a fight told in text[a:b] is fought for: the last it attacks (narrowed to the village a town
    locates), else its first village or town."""
    inside = [m for m in places if a <= m.start < b]
    attacked = [m for m in inside if attack_target(text, m)]
    if attacked:
        return narrowest_place(text, attacked[-1], places)
    return next((m for m in inside if m.value.get("kind") in _SMALL), None)


def report_fights(text: str, sentences: list[tuple[int, int]], places: list[Mention],
                  battles: list[Mention]) -> list[tuple[Mention, list[int]]]:
    """(battle mention, its sentence indices) for each fight of a report's numbered items, or [] (see the module)."""
    items = _items(text)
    if not items:
        return []
    named = [m for m in battles if m.value.get("name") and not m.value.get("past")]
    item_starts = [a for a, _ in items]

    def item_of(pos: int) -> int:
        k = bisect_right(item_starts, pos) - 1
        return k if k >= 0 and pos < items[k][1] else -1
    homes: dict[str, set[int]] = {}
    for m in named:
        homes.setdefault(m.value["name"], set()).add(item_of(m.start))
    if any(-1 in h or len(h) > 1 for h in homes.values()):
        return []  # a battle named outside the items, or across them: the items are its phases, not fights
    starts = [s for s, _ in sentences]
    out: list[tuple[Mention, list[int]]] = []
    seen: set[str] = set()
    coined = 0
    for a, b in items:
        ks = [k for k in range(max(bisect_right(starts, a) - 1, 0), len(sentences)) if sentences[k][0] < b
              and sentences[k][1] > a]
        for run in _fights_of(text, ks, sentences):
            if not run:
                continue
            s, e = sentences[run[0]][0], sentences[run[-1]][1]
            own = [m for m in named if s <= m.start < e]
            if own:
                m = own[0]
            else:
                if len(set(_FIGHTING.findall(text, s, e))) < 2:
                    continue
                place = _place_of(text, s, e, places)
                if place is None:
                    continue
                m = implied_mention(place, "战斗", coined=True)
                coined += 1
            if m.value["name"] in seen:
                return []  # two items at one place: no fights told apart by their places
            seen.add(m.value["name"])
            out.append((m, run))
    if len(out) < 2 or not coined:
        return []
    return out


# an item mark inside a line (各电称:(一)…。(二)…): an intelligence round-up's or a telegram's items run on
_INLINE_MARK = re.compile(r"[(（](?P<n>[一二三四五六七八九十]{1,3})[)）]")
_MIN_INLINE = 3


def _inline_items(text: str, sentences: list[tuple[int, int]]) -> list[int | None]:
    """The item of each sentence of a list numbered inside its lines ((一)…(二)…(三)…, in order from 一, three or
    more): the last mark that opens the sentence or stands in it, carried on to the sentences after it up to the
    next mark or a line break; None outside the items or when the text holds no such list."""
    out: list[int | None] = []
    current: int | None = None
    expected = 0
    for k, (s, e) in enumerate(sentences):
        if k and "\n" in text[sentences[k - 1][1] - 1:s + 1]:
            current = None
        for m in _INLINE_MARK.finditer(text, s, e):
            if expected < len(_NUMERALS) and m.group("n") == _NUMERALS[expected]:
                current = expected
                expected += 1
        out.append(current)
    return out if expected >= _MIN_INLINE else [None] * len(sentences)


def outside_fight_item(text: str, sentences: list[tuple[int, int]], labels: list[str | None], fight: Mention) -> None:
    """A fight the text never names, coined from one item of a list numbered inside its lines (a telegram relaying
    intelligence: (一)…(二)敌攻X指挥官…伤亡过多…(三)…站仍停甲车一列(四)…): the other items report other matters (a
    train in a station, troops gone to another town, a quiet front) and lose its label, unless they tell fighting
    too. The sentences outside the items (the address, the signature) keep it."""
    items = _inline_items(text, sentences)
    starts = [s for s, _ in sentences]
    k = bisect_right(starts, fight.start) - 1
    own = items[k] if 0 <= k < len(items) else None
    if own is None:
        return
    for j, (s, e) in enumerate(sentences):
        if labels[j] == fight.value["name"] and items[j] is not None and items[j] != own \
                and len(set(_FIGHTING.findall(text, s, e))) == 0:
            labels[j] = None
