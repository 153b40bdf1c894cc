"""Strength and casualty figures: who lost (or fielded) how many, as the text states it.

Public API:

    find_figures(text: str) -> list[Mention]
        kind="figure", value={"kind": "casualties" | "strength", "count": int,
                              "qualifier": "exact" | "atLeast" | "about" | "atMost",
                              "category": a key of kangzhan.rdf.vocab.FIGURE_CATEGORIES,
                              "side": "CN" | "JP" | None, "stated": the count as written ("1.1万余人"),
                              "count_start": int, "count_end": int}
        The span runs from the cue word (伤亡, 毙伤, 兵力 …) to the end of the count.
    side_cue(text: str, start: int, end: int) -> str | None
        the side named nearest before ``end`` in text[start:end] (日军/敌 → JP; 我军/国军/中国 → CN).

Casualty cues: 伤亡/死伤 (casualties), 伤亡及失踪 (casualtiesAndMissing), 毙伤/杀伤 (killedAndWounded),
毙/歼/歼灭/消灭/阵亡 (killed), 俘/被俘 (captured), 战死被俘 (killedAndCaptured), 失踪 (missing),
损失/消耗 (losses). The object after the cue decides the side (毙伤敌…, 歼灭日军… → JP), else the
nearest side word before it in the sentence (日军损失…, 中国伤亡…). A passive loss (伤亡, 阵亡, 伤已达…) belongs
to the subject of its own clause (第九战区伤亡… → CN, after "日军死伤…"; 被我痛击,伤已达… → the one hit), bodies
left (遗尸) to the side that gave way; "二十四位弟兄阵亡" counts men with a classifier. Strength cues: 兵力…N, N兵力,
N大军, 投入/集结/调动/共/共计/率 … N人. Counts of things (架, 辆, 匹), of units (4个师), dates and unit
numbers are never figures; a casualty count needs a person unit (人, 名) or none, never another one.
Infobox lines ("伤亡：中国军队约4万人；日军2万余人") give one figure per side.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import lru_cache

from kangzhan.extract.mentions.base import Mention
from kangzhan.extract.mentions.numbers import CN_DIGITS, COUNT_RE, cn_to_int, count_at, range_high
from kangzhan.extract.mentions.scan import run_anchor_finditer, segment_finditer, starts_at_finditer

# the Japanese side's words, each given its side (_SIDE_WORDS) for whose figure a count is: not fight_content.SIDE,
# which tells that a force acts; 日伪军警, 伪警察: the occupation's police counted with its troops (击毙日伪军警七人)
_JP = r"日本军队|日本军|日伪军警|日伪军|日伪警|日伪|敌伪军|敌伪|伪军|伪兵|伪警察|伪警|日军警|日军|日兵|日寇|日方|日本鬼子|日本|倭寇|鬼子兵|鬼子|敌军|敌兵|敌人|敌寇|敌方|敌|讨伐部队|讨伐队"
_CN_WORDS = r"中国军队|中国方面|中国军|中方|中国|国民革命军|国民政府军|国民政府|国民党军|国民党|国军|华军|我军|我方|我国|我|八路军|新四军|远征军|驻印军"
# and a name a website's word filter masked (******损失兵力…: the filters mask the Chinese parties' names)
_CN = _CN_WORDS + r"|[*＊]{3,}"
# the Allies' forces (英军, 美军, 苏军, 盟军): a third side (OTHER), whose losses are neither China's nor Japan's
_OT = r"英缅军|英印军|英国军队|英军|美国军队|美军|苏联红军|苏军|盟军|法军"
_SIDE = re.compile(rf"(?P<jp>{_JP})|(?P<cn>{_CN})|(?P<ot>{_OT})")
_SIDE_WORDS = {**dict.fromkeys(_JP.split("|"), "JP"), **dict.fromkeys(_CN_WORDS.split("|"), "CN"),
               **dict.fromkeys(_OT.split("|"), "OTHER")}


def _side_of(m: re.Match) -> str:
    """The side of a match with the groups jp / cn (/ ot: the Allies)."""
    return "JP" if m.group("jp") else "OTHER" if m.groupdict().get("ot") else "CN"
# words that contain a side word but are none (敌后 is a place, 我们 is a pronoun …)
_NOT_SIDE = re.compile(r"敌后|敌占|我们|中国战区|日本海|中国派遣军")  # 中国派遣军 is Japanese
_JP_UNIT = re.compile(r"派遣军|方面军|师团|旅团|联队")
# echelon words that belong to one side only: a weak cue, used when no side word decides
_WEAK = re.compile(r"(?P<jp>派遣军|方面军|师团|旅团|联队)|(?P<cn>战区|集团军|路军|挺进纵队|守军)")
_CLAUSE_SEP = re.compile(r"[，,:：、]")

_CASUALTY_CUES: list[tuple[str, str]] = [
    ("伤亡及失踪", "casualtiesAndMissing"), ("伤亡和失踪", "casualtiesAndMissing"), ("伤亡、失踪", "casualtiesAndMissing"),
    ("伤亡失踪", "casualtiesAndMissing"), ("伤亡、走失", "casualtiesAndMissing"), ("伤亡及走失", "casualtiesAndMissing"),
    ("伤亡走失", "casualtiesAndMissing"), ("死伤失踪", "casualtiesAndMissing"), ("伤亡与失踪", "casualtiesAndMissing"),
    ("战死被俘", "killedAndCaptured"), ("阵亡被俘", "killedAndCaptured"), ("毙俘", "killedAndCaptured"),
    ("歼俘", "killedAndCaptured"),
    ("毙伤俘", "casualties"), ("伤亡病", "casualties"), ("死伤病", "casualties"), ("伤亡", "casualties"),
    ("死伤", "casualties"),
    ("毙伤", "killedAndWounded"), ("杀伤", "killedAndWounded"), ("击毙击伤", "killedAndWounded"),
    ("击毙、击伤", "killedAndWounded"), ("击毙和击伤", "killedAndWounded"), ("击毙及击伤", "killedAndWounded"),
    # the killing by mines and by hand of a militia's fight (炸死日军8名, 炸死炸伤50余名日伪军)
    ("炸死炸伤", "killedAndWounded"), ("打死打伤", "killedAndWounded"), ("炸死", "killed"), ("炸伤", "wounded"),
    ("击伤", "wounded"),  # 击毙日军10人,击伤13人: the wounding verb of a log's tally
    ("击毙", "killed"), ("毙敌", "killed"), ("杀敌", "killed"), ("遗尸", "killed"), ("收尸", "killed"), ("火化", "killed"), ("阵亡", "killed"), ("战死", "killed"), ("被歼", "killed"),
    ("歼灭", "killed"), ("消灭", "killed"), ("打死", "killed"), ("毙", "killed"), ("歼", "killed"),
    ("死了", "killed"), ("伤了", "wounded"),  # the spoken forms of an oral account or a Q&A (日军也死了三千多)
    ("负伤", "wounded"), ("受伤", "wounded"), ("战伤", "wounded"), ("伤", "wounded"),  # 战伤: the Japanese statistics' word
    ("被俘", "captured"), ("俘虏", "captured"), ("俘获", "captured"), ("生俘", "captured"), ("生擒", "captured"),
    ("活捉", "captured"),  # the spoken word of a local history (当即毙伤6人,活捉5人)
    ("俘", "captured"), ("失踪", "missing"),
    # the dead of a side said before their count (我连牺牲12人, 敌死亡12名, 我军死亡四七三人): 牺牲 is said of one's
    # own men; 死亡 counts a side's soldiers only with that side named in its clause (else the dead may be anyone's)
    ("牺牲", "killed"), ("死亡", "killed"),
    # men who went over: a loss of their side (the vocabulary has no surrender category)
    ("投诚者", "losses"), ("投降者", "losses"), ("归正者", "losses"), ("反正者", "losses"),
    ("损失兵力", "losses"), ("损兵", "losses"), ("折兵", "losses"), ("伤亡兵力", "casualties"), ("损失", "losses"), ("消耗", "losses"), ("减员", "losses"),
]
# cue characters listed: 毙、伤 / 毙、伤、俘和投诚 — put first so they win over the single characters
_ENUM_CUE = r"[毙伤俘](?:[、和及][毙伤俘])+(?:[、和及](?:投诚|投降))?"
_CUE_CATEGORY = dict(_CASUALTY_CUES)
# cues whose subject is the side that lost (伤亡, 阵亡, 伤 …), unlike the active verbs (毙, 歼 …) and the
# cues read from the sentence as a whole (损失, 消耗)
_PASSIVE_CUES = {"伤亡", "死伤", "伤亡病", "死伤病", "阵亡", "战死", "负伤", "受伤", "战伤", "伤", "失踪", "伤亡及失踪",
                 "伤亡和失踪", "伤亡、失踪", "伤亡失踪", "死伤失踪", "伤亡与失踪", "伤亡、走失", "伤亡及走失", "伤亡走失", "战死被俘", "阵亡被俘", "被俘", "被歼",
                 "死了", "伤了", "收尸", "火化", "牺牲", "死亡"}  # 收尸/火化: the bodies a side gathered or burned are its own dead
_CONTINUATION = re.compile(rf"[,，、](?P<subj>{_JP}|{_CN}|{_OT})(?:[共达为约]|官兵)?(?P<count>{COUNT_RE.pattern})")
_AFTER_CUES = {"阵亡": "killed", "战死": "killed", "被俘": "captured", "失踪": "missing", "负伤": "wounded",
               "受伤": "wounded", "伤亡": "casualties", "死伤": "casualties", "被歼": "killed", "被毙": "killed", "被全歼": "killed", "被歼灭": "killed",
               "被消灭": "killed", "被击毙": "killed",
               "的伤亡": "casualties", "的损失": "losses", "牺牲": "killed", "殉国": "killed",  # 付出了33万多人的损失
               "长眠": "killed",
               "被淹死": "killed", "淹死": "killed",
               # the death said of the men counted (日军80余人毙命, 敌二百余人丧命, 敌三十人死亡), the passive of a
               # killing or a capture (31名日兵尽被击毙, 十余人被活捉)
               "毙命": "killed", "丧命": "killed", "送命": "killed", "丧生": "killed", "身亡": "killed", "死亡": "killed",
               "被打死": "killed", "被炸死": "killed", "被杀死": "killed", "被生俘": "captured", "被活捉": "captured",
               "被俘虏": "captured", "被俘获": "captured", "被缴械": "captured"}  # 成千人被淹死: men drowned crossing a river in a withdrawal  # 一千多人长眠于此山: a memorial's words for the fallen buried where they fell
# a lone 伤 is a cue only with a filler before its count (伤已达八千余人, 伤亦达…), or opening a clause of a tally
# right before its count (阵亡8671人,伤1万余人 / 亡三百,伤五百余人) or before the side it wounded (毙日军12人,伤日军8人:
# a log's tally, the verb's object): elsewhere it is a word part (伤兵, 伤员)
_LONE_WOUNDED = rf"(?:伤(?=[已亦共计]?达|共计|计)|(?<=[,，、;；])伤(?=约?[0-9{CN_DIGITS}]|日军|日伪|敌|伪军))"
_CUE_ALT = _ENUM_CUE + "|" + "|".join(
    _LONE_WOUNDED if c == "伤" else re.escape(c)
    for c, _ in sorted(_CASUALTY_CUES, key=lambda x: -len(x[0])))


def _cue_category(cue: str) -> str:
    if cue in _CUE_CATEGORY:
        return _CUE_CATEGORY[cue]
    chars = set(cue) & set("毙伤俘")
    return {frozenset("毙伤"): "killedAndWounded", frozenset("毙俘"): "killedAndCaptured"}.get(
        frozenset(chars), "casualties")
_COUNT = COUNT_RE.pattern
_FILL = r"(?:[共达计为已竟也了者各在]|数(?=[0-9])|一部|人数|总数|兵力|官兵|将士|士兵|战士|人员|总计|合计|共计|累计|约计|总共|高达|多达|竟达|已达|亦达|之多|只有|仅有|不过|仅|只)"  # 损失只有六千多人: "only"
# cue, optional object (毙伤敌…) with the chain of its units (日本精锐X师团Y联队所属官兵), up to 3 filler words, then the count
# a match opens with a cue's first character: the lookahead rejects other positions at once (the class
# that opens _ENUM_CUE keeps the regex engine from finding that first-character test by itself)
_CUE_FIRST = "".join(sorted({re.escape(c[0]) for c, _ in _CASUALTY_CUES} | set("毙伤俘")))
# the enemy named by where he was posted or whence he came, between the verb and its count: "全歼了驻李家庄日军
# 180多人", "歼灭来犯之敌300余人", "全歼守敌120余人" (a garrison verb, up to 6 characters of place, then the enemy)
# the Japanese as persons, as the wartime press wrote the captured (生俘日人二名): only as a casualty verb's object
# (日人 elsewhere is mostly a date's end, 9日人员, or 抗日人民)
_JP_PEOPLE = r"日人(?![民员士数口])"
_HELD = rf"(?:驻|守|盘踞(?:在|于)?|据守|侵占|进犯|来犯|侵犯|窜犯)(?:[\u4e00-\u9fff]{{0,6}}?[之的]?)?(?=(?:{_JP}))"
_CASUALTY = re.compile(
    rf"(?=[{_CUE_FIRST}])(?P<cue>{_CUE_ALT})(?P<colon>[:：](?=[约近逾]?[0-9{CN_DIGITS}]))?(?:了(?={_HELD}|{_JP}|{_CN}))?(?:{_HELD})?(?P<obj>(?:{_JP})(?:[和与及、]?伪军)?|{_CN}|{_JP_PEOPLE})?(?P<obj2>(?:[^，,。；;：:\s]{{0,10}}?(?:师团|旅团|联队|部队|军队|官兵)){{1,3}})?"
    rf"(?P<below>[^，,。；;：:\s0-9][^，,。；;：:\s]{{0,39}}?以下(?:{_JP}|{_CN})?)?{_FILL}{{0,3}}(?P<count>{_COUNT})"
)  # below: "击毙敌联队长X以下(日军)N人", the count with the officer named first
_STRENGTH_CUE = (r"兵员[:：]?|总兵力|兵力总数|总数|兵力|人数(?=约|计|共|达|有|在)|派出|派遣|投入|集结|集中|调动|调集|出动|出兵|动员|参战|参加|共计|总计|合计|计有|拥有|增兵至|增至|增加到|"
                 r"增兵|率领|带领|率|指挥(?![部所官员])|共|只有|仅有|达|有|官兵(?=约|计|共|达|总数)")
_STRENGTH = re.compile(
    rf"(?P<cue>{_STRENGTH_CUE})(?P<mid>[^，,。；;：:\s]{{0,16}}?)(?<![第0-9.])(?P<count>{_COUNT})(?P<tail>兵力|大军|之众|官兵|部队|兵员|人马|军队)?"
)
# an order of battle then its total: "8个师2个旅共13.4万人", "35个师,约20万人", "4个师团7万兵力"
_UNITS_THEN_COUNT = re.compile(
    rf"(?P<cue>[0-9{CN_DIGITS}][0-9{CN_DIGITS}]*个(?:集团军|方面军|师团|旅团|联队|大队|中队|战区|军|师|旅|团|营|连|纵队|支队|兵团))"  # [N][N]* = [N]+
    # (a local force's companies then their men: 带领两个中队40余人, 三个连300余人)
    rf"(?P<mid>[^。；;:：\n]{{0,30}}?)[,，、]?(?:又|另|和|及|共|共计|总计|合计|计|达)?(?P<count>{_COUNT})"
    rf"(?P<tail>兵力|大军|之众|官兵|部队|兵员|人马|军队)?"
)
# a numbered unit then the number of its men: "日军第13师团约2万余人", "第5军近4万人" (the men the unit brought)
# also a chain of units, the first maybe a puppet one written without 第, the later ones without it too (日军第9旅团
# 31大队800余人, 伪12师等3000多人: 等 closes the list the count totals)
_ECH_OF_COUNT = "集团军|方面军|师团|旅团|联队|大队|路军|军|师|旅|团|纵队|支队|兵团"
_UNIT_THEN_COUNT = re.compile(
    rf"(?P<cue>(?:第|伪第?)[0-9{CN_DIGITS}]+(?:{_ECH_OF_COUNT})(?:第?[0-9{CN_DIGITS}]+(?:{_ECH_OF_COUNT}|营)){{0,2}})"
    rf"(?P<mid>等|所部|等部)?[,，]?"
    rf"(?:仅有?|只有?)?(?=约|近|共|计|达|[0-9{CN_DIGITS}])(?P<count>{_COUNT})(?P<tail>兵力|大军|之众|官兵|部队|兵员|人马)?"
)
# a unit, where it held, then its men: "日军第58联队固守石门镇的2000多官兵", "第5军驻守昆仑关的一万余将士" (the men
# the unit held the place with; 牺牲的N官兵 has no holding verb and stays a loss)
_UNIT_HOLDING_COUNT = re.compile(
    # (?<![N个])第?[N]+ written as its first character (第 or a numeral), then what that character must be followed by,
    # the lookbehind over it: the pattern opens with one character class, which re scans for in C
    rf"(?P<cue>[第0-9{CN_DIGITS}](?:(?<=第)(?<![0-9{CN_DIGITS}个]第)[0-9{CN_DIGITS}]+"
    rf"|(?<=[0-9{CN_DIGITS}])(?<![0-9{CN_DIGITS}个][0-9{CN_DIGITS}])[0-9{CN_DIGITS}]*)(?:师团|旅团|联队|大队|军|师|旅|团))"
    rf"(?P<mid>(?:固守|驻守|防守|据守|守卫|坚守|驻扎|驻防|困守)[\u4e00-\u9fff]{{1,6}}?的)(?P<count>{_COUNT})"
    rf"(?P<tail>官兵|将士|兵力|人马|兵员)?"
)
# a unit (its 第 often dropped), maybe its commander's troops (X部), then an arm and its head count: "二十九军宋哲元部
# 骑兵500余人", "第3团步兵八百余人": the men of that unit's arm
_UNIT_ARM_COUNT = re.compile(
    # (?<![N个])第?[N]+ written character first, the lookbehind over that character (see _surname_candidates of
    # persons): re scans for the first character in C instead of trying the lookbehind at every position
    rf"(?P<cue>(?:第(?<![0-9{CN_DIGITS}个]第)[0-9{CN_DIGITS}]+|[0-9{CN_DIGITS}](?<![0-9{CN_DIGITS}个][0-9{CN_DIGITS}])"
    rf"[0-9{CN_DIGITS}]*)(?:师团|旅团|联队|大队|军|师|旅|团|营))"
    rf"(?P<mid>(?:[\u4e00-\u9fff]{{2,3}}部)?(?:骑兵|步兵|炮兵|工兵))(?P<count>{_COUNT})(?P<tail>)"
)
# a long order of battle closed by its total: "总计8个步兵联队(…)、2个骑兵联队…,近7万人"
_UNITS_LIST_TOTAL = re.compile(
    rf"(?P<cue>[0-9{CN_DIGITS}][0-9{CN_DIGITS}]*个(?:步兵|骑兵|炮兵|野炮|山炮|工兵|独立)?(?:集团军|方面军|师团|旅团|联队|大队|战区|军|师|旅|团|纵队|支队|兵团))"
    rf"(?P<mid>[^。；;\n]{{30,160}}?)[,，、](?=约|近|共|计|总计|共计|达)(?P<count>{_COUNT})"
    rf"(?P<tail>兵力|大军|之众|官兵|部队|兵员|人马|军队)?"
)
# the verbs of our killing or taking the men counted before them, in the passive (四十多人被我全歼, 50名伪军被我军俘虏)
_BY_US_CUES = {"全歼": "killed", "歼灭": "killed", "消灭": "killed", "击毙": "killed", "打死": "killed", "歼": "killed",
               "俘虏": "captured", "俘获": "captured", "生俘": "captured", "活捉": "captured", "俘": "captured"}
# the count, the men's side right after it (31名日兵尽被歼灭), "all of them" (1400余人全部牺牲), then the loss cue or
# the passive of our killing them (被我全歼)
_COUNT_CUE = re.compile(
    rf"(?P<count>{_COUNT})(?P<countunit>(?<=[人名])|(?<=人员))(?P<who>{_JP})?(?:全部|全体|全|均|都|尽|悉数|壮烈)?"
    rf"(?:(?P<cue>{'|'.join(_AFTER_CUES)})|被我(?:军|方|部|们)?(?:全部|完全|悉数|彻底|全)?(?P<usverb>{'|'.join(_BY_US_CUES)}))"
)
_OFFICERS = re.compile(
    rf"(?P<cue>伤亡|死伤|战死|阵亡|被击毙|击毙|毙|受伤|负伤|伤)[^。；;,，]{{0,24}}?(?:军官|将校|将佐|尉官|官佐)(?:共|计|达)?(?P<count>{_COUNT})"
)
_COUNT_THEN = re.compile(rf"(?P<count>{_COUNT})(?P<tail>兵力|大军|之众|(?:{_JP}|{_CN})(?=[^伤死亡俘]))")
# _COUNT_CUE scanned anchor-first (scan.segment_finditer): its matches hold no stop character, a numeral
# (_NUMERAL) and a cue word after 人/名 (rarer than counts: the clauses without one are skipped)
_STOP_CHARS = re.compile(r"[。；;:：，、()（）\s,]")


@lru_cache(maxsize=4)  # the two scans below cut the same text
def _count_stops(text: str) -> tuple[int, ...]:
    """Where no count runs through: punctuation, spaces, and commas but those between two digits (3,550;
    normalize made every "，" a ",")."""
    return tuple(i for m in _STOP_CHARS.finditer(text)
                 if text[i := m.start()] != "," or not (text[i - 1:i].isdigit() and text[i + 1:i + 2].isdigit()))


_NUMERAL = re.compile(f"[0-9{CN_DIGITS}万萬亿]")
_AFTER_CUE_WORDS = re.compile("|".join(_AFTER_CUES) + "|被我")
# _COUNT_THEN the same way: its tail word follows a character that may end a count (a character of COUNT_RE)
# and comes at most 13 characters after the count's last numeral (magnitude and 余/多, suffix, measure word,
# suffix); the anchors are every start of a tail word (a lookahead: overlapping ones too)
_THEN_TAIL_WORDS = ("兵力", "大军", "之众", *_JP.split("|"), *_CN_WORDS.split("|"))
_THEN_TAIL = re.compile("(?=[" + "".join(sorted({w[0] for w in _THEN_TAIL_WORDS})) + "])(?="
                        + "|".join(_THEN_TAIL_WORDS) + ")")
_COUNT_END = frozenset({c for c in COUNT_RE.pattern if ord(c) > 127} | set("0123456789+"))  # "3,550": no end


def _count_then_matches(text: str):
    """_COUNT_THEN.finditer(text), scanned only in clauses where a tail word follows a count's character
    with a numeral shortly before."""
    def keep(a: re.Match) -> bool:
        p = a.start()
        return p > 0 and text[p - 1] in _COUNT_END and _NUMERAL.search(text, max(0, p - 14), p) is not None
    return segment_finditer(_COUNT_THEN, text, _THEN_TAIL, _count_stops(text), keep=keep)


_INFOBOX = re.compile(r"^[ \t]*(?P<key>伤亡|损失|伤亡情况|伤亡人数|兵力|参战兵力|参战方兵力|双方兵力)[ \t]*[:：]"
                      r"|(?P<key2>参加会战的兵力|参战兵力|双方兵力|投入兵力|使用兵力)[ \t]*[,，:：]", re.M)
_PERSON_UNITS = {None, "人", "余人", "多人", "名", "众", "兵", "员", "人次", "具"}  # 具: 遗尸千余具
_BAD_BEFORE = re.compile(r"[第\d.]$")
# civilians, workers and the like: their numbers are no strength or casualties of a side
# (not where the word names a force: 辽宁民众自卫军, 华侨抗日义勇队, 学生军, 群众武装 — the force's men are no civilians)
_CIVILIAN = re.compile(r"(?:人口|居民|百姓|难民|民众|群众|同胞|市民|平民|村民|民工|壮丁|妇孺|妇女|儿童|学生|侨胞|华侨|劳工|伤兵|伤员|战马|马匹)"
                       r"(?!(?:抗日)?(?:自卫|义勇|救国|武装|游击|抗日|联军|军))")
_DATE_AFTER = re.compile(r"[年月时号]|日(?![军本方寇伪舰机])")
_CLAUSE_END = re.compile(r"[。；;!?！？\n]")
_CLAUSE_CHARS = frozenset("，,:：、。；;!?！？\n")  # the characters of _CLAUSE_SEP and _CLAUSE_END, for a set test per step


def side_cue(text: str, start: int, end: int) -> str | None:
    """The side named nearest before ``end`` within text[start:end], or None. The Allies (英军, 美军) are no cue
    here: only a loss of their own (loss_owner) is theirs; a force they joined counts with its side (我方…还有美军
    后勤部队,共约30万人)."""
    best: str | None = None
    for m in _SIDE.finditer(text, start, end):
        if m.group("ot"):
            continue
        if _NOT_SIDE.match(text, m.start()) or _NOT_SIDE.search(text, max(0, m.start() - 1), m.end() + 3):
            w = _NOT_SIDE.search(text, max(0, m.start() - 1), m.end() + 3)
            if w and w.group(0) == "中国派遣军":
                best = "JP"
            continue
        best = _side_of(m)
    return best


def _first_side(text: str, start: int, end: int) -> str | None:
    for m in _SIDE.finditer(text, start, end):
        if m.group("ot"):
            continue
        w = _NOT_SIDE.search(text, max(0, m.start() - 1), m.end() + 3)
        if w:
            if w.group(0) == "中国派遣军":
                return "JP"
            continue
        return _side_of(m)
    return None


def _last_side(rx: re.Pattern, text: str, start: int, end: int) -> str | None:
    """The side of rx's last match in text[start:end] (its group 'jp' says Japanese), None without one."""
    best = None
    for m in rx.finditer(text, start, end):
        best = _side_of(m)
    return best


def _weak_side(text: str, start: int, end: int) -> str | None:
    return _last_side(_WEAK, text, start, end)


_SUBJECT_LEAD = re.compile(r"(?:侵华|在华|驻华|来犯|进犯)?[\s此役战但而并则也又后时同其另即遂当然虽在使令该这各路部]{0,4}")
# (侵华日军, 在华日军, 来犯之敌: the invaders' own epithets before the side word that opens the clause)


def _clause_subject(text: str, c0: int, c1: int) -> str | None:
    """The side word opening the clause text[c0:c1] (after 此役/但/而 …), if any."""
    lead = _SUBJECT_LEAD.match(text, c0, c1)
    m = _SIDE.match(text, lead.end() if lead else c0, c1)
    if not m or _NOT_SIDE.search(text, max(0, m.start() - 1), m.end() + 3):
        return None
    return _side_of(m)


def side_for(text: str, pos: int) -> str | None:
    """The side a figure at ``pos`` belongs to: a side word in its own clause (nearest before it), else
    the side word opening an earlier clause of the sentence (its subject: 中国第2战区…, 率…28万人), else
    the nearest side word of the sentence, else a one-sided echelon word (战区 → CN, 师团 → JP)."""
    s0 = _sentence_start(text, pos)
    c0 = pos
    while c0 > s0 and not _CLAUSE_SEP.match(text, c0 - 1):
        c0 -= 1
    side = side_cue(text, c0, pos)
    if side:
        return side
    c1 = c0
    while c1 > s0:
        b = c1 - 1
        while b > s0 and not _CLAUSE_SEP.match(text, b - 1):
            b -= 1
        side = _clause_subject(text, b, c1)
        if side and side != "OTHER":
            return side
        c1 = b
    side = side_cue(text, s0, pos) or _weak_side(text, s0, pos)
    if side is None:  # across a semicolon: "日军则以…等共6个师团、3个旅团;总兵力约10万人"
        f0 = _full_sentence_start(text, pos)
        side = _first_side(text, f0, pos) or _weak_side(text, f0, pos)
    if side is None:  # a table's lines under their head line ("日军第55师团:" / "兵员:20259人")
        ls = text.rfind("\n", 0, pos) + 1
        if ls > 0:
            hs = text.rfind("\n", 0, ls - 1) + 1
            head_end = len(text[hs:ls - 1].rstrip()) + hs
            if text[hs:head_end].endswith((":", "：")):
                side = side_cue(text, hs, head_end) or _weak_side(text, hs, head_end)
    return side


# in the clause of a loss, a numbered Chinese division is a one-sided echelon word too (第195师伤亡…)
_OWN_WEAK = re.compile(r"(?P<jp>派遣军|方面军|师团|旅团|联队)|(?P<cn>战区|集团军|路军|挺进纵队|守军|(?<=[0-9十百])师(?!团))")
_OPPOSITE = {"CN": "JP", "JP": "CN"}
# the side that gave way: 敌溃退, 日军败逃, 敌不支 — a loser's verb right after a side word
_DEFEATED = re.compile(rf"(?:(?P<jp>{_JP})|(?P<cn>{_CN}))[^，,。；;]{{0,3}}?(?:溃|败|逃|退却|后退|撤退|不支)")


def _owner_in(text: str, start: int, end: int) -> str | None:
    """The side nearest before ``end`` in text[start:end] read as the subject of a loss: a side word after
    被 is the agent of a passive (连日被我痛击 → the one hit is the other side)."""
    best: str | None = None
    for m in _SIDE.finditer(text, start, end):
        w = _NOT_SIDE.search(text, max(0, m.start() - 1), m.end() + 3)
        if w:
            if w.group(0) == "中国派遣军":
                best = "JP"
            continue
        side = _side_of(m)
        best = _OPPOSITE.get(side, side) if text[m.start() - 1:m.start()] == "被" else side
    return best


def _own_weak(text: str, start: int, end: int) -> str | None:
    return _last_side(_OWN_WEAK, text, start, end)


def _clause_start(text: str, pos: int, s0: int) -> int:
    c0 = pos
    while c0 > s0 and not _CLAUSE_SEP.match(text, c0 - 1):
        c0 -= 1
    return c0


# 我们/咱们 as the subject of a loss in its own clause (not 我们这里/我们村: a place)
_WE_LOST = re.compile(r"(?:我们|咱们)(?![这那家村乡县镇里的])")


def loss_owner(text: str, pos: int) -> str | None:
    """Whose loss a figure with a passive cue (伤亡, 阵亡, 伤…) at ``pos`` is: the subject of its own clause
    (a side word, 被X read as the other side, else a one-sided echelon word: 第九战区伤亡… → CN), else the
    nearest earlier clause of the sentence with a passive (…被我痛击,伤已达… → JP) or a side word opening it,
    else side_for. The first side word of the sentence does not decide a later clause's loss."""
    s0 = _sentence_start(text, pos)
    c0 = _clause_start(text, pos, s0)
    side = _owner_in(text, c0, pos) or _own_weak(text, c0, pos)
    if side:
        return side
    if _WE_LOST.search(text, c0, pos):
        return "CN"  # 这次我们负伤十五人: the narrator's own men (a Japanese-view text has its 我 read as 敌 already)
    c1 = c0
    while c1 > s0:
        b = _clause_start(text, c1 - 1, s0)
        agent = re.search(rf"被(?:(?P<jp>{_JP})|(?P<cn>{_CN}))", text[b:c1])
        if agent:
            return "CN" if agent.group("jp") else "JP"
        side = _clause_subject(text, b, c1)
        if side:
            return side
        c1 = b
    return _fought_with(text, s0, pos) or side_for(text, pos) or _narrator_loss(text, pos, s0)


# the side a sentence's subject fought (第200师和日军第55师团交战, 与敌激战): the party after 与/和/同/跟
_WITH_SIDE = re.compile(rf"[与和同跟](?:(?P<jp>{_JP})|(?P<cn>{_CN}))")


def _fought_with(text: str, s0: int, pos: int) -> str | None:
    """An unclaimed loss after a clause where the subject fought a side named after 与/和 (X和日军…交战,伤亡…): the
    subject's loss, the other side than the one fought, when that side word is the last one before the loss."""
    last = None
    for m in _SIDE.finditer(text, s0, pos):
        last = m
    if last is None or text[last.start() - 1:last.start()] not in "与和同跟" or last.start() == s0:
        return None
    w = _WITH_SIDE.match(text, last.start() - 1)
    if w is None or w.end() != last.end():
        return None
    return "CN" if w.group("jp") else "JP"


# the narrator's side fighting 敌 (与敌搏斗, 向敌猛攻, 击敌): the one who acts on 敌 is the narrator's side
_ON_ENEMY = re.compile(r"(?:与|向|对|同|跟|和|攻击|进攻|迎击|阻击|抗击|围攻|猛攻|追击|歼|击)敌(?![后占伪])")


def _narrator_loss(text: str, pos: int, s0: int) -> str | None:
    """A loss no side word claims, told right after the narrator's side fought 敌 (与敌搏斗于…。猛攻九次,伤亡官兵
    六千余人): Chinese accounts mark the enemy's losses (毙敌, 敌伤亡) and leave their own unmarked."""
    p0 = _sentence_start(text, s0 - 1) if s0 > 0 else s0
    if _ON_ENEMY.search(text, p0, pos):
        return "CN"
    # the total of a fight told before (昨晚战斗共伤亡…, 此役伤亡…, a diary's next entry) in an account the narrator
    # tells as 我/我们 against 敌: his own side's, left unmarked as Chinese accounts leave their own
    if _FIGHT_TOTAL.search(text, max(s0, pos - 8), pos) and "敌" in text[:pos] and _WE.search(text, 0, pos):
        return "CN"
    return None


_FIGHT_TOTAL = re.compile(r"(?:战斗|此役|是役|该役|此战|这一仗|这次战斗)(?:中|里)?(?:共计?|总计|合计)?$")
_WE = re.compile(r"我(?:们|军|部|团|旅|师|营|连|自率|率)")


def bodies_owner(text: str, cue: int) -> str | None:
    """Whose are the bodies of 遗尸 at ``cue``: a side word right before it (敌遗尸, 日军共遗尸), else the side
    that gave way earlier in the sentence (敌溃退,遗尸…), else the other side of the sentence's actor
    (我军…毙敌…,遗尸… → JP): the dead are left by the defeated, never by the narrator's victors."""
    s0 = _sentence_start(text, cue)
    c0 = _clause_start(text, cue, s0)
    side = side_cue(text, c0, cue)
    if side:
        return side
    lost = None
    for m in _DEFEATED.finditer(text, s0, cue):
        lost = "JP" if m.group("jp") else "CN"
    if lost:
        return lost
    return _OPPOSITE.get(side_for(text, cue) or "")


def _full_sentence_start(text: str, pos: int) -> int:
    lo = max(0, pos - 400)
    last = max(text.rfind(c, lo, pos) for c in "。!?！？\n")
    return last + 1 if last >= 0 else lo


# a speaker's words or a pretext (他们说…, 借口…, 诡称…), not a source quoted for the figures (据日方称)
_SAYS = re.compile(r"(?<!据)(?<!据[\u4e00-\u9fff])(?<!据[\u4e00-\u9fff]{2})(?:说|声称|借口|藉口|诡称|谎称|扬言|托称|硬说)")


def _claimed_missing(text: str, m: Mention) -> bool:
    """A man "missing" in what someone says or pretends (一个日本军官说,他们有一个士兵失踪了): the pretext for a
    search or an attack, no loss of the battle."""
    if m.value.get("category") != "missing":
        return False
    cs = m.value.get("count_start", m.start)
    return bool(_SAYS.search(text, _sentence_start(text, cs), cs))


def _sentence_start(text: str, pos: int) -> int:
    """Just after the last end mark (。；!? or a line break) within 200 characters before pos."""
    lo = max(0, pos - 200)
    last = max(text.rfind(c, lo, pos) for c in "。；;!?！？\n")
    return last + 1 if last >= 0 else lo


def _civilian(text: str, pos: int) -> bool:
    """The clause of the count at ``pos`` is about civilians (人口, 难民, 群众 …)."""
    c0 = pos
    lo = max(0, pos - 40)
    while c0 > lo and text[c0 - 1] not in _CLAUSE_CHARS:  # = neither _CLAUSE_SEP nor _CLAUSE_END matches there
        c0 -= 1
    return bool(_CIVILIAN.search(text, c0, pos))


def _count_ok(m: re.Match, text: str, person_only: bool) -> bool:
    if _civilian(text, m.start("count")):
        return False
    cm = COUNT_RE.match(text, m.start("count"))
    if cm is None or cm.end() != m.end("count"):
        return False
    unit = cm.group("unit")
    if unit in ("年", "月", "日") or _BAD_BEFORE.search(text, max(0, m.start("count") - 1), m.start("count")):
        return False
    if unit is None and _DATE_AFTER.match(text, m.end("count")):
        return False
    if person_only and unit is None and not re.search(r"[0-9万千百余多]|.十|十.", cm.group("num")):
        return False  # 歼日军一部: a bare small Chinese numeral is a word (一部, 一举), no count; 歼敌六十余 is one
    return not (person_only and unit not in _PERSON_UNITS)


def _figure(text: str, m: re.Match, kind: str, category: str, side: str | None, start: int) -> Mention | None:
    stated = m.group("count")
    parsed = count_at(text, m.start("count"))
    if parsed is None or parsed[0] <= 0:
        return None
    count, qual = parsed
    return Mention("figure", start, m.end("count"), text[start:m.end("count")],
                   {"kind": kind, "count": count, "qualifier": qual, "category": category, "side": side,
                    "stated": stated, "count_start": m.start("count"), "count_end": m.end("count")})


_PART_LEAD = re.compile(r"[,，]\s*(?:其中|内有|内中|中有)")


def _part_of_last(text: str, last: Mention, start: int) -> bool:
    """The count at start opens a 其中 clause right after the figure `last`, in the same sentence."""
    between = text[last.end:start + 1]
    return bool(_PART_LEAD.match(text, last.value["count_end"])) and not _CLAUSE_END.search(between)


_ACTIVE_CUES = frozenset(("毙", "毙伤", "歼", "歼灭", "消灭", "杀伤", "击毙", "击伤", "毙敌", "俘", "俘虏", "俘获", "生俘", "生擒", "活捉",
                          "毙俘", "歼俘", "打死", "炸死", "炸伤", "炸死炸伤", "打死打伤"))
# the clause before opens with an active verb of loss and names its object's side (歼灭日本精锐…, 消灭日军…)
_KILLED_SIDE = re.compile(rf"(?:歼灭|消灭|全歼|击毙|毙伤|歼|毙)(?:了)?(?:(?P<jp>{_JP})|(?P<cn>{_CN}))")


def _victims_before(text: str, pos: int, out: list[Mention]) -> str | None:
    """The side whose men an active verb of loss at pos counts when it goes on the clause before it, which
    is a loss inflicted on a named side (歼灭日军…官兵120人,俘3人 / 消灭日本…一个大队,俘5人): the victims of
    that clause, not the opposite of its first side word (日军 there is the object, not the subject)."""
    c0 = pos
    while c0 > 0 and text[c0 - 1] in " \t":
        c0 -= 1
    if c0 == 0 or text[c0 - 1] not in "，,":
        return None
    if out and out[-1].end == c0 - 1 and out[-1].value.get("side") and out[-1].value.get("kind") == "casualties":
        return out[-1].value["side"]  # the count just before, of the same enemy
    b = _sentence_start(text, c0 - 1)
    k = max(b, text.rfind("，", b, c0 - 1) + 1, text.rfind(",", b, c0 - 1) + 1)  # the clause before opens at k
    m = _KILLED_SIDE.search(text, k, c0 - 1)
    if m is None:
        return None
    return "JP" if m.group("jp") else "CN"


# an attack aimed at a side (向敌人发起攻击, 对日军猛烈袭击, 朝敌兵开火) in a clause of the sentence before a loss
_ATTACKED = re.compile(rf"(?:向|对|朝)(?:(?P<jp>{_JP})|(?P<cn>{_CN}))[^，,。；;]{{0,6}}?"
                       r"(?:攻击|进攻|袭击|突袭|猛攻|冲击|冲锋|开火|射击|猛扑|反击|扑去|发起|发动)")


def _attacked_before(text: str, pos: int) -> str | None:
    """The side an attack of an earlier clause of the sentence aimed at (向|对 + side word + attack verb): an active
    verb of loss with no side of its own after it (当即毙伤6人) counts that side's men, the target's; the side word
    of the target is no subject of the sentence (the attacker, before 向, may be a unit no side word names)."""
    b = _sentence_start(text, pos)
    last = max(_ATTACKED.finditer(text, b, pos), key=lambda a: a.start(), default=None)  # the last attack told
    if last is None or _NOT_SIDE.search(text, max(0, last.start()), last.end() + 3) \
            or _SIDE.search(text, last.end(), pos):
        return None  # 日军向我阵地进攻,我军毙伤60人: a side word after the attack is the loss's own subject
    return _side_of(last)


# a kill verb whose object is a long list of the places where the enemy was taken, closed by that enemy and the count
# of his men, the count ending the clause: "歼灭甲镇外围据点和乙村、丙庄以及丁集等处日伪军据点守敌约900余人" (the
# places' list holds 、 and 和/以及, and up to a dozen characters — 据点守敌约, a garrison's name — stand between the
# enemy word and the count)
_LIST_KILL = re.compile(
    rf"(?P<cue>歼灭|消灭|全歼|围歼|毙伤|击毙|俘虏)(?P<mid>[^，,。；;:：\n]{{0,60}}?)(?P<obj>{_JP})"
    rf"(?P<gap>[^，,。；;:：\n0-9{CN_DIGITS}]{{0,12}}?)(?P<count>{_COUNT})(?=[，,。；;\n]|$)")


# the spoken kill of a story or a local page, the enemy named after the count (在渡口杀了十几名日本鬼子, 打死了五六个
#鬼子兵): the enemy's dead, the count's object says whose
_SPOKEN_KILL = re.compile(rf"(?P<cue>杀了|杀死了?|打死了?|干掉了?|宰了)(?P<count>{_COUNT})"
                          r"(?=[个名]?(?:日本鬼子|鬼子|日军|日本兵|日兵|日寇|敌人|敌兵))")


# the same kill told with 把, the counted enemy before the verb (一枪把五个鬼子都打死了, 把三名日军击毙): the object
# 把 puts first is the one killed, so the count is the enemy's dead
_BA_KILL = re.compile(rf"把(?P<count>{_COUNT})[个名]?(?:日本鬼子|鬼子兵|鬼子|日军|日本兵|日兵|日寇|敌人|敌兵|敌军)"
                      r"(?:都|全|全部|一起|一齐|当场|给)?(?P<cue>打死|杀死|击毙|炸死|刺死|干掉|杀了|宰了|消灭)")


def _spoken_kills(text: str, taken: set[int]) -> list[Mention]:
    """The Japanese dead of a spoken kill verb whose count the enemy follows (see _SPOKEN_KILL), or that 把 puts
    before the verb (_BA_KILL)."""
    out = []
    matches = [*_SPOKEN_KILL.finditer(text), *_BA_KILL.finditer(text)] if "了" in text or "死" in text or "把" in text else ()
    for m in matches:
        if m.start("count") in taken or not _count_ok(m, text, person_only=False):
            continue  # (the enemy after the count makes it a count of men, whatever its measure word)
        fig = _figure(text, m, "casualties", "killed", "JP", m.start())
        if fig and fig.value["count"] >= 2:  # 干掉了一个日军少将: one man killed is the story's deed, no tally
            out.append(fig)
            taken.add(m.start("count"))
    return out


def _list_kills(text: str, taken: set[int]) -> list[Mention]:
    """The losses of the enemy a kill verb's long object names last (see _LIST_KILL): the Japanese side's."""
    out = []
    for m in _LIST_KILL.finditer(text):
        cs = m.start("count")
        if cs in taken or not _count_ok(m, text, person_only=True) or _NOT_SIDE.match(text, m.start("obj")):
            continue
        if re.search(r"[0-9]", m.group("mid")) and re.search(r"[人名]", m.group("mid")):
            continue  # another count of men inside the object: the simple patterns read that clause
        fig = _figure(text, m, "casualties", _cue_category(m.group("cue")), "JP", m.start())
        if fig:
            out.append(fig)
            taken.add(cs)
    return out


def _casualties(text: str, taken: set[int]) -> list[Mention]:
    out = []
    for m in _CASUALTY.finditer(text):
        if m.start("count") in taken or not _count_ok(m, text, person_only=True):
            continue
        if m.group("colon") and (m.start() == 0 or text[m.start() - 1] == "\n"):
            continue  # 伤亡：约4万人 opening a line: an infobox's key (_infobox reads its sides)
        if text.startswith(tuple(_AFTER_CUES), m.end("count")) and m.group("cue") in _AFTER_CUES:
            continue  # 42,000人阵亡|35,000人被俘: the cue before closes the count before; this count has its own
        cue = m.group("cue")
        obj = m.group("obj")
        passive = False
        side = ("JP" if re.fullmatch(_JP_PEOPLE, obj) else _SIDE_WORDS.get(_SIDE.match(obj).group())) if obj \
            else ("JP" if cue.endswith("敌") else None)  # 杀敌, 毙敌
        if side is None and m.group("obj2") and _JP_UNIT.search(m.group("obj2")):
            side = "JP"
        if side is None and obj is None and m.group("obj2"):
            side = side_cue(text, m.start("obj2"), m.end("obj2"))
        after = _SIDE.match(text, m.end("count"))
        if side is None and after and cue not in ("伤亡", "死伤", "损失", "阵亡", "战死", "失踪", "负伤", "受伤"):
            side = _side_of(after)  # 毙伤20,000+日军: the object after the count
        if side is None and out and _part_of_last(text, out[-1], m.start()):
            side = out[-1].value["side"]  # 歼日军…465人,其中生俘…24人: a part of the count before, its side
        active = cue in _ACTIVE_CUES and not cue.startswith("被") and text[m.start() - 1:m.start()] != "被"
        if side is None and active:
            side = _victims_before(text, m.start(), out)  # 歼灭日军…120人,俘3人: the same enemy's men taken
        if side is None and active:
            side = _attacked_before(text, m.start())  # 某队向敌人发起攻击,毙伤6人: the side attacked lost them
        if cue in ("牺牲", "死亡") and side is None:
            own = _owner_in(text, _clause_start(text, m.start(), _sentence_start(text, m.start())), m.start())
            if own is None and cue == "死亡":
                continue  # 死亡300人 with no side in its clause: civilians', a disaster's, anyone's dead
            side = own or "CN"
        if side is None and cue == "遗尸":
            side = bodies_owner(text, m.start())
        elif side is None and cue in _PASSIVE_CUES:
            side = loss_owner(text, m.start())
            passive = side is None
        elif side is None:
            side = side_for(text, m.start())
            passive = text[m.start() - 1:m.start()] == "被"  # 日伪…,被击毙三十多名: the clause's side was killed
            if (cue in _ACTIVE_CUES or cue == "消耗" or cue not in _CUE_CATEGORY) and not cue.startswith("被") \
                    and not passive:
                # an active verb: the number is the other side's loss
                side = {"CN": "JP", "JP": "CN"}.get(side or "")
        fig = _figure(text, m, "casualties", _cue_category(cue), side, m.start())
        if fig and side is None and passive:
            fig.value["passive"] = True  # a loss of its clause's subject: figure_sides reads it from the units
        if fig:
            out.append(fig)
            taken.add(m.start("count"))
            # "…日军20645人,伪军5155人": another side's count under the same cue
            pos = m.end("count")
            while (c := _CONTINUATION.match(text, pos)) and _count_ok(c, text, person_only=True):
                if c.start("count") in taken:
                    break
                side2 = _side_of(_SIDE.fullmatch(c.group("subj")))
                fig2 = _figure(text, c, "casualties", _cue_category(cue), side2, c.start("subj"))
                if not fig2:
                    break
                out.append(fig2)
                taken.add(c.start("count"))
                pos = c.end("count")
    return out


# a war report's enemy post wiped out: "守敌共五百余,被我完全消灭", "守敌百余亦被我消灭" (the count of the enemy
# before the passive of his destruction by us: all of them killed or taken; a look-alike 被我击退 drove them off)
_WIPED_OUT = re.compile(
    rf"(?P<subj>守敌|之敌|残敌|驻敌|日伪军|敌伪军|日军|敌军|伪军|敌人|敌)(?:共|约|计|达|有)?(?P<count>{_COUNT})[,，]?"
    r"(?:亦|均|也|又|复|遂|即|旋|全部|悉数|大部|全)*被我(?:军|方|部)?(?:完全|全部|悉数|彻底|全)?(?:消灭|歼灭|全歼|围歼|歼|击毙)")


def _wiped_out(text: str, taken: set[int]) -> list[Mention]:
    """The enemy's men counted before the passive of their destruction by us (_WIPED_OUT): his killed."""
    out = []
    for m in _WIPED_OUT.finditer(text):
        cs = m.start("count")
        if cs in taken or not _count_ok(m, text, person_only=True):
            continue
        fig = _figure(text, m, "casualties", "killed", "JP", m.start())
        if fig:
            out.append(Mention("figure", m.start(), m.end(), text[m.start():m.end()], fig.value))
            taken.add(cs)
    return out


# the cue is an attribute of a noun that a possessive follows: "一名阵亡士兵的步枪" is no loss report
_ATTRIBUTIVE = re.compile(r"(?:士兵|官兵|将士|战士|弟兄|兄弟|人员|者)?的")
# a count, a classifier (位, 名, 个) and the men themselves before the loss verb: "二十四位弟兄阵亡"
# (勇士/壮士 "heroes" are the writer's own dead, as 弟兄; 全部以身殉国, 全都壮烈牺牲: "all of them gave their lives")
# (军民: soldiers and civilians counted together, 155名军民惨遭杀害: a loss of the fight that includes its men)
_MEN_CUE = (r"(?:位|名|个)?(?:(?P<ours>弟兄|兄弟|同袍|袍泽)|(?P<heroes>勇士|壮士)|(?P<fallen>英烈|烈士)|官兵|将士|士兵|战士|将领|士卒|(?P<mixed>军民))"
            r"(?:[都均全共先后当场]{1,2}|全部|全体)?(?P<praise>以身|壮烈|英勇|为国|为国家)?"
            r"(?P<cue>阵亡|战死|牺牲|殉国|殉职|捐躯|长眠|负伤|受伤|伤亡|死伤|被俘|失踪|惨遭杀害|遭杀害|被杀害|遇难|遇害|罹难)")
_COUNT_MEN_CUE = re.compile(rf"(?P<count>{_COUNT}){_MEN_CUE}")
# the men and the verb, found first (rare), then the count that ends right before them
_MEN_CUE_RE = re.compile(rf"(?<=[0-9{CN_DIGITS}万余多])(?:{_MEN_CUE})")


def _men_counts(text: str):
    """Matches of _COUNT_MEN_CUE, the longest count first: the regex runs only where men and a loss verb follow
    a numeral (a scan of every numeral of the text cost as much as the rest of the casualty finder)."""
    for tail in _MEN_CUE_RE.finditer(text):
        lo = max(0, tail.start() - 16)
        for st in range(lo, tail.start()):
            m = _COUNT_MEN_CUE.match(text, st)
            if m and m.end() == tail.end():
                yield m
                break
_MEN_CUES = {"牺牲": "killed", "殉国": "killed", "殉职": "killed", "捐躯": "killed", **_AFTER_CUES,
             **dict.fromkeys(("惨遭杀害", "遭杀害", "被杀害", "遇难", "遇害", "罹难"), "killed")}


_OWN_DEATH = frozenset({"牺牲", "殉国", "长眠"})


def _count_then_cue(text: str, taken: set[int]) -> list[Mention]:
    """"42,000人阵亡", "35,000人被俘", "二十四位弟兄阵亡": the count before the cue; its side is the
    subject of the loss (loss_owner)."""
    out = []
    for m in segment_finditer(_COUNT_CUE, text, _AFTER_CUE_WORDS, _count_stops(text), _NUMERAL):
        cs = m.start("count")
        if cs in taken or not _count_ok(m, text, person_only=True) or m.group("countunit") is None:
            continue
        if _ATTRIBUTIVE.match(text, m.end()):
            continue
        # 牺牲/殉国 ("gave their lives") is said of one's own men, never of the enemy: Chinese in the Chinese view,
        # unless their own clause names their side (…被日伪军包围,突围中5人牺牲: the enemy before is not theirs)
        if m.group("usverb"):
            side = "JP"  # 被我…: the men we killed or took are the enemy's
        elif m.group("who"):
            side = "CN" if _SIDE_WORDS.get(m.group("who")) == "CN" else "JP"
        elif m.group("cue") in _OWN_DEATH:
            side = _owner_in(text, _clause_start(text, cs, _sentence_start(text, cs)), cs) or "CN"
        else:
            side = loss_owner(text, cs)
        category = _BY_US_CUES[m.group("usverb")] if m.group("usverb") else _AFTER_CUES[m.group("cue")]
        fig = _figure(text, m, "casualties", category, side, cs)
        if fig and side is None:
            fig.value["passive"] = True
        if fig:
            out.append(Mention("figure", cs, m.end(), text[cs:m.end()], fig.value))
            taken.add(cs)
    for m in _men_counts(text):
        cs = m.start("count")
        # the noun names men, so a small Chinese numeral is a count here (person_only=False)
        if cs in taken or not _count_ok(m, text, person_only=False) or _ATTRIBUTIVE.match(text, m.end()):
            continue
        if m.group("fallen") and m.group("cue") == "长眠":
            continue  # 尚有N位烈士长眠于此: a cemetery's graves count who lies there, not who fell in one fight
        # 弟兄/同袍 are the narrator's own men, read like 我 (Chinese in the Chinese view the pipeline reads)
        # 勇士/壮士 who gave their lives are the writer's heroes, whatever side word the clause holds (寡不敌众)
        # 英勇/壮烈 阵亡: praise for the fallen is the narrator's for his own men, as 弟兄 are his own
        side = "CN" if m.group("heroes") or m.group("fallen") else loss_owner(text, cs) or (
            "CN" if m.group("ours") or m.group("praise") or m.group("mixed") else None)  # 军民: China's army and people
        fig = _figure(text, m, "casualties", _MEN_CUES[m.group("cue")], side, cs)
        if fig and side is None:
            fig.value["passive"] = True  # N名将士阵亡: the men of the unit the sentence names (figure_sides)
        if fig:
            out.append(Mention("figure", cs, m.end(), text[cs:m.end()], fig.value))
            taken.add(cs)
    return out


# the death said first, as the attribute of the counted men: "在X战斗中牺牲的16名战士", "阵亡的300余名将士" (a
# memorial's or a reburial's count of the fallen of one fight); 牺牲/殉国 are said of one's own men
# (the place of the death may stand between, 牺牲在某岭的六十余名无名英烈, and the fallen's epithets after the count)
_CUE_THEN_MEN = re.compile(rf"(?P<cue>牺牲|阵亡|殉国|战死|捐躯)(?:[在于][\u4e00-\u9fff]{{2,8}}?)?的(?P<count>{_COUNT})(?:位|名|个)?"
                           r"(?:无名|抗日|革命|英雄)*(?:战士|官兵|将士|士兵|烈士|勇士|壮士|指战员|英烈|将领)")


# the fallen named one by one, then counted (阵亡将士排长甲、乙、丙等五十余名之墓, 牺牲烈士甲、乙等三十人): a roll's or a
# tombstone's count of the dead, the names a sample of them
_FALLEN_NAMED = re.compile(rf"(?P<cue>牺牲|阵亡|殉国|殉难|战死|捐躯)的?(?:将士|官兵|烈士|战士|士兵|英烈)"
                           rf"[^。；;，,！!？?\n]{{2,60}}?、[^。；;，,！!？?\n]{{1,30}}?等(?P<count>{_COUNT})(?<=[名人位])")


def _fallen_counted(text: str, taken: set[int]) -> list[Mention]:
    """"牺牲的16名战士": the count after the death it is the attribute of (killed); the side is the clause's owner,
    else the writer's own (牺牲, 殉国, 捐躯) or the loss's owner."""
    out = []
    for m in [*_CUE_THEN_MEN.finditer(text), *_FALLEN_NAMED.finditer(text)]:
        cs = m.start("count")
        if cs in taken or not _count_ok(m, text, person_only=False):
            continue
        own = _owner_in(text, _clause_start(text, m.start(), _sentence_start(text, m.start())), m.start())
        side = own or ("CN" if m.group("cue") in ("牺牲", "殉国", "捐躯") else loss_owner(text, cs))
        fig = _figure(text, m, "casualties", "killed", side, m.start())
        if fig:
            if side is None:
                fig.value["passive"] = True
            out.append(fig)
            taken.add(cs)
    return out


# a loss as the topic of its clause and its count as the comment (敌人的伤亡,总计在五千以上 / 其损失,约达两千余人):
# the press's way of summing a campaign's losses; the side is the owner before 的 (a pronoun: the side the sentence
# before spoke of)
_TOPIC_LOSS = re.compile(rf"的(?P<cue>伤亡|死伤|牺牲|损失)[,，]\s*(?:总|共|约|大约|至少|总共|总计)?(?:在|达|为|计|有)"
                         rf"(?:[约近逾])?(?P<count>{_COUNT})")
_TOPIC_KIND = {"伤亡": "casualties", "死伤": "casualties", "牺牲": "killed", "损失": "losses"}
_PRONOUN_BEFORE = re.compile(r"(?:他们|它们|其)$")


def _topic_losses(text: str, taken: set[int]) -> list[Mention]:
    """"敌人的伤亡,总计在五千以上": the count of a loss the clause before names as its topic."""
    out = []
    for m in _TOPIC_LOSS.finditer(text):
        cs = m.start("count")
        if cs in taken or not _count_ok(m, text, person_only=False):
            continue
        s0 = _sentence_start(text, m.start())
        side = _owner_in(text, _clause_start(text, m.start(), s0), m.start())
        if side is None and _PRONOUN_BEFORE.search(text, max(0, m.start() - 2), m.start()) and s0 > 0:
            side = _last_side(_SIDE, text, _sentence_start(text, s0 - 1), s0)  # 敌军…。他们的牺牲: the enemy
        side = side or loss_owner(text, cs)
        kind = _TOPIC_KIND[m.group("cue")]
        fig = _figure(text, m, "casualties", kind, side, m.start("cue"))
        if fig:
            out.append(fig)
            taken.add(cs)
    return out


# a counted group that fought and then died all together: "八名战士…阻击日军,…子弹打光后集体跳崖牺牲" (a memorial's
# account of a last stand): the collective word (集体, 全部 …) ties the death, clauses later, to the counted men
# A praised death (英勇牺牲, 壮烈殉国) ties to the counted men of its own clause, a few words before it ("260名官兵在
# 战斗中壮烈牺牲", a rank between count and men: "90名连排级干部…"): the narrator praises his own side's fallen.
_TOGETHER_TAIL = re.compile(r"(?:(?:集体|全部|全体|一同|一起|全都)[^，,。；;]{0,6}?|(?P<praise>英勇|壮烈)地?)"
                            r"(?P<cue>殉难|牺牲|殉国|阵亡|捐躯|就义)")
_COUNTED_GROUP = re.compile(rf"(?P<count>{_COUNT})(?:位|名|个)?(?:女|男|年轻|[\u4e00-\u9fff]{{1,3}}级)?"
                            r"(?:战士|官兵|将士|士兵|勇士|壮士|队员|指战员|指挥员|干部|英雄|烈士)(?P<gap>[^。；;!?！？\n]{0,40}?)$")


def _died_together(text: str, taken: set[int]) -> list[Mention]:
    """The counted men who died together, the count a few clauses before the death (found from the rare tail)."""
    out = []
    for tail in _TOGETHER_TAIL.finditer(text):
        lo = max(0, tail.start() - 60)
        window = text[lo:tail.start()]
        for st in range(len(window)):
            m = _COUNTED_GROUP.match(window, st)
            if m is None:
                continue
            cs = lo + m.start("count")
            if cs in taken or _CLAUSE_END.search(m.group("gap")) or (tail.group("praise") and (
                    _CLAUSE_SEP.search(m.group("gap")) or len(m.group("gap")) > 12)):
                break
            m2 = _COUNTED_GROUP.match(text, cs, tail.start())
            if m2 is None or not _count_ok(m2, text, person_only=False):
                break
            side = _owner_in(text, _clause_start(text, cs, _sentence_start(text, cs)), cs) or "CN"
            fig = _figure(text, m2, "casualties", "killed", side, cs)
            if fig:
                out.append(Mention("figure", cs, tail.end(), text[cs:tail.end()], fig.value))
                taken.add(cs)
                if not tail.group("praise"):  # all of them fell (集体, 全部): the count is the whole force as well
                    whole = _figure(text, m2, "strength", "strength", side, cs)
                    if whole:
                        out.append(whole)
            break
    return out


# the men counted after the officers under the same cue: "伤亡军官798人,士兵19286名", "阵亡将校12人、士兵340人"
_MEN_AFTER_OFFICERS = re.compile(rf"[,，、]?(?:及|和|与)?(?:士兵|士卒|兵士|下士官兵|下士官|士官兵|兵员)(?:共|计|为|约)?(?P<count>{_COUNT})")


def _officers(text: str, taken: set[int]) -> list[Mention]:
    out = []
    for m in _OFFICERS.finditer(text):
        if m.start("count") in taken or not _count_ok(m, text, person_only=True):
            continue
        cue = m.group("cue")
        cat = "casualties" if cue in ("伤亡", "死伤") else "officersWounded" if "伤" in cue else "officersKilled"
        side = side_for(text, m.start())
        fig = _figure(text, m, "casualties", cat, side, m.start())
        if fig:
            out.append(fig)
            taken.add(m.start("count"))
            men = _MEN_AFTER_OFFICERS.match(text, m.end("count"))
            if men and men.start("count") not in taken and _count_ok(men, text, person_only=True):
                men_cat = {"officersWounded": "wounded", "officersKilled": "killed"}.get(cat, cat)
                fig2 = _figure(text, men, "casualties", men_cat, side, men.start())
                if fig2:
                    out.append(fig2)
                    taken.add(men.start("count"))
    return out


# the cues that say a number is the size of a force (its total, the men sent out): a small fight's hundreds count
_FORCE_TOTAL = frozenset({"总兵力", "兵力总数", "总数", "兵力", "派出", "出动"})
_MEN = frozenset({"名", "人", "余人", "多人", "余名", "多名"})
# a figure someone gave out (对外称, 号称, 谎称): a ruse or a boast, not the count of a force
_CLAIMED = re.compile(r"(?:号称|对外称|对外宣称|谎称|诡称|扬言|虚称|声称|宣称)$")
# a post held (据点, 守军, 驻有): the sentence that sizes its garrison gives a strength however small
_GARRISON = re.compile(r"据点|守军|守敌|驻军|驻敌|驻有|驻守|守备队|碉堡")


def _small_force(text: str, m: re.Match) -> bool:
    """A small force sized in so many words: the men a leader took (团附某某率三百余人, 率部三百人) or a post's garrison
    (X据点…有士兵150人, 守军有官兵300余人). Histories give the size of a small fight's forces so."""
    cue = m.group("cue")
    if cue in ("率", "率领", "带领"):  # 率领/带领 as 率 (队长某某带领四十余人)
        return not m.group("mid") or m.group("mid") in ("部", "所部", "全营", "全连", "全团", "官兵")
    return cue in ("有", "计有") and _GARRISON.search(text, _sentence_start(text, m.start()), m.start()) is not None


# four bare digits of a year of the war's century (no 余/多/万, no classifier after them; a round 1900/2000 is
# more often a count of men: 2000日军向我猛扑)
_YEAR_OPENING = re.compile(r"(?:18[89][0-9]|19[0-9]{2}|20[0-9]{2})(?<!00)(?![0-9余多万萬千百年.,])")

# what the men counted after a unit did at the end: came out alive, broke out (no head count of the force)
_SURVIVED = re.compile(r"[^，,。；;]{0,4}?(?:生还|幸存|突围|撤出|脱险|归来|返回|逃出|活着|存活|剩)")


# the patterns that count a unit's own men: the unit written before the count says whose they are
_OF_A_UNIT = (_UNIT_THEN_COUNT, _UNIT_ARM_COUNT, _UNIT_HOLDING_COUNT)


def _strength(text: str, taken: set[int]) -> list[Mention]:
    out = []
    for rx in (_STRENGTH, _COUNT_THEN, _UNITS_THEN_COUNT, _UNITS_LIST_TOTAL, _UNIT_THEN_COUNT, _UNIT_ARM_COUNT,
               _UNIT_HOLDING_COUNT):
        for m in (_count_then_matches(text) if rx is _COUNT_THEN else rx.finditer(text)):
            cs = m.start("count")
            if cs in taken or not _count_ok(m, text, person_only=False):
                continue
            cm = COUNT_RE.match(text, cs)
            unit = cm.group("unit") if cm else None
            tail = m.group("tail")
            if rx is _COUNT_THEN and unit is None and _YEAR_OPENING.match(text, cs) \
                    and not ("\u4e00" <= text[cs - 1:cs] <= "\u9fff"):
                continue  # 2025中国抗战胜利…, 。1938日军侵占…: a year opening a title or clause, no count of men
            bare_ok = rx is not _COUNT_THEN and unit is None and (m.group("cue") == "兵力" or (  # 兵力达14万
                m.group("cue") == "出兵" and not m.group("mid") and "万" in (cm.group("num") if cm else "")))  # 出兵三十万
            myriad_men = unit == "军" and "万" in cm.group("num")  # 约30万军队, 十万大军: no one counts armies by 万
            if unit not in ("人", "余人", "多人", "名", "兵", "员") and not tail and not bare_ok and not myriad_men:
                continue
            s0 = _sentence_start(text, m.start())
            if _CASUALTY.search(text[s0:m.start()] + text[m.start():cs]) and rx is _STRENGTH and m.group("cue") not in (
                    "兵力", "投入", "集结", "集中", "调动", "出动"):
                continue
            if rx is not _COUNT_THEN and re.search(_CUE_ALT, m.group("mid") or ""):
                continue
            if rx is _UNIT_THEN_COUNT and _SURVIVED.match(text, m.end()):
                continue  # 第88师仅300余人突围: the men who came out, no strength
            parsed = count_at(text, m.start("count"))
            if rx is _STRENGTH and _CLAIMED.search(text, max(0, m.start() - 4), m.start()):
                continue  # 对外称有两千人, 号称十万: what a side gave out, no count of its men
            small = rx is _STRENGTH and unit in _MEN and (m.group("cue") in _FORCE_TOTAL or _small_force(text, m))
            # companies or battalions counted, then their men (两个中队40余人): the count is that small force's
            companies = rx is _UNITS_THEN_COUNT and m.group("cue").endswith(("中队", "大队", "营", "连")) \
                and not m.group("mid")
            if not parsed or parsed[0] < (10 if companies else 100 if small else 500):
                continue  # 总数约三百名, 派出部队约五百名: the head count of a small force said in so many words
            if re.search(r"每|平均", text[_sentence_start(text, cs):cs]):
                continue  # 每联队有官兵3000余人: the size of a kind of unit, not of a force
            if _both_sides(text, cs):
                continue  # 敌我参战人数超过四千人: both sides counted together, no force of one side
            tail_side = _SIDE.fullmatch(tail) if tail else None
            if tail_side is None and cm and unit in ("名", "余名", "多名", "人", "余人", "多人"):
                tail_side = _SIDE.match(text, cm.end())  # 共六百多名日军: the men counted are that side's
                if tail_side and _NOT_SIDE.match(text, cm.end()):
                    tail_side = None
            if rx in _OF_A_UNIT and not tail_side:  # the unit's men: its side, or left to it
                side = _unit_side(text, m.start(), m.group("cue"))
            else:
                side = _side_of(tail_side) if tail_side else side_for(text, cs)
                echelon = _WEAK.search(m.group("cue")) if rx in (_UNITS_THEN_COUNT, _UNITS_LIST_TOTAL) else None
                if echelon and not tail_side:  # 日军击溃了3个集团军约10万军队: the formations counted say whose men
                    side = "JP" if echelon.group("jp") else "CN"
            start = cs if rx is _COUNT_THEN or rx in _OF_A_UNIT else m.start()  # the unit stays a unit's
            fig = _figure(text, m, "strength", "strength", side, start)
            if fig:
                out.append(fig)
                taken.add(cs)
    return out


# words that count both sides together (敌我参战人数, 双方兵力共, 两军合计)
_BOTH = re.compile(r"敌我|我敌|彼此|双方|两军")


def _both_sides(text: str, cs: int) -> bool:
    """The clause of the count at ``cs`` counts both sides: a both-sides word with no one side's word after it
    before the count (双方兵力,日军约5万 names one side; 敌我参战人数超过四千人 names none)."""
    c0 = _clause_start(text, cs, _sentence_start(text, cs))
    last = None
    for m in _BOTH.finditer(text, c0, cs):
        last = m
    return last is not None and side_cue(text, last.end(), cs) is None


_JP_ECHELON = ("师团", "旅团", "联队", "大队", "方面军")
_CN_ECHELON = ("集团军", "纵队", "支队")


def _unit_side(text: str, start: int, unit: str) -> str | None:
    """The side of the numbered unit at ``start``: a side word right before it (日军第13师团, 我第84军), else its
    one-sided echelon word; else None, and the pipeline gives the figure the side the unit resolves to."""
    return (side_cue(text, max(0, start - 3), start)
            or ("JP" if unit.endswith(_JP_ECHELON) or unit.startswith("伪") else "CN" if unit.endswith(_CN_ECHELON) else None))


# the move a force makes right after its size: local histories size the enemy of a small fight so (日伪军三百余人分两路
#偷袭X, 日军二百余人及伪军一百余人向X进犯, 被八十多名日伪军包围, 二百余名日军分乘汽车驶来: riding on is moving) — a
# strength however small, with no cue word before
_MOVE = (r"分[两二三四五六七八九0-9]?路|分乘|乘坐|乘|进山|进村|出城|下乡|突然|先后|携带|携|由|从|自|沿|循|向|对|进犯|偷袭|奔袭|袭击|夜袭|突袭|进袭|扫荡|出动|出发|"
         r"进攻|包围|围攻|来犯|清剿|围剿|合击|窜犯|窜扰|窜入|窜至|窜到|闯入|侵入|开进|侵犯|逼近|进占|抢粮|讨伐|步骑|"
         r"赶来|赶到|开来|开到|前来|"  # or coming up (伪军一行四十余人赶来): the force that came
         # or holding out or waiting, the defender's deed (守军八百余人坚守…, 总部机关及部分部队六千余人坚持内线…, …突围,
         # 我军一个连一百二十余人坚守X, 敌三百余人进入伏击圈)
         r"坚持|坚守|固守|据守|死守|扼守|守卫|防守|突围|阻击|抗击|迎击|迎战|奋战|血战|伏击|埋伏|进入|"
         # or laying siege, or seizing the moment to break out or rush in (日军千余人围困X, 我们三人趁机冲出)
         r"围困|合围|趁机|乘机|冲出|冲进|冲入|冲向|"
         rf"被(?:{_JP})?(?:包围|围困|合围|围攻)")
# an adverb of time or repetition between the force and its move (日军千余人再一次进攻X, 敌三百人随即包围X)
_MOVE_ADVERB = r"(?:再一次|又一次|再次|又|再|随即|立即|旋即|即|便|也|连夜|一齐|一起|一同)?"
# a small unit of the text's own telling as the subject (该营四百多人, 全连八十余人, 一个排三十余人): its side the sentence's
_ECHELON_SUBJECT = r"(?:该|全|本|这个|[一两二三四五六七八九]个)(?:营|连|排|中队|小队|分队)"
_SIDE_COUNT_MOVES = re.compile(
    rf"(?:(?P<side>{_JP}|我军|我们|八路军|新四军|国军|守军)(?P<mid>[\u4e00-\u9fff]{{0,8}}?|[\u4e00-\u9fff]{{7,12}}?"
    rf"(?:部队|人马|官兵|机关))|(?P<ech>{_ECHELON_SUBJECT})|(?<=[,，]))(?<![第0-9.])"  # (a longer run only when it ends in the force's word)
    rf"(?P<count>{_COUNT})(?=[,，]?{_MOVE_ADVERB}(?:{_MOVE})|[及和与](?:{_JP}))"
)
# a side word and its head count alone making a clause (日军约三十余人,并有…; 敌二百余名,分乘…): the force sized
_SIDE_SIZED = re.compile(rf"(?<![\u4e00-\u9fff])(?P<side>{_JP}|我军|守军)(?P<mid>[约近共计有达]{{0,2}}?\n?)"  # (a wrapped line)
                         rf"(?P<count>{_COUNT})(?=[,，;；])")
_SIZED_AT = re.compile(rf"{_JP}|我军|守军")


def _side_sized(text: str) -> Iterator[re.Match]:
    return starts_at_finditer(_SIDE_SIZED, text, _SIZED_AT)  # = _SIDE_SIZED.finditer(text)
# where a _SIDE_COUNT_MOVES match can start, every alternative led by a character (re scans for those in C; the
# pattern, led by a group with an empty lookbehind branch, is tried at every position): a side word, a small unit
# as the subject, or a comma with a count's first character after it (the match then starts after the comma)
_COUNT_FIRST = _COUNT[len("(?="):_COUNT.index("]") + 1]  # COUNT_RE opens with (?=[its first characters])
_SIDE_COUNT_AT = re.compile("|".join([
    f",(?={_COUNT_FIRST})", f"，(?={_COUNT_FIRST})", *_JP.split("|"), "我军", "我们", "八路军", "新四军", "国军", "守军",
    *(f"{w}(?:营|连|排|中队|小队|分队)" for w in ("该", "全", "本", "这个", *(f"{d}个" for d in "一两二三四五六七八九")))]))


def _side_count_moves(text: str) -> Iterator[re.Match]:
    return starts_at_finditer(_SIDE_COUNT_MOVES, text, _SIDE_COUNT_AT, ",，")  # = _SIDE_COUNT_MOVES.finditer(text)


_BESIEGED = re.compile(rf"被(?:{_JP})?(?:包围|围困|合围|围攻)")
_COUNT_SIDE_MOVES = re.compile(rf"(?<![第0-9.])(?P<count>{_COUNT})(?:个)?(?P<side>{_JP})(?=[^,，。；;]{{0,3}}?(?:{_MOVE}))")
_NOT_A_FORCE = re.compile(r"被|遭|仅|只|剩|残|" + _CUE_ALT)
# the force a counted force is set against (我军3万人对战日军1万人, 国军70万人对日军25万人): its size is its strength too,
# though no move follows it; only right after a count of men, so that 对 opens a face-off and not an object
_FACED_FORCE = re.compile(rf"(?<=[人名])(?:对战|对阵|对抗|对垒|对峙|迎战|迎击|抗击|对)(?P<side>{_JP}|{_CN})"
                          rf"(?:[共约达近]|官兵)?(?P<count>{_COUNT})")


# the moves of _MOVE that tell a way or an errand rather than a fight (carrying arms is one: 携带步枪): the narrator's
# party (我们…) doing them is no force
_ERRAND = re.compile(rf"[,，]?{_MOVE_ADVERB}(?:向|对|由|从|自|沿|循|(?:携带|携)(?![^,，。；;]{{0,6}}?(?:枪|弹|炮|武器|刀))|乘坐|乘|分乘|进入|先后|突然|出发|下乡|进村|进山|出城)")


def _moving_force(text: str, m: re.Match, cm: re.Match) -> tuple[int, str | None] | None:
    """A force sized right before (or after) its side word or a small unit and then moving or attacking (see _MOVE):
    (the least count, the side) — ten men, the side word's else the sentence's; without either (…,1100余人突然由X出动)
    a hundred men, the sentence's. None when what is counted is a loss or a remnant (被, 仅, 剩 …)."""
    side_word = m.group("side")
    subject = side_word or m.groupdict().get("ech")
    if _NOT_A_FORCE.search(m.groupdict().get("mid") or "") or (
            _NOT_A_FORCE.match(text, cm.end()) and not _BESIEGED.match(text, cm.end())):
        return None
    side = _SIDE_WORDS.get(side_word, "CN") if side_word else side_for(text, m.start("count"))
    if side is None and (m.groupdict().get("ech") or "").endswith(("营", "连", "排")):
        side = "CN"  # 营, 连, 排 are Chinese echelons: the histories call a Japanese one 中队, 小队
    if side_word == "我们" and _ERRAND.match(text, cm.end()):
        return None  # 我们两人向老乡借粮, 我们五人由村里出发: a way or an errand, no fight's act
    # the narrator's party is sized to the man (我们三人趁机冲出): its men are all the force the memoir's fight has
    return (2 if side_word == "我们" else 10 if subject else 100), side


# a force counted by its officers and men (其实只有官兵四百五十二人, 全营将士三百余名), or by the men left to hold a place
# (还留下五百人左右,据守X; 二百余人死守阵地): the size of the force that fought, however small
_MEN_COUNTED = re.compile(rf"(?:官兵|将士)(?:共|计|约|仅|只|不过|尚有|还有)?(?P<count>{_COUNT})")
_HOLDING_VERBS = "据守|坚守|固守|死守|驻守|扼守|守卫|留守"
_MEN_HOLDING = re.compile(rf"(?<![第0-9.])(?P<count>{_COUNT})(?:左右|上下)?[,，]?\s*(?:{_HOLDING_VERBS})")
# _MEN_HOLDING and _COUNT_SIDE_MOVES open with a lookbehind, so re tries them at every position of the text; their
# matches are a count's characters (every character COUNT_RE's pattern writes: a superset), 左右 and a comma, then a
# verb of holding or a side word: scanned from those words back over such characters (scan.run_anchor_finditer)
_COUNT_CHARS = frozenset(_COUNT) | frozenset("0123456789左右上下,，")  # [0-9] writes no 1 … 8
_HOLDING_AT = re.compile(_HOLDING_VERBS)
_SIDE_AT = re.compile(_JP)


def _men_holding(text: str) -> Iterator[re.Match]:
    return run_anchor_finditer(_MEN_HOLDING, text, _HOLDING_AT, _COUNT_CHARS)  # = _MEN_HOLDING.finditer(text)


def _count_side_moves(text: str) -> Iterator[re.Match]:
    return run_anchor_finditer(_COUNT_SIDE_MOVES, text, _SIDE_AT, _COUNT_CHARS)  # = _COUNT_SIDE_MOVES.finditer(text)


def _holding_force(text: str, m: re.Match, cm: re.Match) -> tuple[int, str | None] | None:
    """A force counted by its officers and men or by the men who held a place (see above): (the least count, the
    side) — from ten men up, its side the sentence's; None for a count in a clause that tells losses (阵亡官兵三百人
    is a casualty) or the size of a kind of unit."""
    cs = m.start("count")
    c0 = _clause_start(text, cs, _sentence_start(text, cs))
    if _CASUALTY.search(text[c0:m.end()]) or re.search(_CUE_ALT, text[c0:cs]):
        return None
    if re.search(r"每|平均", text[_sentence_start(text, cs):cs]):
        return None  # 每师团有官兵2万余人: the size of a kind of unit, not of a force
    return 10, side_for(text, cs)


def _forces(text: str, taken: set[int], finders: tuple[Callable[[str], Iterator[re.Match]], ...], person_only: bool,
            judge: Callable[[str, re.Match, re.Match], tuple[int, str | None] | None]) -> list[Mention]:
    """Strength figures of the forces ``finders`` find (a pattern's finditer), counted in men (人, 名 …): ``judge``
    gives each match's least count and side, or None when it counts no force (_moving_force, _holding_force)."""
    out = []
    for finditer in finders:
        for m in finditer(text):
            cs = m.start("count")
            if cs in taken or not _count_ok(m, text, person_only=person_only):
                continue
            cm = COUNT_RE.match(text, cs)
            # a count right before the side word counts that side's men (三百日军, 二十多个日伪军): no measure word needed
            bare = m.re is _COUNT_SIDE_MOVES and cm is not None and cm.group("unit") is None \
                and not _YEAR_OPENING.match(text, cs) and text[cs - 1:cs] not in ("月", "年", "初")  # 5月5日军民, 初五日军: a date
            if cm is None or (cm.group("unit") not in _MEN and not bare):
                continue
            judged = judge(text, m, cm)
            if judged is None:
                continue
            parsed = count_at(text, cs)
            if not parsed or parsed[0] < judged[0]:
                continue
            fig = _figure(text, m, "strength", "strength", judged[1], cs)
            if fig:
                out.append(fig)
                taken.add(cs)
    return out


def _infobox(text: str, taken: set[int]) -> list[Mention]:
    out = []
    for m in _INFOBOX.finditer(text):
        line_end = text.find("\n", m.end())
        line_end = len(text) if line_end < 0 else line_end
        if m.group("key2"):  # inline: up to the end of the sentence
            stop = re.compile(r"[。\n]").search(text, m.end())
            line_end = stop.start() if stop else len(text)
        strength = "兵力" in (m.group("key") or m.group("key2"))
        part_start = m.end()
        for part in re.finditer(r"[^；;\n]+", text[m.end():line_end]):
            ps = part_start + part.start()
            pe = part_start + part.end()
            side = _first_side(text, ps, pe) or _weak_side(text, ps, pe)
            for cm in COUNT_RE.finditer(text, ps, pe):
                if cm.start() in taken or cm.group("unit") not in _PERSON_UNITS:
                    continue
                parsed = count_at(text, cm.start())
                if not parsed or parsed[0] < 10:
                    continue
                count, qual = parsed
                sub = re.search(_CUE_ALT, text[ps:cm.start()])
                cat = "strength" if strength else (_cue_category(sub.group(0)) if sub else "casualties")
                out.append(Mention("figure", ps, cm.end(), text[ps:cm.end()],
                                   {"kind": "strength" if strength else "casualties", "count": count,
                                    "qualifier": qual, "category": cat, "side": side, "stated": cm.group(0),
                                    "count_start": cm.start(), "count_end": cm.end()}))
                taken.add(cm.start())
                break
    return out


_BELLIGERENTS = re.compile(r"^[ \t]*参战方[ \t|]*$", re.M)
_WIKI_KEY = re.compile(r"^[ \t]*(?P<key>兵力|伤亡与损失|伤亡和损失|伤亡|损失)[ \t|]*$", re.M)
_INFOBOX_HEADER = re.compile(r"^[ \t|]*(?:指挥官|指挥官与领导者|结果|地点|日期|时间|部队|单位)[ \t|]*$")
_CELL_SPLIT = re.compile(r"\s*\|\s*|\t+| {2,}")
_COUNTRY_SIDE = re.compile(r"(?P<jp>大日本帝国|日本|日军)|(?P<cn>中华民国|中国|国民政府|国民革命军|国军|八路军|新四军)")


def _infobox_sides(text: str) -> list[str] | None:
    """The two sides of a flattened infobox in column order (参战方 row: 中华民国 | 大日本帝国), or None."""
    bm = _BELLIGERENTS.search(text)
    if not bm:
        return None
    sides: list[str | None] = []
    pos = text.find("\n", bm.end()) + 1
    # the belligerents: one row with a cell per side, or one line per side, up to the next header
    while 0 < pos < len(text) and len(sides) < 2:
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        line = text[pos:end]
        if _WIKI_KEY.match(line) or _INFOBOX_HEADER.match(line):
            break
        for cell in _cells(line):
            cm = _COUNTRY_SIDE.search(cell)
            sides.append(("JP" if cm.group("jp") else "CN") if cm else None)
        pos = end + 1
    if len(sides) != 2 or None in sides or sides[0] == sides[1]:
        return None
    return sides  # type: ignore[return-value]


def _loss_columns(text: str, sides: list[str]) -> list[tuple[int, int, str]]:
    """Under the infobox's 伤亡与损失 header, blocks of lines apart by blank lines are its columns, in the
    order of the sides: (start, end, side) of each block."""
    bm = _BELLIGERENTS.search(text)
    km = next((k for k in _WIKI_KEY.finditer(text, bm.end() if bm else 0) if k.group("key") != "兵力"), None)
    if km is None:
        return []
    blocks: list[tuple[int, int]] = []
    pos, start = text.find("\n", km.end()) + 1, None
    while 0 < pos <= len(text) and len(blocks) < len(sides):
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        line = text[pos:end]
        if _WIKI_KEY.match(line) or _INFOBOX_HEADER.match(line):
            break
        if line.strip() and start is None:
            start = pos
        elif not line.strip() and start is not None:
            blocks.append((start, pos))
            start = None
        if end >= len(text):
            break
        pos = end + 1
    if start is not None and len(blocks) < len(sides):
        blocks.append((start, min(pos, len(text))))
    if len(blocks) != len(sides):
        return []
    return [(a, b, side) for (a, b), side in zip(blocks, sides, strict=True)]


def _cells(line: str) -> list[str]:
    return [c for c in _CELL_SPLIT.split(line.strip()) if c.strip()]


def _wiki_infobox(text: str, taken: set[int]) -> list[Mention]:
    """Infobox tables flattened to text (Wikipedia): a 参战方 row gives the column order of the sides,
    then the cells under 兵力 / 伤亡与损失 are read in that order (one cell per side)."""
    out: list[Mention] = []
    bm = _BELLIGERENTS.search(text)
    sides = _infobox_sides(text)
    if not bm or not sides:
        return out
    for km in _WIKI_KEY.finditer(text, bm.end()):
        strength = km.group("key") == "兵力"
        pos = text.find("\n", km.end()) + 1
        labelled = _labelled_cells(text, pos, sides)
        if labelled is not None:
            for cs, ce, side in labelled:
                out += _cell_figures(text, cs, ce, side, strength, taken)
            continue
        cells: list[tuple[int, int]] = []
        while 0 < pos < len(text) and len(cells) < len(sides):
            end = text.find("\n", pos)
            end = len(text) if end < 0 else end
            line = text[pos:end]
            if not line.strip() or _WIKI_KEY.match(line) or len(line) > 200:
                break
            found = [m.span() for m in re.finditer(r"[^|\t]*[^|\t\s][^|\t]*", line)] if "|" in line else []
            if len(found) < len(sides) and "|" not in line:
                found = [m.span() for m in re.finditer(r"\S+(?: \S+)*", line)]  # cells apart by 2+ spaces
                if len(found) < len(sides):
                    found = [m.span() for m in re.finditer(r"\S+", line)]
            cells += [(pos + a, pos + b) for a, b in found]
            pos = end + 1
        if len(cells) != len(sides):
            continue
        for (cs, ce), side in zip(cells, sides, strict=True):
            out += _cell_figures(text, cs, ce, side, strength, taken)
    return out


_LABEL_LINE = re.compile(r"^[ \t]*(?P<label>[^\s:：0-9][^:：]{0,20})[:：][ \t]*$")
_COUNT_LINE = re.compile(r"^[ \t]*[约近逾]?[0-9,，.万余多]+人?(?:\[[0-9]+\])*\+?[ \t]*$")


def _labelled_cells(text: str, pos: int, sides: list[str]) -> list[tuple[int, int, str]] | None:
    """Cells under an infobox header whose columns were flattened into labelled blocks ("国民革命军:" then
    "150000人"): a count takes its label's side; a second count under one label, without a label of its
    own, is the next column's (the next side of the 参战方 order). None when the block has no side label."""
    out: list[tuple[int, int, str]] = []
    col: int | None = None
    used = False
    while 0 < pos < len(text):
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        line = text[pos:end]
        lm = _LABEL_LINE.match(line)
        if not line.strip():
            pass
        elif lm and not _WIKI_KEY.match(line):
            cm = _COUNTRY_SIDE.search(lm.group("label"))
            col = sides.index("JP" if cm.group("jp") else "CN") if cm and ("JP" if cm.group("jp") else "CN") in sides else None
            used = False
            if col is None:
                return None
        elif _COUNT_LINE.match(line) and col is not None:
            k = col + 1 if used else col
            if k < len(sides):
                out.append((pos, end, sides[k]))
            used = True
        else:
            break
        pos = end + 1
    return out if out else None


def _cell_figures(text: str, cs: int, ce: int, side: str, strength: bool, taken: set[int]) -> list[Mention]:
    """The head count of one infobox cell (text[cs:ce]) for ``side``."""
    out: list[Mention] = []
    for cm in COUNT_RE.finditer(text, cs, ce):
        if cm.start() in taken or cm.group("unit") not in _PERSON_UNITS or _BAD_BEFORE.search(
                text, max(0, cm.start() - 1), cm.start()) or text[cm.start() - 1:cm.start()] == "[":
            continue
        parsed = count_at(text, cm.start())
        if not parsed or parsed[0] < 100:
            continue
        count, qual = parsed
        cues = list(re.finditer(_CUE_ALT, text[cs:cm.start()]))
        cat = "strength" if strength else (_cue_category(cues[-1].group(0)) if cues else "casualties")
        out.append(Mention("figure", cm.start(), cm.end(), cm.group(0),
                           {"kind": "strength" if strength else "casualties", "count": count,
                            "qualifier": qual, "category": cat, "side": side, "stated": cm.group(0),
                            "count_start": cm.start(), "count_end": cm.end()}))
        taken.add(cm.start())
        if strength:
            break
    return out


# a figure for the whole battle (此役…, 战果:…, 会战中…) rather than for one engagement of it
_SUMMARY = re.compile(r"此役|此战|是役|该役|全役|此次会战|本次会战|这次会战|此次战役|这次战役|此次作战|整个会战|会战中|战役中|"
                      r"会战期间|战役期间|总计|合计|共计|总共|累计|先后|战果|参战|参加会战|参加这次|参加此次|投入|双方")
_HEADER = re.compile(r"^[ \t]*(?:战果|结果|伤亡|损失|兵力|伤亡与损失|伤亡和损失|参战兵力)[ \t]*[:：|]?", re.M)
_DAY_DATE = re.compile(r"[0-9一二三四五六七八九十]{1,3}日(?![军本方寇])")


def _scope(text: str, pos: int) -> str:
    """"summary" when the figure's sentence or line reads as a battle total, else "local"."""
    s0 = _sentence_start(text, pos)
    line0 = text.rfind("\n", 0, pos) + 1
    s_end = _CLAUSE_END.search(text, pos)
    sentence = text[s0:s_end.start() if s_end else len(text)]
    if _HEADER.match(text, line0) or _SUMMARY.search(sentence):
        return "summary"
    prev = text.rfind("\n", 0, max(0, line0 - 1)) + 1  # a header line right above (infobox)
    if line0 and _HEADER.match(text, prev) and len(text[prev:line0].strip()) <= 12:
        return "summary"
    return "local" if _DAY_DATE.search(sentence) else "summary"


_MAX_BATTLE_COUNT = 3_000_000  # larger numbers are the war's (or a nation's), not one battle's
# no battle of the war cost one side a million and a half men (the largest campaigns' losses stay under it): a loss
# of millions is a province's or the nation's total in the war (湖南伤亡二百六十二万, 三千五百万军民伤亡)
_MAX_BATTLE_LOSS = 1_500_000


# the bodies a side left on the field or dragged away, counted by 具 (丢下了1260多具尸体, 留下三百余具敌尸,
# 拖着250多具尸体逃回), or lying there (阵前躺着二百余具日军尸体): its killed; whose bodies they were may be written
# before 尸体 (留下八十多具日军尸体, 躺着有过百名伪军的尸体), and a count of men (名) or bodies lying counts only so
_BODIES = re.compile(rf"(?:(?:丢下|撂下|甩下|留下|遗下|遗弃|抛下|丢弃|扔下|拖着|拖走|拖回|抬着|抬走|运走)了?|(?P<lying>躺着|躺下|躺满了|"
                     rf"横躺着|横陈着|横陈|倒着)有?)(?P<count>{_COUNT})(?<=[具名])(?:(?P<whose>{_JP}|{_CN})的?)?"
                     r"(?:敌尸|尸体|尸首|死尸)")
# bodies counted with their side, whatever verb goes with them (近万具日军的尸体倒在城内外, 三百具敌军尸体): that side's killed
_SIDED_BODIES = re.compile(rf"(?P<count>{_COUNT})(?<=具)(?P<whose>{_JP}|{_CN})的?(?:尸体|尸首|死尸)")
# a side word that is no actor: a place or a direction of it (在我军阵地前, 向敌方阵地)
_SIDE_AS_PLACE = re.compile(r"阵地|阵前|方面|防线|据点")


def _bodies_left(text: str, taken: set[int]) -> list[Mention]:
    """Bodies left behind (see _BODIES): killed of the side that left them, the sentence's first side word that
    is its actor, not a place (日军…冲锋…,在我军阵地面前丢下了N具尸体 → JP); 敌尸 says the enemy's."""
    out: list[Mention] = []
    if "尸" not in text:
        return out  # every match ends in 敌尸/尸体/尸首/死尸: the pattern (group-led) is tried at every position
    for m in _BODIES.finditer(text):
        cs = m.start("count")
        if cs in taken:
            continue
        whose = m.group("whose")
        if not whose and (m.group("lying") or text[m.end("count") - 1] == "名") and not text.startswith("敌尸", m.end("count")):
            continue  # 躺着十几具尸体, 留下三名尸首: whose dead, the text does not say
        s0 = _sentence_start(text, cs)
        side = _SIDE_WORDS.get(whose) or ("JP" if text.startswith("敌尸", m.end("count")) else None)
        for w in _SIDE.finditer(text, s0, m.start()) if side is None else ():
            if not _SIDE_AS_PLACE.match(text, w.end()) and text[w.start() - 1:w.start()] not in ("在", "向", "对", "于"):
                side = _side_of(w)
                break
        fig = _figure(text, m, "casualties", "killed", side, cs)
        if fig:
            out.append(fig)
            taken.add(cs)
    for m in _SIDED_BODIES.finditer(text):
        cs = m.start("count")
        if cs not in taken and (fig := _figure(text, m, "casualties", "killed", _SIDE_WORDS.get(m.group("whose")), cs)):
            out.append(fig)
            taken.add(cs)
    return out


# the text says the sources disagree (不同来源的资料统计数字不一致, 说法不一): a range's two ends are two counts
_SOURCES_DIFFER = re.compile(r"来源不同|不同来源|说法不[一同]|各说不一|众说纷纭|莫衷一是|资料不[一同]|数字不[一同]|数据不[一同]"
                             r"|统计不[一同]|记载不[一同]|各有不同|有出入")


def _other_ends(text: str, figures: list[Mention]) -> list[Mention]:
    """A range whose ends the text says come from sources that disagree ("阵亡4000-7600人(不同来源的资料统计数字不
    一致)"): its high end as a second report (two sources, two reports); any other range stays one report, its low
    end (the gold's convention)."""
    out = []
    for f in figures:
        cs = f.value["count_start"]
        high = range_high(text, cs)
        if high is None:
            continue
        stop = _CLAUSE_END.search(text, f.value["count_end"])
        tail = text[f.value["count_end"]:min(stop.start() if stop else len(text), f.value["count_end"] + 40)]
        if _SOURCES_DIFFER.search(tail):
            f.value["qualifier"] = "exact"  # each end is one source's count
            out.append(Mention(f.kind, f.start, f.end, f.text, {**f.value, "count": high, "qualifier": "exact"}))
    return out


# a sum of the losses just stated: "伤亡…187200人;…伤亡约为10万人;两项合计约为29万人", "毙敌300人,俘50人,合计350人"
_SUM_AFTER = re.compile(rf"[,，;；、]\s*(?P<gap>[^。；;，,:：]{{0,16}}?)(?P<cue>合计|共计|总计)[:：]?[为达共]?"
                        rf"(?P<count>{_COUNT})")
# a sentence framed as the whole war's (八年抗战,国军陆军阵亡…): its figures are the war's, of no battle told
_WAR_FRAME = re.compile(r"(?:八年抗战|抗战八年|十四年抗战|抗战十四年|全面抗战|整个抗战|抗战期间|抗日战争期间|抗战中|抗日战争中)"
                        r"(?:期间|以来|中)?[,，]"
                        # the years of the war in digits, its subject right after (8年抗战八路军只打死N个日军?)
                        r"|(?:(?<![0-9])8年抗战|抗战8年|14年抗战|抗战14年)(?:期间|以来|中)?[,，]?")
_FIGHT_WORD = re.compile(r"战役|会战|战斗|大战|保卫战|之战|一役|此役|是役")


def _sums_of_losses(text: str, figures: list[Mention], taken: set[int]) -> list[Mention]:
    """The sum said with 合计/共计/总计 right after a loss, in the same sentence (_SUM_AFTER): a loss of that side,
    of the category of the losses it sums (killed and wounded summed are casualties)."""
    out = []
    for f in sorted(figures, key=lambda x: x.start):
        if f.value["kind"] != "casualties" or (m := _SUM_AFTER.match(text, f.end)) is None:
            continue
        cs = m.start("count")
        if cs in taken or not _count_ok(m, text, person_only=True) or _SIDE.search(m.group("gap")):
            continue  # 我军伤亡300人,日军合计…: another side's sum
        s0 = _sentence_start(text, f.start)
        cats = {x.value["category"] for x in figures if s0 <= x.start <= f.start
                and x.value["kind"] == "casualties" and x.value["side"] == f.value["side"]}
        fig = _figure(text, m, "casualties", cats.pop() if len(cats) == 1 else "casualties", f.value["side"],
                      m.start("cue"))
        if fig:
            out.append(fig)
            taken.add(cs)
    return out


def _war_totals(text: str, out: list[Mention]) -> list[Mention]:
    """The figures but those of a sentence framed as the whole war's that names no fight (八年抗战,…阵亡…)."""
    keep = []
    for m in out:
        s0 = _sentence_start(text, m.start)
        lead = text[s0:m.start]
        if _WAR_FRAME.search(lead[:12]) and not _FIGHT_WORD.search(text, s0, m.end):
            continue
        keep.append(m)
    return keep


# many fights counted (经历大小战斗500余次, 作战百余次, 打了几十次仗, 历次战斗, 大小战斗数百次): the figures of such a
# sentence are a unit's or a man's record over all of them, no one fight's
_TIMES = rf"(?:[0-9{CN_DIGITS}]+|数|几|上)[十百千]?[余多几]?"  # 870余, 百余, 数十, 十几: how many times
_FIGHTS_COUNTED = re.compile(
    rf"(?:大小|历次)(?:战斗|战役|作战|仗)|(?:战斗|作战|战役|交战|血战|仗)[^，,。；;：:]{{0,3}}?{_TIMES}次"
    rf"|{_TIMES}次(?:大小)?(?:战斗|作战|战役|交战|血战|仗)|{_TIMES}战(?![斗役术略场区线士友事功绩果报])")
# a span of several years, or "in N years" (1937年至1944年间, 三年来, 八年间, 多年来): the figures of a sentence so
# framed (and naming no fight) are a record over those years
_YEARS_SPAN = re.compile(r"(?P<y1>1[89][0-9]{2})年?[^，,。；;0-9]{0,8}?(?:至|到|—|－|-|～|~)(?P<y2>1[89][0-9]{2})年"
                         rf"|(?:[0-9{CN_DIGITS}]+|多|几)年(?:间|来|中|里|以来|之间)")


_TIMES_AT = re.compile(_TIMES)
# a span of months or days (8月20日-12月5日, 3个半月中): a campaign's time, whose engagements' total is the campaign's
_MONTHS_SPAN = re.compile(rf"[0-9{CN_DIGITS}]+月(?:[0-9{CN_DIGITS}]+日)?[^，,。；;]{{0,3}}?(?:-|—|－|至|到|～|~)"
                          rf"[^，,。；;]{{0,6}}?[0-9{CN_DIGITS}]+[月日]|个半?月(?:中|里|内|间|来)")
# a force grown to its size (发展到, 壮大为, 扩编成): the count is its size at a time, not in a fight
_GROWN = re.compile(r"(?:发展|壮大|扩大|扩编|扩充|扩展)(?:到|为|至|成)[^，,。；;]*$")


def _many(fights: str) -> bool:
    """A count of fights is of many (ten or more, or 数十, 百余, 大小战斗): three fights may be one battle's three
    engagements, 一战 is one fight."""
    t = _TIMES_AT.search(fights)
    if t is None:
        return True  # 大小战斗, 历次战斗
    if re.search(r"[十百千数几上余多]", t.group()):
        return True
    n = cn_to_int(t.group())
    return n is not None and n >= 10


def _career_totals(text: str, out: list[Mention]) -> list[Mention]:
    """The figures but those of a sentence that counts many fights (_FIGHTS_COUNTED) or spans several years with
    no fight named in it (_YEARS_SPAN): a unit's, a man's or a region's record, no battle's."""
    keep = []
    for m in out:
        cs = m.value.get("count_start", m.start)
        s0 = _full_sentence_start(text, cs)
        e = _CLAUSE_END.search(text, cs)
        s1 = e.start() if e else len(text)
        span = _YEARS_SPAN.search(text, s0, cs)
        years = span is not None and (span.group("y1") is None or span.group("y1") != span.group("y2"))
        if any(_many(f.group()) for f in _FIGHTS_COUNTED.finditer(text, s0, s1)) \
                and (years or not _MONTHS_SPAN.search(text, s0, s1)):
            continue  # (many engagements within months, 8月20日-12月5日的3个半月中…: one campaign's, kept)
        if m.value["kind"] == "strength" and _GROWN.search(text, max(s0, cs - 24), cs):
            continue  # 至此发展到11个军三万余人: a force's growth over time, its size in no one fight
        if years and not _FIGHT_WORD.search(text, s0, s1):
            continue
        keep.append(m)
    return keep


def _cut_off(text: str, m: Mention) -> bool:
    """A count in Arabic digits that ends the text with no measure word after it (…损失89): an excerpt broken off in
    the middle of the number or before its noun (89人? 89式?), so the count read is not the one written."""
    end = m.value.get("count_end", m.end)
    return text[end:].strip() == "" and text[end - 1:end].isdigit()


# the whole enemy force disarmed or taken (将敌全部缴械俘虏, 就全部缴械俘获, 悉数被俘)
_ALL_TAKEN = re.compile(r"(?:全部|悉数|全数)(?:被我)?(?:缴械|解除武装)?(?:俘虏|俘获|活捉|生俘|被俘|缴械)")


def _all_taken(text: str, out: list[Mention]) -> list[Mention]:
    """The enemy's men taken when the text says all of them were (全部缴械俘虏) after sizing his force in the same
    paragraph (日伪军七十多人驻守 …, 将敌全部缴械俘虏): that force's count, captured. Not when a loss is counted
    between (敌三百人…毙其五十, 余部全部俘虏: the rest only) or the taking has its own count."""
    if "全" not in text and "悉" not in text:
        return []
    added = []
    for m in _ALL_TAKEN.finditer(text):
        ps = text.rfind("\n", 0, m.start()) + 1
        before = [f for f in out if ps <= f.value["count_start"] < m.start()]
        if not before or any(f.value["count_start"] >= m.start() and f.start < m.end() + 8 for f in out):
            continue
        last = max(before, key=lambda f: f.value["count_start"])
        if last.value["kind"] != "strength" or last.value.get("side") != "JP":
            continue  # the last count before is a loss, or our own force's
        value = {**last.value, "kind": "casualties", "category": "captured", "count_start": m.start(),
                 "count_end": m.end()}
        added.append(Mention("figure", m.start(), m.end(), text[m.start():m.end()], value))
    return added


# a loss, then the part of it one side's men make, in a 其中 clause (毙伤敌500余人,其中日军160余人): the part is a loss of
# the same kind, that side's
_PART_SIDE = re.compile(rf"[,，]\s*(?:其中|内有|内中|中有)(?P<subj>{_JP}|{_CN})(?:[共约达为计有]|官兵)?(?P<count>{_COUNT})")


def _named_parts(text: str, found: list[Mention], taken: set[int]) -> list[Mention]:
    """The side's part of a loss told right before it (see _PART_SIDE)."""
    out = []
    for f in found:
        if f.value["kind"] != "casualties":
            continue
        m = _PART_SIDE.match(text, f.value["count_end"])
        if m is None or m.start("count") in taken or not _count_ok(m, text, person_only=True):
            continue
        fig = _figure(text, m, "casualties", f.value["category"], _side_of(_SIDE.fullmatch(m.group("subj"))), m.start("subj"))
        if fig:
            out.append(fig)
            taken.add(m.start("count"))
    return out


def find_figures(text: str) -> list[Mention]:
    """Casualty and strength figures of ``text`` (see the module docstring)."""
    text = text or ""
    taken: set[int] = set()
    out = _wiki_infobox(text, taken)
    out += _officers(text, taken)
    out += _spoken_kills(text, taken)
    out += _casualties(text, taken)
    out += _list_kills(text, taken)
    out += _count_then_cue(text, taken)
    out += _wiped_out(text, taken)
    out += _sums_of_losses(text, out, taken)
    out += _died_together(text, taken)
    out += _fallen_counted(text, taken)
    out += _named_parts(text, out, taken)
    out += _topic_losses(text, taken)
    out += _bodies_left(text, taken)
    out += _infobox(text, taken)
    out += _strength(text, taken)
    out += _forces(text, taken, (_side_count_moves, _count_side_moves, _FACED_FORCE.finditer, _side_sized), False, _moving_force)
    out += _forces(text, taken, (_MEN_COUNTED.finditer, _men_holding), True, _holding_force)
    out += _other_ends(text, out)
    out += _all_taken(text, out)
    out = [m for m in out if m.value["count"] <= (_MAX_BATTLE_LOSS if m.value["kind"] == "casualties" else _MAX_BATTLE_COUNT)
           and not _claimed_missing(text, m) and not _cut_off(text, m)]
    out = _career_totals(text, _war_totals(text, out))
    sides = _infobox_sides(text)
    for a, b, side in _loss_columns(text, sides) if sides else ():
        for m in out:  # a loss with no side word in an infobox column is that column's side
            if m.value["side"] is None and m.value["kind"] == "casualties" and a <= m.value["count_start"] < b:
                m.value["side"] = side
    for m in out:  # forces are stated for the battle; losses may be those of one engagement
        m.value["scope"] = "summary" if m.value["kind"] == "strength" else _scope(text, m.value["count_start"])
    out.sort(key=lambda m: m.start)
    return out
