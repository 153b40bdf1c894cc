"""Resolve mentions into entities: the side of each unit mention, canonical keys (第9战区 for 第九战区 /
九战区), hierarchy (bracket contents and 第101师团第102旅团 nesting), and who commanded what.

Side, strongest first: a cue word right before the mention (日军/敌 → JP, 我军/守军 → CN); the side the
echelon word implies (师团 → JP, 集团军 → CN); the side of the other members of a coordinated list; the
side of the enclosing order-of-battle bracket; the side the same designation has elsewhere in the document;
the commander's side; a 军 attacked by a Japanese subject is Chinese, and so is a unit acting on 敌 (与敌, 向敌).
Otherwise: no side.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field

from kangzhan.extract.fight_words import FIGHT_WORDS
from kangzhan.extract.mentions.base import Mention
from kangzhan.extract.mentions.lexdata import named_units
from kangzhan.extract.mentions.persons import (
    APPOSITION_AFTER_TITLE,
    COMMAND_JOIN,
    LED_VERBS,
    OOB_GAP,
    OOB_LINE,
    TITLES,
    UNIT_MODIFIERS,
    field_pair_spans,
    name_style,
)
from kangzhan.extract.mentions.units import canonical

TITLE_ECHELON = dict(TITLES)
_RANK = {"战区": 9, "方面军": 9, "派遣军": 9, "集团军": 8, "路军": 8, "兵团": 8, "军团": 8, "军": 7, "师团": 6, "师": 6,
         "旅团": 5, "旅": 5, "步兵团": 5, "联队": 4, "团": 4, "支队": 4, "飞行团": 5, "大队": 3, "营": 3,
         "中队": 2, "连": 2, "炮艇队": 3, "战队": 3, "飞行集团": 7, "飞行师团": 6,
         "军区": 8, "军分区": 7, "纵队": 7, "野战军": 9}  # 晋察冀军区独立第一支队: a military region over its detachment
_SENT_CUE = re.compile(r"(?P<jp>日军|日本|敌军|敌人|日方|日寇)|(?P<cn>中国方面|中国军队|国军|我军|守军|华军|国民革命军|中方|国民政府|军事委员会|军委会)")
_ATTACK = re.compile(r"(进攻|攻击|突破|包围|围攻|击败|击溃|阻击|袭击|围歼|歼灭|猛攻|攻占|轰击|炮击|轰炸|逼进|进逼|逼近|进犯"
                     r"|迂回|夹击|猛扑|扑向|击毙|打死|击伤|打击)")
# what follows the opponent in 与X激战 (after the unit, maybe 等部/部队/一部)
_FIGHT = re.compile(r"(?:等部|部队|一部|主力)?(?:展开|发生|进行)?(?:了)?(?:激战|交战|血战|苦战|鏖战|接战|激烈战斗|战斗|对峙|相持)")
# the party after 与/同/跟 (日军与X…激战): X is the one the sentence's side fought (or joined, without a fight word)
_WITH_PARTY = re.compile(r"[与同跟][^,，。;；]{0,12}$")
# a clash with the unit after 与 (日军与第31军…激战): FIGHT_WORDS and the clash words, but not what allies do together
# after 与 (日军与第13师团会合,进攻X; 与友军配合,击退、歼灭敌人; 与X一同突围): an attack, a break-out, a result or a
# loss says nothing of whom 与 joins
_DONE_TOGETHER = frozenset(("进攻", "攻击", "围攻", "突围", "包围", "歼灭", "伤亡", "反攻", "伏击", "袭击", "击毙", "击退",
                            "消灭", "毙伤"))
_FIGHT_WORD = re.compile("|".join((*(w for w in FIGHT_WORDS if w not in _DONE_TOGETHER),
                                   "交战", "苦战", "鏖战", "接战", "战斗", "对峙", "相持", "争夺", "拼杀", "肉搏")))
# what follows the target of an attack: 向第79军防地逼进, 轰击第49、第79军阵地, 迂回第78军右翼
_TARGET_AFTER = re.compile(r"(?:阵地|防地|防线|驻地|右翼|左翼|侧翼|侧背|后方)")
# a veteran of the unit (29军老兵): the text's own side (see resolve_units)
_VETERAN_AFTER = re.compile(r"的?(?:老兵|老战士)")
# a unit sent back to Japan is Japanese (第9、第16师先后调回日本), whatever its echelon word implies
_BACK_TO_JAPAN = re.compile(r"(?:先后|相继|陆续|全部|均|即|又|已|奉命)*(?:调回|撤回|返回|开回|运回|回到|调往|回)日本")
# X增加/增调 units: the units join X (第11军增加独立混成第14旅, 3月15日,增加第33、第34师)
_RECEIVE_WORDS = ("增加", "增编", "增调", "增拨", "增配")
_RECEIVE = re.compile(f"(?:{'|'.join(_RECEIVE_WORDS)})了?")
_RECEIVE_HEAD = re.compile(r"[,，]\s*(?:[0-9]{1,2}月(?:[0-9]{1,2}日)?[,，]?)?\s*" + _RECEIVE.pattern + "$")
# a side word between a command verb and the unit it names (率日军第1大队, 率我军第5团)
_GAP_SIDE = {"日军": "JP", "敌军": "JP", "日本": "JP", "敌": "JP", "日寇": "JP", "我军": "CN", "国军": "CN", "我": "CN"}
_COMMAND_VERB = re.compile(r"^(?:统一指挥|亲自指挥|亲率|率领|带领|统率|指挥|率)(?:所部|其|该)?")
# a man raising a force (X组建起第N游击纵队, X在某乡组建了一支自卫队): the force he raised is his; the party or
# army it belonged to may stand before it (组建起国民党第N游击纵队)
_RAISES_FORCE = re.compile(r"(?:在[^，,。；;！!？?\n在]{1,12}?)?(?:组建|拉起|创建|创立|组织起)(?:起|了)?(?:一支|一个)?"
                           r"(?:国民党|共产党|八路军|新四军|国民革命军|抗日)?")
_HAN = "\u4e00-\u9fff"
# every title as one alternation, in TITLES order (the patterns below share it)
_TITLE_ALT = "|".join(re.escape(x) for x, _ in TITLES)
_LEAD_TITLE = re.compile(r"^(?:" + _TITLE_ALT + ")")
_LATER_VERB = re.compile(_COMMAND_VERB.pattern[1:])
_LED_UNDER = re.compile(r"的?(?:统一|亲自|直接)?(?:指挥|率领|领导)(?:之)?下")
_PART_BEFORE_BRACKET = re.compile(r"[的之](?:[一两二三]个|一部)(?:师团|旅团|联队|师|旅|团)?")
_ACTS_ON_ENEMY = re.compile(
    r"[^,，。;；\n:：()（）敌我日]{0,10}?"
    r"(?:与|向|对|同|和|攻击|进攻|迎击|阻击|截击|抗击|围攻|猛攻|歼灭?|击退?|追击|堵击|夹击)敌(?!后)")
def _below(echelon: str | None, unit_echelon: str | None) -> bool:
    """A title's echelon lower than the unit's before it (师长 after 第八路军): he commands one of its units."""
    return bool(echelon and unit_echelon) and _RANK.get(echelon, 0) and _RANK.get(unit_echelon or "", 0) > _RANK[echelon] \
        and not (echelon == "师" and unit_echelon == "师团")


# a verb of leading right before the unit led (亲率一二零师, 率领第3旅)
_LEADS_BEFORE = re.compile(r"(?:亲率|率领|带领|率|统率|指挥)(?:所部|本部)?$")


def _led_of_echelon(text: str, units, pos: int, end: int, echelon: str) -> int | None:
    """The unit of the given echelon that the sentence from pos to end says he led (…亲率一二零师), or None."""
    for k, u in enumerate(units):
        if pos <= u.mention.start < end and _RANK.get(u.echelon, 0) == _RANK.get(echelon, -1) \
                and _LEADS_BEFORE.search(text, max(pos, u.mention.start - 4), u.mention.start):
            return k
    return None


# a unit's headquarters between the unit and 在 X 的指挥下 (八路军总部在X的指挥下): X commands the unit
_HQ_BEFORE = re.compile(r"(?:总部|军部|司令部|指挥部|总司令部)$")
# what may stand between a unit and its commander's title: 在/由 (第5军在军长X指挥下) and other titles + 兼
_TITLE_LEAD = re.compile(r"(?:在|由)?(?:(?:" + _TITLE_ALT + r")兼)*$")
_RANK_AFTER = re.compile(r"(?:陆军)?(?:上将|中将|少将|大将|大佐|中佐|少佐|上校|中校|少校)")
# (奉调任, 调任, 改任, 调升: a transfer to the post makes him its head as 升任 does)
_APPOINT = re.compile(r"^(?:亲自|又|再|遂|即|奉命|奉)?(?:被任命为|任命为|兼任|接任|出任|升任|担任|调任|改任|调升|任|为)")


@dataclass
class ResolvedUnit:
    mention: Mention
    key: str
    side: str | None
    echelon: str
    number: int | None
    modifiers: tuple[str, ...]
    alts: set[str] = field(default_factory=set)
    parent: int | None = None  # index of the parent ResolvedUnit
    weak: bool = False  # the side comes from context (list, sentence, document, 军长), not a cue or echelon
    label: str | None = None  # the name as written when the key is a canonical form (see model.Unit.label)


def _bracket_of(text: str, pos: int) -> tuple[int, int] | None:
    """(open, close) of the round bracket enclosing pos, if any (within 120 characters)."""
    left = max(text.rfind("(", max(0, pos - 120), pos), text.rfind("（", max(0, pos - 120), pos))
    if left < 0 or max(text.rfind(")", left, pos), text.rfind("）", left, pos)) >= 0:
        return None
    right = min((i for i in (text.find(")", pos, pos + 200), text.find("）", pos, pos + 200)) if i >= 0), default=-1)
    return (left, right) if right >= 0 else None


# 该军 / 该师团 / 该支队 / 该战区: the unit of that echelon last named (and the echelon words its antecedent may have)
# 我游击纵队 / 本支队: a column or detachment the account calls its own, the one of that echelon last named (我军 and
# 我师 stay: an army's own men in general)
_COREF = re.compile(r"该(集团军|战区|师团|旅团|联队|大队|支队|纵队|军|师|旅|团|营)|(?<![自])[我本](游击纵队|游击支队|纵队|支队)")
_COREF_ECH = {"师": ("师", "师团"), "师团": ("师团", "师"), "旅": ("旅", "旅团"), "旅团": ("旅团", "旅"),
              "团": ("团", "联队"), "联队": ("联队", "团"), "纵队": ("纵队", "游击纵队"), "支队": ("支队", "游击支队")}


def with_coreferents(text: str, mentions: list[Mention], window: int = 400) -> list[Mention]:
    """The unit mentions plus one for each 该 + echelon word that refers back to a unit named at most
    `window` characters before it (its value copied, marked coref)."""
    extra: list[Mention] = []
    starts = [m.start for m in mentions]
    for c in _COREF.finditer(text):
        if any(m.start <= c.start() < m.end for m in mentions[max(0, bisect_right(starts, c.start()) - 1):][:1]):
            continue
        ech = c.group(1) or c.group(2)
        if text[c.end():c.end() + 1] in ("部", "属", "区", "事", "官", "队"):
            continue  # 该军部, 该师属, 该战区内: no reference to the unit itself
        ok = _COREF_ECH.get(ech, (ech,))
        for k in range(bisect_right(starts, c.start()) - 1, -1, -1):
            m = mentions[k]
            if m.start < c.start() - window:
                break
            if m.value.get("raw_echelon", m.value.get("echelon")) in ok and m.end <= c.start():
                extra.append(Mention("unit", c.start(), c.end(), c.group(0), {**m.value, "coref": m.start,
                                                                             "alts": set(), "group": -1 - c.start()}))
                break
    return sorted([*mentions, *extra], key=lambda x: (x.start, -x.end))


def resolve_units(text: str, mentions: list[Mention]) -> list[ResolvedUnit]:
    """Side and canonical key for every unit mention (and 该军-style references to them), then parents
    from brackets and nesting."""
    mentions = with_coreferents(text, mentions)
    mentions = [Mention(m.kind, m.start, m.end, m.text, {**m.value, "cue": "JP"})
                if not m.value.get("cue") and _BACK_TO_JAPAN.match(text, m.end) else m for m in mentions]
    for verbs, side in ((_INVADE, "JP"), (_RECOVER, "CN")):
        subjects = _invading_subjects(text, mentions, verbs)
        if subjects:
            mentions = [Mention(m.kind, m.start, m.end, m.text, {**m.value, "cue": side}) if i in subjects else m
                        for i, m in enumerate(mentions)]
    sides: list[str | None] = [m.value.get("cue") or None for m in mentions]
    lexicon = named_units()
    for i, m in enumerate(mentions):
        implied = m.value.get("implied")
        if sides[i] is None and not implied and m.text in lexicon:
            sides[i] = lexicon[m.text][0]  # 新四军 read as a numbered 新编第4军: the named formation's side
        raw = m.value.get("raw_echelon", m.value.get("echelon"))
        if sides[i] is None and implied and (raw not in ("军",) or implied == "JP"):
            sides[i] = implied
        if sides[i] is None and set(m.value.get("modifiers", ())) & _CN_MODS:
            sides[i] = "CN"  # 新3军, 暂编第15军, 预备第2师: designations only Chinese units have
    strong = [s is not None for s in sides]
    # 师/旅/团 are Chinese words, but Chinese texts also write Japanese 师团/旅团/联队 so (日军第3师): the side
    # they imply gives way to a cue on a list member or on the same designation elsewhere
    # and 大队/中队, the Japanese battalion and company, are what the guerrilla forces called theirs (游击队第三大队)
    soft = {i for i, m in enumerate(mentions) if not m.value.get("cue") and sides[i]
            and m.value.get("raw_echelon") in ("师", "旅", "团", "大队", "中队")
            and not set(m.value.get("modifiers", ())) & _CN_MODS}
    # so are 集团军/兵团 (Chinese histories call the Japanese 11th Army 第11集团军), but only against a cue on
    # the same designation (日军第11集团军): they still hand their side down to the units under them
    army = {i for i, m in enumerate(mentions) if not m.value.get("cue") and sides[i]
            and m.value.get("raw_echelon") in ("集团军", "兵团") and not _chinese_context(text, m)}
    # the title after a 军: 军长 is Chinese, 司令官 Japanese (Chinese armies have 军长, Japanese ones 司令官)
    for i, m in enumerate(mentions):
        if sides[i] is None and m.value.get("raw_echelon") == "军":
            after = text[m.end:m.end + 4]
            if after.startswith(("军长", "副军长")):
                sides[i] = "CN"
            elif after.startswith(("司令官", "参谋长")):
                sides[i] = "JP"
    # a veteran of the unit (29军老兵, 第5军的老兵) in a text without a Japanese cue on it: a Chinese text remembers its
    # own soldiers so; a Japanese veteran is written with the enemy's unit words (日军第X师团老兵) and has its cue
    for i, m in enumerate(mentions):
        if sides[i] is None and _VETERAN_AFTER.match(text, m.end) \
                and m.value.get("raw_echelon", m.value.get("echelon")) in ("军", "师", "旅", "团"):
            sides[i] = "CN"
    # 新编/暂编/预备/荣誉 are designations only Chinese units have (新1军, 暂编第2师): Chinese whatever the echelon
    for i, m in enumerate(mentions):
        if sides[i] is None and set(m.value.get("modifiers", ())) & _CN_MODS:
            sides[i] = "CN"
    # a coordinated list shares a side
    groups: dict[int, str] = {}
    for i, m in enumerate(mentions):
        if sides[i] and m.value.get("cue"):
            groups.setdefault(m.value["group"], sides[i])
    for i, m in enumerate(mentions):
        g = groups.get(m.value["group"])
        if g and (sides[i] is None or m.value.get("raw_echelon") in ("师", "旅", "团")):
            sides[i] = g
    # bracket: units inside the order-of-battle bracket of a unit take its side when undecided
    owner: dict[int, int] = {}
    for i, m in enumerate(mentions):
        br = _bracket_of(text, m.start)
        if not br:
            continue
        for j in range(i - 1, -1, -1):
            if mentions[j].end == br[0] or text[mentions[j].end:br[0]].strip() == "" \
                    or _PART_BEFORE_BRACKET.fullmatch(text, mentions[j].end, br[0]):
                owner[i] = j  # 第66军的一个师（第38师）: the bracket names the part of the unit before it
                break
            if mentions[j].end < br[0] - 1:
                break
    for _ in range(2):
        for i, j in owner.items():
            if sides[i] is None and sides[j]:
                sides[i] = sides[j]
            if sides[j] is None and sides[i] and mentions[i].value.get("raw_echelon") in ("师", "军"):
                sides[j] = sides[i]
    subs = _subordinates(text, mentions)  # 第16集团军,指挥第31军、第46军 / 第101师团所属第102旅团
    _share_down(subs, sides, soft, army)
    _share_lists(text, mentions, sides, soft)  # order-of-battle lists: 第4军、第74军、第66军、第187师
    _parts_after_parents(text, mentions, sides, soft)
    # and up a run-on chain (第46军175师野战补充团, 第11军第68师团): a formation written right before its sub-unit,
    # with no side of its own, has the sub-unit's (a 军 over a 师 is Chinese, over a 师团 Japanese); not a side
    # only a guerrilla part's 大队/中队 implied (三军三大队: the 军 of a local force, its side told elsewhere)
    for i in range(len(mentions) - 1, 0, -1):
        a, b = mentions[i - 1], mentions[i]
        if sides[i - 1] is None and sides[i] and text[a.end:b.start] in ("", "之", "所属") \
                and not (i in soft and b.value.get("raw_echelon") in ("大队", "中队")) \
                and _RANK.get(a.value.get("echelon"), 0) > _RANK.get(b.value.get("echelon"), 0):
            sides[i - 1] = sides[i]
    _joined_order_of_battle(text, mentions, sides)  # 第8军之配入远征序列: the side of the order it joined
    _same_designation(mentions, sides, soft)  # a side the text states (第15军司令官) before the guess from 敌 below
    _parts_after_parents(text, mentions, sides, soft)  # a parent whose side the designation elsewhere gave
    # a unit acting on 敌 in its own clause is Chinese (第5军与敌苦战, 第200师向敌阵地猛攻): 敌 is the other side
    for i, m in enumerate(mentions):
        if sides[i] is None:
            nxt = mentions[i + 1].start if i + 1 < len(mentions) else len(text)
            act = _ACTS_ON_ENEMY.match(text, m.end, min(nxt, m.end + 16))
            if act:
                sides[i] = "CN"
    # a unit ordered by another is of its side (第9战区令第26、第72军向长沙以东反击)
    for i in range(len(mentions) - 1):
        o = _ORDERS.match(text, mentions[i].end)
        if sides[i] and i not in soft and o and o.end() == mentions[i + 1].start:
            for j in range(i + 1, _list_end(text, mentions, i + 1) + 1):
                if sides[j] is None:
                    sides[j] = sides[i]
    _same_designation(mentions, sides, soft, army)  # the same designation elsewhere in the document
    # the object of a Japanese attack is Chinese (令第3、第4师团进攻第37军); the subject is in the clause or,
    # when the clause has none, the sentence's first side (日军第101师一部,从永修向第79军防地逼进)
    for i, m in enumerate(mentions):
        if sides[i] is None:
            clause_start = max(text.rfind(c, 0, m.start) for c in ",，;；。\n")
            clause = text[clause_start + 1:m.start]
            verb = None
            for v in _ATTACK.finditer(clause):
                verb = v
            toward = re.search(r"[向对][^,，。;；]{0,6}$", clause)
            if toward and not verb and _ATTACK.search(text, m.end, m.end + 12):
                verb = toward  # 向祥符观第32军阵地作牵制性进攻: the target of an attack
            fought = re.search(r"[与同跟][^,，。;；与同跟]{0,2}$", clause)
            if fought and not verb and _FIGHT.match(text, m.end):
                verb = fought  # 日军第34师团…,与第74军激战: the enemy the subject fought
            if verb:
                subj = [sides[j] for j, o in enumerate(mentions)
                        if clause_start < o.start < clause_start + 1 + verb.start() and sides[j]]
                subj_side = subj[-1] if subj else ("JP" if re.search("(日军|敌)", clause[:verb.start()]) else None)
                if subj_side is None and not any(clause_start < o.start < clause_start + 1 + verb.start()
                                                 for o in mentions):
                    subj_side = _sentence_subject(text, mentions, sides, clause_start)
                if subj_side:
                    sides[i] = "CN" if subj_side == "JP" else "JP"
    # the subject of an attack on a unit with a side is the other side (第74军向日军第34师团阵地猛攻)
    for i, m in enumerate(mentions):
        if sides[i] is None and i + 1 < len(mentions):
            o = mentions[i + 1]
            between = text[m.end:o.start]
            if sides[i + 1] and not re.search(r"[,，。;；、和及与]", between) and len(between) <= 12 \
                    and (_ATTACK.search(between) or re.search(r"[向对]", between) and _ATTACK.search(text, o.end, o.end + 12)):
                sides[i] = "CN" if sides[i + 1] == "JP" else "JP"
    # the agent of a passive attack on one side is the other (日军在湲水街遭79军阻击, 敌被第5军击退)
    for i, m in enumerate(mentions):
        if sides[i] is None and re.search(r"(?:遭到?|被|受到?)$", text[max(0, m.start - 2):m.start]) \
                and _ATTACK.search(text, m.end, m.end + 6):
            sent_start = max(text.rfind(c, 0, m.start) for c in ";；。\n")  # the subject may lead the sentence
            last = []
            for j in range(i - 1, -1, -1):
                if mentions[j].start <= sent_start:
                    break
                if sides[j]:
                    last.append((mentions[j].start, sides[j]))
                    break
            last += [(c.start(), "JP" if c.group("jp") else "CN") for c in _SENT_CUE.finditer(text, sent_start + 1, m.start)]
            subj_side = max(last)[1] if last else None
            if subj_side:
                sides[i] = "CN" if subj_side == "JP" else "JP"
    _share_lists(text, mentions, sides, soft)  # before the sentence cue, which is weaker than a list
    _cooperating(text, mentions, sides)  # 以第21军…,策应第11军的作战: a unit that supports another is of its side
    _relieving(text, mentions, sides)  # 将防务交由第46军接替: the unit that takes over a line is of the same side
    # a side named in the same sentence and no other (中国方面,薛岳指挥了包括第4军…)
    guessed: set[int] = set()
    for i, m in enumerate(mentions):
        if sides[i] is None:
            a = max(text.rfind(c, 0, m.start) for c in "。;；\n!?")
            cues = set()
            for c in _SENT_CUE.finditer(text, a + 1, m.start):
                side = "JP" if c.group("jp") else "CN"
                if _WITH_PARTY.match(text, c.end(), m.start):
                    # 日军与桂林守城部队第31军…激战: the unit is the one the cue's side fought, not of its side
                    end = text.find("。", m.end)
                    side = ({"JP": "CN", "CN": "JP"}[side]
                            if _FIGHT_WORD.search(text, m.end, end if end >= 0 else len(text)) else "?")
                    if m.value.get("implied") not in (None, side):
                        side = "?"  # 日军与第13师团会合…激战: a 师团 is Japanese whatever the sentence says
                cues.add(side)
            if len(cues) == 1 and "?" not in cues and not _ATTACK.search(text, a + 1, m.end + 12):
                sides[i] = next(iter(cues))
                guessed.add(i)
    _singled_out(text, mentions, sides)  # 第6战区主力,尤其是18军: the unit singled out is one of that force
    _same_designation(mentions, sides, soft, army)  # again, with the sides the attack and sentence cues decided
    _share_down(subs, sides, soft, army)
    _share_lists(text, mentions, sides, soft)
    _listed_designation(mentions, sides, soft)  # a side a list gave one mention holds for its other mentions
    _bare_armies(mentions, sides)  # 74军 with no 第 and no side word anywhere: the Chinese way of writing an army
    # one designation, one unit: a side guessed from the sentence's side word gives way to the one side the
    # designation has from stronger evidence elsewhere in the document
    known: dict[tuple, set[str]] = {}
    for i, m in enumerate(mentions):
        if sides[i] and i not in guessed:
            known.setdefault(_desig(m), set()).add(sides[i])
    for i in guessed:
        other = known.get(_desig(mentions[i]), set())
        if len(other) == 1 and sides[i] not in other:
            sides[i] = next(iter(other))
    for i, m in enumerate(mentions):  # 英缅军第1师, 美军第5307支队: an ally's unit is of neither side
        if _ALLY_BEFORE.search(text, max(0, m.start - 4), m.start):
            sides[i] = None
    by_start = {m.start: i for i, m in enumerate(mentions)}
    for i, m in enumerate(mentions):  # a reference (该军) has its antecedent's side
        if m.value.get("coref") is not None and m.value["coref"] in by_start:
            sides[i] = sides[by_start[m.value["coref"]]]
    out: list[ResolvedUnit] = []
    for i, m in enumerate(mentions):
        v = m.value
        if v.get("number") is not None:
            # a puppet's regiment (伪X师第5团) keeps its Chinese echelon: it is no Japanese 联队
            key, ech = canonical(v["number"], v.get("raw_echelon", v["echelon"]), v["modifiers"],
                                 None if v.get("puppet") else sides[i])
        else:
            key, ech = v["key"], v["echelon"]
        alts = set(v.get("alts", set())) | ({m.text} if m.text != key and v.get("coref") is None else set())
        out.append(ResolvedUnit(m, key, sides[i], ech, v.get("number"), tuple(v.get("modifiers", ())), alts,
                                weak=not strong[i], label=v.get("label")))
    _full_mixed_forms(out)
    for i, j in owner.items():
        if _RANK.get(out[j].echelon, 0) > _RANK.get(out[i].echelon, 0):
            out[i].parent = j
    for i in range(1, len(out)):  # 第101师团第102旅团: the second belongs to the first
        a, b = out[i - 1], out[i]
        if b.parent is None and a.mention.end == b.mention.start and _RANK.get(a.echelon, 0) > _RANK.get(b.echelon, 0):
            b.parent = i - 1
    for i, j in subs:
        if out[j].parent is None and _RANK.get(out[i].echelon, 0) > _RANK.get(out[j].echelon, 0):
            out[j].parent = i
    at = {u.mention.start: i for i, u in enumerate(out)}
    for u in out:  # a report code chain (55iR/18D), a role detachment (第一支队先遣支队): the finder says which
        j = at.get(u.mention.value.get("parent_at", -1))  # mention is the parent
        if u.parent is None and j is not None:
            u.parent = j
            if u.side is None and u.number is None:
                u.side = out[j].side  # a detachment named by its role alone has only its parent's side
    return out


# the verbs of invading and occupying (入侵缅甸, 向某地进犯, 扫荡根据地): what the enemy did on Chinese soil, never said
# of the Chinese forces' own moves; not after 反/抗 (反扫荡, 抗击进犯), nor with 敌/日/伪 as the object (扫荡残敌: a
# Chinese force clearing the enemy out)
# (the lookbehind after the two-character verb: the same matches as (?<![反抗]) before it, but re then scans for the
# verbs' first characters in C instead of trying the lookbehind at every position)
_INVADE = re.compile(r"(?:入侵|侵入|侵占|侵犯|进犯|窜犯|来犯|扫荡|窜扰|蚕食|侵袭)(?<![反抗]..)(?![之的了]?(?:残敌|敌|日|伪))")
# the verbs of recovering a town (收复X, 光复X, 克复X): said of the side whose soil it is, the Chinese forces, never of
# the enemy's taking (攻占, 占领)
_RECOVER = re.compile(r"(?<!被)(?:收复|光复|克复)")
# what may stand between the subject unit and its verb: a part word, a strength, a place it moves from or to (由X,
# 向X), a time; not another verb's words (击退进犯的…: the unit fights the invader), 的/之 (粉碎日军的扫荡), a clause end
_INVADE_GAP = re.compile(r"[^,，。;；:：!?！？\n的之击打歼阻退抗反粉配协被遭迎战堵截围袭追攻守御防]{0,12}")
_OBJECT_BEFORE = re.compile(r"(?:向|对|与|同|跟|被|遭|受|击|歼|败|退|打)$")


def _invading_subjects(text: str, mentions: list[Mention], verbs: re.Pattern = _INVADE) -> set[int]:
    """The units without a side word that are the subject of a verb of invading (X师第15军团入侵缅甸, 第3旅窜犯某村):
    the invader's, with the members of the list they close (第15和第33军团). Not a unit a named force or another
    unit owns right before it (八路军第5团: its side is the owner's), nor one that is the object of a verb.
    (verbs=_RECOVER: the subjects of a verb of recovering one's own town, the Chinese side's)"""
    if not verbs.search(text):
        return set()
    out: set[int] = set()
    starts = [m.start for m in mentions]
    for v in verbs.finditer(text):
        k = bisect_left(starts, v.start()) - 1
        while k >= 0 and mentions[k].end > v.start():
            k -= 1
        if k < 0 or not _INVADE_GAP.fullmatch(text, mentions[k].end, v.start()):
            continue
        if any(mentions[j].end > mentions[k].end for j in range(k)):
            continue  # inside a longer mention
        first = k
        while first > 0 and _LIST_SEP.fullmatch(text, mentions[first - 1].end, mentions[first].start):
            first -= 1
        m0 = mentions[first]
        if _OBJECT_BEFORE.search(text, max(0, m0.start - 2), m0.start):
            continue
        if first > 0 and mentions[first - 1].end >= m0.start - 3 and \
                re.fullmatch(r"(?:的|之|所属的?)?", text[mentions[first - 1].end:m0.start]):
            continue  # 八路军第5团, 南方军的第15军团: the owner before decides
        for j in range(first, k + 1):
            if not mentions[j].value.get("cue"):
                out.add(j)
    return out


def _bare_armies(mentions: list[Mention], sides: list[str | None]) -> None:
    """An army written as a bare number (74军, 五十九军: no 第) that nothing in the text gave a side is Chinese:
    Chinese writers shorten their own armies so, while a Japanese army is written 第N军 or with a side word
    (日军11军, the cue the finder reads). Each mention of such a designation, only where no mention of it has a
    side."""
    sided = {_desig(m) for i, m in enumerate(mentions) if sides[i]}
    ordinal = {_desig(m) for m in mentions if m.text.startswith("第")}
    listed = {m.value.get("group") for m in mentions if m.text.startswith("第")}  # 第5、6军: 6军 is 第6军
    for i, m in enumerate(mentions):
        if sides[i] is None and m.value.get("raw_echelon", m.value.get("echelon")) == "军" \
                and m.value.get("number") is not None and m.value.get("coref") is None \
                and _desig(m) not in sided | ordinal and m.value.get("group") not in listed:
            sides[i] = "CN"


# the armies of the Allies named right before a unit (英缅军第1师, 英印军第7装甲旅, 美军第5307支队)
_ALLY_BEFORE = re.compile(r"(?:英缅|英印)军?$|(?<![日敌我驻])(?:英|美|印|苏)军$")


# a unit that supports, flanks or joins the action of another (策应第11军的作战, 配合第5军): the two are one side
_COOPERATE = re.compile(r"(?:以|并|借以|用以|藉以)?(?:策应|配合|协同|协助|支援|呼应|援应)(?:了)?")


def _cooperating(text: str, mentions: list[Mention], sides: list[str | None]) -> None:
    """A unit without a side whose own sentence goes on to support another unit (…,策应第13军的军事行动) takes that
    unit's side, when no unit with a side stands between them (it would be the one supporting)."""
    for i, m in enumerate(mentions):
        if sides[i] is not None:
            continue
        end = min((x for x in (text.find(c, m.end) for c in "。;；\n") if x >= 0), default=len(text))
        for v in _COOPERATE.finditer(text, m.end, end):
            j = next((k for k in range(i + 1, len(mentions)) if mentions[k].start >= v.end()), None)
            if j is None or mentions[j].start != v.end() or not sides[j]:
                continue
            if any(sides[k] for k in range(i + 1, j)):
                break  # another side's unit between: it is the subject of the support
            sides[i] = sides[j]
            break


# a unit handing its line to another (将防务交由X接替, 由X接防, 与X换防) or taking over another's (X接替Y的防务)
_HANDED_TO = re.compile(r"(?:交由|交给|交予|移交|改由|由|与)$")
_TAKES_OVER = re.compile(r"(?:接替|接防|接守|换防)")


def _relieving(text: str, mentions: list[Mention], sides: list[str | None]) -> None:
    """A unit without a side that relieves another in the same clause (…将防务交由第46军接替, 第46军接替第64军的防务)
    takes its side: troops hand a line over to their own side only."""
    for i, m in enumerate(mentions):
        if sides[i] is not None:
            continue
        other = None
        if _TAKES_OVER.match(text, m.end) and _HANDED_TO.search(text, max(0, m.start - 2), m.start) and i > 0:
            other = i - 1  # the unit that handed over, named before in its sentence
        elif i + 1 < len(mentions) and _TAKES_OVER.fullmatch(text, m.end, mentions[i + 1].start):
            other = i + 1  # 第46军接替第64军
        if other is None or not sides[other]:
            continue
        between = text[min(m.start, mentions[other].start):max(m.start, mentions[other].start)]
        if not re.search(r"[。;；\n]", between):
            sides[i] = sides[other]


# a unit placed into an order of battle (配入/编入 …序列): the order names its side (远征 is the Chinese
# Expeditionary Force, 派遣军 the Japanese expeditionary armies)
_JOINS = re.compile(r"之?(?:被|奉命)?(?:配入|编入|列入|调入|加入|归入|划入|拨入|配属|拨归|划归|调归|归属)"
                    r"(?P<order>[^,，。;；、]{0,8}?)(?:战斗)?(?:序列|建制|指挥)")
_ORDER_SIDE = re.compile(r"(?P<cn>远征|驻印|国军|我军|中国|战区|集团军)|(?P<jp>派遣军|方面军|日军|皇军|关东军)")


def _joined_order_of_battle(text: str, mentions: list[Mention], sides: list[str | None]) -> None:
    """A unit without a side that joins an order of battle whose name says its side takes that side."""
    for i, m in enumerate(mentions):
        if sides[i] is not None:
            continue
        j = _JOINS.match(text, m.end)
        o = _ORDER_SIDE.search(j.group("order")) if j else None
        if o:
            sides[i] = "CN" if o.group("cn") else "JP"


# a unit singled out of the force named before it (第6战区主力,尤其是第18军): it is one of that force
_SINGLED = re.compile(r"(?:的)?(?:主力|部队|所部|各部|一部|部)?[,，]?\s*(?:尤其是|特别是|尤其|特别|其中的?|内有|包括)")


def _singled_out(text: str, mentions: list[Mention], sides: list[str | None]) -> None:
    """A unit without a side named as the notable part of the unit before it shares that unit's side."""
    for i in range(1, len(mentions)):
        if sides[i] is None and sides[i - 1] and _SINGLED.fullmatch(text, mentions[i - 1].end, mentions[i].start):
            sides[i] = sides[i - 1]


def _chinese_context(text: str, m: Mention) -> bool:
    """The sentence of m names the Chinese side (中国第5战区以第11集团军…), or a Chinese title follows it
    (第11集团军总司令): a Chinese army group even where the document also calls a Japanese army 集团军."""
    if text.startswith(("总司令", "副总司令"), m.end):
        return True
    a = max(text.rfind(c, 0, m.start) for c in "。;；\n!?！？") + 1
    b = min((k for k in (text.find(c, m.end) for c in "。;；\n!?！？") if k >= 0), default=len(text))
    return any(c.group("cn") for c in _SENT_CUE.finditer(text, a, b)) or "中国" in text[a:b]


def _sentence_subject(text: str, mentions: list[Mention], sides: list[str | None], before: int) -> str | None:
    """The side of a sentence's subject: its first cue word (日军, 守军) or unit with a side before `before`,
    unless that unit is itself a target (第8军阵地)."""
    start = max(text.rfind(c, 0, before) for c in "。;；\n!?！？") + 1
    cue = _SENT_CUE.search(text, start, before)
    for j in range(bisect_left(mentions, start, key=lambda x: x.start), len(mentions)):
        o = mentions[j]
        if o.start >= before or (cue and o.start > cue.start()):
            break
        if sides[j] and not _TARGET_AFTER.match(text, o.end):
            return sides[j]
    return ("JP" if cue.group("jp") else "CN") if cue else None


# a unit, then a verb of command or subordination, then the units under it (指挥部/指挥所 are places, no verbs)
_SUBORDINATE = re.compile(r"[,，]?(?:统一指挥|指挥(?![部所官员])|率领|统率|下辖|所辖|辖|所属部队有|所属的?|属下的?)[:：]?")
_SUPERIOR = re.compile(r"(?:隶属于?|归属于?)")  # the unit before is under the one after
# A以B、C为基干/为主力: the core of a force (the Japanese histories' 第13军以第15、第22师团为基干)
_CORE_AFTER = re.compile(r"(?:等|之一部|一部)?(?:部队)?为(?:基干|主力|骨干|核心|主体)")


def _list_end(text: str, mentions: list[Mention], j: int, joins: str = r"[、和及与]") -> int:
    """The index of the last mention of the list that opens at mentions[j] (第26、第72军和第4师), each joined to
    the next by one of ``joins`` (commas too where a list of subordinates runs on: A辖B,C,D)."""
    while j + 1 < len(mentions) and re.fullmatch(joins, text[mentions[j].end:mentions[j + 1].start]):
        j += 1
    return j


# the area a force's unit operates in, written between the force and the unit (八路军|太行南区|第四支队, 新四军|苏南|
# 第二支队, 八路军|冀中|第三纵队): a region's or a base area's name, no other word
_AREA_BETWEEN = re.compile(r"[\u4e00-\u9fff]{0,4}(?:军区|边区|分区|地区|区|[东南西北中])")


def _parts_after_parents(text: str, mentions: list[Mention], sides: list[str | None], soft: set[int]) -> None:
    """第5师团之21旅 / 第101师团第102旅团 / 第11集团军主力第71军 / 八路军太行南区第四支队: a sub-unit written right after
    its parent (or named as its main force, or after the area it operates in) shares its side; so does an army numbered without 第 glued to the named force it belongs
    to, of the same echelon word (抗日义勇军|二军: the force's second army; not 中国派遣军|第四方面军, which stands on
    its own)."""
    for i in range(1, len(mentions)):
        a, b = mentions[i - 1], mentions[i]
        ra, rb = _RANK.get(a.value.get("echelon"), 0), _RANK.get(b.value.get("echelon"), 0)
        if (text[a.end:b.start] in ("", "之", "的", "所属", "属", "主力") or _AREA_BETWEEN.fullmatch(text, a.end, b.start)) \
                and sides[i - 1] and not b.value.get("cue") \
                and not (i - 1 in soft and sides[i] and b.value.get("echelon") != "支队") \
                and (ra > rb or ra == rb and a.end == b.start and a.value.get("number") is None
                     and b.value.get("number") is not None and not b.text.startswith("第")):
            sides[i] = sides[i - 1]
        if _OWNED_BY_NAMED.fullmatch(text, a.end, b.start) and a.value.get("number") is None \
                and (a.value.get("cue") or a.value.get("implied")) and (ra > rb or not ra or _WHOLE_FORCE.search(a.text)) \
                and b.value.get("number") is not None and not b.value.get("cue") and sides[i - 1] in ("CN", "JP"):
            # a numbered unit written after the named army it belongs to (X方面军的第15军团; 抗日义勇军第三军: the
            # Anti-Japanese forces numbered their own armies) is of that army's side, whatever its echelon word
            # implies (军团 is a Chinese word, but Chinese writers render the enemy's armies so); the list it opens
            # shares it (…的第15和第33军团). Not a unit of the owner's rank (X派遣军第4方面军: it stands on its own)
            for j in range(i, _list_end(text, mentions, i) + 1):
                if not mentions[j].value.get("cue"):
                    sides[j] = sides[i - 1]
                    soft.discard(j)


# what joins a named army to a numbered unit of its own: nothing, 的/之, or a word of belonging
# the names of whole forces that numbered armies of their own (抗日义勇军第三军, 抗日联军第五军, 游击队第二军)
_WHOLE_FORCE = re.compile(r"(?:义勇军|联军|救国军|自卫军|同盟军|游击队|游击军|八路军|新四军|红军)$")
_OWNED_BY_NAMED = re.compile(r"(?:的|之|所属的?|属下的?|下属的?|麾下的?|旗下的?)?")


def _subordinates(text: str, mentions: list[Mention]) -> list[tuple[int, int]]:
    """(superior, subordinate) pairs the text states: A指挥/辖/所属 B、C …, and B隶属(于)A."""
    pairs: list[tuple[int, int]] = []
    for i, m in enumerate(mentions):
        if i + 1 >= len(mentions):
            break
        sub = _SUBORDINATE.match(text, m.end)
        if sub and sub.end() == mentions[i + 1].start:
            pairs.extend((i, j) for j in range(i + 1, _list_end(text, mentions, i + 1, r"[、和及与,，]") + 1))
        sup = _SUPERIOR.match(text, m.end)
        if sup and sup.end() == mentions[i + 1].start:
            pairs.append((i + 1, i))
        if text.startswith("以", m.end) and m.end + 1 == mentions[i + 1].start:  # A以B、C为基干: B, C are A's core
            j = _list_end(text, mentions, i + 1, r"[、和及与,，]")
            if _CORE_AFTER.match(text, mentions[j].end):
                pairs.extend((i, k) for k in range(i + 1, j + 1))
    receivers: list[int] = []  # units followed by 增加: X增加A,3月15日,增加B (the second clause has no subject)
    for i, m in enumerate(mentions):
        rec = _RECEIVE.match(text, m.end)
        if rec:
            receivers.append(i)
            if i + 1 < len(mentions) and rec.end() == mentions[i + 1].start:
                sup, j = i, i + 1
            else:
                continue
        else:
            if not receivers or not text[max(0, m.start - 3):m.start].rstrip("了").endswith(_RECEIVE_WORDS):
                continue
            if not _RECEIVE_HEAD.search(text[max(0, m.start - 16):m.start]) \
                    or m.value.get("group") == mentions[i - 1].value.get("group"):
                continue
            sup, j = receivers[-1], i
            if re.search(r"[。;；\n!?]", text[mentions[sup].end:m.start]):
                continue  # another sentence: its subject is not known
        pairs.extend((sup, k) for k in range(j, _list_end(text, mentions, j) + 1))
    return pairs


def _share_down(pairs: list[tuple[int, int]], sides: list[str | None], soft: set[int],
                weak: frozenset[int] | set[int] = frozenset()) -> None:
    """A unit under another has its side, unless a cue or its echelon word already decided otherwise;
    a superior without a side takes the one side all its subordinates have (第74军辖第51、第57师)."""
    for i, j in pairs:
        if sides[i] and i not in soft and (sides[j] is None or j in soft):
            if i in weak and sides[j] is not None:
                continue  # a superior whose side is its echelon's default overrides no subordinate
            sides[j] = sides[i]
            if i not in weak:
                soft.discard(j)
    below: dict[int, set[str | None]] = {}
    for i, j in pairs:
        below.setdefault(i, set()).add(sides[j])
    for i, got in below.items():
        if sides[i] is None and len(got) == 1 and None not in got:
            sides[i] = next(iter(got))


_CN_MODS = {"新编", "暂编", "预备", "荣誉"}  # designations only Chinese units have
_JP_FORM = {"师": "师团", "旅": "旅团", "团": "联队"}


def _same_designation(mentions: list[Mention], sides: list[str | None], soft: set[int],
                      army: set[int] | None = None) -> None:
    """A mention without a side takes the one side its designation has elsewhere in the document; one with
    a side only its 师/旅/团 implied (soft) takes the one side a cue gives the designation elsewhere."""
    seen: dict[tuple, set[str]] = {}
    firm: dict[tuple, set[str]] = {}
    jp_forms: dict[tuple, list[int]] = {}  # (number, 师团/旅团/联队) → starts, for the short-form test
    for m in mentions:
        if m.value.get("raw_echelon") in _JP_FORM.values():
            jp_forms.setdefault((m.value.get("number"), m.value["raw_echelon"]), []).append(m.start)
    desig = [_desig(m) for m in mentions]  # once per mention (it was computed up to three times)
    for i, m in enumerate(mentions):
        if sides[i]:
            seen.setdefault(desig[i], set()).add(sides[i])
            if m.value.get("cue"):
                firm.setdefault(desig[i], set()).add(sides[i])
    army = army if army is not None else set()
    for i, m in enumerate(mentions):
        if i not in soft and i not in army and sides[i] is not None:
            continue
        known = firm.get(desig[i], set()) if i in soft or i in army else seen.get(desig[i], set())
        if i in soft and not known and m.value.get("raw_echelon") in _JP_FORM and _short_jp_form(m, jp_forms) \
                and not (i and mentions[i - 1].end + 1 == m.start and "第" in mentions[i - 1].text):
            known = {"JP"}  # (not 骑兵第一、二旅: the 第 of the list's first item stands for the second's too)
        if len(known) == 1 and next(iter(known)) != sides[i]:
            sides[i] = next(iter(known))
            soft.discard(i)
            army.discard(i)


def _full_mixed_forms(units: list[ResolvedUnit]) -> None:
    """混成第2旅团 where the text also names the 独立混成第2旅团 (same number, echelon and side): the short form
    of the one independent mixed brigade, not a second unit."""
    full = {(u.side, u.number, u.echelon): u for u in units
            if u.number is not None and "独立" in "".join(u.modifiers) and "混成" in "".join(u.modifiers)}
    for u in units:
        mods = "".join(u.modifiers)
        f = full.get((u.side, u.number, u.echelon))
        if f is not None and "混成" in mods and "独立" not in mods:
            u.alts.add(u.mention.text)
            u.key, u.modifiers = f.key, f.modifiers


def _short_jp_form(m: Mention, jp_forms: dict[tuple, list[int]]) -> bool:
    """26旅团调至长沙 … 26旅回援: a bare 26旅 near the Japanese 26旅团 is its short form (with 第 and in
    orders of battle, 第34师 stays a Chinese division even next to the 第34师团)."""
    starts = jp_forms.get((m.value.get("number"), _JP_FORM[m.value["raw_echelon"]]), [])
    k = bisect_left(starts, m.start - 600)
    return "第" not in m.text and k < len(starts) and starts[k] < m.start + 600


# a list separator, after a bracketed aside that names the member's commander (第3大队(大队长X)、第5大队(大队长Y))
_LIST_SEP = re.compile(r"(?:[(（][^()（）\n]{1,12}[)）])?\s*[、和及与]")


def _share_lists(text: str, mentions: list[Mention], sides: list[str | None], soft: set[int]) -> None:
    """Members of a list (第4军、第74军及第187师) without a side, or with a soft one, take the one side the
    others have (firm sides first)."""
    run: list[int] = []
    for i in range(len(mentions) + 1):
        if i < len(mentions) and run and _LIST_SEP.fullmatch(text, mentions[run[-1]].end, mentions[i].start):
            run.append(i)
            continue
        if len(run) > 1:
            firm = {sides[j] for j in run if sides[j] and j not in soft}
            known = firm or {sides[j] for j in run if sides[j]}
            if len(known) == 1:
                side = next(iter(known))
                for j in run:
                    if sides[j] is None or (firm and j in soft and sides[j] != side):
                        sides[j] = side
                        soft.discard(j)
        run = [i] if i < len(mentions) else []


def _listed_designation(mentions: list[Mention], sides: list[str | None], soft: set[int]) -> None:
    """A mention whose side only its echelon implied (soft: 大队 is a Japanese word) takes the one side the same
    designation has where it is firm, a list included (游击队第3大队(大队长X)、第5大队: the 5th is the guerrillas'
    elsewhere in the text too)."""
    firm: dict[tuple, set[str]] = {}
    for i, m in enumerate(mentions):
        if sides[i] and i not in soft:
            firm.setdefault(_desig(m), set()).add(sides[i])
    for i in sorted(soft):
        known = firm.get(_desig(mentions[i]), set())
        if len(known) == 1 and sides[i] not in known:
            sides[i] = next(iter(known))
            soft.discard(i)


def _desig(m: Mention) -> tuple:
    v = m.value
    return (v.get("number"), v.get("raw_echelon", v.get("echelon")), tuple(v.get("modifiers", ())), v.get("key")
            if v.get("number") is None else None)


_APPOSITION = re.compile(r"(?:陆军)?(?:大将|中将|少将|大佐|中佐|少佐|大尉|中尉|少尉|上将|上校|中校|少校)?[,，]"
                         r"|(?:陆军)?(?:大将|中将|少将|大佐|中佐|少佐|大尉|中尉|少尉|上将|上校|中校|少校)[(（]")
_UNIT_HEAD = re.compile(r"长[)）]")  # X大佐(第18师团第55联队长): the unit's echelon word and 长 make the title
# a branch word before a title (搜索联队长, 炮兵联队长): the head of an unnumbered unit, not of the last numbered one
_BRANCH_BEFORE_TITLE = re.compile(r"(?:搜索|炮兵|野炮|山炮|重炮|工兵|骑兵|辎重|战车|通信|铁道|警备|守备)$")
_TITLE_AT = re.compile(_TITLE_ALT)
# the man, then the verb of his command and 的 before his unit (X指挥的N旅, X和他率领的N师, X所统率的N军)
_LED_BY = re.compile(rf"{COMMAND_JOIN}(?:{LED_VERBS})的")
# whole armies a text says a party leader 领导 (led politically): X领导的八路军 makes X no commander of it
_LED_POLITICALLY = frozenset({"八路军", "新四军", "红军", "工农红军"})
# link_commands' per-person patterns, built once (they were re-escaped from TITLES for every person)
_APPOSITION_TAIL = re.compile(APPOSITION_AFTER_TITLE.pattern)
# a deputy named by his unit's post (32军副军长X, 副师长Y): the second man of that unit, who leads it beside its chief
# (the 团附 and the deputies of no echelon, 副司令, 副总司令, stay without a command)
_DEPUTY_OF_ECHELON = re.compile("(?:军|师|旅|团|营)长")
# the title right before the name, or before 的 and the name (时任第33集团军总司令的X: the post he then held)
_TITLE_ENDS = re.compile(r"(?P<title>" + _TITLE_ALT + r")(?:由|的)?[(（]?$")
_GARBLED_TITLE = re.compile(r"[\u4e00-\u9fff]长$")  # one character misread before 长 (师长 → 龙长)
_UNDER_TITLE = re.compile(r"在(?:" + _TITLE_ALT + r")$")  # 在司令员X指挥下: the title between 在 and the name
_TITLE_IN_CLAUSE = re.compile(r"[^,，。;；]{0,24}?(" + _TITLE_ALT + ")")


@dataclass(frozen=True)
class CommandLink:
    person: str
    unit_index: int
    start: int
    end: int


_OOB_GAP = re.compile(OOB_GAP)


def _oob_command(text: str, p: Mention, lines: list[tuple[int, int]], units: list[ResolvedUnit],
                 ends: list[int]) -> int | None:
    """In an order-of-battle line, the unit right before a name (only a title, a colon or a bracketed grade
    between) is the one he heads; a deputy's or chief of staff's title gives no command."""
    i = bisect_right(lines, (p.start, len(text) + 1)) - 1
    if i < 0 or not (lines[i][0] <= p.start < lines[i][1]):
        return None
    j = bisect_right(ends, p.start) - 1
    if j < 0 or units[j].mention.end < lines[i][0]:
        return None
    gap = text[units[j].mention.end:p.start]
    if not _OOB_GAP.fullmatch(gap.removeprefix("长")) or "副" in gap or "参谋" in gap:
        return None
    return j


# a man leading a count of a unit's parts (带着三个营, 率两个连): the unit of the echelon above them is his
_LEADS_PARTS = re.compile(r"(?:虽然|虽|只|仍|还|已|也)?(?:带着|带领|率领|统率|带了|率)[一二两三四五六七八九十0-9]{1,2}个?"
                          r"(?P<part>营|连|团)")
_WHOLE_OF_PARTS = {"营": ("团",), "连": ("营",), "团": ("旅", "师")}


# the forces named after the man at their head, his name the whole of what stands before (某某支队, 某某混成旅团)
_NAMED_AFTER_COMMANDER = frozenset(("支队", "混成旅团", "独立混成旅团", "旅团", "联队", "部队", "兵团"))


def link_commands(text: str, persons: list[Mention], units: list[ResolvedUnit],
                  sentences: list[tuple[int, int]]) -> list[CommandLink]:
    """Who commanded which unit: bracket notation, unit + title + name, name + 率/指挥 + units,
    name + unit, 以 name 为 … title. Deputy titles (副…) give no command."""
    out: list[CommandLink] = []
    starts = [u.mention.start for u in units]
    ends = [u.mention.end for u in units]
    by_start = {st: k for k, st in reversed(list(enumerate(starts)))}

    def units_after(pos: int) -> list[int]:
        """Indices of the units of a list starting at pos (第26、第79军及第194师)."""
        res = []
        for k in range(bisect_left(starts, pos), min(len(units), bisect_left(starts, pos) + 40)):
            u = units[k]
            gap = text[pos:u.mention.start]
            if res and gap == "" and (_RANK.get(units[res[-1]].echelon, 0) > _RANK.get(u.echelon, 0)
                                      or u.parent == res[-1]):
                res[-1] = k  # 率八路军115师, 率第一支队先遣支队: the part of that unit is what he led
                pos = u.mention.end
            elif gap.strip(" 、和及与,第") == "" or (not res and gap in ("", "其", "所部", "该", "的")) \
                    or (not res and _GAP_SIDE.get(gap, "?") in (u.side, None)):  # 率日军第1大队: the side word
                res.append(k)
                pos = u.mention.end
            else:
                break
        return res

    def unit_before(pos: int, echelon: str | None, sent_start: int, adjacent: bool) -> int | None:
        for k in range(bisect_right(ends, pos) + 8, -1, -1):
            if k >= len(units):
                continue
            u = units[k]
            if u.mention.end > pos:
                continue
            if u.mention.start < sent_start:
                return None
            if adjacent and text[u.mention.end:pos].strip("的之") != "":
                return None
            if echelon is None or u.echelon == echelon or u.echelon.startswith(echelon) \
                    or (echelon == "师" and u.echelon == "师团"):
                return k
            if adjacent:
                return None
        return None

    sent_starts = [s for s, _ in sentences]
    person_starts = sorted(p.start for p in persons)
    person_at = {p.start: p for p in persons}

    def _delayed_verb(pos: int) -> int | None:
        """End of a command verb whose subject is the name ending at pos: only a title and an adverbial
        (由/从 a place, 进驻 a place) stand between, no other unit or person, at most one comma right
        before the verb, and no verb that hands the command to another (命/令/派)."""
        m = _LATER_VERB.search(text, pos, pos + 20)
        if not m or m.start() == pos:
            return None
        gap = _LEAD_TITLE.sub("", text[pos:m.start()], count=1)
        if re.search(r"[。;；!?？！:：\n()（）的与和及被命令派请使、]", gap) or re.search(r"[,，].", gap):
            return None
        if not re.match(r"(?:由|从|自|亲|即|遂|乃|随即|立即)", gap) and not re.fullmatch(f"[{_HAN}]{{1,2}}", gap):
            return None  # a short adverbial only (见势率, 亲自率, 由修水率)
        if any(pos < st < m.start() for st in starts[bisect_left(starts, pos):bisect_left(starts, pos) + 1]) or \
                any(pos < st < m.start() for st in person_starts[bisect_left(person_starts, pos):bisect_left(person_starts, pos) + 1]):
            return None
        return m.end()

    def sentences_end(pos: int) -> int:
        i = bisect_right(sent_starts, pos) - 1
        return sentences[i][1] if i >= 0 else len(text)

    def sent_start_of(pos: int) -> int:
        i = bisect_right(sent_starts, pos) - 1
        return sent_starts[i] if i >= 0 else 0

    oob_lines = sorted([(m.start(), m.end()) for m in OOB_LINE.finditer(text)] + field_pair_spans(text))
    for p in persons:
        name = p.value["name"]
        s0 = sent_start_of(p.start)
        k = _oob_command(text, p, oob_lines, units, ends)
        if k is not None:  # 第70军 李觉 / 第33师团长(丙)樱井省三: an order-of-battle line
            out.append(CommandLink(name, k, p.start, p.end))
            continue
        j = bisect_right(starts, p.start) - 1
        if j >= 0 and units[j].mention.start < p.start and p.end < units[j].mention.end \
                and units[j].mention.value.get("commander") == name:  # 一〇二王某旅: the unit named by him too
            out.append(CommandLink(name, j, p.start, p.end))
            continue
        if j >= 0 and units[j].mention.start == p.start and units[j].number is None \
                and units[j].mention.text[len(name):] in _NAMED_AFTER_COMMANDER:
            out.append(CommandLink(name, j, p.start, p.end))  # 某某支队, 某某混成旅团: the force named after its commander
            continue
        shift = 0  # a description between the title and the name (团长、黄埔军校六期生X): the title is before it
        tail = next((x for x in _APPOSITION_TAIL.finditer(text, max(s0, p.start - 16), p.start) if x.end() == p.start), None)
        if tail:
            shift = len(tail.group(0))
        before = text[max(s0, p.start - shift - 12):p.start - shift]
        after = text[p.end:p.end + 12]
        # bracket: UNIT(NAME, …)
        br = _bracket_of(text, p.start)
        if br and (text[br[0] + 1:p.start].strip() in ("",) or _LEAD_TITLE.fullmatch(text[br[0] + 1:p.start])) \
                or (br and re.fullmatch(r"[\u4e00-\u9fff]{2,5}[、,，]", text[br[0] + 1:p.start])):  # 联队（队长X大佐）
            k = unit_before(br[0], None, s0, adjacent=True)
            if k is not None:
                out.append(CommandLink(name, k, p.start, p.end))
                rank = _RANK_AFTER.match(after)
                if not _COMMAND_VERB.match(after[rank.end() if rank else 0:]):
                    continue  # 支队（X大佐指挥的第55联队…）: the units he leads inside the bracket follow
        # UNIT + title + (NAME)
        t = _TITLE_ENDS.search(before)
        deputy = t is not None and (t.group("title").startswith("副") or before[-len(t.group(0)) - 1:][:1] == "副")
        if t and not t.group("title").endswith(("附", "主任")) \
                and (not deputy or _DEPUTY_OF_ECHELON.fullmatch(t.group("title").removeprefix("副"))):
            title = t.group("title")
            tpos = p.start - shift - len(t.group(0)) - (deputy and not title.startswith("副"))  # 副|旅长: from 副
            k = unit_before(tpos, None, s0, adjacent=True)
            if k is None:  # 第13联队长友成敏: the title shares its echelon word with the unit before it
                j = bisect_right(ends, p.start) - 1
                if j >= 0 and tpos < units[j].mention.end <= p.start and units[j].mention.start < tpos:
                    k = j
            if k is not None and _below(TITLE_ECHELON.get(title), units[k].echelon):
                # 第八路军师长X…,亲率一二零师: a division's commander in that army; he leads the unit of his
                # title's echelon he is said to lead in the sentence, not the army before his title
                k = _led_of_echelon(text, units, p.end, sentences_end(p.start), TITLE_ECHELON[title])
                if k is not None:
                    out.append(CommandLink(name, k, p.start, p.end))
                continue
            lead = _TITLE_LEAD.search(text, s0, tpos)
            if k is None and lead and lead.group(0) and "副" not in lead.group(0):
                k = unit_before(lead.start(), None, s0, adjacent=True)  # 第5军在军长杜聿明指挥下, 司令员兼政委
            branch = _BRANCH_BEFORE_TITLE.search(text, max(0, tpos - 3), tpos)  # 搜索联队长: an unnumbered unit's
            if k is None and TITLE_ECHELON.get(title) and not branch:
                k = unit_before(tpos, TITLE_ECHELON[title], s0, adjacent=False)
            if k is None and TITLE_ECHELON.get(title) and not branch and not any(s0 <= st < tpos for st in starts):
                # 军长杜聿明 in a sentence naming no unit: the unit of that echelon the paragraph spoke of last
                para = text.rfind("\n", 0, tpos) + 1
                k = unit_before(tpos, TITLE_ECHELON[title], max(para, tpos - 150), adjacent=False)
            if k is not None:
                out.append(CommandLink(name, k, p.start, p.end))
                continue
        # UNIT + a title OCR garbled (龙长 for 师长) + NAME + RANK: the rank after the name vouches for the title
        if t is None and _GARBLED_TITLE.search(before) and _RANK_AFTER.match(after):
            k = unit_before(p.start - shift - 2, None, s0, adjacent=True)
            if k is not None:
                out.append(CommandLink(name, k, p.start, p.end))
                continue
        # NAME(RANK), UNIT TITLE: an apposition (X大佐,步兵第120联队联队长 / X,第2大队大队长)
        ap = _APPOSITION.match(text, p.end)
        if ap:
            ks = units_after(ap.end())
            if ks:
                u = units[ks[-1]]
                tt = _TITLE_AT.match(text, u.mention.end) or (_UNIT_HEAD.match(text, u.mention.end)
                                                               if ap.group(0)[-1] in "(（" else None)
                ech = TITLE_ECHELON.get(tt.group(0)) if tt else None
                if tt and not tt.group(0).startswith("副") and (ech is None or u.echelon.startswith(ech)
                                                               or (ech == "师" and u.echelon == "师团")):
                    out.append(CommandLink(name, ks[-1], p.start, p.end))
                    continue
        # UNIT NAME 部 (第74军王耀武部: the troops of the unit under him)
        if (text.startswith("部", p.end) and not text.startswith(("部长", "部署", "部分", "部门", "部属"), p.end)) \
                or text.startswith("所部", p.end):  # 第二战区阎锡山所部
            k = unit_before(p.start, None, s0, adjacent=True)
            if k is not None:
                out.append(CommandLink(name, k, p.start, p.end))
                continue
        # UNIT 在 NAME (的) 指挥下 (八路军在X的指挥下,…): he commands the unit before 在
        if text.startswith("在", p.start - 1) and _LED_UNDER.match(after):
            hq = _HQ_BEFORE.search(text, max(s0, p.start - 5), p.start - 1)  # 八路军总部在X的指挥下: the unit's HQ
            k = unit_before(hq.start() if hq else p.start - 1, None, s0, adjacent=True)
            if k is not None:
                out.append(CommandLink(name, k, p.start, p.end))
                continue
        # 在 (TITLE) NAME (的) 指挥下, UNITS … (在X指挥下,第1、第2纵队及Y军区部队同时发起攻击): the frame opens the clause
        # and the units it leads are its subject, right after it
        if (text.startswith("在", p.start - 1) or _UNDER_TITLE.search(text, max(s0, p.start - 8), p.start)) \
                and (under := _LED_UNDER.match(after)) and "领导" not in under.group(0):  # 在X领导下: a party's lead
            ks = units_after(p.end + under.end() + (text[p.end + under.end():p.end + under.end() + 1] in ",，"))
            if ks:
                out += [CommandLink(name, k, p.start, p.end) for k in ks]
                continue
        # UNIT…,NAME 带着 N 个 PARTS (第三团吧,王某带着两个营): he leads the parts of the unit one echelon above them
        parts = _LEADS_PARTS.match(text, p.end)
        if parts:
            for echelon in _WHOLE_OF_PARTS[parts.group("part")]:
                k = unit_before(p.start, echelon, s0, adjacent=False)
                if k is not None:
                    out.append(CommandLink(name, k, p.start, p.end))
                    break
            else:
                k = None
            if k is not None:
                continue
        # NAME 率/指挥 UNITS, also with a title and an adverbial between (X副长官由修水率…, X由A进驻B,指挥…)
        rank = _RANK_AFTER.match(after)  # 川岛吉藏大佐指挥的…联队: the rank between the name and the verb
        skip = rank.end() if rank else 0
        cv = _COMMAND_VERB.match(after[skip:])
        comma = 0
        if cv is None and after[skip:skip + 1] in (",", "，") and after[skip:skip + 1]:
            cv = _COMMAND_VERB.match(after[skip + 1:])  # 开辟某区的X,率领Y游击队…: the subject, a comma, its verb
            comma = 1 if cv and cv.group(0)[:1] != "率" or cv and cv.group(0).startswith("率领") else 0
            cv = cv if comma else None
        verb_end = p.end + skip + comma + cv.end() if cv else None
        co = person_at.get(p.end + 1) if after[:1] in "、和与及" and after else None
        if cv is None and co is not None:
            cv = _LATER_VERB.match(text, co.end)  # X、Y指挥的第9战区: both command it
            verb_end = cv.end() if cv else None
        if verb_end is None:
            verb_end = _delayed_verb(p.end)
        if verb_end is not None:
            if cv and text.startswith("的", verb_end):
                verb_end += 1  # X指挥的第55联队: the unit he commanded
            led = units_after(verb_end)
            for k in led:
                out.append(CommandLink(name, k, p.start, p.end))
            if cv and not led and (verb_end >= len(text) or text[verb_end] in "。;；\n"):
                k = unit_before(p.start, None, s0, adjacent=False)  # 第33师团主力组成,X中将指挥。: the formation told before
                if k is not None:
                    out.append(CommandLink(name, k, p.start, p.end))
                    continue
            if cv:  # UNIT NAME 率/指挥 (第1战区卫立煌率…, 在第6方面军X指挥下): he commands the unit before him too
                k = unit_before(p.start, None, s0, adjacent=True)
                if k is not None and units[k].mention.end == p.start:
                    out.append(CommandLink(name, k, p.start, p.end))
                continue
        # UNIT NAME，以… (敌第11军园部和一郎，以第3师团…): the unit right before him is his
        if re.match(r"[，,]?(?:以|命|令|下令)", after):
            k = unit_before(p.start, None, s0, adjacent=True)
            if k is not None and units[k].mention.end == p.start:
                out.append(CommandLink(name, k, p.start, p.end))
                continue
        raised = _RAISES_FORCE.match(text, p.end)
        if raised and raised.end() in by_start:  # X在某乡组建起第N游击纵队: the founder leads the force he raised
            out.append(CommandLink(name, by_start[raised.end()], p.start, p.end))
            continue
        # NAME UNIT / NAME的UNIT / NAME将军UNIT
        k = next((by_start[st] for st in (p.end, p.end + 1, p.end + 2, p.end + 3) if st in by_start
                  and text[p.end:st] in ("", "的", "将军", "上将", "中将", "少将", "大将", "领导的")), None)
        if k is None and (led := _LED_BY.match(text, p.end)):
            k = by_start.get(led.end())  # X和他指挥的N旅, X所率领的N师: any verb of command between man and unit
        if k is not None and text[p.end:p.end + 3] == "领导的" and units[k].key in _LED_POLITICALLY:
            k = None  # 毛泽东领导的八路军: the party's leader, not the army's commander
        if k is None and name_style(name) == "JP":  # 某某的精锐第N师团: a modifier between 的 and the unit
            mod = re.match(rf"的{UNIT_MODIFIERS}", text[p.end:p.end + 3])
            k = by_start.get(p.end + mod.end()) if mod else None
        if k is not None:
            out.append(CommandLink(name, k, p.start, p.end))
            continue
        # 以NAME为(UNIT)TITLE / NAME任(UNIT)TITLE
        ap = _APPOINT.match(after[skip:])  # X中将为第7集团军总司令: the rank between the name and 为
        if ap:
            a0 = p.end + skip + ap.end()
            rest = text[a0:a0 + 28]
            ks = units_after(a0)
            tm = _TITLE_IN_CLAUSE.match(rest)
            title = tm.group(1) if tm else None
            if tm and (title.startswith("副") or "副" in tm.group(0)):
                title = _head_in_post_list(text, a0 + tm.end())  # 任X团副团长、团长: a later post of the list heads it
            if tm and title is not None:
                ech = TITLE_ECHELON.get(title)
                t0 = a0 + tm.start(1)
                inside = range(bisect_left(starts, a0), bisect_left(starts, t0))
                pick = next((k for k in reversed(inside) if ech and ends[k] <= t0
                             and (units[k].echelon == ech or units[k].echelon.startswith(ech))), None)
                t1 = a0 + tm.end(1)
                if pick is None and not ks and text.startswith("的", t1):  # 以X为军长的滇军第60军: the unit after 的
                    pick = next((k for k in reversed(units_after(t1 + 1)) if ech is None or units[k].echelon == ech
                                 or units[k].echelon.startswith(ech)), None)
                if pick is not None:  # 接任X旅团Y大队大队长: the unit of the title's echelon, last before it
                    out.append(CommandLink(name, pick, p.start, p.end))
                elif ks:
                    out.append(CommandLink(name, ks[0], p.start, p.end))
                else:
                    k = unit_before(p.start, TITLE_ECHELON.get(title), s0, adjacent=False)
                    if k is not None and not (TITLE_ECHELON.get(title) is None
                                              and text[units[k].mention.start - 1:units[k].mention.start] in "、和及与"
                                              and units[k].mention.start > 0):
                        # (X缩编为A、B、C支队,由Y任总指挥: a post of no echelon heads the whole, not the list's last)
                        out.append(CommandLink(name, k, p.start, p.end))
    out += _elided_appointments(text, persons, units, sentences, out, units_after)
    out += _clause_appointments(text, persons, units, out, units_after)
    out += _sole_unit_of_title(text, persons, units, out)
    out += _paired_leaders(text, persons, out)
    return out


# the second head of a unit named after the first with his own post (X师师长甲、政治委员乙): its political commissar
# (another commander's post there may be of another unit: 军长甲、师长乙)
_PAIRED_TITLE = re.compile(r"[、和及与]\s*(?:政治委员|政委)$")


def _paired_leaders(text: str, persons: list[Mention], out: list[CommandLink]) -> list[CommandLink]:
    """A man named right after another man who heads a unit by his post, joined by 、/和 and with a post of his own
    (第N师代师长甲、政治委员乙决定…): the unit's two heads, the second leads the unit the first does."""
    by_end = {c.end: c for c in out}
    have = {(c.person, c.unit_index) for c in out}
    extra: list[CommandLink] = []
    for p in persons:
        t = _PAIRED_TITLE.search(text, max(0, p.start - 8), p.start)
        if t is None:
            continue
        first = by_end.get(t.start())
        if first is None or first.person == p.value["name"] or (p.value["name"], first.unit_index) in have:
            continue
        extra.append(CommandLink(p.value["name"], first.unit_index, p.start, p.end))
        have.add((p.value["name"], first.unit_index))
    return extra


def _sole_unit_of_title(text: str, persons: list[Mention], units: list[ResolvedUnit],
                        links: list[CommandLink]) -> list[CommandLink]:
    """NAME + TITLE (欧阳团长, 李营长) with no unit beside it, where the whole text names one unit of the title's
    echelon only: a story or memoir calls its hero by his post and names his regiment once, elsewhere; the one
    regiment it names is his. No deputy (副团长), no title of any echelon, no person already linked."""
    linked = {c.person for c in links}
    out: list[CommandLink] = []
    for p in persons:
        name = p.value["name"]
        if name in linked:
            continue
        t = _TITLE_AT.match(text, p.end)
        ech = TITLE_ECHELON.get(t.group(0)) if t else None
        if ech is None:
            continue
        fit = {u.key: k for k, u in enumerate(units) if u.echelon == ech}
        if len(fit) == 1:
            out.append(CommandLink(name, next(iter(fit.values())), p.start, p.end))
            linked.add(name)
    return out


_APPOINT_VERB = re.compile(r"(?:升任|调任|改任|接任|兼任|担任|出任|任)")
_TITLE_WORD = re.compile("副?(?:" + "|".join(sorted(map(re.escape, TITLE_ECHELON), key=len, reverse=True)) + ")")


def _head_in_post_list(text: str, pos: int) -> str | None:
    """The first post that is no deputy's in a list of posts going on at pos (任X团副团长、团长兼政治委员: after
    副团长, 团长): a man promoted within the unit heads it. None when the list holds deputies only."""
    while text[pos:pos + 1] in ("、", "和", "及", "兼") and pos < len(text):
        t = _TITLE_WORD.match(text, pos + 1)
        if t is None:
            return None
        if not t.group(0).startswith("副"):
            return t.group(0)
        pos = t.end()
    return None


def _elided_appointments(text: str, persons: list[Mention], units: list[ResolvedUnit],
                         sentences: list[tuple[int, int]], links: list[CommandLink], units_after) -> list[CommandLink]:
    """(起)任 UNIT TITLE in a sentence that names nobody (1938年4月起任X旅副旅长、旅长): a biography leaves its
    subject out, and the subject is the last person named before who commands a unit; where nobody does, the one
    person whose life's dates the text gives (X(1890年—1950年): a biography's or an encyclopedia entry's subject). A
    title list (副旅长、旅长) gives the command when one of its titles is no deputy's and fits the unit's echelon."""
    commanders = {c.person for c in links}
    if not commanders:
        lives = {p.value["name"] for p in persons if p.value.get("how") == "lifespan"}
        commanders = lives if len(lives) == 1 else commanders
    named = sorted((p for p in persons if p.value["name"] in commanders), key=lambda p: p.start)
    if not named:
        return []
    starts = [p.start for p in named]
    person_starts = sorted(p.start for p in persons)
    out: list[CommandLink] = []
    for s, e in sentences:
        if bisect_left(person_starts, s) < len(person_starts) and person_starts[bisect_left(person_starts, s)] < e:
            continue
        i = bisect_right(starts, s) - 1
        if i < 0:
            continue
        for m in _APPOINT_VERB.finditer(text, s, e):
            ks = units_after(m.end())
            if not ks:
                continue
            u = units[ks[-1]]
            pos, titles = u.mention.end, []
            while (t := _TITLE_WORD.match(text, pos)) and pos < e:
                titles.append(t.group(0))
                pos = t.end() + (1 if text[t.end():t.end() + 1] in "、和及兼" else 0)
            if any(not t.startswith("副") and (TITLE_ECHELON.get(t) is None or u.echelon.startswith(TITLE_ECHELON[t]))
                   for t in titles):
                p = named[i]
                out.append(CommandLink(p.value["name"], ks[-1], p.start, p.end))
    return out


# a promotion or a posting later in the clause its man opens (X在某战中因功升A团团长, X于1938年调任B师师长)
_RISE_VERB = re.compile(r"晋升为?|升任|调任|改任|接任|出任|担任|升为?|任")
_CLAUSE_STOP = re.compile(r"[，,。；;！!？?\n:：]")


def _clause_appointments(text: str, persons: list[Mention], units: list[ResolvedUnit], links: list[CommandLink],
                         units_after) -> list[CommandLink]:
    """A man who opens a clause and is said, further in it, to rise to or take a post (X在1933年因功升A师B团团长): the
    post's unit is his, when nothing stands between but adverbials (no other person, no unit) and a title of the
    list after the unit is no deputy's and fits its echelon (副团长、团长)."""
    linked = {c.start for c in links}
    have = {(c.person, c.unit_index) for c in links}
    starts = [u.mention.start for u in units]
    person_starts = sorted(p.start for p in persons)
    out: list[CommandLink] = []
    for p in persons:
        if p.start in linked:
            continue
        stop = _CLAUSE_STOP.search(text, p.end, p.end + 40)
        end = stop.start() if stop else min(len(text), p.end + 40)
        v = _RISE_VERB.search(text, p.end, end)
        if v is None or v.start() == p.end:
            continue  # X任A团团长 right after the name: read by link_commands
        if bisect_left(starts, p.end) < len(starts) and starts[bisect_left(starts, p.end)] < v.start():
            continue  # a unit between: the clause speaks of it, not of his post
        i = bisect_right(person_starts, p.start)
        if i < len(person_starts) and person_starts[i] < v.start():
            continue
        ks = units_after(v.end())
        if not ks:
            continue
        u = units[ks[-1]]
        pos, titles = u.mention.end, []
        while (t := _TITLE_WORD.match(text, pos)) and pos < end + 12:
            titles.append(t.group(0))
            pos = t.end() + (1 if text[t.end():t.end() + 1] in "、和及兼" else 0)
        if any(not t.startswith("副") and (TITLE_ECHELON.get(t) is None or u.echelon.startswith(TITLE_ECHELON[t]))
               for t in titles) and (p.value["name"], ks[-1]) not in have:
            have.add((p.value["name"], ks[-1]))
            out.append(CommandLink(p.value["name"], ks[-1], p.start, p.end))
    return out


def trim_names(persons: list[Mention]) -> list[Mention]:
    """A found 'name' that is a known Chinese name plus one or two characters (郝梦龄见势 before 率, with
    郝梦龄 known) is that name: the rest is the verb phrase after it."""
    names = {p.value["name"] for p in persons}
    out: list[Mention] = []
    for p in persons:
        name = p.value["name"]
        short = next((m for m in names if 3 <= len(m) < len(name) <= len(m) + 2 and name.startswith(m)
                      and name_style(m) == "CN"), None)
        if short and p.text == name:
            p = Mention(p.kind, p.start, p.start + len(short), short, {**p.value, "name": short})
        out.append(p)
    return out


def person_side(name: str, commanded_sides: list[str | None]) -> str | None:
    sides = {s for s in commanded_sides if s}
    if len(sides) == 1:
        return next(iter(sides))
    return name_style(name)


def sides_from_commanders(units: list[ResolvedUnit], links: list[CommandLink]) -> None:
    """A unit without a side, or with one only guessed from context, takes its commander's (a Chinese or
    Japanese name: 阿南惟几接任第11军司令官), and so do the other such mentions of the same designation."""
    def desig(u: ResolvedUnit) -> tuple:
        return (u.number, u.mention.value.get("raw_echelon", u.echelon), u.modifiers, u.key if u.number is None else None)
    decided: dict[tuple, str] = {}
    for c in links:
        u = units[c.unit_index]
        style = name_style(c.person)
        if style and (u.side is None or (u.weak and u.echelon in ("军", "方面军"))):
            decided.setdefault(desig(u), style)
    for u in units:
        side = decided.get(desig(u))
        if side and (u.side is None or u.weak) and side != u.side:
            u.side = side
            if u.number is not None:
                u.key, u.echelon = canonical(u.number, u.mention.value.get("raw_echelon", u.echelon), u.modifiers, side)


# what joins the units one order employs: a list's marks, 会同 / 连同 / 偕同 ("together with": 令A会同B进击)
_JOINED = r"[、和及与]|会同|连同|偕同"
# PERSON (急)令 UNITS: a commander orders units of his own side (罗卓英急令第32军由…退守南昌)
_ORDERS = re.compile(r"(?:急|即|遂|乃|立即|随即|当即|又|再|亦)?(?:利用|动用|调集|调动|命令|电令|严令|饬令|急令|下令|令|命|调)")
# PERSON (rank) 率 UNIT: a commander leads units of his own side (水原义重少将率第31营)
_LEADS = re.compile(r"(?:陆军)?(?:大将|中将|少将|大佐|中佐|少佐|上将|上校|中校|少校)?(?:亲自)?(?:亲率|率领|率)")
# PERSON 为/被 UNIT (所)击毙: the unit that killed or captured a person is of the other side
_KILLED_BY = re.compile(r"(?:大将|中将|少将|大佐|中佐|少佐|大尉|中尉|少尉|上将|上校|中校|少校)?(?:为|被|遭)")
_KILL_VERB = re.compile(r"(?:所|部)?(?:击毙|打死|击伤|击杀|射杀|狙杀|击落|俘虏|俘获|生俘|毙伤)")


def sides_from_persons(text: str, persons: list[Mention], units: list[ResolvedUnit]) -> None:
    """A unit without a side takes one from a person the sentence links it to: the side of the commander
    who orders it (X急令第32军), the other side of the person it killed (X为第62军所击毙); the person's side
    is the style of the name. Other mentions of that designation without a side follow."""
    starts = [u.mention.start for u in units]
    mentions = [u.mention for u in units]

    def desig(u: ResolvedUnit) -> tuple:
        return (u.number, u.mention.value.get("raw_echelon", u.echelon), u.modifiers, u.key if u.number is None else None)

    decided: dict[tuple, str] = {}
    for p in persons:
        style = name_style(p.value["name"])
        if style is None:
            continue
        other = "CN" if style == "JP" else "JP"
        for rel, side in ((_ORDERS, style), (_KILLED_BY, other), (_LEADS, style)):
            r = rel.match(text, p.end)
            if not r:
                continue
            k = bisect_left(starts, r.end())
            if k >= len(units) or units[k].mention.start != r.end():
                continue
            if rel is _KILLED_BY and not _KILL_VERB.match(text, units[k].mention.end):
                continue
            for u in units[k:_list_end(text, mentions, k, _JOINED) + 1]:  # the whole list: 令第8、第73军, A会同B
                if u.side is None or rel is _LEADS and _only_echelon_side(u) and u.side != side \
                        or rel is not _KILLED_BY and _only_company_side(u) and u.side != side:
                    decided.setdefault(desig(u), side)
    for u in units:
        side = decided.get(desig(u))
        if side and (u.side is None or _only_echelon_side(u) or _only_company_side(u)):
            u.side = side
            if u.number is not None:
                u.key, u.echelon = canonical(u.number, u.mention.value.get("raw_echelon", u.echelon), u.modifiers, side)


def _only_company_side(u: ResolvedUnit) -> bool:
    """The unit's side comes from nothing but its echelon word 中队/大队/小队: Japanese words, yet the Chinese county
    and guerrilla forces are made of such companies too (甲立即命令第一中队: his own company)."""
    v = u.mention.value
    return u.side is not None and not v.get("cue") and v.get("implied") == u.side \
        and v.get("raw_echelon") in ("中队", "大队", "小队") and not u.modifiers


def _only_echelon_side(u: ResolvedUnit) -> bool:
    """The unit's side comes from nothing but its echelon word: 师/旅/团/营 are Chinese words, yet Chinese texts
    write Japanese divisions, brigades and battalions so (水原义重率第31营)."""
    v = u.mention.value
    return u.side is not None and not v.get("cue") and v.get("implied") == u.side \
        and v.get("raw_echelon") in ("师", "旅", "团", "营") and not set(u.modifiers) & _CN_MODS


# a biography's subject: the name that opens a gloss or a life with the courtesy name (X:字Y, X,字Y,号Z)
SUBJECT_HEAD = re.compile(r"\s*[:：,，]?\s*(?:字|号|原名|又名)[\u4e00-\u9fff]")
def life_subject(text: str, p: Mention) -> bool:
    """p names the man whose life the text tells: the name before his courtesy name (X:字Y), or one read as a life's
    subject (X,某县人 / X,1905年生 / X(1896—1938), see find_persons)."""
    return bool(SUBJECT_HEAD.match(text, p.end)) or p.value.get("how") in ("life", "lifespan")


# a post taken with the subject left out (一九三九年任国民党军第N师师长, 升任第N军军长): the unit, then its head's title
_POST_TAKEN = re.compile(r"(?<![^,，。；;年月\s])(?:升任|调任|任)")
_HEAD_TITLE = re.compile(r"(?:军|师|旅|团)长")


def subject_posts(text: str, persons: list[Mention], units: list[ResolvedUnit],
                  sentences: list[tuple[int, int]]) -> list[CommandLink]:
    """The commands of a biography's subject (the name before 字/号 that opens the life) told with the subject left
    out: in a sentence that names no person, 任 + the unit + its head's title of the unit's echelon (任第N师师长)."""
    subjects = [p for p in persons if life_subject(text, p)]
    if len(subjects) != 1 and len({p.value["name"] for p in subjects}) != 1:
        return []
    who = subjects[0].value["name"]
    out: list[CommandLink] = []
    for s, e in sentences:
        if s < subjects[0].start or any(s <= p.start < e for p in persons):
            continue
        for t in _POST_TAKEN.finditer(text, s, e):
            for k, u in enumerate(units):
                if not t.end() <= u.mention.start <= t.end() + 8 or re.search(r"[,，。；;]", text[t.end():u.mention.start]):
                    continue
                title = _HEAD_TITLE.match(text, u.mention.end)
                if title and title.group(0)[0] == u.echelon[0] and u.echelon in ("军", "师", "旅", "团"):
                    out.append(CommandLink(who, k, u.mention.start, u.mention.end))
                    break
    return out
