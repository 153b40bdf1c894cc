"""Several unnamed fights told in one account: each its own battle, named after its place, with its own sentences.

A local history or a chronicle of an invasion names no battle but tells one fight after another, each at a town:
"7月27日,双方在X展开激战,29日,守军撤出X", "日军于8月6日开始对Y镇进行多次进攻,于8月22日占领该镇后,继续南进,…".
A fight is told by its place after 在 and before a fighting word (在X展开激战, 在X一带发生战斗) or after 对 and before
an attack (对X发起进攻, 对X进行多次进攻). When a text that names no battle (but in passing) tells two such fights
at different settlements, each is a battle the text does not name: X战斗 after its place (coined, as a local
chronicle's event), holding its own sentence and the sentences right after it that refer back to its place
(该镇, 该城). A sentence that runs on after the fight ("占领该镇后,继续南进,于8月24日占领Z") is cut where the account
moves on (继续, 随即 …), so the next town's occupation and date stay out of the fight. The occupations without
fighting (占领X) are no fights: they stay outside every battle.

A dated life summary tells its fights as dated entries instead ("1941年5月下旬,X旅在Y县Z山三战三捷", "1941年11月28日
凌晨,日军…袭击…驻地Y县W村"): each entry that opens with its year and month and sets fighting at a place is a fight
of its own (dated_fights), named after the narrowest place it gives; the career around them is no fight's.
A site's introduction or a local history tells a militia's fights the same way, dated by season and by the year
of the entry before ("1941年春,…民兵在X村埋设地雷,炸死日军8名。当年秋,…在Y村布下石雷阵,…"): a season dates an
entry as a month does, 当年/同年/次年 carries the year on, the killing by mines (炸死, 杀伤) is fighting, and the
enemy (日军, 日伪军) or the militia named as such is a fighter even where no numbered unit is. A place swept
(对X扫荡) and fought back is X反扫荡.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from kangzhan.extract.facts import _stem
from kangzhan.extract.fight_content import narrower
from kangzhan.extract.fight_words import FIGHT_WORDS
from kangzhan.extract.implied import SITE_KINDS, attack_target, implied_mention, narrowest_place
from kangzhan.extract.mentions.base import SETTLEMENT_KINDS, Mention

# 在X(一带)展开激战 / 在X发生战斗: a fight at X
_FOUGHT_BEFORE = re.compile(r"在$")
_FOUGHT_AFTER = re.compile(r"(?:一带|附近|城[内外下郊]|地区|周围)?(?:展开|发生|进行|爆发|打响)了?(?:一场|一次|激烈的|了)?"
                           r"(?:激战|血战|鏖战|恶战|战斗|交战|巷战|争夺战|攻防战)")
# 对X发起进攻 / 对X进行多次进攻: an attack on X
_ATTACKED_BEFORE = re.compile(r"对$")
_ATTACKED_AFTER = re.compile(r"(?:城)?(?:发起|发动|进行|展开|实施|开始)了?(?:多次|数次|连续|猛烈|大规模|轮番|猛烈的|多次的)?的?"
                             r"(?:进攻|攻击|围攻|猛攻|强攻|总攻|攻势)")
# the account moves on after the fight: a clause that opens so ends the fight's part of its sentence
_MOVES_ON = re.compile(r"[,，]\s*(?=继续|随即|随后|旋即|接着|尔后|然后)")
# a sentence that refers back to the fight's place (该镇, 该城 …): still the fight's account
_BACK_REFERENCE = re.compile(r"该(?:镇|城|县|村|地|庄|处)|此(?:镇|城|役|战)|守军")
_MIN_FIGHTS = 2
# the toll of a raid told in its own sentence (杀伤鬼子六十余名, 毙敌百余, 俘虏十余, 全歼): the blow struck home
_TOLL = re.compile(r"杀伤|毙|歼|俘|击伤|打死|打伤|炸死|伤亡")
_SENTENCE_END = re.compile(r"[。!！?？；;\n]")


# a place stormed or broken into (攻克X, 攻占了X, 袭入X, 冲入X): a raid's object as much as 袭击X
_STORMED_BEFORE = re.compile(r"(?:攻克|攻占|攻陷|攻下|袭入|冲入|突入|打进|打入)了?\s*$")
# a post stormed, named after the post word (攻克了…日伪军据点X, 拔除敌炮楼X): the post is the object
_STORMED_POST = re.compile(r"(?:攻克|攻占|攻陷|攻下|拔除|拔掉|端掉|袭击|夜袭|奇袭|突袭)了?[^，,。；;！!？?]{0,16}?"
                           r"(?:据点|炮楼|碉堡)\s*$")
# the place only locates the object after it (攻克了X城东南的Y据点, 袭击X以北之Y村): a bearing and more of the
# object's name follow, not the end of the clause (攻克X东门 / X东关 are the town's own gates)
_LOCATES_AFTER = re.compile(r"(?:城|县城)?以?[东南西北]{1,2}(?:方|面|侧|部|郊)?(?:约?[0-9一二三四五六七八九十]+[余多]?"
                            r"(?:公里|华里|里))?(?:的|之)?(?![门关街])[\u4e00-\u9fff]")


def _struck_place(text: str, m: Mention, narrow: bool = False) -> bool:
    """The place mention is raided or stormed (猛袭X, 夜袭X, 攻入X, 袭入X, 攻克X, 攻克了…据点X; not a place that only
    locates the object: 攻克X东南的Y据点) and its sentence tells the toll of
    that blow (杀伤/毙/俘 …): a letter's, a diary's or a dispatch's fight, told by what was struck and what it cost
    the enemy, never by 在X激战. An attack with no toll (进攻X and nothing more) is a move, not a fight told."""
    if not (attack_target(text, m) or _STORMED_BEFORE.search(text, max(0, m.start - 4), m.start)
            or _STORMED_POST.search(text, max(0, m.start - 30), m.start)):
        return False
    if not narrow and _LOCATES_AFTER.match(text, m.end):
        return False  # 攻克了X城东南日伪军据点Y: X only says where the post lies (猛袭X县东Y村: Y's fight, below)
    end = _SENTENCE_END.search(text, m.end)
    return bool(_TOLL.search(text, m.end, end.start() if end else len(text)))


# a memorial's or an elegy's fights in four-character phrases: the verb before the place, the place closing its
# clause (肉搏X，尸横遍野; 奇袭X。), or the place opening its clause before the fight (本师进发X接战, X诱歼几尽, 复于X，阻敌…)
_PHRASE_BEFORE = re.compile(r"(?:肉搏|奇袭|血战|鏖战|苦战|力战)$")
_PHRASE_END = re.compile(r"[,，。;；、\n]")
_PHRASE_AFTER = re.compile(r"(?:接战|诱歼|围歼|鏖战|血战|苦战|力战)|[,，](?:阻|拒|挫)(?:敌|彼|其)")
_PHRASE_OPEN = re.compile(r"(?:^|[,，。;；、\n])(?:[本我该][军师旅团营部])?(?:[复又再遂乃]|奉令|奉命)*(?:于|在|进发|转战|驰赴)?$")
# the kinds of place such a phrase fights at: a settlement, a pass, a mountain, a fort, or one read from the phrase
_PHRASE_KINDS = (*SETTLEMENT_KINDS, "pass", "mountain", "fort", None)


def _phrase_scene(text: str, m: Mention) -> bool:
    """The place mention is the scene of a fight told in a four-character phrase (肉搏X，…; X接战; 于X，阻敌)."""
    if m.value.get("kind") not in _PHRASE_KINDS or m.value.get("kind") is None and m.value.get("source") != "context":
        return False
    if _PHRASE_BEFORE.search(text, max(0, m.start - 2), m.start):
        return m.end == len(text) or _PHRASE_END.match(text, m.end) is not None
    return bool(_PHRASE_AFTER.match(text, m.end) and _PHRASE_OPEN.search(text, max(0, m.start - 10), m.start))


# a new engagement opened at a place by the act told of it (the fight segmenter): a count of attacks on it
# (三打X、二打Y: each place a fight), an attack launched toward it (向X发起了反攻), an act of storming or breaking
# through at it in a clause that opens on a new day or a step of the story (八日突破X, 随后攻占Y), or a battle set at
# it in one clause (在X地区…与敌…激战). Such a place may be a river, a mountain or an island as well as a settlement
_TOLD_KINDS = (*SETTLEMENT_KINDS, "fort", "river", "mountain", "pass", "island")
_COUNTED_BLOWS = re.compile(r"(?:^|[、,，;；。\n\s])[一二三四五六七八九十两]打$")
_TOWARD_BEFORE = re.compile(r"向$")
_LAUNCHED_AFTER = re.compile(r"(?:城|县城)?(?:发起|发动|展开|实施)了?(?:猛烈的?|大规模的?|全线)?"
                             r"(?:进攻|攻击|反攻|反击|猛攻|强攻|总攻|攻势)")
_STORMED_ACT = re.compile(r"(?:突破|攻占|攻克|攻陷|攻下|夺取|夺得|攻打|袭击|夜袭|奇袭|突袭|围攻|猛攻|强攻|收复|克复|突入|攻入|"
                          r"冲入|攻进|杀入)了?$")
_CLAUSE_START = re.compile(r"[、,，;；。:：!！?？\n]")
# a clause that opens on a new day (十日…, 6月12日…, 次日…, 当夜…) or a month of a year written out (1943年6月)
_NEW_TURN = re.compile(r"(?:(?:[0-9]{4}|[一二][九八][〇零○一二三四五六七八九]{2})年)?(?:[0-9一二三四五六七八九十]{1,3}月)?"
                       r"[0-9一二三四五六七八九十]{1,3}[日号]|次日|翌日|同日|当日|当夜|当晚|是日|是夜"
                       r"|(?:[0-9]{4}|[一二][九八][〇零○一二三四五六七八九]{2})年[0-9一二三四五六七八九十]{1,3}月")  # 1943年6月
_MET_IN_CLAUSE = re.compile(r"(?:一带|附近|地区|境内)?[,，]?[^,，。;；\n]{0,24}?(?:与|同|和)[^,，。;；\n]{1,24}?(?:激战|混战|交战|血战|鏖战|恶战|苦战|接战|遭遇)"
                            r"|(?:城|县城)?(?:附近|一带|地区|以[东南西北]|[东南西北]面)?(?:伏击|设伏|阻击|截击|激战|血战|鏖战|恶战|苦战)")
_SET_AT = re.compile(r"在$")
# the garrison of a place engaged (与X守军激战, 同X驻军交上了火): the fight for X
_ENGAGED_BEFORE = re.compile(r"(?:与|同|和)$")
_GARRISON_ENGAGED = re.compile(r"(?:城|县城|市区)?的?(?:守军|驻军|守敌)[^,，。;；\n]{0,12}?"
                               r"(?:接上了?火|交上了?火|接火|交火|交战|激战|接战|血战|鏖战)")
# a force on the march ambushed at a place (行至X时,遭到某部的伏击): X is the fight's site
_ON_THE_WAY = re.compile(r"(?:途经|路经|路过|行至|行抵|进至|行进到|到达|抵达)$")
_WAYLAID_AFTER = re.compile(r"(?:时|附近|一带)?[,，]?(?:突然|即|便)?遭(?:到|遇)?[^,，。;；\n]{0,12}?(?:伏击|袭击|阻击|截击|夹击)")

# the enemy's advance on a place met by resistance there (日伪军进犯X,某部奋起阻击): the fight for X
_ADVANCED_ON = re.compile(r"(?:进犯|侵犯|进攻|扫荡|偷袭|窜犯|袭扰|奔袭|围攻)$")
_RESISTED_AFTER = re.compile(r"[^。;；!！?？\n]{0,30}?(?:阻击|迎击|反击|抗击|迎战|还击|击退|打退)")


def _clause_open(text: str, pos: int) -> int:
    """Where the clause holding text[pos] begins (after the last comma, stop or line break before it)."""
    lo = max(0, pos - 40)
    last = lo
    for c in _CLAUSE_START.finditer(text, lo, pos):
        last = c.end()
    return last


def dated_act(text: str, m: Mention, sent: tuple[int, int], before: tuple[int, int] | None = None) -> str | None:
    """told_act, when the engagement is told on a day of its own: an attack launched or a battle set at the place
    counts only in a sentence that gives its day (十一日,…向X发起反攻) or right after one that opens on it (11月7日,
    某部奉命出击。在X一带与敌遭遇); a campaign summary that moves from town to town with no days (随后进攻X,又在Y阻击)
    tells no fight at each."""
    act = told_act(text, m)
    if act in ("launched", "met") and not _NEW_TURN.search(text, *sent) \
            and not (before is not None and _NEW_TURN.match(text, before[0])):
        return None
    return act


def told_act(text: str, m: Mention) -> str | None:
    """How the place mention opens an engagement of its own: "counted" (三打X), "launched" (向X发起进攻), "met"
    (在X…与敌激战, 敌进犯X,我部阻击), "turn" (八日突破X, 随后攻占X: a storming on a new day or step); None when it opens none."""
    if m.value.get("kind") not in _TOLD_KINDS and not (m.value.get("kind") is None and m.value.get("source") == "context"):
        return None  # a settlement or a natural feature, or a place read from the verb before it (行至X时)
    if _COUNTED_BLOWS.search(text, max(0, m.start - 3), m.start):
        return "counted"
    if _TOWARD_BEFORE.search(text, max(0, m.start - 1), m.start) and _LAUNCHED_AFTER.match(text, m.end):
        return "launched"
    if _SET_AT.search(text, max(0, m.start - 1), m.start) and _MET_IN_CLAUSE.match(text, m.end) \
            or _ON_THE_WAY.search(text, max(0, m.start - 3), m.start) and _WAYLAID_AFTER.match(text, m.end) \
            or _ENGAGED_BEFORE.search(text, max(0, m.start - 1), m.start) and _GARRISON_ENGAGED.match(text, m.end) \
            or _ADVANCED_ON.search(text, max(0, m.start - 2), m.start) and _RESISTED_AFTER.match(text, m.end):
        return "met"
    verb = _STORMED_ACT.search(text, max(0, m.start - 3), m.start)
    if verb is not None and not _LOCATES_AFTER.match(text, m.end):  # 攻克了甲城东南的据点: the post, not the town
        a = _clause_open(text, verb.start())
        if _NEW_TURN.search(text, a, verb.start()):
            return "turn"
        # the day or step is a clause of its own before (21日,某军一度攻入X)
        b = _clause_open(text, a - 1) if a > 0 and text[a - 1] in ",，" else a
        if b < a - 1 and a - 1 - b <= 12 and _NEW_TURN.match(text, b) and _NEW_TURN.match(text, b).end() >= a - 3:
            return "turn"
    return None


# a numbered force (某军, 第N师, 预备第N师, 第N师团 …) or a garrison, as the subject or holder of a town
_FORCE = r"(?:[\u4e00-\u9fff]{0,4}?第?[0-9一二三四五六七八九十百]{1,4}(?:师团|旅团|联队|集团军|军|师|旅|团|支队|纵队)|守军|驻军)"
# a force placed at the town that resists in its sentence (X附近的第N师仍在抵抗, X一带某军主力…阻击): the town's
# defence, as an intelligence summary or a campaign narrative tells it, by who held it and that they fought
_HELD_AT = re.compile(r"(?:城|县城)?(?:附近|一带|地区|城[内外郊]|方面)的?" + _FORCE)
_HELD_FIGHT = re.compile(r"[^。；;！!？?\n]*?(?:抵抗|阻击|抗击|迎击|坚守|死守|固守|顽抗|激战|血战|鏖战|苦战)")
# a force that storms or retakes the town, the town the head of the verb's object (某师团于5月3日攻占了甲县以西的X车站,
# 某支队收复X): its fall in a fight (not 占领 alone, an occupation that tells no fight)
_FORCE_STORMS = re.compile(_FORCE + r"[^,，。；;！!？?\n]{0,16}?[,，]?(?:攻占|攻克|攻陷|攻下|攻入|突入|攻进|杀入|冲入|收复|克复|夺回)了?"
                           r"(?:[^,，。；;！!？?\n]{0,12}?的)?$")


def _held_or_stormed(text: str, m: Mention) -> bool:
    """A numbered force holds the town and resists (_HELD_AT, _HELD_FIGHT), or storms it (_FORCE_STORMS)."""
    held = _HELD_AT.match(text, m.end)
    if held is not None and _HELD_FIGHT.match(text, held.end()):
        return True
    return _FORCE_STORMS.search(text, max(0, m.start - 40), m.start) is not None \
        and not _LOCATES_AFTER.match(text, m.end)


def _fight_place(text: str, m: Mention, narrow: bool = False) -> bool:
    """The place mention is the scene of a fight (在X展开激战), the target of an attack (对X进行进攻), the place a
    blow struck (猛袭X … 杀伤N) or that of a four-character phrase of fighting (肉搏X, X接战). narrow: a village or
    town is written right after it (猛袭X县东Y村), which the fight is then moved to (narrowest_place)."""
    if _phrase_scene(text, m):
        return True
    before = text[max(0, m.start - 1):m.start]
    kind = m.value.get("kind")
    if kind not in (*SETTLEMENT_KINDS, None):
        return False
    if kind is None:  # a place known by its context only (攻入X): a scene only when struck
        return m.value.get("source") == "context" and _struck_place(text, m)
    return bool((_FOUGHT_BEFORE.search(before) and _FOUGHT_AFTER.match(text, m.end))
                or (_ATTACKED_BEFORE.search(before) and _ATTACKED_AFTER.match(text, m.end))
                or _struck_place(text, m, narrow) or _held_or_stormed(text, m))


def _named_in_passing_only(text: str, battles: list[Mention]) -> bool:
    """No battle is named but in passing (each name once, as 七七事变后 in a county's history)."""
    named = {m.value["name"] for m in battles if m.value.get("name")}
    return not any(text.count(_stem(n) or n) > 1 for n in named) and not any(
        m.value.get("heading") and not m.value.get("past") for m in battles if m.value.get("name"))


def _carries_on(places: list[Mention], sent: tuple[int, int], name: str) -> bool:
    """The sentence after a fight's names no other place than the fight's site (X, X市, X城): it carries the same
    fight on (次日,敌又…)."""
    def other(q: Mention) -> bool:
        n = q.value.get("name", q.text)
        return not (n.startswith(name) or name.startswith(n))
    lo = bisect_left(places, sent[0], key=lambda q: q.start)
    hi = bisect_left(places, sent[1], key=lambda q: q.start)
    return not any(other(q) for q in places[lo:hi])


def _told_scenes(text: str, sentences: list[tuple[int, int]], places: list[Mention],
                 scenes: list[Mention]) -> list[Mention]:
    """The places where the narration opens an engagement by its act (told_act), besides the scenes found already.
    A storming on a new day in a sentence that told a fight before it (八日突破X,九日再突破Y) carries that one
    advance on: no fight of its own."""
    known = {m.start for m in scenes}
    starts = [s for s, _ in sentences]
    out: list[Mention] = []
    for m in places:
        k = bisect_right(starts, m.start) - 1
        s = sentences[k][0] if k >= 0 else 0
        if m.start in known or (act := dated_act(text, m, sentences[k] if k >= 0 else (0, len(text)),
                                                 sentences[k - 1] if k > 0 else None)) is None:
            continue
        if act == "turn" and any(s <= q.start < m.start for q in (*scenes, *out)):
            continue
        out.append(m)
    return out


def place_fights(text: str, sentences: list[tuple[int, int]], places: list[Mention],
                 battles: list[Mention], told: bool = False) -> tuple[list[tuple[int, int]], list[tuple[Mention, list[int]]]]:
    """(the sentences, cut where an account moves on after a fight; each fight's battle mention and its sentence
    indices in those sentences). The sentences are returned unchanged and no fight is given unless the text
    names no battle but in passing and tells fights at two settlements or more. told: the places where the
    narration opens an engagement on a day of its own count as well (the segmenter of last resort, after the
    coiners of dated entries and listed fights found none)."""
    if not _named_in_passing_only(text, battles):
        return sentences, []  # a text that names its battles: asked first, before every place is tried as a scene
    scenes = [m for m in places if _fight_place(text, m, narrower(text, m, places) is not None)]
    places = sorted(places, key=lambda q: q.start)  # _carries_on looks a sentence's places up by position
    if told:
        scenes = sorted([*scenes, *_told_scenes(text, sentences, places, scenes)], key=lambda m: m.start)
    names = {m.value.get("name", m.text) for m in scenes}
    if len(names) < _MIN_FIGHTS:
        return sentences, []
    # cut each sentence that holds a fight where the account moves on (the fight's clause comes before the cut)
    fight_at = sorted(m.start for m in scenes)
    out_sents: list[tuple[int, int]] = []
    for s, e in sentences:
        for a, b in _fight_clauses(text, s, e, [m for m in scenes if s <= m.start < e]):
            i = bisect_right(fight_at, a - 1)  # the first fight at or after the sentence's start
            first = fight_at[i] if i < len(fight_at) else b
            cut = _MOVES_ON.search(text, first, b) if first < b else None
            if cut is not None:
                out_sents += [(a, cut.start() + 1), (cut.end(), b)]
            else:
                out_sents.append((a, b))
    starts = [s for s, _ in out_sents]
    fights: list[tuple[Mention, list[int]]] = []
    taken: set[int] = set()
    seen: set[str] = set()
    for m in scenes:
        m = narrowest_place(text, m, places)  # 猛袭Y县东X村: the fight is the village's, the county locates it
        name = m.value.get("name", m.text)
        k = bisect_right(starts, m.start) - 1
        if name in seen or k in taken:
            continue
        seen.add(name)
        run = [k]
        j = k + 1
        while j < len(out_sents) and j not in taken \
                and (_BACK_REFERENCE.search(text, *out_sents[j]) or _carries_on(places, out_sents[j], name)) \
                and not any(out_sents[j][0] <= f < out_sents[j][1] for f in fight_at):
            run.append(j)
            j += 1
        taken.update(run)
        fights.append((Mention("battle", m.start, m.end, m.text, {
            "name": name + "战斗", "coined": True, "implied": True, "alts": [name + "之战"], "in_turn": True,
            "site": m}), run))
    sweep = _sweep_fought(text, out_sents, places, taken)
    return out_sents, fights + ([sweep] if sweep else [])


_CLAUSE_CUT = re.compile(r"[,，;；]")
# between two sites of one list (X、Y; X和Y; 三打X、二打Y), and what makes a list one area, no several fights
_LIST_GAP = re.compile(r"(?:[、和及与]|以及)(?:[一二三四五六七八九十两]打)?")
_ONE_AREA = re.compile(r"(?:等地)?(?:一带|一线|之间|地区|附近|周围|沿线|以[东南西北])")


def listed_after(text: str, scenes: list[Mention], places: list[Mention]) -> list[Mention]:
    """The places listed right after a fight's place as the same verb's object (袭击了X、Y、Z等地的据点): each a site
    of its own; none when the list names one area (在X、Y一带激战, X、Y之间)."""
    by_start = sorted(places, key=lambda q: q.start)
    out: list[Mention] = []
    for m in scenes:
        run, last = [], m
        for q in by_start:
            if q.start < last.end:
                continue
            if not _LIST_GAP.fullmatch(text, last.end, q.start):
                break
            run.append(q)
            last = q
        if run and not _ONE_AREA.match(text, last.end):
            out += [q for q in run if q not in scenes and q not in out]
    return out




def _fight_clauses(text: str, s: int, e: int, scenes: list[Mention]) -> list[tuple[int, int]]:
    """The sentence text[s:e] cut before each fight at another place than the one before it (X、Y诱歼几尽，复于Z，阻敌…:
    Z's fight opens at the comma before it), so that each fight has its own stretch; the sentence whole otherwise."""
    out, a, last = [], s, None
    for m in sorted(scenes, key=lambda m: m.start):
        name = m.value.get("name", m.text)
        if last is not None and name != last:
            cuts = [c.end() for c in _CLAUSE_CUT.finditer(text, a, m.start)]
            if cuts:
                out.append((a, cuts[-1]))
                a = cuts[-1]
        last = name
    return [*out, (a, e)]


# the enemy's sweep of an area: 扫荡X之后 / 扫荡X时 (X before a word of time or extent) or 对X(进行)扫荡
_SWEEP_OF = re.compile(r"(?:扫荡|清乡)[“\"]?(?P<place>[\u4e00-\u9fff]{2,4}?)[”\"]?(?:之后|以后|后|时|期间|地区|一带|[,，。;；])")
_SWEEP_WORD = re.compile(r"扫荡|清乡")
_BEARING = ("东", "南", "西", "北", "中")  # an area named by its bearing from a town (泗南, 路西, 豫北, 冀中)


def _sweep_fought(text: str, sentences: list[tuple[int, int]], places: list[Mention],
                  taken: set[int]) -> tuple[Mention, list[int]] | None:
    """The enemy's sweep the unnamed fights were struck in (敌人于扫荡X之后…, 此次扫荡…): when the text speaks of
    the sweep twice or more and names the area swept (a place the finder knows, or a word of an area named by its
    bearing: 泗南, 路西), the counter-sweep is a battle of its own, X反扫荡 (coined, as the base areas' histories
    name them), holding the sentences that speak of the sweep and belong to no fight."""
    if len(_SWEEP_WORD.findall(text)) < 2 or _COUNTER_NAMED.search(text):
        return None
    by_start = {p.start: p for p in places}
    for m in _SWEEP_OF.finditer(text):
        a, b = m.span("place")
        word = m.group("place")
        place = by_start.get(a)
        if place is None or place.end != b or place.value.get("kind") in (None, "province"):
            if word[-1] not in _BEARING or any(p.start < b and a < p.end for p in places):
                continue
            place = Mention("place", a, b, word, {"name": word, "kind": "region"})
        run = [k for k, (s, e) in enumerate(sentences) if k not in taken and _SWEEP_WORD.search(text, s, e)]
        if run:
            return implied_mention(place, "反" + _SWEEP_WORD.search(text, m.start()).group(), coined=True), run
    return None


# the counter-sweep already named (X反扫荡, 反“清乡”): no other name is coined for it
_COUNTER_NAMED = re.compile(r"反[“\"]?(?:扫荡|清乡)")


# a sentence that opens with its year and month or season (1941年5月下旬, 一九四二年三月, 1941年春), or with the
# year of the entry before carried on (当年秋, 同年5月, 次年春): a dated entry of a life or a chronicle
_DATED_OPEN = re.compile(r"\s*(?:(?:1[89][0-9]{2}|[一][八九][〇零一二三四五六七八九]{2})\s*年|(?:当|同|是|次|翌|第二)年"
                         # a Republic-era year, with its Gregorian gloss or not (民国二十七年(1938), 民國27年)
                         r"|民[国國]\s*(?:[0-9]{1,2}|[一二三四五六七八九十廿卅]{1,3})\s*年(?:\s*[(（]\s*1[89][0-9]{2}\s*年?\s*[)）])?)"
                         r"\s*(?:农历|阴历|夏历)?"
                         r"(?:(?:[0-9]{1,2}|[一二三四五六七八九十]{1,2}|[正元])\s*月|[春夏秋冬](?:季|天|初|末)?[,，、\s]|"
                         r"[初末底](?:[,，、\s]))")
# a paragraph of a gazetteer's chronicle of small fights that opens with its month alone (3月7日,…; 3月末,…): the
# year is the entry's before, the paragraph another entry (only at a line's start and after a year-led entry)
_MONTH_OPEN = re.compile(r"[ \t\u3000]*(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九正])\s*月"
                         r"(?:\s*(?:3[01]|[12][0-9]|0?[1-9]|[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])\s*[日号])?"
                         r"(?:上旬|中旬|下旬|初|末|底|间)?(?=[,，、\s])")
# a life's or a chronicle's entry dated by its year alone (1943年,…在X全歼日军…): an entry as well, for the coiner of
# dated fights (which still needs fighting at a place in it, and two such entries at different places)
_YEAR_ALONE_OPEN = re.compile(r"\s*(?:1[89][0-9]{2}|[一][八九][〇零一二三四五六七八九]{2})\s*年\s*[,，]")
# where the fight of an entry was when nothing is attacked there: passed through (途经X, 行至X) or landed at (由X登陆)
_WAY_BEFORE = re.compile(r"(?:途经|路经|路过|行至|行抵|进至)$")
_LANDED_AFTER = re.compile(r"登陆")
# a local fight's words besides FIGHT_WORDS: a militia's and a guerrilla band's (地雷战, 三战三捷, 炸死, 打伤); not
# FIGHTING's 增援/驰援/阵地 (an army's moves in a campaign, which tell no local fight)
_FIGHT_WORD = re.compile("|".join((*FIGHT_WORDS, "巷战", "合击", "歼敌", "鏖战", "三战三捷", "连战", "作战", "交战", "炸死", "炸伤",
                                   "杀伤", "打死", "打伤", "击伤", "毙敌", "地雷战", "麻雀战", "游击战",
                                   "偷袭", "突袭", "奔袭", "夜袭", "阻击", "截击", "迎战")))  # a raid met, a landing or a march stopped
# a fighter named without a number: the enemy (日军, 日伪军, 敌人) or a militia or guerrilla band (民兵, 游击队); not
# fight_content.SIDE, which takes any force (numbered units, our army) as a stretch's actor
_FIGHTER = re.compile(r"日军|日寇|日伪|伪军|敌军|敌人|鬼子|民兵|游击队|自卫队|自卫团")
# a place swept (对X扫荡, 对X进行“扫荡”): the fight there is its counter-sweep
_SWEPT_AFTER = re.compile(r"(?:进行|发动|实行|开始)?了?(?:大|残酷的?|疯狂的?|大规模的?){0,2}[“\"]?(?P<sweep>扫荡|清乡|围剿|蚕食)")
_NAMESAKE = ("town", "village", "mountain", "pass", "fort", "county", "city")
# where an entry's account ends: a blank line (a line break alone may only wrap the entry's account)
_PARAGRAPH_BREAK = re.compile(r"\n[ \t\u3000]*\n")


def dated_fights(text: str, sentences: list[tuple[int, int]], places: list[Mention], battles: list[Mention],
                 units: list[Mention]) -> list[tuple[Mention, list[int]]]:
    """Unnamed fights told as dated entries (a general's life summary: "1941年5月下旬,X旅在Y县Z山三战三捷 …",
    "1941年11月28日凌晨,日军…袭击…驻地Y县W村。…"): a sentence that opens with its year and month, tells fighting
    and sets it at a place (在X, or the place attacked), with the sentences after it in its paragraph, is a fight
    of its own, X战斗 after the narrowest place given (the village, not its county). Only when the text names no
    battle but in passing and two such fights or more come out at different places; none otherwise."""
    if not _named_in_passing_only(text, battles):
        return []
    unit_starts = sorted(u.start for u in units)
    out: list[tuple[Mention, list[int]]] = []
    seen: set[str] = set()
    dated = False  # a year-led entry came before: a paragraph led by its month alone is the next entry
    k = 0
    while k < len(sentences):
        s, e = sentences[k]
        if not _entry_open(text, s, e, dated):
            k += 1
            continue
        dated = True
        run = [k]
        j = k + 1
        while j < len(sentences) and not _PARAGRAPH_BREAK.search(text, sentences[j - 1][1] - 1, sentences[j][0] + 1) \
                and not _entry_open(text, *sentences[j], dated):
            run.append(j)
            j += 1
        a, b = s, sentences[run[-1]][1]
        place, word_at = _entry_place(text, places, s, e)
        if place is None and len(run) > 1:  # 1939年3月5日,伪军…进犯X县。途经Y,遭…阻击: the fight in the next sentence
            place, word_at = _entry_place(text, places, *sentences[run[1]])
        swept = [] if place is None else [m for m in [place] if text[max(0, m.start - 1):m.start] == "对"
                                          and _SWEPT_AFTER.match(text, m.end)]
        n_units = bisect_right(unit_starts, b - 1) - bisect_right(unit_starts, a - 1)
        if place is not None and (n_units or _FIGHTER.search(text, a, b)) and _FIGHT_WORD.search(text, *word_at):
            word = "战斗"
            if swept and place is swept[-1]:
                word = "反" + _SWEPT_AFTER.match(text, place.end).group("sweep")
            place = narrowest_place(text, place, places)
            m = implied_mention(place, word, coined=True)
            if m.value["name"] not in seen:
                seen.add(m.value["name"])
                out.append((m, run))
        k = j
    return out if len(out) >= _MIN_FIGHTS else []


# a fight told right after the sweep (在一次反扫荡战斗中, 与敌激战): the sweep was fought back
_FOUGHT_BACK = re.compile(_FIGHT_WORD.pattern + r"|反[“\"]?(?:扫荡|清乡|围剿|蚕食)|战斗")
_SWEPT_KINDS = ("region", "county", "city", "mountain", "town")


def swept_entries(text: str, sentences: list[tuple[int, int]], places: list[Mention],
                  battles: list[Mention]) -> list[tuple[Mention, list[int]]]:
    """A dated entry that tells the enemy's sweep of an area and the fight against it, in a text that names other
    battles (a veteran's portrait: "1943年4月,日军对X地区进行大扫荡。在一次反扫荡战斗中,他…"): the counter-sweep
    is a battle of its own, X反扫荡 (coined, as the base areas' histories name them), not the named battle told
    before it. Its run: the sweep's sentence (opening with year and month, 对X进行(残酷)扫荡) and the sentences after
    it on its line and the next, up to a new dated entry, a blank line or a battle named. Only when a fight is told
    in that run (反扫荡, 战斗, 激战 …); a sweep told without one is none. A sentence or run naming a battle keeps it."""
    if not any(m.value.get("name") and not m.value.get("implied") for m in battles):
        return []
    named_at = sorted(m.start for m in battles if m.value.get("name"))
    by_sentence = sorted(places, key=lambda m: m.start)
    out: list[tuple[Mention, list[int]]] = []
    seen: set[str] = set()
    for k, (s, e) in enumerate(sentences):
        if not _DATED_OPEN.match(text, s, e) or bisect_right(named_at, e - 1) > bisect_right(named_at, s - 1):
            continue
        swept = [m for m in by_sentence if s <= m.start < e and m.value.get("kind") in _SWEPT_KINDS
                 and text[max(0, m.start - 1):m.start] == "对" and _SWEPT_AFTER.match(text, m.end)]
        if not swept:
            continue
        place = swept[0]
        sweep = _SWEPT_AFTER.match(text, place.end)
        lines = 0
        run = [k]
        j = k + 1
        while j < len(sentences):
            a, b = sentences[j]
            gap = text[sentences[j - 1][1]:a]
            lines += text.count("\n", sentences[j - 1][0], a)
            if lines > 1 or _PARAGRAPH_BREAK.search(text, sentences[j - 1][1] - 1, a + 1) or "\n\n" in gap \
                    or _DATED_OPEN.match(text, a, b) or bisect_right(named_at, b - 1) > bisect_right(named_at, a - 1):
                break
            run.append(j)
            j += 1
        tail = (sweep.end(), sentences[run[-1]][1])
        if not _FOUGHT_BACK.search(text, *tail):
            continue
        m = implied_mention(place, "反" + sweep.group("sweep"), coined=True)
        if m.value["name"] in seen or any(place.value.get("name", place.text) in (b.value.get("name") or "")
                                          for b in battles):
            continue
        seen.add(m.value["name"])
        out.append((m, run))
    return out


# 在此 "here": the fight at the place the text named last (a site page's 该村…某年秋,民兵在此被敌包围)
_HERE = re.compile(r"[在于]此(?=[^，,。；;]{0,6}?(?:打响|遭到?|被|与|同|和|激战|血战|伏击|阻击|袭击|战斗))")


def _entry_open(text: str, s: int, e: int, dated: bool) -> bool:
    """The sentence opens a dated entry: with its year (1941年5月下旬, 当年秋), or, after a year-led entry, a
    paragraph led by its month alone (a gazetteer's "3月7日,…" on its own line)."""
    if _DATED_OPEN.match(text, s, e) or _YEAR_ALONE_OPEN.match(text, s, e):
        return True
    line = text.rfind("\n", 0, s) + 1
    return dated and not text[line:s].strip() and _MONTH_OPEN.match(text, s, e) is not None


def _entry_place(text: str, places: list[Mention], s: int, e: int) -> tuple[Mention | None, tuple[int, int]]:
    """The place of the fight an entry's sentence text[s:e] tells, and the stretch its fighting word must be in:
    the place attacked or swept (the last one), else the one it is fought at (在X), passed through (途经X) or landed at
    (由X登陆): the first one."""
    # a name read from its context alone (驻地X, 途经X) whose kind no suffix tells is a small place, no region
    inside = [m for m in places if s <= m.start < e and (m.value.get("kind") in (*_NAMESAKE, "bay", "island")
                                                         or m.value.get("kind") is None and m.value.get("source") == "context")]
    swept = [m for m in inside if text[max(0, m.start - 1):m.start] == "对" and _SWEPT_AFTER.match(text, m.end)]
    attacked = [m for m in inside if attack_target(text, m)] or swept
    if attacked:
        return attacked[-1], (s, e)
    at = [m for m in inside if text[max(0, m.start - 1):m.start] == "在" or _WAY_BEFORE.search(text, max(0, m.start - 2), m.start)
          or _LANDED_AFTER.match(text, m.end)]
    if not at and (here := _HERE.search(text, s, e)) is not None:  # …X村成立了民兵队。次年,民兵在此被敌包围
        before = [m for m in places if m.end <= here.start() and m.value.get("kind") in SITE_KINDS]
        return (before[-1] if before else None), (s, e)
    return (at[0] if at else None), (s, e)


# a list item headed by its place and a colon ("X山:三战三捷", "Y河:官兵浴血"): the head opens the sentence or
# follows a separator of the list
_LIST_HEAD = re.compile(r"(?:(?<=[、,，;；。!！\n\s])|^)(?P<head>[\u4e00-\u9fff]{2,5})[:：](?=[^\s\n])")
# a deed told in a list item: the fighting words, and a commemoration's (守卫, 抵抗, 殉国, 浴血, 捐躯 …)
_DEED = re.compile(_FIGHT_WORD.pattern + r"|抵抗|抗击|坚守|守卫|殉国|殉职|捐躯|牺牲|阵亡|浴血|喋血|死守|战[死殁]|全部殉|大捷|告捷")
# a clause of the list's sentence (between 、 , ; ): where the last item's tail is cut
_CLAUSE_SEP = re.compile(r"[、,，;；]")
_HEAD_KINDS = ("mountain", "river", "pass", "lake", "town", "village", "fort", "county", "city", "island", "bridge")


def _head_place(text: str, places: list[Mention], s: int, e: int) -> Mention | None:
    """The place a list item's head text[s:e] names: the place found there, or a name its suffix calls a hill, a
    river, a pass or a settlement (a hill named after a thing, 鹰嘴山, may be a word of the dictionary that no finder takes alone)."""
    from kangzhan.extract.mentions.places import context_place, place_kind
    found = next((p for p in places if p.start == s and p.end == e), None)
    if found is not None:
        return found if found.value.get("kind") in (*_HEAD_KINDS, None) else None
    if any(p.start < e and s < p.end for p in places):
        return None
    name = text[s:e]
    kind = place_kind(name)
    if kind not in _HEAD_KINDS or len(name) < 3:
        return None
    return context_place(s, e, name, kind)


def listed_fights(text: str, sentences: list[tuple[int, int]], places: list[Mention], battles: list[Mention]
                  ) -> tuple[list[tuple[int, int]], list[Mention], list[tuple[Mention, list[int]]]]:
    """Unnamed fights a memorial address or a plaque lists, each headed by its place and a colon, in one sentence
    ("X山:三战三捷、Y河:官兵浴血惊天地、Z岭:三百将士,顽强抵抗三昼夜…最后全部殉国、为W会战筑起了第一道防线") or in
    sentences one after another that each open with such a head ("X河:血战七昼夜;Y岭:二百勇士死守阵地,全部殉国。"):
    each item is a fight of its own, X战斗 after its head (coined), when two items or more have a place for their
    head and two of them tell a deed of war (the others, listed alongside, are fights as well). A sentence is cut
    into its items; the last item ends before a clause that names a battle (the campaign the fights were its line
    of), which stays that battle's. Only when the text names no battle but in passing.
    Returns (the sentences cut, the places with the heads no finder read, [(fight, its sentence indices)] with the
    named battle of the tail as an entry of its own)."""
    if not _named_in_passing_only(text, battles):
        return sentences, places, []
    named = [m for m in battles if m.value.get("name")]
    heads_of = [[(m, p) for m in _LIST_HEAD.finditer(text, s, e)
                 if (p := _head_place(text, places, *m.span("head"))) is not None] for s, e in sentences]
    # the lists: one sentence with two heads or more, or a run of sentences each opening with a head (a head no
    # place, 青山界 of no gazetteer, keeps the run going but is no item)
    opens = [bool(_LIST_HEAD.match(text, s + len(text[s:e]) - len(text[s:e].lstrip()), e)) for s, e in sentences]
    lists: list[list[int]] = []
    k = 0
    while k < len(sentences):
        run = [k]
        while opens[run[0]] and run[-1] + 1 < len(sentences) and opens[run[-1] + 1]:
            run.append(run[-1] + 1)
        if sum(len(heads_of[j]) for j in run) >= _MIN_FIGHTS:
            lists.append(run)
        k = run[-1] + 1
    out_sents: list[tuple[int, int]] = []
    items: list[tuple[Mention, int]] = []  # (head place, index of its item in out_sents)
    frames: list[tuple[Mention, int]] = []
    added: list[Mention] = []
    in_list = {j: run for run in lists for j in run}
    for j, (s, e) in enumerate(sentences):
        run = in_list.get(j)
        heads = heads_of[j]
        if run is None or not heads:
            out_sents.append((s, e))
            continue
        every = [(m, b) for i in run if heads_of[i]
                 for m, b in zip(heads_of[i], [x.start("head") for x, _ in heads_of[i][1:]] + [sentences[i][1]],
                                 strict=True)]
        if sum(1 for (m, _), b in every if _DEED.search(text, m.end(), b)) < _MIN_FIGHTS:
            out_sents.append((s, e))
            continue
        bounds = [m.start("head") for m, _ in heads[1:]] + [e]
        tail_at = None
        frame = next((b for b in named if heads[-1][0].end() <= b.start < e), None)
        if frame is not None:  # the clause naming a battle closes the list: the fights' campaign, not an item
            cut = [c.end() for c in _CLAUSE_SEP.finditer(text, heads[-1][0].end(), frame.start)]
            tail_at = cut[-1] if cut else None
        if heads[0][0].start("head") > s:
            out_sents.append((s, heads[0][0].start("head")))
        ends = bounds[:-1] + [tail_at if tail_at is not None else e]
        for (m, p), b in zip(heads, ends, strict=True):
            items.append((p, len(out_sents)))
            out_sents.append((m.start("head"), b))
            if p.value.get("source") == "context" and p not in places:
                added.append(p)
        if tail_at is not None:
            frames.append((frame, len(out_sents)))
            out_sents.append((tail_at, e))
    if not items:
        return sentences, places, []
    fights: list[tuple[Mention, list[int]]] = []
    seen: set[str] = set()
    for p, k in items:
        m = implied_mention(p, "战斗", coined=True)
        if m.value["name"] not in seen:
            seen.add(m.value["name"])
            fights.append((m, [k]))
    fights += [(m, [k]) for m, k in frames]
    places = sorted([*places, *added], key=lambda p: p.start) if added else places
    return out_sents, places, fights


# a town held against the enemy (坚守X, 死守Y县南部重镇X) or stormed (攻克Z省中部的X), in the place's own clause
_HELD_OR_STORMED = re.compile(r"(?:坚守|死守|固守|据守|扼守|守卫|保卫|攻克|攻占|攻下|克复|收复|夺回)[^，,。；;：:]{0,8}$")
# the fighting told after the place in its sentence (与日军激战, 歼敌N, 重创日军)
_FOUGHT_THERE = re.compile(r"激战|血战|鏖战|恶战|苦战|重创|歼|毙|击溃|击退")
# a date that opens a dated entry: a year (一九四二年, 1942年), or 同年/次年/翌年 with a month
_ENTRY_DATE = re.compile(r"\s*(?:(?:19[0-9]{2}|一九[〇零○一二三四五六七八九]{2})年|(?:同年|次年|翌年|当年)[0-9一二三四五六七八九十]{1,2}月)")
_ENTRY_REACH = 2  # the sentences before a fight that may open its entry (its date, its leader setting out)


def career_fights(text: str, sentences: list[tuple[int, int]], labels: list[str | None], places: list[Mention],
                  battles: list[Mention]) -> list[tuple[Mention, list[int]]]:
    """Unnamed fights a career tells after the battles it names ("1942年3月,X率师开赴Y。先坚守Y南部重镇Z,与日军
    激战,歼敌N人。后攻克W,重创日军"): a sentence no battle took that holds or storms a town and tells the fighting
    there is a fight of its own, Z战斗 (coined), with the sentences just before it in its paragraph back to the one
    that opens its dated entry (the date and the leader setting out), if no other fight took them. Only when the
    text names a battle (a text naming none is read by the coiners before); the town may be in no battle's name."""
    named = [m.value["name"] for m in battles if m.value.get("name") and not m.value.get("coined")
             and not m.value.get("implied")]
    if not named:
        return []
    starts = [s for s, _ in sentences]
    # a fight the text was read to be about though it names none, coined at this fight or after it: one of the
    # career's later fights, whose sentences are free for the fights told with it (not a fight of place_fights,
    # told in turn with its own sentence: 攻克了X城东南据点Y is Y's fight, X only locates it)
    coined_at = {m.value["name"]: bisect_right(starts, m.start) - 1 for m in battles
                 if m.value.get("name") and (m.value.get("coined") or m.value.get("implied"))
                 and not m.value.get("in_turn")}

    def free(j: int, k: int) -> bool:
        return labels[j] is None or coined_at.get(labels[j], -1) >= k

    out: list[tuple[Mention, list[int]]] = []
    taken: set[int] = set()
    seen: set[str] = set()
    for m in sorted(places, key=lambda x: x.start):
        if m.value.get("kind") not in (*SETTLEMENT_KINDS, None):
            continue
        k = bisect_right(starts, m.start) - 1
        if k < 0 or not free(k, k) or k in taken:
            continue
        s, e = sentences[k]
        name = m.value.get("name", m.text)
        if name in seen or any(name in n for n in named) or not _HELD_OR_STORMED.search(text, max(s, m.start - 10), m.start) \
                or not _FOUGHT_THERE.search(text, m.end, e):
            continue
        run = [k]
        j = k - 1 if not _ENTRY_DATE.match(text, s) else -1  # the fight's sentence opens its entry: no walk back
        while j >= 0 and k - j <= _ENTRY_REACH and free(j, k) and j not in taken \
                and not _PARAGRAPH_BREAK.search(text, sentences[j][1] - 1, sentences[j + 1][0] + 1):
            if _ENTRY_DATE.match(text, sentences[j][0]):
                run[:0] = range(j, k)
                break
            j -= 1
        seen.add(name)
        taken.update(run)
        out.append((implied_mention(m, "战斗", coined=True), sorted(run)))
    return out


# an ambush laid at a place or an attack on it, right after its name (Y北门外设伏, Y村外伏击, Y附近袭击)
_AMBUSH_AFTER = re.compile(r"(?:[东南西北][门关]外?|外|附近|一带|以[东南西北])?(?:设伏|伏击|设下埋伏|埋伏|袭击|截击|阻击)")
_STRUCK_BEFORE = re.compile(r"(?:伏击|袭击|夜袭|奇袭|突袭|攻打|攻击|进攻|截击)了?$")
# what the fight did to the enemy: killed, destroyed, captured (the fight took place, it was not only planned)
_DONE = re.compile(r"击毙|毙|歼|俘|击毁|击伤|打死|打伤|炸毁|缴获|杀出|全歼|消灭")


# the account leaves one action for another: a time after it (不久, 此后, 几天后), or the action summed up as the first of
# several (初次合作歼敌, 首战告捷)
_TIME_SHIFT = re.compile(r"\s*(?:不久|此后|之后|其后|随后|过了?[几两三数]天|[几两三数]天[以之]?后|数日后|几日后|未几)")
_FIRST_OF = re.compile(r"初次|首次|第一次|首战|初战")


def _apart(text: str, sentences: list[tuple[int, int]], run: list[int], j: int, days: set[str],
           main_days: set[str]) -> bool:
    """The action of the run and the named fight are two actions: two days or more apart, or the text moves on
    between them (不久,…; 初次合作歼敌): on the very next day with no such word it may be the same fight going on."""
    from datetime import date
    last, first = max(days), min(main_days)
    if last < first and (date.fromisoformat(first) - date.fromisoformat(last)).days >= 2:
        return True
    if j < len(sentences) and _TIME_SHIFT.match(text, sentences[j][0]):
        return True
    return any(_FIRST_OF.search(text, *sentences[i]) for i in run)


def _day_dates(dates: list, s: int, e: int) -> set[str]:
    return {d.value["date"].iso for d in dates if s <= d.start < e and d.value["date"].precision == "day"}


def earlier_fights(text: str, sentences: list[tuple[int, int]], labels: list[str | None], places: list[Mention],
                   battles: list[Mention], dates: list) -> list[tuple[Mention, list[int]]]:
    """A fight told on another day at another settlement inside the account of a fight named after a village or a
    town (国共两军共创X村大捷: "…在Z县Y北门外设伏,袭击日军汽车。24日,…进入埋伏地点…击毙了顽抗的敌人。不久,…25日…
    到达X村外时…"): the days the text gives a fight are those of the sentences that name its place, so a day told
    with an ambush or an attack at Y, before the account comes to X, is another fight: Y战斗 (coined), with the
    sentences of its paragraph from the first that does not name X up to the next day given or the next naming of
    X. Only when X's own sentences give a day and Y's run gives another one, and the run tells what the fight did
    (击毙, 击毁, 缴获 …)."""
    starts = [s for s, _ in sentences]
    own: dict[str, tuple[str, str | None]] = {}
    for b in battles:
        name = b.value.get("name")
        if not name or b.value.get("coined") or b.value.get("implied") or b.value.get("past") or name not in labels:
            continue
        stem = _stem(name)
        at = next((p for p in places if p.text == stem and p.value.get("kind") in ("village", "town")), None)
        if at is not None:
            own[name] = (stem, at.value.get("short"))
    if len(own) != 1:
        return []
    (main, (stem, short)), = own.items()

    def names_main(k: int) -> bool:
        told = text[slice(*sentences[k])]
        return stem in told or bool(short) and short in told

    main_days: set[str] = set()
    for k, lab in enumerate(labels):
        if lab == main and names_main(k):
            main_days |= _day_dates(dates, *sentences[k])
    if not main_days:
        return []
    out: list[tuple[Mention, list[int]]] = []
    taken: set[int] = set()
    for m in sorted(places, key=lambda x: x.start):
        kind = m.value.get("kind")
        name = m.value.get("name", m.text)
        k = bisect_right(starts, m.start) - 1
        if k < 0 or k in taken or labels[k] != main or kind not in ("village", "town") or name in stem or stem in name \
                or names_main(k):
            continue
        if not (_AMBUSH_AFTER.match(text, m.end) or _STRUCK_BEFORE.search(text, max(0, m.start - 4), m.start)):
            continue
        days = set(_day_dates(dates, *sentences[k]))
        run = [k]
        j = k + 1
        while j < len(sentences) and labels[j] == main and j not in taken and not names_main(j):
            new = _day_dates(dates, *sentences[j])
            if new and (new - days if days else new & main_days):
                break  # 不久,…于25日…: the next day told, the account moves on
            days |= new
            run.append(j)
            j += 1
        if not days or days & main_days or not _DONE.search(text, sentences[k][0], sentences[run[-1]][1]):
            continue
        if not _apart(text, sentences, run, j, days, main_days):
            continue  # 5日,日军进攻Y村…。6日,转攻X村: one fight over two days, the enemy going on
        i = k - 1  # the sentences before it in its paragraph that prepare it (the forces agreeing to fight together)
        while i >= 0 and labels[i] == main and i not in taken and not names_main(i) \
                and not _PARAGRAPH_BREAK.search(text, sentences[i][1] - 1, sentences[i + 1][0] + 1):
            run.insert(0, i)
            i -= 1
        taken.update(run)
        out.append((implied_mention(m, "战斗", coined=True), run))
    return out


# a series of counted blows at places (三打X、二打Y、一打Z): each place a fight, read from the verb's object when no
# gazetteer holds it; two at least, joined by 、 (一打 alone may be "a dozen")
_COUNTED_SERIES = re.compile(r"(?:[一二三四五六七八九十两]打[\u4e00-\u9fff]{2,3}?[、,，;；。])(?:[一二三四五六七八九十两]打"
                             r"[\u4e00-\u9fff]{2,3}?(?=[、,，;；。\n]|$)[、]?)+")
_COUNTED_ONE = re.compile(r"[一二三四五六七八九十两]打(?P<site>[\u4e00-\u9fff]{2,3}?)(?=[、,，;；。\n]|$)")
_FOUGHT_WORDS = re.compile("|".join(FIGHT_WORDS))


def counted_sites(text: str, s: int, e: int, places: list[Mention]) -> list[Mention]:
    """The places of a counted series of blows in text[s:e] (三打X、二打Y、一打Z), a found place where one stands there,
    else one read from the verb's object."""
    out = []
    for series in _COUNTED_SERIES.finditer(text, s, e):
        for one in _COUNTED_ONE.finditer(text, series.start(), series.end()):
            a, b = one.span("site")
            found = next((q for q in places if q.start == a and q.end == b), None)
            out.append(found or Mention("place", a, b, text[a:b], {
                "name": text[a:b], "kind": None, "lon": None, "lat": None, "official": None, "source": "context",
                "short": None}))
    return out


def fights_before_named(text: str, sentences: list[tuple[int, int]], labels: list[str | None],
                        places: list[Mention], battles: list[Mention]) -> list[tuple[Mention, list[int]]]:
    """Fights the narration tells before it names the battle it goes on to (a unit history: 三打X、二打Y …, then
    "Z海战" under its heading): the sentences before a named battle's first naming that the account gave to it (or to
    none), where an engagement opens at two other places or more (在X激战, 向X发起进攻, 三打X、二打Y), are those
    fights', each coined after its place (X战斗) with its own sentence and the ones after it that carry its fighting
    on and name no other place. Returns (mention, sentence indices), none when fewer than two such places."""
    starts = [s for s, _ in sentences]
    places = sorted(places, key=lambda q: q.start)
    place_at = [q.start for q in places]
    coined = {m.value.get("name") for m in battles if m.value.get("coined") or m.value.get("implied")}
    first: dict[str, int] = {}
    for m in battles:
        name = m.value.get("name")
        if name and name not in coined and m.value.get("context") is None:
            first[name] = min(first.get(name, len(sentences)), bisect_right(starts, m.start) - 1)
    out: list[tuple[Mention, list[int]]] = []
    for name, f in first.items():
        ks = [k for k in range(max(f, 0)) if labels[k] == name]
        if not ks:
            continue
        scenes: list[tuple[int, Mention]] = []
        for k in ks:
            s, e = sentences[k]
            here = [q for q in places[bisect_left(place_at, s):bisect_left(place_at, e)] if _fight_place(text, q)
                    or dated_act(text, q, (s, e), sentences[k - 1] if k > 0 else None) in ("launched", "met")]
            scenes += [(k, q) for q in sorted([*here, *(c for c in counted_sites(text, s, e, places)
                                                         if all(c.start != q.start for q in here))],
                                              key=lambda q: q.start)]
        sites = [(k, q) for k, q in scenes if q.value.get("name", q.text) not in name]
        if len({q.value.get("name", q.text) for _k, q in sites}) < _MIN_FIGHTS:
            continue
        scene_ks = {k for k, _q in sites}
        seen: set[str] = set()
        for i, (k, q) in enumerate(sites):
            site = q.value.get("name", q.text)
            if site in seen:
                continue
            seen.add(site)
            run = [] if any(kk == k for kk, _ in sites[:i]) else [k]
            j = k + 1
            while run and j < f and j not in scene_ks and labels[j] == name \
                    and _FOUGHT_WORDS.search(text, *sentences[j]) and _carries_on(places, sentences[j], site):
                run.append(j)
                j += 1
            m = Mention("battle", q.start, q.end, q.text, {"name": site + "战斗", "coined": True, "implied": True,
                                                          "alts": [site + "之战"], "in_turn": True, "site": q})
            out.append((m, run))
    return out
