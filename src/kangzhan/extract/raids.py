"""A raid on a place and its repulse, told in passing: a fight the narrative never names.

A news report, a memoir or a local history tells, before or after the fight it is about, another fight in one
clause: one side attacks a place and the next words tell the fighting's result ("次年5月,日军两次进犯X镇,均被
击退", "敌人偷袭Y村遭到民兵痛击,丢下十几具尸体逃走", "我游击队夜袭Z据点,毙敌十余名"). Histories name such a fight after its
place (X战斗), and the principle is a structure, not a phrasing: a clause whose subject is one side (the enemy or
a Chinese force), whose verb attacks, raids or invades a PLACE (its object, right after the verb, a count of the
raids allowed before it: 三犯X, 两次进攻X), and which, in the same clause or the next, tells a result of fighting
(repulsed, beaten, routed, losses of the enemy, enemies killed) is a fight at that place, dated by its sentence.
A place only occupied or burnt, with no resistance told, is not: the result is what makes it a fight.
The sentence is taken for the coined fight only when no battle the text names holds it (a named battle's own
sentences tell its parts) and it does not name the place of the fight the text was read to be about.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from kangzhan.extract.facts import _stem
from kangzhan.extract.implied import implied_mention
from kangzhan.extract.local_action import CAMPAIGN_WORDS
from kangzhan.extract.mentions.base import Mention

# the places a raid is told at: settlements, strongholds, heights; a county or a city too (日军进犯X县城)
_RAIDED_KINDS = ("town", "village", "fort", "mountain", "pass", "airfield", "station", "island", "county", "city",
                 None)  # a place known from its context only (进犯驻地X: no gazetteer holds X)
# the verb of the raid, with the count of raids before it (三犯X, 两次进攻X, 再犯X, 屡次袭击X), the object right after it
# (我 before the place: 进犯我X); 犯 alone only as a raid (进犯, 侵犯, 来犯) or counted (三犯)
_COUNT = r"(?:[一二三四五六七八九十两数几多屡]+次|[再又屡]|[一二三四五六七八九十两数几])?"
_RAID_VERB = re.compile(_COUNT + r"(?:(?:[进侵窜来]|" + r"(?<=[一二三四五六七八九十两数几再又屡]))犯|进攻|攻打|攻击|围攻|猛攻|"
                        r"袭击|偷袭|突袭|奔袭|夜袭|扫荡|侵袭|进袭|窜扰|进扰|骚扰|侵扰|包围)了?"
                        r"(?:并|后|随即|继而|进而)?(?:占领|攻占|侵占|占据)?了?我?(?:方|军)?$")  # 围攻并占领X: still a raid
# the places raided with it, listed after it (X、Y和Z等地)
_LISTED_AFTER = re.compile(r"(?:[、和及与][^，,。；;、和及与]{1,8}?)*(?:等地|等村|等处|等)?")
# a raid anywhere before (the raiders on their way): 进犯, 进攻, 扫荡 …
_RAID_VERB_ANY = re.compile(r"[进侵窜来]犯|进攻|攻打|围攻|袭击|偷袭|奔袭|扫荡|侵袭|进袭|窜扰|骚扰|出犯|出动")
# who raids: a side named before the verb in its sentence, at most this many characters back, no sentence end between
FIGHTING_SIDE = re.compile(r"日军|日寇|日伪|伪军|敌人|敌军|敌伪|鬼子|倭寇|侵略者|来犯之敌|敌(?=[^，,。；;]{0,3}(?:[进侵窜来]犯|进攻|偷袭|袭击|扫荡))"
                   r"|我军|我部|我[军团营连排]|八路军|新四军|游击队|游击大队|自卫队|自卫团|民兵|守军|国军|义勇军|抗日武装|民众武装"
                   r"|[团营连排旅师支]队?(?=[^，,。；;]{0,6}$)")
_SIDE_REACH = 24
# the result of the fighting: the raiders repulsed, beaten, routed, or the enemy's losses, enemies killed or taken
FIGHT_RESULT = re.compile(r"(?:遭到?|遭受|受到?|被|为)[^，,。；;！!]{0,12}?(?:痛击|打击|重创|击退|打退|击溃|打垮|歼灭|伏击|阻击|迎头|反击|围歼)"
                     r"|击退|打退|击溃|惨败|大败|败退|溃退|溃逃|溃散|狼狈|逃窜|鼠窜|铩羽|败北|丢下[^，,。；;]{0,8}尸"
                     r"|(?:敌|日军|日寇|鬼子|伪军)[^，,。；;]{0,4}(?:伤亡|死伤)"
                     r"|毙(?:敌|伤|日|伪)|歼(?:敌|灭)|击毙|毙伤|俘(?:敌|虏|获)|缴获"
                     r"|(?:奋起|顽强|英勇|坚决)?(?:抵抗|还击|迎战|应战)|激战|血战|交火|接火"
                     r"|反攻|反击|收复|夺回|克复")  # the place occupied, then fought back for and retaken
# no fight: the place given up without one (不战而退, 未经抵抗)
_NO_FIGHT = re.compile(r"不战|未经抵抗|未作抵抗|未加抵抗|没有抵抗|没有遭到抵抗|未遇抵抗|无抵抗|弃守|弃城")
# the place raided named as a force's base (进犯游击队驻地Y): the verb before, in the same clause
_BASE_OF = re.compile(r"(?:驻地|驻扎地|所在地|根据地)$")
_BASE_AFTER = re.compile(r"[^，,。；;：:！!？?\n]{0,10}?(?:驻地|驻扎地|所在地)")
_CLAUSE_BREAK = re.compile(r"[，,。；;：:！!？?\n]")
# the raiders caught on their way: the place they reached when the blow fell (进犯X,行至Y,遭伏击 → Y)
_ON_WAY = re.compile(r"(?:行至|行抵|途经|路经|路过|经过|进至|窜至|进到|到达|抵达)$")
# the word of a place's kind after its name (X城, X县城, X村): X is the place a battle's name holds
_PLACE_WORD = re.compile(r"(?<=..)(?:县城|城|村|镇|县|市)$")
# the clause of the place and the next one: where the result is told
_CLAUSE_SEP = re.compile(r"[，,：:]")
_SENTENCE_END = re.compile(r"[。；;！!？?\n]")


def result_after(text: str, at: int) -> int | None:
    """Where a result of fighting told in the clause that holds ``at`` or in the next one (before the sentence
    ends) ends; None when none is told (or a place given up without a fight)."""
    end = _SENTENCE_END.search(text, at)
    stop = end.start() if end else len(text)
    seps = 0
    j = at
    while j < stop:
        sep = _CLAUSE_SEP.search(text, j, stop)
        if sep is None:
            break
        seps += 1
        if seps == 2:
            stop = sep.start()
            break
        j = sep.end()
    if _NO_FIGHT.search(text, at, stop) is not None:
        return None
    found = FIGHT_RESULT.search(text, at, stop)
    return found.end() if found else None


def raided_places(text: str, sentences: list[tuple[int, int]], labels: list[str | None], places: list[Mention],
                  battles: list[Mention], dates: list[Mention]) -> list[tuple[Mention, list[int]]]:
    """The fights told as a side's raid on a place and its result (see the module's docstring): place + 战斗
    (coined), each with the sentence that tells it. None that a battle already carries the place of; in a sentence
    of another fight (named or coined), only one with a date of its own, which no sentence naming that fight holds
    (the memoir's other month: the same day's raid nearby is that fight's); never in a campaign's the text names
    (会战, 战役: its sentences tell its parts)."""
    starts = [s for s, _ in sentences]
    names = [m.value["name"] for m in battles if m.value.get("name")]
    named = {m.value["name"] for m in battles if m.value.get("name") and not m.value.get("coined")
             and not m.value.get("implied")}
    stems = {n: _stem(n) for n in names}
    out: list[tuple[Mention, list[int]]] = []
    taken: set[int] = set()
    seen: set[str] = set()
    own_days: dict[str, set[str]] = {}

    dated = sorted((d for d in dates if d.value.get("date") is not None), key=lambda d: d.start)
    date_starts = [d.start for d in dated]

    def days_of(k: int) -> set[str]:
        s, e = sentences[k]
        return {str(d.value["date"].iso) for d in dated[bisect_left(date_starts, s):bisect_left(date_starts, e)]}

    def free(k: int) -> bool:
        lab = labels[k]
        if lab is None:
            return True
        told = text[slice(*sentences[k])]
        stem = stems.get(lab, "")
        if len(stem) >= 2 and stem in told or lab in told:
            return False  # the sentence of the fight the text is about
        if lab.endswith(CAMPAIGN_WORDS) and lab in named:
            return False
        if lab not in own_days:
            own_days[lab] = set().union(*(days_of(j) for j, (s, e) in enumerate(sentences)
                                          if labels[j] == lab and (lab in text[s:e] or len(stem) >= 2
                                                                   and stem in text[s:e])))
        mine = days_of(k)
        # a date of its own, and the fight's own sentences another one: another day, another fight (a fight whose
        # days are not told, as a section under a title, may be told as the raid itself)
        return bool(mine) and bool(own_days[lab]) and not mine & own_days[lab]

    for m in places:
        if m.value.get("kind") not in _RAIDED_KINDS or m.start == 0:
            continue
        k = bisect_right(starts, m.start) - 1
        if k < 0 or k in taken:
            continue
        s, e = sentences[k]
        verb = _RAID_VERB.search(text, max(s, m.start - 8), m.start)
        if verb is None and _BASE_OF.search(text, max(s, m.start - 3), m.start):  # 进犯X部驻地Y: the base is Y
            verb = _RAID_VERB_ANY.search(text, max(s, m.start - 16), m.start)
            if verb is not None and _CLAUSE_BREAK.search(text, verb.end(), m.start):
                verb = None
        if verb is None:
            verb = _ON_WAY.search(text, max(s, m.start - 3), m.start)  # 进犯X,行至Y,遭伏击: caught at Y
            if verb is None or _RAID_VERB_ANY.search(text, s, verb.start()) is None:
                continue
        side_from = max(s, verb.start() - _SIDE_REACH)
        if _SENTENCE_END.search(text, side_from, verb.start()) or not FIGHTING_SIDE.search(text, side_from, verb.start()):
            continue
        if _BASE_AFTER.match(text, m.end):
            continue  # 进犯X指挥部驻地Y: X only names whose base Y is
        run = [k]
        told = result_after(text, m.end)
        if told is None:
            # 进犯X。守军奋起抵抗,…: the place's clause closes its sentence, the result opens the next one (of no
            # date of its own: not the account moving on)
            if _CLAUSE_SEP.search(text, m.end, e) is not None or k + 1 >= len(sentences) \
                    or labels[k + 1] != labels[k] or days_of(k + 1) or not result_after(text, sentences[k + 1][0]):
                continue
            run.append(k + 1)
            told = result_after(text, sentences[k + 1][0])
        listed = _LISTED_AFTER.match(text, m.end).end()  # 围攻X、Y等地: the places raided with it are no other site
        if any(listed <= p.start < told and p.value.get("name", p.text) != m.value.get("name", m.text)
               for p in places):
            continue  # 进犯X,途经Y,遭伏击: the blow fell at Y, which is the fight's place
        if not free(k):
            continue
        name = m.value.get("name", m.text)
        fight = implied_mention(m, "战斗", coined=True)
        core = _PLACE_WORD.sub("", name)
        if name in seen or any(name in n or len(core) >= 2 and core in n or _stem_in(n, fight.value["name"])
                               for n in names):
            continue
        seen.add(name)
        taken.update(run)
        out.append((fight, run))
    return out


def _stem_in(name: str, coined: str) -> bool:
    """The coined fight's place is the stem of a battle the text already has (X战斗 beside X保卫战)."""
    stem = coined[:-2]
    return len(stem) >= 2 and name.startswith(stem)
