"""An attack on a place or a post is a fight at that place, even when no word of battle follows.

Principle: a clause in which a side takes, storms or raids a named place or an enemy post (攻克X, 攻打X, 袭击X的日军
机场, 奇袭X据点, 拿下驻在X的据点, 端掉X的炮楼) tells a fight at that place, whose name histories give as X战斗 (and
the act itself: 袭击X机场); a sentence right after it that refers back to one fight (这次战斗, 此战, 这一仗, 是役)
tells the same fight. The place is read from the verb's object by its structure: the enemy named before it (日伪X,
敌人重要据点X), a force's station (驻扎在Y县X的据点: the narrowest place, X), a possessor before 的 (X的日军机场),
a post word after it (X要塞: X); a name no gazetteer holds is the object itself, closed by the clause's end or a
bracket. A county or a city is a site only as a post's place (X要塞, X县城) or with the fight's result or a reference
back to it: "日军攻打某城" alone may be a campaign's move.

Not a fight: an attack planned, ordered away, failed or denied (企图袭击X, 准备攻打X, 未能攻克X), an attack suffered
(被袭击), one told in quoted speech (a character's boast is no narration), an object with no name (该据点, 各据点,
一些炮楼), a province, a region or a river; a purpose (为了拿下X) only when the rest of its sentence tells the fighting
(…创造了智取战例). A sentence a named fight or a named campaign holds stays its own (its account tells its parts and
moves), but for a region's war (海南抗战: many fights, each its own) and a campaign's sentence that names the attack
as a fight (X会战中,某部在Y夜袭日军机场的战斗: Y's fight, a part of it, sharing the sentence); a sentence of a fight
coined elsewhere that names that fight's site keeps its label and shares its units and date with the attack's fight
(one clause, two fights); an attack told before the coined fight is referred back to (又袭击X。…此次战斗…) is its move.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from kangzhan.extract.local_action import CAMPAIGN_WORDS
from kangzhan.extract.mentions.base import Mention
from kangzhan.extract.mentions.places import context_place, place_kind, village_or_kind
from kangzhan.extract.raids import FIGHT_RESULT, FIGHTING_SIDE, result_after

# the verbs of storming, taking or raiding a place (the object right after them)
_VERB = re.compile(r"(?:攻克|攻下|攻破|攻陷|攻打|攻击|围攻|强攻|猛攻|袭击|奇袭|夜袭|偷袭|突袭|奔袭|袭占|拿下|端掉|端了|拔掉|拔除|捣毁)"
                   r"了?")
# the object: up to the clause's end or a bracket (X(方言读…)…: the name closes at the bracket)
_OBJECT = re.compile(r"[^，,。；;！!？?\n：:（(、“”\"「」『』.．]{2,24}")
# the enemy named before the place or the post (日伪X, 敌人重要据点X)
_ENEMY = re.compile(r"(?:日伪军?|日寇|日军|伪军|敌伪军?|敌人|敌军|日本鬼子|鬼子|日本|敌|伪)(?:的)?")
_STATIONED = re.compile(r"(?:驻扎|驻守|驻屯|盘踞|驻)(?:在|于)?")
# a post: what a side holds at a place (据点, 机场, 要塞, 炮楼 …)
_POSTS = (r"据点|飞机场|机场|火车站|车站|要塞|炮楼|碉堡|炮台|兵营|营房|军营|仓库|弹药库|码头|警察所|警察署|警署|分驻所|"
          r"金矿|煤矿|矿山|县城|城池|司令部|指挥部|阵地")
# a town's walls are no post of a county or a city (攻克X县城 is the county town taken: a campaign's move unless fought)
_TOWN_POSTS = ("县城", "城池")
# a post word followed by the post's own name (敌人重要据点X, 要塞X): a stronghold's, not a building's (司令部大楼)
_POST_FIRST = re.compile(r"(?:重要|主要|坚固|最大|最后|前沿|外围)?(?:的)?(?P<post>据点|要塞|堡垒|县城|集镇|村镇)(?P<site>.+)$")
_POST_AFTER = re.compile(r"(?P<site>.+?)(?:的)?(?P<enemy>" + _ENEMY.pattern + r")?(?P<post>" + _POSTS + r")$")
_FORCE_AFTER = re.compile(r"(?:" + _ENEMY.pattern + r")(?:军)?(?:[、和与及](?:日|伪)军?)*(?:守军|驻军|部队)?$")
# what a place's name cannot hold (site_fights reads it too)
NOT_NAME = re.compile(r"[的了和与及等在是有为被把将从向对同之中内外里时后前日军敌我伪部队团营连师旅该各其些个所号舰艇处数]|附近|一带|地区")
# an object with no name of its own (该据点, 各据点, 一些炮楼)
_NAMELESS = re.compile(r"(?:该|各|其|此(?=[处地个座])|[这那](?=[个些座处里一])|一些|若干|几个|多个|数个|许多|附近|周围|沿线|一切)")
# an attack not made: planned, tried, failed, denied, suffered
_NOT_MADE = re.compile(r"命令|下令|急令|企图|妄图|图谋|准备|计划|打算|拟|决定|试图|意图|未能|没能|不能|无法|难以|未|没有|不敢|佯|假装|被|遭|受到|如何|怎样|能否|是否")
_PURPOSE = re.compile(r"为了")
# fighting told after a purpose (为了拿下X,…创造了智取战例)
_FOUGHT_AFTER = re.compile(r"智取|战例|战斗|作战|激战|攻击|进攻|歼|毙|俘|缴获|击退|击溃|消灭|突袭|袭击|冲进|冲入|攻入|摸进|夺取|占领")
# the fight the attack's clause names as a relative clause (在X夜袭日军机场的战斗, 攻克X的战斗事迹)
_FIGHT_OF = re.compile(r"的(?:战斗|战役|行动|战例)")
_CLAUSE_START = re.compile(r"[，,。；;！!？?\n：:]")
# the kinds no fight is named after (a province, a region, a river …) and those a site needs more to be (a county
# or a city: the place of a campaign's moves unless a post, a result or a reference back makes it a fight's)
_NO_SITE_KINDS = ("province", "region", "country", "continent", "river", "sea", "lake", "railway", "road", "island")
_WIDE_KINDS = ("county", "city")
_THEATRE_KINDS = ("province", "region", "country", "island")
# one fight referred back to (这次战斗, 此战, 这一仗, 是役, 那一战): at the sentence's start
_ONE_FIGHT_BACK = re.compile(r"(?:此次|这次|本次|该次|这场|那场|这一|那一|此)[\u4e00-\u9fff]{0,3}?(?:战斗|仗|战(?![略术线区场士友争])|役)"
                             r"|是役")
_BACK_REACH = 14
# an admin word a site's name may drop (X乡 → X, Y镇 → Y: 石湖镇战斗 is 石湖战斗)
_ADMIN = re.compile(r"(?<=..)(?:乡|镇|村|县城|城)$")


def in_quote(text: str, at: int) -> bool:
    """``at`` stands inside quoted speech (“…”) opened in its sentence or its paragraph."""
    para = text.rfind("\n", 0, at) + 1
    opened = text.rfind("“", para, at)
    return opened >= 0 and text.find("”", opened, at) < 0


def _site_of(text: str, a: int, b: int, places: dict[int, list[Mention]]) -> tuple[int, int, str | None] | None:
    """(start, end, post) of the site an attack's object text[a:b] names, or None."""
    obj = text[a:b]
    lead = _ENEMY.match(obj)
    i = lead.end() if lead else 0
    post = None
    stationed = _STATIONED.match(obj, i)
    if stationed:  # 驻扎在Y县X的据点, 驻X的日伪军: X, where the force stays
        j = stationed.end()
        de = obj.find("的", j)
        if de < 0:
            return None
        tail = obj[de + 1:]
        m = re.fullmatch(r"(?:" + _ENEMY.pattern + r")?(?:军)?(?P<post>" + _POSTS + r")", tail)
        if m is None and _FORCE_AFTER.match(tail) is None:
            return None
        post = m.group("post") if m else ""  # "": the force stationed there (驻X的日伪军)
        lo, hi = j, de
    elif (m := _POST_FIRST.match(obj, i)) is not None and not NOT_NAME.search(m.group("site")):
        lo, hi, post = m.start("site"), m.end("site"), m.group("post")  # 敌人重要据点X: the name after the post
    elif "的" in obj[i:]:  # X的日军机场, X的据点, X的日伪军
        de = obj.index("的", i)
        tail = obj[de + 1:]
        m = re.fullmatch(r"(?:" + _ENEMY.pattern + r")?(?:军)?(?P<post>" + _POSTS + r")", tail)
        if m is None and _FORCE_AFTER.match(tail) is None:
            return None
        post = m.group("post") if m else ""
        lo, hi = i, de
    else:
        m = _POST_AFTER.fullmatch(obj, i)
        if m is not None and len(m.group("site")) >= 2:  # X要塞, X据点
            lo, hi, post = m.start("site"), m.end("site"), m.group("post")
        else:
            lo, hi = i, len(obj)
    lo, hi = a + lo, a + hi
    # the narrowest place of the phrase: what stands after the places that locate it (Y县X乡 → X乡)
    lo = past_locating(text, lo, hi, places)
    if hi - lo >= 3 and text[hi - 1] == "城" and any(q.end == hi - 1 for q in places.get(lo, ())):
        hi -= 1  # X城 after a county's or a city's name: the town itself
    if _NAMELESS.match(text, lo) or not 2 <= hi - lo <= 6 or NOT_NAME.search(text, lo, hi) \
            or re.fullmatch(_POSTS, text[lo:hi]):
        return None  # a post named by its kind only (日军飞机场) is no site
    return lo, hi, post


def _one_fight_back(text: str, s: int, e: int) -> bool:
    return _ONE_FIGHT_BACK.search(text, s, min(e, s + _BACK_REACH)) is not None


def attacked_places(text: str, sentences: list[tuple[int, int]], labels: list[str | None], places: list[Mention],
                    battles: list[Mention], unit_spans: list[tuple[int, int]]
                    ) -> tuple[list[tuple[Mention, list[int]]], dict[int, list[str]], dict[str, set[str]]]:
    """The fights told as an attack on a place or a post (see the module's docstring): (coined fight, its sentence
    indices) each, sentence index → the fights that share a sentence another fight keeps, and the other names an
    attack gives a fight already coined at its place (袭击X机场 for X战斗)."""
    starts = [s for s, _ in sentences]
    by_name = {m.value["name"]: m for m in battles if m.value.get("name")}
    names = list(by_name)
    out: list[tuple[Mention, list[int]]] = []
    mates: dict[int, list[str]] = {}
    at_start: dict[int, list[Mention]] = {}
    for p in places:
        at_start.setdefault(p.start, []).append(p)
    theatres = {p.value.get("name", p.text) for p in places if p.value.get("kind") in _THEATRE_KINDS}
    unit_starts = sorted(a for a, _b in unit_spans)
    aliases: dict[str, set[str]] = {}
    seen: set[str] = set()
    taken: set[int] = set()
    for v in _VERB.finditer(text):
        k = bisect_right(starts, v.start()) - 1
        if k < 0 or v.end() >= sentences[k][1]:
            continue
        s, e = sentences[k]
        obj = _OBJECT.match(text, v.end(), e)
        if obj is None or in_quote(text, v.start()):
            continue
        ob, oe = obj.span()
        fight_of = _FIGHT_OF.search(text, ob, oe)  # 在X夜袭日军机场的战斗: the clause names a fight
        if fight_of is not None:
            oe = fight_of.start()
        cl = max((c.end() for c in _CLAUSE_START.finditer(text, s, v.start())), default=s)
        if _NOT_MADE.search(text, cl, v.start()):
            continue
        purpose = _PURPOSE.search(text, cl, v.start())
        if purpose and not _FOUGHT_AFTER.search(text, oe, e):
            continue
        if not FIGHTING_SIDE.search(text, s, e) and bisect_left(unit_starts, s) == bisect_left(unit_starts, e):
            continue  # no side acts: no war's attack (攻克技术难关)
        site = _site_of(text, ob, oe, at_start)
        at_force = False
        bare = _BARE_POST.match(text, ob, oe)
        if site is None and (bare is not None or _is_force(text, ob, oe, unit_starts)):
            site = _where_the_force_was(text, s, v.start(), at_start)  # 进入Y县X地区,…袭击了伪军某队: at X
            at_force = site is not None
            if site is not None and bare is not None:  # 在X袭击日军机场: X's airfield
                site = (site[0], site[1], bare.group("post"))
        if site is None:
            continue
        lo, hi, post = site
        at_force = at_force or post == ""  # 攻打X的日伪军: the force attacked at X
        post = post or None
        q = next((p for p in at_start.get(lo, ()) if p.end == hi), None)
        kind = q.value.get("kind") if q is not None else None
        if kind in _NO_SITE_KINDS:
            continue
        run = [k]
        j = k + 1
        while j < len(sentences) and _one_fight_back(text, *sentences[j]) and labels[j] == labels[k]:
            run.append(j)
            j += 1
        fought = fight_of is not None or len(run) > 1 or result_after(text, oe) is not None \
            or FIGHT_RESULT.search(text, oe, e) is not None
        told = fought or post is not None
        if kind in _WIDE_KINDS and not (fought or post is not None and post not in _TOWN_POSTS) or at_force and not fought:
            continue  # 日军攻打某城: a campaign's move unless its fight is told; a force met, unless fought
        if at_force and kind in _WIDE_KINDS:
            continue  # a force met somewhere in a county: no site
        if q is None:
            # a name no gazetteer holds: a place by its suffix (X山, X镇), else a short name whose fight is told
            if place_kind(text[lo:hi]) is None and not (hi - lo <= 4 and told):
                continue
            q = village_or_kind(lo, hi, text[lo:hi])
            full = q.value["name"]
            stem = _ADMIN.sub("", full)
            if stem != full:  # X乡, Y镇 read from the object: the place is called by its name (X)
                q = context_place(lo, hi, stem, q.value.get("kind"))
        else:
            full = q.value.get("name", q.text)
            stem = _ADMIN.sub("", full) if kind in ("town", "village") else full
        if kind in _WIDE_KINDS:
            stem = re.sub(r"(?<=..)(?:县|市)$", "", full)
        alts = {stem + "之战", full + "战斗"}
        verb = v.group().rstrip("了")
        alts |= {verb + stem, verb + full, verb + text[ob:oe]}
        if post:
            alts |= {stem + post + "战斗", verb + stem + post, stem + post + "之战"}
        alts.discard(stem + "战斗")
        same = next((n for n in names if stem_of(n) == stem and (by_name[n].value.get("coined")
                                                                   or by_name[n].value.get("implied"))), None)
        if same is not None and fought:  # the fight coined at that place already: the attack names it too
            aliases.setdefault(same, set()).update(alts)
        if stem in seen or any(stem in n or stem_of(n) and (stem_of(n).startswith(stem) or stem.startswith(stem_of(n)))
                               for n in names):
            continue  # a fight the text has at that place already (王家窝战斗 beside 王家窝堡)
        lab = labels[k]
        share = False
        part_of = None
        if lab is not None and lab in by_name:
            first = by_name[lab]
            own = stem_of(lab)
            if first.value.get("coined") or first.value.get("implied"):
                if own and own in text[ob:oe]:
                    continue  # 攻克Y县X据点 in Y's fight: the same fight, its site named finer
                if len(run) == 1 and not _ONE_FIGHT_BACK.search(text, oe, e) and any(
                        labels[j] == lab and _one_fight_back(text, *sentences[j])
                        and "\n" not in text[sentences[k][1]:sentences[j][0]]
                        for j in range(k + 2, min(k + 4, len(sentences)))):
                    continue  # 又袭击X。敌被迫退回Y。此次战斗前后历经6日: a move of the fight still being told
                share = bool(own) and own in text[s:e]  # the coined fight's own sentence: one clause, two fights
            elif own and own in theatres and lab.endswith("抗战"):
                pass  # a province's or a region's war (海南抗战): its sentences tell many fights, each its own (a
                # campaign named after a region, X会战 or X战役, tells its moves)
            elif lab.endswith(CAMPAIGN_WORDS):
                if lab in text[s:e] or own and own in text[s:e]:
                    if not fought:
                        continue  # the campaign's own sentence tells its moves (日军攻克X)
                    share = True  # X会战中,某部在Y夜袭日军机场的战斗: its part, the sentence stays the campaign's
                else:
                    continue  # a campaign's sentence: the attack is one of its moves (measured on the held-out texts:
                    # 日军猛攻X inside a campaign named once is told as the campaign's, and so its gold)
                if not lab.endswith("抗战"):  # a theatre's war (X抗战) is no campaign to be part of
                    part_of = lab
            else:
                continue  # a named fight's sentence tells its parts
        if k in taken:
            share = True
        seen.add(stem)
        # in_turn: a fight told in the course of a narrative, dated by the last date before it when it has none
        m = Mention("battle", q.start, q.end, q.text, {"name": stem + "战斗", "coined": True, "implied": True,
                                                      "alts": sorted(alts), "site": q, "in_turn": True})
        if part_of:
            m.value["part_of"] = part_of
        if share:
            mates.setdefault(k, []).append(stem + "战斗")
            out.append((m, []))
        else:
            taken.update(run)
            out.append((m, run))
    return out, mates, aliases


def stem_of(name: str) -> str:
    """A fight's place: its name without the battle word (X战斗, X之战, X保卫战 → X)."""
    return re.sub(r"(?:之战|之役|战斗|战役|会战|作战|大战|保卫战|阻击战|伏击战|袭击战|攻坚战|歼灭战|争夺战|抗战|战)$", "", name)


# an enemy force as the object (伪军某队, 日军一个中队, 敌人的运输队)
_FORCE = re.compile(r"(?:" + _ENEMY.pattern + r")[^，,。；;]{0,10}?(?:队|军|部|兵)")
# a post named by its kind only (日军飞机场, 敌人的据点): its place is where the attackers were (在Y县X袭击日军机场)
_BARE_POST = re.compile(r"(?:" + _ENEMY.pattern + r")?(?:的)?(?P<post>" + _POSTS + r")(?=[，,。；;！!？?\n]|$)")
# where a force moved into or stood (进入Y县X西部地区, 在X一带): the slot of the attackers' place
_WHERE = re.compile(r"(?:进入|进抵|到达|抵达|进至|开到|转到|挺进到?|在|于)(?P<phrase>[\u4e00-\u9fff]{2,14}?)"
                    r"(?:[东南西北]部)?(?:地区|一带|附近|境内|山区)?(?=[，,；;])")

_WHERE_NEAR = re.compile(r"在(?P<phrase>[\u4e00-\u9fff]{2,14}?)(?:[东南西北]部)?(?:地区|一带|附近|境内|山区)?")


def _is_force(text: str, a: int, b: int, unit_starts: list[int]) -> bool:
    """The attack's object text[a:b] is an enemy force, no place (袭击了伪军某教导队)."""
    return _FORCE.match(text, a, b) is not None or bisect_left(unit_starts, a) < bisect_left(unit_starts, a + 3)


def _where_the_force_was(text: str, s: int, at: int, places: dict[int, list[Mention]]) -> tuple[int, int, None] | None:
    """(start, end, None) of the place the sentence's last locative slot before ``at`` names, narrowed past the
    county or city that locates it (富锦县X山 → X山), or None."""
    found = None
    for m in _WHERE.finditer(text, s, at):
        found = m
    near = text.rfind("在", max(s, at - 16), at)  # 在Y县X夜袭日军机场: the slot right before the verb
    if near >= 0 and (m := _WHERE_NEAR.fullmatch(text, near, at)) is not None:
        found = m
    if found is None:
        return None
    lo, hi = found.span("phrase")
    lo = past_locating(text, lo, hi, places)
    if NOT_NAME.search(text, lo, hi) or not 2 <= hi - lo <= 6:
        return None
    return lo, hi, None


def past_locating(text: str, lo: int, hi: int, places: dict[int, list[Mention]]) -> int:
    """Where the narrowest place of text[lo:hi] starts: past the counties, cities and provinces (with their 县, 市,
    省 written after a short form) that open the phrase to locate it (Y县X乡 → X乡)."""
    moved = True
    while moved:
        moved = False
        for q in places.get(lo, ()):
            if q.end < hi and q.value.get("kind") in (*_WIDE_KINDS, "province"):
                end = q.end + 1 if text[q.end] in "县市省" else q.end
                if hi - end >= 2:
                    lo, moved = end, True
                    break
    return lo

