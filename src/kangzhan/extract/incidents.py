"""An incident or a fight the text says happened at a place, without a battle's name.

Talk (an interview, a speech, a veteran's or a host's words) and commemorations rarely give an incident its name:
they say what happened where. "七十年前卢沟桥发生了事变" is the 卢沟桥事变; "那年冬天，李家庄一带爆发了激烈的战斗" and
"那场血战就发生在黄土岭" tell a fight at the place; so does a diarist's "X的战斗已经结束" (the fight of X, over or begun). When the text names no battle it tells (the last resort of the
pipeline: nothing else found a battle) and reads as war (the enemy, the war or a unit named), such a sentence gives
the battle: X事变 for an incident (事变, 事件), X战斗 for a fight (战斗, 激战, 血战 …), after the place the text says
it happened at, the settlement, height or bridge found there or elsewhere in the text (not a province or a region:
东北发生了事变 is the war's opening, not one fight). Coined: the name is inferred, each form another name of it.
A peacetime text (no enemy, no war, no unit) gives none: 村里发生了纠纷 or 镇上发生了事件 is no battle.

A family history, an obituary or a genealogy tells a soldier's death instead of his fight: "他于1942年在X牺牲",
"1939年阵亡于X". Dying at a place in a year of the war (1931–1945) is the one fight such a text has: X战斗 after the
place, coined, when the text names no battle it tells and every such death is at one place (a roll of the fallen at
many places tells no one fight). A death of illness (病逝于X) or one after the war is no fight.
"""

from __future__ import annotations

import re

from kangzhan.extract.deaths import DEATH_WORDS
from kangzhan.extract.implied import NAMESAKE_KINDS, implied_mention
from kangzhan.extract.lexicons import is_toponym
from kangzhan.extract.mentions.base import Mention
from kangzhan.extract.mentions.places import place_kind

_INCIDENT = ("事变", "事件")
_FIGHT = ("战斗", "激战", "血战", "恶战", "鏖战", "战事", "枪战", "交火", "交战")
_WORD = "|".join((*_INCIDENT, *_FIGHT))
_HAPPENED = r"(?:突然|又|再次|终于|就|也)?(?:发生|爆发|打响)"
# X(一带)发生了(一场)(震惊中外的)事变 / 在X爆发了激烈的战斗: the place before the verb
_PLACE_FIRST = re.compile(rf"{_HAPPENED}了?(?:一[场次起件])?(?:[^，,。；;！!？?\n]{{0,8}}?的)?(?P<word>{_WORD})")
# 事变(就)发生在X / 那场血战爆发于X: the place after the verb
_PLACE_AFTER = re.compile(rf"(?P<word>{_WORD})(?:正是|就是|是)?{_HAPPENED}(?:在|于)")
# X的战斗已结束 / X的战事打响了: the fight of a place as a whole, begun or over (a diarist's or a letter's words)
_PLACE_OF = re.compile(rf"的(?P<word>{'|'.join(_FIGHT)})(?:已经?|早已|终于|正式|就|也|都)?(?:结束|告终|平息|打响|爆发|开始)")
# the text is about the war: the enemy, the war or the resistance named
_WAR = re.compile(r"日军|日寇|日本侵略|日本军|日本兵|鬼子|侵华|抗日|抗战|敌军|伪军|侵略者|守军")
_MAX_PLACE = 6
_MAX_SUFFIXED = 4  # a place read by its ending only: short, so no clause before it is read into it
_BOUNDARY = re.compile(r"[，,。；;：:！!？?\s、（(“\"「]|[在于是了]$")


def _untold_war(text: str, units: list, battles: list[Mention]) -> bool:
    """The text names no battle it tells (only some in passing) and reads as war (a unit, the enemy or the war
    named): only then may what happened at a place, or a soldier's death there, give the battle."""
    return not any(m.value.get("name") and not m.value.get("past") for m in battles) and bool(units or _WAR.search(text))


def incident_at(text: str, places: list[Mention], units: list, battles: list[Mention]) -> Mention | None:
    """The battle mention of the incident or fight the text says happened at a place (on that place), or None when
    the text names a battle it tells, reads as no war, or says no such thing. Of several places, the one said most
    often; an incident word (事变) names it before a fighting word."""
    if not _untold_war(text, units, battles):
        return None
    known = {p.value.get("name", p.text): p for p in places}
    hits: list[tuple[Mention, str]] = []
    for m in re.finditer(_HAPPENED, text):
        first = _PLACE_FIRST.match(text, m.start())
        if first is not None:
            at = _place_before(text, m.start(), known)
            if at is not None:
                hits.append((at, first.group("word")))
    for m in _PLACE_AFTER.finditer(text):
        at = _place_after(text, m.end(), known)
        if at is not None:
            hits.append((at, m.group("word")))
    for m in _PLACE_OF.finditer(text):
        at = _place_before(text, m.start(), known)
        if at is not None:
            hits.append((at, m.group("word")))
    if not hits:
        return None
    counts: dict[str, int] = {}
    for p, _ in hits:
        counts[p.value["name"]] = counts.get(p.value["name"], 0) + 1
    name = max(counts, key=lambda n: (counts[n], -min(p.start for p, _ in hits if p.value["name"] == n)))
    mine = [(p, w) for p, w in hits if p.value["name"] == name]
    place = mine[0][0]
    if any(w in _INCIDENT for _, w in mine):
        word = next(w for _, w in mine if w in _INCIDENT)
        stem = place.value["name"]
        other = "事件" if word == "事变" else "事变"
        return Mention("battle", place.start, place.end, place.text, {
            "name": stem + word, "implied": True, "coined": True, "alts": sorted({stem + other, stem + "战斗", stem + "之战"})})
    return implied_mention(place, "战斗", coined=True)


def _place(text: str, start: int, end: int, known: dict[str, Mention]) -> Mention | None:
    """A place mention for text[start:end] when it is a settlement, height, pass or bridge: one the text's place
    finder found (here or elsewhere), else a gazetteer toponym of such a kind, else a short word after a clause's
    boundary whose ending makes it one (X桥, X庄, X镇)."""
    word = text[start:end]
    if not re.fullmatch(r"[\u4e00-\u9fff]+", word):
        return None
    found = known.get(word)
    kind = found.value.get("kind") if found is not None else (place_kind(word) if is_toponym(word) else None)
    if kind is None and len(word) <= _MAX_SUFFIXED and _BOUNDARY.search(text, max(0, start - 1), start) \
            or kind is None and start == 0:
        kind = place_kind(word)  # ,八字桥发生了事变: a name the finder missed, read by its ending after a boundary
    if kind not in NAMESAKE_KINDS:
        return None
    return Mention("place", start, end, word, {"name": word, "kind": kind})


def _place_before(text: str, end: int, known: dict[str, Mention]) -> Mention | None:
    """The longest place that ends at end (after 一带/附近 are dropped): 七十年前卢沟桥 → 卢沟桥."""
    end -= len(re.search(r"(?:一带|附近|地区)?$", text[max(0, end - 2):end]).group())
    for n in range(_MAX_PLACE, 1, -1):
        if end - n >= 0 and (p := _place(text, end - n, end, known)) is not None:
            return p
    return None


def _place_after(text: str, start: int, known: dict[str, Mention]) -> Mention | None:
    """The longest place that starts at start: 发生在黄土岭一带 → 黄土岭."""
    for n in range(_MAX_PLACE, 1, -1):
        if start + n <= len(text) and (p := _place(text, start, start + n, known)) is not None:
            return p
    return None


# 于1942年在X牺牲 / 1939年阵亡于X: a year of the war, then the place of the death (before or after the verb)
_DIED = "|".join(DEATH_WORDS)
_YEAR = r"(?:19(?:3[1-9]|4[0-5])|一九(?:三[一二三四五六七八九]|四[〇零一二三四五]))年"
_FALLEN = re.compile(rf"{_YEAR}[^，,。；;！!？?\n]{{0,12}}?(?:(?:在|于)(?P<before>[\u4e00-\u9fff]{{2,12}}?)(?:英勇|壮烈)?(?:{_DIED})"
                     rf"|(?:{_DIED})(?:于|在)(?P<after>[\u4e00-\u9fff]{{2,12}}))")
_FALLEN_KINDS = ("city", "county", "town", "village", "mountain", "pass")


def fallen_at(text: str, places: list[Mention], units: list, battles: list[Mention]) -> Mention | None:
    """The fight a family history gives by a soldier's death (他于1942年在X牺牲): X战斗 after the narrowest place of
    the death's clause, or None when the text names a battle it tells, reads as no war, tells no such death or
    deaths at more than one place."""
    if not _untold_war(text, units, battles):
        return None
    scenes: list[Mention] = []
    where: set[str] = set()  # each death's place: the scene found, else the clause's words (a place the finder missed)
    for m in _FALLEN.finditer(text):
        group = "before" if m.group("before") is not None else "after"
        a, b = m.span(group)
        inside = [p for p in places if a <= p.start and p.end <= b and p.value.get("kind") in _FALLEN_KINDS]
        if inside:
            scenes.append(inside[-1])
        where.add(inside[-1].value.get("name", inside[-1].text) if inside else m.group(group))
    if not scenes or len(where) > 1:
        return None
    return implied_mention(scenes[0], "战斗", coined=True)
