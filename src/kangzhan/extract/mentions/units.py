"""Unit mentions of both sides: numbered designations (第11军, 十一军, 第9战区, 独立混成第14旅团 …),
coordinated lists (第4、第20军 → two units) and a small lexicon of named units.

Each Mention(kind="unit") carries in `value`: key (canonical label, 第 + Arabic numeral + echelon,
type modifiers in front), echelon, number, modifiers, cue (the side a nearby word gives: 日军/敌 → JP,
我军/国军/守军 → CN), implied (the side the echelon word implies: 师团 → JP, 集团军 → CN), group (an id
shared by the members of one coordinated list) and alts (other surface forms).
"""

from __future__ import annotations

import re
from functools import lru_cache

from kangzhan.extract.lexicons import common_words, is_toponym, railways
from kangzhan.extract.mentions.base import Mention
from kangzhan.extract.mentions.lexdata import LEAD_VERBS, cn_surnames
from kangzhan.extract.mentions.lexdata import named_units as load_named_units
from kangzhan.extract.mentions.scan import han_run_finditer, near_anchor_finditer

CN_NUM = "〇○零一二两三四五六七八九十百"
NUM = rf"[0-9{CN_NUM}]+"
_DIG = {c: i for i, c in enumerate("〇一二三四五六七八九")} | {"零": 0, "两": 2, "○": 0}

# echelon words, longest first; the second field is the side the word implies (None: either side)
ECHELONS: list[tuple[str, str | None]] = [
    ("飞行集团", "JP"), ("飞行师团", "JP"), ("飞行团", "JP"), ("方面军", None), ("派遣军", "JP"), ("军分区", "CN"), ("集团军", "CN"), ("炮艇队", "JP"),
    ("挺进纵队", "CN"), ("挺进军", "CN"), ("步兵团", "JP"), ("纵队", "CN"), ("战区", "CN"), ("路军", "CN"),
    ("兵团", "CN"), ("军团", "CN"), ("师团", "JP"), ("旅团", "JP"), ("联队", "JP"), ("大队", "JP"), ("中队", "JP"),
    ("支队", None), ("舰队", "JP"), ("战队", "JP"), ("集团", "CN"), ("军", None), ("师", "CN"),
    ("旅", "CN"), ("团", "CN"), ("营", "CN"), ("连", "CN"),
]
ECHELON_SIDE = dict(ECHELONS)
_ECH_RE = "|".join(re.escape(e) for e, _ in ECHELONS)

# type modifiers written before the number; value = canonical form
PRE_MODS = {
    "独立野战重炮兵": "独立野战重炮兵", "野战重炮兵": "野战重炮兵", "独立混成": "独立混成", "独立步兵": "独立", "辎重兵": "辎重兵",
    "山炮兵": "山炮兵", "野炮兵": "野炮兵", "工兵": "工兵", "骑兵": "骑兵", "炮兵": "炮兵", "步兵": "步兵",
    "战车": "战车", "坦克": "坦克", "近卫": "近卫", "荣誉": "荣誉", "新编": "新编", "暂编": "暂编", "预备": "预备",
    "独立": "独立", "混成": "混成", "新": "新编", "暂": "暂编", "预": "预备",
    "骑": "骑兵", "荣": "荣誉",  # 骑9师 = 骑兵第9师, 荣1师 = 荣誉第1师: the abbreviations as 新/暂/预
}
_PRE_RE = "|".join(sorted(PRE_MODS, key=len, reverse=True))
POST_MODS = {"独立混成": "独立混成", "混成": "混成", "独立": "独立", "骑兵": "骑兵", "野炮兵": "野炮兵", "山炮兵": "山炮兵",
             "工兵": "工兵", "辎重兵": "辎重兵", "装甲": "装甲"}  # 第55骑兵联队 = 骑兵第55联队
BRANCH = ("陆军航空兵", "海军航空兵", "海军", "陆军")  # dropped from the key, kept as altLabel

_ITEM = rf"(?:(?:{_PRE_RE}))?第?{NUM}"
# list separators: 、和及与, and a comma between two ordinals (独立第65,第95大队 — a comma typed for 、)
_SEP = rf"(?:[、和及与]|(?<=[0-9{CN_NUM}])[,，](?=(?:{_PRE_RE})?第))"
# every unit match opens with a branch, a modifier, 第 or a numeral: the lookahead on those first characters
# rejects the other positions at once instead of trying each alternative there (same matches)
_UNIT_FIRST = "".join(sorted({b[0] for b in BRANCH} | {p[0] for p in PRE_MODS} | set("第0123456789" + CN_NUM)))
_UNIT_RE = re.compile(
    rf"(?=[{_UNIT_FIRST}])(?P<branch>{'|'.join(BRANCH)})?(?P<list>(?:{_ITEM}{_SEP})+)?(?P<pre>{_PRE_RE})?(?P<di>第)?(?P<num>{NUM})"
    rf"(?(list)(?P<cnt>[{CN_NUM}]?个|各|等)?)"  # after a list only: 第5、第6两个师, 十三、十六各师团 (a count word),
    # 第3、第13等师团 (the list closed by 等 before the echelon all its items share)
    rf"(?P<post>独立混成|混成|独立|骑兵|野炮兵|山炮兵|工兵|辎重兵|装甲)?(?P<ech>{_ECH_RE})"
    r"(?!管区)"  # 伪军第四军管区: a military district of 满洲国 (its 教导队 is the force), no army
    r"(?!(?<=师)范(?:学校|学院|大学|学堂|毕业|讲习))"  # 第七师范学校: a normal school, no division (第七师范某某部 is one)
)
_COUNT_DIGITS = "两二三四五六七八九"
_ITEM_RE = re.compile(rf"(?P<pre>{_PRE_RE})?(?P<di>第)?(?P<num>{NUM})[、和及与,，]")  # inside a matched list

# cue words right before a unit (within a few characters)
# the states themselves, as an encyclopedia card prints them before each unit line (flag + 中华民国 第8军)
JP_CUES = ("日本", "日军", "日寇", "敌军", "敌人", "侵华日军", "日方", "敌", "日", "倭寇", "皇军", "大日本帝国", "日本帝国")
# the Chinese armies as wartime writing names them: by the government (重庆军, 蒋军 and 支那军 in Japanese
# accounts and their translations) or by the province a force came from (川军, 滇军, 桂军 …, 西北军, 东北军)
CN_CUES = ("中国军队", "国民革命军", "国民党军", "国民党", "我国", "中国", "国军", "我军", "守军", "华军", "中央军", "我",
           "中国军", "重庆军", "蒋军", "支那军", "川军", "滇军", "桂军", "粤军", "湘军", "晋军", "黔军", "西北军", "东北军", "晋绥军",
           "中华民国")
# 中华民国 第8军: a card's state label stands a space apart from the unit
_CUE_RE = re.compile(
    "(?P<cue>" + "|".join(sorted(JP_CUES + CN_CUES, key=len, reverse=True)) + r")(?:[之的方以将]|方面|(?<=国)[ \t\u3000]+)?$"
)
# the forces of the Allies (英缅第1师, 美军第5307团, 苏军第39集团军; other states' too: 德军) and of the
# collaborationist regimes, which fought with the Japanese (汪伪第2师, 伪满洲国军第7旅, 伪江苏省保安第9旅,
# 皇协军第3团, 伪满第7旅): a designation glued to such a name is no Chinese unit. Source: general history (the Allied armies in Burma and Manchuria; the puppet armies of 伪满洲国,
# 汪精卫's 南京国民政府 and the 华北 regime: zh.wikipedia 汪精卫政权, 伪满洲国军, 华北治安军, 皇协军).
# The name stays in the unit's label (the gold writes 英缅第1师): 英缅第1师 is not the Chinese 第1师.
_ALLIED_PREFIX = re.compile(r"(?:英缅|英印|英军|英国|美军|美国|苏联红军|苏蒙联军|苏军|苏联|盟军|德军|德国|法军|法国|意军"
                            r"|(?<![\u4e00-\u9fff])[英美])"
                            r"(?:陆军|空军|海军|远东)?$")
_PUPPET_PREFIX = re.compile(r"(?:(?:汪伪|伪)(?:[\u4e00-\u9fff]{0,5}?(?:国军|治安军|保安|警备|绥靖|军))?|伪满(?:洲国?)?|皇协军|皇协"
                            r"|(?<![\u4e00-\u9fff])(?:和平|治安|绥靖)军)$")  # 和平军第1师: the Wang regime's army by its own name
# a numbered unit written after the puppet formation it belongs to (伪警卫师第七团, 伪保安团第二营): the puppet's
# side, with the designation of its own (the sub-unit is keyed by its number, as 新四军第一师 is)
_PUPPET_PARENT = re.compile(r"伪[^\W\d我敌该其各本每此这那全一二三四五六七八九十两几数个部向在从到对与和及被把将为了的之所]{1,6}?"
                            r"(?:师|旅|团|支队|纵队|总队|大队)(?:之|的|所属)?$")


# the 东北抗日联军 (抗联) numbered its own armies and 路军 (抗联一军, 东北抗联第三路军): no NRA 第N军, so its name
# stays in the key, one short form for its three spellings (抗联第1军); the text's form is kept as altLabel
_KANGLIAN_PREFIX = re.compile(r"(?:东北抗日联军|东北抗联|抗联)$")


def force_prefix(text: str, pos: int) -> tuple[int, str] | None:
    """(start, side) of an Allied (OTHER) or puppet (JP) force name written right before pos, None if none."""
    window = text[max(0, pos - 8):pos]
    for pattern, side in ((_ALLIED_PREFIX, "OTHER"), (_PUPPET_PREFIX, "JP")):
        m = pattern.search(window)
        if m:
            return pos - len(window) + m.start(), side
    return None


# a province's or county's security forces (保安团/旅, under the provincial government, not the army's numbering):
# 江苏省保安第9旅, 河北保安第一团 are no army 第9旅; the place and 保安 stay in the key (as a force name does)
_SECURITY_PREFIX = re.compile(r"(?P<place>[\u4e00-\u9fff]{2,4}?)(?:省|县)?保安$")


def security_prefix(text: str, pos: int) -> int | None:
    """Start of a place's 保安 written right before pos (江苏省保安|第9旅), None if none."""
    m = _SECURITY_PREFIX.search(text, max(0, pos - 7), pos)
    if not m:
        return None
    place = m.group("place")
    start = next((m.start() + i for i in range(len(place) - 1) if is_toponym(place[i:]) or is_toponym(place[i:] + "省")), None)
    return start


# the echelons of guerrilla and local forces, numbered within a county's or a larger force's own (黄县二支队, 三军三大队)
_LOCAL_ECHELONS = ("支队", "大队", "中队")


def county_prefix(text: str, pos: int, ech: str) -> int | None:
    """Start of a county written right before a local force's numbered echelon at pos (黄县|二支队, 招远县|第三大队):
    the county's own force, numbered apart from any army's (its name stays in the key, as a province's 保安 does).
    The county must be a known toponym (not 全县, 该县, 和黄县 read whole)."""
    if ech not in _LOCAL_ECHELONS or pos < 2 or text[pos - 1] != "县":
        return None
    return next((pos - k for k in (4, 3, 2) if pos >= k and is_toponym(text[pos - k:pos])), None)


# a garrison formation with no number of its own (独立守备队, 铁道守备队, 警备队), then its numbered part
# (独立守备队第二大队): 第二大队 alone is no designation; the formation's name stays in the key, as a force's does
_GARRISON_PREFIX = re.compile(r"(?:独立|铁道|铁路|国境|宪兵|海军)?(?:守备|警备)队$")


def garrison_prefix(text: str, pos: int) -> int | None:
    """Start of an unnumbered garrison formation written right before pos (独立守备队|第2大队), None if none."""
    m = _GARRISON_PREFIX.search(text, max(0, pos - 7), pos)
    return m.start() if m else None


_NAMED_SUFFIX = re.compile(r"([\u4e00-\u9fff]{2,4}?)(派遣军|方面军|派遣兵团|驻屯军|混成旅团|支队|军区|纵队|野战军)")
# the suffixes as anchors: an occurrence finditer skips overlaps one it reports, which starts earlier in the same run
_NAMED_SUFFIX_AT = re.compile("派遣军|方面军|派遣兵团|驻屯军|混成旅团|支队|军区|纵队|野战军")
# one-character abbreviations (简称) of China's provinces, with the Republican-era 察哈尔/绥远/热河/西康; source:
# the official short names of provincial divisions (GB/T 2260 annex, zh.wikipedia 中国省级行政区简称) — general knowledge
PROVINCE_ABBR = "京津沪渝冀晋辽吉黑苏浙皖闽赣鲁豫鄂湘粤琼川黔滇陕甘青桂蒙宁新藏察绥热康"
# a unit named after the provinces of its border region: 湘鄂赣边区挺进军, 苏鲁战区, 冀察游击军 (Chinese formations)
# (?<![P])(?P<region>[P]…) with the lookbehind after the first character (the same test of the one before): the
# pattern opens with a class, which re scans for in C
_REGION_UNIT = re.compile(rf"(?P<region>[{PROVINCE_ABBR}](?<![{PROVINCE_ABBR}][{PROVINCE_ABBR}])(?:[、,，]?[{PROVINCE_ABBR}]){{1,3}})"
                          r"(?P<edge>边区)?(?P<ech>挺进军|挺进纵队|游击纵队|游击军|游击总队|战区)")
# a numbered guerrilla zone's command (广东第一游击区司令部, 第三战区第二游击区): a Chinese formation of its own, no echelon
# of an army's numbering, so its key is the designation as written (第一游击区)
_ZONE_UNIT = re.compile(rf"第[{CN_NUM}0-9]{{1,3}}游击区")
# a numbered guerrilla formation (第三游击纵队, 第5游击支队, 第二游击大队): the guerrilla word sits between the number
# and the echelon, no army's numbering reads it, so its key is the designation as written; Chinese (the Japanese
# raised no 游击 formations)
_GUERRILLA_NUMBERED = re.compile(rf"第[{CN_NUM}0-9]{{1,3}}游击(?:纵队|支队|大队|总队)")
# the volunteer and irregular formations of the 1930s were named by their cause or by their province, with one
# of a few force words (抗日同盟军, 东北义勇军, 察哈尔自卫军, 民众抗日救国军): Chinese formations
_CAUSE = r"(?:民众|人民|国民)?(?:抗日)?(?:救国)?"
_FORCE_RE = re.compile(rf"(?P<pre>[\u4e00-\u9fff]{{0,4}}?)(?P<cause>{_CAUSE})(?P<ech>同盟军|义勇军|救国军|自卫军)")
_FORCE_WORD = re.compile("同盟军|义勇军|救国军|自卫军")
_FORCE_REACH = 10  # the force word starts at most 4 (pre) + 6 (cause) characters after a match's start
# 大队/中队 are Japanese echelons (battalions of a 联队), but the guerrilla and base-area forces numbered their own
# battalions so too: written right after the force they belong to, they are Chinese (not after a bare 支队: the
# Japanese detachments had battalions too, 保障支队第N大队)
# (and the Chinese air force numbered its groups 大队 too: 中国空军第4大队, 我空军四大队; not 日本空军)
# (a county's or district's own forces too: 县基干队第三大队, 县大队第二中队, 游击大队第一中队, 武工队, 区小队)
_OWN_FORCE_BEFORE = re.compile(r"(?:游击队|游击总队|游击大队|总队|我支队|纵队|边区|军分区|分区|自卫团|自卫队|八路军|新四军|抗联"
                               r"|基干队|基干团|基干营|县大队|区队|区小队|武工队|民兵队|独立营|独立团"
                               r"|(?<![日敌])(?<!日本)空[军軍])$")
_NAMED_STOP = ("先遣", "右翼", "左翼", "挺进", "游击", "一个", "两个", "该", "各", "其", "保障", "掩护", "追击",
               "突击", "增援", "机动", "预备", "主力", "警备", "守备", "别动", "快速", "混成", "独立", "骑兵", "步兵")
_NOT_BEFORE_BARE = set("从到至达共约有余计扩增减近超过每")
_NOT_AFTER = set("个余多万千百")


def cn_int(s: str) -> int | None:
    """'11' / '十一' / '一一' / '一百零五' → int; None when not a numeral."""
    if s.isdigit():
        return int(s)
    if all(c in _DIG for c in s):
        return int("".join(str(_DIG[c]) for c in s))
    total, cur = 0, 0
    for c in s:
        if c in _DIG:
            cur = _DIG[c]
        elif c == "十":
            total += (cur or 1) * 10
            cur = 0
        elif c == "百":
            total += (cur or 1) * 100
            cur = 0
        else:
            return None
    return total + cur


def canonical(number: int, echelon: str, mods: tuple[str, ...], side: str | None = None) -> tuple[str, str]:
    """(key, echelon) in canonical form: mods + 第 + Arabic numeral + echelon (师 → 师团 when Japanese)."""
    ech = echelon
    if ech == "集团":
        ech = "集团军"
    if side == "JP":
        ech = {"师": "师团", "旅": "旅团", "团": "联队"}.get(ech, ech)
    return "".join(mods) + f"第{number}{ech}", ech


def cue_before(text: str, pos: int, window: int = 6) -> str | None:
    """The side named right before pos (日军第6师团 → JP, 守军第52军 → CN)."""
    m = _CUE_RE.search(text[max(0, pos - window):pos])
    if not m:
        return None
    cue = m.group("cue")
    if cue in ("日", "我", "中国", "敌"):  # one-character cues only when glued to the unit
        before = text[max(0, pos - window):pos]
        if not before.endswith(cue) and not before.endswith(cue + "方") and not before.endswith(cue + "之"):
            return None
        if cue == "日" and pos - 2 >= 0 and text[pos - 2] in "0123456789一二三四五六七八九十":
            return None  # 13日第6师团: a date, not 日军
    return "JP" if cue in JP_CUES else "CN"


@lru_cache(maxsize=256)  # a handful of (pre, post) pairs, asked once per unit mention
def _mods(pre: str | None, post: str | None) -> tuple[str, ...]:
    out = []
    if pre:
        out.append(PRE_MODS[pre])
    if post and POST_MODS[post] not in out:
        out.append(POST_MODS[post])
    if out == ["步兵"]:
        return ()
    return tuple(o for o in out if o != "步兵")


_ABBREV_MODS = ("新", "暂", "预", "新编", "暂编", "预备")
# the arm's or the title's one character glued to a bare numeral (骑五军, 荣三师): a short designation, not a count (a
# count is written 两个骑兵军); the unit is named as the text writes it, the short form being its name in that text
_SHORT_PRE = ("骑", "荣")


# what follows a one-character numbered unit that makes it a designation, not a count: its own leader's title
# (三团团长, 二旅政委) or one of its own numbered parts (一团七连, 三旅二团): a count is written 三个团
_OWN_AFTER = re.compile(rf"(?P<lead>(?P<lw>支队|大队|中队|[军师旅团营连])(?:长|政委|参谋长))"
                        rf"|[{CN_NUM}]{{1,2}}(?P<part>支队|大队|中队|[师旅团营连排班])(?!长)")


def _valid_bare(text: str, start: int, num: str, end: int | None = None, ech: str | None = None) -> bool:
    """A number without 第 is a unit only in unit-like contexts (not 16师扩张到22师, not 一师兵力)."""
    prev = text[start - 1] if start > 0 else ""
    if not num.isdigit() and len(num) < 2:  # 新四军一师: a division right after its army's (lexicon) name;
        return any(text.endswith(n, 0, start) for n in _named_armies()) \
            or (end is not None and num not in "两几数" and _own_after(text, end, ech))  # not 第74军一师 (a count)
    return prev not in _NOT_BEFORE_BARE and not (prev.isdigit() or prev in CN_NUM)


# the local echelons rank as the army's they stand for (支队 a brigade or regiment, 大队 a battalion, 中队 a company):
# 三军三大队, 二支队三大队, 五支队二团 are a unit and its part
_PART_RANK = {"军": 7, "路军": 7, "纵队": 6, "师": 6, "旅": 5, "支队": 5, "团": 4, "营": 3, "大队": 3, "连": 2, "中队": 2}
_SUB_RANK = {**_PART_RANK, "排": 1, "班": 0}  # the parts below a company, named after it (七连六班)


def _own_after(text: str, end: int, ech: str | None) -> bool:
    """The unit text[:end] (echelon ech, numbered by one character) goes on with its own leader's title (团|团长) or a
    numbered part of a lower echelon (一团|七连): a designation (_OWN_AFTER), not a count of units."""
    x = _OWN_AFTER.match(text, end)
    if x is None or ech not in _PART_RANK:
        return False
    if any(text.endswith(n, 0, end) for n in _named_armies()):
        return False  # 八路军|五支队: a named formation (the lexicon's 八路军) before its part, no 第8路军
    if x.group("lead"):
        return ech.endswith(x.group("lw"))
    return text[x.start():x.start() + 1] not in "两几数" and _SUB_RANK[x.group("part")] < _PART_RANK[ech]


def _part_of_before(out: list[Mention], start: int, num: str, ech: str) -> bool:
    """A short numbered part written right after the unit it belongs to (新四军二师四旅, 第五师三团): the unit
    before ranks above it. Not 一/两 (第74军一师 is one of its divisions, a count)."""
    if num[0] in "一两几数" or ech not in _PART_RANK:
        return False
    return any(o.end == start and _PART_RANK.get(o.value.get("raw_echelon", ""), 0) > _PART_RANK[ech] for o in out)


def _echo_of_named(text: str, m: re.Match, out: list[Mention]) -> bool:
    """A short form (五支队, 三师) of a unit the text named in full before (第五支队, 八路军五支队): the same unit
    again, as 九战区 is 第九战区; alone, a bare small numeral before an echelon word is a count (五支队 = five)."""
    if m.group("list") or m.group("pre") or not m.group("num") or m.group("num") in "两几数":
        return False
    tok = text[m.start("num"):m.end()]
    if text.rfind("第" + tok, 0, m.start()) >= 0:
        return True
    return any(o.text == tok and o.end <= m.start() for o in out)


@lru_cache(maxsize=1)
def _named_armies() -> tuple[str, ...]:
    """Named formations of the lexicon (八路军, 新四军 …) that number their divisions after their name."""
    return tuple(n for n, (_side, ech) in load_named_units().items() if ech in ("军", "路军"))


def _without_count(num: str, n_items: int) -> str:
    """The last numeral of a list without the count word glued to it: 十三、十六两师团 → 十六 (两 counts the
    list, it is no digit of the number). 两 never closes a numeral; another digit does only where it cannot be
    one (十六三: two digits after 十), and then only when it equals the number of items."""
    if len(num) < 2 or num[-1] not in _COUNT_DIGITS:
        return num
    if num[-1] == "两":
        return num[:-1]
    head = num[:-1]
    positional = any(c in "十百" for c in head) and head[-1] not in "十百"
    return head if positional and cn_int(num[-1]) == n_items else num


def _item_surface(text: str, m: re.Match, s: int, e: int, num: str, last: bool, post: str | None, ech: str) -> str:
    """The written name of one item text[s:e] of a matched list of units: an item before the last takes the echelon
    word the list ends with; the count word (两, 三个, 各, 等 …) before the last item's number is no part of its name."""
    if not last:
        return text[s:e] + ech
    if num != m.group("num") or m.group("cnt"):
        return text[s:m.start("num")] + num + (post or "") + ech
    return text[s:e]


# a unit's name is the whole name as written: a role word glued before its number (警备第7团, 保安第三团, 特务
# 第一团 — no army numbers its regiments so, the role's formations are numbered apart), and before a numbered
# military sub-district the region whose district it is (某某第一军分区: each region numbers its own), stay in the
# name; the name is keyed as written (no army's numbering reads it)
_ROLE_BEFORE = re.compile(r"(?:警备|守备|特务|警卫|教导|补充|保安)$")
_REGION_BEFORE = re.compile(rf"[{PROVINCE_ABBR}](?:[{PROVINCE_ABBR}东南西北中]){{1,3}}$")


def _written_prefix(text: str, start: int, ech: str) -> int | None:
    """Start of the role word (警备|第5团) or, before a numbered 军分区, the region (X|第一军分区) written right before
    a numbered unit at start; None if none."""
    r = _ROLE_BEFORE.search(text, max(0, start - 2), start)
    if r is not None and ech in ("旅", "团", "营", "大队", "支队"):
        return r.start()
    if ech == "军分区":
        g = _REGION_BEFORE.search(text, max(0, start - 4), start)
        if g is not None and not (g.start() and text[g.start() - 1] in PROVINCE_ABBR):
            return g.start()
    return None


# the command posts of a Chinese army group: after them 第N集团 is 第N集团军 cut short (第7集团总司令)
_ARMY_GROUP_POST = re.compile(r"(?:前敌|副)?(?:总司令|总指挥|司令|总部|长官)")


def find_units(text: str) -> list[Mention]:
    """All unit mentions, left to right; members of a coordinated list share a group id."""
    out: list[Mention] = []
    group = 0
    last_force: tuple[int, str, str | None, str] | None = None  # (end, name, side, echelon) of the last force's unit
    for m in _UNIT_RE.finditer(text):
        end = m.end()
        ech = m.group("ech")
        nxt = text[end:end + 1]
        bad_next = nxt in _NOT_AFTER or (ech in ("军", "师", "团", "旅", "营", "连") and nxt != "" and nxt in "部属人官士")
        if bad_next and not (nxt in "部属官士" and m.group("di")) \
                and not (nxt == "士" and text[end + 1:end + 2] in ("兵", "气", "卒") and ech in ("军", "师", "团", "旅")):
            continue  # 29军士兵, 第29军士气: the unit's soldiers or morale, not a count of sergeants (三军士)
        if ech == "团" and nxt == "队" or ech.endswith("队") and nxt == "伍":
            continue  # 团队; 三大队伍, 二支队伍: 队伍 (troops) after a number, no unit
        if ech == "集团" and not _ARMY_GROUP_POST.match(text, end):
            continue  # 第N集团军 is read with 集团军; 集团 without 军 is no army group (a puppet army's 集团 of two
            # regiments, 第四、第六两个集团) but where an army group's command follows (第7集团前敌总指挥: 集团军 cut short)
        if ech in ("营", "连") and _IN_UNNUMBERED.search(text, max(0, m.start() - 3), m.start()):
            continue  # 重炮团第二连, 独立团第一营: a part of a unit with no number has no designation of its own
        items: list[tuple[int, int, str | None, str | None, str]] = []  # (start, end, pre, di, num)
        lst = m.group("list")
        if lst:
            pos = m.start("list")
            for it in _ITEM_RE.finditer(lst):
                if lst[it.end() - 1] in ",，" and not it.group("di"):
                    continue  # 9月3,第6师团: a comma separates ordinals only (第3,第6)
                if not it.group("di") and not it.group("pre") and not text[text.rfind("\n", 0, pos + it.start()) + 1:
                                                                          pos + it.start()].strip(" \t#>*"):
                    continue  # "1、荣誉第一师…" (or a Markdown "#### 一、…") at the start of a line: the numbering
                items.append((pos + it.start(), pos + it.end() - 1, it.group("pre"), it.group("di"), it.group("num")))
        last_start = min(x for x in (m.start("pre"), m.start("di"), m.start("num")) if x >= 0)
        items.append((last_start, end, m.group("pre"), m.group("di"),
                      _without_count(m.group("num"), len(items) + 1) if lst else m.group("num")))
        branch = m.group("branch")
        kanglian = None if branch else _KANGLIAN_PREFIX.search(text, max(0, m.start() - 6), m.start())
        county = None if branch or lst else county_prefix(text, m.start(), ech)
        # the next item of a list of a force's units (抗联一军、二军, 伪满第7旅和第8旅): the force the first one named
        listed = last_force if (last_force and not branch and kanglian is None and last_force[0] == m.start() - 1
                                and text[m.start() - 1] in "、和及与" and last_force[3] == ech) else None
        if kanglian is None and county is None and listed is None and not any(i[3] for i in items) and not _valid_bare(text, items[0][0], items[0][4], end if not lst else None, ech) \
                and items[0][2] not in _ABBREV_MODS + _SHORT_PRE and not _part_of_before(out, items[0][0], items[0][4], ech) \
                and not _echo_of_named(text, m, out):  # 新六军, 暂五军: the modifier marks the short form
            continue
        cue = cue_before(text, m.start())
        puppet_part = cue is None and bool(_PUPPET_PARENT.search(text, max(0, m.start() - 10), m.start()))
        if puppet_part:
            cue = "JP"
        if cue is None and ech in ("大队", "中队", "支队") and _OWN_FORCE_BEFORE.search(text, max(0, m.start() - 4), m.start()):
            cue = "CN"  # 游击队第二大队, 边区十五大队, 山东纵队第五支队: a part of the guerrilla force written before it
        group += 1
        post = m.group("post")
        implied = ECHELON_SIDE.get(ech)
        force = None if branch else (kanglian.start(), "CN") if kanglian else force_prefix(text, m.start())
        if force is None and listed is not None:
            force = (m.start(), listed[2])
        if force is None and county is not None:
            force = (county, cue_before(text, county) or "CN")  # 黄县二支队: the county's own force, Chinese unless 伪
        if force is None and not branch and (sec := security_prefix(text, m.start())) is not None:
            force = (sec, cue_before(text, sec) or "CN")  # 江苏省保安第9旅: a province's force, Chinese unless 伪
        garrison = False
        if force is None and not branch and (gar := garrison_prefix(text, m.start())) is not None:
            force = (gar, cue_before(text, gar) or implied or "CN")  # 日军独立守备队第二大队: the garrison's battalion
            garrison = True  # a numbered battalion of a formation, keyed by its number (独立守备队第3大队)
        written_from = None if branch or force or m.group("pre") else _written_prefix(text, m.start(), ech)
        if written_from is not None:  # 警备第7团, 冀东第三军分区: the role or region is part of the name
            head = text[written_from:m.start()]  # of each item of a list (警备第5、第6团: two regiments)
            for i, (s, e, _pre, _di, num) in enumerate(items):
                surface = _item_surface(text, m, s, e, num, i == len(items) - 1, post, ech)
                s0 = written_from if i == 0 else s
                out.append(Mention("unit", s0, e, text[s0:e] if i == 0 else surface,
                                   {"key": head + surface, "echelon": ech, "number": None, "modifiers": (),
                                    "cue": cue or cue_before(text, written_from), "implied": implied or "CN",
                                    "group": group, "alts": set(), "raw_echelon": ech}))
            continue
        if post == "装甲" and not force:
            continue  # 第7装甲师: an armoured division or brigade of the war is another state's; without its name, none
        for i, (s, e, pre, _di, num) in enumerate(items):
            n = cn_int(num)
            if n is None or n == 0 or n > (9999 if force else 999):  # the Allies numbered past 999 (美军第5307团)
                continue
            last = i == len(items) - 1
            mods = _mods(pre or (items[0][2] if lst else None), post)
            unit_implied = "JP" if "独立混成" in mods else implied  # 独立混成旅(团) is a Japanese formation
            key, echelon = canonical(n, ech, mods, None if puppet_part else cue or unit_implied)  # 伪…第7团 stays 团
            surface = _item_surface(text, m, s, e, num, last, post, ech)
            if force:  # a force of another state: its name leads the key; no number (no Chinese/Japanese twin)
                fs = force[0] if i == 0 else s
                head = "抗联" if kanglian else listed[1] if listed is not None else text[force[0]:m.start()]
                # a force's unit keyed as written (伪37师, 黄县二支队, 英缅第一师): no army's numbering reads it; but an
                # army of the 抗联 and a garrison's battalion keep the number key, which joins their spellings
                # (东北抗联第三军, 抗联三军: one army)
                numbered = garrison or head == "抗联"
                key = head + (re.sub(rf"第?{NUM}", f"第{n}", surface, count=1) if numbered else surface)
                form = text[force[0]:m.start()] + surface
                out.append(Mention("unit", fs, e, text[fs:e] if i == 0 else surface,
                                   {"key": key, "echelon": ech, "number": None, "modifiers": mods, "cue": force[1],
                                    "implied": force[1], "group": group, "alts": {form} - {key},
                                    "raw_echelon": ech,
                                    # the 抗联 army's number key joins its spellings; its label is as written
                                    **({"label": head + surface} if head == "抗联" else {})}))
                if last:
                    last_force = (e, head, force[1], ech)
                continue
            written = pre in _SHORT_PRE and not _di and not lst  # 骑五军: a short designation, named as written
            if written:
                key = surface
                unit_implied = unit_implied or "CN"  # the short form is the Chinese army's usage (骑五军, 荣三师)
            alts = {surface} if surface != key else set()
            if branch and last:
                alts.add(branch + key)
                if not lst:
                    s = m.start("branch")
            out.append(Mention("unit", s, e, surface,
                               {"key": key, "echelon": echelon, "number": None if written else n,
                                "modifiers": () if written else mods, "cue": cue or ("CN" if written else None),
                                "short_of": (n, ech, mods) if written else None,
                                "implied": unit_implied, "group": group, "alts": alts, "raw_echelon": ech,
                                "puppet": puppet_part}))
    group = _counted_lists(text, out, group + 1)
    group = _report_codes(text, out, group + 1)
    numbered = [m for m in out if m.value.get("number") is not None
                and m.value.get("raw_echelon") in ("支队", "纵队", "军", "师", "旅", "团")]
    group = _role_detachments(text, out, group + 1, numbered, named=False)  # 第一支队先遣支队
    group = _commander_numbered(text, out, group + 1)
    out.extend(_named_units(text, group))
    out = _short_designations(text, out, group + 1000)
    _short_of_full(out)
    _written_of_full(out)
    out.sort(key=lambda x: (x.start, -x.end))
    return _drop_overlaps(_duty_of_numbered(text, out))


def _short_of_full(out: list[Mention]) -> None:
    """A short designation (骑五军) the same text also writes in full (骑兵第五军) is that unit: its full key."""
    full = {(m.value["number"], m.value.get("raw_echelon"), tuple(m.value.get("modifiers", ()))) for m in out
            if m.value.get("number") is not None}
    for m in out:
        short = m.value.get("short_of")
        if short and (short[0], short[1], tuple(short[2])) in full:
            m.value.update(number=short[0], modifiers=short[2], key=canonical(short[0], short[1], short[2])[0],
                           alts=m.value["alts"] | {m.text})


_WRITTEN_PARTS = re.compile(rf"(?P<q>[^0-9{CN_NUM}第]+)(?P<di>第)?(?P<num>{NUM})(?P<ech>大队|中队|支队|旅|团|营|连|军分区)")


def _written_of_full(out: list[Mention]) -> None:
    """A unit keyed as written without 第 (警备7团, 警备七团) that the same text also writes with it (警备第7团) is that
    unit: the full form's key."""
    full: dict[tuple, set[str]] = {}
    parsed = []
    for m in out:
        w = _WRITTEN_PARTS.fullmatch(m.value.get("key", "")) if m.value.get("number") is None else None
        if w is None:
            continue
        sig = (w.group("q"), cn_int(w.group("num")), w.group("ech"))
        parsed.append((m, sig, bool(w.group("di"))))
        if w.group("di"):
            full.setdefault(sig, set()).add(m.value["key"])
    for m, sig, di in parsed:
        keys = full.get(sig, set())
        if not keys and len(sig[0]) == 1:  # 教八旅 beside 教导第八旅: the role cut to its first character
            keys = set().union(*(v for k, v in full.items() if k[1:] == sig[1:] and k[0].startswith(sig[0])))
        if not di and len(keys) == 1:
            key = next(iter(keys))
            m.value.update(key=key, alts=set(m.value.get("alts", ())) | {m.text} - {key})


# a duty, a service or a nickname glued to a bare numeral and an echelon (特务五营, 教导四旅, 警卫七团, 保安八大队, the
# veterans' 老九团): the designation of one unit written short, named as the text writes it (a count is written
# 三个营, and a duty unit of a parent is its parent's, 某旅特务营, with no numeral); 老 names only a regiment or a
# brigade (老九团 "the old Ninth"), and not a word that opens with the echelon's character (团结, 团聚)
# (警备 too; and the role abbreviated to its first character, 教三旅 = 教导第三旅, 特一团, 警三旅, 补二团, 独一旅: only
# where a word cannot end on that character — after a unit's or a sentence's boundary, not 宗教/独特/报警)
_SHORT_DUTY = re.compile(r"(?P<q>特务|警卫|警备|教导|保安|补充|老|[教特警补独](?=[一二三四五六七八九十]))"
                         r"(?P<num>[一二三四五六七八九十]{1,2})(?P<ech>大队|中队|支队|旅|团|营|连)"
                         r"(?![长部属人结聚圆体伙员])")
# what may stand right before a one-character role abbreviation (教|二旅): no character, a non-Chinese one, the end
# of a unit's name or a function word
_ABBREV_AFTER = set("师旅军团营连队区部的和与及同由率令将被向对在从是把给让等")


def _short_designations(text: str, out: list[Mention], group: int) -> list[Mention]:
    found = []
    for m in _SHORT_DUTY.finditer(text):
        if m.group("q") == "老" and m.group("ech") not in ("团", "旅"):
            continue
        prev = text[m.start() - 1] if m.start() else ""
        if len(m.group("q")) == 1 and m.group("q") != "老" and "\u4e00" <= prev <= "\u9fff" and prev not in _ABBREV_AFTER:
            continue  # 单独一团, 宗教二团: the character closes a word before it, no abbreviation
        s, e = m.start(), m.end()
        if any(o.start < e and s < o.end and not (s <= o.start and o.end <= e) for o in out):
            continue  # a longer name over it (某某教导三旅…) keeps its own reading
        side = "JP" if text[max(0, s - 1):s] == "伪" else cue_before(text, s) or "CN"
        found.append(Mention("unit", s, e, m.group(0),
                             {"key": m.group(0), "echelon": m.group("ech"), "number": None, "modifiers": (),
                              "cue": side, "implied": side, "group": group, "alts": set(), "raw_echelon": m.group("ech")}))
        group += 1
    if not found:
        return out
    spans = [(f.start, f.end) for f in found]
    return [o for o in out if not any(a <= o.start and o.end <= b for a, b in spans)] + found


# the formations above the division that have one duty unit of each kind (a 教导团, a 补充团, a 特务团 to an army
# group or army): written right after the numbered formation, the duty unit is named by it (第七集团军教导团), the
# formation itself no force of the fight there; a division's (第9师补充团) stays two units, the division often the
# fighting force named so
_DUTY_PARENT_ECH = ("集团军", "方面军", "路军", "兵团", "军")


def _duty_of_numbered(text: str, out: list[Mention]) -> list[Mention]:
    """A duty unit (see _DUTY_ECH) glued to the numbered formation before it is that formation's: one mention over
    both, keyed as written (第七集团军教导团; many armies had a 教导团, the parent tells which), the parent's side;
    the parent itself is no force of its own there."""
    ends = {m.end: m for m in out if m.value.get("number") is not None and m.value.get("raw_echelon") in _DUTY_PARENT_ECH
            and not m.value.get("puppet") and not m.value.get("modifiers")}  # 新四军 (新编第4军): an army by its name
    if not ends:
        return out
    merged: list[Mention] = []
    for m in out:
        parent = ends.get(m.start)
        if parent is None or m.value.get("number") is not None or not _DUTY_ECH.fullmatch(m.text):
            continue
        key = text[parent.start:m.end]
        v = dict(m.value, key=key, cue=parent.value.get("cue"), implied=parent.value.get("implied") or "CN",
                 alts={m.value["key"], parent.value["key"] + m.text} - {key})
        merged.append(Mention("unit", parent.start, m.end, key, v))
    if not merged:
        return out
    spans = {(u.start, u.end) for u in merged}
    kept = [m for m in out if not any(a <= m.start and m.end <= b for a, b in spans)]  # the parent and the duty unit
    # the duty unit named again alone (教导团 after 第七集团军教导团) is that formation's, when the text names one only
    of_word: dict[str, set[str]] = {}
    for u in merged:
        of_word.setdefault(_DUTY_ECH.search(u.text).group(0), set()).add(u.value["key"])
    for i, m in enumerate(kept):
        keys = of_word.get(m.text, set()) if m.value.get("number") is None else set()
        if len(keys) == 1 and m.value.get("key") == m.text:
            key = next(iter(keys))
            kept[i] = Mention("unit", m.start, m.end, m.text, dict(m.value, key=key, alts={m.text}))
    return sorted(kept + merged, key=lambda x: (x.start, -x.end))


# a unit written as its number read digit by digit, its commander's name, its echelon (一〇二王某旅, 120李某团):
# the memoirs' and scripts' way of naming a brigade or a regiment by both; after a boundary or its parent's echelon
# word (第61师一二〇X旅), the number two or three digits (一二〇, not 十二), the name 2-3 characters with a family name
# ((?:(?<=[军师旅\s,，。;；:：、(（“])|^)(?P<num>[〇…九]{2,3}|[0-9]{2,3}) written first character first, the boundary a
# lookbehind over it, so that re scans for that character in C instead of trying the pattern at every position)
NUMBERED_COMMANDER = re.compile(r"(?P<num>[〇○零一二三四五六七八九0-9](?<![^军师旅\s,，。;；:：、(（“].)"
                                r"(?:(?<=[〇○零一二三四五六七八九])[〇○零一二三四五六七八九]{1,2}|(?<=[0-9])[0-9]{1,2}))"
                                r"(?P<name>[\u4e00-\u9fff]{2,3}?)(?P<ech>师|旅|团)(?![长部属团旅师])", re.M)
_NOT_IN_NAME = re.compile(rf"[{CN_NUM}0-9军师旅团营连部个第的之和与及在向]")


def commander_numbered(text: str) -> list[re.Match]:
    """The NUMBERED_COMMANDER matches whose name slot holds a name: a family name first, no numeral, echelon or
    function word inside (一二〇个团, 十二师的团: none)."""
    return [m for m in NUMBERED_COMMANDER.finditer(text)
            if (m.group("name")[0] in cn_surnames() or m.group("name")[:2] in cn_surnames())
            and not _NOT_IN_NAME.search(m.group("name"))]


def _commander_numbered(text: str, out: list[Mention], group: int) -> int:
    """The units named by number and commander (一〇二王某旅 → 第102旅), alts: the form written and X旅 by name."""
    for m in commander_numbered(text):
        n = cn_int(m.group("num"))
        if not n:
            continue
        ech = m.group("ech")
        cue = cue_before(text, m.start())
        key, echelon = canonical(n, ech, (), cue or ECHELON_SIDE.get(ech))
        out.append(Mention("unit", m.start(), m.end(), m.group(0),
                           {"key": key, "echelon": echelon, "number": n, "modifiers": (), "cue": cue,
                            "implied": ECHELON_SIDE.get(ech), "group": group, "alts": {m.group("num") + ech},
                            "raw_echelon": ech, "commander": m.group("name")}))
        group += 1
    return group


# 率3、13、39、6、40五个师团: bare numbers listed before their count and echelon (the count must agree)
# (?:[0-9]{1,3}[、,，])+ unrolled once, [0-9] first: re scans for a digit in C (the same matches)
_COUNTED = re.compile(rf"(?P<nums>[0-9][0-9]{{0,2}}[、,，](?:[0-9]{{1,3}}[、,，])*[0-9]{{1,3}})(?P<count>[0-9{CN_NUM}]{{1,3}})个"
                      rf"(?P<ech>{_ECH_RE})")


def _counted_lists(text: str, out: list[Mention], group: int) -> int:
    for m in _COUNTED.finditer(text):
        nums = list(re.finditer(r"[0-9]+", m.group("nums")))
        if cn_int(m.group("count")) != len(nums) or text[m.start() - 1:m.start()].isdigit():
            continue
        ech = m.group("ech")
        cue = cue_before(text, m.start())
        implied = ECHELON_SIDE.get(ech)
        for n in nums:
            s, e = m.start() + n.start(), m.start() + n.end()
            key, echelon = canonical(int(n.group(0)), ech, (), cue or implied)
            out.append(Mention("unit", s, e, n.group(0) + ech,
                               {"key": key, "echelon": echelon, "number": int(n.group(0)), "modifiers": (),
                                "cue": cue, "implied": implied, "group": group, "alts": {n.group(0) + ech},
                                "raw_echelon": ech}))
        group += 1
    return group


# a company or battalion right after an echelon word that carries no number (重炮团第二连), not after 该/本/其
_IN_UNNUMBERED = re.compile(rf"[^0-9{CN_NUM}该本其我敌各每第\W](?:团|营)$")

# Report-style codes of the period's Chinese army reports (驻印军 after-action reports, 战斗详报): N1A = 新编第1军,
# N38D = 新编第38师, 113R = 第113团, 14D = 第14师 (第N师团 when the enemy's), 16iR = (Japanese infantry) 第16联队;
# a chain with "/" names a unit and the one above it (50D/N6A, Ⅱ/55iR/18D = 2nd battalion of the 55th regiment of
# the 18th division). A leading Roman numeral is a battalion: the regiment is the unit read.
_CODE_CHAIN = re.compile(r"(?<![A-Za-z0-9.\-])(?:[A-Za-z0-9Ⅰ-Ⅻ]+/)*[A-Za-z0-9Ⅰ-Ⅻ]+(?![A-Za-z0-9.\-])")
_CODE = re.compile(r"(?P<new>N)?(?P<num>[0-9]{1,3})(?P<ech>iR|A|D|R)")
_ANY_CODE = re.compile(r"[0-9](?:iR|[ADR])(?![A-Za-z0-9])")
_CODE_ECH = {"A": "军", "D": "师", "R": "团", "iR": "联队"}
_CJK_SIDE = re.compile(r"[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef(),、;:。]")
# what follows a unit code in prose: an echelon or force word (2D搜索联队, 50D一部, N38D主力)
_ENEMY_SUBJECT = re.compile(r"(?:敌|日军|日寇)[^向对攻击我围歼]*$")  # 敌 is the subject, not the object's owner
_CODE_FOLLOW = re.compile(r"(?:师团|联队|大队|搜索|一部|主力|先头|部队|各部|兵力)")


def _report_codes(text: str, out: list[Mention], group: int) -> int:
    """Units written as report codes (see _CODE_CHAIN), read only where the text is such a report: the codes stand
    next to Chinese text, and at least one is unmistakably military (N-prefixed, a regiment code, or a code
    followed by an echelon or force word) — "2D、3D" alone stays Latin text."""
    if not _ANY_CODE.search(text):
        return group  # most texts hold no code at all: one scan in C instead of a look at every number
    chains = []
    for m in _CODE_CHAIN.finditer(text):
        before, after = text[m.start() - 1:m.start()], text[m.end():m.end() + 1]
        if not (_CJK_SIDE.match(before) or _CJK_SIDE.match(after)):
            continue
        if not ("\u4e00" <= before <= "\u9fff" or "\u4e00" <= after <= "\u9fff" or before in "(（" or after in ")）,，、"):
            continue  # a code among Latin words (an English quotation)
        parts = m.group(0).split("/")
        codes = [(i, _CODE.fullmatch(p)) for i, p in enumerate(parts)]
        if not any(c for _, c in codes):
            continue
        chains.append((m, parts, codes))
    military = any(c.group("new") or c.group("ech") in ("R", "iR") or _CODE_FOLLOW.match(text, m.end())
                   for m, _p, codes in chains for _i, c in codes if c)
    if not military:
        return group
    jp: set[str] = set()  # division/army codes the text gives to the enemy: in a chain with a Japanese regiment
    for m, parts, codes in chains:  # (iR), followed by a Japanese echelon word, or moved by 敌 (敌…抽调2D一部)
        clause = text[max(text.rfind(c, 0, m.start()) for c in ",，。;；\n") + 1:m.start()]
        enemy = bool(_ENEMY_SUBJECT.search(clause)) or any(c and c.group("ech") == "iR" for _i, c in codes)
        if enemy or re.match(r"(?:师团|联队|大队|旅团)|搜索联队", text[m.end():m.end() + 4]):
            jp |= {p for (_i, c), p in zip(codes, parts, strict=True) if c and c.group("ech") in "AD" and not c.group("new")}
    for m, parts, codes in chains:
        starts, pos = [], m.start()
        for p in parts:
            starts.append(pos)
            pos += len(p) + 1
        made: list[tuple[int, Mention]] = []
        for i, c in codes:
            if c is None:
                continue
            num, code_ech = int(c.group("num")), c.group("ech")
            if num == 0:
                continue
            ech = _CODE_ECH[code_ech]
            mods = ("新编",) if c.group("new") else ()
            side = "CN" if c.group("new") else ("JP" if code_ech == "iR" or parts[i] in jp else None)
            implied = side or ECHELON_SIDE.get(ech)
            key, echelon = canonical(num, ech, mods, implied)
            s, e = starts[i], starts[i] + len(parts[i])
            made.append((i, Mention("unit", s, e, parts[i],
                                    {"key": key, "echelon": echelon, "number": num, "modifiers": mods, "cue": side,
                                     "implied": implied, "group": group, "alts": {parts[i]}, "raw_echelon": ech})))
        for (_i, a), (_j, b) in zip(made, made[1:], strict=False):
            a.value["parent_at"] = b.start  # X/Y: X is a part of Y
            if a.value["cue"] is None and b.value["cue"]:
                a.value["cue"] = b.value["cue"]  # 50D/N6A: a division of a Chinese army
                a.value["key"], a.value["echelon"] = canonical(a.value["number"], a.value["raw_echelon"],
                                                               a.value["modifiers"], b.value["cue"])
        out.extend(mm for _i, mm in made)
        group += 1
    return group


# the words that introduce another name of the same thing (又称太行军区 'also called …'): before a name, never in it
_NAMING_HEAD = re.compile(r"^(?:又称|也称|简称|亦称|或称|俗称|通称|史称|原称|后称|改称)为?")


def _zones(text: str) -> list[re.Match]:
    """The numbered guerrilla zones of the text (see _ZONE_UNIT); none without the word 游击区."""
    return list(_ZONE_UNIT.finditer(text)) if "游击区" in text else []


def _named_occurrences(text: str) -> dict[str, list[tuple[int, int]]]:
    """{name: occurrences(text, name)} for the named units' lexicon, the names the text holds: one scan for all
    of them (a pattern of the names finds each position where one starts; their first character picks the names
    to test there) instead of a str.find through the whole text per name."""
    at, by_first = _named_scan()
    found: dict[str, list[tuple[int, int]]] = {}
    m = at.search(text)
    while m is not None:
        p = m.start()
        for name in by_first[text[p]]:
            if text.startswith(name, p):
                spans = found.setdefault(name, [])
                if not spans or spans[-1][1] <= p:  # occurrences of one name do not overlap
                    spans.append((p, p + len(name)))
        m = at.search(text, p + 1)
    return found


@lru_cache(maxsize=1)
def _named_scan() -> tuple[re.Pattern, dict[str, tuple[str, ...]]]:
    """A pattern matching where any named unit starts, and the names by their first character."""
    names = list(_named_lexicon())
    by_first: dict[str, tuple[str, ...]] = {}
    for name in names:
        by_first[name[0]] = (*by_first.get(name[0], ()), name)
    return re.compile("|".join(map(re.escape, names))), by_first


def _named_units(text: str, group: int) -> list[Mention]:
    out = []
    held = _named_occurrences(text)
    for name, (side, echelon) in _named_lexicon().items():
        for a, b in held.get(name, ()):  # = re.finditer(re.escape(name), text)
            if len(name) == 2 and a and common_words().get(text[a - 1:a + 1], (0, ""))[0] >= 100:
                continue  # 长江抗日, 四川军阀: a two-character name's first character closes a word before it
            if name.endswith("军") and text.startswith("民", b) and not text.startswith("民运", b):
                continue  # 晋东北军民, 东北军民: the army and people of a region (军民), no force named (新四军民运部 is)
            out.append(Mention("unit", a, b, name,
                               {"key": name, "echelon": echelon, "number": None, "modifiers": (),
                                "cue": side, "implied": side, "group": group, "alts": set()}))
            group += 1
    for m in _REGION_UNIT.finditer(text):
        name = re.sub(r"[、,，]", "", m.group(0))
        out.append(Mention("unit", m.start(), m.end(), m.group(0),
                           {"key": name, "echelon": m.group("ech"), "number": None, "modifiers": (),
                            "cue": cue_before(text, m.start()), "implied": "CN", "group": group,
                            "alts": {m.group(0)} if m.group(0) != name else set()}))
        group += 1
    for m in _GUERRILLA_NUMBERED.finditer(text) if "游击" in text else ():
        if any(o.start < m.end() and m.start() < o.end for o in out):
            continue
        out.append(Mention("unit", m.start(), m.end(), m.group(0),
                           {"key": m.group(0), "echelon": m.group(0)[-2:], "number": None, "modifiers": (),
                            "cue": cue_before(text, m.start()), "implied": "CN", "group": group, "alts": set()}))
        group += 1
    for m in _zones(text):
        out.append(Mention("unit", m.start(), m.end(), m.group(0),
                           {"key": m.group(0), "echelon": "游击区", "number": None, "modifiers": (),
                            "cue": cue_before(text, m.start()), "implied": "CN", "group": group, "alts": set()}))
        group += 1
    armies = [m for m in out if m.value.get("number") is None and m.value.get("implied") and m.text in _named_lexicon()]
    group = _role_detachments(text, out, group, armies, named=True)  # 新四军先遣支队
    group = _force_units(text, out, group)
    group = _province_forces(text, out, group)
    group = _commander_columns(text, out, group)
    group = _commander_named_jp(text, out, group)
    group = _local_units(text, out, group)
    group = _garrisons(text, out, group)
    group = _parts_after(text, out, group)
    group = _numbered_tasks(text, out, group)
    group = _wing_corps(text, out, group)
    group = _censored_units(text, out, group)
    group = _school_units(text, out, group)
    army_of: dict[str, str] = {}  # a detachment's name → the side of the named army it was written after
    first_named = len(out)
    for m in han_run_finditer(_NAMED_SUFFIX, text, _NAMED_SUFFIX_AT, 4):  # = _NAMED_SUFFIX.finditer(text)
        prefix, suffix = m.group(1), m.group(2)
        cut = max(prefix.rfind(c) for c in "及和与以由的在将为了向对从后给把被于有到赴")  # 分配到|X军区  # 县|有|支队: "each county had one"
        verb = common_words().get(prefix[cut + 1:cut + 3], (0, ""))
        if verb[1] == "v" and verb[0] >= 100 and len(prefix) - cut - 1 >= 4:
            cut += 2  # 歼灭|山东军区: the verb whose object the named force is
        prefix = prefix[cut + 1:]
        lead = m.start(1) + cut + 1
        ech_head = re.match(r"师团|旅团|联队|大队|师|团|旅|军|队", prefix)
        if ech_head and lead and (text[lead - 1].isdigit() or text[lead - 1] in CN_NUM):
            prefix = prefix[ech_head.end():]  # 第101师村井支队: the echelon word closes the numbered unit before
        army_end = next((i for i in range(len(prefix) - 3, -1, -1) if any(
            text.startswith(n, lead + i + 1 - len(n)) for n in _named_lexicon() if 1 < len(n) <= lead + i + 1)), -1)
        if army_end >= 0:
            prefix = prefix[army_end + 1:]  # 八路|军|晋察冀军区, 新|四军|苏北军区: a named army ends in the prefix
        if suffix == "支队" and 0 <= prefix.rfind("军") <= len(prefix) - 3:
            prefix = prefix[prefix.rfind("军") + 1:]  # 关东军X支队: the army it was detached from, then its name
        if any((prefix + suffix).endswith(n) and len(n) < len(prefix + suffix) for n in _named_lexicon()):
            continue
        verb = next((i for i, c in enumerate(prefix[:-2]) if c in LEAD_VERBS and prefix[i:i + 2] not in common_words()), -1)
        if verb >= 0:
            prefix = prefix[verb + 1:]  # 时任|冀中军区司令员, 日是|冀中军区: a verb or copula glued to the name
        if "兼" in prefix[:-2]:
            prefix = prefix[prefix.rindex("兼") + 1:]  # 师长兼|苏中军区司令员: the second post's force, 兼 is no part of its name
        naming = _NAMING_HEAD.match(prefix)
        if naming:
            prefix = prefix[naming.end():]  # 又称|太行军区: the word that introduces another name is never part of it
        for cue in ("日军", "日本", "日", "敌"):
            if prefix.startswith(cue) and len(prefix) > len(cue) + 1:
                prefix = prefix[len(cue):]
                break
        ps = m.end() - len(suffix) - len(prefix)
        if ps > 0 and len(prefix) > 2 and common_words().get(text[ps - 1:ps + 1], (0, ""))[0] >= 500:
            prefix = prefix[1:]  # 大日本帝|国中支那方面军: the first character closes the word before (帝国)
        if any(prefix.startswith(s) or prefix.endswith(s) for s in _NAMED_STOP) or re.search(NUM, prefix):
            continue
        if (suffix == "支队" and len(prefix) != 2) or len(prefix) < 2 or prefix[0] in "我敌该其各本":
            continue
        if suffix in ("纵队", "野战军") and not is_toponym(prefix):
            continue  # 山东纵队, 东江纵队, 华中野战军: the Communist columns and field armies named after their region
        if suffix == "军区" and any(common_words().get(prefix[i:i + 2], (0, ""))[1] == "v"
                                  and common_words()[prefix[i:i + 2]][0] >= 1000 for i in range(len(prefix) - 1)):
            continue  # 多数只知道军区X司令: a common verb before 军区 (the region's men, no region's name)
        name = prefix + suffix
        s = m.end() - len(name)
        echelon = {"派遣兵团": "兵团", "混成旅团": "旅团"}.get(suffix, suffix)
        implied = "CN" if suffix in ("军区", "纵队", "野战军") else "JP"
        if suffix == "支队" and (is_toponym(prefix) or prefix in railways()):
            implied = "CN"  # 甲乙支队 after the counties it was raised in, or the railway it fought along (平汉支队):
            # a guerrilla detachment (the Japanese name theirs after the commander's surname: 某井支队)
        if suffix == "支队" and (army := _army_before(text, s)):
            implied = army  # 八路军挺进军X支队, 关东军X支队: a detachment of the named army written before it
            army_of[name] = army
        out.append(Mention("unit", s, m.end(), name,
                           {"key": name, "echelon": echelon, "number": None, "modifiers": (),
                            "cue": cue_before(text, s), "implied": implied,
                            "group": group, "alts": set()}))
        group += 1
    for u in out[first_named:]:
        if u.value["key"] in army_of:
            u.value["implied"] = army_of[u.value["key"]]  # the detachment named again alone is still that army's
    return out


# a detachment or column named by its role (vanguard, advance, guerrilla …) right after the named army it belongs to
_ROLE_DETACHMENT = re.compile(r"(?P<role>先遣|挺进|游击|突击|独立|警备|别动|快速|机动|骑兵|左翼|右翼)(?P<ech>支队|纵队)")


def _role_detachments(text: str, out: list[Mention], group: int, parents: list[Mention], named: bool) -> int:
    """A detachment named by its role right after its parent unit: alone the role word names no unit (any army's
    vanguard is a 先遣支队). After a named army (named: 新四军先遣支队, 八路军挺进纵队) the army makes it a proper
    name, key and mention span taking the army's name, the side the army's; after a numbered unit (第一支队先遣支队,
    第二纵队挺进支队) it is that unit's part, keyed by its role, with the parent's cue, side and place."""
    for a in parents:
        m = _ROLE_DETACHMENT.match(text, a.end)
        if not m:
            continue
        name = a.text + m.group(0) if named else m.group(0)
        value = {"key": name, "echelon": m.group("ech"), "number": None, "modifiers": (),
                 "cue": a.value.get("implied" if named else "cue"), "implied": a.value.get("implied"), "group": group,
                 "alts": {m.group(0)} if named else set()}
        if not named:
            value["parent_at"] = a.start
        out.append(Mention("unit", a.start if named else m.start(), m.end(), name, value))
        group += 1
    return group


# a Chinese column or detachment named after its commander (张支队, 李纵队 by his surname, 振华纵队 by his given
# name), after a conjunction, a verb of cooperation or a break: 配合X纵队之一部及Y支队之一部
_COMMANDER_COLUMN = re.compile(r"(?<=[及和与同、,，。；;：:的合率令\s(（“])(?P<name>[\u4e00-\u9fff]{1,2})(?P<ech>纵队|支队)")
_COLUMN_AT = re.compile("纵队|支队")  # every match starts 1-2 characters before one
# not a commander's name: pronouns, numbers, and the words that place or rank a column (左纵队, 前支队, 但左纵队)
_NOT_NAME_CHARS = set("我敌该其各本每此这那全第两几数一二三四五六七八九十百"
                      "左右前后中东西南北上下大小新老正副主预但而又并且及和与在于从")

# an adverb opening the clause (仍留纵队的X区, 还归支队指挥): the verb phrase before the bare echelon word, no name
_ADVERB_LEAD = frozenset("仍还也亦均皆就便即")


def _commander_columns(text: str, out: list[Mention], group: int) -> int:
    """Columns named after a commander: a surname + 支队/纵队, or two characters that are neither a word nor a
    place + 纵队 (a given name: 挺进纵队, 苏北纵队 are not). Chinese: the Japanese name theirs by full surname
    (村井支队, read by _NAMED_SUFFIX)."""
    from kangzhan.extract.mentions.lexdata import cn_surnames
    for m in near_anchor_finditer(_COMMANDER_COLUMN, text, _COLUMN_AT, 2):  # = _COMMANDER_COLUMN.finditer(text)
        name = m.group("name")
        if any(c in _NOT_NAME_CHARS for c in name) or any(o.start <= m.start() < o.end for o in out) \
                or name[0] in _ADVERB_LEAD:
            continue
        if len(name) == 1 and name not in cn_surnames():
            continue
        freq, tag = common_words().get(name, (0, ""))
        word = freq > 0 and not (tag.startswith(("nr", "nz")) and freq < 1000)  # 振华 may be a name, 挺进 is a word
        if len(name) == 2 and (m.group("ech") == "支队" or word or is_toponym(name)):
            continue
        key = name + m.group("ech")
        out.append(Mention("unit", m.start(), m.end(), key,
                           {"key": key, "echelon": m.group("ech"), "number": None, "modifiers": (),
                            "cue": cue_before(text, m.start()), "implied": "CN", "group": group, "alts": set()}))
        group += 1
    return group


def _closes_a_date(text: str, s: int) -> bool:
    """The would-be family name at s opens with the 年/月/日 of a date (12日向部队, 三月向部队: on that day,
    towards the troops): a numeral before it, no name."""
    return s > 0 and text[s] in "年月日" and text[s - 1] in "0123456789０１２３４５６７８９〇零一二三四五六七八九十廿卅"


# the Japanese named a division, brigade or regiment, and a task force (部队), after its commander's family name
# (板垣师团, 矶谷师团, 今井部队, 田中大队; 太田部隊 in a translated war history); 师团/旅团/联队 are Japanese words,
# 部队 and 大队 any army's: there the name must be a listed Japanese family name. 部队 may close a list of such
# names sharing it ("A、B、C各部队", "A、B部队")
# (?<=[\u4e00-\u9fff]{2})(?:师团|…) with the lookbehind written after each word, over it: every alternative opens
# with a literal, which re scans for in C
_JP_NAMED_ECH = re.compile(r"师团(?<=[\u4e00-\u9fff]{2}..)|旅团(?<=[\u4e00-\u9fff]{2}..)|联队(?<=[\u4e00-\u9fff]{2}..)"
                           r"|大队(?<=[\u4e00-\u9fff]{2}..)|部队(?<=[\u4e00-\u9fff]{2}..)|挺进队(?<=[\u4e00-\u9fff]{2}...)"
                           r"|讨伐队(?<=[\u4e00-\u9fff]{2}...)")
# a raiding or punitive party named after its leader, family name and maybe given name (益子挺进队, 大川一郎讨伐队)
_PARTY_ECH = ("挺进队", "讨伐队")
_NOT_JP_NAME_CHARS = _NOT_NAME_CHARS | set("甲乙丙丁军队兵部师旅团营连伪日华满蒙个半将已也都均被把给让使对以为了着过或即就便"
                                           "才还仍曾是有无不没所之者等余多往赴抵")  # 退往|师团总部: a verb of motion
_LIST_REACH = 40  # how far back a list sharing one 部队 may reach


def _surname_end(item: str) -> str | None:
    """The longest listed Japanese family name (2 to 4 characters) that ends item (占领了X的|太田), or None."""
    from kangzhan.extract.mentions.lexdata import jp_surname_len
    # item[-n:] is listed when the longest listed name opening it reaches its end (a slice stops at the item's end)
    return next((item[-n:] for n in (4, 3, 2) if len(item) >= n and jp_surname_len(item, len(item) - n) >= n), None)


def _commander_name(text: str, at: int, ech: str) -> str | None:
    """The name before the force word at `at`: a listed family name, or before 师团/旅团/联队 two characters that
    are no word, no place and no rank or type word (矶谷)."""
    if ech in _PARTY_ECH:  # the leader's family name opens the name, his given name may follow it
        from kangzhan.extract.mentions.lexdata import jp_surname_len
        return next((text[p:at] for p in range(max(0, at - 4), at - 1) if 2 <= (n := jp_surname_len(text, p)) <= at - p
                     and not any(c in _NOT_JP_NAME_CHARS for c in text[p + n:at])
                     and not (p and common_words().get(text[p - 1:p + 1], (0, ""))[0] >= 100)), None)
    name = _surname_end(text[max(0, at - 4):at])
    if name is None and ech not in ("部队", "大队"):
        cand = text[at - 2:at]
        if not any(c in _NOT_JP_NAME_CHARS for c in cand) and cand not in common_words() and not is_toponym(cand):
            name = cand
    return name


def _listed_names(text: str, at: int) -> list[tuple[int, int, str]]:
    """The names of a list sharing the 部队 at `at` ("A、B、C各部队"; one item: "A部队"), as (start, end, name):
    the single reading of each item (_commander_name: a listed family name ending it) and, after the list's first
    separator, an item of two to four characters that is no common word nor a place (a rarer family name listed
    beside known ones: the items of a list are of one kind). None unless one item is a listed name (随县、枣阳
    各部队 are places)."""
    e = at - 1 if text[at - 1] in "各等诸" else at
    pos = e
    while pos > max(0, e - _LIST_REACH) and (text[pos - 1] == "、" or "\u4e00" <= text[pos - 1] <= "\u9fff"):
        pos -= 1
    spans: list[tuple[int, int, str]] = []
    listed = False
    for i, item in enumerate(text[pos:e].split("、")):
        start = pos
        pos += len(item) + 1
        name = _commander_name(text, start + len(item), "部队")
        listed |= name is not None
        if name is None and i > 0 and len(item) <= 4 and not is_toponym(item) \
                and common_words().get(item, (0, ""))[0] < 100:
            name = item
        if name is not None:
            spans.append((start + len(item) - len(name), start + len(item), name))
    return spans if listed else []


def _commander_named_jp(text: str, out: list[Mention], group: int) -> int:
    """Japanese units named after their commander (板垣师团, 矶谷师团, 冈部联队, 田中大队, 太田部队), one name or
    each name of a list that shares 部队 (山田、中村各部队). Not a common word (先头部队) nor a place."""
    for m in _JP_NAMED_ECH.finditer(text):
        ech = m.group(0)
        if ech == "部队":  # 部队 is any army's word: the side a word before the name gives, Japanese by default
            spans = _listed_names(text, m.start())
        else:
            name = _commander_name(text, m.start(), ech)
            spans = [(m.start() - len(name), m.start(), name)] if name else []
        for a, b, name in spans:
            if any(o.start < b and a < o.end for o in out):
                continue
            if _closes_a_date(text, a):
                continue  # 5月12日|向部队下达: the day of a date and a preposition, no 日向 force
            if a and common_words().get(text[a - 1:a + 1], (0, ""))[0] >= 100:
                continue  # 两个|半师团, 逐渐|将师团: the name's first character closes a word before it
            key = name + ech
            out.append(Mention("unit", a, b if ech == "部队" else b + len(ech), key,
                               {"key": key, "echelon": ech, "number": None, "modifiers": (),
                                "cue": cue_before(text, a) if ech == "部队" else "JP", "implied": "JP",
                                "group": group, "alts": set()}))
            group += 1
    return group


def _force_units(text: str, out: list[Mention], group: int) -> int:
    """Volunteer formations named by their cause (抗日同盟军, 抗日救国军) or by a province or region before
    the force word (察哈尔自卫军, 东北义勇军); a bare force word (自卫军) names no unit."""
    for m in han_run_finditer(_FORCE_RE, text, _FORCE_WORD, _FORCE_REACH):  # = _FORCE_RE.finditer(text)
        pre = m.group("pre")
        region = next((pre[i:] for i in range(len(pre) - 1) if is_toponym(pre[i:])), "")
        if not region and "抗日" not in m.group("cause") and "救国" not in m.group("cause"):
            continue
        s = m.start("cause") - len(region)
        name = text[s:m.end()]
        if any(o.start <= s < o.end for o in out):
            continue  # 东北抗日联军 … of the lexicon
        out.append(Mention("unit", s, m.end(), name,
                           {"key": name, "echelon": "军", "raw_echelon": m.group("ech"), "number": None,
                            "modifiers": (), "cue": cue_before(text, s), "implied": "CN", "group": group,
                            "alts": set()}))
        group += 1
    return _force_echoes(text, out, group)


def _force_echoes(text: str, out: list[Mention], group: int) -> int:
    """A bare force word (救国军) after the one formation of that word the text named in full (民众抗日救国军 … 救国军
    改称…): its short form, the same unit. None where no formation of the word, or two, came before."""
    named = [m for m in out if m.value.get("raw_echelon") in ("同盟军", "义勇军", "救国军", "自卫军")
             and m.value.get("number") is None and m.value.get("implied") == "CN"]
    for w in _FORCE_WORD.finditer(text):
        before = {m.value["key"] for m in named if m.end <= w.start() and m.value["raw_echelon"] == w.group()}
        if len(before) != 1 or any(o.start <= w.start() < o.end for o in out) or text.startswith("进行曲", w.end()):
            continue  # 《义勇军进行曲》: the song
        full = next(m for m in named if m.value["key"] in before)
        out.append(Mention("unit", w.start(), w.end(), w.group(), {**full.value, "cue": cue_before(text, w.start()),
                                                                    "group": group, "alts": set()}))
        group += 1
    return group


# the troops of a province's army named by the province (广西部队, 四川部队: the provincial armies of the Republic,
# as 桂军, 川军 are in short): a Chinese force. Not after 驻 or a verb of place (日军驻广东部队 are troops stationed
# there), nor glued to a word before (华南广东部队 …); a cue (我, 国民革命军) may stand right before it
_PROVINCE_FORCE_AT = re.compile("部队")


@lru_cache(maxsize=1)
def _province_names() -> frozenset[str]:
    """The full names of the provinces (their abbreviations' lexicon, the municipalities left out)."""
    from kangzhan.extract.lexicons import admin, province_abbreviations
    return frozenset(n for n in province_abbreviations().values()
                     if (p := admin().get(n)) is not None and p.kind == "province")


def _province_forces(text: str, out: list[Mention], group: int) -> int:
    """Forces named by their province and 部队 (广西部队, 我广西部队, 国民革命军广西部队): key the name as written."""
    names = _province_names()
    for at in _PROVINCE_FORCE_AT.finditer(text):
        p = at.start()
        prov = next((text[p - k:p] for k in (3, 2) if p >= k and text[p - k:p] in names), None)
        if prov is None:
            continue
        s = p - len(prov)
        before = text[max(0, s - 1):s]
        if "\u4e00" <= before <= "\u9fff" and cue_before(text, s) != "CN":
            continue  # 驻广东部队, 华南广东部队: the troops stationed in the province, or a longer name
        if any(o.start < at.end() and s < o.end for o in out):
            continue
        out.append(Mention("unit", s, at.end(), text[s:at.end()],
                           {"key": text[s:at.end()], "echelon": "部队", "number": None, "modifiers": (),
                            "cue": "CN", "implied": "CN", "group": group, "alts": set()}))
        group += 1
    return group


# the force words of the units that carry a name instead of a number: the base-area, guerrilla, security and
# puppet forces (东南警卫团, 磐石游击队, 冀中警备旅, 伪保安团) and the village militias (张庄民兵联防, 王村自卫团);
# longest first
_LOCAL_ECH = ("民兵联防队", "民兵联防", "民兵大队", "民兵中队", "民兵小队", "民兵队", "民兵连", "民兵营", "民兵排",
              "游击支队", "游击大队", "游击总队", "游击纵队", "游击队", "警卫团", "警卫营", "警卫旅", "独立团", "独立营",
              "独立旅", "保安团", "保安旅", "自卫团", "自卫队", "警备旅", "警备团", "先锋队", "支队", "纵队", "总队", "大队")
_LOCAL_AT = re.compile("|".join(_LOCAL_ECH))
# a force named by what the text does with it, whatever its name (an abbreviation of two counties, a mountain): the
# object of a leader's verb ending in a word of a small local force (X率领甲乙游击队, Y率丙县短枪队), or the
# designation a force was given (番号叫丁戊队, 番号为己庚大队)
_NAMED_BY_DEED = re.compile(r"(?:(?<=率领|带领|指挥)|(?<=[^统督]率)(?!领))(?P<name>[\u4e00-\u9fff]{2,4}?)"
                            r"(?P<ech>游击大队|游击支队|游击队|短枪队|手枪队|武工队|突击队|大刀队|便衣队|敢死队|自卫队)(?![员伍])"
                            r"|(?<=番号)(?:叫做?|为|是|称)?(?P<name2>[\u4e00-\u9fff]{2,3}?)(?P<ech2>大队|中队|支队|队)(?![长员伍])")
_NOT_OWN_FORCE = set("伪日敌倭寇")
_FORMED_AS = re.compile(r"(?:组建为|组建成|改为|改编为|编为|整编为|扩编为|合编为|命名为|番号为)$")
# units named by their duty, no number and no name of their own (八路军特务团, 冀中军区警卫团, 新四军教导团): the
# duty word and the echelon are the whole name; a headquarters' regiment or battalion that a force has only one of
# (补充团: the regiment that trains the replacements, one to a division or army)
_COUNTED_BEFORE = re.compile(rf"[0-9{CN_NUM}几数]个(?:步兵|骑兵|炮兵|野战)?$")
_DUTY_ECH = re.compile("(?:特务|警卫|教导|野战补充|补充)(?:旅|团|营)(?!队)")
# standing alone, a place names the unit only before the words no regular army numbers (not 支队/总队: the
# Japanese named detachments so too); 大队 only after a listed place (惠阳大队, 任丘县大队), which no Japanese
# battalion is named after (theirs bear the commander's family name, read before: 田中大队); a militia's word (民兵…)
# only after its village (below), but 自卫团 after any place (县自卫团)
# the forces a place raises for itself, which a speaker names as the place's (东村的自卫队, 某县的游击队)
_HOME_FORCE = frozenset(("自卫队", "自卫团", "游击队", "游击大队", "民兵队", "民兵大队"))
_MILITIA_ECH = frozenset(w for w in _LOCAL_ECH if w.startswith("民兵")) | {"自卫团", "自卫队"}
_PLACE_ECH = frozenset(w for w in _LOCAL_ECH if not w.startswith("民兵")) - {"支队", "总队"}
# a village militia's name is its village's (as written before the force word): one the text names as a settlement
# (X村, X庄 … written elsewhere) or one that ends so (李庄民兵); it has no army echelon (the word is kept raw)
_SETTLEMENT_END = "村庄屯镇乡寨堡集"
# the end of the formation a named unit belongs to, written right before its name (苏中第四军分区|东南警卫团,
# 路东军分区|来六支队, 新四军|X支队, 二旅|X团): the name then runs from there to the echelon word
_PARENT_END = re.compile(rf"(?:军分区|军区|分区|八路军|新四军|抗联|游击总队|[0-9{CN_NUM}](?:师|旅|纵队|支队))$")
# no unit name holds these: pronouns, numerals, counters, prepositions and particles
_NOT_LOCAL_NAME = set("我敌该其各本每此这那全第两几数个部一二三四五六七八九十百千万0123456789向在从到对与和及被把将为了的之所已也都"
                      "均等即就又并率派令由是有无不")
_DIRECTIONS = set("东西南北中上下左右前后")
_PUPPET_NAMED = re.compile(r"(?:汪伪|伪)(?P<name>[\u4e00-\u9fff]{2,5}?)(?P<ech>师|旅|团|军|支队|纵队|总队|大队)")


def _local_cue(text: str, s: int) -> str | None:
    """The side a named local unit starting at s is given: a puppet (伪…) or Allied name or a side word before
    it; None when none (the unit is then Chinese by default: the base-area and guerrilla forces name their units
    so, the Japanese number theirs)."""
    if text.startswith(("伪", "汪伪"), s):
        return "JP"
    fp = force_prefix(text, s)
    return fp[1] if fp else cue_before(text, s)


def _local_name(text: str, s: int, e: int, numerals: bool = False, verbs: bool = False) -> bool:
    """text[s:e] may be a unit's own name: no pronoun, numeral or particle, no verb. With numerals, a numeral
    after the first character is kept (来六支队: 来安 and 六合, the two counties abbreviated); with verbs, a verb
    or role word is (伪自卫团, 伪警备旅: after 伪 the word names the force)."""
    name = text[s:e]
    stop = _NOT_LOCAL_NAME - set(CN_NUM) if numerals else _NOT_LOCAL_NAME
    if not name or name[0] in _NOT_LOCAL_NAME or any(c in stop for c in name[1:]) \
            or not verbs and any(name.startswith(w) for w in _NAMED_STOP):
        return False
    freq, tag = common_words().get(name, (0, ""))
    return verbs or not (tag.startswith("v") and freq >= 100)


def _village_home(text: str, p: int) -> int | None:
    """The start of the village's name before a militia's force word at p (see _SETTLEMENT_END), or None."""
    for k in (3, 2):
        s = p - k
        home = text[max(0, s):p]
        if s < 0 or not re.fullmatch(r"[\u4e00-\u9fff]+", home):
            continue
        if home[-1] in _SETTLEMENT_END or any(home + c in text for c in _SETTLEMENT_END):
            return s
    return None


def _local_units(text: str, out: list[Mention], group: int) -> int:
    """Units named by a word instead of a number (see _LOCAL_ECH): a village militia named after its village (王村自卫团,
    Chinese), written right after the formation they belong to (苏中第四军分区东南警卫团 → 东南警卫团), named after a
    place (磐石游击队, 冀中警备旅), or a puppet force (伪警卫师, 伪蒙疆军; the bare 伪军 is none). Side: a puppet name
    or side word before, else Chinese."""
    found: list[tuple[int, int, str, bool]] = []  # (start, end, echelon, a village's militia)
    keys: dict[int, str] = {}  # a key other than the text (东村的自卫队 → 东村自卫队)
    for a in _LOCAL_AT.finditer(text):
        p, ech = a.start(), a.group(0)
        if ech in _MILITIA_ECH and (home := _village_home(text, p)) is not None:
            if not any(c in _NOT_LOCAL_NAME for c in text[home:p]):  # 我们村自卫队, 本村自卫队: no village named
                found.append((home, a.end(), ech, True))
            continue
        if ech.startswith("民兵"):  # no village before: only 民兵|大队 is read on, as a named battalion (军分区民兵大队)
            if not ech.endswith("大队"):
                continue
            p, ech = a.end() - 2, "大队"
        if text[a.end():a.end() + 1] in ("伍", "员"):
            continue  # 游击队伍, 游击队员: the ranks, a member — no unit
        parent = False
        for q in range(p - 1, max(0, p - 4) - 1, -1):  # parent-glued: a name of one to four characters
            if _PARENT_END.search(text, max(0, q - 5), q):
                parent = True
                if _local_name(text, q, p, numerals=True):
                    found.append((q, a.end(), ech, False))
                break
            if text[q] in _NOT_LOCAL_NAME and text[q] not in CN_NUM:
                break
        if not parent and ech in _PLACE_ECH:
            # the cause may stand between the place and the force word (安新县抗日游击队, 邯郸县抗日游击大队)
            # or the volunteers' word (某县义勇游击大队, 某县抗日义勇队)
            w = p - next((len(c) for c in ("人民抗日", "民众抗日", "抗日义勇", "抗日", "义勇") if text.endswith(c, 0, p)), 0)
            if text.endswith("县县", 0, w):
                w -= 1  # 某某县|县大队: the county's force (县大队), named after the county written whole before it
            tied = ech in _HOME_FORCE and text.endswith("的", 0, w) and w - 1 > 0
            if tied:  # 东村的自卫队, 某县的游击队: the place's own force, 的 between (keyed without it)
                w -= 1
            q = next((w - n for n in (4, 3, 2) if w - n >= 0 and (_place_name(text[w - n:w], strict=ech == "大队")
                                                            or _county_named(text, w - n, w))), -1)
            if q < 0 and ech not in ("支队", "总队", "大队"):
                # the verb that forms or renames the unit vouches for its name (组建为X独立团, 改为X游击大队):
                # the joint abbreviation of the counties it was raised in (甲乙独立团) is in no gazetteer
                q = next((w - n for n in (3, 2) if w - n >= 0 and _FORMED_AS.search(text, max(0, w - n - 4), w - n)), -1)
            if q >= 0 and _local_name(text, q, w):
                found.append((q, a.end(), ech, False))
                if tied:
                    keys[q] = text[q:w] + text[w + 1:a.end()]
    for d in _DUTY_ECH.finditer(text):  # 八路军|特务团, 警卫团和|教导团: the duty unit (a named one, 东南警卫团, is
        if _COUNTED_BEFORE.search(text, max(0, d.start() - 5), d.start()):
            continue  # 军直属队有两个步兵补充团: a count of such units in an establishment, no unit named
        found.append((d.start(), d.end(), d.group(0)[-1], False))  # found above and starts before: it wins)
    for m in _PUPPET_NAMED.finditer(text):
        if _local_name(text, m.start("name"), m.end("name"), verbs=True) and "军" not in m.group("name"):
            found.append((m.start(), m.end(), m.group("ech"), False))
    for m in _NAMED_BY_DEED.finditer(text):  # 率领甲乙游击队, 番号叫丙丁队: the deed vouches for the force's name
        g = "name" if m.group("name") else "name2"
        word = common_words().get(m.group(g), (0, ""))
        if _local_name(text, m.start(g), m.end(g)) and m.group(g)[0] not in _NOT_OWN_FORCE \
                and not m.group(g).endswith(_NAMED_STOP) \
                and not (word[0] >= 100 and not word[1].startswith("ns")):  # 当地|游击队, 抗日|游击队: words
            found.append((m.start(g), m.end(), m.group("ech" if g == "name" else "ech2"), False))
    for s, e, ech, militia in sorted(found, key=lambda f: (f[0], -f[1])):  # 伪江苏省保安旅 before 江苏省保安旅
        if any(o.start < e and s < o.end for o in out):
            continue
        cue = "CN" if militia else _local_cue(text, s)
        value = {"key": keys.get(s, text[s:e]), "echelon": None if militia else ech, "number": None, "modifiers": (), "cue": cue,
                 "implied": cue or "CN", "group": group, "alts": set()}
        if militia:  # a village's force: no army echelon, its force word kept
            value["raw_echelon"] = ech
        out.append(Mention("unit", s, e, text[s:e], value))
        group += 1
    return group


# a garrison named by the place it holds (甲镇守备队, 乙岭警备队, 丙城宪兵队): the occupier's posts were so named (the
# Japanese and the puppet garrisons of the towns; a side word before it decides, else Japanese; a fortress's, Chinese). The place is the
# name written right before the force word, two to four characters, from a boundary (a non-Chinese character, a
# side or unit word, or the end of a common word: 包括|甲岭警备队) — no pronoun, numeral or particle in it, not a
# common word itself (县城警备队 names no place)
_GARRISON_AT = re.compile("守备队|警备队|宪兵队")
_NOT_PLACE_NAME = _NOT_LOCAL_NAME | set("日敌伪军队兵")


def _common(word: str) -> bool:
    """word is a common word (frequency ≥ 100) that is not a place's or a person's name."""
    freq, tag = common_words().get(word, (0, ""))
    return freq >= 100 and not tag.startswith(("ns", "nr"))


def _name_before(text: str, p: int) -> int | None:
    """Start of the place's name written right before p (see _GARRISON_AT), the longest of 4 to 2 characters that
    opens at a boundary, or None."""
    for n in (4, 3, 2):
        q = p - n
        if q < 0:
            continue
        name = text[q:p]
        if not all("\u4e00" <= c <= "\u9fff" for c in name) or any(c in _NOT_PLACE_NAME for c in name) \
                or name.startswith(_NAMED_STOP) or _common(name) or _common(name[:2]):
            continue
        prev = text[q - 1] if q else ""
        if not ("\u4e00" <= prev <= "\u9fff") or prev in _NOT_PLACE_NAME or _common(text[max(0, q - 2):q]) \
                or _place_name(name, strict=True):
            return q
    return None


def _garrisons(text: str, out: list[Mention], group: int) -> int:
    """The garrisons named by their place (see _GARRISON_AT): 甲镇守备队 → one unit, keyed as written."""
    for m in _GARRISON_AT.finditer(text):
        p = m.start()
        if garrison_prefix(text, m.end()) != p or text[m.end():m.end() + 1] in ("员", "长"):
            continue  # 独立守备队, 铁道守备队: a formation's kind, read with its numbered part; 守备队长: the man
        q = _name_before(text, p)
        if q is None or any(o.start < m.end() and q < o.end for o in out):
            continue
        # a fortress's own garrison (某某要塞警备队) is its holder's: the coast and river fortresses of the war were
        # China's, the occupier garrisoned towns and posts
        cue = _local_cue(text, q) or ("CN" if "要塞" in text[q:p] else "JP")
        out.append(Mention("unit", q, m.end(), text[q:m.end()],
                           {"key": text[q:m.end()], "echelon": m.group(0), "raw_echelon": m.group(0), "number": None,
                            "modifiers": (), "cue": cue, "implied": cue, "group": group, "alts": set()}))
        group += 1
    return group


# a part of a formation named by its own name, written right after the formation the text names (甲纵队|乙丙大队,
# 丁镇守备队|戊己中队): the name runs from the formation's end to the part's echelon word, the formation's side
_PART_AT = re.compile("大队|中队|支队")
_NOT_PART_NAME = _NOT_PLACE_NAME - set(CN_NUM)  # a numeral may stand in a part's name (甲九大队 is read by _local_name)


def _parts_after(text: str, out: list[Mention], group: int) -> int:
    """Parts named after the formation written right before them (see _PART_AT)."""
    ends = {o.end: o for o in out}
    for m in _PART_AT.finditer(text):
        p = m.start()
        if text[m.end():m.end() + 1] in ("伍", "员") or any(o.start < m.end() and p < o.end for o in out):
            continue
        for n in (4, 3, 2):
            parent = ends.get(p - n)
            if parent is None:
                continue
            name = text[p - n:p]
            if not all("\u4e00" <= c <= "\u9fff" for c in name) or any(c in _NOT_PART_NAME for c in name) \
                    or _common(name) or not _local_name(text, p - n, p, numerals=True):  # 甲九大队: two places
                break
            side = parent.value.get("cue") or parent.value.get("implied") or "CN"
            out.append(Mention("unit", p - n, m.end(), text[p - n:m.end()],
                               {"key": text[p - n:m.end()], "echelon": m.group(0), "raw_echelon": m.group(0),
                                "number": None, "modifiers": (), "cue": side, "implied": side, "group": group,
                                "alts": set()}))
            group += 1
            break
    return group


# a number inside a longer name: 第N, then the force's kind or task (two to six characters, no echelon right after the
# number — 第5师团 is read as a designation), then the force word 队/中队/大队/小队 (第三运输监视队, 第二兵站辎重兵中队,
# 第三突击队): one unit, keyed as written; its side a word or a report code (4D) before it gives
_NUMBERED_TASK = re.compile(rf"第[{CN_NUM}0-9]{{1,3}}(?P<name>[\u4e00-\u9fff]{{2,6}}?)(?:中队|大队|小队|队)(?![长员伍部])")
_NOT_TASK_CHARS = _NOT_LOCAL_NAME | set("军师旅团营连队区纵批支次天年月日届期号名位线梯")  # 第四战区政工队: the zone's
_CODE_BEFORE = re.compile(r"[0-9](?:iR|[ADR])$")


# a force sent to China (第2遣华舰队, 侵华第N队): the invader's — no Chinese force is named so
_SENT_TO_CHINA = re.compile("遣华|侵华")


def _numbered_tasks(text: str, out: list[Mention], group: int) -> int:
    """The units named by a number and a task (see _NUMBERED_TASK)."""
    for m in _NUMBERED_TASK.finditer(text) if "队" in text else ():
        name = m.group("name")
        if any(c in _NOT_TASK_CHARS for c in name) or name.startswith(tuple(PRE_MODS)) or _common(name) \
                or any(o.start < m.end() and m.start() < o.end for o in out):
            continue
        cue = cue_before(text, m.start()) or ("JP" if _CODE_BEFORE.search(text, max(0, m.start() - 3), m.start())
                                              or _SENT_TO_CHINA.search(name) else None)
        out.append(Mention("unit", m.start(), m.end(), m.group(0),
                           {"key": m.group(0), "echelon": m.group(0)[-2:] if m.group(0).endswith(("中队", "大队", "小队"))
                            else "队", "raw_echelon": "队", "number": None, "modifiers": (), "cue": cue,
                            "implied": cue, "group": group, "alts": set()}))
        group += 1
    return group


# the branches of the Communist military university (抗日军政大学, 抗大: its 总校 and numbered 分校), whose cadets and
# staff fought as a body when a sweep caught them (抗大一分校学员突围, 抗大第二分校坚守): a force of the fight.
# Source: general history, zh.wikipedia 中国人民抗日军政大学 (the 总校 and the 分校 of the bases, 1938-1945)
_SCHOOL_UNIT = re.compile(rf"(?:抗大|抗日军政大学)(?:第?[{CN_NUM}0-9]{{1,2}}分校|总校)")
# where the branch is a man's schooling, no force (毕业于抗大二分校, 考入抗大总校, 在抗大一分校学习)
_SCHOOLING_BEFORE = re.compile(r"(?:毕业于|毕业|考入|进入|入|就读于?|送往|送到|保送|调入|调到|在|到|赴)$")
_SCHOOLING_AFTER = re.compile(r"(?:毕业|学习|受训|读书|就读|深造|培训|结业)")


def _school_units(text: str, out: list[Mention], group: int) -> int:
    """The branches of the Communist military university (see _SCHOOL_UNIT), Chinese, named as written (抗大一分校);
    none where the text tells a man's schooling there."""
    for m in _SCHOOL_UNIT.finditer(text):
        if _SCHOOLING_BEFORE.search(text, max(0, m.start() - 3), m.start()) or _SCHOOLING_AFTER.match(text, m.end()):
            continue
        if any(o.start < m.end() and m.start() < o.end for o in out):
            continue
        out.append(Mention("unit", m.start(), m.end(), m.group(0),
                           {"key": m.group(0), "echelon": None, "number": None, "modifiers": (), "cue": "CN",
                            "implied": "CN", "group": group, "alts": set(), "raw_echelon": m.group(0)[-2:]}))
        group += 1
    return group


# a designation the wartime press withheld (冀纵x旅, 冀纵 × 旅, 第×师, 120师某团): x, × or 某 printed for the secret
# number. The unit is real but its number unknown: the text form (spaces dropped) is its label. The parent is an
# abbreviated column (冀纵, 鲁纵) or 第 (a numbered formation before, 120师|×团, stays a unit of its own); 某 with
# neither only after a side word (我某团; 某团长, 某军官 name no unit); × alone not after a digit (3×4团)
_CENSORED = re.compile(r"(?P<parent>[\u4e00-\u9fff]纵|第)?[ \t\u3000]?"
                       r"(?P<num>[xX×╳]{1,3}|某)[ \t\u3000]?"
                       r"(?P<ech>师团|旅团|联队|大队|中队|支队|纵队|军分区|师|旅|团|营|连|军)(?![官人事民用阀体续队部属])")

_CENSORED_AT = re.compile(r"[xX×╳某]")  # the number withheld: at most 3 characters (X纵 ) after a match's start


def _censored_units(text: str, out: list[Mention], group: int) -> int:
    """Units whose number the press printed as x, × or 某 (see _CENSORED); side from a cue before, else the
    echelon's (旅 Chinese)."""
    for m in near_anchor_finditer(_CENSORED, text, _CENSORED_AT, 3):  # = _CENSORED.finditer(text)
        s, e = m.start(), m.end()
        if m.group("parent") is None:
            if m.group("num") == "某" and cue_before(text, s) is None:
                continue
            before = text[s - 1:s] if s else ""
            if before and (before.isascii() and before.isalnum()):
                continue  # 3×4团: arithmetic, an identifier
        if any(o.start < e and s < o.end for o in out):
            continue
        key = re.sub(r"[ \t\u3000]", "", text[s:e])
        ech = m.group("ech")
        cue = cue_before(text, s)
        out.append(Mention("unit", s, e, text[s:e],
                           {"key": key, "echelon": ech, "raw_echelon": ech, "number": None, "modifiers": (),
                            "cue": cue, "implied": cue or ECHELON_SIDE.get(ech) or "CN", "group": group,
                            "alts": set()}))
        group += 1
    return group


# the wings and centre of a battle's order, each a corps group of several armies (左翼兵团, 中央兵团, 右翼作战军)
_WING_CORPS = re.compile(r"(?:左翼|右翼|中央|中路|左路|右路)(?:兵团|作战军)")
_WING_PARENT = re.compile(r"(?:战区|集团军|方面军|路军|派遣军)$")


def _wing_corps(text: str, out: list[Mention], group: int) -> int:
    """A wing or the centre of an order of battle named as a force (中国守军左翼兵团、中央兵团主力): a unit where a
    side word or the formation it belongs to stands right before it, or where it continues a list of such wings
    (alone, 左翼兵团 may be any side's and any battle's role), and again wherever the text names it once read.
    Side: the cue, else the parent's (resolve)."""
    last_end, last_cue = -1, None
    seen: dict[str, str | None] = {}  # a wing read before, with its side: named again alone, the same force
    for m in _WING_CORPS.finditer(text):
        s = m.start()
        cue = cue_before(text, s)
        listed = last_end >= 0 and text[last_end:s] in ("、", "和", "及", "与", ",", "，")
        if cue is None and listed:
            cue = last_cue
        if cue is None and m.group(0) in seen:
            cue = seen[m.group(0)]
        elif cue is None and not listed and not _WING_PARENT.search(text, max(0, s - 4), s):
            continue
        seen.setdefault(m.group(0), cue)
        if any(o.start < m.end() and s < o.end for o in out):
            continue
        out.append(Mention("unit", s, m.end(), m.group(0),
                           {"key": m.group(0), "echelon": "兵团", "raw_echelon": "兵团", "number": None,
                            "modifiers": (), "cue": cue, "implied": None, "group": group, "alts": set()}))
        group += 1
        last_end, last_cue = m.end(), cue
    return group


def _county_named(text: str, s: int, w: int) -> bool:
    """text[s:w] names a county as such (two characters and 县: 北海县, 牟海县), as the base areas named the counties
    they formed, which no modern gazetteer holds: a place that names a county's force (北海县独立团, 东海县大队)."""
    return w - s == 3 and text[w - 1] == "县" and bool(re.fullmatch(r"[\u4e00-\u9fff]{2}", text[s:w - 1])) \
        and not any(c in _NOT_LOCAL_NAME or c in _PRONOUN_CHARS for c in text[s:w - 1])  # 他们|县大队: whose, no name


_PRONOUN_CHARS = set("他她它你您咱们")  # 他们县大队, 咱们县里: a pronoun owns the county's force, names no county


def _place_name(name: str, strict: bool = False) -> bool:
    """A place that may name a unit: in a toponym lexicon or (not strict) tagged a place, not a mere direction
    (东南)."""
    if all(c in _DIRECTIONS for c in name):
        return False
    return is_toponym(name) or not strict and common_words().get(name, (0, ""))[1] == "ns"


def _drop_overlaps(ms: list[Mention]) -> list[Mention]:
    out: list[Mention] = []
    last_end = -1
    for m in ms:
        if m.start >= last_end:
            out.append(m)
            last_end = m.end
        elif out and m.end > out[-1].end and m.start == out[-1].start:
            out[-1] = m
            last_end = m.end
    return out


@lru_cache(maxsize=1)
def _army_before(text: str, s: int) -> str | None:
    """The side of a named army (lexicons/named_units.tsv) that ends at most four characters of one word before s,
    with no break between (八路军挺进军|X支队): the force the detachment belongs to."""
    before = text[max(0, s - 10):s]
    for name, (side, _ech) in _named_lexicon().items():
        at = before.rfind(name)
        if side and at >= 0 and len(before) - at - len(name) <= 4 \
                and re.fullmatch(r"[\u4e00-\u9fff]*", before[at + len(name):]):
            return side
    return None


def _named_lexicon() -> dict[str, tuple[str | None, str | None]]:
    return load_named_units()
