"""Dates of clauses that tell another kind of event than fighting: no end or start of a fight.

A fight's account is set among other events, each clause with its own date: a unit formed or reorganised
(1943年3月,某支队在某镇成立; 次年1月,大队整编为某团), a man born, joining the party, appointed, dying of illness, honoured
after his death (1912年出生于某县, 1936年入党, 1938年任大队长, 1944年病逝, 1945年被追认为烈士), a memorial raised
(纪念碑建于1946年), the account written, printed or told to a reporter (此文追记于1947年, 2015年记者采访了…). A date is a
fight's only when the clause that carries it tells fighting (an attack, a defence, an ambush, a battle named, its
losses); the clause of such an event does not, and its date dates that event. Its year may still carry over to the
clauses after it that write none (the date finder resolves that before this filter).

The date's clause runs from the last clause stop before it (，；。…, or the date before it in the sentence) to the
next clause stop after it; a date standing alone in its clause (1943年3月10日,) takes the clause after it. For a
founding, a reorganisation or a life's step, the rest of the sentence up to the next date counts too (成立,当夜即在某岭
伏击日军: the fight of that day); a memorial, a writing or an interview is about the fight it names, so only fighting
told before its word in its own clause keeps the date (1941年5月日军进攻某村,烧毁了…碑 would).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence

from kangzhan.extract.mentions.base import Mention, sentence_index

# a unit's founding or reorganisation, a meeting; a man's life outside the fight (birth, schooling, party, posts,
# death of illness, posthumous honours)
_LIFE_OR_ORG = re.compile(
    r"成立|组建|建立了?[^，,。；;]{0,8}?(?:政府|政权|根据地|委员会|支部|党组织)|创建|改编|整编|缩编|扩编|合编|改称|更名|"
    r"番号|召开|任命|委任|出任|就任|升任|调任|晋升|授衔|出生|(?<!发)生于|诞生|入党|入团|加入中国共产党|参加中国共产党|"
    r"追认|追授|追赠|病逝|病故|逝世|去世|辞世|离休|退休|毕业|考入|"
    r"(?:晋任|改任|转任|接任|兼任|(?<![主担责时历])任(?![务何意]))[^，,。；;]{0,16}?(?:军长|师长|旅长|团长|营长|连长|队长|司令员?|政委|"
    r"书记|主席|委员|参谋长|主任|县长|区长)")
# a memorial, or the account itself: written, printed, told, raised later, about the fight it names
# (a building only when it is a memorial's: 日军在某村修建据点 is the enemy's work before a fight)
_ABOUT_IT = re.compile(r"纪念碑|纪念馆|纪念亭|纪念塔|烈士墓|烈士陵园|陵园|建碑|立碑|树碑|落成|竣工|揭幕|揭碑|迁葬|"
                       r"(?:修建|兴建|重建|重修|建成|建起|修复)[^，,。；;]{0,12}?(?:碑|馆|亭|塔|墓|陵|雕像|塑像)|"
                       r"撰写|撰文|追记|追述|写成|写于|作于|出版|发表|刊载|刊登|采访|口述|编写|编纂|回忆录")
# fighting told: an attack, a defence, an ambush, a siege, a clash, its losses or its end
_FIGHTING = re.compile(r"进攻|攻击|攻打|攻占|攻克|攻陷|围攻|包围|合围|围歼|伏击|阻击|截击|狙击|袭击|突袭|偷袭|夜袭|奔袭|抗击|迎击|"
                       r"反击|反攻|激战|血战|苦战|鏖战|交战|接战|作战|战斗|会战|战役|之战|之役|大捷|守城|坚守|死守|固守|防守|"
                       r"突围|击毙|击伤|击退|击溃|击毁|击落|击沉|毙|歼|俘|伤亡|阵亡|殉国|战死|牺牲|消灭|失守|沦陷|陷落|登陆|"
                       r"进犯|侵犯|侵占|占领|扫荡|轰炸|炮击|冲锋|肉搏|拼杀")
_CLAUSE_STOP = re.compile("[，,；;。！？!?\n]")


def _clause(text: str, d: Mention, s: int, e: int, prev_end: int, stops: Sequence[int]) -> tuple[int, int]:
    """The clause of date d in the sentence [s, e): from the stop (or the date) before it to the stop after it, or
    to the stop after the next clause when the date stands alone in its own. stops: the positions of the text's
    clause stops, ascending (_stops), looked up by bisection."""
    k = bisect_left(stops, d.start) - 1
    before = stops[k] if k >= 0 and stops[k] >= s else -1
    lo = max(s, prev_end, before + 1)
    hi = _next_stop(stops, d.end, e)
    if not text[lo:d.start].strip() and not text[d.end:hi].strip(" \t　起间至以来后前中旬初末底上下"):
        hi = _next_stop(stops, min(hi + 1, e), e)
    return lo, hi


def _next_stop(stops: Sequence[int], at: int, e: int) -> int:
    """The first clause stop at or after ``at`` and before ``e``, else ``e``."""
    k = bisect_left(stops, at)
    return stops[k] if k < len(stops) and stops[k] < e else e


def _stops(text: str) -> list[int]:
    """The positions of the clause stops (_CLAUSE_STOP) in text, ascending."""
    return [m.start() for m in _CLAUSE_STOP.finditer(text)]


def other_event_dates(text: str, sentences: Sequence[tuple[int, int]], dates: Sequence[Mention],
                      battles: Sequence[Mention]) -> dict[int, bool]:
    """{start: before} for the dates whose clause tells a founding, a reorganisation, a life's step (before: True),
    a memorial or the account's writing (False), and no fighting: they date that event, no fight. Only the first
    kind happens before what is told after it: its year carries over to a fight told later that writes none."""
    sent_of = sentence_index(sentences)
    named = sorted(m.start for m in battles if m.value.get("name"))
    ordered = sorted(dates, key=lambda x: x.start)
    out: dict[int, bool] = {}
    stops = _stops(text) if ordered else []
    for i, d in enumerate(ordered):
        k = sent_of(d.start)
        if k is None:
            continue
        s, e = sentences[k]
        prev_end = ordered[i - 1].end if i and ordered[i - 1].start >= s else s
        nxt = ordered[i + 1].start if i + 1 < len(ordered) and ordered[i + 1].start < e else e
        lo, hi = _clause(text, d, s, e, prev_end, stops)
        hi = min(hi, nxt) if nxt > d.end else hi
        about = _ABOUT_IT.search(text, lo, hi)
        if about is not None:
            if not _FIGHTING.search(text, lo, about.start()):
                out[d.start] = False
            continue
        if _LIFE_OR_ORG.search(text, lo, hi) is None:
            continue
        rest = max(hi, nxt)  # the sentence on to its next date: the fight told right after a founding is of that day
        if _FIGHTING.search(text, lo, rest) is None and bisect_right(named, rest - 1) == bisect_right(named, lo - 1):
            out[d.start] = True
    return out
