"""Person mentions: commanders of both sides, found where the text marks them as persons —
after a title (司令长官薛岳, 师团长天谷直次郎), inside an order-of-battle bracket (第19集团军(罗卓英,4个师)),
before a verb of command (汤恩伯命…, 傅作义率…), in 以…为 appointments and in infobox lists
(指挥官: / 主要将领:). Once a name is known, every other occurrence of it is a mention too.

Names are cut with a surname list (Chinese, Japanese; data files with sources), stop characters and
jieba's segmentation of a short window; candidates that are toponyms or unit words are refused.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

import jieba

from kangzhan.extract.lexicons import admin, common_words, is_toponym
from kangzhan.extract.mentions.base import Mention
from kangzhan.extract.mentions.lexdata import (
    LEAD_VERBS,
    cn_surnames,
    jp_surname_len,
    jp_surnames,
    jp_surnames_by_rank,
)
from kangzhan.extract.mentions.scan import (
    lookahead_matches,
    near_anchor_finditer,
    occurrences,
    starts_after_one_of,
)
from kangzhan.extract.mentions.units import commander_numbered
from kangzhan.text import posseg_fast, posseg_viterbi

jieba.setLogLevel(60)
posseg_viterbi.install()  # the same tags, ~4× faster: tagging name windows is the extractor's hot spot

# titles, longest first; the echelon word a title belongs to (None: any)
TITLES: list[tuple[str, str | None]] = [
    ("前敌总指挥", None), ("副司令长官", "战区"), ("司令长官", "战区"), ("总司令官", None), ("副总司令", None),
    ("总司令", None), ("总指挥", None), ("副司令官", None), ("司令官", None), ("副司令", None), ("司令", None),
    ("师团长", "师团"), ("旅团长", "旅团"), ("联队长", "联队"), ("大队长", "大队"), ("中队长", "中队"),
    ("支队长", "支队"), ("步兵团长", "步兵团"), ("副军长", "军"), ("军长", "军"), ("副师长", "师"), ("师长", "师"),
    ("旅长", "旅"), ("团长", "团"), ("营长", "营"), ("连长", "连"), ("队长", None), ("指挥官", None), ("参谋长", None),
    ("副长官", "战区"), ("长官", "战区"), ("委员长", None), ("副司令员", None), ("司令员", None), ("政治委员", None),
    ("政委", None),
    ("团附", None), ("营附", None),  # a regiment's or battalion's deputy (团附某某率三百余人): who led the men, no command
    ("政治部主任", None),  # a staff post (政治部主任X亲自指挥…): names who led, heads no unit (resolve links no command)
]
RANKS = ("陆军大将", "陆军中将", "陆军少将", "陆军大佐", "陆军中佐", "陆军少佐", "上将", "中将", "少将", "大将", "上校", "中校",
         "少校", "大佐", "中佐", "少佐", "将军")  # 大佐/中佐/少佐: the Japanese field-officer ranks (联队长水上源藏大佐)
# 524团团附 is a title; 第88团附山炮一连 (a regiment with a company attached), 团附近 (near it), 附属 are none
_TITLE_RE = "|".join(("(?<![0-9〇零一二三四五六七八九十百])" + re.escape(t) + "(?![近属件带])") if t.endswith("附")
                     else re.escape(t) for t, _ in sorted(TITLES, key=lambda x: -len(x[0])))
_RANK_RE = "|".join(RANKS)
# find_persons' title scan; a match opens with a rank or a title, so a lookahead on their first characters
# skips every other position at once instead of trying each alternative there (same matches)
_TITLE_MATCH = re.compile(rf"(?=[{''.join(sorted({w[0] for w in RANKS} | {t[0] for t, _ in TITLES}))}])"
                          rf"(?P<rank>{_RANK_RE})?(?P<title>{_TITLE_RE})(?P<rank2>{_RANK_RE})?(?P<br>[(（])?")
_HAN = "\u4e00-\u9fff"
# a description in apposition after a title, before the name: 、黄埔军校六期生 / 、保定军校毕业 (a school's graduate)
APPOSITION_AFTER_TITLE = re.compile(r"、[^\s,，。;；、:：]{2,14}?(?:期生|毕业生|学生|出身|毕业)")
# characters that end a name (verbs, function words, unit words, punctuation)
STOP = set(
    "率命令指挥任为被接兼亲的于在即遂下已也亦又等部所之以和与及、，,。；;（()）：:“”\"' 　第军师团旅营连"
    "司总副长负阵奉调电急乃将均都向由从到至再立并随回退攻守进撤先主其该各亲自决认发到达赶"
    "所属辖配隶从未不没曾仍还就才便则却而统|\t\n"
)
_NAME_OK = set("和与及为长一二三四五六七八九十次太部")  # stop characters that Japanese given names use (和一郎, 次郎)
COMMAND_VERBS = ("统一指挥", "亲自指挥", "率领", "统率", "指挥", "亲率", "率")
APPOINT_VERBS = ("被任命为", "任命为", "兼任", "接任", "出任", "升任", "担任", "任", "为")
NOT_NAMES = {
    "司令", "中国", "日军", "国军", "我军", "守军", "敌军", "日本", "中央", "军队", "部队", "主力", "一部", "全军",
    "此役", "会战", "战役", "战斗", "任务", "指挥", "命令", "方面", "阵地", "蒋委员长", "委员长", "国民政府",
    "长官", "司令部", "总部", "大本营", "左翼", "右翼", "中路", "东路", "西路", "南路", "北路", "前线", "华军",
}
# a card's field label, bare or in 【】/[] (a book's battle card: "【指挥将领】贺龙、关向应")
# (an item number may open the line: "2.指挥者或部队:李宗仁", an exam note's numbered points)
_LIST_HEAD = re.compile(r"(?:[0-9一二三四五六七八九十]{1,2}[.．、]|[(（][0-9一二三四五六七八九十]{1,2}[)）])?\s*"
                        r"[【\[［〔]?(?:指挥官与领导者|指挥官|主要将领|主要指挥官|参战将领|指挥将领|双方将领|双方指挥官|将领|指揮官與領導者|主要將領|指揮將領"
                        r"|指挥者(?:或部队|和部队|与部队|及部队)?|指挥员|指揮者(?:或部隊|和部隊|與部隊|及部隊)?)"
                        r"[】\]］〕]?\s*[:：]?\s*")
_BEFORE_UNIT = re.compile(
    r"(?:^|(?<=[，,。；;、以由令命和与及]))(?P<name>[\u4e00-\u9fff]{2,5}?)(?=(?:的)?第?[0-9一二三四五六七八九十]+(?:师团|集团军|军|师))"
)
# a name closed by a rank (Japanese army ranks too): 师团长佐久间为人中将, 由X中将接任, "X大佐,步兵第N联队联队长"
JP_RANKS = ("大佐", "中佐", "少佐", "大尉", "中尉", "少尉")
_RANK_AFTER = re.compile("|".join((*RANKS, *JP_RANKS)))
# a staff post written between a rank and the name (上校附员X, 少校参谋X, 中尉副官X): no part of the name
_POST_AFTER_RANK = re.compile(r"附员|参谋|副官|秘书|译员|随员|军医|军需|书记官?|联络官|连络官|侍从官|教官")
_NAME_BOUNDARY = re.compile(r"(?:^|[\s，,。；;、:：(（“\"]|[由以被将为的是和与及令命])$")
# a Chinese name before its title (迫击炮连的X连长用…): the title closes the name
_NAME_BEFORE_TITLE = re.compile(
    r"(?<=[的，,、。；;:：\s与和及同])(?P<name>[\u4e00-\u9fff]{2,3})(?=副?(?:连长|营长|团长|旅长|师长|军长|排长|军团长|总司令|司令长官)(?![\u4e00-\u9fff]{0,1}[部属]))"
)
# a count of persons before their title (二位连长, 两名营长): 郭二位 is a surname and a count, no name
_HEAD_COUNT = re.compile(r"[一二两三四五六七八九十几数][位名个]$")
_APPOINTED = re.compile(
    r"(?:^|(?<=[，,。；;:：\s]))(?P<name>[\u4e00-\u9fff]{2,5}?)(?:接任|出任|升任|兼任|就任|调任|继任|系|时任|现任)"
)
# where one of _APPOINTED's verbs starts ([接出升兼就调继时现]任|系, written out so that every alternative opens with
# a literal: re scans for their first characters in C)
_APPOINTED_AT = re.compile("接任|出任|升任|兼任|就任|调任|继任|时任|现任|系")
# the name opens a clause or follows a verb or a preposition of ordering (令, 由, 以), or the formation he
# led (…军区第一军分区X将军: the title of a command written before the name, as 司令员X is)
_BEFORE_RANK = re.compile(
    r"(?:^|(?<=[，,。；;、:：(（以由令命和与及是区]))(?P<name>[\u4e00-\u9fff]{2,5}?)(?P<rank>将军|上将|中将|少将|大将|大佐|中佐|少佐)"
)
# _BEFORE_RANK and _APPOINTED tried only up to 5 characters (the longest name) before their rank or verb
_BEFORE_RANK_AT = re.compile("将军|上将|中将|少将|大将|大佐|中佐|少佐")
# 孙明瑾的预10师, 李长和的30团 (a regiment only with 第 or digits: 熊笑三团 is 熊笑三's regiment, not 3团)
_NAME_BEFORE_UNIT = re.compile(
    r"(?=(?P<name>[\u4e00-\u9fff]{2,3})(?:的)?(?:新编|暂编|预备|新|暂|预)?"
    r"(?:第?[0-9一二三四五六七八九十]+(?:师团|集团军|军|师)|(?:第[0-9一二三四五六七八九十]+|[0-9]+)(?:旅|团)))"
)
# its anchor: a whole numeral run (from its first numeral) and the echelon word's first character. A name
# held by it starts 7 characters before the run at most (3 + 的 + 新编 + 第) and 2 before the run's last
# numeral at the latest (a later position has the echelon word inside its name); its lookahead reads to the
# end of 集团军 at most
_NUMBER_BEFORE_UNIT = re.compile("[0-9一二三四五六七八九十][0-9一二三四五六七八九十]*[师集军旅团]")  # [N][N]* = [N]+: a class first


# verbs and prepositions of reliance and disposal whose object is the unit that follows (全靠120师, 凭两个团,
# 让第5军, 把该师): the character before a unit is one of them, it ends no name
_TAKES_UNIT_AS_OBJECT = frozenset("靠凭依让叫给把被归随跟用替帮")
# a verb whose object is a place (守卫卢沟桥的第29军, 进攻石门的第3师团): the words between it and 的+unit are
# the place the unit holds or attacks, no commander's name
_PLACE_OBJECT_VERB = re.compile(r"(?:守卫|保卫|坚守|驻守|防守|镇守|扼守|固守|死守|据守|退守|攻打|进攻|攻占|围攻|攻击|增援|驰援"
                                r"|收复|夺回|进驻|开赴|挺进|抵达|到达|占领|驻扎|驻防|屯驻)$")


# verbs of fighting (fight_words.FIGHT_WORDS and the moves of an encirclement or an ambush): a would-be name before a
# unit that holds one, or whose first character closes one with the character before it, is the clause's verb (分三路
# 合围|某团: the unit is its object; 设伏之|某团: 之 makes the verb the unit's attribute, the unit that laid the
# ambush), no commander's name: a name is never read across a verb of fighting
_FIGHT_VERB_IN_NAME = re.compile(r"合围|设伏|伏击|围攻|围歼|围剿|夹击|截击|阻击|堵击|追击|包围|进攻|攻击|袭击|突袭|偷袭|反击|迎击")


def _fighting_verb_across(text: str, start: int, end: int) -> bool:
    """text[start:end], a would-be name, holds a verb of fighting or opens with the last character of one."""
    return bool(_FIGHT_VERB_IN_NAME.search(text, max(0, start - 1), end))


def _name_before_unit_matches(text: str):
    """_NAME_BEFORE_UNIT.finditer(text), tried only near a numbered unit (the same matches, in order)."""
    return lookahead_matches(_NAME_BEFORE_UNIT, text, _NUMBER_BEFORE_UNIT,
                             lambda a: (max(0, a.start() - 8), a.end() - 3, a.end() + 2))
# 第74军王耀武部 / 新六军廖耀湘部 / 第五战区李宗仁部: a unit, its commander's name, 部 (the troops under him)
# The name and its tail are read in a lookahead, so that a slot that holds no name (集团军|教导|团, 七师|五五九|团)
# does not swallow the unit that opens the true slot (教导团|王某|部, 九团|李某|部); a unit named by its duty (教导团,
# 补充团, 特务营) or a county force's battalion (大队, 中队) heads its commander's 部 too (X集团军教导团王某部)
_UNIT_NAME_BU = re.compile(
    r"(?:[0-9一二三四五六七八九十百](?:军|师|旅|团|营|战区)|集团军|纵队|支队|大队|中队|(?:教导|特务|警卫|补充)(?:团|营|旅))"
    r"(?=(?P<name>[\u4e00-\u9fff]{2,3}?)(?P<tail>部(?![长署分门属])|团(?![长部属])|旅(?![长部属团])))"
)  # 2营王超奎部, 预备10师葛先才团 (a regiment called by its commander's name)
# the conjunctions that join a second force to the unit before it (甲大队和乙某部, 一团与丙某部): right after a unit
# they open no name in the slot before 部, though 和 and 同 are surnames too
_JOINS_FORCES = frozenset("和与及同暨")
# the troops of a man named by what they held or attacked: 守卫X的Y部, 进攻X的Y部 (Y: his name, 部: the men under him);
# (?<![X])守 written 守(?<![X]守): the same matches, but each alternative opens with a character re scans for in C
_HOLDER_BU = re.compile(r"(?:守卫|坚守|据守|死守|固守|扼守|防守|守(?<![驻留看]守)|进攻|攻打|围攻)[^，,。；;！!？?、的]{2,8}的"
                        r"(?P<name>[\u4e00-\u9fff]{2,3}?)部(?![长署分门属队下将])")
# a 4-5 character Japanese-style name opening a clause, before its verb of command: ，阿南惟几命第6师团…
_CLAUSE_JP_NAME = re.compile(
    r"(?<=[，,。；;])(?P<name>[\u4e00-\u9fff]{4,5}?)(?:即|随即|遂|乃|又|亲自)?(?=命|令|率|指挥(?!部|所)|下令|决定)"
)  # 指挥部, 指挥所: the command post, a noun (东南山坡上指挥部旧址: where it stood), no verb of a commander
_JP_ACTOR = re.compile(r"(?:日军|日本|敌军?|在)(?=(?P<name>[\u4e00-\u9fff]{2,5}))")
# a Japanese commander written right after his army or division, before the troops he uses (敌第11军园部和一郎，以…)
# (the numeral lookbehind written after each echelon word, over it: re scans for the words' first characters in C)
_UNIT_JP_NAME = re.compile(r"(?:军(?<=[0-9一二三四五六七八九十百〇].)|师团(?<=[0-9一二三四五六七八九十百〇]..)"
                           r"|方面军(?<=[0-9一二三四五六七八九十百〇]...))(?P<name>[\u4e00-\u9fff]{4,5}?)"
                           r"(?=[，,]?(?:以|率|命|令|下令|指挥|决定))")
# a date's last word right before a name (1943年张某指挥…, 1938年5月李某率…): the date closes, the name opens
_DATE_END = re.compile(r"(?:[0-9一二三四五六七八九十〇零]年(?:[春夏秋冬]季?|[初底末])?|[0-9一二三四五六七八九十]月(?:[上中下]旬|[初底末])?"
                       r"|[0-9一二三四五六七八九十][日号])$")
# short adverbials between a name and its verb of command (X见势率…, X当即下令…, a storyteller's X又是指挥…)
_ADVERB = re.compile(r"^(?:见势|见状|随即|当即|立即|旋即|即刻|亲自|急忙|急|又是|又|再次|再度|遂|乃|便|则)(?=率|命|令|下令|指挥|统率)")
# 命杨森、王陵基两集团军: names listed before the number of their formations
_NAMES_BEFORE_UNITS = re.compile(
    r"(?:^|(?<=[，,。；;:：命令以派由]))(?P<names>[\u4e00-\u9fff]{2,3}(?:[、和与及][\u4e00-\u9fff]{2,3})+)"
    r"(?=[两二三四五六七八九]个?(?:集团军|兵团|军|师|纵队))"
)
# an order-of-battle line (参战部队 tables flattened to text): "第70军 李觉 第19师 唐伯寅", "总司令:罗卓英",
# "第33师团长(丙)樱井省三", "第3飞行团 团长 远藤三郎": each head (a numbered unit and/or a title) is followed by
# the name of the man at its head, a whole space-separated item; the whole line is made of such pairs
_OOB_UNIT = r"[\u4e00-\u9fff]{0,6}?[0-9一二三四五六七八九十百〇]+(?:师团|集团军|方面军|军|师|旅团|旅|联队|团|大队|支队|飞行团|战区)"
OOB_GAP = rf"[ \t　]*(?:(?:{_TITLE_RE})[ \t　]*)?[:：]?[ \t　]*(?:[(（][^()（）\s]{{1,2}}[)）])?[ \t　]*"
_OOB_PAIR = rf"(?:{_OOB_UNIT}|[总副]?(?:{_TITLE_RE}))(?:长)?{OOB_GAP}[\u4e00-\u9fff]{{2,5}}(?=[ \t　]|$)"
OOB_LINE = re.compile(rf"^[ \t　]*(?:{_OOB_PAIR}[ \t　]*)+$", re.M)
# the name stands apart from its head (a space, a colon or a bracket between): glued, it is prose or a
# label ("指挥官与领导者")
_OOB_NAME = re.compile(rf"(?:{_OOB_UNIT}|[总副]?(?:{_TITLE_RE}))(?:长)?{OOB_GAP}(?<=[ \t　:：)）])(?P<name>[\u4e00-\u9fff]{{2,5}})(?=[ \t　]|$)", re.M)

_PAIRS = re.compile(rf"[ \t　]*(?:{_OOB_PAIR}[ \t　]*)+")
_FIELD_TAIL = re.compile(r"[;；。，,、\s]+$")
# the same head at a line's start, the blanks before the label kept to the line: a \s* there would run over every
# blank line below each line start (quadratic on a page of blank lines)
_LIST_HEAD_LINE = re.compile(r"^[ \t　]*(?:" + _LIST_HEAD.pattern.replace(r"\s*", r"[ \t　]*", 1) + ")", re.M)


def field_pair_spans(text: str) -> list[tuple[int, int]]:
    """The value of a commanders' field line made of unit-name pairs ("2.指挥者或部队:八路军一一五师 林彪;"): read as
    an order-of-battle line (each name heads the unit before it), as (start, end) in the text."""
    out = []
    for head in _LIST_HEAD_LINE.finditer(text):
        a = head.end()
        line_end = text.find("\n", a)
        line_end = len(text) if line_end < 0 else line_end
        tail = _FIELD_TAIL.search(text, a, line_end)
        b = tail.start() if tail else line_end
        if a < b and _PAIRS.fullmatch(text, a, b):
            out.append((a, b))
    return out



def _oob_names(text: str) -> list[str]:
    """The names of an order-of-battle line (see OOB_LINE): each item after a unit or a title."""
    out = []
    for line in OOB_LINE.finditer(text):
        for m in _OOB_NAME.finditer(line.group(0)):
            name = m.group("name")
            known = name_style(name) is not None or cut_name(name, 0, strong=True) == name
            if known and _accept(name) and name not in out:
                out.append(name)
    return out


# a Japanese name (listed family name, no title) before (的 and) the formation he led: 某某的(精锐)第N师团, 某某第N师团,
# or the brigade or detachment named after him (某某混成旅团, 某某支队: the Japanese named such a force by its commander)
UNIT_MODIFIERS = "(?:精锐|主力|嫡系|王牌)?"
_JP_NAME_OF_UNIT = re.compile(rf"(?=的?{UNIT_MODIFIERS}(?:独立混成)?第?[0-9一二三四五六七八九十]+(?:师团|旅团|联队|方面军|军)"
                              r"|(?:独立)?混成旅团|支队)")


# what may stand right before a name glued to its formation (第13军|某某混成旅团, 最北侧的|某某第N师团, 日军|某某支队)
_OPENS_GLUED = frozenset("的之军团队敌")


def _jp_names_of_units(text: str) -> list[str]:
    """Japanese names right before (的 +) a Japanese formation (see _JP_NAME_OF_UNIT): the longest whole name."""
    out = []
    for m in _JP_NAME_OF_UNIT.finditer(text):
        pos = m.start()
        glued = not text.startswith("的", pos)
        for k in (5, 4, 3):
            cand = text[max(0, pos - k):pos]
            if glued and pos - k > 0 and "\u4e00" <= text[pos - k - 1] <= "\u9fff" and text[pos - k - 1] not in _OPENS_GLUED:
                continue  # 压迫|某某85军, 以某某为|11军长: glued to the unit, the name must open where a word ends
            surname = jp_surname_len(cand) > 0 or (k >= 4 and cand.endswith("郎"))  # …四郎: a given name
            if len(cand) == k and surname and name_style(cand) == "JP" \
                    and cut_name(text, pos - k, strong=True) == cand and _accept(cand):
                out.append(cand)
                break
    return out


_TRIGGER = re.compile("率|命|令|指挥|亲自|任|决心|遂|立即|所部|部队|统领|亲赴|亲临|督战|坐镇")
_SPACE_SPLIT = re.compile(r"[\s、,，;；/|]+")


def _is_stop(ch: str) -> bool:
    return ch in STOP or not ("\u4e00" <= ch <= "\u9fff")


def _has_surname(name: str) -> bool:
    """The name opens with a Chinese or a Japanese family name."""
    return name[:2] in cn_surnames() or name[0] in cn_surnames() or bool(jp_surname_len(name))


def name_style(name: str) -> str | None:
    """'JP' for Japanese-looking names, 'CN' for Chinese ones, None when unsure."""
    if len(name) >= 3 and jp_surname_len(name):
        return "JP"
    if name[:2] in cn_surnames() or (name[0] in cn_surnames() and len(name) <= 3):
        return "CN"
    if len(name) >= 4:
        return "JP"
    return None


_VERBISH = ("v", "d", "p", "c", "u", "m", "q", "r", "x", "y", "w", "f", "t", "e", "o", "z", "l")


_TOKEN_CACHE = 1 << 16  # windows remembered (~tens of MB at most)


@lru_cache(maxsize=_TOKEN_CACHE)  # keyed by text: bounded, a worker lives through many documents
def _tokens(window: str) -> tuple[tuple[str, str], ...]:
    return posseg_fast.tag(window)  # = tuple(pseg.cut(window)) as (word, flag) pairs, with less overhead


def cut_name(text: str, pos: int, strong: bool = False) -> str | None:
    """The personal name that starts at pos, or None. strong: the context says a name is here
    (after a title or in a bracket), so unknown surnames are accepted."""
    name = _cut_name(text, pos, strong)
    if name and _rank_opens_at_end(name, text[pos + len(name):pos + len(name) + 1]):
        return _accept(name[:-1])  # 原清一大|佐: the name stops where a rank begins
    return name


def _rank_opens_at_end(name: str, nxt: str) -> bool:
    """The last character of name and the character after it make a rank (原清一大|佐, 山泽大|佐, 刘少|将)."""
    return len(name) > 2 and name[-1] in "少中上大" and nxt in ("将", "佐", "尉", "校")


# one more holder of a title in a list closed by the clause's end (师长先后是A、B、C。): 2-5 Han characters
# (with those of the extension planes: 鈆 → 𫓪) between 、 and 、 or a clause's end
_HOLDER = re.compile(r"、([\u4e00-\u9fff\U00020000-\U0003134f]{2,5})(?=[、。，,；;\n]|$)")


_FIRST_HOLDER = re.compile(r"([\u4e00-\u9fff\U00020000-\U0003134f]{2,5})(?=、)")


def _listed_first_holder(text: str, pos: int) -> str | None:
    """The first of the names listed at pos after a title and 是/为 (师团长是A、B、C) that no name rule reads alone
    (a rare family name): a name when the items after it are names and one at least is read as a name alone."""
    m = _FIRST_HOLDER.match(text, pos)
    name = _accept(m.group(1)) if m and m.group(1) not in common_words() else None
    if name is None:
        return None
    rest = _holders_after(text, m.end())
    at = m.end()
    for other in rest:
        at = text.find(other, at)
        if cut_name(text, at, strong=True) == other:
            return name
    return None


def _holders_after(text: str, end: int) -> list[str]:
    """The names listed after a title's first holder ending at end (军长是A、B、C: B and C), while each item
    reads as a name (_accept) — the list is a list of names when its first item is one."""
    out = []
    while (m := _HOLDER.match(text, end)) and (name := _accept(m.group(1))) and name not in common_words():
        out.append(name)
        end = m.end()
    return out


def _cut_name(text: str, pos: int, strong: bool) -> str | None:
    window = text[pos:pos + 8]
    if not window:
        return None
    jp = jp_surname_len(window)
    cn = 2 if window[:2] in cn_surnames() else (1 if window[0] in cn_surnames() else 0)
    if _is_stop(window[0]) and not (jp or cn):
        return None
    toks = _tokens(window)
    tok, flag = toks[0] if toks else ("", "")
    if jp and window[jp:jp + 1] in _CLAUSE_OPENERS and window[jp + 1:jp + 3] in common_words():
        return _accept(window[:jp])  # 指挥官山田|因指挥不当: a conjunction and a word after the family name open the clause
    if strong and not (jp or cn) and _deed_not_name(tok, flag) and not jp_surname_len(window, by_rank=True):
        return None  # 师长|英勇殉国, 将军|临危受命: no family name, an idiom or an everyday word: what he did
    if flag.startswith("nr") and len(toks) > 1 and toks[1][1].startswith("nr") and len(tok + toks[1][0]) <= 5:
        tok = tok + toks[1][0]  # 川岸/文三郎
    if strong and flag.startswith("nr") and len(toks) > 1 and tok == toks[0][0] \
            and (window[0] not in cn_surnames() or toks[1][0].endswith("郎") and len(tok) >= 2) \
            and (not toks[1][1].startswith(_VERBISH) or toks[1][0].endswith("郎")) \
            and not _is_stop(toks[1][0][0]) and len(tok + toks[1][0]) <= 5:
        tok = tok + toks[1][0]  # 坂西/一郎: a Japanese given name after a surname jieba knows
    lang = next((k for k in (4, 5) if window[k - 1:k] == "郎"
                 and not any(_is_stop(c) and c not in _NAME_OK for c in window[:k])), 0)
    if strong and lang > len(tok) and (jp or cn):
        return _accept(window[:lang])  # 松浦淳|六|郎中: a Japanese given name in 郎 that jieba cut apart
    if flag.startswith("nr") and len(tok) == 3 and cn == 1 and tok[2] in _CLAUSE_ADVERBS:
        tok = tok[:2]  # 孙震|乃电令各部, 李延年|遂率…: jieba's guess glued the adverb that opens the predicate
    if strong and cn == 2 and tok == window[:2] and len(toks) > 1 and len(toks[1][0]) == 2 \
            and not toks[1][1].startswith(_VERBISH) and not any(map(_is_stop, toks[1][0])) \
            and not _words_common(toks[1][0]):
        return _accept(window[:4])  # 营长司马|文龙: a compound family name, then a given name jieba cut apart
    if flag.startswith("nr") and 2 <= len(tok) <= 5 and not (jp and len(tok) <= jp):
        if strong and len(tok) == 2 and jp <= 1 and cn == 1 and _third_name_char(window):
            return _accept(window[:3]) or _accept(tok)  # 彭孟|缉等, 孙蔚|如: jieba cut a given name short
        if jp and strong:
            k = len(tok)
            while k < min(len(window), 5) and window[k] in "一二三四五六七八九十郎":
                k += 1  # 加藤素|一, 樱井省|三: a Japanese given name ends in a numeral or 郎
            tok = window[:k]
        name = _accept(tok)
        if name or not (jp and strong):
            return name
    if not jp and len(tok) == 2 and len(toks) > 1 and toks[1][0] in ("后", "前", "时") and tok in common_words() \
            and not flag.startswith("nr"):
        return None  # 军团长|会商后,…: a word and 后 "after" open a time clause, no surname and given name
    if cn and not jp:
        if len(tok) > cn and (not strong or flag.startswith(_VERBISH) or flag in ("nt", "a", "an")) \
                and not (strong and len(tok) == 3 and cn == 1 and tok not in common_words()):
            return None  # a word, not surname + given name (国民党, 重伤, 张家口); 王缵绪 (v) is jieba's guess
        end = cn + 1
        if len(window) <= cn or _is_stop(window[cn]):
            return None
        if strong and lang:
            return _accept(window[:lang])  # 松原淳三郎: a Japanese name (…郎) whose surname is no listed one
        if strong and cn == 1 and _third_name_char(window):
            return _accept(window[:3])  # 邱维达|负责: 达 ends no word here
        if len(window) > end and not _is_stop(window[end]) and not _starts_word(window, end):
            nxt = next(((w, f) for w, f in _after(toks, end)), ("", ""))
            if strong or not nxt[0] or len(nxt[0]) == 1:
                end += 1
        if window[end - 1:end] in "少中上" and window[end:end + 1] in ("将", "校", "尉"):
            end -= 1  # 参谋长刘|少将: a surname and the rank, no given name
        if cn == 1 and flag in ("p", "c") and _splits_token(toks, end):
            return None  # 将军|向美|军说明: a preposition that is also a surname, its "given name" cut from a word
        return _accept(window[:end])
    if not (jp or strong):
        return None
    if not jp and ((len(tok) >= 2 and flag.startswith(_VERBISH)) or flag.startswith("v")):
        return None  # 增援前线, 特别是
    if not jp and not cn and len(tok) == 1 and flag in ("p", "c", "u", "r", "d"):
        return None  # 连长|用十倍望远镜: a preposition or pronoun after the title opens no name
    if jp and strong and _everyday_verb_at(toks, jp):
        return _accept(window[:jp])  # 大队长冈田|提出了…: an everyday verb right after the family name ends the name
    end = jp
    while end < len(window) and end < 5 and not (_is_stop(window[end]) and window[end] not in _NAME_OK):
        end += 1
        if window[end - 1] == "郎":
            break
    whole = len(window) == 5 and window[4] not in STOP or len(window) > 5 and _is_stop(window[5])  # 土肥原贤二| (a line's end)
    if end == 5 and window[4] != "郎" and not (whole and window[4] not in "少中上大"):
        end = 4  # five characters: 板垣征四郎, 土肥原贤二(率); not 冈村宁次手(握), 中村正雄少(将)
    if end > jp + 1 and window[end - 1] in "少中上大" and window[end:end + 1] in ("将", "佐", "尉"):
        end -= 1  # 畑俊六|大将: the rank follows the name
    if end - 2 >= max(jp, 1) + 1 and window[end - 2:end] in RANKS:
        end -= 2  # 宇野节|大佐）: a three-character name and its rank fill the five characters
    pos = 0
    for w, f in toks:  # a verb of two or more characters after the surname ends the name
        if pos >= max(2, jp + 1) and len(w) >= 2 and f.startswith("v") and pos + len(w) <= end:
            end = pos
            break
        if jp <= pos < end < pos + len(w) and w[-1] in STOP and w[-1] not in _NAME_OK and w in common_words():
            end = pos  # 江口|待命: a verb that runs past the name's end starts right after the surname
            break
        pos += len(w)
    if jp and strong and end == jp and window[jp:jp + 1] in ("，", ",", "。", "、", "；", ";", "：", ":"):
        return _accept(window[:jp])  # 中队长黑田,挥着…: after a title, a Japanese surname alone is the name
    if end < (max(jp + 1, 2) if jp else 3):
        return None
    if not jp and _common_words_only(toks, end):
        return None  # 将军|口述历史: everyday words (口述 + 历史) with no surname make no name
    if not jp and not cn and _cuts_a_proper_noun(toks, end):
        return None  # 师长特派|黄埔军校…: no family name, and the cut falls inside a school's or a place's name
    return _accept(window[:end])


# what opens the predicate right after a Japanese family name (因, 被, 于, 乃, 遂, 亦): no given name's character
_CLAUSE_OPENERS = frozenset("因被于乃遂亦")


_EVERYDAY = 500  # a verb this frequent in the common-word list is what the person did (提出, 采纳), no given name (莞尔)


def _everyday_verb_at(toks: tuple[tuple[str, str], ...], at: int) -> bool:
    """A verb of two or more characters and everyday use starts at offset `at` (right after a Japanese family
    name): it opens the predicate."""
    pos = 0
    for word, flag in toks:
        if pos == at:
            return len(word) >= 2 and flag.startswith("v") and common_words().get(word, (0,))[0] >= _EVERYDAY
        pos += len(word)
    return False


# one-character adverbs that open a predicate right after the subject (乃 "thereupon", 遂 "then", 即 …)
_CLAUSE_ADVERBS = frozenset("乃遂即又便皆已")


def _deed_not_name(tok: str, flag: str) -> bool:
    """The first word after a title is an idiom (临危受命, jieba tag i/l) or a frequent word of jieba's dictionary
    (英勇, 1435 — jieba even tags it nr): where no listed family name opens the window, the title is followed
    by what the man did, not by his name (the surname lists hold the frequent words that are names)."""
    if flag in ("i", "l"):
        return True
    return len(tok) >= 2 and common_words().get(tok, (0, ""))[0] >= 1000


def _splits_token(toks: tuple[tuple[str, str], ...], offset: int) -> bool:
    """A token starts before ``offset`` and ends after it (向|美军: the offset falls inside 美军)."""
    pos = 0
    for w, _f in toks:
        if pos < offset < pos + len(w):
            return True
        pos += len(w)
        if pos >= offset:
            return False
    return False


def _cuts_a_proper_noun(toks: tuple[tuple[str, str], ...], offset: int) -> bool:
    """``offset`` falls inside an organisation's or a place's name of three or more characters (特派|黄埔军校), or the
    characters before it hold a place name after another word (特派保定|军校): no given name reads so."""
    pos = 0
    for w, f in toks:
        if pos < offset < pos + len(w):
            return len(w) >= 3 and f in ("nt", "ns", "nz", "l")
        if pos > 0 and f == "ns" and len(w) >= 2 and pos + len(w) <= offset:
            return True
        pos += len(w)
        if pos >= offset:
            return False
    return False


def _common_words_only(toks: tuple[tuple[str, str], ...], end: int) -> bool:
    """The first ``end`` characters are two or more everyday words of jieba's dictionary, none a name."""
    pos, n = 0, 0
    for w, f in toks:
        if pos >= end:
            break
        if pos + len(w) > end or len(w) < 2 or f.startswith("nr") or common_words().get(w, (0, ""))[0] < 100:
            return False
        pos += len(w)
        n += 1
    return n >= 2 and pos == end


# stop characters that are also common in given names (邱维达, 张发奎, 李立三): a name's third character when
# it makes no word with what follows
_NAME_STOP_OK = set("达发立先进")


def _third_name_char(window: str) -> bool:
    """After a title, a surname and one character: is window[2] the last character of the given name? Yes
    when it is a Han character that may end a name and jieba's dictionary (no HMM guesses) makes no word of
    it with what follows (邱维达|负责, 彭孟缉|等, 孙蔚如)."""
    if len(window) < 3 or not ("\u4e00" <= window[2] <= "\u9fff"):
        return False
    c = window[2]
    if c in STOP and c not in _NAME_STOP_OK or c in _NAME_OK:
        return False
    first = next(iter(jieba.cut(window[2:], HMM=False)), "")
    return first == c


@cache
def _dictionary_nr3() -> tuple[frozenset[str], re.Pattern]:
    """jieba's 3-character personal names that open with a Chinese family name, and a pattern of their
    first characters (to visit only the positions where one may start)."""
    names = frozenset(w for w, (_f, tag) in common_words().items()
                      if len(w) == 3 and tag == "nr" and w[0] in cn_surnames())
    return names, re.compile("[" + "".join(sorted({w[0] for w in names})) + "]")


_LIST_SEP = "、和与及"
# echelon words that are also family names (师, 连 …), and the numerals a unit number ends in
_ECHELON_CHARS = frozenset("师团旅营连军")
_NUMERALS = frozenset("0123456789一二三四五六七八九十百〇零两")


def _by_separator(text: str, a: int, b: int) -> bool:
    """A list separator (、和与及) right after text[a:b] or right before it."""
    return (b < len(text) and text[b] in _LIST_SEP) or (a > 0 and text[a - 1] in _LIST_SEP)


_ROLL_TAIL = re.compile(r"(?:[、和与及][\u4e00-\u9fff]{2,3})*等")


def _dictionary_names(text: str, known: dict) -> list[str]:
    """Three-character words that jieba's dictionary (lexicons/common_words.tsv) tags as personal names and
    that open with a Chinese family name, listed next to another such name or a known one (有何应钦、王耀武):
    a list of persons. jieba's cut of the surroundings must keep them whole (有|何应钦, not 有何|应钦)."""
    names, initial = _dictionary_nr3()
    spans: list[tuple[int, int]] = []
    for m in initial.finditer(text):
        i = m.start()
        w = text[i:i + 3]
        if w not in names or not _by_separator(text, i, i + 3):
            continue  # only a span next to 、和与及 can be listed or make another span listed: spare the cut
        a = max(0, i - 2)
        pos = a
        for tok, _f in _tokens(text[a:i + 5]):
            if pos == i:
                if tok == w:
                    spans.append((i, i + 3))
                break
            pos += len(tok)
            if pos > i:
                break
    if not spans:
        return []  # no candidate: spare the look for every known name through the text
    starts = {a for a, _ in spans}
    ends = {b for _, b in spans}
    for name in known:
        for a, b in occurrences(text, name):  # = re.finditer(re.escape(name), text)
            starts.add(a)
            ends.add(b)
    out = []
    for a, b in spans:
        listed = (b < len(text) and text[b] in "、和与及" and b + 1 in starts) or (a > 0 and text[a - 1] in "、和与及" and a - 1 in ends)
        if _ROLL_TAIL.match(text, b):
            continue  # A、B、C等名将: a roll of names in passing, not the persons of an account
        if listed and text[a:b] not in out:
            out.append(text[a:b])
    return out


# what a commander does on the field when a narrative opens a clause with him (X赶到Y, X亲临前线, X下令…)
_FIELD_DEED = re.compile(r"(?:连夜|当即|立即|亲自|随即|旋即|急忙|即)?(?:赶到|赶赴|赶往|赶回|到达|抵达|来到|亲临|亲赴|坐镇|督战|"
                         r"下令|率领?|命令?|指挥|视察|巡视)")
_CLAUSE_OPEN = re.compile(r"(?:^|[\n。！!？?；;，,:：”」])[ \t　]*$")


def _dictionary_subjects(text: str) -> list[str]:
    """Three-character words jieba's dictionary tags as personal names (a family name first) that open a clause
    as its subject and do a commander's deed on the field (X赶到前线的当天, X亲临阵地, X下令…): a popular
    history names its general so, with no title or unit beside him. jieba's cut must keep the name whole."""
    names, initial = _dictionary_nr3()
    out: list[str] = []
    for m in initial.finditer(text):
        i = m.start()
        w = text[i:i + 3]
        if w in out or w not in names or not _FIELD_DEED.match(text, i + 3) \
                or not _CLAUSE_OPEN.search(text, max(0, i - 3), i):
            continue
        if next(iter(_tokens(text[i:i + 6])), ("", ""))[0] == w and _accept(w):
            out.append(w)
    return out


def _whole_item_name(item: str) -> bool:
    """A bracket item after a unit is a whole name unless it opens with an everyday word or holds a verb
    of the dictionary (配属炮兵, 主力一部): 安达二十三, 佐久间为人 are names."""
    if _words_common(item[:2]):
        return False
    return not any(len(w) >= 2 and f.startswith("v") and w in common_words() for w, f in _tokens(item))


def _verb_of_the_unit(word: str) -> bool:
    """A frequent verb of jieba's dictionary (加入, 编入, 率领): before a unit it takes the unit as its object, it
    is no given name (南昌|加入88师 is no person 昌加入)."""
    freq, tag = common_words().get(word, (0, ""))
    return tag == "v" and freq >= 100


def _office_verb(text: str, end: int) -> bool:
    """The would-be name's last character and the 任 after it are one verb of taking an office (后改|任, 旋调|任, 次年升|任:
    改任, 调任, 升任): the clause's subject went before, no name ends there."""
    word = text[end - 1:end + 1]
    return word.endswith("任") and _words_common(word) and common_words().get(word, (0, ""))[1].startswith("v")


def _words_common(word: str) -> bool:
    freq, tag = common_words().get(word, (0, ""))
    return freq >= 100 and not tag.startswith(("nr", "ns", "nz"))


def _starts_word(window: str, i: int) -> bool:
    """window[i] opens a frequent word of jieba's dictionary (江口|待命): it is no name character."""
    first = next(iter(jieba.cut(window[i:], HMM=False)), "")
    return len(first) >= 2 and common_words().get(first, (0, ""))[0] >= 100


def _inside_word(span: str, offset: int) -> bool:
    """True when a word of the dictionary starts before offset and ends after it (师团长|驱直入 → 师团/长驱直入); not a
    word the tagger's HMM glued across a rare character (师团长是鹫津鈆平 → 长是鹫津)."""
    pos = 0
    for w, _f in _tokens(span):
        if pos < offset < pos + len(w):
            return len(w) >= 3 and posseg_fast.known(w)
        pos += len(w)
        if pos >= offset:
            return False
    return False


def _after(toks: tuple[tuple[str, str], ...], offset: int):
    """Tokens that start at character offset or later."""
    pos = 0
    for w, f in toks:
        if pos >= offset:
            yield w, f
        pos += len(w)


def _accept(name: str, tail_ok: bool = False) -> str | None:
    """The name, or None when it is no name; tail_ok: a last 和/与/及 is the name's (李长和的30团)."""
    if name[-1:] in ("我", "敌", "其", "该") or name.startswith(_TITLE_WORDS):
        return None  # 向我(第171团): a pronoun, no given name; 参谋长刘(少将): a title and a surname
    if len(name) < 2 or name in NOT_NAMES or any(map(str.isdigit, name)):  # (map: no generator frame per call)
        return None
    if name.endswith(_TITLE_WORDS):
        return None  # 参谋长, 副参谋长: a title, not a name
    if len(name) <= 3 and name[-1] in "一二三四五六七八九十百千第" \
            and not (len(name) == 3 and jp_surname_len(name) == 1 and name[1] not in "一二三四五六七八九十百千第"):
        return None  # 时一五(师): a numeral, not a given name (畑俊六: a Japanese given name ends in one)
    if (_NOT_IN_NAME.search(name) and not _year_given_name(name)) or name[-1] in ("是的了在" if tail_ok else "是的了在和与及"):
        return None
    if len(name) <= 3 and _UNIT_END.search(name):
        return None
    if _PLACE_END.search(name):
        return None
    if is_toponym(name):  # a toponym from the gazetteer is not a person
        return None
    return name


# _accept's tests, compiled once: it runs several times for every window cut_name considers
_TITLE_WORDS = tuple(t for t, _ in TITLES)
_NOT_IN_NAME = re.compile("[年月日季这殉]|万分|分之|当时|此时|其时|斯时|彼时|同时|随后"  # 殉: 饮弹殉城 is a death, no name
                          "|^[一二两三四五六七八九十几数][人名个位]"  # 队长一人幸免: a head count after the title
                          "|^那[声个位名次场阵股支句番些道条]")  # 那声枪响: "that shot", a demonstrative, no family name 那


def _year_given_name(name: str) -> bool:
    """年 closes a given name (李延年, 王鹤年), not a time (同年, 青年, 三十年): three characters, a family name, and a
    given name that is no word of the dictionary, with no other character _NOT_IN_NAME refuses."""
    return (len(name) == 3 and name[-1] == "年" and name[0] in cn_surnames() and name[1:] not in common_words()
            and name[1] not in "同是当次翌本该去明今前后每其数多几近余一二三四五六七八九十廿卅百千万"
            and not _NOT_IN_NAME.search(name[:2]))


_UNIT_END = re.compile("(战区|集团|军|师|旅|团|营|县|省|市|路|镇|部|队|署|厅)$")  # 司令长官|公署: an office
_PLACE_END = re.compile("(支队|部队|附近|地区|方面|以北|以南|以东|以西|一带|阵地|会战|战役)$")


# a bracket item that opens with an order-of-battle word (欠 less, 辖 comprising, 含/附/配属 …) or is a numbered unit
_OOB_ITEM = re.compile(r"^(?:欠|辖|缺|含|附|配属|属|另|第[0-9一二三四五六七八九十〇])")


_MODIFIER_END = re.compile("(新编|暂编|预备|独立|混成|骑兵|荣誉|新|暂|预)$")  # a unit's modifier, no name, before it
# what a leader's unit is to him, before 的 and the unit (蒋介石精锐的第88师, 阎锡山嫡系的第19军): his name stands before
# the word, which is no given name (石精锐 read from 蒋介|石精锐 is none)
_ATTRIBUTE_END = re.compile("(精锐|嫡系|主力|王牌|亲信|心腹|部下|麾下)$")


# after a title of no office, a word and 的 then the leading itself (指挥官卓越的指挥, 指挥员周密的部署): the word
# says how he led (在师长X的指挥下 names him: 下 closes the frame)
_QUALITY_OF_CONDUCT = re.compile(r"的(?:指挥|部署|决策|决断|判断|谋略|战术|领导|调度|筹划|才能|胆识)(?!下)")
# the verb of a post held before a title and 的 (时任|身为 第N集团军总司令的X): the 的 phrase describes the man named next
_HELD_POST = re.compile(r"(?:[时曾现原兼担]任|时为|身为|作为)[^，,。;；！!？?\n]{0,20}$")
# a staff post with no unit of its own before a name (高级参谋X): names who follows, heads nothing
_STAFF_POST = re.compile("高级参谋|高参(?![与加考])")
_GENERIC_LEADER = frozenset({"指挥官", "指挥员", "将领", "长官", "统帅", "主官"})  # no unit's office: who, not which


# the man joined to the verb of his command (X和他指挥的, X及其率领的, X所统率的) and the verbs of military command:
# shared with resolve.link_commands, which reads the unit after them
COMMAND_JOIN = r"(?:(?:和|与|及)(?:他|其)|所)?"
LED_VERBS = r"指挥|率领|统率|带领"
# X领导的抗联第一军: 领导的 and a military unit after it (a numbered unit or a force's word within a few characters)
# (the verb any verb of command: 指挥的, 率领的, 统率的, 带领的; the man may be joined to it by 和他, 及其, 所: X和他指挥的
# N旅, X所率领的N师 — the same slot, the man who commanded the unit)
_LED_UNIT = re.compile(rf"{COMMAND_JOIN}(?:领导|{LED_VERBS})的(?=[^，,。;；！!？?\n]{{0,8}}?(?:[0-9一二三四五六七八九十]+(?:军|师|旅|团|营|连|支队|纵队|路军)"
                       r"|游击队|游击支队|抗日义勇军|抗日联军|独立团|独立营))")


_WHOLE_ARMY_LED = re.compile(r"(?:八路军|新四军)(?![第0-9一二三四五六七八九十])")


def _led_units_holders(text: str) -> list[str]:
    """Names before 领导的 (指挥的, 率领的, 和他指挥的 …) + a military unit (赵尚志领导的抗联第三军): the man who led it. 领导 is often political
    (党领导的…, 中共中央领导的…): only a whole name with a family name, opening its clause or after a function word."""
    out = []
    for m in _LED_UNIT.finditer(text):
        if _WHOLE_ARMY_LED.match(text, m.end()):
            continue  # 毛泽东领导的八路军: a party leader's, no commander's
        for k in (3, 2, 4):
            at = m.start() - k
            cand = text[at:m.start()]
            if at < 0 or not (_NAME_BOUNDARY.search(text[max(0, at - 5):at]) or text[at - 1:at] == "了") \
                    or not _has_surname(cand):
                continue  # (落在了X和他指挥的N旅身上: the aspect particle closes the verb, the name is its object)
            if cut_name(text, at, strong=True) == cand:
                out.append(cand)
                break
    return out


# a unit disposed of by an order and called by its commander's name (把X团留在Y, 调X旅增援, 令X团撤出): the name
# before 团/旅 (the name slot read by cut_name without the help of a title: it must be a name by itself)
_DISPOSED_UNIT = re.compile(r"(?<=[把将令命调派让叫])(?P<name>[\u4e00-\u9fff]{2,3}?)(?:团|旅)(?![长部属团旅])")
# a screenplay's or a transcript's speaker label: a line opened by a head of 2-18 characters without punctuation,
# then the colon (张三:…, 张三冷冷地:…, 张三指着地图说:…, 张三对众人:…)
_SPEAKER_LINE = re.compile(r"^[ \t\u3000]*(?P<head>[\u4e00-\u9fff]{2,18}?)[:：]", re.M)
# what may stand between the speaker's name and the colon: nothing, a manner (…地), a verb of speaking, or whom
# he addresses or points at (对/向/朝/冲/指着 …)
_STAGE_DIRECTION = re.compile(r"(?:[\u4e00-\u9fff]{0,12}(?:地|说|道|问|喊|答|叫|吼|骂|笑|叹)"
                              r"|(?:对|向|朝|冲|指着|看着|望着)[\u4e00-\u9fff]{1,12})?")
# a speaker known by his role, not his name (那尉官, 一士兵, 老排长, 众人): a role's last character or a pointing word
_ROLE_SPEAKER = re.compile(r"^[那这该此一老小众]|(?:官|兵|尉|校|士|长|员|者|们|人|众)$")
# an interview's labels (主持人:, 记者:, 问:): its speakers are the witnesses interviewed; a label before a quotation
# (X:“…”) is a documentary's witness quoted, not a character speaking
_INTERVIEWER = re.compile(r"主持人|记者|采访者|网友|嘉宾|编者|问|答|旁白|解说")
_QUOTE_OPENERS = ("“", "「", "\"", "‘")
_MIN_SPEAKER_LINES = 3  # a script's or a dialogue's layout: several lines open with a speaker, not one field label


def _speakers(text: str) -> list[str]:
    """The names of a script's speakers: in a text where at least three lines open with a speaker label, each label
    whose head is a personal name (a family name, cut by cut_name) followed by nothing or a stage direction before
    the colon. A card's field labels (时间:, 地点:, 指挥官:) are no names: cut_name refuses their words. An interview
    (主持人:) or a quoted witness (X:“…”) has no speakers of this kind."""
    labels = [m for m in _SPEAKER_LINE.finditer(text) if (_STAGE_DIRECTION.fullmatch(m.group("head"), 2)
              or _STAGE_DIRECTION.fullmatch(m.group("head"), 3)) and not text.startswith(_QUOTE_OPENERS, m.end())]
    if len(labels) < _MIN_SPEAKER_LINES or any(_INTERVIEWER.fullmatch(m.group("head")) for m in labels):
        return []  # an interview's or a documentary's speakers are witnesses telling it, no actors of the fight
    names = []
    for m in labels:
        head = m.group("head")
        name = cut_name(text, m.start("head"))
        if name and _has_surname(name) and _STAGE_DIRECTION.fullmatch(head, len(name)) \
                and not _words_common(name) and not _ROLE_SPEAKER.search(name) and name not in names:
            names.append(name)
    return names


def find_persons(text: str) -> list[Mention]:
    """Person mentions with value {name, title, how}; every occurrence of a known name is returned."""
    found: dict[str, tuple[str | None, str]] = {}  # name → (title, how)
    for m in _TITLE_MATCH.finditer(text):
        pos = m.end()
        if _inside_word(text[m.start():pos + 4], pos - m.start()):
            continue  # 师团长驱直入: the title is part of a longer word
        if text[pos - 1:pos] == "长" and text.startswith("官", pos):
            continue  # 卫戍军长|官部: 军 + 长官部 (the commander's headquarters), no title 军长 before a name
        name = cut_name(text, pos, strong=True)
        if not name and (ap := APPOSITION_AFTER_TITLE.match(text, pos)):
            name = cut_name(text, ap.end(), strong=True)  # 团长、黄埔军校六期生X: a second description, then the name
        if not name and text[pos:pos + 1] == "的":  # 连长的X少校: title, 的, then a name closed by a rank
            name = cut_name(text, pos + 1, strong=True)
            if name and not re.match(_RANK_RE, text[pos + 1 + len(name):pos + 3 + len(name)]) \
                    and not (_HELD_POST.search(text, max(0, m.start() - 24), m.start()) and _has_surname(name)):
                name = None  # 时任第N军军长的X: the post the man then held, 的, his name (军长的命令: no name)
        if not name and text[pos:pos + 1] in ("是", "为") and not m.group("br"):
            name = _copula_name(text, pos + 1) or _listed_first_holder(text, pos + 1)  # 指挥官是X。, 军长为X
        if name and len(name) == 2 and m.group("title") in _GENERIC_LEADER \
                and _QUALITY_OF_CONDUCT.match(text, pos + len(name)) and common_words().get(name, (0, ""))[0] >= 100:
            continue  # 指挥官卓越的指挥: a word praising how he led (a family name may open it), no name
        if name:
            at = text.find(name, pos)
            name = _to_rank(text, at, name)
            found.setdefault(name, (m.group("title"), "title"))
            if text[pos:pos + 1] in ("是", "为"):  # 师团长是A、B、C: the holders one after the other, each the title's
                for other in _holders_after(text, at + len(name)):
                    found.setdefault(other, (m.group("title"), "title"))
    for m in _STAFF_POST.finditer(text):
        name = cut_name(text, m.end(), strong=True)
        if name and _has_surname(name):
            found.setdefault(name, (None, "title"))
    name_ends = {b for n in found for _a, b in occurrences(text, n)}
    for m in re.finditer(rf"(?P<rank>{_RANK_RE})", text):
        if m.start() in name_ends:
            continue  # 旅团长中村正雄少将|都歼灭: the rank closes the name before it, no name follows
        post = _POST_AFTER_RANK.match(text, m.end())  # 上校附员X: the post between the rank and the name
        name = cut_name(text, post.end() if post else m.end(), strong=True)
        if not name and not post and m.group("rank") in JP_RANKS:
            name = _name_before_command(text, m.end())  # 日军大佐X率部: a rare family name jieba cuts wrong
        if name and m.group("rank") == "将军" and not _has_surname(name):
            continue  # X将军|血洒疆场: 将军 closes the name before it; what follows without a surname is no name
        if name:
            found.setdefault(name, (m.group("rank"), "rank"))
    for m in re.finditer(r"[(（]([^()（）]{2,40})[)）]", text):
        before = text[max(0, m.start() - 6):m.start()]
        if not re.search("(军|师|团|队|区|旅|官|令|部)$", before):
            continue
        for item in re.split(r"[,，、;；]", m.group(1))[:3]:
            item = item.strip()
            if item[:1] in ("即", "系", "乃"):
                continue  # 中国政府军(即汪精卫伪军): "that is", another name of what precedes, no person
            if _OOB_ITEM.match(item):
                continue  # 第2营(欠第6连), 第18师团(辖五十五…联队): an order of battle, no name
            if len(item) >= 4 and item[-1] in "军师旅团" and before.endswith(item[-1]):
                item = item[:-1]  # 129师(X师): the unit called after its commander, X's division: X is the name
            if 2 <= len(item) <= 5 and all("\u4e00" <= c <= "\u9fff" for c in item):
                name = cut_name(item, 0, strong=True)
                if name and name != item and len(item) <= 4 and (item[0] in cn_surnames() or name_style(item) == "JP"):
                    name = _accept(item)
                if name != item and name_style(item) is not None and _whole_item_name(item):
                    name = _accept(item)  # 第37师团(安达二十三): the bracket holds the name, whatever jieba cuts
                if name == item:
                    found.setdefault(name, (None, "bracket"))
    # 酒井直次(1891—1942): a biography's subject with his life span
    for m in near_anchor_finditer(_LIFESPAN_NAME, text, _BRACKET, 5):  # = _LIFESPAN_NAME.finditer(text)
        name = m.group("name")
        if cut_name(name, 0, strong=True) == name or name_style(name) is not None and _accept(name):
            found.setdefault(name, (None, "lifespan"))
    for name in life_subjects(text):  # 某某,某省某县人,1905年生: the life the text tells opens with its man
        found.setdefault(name, (None, "life"))
    for m in re.finditer(r"[以命派]([\u4e00-\u9fff]{2,5}?)为", text):
        name = cut_name(m.group(1), 0, strong=False)
        if name == m.group(1) and _is_title_after(text, m.end()):
            found.setdefault(name, (None, "appoint"))
    for sm in _surname_candidates().finditer(text):  # the positions where the tests below can hold, found in C
        i, ch = sm.start(), sm.group()
        if ch in cn_surnames() or text[i:i + 2] in cn_surnames() or text[i:i + 2] in jp_surnames():
            if i > 0 and "\u4e00" <= text[i - 1] <= "\u9fff" and text[i - 1] not in _AFTER_OK \
                    and not _DATE_END.search(text, max(0, i - 8), i) and not text.endswith(_LEADER_NOUNS, 0, i):
                continue  # (爱国将领X指挥…: a leader's noun of no office, the name after it opens the clause)
            if jp_surname_len(text, i) and text.endswith(_TITLE_WORDS, 0, i + 1):
                continue  # 军长|坂西一郎: 长 closes the title, the surname 长坂 does not start there
            if not _TRIGGER.search(text, i + 2, i + 9):
                continue
            if ch in _ECHELON_CHARS and i > 0 and text[i - 1] in _NUMERALS:
                continue  # 第58师|担任主攻: the echelon word of a numbered unit, not the surname 师
            if ch in "和与及同并" and i > 0 and "\u4e00" <= text[i - 1] <= "\u9fff":
                continue  # 空军和后勤部队: a conjunction, not the rare surname
            if not any(_command_follows(text, i + k) for k in _NAME_LENGTHS):
                continue  # no name of any length could be followed by a verb: spare the segmentation
            name = cut_name(text, i)
            if name and _command_follows(text, i + len(name)) and not _office_verb(text, i + len(name)):
                found.setdefault(name, (None, "verb"))
    for name in _force_owners(text):
        found.setdefault(name, (None, "force"))
    for name in _founders(text):
        found.setdefault(name, (None, "force"))
    for name in _appointees(text):
        found.setdefault(name, (None, "appoint"))
    for name in _civil_post_holders(text):
        found.setdefault(name, (None, "post"))
    for name in _honoured_toponyms(text):
        found.setdefault(name, (None, "honorific"))
    for m in near_anchor_finditer(_APPOINTED, text, _APPOINTED_AT, 5):  # = _APPOINTED.finditer(text)
        cand = m.group("name")
        name = cut_name(cand, 0, strong=True)
        if name and name == cand and _is_title_after(text, m.end()):
            found.setdefault(name, (None, "appoint"))
    for m in near_anchor_finditer(_BEFORE_RANK, text, _BEFORE_RANK_AT, 5):  # = _BEFORE_RANK.finditer(text)
        cand = _after_title(text, m.start("name"), m.group("name")).lstrip("由以令命和与及将在的为")
        name = cut_name(cand, 0, strong=True)
        if name != cand and cand != m.group("name") and len(cand) <= 4 and not any(map(_is_stop, cand)):
            name = _accept(cand)  # 司令官饭田中将: between a title and a rank, the name (a surname alone, too)
        elif name != cand and 3 <= len(cand) <= 5 and name_style(cand) == "JP":
            n = jp_surname_len(cand)
            sur = cand[:n] if n >= 2 else ""
            if sur and not any(_is_stop(c) and c not in _NAME_OK for c in cand[len(sur):]):
                name = _accept(cand)  # （长谷川吉藏大佐指挥…）: the rank closes a Japanese name jieba cut short
            elif not sur and len(cand) == 4 and not any(_is_stop(c) and c not in _NAME_OK for c in cand) \
                    and not any(len(w) >= 2 and _words_common(w) for w, _f in _tokens(cand)):
                name = _accept(cand)  # ,本间雅晴中将指挥: four characters, no word among them, closed by a rank
        if name and name == cand:
            found.setdefault(name, (m.group("rank"), "rank"))
    for m in _RANK_AFTER.finditer(text):
        name = _name_before_rank(text, m.start())
        if name:
            found.setdefault(name, (m.group(0), "rank"))
    for m in _NAME_BEFORE_TITLE.finditer(text):
        cand = m.group("name")
        if len(cand) == 3 and cand[-1] in "代兼":
            cand = cand[:2]  # 张鼎|代军长, 李某|兼师长: acting or concurrent, the office's word, no part of the name
        if _HEAD_COUNT.search(cand):
            continue  # 李、郭二位连长, 王张两名营长: a count of the officers named before, no name
        if cand[0] in cn_surnames() and not _words_common(cand) and _accept(cand) \
                and (not any(map(_is_stop, cand)) or cut_name(text, m.start("name"), strong=True) == cand):
            found.setdefault(cand, (None, "title"))  # 孙连仲副总司令: a stop character (连) inside a name cut_name reads whole
    for m in _BEFORE_UNIT.finditer(text):
        cand = m.group("name").lstrip("由以令命和与及将在的为")
        if _MODIFIER_END.search(cand) or cand.endswith("红") and text[m.end():m.end() + 1] in _NUMERAL_CHARS:
            continue  # 任红三十一军: 红 + a number + an echelon is the Red Army's unit, no given name's end
        name = cut_name(cand, 0, strong=True)
        if name and name == cand:
            found.setdefault(name, (None, "unit"))
    for m in _name_before_unit_matches(text):
        cand = m.group("name")
        cand = cand[:-1] if cand.endswith("的") else cand  # 胡琏的新11师: a two-character name
        if _MODIFIER_END.search(cand) or _ATTRIBUTE_END.search(cand) or cand[0] in "和与及同" or cand.endswith("领导"):
            continue  # 党领导的新四军: the verb of leading, the party before it (_led_units_holders reads a man there)
        start = m.start("name")
        if cand.endswith("红") and text[start + len(cand):start + len(cand) + 1] in _NUMERAL_CHARS:
            continue  # 任红三十一军, 调红二十五军: 红 + a number + an echelon is the Red Army's unit, no given name's end
        if cand[0] in "于在向从" and start and "\u4e00" <= text[start - 1] <= "\u9fff":
            continue  # 包围于|悟口的第26军: the preposition after a verb, not the surname
        if cand[-1] in _TAKES_UNIT_AS_OBJECT or _verb_of_the_unit(cand[-2:]) \
                or _fighting_verb_across(text, start, start + len(cand)):
            continue  # 只有全靠120师, 就凭两个团, 在某地加入第18军: the verb takes the unit as its object, no name ends in it
        for k in (3, 2):  # _accept first: cut_name answers _accept of a prefix of its window, or None
            at = start + len(cand) - k
            if text[at - 1:at] in "在于" and at and text.startswith("的", start + len(cand)) \
                    or text[at - 1:at + 1] in _APPOINT_TAILS:
                continue  # 在东吁的第200师: a place; 接任|混合第13旅团: 任 ends the verb, no surname
            if at and text[at - 1] not in "长令官员帅将" and (_words_common(text[at - 1:at + 1])
                                                             or at > 1 and _words_common(text[at - 2:at + 1])):
                continue  # 自从|得新四军派员, 国民|党政府第N军: the would-be surname closes a word with the characters
                # before it (not a title's last character: 军长|石觉, 团长|成某 — 长石, 长成 are words too)
            if _PLACE_OBJECT_VERB.search(text, max(0, at - 4), at):
                continue  # 守卫卢沟桥的第29军: the object of a verb of holding or attacking, a place
            if at and text[at - 1] in _NUMERAL_CHARS and text[at] in "军师旅团营连":
                continue  # 第九十八|师对第六师团: the would-be surname is the echelon word closing a unit's number
            if len(cand) >= k and _accept(cand[-k:]) and cut_name(cand[-k:], 0) == cand[-k:]:
                found.setdefault(cand[-k:], (None, "unit"))
                break
            if k == 3 and len(cand) >= 3 and cand[-1] in "和与及" and text.startswith("的", m.start("name") + len(cand)) \
                    and cand[-3] in cn_surnames() and _accept(cand[-3:], tail_ok=True):
                found.setdefault(cand[-3:], (None, "unit"))  # 李长和的30团: 和 … 的 is no conjunction
                break
    for name in _led_units_holders(text):
        found.setdefault(name, (None, "unit"))
    for m in _NAMES_BEFORE_UNITS.finditer(text):
        items = re.split("[、和与及]", m.group("names"))
        items[0] = items[0][1:] if len(items[0]) == 3 and items[0][0] in "命令以派由" else items[0]
        names = [cut_name(it, 0, strong=True) for it in items]
        if all(n == it and it[0] in cn_surnames() for n, it in zip(names, items, strict=True)):
            for n in names:
                found.setdefault(n, (None, "unit"))
    for m in [*_UNIT_NAME_BU.finditer(text), *(_HOLDER_BU.finditer(text) if "的" in text else ())]:
        cand = m.group("name")
        if len(cand) == 3 and cand[0] in _JOINS_FORCES:
            cand = cand[1:]  # X大队和Y某部: the conjunction joins a second force named after its man; 和 no surname
        if cand[0] in cn_surnames() or cand[:2] in cn_surnames():
            name = cut_name(cand + "部", 0, strong=True)
            if name != cand and len(cand) == 3 and cand[0] in cn_surnames() and not any(map(_is_stop, cand)):
                name = _accept(cand)  # 5师韩文才团: the slot between unit and 部/团 holds the whole name (韩文|才)
            if name == cand:
                found.setdefault(name, (None, "unit"))
    for m in _CLAUSE_JP_NAME.finditer(text):
        cand = m.group("name")
        toks = _tokens(cand)
        if any(_is_stop(c) and c not in _NAME_OK for c in cand) or any(
                len(w) >= 2 and _words_common(w) for w, _f in toks):
            continue  # 国民政府命, 该部随即令: words, not a name
        if _words_common(text[m.end() - 1:m.end() + 1]):
            continue  # 敬乞俯赐明|令: the name's last character and the "verb" are one word (明令, an explicit order)
        if name_style(cand) == "JP" and _accept(cand):
            found.setdefault(cand, (None, "verb"))
    # 敌酋冈村宁次: "the enemy chief" names who follows; so does "the (famous) general" (抗日名将X, 爱国将领X)
    for m in re.finditer(r"(?:敌酋|日酋|倭酋|寇酋|名将|爱国将领|抗日将领|抗战将领)(?![领士军])", text):  # literal-led
        name = cut_name(text, m.end(), strong=True)
        if name and (m.group(0).endswith("酋") or (name[0] in cn_surnames() or name[:2] in cn_surnames())
                     and not _starts_word(text[m.end():m.end() + 6], 0)):
            found.setdefault(name, (None, "title"))  # a general's name, no word (名将纪念馆: a museum)
    for m in _UNIT_JP_NAME.finditer(text):
        cand = m.group("name")
        if name_style(cand) == "JP" and not any(_is_stop(c) and c not in _NAME_OK for c in cand) \
                and not any(len(w) >= 2 and _words_common(w) for w, _f in _tokens(cand)) and _accept(cand):
            found.setdefault(cand, (None, "unit"))
    for m in _JP_ACTOR.finditer(text):
        at = m.start("name")
        if not any(text.startswith(_JP_ACTOR_VERBS, at + k) for k in _NAME_LENGTHS):
            continue  # no verb after any possible name (在|长沙附近 …): spare the segmentation
        name = cut_name(text, at, strong=True)
        if name and text[at + len(name):].startswith(_JP_ACTOR_VERBS) \
                and not text.startswith(("指挥部", "指挥所"), at + len(name)):  # 在X指挥部: the post's place
            found.setdefault(name, (None, "verb"))
    for name, (_t, how) in list(found.items()):  # 陈诚、薛岳指挥…: the names listed before a commander's
        if how != "verb":
            continue
        for at in starts_after_one_of(text, "、和与及", name):  # = re.finditer("[、和与及]" + re.escape(name), text)
            for k in (3, 2):
                cand = text[max(0, at - k):at]
                if len(cand) == k and cand[0] in cn_surnames() and _NAME_BOUNDARY.search(text[max(0, at - k - 5):at - k]) \
                        and not any(map(_is_stop, cand)) and cut_name(cand, 0, strong=True) == cand:
                    found.setdefault(cand, (None, "verb"))
                    break
    for m in _DISPOSED_UNIT.finditer(text):  # 把X团留在Y, 调X旅增援: a unit called by its commander's name
        if cut_name(text, m.start("name")) == m.group("name") and _has_surname(m.group("name")):
            found.setdefault(m.group("name"), (None, "unit"))
    for m in commander_numbered(text):  # 一〇二王某旅: the commander's name between the number and the echelon
        if cut_name(text, m.start("name"), strong=True) == m.group("name"):
            found.setdefault(m.group("name"), (None, "unit"))
    for name in _speakers(text):
        found.setdefault(name, (None, "speaker"))
    for name in _jp_names_of_units(text):
        found.setdefault(name, (None, "unit"))
    for name in _oob_names(text):
        found.setdefault(name, (None, "oob"))
    for name in _dictionary_names(text, found):
        found.setdefault(name, (None, "dictionary"))
    for name in _dictionary_subjects(text):
        found.setdefault(name, (None, "dictionary"))
    found.update(_list_names(text, found))
    counts: dict[str, int] = {}  # text.count of each string once (names sharing two characters count each other)

    def count(s: str) -> int:
        got = counts.get(s)
        if got is None:
            got = counts[s] = text.count(s)
        return got

    for name in [n for n in found if len(n) == 3 and n[0] in cn_surnames() and n[:2] not in cn_surnames()]:
        others = sum(count(o) for o in found if o != name and len(o) == 3 and o.startswith(name[:2]))
        if count(name[:2]) - others > count(name) and _accept(name[:2]):
            found.setdefault(name[:2], found.pop(name))  # 薛岳|站在 once, 薛岳 elsewhere: a name is spelled one way
            # (not the prefix two names share: 陈孝强 and its OCR misreading 陈孝感 are no 陈孝)
    for name in [n for n in found if _names_a_battle(text, n)]:
        found.pop(name)  # 驻X县杨柳庄的第5团 … 杨柳庄战斗: the fight is named after the village, no man
    for name in [n for n in found if _verb_glued(n)]:
        found.setdefault(name[1:], found.pop(name))  # 派|辻村宪吉大佐: the verb before the name is no part of it
    for name in [n for n in found if "伪" in n]:
        found.pop(name)  # 汪伪|第2师, 伪满: the puppet mark names a regime or its force, never a person
    for name in [n for n in found if n[0] in _CLASSIFIER_SURNAMES and _counted_everywhere(text, n)]:
        found.pop(name)  # 这支|由红X军团改编的部队, 一支|队伍: a family name that is also a classifier, bound to the
        # demonstrative or numeral before it, counts a thing; a man's name never follows 这 or 一 directly
    for name in list(found):
        if name not in found:
            continue
        if len(name) >= 3 and name[-1] == "兼" and _accept(name[:-1]):
            found.setdefault(name[:-1], found.pop(name))  # 第N军(何柱国兼,…): "concurrently", after the name
        elif _clause_word_glued(name, found, text) or _NOT_A_NAME.search(name):
            found.pop(name)
    for name in list(found):
        if _verb_swallowed(text, name):  # 团长甲乙窜至…, 后历任…: the verb's first character is no part of a name
            title_how = found.pop(name)
            if len(name) >= 3 and _accept(name[:-1]) and name[:-1] not in found:
                found[name[:-1]] = title_how
    for name in [n for n in found if found[n][1] == "honorific"]:
        for longer in [n for n in found if n != name and n.endswith(name)]:
            found.pop(longer)  # 悼念|左权将军: a verb glued before the man's name is no part of it
    for name in [n for n in found if len(n) == 2]:
        whole = _glued_given_name(text, name)
        if whole and whole not in found:
            found[whole] = found.pop(name)  # 团长刘转连: the unit character 连 ends the given name, never a 连 of his
    aliases = _surname_aliases(found)
    for short in aliases:
        found.pop(short)
    alone = _family_names_alone(text, found)
    aliases.update(alone)
    return [m for m in _all_occurrences(text, found, aliases)
            if m.text not in alone or not text.startswith(_PLACE_WORD_ENDS, m.end)]  # 原田|街: a town's name


# a verb of moving or of a career whose first character a name read too far swallows (甲乙|窜至 read 甲乙窜, 后|历任 read
# 后历): the first character never ends a given name, the two make the verb
_SWALLOWED_VERB = re.compile(r"窜[至到入回逃犯往向进扰出]|逃[至到入回往窜跑走脱出]|历任|率[领部军兵队众]|赴[任援]|"
                             r"撤[至到回往退出离]|退[至到回往守入却]|犯[境边]")


def _verb_swallowed(text: str, name: str) -> bool:
    """Each time the text writes the name, its last character opens a verb with the character after it (窜至,
    历任, 率领): the name ran into the verb of its clause."""
    if len(name) < 2:
        return False
    ats = occurrences(text, name)
    return bool(ats) and all(_SWALLOWED_VERB.match(text, b - 1) for _a, b in ats)


# family names that are also classifiers (支, 路, 门, 张, 连, 班 …): after a demonstrative or a numeral they count
_CLASSIFIER_SURNAMES = frozenset("支路门张连班排条股批群队把根只件次场番")
_COUNTING = frozenset("这那该此每哪某各一两二三四五六七八九十几数")


def _counted_everywhere(text: str, name: str) -> bool:
    """Every occurrence of the name follows a demonstrative or a numeral (这支…, 一路…): its first character is a
    classifier, no family name."""
    at = [s for s, _ in occurrences(text, name)]
    return bool(at) and all(s > 0 and text[s - 1] in _COUNTING for s in at)


# the words that close a toponym: a family name written before one (原田街, 松山村) names a place, no man
_PLACE_WORD_ENDS = tuple("街村镇庄寨集屯堡铺桥河江山岭峰口关湾港岛城县市乡区营沟峪坡洼渡坪站")
_FAMILY_WORD_FREQ = 300  # a family name jieba counts this often is an everyday word too (大岛 "big island")


def _family_names_alone(text: str, found: dict[str, tuple[str | None, str]]) -> dict[str, str]:
    """Japanese family names of two or more characters written alone (命板垣实施) that stand for the one full
    name of the text with that family name (板垣征四郎): a narrative names a general in full once, then by his family
    name with no rank or title. Only the listed family names (surnames_jp.txt) that are no frequent Chinese word."""
    fulls: dict[str, list[str]] = {}
    for name in found:
        if name_style(name) != "JP":
            continue
        family = next((name[:k] for k in range(len(name) - 1, 1, -1) if name[:k] in jp_surnames()), None)
        if family is not None:
            fulls.setdefault(family, []).append(name)
    return {family: names[0] for family, names in fulls.items()
            if len(names) == 1 and family not in found and common_words().get(family, (0, ""))[0] < _FAMILY_WORD_FREQ
            and text.count(family) > text.count(names[0])}


# the unit character that is a common given-name character too (刘转连, 孙连仲): a name cut before it may go on
# (not 团/营: 丁伟团, 张营 name a man's regiment or battalion after him)
_GIVEN_UNIT_CHARS = "连"
# what it opens when it is no part of the name: a title (连长), a unit of the man's (连队), an adverb (连续, 连夜)
_UNIT_WORD_AFTER = re.compile(r"连(?:长|附|部|队|级|以|续|同|日|夜|忙|声|年|里|内|的|属|中)")


def _glued_given_name(text: str, name: str) -> str | None:
    """The three-character name when every time the text writes a two-character name (at least three times) the same
    unit character follows it, and never as a title or a word of its own (刘转连大喊, 刘转连嘴边, 刘转连连忙): the
    character is the given name's last, the name finder stopped at it (团长刘转|连)."""
    at = [e for _, e in occurrences(text, name)]  # str.find: no pattern compiled per name
    after = {text[e:e + 1] for e in at}
    if len(at) < 3 or len(after) != 1 or not after <= set(_GIVEN_UNIT_CHARS):
        return None
    if any(_UNIT_WORD_AFTER.match(text, e) and not text.startswith(text[e] * 2, e) for e in at):
        return None
    return name + text[at[0]]


# a conjunction or adverb that opens a clause (但X决定…, 而X的援军…) or joins list items (A团和警备旅)
_CLAUSE_OPENING = frozenset("但而和与及并且又乃遂即则却也亦仍就便")
# a service (晋升为陆军|少将), a verb of promotion, or a numbered unit (新三十一师) inside a name: no name
_NOT_A_NAME = re.compile(r"陆军|海军|晋升|[0-9一二三四五六七八九十百〇]+(?:师|军|旅|团)$")


# a name opening a line or sentence with the years of birth and death in a bracket (X(1886-1939), X（1891年—1942年）)
_LIFESPAN_NAME = re.compile(r"(?:^|(?<=[\n。;；:：\s]))(?P<name>[\u4e00-\u9fff]{2,5})[(（](?:生卒[:：]?)?[12][0-9]{3}"
                            r"(?:年[^()（）\n]{0,8})?\s*[-—–~～－―]+\s*[12][0-9]{3}")
_BRACKET = re.compile("[(（]")  # _LIFESPAN_NAME's bracket, 2-5 characters after its start

# a birth told (1905年生, 1901年5月出生, 生于…): how a life opens, after its man's name or a title line
_BORN = (r"(?:[12][0-9]{3}|[一][八九][0-9〇零一二三四五六七八九]{2})年(?:[0-9一二三四五六七八九十]{1,2}月)?"
         r"(?:[0-9一二三四五六七八九十]{1,3}日)?(?:出?生|诞生)|(?:出?生|诞生)于")
# how a life opens after its man's name: his courtesy name, his native place (X省Y县人, 湖南人), his birth
# (1905年生, 1901年出生于…, 生于…), his sex (男,): a biography, a martyr's page, a child's memoir of his father
_LIFE_OPENS = re.compile(r"(?:将军|烈士|同志|先生)?[ \t　]*[,，:：]?[ \t　]*"
                         r"(?:[(（]?[12]\d{3}[ \t]?[~～—\-–－]{1,2}[ \t]?[12]\d{3}[)）]?[ \t　]*[,，]?[ \t　]*)?"  # X1903~1937原名Y
                         r"(?:(?:字|号|原名|又名)[\u4e00-\u9fff]"
                         r"|[\u4e00-\u9fff]{2,10}?人[,，。;；(（]|[男女][,，]"
                         rf"|{_BORN})")
# before the name at the opening of a life: a line's start or a clause's, or a word of kin or honour (父亲X, 烈士X)
_LIFE_BEFORE = re.compile(r"(?:^|[\n。;；:：|｜])[ \t　]*(?:[\u4e00-\u9fff]{0,4}?(?:父亲|先父|祖父|爷爷|外公|烈士|英烈|将军|同志))?$")
# a text's title line (no sentence in it), then its first line of text opening a life with no name (他)1905年生于…,
# 河南某县人。…
_TITLE_THEN_LIFE = re.compile(r"[ \t　\n]{0,20}(?P<title>[^\n。，,；;！!？?]{2,24})\n[ \t　\n]{0,20}(?:他|她)?"
                              rf"(?={_BORN}|[\u4e00-\u9fff]{{2,10}}?人[,，。;；]|字[\u4e00-\u9fff])")
_LIFE_HEAD = 400  # characters of a text where its subject's life opens (after a title, an author's line)
# the characters _LIFE_BEFORE opens on other than the text's start: a position 12 characters or more past the start
# with none of them in the 12 before it cannot satisfy it (checked first, as it is cheap)
_LIFE_BEFORE_OPEN = re.compile(r"[\n。;；:：|｜]")


_NOT_LIFE_NAME_END = "庄村镇县乡区省市州城寨堡屯岭口关家"  # 高家庄, 陈家: a place's or a family's last character


def _life_name(text: str, i: int, cand: str) -> bool:
    """cand at i is a man's name where a life opens: read whole by cut_name, or (jieba knowing no such name: X长庚)
    three characters, a one-character family name first, _accept-ed whole, ending in no place's character."""
    if not all("\u4e00" <= c <= "\u9fff" for c in cand) or cand[-1] in _NOT_LIFE_NAME_END:
        return False
    if cut_name(text, i, strong=True) == cand:
        return True
    n = 2 if len(cand) == 4 and cand[:2] in cn_surnames() else 1 if len(cand) == 3 and cand[0] in cn_surnames() else 0
    return bool(n) and _accept(cand) == cand \
        and not _words_common(cand[:n + 1]) and not _words_common(cand[n:])  # 上官云相: a compound family name


def life_subjects(text: str) -> list[str]:
    """The man whose life the text tells: within its opening, a name (a family name first, read whole) at a line's
    or a sentence's start, or after a word of kin or honour (父亲X), followed by how a life opens (X,山东某县人;
    X,1905年生于…; X,字Y). At most one: a text that opens two lives so tells of many people, none its subject."""
    head = text[:_LIFE_HEAD]
    out: list[str] = []
    # the positions _LIFE_BEFORE can hold before: the text's first 13, and the 12 after each opening character
    near = set(range(min(13, len(head))))
    for o in _LIFE_BEFORE_OPEN.finditer(head):
        near.update(range(o.start() + 1, min(o.start() + 13, len(head))))
    for i in sorted(near):
        if not "\u4e00" <= head[i] <= "\u9fff":
            continue
        if not _has_surname(text[i:i + 3]) or not _LIFE_BEFORE.search(head, max(0, i - 12), i):
            continue
        for k in (3, 2, 4):
            cand = text[i:i + k]
            if len(cand) == k and _LIFE_OPENS.match(text, i + k) and _life_name(text, i, cand):
                if cand not in out:
                    out.append(cand)
                break
    if not out and (title := _TITLE_THEN_LIFE.match(head)):
        line = title.group("title").rstrip()
        for k in (3, 2):  # 抗日英烈X / then 山东某县人。…: the title names the man, the life opens without his name
            cand = line[-k:]
            if len(cand) == k and _has_surname(cand) and _life_name(line, len(line) - k, cand) \
                    and not _words_common(cand):
                out.append(cand)
                break
    return out if len(out) == 1 else []


def _clause_word_glued(name: str, found: dict, text: str) -> bool:
    """name is a clause's conjunction or adverb glued to a name the text also writes without it (但|傅作义) or to an
    everyday noun (和|警备旅): the function word is no family name here."""
    if len(name) < 3 or name[0] not in _CLAUSE_OPENING or jp_surname_len(name) >= 2:
        return False
    rest = name[1:]
    if rest in found:  # and written without the character elsewhere (和尔基隆 is always so written: 和 is his)
        return any(a == 0 or text[a - 1] != name[0] for a, _b in occurrences(text, rest))
    freq, tag = common_words().get(rest, (0, "nr"))
    return name[0] in "和与及并" and len(rest) == 2 and not tag.startswith("nr") and freq >= 50


# a battle word after a place (X庄战斗, X村伏击战); not the verb 战斗 after a man (X山战斗到最后, 战斗过, 战斗中负伤)
_BATTLE_AFTER = re.compile(r"(?:战斗|战役|之战|之役|保卫战|伏击战|阻击战|争夺战|遭遇战|反击战)(?![过到在了着中])")


def _names_a_battle(text: str, name: str) -> bool:
    """name closes with a toponym's word (庄, 村, 镇 …) and the text names a battle after it (马家庄战斗): battles
    are named after their place, never after a man, so the string is the village, not a commander."""
    return name[-1] in _PLACE_WORD_ENDS and any(_BATTLE_AFTER.match(text, b) for _a, b in occurrences(text, name))


# verbs of mourning glued before a man's name in an elegy's title (挽X将军, 悼X烈士)
_MOURNING_VERBS = frozenset("挽悼祭唁")


def _verb_glued(name: str) -> bool:
    """name opens with a one-character verb or copula glued to a full name (派辻村宪吉, 令李明远): the rest starts
    with a listed family name and is a name of its own, and verb + next character is no word (任弼时 stays)."""
    if len(name) < 3 or name[0] not in LEAD_VERBS | _MOURNING_VERBS or name[:2] in common_words() or name[:2] in cn_surnames():
        return False
    rest = name[1:]
    if name[0] in _MOURNING_VERBS and 2 <= len(rest) <= 3 and rest[0] in cn_surnames():
        return cut_name(rest, 0, strong=True) == rest  # 挽|王安平: the given name may open with a family name too
    if jp_surname_len(rest) >= 2 and len(rest) >= 3:
        return _accept(rest) is not None
    return 2 <= len(rest) <= 3 and rest[0] in cn_surnames() and rest[1] not in cn_surnames() and \
        cut_name(rest, 0, strong=True) == rest


_RANK_TAIL = re.compile("(?:" + "|".join((*RANKS, *JP_RANKS)) + ")$")


def _surname_aliases(found: dict[str, tuple[str | None, str]]) -> dict[str, str]:
    """Japanese family names, alone or with a rank (山崎, 原大佐), that stand for the one full name of the text
    with that family name (山崎四郎, 原好三): a report names an officer in full once, then by family name and rank."""
    out: dict[str, str] = {}
    for short in found:
        base = _RANK_TAIL.sub("", short) if len(short) > 2 else short
        if len(short) == 2 and short in cn_surnames():  # 欧阳(团长), 司马(营长): a compound family name alone
            fulls = [f for f in found if len(f) in (3, 4) and f.startswith(short)]
            if len(fulls) == 1:
                out[short] = fulls[0]
            continue
        if base not in jp_surnames_by_rank():
            continue
        fulls = [f for f in found if f != short and len(f) > len(base) and f.startswith(base)
                 and not _RANK_TAIL.search(f) and name_style(f) == "JP"]
        if len(fulls) == 1:
            out[short] = fulls[0]
    return out


def _name_before_rank(text: str, rank_start: int) -> str | None:
    """The name right before a rank, opened by a boundary (punctuation, a title, 由/的 …): the longest one
    of 2-5 characters that reads as a name — a Japanese-style name of 4-5 characters with no everyday word
    in it (佐久间为人, 和尔基隆), or a Chinese one cut_name confirms."""
    for k in (5, 4, 3, 2):
        a = rank_start - k
        if a < 0:
            continue
        cand = text[a:rank_start]
        lead = text[max(0, a - 5):a]
        if not (_NAME_BOUNDARY.search(lead) or lead.endswith(_TITLE_WORDS) or lead.endswith(OFFICES)
                or k == 3 and lead.endswith("长")):
            continue  # 省政府主席X上将: a civil office before the name closes it on the left as a title does;
            # X长 (an OCR-garbled 师长, 团长 …: 龙长X中将) closes it as its title would
        if text.endswith(_TITLE_WORDS, 0, a + 1):
            continue  # 司令|官饭田中将: the first character ends a title, the name starts after it
        if any(_is_stop(c) and c not in _NAME_OK for c in cand) or cand[0] in "第该各其本我敌日一二三四五六七八九十":
            continue
        if k <= 3 and (cand[-1] in "为被将是授" or any(len(w) >= 2 and f.startswith("v") for w, f in _tokens(cand))):
            continue  # 被晋升为|中将, 授予|少将: a verb before the rank, no name
        if k >= 4 and cand[0] in "为是由被以令" and cut_name(cand[1:], 0, strong=True) == cand[1:]:
            continue  # 部长为|何应钦上将: the copula or preposition before a Chinese name, no Japanese name's first character
        if k >= 4:
            if name_style(cand) == "JP" and not any(len(w) >= 2 and _words_common(w) for w, _f in _tokens(cand)) \
                    and _accept(cand):
                return cand
        elif cut_name(cand, 0, strong=True) == cand:
            return cand
        elif k == 3 and cand[0] in cn_surnames() and cand[2] in "一二三四五六七八九十" and cand not in common_words() \
                and _accept(cand[:2]) and not _words_common(cand[:2]):
            return cand  # 营长李定一少校: a given name ending in a numeral, closed by the rank
        elif k == 3 and _jp_name_by_rank(cand):
            return cand  # 联队长原好三大佐: a one-character family name and a given name ending in a numeral
    for k in (5, 4):  # 指挥官山崎四郎大佐 (also after an OCR-garbled title: 指摔官): a title's last character before
        a = rank_start - k
        cand = text[max(0, a):rank_start]
        if a > 0 and len(cand) == k and text[a - 1] in "官长" and _jp_name_by_rank(cand):
            return cand
    return None


def _jp_name_by_rank(cand: str) -> bool:
    """cand, closed by a rank, is a Japanese full name: a listed family name, then a given name of one to three
    characters with no stop character (but those given names use: 三, 郎 …) and no everyday word."""
    sur = cand[:jp_surname_len(cand, by_rank=True)]  # the rank decides: 原 of 原好三大佐 is a family name
    given = cand[len(sur):]
    if not sur or not 1 <= len(given) <= 3 or len(cand) < 3 or any(_is_stop(c) and c not in _NAME_OK for c in given):
        return False
    if cand in common_words() or any(len(w) >= 2 and _words_common(w) for w, _f in _tokens(cand)):
        return False
    return _accept(cand) is not None or (given[-1] in "一二三四五六七八九十" and _accept(cand[:-1] + "郎") is not None)


@cache
def _surname_initial() -> re.Pattern:
    """The first characters of the one- and two-character family names: a character-by-character Python loop
    over the whole text cost more than the rest of that surname scan."""
    return re.compile("[" + "".join(sorted({re.escape(w[0]) for w in cn_surnames() | jp_surnames() if len(w) <= 2})) + "]")


_LEADER_NOUNS = ("将领", "统帅", "首领")  # nouns of a leader with no office, before his name
_AFTER_OK = "由令命以派和与及、将是被对向给了在到区军师团部队旅营连迫为官"  # 官: 军官X指挥了…  # a name may follow these Han characters


@cache
def _surname_candidates() -> re.Pattern:
    """_surname_initial where find_persons' surname scan can go on: no Han character before it other than
    _AFTER_OK or a date's end (_DATE_END), and a _TRIGGER word inside text[i + 2:i + 9] (a one-character one starting at i + 2 … i + 8, a
    two-character one at i + 2 … i + 7). The same positions the scan's first tests keep, found in C."""
    one = "".join(w for w in _TRIGGER.pattern.split("|") if len(w) == 1)
    two = "|".join(w for w in _TRIGGER.pattern.split("|") if len(w) == 2)
    leader = "|".join(f"(?<={w}(?s:.))" for w in _LEADER_NOUNS)
    # written character first, the tests of what stands before it as lookbehinds over it (X(?<=[…]X) holds where
    # (?<=[…])X does): a pattern that opens with a character class is scanned for that class in C, one that opens
    # with a lookbehind is tried at every position
    return re.compile(rf"{_surname_initial().pattern}(?:(?<![{_HAN}](?s:.))|(?<=[{_AFTER_OK}](?s:.))"
                      rf"|(?<=[0-9一二三四五六七八九十〇零][年月日号](?s:.))|(?<=年[春夏秋冬初底末](?s:.))"
                      rf"|(?<=[上中下]旬(?s:.))|{leader})(?=(?s:.){{1,7}}[{one}]|(?s:.){{1,6}}(?:{two}))")


# cut_name's answers are prefixes of its 8-character window and _accept wants two characters: the lengths
# a name may have. The loops below first ask whether a verb could follow a name of any such length, because
# cut_name's segmentation (jieba.posseg on the window) is the costly part of person finding.
_NAME_LENGTHS = range(2, 9)
_COMMAND_VERBS = ("率", "命", "令", "下令", "电令", "指挥", "统一指挥", "统率", "统领", "亲自", "亲率", "任", "兼任",
                  "接任", "被任命", "决心", "遂", "即令", "立即下", "所部", "部队", "的指挥",
                  "亲赴", "亲临", "督战", "坐镇")  # X亲赴郑州督战, X坐镇长沙: he directs the battle in person
_JP_ACTOR_VERBS = ("率", "指挥", "下令", "命", "令", "的指挥")


_NUMERAL_CHARS = frozenset("一二三四五六七八九十0123456789")
_APPOINT_TAILS = {"接任", "出任", "升任", "兼任", "担任", "继任", "调任", "就任", "现任", "时任", "新任", "改任", "转任", "署任"}


def _after_title(text: str, start: int, cand: str) -> str:
    """cand without the last characters of a title it starts with (司令|官饭田中将: the regex's stop at 令
    leaves 官 of 司令官 before the name)."""
    while len(cand) > 2 and text.endswith(_TITLE_WORDS, 0, start + 1):
        cand, start = cand[1:], start + 1
    return cand


def _to_rank(text: str, pos: int, name: str) -> str:
    """The name after a title, one character longer when a rank follows that character (联队长水上源|藏大佐:
    jieba cut the given name short; the rank closes it)."""
    rank = next((r for r in RANKS if name.endswith(r) and len(name) - len(r) >= 2), None)
    if rank:
        return _accept(name[:-len(rank)]) or name  # 宇野节|大佐: the rank came with the name
    end = pos + len(name)
    nxt = text[end:end + 1]
    if _rank_opens_at_end(name, nxt):
        return _accept(name[:-1]) or name  # 山泽大|佐: the rank's first character is no part of the name
    if len(name) < 5 and nxt and not _is_stop(nxt) and re.match(_RANK_RE, text[end + 1:end + 5]) \
            and not re.match(_RANK_RE, text[end:end + 4]):
        return _accept(name + nxt) or name
    return name


# civil and party offices that stand before a name as a military title does (省政府主席傅作义, 市长X)
OFFICES = ("主席", "省长", "市长", "县长", "部长", "总长", "次长", "厅长", "局长", "主任", "专员", "督办", "总监",
           "院长", "议长", "校长")
# a verb of appointment: the names before 为 + a title after it in its sentence are the men appointed
_APPOINT_VERB = re.compile(r"任命|委任|特任|特派|派|改派|调派|以|命|令|提升|晋升")
# X为<title>, X中将为<title>: the 为 of an appointment (the rank, if any, between the name and 为)
_AS_TITLE = re.compile(rf"(?:{_RANK_RE})?为(?=[{_HAN}0-9第、]{{0,12}}?(?:{_TITLE_RE}))")
_AS_TITLE_REACH = max(map(len, RANKS))  # a match starts at most a rank's length before its 为
_WEI = re.compile("为")
_SENTENCE_END = re.compile(r"[。！？!?\n]")


def _appointees(text: str) -> list[str]:
    """The men an appointment names: "任命绥远省政府主席傅作义上将为第七集团军总司令,察哈尔省政府主席刘汝明中将为
    副总司令". Each name stands right before (a rank and) 为 + a title, after a boundary, a title or an office, in a
    sentence whose earlier part holds a verb of appointment (任命, 以, 派 …); the clauses after the first share it."""
    out: list[str] = []
    for m in near_anchor_finditer(_AS_TITLE, text, _WEI, _AS_TITLE_REACH):  # = _AS_TITLE.finditer(text)
        at = m.start()
        s0 = max((e.end() for e in _SENTENCE_END.finditer(text, max(0, at - 200), at)), default=max(0, at - 200))
        if not _APPOINT_VERB.search(text, s0, at):
            continue
        for k in (5, 4, 3, 2):
            a = at - k
            if a < s0:
                continue
            cand = text[a:at]
            lead = text[max(0, a - 5):a]
            if not (_NAME_BOUNDARY.search(lead) or lead.endswith(_TITLE_WORDS) or lead.endswith(OFFICES)):
                continue
            if any(_is_stop(c) and c not in _NAME_OK for c in cand) or (k >= 4 and name_style(cand) != "JP"):
                continue
            if name_style(cand) is not None and cut_name(cand, 0, strong=True) == cand and not _words_common(cand):
                if cand not in out:
                    out.append(cand)
                break
    return out


def _copula_name(text: str, pos: int) -> str | None:
    """The name after a title and 是/为 (指挥官是板垣征四郎。, 军长为王耀武,): a name of a listed family that ends
    its clause (punctuation, the end or a rank after it), no word of everyday language."""
    name = cut_name(text, pos, strong=True)
    if not name or name_style(name) is None or _words_common(name):
        return None
    nxt = text[pos + len(name):pos + len(name) + 2]
    if nxt[:1] and nxt[:1] not in "，,。；;、:：)）\n" and not re.match(_RANK_RE, text[pos + len(name):pos + len(name) + 4]):
        return None
    return name


# a force called after its leader (X的自卫队, X地方武装, X部队): three characters, a family name first
_FORCE_OF = re.compile(r"([\u4e00-\u9fff]{3})的?(?:自卫队|自卫团|游击队|地方武装|保安队|民团|部队)")
_SETTLEMENT_END = ("庄", "村", "镇", "寨", "堡", "屯", "集", "县", "乡", "区")


# a man raising a force (X组建起…纵队, X在某乡组建了一支游击队, X拉起一支自卫队): the force's founder leads it, a
# title or not (a local page names its guerrilla leader so)
_FOUNDS = re.compile(r"(?:组建|拉起|创建|创立|组织起)(?:起|了)?(?P<obj>[^，,。；;！!？?\n]{0,14}?)"
                     r"(?:游击纵队|游击支队|游击大队|游击总队|游击队|自卫队|自卫团|独立团|纵队|支队|大队)")
_FOUNDED_AT = re.compile(r"在[^，,。；;！!？?\n在]{1,12}$")


def _founders(text: str) -> list[str]:
    """The men named right before a verb raising a force (see _FOUNDS), or before 在 + the place they raised it."""
    out: list[str] = []
    for m in _FOUNDS.finditer(text) if "组" in text or "拉起" in text or "创" in text else ():
        p = m.start()
        at = _FOUNDED_AT.search(text, max(0, p - 13), p)
        p = at.start() if at else p
        for n in (3, 2):
            s = p - n
            cand = text[max(0, s):p]
            if s < 0 or cand[0] not in cn_surnames() or _words_common(cand) or is_toponym(cand) \
                    or cand.endswith(_SETTLEMENT_END) or cut_name(text, s) != cand:
                continue
            out.append(cand)
            break
    return out


def _force_owners(text: str) -> list[str]:
    """The men a text calls a force after, twice or more (X的自卫队 … X地方武装): X is the leader's name, a title
    before it or not (a county's history names its local leader so)."""
    seen: dict[str, int] = {}
    for m in _FORCE_OF.finditer(text):
        cand = m.group(1)
        if cand[0] not in cn_surnames() or cand.endswith(_SETTLEMENT_END) or cut_name(text, m.start(1)) != cand:
            continue
        seen[cand] = seen.get(cand, 0) + 1
    return [n for n, k in seen.items() if k >= 2]


# Principle: a two- or three-character name opening with a family name is a person where a civil, party or
# village post stands right before it (县长X, 农会会长X, 县委书记X), where a post phrase ends right before it
# (时任…助理员的X, 当时任区长的X), or where it opens a clause and leads men (X带领十余人, X召集各村村民).
# ([县区乡镇村市省]长 written out: every alternative opens with a literal, which re scans for in C)
_CIVIL_POST = re.compile(r"(?:县长|区长|乡长|镇长|村长|市长|省长|会长|社长|书记|主任|主席|专员|特派员|助理员|指导员|干事|委员|部长|处长|科长|局长|所长|站长|院长|校长)"
                         r"(?![会处室团部长])")
_POST_PHRASE = re.compile(r"(?:当时|其时|时|现|曾|兼|担|出|后|即)任[^，,。；;！!？?\n的]{1,16}?"
                          r"(?:员|长|书记|主任|主席|干事|政委|司令)的")
_LEADS_MEN = re.compile(r"带领|率领|召集")
_MEN_LED = re.compile(r"[^，,。；;！!？?\n]{0,10}?(?:[0-9一二两三四五六七八九十百千几数余多]+(?:人|名|个)|人|群众|村民|民兵|队|军|兵|部)")
# what the man after a civil post does: he leads (a person named only by his office, sewing or sitting in a meeting,
# is no commander of the fight the paragraph tells, and every person in a battle's span is read as one)
# (or a part he plays in a ruse: 县长某某扮日军军官, 区长某某化装成商人 — a man in the action, named by his post)
_AFTER_CIVIL = re.compile(r"[，,]?(?:亲自|立即|随即|当即)?(?:率|带领|领导|指挥|召集|组织|假?扮|装扮|乔装|化装)")


def _civil_name(text: str, pos: int) -> str | None:
    """The name at pos after a post: a listed family name first, two or three characters, no everyday word, no
    place (王家庄, a village that leads its men too)."""
    name = cut_name(text, pos, strong=True)
    if not name or not 2 <= len(name) <= 3 or name[0] not in cn_surnames() or _words_common(name):
        return None
    if name.endswith(_SETTLEMENT_END) or name.endswith(tuple("街铺桥口关沟峪洼坪站营")) or is_toponym(name):
        return None
    return name


# the partner named after a post-holder, by his own post (区长甲某和校长乙某组织…): the two share the verb
_PARTNER_POST = re.compile(r"[和与及、同][^，,。；;！!？?\n和与及、]{0,10}?" + _CIVIL_POST.pattern)


def _leads_with_partners(text: str, pos: int) -> bool:
    """A verb leading men at pos (see _AFTER_CIVIL), or after partners each named by his post (和校长乙某, 、乡长丙某)
    whose verb it is: coordinated subjects share their predicate."""
    for _ in range(3):
        if _AFTER_CIVIL.match(text, pos):
            return True
        p = _PARTNER_POST.match(text, pos)
        name = _civil_name(text, p.end()) if p is not None else None
        if name is None:
            return False
        pos = p.end() + len(name)
    return bool(_AFTER_CIVIL.match(text, pos))


def _civil_post_holders(text: str) -> list[str]:
    """Names after a civil or party post, after a post phrase closed by 的, and before a verb leading men."""
    out: list[str] = []
    for m in _POST_PHRASE.finditer(text):
        name = _civil_name(text, m.end())
        if name and name not in out:
            out.append(name)
    for m in _CIVIL_POST.finditer(text):
        name = _civil_name(text, m.end())
        if name and len(name) == 3 and not _AFTER_CIVIL.match(text, m.end() + 3) \
                and _AFTER_CIVIL.match(text, m.end() + 2) and not _words_common(name[:2]):
            name = name[:2]  # 书记某德|扮…: the verb's character read into a two-character name
        if name and _leads_with_partners(text, m.end() + len(name)) and name not in out:
            out.append(name)
    for m in _LEADS_MEN.finditer(text):
        if not _MEN_LED.match(text, m.end()):
            continue
        for k in (3, 2):
            a = m.start() - k
            if a < 0:
                continue
            before = text[a - 1:a] if a else ""
            if before and "\u4e00" <= before <= "\u9fff" and before not in _AFTER_OK \
                    and not _DATE_END.search(text, max(0, a - 8), a) and not _CIVIL_POST.search(text, max(0, a - 4), a):
                continue
            name = _civil_name(text, a)
            if name == text[a:m.start()]:
                if name not in out:
                    out.append(name)
                break
    return out


def _name_before_command(text: str, pos: int) -> str | None:
    """After a Japanese officer's rank (大佐, 少佐 …), the two or three characters closed by a verb of command
    (率, 指挥, 急忙率 …): his family name, though no list holds it and jieba cuts it apart."""
    for k in (2, 3):
        cand = text[pos:pos + k]
        if len(cand) == k and all("\u4e00" <= c <= "\u9fff" and not _is_stop(c) for c in cand) \
                and _command_follows(text, pos + k) and not _words_common(cand):
            return _accept(cand)
    return None


def _command_follows(text: str, pos: int) -> bool:
    """A verb of command at pos, maybe after a short adverbial (葛先才见势|率28团)."""
    return _ADVERB.sub("", text[pos:pos + 6], count=1)[:4].startswith(_COMMAND_VERBS)


def _is_title_after(text: str, pos: int) -> bool:
    return re.match(rf"[{_HAN}0-9第、]{{0,10}}?(?:{_TITLE_RE})", text[pos:pos + 16]) is not None


def _list_names(text: str, known: dict[str, tuple[str | None, str]]) -> dict[str, tuple[str | None, str]]:
    """Names in infobox-like lines: `主要将领:A、B` or a `指挥官与领导者` line followed by lines of names."""
    out: dict[str, tuple[str | None, str]] = {}
    active = 0
    for line in text.split("\n"):
        line = line.strip()
        head = _LIST_HEAD.match(line)
        if head:
            rest = line[head.end():]
            active = 0 if re.search(f"[{_HAN}]", rest) else 12
            line = rest
        elif active:
            if not line:
                continue
            active -= 1
            if re.search("(兵力|伤亡|参战|结果|日期|地点|损失|背景)", line[:8]) or len(line) > 40:
                active = 0
                continue
        else:
            continue
        chunks = [c for c in (re.sub(r"[(（][^)）]*[)）]|[†\[\]0-9;；。]", "", c).strip() for c in _SPACE_SPLIT.split(line)) if c]
        chunks = [c for c in chunks if not _POLITY.search(c)]  # 中华民国 李宗仁: the state of a card's flag, a name
        for chunk in chunks:
            alone = len(chunks) == 1 and 2 <= len(chunk) <= 4 and re.fullmatch(f"[{_HAN}]+", chunk) is not None
            pos = 0
            while pos < len(chunk):
                rest = chunk[pos:]
                name = cut_name(chunk, pos, strong=alone or 2 <= len(rest) <= 5 and name_style(rest) is not None)
                if not name and alone and chunk not in common_words() and _accept(chunk):
                    name = chunk  # one name a line under the commanders' heading (寸性奇): no surname list needed
                elif not name and pos == 0 and _listed_name(chunk):
                    name = chunk  # a name of the label's list that jieba cuts (关向应): family name + 1-2 characters
                if not name:
                    break
                out.setdefault(name, (None, "list"))
                pos += len(name)
    return out


# a state or its armed forces, printed before each line of a card's commanders (中华民国 / 大日本帝国 / 日本帝国陆军)
_POLITY = re.compile(r"^(?:中华民国|大日本帝国|日本帝国|日本|中国|满洲国|伪满洲国|蒙疆|英国|美国|英属印度)"
                     r"(?:国民政府|国民革命军|国军|陆军|海军|政府)?$")


def _listed_name(chunk: str) -> bool:
    """A whole list item under a commanders' label that reads as a Chinese name: a known family name and one or
    two more characters, no frequent everyday word (jieba lists some names as rare nouns: 关向应)."""
    if not (2 <= len(chunk) <= 3 and re.fullmatch(f"[{_HAN}]+", chunk) and chunk[0] in cn_surnames()):
        return False
    freq, tag = common_words().get(chunk, (0, "nr"))
    return (tag == "nr" or freq < 100) and _accept(chunk) is not None


# what follows a person's name and never a place's (左权将军, 赵尚志同志, 悼某某烈士)
_HONORIFICS = ("将军", "同志", "烈士")
# a martyrs' cemetery or monument (X烈士陵园, X烈士纪念碑): written after a county's or a town's name (Y县X烈士陵园)
# it is named after the place X, no man
_MARTYRS_SITE = ("陵园", "公墓", "墓地", "纪念碑", "纪念馆", "纪念塔", "纪念园")


def _honoured_toponyms(text: str) -> list[str]:
    """Names the gazetteer holds for a county or city that the text writes before an honorific (左权将军, 悼X同志):
    counties were renamed after fallen commanders (左权县, 尚志市, 靖宇县), so _accept refuses the man's name as a
    toponym; before 将军/同志/烈士 it is his. Two or three characters opening with a family name; no province."""
    out: list[str] = []
    sited: set[str] = set()  # names a martyrs' site takes after a division's name (Y县X烈士陵园): a place's
    for h in _HONORIFICS:
        for a, b in occurrences(text, h):
            for k in (3, 2):
                cand = text[max(0, a - k):a]
                if h == "烈士" and text.startswith(_MARTYRS_SITE, b) and text[a - k - 1:a - k] in ("县", "市", "区", "镇", "乡"):
                    sited.add(cand)
                    continue
                p = admin().get(cand)
                if k == 2 and a >= 3 and text[a - 3] in cn_surnames():
                    break  # 赵|尚志同志, 杨|靖宇将军: the county bears the given name, the man is the three characters
                if len(cand) == k and p is not None and p.kind in ("county", "city") and cand[0] in cn_surnames():
                    if cand not in out:
                        out.append(cand)
                    break
    return [n for n in out if n not in sited]


def _all_occurrences(text: str, found: dict[str, tuple[str | None, str]],
                     aliases: dict[str, str] | None = None) -> list[Mention]:
    """Every occurrence of the found names (longest first); an alias (原大佐) is a mention of its full name."""
    out: list[Mention] = []
    taken: set[int] = set()  # positions already inside a (longer) name
    aliases = aliases or {}
    for surface in sorted([*found, *aliases], key=len, reverse=True):
        name = aliases.get(surface, surface)
        title, how = found[name]
        for a, b in occurrences(text, surface):  # = re.finditer(re.escape(surface), text)
            if a in taken or how == "honorific" and text[b:b + 1] in ("县", "市"):
                continue  # 左权县: the county named after the man, a place
            taken.update(range(a, b))
            out.append(Mention("person", a, b, surface, {"name": name, "title": title, "how": how}))
    out.sort(key=lambda x: x.start)
    return out
