"""The fight a memorial commemorates: a quoted event that a monument carries, that a site was built for, or that
people died in.

A tour-guide text for a memorial site, a martyrs' cemetery's plaque or a museum caption often names no battle: the
event is a name in quotes — the monument's (“X”纪念碑, “X”殉难地), the purpose of the site (为纪念“X”而建), or what
the dead fell in (在“X”中牺牲). When the text also tells a fight (an enemy and a fighting or dying word), that
event is the battle: a mention on the first place the text writes the name (quoted or not: a page's title), so
that the account after it is the event's, and the site's menus before it are not.
"""

from __future__ import annotations

import re

from kangzhan.extract.deaths import DEATH_WORDS
from kangzhan.extract.implied import NAMESAKE_KINDS, implied_mention
from kangzhan.extract.mentions.base import Mention
from kangzhan.extract.mentions.scan import occurrences

_QUOTED = re.compile(r"[“\"「『](?P<name>[\u4e00-\u9fff]{2,8})[”\"」』]")
# what a memorial is: “X”纪念碑, “X”烈士陵园, “X”殉难地, “X”遗址
_MEMORIAL_AFTER = re.compile(r"(?:烈士|英雄|死难者|殉难者)?(?:纪念(?:碑|馆|地|园|塔|亭|堂|林|广场|雕塑|墙)|陵园|殉难地|殉难处|殉国处"
                             r"|牺牲地|遗址|战场遗址|旧址)")
# 为纪念“X”, 缅怀“X”: the site was built for the event
_COMMEMORATE_BEFORE = re.compile(r"(?:纪念|缅怀|悼念|祭奠)$")
# 在“X”中牺牲, “X”中殉国: people died in the event (soldiers, or people executed or killed in it: 就义, 遇难)
_FELL_AFTER = re.compile(rf"(?:中|里|时|期间)[^，,。；;]{{0,8}}?(?:{'|'.join((*DEATH_WORDS, '就义', '遇难'))})")
# a memorial's own words are no event (“革命烈士纪念馆”), nor a slogan (题词“…千秋”)
_NOT_EVENT = re.compile(r"纪念|陵园|烈士|精神|永垂|千秋|万岁|不朽|长存|英魂|光照|中华|祖国|人民")
# the text tells a fight: an enemy and a fighting or dying word
_ENEMY = re.compile(r"日军|日寇|日本侵略者|日伪|敌人|敌军|鬼子|侵略军|守敌|与敌")
_FIGHT = re.compile("|".join(("抗击", "阻击", "激战", "血战", "战斗", "交战", "突围", "伏击", "袭击", "进攻", "围攻", "弹尽", *DEATH_WORDS)))
# a day named by its numerals alone (七七, 九一八, 八一三): a date of the calendar
_DAY_NAME = re.compile(r"[〇零一二三四五六七八九十]{2,4}")
# an event name that already carries a battle word is found as a battle: not here
_BATTLE_WORD = re.compile(r"(?:会战|战役|战斗|之战|之役|大捷|保卫战|阻击战|伏击战|作战|事变)$")


def _event(text: str, m: re.Match) -> bool:
    """The quoted name is the event a memorial stands for or that people fell in."""
    name = m.group("name")
    if _NOT_EVENT.search(name) or _BATTLE_WORD.search(name) or _DAY_NAME.fullmatch(name):
        return False  # (以行动纪念“七七”: a bare day-name is the anniversary kept, no event told)
    return bool(_MEMORIAL_AFTER.match(text, m.end()) or _FELL_AFTER.match(text, m.end())
                or _COMMEMORATE_BEFORE.search(text, max(0, m.start() - 4), m.start()))


# a site named after its battle, quoted whole (“X歼灭战纪念碑”, “X战斗陈列馆”): the battle is the name without the site
_SITE_QUOTED = re.compile(r"[“\"「『](?P<name>[\u4e00-\u9fff]{4,16}?)(?:纪念(?:碑|馆|亭|塔|园|地|堂)|陈列馆|展览馆|遗址|旧址)"
                          r"[”\"」』]")
_SITE_BATTLE = re.compile(r"(?:会战|战役|战斗|之战|之役|大捷|保卫战|阻击战|伏击战|歼灭战|反击战|突围战|攻坚战)$")


def _site_events(text: str) -> list[str]:
    """The battles that the sites a text quotes are named after (“X歼灭战纪念碑” → X歼灭战)."""
    return [m.group("name") for m in _SITE_QUOTED.finditer(text) if _SITE_BATTLE.search(m.group("name"))
            and not _NOT_EVENT.search(m.group("name"))]


def commemorated_event(text: str, battles: list[Mention]) -> Mention | None:
    """The battle mention of the quoted event a memorial text is about, or None when the text names a battle it
    tells (not only in passing), names no such event, or tells no fight."""
    if any(m.value.get("name") and not m.value.get("past") for m in battles):
        return None
    names = [m.group("name") for m in _QUOTED.finditer(text) if _event(text, m)] or _site_events(text)
    if not names or not _ENEMY.search(text) or not _FIGHT.search(text):
        return None
    name = names[0]
    if any(n != name for n in names):
        return None  # two events: a hall of several fights, not one account
    at = text.find(name)
    return Mention("battle", at, at + len(name), name,
                   {"name": name, "implied": True, "alts": [name + "战斗"], "event": True})


# 为纪念…的英雄业绩 / 为纪念…而建: what the memorial was built for
_PURPOSE = re.compile(r"(?:为了?|以)纪念(?P<clause>[^。；;！!？?\n]{6,100}?)的?(?:英雄业绩|英勇业绩|英雄事迹|英勇事迹|壮举|事迹|业绩|而)")


def purpose_fight(text: str, places: list[Mention], battles: list[Mention]) -> Mention | None:
    """A fight a memorial's purpose clause tells without naming it (为纪念1940年冬,…在X抗击日军,…集体殉难的英雄业绩):
    X战斗 after the clause's place (coined, as a small fight's name), or None when the text names a battle it
    tells, or no purpose clause tells a fight at a place."""
    if any(m.value.get("name") and not m.value.get("past") for m in battles):
        return None
    for m in _PURPOSE.finditer(text):
        a, b = m.span("clause")
        clause = m.group("clause")
        if not (_ENEMY.search(clause) and _FIGHT.search(clause)):
            continue
        scene = next((p for p in places if a <= p.start < b and p.value.get("kind") in NAMESAKE_KINDS), None)
        if scene is not None:
            return implied_mention(scene, "战斗", coined=True)
    return None


def outside_event(places: list[Mention], event: Mention | None, text: str) -> list[Mention]:
    """The places that are no part of the event's name (八女投江 read as a river 投江, “X河血战” …)."""
    if event is None:
        return places
    name = event.value["name"]
    spans = occurrences(text, name)  # = re.finditer(re.escape(name), text)'s spans, no pattern compiled per name
    return [p for p in places if not any(a <= p.start and p.end <= b for a, b in spans)]
