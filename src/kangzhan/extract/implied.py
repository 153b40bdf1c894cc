"""A battle the text is about but never names (an excerpt of a longer account): when no battle is named
but in passing (the place of each named battle occurs once: 与第三次长沙会战相似),
a text that reads as a battle account (several units, fighting words) and is centred on one settlement
(named at least four times and at least twice as often as any other) is taken to be about the battle of
that place. A text that names no battle (but in passing) and tells of the attack on or the defence of one place
(敌人连攻X, 围攻X, 保卫大X, X失陷, X之围: a commentary on the fronts) is about the battle of that place; where no
attack or defence names a target, the place retaken is (收复X, 克复X: telegrams announcing the recapture). So is a stretch of a longer text that belongs to no named battle but closes like an account
(…会战结束, 此次会战…): the unnamed first battle of an excerpt. Its name is the place + the battle word the text uses most (会战, else 战役/作战), as Chinese
historiography names campaigns after their central city (常德会战, 长沙会战).
The last resort, the document-level fallback: an account of fighting (a unit, a figure or a titled leader, and
fighting or skirmish words) that names no battle, or names battles only as look backs (从X战役中休整过来的部队,
在X战役中负伤的老兵), is the account of one fight the text never names; it is coined after the place the text keeps
coming back to, else the village or town of its dated opening, else the one village it names, as X战斗 (the form
histories give a small fight) and marked coined, so its units, figures, dates, places and leaders are not lost."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter

from kangzhan.extract.atrocities import atrocity_at
from kangzhan.extract.facts import _stem, framed
from kangzhan.extract.fight_content import (
    NARROW_KINDS,
    dated_before,
    fighting_stretches,
    fought_place,
    fought_village,
    named_in_passing,
    narrower,
)
from kangzhan.extract.fight_places import goal_places
from kangzhan.extract.fight_words import FIGHT_WORDS
from kangzhan.extract.lexicons import is_toponym
from kangzhan.extract.local_action import CAMPAIGN_WORDS, REFERENCED, position_of_named, sole_campaign
from kangzhan.extract.mentions.base import SETTLEMENT_KINDS, Mention
from kangzhan.extract.mentions.scan import occurrences

# a campaign's stretches of fighting: besides, the moves and traces of its armies (增援, 驰援, 阵地, 击毁)
FIGHTING = re.compile("|".join((*FIGHT_WORDS, "增援", "驰援", "阵地", "巷战", "合击", "击毁")))
# the words of an incursion told as local history (the enemy shells, enters and holds a county town; its
# defenders resist, fall or withdraw): fighting enough to make the attacked place the text's battle
INCURSION = re.compile(r"进犯|侵占|侵入|窜犯|轰击|炮击|抵抗|殉国|进城|入城|攻城|沦陷|失守|失陷|撤退|屠杀")
_WORDS = ("会战", "战役", "作战")
_OTHER_FORMS = ("战斗", "之战")  # the forms local histories give a smaller fight: other names of the coined battle


def implied_battle(text: str, places: list[Mention], units: list, battles: list[Mention],
                   min_count: int = 4, figures: int = 0, leaders: int = 0,
                   opening: tuple[int, int] | None = None,
                   sentences: list[tuple[int, int]] | None = None) -> Mention | None:
    """A battle mention (on the first occurrence of the central place, else of the place under attack) or None.
    leaders: persons named with a military title; opening: the span of the account's first dated sentence;
    sentences: the text's stretches, to read its fighting from its content (fight_content)."""
    named = {m.value["name"] for m in battles if m.value.get("name")}
    fights = fighting_stretches(text, sentences, battles) if sentences else []
    passing = named_in_passing(text, sentences, battles, fights) if sentences else set()
    told = {m.value["name"] for m in battles if m.value.get("name") and not m.value.get("past")
            and not _CAREER_BACK.search(text, max(0, m.start - 3), m.start)}
    if any(text.count(_stem(n) or n) > 1 for n in named):
        return None
    fighting = len(FIGHTING.findall(text))
    incursion = len(INCURSION.findall(text))
    central = _central_place(places, min_count) if len(units) >= 3 and fighting >= 3 else None
    if central is None and (units or figures) and fighting + incursion >= 3:
        central = _target_place(text, places)  # named battles, if any, are named only in passing (above)
    retaken = False
    if central is None and (units or figures) and fighting + len(_RETAKEN.findall(text)) >= 3:
        central = _target_place(text, places, _RETAKEN_BEFORE)  # a telegram announcing a town's recapture
        retaken = central is not None
    fallback = one_clause = False
    counter = _COUNTER_SWEEP.search(text) if not named and len(_SWEEP.findall(text)) >= 2 else None
    shaped = not named and (units or figures) and (fighting + incursion >= 2 or counter) \
        or not told and (units or figures or leaders) and _tells_fighting(text)
    content = not told - passing and len(fights) >= _MIN_FIGHTS and (not named or len(fights) >= _FIGHT_SHARE * len(sentences or ()))
    clause = None if named or central is not None else _fight_clause(text, places)  # 在X阻击日军: one clause
    befallen = None if named or central is not None or clause else _befallen_place(text, places)  # 我军收复X
    if central is None and (shaped or content or clause or befallen):
        # the last resort: no battle named, or only as a look back (从X战役中休整过来的部队) or in passing: the
        # account is of a fight the text never names, the place it attacks, else the place it keeps coming back
        # to, else the place of its dated opening, else the one village it names; a text that tells fighting in
        # none of these shapes, the place its fighting stretches are about, whatever the layout (fight_content)
        fought, contested = (None, False) if shaped else \
            fought_place(text, sentences or [], places, fights, {p for n in named for p in _in_name(n, places)},
                         narrow=not named)
        salient = _salient_place(text, places)
        if fought is not None and salient is not None and _outweighs(places, salient, fought) \
                and not goal_places(text, [p for p in places if p.value.get("name", p.text) == fought.value.get("name", fought.text)]):
            fought = salient  # 日军欲南下切向Y … (the text keeps coming back to X): Y is only the enemy's goal
        site = action_site(text, places)
        central = fought or None if contested else fought or _attacked_place(text, places, salient) or clause \
            or site or _salient_place(text, places) or _sole_target(text, places) \
            or (None if named else fought_village(text, sentences or [], places, fights)) \
            or _opening_place(places, battles, opening) \
            or _sole_village(places, battles) or befallen
        if site is not None and central is not None and central.value.get("kind") in ("county", "city") \
                and not named and not _in_slot_anywhere(text, central, places):
            # the county or city the fighting stretches name most only says where the site lies (a text that names
            # a campaign tells its local action inside it, see local_action, which takes the site from there)
            central = site
        fallback = central is not None
        one_clause = central is not None and central in (clause, befallen)
        if central is not None:  # 溧阳县塘马村: the fight is the village's, the county only locates it
            central = narrowest_place(text, central, places)
    if central is None or any(central.value.get("name", central.text) in n for n in told):
        return None
    if any(_opens_account(text, m, central) for m in battles if m.value.get("name") in told):
        return None  # 1931年,X事变爆发。…日军占领Y: the account of the battle named at its outbreak, no other fight
    if position_of_named(text, central.value.get("name", central.text), told):
        return None  # 组织了X战役。Y成为此战的主阵地: Y's fighting is the named battle's, no fight of its own
    if atrocity_at(text, central.value.get("name", central.text), sentences or []):
        return None
    if fallback and counter:  # the sweep resisted: X反扫荡, as the histories of the base areas name it
        return implied_mention(central, "反" + counter.group("sweep"), coined=True)
    parent = _framing_campaign(text, sentences or [], battles, passing) if fallback else _parent_campaign(text, central, battles)
    m = implied_mention(central, "战斗" if fallback or parent else _word(text), coined=fallback)
    if parent:  # a fight inside the campaign the text names in passing: part of it (see local_action)
        m.value["local"] = parent
    if fallback and one_clause:  # told in one clause: in a list of labels or captions, its item's alone
        m.value["clause"] = True
    if fallback and passing - {parent}:  # the battles named in passing keep only the stretches that name them
        m.value["passing"] = sorted(passing - {parent})
    if retaken:
        place = central.value.get("name", central.text)
        read = {v + place for v in re.findall(rf"({_RETAKEN.pattern})了?{re.escape(place)}", text)}
        m.value["alts"] = sorted({*m.value["alts"], *read})  # 收复X as the text writes it
    return m


_LOCAL = ("town", "village", "fort", "mountain", "pass", "airfield", "station")


def _parent_campaign(text: str, central: Mention, battles: list[Mention]) -> str | None:
    """The campaign a fight the text never names was fought in: the text names campaigns only in passing (the
    caller's test) and none else, and the fight is at a stronghold, a village, a height (坚守X仓库 in 1937年X会战中),
    or every naming of the campaign is what a unit came to take part in (来参加X会战). Of two campaigns (one a
    transcript's misspelling), the one named most often, then the one named after a known toponym. Else None."""
    named = [m for m in battles if m.value.get("name") and not m.value.get("past")
             and not _CAREER_BACK.search(text, max(0, m.start - 3), m.start)]
    if not named or len(named) != sum(1 for m in battles if m.value.get("name")) \
            or not all(m.value["name"].endswith(CAMPAIGN_WORDS) for m in named):
        return None
    if central.value.get("kind") not in _LOCAL \
            and not all(REFERENCED.search(text, max(0, m.start - 4), m.start) for m in named):
        return None
    counts = Counter(m.value["name"] for m in named)
    return max(counts, key=lambda n: (counts[n], is_toponym(_stem(n) or n)))


_MIN_FIGHTS = 2  # stretches that tell fighting: enough, whatever else the text is, to be the account of a fight
_FIGHT_SHARE = 0.2  # and a share of its stretches, when it names battles in passing (not a life with one fight)


def _framing_campaign(text: str, sentences: list[tuple[int, int]], battles: list[Mention],
                      passing: set[str]) -> str | None:
    """The one campaign named in passing as what the fight was part of (来参加X会战, 在X会战中, X会战期间), else None;
    not one named in a stretch dated before the fight (1939年在X会战中负伤 … 1942年: a look back)."""
    starts = [s for s, _ in sentences]
    frames = {m.value["name"] for m in battles if m.value.get("name") in passing
              and m.value["name"].endswith(CAMPAIGN_WORDS)
              and not dated_before(text, sentences[bisect_right(starts, m.start) - 1])
              and (REFERENCED.search(text, max(0, m.start - 4), m.start)
                   or framed(text, m.start, m.end, clause=False))}
    return next(iter(frames)) if len(frames) == 1 else None


def _in_name(name: str, places: list[Mention]) -> set[str]:
    """The places a battle's name holds (车桥 of 车桥战役): no place of a fight the text tells apart from it."""
    return {p.value.get("name", p.text) for p in places if p.value.get("name", p.text) in name}


# a career's look back (远在日俄战役即已从军, 早在X战役中): a battle before the account, not one it tells
_CAREER_BACK = re.compile(r"(?:远在|早在)\s*$")
# the battle named as breaking out, its sentence or clause ending there (X事变爆发。 / X战斗打响了,): not a time
# (X爆发后, X打响时) but the head of the account that follows
_OUTBREAK_AFTER = re.compile(r"[”」\"']?(?:正式|全面|突然|终于)?(?:爆发|打响)了?[。，,；;！!]")


def _opens_account(text: str, m: Mention, central: Mention) -> bool:
    """The named battle m is told as breaking out, and the place the caller found the fighting about follows it
    in the same paragraph: the account of m, however rarely the text repeats its name (a speech names it once)."""
    return bool(_OUTBREAK_AFTER.match(text, m.end)) and m.start < central.start \
        and "\n" not in text[m.end:central.start]


# the kinds of place a battle is named after: settlements, mountains, passes, forts (not provinces, regions,
# rivers or railways, which a battle crosses but is not named after)
_NAMESAKE = ("city", "county", "town", "village", "mountain", "pass", "fort", "airfield", "station", "island")
NAMESAKE_KINDS = _NAMESAKE


# a fight told in one clause (a museum label's 说明, a photo caption, a row of a list): a place after 在/于, then
# a fighting verb, the enemy its partner or object (在X阻击日军, 于X与敌激战, 在X一带伏击日伪军)
_CLAUSE_FIGHT = re.compile(r"(?:县?城|车站|据点|炮楼|碉堡)?(?:一带|附近|地区|山区|阵地|[东南西北](?:侧|面|郊))?(?:与|同|对)?"
                           r"(?:日军|日寇|日伪军?|敌人?|鬼子)?(?:约?[0-9一二三四五六七八九十百千万两]+余?名?)?(?:展开|进行)?(?:了)?"
                           r"(?:阻击|伏击|袭击|抗击|迎击|痛击|截击|狙击|激战|血战|交战|反击|击退|歼灭|围歼|遭遇|作战|战斗|鏖战|"
                           r"苦战|恶战|拼杀|肉搏)")
# a fight told by its kind (在X打了个漂亮的伏击战, 在X进行了一场阻击战): the kind of fight says who it was against
_CLAUSE_BATTLE = re.compile(r"(?:一带|附近)?(?:打了|打响了|进行了|展开了)(?:一个|一场|一次|个|场)?(?:[\u4e00-\u9fff]{1,4}的)?"
                            r"(?:伏击战|阻击战|歼灭战|遭遇战|攻坚战|反击战|阻击|伏击)")
# the enemy attacking a place (敌人进犯X, 日军三次进攻X) and repulsed there (遭/被…打击, 被击退)
_CLAUSE_ATTACK = re.compile(r"(?:进犯|进攻|侵犯|窜犯|袭击|偷袭|围攻|扫荡)$")
_REPULSED = re.compile(r"[^，,。；;]{0,6}?[，,]?(?:遭|被|为|受)[^，,。；;]{0,12}?(?:打击|痛击|击退|反击|阻击|歼灭|重创|迎头痛击)")
_ENEMY = re.compile(r"日军|日寇|日伪|敌人|敌军|来犯之敌|鬼子|侵略军|敌")
_CLAUSE_REACH = 16  # characters after the verb where the enemy may stand (阻击日军第5师团一部)
# 在 and a bearing from the town before the place (在城北X伏击, 在县城以南X与敌激战): the bearing only locates X
_AT_TOWN_BEARING = re.compile(r"[在于](?:县城|城|镇|村)以?[东南西北]{1,2}之?$")


_ITEM_HEAD = re.compile(r"^[ \t\u3000]*(?:[0-9]{1,3}|[一二三四五六七八九十]{1,3})[.、．][ \t\u3000]*\S", re.M)


def clause_item(text: str, at: int) -> tuple[int, int] | None:
    """The span of the numbered item (a label, a caption: "21. …" up to "22. …") that holds ``at``, when the text
    is a list of at least two such items; else None. A fight told in one clause of one item is that item's: the
    other items (other objects, other photos) tell nothing of it."""
    heads = [m.start() for m in _ITEM_HEAD.finditer(text)]
    if len(heads) < 2:
        return None
    k = bisect_right(heads, at) - 1
    if k < 0:
        return None
    return heads[k], heads[k + 1] if k + 1 < len(heads) else len(text)


def _fight_clause(text: str, places: list[Mention]) -> Mention | None:
    """The one settlement, mountain or pass where a clause tells a fight against the enemy (八路军某旅在X阻击日军,
    敌人进犯X遭我军痛击, 在X打了个伏击战): a text that names no battle and tells its fight in a single clause (an object label, a
    caption) is about the fight at that place. None when no clause or clauses at several places do."""
    hits = []
    for m in places:
        if m.value.get("kind") not in _NAMESAKE or m.start == 0:
            continue
        attack = _CLAUSE_ATTACK.search(text, max(0, m.start - 4), m.start)
        if attack and _ENEMY.search(text, max(0, attack.start() - _CLAUSE_REACH), attack.start()) \
                and _REPULSED.match(text, m.end):
            hits.append(m)  # 敌人四次进犯X遭我军痛击: the enemy's attack on the place and its repulse
            continue
        lead = next((p for p in places if p.end <= m.start and narrower(text, p, places) is m), m)
        if lead.start == 0 or text[lead.start - 1].strip() not in ("在", "于") \
                and text[lead.start - 2:lead.start - 1] not in ("在", "于") \
                and not _AT_TOWN_BEARING.search(text, max(0, lead.start - 6), lead.start):
            continue  # 在X阻击, 在宿迁北之X阻击 (the city only locates X), 于 X 伏击 (a web page's spaced link)
        v = _CLAUSE_FIGHT.match(text, m.end)
        if v and _ENEMY.search(text, m.end, v.end() + _CLAUSE_REACH) or _CLAUSE_BATTLE.match(text, m.end):
            hits.append(m)
    return hits[0] if len({m.value.get("name", m.text) for m in hits}) == 1 else None


# the slot of a fight's action (where troops fight, are surrounded, or strike an enemy that holds a place): the
# place in it is the fight's site, however rarely the text names it and however often it names the county around
# it (a memorial's or a memoir's frame: its title, the memorial's town, the county the fight was "in")
# a verb of the fight's blow and the place it struck at as its complement (V在X, V于X): 将全连包围在X, 被困于X, 被我军
#堵截在X附近, 将敌歼灭于X: the Chinese verb takes where its action happened after it, whatever the verb
_SURROUNDED_AT = re.compile(r"(?:包围|围困|合围|围歼|围|困|堵截?|阻截|拦截|截击|截住|阻击|阻止|挡住|伏击|歼灭|消灭|全歼|"
                            r"击溃|击退|打退|击毙|牵制|钳制|压缩)(?:在|于)\s*$")
# 在X被敌包围, 在X遭到日伪军的围击, 在X和日军接上了火: 在X, then within its clause the enemy's blow or the exchange
# (宿营X,被敌合围: where the force camped or was stationed when the blow fell is as good as 在X)
_AT_BEFORE = re.compile(r"(?:[在于]|宿营|驻扎在?|驻在|进驻|住在)\s*$")
_BLOW_IN_CLAUSE = re.compile(r"(?:[^，,。；;！!？?\n]{0,16}?|[，,](?:(?:和|与|同)[^，,。；;！!？?\n]{0,10}?)?)"
                             r"(?:(?:被|遭到?|受到?)[^，,。；;]{0,16}?(?:包围|围击|围攻|围困|合围|伏击|袭击|突袭)"
                             r"|[交接]上了?火|交火|接火|激战|血战|鏖战|苦战|展开战斗|发生战斗)")
# the enemy attacked where it holds (向退守X的日军发起攻击, 袭击盘踞在X的敌人): X, where it held, is the site
_HELD_BY_ENEMY = re.compile(r"(?:退守|盘踞|盘据|驻守|驻扎|困守|固守|龟缩)(?:在|于)?[\u4e00-\u9fff]{0,4}?$")
_ENEMY_AFTER = re.compile(r"(?:[\u4e00-\u9fff]{0,8}?[、和及])?[\u4e00-\u9fff]{0,6}?(?:一带|附近|地区)?(?:的|之)"
                          r"(?:日军|日寇|日伪军?|敌人?|敌军|鬼子)")
_STRIKE_BEFORE = re.compile(r"(?:向|对|袭击?|夜袭|奇袭|突袭|偷袭|进攻|攻打|围攻|围歼|歼灭)[^，,。；;]{0,12}$")
# 在X, then within its clause a blow that kills or burns the enemy, the enemy its object (在X桥头杀了三十多个鬼子,
# 在X村口打死两名日军, 于X烧毁敌汽车五辆): however chatty the telling, the clause tells a fight at X
_STRUCK_DOWN_IN_CLAUSE = re.compile(r"[^，,。；;！!？?\n]{0,8}?(?:杀(?!害)|打死|打伤|击毙|毙伤|击伤|歼灭|消灭|干掉|烧毁|烧了|炸毁|炸了|"
                                    r"缴获|俘虏|生擒|活捉)[^，,。；;！!？?\n]{0,12}?(?:日军|日寇|日伪|敌人|敌军|敌|鬼子|日本兵)")
# a force breaking out of the place (从X突围, 在X突围出去, 自X冲出重围): it was held or surrounded there, a fight at X
_OUT_OF = re.compile(r"(?:从|在|于|自)\s*$")
_BREAKS_OUT = re.compile(r"(?:县?城|村|镇|一带|附近|山上)?(?:突围|冲出重围|杀出重围|突出重围)")
# the kinds of place an unnamed fight is named after when it is told at them: narrower than a county
SITE_KINDS = ("town", "village", "fort", "mountain", "pass", "airfield", "station", "island")


def in_action_slot(text: str, m: Mention) -> bool:
    """The place mention stands where a fight's action is told: attacked (袭击X, 奇袭驻在X的敌人), surrounded at
    (包围在X), fought at (在X遭到围击, 在X和日军交上了火), the enemy struck where it holds (向退守X一带的日军进攻), or
    taken back by a force (我军收复X)."""
    a = max(0, m.start - 14)
    if attack_target(text, m) or _SURROUNDED_AT.search(text, max(0, m.start - 4), m.start):
        return True
    if _AT_BEFORE.search(text, max(0, m.start - 3), m.start) and (blow := _BLOW_IN_CLAUSE.match(text, m.end)) \
            and "\n" not in text[m.end:blow.end()]:
        return True
    if _AT_BEFORE.search(text, max(0, m.start - 3), m.start) and _STRUCK_DOWN_IN_CLAUSE.match(text, m.end):
        return True
    if broke_out_of(text, m):
        return True
    held = _HELD_BY_ENEMY.search(text, max(0, m.start - 8), m.start)
    if held and _ENEMY_AFTER.match(text, m.end) and _STRIKE_BEFORE.search(text, a, held.start() + 1):
        return True
    return _befell(text, m)


def broke_out_of(text: str, m: Mention) -> bool:
    """A force breaks out of the place (从X突围, 在X突围): X is where it was held, not where it went (向X突围)."""
    return bool(_OUT_OF.search(text, max(0, m.start - 2), m.start) and _BREAKS_OUT.match(text, m.end))


_LOCATING_JOIN = re.compile(r"(?:省|县|市)?的?")  # 湖南|衡山|县的|X车站: the places that locate the site


def _in_slot_anywhere(text: str, place: Mention, places: list[Mention]) -> bool:
    """Some mention of the place stands in the slot of a fight's action (攻打X县城, 在X与日军激战)."""
    name = place.value.get("name", place.text)
    return any(m.value.get("name", m.text) == name and in_action_slot(text, m) for m in places)


def action_site(text: str, places: list[Mention]) -> Mention | None:
    """The first place narrower than a county that stands in the slot of a fight's action (in_action_slot), the
    places that locate it written before it (在X省Y县的Z车站, 包围在X县Y村) taken into the slot: the site of a fight
    the text never names, before any place it only names often (the county around it, a memorial's town). None
    when no such place is told."""
    ends = {m.end: m for m in places}
    for m in places:
        if m.value.get("kind") not in SITE_KINDS and not (m.value.get("kind") == "river" and m.value.get("source") != "gazetteer"
                                                          and broke_out_of(text, m)):
            continue  # 从X溪突围: a name guessed to be a stream (no gazetteer's) is, broken out of, a position held
        lead = m.start
        while (before := ends.get(lead) or next((ends[lead - k] for k in (1, 2) if lead - k in ends
                                                  and _LOCATING_JOIN.fullmatch(text, lead - k, lead)), None)) \
                is not None and before.start < lead:
            lead = before.start
        probe = m if lead == m.start else Mention(m.kind, lead, m.end, text[lead:m.end], m.value)
        if in_action_slot(text, probe):
            starts = {p.start: p for p in places if p.value.get("kind") in SITE_KINDS}
            while m.end in starts:  # X村Y岭 written together: the last, the narrower, is the site
                m = starts[m.end]
            return m
    return None


def _befallen_place(text: str, places: list[Mention]) -> Mention | None:
    """The one place whose fight a text that names no battle tells by what befell it (我军收复X, X失守 with its
    defenders' fight, X五壮士, 以X突围为主线), else the one river it tells a fight at (在X河伏击日军, 强渡X河 under
    fire): the last resort's last place, after every place the account's fighting or its naming points at."""
    hits = [m for m in places if m.start and _befell(text, m) and (
        m.value.get("kind") in _NAMESAKE or m.value.get("kind") is None and _POST_AFTER.match(text, m.end))]
    if not hits:
        hits = [m for m in places if m.value.get("kind") == "river" and m.start and _river_fight(text, m)]
    return hits[0] if len({m.value.get("name", m.text) for m in hits}) == 1 else None


# a place taken, retaken or raided by a force the sentence names (我军收复X, 我们连奉命攻打X, 第三营夜袭X)
_STRUCK = re.compile(r"(?:收复|克复|光复|攻克|攻占|攻陷|攻下|攻打|攻取|夺回|拿下|夜袭|奇袭|袭击|突袭|偷袭|围攻|强攻|猛攻)了?\s*$")
_FORCE = re.compile(r"我军|我部|守军|八路军|新四军|国军|游击队|民兵|日军|日寇|日伪|敌军|敌人|鬼子|[连营团旅师]")
# a place lost with its defenders' fight in the sentence (X失守,守军大部殉国)
_POST_WORD = r"(?:县?城|据点|炮楼|碉堡|车站)?"  # the place's town or post (X县城失守, X车站失守, 以X据点突围为主线)
_MOVES_ON = re.compile(r"[,，]\s*(?:随即|继续|随后|旋即|接着|尔后|然后)")
_POST_AFTER = re.compile(r"据点|炮楼|碉堡")  # a place known by its context only (收复X据点) is a fort
_LOST = re.compile(_POST_WORD + r"(?:失守|失陷|沦陷|陷落)")
_DEFENDED = re.compile(r"守军|抵抗|殉国|殉职|阵亡|激战|血战|苦战|巷战|坚守|死守")
# the fight named by what was done at the place (以X突围为主线, X阻击中) and the heroes named after it (X五壮士)
_DONE_AT = re.compile(_POST_WORD + r"(?:(?:突围|伏击|阻击|保卫|争夺|攻坚|反击|血战)(?:战)?|之役|一役)(?:为|中|时|的|[,，。;；、”])")
_AWAY = re.compile(r"(?:向|往|朝|到)[东南西北]?\s*$")  # 向X突围, 向东X突围: a break-out toward X
_HEROES = re.compile(r"(?:[一二三四五六七八九十两]|[0-9]{1,3})(?:位|名)?(?:壮士|勇士|烈士|英雄)|英雄连|勇士")
_CLAUSE_END = re.compile(r"[。!！?？;；\n]")
# a river crossed under fire (强渡X, 我军凭河阻击)
_CROSSED = re.compile(r"(?:强渡|抢渡|偷渡|渡过)\s*$")


def _sentence_of(text: str, m: Mention) -> tuple[int, int]:
    """The span of the sentence around the mention (to the stops either side)."""
    a = max(text.rfind(c, 0, m.start) for c in "。!！?？;；\n") + 1
    end = _CLAUSE_END.search(text, m.end)
    return a, end.start() if end else len(text)


def _befell(text: str, m: Mention) -> bool:
    """What befell the place tells its fight in one clause: taken, retaken or raided by a force the sentence names
    (我军收复X, 连奉命攻打X), lost with its defenders' fight (X失守,守军殉国), named as what was done there
    (以X突围为主线; not 向X突围, a break-out toward it) or in its heroes' name when the sentence tells fighting
    (X五壮士…与日军激战)."""
    a, b = _sentence_of(text, m)
    if _STRUCK.search(text, max(0, m.start - 4), m.start):  # not 攻克X,随即东进: a march, no fight told
        return bool(_FORCE.search(text, a, m.start)) and not _MOVES_ON.search(text, m.end, b)
    if _LOST.match(text, m.end):
        return bool(_DEFENDED.search(text, a, b))
    if _DONE_AT.match(text, m.end):
        return not _AWAY.search(text, max(0, m.start - 3), m.start)
    if re.match(_POST_WORD + _HEROES.pattern, text[m.end:b]):
        return bool(_ENEMY.search(text, a, b) and FIGHTING.search(text, a, b))
    return False


def _river_fight(text: str, m: Mention) -> bool:
    """A fight at a river told in one clause: 在X伏击日军, or X crossed under fire (日军强渡X,我军凭河阻击)."""
    if text[m.start - 1] in "在于" and (v := _CLAUSE_FIGHT.match(text, m.end)):
        return bool(_ENEMY.search(text, m.end, v.end() + _CLAUSE_REACH))
    if _DONE_AT.match(text, m.end) and "役" in _DONE_AT.match(text, m.end).group():
        return True  # X河一役: the fight at the river
    a, b = _sentence_of(text, m)
    return bool(_CROSSED.search(text, max(0, m.start - 3), m.start) and FIGHTING.search(text, m.end, b))


def _sole_target(text: str, places: list[Mention]) -> Mention | None:
    """The one settlement, mountain or pass an account that names no battle defends or attacks (扼守X, 围攻X,
    X失守), even once: a judgment or a letter tells the fight for a city in a sentence, then what followed. Of
    several, the one city among them (攻陷X门 / 攻陷X关 are parts of the city's fight). Its first such mention."""
    hits = [m for m in places if m.value.get("kind") in _NAMESAKE and _is_target(text, m)]
    names = {m.value.get("name", m.text) for m in hits}
    if len(names) > 1:
        hits = [m for m in hits if m.value.get("kind") == "city"]
        names = {m.value.get("name", m.text) for m in hits}
    return hits[0] if len(names) == 1 else None


def _salient_place(text: str, places: list[Mention]) -> Mention | None:
    """The place an account of fighting that names no battle keeps coming back to: the settlement, mountain or
    pass it names most often, at least twice and more often than any other (a memoir of a defence, a
    reportage of an attack, an excerpt whose title held the name). A county named to locate a village (于溧阳东北之
    周岗) counts as the village."""
    return _most_named(m for m in (narrower(text, p, places) or p for p in places)
                       if m.value.get("kind") in _NAMESAKE)


# the words of a small fight told as a story, a memoir or a county history (a sweep, shots, machine guns; meeting
# and striking the enemy: 迎击来犯之敌, 痛击日寇): enough, with a leader
# or a unit, to make a text that names no battle the account of one
SKIRMISH = re.compile(r"扫荡|清剿|讨伐|迎击|抗击|痛击|射击|扫射|枪声|火力|埋伏|伏击|袭击|开火|交火|战斗|机枪|冲锋|突击|阻击|打响|枪[^，,。]?响")
# drill, not fighting (进行射击和冲锋演练, 操练射击)
_DRILL_AFTER = re.compile(r"[^，,。]{0,4}(?:演练|训练|演习|操练)")
_DRILL_BEFORE = re.compile(r"(?:操练|训练|练习|演练)$")
_QUOTE = re.compile(r"“[^”]{0,400}”|「[^」]{0,400}」")


def _tells_fighting(text: str) -> bool:
    """The narrative tells fighting: at least three different fighting words outside quoted speech (a veteran
    recalling "机枪一响…" in an interview tells none) and drill (射击和冲锋演练)."""
    quoted = [m.span() for m in _QUOTE.finditer(text)]  # in text order, not overlapping
    opens = [s for s, _ in quoted]
    kinds: set[str] = set()
    for rx in (FIGHTING, INCURSION, SKIRMISH):
        for m in rx.finditer(text):
            a = m.start()
            q = bisect_right(opens, a) - 1
            if (q >= 0 and a < quoted[q][1]) or _DRILL_AFTER.match(text, m.end()) \
                    or _DRILL_BEFORE.search(text, max(0, a - 2), a):
                continue
            kinds.add("枪响" if m.group().endswith("响") and "枪" in m.group() else m.group())
            if len(kinds) >= 3:
                return True
    return False
# a place attacked (袭击X, 夜袭X, 进攻X, 攻入X / 向X环袭, 向X进攻): an unnamed fight is named after the town it
# attacks, not the village the force gathered or camped in (集结于X, 宿营X, 进到X) before and after it
# (智取, 夺取, 端掉, 拔掉: a post taken by a ruse or a raid is attacked too)
_ATTACK_BEFORE = re.compile(r"(?:袭击?|攻(?:击|打|入|进)?|智取|夺取|端掉|拔掉|拔除)了?\s*$")
_ATTACK_AFTER = re.compile(r"(?:县?城)?(?:环袭|袭击|夜袭|进攻|猛攻|攻击|围攻)")


# the quarters of a force attacked (袭击…旅部驻地X, 包围…团部驻地X, 歼灭我驻在X之驻军): X is the place attacked
_QUARTERS_ATTACKED = re.compile(r"(?:袭击|偷袭|奔袭|突袭|夜袭|包围|围攻|进攻|合击|歼灭)[^,，。;；!！?？]{0,30}"
                                r"驻(?:地|在|扎在?|守在?)\s*$")


# the enemy attacked named by the place it holds (袭击了盘踞在X、Y附近的日军, 向占领X的敌兵营发起袭击, 夜袭侵占X之敌):
# the attack falls on the place it holds. The holding verb opens a phrase that ends in the enemy (…的/之 + 敌/日/伪);
# the attack's verb stands before the holding verb or after the enemy, in the same clause
_HOLDING = re.compile(r"(?:盘踞|盘据|占据|占领|侵占|据守|驻守|驻扎|窜踞|窜据)(?:在|于|着)?(?P<mid>[^,，。;；!！?？:：]{0,12})$")
_HOLDER_AFTER = re.compile(r"[^,，。;；!！?？:：]{0,10}?[的之](?:[^,，。;；!！?？:：]{0,4}?)(?:日|敌|伪|鬼子)"
                           r"|(?:一带|附近)?(?:日伪军|日军|日寇|伪军|敌军|敌人)")  # 围攻盘踞X伪军: the holder right after
_ATTACK_VERB = re.compile(r"袭击|进攻|攻击|攻打|夜袭|突袭|奇袭|偷袭|奔袭|围攻|猛攻|强攻|围歼|歼灭")
_HOLD_LIST = re.compile(r"(?:[\u4e00-\u9fff]{2,6}[、和及与])*[\u4e00-\u9fff]{0,6}")


def _held_place_attacked(text: str, m: Mention) -> bool:
    """袭击了盘踞在X的日军 / 向占领X的日寇发起袭击: X is the place attacked (see _HOLDING)."""
    hold = _HOLDING.search(text, max(0, m.start - 14), m.start)
    if hold is None or not _HOLD_LIST.fullmatch(hold.group("mid")):
        return False
    after = _HOLDER_AFTER.match(text, m.end)
    if after is None:
        return False
    clause_start = max(text.rfind(c, 0, hold.start()) for c in ",，。;；!！?？:：\n") + 1
    clause_end = min((i for c in ",，。;；!！?？:：\n" if (i := text.find(c, after.end())) >= 0), default=len(text))
    return bool(_ATTACK_VERB.search(text, max(clause_start, hold.start() - 12), hold.start())
                or _ATTACK_VERB.search(text, after.end(), min(clause_end, after.end() + 24)))


def attack_target(text: str, m: Mention) -> bool:
    """The place mention is the object of an attack: 袭击X, 进攻X, 向X环袭, 袭击…驻地X, 歼灭我驻在X之驻军, 袭击盘踞在X的日军."""
    return bool(_ATTACK_BEFORE.search(text, max(0, m.start - 3), m.start)
                or _QUARTERS_ATTACKED.search(text, max(0, m.start - 40), m.start)
                or (_TOWARD.search(text, max(0, m.start - 2), m.start) and _ATTACK_AFTER.match(text, m.end))
                or _held_place_attacked(text, m))


# the place an account keeps coming back to outweighs a place attacked once on the side (a diversion: 命令某团猛攻X
# to draw the enemy off the mountain the text is about) when named this often, and this many times as often
_OUTWEIGHS, _OUTWEIGHS_BY = 5, 3


def _attacked_place(text: str, places: list[Mention], salient: Mention | None = None) -> Mention | None:
    """The settlement an account that names no battle attacks most often (袭击X, 向X环袭, 袭击…驻地X), if one is
    attacked more often than any other: its first mention as the place attacked. None when the salient place (the
    one the account keeps coming back to) is named at least _OUTWEIGHS times and _OUTWEIGHS_BY times as often as
    the place attacked, which is attacked only once: the fight is the salient place's, the attack a side action."""
    counts: Counter[str] = Counter()
    first: dict[str, Mention] = {}
    for m in places:
        if m.value.get("kind") not in _NAMESAKE:
            continue
        if attack_target(text, m):
            counts[m.value.get("name", m.text)] += 1
            first.setdefault(m.value.get("name", m.text), m)
    ranked = counts.most_common(2)
    if not ranked or (len(ranked) > 1 and ranked[0][1] == ranked[1][1]):
        return None
    if salient is not None and ranked[0][1] == 1 and _outweighs(places, salient, first[ranked[0][0]]):
        return None
    return first[ranked[0][0]]


def _outweighs(places: list[Mention], salient: Mention, other: Mention) -> bool:
    """The place the account keeps coming back to is named at least _OUTWEIGHS times and _OUTWEIGHS_BY times as
    often as the other place (a side action, the enemy's goal named once): the fight is the salient place's."""
    named = Counter(m.value.get("name", m.text) for m in places)
    mine, theirs = named[salient.value.get("name", salient.text)], named[other.value.get("name", other.text)]
    return mine >= _OUTWEIGHS and mine >= _OUTWEIGHS_BY * theirs


def narrowest_place(text: str, place: Mention, places: list[Mention]) -> Mention:
    """The narrowest place a county or city mention locates: a village, town, mountain … written right after it
    (溧阳县塘马村) or after it and a bearing (阜宁西之陈家集, 定远东南老人仓): a fight is named after the most specific
    place the text gives for it, the county only locates it. The mention itself when none follows."""
    while (nxt := narrower(text, place, places)) is not None:
        place = nxt
    return place


# a sweep (扫荡, 清乡 …) resisted (反扫荡, 反“清乡”): the account of a counter-sweep, named X反扫荡 after its place
_SWEEP = re.compile(r"扫荡|清乡|围剿|进剿|清剿|蚕食")
_COUNTER_SWEEP = re.compile(r"反[“「\"']?(?P<sweep>扫荡|清乡|围剿|蚕食)")


# the kinds of place a small fight is named after when the text names it only once: a settlement
_SMALL = ("town", "village")


def _opening_place(places: list[Mention], battles: list[Mention], opening: tuple[int, int] | None) -> Mention | None:
    """The first village or town named in the account's first dated sentence (一九四四年一月二十六日…X村北, 昭和20年6月
    …驻地为X塘): where a reportage or a memoir sets its fight when it names the place only once. Not a place inside
    a battle's name (从桂林战役中休整: the battle looked back on)."""
    if opening is None:
        return None
    a, b = opening
    return next((m for m in _small_places(places, battles) if a <= m.start < b), None)


def _sole_village(places: list[Mention], battles: list[Mention]) -> Mention | None:
    """The one village or town the account names (在X战役中负伤的老兵 … 到马家庄清剿), if it names exactly one."""
    small = _small_places(places, battles)
    return small[0] if len({m.value.get("name", m.text) for m in small}) == 1 else None


def _small_places(places: list[Mention], battles: list[Mention]) -> list[Mention]:
    """The villages and towns named outside the names of battles."""
    spans = sorted((x.start, x.end) for x in battles)
    starts = [a for a, _ in spans]
    reach: list[int] = []  # the farthest end of the names starting at or before each
    for _, e in spans:
        reach.append(max(e, reach[-1]) if reach else e)

    def inside(m: Mention) -> bool:
        k = bisect_right(starts, m.start) - 1
        return k >= 0 and m.end <= reach[k]
    return [m for m in places if m.value.get("kind") in _SMALL and not inside(m)]


# a place as the object of an attack or a defence: 连攻X, 进攻X, 围攻X, 威胁X, 保卫大X … / X之围, X失陷, X攻防
_TARGET_BEFORE = re.compile(r"(?:攻|进图|进窥|进逼|进犯|威胁|保卫|守卫|防守|固守|死守|坚守|扼守|据守|退守|夺取|争夺|直扑|扑向|包围|"
                            r"进至|进抵|窜至|窜犯|侵占|侵入|进占|攻占|攻陷|占领)大?\s*$")
# a place retaken (收复X, 克复X, 光复X, 攻克X): a telegram or report announcing the recapture of a town is about
# the battle for it; read only where no attack or defence names the text's target (敌人连攻武汉 … 克复罗山)
_RETAKEN = re.compile(r"收复|克复|光复|攻克")
_RETAKEN_BEFORE = re.compile(rf"(?:{_RETAKEN.pattern})了?\s*$")
# the city's walls, suburbs …, the county's town, the city by its official name: the place itself (洛阳城垣 → 洛阳,
# 万泉县城 → 万泉, 常德市 → 常德)
_CITY_PART = re.compile(r"(?<=..)(?:市|县城?|城(?:垣|墙|郊|内|外|下|厢)?|要塞)$")  # 马当要塞 counts as 马当
_TARGET_AFTER = re.compile(r"\s*(?:的\s*)?(?:之围|攻防|保卫|失陷|沦陷|陷落|失守|告急|危急)")
# 向X县城进犯: an advance on the place
_TOWARD = re.compile(r"向\s*$")
_ADVANCE_AFTER = re.compile(r"(?:县?城)?(?:进犯|窜犯|进攻|猛攻|扑来)")


def _target_place(text: str, places: list[Mention], before: re.Pattern | None = None) -> Mention | None:
    """The place the text's fighting is about when it names no battle at all (a commentary on the fronts:
    敌人连攻武汉,计分四路 …): the place named as the object of an attack or a defence most often, at least
    twice and more often than any other. Its first such mention."""
    return _most_named(m for m in places if m.value.get("kind") != "railway" and _is_target(text, m, before))


def _is_target(text: str, m: Mention, before: re.Pattern | None = None) -> bool:
    """The place mention is the object of an attack or a defence (连攻X, 扼守X, X失陷, 向X进犯), or with before, of
    the verbs it gives (收复X)."""
    toward = before is None and _TOWARD.search(text, max(0, m.start - 2), m.start) \
        and _ADVANCE_AFTER.match(text, m.end)
    return bool((before or _TARGET_BEFORE).search(text, max(0, m.start - 4), m.start)
                or (before is None and _TARGET_AFTER.match(text, m.end)) or toward)


def _most_named(mentions) -> Mention | None:
    """Of place mentions, the first of the place named most often, at least twice and more often than any
    other; 洛阳城, 洛阳城垣, 洛阳县 count as 洛阳, and the first mention written as the place itself is kept."""
    counts: Counter[str] = Counter()
    first: dict[str, Mention] = {}
    for m in mentions:
        name = m.value.get("name", m.text)
        name = _CITY_PART.sub("", name) if len(name) > 2 else name
        counts[name] += 1
        if name not in first or first[name].value.get("name", first[name].text) != name:
            first[name] = m
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[0][1] <= ranked[1][1]):
        return None
    return first[ranked[0][0]]


def _central_place(places: list[Mention], min_count: int) -> Mention | None:
    """The first mention of the settlement named at least min_count times and twice as often as any other."""
    counts: Counter[str] = Counter()
    first: dict[str, Mention] = {}
    for m in places:
        name = m.value.get("name", m.text)
        if m.value.get("kind") in SETTLEMENT_KINDS:
            counts[name] += 1
            first.setdefault(name, m)
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < min_count or (len(ranked) > 1 and ranked[0][1] < 2 * ranked[1][1]):
        return None
    return first[ranked[0][0]]


def _word(text: str) -> str:
    return max(_WORDS, key=lambda w: (text.count(w), -_WORDS.index(w)))


_VILLAGE = re.compile(r"(?<=..)村$")
_COUNTY = re.compile(r"(?<=..)(?:县|市)$")


def implied_mention(place: Mention, word: str, coined: bool = False) -> Mention:
    """A battle named place + word. The name is inferred, not read, and each battle word is a conventional
    form of it (宜昌会战 / 宜昌战役 / 宜昌作战, the last the Japanese style; 万泉战斗 / 万泉之战 for a smaller
    fight): the others are its altLabels. A village's 村 is no part of the name (辛庄村 → 辛庄战斗; 辛庄村战斗 is
    another form), nor a coined fight's county's 县 (内黄县 → 内黄战斗). coined: the fallback's battle for an account that names none (X战斗, the form histories give
    a small fight)."""
    name = place.value.get("name", place.text)
    stem = _VILLAGE.sub("", name)
    if coined and place.value.get("kind") in ("county", "city"):  # 内黄县 → 内黄战斗 (内黄县战斗 another form)
        stem = _COUNTY.sub("", stem)
    forms = (*_WORDS, *_OTHER_FORMS)
    if word.startswith("反"):  # a counter-sweep: also the sweep itself and the fight (X扫荡, X战斗)
        forms = (word, word[1:], *_OTHER_FORMS)
    alts = {stem + w for w in forms if w != word} | ({name + w for w in forms} if stem != name else set())
    value = {"name": stem + word, "implied": True, "alts": sorted(alts)}
    if coined:
        value["coined"] = True
    return Mention("battle", place.start, place.end, place.text, value)


def unnamed_accounts(text: str, sentences: list[tuple[int, int]], labels: list[str | None],
                     places: list[Mention], units: list, battles: list[Mention],
                     min_count: int = 4) -> list[tuple[Mention, list[int]]]:
    """Battles whose account the text gives but never names: a run of sentences that belongs to no named
    battle, closes like a battle account (…会战结束 / 此次会战…), and reads as one (three units, fighting
    words, a central settlement). Returns (battle mention, the run's sentence indices)."""
    starts = [s for s, _ in sentences]

    def sent(pos: int) -> int:
        return bisect_right(starts, pos) - 1
    closers = {sent(m.start) for m in battles if m.value.get("context")}
    out = []
    k = 0
    while k < len(sentences):
        if labels[k] is not None:
            k += 1
            continue
        j = k
        while j < len(sentences) and labels[j] is None:
            j += 1
        run = range(k, j)
        a, b = sentences[k][0], sentences[j - 1][1]
        inside = [m for m in places if a <= m.start < b]
        n_units = sum(1 for u in units if a <= u.mention.start < b)
        central = _central_place(inside, min_count)
        if closers & set(run) and n_units >= 3 and len(FIGHTING.findall(text, a, b)) >= 3 and central:
            named = {m.value["name"] for m in battles if m.value.get("name")}
            if not any(central.value.get("name", central.text) in n for n in named):
                out.append((implied_mention(central, _word(text[a:b])), list(run)))
        k = j
    return out


# a fight set inside a campaign by place: X大战中(,unit)于/在 [province] county|town (百团大战中于山西榆社县缴获, 在X会战中,
# 第N团在Y镇…)
_SET_IN = re.compile(r"中\s*[,，]?[^,，。;；:：“”\"]{0,12}?(?:于|在)\s*$")
# the fight referred back to as one fight (此次战斗, 这次战斗, 这场战斗): a campaign is 此次战役 / 此役
_THIS_FIGHT = re.compile(r"(?:此次|这次|本次|该次|这场|此|该)战斗")
_SET_KINDS = ("county", "city", *NARROW_KINDS)


def located_action(text: str, sentences: list[tuple[int, int]], labels: list[str | None], places: list[Mention],
                   battles: list[Mention]) -> tuple[Mention, list[int], str] | None:
    """A local fight a short record sets inside the campaign it names and refers back to as one fight
    (1940年秋X大战中于Y县缴获,此次战斗歼日军一个大队: a relic's note, a caption, a citation). When every sentence
    went to one campaign and the campaign is written right before where it happened (X大战中于/在 [province] county
    or town), and that sentence or the next refers back to "此次战斗" (one fight, not 此次战役 / 此役), the fight told
    is the one at that place: coined as place + 战斗 (榆社县 → 榆社战斗), part of the campaign. It takes the sentences
    from that one on; the campaign keeps the ones before. Returns (mention, sentence indices, campaign) or None."""
    campaign = sole_campaign(labels)
    if campaign is None:
        return None
    starts = [s for s, _ in sentences]
    place_starts = [m.start for m in places]
    names = [m.value["name"] for m in battles if m.value.get("name")]
    for b in battles:
        if b.value.get("name") != campaign:
            continue
        k = bisect_right(starts, b.start) - 1
        if k < 0:
            continue
        end = sentences[k][1]
        i = bisect_right(place_starts, b.end)
        if i >= len(places) or places[i].start >= end or not _SET_IN.search(text, b.end, places[i].start):
            continue
        place = places[i]
        while place.value.get("kind") == "province" and i + 1 < len(places) and places[i + 1].start == place.end:
            i += 1
            place = places[i]  # 山西榆社县: the county the province locates
        place = narrowest_place(text, place, places)
        if place.value.get("kind") not in _SET_KINDS:
            continue
        name = place.value.get("name", place.text)
        if any(name in n or (place.value.get("short") or name) in n for n in names):
            continue  # a fight named there already
        back = sentences[k + 1][1] if k + 1 < len(sentences) else end
        if not any(m.value.get("context") and place.end <= m.start < back and _THIS_FIGHT.fullmatch(m.text)
                   for m in battles):
            continue
        mention = implied_mention(place, "战斗", coined=True)
        mention.value["local"] = campaign
        return mention, [j for j in range(k, len(sentences)) if labels[j] == campaign], campaign
    return None


# a front of its own: a place where fighting broke out, was held or was attacked (X开打了, X打响, X告急, 接替X防务,
# 攻不下X, 死守X) — the way a script's or a memoir's dialogue tells a second fight through orders and reports
_FRONT_BEFORE = re.compile(r"(?:攻不下|打不下|守不住|守住|死守|坚守|固守|接替|增援|驰援|围攻|攻打|进攻|攻占|拿下|攻下|夺取)$")
_FRONT_AFTER = re.compile(r"(?:的)?(?:开打|打响|告急|吃紧|战事|防务|失守|激战|巷战|死守|坚守|固守)")
_FRONT_KINDS = (None, "city", "county", "town", "village", "fort", "district", "pass", "mountain", "airfield", "station")
_MIN_FRONT = 2


def second_front(text: str, sentences: list[tuple[int, int]], labels: list[str | None], places: list[Mention],
                 battles: list[Mention]) -> tuple[Mention, list[int]] | None:
    """The other fight of a text whose one battle was coined for an unnamed fight at place A: another place B that
    is a front at least twice (_FRONT_BEFORE/_FRONT_AFTER at any writing of B) in sentences of A's battle, B no part
    of A's name nor A of B's (吴X口 of 吴X), a town, county, stronghold or a place known by its context only. B's fight,
    coined as B战斗, takes the sentences that write B and not A. Returns (mention, sentence indices) or None."""
    coined = [m for m in battles if m.value.get("coined") and m.value.get("implied") and not m.value.get("local")]
    named = [m for m in battles if m.value.get("name") and not m.value.get("coined")]
    if len(coined) != 1 or named:
        return None
    main = coined[0].value["name"]
    a = coined[0].text
    starts = [s for s, _ in sentences]
    seen: set[str] = set()
    for p in places:
        b = p.value.get("name", p.text)
        if b in seen or p.value.get("kind") not in _FRONT_KINDS or a in b or b in a:
            continue
        seen.add(b)
        fronts = {bisect_right(starts, x) - 1 for x, y in occurrences(text, b)
                  if _FRONT_BEFORE.search(text, max(0, x - 3), x) or _FRONT_AFTER.match(text, y)}
        fronts = {k for k in fronts if 0 <= k < len(labels) and labels[k] == main}
        if len(fronts) < _MIN_FRONT:
            continue
        run = [k for k in range(len(sentences)) if labels[k] == main and b in text[sentences[k][0]:sentences[k][1]]
               and a not in text[sentences[k][0]:sentences[k][1]]]
        if not run or not set(run) & fronts:
            continue
        m = implied_mention(p, "战斗", coined=True)
        return m, run
    return None


# a paragraph that opens by following on from what was told before (整训后, 转移以后, 此后, 不久): what it tells came
# after the paragraphs before it
_FOLLOWS_ON = re.compile(r"[ \t\u3000]*(?:[\u4e00-\u9fff]{1,4}(?:以后|之后|后)|此后|其后|随后|不久)[,，]")
_FIGHT_IN_CLAUSE = re.compile(r"[^，,。；;！!？?\n]{0,16}?(?:伏击|阻击|袭击|截击|激战|血战|交战|战斗|伏击战|遭遇战|歼灭|击退|围歼)")


def later_paragraph(text: str, fight: Mention, places: list[Mention]) -> int | None:
    """Where the account of a coined fight begins when the text tells it in a later paragraph of its own (a unit
    history on an honour flag: the flag's card, the unit's lineage, its march and training, then "整训后,…就在X村打了
    个伏击战"): the fight's place is named in that paragraph only, the paragraph is not the text's first and opens by
    following on from what came before (X后, 此后, 不久), and the clause naming the place tells the fight. The
    paragraphs before are the unit's story up to the fight, not its account. The paragraph's start, else None."""
    line = text.rfind("\n", 0, fight.start) + 1
    end = text.find("\n", fight.start)
    end = len(text) if end < 0 else end
    if not text[:line].strip() or not _FOLLOWS_ON.match(text, line):
        return None
    names = {fight.text} | {m.value.get("name", m.text) for m in places if m.start == fight.start}
    if any(text.count(n, 0, line) or text.count(n, end) for n in names):
        return None  # the place named elsewhere too: the text keeps coming back to it
    return line if _FIGHT_IN_CLAUSE.match(text, fight.end) else None
