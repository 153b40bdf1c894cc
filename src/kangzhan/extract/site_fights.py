"""A fight the text tells without naming it, read from the clause that tells it: a battle named after its site.

Principle: a clause in which a force ambushes, blocks, attacks, raids or clashes with the enemy at a place (在/于/经
X … 伏击了日军; 在X与敌激战; a passive: 日军经X、Y一带, 遭到某部的阻击), or a heading that names fighting at places
(首战X、Y; 夜袭X车站, run in before its paragraph or on a line of its own), tells one fight at that place, unless it
is already a named fight's site; fights at different places are different fights. Chinese histories name such a
fight after its site: X战斗, with the kind the text gives as another name (X伏击战, X阻击战, 夜袭X).

The place is read from the clause's structure, not from a list of names: the locative slot before the verb
(在|于|经|途经|转移至 … up to the verb or the clause's end), narrowed to its head (甲城西南离某地不远的X: X, after the last
的; Y县X: X) and split at its list marks (X、Y一带: both, one fight: the first is its name, the others its other
names); a place a gazetteer knows or one of a place's form (X集, X山, X车站). A heading's places are those after
its verb, split the same way. Not a fight: an ambush planned or waited for (准备伏击, 待机伏击), one told in quoted
speech, a place that is a province, a region, a river; a county or a city only with a result of fighting told.
A sentence of a named campaign tells its moves (left alone); a sentence of a named single fight (X战斗, X大捷) tells
another fight only when it has a date of its own that no sentence naming that fight has (the same day's fight at a
nearby position is that fight's ground).
"""

from __future__ import annotations

import re
from bisect import bisect_left

from kangzhan.extract.attacked_posts import NOT_NAME, in_quote, past_locating, stem_of
from kangzhan.extract.implied import FIGHTING, INCURSION, SKIRMISH
from kangzhan.extract.local_action import CAMPAIGN_WORDS
from kangzhan.extract.mentions.base import Mention
from kangzhan.extract.mentions.places import place_kind, village_or_kind
from kangzhan.extract.raids import FIGHT_RESULT, FIGHTING_SIDE, result_after

# the enemy (or a side) as the object or the partner of the fight
_FOE = r"(?:日伪军?|日寇|日军|伪军|敌伪军?|敌人|敌军|日本鬼子|鬼子|日本兵|日兵|倭寇|皇协军|来犯之敌|进犯之敌|之敌|敌)"
# the verbs of a fight with the enemy as object: ambushing, blocking, intercepting, raiding, surrounding
_ACTIVE = re.compile(r"(?:伏击|阻击|截击|狙击|迎击|袭击|夜袭|奇袭|突袭|偷袭|奔袭|围攻|围歼|包围|痛击|阻截|截住)了?"
                     r"(?:[^，,。；;！!？?\n]{0,6}?)" + _FOE)
# a clash with the enemy as partner (与日军激战, 同敌人遭遇)
_CLASH = re.compile(r"(?:与|同|和|跟)" + _FOE + r"[^，,。；;！!？?\n]{0,8}?(?:激战|交战|交火|接火|血战|鏖战|遭遇|战斗|作战|展开[^，,。；;]{0,4}战)")
# a fight suffered (遭到某部的阻击, 受到我军伏击)
_PASSIVE = re.compile(r"(?:遭到|遭受|受到|遇到|陷入|遭|(?P<bei>被))[^，,。；;！!？?\n]{0,16}?(?:的)?"
                      r"(?:阻击|伏击|袭击|截击|狙击|痛击|围攻|夹击|包围|迎头痛击|伏击圈|顽强抵抗|抵抗)")
# the kind a verb gives the fight's other name
_KINDS = (("伏击", "伏击战"), ("阻击", "阻击战"), ("截击", "截击战"), ("狙击", "阻击战"), ("夜袭", "夜袭战"),
          ("奇袭", "袭击战"), ("突袭", "袭击战"), ("袭击", "袭击战"), ("围歼", "歼灭战"))
# the locative slot before the verb (在X, 于X, 经X, 转移至X): its phrase ends at the clause's end or the verb
_SLOT = re.compile(r"(?:在|于|经过|途经|路经|经|行至|进至|进抵|到达|抵达|转移至|转移到|开至|路过|驻扎|驻守|驻防)")
_CLAUSE_END = re.compile(r"[，,。；;！!？?\n：:]")
_LOCUS_TAIL = re.compile(r"(?:[东南西北]部|[东南西北]侧|[东南西北]面|一带|附近|地区|境内|山区|之间|一线|周围|地带|以[东南西北])+$")
# the phrase's end before a verb: a side or a partner that follows the place (在X与日军…, 在X我军…)
_PHRASE_STOP = re.compile(r"(?:与|同|和|跟|向|对|被|遭|受|把|将|我|敌|日军|首次|再次|又|先后|一举|突然|设伏|埋伏)")
_LIST = re.compile(r"[、和及与]")
# a clash told on the way after the slot's place (经X向北转移，途中与敌遭遇)
_EN_ROUTE = re.compile(r"途中|路上|沿途|半路|途经")
# an ambush planned, waited for, ordered or failed: no fight told
_UNTOLD = re.compile(r"企图|妄图|准备|计划|打算|拟|决定|试图|意图|未能|没能|无法|不敢|待机|伺机|寻机|如何|是否|命令|下令|如果|若")
_NO_SITE_KINDS = ("province", "region", "country", "continent", "river", "sea", "railway", "road")
_WIDE_KINDS = ("county", "city")

# an ordinal time told with its place (第一次是在X: a veteran counting his fights); fighting words around it
_ORDINAL = re.compile(r"第[一二三四五六七八九十]次[\u4e00-\u9fff]{0,6}?(?:就|则|还|也)?是在")
_FOUGHT = re.compile(r"(?<![攻殴])打(?![算听扫工电开造破包针扮猎鱼球牌招呼量])|作战|交火|激战|战斗|开火|还击|阻击|伏击|交战")
# a heading that names fighting at places (首战X、Y; 夜袭X车站), on its own line or run in before its paragraph
_HEAD = re.compile(r"(?m)^[ \t\u3000]*(?P<verb>首战|初战|再战|血战|激战|鏖战|夜袭|奇袭|突袭|偷袭|智取|巧取|攻克|强攻|伏击|阻击|"
                   r"[一二三四五六七八九]打)(?P<places>[\u4e00-\u9fff]{2,6}(?:[、和][\u4e00-\u9fff]{2,6}){0,3})"
                   r"(?P<tail>[ \t\u3000]+(?=[^ \t\u3000\n])|[ \t\u3000]*$)")
_FIGHT = re.compile("|".join((FIGHTING.pattern, INCURSION.pattern, SKIRMISH.pattern,
                              r"开枪|开炮|还击|抗击|迎击|攻入|攻陷|攻占|伏击|阻击|袭击|毙|歼|俘")))


def _items(text: str, lo: int, hi: int, at_start: dict[int, list[Mention]]) -> list[Mention]:
    """The places a locative phrase text[lo:hi] names: its head (after the last 的), its tail words dropped, split
    at its list marks, each narrowed past the wider places that locate it; a gazetteer's place or a place's form."""
    de = text.rfind("的", lo, hi)
    if de >= 0:
        lo = de + 1
    tail = _LOCUS_TAIL.search(text, lo, hi)
    if tail is not None:
        hi = tail.start()
    out: list[Mention] = []
    a = lo
    for cut in [*(m.start() for m in _LIST.finditer(text, lo, hi)), hi]:
        b = cut
        x = past_locating(text, a, b, at_start)
        a = cut + 1
        if not 2 <= b - x <= 6 or NOT_NAME.search(text, x, b):
            continue
        q = next((p for p in at_start.get(x, ()) if p.end == b), None)
        if q is None:
            if place_kind(text[x:b]) is None:
                continue
            q = village_or_kind(x, b, text[x:b])
        if q.value.get("kind") in _NO_SITE_KINDS:
            continue
        out.append(q)
    return out


def _slot_before(text: str, s: int, at: int) -> tuple[int, int] | None:
    """The span of the last locative phrase of the sentence before ``at`` (a fight's verb), or None."""
    found = None
    for m in _SLOT.finditer(text, s, at):
        found = m
    if found is None:
        return None
    lo = found.end()
    end = _CLAUSE_END.search(text, lo, at)
    hi = end.start() if end else at
    if end is not None and _CLAUSE_END.search(text, end.end(), at):
        # the slot's clause is not the one right before the verb's: at most one clause between
        nxt = _CLAUSE_END.search(text, end.end(), at)
        if nxt is not None and _CLAUSE_END.search(text, nxt.end(), at):
            return None
    stop = _PHRASE_STOP.search(text, lo, hi)
    if stop is not None:
        hi = stop.start()
    return (lo, hi) if hi - lo >= 2 else None


def _kind_alts(place: str, words: str) -> set[str]:
    return {place + kind for verb, kind in _KINDS if verb in words}


def site_fights(text: str, sentences: list[tuple[int, int]], labels: list[str | None], places: list[Mention],
                battles: list[Mention], unit_spans: list[tuple[int, int]], dates: list[Mention]
                ) -> list[tuple[Mention, list[int]]]:
    """The fights told by a clause or a heading at a place (see the module's docstring): (coined fight, its
    sentence indices) each."""
    starts = [s for s, _ in sentences]
    at_start: dict[int, list[Mention]] = {}
    for p in places:
        at_start.setdefault(p.start, []).append(p)
    by_name = {m.value["name"]: m for m in battles if m.value.get("name")}
    stems = {n: stem_of(n) for n in by_name}
    unit_starts = sorted(a for a, _b in unit_spans)
    dated = sorted((d for d in dates if d.value.get("date") is not None), key=lambda d: d.start)
    date_starts = [d.start for d in dated]

    def days_of(k: int) -> set[str]:
        s, e = sentences[k]
        return {str(d.value["date"].iso) for d in dated[bisect_left(date_starts, s):bisect_left(date_starts, e)]}

    def known(stem: str) -> bool:  # a fight the text has at that place already
        return any(st and (st == stem or stem in n) for n, st in stems.items())

    def free(k: int, locator: tuple[int, int] | None = None, counted: bool = False) -> bool:
        lab = labels[k]
        if lab is None or lab not in by_name:
            return True
        first = by_name[lab]
        s, e = sentences[k]
        own = stems.get(lab, "")
        # a memorial's quoted event (“X”纪念碑) is the fight the text is about, named: not a coined fight's ground
        coined = (first.value.get("coined") or first.value.get("implied")) and not first.value.get("event")
        if text.find(lab, s, e) >= 0:
            return False  # the sentence names its fight: it tells that fight's parts
        if len(own) >= 2 and text.find(own, s, e) >= 0:
            # a coined fight's place named only to locate this one's (在甲县至乙县公路两侧的X村): X's fight
            at = [m.start() for m in re.finditer(re.escape(own), text[s:e])]
            return bool(coined and locator and all(locator[0] <= s + a and s + a + len(own) <= locator[1] for a in at))
        if coined:  # a coined fight's ground on its day: the sentence is its, unless it has a day of its own
            mine = days_of(k)
            if mine:
                return not mine & told_days(lab, own)
            return not any(text.find(own, *sentences[j]) >= 0 or text.find(lab, *sentences[j]) >= 0
                           for j in range(max(0, k - 2), k)) if len(own) >= 2 else True
        if lab.endswith(CAMPAIGN_WORDS):
            return counted  # a campaign's sentence tells its moves, but a fight the teller counts (第一次是在X)
        mine = days_of(k)  # a named single fight: another fight only on a day of its own
        told = told_days(lab, "") if mine else set()
        if not told:  # no day, or the named fight's day is not told where it is named: the sentence may be its
            return False
        return not mine & told

    def told_days(lab: str, own: str) -> set[str]:
        """The days of the sentences that name a fight (or its place)."""
        return set().union(*(days_of(j) for j, (s, e) in enumerate(sentences)
                             if text.find(lab, s, e) >= 0 or len(own) >= 2 and text.find(own, s, e) >= 0))

    place_starts = sorted(p.start for p in places)
    battle_starts = sorted(m.start for m in battles)

    def has(starts_: list[int], s: int, e: int) -> bool:
        return bisect_left(starts_, s) < bisect_left(starts_, e)

    def _carried_on(k: int) -> list[int]:
        """The clause's sentence and the next ones that go on telling its fight: the same label, no place, date
        or battle of their own, a result of fighting (经短促激战,击毁敌汽车三辆)."""
        run = [k]
        j = k + 1
        while j < len(sentences) and j not in taken and labels[j] == labels[k]:
            s, e = sentences[j]
            if "\n" in text[sentences[j - 1][1]:s] or has(place_starts, s, e) or has(date_starts, s, e) \
                    or has(battle_starts, s, e) or not FIGHT_RESULT.search(text, s, e):
                break
            run.append(j)
            j += 1
        return run

    out: list[tuple[Mention, list[int]]] = []
    seen: set[str] = set()
    taken: set[int] = set()

    def coin(q: Mention, alts: set[str], run: list[int], others: list[Mention] = ()) -> None:
        full = q.value.get("name", q.text)
        stem = re.sub(r"(?<=..)(?:县|市)$", "", full) if q.value.get("kind") in _WIDE_KINDS else full
        if stem in seen or known(stem):
            return
        seen.add(stem)
        names = {stem + "之战", full + "战斗", *alts}
        for o in others:
            on = o.value.get("name", o.text)
            names |= {on + "战斗", on + "之战"} | {a.replace(stem, on, 1) for a in alts}
        names.discard(stem + "战斗")
        m = Mention("battle", q.start, q.end, q.text, {"name": stem + "战斗", "coined": True, "implied": True,
                                                      "alts": sorted(names), "site": q, "in_turn": True})
        taken.update(run)
        out.append((m, run))

    # headings first: 首战X、Y / 夜袭X车站 (the section under it, each sentence to the place it names)
    for h in _HEAD.finditer(text):
        lo, hi = h.span("places")
        if any(b.start < h.end() and h.start() < b.end for b in battles):
            continue
        line_end = text.find("\n", h.end())
        line_end = len(text) if line_end < 0 else line_end
        run_in = h.end() < line_end
        sec_a = h.end()
        if run_in:
            sec_b = line_end
        else:  # a heading on its own line: its section runs to the next blank line or heading
            sec_b = sec_a
            nxt = _HEAD.search(text, sec_a + 1)
            blank = text.find("\n\n", sec_a + 1)
            sec_b = min(x for x in (nxt.start() if nxt else len(text), blank if blank >= 0 else len(text)))
            if "、" not in h.group("places") and "和" not in h.group("places"):
                continue  # a one-place title on its own line: titled_fights reads it
        if not (_FIGHT.search(text, sec_a, sec_b) or bisect_left(date_starts, sec_a) < bisect_left(date_starts, sec_b)
                or bisect_left(unit_starts, sec_a) < bisect_left(unit_starts, sec_b)):
            continue  # the heading's verb fights; the prose under it must tell fighting, a date or a unit
        qs = []
        a = lo
        for cut in [*(m.start() for m in re.finditer(r"[、和]", text[lo:hi])), hi - lo]:
            x, b = a, lo + cut
            a = lo + cut + 1
            q = next((p for p in at_start.get(x, ()) if p.end == b), None)
            if q is None:
                name = text[x:b]
                if NOT_NAME.search(name) or not (place_kind(name) or text.find(name, sec_a, sec_b) >= 0):
                    continue
                q = village_or_kind(x, b, name)
            if q.value.get("kind") in _NO_SITE_KINDS:
                continue
            qs.append(q)
        if not qs:
            continue
        ks = [k for k, (s, e) in enumerate(sentences) if s < sec_b and e > h.start()]
        runs: dict[int, list[int]] = {i: [] for i in range(len(qs))}
        cur = 0
        for k in ks:
            s, e = sentences[k]
            s = max(s, h.end())
            for i, q in enumerate(qs):
                if text.find(q.value.get("name", q.text), s, e) >= 0 and i != cur and \
                        text.find(qs[cur].value.get("name", qs[cur].text), s, e) < 0:
                    cur = i
            runs[cur].append(k)
        verb = h.group("verb")
        for i, q in enumerate(qs):
            name = q.value.get("name", q.text)
            body = "".join(text[slice(*sentences[k])] for k in runs[i])
            alts = {verb + name} | _kind_alts(name, verb + body[:60])
            if i == 0 or len(qs) == 1:
                alts.add(h.group("verb") + h.group("places"))
            coin(q, alts, runs[i])

    # an ordinal time a teller fought, placed (第一次是在某省X, …一边撤一边打): the fight at X
    for o in _ORDINAL.finditer(text):
        k = bisect_left(starts, o.start() + 1) - 1
        if k < 0 or k in taken or in_quote(text, o.start()):
            continue
        s, e = sentences[k]
        end = _CLAUSE_END.search(text, o.end(), e)
        hi = end.start() if end else e
        qs = _items(text, o.end(), hi, at_start)
        if not qs or not free(k, (o.end(), qs[0].start), counted=True):
            continue
        before = sentences[k - 1][0] if k > 0 else s
        if not _FOUGHT.search(text, hi, e) and not _FOUGHT.search(text, before, o.start()):
            continue  # the ordinal counts fights: fighting told in its sentence or the one before
        if not FIGHTING_SIDE.search(text, before, e) and not _FOUGHT.search(text, hi, e):
            continue
        coin(qs[0], set(), _carried_on(k), qs[1:])

    # clauses: an ambush, a block, a raid or a clash at the place of the locative slot before it
    for pat in (_ACTIVE, _CLASH, _PASSIVE):
        for v in pat.finditer(text):
            k = bisect_left(starts, v.start() + 1) - 1
            if k < 0 or k in taken:
                continue
            s, e = sentences[k]
            if in_quote(text, v.start()):
                continue
            cl = max((c.end() for c in _CLAUSE_END.finditer(text, s, v.start())), default=s)
            if _UNTOLD.search(text, max(s, cl - 6), v.start()):
                continue
            if not FIGHTING_SIDE.search(text, s, e) and bisect_left(unit_starts, s) == bisect_left(unit_starts, e):
                continue
            if pat is _PASSIVE and v.group("bei") and not (FIGHTING_SIDE.search(text, cl, v.start())
                                                            or has(unit_starts, cl, v.start())):
                continue  # 被…包围: a force is the one surrounded (村民被日军包围 is no fight)
            slot = _slot_before(text, s, v.start())
            if slot is None:
                continue
            if _EN_ROUTE.search(text, slot[1], v.start()):
                continue  # 经X向北转移，途中与敌遭遇: the clash is on the way, not at X
            if any(len(st) >= 2 and text.find(st, *slot) >= 0 for st in stems.values()):
                continue  # 在甲城东关与敌激战: a part of a fight's site is that fight's ground
            qs = _items(text, *slot, at_start)
            if not qs or not free(k, (slot[0], qs[0].start)):
                continue
            fought = pat is not _ACTIVE or result_after(text, v.end()) is not None \
                or FIGHT_RESULT.search(text, v.end(), e) is not None
            q = qs[0]
            if q.value.get("kind") in _WIDE_KINDS and not (FIGHT_RESULT.search(text, s, e) or fought and pat is _CLASH):
                continue  # 日军在某城包围…: a campaign's move unless its fight is told
            name = q.value.get("name", q.text)
            coin(q, _kind_alts(name, v.group()), _carried_on(k), qs[1:])
    return out
