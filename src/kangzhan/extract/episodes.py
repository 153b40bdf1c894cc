"""The fight a text tells when it yields no battle of its own: an episode (一仗 at a place), or the last resort's fight
under a campaign the text names only as its frame, named after the arms that fought it.

A text that tells fighting must yield it. Three shapes left such texts with nothing of their own:
- an episode: a storyteller singles one fight out as 一仗 and says where it was (我最难忘的一仗，是在某河边上; 在某村
  打的那一仗); the place in that slot is the fight's site, known to a gazetteer or not, and it wins over the place the
  rest of the story names most (the rest is often anecdote without a place);
- a frame: the only battles found are campaigns of a theatre (X会战, X作战) that the text names as its time or setting
  (某会战开始后, 随着某会战愈加激烈, 前来某地作战) and never as what its fighting stretches tell; the fighting at one place
  inside it is then a fight of its own, a part of that campaign (the last resort's fight, proposed as when nothing
  is found);
- aircraft and ships as the fighters: 空军 bombing a city, 日机 attacking ships are a side of a fight as much as 日军 is,
  so stretches with a fighting word and aircraft or ships count as fighting stretches too.
The coined fight's other names follow who fought it: aircraft in most of its fighting stretches give it X空战, ships
X海战, both X海空战 (X战斗 stays its name)."""

from __future__ import annotations

import re
from bisect import bisect_right

from kangzhan.extract.fight_content import FIGHT, fighting_stretches
from kangzhan.extract.implied import implied_mention
from kangzhan.extract.mentions.base import Mention
from kangzhan.extract.mentions.places import village_or_kind

# an episode's site: the slot after 一仗 (一仗，是在X边上) or before it (在X打的那一仗, 在X打了一场硬仗)
_LOCUS = r"(?:边上|岸边|旁边|附近|一带|边|畔|城外|城下|地区)?"
_STOP = r"(?=[，,。；;：:！!？?\n、]|$)"
_AFTER_ONE = re.compile(r"一仗[，,]?\s*(?:就|则|也)?(?:是|要数|当数|发生)?在(?P<where>[\u4e00-\u9fff]{2,6}?)" + _LOCUS + _STOP)
_BEFORE_ONE = re.compile(r"在(?P<where>[\u4e00-\u9fff]{2,6}?)" + _LOCUS
                         + r"(?:打|干)(?:了|的|过)?(?:那|这)?(?:一场|一|场)[\u4e00-\u9fff]{0,3}?仗")
# not a fight told: a plan, a wish, a hypothesis or a negation in the clause before the slot
_UNTOLD = re.compile(r"准备|打算|计划|要|想|如果|若|假如|假若|倘若|没|未|不曾|决定|商量|应该|可以")
# no place: a time, a pronoun, an ordinal, a unit (在那天, 在这里, 在第二次, 在部队, 在战斗中)
_NOT_SITE = re.compile(r"^(?:这|那|此|该|我|他|她|敌|日|某|哪|第)|[年月日天次回]|(?:时|时候|期间|里|中|前|后|部|队|军)$")
_WIDE = ("province", "region", "country")  # 在华北打了一仗: no site of a fight
_CLAUSE_START = re.compile(r"[，,。；;！!？?\n]")

# a campaign of a theatre, not a fight at one place: its name ends so
_THEATRE = re.compile(r"(?:会战|作战)$")
# a campaign named as the time or setting of the text's fighting, not as what it tells: 某会战开始后, 在某会战初期,
# 随着某会战愈加激烈, 前来某地作战
# (a campaign's outbreak told bare, 某会战爆发，日军进攻某城, is the campaign's own account: only 爆发后/开始时 frame)
_FRAME_AFTER = re.compile(r"(?:初期|前期|后期|期间|以来|愈|越来越|(?:开始|爆发|打响)?(?:[之以]?[前后]|中|时|以来))")
_PURPOSE = re.compile(r"(?:前来|赶来|开来|开赴|前往|调来|来)$")
_FRAME_BEFORE = re.compile(r"(?:随着|在|于|当|值|前来|来|赴|开赴)\s*(?:八一三)?$")

# the arms that fought: aircraft, ships
_AIR = re.compile(r"空军|航空|飞机|飞行员|战机|轰炸机|驱逐机|战斗机|侦察机|攻击机|日机|敌机|机群|[0-9几数余多]架|空袭|空战")
_SHIP = re.compile(r"舰|艇|[」”]号")
_ARMS = {(True, True): "海空战", (True, False): "空战", (False, True): "海战"}


def episode(text: str, sentences: list[tuple[int, int]], places: list[Mention]) -> Mention | None:
    """The fight a storyteller singles out as 一仗 at a place (一仗，是在X边上; 在X打的那一仗): a coined battle at X (a
    place found there, or the slot's words as a place of its own in value["site"]). The first told one; None if none."""
    for rx in (_AFTER_ONE, _BEFORE_ONE):
        for m in rx.finditer(text):
            a, b = m.span("where")
            clause = [c.end() for c in _CLAUSE_START.finditer(text, max(0, m.start() - 20), m.start())]
            lo = clause[-1] if clause else max(0, m.start() - 20)
            if _UNTOLD.search(text, lo, m.start()) or _NOT_SITE.search(text[a:b]):
                continue
            found = [p for p in places if a <= p.start and p.end <= b]
            if found and found[-1].value.get("kind") in _WIDE:
                continue
            site = found[-1] if found else village_or_kind(a, b, text[a:b])
            fight = implied_mention(site, "战斗", coined=True)
            fight.value["episode"] = m.start()
            if not found:
                fight.value["site"] = site
            return fight
    return None


def episode_account(sentences: list[tuple[int, int]], labels: list[str | None], fight: Mention | None) -> None:
    """An episode's account begins where the storyteller singles it out (最得意的一仗，是在X): the anecdotes before
    are other fights' (in place, on the labels of the sentences before the one that names it)."""
    if fight is None or "episode" not in fight.value:
        return
    first = bisect_right([s for s, _ in sentences], fight.value["episode"]) - 1
    for k in range(max(first, 0)):
        if labels[k] == fight.value["name"]:
            labels[k] = None


def frames_only(text: str, sentences: list[tuple[int, int]], battles: list[Mention], found: list[str]) -> bool:
    """Every battle found (its names in ``found``) is a theatre's campaign (X会战, X作战) named only as the frame of the
    text's fighting: each mention written as a time or setting (see the module docstring), none as a title or a
    subject. None found: False (the last resort proper asks then)."""
    if not found or not all(_THEATRE.search(n) for n in found):
        return False
    for n in found:
        told = [m for m in battles if m.value.get("name") == n]
        if not told or any(m.value.get("implied") or m.value.get("coined") for m in told):
            return False  # a campaign coined from the content is the text's own account
        for m in told:  # a title, a lead, a subject (某会战是…) makes the campaign the text's account
            if not (_FRAME_AFTER.match(text, m.end) or _FRAME_BEFORE.search(text, max(0, m.start - 6), m.start)):
                return False
    return True


def frame_campaign(text: str, battles: list[Mention]) -> str | None:
    """The one campaign of a theatre (X会战) the text names as the frame of its fighting (在某会战初期, 某会战开始后),
    the whole the coined fight is a part of; None when it names none or several."""
    names = {m.value["name"] for m in battles if (m.value.get("name") or "").endswith("会战") and not m.value.get("coined")
             and (_FRAME_AFTER.match(text, m.end) or _FRAME_BEFORE.search(text, max(0, m.start - 6), m.start))}
    return names.pop() if len(names) == 1 else None


def purposes(text: str, battles: list[Mention], found: list[str]) -> set[str]:
    """The battles found that the text names only as what a force came to do (前来某地作战, 开赴某地作战): an act
    it did not do there, no battle."""
    out = set()
    for n in found:
        told = [m for m in battles if m.value.get("name") == n]
        if told and all(n.endswith("作战") and _PURPOSE.search(text, max(0, m.start - 4), m.start) for m in told):
            out.add(n)
    return out


def with_arms(text: str, sentences: list[tuple[int, int]], battles: list[Mention], fight: Mention) -> Mention:
    """The coined fight with the names its arms give it (X空战, X海战, X海空战) among its other names, when aircraft
    or ships are named in at least half of the text's fighting stretches (see arms_stretches); X战斗 stays its name
    (a gunboat bombed at a place is that place's fight to a local history)."""
    fighting = sorted({*fighting_stretches(text, sentences, battles), *arms_stretches(text, sentences, battles)})
    if not fighting:
        return fight
    air = sum(1 for k in fighting if _AIR.search(text, *sentences[k]))
    sea = sum(1 for k in fighting if _SHIP.search(text, *sentences[k]))
    word = _ARMS.get((2 * air >= len(fighting), 2 * sea >= len(fighting)))
    name = fight.value["name"]
    if word is None or not name.endswith("战斗"):
        return fight
    stem = name[:-2]
    value = dict(fight.value)
    value["alts"] = sorted({*fight.value.get("alts", ()), stem + word}
                           | ({stem + "空战", stem + "海战"} if word == "海空战" else set()))
    return Mention(fight.kind, fight.start, fight.end, fight.text, value)


def arms_stretches(text: str, sentences: list[tuple[int, int]], battles: list[Mention]) -> list[int]:
    """The stretches that tell a fighting word (outside a battle's name) with aircraft or ships acting (中国空军进攻某地,
    日机袭击某舰): fighting whose side the ground forces' words do not name."""
    named = [(m.start, m.end) for m in battles if m.value.get("name")]
    out = []
    for k, (s, e) in enumerate(sentences):
        if (_AIR.search(text, s, e) or _SHIP.search(text, s, e)) and any(
                not any(a <= f.start() < b for a, b in named) for f in FIGHT.finditer(text, s, e)):
            out.append(k)
    return out
