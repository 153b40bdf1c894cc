"""Where the fight was, not every town a text names near it.

A battle told in passing — a sentence or two of fighting inside a life, an obituary, a memorial or an order — takes
as its run every sentence of that text, and so every place of the text's own subject: where a man went to school,
where his company was stationed, where his cenotaph stands. Such a battle is told in passing when its run is long,
few of its sentences fight (at most BRIEF with a word of fighting) and few speak of war at all (under WAR_SHARE of
them name the enemy, arms, positions, a death in battle or a unit). Its places are then only those the text puts
in the war: a place in a sentence that speaks of war (在X作战, 坚守X, 收复X, X失守, 与敌…于X, 在X阵亡), a place in its
own name or in the name of another battle of the text (which takes it), the place of a 地点 field; not a place in
the name of a battle the text only lists (参加常德会战, 后参加X战役: that fight is not this one's); and not a place named only as where a unit
came from or went to (由X开赴前线, 调往X, 驻扎在X, 撤至X整补) unless the fight is there (撤至X坚守).
Whatever the length, a place inside the name of a fight someone only took part in (外公参加过长沙会战, 曾经历X战役)
that is no battle of the text is none of the told fight's places.

A fight named after one site (X战斗, X伏击战, X保卫战, X之战, X事变 — not a campaign: X会战, X战役, X大战, X作战) is
fought around that site, told in passing or at length: a place of its stretch is its own when named where the fight
is told — in a sentence that names the site, as the division that holds a narrower place (山西X县), in a sentence of
war or a clause of a unit, or, narrower than a city, as ground moved over, held or lying by another (进至X, X东侧,
X地处…) — and a wide place (a province, a region, a country, a city) never as where someone came from or went, whose
man he was or what was at stake (从X过来, 赶回X, 我X部队, X人, X岌岌可危): those are the frame (where the commander
studied, where the guests came from, where a secretary went next), in a narrative, a memoir, a news report, an
encyclopedia entry or a chronicle alike (_where_told).

A campaign told at length keeps every place of its sentences: an account's approach marches, terrain and towns
passed are places of the battle (the gold of the narratives counts them), whatever their words. But a place of
another theatre named once inside its stretch is none of its places (far_places): a province or prefecture city more
than FAR_KM from where the battle's cities and counties cluster, in a clause that names no other place, no unit, no
war and no tie to the operations (策应X, 对X的威胁) — 她准备前往香港避难, 军歌"我们来自云南…", 湖北人: what happened
elsewhere meanwhile, where someone came from or went. A province or city that holds the battle's centre is never far
(云南 of a battle at 腾冲); a far county is left alone (a county named like a village of the battlefield is a
namesake, not a far place); a battle whose places do not cluster (a campaign over three provinces) keeps them all.
A far division that kept its place but shares its name with a region, a foreign city or a natural feature is read
as that instead (九龙 of a battle at 长沙 is Kowloon, not the county in 四川; 怒江 by 松山 the river, not the
prefecture): the near namesake wins. And a far division's name that only opens a list item (在甲县大营、乙丙崤等处,
乙丙 a far county) is the head of the item's local name: the place is the whole item.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace
from itertools import accumulate

from kangzhan.extract.deaths import DEATH_WORDS
from kangzhan.extract.fight_words import FIGHT_WORDS
from kangzhan.extract.lexicons import AdminPlace, admin, features, km, namesakes, regions, within_km
from kangzhan.extract.mentions.base import Mention
from kangzhan.extract.mentions.battles import COMPARED_ITEMS
from kangzhan.extract.mentions.scan import near_anchor_finditer

# a word of fighting: an attack, a defence, a clash, its outcome for a town, a battle's name word
COMBAT = re.compile(r"作战|激战|血战|鏖战|苦战|恶战|酣战|浴血|交战|交火|接战|巷战|肉搏|战斗|会战|战役|之役|之战|保卫战|阻击|"
                    r"狙击|伏击|袭击|突袭|夜袭|奇袭|坚守|固守|死守|扼守|据守|守卫|保卫|防守|守城|攻克|攻占|攻陷|攻入|攻打|攻城|"
                    r"进攻|围攻|反攻|攻击|强攻|猛攻|收复|光复|克复|夺回|夺取|失守|沦陷|陷落|失陷|弃守|突围|围歼|歼灭|歼敌|"
                    r"击毙|毙敌|毙伤|击溃|击退|击落|击沉|杀敌|冲锋|与敌|同敌|抗击|迎击|截击|堵击|拉锯|争夺|对峙|炮击|轰炸|"
                    r"防御|阻敌|御敌|拒敌|抗敌")
# a sentence that speaks of war: fighting, the enemy, arms, positions, moves against a place
WAR = re.compile(COMBAT.pattern + r"|日军|日寇|敌|鬼子|伪军|炮|枪|阵地|据点|碉堡|工事|战壕|扫荡|进犯|进逼|逼近|入侵|侵占|"
                 r"占领|撤退|包围|突破|强渡|掩护|增援|火力|射击|扫射|俘")
# a place's sentence that puts it in the war: one of war, or of a death or wound in battle (在X阵亡, X殉国); a
# memorial's many words of death tell no more war than its one battle (not counted for told_in_passing)
AT_WAR = re.compile("|".join((WAR.pattern, "伤亡", *DEATH_WORDS, "负伤")))
# a place as where a unit came from or went to: 由X开赴, 从X出发, 自X调来 (the place between); 调往X, 开赴X, 驻扎在X,
# 撤至X (the place after)
_ORIGIN = re.compile(r"(?:由|从|自)(?P<where>[^，,。；;：:、\n]{2,10}?)(?:开赴|出发|开拔|调来|调往|调至|开来|启程|起程|北上|南下|"
                     r"东进|西进|入川|出川)")
_DESTINATION = re.compile(r"(?:调往|调至|调赴|开赴|开往|移防|移驻|转移到|转移至|撤至|撤往|撤到|撤回|退至|退往|开回|调回|调防|"
                          r"进驻|驻防|驻扎(?:在|于)?|驻在)(?P<where>[^，,。；;：:、\n]{2,10})")
_CLAUSE_END = re.compile(r"[，,。；;！!？?\n：:]")
# a field of a record that says where the battle was (地点:X; 时间:…;地点:山西X)
_FIELD = re.compile(r"(?:地点|战场|战地|地點|戰場)\s*[:：][^:：;；。\n]*$")
# a place of another theatre: farther than FAR_KM from the centre of its battle's places, where at least CLUSTER of
# the battle's mentions of cities and counties, and more than half of them, lie within NEAR_KM of one place
FAR_KM = 500.0
NEAR_KM = 300.0
CLUSTER = 2
_JUDGED = ("province", "city")  # gazetteer kinds whose namesakes are rare (a county may be a village's namesake)
# a clause that ties a far place to the operations: 加强对重庆的威胁, 策应香港方面, 牵制X之敌
_OPERATIONAL = re.compile(r"威胁|威逼|策应|牵制|呼应|配合|支援")
_CLAUSE = re.compile(r"[，,。；;！!？?\n：:“”「」『』《》（）()]")
# a battle told in passing: its run has at least RUN sentences, at most BRIEF of them fight, and fewer than WAR_SHARE
# of them speak of war (a list's item of one or two sentences is all fight, whatever its words; an operations history
# that plans and moves divisions, and a reportage full of the enemy and his guns, are about war)
RUN = 5
BRIEF = 3
WAR_SHARE = 0.4
SETTING = 2  # sentences of a fight's stretch before its site is named: the setting it is told against
FRAME = 3  # sentences without war before a coined battle's account: a frame (a visit, a page), not its lead


def fighting_places(text: str, sentences: list[tuple[int, int]], labels: list[str | None],
                    places: list[Mention], battles: list[Mention], units: list[Mention],
                    names: dict[str, set[str]], coined: frozenset[str] | set[str] = frozenset()) -> list[Mention]:
    """The place mentions that are places of a fight (see the module docstring): in a battle told in passing, the
    places its sentences name outside the war are dropped. ``names`` holds each battle of the text with its other
    names; ``coined`` the battles named by rule from the text's own fighting (a diary's night attack): those are what
    the text tells, never told in passing, so their camps and assembly villages stay."""
    if places and coined:
        places = _outside_frame(text, sentences, labels, places, units, set(coined))
    brief = told_in_passing(text, sentences, labels, units) - set(coined) if places else set()
    spans = sorted((m.start, m.end, m.value.get("name", m.text)) for m in battles)
    places = _outside_past_records(text, spans, places, names)
    sites = _sites(places, spans, labels, names)
    if not brief and not sites and not any(owned(text, m) for m in places):
        return places
    starts = [s for s, _ in sentences]
    unit_starts = sorted(u.start for u in units)
    place_starts = {m.start for m in places}
    named_at = {m.start: _name(m) for m in places}
    others = {lab: _others(sites, names, lab) for lab in sites}
    from kangzhan.extract.implied import in_action_slot  # implied imports this module
    # the setting is read off a fight the text names (its name says which fight the sentences before lead up to);
    # a fight coined from the text's own telling has no such name to be led up to: its stretch is its account
    opened = {lab: k for lab, k in _site_first_named(text, sentences, labels, sites).items() if lab not in coined}
    out = []
    for m in places:
        k, lab = _sentence_label(sentences, starts, labels, m.start)
        if lab is not None and (owned(text, m) or home(text, m)):
            continue
        if lab in sites and lab not in brief:
            if _battle_name_at(spans, m) is not None or _field(text, m):
                out.append(m)
            elif k < opened.get(lab, -1) and _setting(text, m, sentences[k], in_action_slot) \
                    or _peer_of_site(text, m, sentences[k], sites[lab]) \
                    or _off_the_fight(text, m, sentences[k], sites[lab], others[lab], named_at):
                continue
            elif _where_told(text, m, sentences[k], sites[lab], unit_starts, place_starts):
                out.append(m)
            continue
        if lab not in brief:
            out.append(m)
            continue
        named = _battle_name_at(spans, m)
        if named is not None:  # X of X保卫战: a battle of the text takes it (_assemble); another is no fight of lab's
            if named == lab or named in names or named in names.get(lab, ()):
                out.append(m)
        elif _field(text, m) or (AT_WAR.search(text, *sentences[k]) and not moved(text, m)):
            out.append(m)
    return out


# a campaign's name (X会战, X战役, X大战, X作战, a war, a sweep): fought over a region, its stretch all its ground
_CAMPAIGN = re.compile(r"(?:会战|战役|大战|作战|抗战|战争|扫荡|决战)$")
# the word a fight's name ends in after its site (X伏击战, X战斗, X之战, 夜袭X is named by its act, not ended by it)
_FIGHT_END = re.compile(r"(?:伏击战|突围战|保卫战|阻击战|狙击战|歼灭战|反击战|攻坚战|争夺战|遭遇战|袭击战|夜袭战|截击战|"
                        r"战斗|之战|之役|大捷|血战|事变|事件|战|役)$")
# places wider than a fight's ground: a province, a region, a country, a city
WIDE = ("province", "region", "country", "city")
# a clause that moves over the ground (进至X, 向X前进, 渡X, 经X, 退往X) or a place named as a position (X东侧, X村口,
# X正前方, X附近, X一带, X等处): the ground of a small fight's approach, its positions and its pursuit
_MOTION = re.compile(r"进|至|到|抵|向|渡|过|经|攻|退|撤|往|赴|绕|登|沿|朝|越|插|转|迂回|逃|追|冲|北上|南下|"
                     r"位于|地处|[东西南北][连接邻靠依临]|横跨|毗邻|交界|通往|直通|设伏|埋伏|驻守|驻扎|集结")
_POSITION = re.compile(r"(?:村|镇|庄|寨)?(?:以[东西南北]|[东西南北](?:[侧面边头端口]|$|[、，,的])|正?前方|后方|附近|一带|等处|周围|四周|口)")
# a wide place named as where someone came from or went (从X, 由X, 回到X, 赶赴X, 送往X), whose man or unit he was
# (我X部队, X人, X籍), what the enemy threatened or what was at stake (威胁X, 逼近X, X岌岌可危): the frame of a small
# fight, not its ground
_FRAME_BEFORE = re.compile(r"(?:从|由|自|回|返|回到|返回|调回|赶回|赶赴|前往|送往|转往|调往|赴|威胁|逼近|直逼|进逼|迂回|"
                           r"图谋|觊觎|拱卫|屏障)$")
# whose man or unit he was, or what was at stake (我X部队, X人, X籍, X岌岌可危): a wide place named so is no place of
# any fight, a campaign's either
_OWNER_BEFORE = re.compile("我$")
_OWNER_AFTER = re.compile(r"人(?![民员马口])|籍|[^，,。；;]{0,4}?(?:岌岌可危|危在旦夕|的?门户|的?安全|的?命运|震动)")
# what stands between a division and the narrower place it holds (山西省应县, 上海的四行仓库, 江苏南部X)
_HOLDS = re.compile(r"[省市县的东南西北中部边]{0,4}")


def owned(text: str, m: Mention) -> bool:
    """The mention is a wide place named as whose man or unit someone was, or as what was at stake (我X部队, X人,
    X岌岌可危)."""
    return m.value.get("kind") in WIDE and (_OWNER_BEFORE.search(text, max(0, m.start - 1), m.start) is not None
                                            or _OWNER_AFTER.match(text, m.end) is not None)


def _sites(places: list[Mention], spans: list[tuple[int, int, str]], labels: list[str | None],
           names: dict[str, set[str]]) -> dict[str, set[str]]:
    """The fights of the text named after one site (not a campaign: see _CAMPAIGN) → the words of that site: the
    stems of its names (X of X战斗, X伏击战) and the places named inside a mention of it."""
    out: dict[str, set[str]] = {}
    for lab in dict.fromkeys(x for x in labels if x is not None):
        if _CAMPAIGN.search(lab):
            continue
        stems = {_FIGHT_END.sub("", n) for n in (lab, *names.get(lab, ()))}
        out[lab] = {x for x in stems if len(x) >= 2}
    if out:
        for m in places:
            named = _battle_name_at(spans, m)
            if named is not None:
                for lab, words in out.items():
                    if named == lab or named in names.get(lab, ()):
                        words.add(m.value.get("name", m.text))
    return {lab: words for lab, words in out.items() if words}


def _site_first_named(text: str, sentences: list[tuple[int, int]], labels: list[str | None],
                      sites: dict[str, set[str]]) -> dict[str, int]:
    """Each fight named after a site → the index of the first sentence of its stretch that names the site, when
    SETTING sentences or more of the stretch come before it (one sentence before is as often the fight's own lead),
    or one under a heading that is the fight's name alone (it says which fight the body tells; a heading that names
    more, 反攻甲地与乙村大捷, opens the telling: under it the fights that led to the one it names are told as its own).
    The sentences before are the setting the fight is told against (the enemy's sweep of the region that month, the
    towns he held, how the local force was formed): their places are none of the fight's, unless one stands in the
    slot of its action (袭击X, 在X与敌激战) or in a clause that tells fighting (X城被炸, 坚守X阵地): see _setting."""
    out: dict[str, int] = {}
    before: dict[str, int] = {}
    titled: set[str] = set()
    for k, ((s, e), lab) in enumerate(zip(sentences, labels, strict=True)):
        if lab not in sites or lab in out:
            continue
        if any(w in text[s:e] for w in sites[lab]):
            if lab not in before and lab not in titled and _NUMBERING.sub("", text[s:e].strip()) == lab:
                titled.add(lab)  # a heading that is the fight's name alone: the body's first naming opens it
                continue
            out[lab] = k if before.get(lab, 0) >= (1 if lab in titled else SETTING) else -1
        else:
            before[lab] = before.get(lab, 0) + 1
    return {lab: k for lab, k in out.items() if k > 0}


# arms fired, forces clashing: a sentence that tells them tells fighting, whatever its clauses (甲村口,如同暴风雨般的
# 扫射; 中日军队正在乙城交锋)
_FIRE = re.compile(r"枪|炮|射击|扫射|火力|开火|交火|交锋|冲锋|拼杀|肉搏")


# a sentence that opens by saying where or what a place is (甲县乙镇是运河畔的重镇, 丙村位于山脚, 丁镇地处要冲):
# the site's geography, not an event of the setting
# (a subject of a few characters with no preposition: 以甲地为要点 tells a plan, not a place)
_DESCRIBED = re.compile(r"\s*[^，,。；;！!？?\n以对在将把被向从由]{1,10}?(?:是|地处|位于|坐落|地当|[东西南北](?:连|接|临|靠|倚|濒))")


def _setting(text: str, m: Mention, sentence: tuple[int, int], in_action_slot) -> bool:
    """A place of the setting told before a fight's site is named: neither in the slot of an action nor in a clause
    that tells fighting nor in a sentence of fire (日寇侵占甲城后出犯乙乡, 对丙、丁地区进行扫荡: what the enemy held
    and swept, not a fight), nor in the subject of a sentence that describes a place (甲县乙镇是…重镇: where the
    ground lies, which a fight's places may name)."""
    s, e = sentence
    described = _DESCRIBED.match(text, s, e)
    if described is not None and m.end <= described.end():
        return False
    lo = max([s, *(x.end() for x in _CLAUSE_END.finditer(text, s, m.start))])
    right = _CLAUSE_END.search(text, m.end, e)
    return not in_action_slot(text, m) and not COMBAT.search(text, lo, right.start() if right else e) \
        and not _FIRE.search(text, s, e)


# a heading's list numbering (一、, (三), 2.)
_NUMBERING = re.compile(r"^[(（]?[一二三四五六七八九十0-9]{1,3}[)）、.．]?\s*")


# the site and other places joined to it as one subject of its lie (X与Y、Z据…关口, X和Y扼…): its neighbours
_PEERS_BEFORE = re.compile(r"[与和同及][^，,。；;！!？?\n与和同及]{0,12}$")


def _peer_of_site(text: str, m: Mention, sentence: tuple[int, int], site: set[str]) -> bool:
    """The place is one of the site's neighbours named with it in a sentence that tells no war (甲镇,古称乙,与丙、丁
    据山口,扼两省之咽喉): the geography around the site, not its fight's ground."""
    s, e = sentence
    if _name(m) in site or AT_WAR.search(text, s, e):
        return False
    lead = _PEERS_BEFORE.search(text, max(s, m.start - 13), m.start)
    if lead is None:
        return False
    before = text[s:lead.start()]
    return any(w in before for w in site) and all(ch == "、" or "\u4e00" <= ch <= "\u9fff"
                                                  for ch in text[lead.start() + 1:m.start])


# a person named after his home (X村老人林某, X镇村民, X乡农民): where he lives, none of a fight's places
_HOME_AFTER = re.compile(r"(?:[\u4e00-\u9fff]{1,4}?[村庄屯寨])?(?:的)?(?:老人|老汉|老大爷|大爷|大娘|老大娘|村民(?!兵)|农民|乡亲|"
                         r"老兵|老战士|老党员|居民|人氏|籍)")


def home(text: str, m: Mention) -> bool:
    """The place is named as where a person lives or comes from (X镇Y村老人某, X乡村民, X人氏): his home."""
    return _HOME_AFTER.match(text, m.end) is not None and not AT_WAR.search(text, m.end, m.end + 8)


def _where_told(text: str, m: Mention, sentence: tuple[int, int], site: set[str], unit_starts: list[int],
                place_starts: set[int]) -> bool:
    """The place of a small fight's stretch is named where the fight is told: in a sentence that names the fight's
    site, as the division that holds a narrower place (山西X县, 吴江X镇), in a sentence of war or a clause of a unit,
    or (a place narrower than a city) as ground moved over, held or lying by another (进至X, X东侧, X地处…). A wide
    place (a province, a region, a city) named as where someone came from or went, whose man he was, or what was at
    stake (从X过来, 赶回X, 我X部队, X人, X岌岌可危) is the frame wherever it stands."""
    s, e = sentence
    lo = max([s, *(x.end() for x in _CLAUSE_END.finditer(text, s, m.start))])
    right = _CLAUSE_END.search(text, m.end, e)  # a bracket or a quote stays in its clause (X高地(即Y))
    hi = right.start() if right else e
    wide = m.value.get("kind") in WIDE
    if wide and _FRAME_BEFORE.search(text, max(lo, m.start - 4), m.start):
        return False
    between = _HOLDS.match(text, m.end)
    assert between is not None
    if any(m.end + k in place_starts for k in range(between.end() - m.end + 1)) or any(w in text[s:e] for w in site):
        return True
    if AT_WAR.search(text, s, e) or bisect_right(unit_starts, hi - 1) > bisect_right(unit_starts, lo - 1):
        return True
    return not wide and (_MOTION.search(text, lo, hi) is not None or _POSITION.match(text, m.end) is not None)


# A fight's places are where it is fought, not where its forces stayed, were active as a habit, were stationed before
# they moved on it, or went once it was over (_off_the_fight). Each is told by the clause that names the place:
# the end of the fight told before it in its sentence (战斗结束后,部队转移到甲村休整; 战后撤至乙镇)
_OVER = re.compile(r"(?:战斗|此战|这一?仗|激战|伏击|袭击|战事|作战)(?:胜利)?(?:结束|打完|完毕)了?(?:之?后|以后)|战后|"
                   r"撤出战斗(?:之?后|以后)?|打扫(?:完)?战场(?:之?后|以后)")
# a clause after the word of the fight's end that still tells fighting (战斗结束后,日军在甲村反扑)
_FOUGHT_ON = re.compile(COMBAT.pattern + "|" + _FIRE.pattern + r"|反扑|追击|追歼|包围|围困")
# a habit or a long stay, no one fight (一直在甲地配合作战, 在乙、丙一带坚持活动, 经常到丁村来, 多次袭击, 转战甲乙两省);
# not 一直 "straight" before a way (一直向甲城方向延伸)
_HABIT = re.compile(r"一直(?![向往到朝通延沿])|多次|屡次|经常|常常|时常|长期|历年|每每|转战|坚持(?:活动|斗争|游击|工作|抗日)")
# what a force does at a place that is no fight: its work, gathering or reorganising (到甲乡进行宣传, 在丙地与某部会合,
# 开辟丁区); not its camp or rest (在乙村宿营,次日遭袭: the camp is often where it is struck)
_WORK = re.compile(r"活动|宣传|开展|工作|建立|开辟|整训|会合|会师|整编|改编|成立|召开|发动群众|筹粮|募捐")
# a force's post before it moved on the fight (驻甲村的日军…向乙镇扑来, 驻丙之敌出来骚扰): 驻 before the place (or
# before the list it heads) with no attack before it in its clause (袭击驻甲村的日军 is the fight at 甲村)
_POSTED_BEFORE = re.compile(r"驻(?:守|扎|防|屯|在|于)?(?:[\u4e00-\u9fff]{2,6}[、和及与])*$")
_SALLY = re.compile(r"出动|出来|出犯|出扰|出击|扑|窜|杀至|杀到|赶来|前来|开来|来犯|进犯|直入|踏入|开往|向")
# where a force or a convoy was bound, no fight told in its clause (正向甲市开进的某团, 将粮食从乙镇运往丙县): the goal
# of a march, not where it was struck — a city or a wider place marched on (a village marched on, 我们向甲村前进, is
# as often the ground the diarist fights on next)
_TOWARD_BEFORE = re.compile(r"(?:向|往|朝)$")
_BOUND_AFTER = re.compile(r"[^，,。；;！!？?\n]{0,4}?(?:开进|进发|前进|行进|开去|进军|挺进|驶去|开拔)")
_SENT_TO_BEFORE = re.compile(r"(?:运往|送往|押往|驶往|运到|送到|押到|解往)$")
# the point a distance is measured from (距离甲城约20公里的乙村, 离甲镇十里): it locates the place, it is no ground
_MEASURED_FROM = re.compile(r"(?:距离|距|离)$")
_MEASURE_AFTER = re.compile(r"(?:县城|城)?(?:约|仅|只有|不过|不到|大约)?[0-9一二三四五六七八九十百两半余多]+(?:华里|公里|里|千米|英里|km)")
# the next event of a sentence after the fight's site: 攻克甲地,尔后进入乙、丙等地,即返回丁根据地
_NEXT = re.compile(r"[，,；;](?:尔后|而后|随后|然后|此后|之后|继而|接着|旋即|即|又|再|后|最后)(?!来)")


def _others(sites: dict[str, set[str]], names: dict[str, set[str]], lab: str) -> set[str]:
    """The site words of the text's other fights named after a site (a fight of the text that labels no sentence
    too: one coined from a clause of a sentence told under another)."""
    out = {w for other, words in sites.items() if other != lab for w in words}
    for other, alts in names.items():
        if other != lab and other not in names.get(lab, ()) and not _CAMPAIGN.search(other):
            out |= {x for x in (_FIGHT_END.sub("", n) for n in (other, *alts)) if len(x) >= 2}
    return out - sites.get(lab, set())


def _off_the_fight(text: str, m: Mention, sentence: tuple[int, int], site: set[str], others: set[str],
                   named_at: dict[int, str]) -> bool:
    """The place of a fight's stretch is named where no fighting of it is told (see _OVER, _HABIT, _WORK,
    _POSTED_BEFORE, _NEXT): after the fight is over, in a clause of a habit or of work or a gathering that tells
    no fighting, as the post a force left to come to the fight, or after the site in a sentence that goes on to the
    next event; or it is the site of another fight of the text (``others``), or the division that holds that site
    (甲县乙村 of the fight at 乙村; ``named_at``: the place names by their start). The fight's own site is always its
    place."""
    name = _name(m)
    if any(w in name or name in w for w in site):
        return False
    if any(w in name or name in w for w in others):
        return True
    between = _HOLDS.match(text, m.end)
    assert between is not None
    for at in range(m.end, between.end() + 1):  # the place right after it, past 省/县/的 (see _HOLDS)
        q = named_at.get(at)
        if q is not None and any(w in q or q in w for w in others):
            return True
    if _MEASURED_FROM.search(text, max(0, m.start - 3), m.start) and _MEASURE_AFTER.match(text, m.end):
        return True
    s, e = sentence
    lo = max([s, *(x.end() for x in _CLAUSE_END.finditer(text, s, m.start))])
    right = _CLAUSE_END.search(text, m.end, e)
    hi = right.start() if right else e
    if (m.value.get("kind") in WIDE and _TOWARD_BEFORE.search(text, max(lo, m.start - 2), m.start)
            and _BOUND_AFTER.match(text, m.end) or _SENT_TO_BEFORE.search(text, max(lo, m.start - 3), m.start)) and not COMBAT.search(text, lo, hi):
        return True
    if _OVER.search(text, s, m.start) and not _FOUGHT_ON.search(text, lo, hi):
        return True
    if _HABIT.search(text, lo, hi):
        return True
    if _WORK.search(text, lo, hi) and not COMBAT.search(text, lo, hi):
        return True
    post = _POSTED_BEFORE.search(text, max(lo, m.start - 24), m.start)
    if post is not None and not COMBAT.search(text, lo, post.start()) and _SALLY.search(text, m.end, e):
        return True
    at = min((i for w in site if (i := text.find(w, s, e)) >= 0), default=-1)
    if at >= 0 and at < m.start:
        nxt = _NEXT.search(text, at, m.start)
        if nxt is not None and not any(text.find(w, nxt.end(), e) >= 0 for w in site):
            return True
    return False


# a memorial's or a museum's name (陈庄歼灭战纪念碑, X战役纪念馆): the site, no word of war in the sentence that names it
_SITE_NAME = re.compile(r"[\u4e00-\u9fff]{2,14}?(?:纪念碑|纪念馆|纪念亭|纪念塔|纪念园|纪念地|陈列馆|展览馆|博物馆|陵园|遗址|旧址)")
_SITE_WORD = re.compile("纪念[碑馆亭塔园地]|陈列馆|展览馆|博物馆|陵园|遗址|旧址")  # what every _SITE_NAME match ends in


def _speaks_of_war(text: str, s: int, e: int) -> bool:
    """The sentence speaks of war (or of the resistance: 抗日, 抗战) once the names of memorials and museums are
    taken out of it."""
    sentence = text[s:e]
    if _SITE_WORD.search(sentence) is not None:  # (most sentences name none: no scan of _SITE_NAME for them)
        sentence = _SITE_NAME.sub(lambda m: " " * len(m.group(0)), sentence)
    return _WAR_OR_RESISTANCE.search(sentence) is not None


_WAR_OR_RESISTANCE = re.compile(WAR.pattern + r"|抗日|抗战")
# the traveller who tells the frame (我们到了…, 笔者): not 我军, 我国, 我方 of the account
_VISITOR = re.compile(r"我们|笔者|本人|(?<![自本])我(?![军国方党部师团旅营连])")


def _outside_frame(text: str, sentences: list[tuple[int, int]], labels: list[str | None], places: list[Mention],
                   units: list[Mention], coined: set[str]) -> list[Mention]:
    """A battle coined from a text's account (never named there) takes the whole text as its run; the sentences
    before the account's first word of war (or unit), when a visitor tells them in the first person, are the frame
    the account is quoted or visited in (our trip to the monument, the reservoir that drowned the village, the
    museum closed on Monday): their places are no places of the fight. A guide's impersonal description of the site
    (殉难地位于X) is no such frame: the site is where they fell."""
    frame_end: dict[str, int] = {}  # a coined battle → the start of its first sentence of war
    before: dict[str, int] = {}  # a coined battle → its sentences before that one
    visitor: set[str] = set()  # the coined battles whose frame a visitor tells in the first person
    unit_starts = sorted(u.start for u in units)
    for (s, e), lab in zip(sentences, labels, strict=True):
        if lab in coined and lab not in frame_end:
            if _speaks_of_war(text, s, e) or bisect_right(unit_starts, e - 1) > bisect_right(unit_starts, s - 1):
                frame_end[lab] = s
            else:
                before[lab] = before.get(lab, 0) + 1
                if _VISITOR.search(text, s, e):
                    visitor.add(lab)
    # a lead sentence is no frame, nor a guide's description of the site (殉难地位于X: where they fell)
    frame_end = {lab: s for lab, s in frame_end.items() if before.get(lab, 0) >= FRAME and lab in visitor}
    starts = [s for s, _ in sentences]
    past = _site_past(text, sentences, labels, units, coined)
    out = []
    for m in places:
        k, lab = _sentence_label(sentences, starts, labels, m.start)
        if lab in coined and (m.start < frame_end.get(lab, -1) or k in past):
            continue
        out.append(m)
    return out


# the distant past of a site: a dynasty or an emperor, the Spring and Autumn, centuries ago, a legend (宋朝, 明代,
# 乾隆皇帝, 春秋, 300多年前, 相传)
_OLD_PAST = re.compile(r"[秦汉隋唐宋元明清](?:朝|代|初|末)|皇帝|春秋|战国|(?:[0-9]{3,4}|[一二三四五六七八九两][百千])多?年(?:前|以前|历史)|相传|古时")


def _site_past(text: str, sentences: list[tuple[int, int]], labels: list[str | None], units: list[Mention],
               coined: set[str]) -> set[int]:
    """The sentences of a coined battle's run that tell its site's distant past before its fight (a bridge's or a
    town's history entry: the town's fame, the emperor who passed, the dynasty that built the bridge): a run of FRAME
    sentences or more that speak of no war, name no unit and tell that past at least once, before the run's first
    sentence of fighting. Their places (a poet's home, a courtesan's river) are no places of the fight."""
    unit_starts = sorted(u.start for u in units)
    out: set[int] = set()
    fought: set[str] = set()
    run: list[int] = []
    run_lab: str | None = None

    def close() -> None:
        if len(run) >= FRAME and any(_OLD_PAST.search(text, *sentences[j]) for j in run):
            out.update(run)
        run.clear()

    for k, ((s, e), lab) in enumerate(zip(sentences, labels, strict=True)):
        if lab not in coined or lab in fought:
            close()
            continue
        if lab != run_lab:
            close()
            run_lab = lab
        if _speaks_of_war(text, s, e) or bisect_right(unit_starts, e - 1) > bisect_right(unit_starts, s - 1):
            close()
            if COMBAT.search(text, s, e) and not _title_line(text, s, e):
                fought.add(lab)  # the account begins (a page title of war, 万X守军血战日寇, does not begin it)
            continue
        run.append(k)
    close()
    return out


def _title_line(text: str, s: int, e: int) -> bool:
    """The sentence is a short line closed by no sentence mark: a page's title or a heading."""
    line = text[s:e].strip()
    return len(line) < 30 and line[-1:] not in "。!！?？…"


def told_in_passing(text: str, sentences: list[tuple[int, int]], labels: list[str | None],
                    units: list[Mention]) -> set[str]:
    """The battles told in passing (see the module docstring)."""
    starts = [s for s, _ in sentences]
    with_unit = {bisect_right(starts, u.start) - 1 for u in units}
    count: dict[str, list[int]] = {}  # battle → [sentences, fighting ones, ones of war]
    for k, ((s, e), lab) in enumerate(zip(sentences, labels, strict=True)):
        if lab is not None:
            c = count.get(lab)
            if c is None:
                c = count[lab] = [0, 0, 0]
            c[0] += 1
            if COMBAT.search(text, s, e):
                c[1] += 1
                c[2] += 1
            elif k in with_unit or WAR.search(text, s, e):
                c[2] += 1
    return {lab for lab, (n, fighting, war) in count.items()
            if n >= RUN and fighting <= BRIEF and war < WAR_SHARE * n}


# a person's record of another fight: 参加过X会战, 曾参与X战役, 经历了X保卫战 (a veteran's, a grandfather's life)
_RECORD = re.compile(r"(?:参加|参与|经历|亲历|打过|参战)(?:过|了)?(?:著名的|有名的)?$")


def _outside_past_records(text: str, spans: list[tuple[int, int, str]], places: list[Mention],
                          names: dict[str, set[str]]) -> list[Mention]:
    """The places but those inside the name of a fight someone only took part in (外公参加过长沙会战) that is no
    battle of the text: that fight's town is no place of the one the text tells, however long it tells it."""
    out = []
    for m in places:
        named = _battle_name_at(spans, m)
        if named is not None and named not in names and not any(named in alts for alts in names.values()):
            start = next(a for a, b, n in spans if n == named and a <= m.start and m.end <= b)
            if _RECORD.search(text, max(0, start - 8), start):
                continue
        out.append(m)
    return out


def _battle_name_at(spans: list[tuple[int, int, str]], m: Mention) -> str | None:
    """The name of the battle mention the place lies in (X of X保卫战), or None."""
    i = bisect_right(spans, (m.start, 1 << 62, "")) - 1
    while i >= 0 and spans[i][0] > m.start - 40:
        if spans[i][0] <= m.start and m.end <= spans[i][1]:
            return spans[i][2]
        i -= 1
    return None


def _field(text: str, m: Mention) -> bool:
    """The place stands in a 地点 field."""
    return _FIELD.search(text, max(0, m.start - 30), m.start) is not None


def _sentence_label(sentences: list[tuple[int, int]], starts: list[int], labels: list[str | None],
                    pos: int) -> tuple[int, str | None]:
    """The index of the sentence at ``pos`` (``starts``: the sentences' starts) and the battle it is labelled with;
    None between sentences."""
    k = bisect_right(starts, pos) - 1
    return k, (labels[k] if k >= 0 and pos < sentences[k][1] else None)


def moved(text: str, m: Mention) -> bool:
    """The place is named as where a unit came from or went to, and no fighting word follows it in its clause."""
    lo = max(0, m.start - 12)
    hit = any(x.start("where") <= m.start and m.end <= x.end("where") for x in _ORIGIN.finditer(text, lo, m.end + 12)) \
        or any(x.start("where") <= m.start < x.end("where") for x in _DESTINATION.finditer(text, lo, m.end + 2))
    if not hit:
        return False
    right = _CLAUSE_END.search(text, m.end, m.end + 10)
    return COMBAT.search(text, m.end, right.start() if right else m.end + 10) is None


# where reinforcements were called in from: 从X调来援兵, X、Y等地的日军…向Z增援 — the origin of a relief force the
# enemy called in, whatever the length of the account, is no place of the fight it was sent to (the fight is at Z,
# or where it was stopped: 在韩庄遭受重创); a unit's own approach march (第10军由衡山北上增援) is one of its places
_RELIEF = r"援兵|援军|增援|驰援|来援|赴援|援救"
_RELIEF_FROM = re.compile(r"(?:由|从|自)(?P<where>[^，,。；;：:、\n向往赴至到]{2,10}?)(?:地区|方面|方向|一带)?(?:调来|调集|抽调|派来|"
                          r"调派|派出|开来|赶来|出动)(?:的)?(?:" + _RELIEF + r")")  # 从X方向派出的援军: any verb of dispatch
_RELIEF_LIST = re.compile(r"(?P<where>[^，,。；;：:\n]{2,30}?)等地的?(?:日军|日伪军|伪军|敌军|敌人|之敌|敌)"
                          r"[^。；;！!？?\n]{0,30}?(?:" + _RELIEF + r")")
# _RELIEF_LIST opens with a class that re tries at every position: it is scanned from its 等地, which stands 2-30
# characters after a match's start (scan.near_anchor_finditer)
_RELIEF_LIST_AT = re.compile("等地")
# where a force came from, one place after another (从A从B过来, 由A、B赶来, 自A调来): the origins of its journey
_CAME_FROM = re.compile(r"(?P<where>(?:(?:从|由|自)[\u4e00-\u9fff]{2,4}?[、,，]?)+?)(?:千里迢迢|远道|一路)?"
                        r"(?:过来|赶来|开来|调来|而来|开过来|赶过来)")
_CAME_FROM_AT = re.compile("过来|赶来|开来|调来|而来")
# where a force left for the war (从X车站出征, 在X登车): its home station, no place of a fight; not an advance's
# starting point (由X出发,向Y进攻: the campaign's approach, which stays), nor the bank a force crossed a river from
# (从X渡江, 由X南渡: a crossing point, which the narratives' gold counts as the campaign's ground)
_SET_OUT = re.compile(r"(?:从|由|自)(?P<where>[\u4e00-\u9fff]{2,8}?)(?:开始|正式)?(?:出征|登车|上车)")
# the enemy's posts a clause opens with as the subject that sets out (A、B、C据点日军集中兵力,前往X扫荡; A据点三四十名
# 日军夜袭X): where the enemy was garrisoned and came from, not where the fight was
_POSTS_SET_OUT = re.compile(r"(?<=[，,。；;：:\n])\s*(?P<where>[\u4e00-\u9fff、]{2,30}?)据点的?"
                            r"(?:[0-9一二三四五六七八九十百余多几数]+名)?(?:日军|日伪军|伪军|敌军|敌人|之敌|敌)"
                            r"[^。；;！!？?\n]{0,20}?(?:出动|集中|前往|进犯|出犯|增援|出发|夜袭|偷袭|扫荡)")
_POSTS_SET_OUT_AT = re.compile("据点")
# the posts or towns the enemy mustered its force from (纠集A、B和C等据点的二千余人, 调集A、B等地的日伪军): where the
# troops came from, not where they fought (they went on to the site: 分路合围X, 进犯X)
_MUSTERED_FROM = re.compile(r"(?:纠集|纠合|调集|抽调|集结)了?(?:从|由|自)?(?P<where>[\u4e00-\u9fff、]{2,30}?)等?(?:据点|地)"
                            r"(?:调来|调集|抽调|派来|开来|赶来)?的")
# where a convoy or a column set out for another place (从X运送物资到Y, 由X开往Y): its origin; the fight is where it
# was met on the way (a place it was leaving and held, 从X撤出, or an army's start of an offensive, 由X出发,向Y进攻,
# is the campaign's own: not read here)
_SET_OUT_FROM = re.compile(r"(?:从|由|自)(?P<where>[\u4e00-\u9fff]{2,6}?)(?:起运|运送|运输|押运|运往|开往|驶往)")


def outside_spans(places: list[Mention], spans: list[tuple[int, int]]) -> list[Mention]:
    """The places that no span (start, end) holds, in their order (one bisection per place)."""
    if not spans:
        return places
    spans = sorted(spans)
    starts = [s for s, _ in spans]
    reach = list(accumulate((e for _, e in spans), max))  # the furthest end of the spans starting up to each one
    return [m for m in places if not ((k := bisect_right(starts, m.start)) and reach[k - 1] >= m.end)]


def relief_origins(text: str, places: list[Mention]) -> list[Mention]:
    """The place mentions without those named only as where a relief force set out from (see _RELIEF_FROM and
    _RELIEF_LIST) or a force came from (从A从B过来, _CAME_FROM): 从朝鲜调来援兵, 淮阴、涟水等地的日军…向车桥增援.
    A place the relief reached (向X增援) stays; a place a force left for the war from (从X车站出征), the enemy's posts
    that set out (A、B据点日军…前往X), where a convoy set out (从X运送) and the posts the enemy mustered from (纠集A、B等
    据点的…) go."""
    spans = [(x.start("where"), x.end("where")) for x in _RELIEF_FROM.finditer(text)]
    spans += [(x.start("where"), x.end("where"))
              for x in near_anchor_finditer(_RELIEF_LIST, text, _RELIEF_LIST_AT, 30)]  # = _RELIEF_LIST.finditer
    spans += [(x.start("where"), x.end("where")) for x in near_anchor_finditer(_CAME_FROM, text, _CAME_FROM_AT, 30)]
    spans += [(x.start("where"), x.end("where")) for x in _SET_OUT.finditer(text)]
    spans += [(x.start("where"), x.end("where")) for x in near_anchor_finditer(_POSTS_SET_OUT, text, _POSTS_SET_OUT_AT, 32)]
    spans += [(x.start("where"), x.end("where")) for x in _SET_OUT_FROM.finditer(text)]
    spans += [(x.start("where"), x.end("where")) for x in _MUSTERED_FROM.finditer(text)]
    return outside_spans(places, spans)


# a negation right before a place that is the whole of its clause or list item: 不是广东、不是广西 "not to X",
# 并非长沙而是… — where the text says the story was not
_NEGATION = re.compile(r"(?:并不是|并非|不是|而非|而不是|没有去|没去|未去|未到)$")
_ITEM_END = re.compile(r"[、，,。；;！!？?\n：:）)]|而是|$")


def negated_places(text: str, places: list[Mention]) -> list[Mention]:
    """The place mentions without those the text denies (不是X、不是Y, 并非X): a list of where someone did not go,
    or the place a claim is corrected away from, is no place of the fight. A place that opens a longer phrase
    (不是长沙守军…) is left alone."""
    return [m for m in places if not (_NEGATION.search(text, max(0, m.start - 3), m.start)
                                      and _ITEM_END.match(text, m.end))]


# the news of the fight reaching a place (消息传到上海, 捷报传至重庆): where it was heard, no battlefield
_NEWS_TO = re.compile(r"(?:消息|捷报|噩耗|喜讯|战报|战讯|好消息)[^,，。；;]{0,4}?(?:传到了?|传至|传入|传遍|传回|传进)$")


# an anniversary clause (今年是X光复80周年, 适逢Y解放七十周年, 纪念…周年): the occasion of today's telling
_ANNIVERSARY = re.compile(r"(?:今年是|今年为|适逢|时值|值此|正值|恰逢|欣逢|纪念)[^，,。；;！!？?\n]{1,30}?"
                          r"(?:[0-9]{1,3}|[一二三四五六七八九十百]{1,4})(?:周年|週年)")
_FIGHT_AFTER_PLACE = re.compile(r"(?:大捷|战役|会战|战斗|保卫战|之战|抗战|血战|大战|阻击战|伏击战)")


def anniversary_places(text: str, places: list[Mention]) -> list[Mention]:
    """The place mentions without those inside an anniversary clause (今年是抗战胜利暨甲岛光复80周年): the occasion the
    text is written for names a place's liberation or return, no battlefield. A place that opens a battle's name
    there (纪念甲城大捷80周年) stays: the battle commemorated is the fight the text tells."""
    if "周年" not in text and "週年" not in text:
        return places
    spans = [(m.start(), m.end()) for m in _ANNIVERSARY.finditer(text)]
    if not spans:
        return places
    return [m for m in places if not any(a <= m.start < b for a, b in spans)
            or _FIGHT_AFTER_PLACE.match(text, m.end)]


# a visit told today: visitors (reporters, a delegation, tourists, pupils) and a verb of visiting
_VISITORS = re.compile(r"记者|联访团|采访团|访问团|代表团|考察团|参观团|寻访团|游客|师生|学生们|媒体|一行|团员|网友")
_VISITING = re.compile(r"参观|参访|瞻仰|采访|走访|踏访|探访|寻访|造访|拜谒|祭扫|来到|走进|到了|前往|抵达|打卡|游览")
_TOLD_FIGHTING = re.compile(r"激战|血战|进攻|攻击|歼|毙|伤亡|突袭|袭击|伏击|包围|突围|肉搏|击退|阻击|交战|鏖战|牺牲|阵亡")
_SENTENCE = re.compile(r"[^。！？!?\n]+")


def touring_places(text: str, places: list[Mention]) -> list[Mention]:
    """The place mentions without those of a sentence that tells a visit of today (记者来到甲城, 参观了乙、丙、丁等抗战
    旧址) and no fighting: where the visitors went, the sites of a memory, no battlefield told there."""
    if not places or not _VISITORS.search(text):
        return places
    spans = [(m.start(), m.end()) for m in _SENTENCE.finditer(text)
             if _VISITORS.search(m.group(0)) and _VISITING.search(m.group(0)) and not _TOLD_FIGHTING.search(m.group(0))]
    if not spans:
        return places
    starts = [a for a, _ in spans]
    out = []
    for m in places:
        i = bisect_right(starts, m.start) - 1
        if i >= 0 and m.start < spans[i][1]:
            continue
        out.append(m)
    return out


def news_places(text: str, places: list[Mention]) -> list[Mention]:
    """The place mentions without those where the news of a fight arrived (消息传到X): a song's or a town's story
    tells what the news set off there, far from the battlefield."""
    return [m for m in places if not _NEWS_TO.search(text, max(0, m.start - 12), m.start)]


# a paragraph that opens by drawing a judgment from the fight (由此大胜可以断言, 据此推断, 由此看来, 综上所述): an
# editorial's, an entry's or a memoir's argument from it, no telling of it
# (one scan with ^ in re.M: matching \s* at every line start ran over every blank line after it, quadratic in a
# text of many blank lines)
_JUDGMENT_OPENS = re.compile(r"^[ \t\u3000]*(?:由此|据此|由是|综上所述|总而言之)[^。！？!?\n]{0,12}?"
                             r"(?:判断|推断|断定|断言|论断|推论|可见|看来|观之|而论|证明|得出)", re.M)


def judged_places(text: str, places: list[Mention]) -> list[Mention]:
    """The place mentions without those first named in a paragraph that argues from the fight (see _JUDGMENT_OPENS):
    having told the victory, a writer reasons on to what the enemy may yet try and where (他日敌若进犯某城, 我某江防线),
    places of the argument, not of the fight. A place the text named before the paragraph (the fight's own, said
    again) stays."""
    if not places:
        return places
    spans = []
    for m in _JUDGMENT_OPENS.finditer(text):
        end = text.find("\n", m.start())
        spans.append((m.start(), len(text) if end < 0 else end))
    if not spans:
        return places
    out = []
    for m in places:
        para = next((a for a, b in spans if a <= m.start < b), None)
        if para is not None:
            name = m.value.get("name", m.text)
            if not any(q.start < para and q.value.get("name", q.text) == name for q in places):
                continue
        out.append(m)
    return out


# a life summed up by its places (他…在X、Y、Z等地抗日, 曾在X、Y等地任职) or its offices (历任X县县长、Y专员): where a
# man served or fought over the years; a clause that tells one fight (在X、Y等地与日军激战) is not one
_CAREER_TAIL = re.compile(r"等地区?的?(?:坚持)?(?:抗日|抗战|打游击|打鬼子|战斗过|作战过|战斗|作战|工作|任职|活动)"
                          r"(?![^，,。；;！!？?\n]{0,8}?(?:日军|日寇|敌|伪军))")
_CAREER_AT = re.compile("等地")
# the list opens its clause with 在/于 (他参加过A、B,在X、Y等地抗日), a person the subject of its sentence
_CAREER_OPEN = re.compile(r"(?:他|她)?(?:曾经|曾|先后|长期|一直|也|还|又|都)?(?:在|于)")
_PERSON_SUBJECT = re.compile(r"他|她|其")
_OFFICES = re.compile(r"(?:历任|曾任|先后任|先后担任|曾担任)(?P<items>[^，,。；;！!？?\n]{2,60}?"
                      r"(?:长|员|官|主任|司令|书记|专员|委员))(?=等职|[，,。；;！!？?\n]|$)")

# an aside in brackets about a person's later life (刘某(解放后在某省某市做过书记)): where he served after the war
_LATER_ASIDE = re.compile(r"[(（](?:解放后|建国后|新中国成立后|全国解放后|战后|抗战胜利后|后来|后任|后曾|后为)"
                          r"[^()（）\n]{0,40}[)）]")


def career_places(text: str, places: list[Mention]) -> list[Mention]:
    """The place mentions without those of a career list: 他在X、Y、Z等地抗日 (a person the subject of the clause,
    a general activity after 等地, no enemy after it), 历任X县县长、Y专员 (places in the titles of offices held),
    a bracketed aside about a man's later life (解放后在X做过书记).
    A unit's campaign (第5军在X、Y等地作战) keeps its places."""
    spans = [m.span("items") for m in _OFFICES.finditer(text)] + [m.span() for m in _LATER_ASIDE.finditer(text)]
    for at in _CAREER_AT.finditer(text):
        if not _CAREER_TAIL.match(text, at.start()):
            continue
        lo = at.start()
        while lo > 0 and at.start() - lo < 40 and not _CLAUSE_END.match(text, lo - 1):
            lo -= 1
        opened = _CAREER_OPEN.match(text, lo)
        if opened is None:
            continue  # 第5军在X、Y等地作战 (no 在 opening a clause of its own): a unit's campaign, its places the fight's
        start = lo
        while start > 0 and lo - start < 60 and not _SENTENCE_END.match(text, start - 1):
            start -= 1
        if opened.group().startswith(("他", "她")) or _PERSON_SUBJECT.search(text, start, lo):
            spans.append((opened.end(), at.start()))
    return outside_spans(places, spans) if spans else places


# the enemy's plan (日军企图经X南下, 敌欲从X插向Y, 要切断X): where a force meant to go, not where it fought; its
# next clause goes on with the plan when it opens so (再沿X东进, 然后…, 而是包围X)
_PLAN = re.compile(r"企图|妄图|意图|图谋|试图|欲|要|打算|计划|准备")
_GOAL_VERB = re.compile(r"(?:切向|插向|直趋|直扑|扑向|直下|包抄|迂回|抄|包死|顺着?|沿着?|经由|取道|经)\s*$")
_GOAL_VERB_IN = re.compile(_GOAL_VERB.pattern.removesuffix(r"\s*$"))  # a goal verb anywhere in a clause
_PLAN_GOES_ON = re.compile(r"\s*(?:再|然后|继而|进而|而是|并)")
_CLAUSE_MARKS = "，,。；;！!？?\n"


# a hypothetical: a clause that opens with a condition (若敌突破甲线, 如果…, 一旦…, 倘…) runs with its consequence to
# the sentence's end (…即可兵临乙城下, 丙地必然不保), and so does an alternative (否则丁地危矣); not a counterfactual of
# what did happen (若不是援军赶到, 要不是…, 若非…) nor a comparison (如果说甲战是…, 那么…); 若 not of 若干, 若无其事
# (若's lookbehind written after it: the same matches, and re scans for the first characters in C)
_IF = re.compile(r"(?:如果|假如|假若|假使|倘若|倘使|倘|要是|万一|一旦|若(?<![宛犹仿恍有似倘假如般]若)(?![干无有是]))"
                 r"(?!说|不是|非|没有|无|不|未)")
_OTHERWISE = re.compile(r"否则|不然|要不然")
_IF_END = re.compile(r"[。；;！!？?\n]|——")  # a dash goes on to what is (如果控制了那里,仍可阻止…——某部正在X鏖战)
# a condition opens its clause, maybe after a short subject (日军一旦突破X) or a conjunction (但若…)
_IF_LEAD = re.compile(r"[\u4e00-\u9fff]{0,6}$")
_IF_NOT_LEAD = re.compile(r"[在于从由向对把将被以为了]")
# the target of an attack another force carries out, which this one only supports from elsewhere (策应攻击甲城的
# 日军, 呼应乙地方面的作战): that attack's place, to the clause's end. Support toward a place with no attack told (策应乙城方向) ties the
# place to the operations: it stays (_OPERATIONAL)
_SUPPORTED = re.compile(r"(?:策应|呼应)(?:在)?(?=(?:正在|向|对)?(?:攻击|进攻|攻打|围攻|进犯)"
                        r"|[^，,。；;]{1,8}?(?:方面|地区)的(?:作战|战斗|攻势|进攻))")


def unrealised_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of what the text tells only as might-be or as another operation's: a hypothetical (see _IF)
    from its condition to its sentence's end, an alternative (否则…), the target a force supports from elsewhere
    (策应X)."""
    spans = []
    for x in _IF.finditer(text):
        a = max(text.rfind(c, 0, x.start()) for c in _CLAUSE_MARKS + "：:") + 1
        lead = text[a:x.start()]
        if not _IF_LEAD.search(lead) or _IF_NOT_LEAD.search(lead) or len(lead) > 6:
            continue
        end = _IF_END.search(text, x.end())
        spans.append((x.start(), end.start() if end else len(text)))
    for x in _OTHERWISE.finditer(text):
        if x.start() == 0 or text[x.start() - 1] in _CLAUSE_MARKS + "：:":
            end = _IF_END.search(text, x.end())
            spans.append((x.start(), end.start() if end else len(text)))
    for x in _SUPPORTED.finditer(text):
        end = _CLAUSE_END.search(text, x.end())
        spans.append((x.end(), end.start() if end else len(text)))
    return spans


def goal_places(text: str, places: list[Mention], sentences: list[tuple[int, int]] | None = None,
                labels: list[str | None] | None = None) -> list[Mention]:
    """The place mentions without those a plan names as where a force meant to go (日军要从甲地插向乙地, 再沿丙线
    东进): a goal or a route of the enemy's intent, told before the fight, is no place the fight was fought at. A
    place the text fights at elsewhere keeps its other mentions. So too a place told only as what might be (若敌
    突破甲线, 一天之内即可兵临乙城下: a hypothetical, see unrealised_spans) or as the target of an operation a force
    supports from elsewhere (策应攻击丙城的日军): none of them was fought at by this fight. A place inside the name
    of the battle its sentence tells (``sentences``, ``labels``) stays."""
    unrealised = unrealised_spans(text) if _IF.search(text) or _OTHERWISE.search(text) or _SUPPORTED.search(text) \
        else []
    if unrealised:
        kept = outside_spans(places, unrealised)
        if len(kept) < len(places):
            keep = {id(m) for m in kept}
            starts = [s for s, _ in sentences] if sentences and labels else []
            for m in places:
                if id(m) not in keep and starts:
                    lab = _sentence_label(sentences, starts, labels, m.start)[1]
                    if lab is not None and _name(m) in lab:
                        keep.add(id(m))
            places = [m for m in places if id(m) in keep]
    out = []
    for m in places:
        if _GOAL_VERB.search(text, max(0, m.start - 3), m.start) is None:
            out.append(m)  # no goal verb before it (none in a narrower window either): the clause's start unneeded
            continue
        a = max(text.rfind(c, 0, m.start) for c in _CLAUSE_MARKS) + 1
        verb = _GOAL_VERB.search(text, max(a, m.start - 3), m.start)
        if verb and (_PLAN.search(text, a, verb.start()) or _goes_on_a_plan(text, a)):
            continue
        out.append(m)
    return out


def _goes_on_a_plan(text: str, a: int) -> bool:
    """The clause opening at a goes on with a plan the clause before it states (…要从X插向Y,再沿Z东进)."""
    if not _PLAN_GOES_ON.match(text, a) or a < 2 or text[a - 1] not in "，,":
        return False
    b = max(text.rfind(c, 0, a - 1) for c in _CLAUSE_MARKS) + 1
    return bool(_PLAN.search(text, b, a - 1) and _GOAL_VERB.search(text, b, a - 1) is None
                and _GOAL_VERB_IN.search(text, b, a - 1))


# a distance between two places (从X到Y直线距离仅50公里, X至Y相距百里): the lie of the land, where no fight was
# (?:直线)?(?:距离|相距|相隔|约距|仅距), each alternative opening with a literal (re scans for them in C)
_DISTANCE = re.compile(r"直线(?:距离|相距|相隔|约距|仅距)|距离|相距|相隔|约距|仅距")
_DISTANCE_PAIR = re.compile(r"(?:从|由|自)?(?P<a>[^，,。；;！!？?\n从由自]{2,12}?)(?:到|至)(?P<b>[^，,。；;！!？?\n到至]{2,8}?)的?"
                            r"(?:直线)?(?:距离|相距|相隔|约距|仅距)")


def distance_places(text: str, places: list[Mention]) -> list[Mention]:
    """The place mentions without the two ends of a distance the text gives (从X到Y直线距离仅不到50公里): it
    measures how near the enemy came to a goal, no fight was fought at either end."""
    spans = [(m.start("a"), m.end("b")) for m in _DISTANCE_PAIR.finditer(text)] if _DISTANCE.search(text) else []
    return outside_spans(places, spans) if spans else places


def compared_places(text: str, places: list[Mention]) -> list[Mention]:
    """The place mentions without those inside what the text compares its fight or its site with (与甲关大捷、乙庄
    战役等齐名, 与丙省烈士祠、丁县国殇园等并列): a battle or a memorial named as a measure is elsewhere."""
    spans = [m.span("items") for m in COMPARED_ITEMS.finditer(text)]
    return outside_spans(places, spans) if spans else places


def far_places(text: str, sentences: list[tuple[int, int]], labels: list[str | None], places: list[Mention],
               battles: list[Mention], units: list[Mention]) -> list[Mention]:
    """The place mentions without those of another theatre told inside a battle's stretch (module docstring)."""
    starts = [s for s, _ in sentences]

    def label(m: Mention) -> tuple[int, str | None]:
        return _sentence_label(sentences, starts, labels, m.start)

    named = [(b.start, b.end) for b in battles]
    by_battle: dict[str, list[Mention]] = {}
    for m in places:
        lab = label(m)[1]
        if lab is not None:
            by_battle.setdefault(lab, []).append(m)
    drop: set[int] = set()
    reread: dict[int, Mention] = {}
    for lab, ms in by_battle.items():
        provinces = _provinces_named(ms)  # once per battle, not once per mention
        for m in ms:  # 河北…平山: the 平山 of the province the battle names, not the namesake of another
            if (other := _namesake_in(m, provinces)) is not None:
                reread[id(m)] = other
        # a province's point is its capital: it places no battle
        centre = _centre([m for m in ms if _point(m) is not None and m.value.get("kind") != "province"])
        if centre is None:
            continue
        at = _point(centre)
        assert at is not None
        count: dict[str, int] = {}
        for m in ms:
            count[_name(m)] = count.get(_name(m), 0) + 1
        for m in ms:
            name, pt = _name(m), _point(m)
            if pt is None or km(pt, at) <= FAR_KM or _holds(m, centre) or any(s <= m.start and m.end <= e for s, e in named):
                continue
            if _aside(text, m, sentences[label(m)[0]], places, units) and m.value.get("kind") in _JUDGED \
                    and count[name] == 1 and name not in lab and regions().get(name, "city") == "city" \
                    and name not in features():
                drop.add(id(m))
            elif id(m) in reread:
                continue
            elif (whole := _cut_of_item(text, m)) is not None:  # 甲乙崤 of a list, no county 甲乙 far away
                reread[id(m)] = whole
            elif (near := _namesake_near(m, at)) is not None:  # 平山 of a battle by 石家庄: the county of Hebei
                reread[id(m)] = near
            elif name in regions() or name in features():  # 九龙 of a battle at 长沙: Kowloon, not the county in 四川
                kind = regions().get(name) or features()[name]
                reread[id(m)] = replace(m, value={**m.value, "kind": kind, "lon": None, "lat": None, "official": None,
                                                  "source": "region" if name in regions() else "feature"})
    if not drop and not reread:
        return places
    return [reread.get(id(m), m) for m in places if id(m) not in drop]


# a list item a far division's name only opens (在甲县大营、乙丙崤、丁戊岘山等处: 乙丙 the head of a local name): its
# rest is one or two characters that are no suffix, locative or direction, and the item ends right after them
_ITEM_BEFORE = re.compile(r"[、，,在于和及与（(“]$")
_ITEM_TAIL = re.compile(r"(?P<tail>[\u4e00-\u9fff]{1,2}?)(?:[、，,。；;和及与）)”]|等[处地])")
_NOT_TAIL = re.compile(r"[省市县区镇乡村城府州路线关口山河江湖岸部面边侧境内外东西南北中上下附一之等的人军民]")


def _cut_of_item(text: str, m: Mention) -> Mention | None:
    """The far place read as the head of a list item's longer local name (module docstring), as that name."""
    if m.value.get("kind") not in ("county", "city") or not _ITEM_BEFORE.search(text, max(0, m.start - 1), m.start):
        return None
    tail = _ITEM_TAIL.match(text, m.end)
    if tail is None or _NOT_TAIL.match(tail.group("tail")):
        return None
    from kangzhan.extract.mentions.places import village_or_kind
    end = tail.end("tail")
    return village_or_kind(m.start, end, text[m.start:end])


def _as_division(m: Mention, p: AdminPlace) -> Mention:
    """The mention read as the division ``p`` of its name."""
    return replace(m, value={**m.value, "kind": p.kind, "lon": p.lon, "lat": p.lat, "official": p.official})


def _namesake_near(m: Mention, at: tuple[float, float]) -> Mention | None:
    """The far county or city ``m`` read as the division of its name within NEAR_KM of the battle's centre, if one."""
    near = [p for p in namesakes().get(_name(m), ()) if p.lon is not None and p.lat is not None
            and km((p.lon, p.lat), at) <= NEAR_KM]
    return _as_division(m, near[0]) if len(near) == 1 and near[0].official != m.value.get("official") else None


def _provinces_named(ms: list[Mention]) -> set[str]:
    """The two-digit codes of the provinces among a battle's place mentions."""
    return {a.adcode[:2] for x in ms if x.value.get("kind") == "province"
            and (a := admin().get(_name(x))) is not None and a.adcode}


def _namesake_in(m: Mention, provinces: set[str]) -> Mention | None:
    """The county or city ``m`` read as the one division of its name inside a province the battle names
    (``provinces``: _provinces_named of its places), when the division the lexicon gave it lies in none of them
    (河北 … 平山: 平山县 of Hebei, not 平山区 of Liaoning)."""
    if m.value.get("kind") not in ("county", "city") or _name(m) not in namesakes():
        return None
    own = admin().get(_name(m))
    if not provinces or own is None or not own.adcode or own.adcode[:2] in provinces:
        return None
    inside = [p for p in namesakes()[_name(m)] if p.adcode[:2] in provinces]
    return _as_division(m, inside[0]) if len(inside) == 1 else None


def _aside(text: str, m: Mention, sentence: tuple[int, int], places: list[Mention], units: list[Mention]) -> bool:
    """The mention's clause names no other place and no unit, and speaks of no war and no tie to the operations."""
    lo, hi = _clause(text, m, sentence)
    return not (any(o is not m and lo <= o.start < hi for o in places) or any(lo <= u.start < hi for u in units)
                or AT_WAR.search(text, lo, hi) or _OPERATIONAL.search(text, lo, hi))


def _name(m: Mention) -> str:
    return m.value.get("name", m.text)


def _point(m: Mention) -> tuple[float, float] | None:
    """(lon, lat) of a gazetteer place, or None."""
    lon, lat = m.value.get("lon"), m.value.get("lat")
    return (lon, lat) if lon is not None and lat is not None else None


def _centre(ms: list[Mention]) -> Mention | None:
    """The place among ``ms`` (mentions of cities and counties with coordinates) with most mentions within NEAR_KM,
    when they are at least CLUSTER and more than half of ``ms``; else None (a campaign over provinces, too few)."""
    first: dict[tuple[float, float], Mention] = {}  # each point once, with its first mention and its count: a
    weight: dict[tuple[float, float], int] = {}  # long text names one city hundreds of times (no pairwise scan)
    for m in ms:
        pt = _point(m)
        assert pt is not None
        first.setdefault(pt, m)
        weight[pt] = weight.get(pt, 0) + 1
    best, most = None, 0
    weights = list(weight.values())
    for m, close in zip(first.values(), within_km(list(first), NEAR_KM), strict=True):
        near = sum(weights[j] for j in close)
        if near > most:
            best, most = m, near
    return best if most >= CLUSTER and 2 * most > len(ms) else None


def _holds(m: Mention, centre: Mention) -> bool:
    """The province or city ``m`` holds the centre place (湖南 of a battle at 长沙, 云南 of one at 腾冲): by adcode."""
    outer, inner = admin().get(_name(m)), admin().get(_name(centre))
    if outer is None or inner is None or not outer.adcode or not inner.adcode:
        return False
    digits = 2 if outer.kind == "province" else 4
    return inner.adcode[:digits] == outer.adcode[:digits]


def _clause(text: str, m: Mention, sentence: tuple[int, int]) -> tuple[int, int]:
    """(start, end) of the clause around a mention, inside its sentence."""
    lo = sentence[0]
    for x in _CLAUSE.finditer(text, sentence[0], m.start):
        lo = x.end()
    right = _CLAUSE.search(text, m.end, sentence[1])
    return lo, (right.start() if right else sentence[1])



# a person's journey told in passing: 当X由A到B路过C时…, 从A回B途经C — the route of a trip, no battlefield
_JOURNEY = re.compile(r"(?:由|从)[^，,。；;！!？?\n]{1,12}?(?:到|去|赴|回|往|至)[^，,。；;！!？?\n]{0,12}?"
                      r"(?:路过|途经|路经|经过|途中)[^，,。；;！!？?\n]*")
_SENTENCE_END = re.compile(r"[。；;！!？?\n]")


# a person's own trip (他和同伴一起,经A坐车到B,旋往C、D等地。其后转赴E,抵达F): a traveller or his conveyance, and
# at least two legs of the route in a sentence that tells no war; the sentences after it that go on with the route
# (其后转赴X, 随后抵达Y) are its legs too
# (?<![X])他 written 他(?<![X]他) (and so in _LEG): the same matches, but every alternative opens with a character,
# which re scans for in C instead of trying the whole pattern at each position of a sentence
_TRAVELLER = re.compile(r"他们|她们|他(?<![其]他)|她|坐车|乘车|搭车|坐船|乘船|搭船|乘火车|坐火车|步行")
_LEG = re.compile(r"(?:途经|经过|经|旋往|转赴|转往|前往|抵达|到达|来到|回到|到(?<![分调派]到)|往(?<![调开]往)|赴(?<![调开]赴))"
                  r"(?=[\u4e00-\u9fff])")
_GOES_ON = re.compile(r"\s*(?:其后|随后|之后|此后|后来|旋即|接着|然后|再)")
_MIN_LEGS = 2


def _trip_sentences(text: str, sentences: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The sentences of a person's trip told without war (see _TRAVELLER): their route is no battlefield."""
    out: list[tuple[int, int]] = []
    on = False
    for s, e in sentences:
        legs = len(_LEG.findall(text, s, e))
        if AT_WAR.search(text, s, e) or not legs:
            on = False
            continue
        on = (on and _GOES_ON.match(text, s) is not None) \
            or (legs >= _MIN_LEGS and _TRAVELLER.search(text, s, e) is not None)
        if on:
            out.append((s, e))
    return out


def journey_places(text: str, places: list[Mention], units: list[Mention],
                   sentences: list[tuple[int, int]] | None = None) -> list[Mention]:
    """The place mentions without those of a trip told in passing (当徐某由A到B路过C时,某某把它送给他): a clause
    that goes from one place to another by a third, names no unit, and whose sentence from there on tells no war
    (no fighting, no enemy, no death) is a person's journey after or around the fight, not where it was fought.
    A march that ends in a fight (由A到B途经C时遭敌伏击) keeps its places."""
    spans = []
    for x in _JOURNEY.finditer(text):
        end = _SENTENCE_END.search(text, x.end())
        stop = end.start() if end else len(text)
        if AT_WAR.search(text, x.start(), stop) or any(x.start() <= u.start < stop for u in units):
            continue
        spans.append((x.start(), x.end()))
    return outside_spans(places, spans + _trip_sentences(text, sentences or []))


# the words of a small fight named after its place (X战斗, X伏击战): the place is the name's stem
_PLACE_NAMED = ("战斗", "伏击战", "阻击战", "遭遇战", "歼灭战", "保卫战", "攻坚战", "突围战", "袭击战", "之战", "血战", "战争")
# what follows a county's name as a part or a side of it (X县城, X城郊, X以东, X一带), no village of its own
_PART_OF_HEAD = re.compile(r"^(?:城|县|郊|境|附近|一带|地区|以[东南西北]|[东南西北]|外围|周[围边]|四[周乡])")
# characters of a stem that name a kind, a time or a direction of fighting (反扫荡战斗, 夜间战斗, 南线战斗), no place
_NOT_PLACE_STEM = re.compile(r"[反夜线次场性型区面部军队]|[0-9一二三四五六七八九十]{2}")


def _landmark_general(stem: str) -> str:
    """The stem without 将军 when it names a landmark after a general (将军岩, 将军岭, 将军庙): no unit's 军 then."""
    from kangzhan.extract.mentions.battles import SETTLEMENT_TAIL
    return stem.replace("将军", "") if stem[-1:] in SETTLEMENT_TAIL and len(stem) >= 3 else stem


def name_places(text: str, battles: list[Mention], places: list[Mention]) -> list[Mention]:
    """places and the place in the name of each fight named after a place no gazetteer holds (石岗战斗 → 石岗): the
    name's 2-4 character stem where the name is written, when no place is read there and the text names no town of
    that stem (涞阳县, 涞阳城: the place it already has)."""
    from kangzhan.extract.lexicons import common_words
    from kangzhan.extract.mentions.places import rare_place_word, village_or_kind
    added: list[Mention] = []
    shorts = {p.value.get("short") for p in places}  # 涞阳县城 read elsewhere: the fight of 涞阳战斗 is placed there
    for m in battles:
        name = m.value.get("name")
        if not name or m.value.get("implied") or m.value.get("coined"):
            continue
        suffix = next((s for s in _PLACE_NAMED if name.endswith(s)), None)
        stem = name[:-len(suffix)] if suffix else ""
        if len(stem) >= 4 and stem.endswith(("抗日", "抗敌")):  # 某岭抗日伏击战: whom it was fought against, no place
            stem = stem[:-2]
        end = m.start + len(stem)
        head = next((p for p in places if p.start == m.start and m.start + 2 <= p.end <= end - 2
                     and p.value.get("kind") in ("county", "city")), None) if text.startswith(stem, m.start) else None
        rest = text[head.end:end] if head else ""
        if head and len(rest) <= 3 and not _PART_OF_HEAD.match(rest) and re.fullmatch(r"[\u4e00-\u9fff]+", rest) \
                and not any(p.start < end and head.end < p.end for p in [*places, *added]):
            added.append(village_or_kind(head.end, end, rest))  # 某县|某村战斗: the fight's site is the village
            continue
        if not re.fullmatch(r"[\u4e00-\u9fff]{2,4}", stem) or not text.startswith(stem, m.start) \
                or _NOT_PLACE_STEM.search(_landmark_general(stem)) or stem in common_words() and not rare_place_word(stem) \
                or stem in shorts or any(p.start < end and m.start < p.end for p in [*places, *added]):
            continue
        added.append(village_or_kind(m.start, end, stem))
    return sorted([*places, *added], key=lambda p: p.start) if added else places


# a clause that tells the wrecking of a line or a road (破坏X至Y的公路, 割断Z附近的电线, 拆毁铁路): its verb, then its
# object within the clause; a fight told in the same clause (袭击…并破坏) keeps its places. 切断 is left out: cutting
# a line behind the enemy (切断X铁路日军后方, 切断退路) is an act of the operation, its line one of its places
_WRECK = re.compile(r"(?:破坏|破袭|破击|拆毁|拆除|炸毁|炸断|割断|剪断|砍断|挖断|掘断|割毁)了?"
                    r"[^，,。；;！!？?\n]{0,16}?(?:公路|铁路|铁道|路基|铁轨|电线|电话线|电杆|电报线|通讯线|桥梁|桥)")
# …or the line fronted by 将/把 and the verb after it, maybe past a comma (将X至Y之公路,破坏三十余里)
_WRECK_FRONTED = re.compile(r"(?:将|把)[^，,。；;！!？?\n]{0,16}?(?:公路|铁路|铁道|电线|电话线|桥梁)[之的]?[，,]?"
                            r"(?:全部|彻底|大部)?(?:破坏|拆毁|炸毁|炸断|割断|剪断|挖断|掘断)")
# a fight told in the clause: FIGHT_WORDS and the clause's own (a place taken, a raid, a blocking, a rout, the enemy
# killed or captured)
_FOUGHT_IN_CLAUSE = re.compile("|".join((*FIGHT_WORDS, "战斗", "攻克", "攻占", "夜袭", "阻击", "歼", "毙", "俘", "击溃")))
# a battle whose name says it was the wrecking (平汉路破袭战, X公路破击战, 交通战): its wrecking places are its own
_WRECKING_NAME = re.compile(r"破袭|破击|破坏|交通|公路|铁路|路")


def wrecking_places(text: str, sentences: list[tuple[int, int]], labels: list[str | None],
                    places: list[Mention]) -> list[Mention]:
    """The place mentions without those of a clause that tells only the wrecking of a road or a line (同夜,民兵破坏了
    X至Y的公路,并割断Z附近的电线) inside a fight's sentences, when the fight is told at another place of them: the
    sabotage of that night is an action of its own, its places none of the fight's. A fight named for the wrecking
    (X路破袭战) keeps them, and so does one that has no other place."""
    if not (_WRECK.search(text) or _WRECK_FRONTED.search(text)):
        return places
    starts = [s for s, _ in sentences]
    wrecked: list[Mention] = []
    told: dict[str, int] = {}
    for m in places:
        k, label = _sentence_label(sentences, starts, labels, m.start)
        if label is None:
            continue
        a = max((x.end() for x in _CLAUSE_END.finditer(text, sentences[k][0], m.start)), default=sentences[k][0])
        end = _CLAUSE_END.search(text, m.end, sentences[k][1])
        b = end.start() if end else sentences[k][1]
        fronted = _WRECK_FRONTED.search(text, a, sentences[k][1])
        if (_WRECK.search(text, a, b) or fronted and fronted.start() < b) and not _FOUGHT_IN_CLAUSE.search(text, a, b) \
                and not _WRECKING_NAME.search(label):
            wrecked.append(m)
        else:
            told[label] = told.get(label, 0) + 1
    if not wrecked:
        return places
    drop = {id(m) for m in wrecked if told.get(_sentence_label(sentences, starts, labels, m.start)[1] or "", 0)}
    return [m for m in places if id(m) not in drop]
