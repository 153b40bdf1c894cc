"""Battle mentions: names ending in 会战/战役/战斗/大捷/保卫战/作战/抗战/事变/之战/之役 …, numbered list headings
(一、…会战 / 1、… / （三）…), title lines, aliases (又称…, 史称…, 日方称…) and references by context (此次会战).

value: name, heading (the mention heads a section of the text), past (a look back: 第一次长沙会战之后,
…会战时的教训), closer (…会战结束 / 此次会战 summary), alias_of_section (又称 …), context (此次会战 without name),
timed (an offensive named by its season, 冬季攻势 / 1939年冬季攻势: a campaign of many fronts, not a place's battle).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterator
from functools import lru_cache

from kangzhan.extract.lexicons import common_words, is_toponym
from kangzhan.extract.mentions.base import Mention, book_titles, in_spans, inside_span
from kangzhan.extract.mentions.numbers import cn_to_int
from kangzhan.extract.mentions.scan import near_anchor_finditer, occurrences
from kangzhan.text import posseg_fast
from kangzhan.text.list_items import ITEM_MARK

SUFFIXES = ("保卫战", "守卫战", "防御战", "防守战", "守备战", "攻城战", "奇袭战", "守城战", "城防战", "攻坚战", "决战", "大战", "攻防战", "阻击战", "歼灭战", "争夺战", "进攻战", "攻略战", "伏击战", "遭遇战",
            "突围战", "围困战", "自卫反击战", "自卫战", "攻守战", "血战", "反击战", "夜袭战", "追击战", "破袭战", "围歼战", "大会战", "会战", "战役", "战斗", "大捷", "作战", "抗战", "事变",
            "之战", "之役", "一役", "一战", "攻势", "空战", "海战", "地雷战", "地道战", "麻雀战")
GENERIC = ("决战", "守卫战", "防御战", "防守战", "守备战", "攻城战", "奇袭战", "守城战", "城防战", "作战", "战斗", "攻势", "抗战", "之战", "之役", "歼灭战", "阻击战", "争夺战", "攻防战", "进攻战",
           "攻略战", "伏击战", "遭遇战", "突围战", "反击战", "夜袭战", "追击战", "破袭战", "围歼战", "一役", "一战",
           "围困战", "自卫反击战", "自卫战", "攻守战", "血战", "海战", "地雷战", "地道战", "麻雀战")  # need a place-like name in front
# (地雷战/地道战/麻雀战: the militia's ways of fighting, a tactic alone (开展地雷战); after a village's or a county's
# name, the local histories' name of that place's fight, X地雷战, X地道战)
# (围困战: a stronghold starved by a siege of blockade, 沁源围困战; 自卫反击战: a defence turned to attack, X自卫反击战;
# 攻守战: a city taken and held in turn, X攻守战; 血战: a bloody fight at a place, X血战)
# (守卫战/防御战/守备战/攻城战: a stronghold's defence or siege, 娘子关防御战, 密支那攻城战)
# (进攻战/攻略战: the Japanese histories' 东吁进攻战, 南京攻略战; 伏击战/夜袭战 …: the engagements of local histories)
_NOT_IN_NAME = ("中国", "日军", "日本", "我军", "国军", "全国", "军民", "抗日", "战争", "会议", "守军", "敌军", "爱国",
                "军人", "顽强", "对日", "双方", "部队", "主力", "正面", "战场", "次歼", "中的")
_SUF_RE = "|".join(SUFFIXES)
_NAME_TOKEN_FLAGS = ("ns", "nr", "nz", "n", "m", "j", "nt", "s", "b", "ng", "a")
# 纪念X大捷, 缅怀X大捷 (a news title): the commemoration, not the battle's name
_COMMEMORATING = ("纪念", "缅怀", "悼念", "追忆", "回忆", "重温")
_COMMEMORATION_HEAD = re.compile(f"^(?:{'|'.join(_COMMEMORATING)})")
# 老兵忆X会战, 王某某讲述X战役, 某县抗战老兵某某讲述X战役 (a feature's title): the teller and his verb, not the battle's name
_TELLING = ("回忆", "追忆", "忆述", "讲述", "口述", "亲历")
_TOLD_BY_HEAD = re.compile(f"^(?:[\u4e00-\u9fff]{{0,14}}?(?:{'|'.join(_TELLING)})|[\u4e00-\u9fff]{{2,6}}?忆)")  # 忆家桥: a place
_BAD_PREFIX = {"此次", "这次", "本次", "该次", "这场", "此", "该", "各", "历次", "几次", "两次", "前两次", "多次", "全面",
               "正面", "主力", "协同", "大小", "世界", "激烈", "惨烈", "残酷", "伟大", "著名", "关键", "最后", "最大", "艰苦", "英勇", "大", "小",
               "新", "旧", "这个", "那次", "光荣", "胜利", "失败", "成功", "第二次世界", "第一次世界", "两国", "中日", "长期", "大规模", "游击", "持久", "反击", "进攻", "防御", "决战", "这一", "整个",
               "参加", "有关", "方面", "以后", "之后", "进行", "发动", "对日", "战略", "敌后", "阵地", "追击", "包围",
               "围歼", "运动", "全体", "一次", "抗日", "这些", "其他", "主要", "重要", "大型", "一场", "空中", "海上",
               "一系列", "系列", "一连串", "数次", "若干",
               *_COMMEMORATING, *_TELLING}
_PAST_AFTER = re.compile(r"^(?:之后|以后|以前|之前|前(?![期线夕方])|后(?![期方])|时(?!期)|中的教训|的经验|的教训|以来|那样|那种"
                         r"|为(?:标志|起点|开端)"  # 以X事变为标志,全面抗战开始: X marks the start of what is told
                         r"|的?(?:背景|起因|前奏|由来|缘起)"  # X的背景: a look at X from the events before it
                         # 在X大战尝到苦头后, X战役失利以后: a setback in X that dates what the text tells next
                         r"|[^，,。；;]{0,2}(?:尝到苦头|吃了?苦头|失利|失败|受挫|惨败|败北)(?:之后|以后|后))")
# 遭到八路军“X”重创的日军, 受到X打击后的敌人: the blow the enemy had taken in X, a cause of what the text tells
_BLOW_AFTER = re.compile(r"^[”」』\"]?(?:中|里)?所?(?:重创|沉重打击|严重打击|打击|痛击|打败|击败|打垮)了?(?:的|后|之后|以后)")
_SUFFERED_BEFORE = re.compile(r"(?:遭到|遭受|受到|饱受|经受|吃了)[^，,。；;]{0,8}$")
# 从X战役中休整过来的部队, 自X会战撤下: a force coming out of an earlier battle; the text tells what came after
_OUT_OF_AFTER = re.compile(r"^(?:中|里|战场上?)?(?:休整|撤|退|归来|回来|下来|调|转)|^[中里]")
# 在X战役中负伤的老兵: a person described by a battle he was in; the text tells of him, later
_DESCRIBES_AFTER = re.compile(r"^中(?:负伤|受伤|挂彩|致残|立功|失去)[^，,。；;]{0,4}的")
# 指挥X战斗时, 右腿被炸伤 / 参加X战役时负伤: the man's own part in X, and what befell him in it, in one sentence —
# X is the fight the entry tells, not a time for something after it (a biography or a casualty entry)
_IN_IT_WHEN = re.compile(r"时[^。！？!?；;\n]{0,24}?(?:负重?伤|受重?伤|挂彩|炸伤|炸断|中弹|致残|牺牲|阵亡|殉国|殉职|击伤|打伤)")
_IN_IT_BEFORE = re.compile(r"(?:指挥|参加|参与|率部参加|率部参与|率领[^，,。；;]{1,8}参加)(?:了)?$")


def _in_it_when(text: str, s: int, end: int) -> bool:
    """指挥X时…负伤: a person's own part in X and what befell him there, so X is told, no look back."""
    return bool(_IN_IT_BEFORE.search(text, max(0, s - 14), s)) and bool(_IN_IT_WHEN.match(text, end))


# X事变发生后, X事变爆发以后: an incident that dates what follows (a life, a unit's move) — the text goes on with
# other events; a battle word (X会战爆发后) still opens the account of that battle, so only 事变 here
# 七七事变开始,即来中国 / X事变起后: the incident's start dates a unit's or a life's career, no account of it
_INCIDENT_AS_TIME = re.compile(r"^(?:(?:发生|爆发)(?:以?后|之后|以来)|(?:开始|起)(?:以?后|之后|以来|[,，]\s*(?:即|就|便)))")
_SENTENCE_REST = re.compile(r"[^。！!？?；;\n]*")


def _force_sent(text: str, name: str, end: int) -> bool:
    """The rest of the sentence after an incident's outbreak (X事变爆发后,…出任X派遣军司令) names the army sent for it,
    after the incident's place: the life goes on with that fight, the incident is told, not a date."""
    stem = name[:-2]
    rest = _SENTENCE_REST.match(text, end).group(0)
    return len(stem) >= 2 and re.fullmatch(r"[\u4e00-\u9fff]+", stem) is not None \
        and any(stem + w in rest for w in ("派遣军", "派遣队"))


_CLOSER_AFTER = re.compile(r"^(?:结束|胜利结束|宣告结束|遂告结束|以.{1,8}告终|告终)")
# 此即X / 这就是X / 是为X / 史称X after an account: the name of what was just told (an anchor that closes it)
_NAMES_TOLD = re.compile(r"(?:此即|这就是|此乃|是为|此为|这便是|此便是|(?<=[。，,；;])(?:史称为?|后称|后世称|后人称之?为|即(?=著名|有名)))"
                         r"(?:有名的|著名的|所谓的?)?[“\"「]?$")
# an encyclopedia lead defines its subject: "长城抗战，是指1933年…"
_DEFINED = re.compile(r"[，,]?\s*(?:是指|是|指|又称|或称|亦称)")
_COMPOUND_AFTER = re.compile(r"^(?:室|计划|方针|命令|部署|指导|要图|预令|任务|企图|目的|地域|区域|能力|经验|纲要|科|处|课|参谋|方案|会议)")
# 作战 as a verb: 因X作战有功, 作战勇敢 — a passing action, no battle name
# an honour conferred (被授予“X战斗英雄”称号, 荣获X战斗模范): a title of the fighters of a place, no battle's name
_HONOUR_AFTER = re.compile(r"^(?:英雄|模范|功臣)")
_HONOUR_TITLE = re.compile(r"^(?:英雄|模范|功臣)[”\"」』]?(?:光荣)?(?:称号|奖章|证书)")
_CONFERRED_BEFORE = re.compile(r"(?:授予|荣获|评为|选为|命名为|获得)了?[“\"「『]?$")
# a modal or a negation before the words before 作战 (不能上马作战, 无法出城作战, 仍能坚持作战): the verb "to fight"
_MODAL_BEFORE = re.compile(r"(?:不能|未能|没能|无法|不便|不宜|不再|仍能|还能|尚能|可以|不可|难以|不敢|不愿|不肯)$")
_VERB_AFTER = re.compile(r"^(?:有功|勇敢|英勇|不力|失利|负伤|受伤|阵亡|牺牲|殉国|立功|得力|顽强|积极)")
_CONTEXT = re.compile(r"(此次|这次|本次|该次|此|这场|该)(会战|战役|战斗|作战)|此役|至此,?\s*会战结束|会战结束")
_ALIAS = re.compile(rf"(?:又称为?|亦称|也称|或称|史称|通称|日本方面称|日方称|日军称|日本称|日方称之为|中方称|中国方面称|中国军队称之为|当时中国军队称之为|即|或者|或是)"
                    rf"[“\"「]?([\u4e00-\u9fff·、]{{2,14}}?(?:{_SUF_RE}))")
# 即 gives another name of a battle only right after one (X会战,即Y / X战役(即Y)): what stands before it ends in a
# battle word, a closing quote or bracket
_BATTLE_BEFORE_JI = re.compile(rf"(?:{_SUF_RE}|役|[”\"」』)）])[,，、\s(（]*$")
# 也是X会战中…取得的一次重大胜利: X is the whole the battle told is one victory of (named in passing, no anchor)
_WHOLE_AFTER = re.compile(r"中[^，,。；;]{0,16}?的一[次场个][^，,。；;]{0,6}?(?:胜利|大捷|战斗|战役|作战|胜仗|败仗)")
_AMONG_BEFORE = re.compile(r"(?:^|[。，,；;\n])\s*其中[“\"「]?$")
# 作为Y会战的战场之一, X…: the writer places the fight he names next inside a larger battle, as one of its parts
_ONE_OF_WHOLE_BEFORE = re.compile(r"作为[^，,。；;!?]{1,20}?(?:会战|战役|作战|抗战|大战)[的中]?[^，,。；;!?]{0,8}?"
                                  r"(?:之一|一部分|组成部分|一环)[，,]?\s*[“\"「]?$")
# after a reference to the battle told (这场战役): a part of it is being named, the account goes on
_PART_REF_AFTER = re.compile(r"(?:中|里|当中)?的?(?:最[^，,。；;!?]{0,12}?之一|一部分|组成部分|之一)")
_HEADING = re.compile(r"^\s*(?:[0-9]+[、.．]|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十0-9]+[)）]|第[一二三四五六七八九十0-9]+[章节部分]"
                      rf"|{ITEM_MARK})\s*")
# an offensive named by its season (and year): 冬季攻势, 1939年冬季攻势, 春季攻势 — 攻势 needs no place then
_SEASON = re.compile(r"(?:(?:19|20)[0-9]{2}年|[一二〇零三四五六七八九]{4}年)?[春夏秋冬]季$")
# a title about what led to the battle (狼牙山战斗的背景): the text is about other events, the battle heads no section
_BACKGROUND = re.compile(r"的?(?:背景|起因|前奏|由来|缘起)")
_NAME_CHARS = re.compile(r"[\u4e00-\u9fff·・、“”\"0-9]+$")


_TOKEN_CACHE = 1 << 16  # windows remembered (~tens of MB at most)


@lru_cache(maxsize=_TOKEN_CACHE)  # keyed by text: bounded, a worker lives through many documents
def _tokens(span: str) -> tuple[tuple[str, str], ...]:
    return posseg_fast.tag(span)  # = tuple(pseg.cut(span)) as (word, flag) pairs, with less overhead


# a place's name in Latin letters in brackets between the Chinese name and the battle word (西通(Seton)之役,
# 密支那（Myitkyina）攻城战): the foreign spelling of the place, the name is read before it
_LATIN_GLOSS = re.compile(r"\s*[(（][A-Za-z][A-Za-z .'\-]{1,40}[)）]\s*$")


def gloss_start(text: str, end: int) -> int:
    """Where a bracketed Latin spelling that ends at end starts (end when there is none)."""
    g = _LATIN_GLOSS.search(text, max(0, end - 48), end) if end and text[end - 1] in ")）" else None
    return g.start() if g else end


def name_before(text: str, end_of_prefix: int, suffix: str, need_place: bool = True) -> str | None:
    """The battle name's prefix that ends at end_of_prefix: nouns/place names/ordinals back to a boundary;
    without the country or province in front of the place (缅甸仁安羌大捷 is 仁安羌大捷: the larger area
    says where the place lies, the battle is named after the place). need_place=False: a generic battle word
    (战斗, 之战) takes a name-like prefix the gazetteer and the tagger do not know as a place (see _recurring).
    A bracketed Latin spelling before the battle word is skipped (西通(Seton)之役)."""
    end_of_prefix = gloss_start(text, end_of_prefix)
    whole = _quoted_whole(text, end_of_prefix)
    if whole:
        return whole  # “秋季攻势”战役: the quoted name as it stands (a month or a season in it is part of the name)
    prefix = _name_before(text, end_of_prefix, suffix, need_place)
    if prefix and suffix != "攻势":  # 1939年冬季攻势: the year belongs to an offensive named by its season
        prefix = _without_date(text, end_of_prefix - len(prefix), prefix)
    if prefix and text[end_of_prefix - len(prefix):end_of_prefix] == prefix:
        prefix = _after_glued_battle(text, end_of_prefix, prefix)
    if prefix and _COUNT_OF_BATTLES.fullmatch(prefix):
        return None  # 进行了三次会战, 两场战斗: a count of battles, no name
    if prefix and (count := _LIST_COUNT.search(prefix)) and count.start() >= 2 \
            and text[end_of_prefix - len(prefix) - 1:end_of_prefix - len(prefix)] in ("、", "和", "及", "与", ",", "，"):
        prefix = prefix[:count.start()]  # 在甲村、乙村、丙村三次战斗中: the last of the list's fights, no count in its name
        # (a comma lists them as well: 对甲村,乙村两个战斗的考证)
    if prefix and (naming := _NAMING_HEAD.match(prefix)):
        prefix = prefix[naming.end():] if len(prefix) - naming.end() >= 2 else None  # 又称|七七事变: the word that names it
    if prefix and text[end_of_prefix - len(prefix):end_of_prefix] == prefix:
        prefix = _widened(text, end_of_prefix - len(prefix), prefix)
    return _without_setting(prefix) if prefix else prefix



# a region named by a province's one-character name and its direction (滇西, 缅北, 豫西, 鄂北, 晋东南)
_REGION_WORD = re.compile(r"[\u4e00-\u9fff][东南西北]{1,2}$")
# the verb of a campaign named by what it won back (收复晋西北七城战役, 克复X之役)
_WON_BACK = ("收复", "克复", "光复")
# a size's, an age's or a position's character that opens a village's name before the name of a place it is named
# after (大|平安, 小|河湾, 老|城关, 上|石桥): written right after a naming cue, part of the name as the text writes it
_SIZE_HEADS = "大小老新上下"
# measure words after a numeral: a count (三个, 五座), not a place's name that opens with a numeral (三垛, 七亘)
_MEASURE = set("个次场名座位条只支门辆架艘处所批股路面年月日天里")


def _region_word(word: str) -> bool:
    from kangzhan.extract.lexicons import place_initials
    return bool(_REGION_WORD.fullmatch(word)) and (word[0] in place_initials() or _toponym(word))


def _headed_place(word: str) -> bool:
    """A known place below a city that a village may be named after with a size's head (大|平安): no city, province,
    country or region, which 大 only praises (大武汉, 大上海, 大西北)."""
    from kangzhan.extract.lexicons import admin, regions
    return _toponym(word) and getattr(admin().get(word), "kind", "") not in ("city", "province") \
        and regions().get(word) not in ("country", "region")


def _widened(text: str, start: int, prefix: str) -> str:
    """The prefix with what the text writes before it as part of the same name: a second region of a campaign named by
    two (滇西|缅北战役, 豫西|鄂北会战); the verb of a campaign named by what it won back (收复|晋西北七城战役); or, where
    the name stands as a name (_NAMING_CUE right before), the one or two characters before a place the gazetteer knows
    shorter (大|曹村, 三垛|河口): a size or a direction before a village, or two characters that are no word, no setting
    and no count."""
    before = text[max(0, start - 3):start]
    if _region_word(prefix) and _region_word(before[-2:]) and not (len(before) == 3 and _region_word(before)):
        return before[-2:] + prefix
    if before[-2:] in _WON_BACK:
        return before[-2:] + prefix
    place = _toponym(prefix) or _settlement(prefix) or _village(prefix) or len(prefix) == 2 and prefix[-1] in SETTLEMENT_TAIL
    if text[max(0, start - 3):start] == "大、小" and (_settlement(prefix) or _village(prefix)):
        return "大小" + prefix  # 大、小官庄: the two villages named together (大小官庄 as one name)
    if prefix[:1] == "小" and text[max(0, start - 2):start] == "大、" and (_settlement(prefix[1:]) or _village(prefix[1:])):
        return "大" + prefix  # (大、|小官庄, the small village read whole)
    for k in (2, 1):
        gap = text[max(0, start - k):start]
        if len(gap) != k or not place or not re.fullmatch(r"[\u4e00-\u9fff]+", gap) \
                or not (_NAMING_CUE.search(text, max(0, start - k - 1), start - k)
                        or text[start - k - 1:start - k] in (" ", "\t", "\u3000")):  # 7.1.  大|龙华: a heading's gap
            continue
        if k == 1 and gap in "大小东西南北前后上中老新" and (_settlement(prefix) or _village(prefix)
                                                          or len(prefix) == 2 and prefix[-1] in SETTLEMENT_TAIL):
            return gap + prefix  # 大|曹村, 小|李庄, 东|王庄
        if k == 2 and gap == "大小" and (_settlement(prefix) or _village(prefix)):
            return gap + prefix  # 大小|官庄: the two villages 大X and 小X, named together
        if k == 1 and gap in _SIZE_HEADS and _headed_place(prefix):
            return gap + prefix  # 的大|平安战斗: the village named after a known place, with its head (alts keep both)
        if k == 2 and gap not in common_words() and not _toponym(gap) and not _region_word(gap) and gap[1] not in "称名" \
                and gap[1] not in _MEASURE and not any(c in _FUNCTION_CHARS for c in gap) and gap not in _BAD_PREFIX \
                and gap[1] not in "如若":  # 又如|X之战, 譬如|X战役: an example given
            return gap + prefix  # 三垛|河口伏击战
    return prefix


def _after_glued_battle(text: str, end: int, prefix: str) -> str | None:
    """The prefix without the tail of a battle word it starts inside (武汉会|战马垱 read by the tagger as 战马: the
    name is 马垱, after the campaign's name 武汉会战 glued before it); None when less than two characters remain."""
    start = end - len(prefix)
    cut = max((m.end() for m in _SUF_AT.finditer(text, max(0, start - 3), end) if start < m.end() < end), default=None)
    if cut is None:
        return prefix
    return text[cut:end] if end - cut >= 2 else None


# the word that introduces another name, glued by the tagger to the name after it (又称七七事变)
_NAMING_HEAD = re.compile(r"^(?:又称为?|也称|亦称|或称|史称|通称|俗称|称为?)")  # 日方称|X会战: 称 opens no place
_COUNT_OF_BATTLES = re.compile(r"[两二三四五六七八九十百数多几]+[次场个]")
_LIST_COUNT = re.compile(r"[两二三四五六七八九十]+[次场个]$")  # the count after a list of fights (甲、乙两次战斗)
# a date glued before a name (1937年七七事变, 一九三八年台儿庄战役, 1940年8月百团大战): when, not part of the name
_DATE_HEAD = re.compile(r"^(?:(?:[0-9]{2,4}|[〇零一二三四五六七八九]{4})年|(?:[0-9]{1,2}|[一二三四五六七八九十]{1,2})月"
                        r"(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})?[日号]?)+")


def _without_date(text: str, start: int, prefix: str) -> str | None:
    """The prefix without a date it opens with (1937年|七七事变), or without the 年 of a year whose digits a line
    break cut off (1937\\n|年七七事变: the name never opens with 年); None when nothing is left."""
    head = _DATE_HEAD.match(prefix)
    if head is None and prefix[0] in "年月" and re.search(r"[0-9〇零一二三四五六七八九十]\s*$", text[max(0, start - 6):start]):
        head = re.match(r"[年月](?:[0-9]{1,2}[日号]?)?", prefix)
    if head is None:
        return prefix
    rest = prefix[head.end():]
    return rest if len(rest) >= 2 else None


# directions and parts (广东北部, 山西南部): a province's part, not a place of its own after it
_PART_OF_AREA = re.compile(r"^(?:[东南西北中]部|[东南西北]{1,2}(?:[部面路线侧]|地区)|境内|全境|省|半岛|地区|沿海|战场|边区)")


def _without_setting(prefix: str) -> str:
    from kangzhan.extract.lexicons import admin, regions
    for n in (4, 3, 2):
        head, rest = prefix[:n], prefix[n:]
        if len(rest) >= 2 and (regions().get(head) == "country" or getattr(admin().get(head), "kind", "") == "province") \
                and not _PART_OF_AREA.match(rest) and not re.match(r"[0-9一二三四五六七八九十第]", rest):
            return rest
    return prefix


# the day that names a fight, quoted, and who it was fought against (“八一四”对日空战, 「八一三」抗日作战)
_QUOTED_DAY_AGAINST = re.compile(r"[“「\"](?P<day>[0-9]{1,2}\s*[.·・．]\s*[0-9]{1,2}|[一二三四五六七八九十]{2,4})[”」\"]"
                                 r"(?:对日|抗日|对敌)$")


_QUOTES_APART = re.compile(r"[”」][“「]$")  # a quotation closed and the next opened right before the battle word


# a qualifier between a fight's place and its battle word (某镇抗日之役: "the anti-Japanese battle of X", an
# inscription's or the period press's word for one engagement): it says whom the fight was against, the place before
# it names the fight, and the text's words are its name. Only 之役/一役: X抗日战斗, X抗日战役 are a county's or a
# region's whole resistance (某县抗日战斗,自1939年春揭开序幕), no one fight. A word of one kind of engagement
# (阻击战, 伏击战, 遭遇战, 保卫战 …) names one fight as well: 某镇抗日阻击战 is that town's blocking action
_AGAINST_JAPAN = ("抗日", "抗敌")
_AGAINST_SUFFIXES = ("之役", "一役", "阻击战", "伏击战", "遭遇战", "保卫战", "守卫战", "防御战", "歼灭战", "突围战",
                     "攻坚战", "争夺战", "围歼战", "夜袭战", "血战", "大捷")


def _quoted_whole(text: str, end_of_prefix: int) -> str | None:
    """A battle's name quoted whole right before a battle word (史称“秋季攻势”战役, “某某大捷”战斗): the quotes hold one
    name, which already ends in a battle word; the word after them belongs to it and never cuts a piece of the
    quoted name off (攻势战役). The quoted name, else None."""
    if text[end_of_prefix - 1:end_of_prefix] not in ("”", "」", '"'):
        return None
    q = max(text.rfind(o, max(0, end_of_prefix - 15), end_of_prefix - 1) for o in ("“", "「", '"'))
    span = text[q + 1:end_of_prefix - 1] if q >= 0 else ""
    if not re.fullmatch(r"[\u4e00-\u9fff·]{3,12}", span) or not span.endswith(SUFFIXES) \
            or span[:-2] in _BAD_PREFIX or any(w in span for w in ("战争", "会议")):
        return None
    return span


def _name_before(text: str, end_of_prefix: int, suffix: str, need_place: bool = True) -> str | None:
    quoted = _quoted_prefix(text, end_of_prefix, suffix)
    if quoted:
        return quoted
    counter = _counter_operation(text, end_of_prefix)
    if counter:
        return counter
    if text.endswith(_AGAINST_JAPAN, 0, end_of_prefix) and suffix in _AGAINST_SUFFIXES:
        inner = _name_before(text, end_of_prefix - 2, suffix, need_place)
        at = end_of_prefix - 2 - len(inner or "")
        if inner and text[at:end_of_prefix - 2] == inner and (_toponym_suffix(inner) or _settlement(inner)
                                                               or _village(inner)):
            return inner + text[end_of_prefix - 2:end_of_prefix]  # 在某县某镇抗日之役: the place's fight against Japan
        if need_place and suffix != "血战":  # a stem no gazetteer holds that the text writes as a place elsewhere
            stem = _name_before(text, end_of_prefix - 2, suffix, False)  # (某坂抗日阻击战 … 向某坂一带进犯)
            at = end_of_prefix - 2 - len(stem or "")
            if stem and text[at:end_of_prefix - 2] == stem and 2 <= len(stem) <= 4 \
                    and re.fullmatch(r"[\u4e00-\u9fff]+", stem) and stem not in common_words() \
                    and (_settled(text, stem) or _placed(text, stem)
                         or _NAMES_TOLD.search(text, max(0, at - 8), at) or _NAMED_AS_BEFORE.search(text, max(0, at - 9), at)):
                return stem + text[end_of_prefix - 2:end_of_prefix]  # 是为某溪抗日之役: the name of what was told
    if suffix == "突围战" and text.endswith("胜利", 0, end_of_prefix):  # X胜利突围战: the breakout that got through
        inner = _name_before(text, end_of_prefix - 2, suffix, need_place)
        return inner + "胜利" if inner else None
    day = _QUOTED_DAY_AGAINST.search(text, max(0, end_of_prefix - 12), end_of_prefix)
    if day and suffix in ("空战", "作战", "抗战"):
        return day.group("day")  # “八一四”对日空战: the fight named by its day, against the Japanese
    window = text[max(0, end_of_prefix - 14):end_of_prefix]
    m = _NAME_CHARS.search(window)
    if not m or _QUOTES_APART.search(m.group(0)):
        return None  # 忠魂永驻X”“血战Y: one quotation closes, the next opens with the battle word: no name across them
    span = _after_listed_name(m.group(0).strip("、“”\""))
    if suffix == "攻势":
        season = _SEASON.search(span)
        if season:
            return season.group(0)
    op = _OPERATION.search(span)
    if op and suffix in ("之役", "战役", "作战", "会战") and _toponym_suffix(span[:op.start()]):
        return _toponym_suffix(span[:op.start()]) + op.group(0)  # 滇西反攻之役: a place and the kind of operation
    clan = _clan_settlement(span)
    if clan:
        return clan
    side = _SIDE_OF_LANDMARK.search(span)
    if side and (_toponym_suffix(span[:side.start(1)]) or _settlement(span[:side.start(1)][-4:])):
        inner = _name_before(span, side.start(1), suffix, need_place)  # 雁门关|外战斗, 青龙山|下伏击战
        if inner:
            return inner + side.group(1)
    place = _toponym_suffix(span)
    if place:  # a gazetteer name ends right before the suffix: extend by the name's head, listed places and ordinals
        place = _name_head(text, end_of_prefix, span[:len(span) - len(place)], place) + place
        head = span[:len(span) - len(place)]
        while True:
            more = _toponym_suffix(head.rstrip("、")) if head.endswith("、") else None
            if more:
                place = head[len(head) - len(more) - 1:] + place
                head = head[:len(head) - len(more) - 1]
                continue
            break
        o = re.search(r"第[一二三四五六七八九十0-9]+次$", span[:len(span) - len(place)])
        return o.group(0) + place if o else place
    toks = _tokens(span)
    named = _named_by_tokens(span, toks, suffix, need_place)
    if named is None and suffix in ("会战", "战役", "作战"):  # 作战: the Japanese histories' 浙赣作战, 湘桂作战
        return _abbreviated(span)
    return named


# the side of a pass or a hill a fight was fought on (雁门关外, 青龙山下, 娘子关口外): part of the fight's name
_SIDE_OF_LANDMARK = re.compile(r"[关口山岭](外|下)$")


def _name_head(text: str, end: int, head: str, place: str) -> str:
    """The characters at the end of head (the text before a gazetteer place that ends at end) that belong to the
    battle's name, '' when none: the gazetteer knows a shorter name than the text writes. One character that makes
    a place the gazetteer knows or the text writes again elsewhere (富|金山战役: 金山 is a county, the text's place is
    富金山); then a family name and 家 (蒋家|河口: the village is named after the family, the tagger reads X家 as a
    person); else, before a two-character place, the one or two characters the text always writes in front of it
    (同古|城争夺战 read as 古城: the text never writes 古城 alone). One set of guards for all: Chinese characters,
    none that never opens a name first, no function character last (_may_open_name)."""
    one = head[-1:] if _may_open_name(head[-1:]) and _place_again(text, end, head, place) else ""
    rest = head[:len(head) - len(one)]
    clan = rest[-2:] if _may_open_name(rest[-2:]) and _family_village(rest[-2:]) else ""
    if one or clan:
        return clan + one
    if len(place) != 2:
        return ""
    for n in (2, 1):
        ext = head[-n:] if len(head) >= n else ""
        if len(ext) != n or not _may_open_name(ext):
            continue
        at = [i for i, _ in occurrences(text, place)]  # str.find: no pattern compiled per candidate
        if len(at) >= 2 and all(text[max(0, i - n):i] == ext for i in at) \
                and not any(_in_word(text, i - n) for i in at):
            return ext
    return ""


def _may_open_name(ext: str) -> bool:
    """Characters that may stand before a place as the head of its name: Chinese ones, the first no character that
    never opens a name (_NOT_INITIAL), the last no function character."""
    return bool(ext) and re.fullmatch(r"[\u4e00-\u9fff]+", ext) is not None and ext[0] not in _NOT_INITIAL \
        and ext[-1] not in _FUNCTION_CHARS


def _family_village(ext: str) -> bool:
    """A family name and 家 (蒋家, 王家), not an everyday word (国家, 专家, 皇家)."""
    from kangzhan.extract.mentions.lexdata import cn_surnames
    if len(ext) != 2 or ext[1] != "家" or ext[0] not in cn_surnames():
        return False
    freq, flag = common_words().get(ext, (0, "nr"))
    return flag.startswith("nr") or freq < 1000


def _in_word(text: str, at: int) -> bool:
    """The characters from ``at`` on close a common word begun before, or are one (参加|鄂西会战, 进攻|X): a verb's
    object follows it, no name runs through it."""
    words = common_words()
    return any(text[max(0, at - k):at + j] in words for k in (0, 1) for j in (1, 2) if k + j >= 2)


# the tagger's flags of a character that never opens a place's name (verbs, prepositions, particles, adverbs …)
_NOT_NAME_FLAGS = ("v", "p", "u", "d", "c", "r", "q", "f", "t", "y", "e", "x")


def _place_again(text: str, end: int, head: str, place: str) -> bool:
    """The last character of head and the place make a longer place: the tagger reads the character as no verb,
    preposition or particle, and the longer string is a known place or the text writes it again elsewhere."""
    span = head + place
    longer = span[-len(place) - 1:]
    start = end - len(longer)
    before = text[start - 1:start + 1] if start > 0 else ""
    if len(before) == 2 and (_toponym(before) or before in common_words()):
        return False  # 湘西|雪峰山: the character closes a region's name (a word) before it
    # written elsewhere on its own, not only as a repeat of this same longer string (湘西雪峰山会战 twice)
    again = any(m != start and (m == 0 or text[m - 1] != text[start - 1:start])
                for m, _ in occurrences(text, longer))
    if not (_toponym(longer) or again):
        return False
    pos = 0
    for w, f in _tokens(span):  # the token holding that character: a name-like word, never a verb or a function word
        if pos <= len(span) - len(place) - 1 < pos + len(w):
            return not f.startswith(_NOT_NAME_FLAGS)
        pos += len(w)
    return False


def _after_listed_name(span: str) -> str:
    """The span after the last battle name of a list it holds (A伏击战、B之战, A初战、B大捷: two names, never one);
    a list of places sharing one battle word (豫西、鄂北会战) stays whole."""
    if "、" not in span:
        return span
    parts = span.split("、")
    last = max((i for i, p in enumerate(parts[:-1]) if p.endswith(SUFFIXES) or p[-1:] in ("战", "役", "捷")), default=-1)
    return "、".join(parts[last + 1:])


# the enemy's operation in quotes after 反 (counter-): 反“扫荡”, 反“九路围攻”, with the region it was fought in before it
_COUNTER_OP = re.compile(r"反[“\"「](?:[一二三四五六七八九十0-9]{1,3}[路次面])?[\u4e00-\u9fff]{2,6}[”\"」]$")


def _counter_operation(text: str, end: int) -> str | None:
    """A battle named by the enemy operation it countered (晋东南反“九路围攻”战斗, 反“扫荡”作战): Chinese histories
    name the defence after the offensive, quoted as the enemy's word; the region before 反 belongs to the name."""
    m = _COUNTER_OP.search(text, max(0, end - 12), end)
    if not m:
        return None
    region = _toponym_suffix(text[max(0, m.start() - 6):m.start()]) or ""
    return region + m.group(0)
# the kind of operation between a campaign's place and its battle word (滇西反攻之役, 豫南追击作战)
_OPERATION = re.compile(r"(?:反攻|反击|追击|进攻|攻势|突围|空降突击|空降|突击|渡河|强渡|登陆)$")


# an enemy offensive, quoted, that the subject broke: 粉碎了日军晋中地区“六路围攻”, 打破敌人的“扫荡”
_BROKE_OP = re.compile(r"(?:粉碎|打破|击破)了?(?:日军|日寇|敌人|敌军|敌)?的?(?P<area>[\u4e00-\u9fff]{2,4}?)?(?:地区|一带)?的?"
                       r"(?P<op>[“\"「](?:[一二三四五六七八九十0-9]{1,3}[路次面])?[\u4e00-\u9fff]{0,4}"
                       r"(?:围攻|扫荡|清乡|围剿|合围|蚕食|讨伐|大扫荡)[”\"」])(?![\u4e00-\u9fff]*(?:战斗|战役|作战|之战))")


def _countered_operations(text: str) -> list[Mention]:
    """The defence against an enemy offensive the text quotes by the enemy's word and says was broken (粉碎了
    日军X地区“六路围攻”): a battle named 反“…” as CCP histories name such campaigns (反“九路围攻”, 反“扫荡”), with
    the area it was fought in before it when the area is a known place. Coined: the text names no battle."""
    out = []
    for m in _BROKE_OP.finditer(text):
        area = m.group("area") or ""
        area = area if area and _toponym(area) else ""
        name = area + "反" + m.group("op")
        out.append(_read_battle(m.start("op") if not area else m.start("area"), m.end(), m.group(0), name,
                                coined=True, alts=sorted({"反" + m.group("op")} - {name})))
    return out


# one character that ends a pass's, a ridge's or a crossing's name (X口, X关, X岭, X桥 …) as its last token
_FEATURE_TAIL = frozenset("口关岭岗桥渡峪垭坳")


def _named_by_tokens(span: str, toks: tuple[tuple[str, str], ...], suffix: str, need_place: bool = True) -> str | None:
    """The prefix made of the tagger's name-like words (nouns, place names, ordinals) back to a boundary."""
    parts: list[str] = []
    for i, (w, f) in enumerate(reversed(toks)):
        if i == 0 and len(toks) > 1 and (w in _FEATURE_TAIL or len(w) == 1 and f in ("zg", "g") and "\u4e00" <= w <= "\u9fff") \
                and toks[-2][1].startswith(_NAME_TOKEN_FLAGS):
            parts.insert(0, w)  # 长生|口伏击战: the tagger reads a pass's 口 as a measure word; it ends the place's name
            continue  # 马|垱战役: a rare character the tagger knows only as a morpheme (zg) ends a place's name too
        if w in _BAD_PREFIX or not (f.startswith(_NAME_TOKEN_FLAGS) or w in ("·", "、") or w.isdigit()
                                    or i == 0 and (_village(w) or _settlement(w))):  # 固关, 神头岭 tagged l: a place
            break
        if w in ("的", "了", "在", "和", "与", "及", "对", "向", "是", "为"):
            break
        parts.insert(0, w)
        if sum(map(len, parts)) >= 12:
            break
    parts = _without_leading_nouns(_after_titled_person(parts, toks), dict(toks))
    prefix = _without_glued_particle("".join(parts).lstrip("、·"))
    while prefix and prefix[:2] in _BAD_PREFIX:
        prefix = prefix[2:]
    army = max((n for n in _named_units() if n in prefix), key=len, default=None)
    if army:  # 苏北新四军大捷: a force's name is no battle's; the place after it is (八路军平型关大捷 → 平型关)
        prefix = prefix[prefix.index(army) + len(army):]
    date = _LEADING_DATE.match(prefix)
    if date and len(prefix) - date.end() >= 2:
        prefix = prefix[date.end():]  # 参加7月28日X战斗: the day the fight was fought, before its name
    if len(prefix) < 2 or prefix in _BAD_PREFIX or any(w in prefix for w in _NOT_IN_NAME):
        return None
    if re.search(r"[0-9]日|[0-9]$", prefix) or prefix[-1] in "日在向对" or any(len(p) < 2 for p in prefix.split("、")):
        return None
    # X之役 / X之战 name a place by its genitive; jieba tags transliterated (foreign) place names nr
    place_flags = ("ns", "nz", "nr") if suffix in ("之役", "之战", "一役", "一战") else ("ns", "nz")
    if need_place and suffix in GENERIC and not _settlement(prefix[-3:]) and not _village(prefix) and \
            not any(f.startswith(place_flags) or _toponym(w) or _settlement(w) or _railway(w) for w, f in toks if w in prefix):
        return None
    if suffix in _TACTICS and (any(t in prefix for t in _TACTICS) or not (
            _toponym(prefix) or _village(prefix) or _settlement(prefix[-3:])
            or any(f.startswith("ns") for w, f in toks if w in prefix))):
        return None  # 开展地雷战、麻雀战: the militia's tactics, no place's fight (the tagger reads 迅速开展 as nz)
    return prefix


# the militia's ways of fighting: a fight's name only after a place's own name (X村地雷战), never after a verb
_TACTICS = ("地雷战", "地道战", "麻雀战")


# a date in digits the tagger reads as numerals (m) and so joins to the name after it: 7月28日|X战斗, 1938年5月|X会战
_LEADING_DATE = re.compile(r"^(?:[0-9]{1,4}[年月日号](?:[上中下]旬|初|底)?)+")

# particles the tagger glues to the name after them (著名的|町店 read as 的町店, 参加了|豫 as 了豫): never a name's first character
_GLUED_PARTICLE = "的了着过在"


def _without_glued_particle(prefix: str) -> str:
    """The prefix without the particles the tagger glued to its first word (的町店 → 町店, 了豫湘桂 → 豫湘桂)."""
    while len(prefix) > 2 and prefix[0] in _GLUED_PARTICLE:
        prefix = prefix[1:]
    return prefix


# a person's title word before a name (讲解员陈梦, 记者王某): the name after it is the person's, no place's
_PERSON_TITLE_END = ("员", "者", "长", "师", "人")


def _after_titled_person(parts: list[str], toks: tuple[tuple[str, str], ...]) -> list[str]:
    """The words after the last person named with a title (纪念馆讲解员陈梦、百花洞战斗 → 百花洞): a caption's or a
    byline's person before a list separator is no first item of a list of places."""
    flags = dict(toks)
    cut = 0
    for i in range(1, len(parts)):
        if flags.get(parts[i], "").startswith("nr") and parts[i - 1].endswith(_PERSON_TITLE_END) \
                and flags.get(parts[i - 1]) == "n" and i + 1 < len(parts) and parts[i + 1] == "、":
            cut = i + 2
    return parts[cut:] if cut else parts


def _without_leading_nouns(parts: list[str], flags: dict[str, str] | None = None) -> list[str]:
    """Without the everyday words before the place: a battle's name starts where its place starts. The words the
    tagger reads as nouns before the first place-like word (电影《红高粱》原型|孙家口伏击战, 主题|X战斗) describe the
    battle, and those of a clause's subject and verb (两省军民|合创|X村大捷, 国共军队|共创|X庄大捷: an unknown
    compound verb the tagger reads as a noun) tell who won it: none of them names it. Each word dropped is an
    everyday word of two or more characters that is no place, no number and no abbreviation of places (豫湘|桂)."""
    first = next((k for k in range(1, len(parts)) if parts[k] != "、" and _opens_as_place(parts[k], (flags or {}).get(parts[k]))),
                 None)
    if first is None or len("".join(parts[first:])) < 2:
        return parts
    if all(_everyday_non_place(p) for p in parts[:first]):
        return parts[first:]
    return parts


def _opens_as_place(word: str, flag: str | None = None) -> bool:
    """A word that can open a battle's name as its place: a gazetteer toponym, a word ending like a settlement, or a
    word the tagger reads as a place or a personal name (villages are often read as persons: 张庄, 王屯村)."""
    if _toponym(word) or _settlement(word) or _village(word) or _clan_settlement(word) == word:
        return True
    return (flag or _tokens(word)[0][1]).startswith(("ns", "nr"))


def _everyday_non_place(word: str) -> bool:
    """A word of two or more characters before a battle's place that names nothing there: in the everyday dictionary
    (or a named force, 八路军), not a toponym, no numeral, no abbreviation made of place initials."""
    from kangzhan.extract.lexicons import place_initials
    if word in _named_units():
        return True
    if len(word) < 2 or _toponym(word) or word not in common_words() or re.match(r"[0-9第]", word):
        return False
    flags = [f for _, f in _tokens(word)]
    if any(f.startswith("ns") for f in flags) or flags == ["m"]:
        return False
    initials = place_initials()
    return not (flags == ["j"] and all(c in initials for c in word))


# characters that never stand for a place in an abbreviated name (numerals, pronouns, particles, sides)
_NOT_INITIAL = set("的了在和与及对向是为将把被从由自到至等即称这那此该各每几两一二三四五六七八九十百千万次个场大小新旧第其我敌日军全诸历")
# what may stand before such a name: nothing, a function character, a side pair (中日随枣会战), an ordinal
_ABBR_BEFORE = re.compile(r"(?:^|[的了在和与及对向是为将把被从由自到至即称、“\"「]|中日|第[一二三四五六七八九十0-9]+次)$")


def _abbreviated(span: str) -> str | None:
    """A name made of place abbreviations before 会战/战役/作战 (随枣 = 随县 + 枣阳, 枣宜, 豫湘桂, 浙赣): 2-4
    characters that each stand for a place (a province's abbreviation or the initial of a division, lexicons),
    that are no everyday word nor contain one (the dictionary's abbreviations, tag j, are no everyday words),
    after a boundary or a verb (开始浙赣作战). With its ordinal (第二次随枣会战)."""
    from kangzhan.extract.lexicons import common_words, place_initials
    initials, common = place_initials(), common_words()
    for n in (4, 3, 2):
        stem, before = span[-n:], span[:-n]
        if len(stem) < n or any(c in _NOT_INITIAL or c not in initials for c in stem):
            continue
        if not (_ABBR_BEFORE.search(before) or len(before) >= 2 and common.get(before[-2:], (0, ""))[1] in ("v", "vn")):
            continue
        if any(common.get(stem[i:j], (0, "j"))[1] != "j" for i in range(n) for j in range(i + 2, n + 1)) \
                or stem in _BAD_PREFIX:
            continue
        o = re.search(r"第[一二三四五六七八九十0-9]+次$", before)
        return (o.group(0) if o else "") + stem
    return None


@lru_cache(maxsize=1)
def _named_units() -> tuple[str, ...]:
    """The named formations of the unit lexicon (lexicons/named_units.tsv: 八路军, 新四军, 关东军 …)."""
    from kangzhan.extract.mentions.lexdata import named_units
    return tuple(named_units())


# a quoted campaign name made of a verb, a number and a place noun (“收复7城战役”, “攻克五县作战”); a count of
# battles (三次会战, 两个战役) or an ordinal (第3次会战) has no verb and no place noun
_COUNTED_PLACES = re.compile(r"(?P<verb>[\u4e00-\u9fff]{2})(?:[0-9]{1,3}|[一二三四五六七八九十两]{1,3})座?"
                             r"(?:县城|城镇|据点|城|县|镇|关|岛|村|寨)")


def _counted_places(span: str) -> bool:
    """The quoted span is verb + numeral + place noun: a campaign named by the places it took."""
    m = _COUNTED_PLACES.fullmatch(span)
    return bool(m) and common_words().get(m.group("verb"), (0, ""))[1].startswith("v")


def _quoted_prefix(text: str, end_of_prefix: int, suffix: str) -> str | None:
    """The whole quoted span before the suffix when the name stands in quotation marks and holds a place
    (“晋察冀边区肃正作战”: 肃正 is no noun to jieba, the quotes still mark the name's extent)."""
    close = end_of_prefix + len(suffix)
    if text[close:close + 1] not in ("”", "」", '"'):
        return None
    q = max(text.rfind(o, max(0, end_of_prefix - 14), end_of_prefix) for o in ("“", "「", '"'))
    span = text[q + 1:end_of_prefix] if q >= 0 else ""
    if _counted_places(span):
        return span  # “收复7城战役”: a campaign named by the number of towns it took
    if any(n in span for n in _named_units()):
        return None  # “苏北新四军大捷”: named after a force (see name_before)
    if not re.fullmatch(r"[\u4e00-\u9fff]{2,12}", span) or any(w in span for w in _NOT_IN_NAME):
        return None
    day = re.match(_NAME_DATE_HEAD, span)  # “八一三淞沪抗战”: the day that names it, then the place (see _with_day)
    if day and _toponym(span[day.end():]):
        return span[day.end():]
    if not any(f.startswith(("ns", "nz", "j")) or _toponym(w) or w.endswith(("边区", "地区")) for w, f in _tokens(span)):
        return None  # j: jieba's abbreviations are regions here (晋冀豫边区)
    return span


# the last character of a village's, a town's or a landmark's name (X村, X岭, X垴, X崮, X坝, X寺 …; X岩, a crag that
# names a hill in the South as 崖 does in the North: 鹰嘴岩)
SETTLEMENT_TAIL = "村庄镇集寨堡铺店岭峰岗坡关口桥渡湾崖岩峪坳垭沟坪山洞塘圩墟垌坑冲滩垴坊坝涧崮顶房营屯洼埠墩嘴岛寺庙"
# two characters that end a settlement's name in the North and Northeast (侯围子, 王营子, 马家窝棚, 梨树沟门)
_SETTLEMENT_TAIL2 = ("围子", "营子", "屯子", "岗子", "甸子", "窝棚", "房子", "沟门", "堡子", "庄子")


def _settlement(word: str) -> bool:
    """A word of three or more characters ending like a village, town or feature (刘家村, 王家庄, 黄土岭, X崖, X峪): a place
    even where the tagger reads a personal name or two common nouns (百花|洞, 煤炭|山: the South's villages in 洞/塘/圩/
    坑/垌/冲, hills in 山 and 崮, river flats in 滩, the North's hilltops in 垴, dams in 坝, temples in 寺/庙, the
    Northeast's X围子, X营子)."""
    return len(word) >= 3 and (word[-1] in SETTLEMENT_TAIL or word[-2:] in _SETTLEMENT_TAIL2 or _market_street(word)) \
        and not any(c.isdigit() for c in word) and not (word[-1] == "岩" and word in common_words())  # 花岗岩: a rock


def _market_street(word: str) -> bool:
    """A market village of the North China plain named X街 (张家街, 柳子街): a settlement, where 街 closes no word of
    the town's streets (大街, 老街, 前街 are words: 城内大街 is a street of a town, no village)."""
    return word[-1] == "街" and word[-2:] not in common_words()


def _railway(word: str) -> bool:
    """A historic railway (平汉路, 正太铁路, 同蒲线: lexicons/railways.tsv): raids on a line are named after it
    (平汉路破袭战), as fights are after a place."""
    from kangzhan.extract.lexicons import railways
    return word[:2] in railways() and word[2:] in ("路", "铁路", "线")


# a settlement named after a family: a family name, a word of the clan (家, 老 'old', 各 for 家) and a settlement
# word (张老庄, 王家集, 李家寨, 赵各庄)
_CLAN_SETTLEMENT = re.compile(r"(?P<name>(?P<surname>[\u4e00-\u9fff])[家老各][庄村集寨堡屯店铺营洼湾岗坡峪站])$")


def _clan_settlement(span: str) -> str | None:
    """The family-named settlement the span ends with (…刘老庄): the tagger splits off the family name (刘|老庄, 王家|集)
    and the rest reads as a word of its own, but the settlement's name is the whole, family name first."""
    m = _CLAN_SETTLEMENT.search(span)
    if not m:
        return None
    from kangzhan.extract.mentions.lexdata import cn_surnames
    surname = m.group("surname")
    if surname not in cn_surnames() or surname in _FUNCTION_CHARS:
        return None
    o = re.search(r"第[一二三四五六七八九十0-9]+次$", span[:m.start()])
    return (o.group(0) if o else "") + m.group("name")


def _village(prefix: str) -> bool:
    """A two-character name ending like a village or a market town (陈庄, 李村, 北镇) as the whole prefix of a
    battle word: the place of a small fight (陈庄战斗), which the tagger often reads as a personal name; or like a
    pass (旧关, 固关) that is no everyday word (机关, 难关, 海关 are in the dictionary; a pass's name mostly is not)."""
    if len(prefix) == 2 and prefix[-1] == "关":
        return prefix not in common_words()
    return len(prefix) == 2 and prefix[-1] in "村庄镇集寨堡"


def _toponym_suffix(span: str) -> str | None:
    for n in range(min(6, len(span)), 1, -1):
        if _toponym(span[-n:]):
            return span[-n:]
    return None


def _toponym(word: str) -> bool:
    try:
        from kangzhan.extract.lexicons import is_toponym
    except ImportError:  # pragma: no cover
        return False
    return is_toponym(word)


_SUF_AT = re.compile(_SUF_RE)


def _suffix_matches(text: str) -> Iterator[tuple[re.Match, bool]]:
    """The battle words of the text, left to right, each with a flag; after one, a battle word that starts inside it
    and ends beyond it (齐会|战斗 read as 会战 + 斗: a place ending in 会, 大 …, glued to 战斗/战役) with the flag
    set: the caller tries it when the first reading names nothing."""
    for m in _SUF_AT.finditer(text):
        yield m, False
        for i in range(m.start() + 1, m.end()):
            alt = _SUF_AT.match(text, i)
            if alt and alt.end() > m.end():
                yield alt, True
                break


# a table of battles as text (cells between bars, a Markdown or a copied page's table): a header cell that names
# the column of battles, the rule line under the header, and a row's name cell (Han characters only, no figure)
_TABLE_HEAD = re.compile(r"^\s*\|(?:[^|\n]*\|)*?\s*(?:战斗|战役|战例|战斗名称|战役名称|作战名称)\s*\|")
_TABLE_RULE = re.compile(r"^\s*\|?(?:\s*:?-{3,}:?\s*\|)+\s*:?-*:?\s*$")
_TABLE_NAME_CELL = re.compile(r"[\u4e00-\u9fff“”\"]{3,16}")


def _table_rows(lines: list[str]) -> dict[int, str]:
    """The battle each row of a table of battles names (line index → the row's name cell): the rows under a
    header with a column of battles (战斗, 战役 …); the name is the row's first cell of Han characters only (an
    index column of numbers may shift the header's columns by one). A table without such a header has none."""
    out: dict[int, str] = {}
    in_table = False
    for i, line in enumerate(lines):
        if _TABLE_HEAD.match(line):
            in_table = True
            continue
        if not in_table:
            continue
        if not line.strip().startswith("|"):
            in_table = False
            continue
        if _TABLE_RULE.match(line):
            continue
        cell = next((c.strip() for c in line.split("|") if _TABLE_NAME_CELL.fullmatch(c.strip())), None)
        if cell:
            out[i] = cell
    return out


def find_battles(text: str) -> list[Mention]:
    """Battle-name mentions (named, heading, alias) and context references (此次会战)."""
    out: list[Mention] = []
    heading_spans: list[tuple[int, int]] = []
    pos = 0
    first_line = True
    lines = text.split("\n")
    rows = _table_rows(lines) if "|" in text else {}
    for i, line in enumerate(lines):
        if i in rows:  # a row of a table of battles: its name cell heads it, whatever words the name is made of
            name = rows[i]
            s = pos + line.index(name)
            out.append(Mention("battle", s, s + len(name), name, {"name": name, "heading": True, "row": True}))
            heading_spans.append((s, s + len(name)))
            pos += len(line) + 1
            continue
        if first_line and line.strip():
            first_line = False
            found = _title_battle(line)
            if found and not _heading(line) and not _BACKGROUND.match(line, found[1]) \
                    and not _ITEM_START.match(line):  # 1.…的第一次大捷是( ): the first item of a list, no title
                at, end, title = found
                out.append(Mention("battle", pos + at, pos + end, line[at:end], {"name": title, "heading": True,
                                                                                  "title": True}))
                heading_spans.append((pos + at, pos + end))
                pos += len(line) + 1
                continue
        options = _inline_options(line)
        if options:  # A.X战役 B.Y战役 C.…: a quiz's options on one line, each a battle of its own
            for at, name in options:
                out.append(Mention("battle", pos + at, pos + at + len(name), name, {"name": name, "heading": True}))
                heading_spans.append((pos + at, pos + at + len(name)))
            pos += len(line) + 1
            continue
        h = _heading(line)
        respelled = _respelled_heading(line)  # before a campaign the line names first (its name read in the text)
        if respelled is not None:  # X——Y(X'-Y')战斗经过: the fight under its standard spelling, the dialect's another
            at, end, name, alts = respelled
            if h and h != name and line.find(h) >= 0 and line.find(h) + len(h) <= at:  # 某会战 A-B战斗: the whole too
                s = pos + line.index(h)
                out.append(Mention("battle", s, s + len(h), h, {"name": h, "heading": True}))
                heading_spans.append((s, s + len(h)))
            out.append(Mention("battle", pos + at, pos + end, line[at:end], {"name": name, "heading": True,
                                                                              "alts": alts, "respelled": True}))
            heading_spans.append((pos + at, pos + end))
        elif h:
            surface = h if h in line else line.strip()  # 石门(冀中)战斗 names 石门战斗: the whole line
            s = pos + line.index(surface)
            out.append(Mention("battle", s, s + len(surface), surface, {"name": h, "heading": True}))
            heading_spans.append((s, s + len(surface)))
        elif (entry := _action_heading(line) or _defined_entry(line, lines, i)) is not None:
            surface, name = entry  # X区围攻 (an action at a place), or a line the next one defines as a fight
            s = pos + line.index(surface)
            out.append(Mention("battle", s, s + len(surface), surface, {"name": name, "heading": True}))
            heading_spans.append((s, s + len(surface)))
        pos += len(line) + 1
    listed_aliases = _alias_lists(text)
    unplaced: dict[str, list[tuple[re.Match, str]]] = {}
    snap = (0, 0)
    for m, overlapping in _suffix_matches(text):
        state = (len(out), sum(map(len, unplaced.values())))
        if overlapping and state != snap:
            continue  # the first reading gave a name: the overlapping battle word is part of it
        snap = state
        if in_spans(heading_spans, m.start()) or m.group(0) == "一战" and _NOT_ONE_FIGHT_AFTER.match(text, m.end()):
            continue  # 七二一|战斗, 第一战区: 一战 inside a longer word; the battle word after it is read next
        prefix = name_before(text, m.start(), m.group(0))
        if overlapping and prefix and prefix in common_words() and not _toponym(prefix):
            continue  # 重大|战役 (read inside 大战): an everyday word, no place a battle word was glued to
        cued = _named_after_cue(text, m)
        if cued and (not prefix or cued.endswith(prefix)):  # 史称X战斗: the whole of X, the place or not
            named = _named_mention(text, m, cued, listed_aliases)
            out.extend([named] if named else [])
            continue
        if not prefix and (alone := _named_alone(text, m)):
            named = _named_mention(text, m, alone, listed_aliases)
            out.extend([named] if named else [])
            continue
        if not prefix and m.group(0) in GENERIC:
            stem = _unplaced_stem(text, m)
            if stem and in_spans(listed_aliases, m.start() - len(stem)):  # 也称X伏击战: the text says it is a name
                named = _named_mention(text, m, stem, listed_aliases)
                out.extend([named] if named else [])
            elif stem:  # kept only if the text names it again (_recurring)
                unplaced.setdefault(stem + m.group(0), []).append((m, stem))
            continue
        if prefix and m.group(0) == "抗战":
            prefix = _place_after_day(prefix)
        if prefix and m.group(0) == "抗战" and not _quoted_war_name(text, m, prefix) \
                and (day := _day_of_war_name(text, m.start() - len(prefix), prefix)):
            named = _named_mention(text, m, prefix, listed_aliases)  # 一·二八淞沪抗战: the day names one fight
            out.extend([_day_named(text, named, day)] if named else [])
            continue
        if not prefix or m.group(0) == "抗战" and not (_quoted_war_name(text, m, prefix) or _joined_war_name(text, m, prefix)
                                                      or _opened_war_name(text, m, prefix)) \
                and (not _DEFINED.match(text, m.end()) or text[:m.start() - len(prefix)].strip()):
            continue  # 华北抗战, 全国抗战: the war, not a battle (headings, a defined subject, a quoted name aside)
        named = _named_mention(text, m, prefix, listed_aliases)
        if named:
            out.append(_with_day(text, named))
    for found in unplaced.values():
        if _recurring(text, found):
            out.extend(x for m, stem in found if (x := _named_mention(text, m, stem, listed_aliases)))
    out.extend(_shared_suffix_lists(text))
    out.extend(_raids(text))
    out.extend(_crossings(text))
    out.extend(_fights_at(text))
    out.extend(_region_fights(text))
    out.extend(_countered_operations(text))
    out.extend(_act_names(text))
    out.extend(_breakouts_from(text))
    out.extend(_counter_named(text))
    out.extend(_ordinal_counters(text))
    out.extend(_held_for(text))
    out.extend(_tallied(text))
    out.extend(_dated_list_fights(text))
    out.extend(_ambushed_en_route(text))
    out.extend(_local_wars(text, listed_aliases))
    for m in _CONTEXT.finditer(text):
        if _PART_REF_AFTER.match(text, m.end()):
            continue  # 其中X成了这场战役最惨烈的战斗之一: X is a part of the battle told, no summary closing it
        out.append(Mention("battle", m.start(), m.end(), m.group(0), {
            "name": None, "context": True, "closer": True}))
    out = _site_names(text, out)
    out = _nested_parts(_shortest_genitive(_outside_titles(text, out)))
    out = [m for m in out if not (m.value.get("name") and (_COUNTED_SET.search(m.value["name"])
                                                        or _WAR_LENGTH.fullmatch(m.value["name"])
                                                        or _OCCASION.search(m.value["name"])
                                                        or _ORDINAL_ONLY.fullmatch(m.value["name"])))]
    out = [m for m in out if not _series_before(text, m)]
    out = _ordinal_lists(text, out)
    out.sort(key=lambda x: (x.start, -x.end))
    dedup: list[Mention] = []
    for m in out:
        if dedup and m.start < dedup[-1].end:
            m = _after_listed(m, dedup[-1].end)
            if m is None:
                continue
        dedup.append(m)
    return _date_names_of_told(text, _mark_lists(text, dedup))


def _after_listed(m: Mention, end: int) -> Mention | None:
    """The part of a name read across a list's comma (血战X、Y战役 read as X、Y + 战役) that follows the name found before
    it, which ends at end right before the comma: Y战役, the next item of the list; None when m holds no such comma."""
    cut = end - m.start
    name = m.value.get("name") or ""
    if m.text[cut:cut + 1] != "、" or not name.startswith(m.text[:cut + 1]) or len(m.text) - cut - 1 < 3:
        return None
    return Mention(m.kind, end + 1, m.end, m.text[cut + 1:], {**m.value, "name": name[cut + 1:]})


# the day-name inside a battle's name (上海八一三之役, 七七事变, 一·二八事变, “8·13”抗战): its digits
_NAME_DAY = re.compile(r"(?<![0-9〇零一二三四五六七八九十])(?P<digits>[〇零一二三四五六七八九][·・.．]?[〇零一二三四五六七八九]{1,2}"
                       r"(?:[·・.．]?[〇零一二三四五六七八九])?|[0-9]{1,2}\s*[.·・．]\s*[0-9]{1,2})(?![0-9〇零一二三四五六七八九十年月])")
_CN_DIGIT = {c: i for i, c in enumerate("〇一二三四五六七八九")} | {"零": 0}
# a day written out: 8月13日, 八月十三日
_WRITTEN_DAY = re.compile(r"(?<![0-9])(?P<m>[0-9]{1,2}|[一二三四五六七八九十]{1,2})月(?P<d>[0-9]{1,2}|[一二三四五六七八九十]{1,3})[日号]")
_SENTENCE_END = re.compile(r"[。！？!?；;\n]")
_CLAUSE_BREAK = re.compile(r"[,，:：]")


def name_days(digits: str) -> set[tuple[int, int]]:
    """The (month, day) a day-name may stand for: 九一八 → 9/18, 七七 → 7/7, 一二八 → 1/28 or 12/8, 8.13 → 8/13."""
    parts = [p.strip() for p in re.split(r"[·・.．]", digits) if p.strip()]
    splits = [(parts[0], parts[1])] if len(parts) == 2 else [(parts[0][:i], parts[0][i:]) for i in range(1, len(parts[0]))]
    out = set()
    for mo, dy in splits:
        month, day = (int(x) if x.isdigit() else int("".join(str(_CN_DIGIT[c]) for c in x)) for x in (mo, dy))
        if 1 <= month <= 12 and 1 <= day <= 31:
            out.add((month, day))
    return out


def _written_days(text: str, start: int = 0, end: int | None = None) -> set[tuple[int, int]]:
    out = set()
    for m in _WRITTEN_DAY.finditer(text, start, len(text) if end is None else end):
        mo, dy = cn_to_int(m.group("m")), cn_to_int(m.group("d"))
        if mo and dy:
            out.add((mo, dy))
    return out


# a month written (with its day or not): the last one before a battle's name dates it
# ((?<![0-9])(?:[0-9]{1,2}|[一…十]{1,2})月 written first character first, the lookbehinds over it: re scans for that
# character in C instead of trying the pattern at every position)
_WRITTEN_MONTH = re.compile(r"[0-9一二三四五六七八九十](?<![0-9].)(?:(?<=[0-9])[0-9]?|(?<=[一二三四五六七八九十])[一二三四五六七八九十]?)月")


def _days_before(text: str) -> Callable[[int], set[tuple[int, int]]]:
    """pos → the (month, day) of the last date written before pos when it gives the day (8月13日 … 淞沪会战爆发),
    else nothing (a later month, 11月…江桥抗战, dates the battle otherwise)."""
    months = list(_WRITTEN_MONTH.finditer(text))
    starts = [m.start() for m in months]

    def at(pos: int) -> set[tuple[int, int]]:
        k = bisect_right(starts, pos - 1) - 1
        day = _WRITTEN_DAY.match(text, starts[k]) if k >= 0 and months[k].end() <= pos else None
        return _written_days(day.group(0)) if day else set()
    return at


def _date_names_of_told(text: str, mentions: list[Mention]) -> list[Mention]:
    """A battle named by its day (上海八一三之役, 七七事变) beside a battle the text names otherwise (淞沪会战, 卢沟桥事变) is
    that battle's other name when one clause names both (一九三七年上海八一三之役開啟了淞滬之戰), or when the text
    names it after that day as the last date written (1937年8月13日,…淞沪会战爆发): Chinese
    names an incident and the campaign it opened by their first day. Marked alias, so it goes to the battle its
    sentence tells and is no battle of its own."""
    dated = {i: name_days(d.group("digits")) for i, m in enumerate(mentions)
             if m.value.get("name") and not m.value.get("alias") and (d := _NAME_DAY.search(m.value["name"]))}
    if not dated:
        return mentions
    others = [m for i, m in enumerate(mentions) if i not in dated and m.value.get("name") and not m.value.get("past")
              and not m.value.get("alias") and not m.value.get("context")]
    if not others:
        return mentions
    day_before = _days_before(text)
    out = list(mentions)
    for i, days in dated.items():
        m = mentions[i]
        if not days or "list" in m.value:
            continue
        s0 = max((x.end() for x in _SENTENCE_END.finditer(text, 0, m.start)), default=0)
        e = _SENTENCE_END.search(text, m.end)
        s1 = e.start() if e else len(text)
        same = any(s0 <= o.start < s1 and not _CLAUSE_BREAK.search(text, min(o.end, m.end), max(o.start, m.start))
                   for o in others)  # one clause: 上海八一三之役开启了淞沪之战 (九一八事变爆发,…江桥抗战 are two)
        day_of = any(days & day_before(o.start) for o in others)
        if same or day_of:
            out[i] = Mention(m.kind, m.start, m.end, m.text, {**m.value, "alias": True})
    return out


# a date written inside the quotes before a name (「8.13淞沪抗战」, “八一三淞沪抗战”, “8·13抗战”): the day that names it
_NAME_DATE_HEAD = r"(?:[0-9]{1,2}\s*[.·・．]\s*[0-9]{1,2}|[一二三四五六七八九十]{2,4})"
_QUOTE_OPEN = re.compile(rf"[「“\"『《]{_NAME_DATE_HEAD}?$")
# the country or one of its great regions before 抗战 (华北抗战, 东北抗战, 全国抗战): the war there, no battle
_WAR_REGION = re.compile(r"^(?:华[北东南中]|[东西][北南]|全国|中国|全民|敌后)")


def _with_day(text: str, m: Mention) -> Mention:
    """A quoted name with the day that names it before the place (「8.13淞沪抗战」, “八一三淞沪抗战”): the mention spans
    the day too, so that the written form is another name; the name is the place's (淞沪抗战), as it is written
    without the day."""
    day = _QUOTE_OPEN.search(text, max(0, m.start - 8), m.start)
    cut = len(day.group(0)) - 1 if day else 0
    if not cut or not m.value.get("name"):
        return m
    name = m.value["name"]  # X抗战 keeps its day (淞沪抗战 alone is the fight of another day); X会战 names one
    if name.endswith("抗战") and _DAY_BEFORE_PLACE.search(day.group(0)):
        name = _day_digits(day.group(0)[1:]) + name
    return Mention(m.kind, m.start - cut, m.end, text[m.start - cut:m.end], {**m.value, "name": name})


# the day-name written right before a place and 抗战 (一·二八淞沪抗战, 八一三淞沪抗战, “8·13”淞沪抗战), maybe quoted
_DAY_BEFORE_PLACE = re.compile(r"(?<![0-9〇零一二三四五六七八九十百千第])[“「\"]?(?P<day>[一二三四五六七八九十]{1,2}[·・.．]?"
                               r"[一二三四五六七八九十]{1,3}|[0-9]{1,2}\s*[.·・．]\s*[0-9]{1,2})[”」\"]?$")


_DAY_HEAD = re.compile(r"[“「\"]?(?:[一二三四五六七八九十]{1,2}[·・.．]?[一二三四五六七八九十]{1,3}|[0-9]{1,2}\s*[.·・．]\s*[0-9]{1,2})"
                       r"[”」\"]?")


def _place_after_day(prefix: str) -> str:
    """The place of a prefix the tagger read with the day-name before it (七七|卢沟桥 as one prefix): the place
    alone, so that the day is read as the day (see _day_of_war_name); the prefix as it is otherwise."""
    for k in range(2, len(prefix) - 1):
        if _DAY_HEAD.fullmatch(prefix, 0, k) and _day_place(prefix[k:]):
            return prefix[k:]
    return prefix


def _day_of_war_name(text: str, s: int, prefix: str) -> re.Match | None:
    """The day-name before X抗战 (X a place, no great region) that makes it one fight's name: Chinese names the
    fights that opened the war or a theatre by their first day (一·二八淞沪抗战 = the fight of 28 January at 淞沪),
    where X抗战 alone may be the war in a region (华北抗战)."""
    day = _DAY_BEFORE_PLACE.search(text, max(0, s - 8), s)
    if not day or not name_days(day.group("day")) or not _day_place(prefix):
        return None
    return day


def _day_place(word: str) -> bool:
    """A place a day-named fight is named after: a known place, a landmark or village by its last character
    (卢沟桥), or one word the tagger reads as a place name; no great region (华北: the war there)."""
    return not _WAR_REGION.match(word) and (_toponym(word) or _settlement(word) or _tokens(word) == ((word, "ns"),))


def _day_named(text: str, m: Mention, day: re.Match) -> Mention:
    """The mention m of X抗战 widened over the day-name before it; its name the day (without the marks that may
    part month and day: 一·二八 and 一二八 are one name) and X抗战."""
    s = day.start("day") if day.group(0)[0] not in "“「\"" or not day.group(0).endswith(("”", "」", '"')) else day.start()
    return Mention(m.kind, s, m.end, text[s:m.end], {**m.value, "name": _day_digits(day.group("day")) + m.value["name"]})


def _day_digits(day: str) -> str:
    """A day-name as a battle's name holds it: Chinese numerals without the mark that may part month and day
    (一·二八 → 一二八), Arabic ones parted by · (8.13 → 8·13)."""
    day = re.sub(r"\s", "", day)
    return re.sub(r"[·・.．]", "", day) if not day[0].isdigit() else re.sub(r"[・.．]", "·", day)


def _quoted_war_name(text: str, m: re.Match, prefix: str) -> bool:
    """X抗战 in quotation marks (「淞沪抗战」, “8.13淞沪抗战”, with the day that names it inside the quotes) and X a
    place (the gazetteer's, or one word the tagger reads as a place name: “江桥抗战”): the quotes mark a battle's name, as
    they do in a list of campaigns (参加了「A抗战」和「B会战」); a region's war (华北抗战) stays the war."""
    s = m.start() - len(prefix)
    return text[m.end():m.end() + 1] in ("」", "”", '"', "』", "》") and bool(_QUOTE_OPEN.search(text, max(0, s - 8), s)) \
        and not _WAR_REGION.match(prefix) and (_toponym(prefix) or _tokens(prefix) == ((prefix, "ns"),))


# taking part in a fight: a career's verb before the name (参加过忻口抗战, 率部参加了冷口抗战)
_JOINED = re.compile(r"(?:参加|参与|亲历|指挥)(?:过|了)?$")


def _joined_war_name(text: str, m: re.Match, prefix: str) -> bool:
    """X抗战 after 参加/参与/指挥 (率部参加过忻口抗战) and X a place, no region: a biography lists the fights the man
    took part in by name; a region's war (参加了华北抗战) stays the war."""
    s = m.start() - len(prefix)
    return bool(_JOINED.search(text, max(0, s - 4), s)) and not _WAR_REGION.match(prefix) and _toponym(prefix)


# the fight's opening told (X抗战爆发, X抗战打响): the war of a region does not break out on a day, a battle does
_OPENED_AFTER = re.compile(r"(?:正式|全面)?(?:爆发|打响)")


def _opened_war_name(text: str, m: re.Match, prefix: str) -> bool:
    """X抗战 whose outbreak the sentence tells (1937年8月,X抗战打响) and X a place, no region (华北抗战爆发 stays the
    war): the name of a battle, as X会战 is."""
    return bool(_OPENED_AFTER.match(text, m.end())) and not _WAR_REGION.match(prefix) and _toponym(prefix)


# between two names of a list: a list comma or conjunction, the quotes around each name, and the year (and month)
# that dates the next one (「A会战」和「B会战」、1938年的「C会战」); a comma only between quoted names
_LIST_YEAR = r"(?:(?:19|20)[0-9]{2}|[一二][九〇零][〇零一二三四五六七八九]{2})年(?:[0-9一二三四五六七八九十]{1,2}月)?的?"
_LIST_GAP = re.compile(rf"(?P<close>[」”\"』》])?\s*(?P<sep>以及|[、和与及同，,])\s*(?:{_LIST_YEAR})?\s*(?P<open>[「“\"『《]"
                       rf"{_NAME_DATE_HEAD}?)?")


def list_gap(text: str, end: int, start: int) -> bool:
    """The text between a battle name ending at end and one starting at start joins them in a list."""
    g = _LIST_GAP.fullmatch(text, end, start)
    return g is not None and (g.group("sep") not in "，," or bool(g.group("close") and g.group("open")))


def _mark_lists(text: str, mentions: list[Mention]) -> list[Mention]:
    """Named battles that stand in one list (A、B等战役, 「A会战」和「B会战」、1938年的「C会战」) carry list: the start of
    the list's first name, so that each is read as a battle of its own, a sibling of the others."""
    named = [i for i, m in enumerate(mentions) if m.value.get("name") and not m.value.get("heading")]
    group: dict[int, int] = {}
    for i, j in zip(named, named[1:], strict=False):
        if list_gap(text, mentions[i].end, mentions[j].start):
            group[j] = group.setdefault(i, mentions[i].start)
    if not group:
        return mentions
    last: dict[int, int] = {}  # a list (its first name's start) → the end of its last name
    for i, first in group.items():
        last[first] = max(last.get(first, 0), mentions[i].end)
    past = {first for first, end in last.items() if _LIST_TAIL_PAST.match(text, end)}
    return [Mention(m.kind, m.start, m.end, m.text, {**m.value, "list": group[i],
                                                     "past": m.value.get("past") or group[i] in past})
            if i in group else m for i, m in enumerate(mentions)]


# the tail of a list that looks back from all its names (继A、B等战役后, A和B之后): each name is a look back, as the
# one name before 之后 is
_LIST_TAIL_PAST = re.compile(r"[」”\"』》]?(?:等+|诸)?(?:会战|战役|战斗|大捷|大战|之役|之战|战|役)?"
                             r"(?:之后|以后|以来|之前|以前|后(?![期方]))")


# ordinals that share one battle's name (第一次、第二次、第三次长沙会战, 第一、二次X会战, 第一次和第二次X会战)
_ORDINAL_NUM = "[一二三四五六七八九十0-9]{1,2}"
_ORDINAL_LIST = re.compile(rf"第{_ORDINAL_NUM}次?(?:[、和及与]第?{_ORDINAL_NUM}次?)*[、和及与]第?{_ORDINAL_NUM}次$")
_ORDINAL_HEAD = re.compile(rf"第{_ORDINAL_NUM}次")


def _ordinal_lists(text: str, mentions: list[Mention]) -> list[Mention]:
    """A name whose ordinal ends a list of ordinals (第一次、第二次、第三次长沙会战) names one battle per ordinal: the
    name is shared as the battle word of A、B等战役 is, and each ordinal's battle stands at its ordinal; ordinals:
    the end of the shared name (its place is every ordinal's)."""
    out: list[Mention] = []
    for m in mentions:
        name = m.value.get("name") or ""
        head = _ORDINAL_HEAD.match(name)
        base = name[head.end():] if head else name
        cut = m.text.find(base) if base else -1
        if m.value.get("heading") or not base or cut < 0 or "次" not in text[max(0, m.start + cut - 3):m.start + cut]:
            out.append(m)
            continue
        found = _ORDINAL_LIST.search(text, max(0, m.start + cut - 30), m.start + cut)
        if not found:
            out.append(m)
            continue
        nums = list(re.finditer(_ORDINAL_NUM, found.group(0)))
        for k, n in enumerate(nums):
            start = found.start() + (n.start() - 1 if found.group(0)[n.start() - 1:n.start()] == "第" else n.start())
            end = m.end if k == len(nums) - 1 else found.start() + n.end() + (found.group(0)[n.end():n.end() + 1] == "次")
            out.append(Mention("battle", start, end, text[start:end],
                               {**m.value, "name": f"第{n.group(0)}次{base}", "shared": True, "ordinals": m.end}))
    return out


# the area words after which 作战 fights somewhere rather than names a battle (在X地区作战)
_AREA_WORDS = ("地区", "一带", "附近", "境内", "地带", "方面")


# 在X作战的 + the battles or the troops it describes (在滇西作战的四大战役, 在华北作战的八路军部队): 作战 is the verb of a
# clause that qualifies them, "that were fought / that fought in X", no operation named X作战
_FOUGHT_THERE = re.compile(r"的(?:[0-9一二三四五六七八九十两几数多各历]{1,2}[次场个大]?(?:大?战役|战斗|会战|大战|仗)"
                           r"|[^，,。；;]{0,5}?(?:部队|将士|官兵|军队|士兵|各部|主力))")


# 在X作战时 / 在X作战的时候: a clause of time, its verb 作战 (an operation named after one town is written without 在)
_WHEN_AFTER = re.compile(r"^(?:时|之时|的时候)")


# 一战 that goes on into a longer word (统一战线, 第一战区, 同一战场, 第一战役 read as 战役)
_NOT_ONE_FIGHT_AFTER = re.compile(r"[线区场役士壕法术略斗]")  # 一战斗: 一 ends a name read before 战斗 (七二一|战斗)


def _named_mention(text: str, m: re.Match, prefix: str, listed_aliases: list[tuple[int, int]]) -> Mention | None:
    """The mention of the battle name prefix + the battle word m, with what its context says of it (a look back,
    a closing summary, another name of the battle the sentence is about); None when the word is part of a longer
    noun or a verb."""
    end = m.end() + (m.group(0).endswith("战") and text.startswith("役", m.end()))  # 破袭战|役: X破袭战役
    # X突围战|斗, X伏击战|斗: the kind of fight and 战斗, X突围战斗 as written another name of X突围战 (the name every
    # other reading gives it)
    fought = len(m.group(0)) == 3 and m.group(0).endswith("战") and text.startswith("斗", m.end()) \
        and not text.startswith("斗争", m.end())
    surface = prefix + text[m.start():end]
    if m.group(0) == "一战" and _NOT_ONE_FIGHT_AFTER.match(text, m.end()):
        return None  # 统一战线, 第一战区, 同一战场: 一战 inside a longer word, no fight named
    # X一役 is the battle X之役, X一战 the battle X之战 (台儿庄一战, 黄土岭一战: "the one fight at X")
    name = {"一役": prefix + "之役", "一战": prefix + "之战"}.get(m.group(0), surface)
    s = gloss_start(text, m.start()) - len(prefix)  # 西通(Seton)之役: the name stands before the Latin spelling
    if text[s:m.start()] != prefix and s + len(prefix) == m.start():  # “八一四”空战: a quote between the name's day and its battle word
        at = text.rfind(prefix, max(0, s - 3), m.start())
        if at < 0 and s > 0 and text[s - 1:m.start()].replace("、", "") == prefix:
            at = s - 1  # 大、小官庄突围战: the name 大小官庄 written with a mark between its heads
        s = at if at >= 0 else s
        surface = text[s:end]
    after = text[end:end + 8]
    if _COMPOUND_AFTER.match(after):
        return None  # 南昌作战室, 作战计划: part of a longer noun
    if m.group(0) == "作战" and _VERB_AFTER.match(after):
        return None  # X作战有功: 作战 is the verb of a clause
    if m.group(0) == "作战" and _MODAL_BEFORE.search(text, max(0, s - 3), s):
        return None  # 受伤不能上马作战, 无法出城作战: a modal or a negation before it, 作战 is the verb "to fight"
    if m.group(0) == "战斗" and _HONOUR_AFTER.match(after) \
            and (_HONOUR_TITLE.match(after) or _CONFERRED_BEFORE.search(text, max(0, s - 6), s)):
        return None  # 被授予“X县战斗英雄”称号: an honour of a place's fighters, no battle named
    if _verb_use(m.group(0), after):
        return None
    if prefix in SUFFIXES or prefix.strip("“”「」\"") in SUFFIXES:
        return None  # 几个重要的“大捷”战斗: a bare battle word in quotes (the writer's "so-called"), no fight's name
    if m.group(0) == "作战" and text[s - 1:s] in ("在", "于") and prefix.endswith(_AREA_WORDS):
        return None  # 与敌在平原地区作战: "to fight in the plain", 在 + an area + the verb, no battle's name
    if m.group(0) == "作战" and text[s - 1:s] in ("在", "于") and _FOUGHT_THERE.match(after):
        return None  # 远征军在滇西作战的四大战役, 在华北作战的部队: "fought in X", a clause that describes a noun
    if m.group(0) == "作战" and text[s - 1:s] in ("在", "于") and _WHEN_AFTER.match(after) and is_toponym(prefix):
        return None  # 预计在甲城作战时: "when fighting at a town", a clause of time whose verb is 作战
    alias = _ALIAS.search(text[max(0, s - 12):end])
    ji = max(0, s - 12) + alias.start() if alias else 0
    if alias and alias.group(0).startswith(("即", "或")) and not _BATTLE_BEFORE_JI.search(text, max(0, ji - 12), ji):
        alias = None  # 第三阶段即X, 其中即X: 即 names X after a phase or part, X is a battle of its own
    # X之战,或者Y防御战: the writer's other name for the battle just named (或者 right after a battle name)
    cue = _NAMES_TOLD.search(text, max(0, s - 8), s)  # 这便是有名的X之役
    # X会战,即著名的Y: 即 after a battle's name gives another name of it, not the name of a fight told before
    told = bool(cue) and not (cue.group(0).startswith("即")
                              and _BATTLE_BEFORE_JI.search(text, max(0, cue.start() - 12), cue.start()))
    bracketed = bool(_BRACKETED_AFTER_NAME.search(text, max(0, s - 12), s)) and text[end:end + 1] in (")", "）")
    return Mention("battle", s, end, surface, {
        "name": name, "heading": False, "past": (bool(_PAST_AFTER.match(after)) and not _in_it_when(text, s, end))
        or (bool(_ENDED_AFTER.match(after)) and bool(_DATE_BEFORE.search(text, max(0, s - 16), s)))
        or (text[s - 1:s] in ("从", "自") and bool(_OUT_OF_AFTER.match(after)))
        or (text[s - 1:s] == "在" and bool(_DESCRIBES_AFTER.match(after)))
        or text[max(0, s - 2):s] == "打完"  # 刚打完X战役的部队: the unit comes from it
        or text[max(0, s - 2):s] in ("远在", "早在")  # 远在日俄战役即已从军: a career's look back
        or (name.endswith("事变") and bool(_INCIDENT_AS_TIME.match(after))  # X事变发生后: a time, not the story
            and not _force_sent(text, name, end))
        or _compared(text, s, end)
        or (bool(_BLOW_AFTER.match(after)) and bool(_SUFFERED_BEFORE.search(text, max(0, s - 10), s))),
        "closer": bool(_CLOSER_AFTER.match(after)) or text[max(0, s - 2):s] in ("此次", "这次", "本次", "该次") or told,
        "alias": not told and (bool(alias and (alias.group(1) == name or (alias.group(1).endswith(name)
                                                                          and not alias.group(0).startswith("即"))))
                               or in_spans(listed_aliases, s) or bracketed  # 即发动X: no alias
                               # 日方称A会战B作战: a second name written right after the first one the cue gives
                               or bool(alias and max(0, s - 12) + alias.end() == s
                                       and not alias.group(0).startswith(("即", "或")))),
        "timed": m.group(0) == "攻势" and bool(_SEASON.search(prefix)),
        "told": told,
        "whole": text[max(0, s - 2):s].endswith("是") and bool(_WHOLE_AFTER.match(text, end)),
        # 其中“X”…: one part of the battle the sentence before names (the account goes on with the whole)
        "part": bool(_AMONG_BEFORE.search(text, max(0, s - 4), s)) or _phase_of_division(text, s, end)
        or bool(_ONE_OF_WHOLE_BEFORE.search(text, max(0, s - 36), s)),
        "one_of": bool(_ONE_OF_WHOLE_BEFORE.search(text, max(0, s - 36), s)),
        # 大平安战斗: the name as written, and the known place's own name without its head as another name;
        # X突围战斗: the name as written, X突围战 another
        **({"alts": sorted(({name[1:]} if headed else set()) | ({name + "斗"} if fought else set())), "spelled": True}
           if (headed := prefix[:1] in _SIZE_HEADS and len(prefix) >= 3 and _headed_place(prefix[1:])) or fought
           else {}),
        # “秋季攻势”战役: the quoted name is the battle's name, the word after the quotes says what kind of thing it is
        **({"name": prefix, "alts": [name], "quoted_whole": True} if text[m.start() - 1:m.start()] in ("”", "」", '"')
           and prefix.endswith(SUFFIXES) and prefix != name else {})})


# a battle named only as the measure of the one told (其规模不亚于X, 堪比X, 与X相比, 与X齐名): a look at another
# battle, not the account of the text's fight
_COMPARED_BEFORE = re.compile(r"(?:不亚于|不逊于|不下于|不次于|堪比|可比|媲美|比肩|好比|犹如|如同|宛如|仅次于|胜过|远超|超过了?"
                              r"|(?<![对相])比)[“\"「]?$")
_COMPARED_AFTER = re.compile(r"^[”\"」]?(?:相比|相比较|相较|比较|相提并论|媲美|齐名|并称|并列|相当|相似|类似|一样|同样|相同|相媲美)")
_WITH_BEFORE = re.compile(r"(?:[与和同跟]|可与|可以与|能与|足以与|足与)[“\"「]?$")
# an epithet that likens the fight told to a battle fought elsewhere (被称为中国的“X”, 誉为东方X, 是远东的“X”): the
# country or region word before the other battle's name says it is a comparison, not a fight of the text
_EPITHET_BEFORE = re.compile(r"(?:(?:称为|称作|称之为|誉为|号称|堪称|喻为|比作)(?:是)?(?:中国|东方|亚洲|远东|中华)的?[“\"「『'‘]?"
                             r"|(?:中国|东方|亚洲|远东)的[“\"「『'‘])$")

# what the fight or its site is measured against, one item or a list (与A、B等齐名, 和X相比, 与A大捷、B战役等同享盛誉,
# 与C烈士祠、D国殇园等并列): the items between the 与 and the word of comparison are other battles or memorials
COMPARED_ITEMS = re.compile(r"(?:可以与|足以与|可与|能与|[与和同跟])(?P<items>[^，,。；;！!？?\n与和]{2,40}?)等?"
                            r"(?:相比|相较|相提并论|相媲美|媲美|齐名|并称|并列|比肩|同享盛誉|共享盛誉|齐享盛誉|同负盛名|同享盛名)")


def _compared(text: str, s: int, end: int) -> bool:
    """The battle name at text[s:end] is only the measure of another (不亚于X, 与X相比, 与X、Y等齐名, 被称为中国的“X”)."""
    if _EPITHET_BEFORE.search(text, max(0, s - 10), s):
        return True
    if any(m.start("items") <= s and end <= m.end("items")
           for m in COMPARED_ITEMS.finditer(text, max(0, s - 44), min(len(text), end + 48))):
        return True
    return bool(_COMPARED_BEFORE.search(text, max(0, s - 4), s)) or (
        bool(_WITH_BEFORE.search(text, max(0, s - 4), s)) and bool(_COMPARED_AFTER.match(text[end:end + 6])))


# 1938年5月,X会战结束后,日军兵锋直指Y: a battle dated by its end is a time, the text goes on after it (without the
# date, X战斗结束后 closes the account of X told before it)
_ENDED_AFTER = re.compile(r"^(?:胜利)?结束(?:之后|以后|后)")
_DATE_BEFORE = re.compile(r"(?:[0-9]{4}|[〇零一二三四五六七八九]{4})年(?:[0-9一二三四五六七八九十]{1,2}月)?"
                          r"(?:[上中下]旬|[0-9一二三四五六七八九十]{1,3}[日号])?[,，]?$")


# 分为A和B两个阶段: the phases a battle is divided into, named in one list after 分为 and before a count of phases
_DIVIDED_BEFORE = re.compile(r"分为[^。；;，,！!？?\n]{0,30}$")
_PHASES_AFTER = re.compile(r"^[^。；;，,！!？?\n]{0,30}?[两二三四五六七八九几]个(?:阶段|时期|部分|步骤)")


def _phase_of_division(text: str, s: int, end: int) -> bool:
    """The name stands in the list of a battle's phases (江桥抗战…分为江桥第一线战斗和三间房战斗两个阶段): a part
    of the battle the sentence tells, no battle beside it."""
    return bool(_DIVIDED_BEFORE.search(text, max(0, s - 30), s)) and bool(_PHASES_AFTER.match(text[end:end + 34]))


# a battle name alone in brackets right after another (浙东作战(宁绍战役), X会战（Y战役）): its other name
_BRACKETED_AFTER_NAME = re.compile(rf"(?:{_SUF_RE}|役)[(（]$")


# a list of other names of the battle the sentence is about: 又称A, 也称之为A、B、C等, 曾称“A”, 或称A
_ALIAS_LIST = re.compile(r"(?:又称|也称|亦称|曾称|或称|通称|俗称|称之为|(?:日方|日军|日本方面|日本|中方|美方)称(?:该战|该阶段|该役|此役|其|之)?为)(?:之?为)?"
                         r"(?P<names>[“\"「‘]?[\u4e00-\u9fff][\u4e00-\u9fff、“”\"「」‘’]{1,80})")


def _alias_lists(text: str) -> list[tuple[int, int]]:
    """Spans of the lists of other names after 又称/也称/曾称/称之为 … (to the first punctuation other than the list
    comma and quotes): a battle name inside is another name of the battle the sentence is about, neither a battle
    of its own nor a part of it."""
    return [m.span("names") for m in _ALIAS_LIST.finditer(text)] if "称" in text else []


_CLAUSE_START = re.compile(r"(?:^|[。！？!?；;:：\n])\s*$")


# a road or a railway named by its two ends' first characters (郑洛公路, 同蒲铁路): a route, the site of an ambush on it
_ROUTE = re.compile(r"(?<![\u4e00-\u9fff])[\u4e00-\u9fff]{2}(?:公路|铁路|大道)$|(?<=[^\u4e00-\u9fff]|[在了过的与和及取得])"
                    r"[\u4e00-\u9fff]{2}(?:公路|铁路|大道)$")


def _unplaced_stem(text: str, m: re.Match) -> str | None:
    """The name-like stem before a generic battle word (韦岗|战斗) that neither the gazetteer nor the tagger knows as a
    place: 2-4 characters, no everyday word (地面战斗, 山地战斗 are kinds of fighting)."""
    if text[max(0, m.start() - 2):m.start()] in common_words() and not _ROUTE.search(text, max(0, m.start() - 5),
                                                                                    m.start()):
        return None  # 投入战斗, 阵地战斗: an everyday word right before (the cheap test first: most candidates)
    stem = name_before(text, m.start(), m.group(0), need_place=False) or _settled_stem(text, m.start())
    if not stem or not 2 <= len(stem) <= 4 or not re.fullmatch(r"[\u4e00-\u9fff]+", stem) or stem in common_words():
        return None
    if any(c in _PARTICLES for c in stem[1:]):
        return None  # 冲进了|战斗岗位: a verb and its aspect particle before 战斗 used as a modifier, no place's name
    return stem


# aspect and structural particles: inside or at the end of a stem they make it a verb phrase (跑进了, 守着), never a
# place's name (a village may open with one, 了琅尾, so the first character is not tested)
_PARTICLES = frozenset("了着过的")


# where a battle's name stands as a name (not as a clause's verb): after a boundary or a word that takes a name —
# the text's or a line's start, punctuation, 在 (在X战斗中), 了/过 (参加了X战斗), 的 (著名的X战斗), a list word, 是/即/称/为
_NAMING_CUE = re.compile(r"(?:^|[—─。！？!?；;:：，,、\n“”「」『』（(\"]|[在了过的与和及同是即称为]|[0-9][日号])$")
# …and not a verb's: the battle word followed by a place, a time or a complement (X战斗在…, X战斗到天亮, X战斗得英勇)
_VERB_USE_AFTER = re.compile(r"[在于过着到得了向对把被给]")
# the last character of a unit's or a person's word (顽军, 游击队, 民兵, 战士们): a side that fights, no place
_SIDE_TAIL = "军兵队部团师旅连人们匪寇敌贼员长者"
# characters no place's name holds (particles, pronouns, counters) and those that never open one (numerals and words of
# quantity, order and reference); 对, 向, 和, 大 … do open villages' names (对崮峪, 向阳村, 和尚原, 大曹村)
_NEVER_IN_PLACE = set("的了着过是把被这那此该其我敌次个之为称即")
# words that may open a village's name but stand inside one only as a word of the sentence (也称之为X, 在X与Y)
_NEVER_INSIDE_PLACE = set("在与和及向对从由自到至等")
_NEVER_OPENS_PLACE = set("在为从到至等即称各每几两一二三四五六七八九十百千万场第全诸历") | _NEVER_IN_PLACE
# battle words that name a fight at a place; 作战/抗战/事变/攻势/决战 name operations, wars and incidents by other words
_ALONE_SUFFIXES = tuple(x for x in SUFFIXES if x not in ("作战", "抗战", "事变", "攻势", "决战", "一役", "一战", "大战"))
# flags of the tagger's words that may make up a place's name it does not know (personal and place names, morphemes)
_NAME_PIECE_FLAGS = ("nr", "ns", "nz", "nt", "ng", "g", "j")


# a word that says the fight just told is known by the name after it (…与日军激战,史称X阻击战 / 后称X战斗 / 即著名的
# X之战): the characters between it and the battle word are that name, whatever the gazetteer or the tagger make of them
_NAMED_AS_BEFORE = re.compile(r"(?<=[。，,；;：:\s])(?:史称|后称|后世称|后人称之?为|史称为|人们称之?为|即(?:著名|有名)的|这就是(?:著名|有名)的)"
                              r"[“\"「]?$")


def _named_after_cue(text: str, m: re.Match) -> str | None:
    """The 2-6 characters between a naming word after a clause (史称, 后称, 即著名的 …) and a fight's battle word
    (史称官陡门战斗): the text gives them as the name of the fight it told, a place the gazetteer may lack (官陡门) or
    the tagger may cut (史称官|陡门); never a word of quantity, a side or an everyday word (史称这场战斗)."""
    if m.group(0) not in _ALONE_SUFFIXES:
        return None
    end = m.start()
    for n in range(6, 1, -1):
        stem = text[end - n:end] if end >= n else ""
        if stem and re.fullmatch(r"[\u4e00-\u9fff]+", stem) and _NAMED_AS_BEFORE.search(text, max(0, end - n - 9), end - n):
            if stem[-1] in _SIDE_TAIL or stem in _BAD_PREFIX or stem in common_words() or stem[0] in _NOT_INITIAL \
                    or any(c in _NEVER_IN_PLACE for c in stem) or any(w in stem for w in _NOT_IN_NAME):
                return None
            return stem
    return None


def _named_alone(text: str, m: re.Match) -> str | None:
    """The 2-4 characters before a battle word that name the fight although neither the gazetteer nor the tagger knows
    them as a place, said once (孙祖战斗, 鸭合营伏击战, 潭口阻击战): read by the characters' shape, not by the tagger's
    cut, which glues particles to such names (了琅尾, 的町店) or splits them into verbs (弓家|沟). Kept where the name
    stands as a name (_NAMING_CUE before it, no verb's complement after it) and the characters make a place: they end
    like a settlement or a landmark (…营, …崮山, …口), or the tagger reads every piece as a name or a rare morpheme.
    Never a side (顽军战斗), a count or an everyday word (一场, 地面, 近距离), nor a person's full name (张自忠)."""
    if m.group(0) not in _ALONE_SUFFIXES or _VERB_USE_AFTER.match(text, m.end()) or _VERB_AFTER.match(text[m.end():m.end() + 4]):
        return None
    end = m.start()
    for n in (4, 3, 2):
        stem = text[max(0, end - n):end]
        if len(stem) == n and _NAMING_CUE.search(text, max(0, end - n - 2), end - n) and (_place_like(stem)
                                                                                           or _day_name(stem)):
            return stem
    return None


def _day_name(stem: str) -> bool:
    """Digits alone that read as a month and a day (五五 5/5, 三一八 3/18, 七二一 7/21): a fight named by its day, as
    veterans' units named theirs (七二一战斗); a count (三十, 两次) has 十, 两 or a measure word and is no such name."""
    return bool(re.fullmatch(r"[〇一二三四五六七八九]{2,4}", stem)) and bool(name_days(stem))


def _place_like(stem: str) -> bool:
    """Characters that may be a place's name the gazetteer lacks (see _named_alone)."""
    from kangzhan.extract.mentions.lexdata import cn_surnames
    if not re.fullmatch(r"[\u4e00-\u9fff]{2,4}", stem) or stem[-1] in _SIDE_TAIL or stem in _BAD_PREFIX \
            or any(c in _NEVER_IN_PLACE for c in stem) or any(w in stem for w in _NOT_IN_NAME):
        return False
    words = common_words()
    if stem in words and not _toponym(stem):
        return False  # 地面, 夜间, 投入: an everyday word
    if (_settlement(stem) or len(stem) >= 3 and stem[-1] in _RIVER_TAIL) and stem[0] not in _NEVER_OPENS_PLACE \
            and not any(c in _NEVER_INSIDE_PLACE for c in stem[1:]):
        return True  # 鸭合营, 对崮顶, 向阳村, 清水河: the shape of a village's, a landmark's or a river's name
    if stem[0] in _NOT_INITIAL or any(c in _FUNCTION_CHARS for c in stem):
        return False
    if len(stem) == 2 and stem[-1] in SETTLEMENT_TAIL:
        return True  # 潭口, 陆房: a two-character place by its last character
    if len(stem) >= 3 and stem[-1] == "站":
        return stem not in words and _place_like(stem[:-1])  # 李家站, 黄村站: a railway station named after its place
    toks = _tokens(stem)
    if len(toks) == 1 and toks[0][1].startswith("nr") and len(stem) == 3 and stem[0] in cn_surnames():
        return False  # 张自忠: a person's full name
    return all(f.startswith(_NAME_PIECE_FLAGS) or len(w) == 1 and w not in words for w, f in toks)


_SETTLEMENT_WORD = "村镇庄集寨堡屯"
_RIVER_TAIL = "河江溪"  # fights at a crossing or a river line are named after the river (X河战斗)
_SETTLEMENT_CHARS = frozenset(_SETTLEMENT_WORD)  # a set: '' (the text's end) is in no set, as it is in every str


def _settled_stem(text: str, end: int) -> str | None:
    """The 2-4 characters before a battle word that the text writes elsewhere as a settlement's name (杨家横|战斗
    beside 杨家横村): the tagger cuts such a name into a family name and a verb (杨家|横), so no prefix is read,
    but the village the text names is the fight's place. Longest first; never opening with a function word."""
    for n in (4, 3, 2):
        cand = text[max(0, end - n):end]
        if len(cand) == n and re.fullmatch(r"[\u4e00-\u9fff]+", cand) and cand[0] not in _NOT_INITIAL \
                and cand not in common_words() and _settled(text, cand):
            return cand
    return None


def _settled(text: str, stem: str) -> bool:
    """re.search(re.escape(stem) + "[村镇…]", text) is not None, with str.find (no pattern compiled per stem):
    the text writes the stem right before a settlement word somewhere."""
    n = len(stem)
    i = text.find(stem)
    while i != -1:
        if text[i + n:i + n + 1] in _SETTLEMENT_CHARS:
            return True
        i = text.find(stem, i + 1)
    return False


def _recurring(text: str, found: list[tuple[re.Match, str]]) -> bool:
    """An unplaced X战斗 the text names again and again, once at least as a sentence's subject (X战斗由…指挥。X战斗是…):
    the name of the fight the text is about; said once, the stem may be any word. Said once, it is kept too when
    the text writes the stem elsewhere as a settlement's name (X村, X镇): the stem is the place the fight is named
    after, which neither the gazetteer nor the tagger knows (杨家横战斗 beside 杨家横村); or as the place the
    enemy held or the troops went to (盘踞X的日军, 赶到X, 在X筑炮楼): a place the text tells of, no everyday word."""
    if len(found) >= 2 and any(_CLAUSE_START.search(text, max(0, m.start() - len(stem) - 3), m.start() - len(stem))
                               for m, stem in found):
        return True
    if any(_FOUGHT_AS_NAMED.match(text, m.end()) for m, _ in found):
        return True
    if any(text.endswith(_WON_BEFORE, 0, m.start() - len(stem)) and _WON_AFTER.match(text, m.end()) for m, stem in found):
        return True  # 取得X伏击战的胜利: only a fight is won
    return _settled(text, found[0][1]) or _placed(text, found[0][1])


# what only a fight of that name does, right after it: it breaks out (打响), is won (取得胜利), men fall in it (中牺牲),
# a memorial bears its name (纪念馆), a book is built on it (为主线): one mention names the fight
_FOUGHT_AS_NAMED = re.compile(r"(?:打响|取得了?(?:重大|巨大|辉煌|决定性)?(?:的)?(?:胜利|大捷)|中(?:英勇|壮烈)?(?:牺牲|阵亡|殉国|负伤)"
                              r"|为主线|(?:纪念馆|纪念碑|纪念园|纪念亭|遗址|烈士陵园))")


# a fight won, named between the verb and its victory (取得X伏击战的胜利, 赢得X战斗的大捷)
_WON_BEFORE = ("取得", "取得了", "赢得", "赢得了", "夺取", "夺取了")
_WON_AFTER = re.compile(r"的(?:重大|巨大|辉煌|完全|决定性的?)?(?:胜利|大捷)")


# a verb or preposition that takes a place: 盘踞X, 攻打X, 赶到X, 在X (the stem then is a place's name)
_PLACE_TAKER = ("盘踞", "据守", "驻守", "进驻", "驻扎", "驻", "攻打", "进攻", "攻占", "占领", "攻克", "收复", "包围", "围攻",
                "逼近", "进逼", "袭击", "赶到", "赶赴", "开到", "到达", "抵达", "进至", "撤至", "退守", "直扑", "扑向", "在", "到", "向", "至")
_PLACE_TAKER_RE = "|".join(sorted(_PLACE_TAKER, key=len, reverse=True))


_PLACED_TAIL = re.compile(rf"(?!{_SUF_RE})(?:[的,，。；;、:：\s]|$|[筑修驻据城镇]|一带|附近|地区|周围|以[东南西北])")


def _placed(text: str, stem: str) -> bool:
    """The stem written elsewhere, not before a battle word, right after a verb or preposition that takes a place
    (盘踞X的日伪军, 赶到X, 在X筑炮楼) and followed by no further name character of a longer word.
    = re.search(rf"(?:{_PLACE_TAKER_RE}){re.escape(stem)}{_PLACED_TAIL.pattern}", text), found from the stem's
    occurrences (str.find, overlapping ones too) without a pattern compiled per stem."""
    n = len(stem)
    i = text.find(stem)
    while i != -1:
        if text.endswith(_PLACE_TAKER, 0, i) and _PLACED_TAIL.match(text, i + n):
            return True
        i = text.find(stem, i + 1)
    return False


# a list of places that shares one battle word after 等: 邯长、白晋、武沙等战役; 神头岭、响堂铺等战役战斗
_SHARED_LIST = re.compile(rf"((?:[\u4e00-\u9fff]{{2,8}}、)+[\u4e00-\u9fff]{{2,6}})等((?:{_SUF_RE})+)")
_SHARED_AT = re.compile(f"等(?:{_SUF_RE})")  # in every match: a text without one has none (scanned for 等 in C)
# a site word after the shared battle word: A、B等抗战旧址, A、B等战役遗址, 纪念馆 — the places a tour visited, no fights
_VISITED_SITE_AFTER = re.compile(r"(?:的)?(?:旧址|遗址|故址|纪念|博物|陈列|史迹|胜地|圣地|景区|景点|遗迹|名城|城市|老区)")


def _shared_suffix_lists(text: str) -> list[Mention]:
    """Each place of a list that shares a battle word (A、B、C等战役) names a battle of its own: A战役, B战役, C战役.
    A career or a summary lists the battles so, and the suffix belongs to every conjunct. Of a doubled word
    (等战役战斗: "the campaigns and fights") the last names them. The first conjunct is cut after the verb
    that introduces the list (参加A → A); every conjunct must be a clean name (no function word, no side or
    army word), and one at least a place-like name as a battle name's prefix (name_before), else the list
    is no list of battles."""
    out: list[Mention] = []
    for m in _SHARED_LIST.finditer(text) if _SHARED_AT.search(text) else ():
        suffix = re.findall(_SUF_RE, m.group(2))[-1]
        if _VISITED_SITE_AFTER.match(text, m.end()):
            continue  # 参观了A、B等抗战旧址: sites of the war, no battle at each
        items = m.group(1).split("、")
        first = _first_conjunct(text, m.start(1) + len(items[0]), suffix)
        if not first:
            continue
        names = [first, *items[1:]]
        if not all(_clean_conjunct(n) for n in names) or not any(name_before(n, len(n), suffix) == n for n in names):
            continue
        pos = m.start(1) + len(items[0]) - len(first)
        past = bool(_RECORD_BEFORE.search(text, max(0, pos - 8), pos))
        for name in names:
            end = pos + len(name)
            out.append(Mention("battle", pos, end, name, {
                "name": name + suffix, "heading": False, "past": past, "closer": False, "alias": False,
                "timed": False, "told": False, "shared": True}))
            pos = end + 1
    return out


# a leader takes his unit on a raid: 率部夜袭X, 率领…团奇袭日军X机场 (the verb names the fight, X its place)
_RAID = re.compile(r"(?:率部|率领?[^，,。；;]{0,20}?[师旅团营连部])[^，,。；;]{0,4}?(?P<verb>夜袭|奇袭|突袭|袭击|伏击)了?"
                   r"(?:日军|日寇|敌军|敌人|敌)?(?=[\u4e00-\u9fff]{2})")


def _raids(text: str) -> list[Mention]:
    """A raid a leader made with his unit, told by its action and its target (率部夜袭X机场): a fight of its own
    that histories name after the place, X战斗 (coined: the text names no battle), with the action phrase
    (夜袭X) and X之战 as its other names. segment() keeps it only where no named battle's account holds it."""
    out = []
    for m in _RAID.finditer(text):
        place = next((text[m.end():m.end() + n] for n in range(6, 1, -1)
                      if _toponym(text[m.end():m.end() + n]) or _settlement(text[m.end():m.end() + n])), None)
        if not place:
            continue
        end = m.end() + len(place)
        action = m.group("verb") + place
        out.append(_read_battle(m.start("verb"), end, text[m.start("verb"):end], place + "战斗",
                                raid=True, coined=True, alts=sorted({action, place + "之战"})))
    return out


# 在X打一场伏击战, 决定在X进行一次歼灭战: the fight told, announced by its place and its kind (X伏击战)
_FIGHT_AT = re.compile(r"在(?P<place>[\u4e00-\u9fff]{2,6}?)(?:附近|一带|地区)?(?:再|又)?(?:打|进行|组织|展开|发起|实施)了?"
                       r"(?:一|这)[场次个](?P<kind>伏击战|歼灭战|阻击战|遭遇战|攻坚战|夜袭战|围歼战|反击战|伏击|夜袭)")


def _fights_at(text: str) -> list[Mention]:
    """A fight announced by its place and its kind (刘伯承决定在七亘村打一场伏击战): the account that follows tells it,
    and histories name it so, X伏击战 (coined: the text writes the parts apart); X战斗 and X之战 are its other names.
    The place must be a known place or read as a settlement (a village, a pass, a hill)."""
    out = []
    for m in _FIGHT_AT.finditer(text):
        place = m.group("place")
        if not (_toponym(place) or _settlement(place) or _village(place)):
            continue
        kind = m.group("kind") if m.group("kind").endswith("战") else m.group("kind") + "战"
        out.append(_read_battle(m.start("place"), m.end(), m.group(0)[1:], place + kind,
                                coined=True, alts=sorted({place + "战斗", place + "之战"} - {place + kind})))
    return out


# the fighting of a region, as the press and commentators of the war named it (湖北西部的战事, 沿海一带的战事, 某县
#方面的战事): the region written before 的战事 (a clause's subject) names the fight; the sentence must tell its
# fighting (fierce, losses, a count), else it is talk of the war in general (华北的战事如何, 不得而知)
_REGION_FIGHT = re.compile(r"(?P<region>[\u4e00-\u9fff]{2,10}?)的(?:这场|这次)?(?P<word>战事)")
_TIME_HEAD = re.compile(r"^(?:最近|近来|近日|日来|连日|这几天|本周|上周|本月|上月)?(?:一[周星期]|[一两几数][日天周]|[一二三四五六七八九十]+日来)?"
                        r"(?:来|以来|间|中)?(?:的)?")
_AREA_TAIL = re.compile(r"(?:一带|附近|方面|地区|境内|沿线|前线)$")
_DIRECTION_TAIL = re.compile(r"[东南西北中]部|[东南西北]{1,2}部?")
_ALONG = re.compile(r"沿[江河海湖线]")  # 沿河一带: the land along the river, a region of its own
_FOUGHT_HARD = re.compile(r"激烈|惨烈|惨重|紧张|吃紧|剧烈|猛烈|牺牲|伤亡|死亡|阵亡|毙|歼|击退|溃|[0-9一二三四五六七八九十百千万]+[余多]?人")
# a city's fall, told with what it cost (X虽经陷落,而敌之伤亡亦重): the fight for the city
_FELL = re.compile(r"(?P<place>[\u4e00-\u9fff]{2,4}?)(?:虽经|虽已|虽然|已经|终于|相继|旋即|终)?(?:陷落|失守|沦陷)")


_END_OF_SENTENCE = re.compile(r"[。！？!?\n]")


def _sentence_end(text: str, pos: int) -> int:
    """Where the sentence at pos ends (looked for within 300 characters: a sentence is shorter)."""
    e = _END_OF_SENTENCE.search(text, pos, pos + 300)
    return e.start() if e else min(len(text), pos + 300)


def _region_of(phrase: str) -> tuple[str, str] | None:
    """(the region with its area word, the region without it) of a phrase before 的战事: a known place, the part of
    a known place (湖北西部), or the land along a river or a coast (沿海一带); None for anything else."""
    body = phrase[_TIME_HEAD.match(phrase).end():]
    area = _AREA_TAIL.search(body)
    core = body[:area.start()] if area else body
    if not 2 <= len(core) <= 8:
        return None
    for cut in range(len(core), 1, -1):  # 山西|西南部, 湖北|西部: a place, then its part
        place, part = core[:cut], core[cut:]
        if part and not _DIRECTION_TAIL.fullmatch(part):
            continue
        if _toponym(place) or _ALONG.fullmatch(place):
            return body, core
    return None


def _region_fights(text: str) -> list[Mention]:
    """Fights the text names by their region and 战事 (湖北西部的战事,极为激烈): coined X战事 (the written form and
    X之战 its other names); and, before such a fight, a city whose fall the sentence before told (X虽经陷落) gives
    its name too (X之战, X战役): the river fighting of which the city's fall was part. A city's fall told with its
    losses and no region's fight after it is the fight for the city (X战斗)."""
    out = []
    falls: list[tuple[int, int, str]] = []
    for m in _FELL.finditer(text):
        open_ = max(text.rfind(c, max(0, m.start() - 8), m.start()) for c in "。！？!?；;，,\n")
        place = text[open_ + 1:m.end("place")].strip()
        if len(place) > 4 or not (_toponym(place) or _settlement(place)):
            continue
        falls.append((m.start("place"), _sentence_end(text, m.end()), place))
    used: set[int] = set()
    for m in _REGION_FIGHT.finditer(text):
        open_ = max(text.rfind(c, max(0, m.start("region") - 1), m.start("region") + len(m.group("region"))) for c in "。！？!?；;，,：:\n「“\"")
        phrase = text[open_ + 1:m.start("word") - 1] if open_ >= 0 else m.group("region")
        phrase = phrase[phrase.rfind("的") + 1:] if "的" in phrase else phrase
        if phrase != text[m.end("region") - len(phrase):m.end("region")]:
            continue
        reg = _region_of(phrase)
        end = _sentence_end(text, m.end())
        if reg is None or not _FOUGHT_HARD.search(text, m.end(), end):
            continue
        body, core = reg
        start = m.end("region") - len(body)
        alts = {core + "战事", body + "的战事", core + "之战"}
        fall = next((f for f in falls if f[1] <= start and not text[f[1] + 1:start].strip("。 \n")), None)
        if fall:  # 甲城虽经陷落…。沿河一带的战事…: the fall was of that fighting
            used.add(fall[0])
            alts |= {fall[2] + "之战", fall[2] + "战役"}
        out.append(_read_battle(start, m.end(), text[start:m.end()], core + "战事", coined=True,
                                alts=sorted(alts - {core + "战事"})))
    for s, end, place in falls:
        if s in used or not _FOUGHT_HARD.search(text, s, end):
            continue
        out.append(_read_battle(s, s + len(place), place, place + "战斗", coined=True,
                                alts=sorted({place + "之战", place + "战役", place + "保卫战"})))
    return out


# forcing a river under fire is a fight histories name by the act (强渡大渡河, 抢渡嘉陵江): the verb and the river
_CROSSING = re.compile(r"(?:强渡|抢渡)(?P<river>[\u4e00-\u9fff]{1,4}?[河江浜溪])")
_WHOLE_OF = re.compile(rf"(?:{_SUF_RE}|役)之$")


def _crossings(text: str) -> list[Mention]:
    """Forced river crossings told as the fight (强渡X河): kept, at each naming, where the text names the crossing
    as a campaign's part (X会战之强渡Y河, an editor's heading); a crossing told inside a campaign's account (两路
    强渡X河) is a movement of it, no fight of its own. Other names: Y河战斗, Y河渡河战."""
    found: dict[str, list[re.Match]] = {}
    for m in _CROSSING.finditer(text):
        found.setdefault(m.group("river"), []).append(m)
    out = []
    for river, ms in found.items():
        if not any(_WHOLE_OF.search(text[max(0, m.start() - 8):m.start()]) for m in ms):
            continue
        for m in ms:
            out.append(_read_battle(m.start(), m.end(), m.group(0), "强渡" + river,
                                    coined=True, alts=[river + "战斗", river + "渡河战"]))
    return out

# a fight named by its act and its place, no battle word (夜袭阳明堡, 奇袭延陵镇, 血战后杜桥, 陆房突围): where such a phrase
# stands as a name — a heading line, after a word that takes a name (参加了, 著名的, 史称 …), inside 在…中, or opening a
# sentence that says what it was (…是, …打响) — it is the name histories give the fight
# (首战X: the first fight of a force at X, a biography's name of it; 攻克X/攻占X: a town stormed, named so in a record of
# fights — with the cue and the end below, never the verb of a clause)
_ACT_BEFORE = re.compile(r"(?P<act>夜袭|奇袭|突袭|袭击|血战|激战|智取|强攻|火烧|首战|攻克|攻占)(?P<rest>[\u4e00-\u9fff]{2,9})")
_ACT_AFTER = re.compile(r"(?P<rest>[\u4e00-\u9fff]{2,6})(?P<act>突围|反攻)(?!战)")
_BREAKOUT = re.compile("突围|反攻")  # _ACT_AFTER's act, 2-6 characters after its start: its anchor (a Han class opens it)
# the act after its place (X突围, X反攻) stands as a noun, the name of the fight, after a word that takes a noun: a
# determiner (这次, 那场), 的 (当年的X突围), 是 (最难忘的是X突围), 了/过 (经历过X突围) — unless the clause before it
# holds a preposition of place or direction (向东面的X突围, 从村后的X突围): then the act is the verb, the place its goal
_ACT_NOUN_BEFORE = re.compile(r"(?:[这那此该一][次场]|[的是了过])$")
_ACT_VERB_CLAUSE = re.compile(r"[向往朝从由自在于]")
_FIGHT_ACTS = ("血战", "激战", "首战")
# what follows 首战 when it tells the outcome of a first fight, no place (首战告捷, 首战大捷, 首战失利, 首战即胜)
_FIRST_FIGHT_OUTCOME = frozenset("告大即失就便取获胜打不受遭")
_FACILITY = ("飞机场", "火车站", "机场", "车站", "据点", "码头", "兵营", "炮楼", "仓库", "县城")
# … or after a leader's 率部 (张某率部血战X, 率所部夜袭Y): the fight his troops fought there, told as one act
_NAME_TAKER_BEFORE = re.compile(r"(?:^|\n|[。！？!?；;]\s*|(?:参加|指挥|经历|亲历|发起|组织|进行|取得)了?|(?:著名|有名|闻名)的|史称|称为|即|[“「]"
                                r"|(?:亲率|率领?)(?:所部|本部|部队|全军|部))$")
_NAME_END_AFTER = re.compile(r"(?:\s*$|\s*\n|[”」]|[，,。；;]|是|打响|中[，,。]|一战|之战|等?战斗|的(?:胜利|经过|战果|战斗))")
# …or an item of a list of named fights (参加了血战X、Y战役、Z战役): the next item, or the one before, ends with its own
# battle word, so the act's phrase stands as a name beside names
_LISTED_NEXT = re.compile(rf"、[\u4e00-\u9fff·]{{2,10}}?(?:{_SUF_RE})")
_LISTED_BEFORE = re.compile(rf"(?:{_SUF_RE})、$")


def _act_names(text: str) -> list[Mention]:
    """Fights named by the act and the place (see _ACT_BEFORE): the place a known place, shaped like a settlement
    or a landmark, or a place with its airfield or station (阳明堡机场); its other names X战斗 and X之战."""
    out = []
    for act_first in (True, False):
        # = _ACT_BEFORE.finditer(text), then _ACT_AFTER.finditer(text)
        found = _ACT_BEFORE.finditer(text) if act_first else near_anchor_finditer(_ACT_AFTER, text, _BREAKOUT, 6)
        for m in found:
            rest = m.group("rest")
            place = _act_place(rest, act_first)
            if not place and act_first and m.group("act") == "首战":  # 首战X: the act says X is a place
                place = next((rest[:n] for n in (3, 2) if _clean_place(rest[:n]) and rest[:n] not in common_words()
                              and rest[0] not in _FIRST_FIGHT_OUTCOME
                              and _NAME_END_AFTER.match(text, m.start("rest") + n)), None)
            if not place:
                continue
            if not act_first:  # the longest place a word that takes a name stands right before (发起|小河口反攻)
                place = next((p for p in _places_before_act(rest) if _act_cued(text, m.end("rest") - len(p))), place)
            s, e = (m.start(), m.start("rest") + len(place)) if act_first else (m.end("rest") - len(place), m.end())
            s0 = s
            cue = _NAME_TAKER_BEFORE.search(text, max(0, s - 6), s) or not act_first and _act_noun(text, s)
            in_zai = text[s - 1:s] == "在" and text[e:e + 1] == "中"
            listed = bool(_LISTED_NEXT.match(text, e) or _LISTED_BEFORE.search(text, max(0, s - 6), s))
            if not (cue or in_zai or listed) or not (in_zai or listed or _NAME_END_AFTER.match(text, e)):
                continue
            if act_first and m.group("act") in _FIGHT_ACTS and (s == 0 or text[s - 1] == "\n"):
                continue  # a title line 血战X: the titled fights decide (an account under it, or a named battle's)
            site = place
            for f in _FACILITY:
                if site.endswith(f) and len(site) > len(f) + 1:
                    site = site[:-len(f)]
                    break
            phrase = text[s0:e]
            # a raid or a breakout goes by its act (夜袭阳明堡, 陆房突围); a bloody fight by its place (血战X: X战斗)
            name = site + "战斗" if act_first and m.group("act") in _FIGHT_ACTS else phrase
            out.append(_read_battle(s0, e, phrase, name, act=True,
                                    alts=sorted({phrase, site + "战斗", site + "之战"} - {name})))
    return out


# a breakout told as a clause from the place it broke out of (决定从甲村突围, 在乙镇向东突围): the act says the force
# was surrounded there and fought its way out, the fight at that place, which histories name by the act (甲村突围)
# whether or not the text does; a breakout toward a place (向甲村突围) names where it went, no fight there
_BROKE_OUT_FROM = re.compile(r"[从在于由自](?P<place>[\u4e00-\u9fff]{2,6}?)(?:[向往朝][东南西北]{1,2}(?:方向|面)?)?"
                             r"(?:强行|秘密|连夜|趁夜|乘夜|分路|胜利|成功)?突围(?!战)")


def _breakouts_from(text: str) -> list[Mention]:
    """Breakouts from a place (see _BROKE_OUT_FROM): X突围, coined, with X突围战, X战斗 and X之战 as other names; X a
    known place or shaped like a settlement, a landmark or a two-character place (never 小路, 西北角: a way or a
    side, no place)."""
    out: list[Mention] = []
    if "突围" not in text:
        return out
    for m in _BROKE_OUT_FROM.finditer(text):
        place = m.group("place")
        if not (_clean_place(place) and (_toponym(place) or _settlement(place) or _village(place))
                or len(place) == 2 and (_place_like(place) or _settled(text, place))):
            continue  # (从留田向南突围 beside 留田村: the text writes it as a village's name elsewhere)
        name = place + "突围"
        out.append(_read_battle(m.start("place"), m.end(), text[m.start("place"):m.end()], name, coined=True, act=True,
                                alts=[place + "之战", place + "战斗", place + "突围战"]))
    return out


# a town retaken, as a chronicle or a heading names the event (收复X, 克复X县城, 攻克X): the fight for X by that name
_RETAKEN_WRITTEN = re.compile(r"(?P<verb>收复|克复|光复|攻克)了?")


def retaken_names(text: str, name: str) -> set[str]:
    """The names the text gives the taking of a coined fight's site (X战斗, X会战 …): each 收复X / 攻克X县城 as written
    (without 了), the site's town or county words after it kept (收复X县城)."""
    stem = re.sub(r"(?:战斗|之战|会战|战役|作战)$", "", name)
    if len(stem) < 2 or stem == name:
        return set()
    out = set()
    for m in _RETAKEN_WRITTEN.finditer(text):
        if text.startswith(stem, m.end()):
            tail = re.match(r"(?:县城|县|城)?", text[m.end() + len(stem):m.end() + len(stem) + 2]).group(0)
            out.add(m.group("verb") + stem + tail)
    return out


def _act_cued(text: str, s: int) -> bool:
    """A word that takes a name, or one that takes a noun, right before s (see _NAME_TAKER_BEFORE, _act_noun)."""
    return bool(_NAME_TAKER_BEFORE.search(text, max(0, s - 6), s)) or _act_noun(text, s)


def _act_noun(text: str, s: int) -> bool:
    """The act after a place, starting at s, stands as a noun (see _ACT_NOUN_BEFORE): a word that takes a noun right
    before the place, no preposition of place or direction between the clause's start and it."""
    if not _ACT_NOUN_BEFORE.search(text, max(0, s - 2), s):
        return False
    clause = max(text.rfind(c, max(0, s - 30), s) for c in "。！？!?；;，,\n")
    return not _ACT_VERB_CLAUSE.search(text, clause + 1, s)


def _act_place(rest: str, act_first: bool) -> str | None:
    """The place an act's phrase names: after the act, the longest known or settlement-shaped place with its facility;
    before 突围, the place that ends right there."""
    if act_first:
        for n in range(min(9, len(rest)), 1, -1):
            cand = rest[:n]
            site = next((cand[:-len(f)] for f in _FACILITY if cand.endswith(f) and len(cand) > len(f) + 1), cand)
            if _clean_place(site) and (_toponym(site) or _settlement(site) or _village(site)):
                return cand
        return None
    return next(_places_before_act(rest), None)


def _places_before_act(rest: str) -> Iterator[str]:
    """The places that end right before 突围/反攻, longest first (军发起|小河口: the longest may hold a verb)."""
    for n in range(min(6, len(rest)), 1, -1):
        cand = rest[-n:]
        if n >= 4 and common_words().get(cand[:2], (0, ""))[1].startswith("v") and not _toponym(cand):
            continue  # 回忆|石门寨突围 (a title), 发起|小河口反攻: a verb opens no place's name
        if _clean_place(cand) and (_toponym(cand) or _settlement(cand) or _village(cand)) or n == 2 and _place_like(cand):
            yield cand


def _clean_place(cand: str) -> bool:
    """Characters that may make one place's name: none a particle or pronoun, none a preposition inside, none a numeral
    or a word of reference first (see _NEVER_IN_PLACE)."""
    return cand[0] not in _NEVER_OPENS_PLACE and not any(c in _NEVER_IN_PLACE for c in cand) \
        and not any(c in _NEVER_INSIDE_PLACE for c in cand[1:])


# a campaign against an enemy offensive named without quotes, with the region it was fought in (沂蒙山反扫荡战役,
# 晋察冀边区反围攻战, 冀中反扫荡作战); the quoted form is read by _counter_operation
_COUNTER_NAMED = re.compile(r"反(?P<op>(?:[一二三四五六七八九十两]{1,3}[路次面])?(?:大扫荡|围攻|扫荡|清乡|蚕食|合围|围剿|讨伐))"
                            r"(?P<word>战役|作战|战斗|战)")


_WAR_AT = re.compile("战争")
_WAR_AS_TIME = re.compile(r"年代|时期|期间|时代|岁月|年月")
# the divisions a county-level head names (a county, a city): a fight named county + X is fought at X inside it
_LOCAL_HEAD_KINDS = ("county", "city")


def _local_head(word: str) -> bool:
    from kangzhan.extract.lexicons import admin
    div = admin().get(word)
    return div is not None and div.kind in _LOCAL_HEAD_KINDS and not div.common  # 东方, 和平: everyday words


def _local_place(prefix: str) -> bool:
    """The prefix names a place below a province: a village's, a town's or a landmark's shape (X村, X岭, X岩), a
    county, or a county's name and two or three characters after it (its village: 某县某村 written without 县/村)."""
    from kangzhan.extract.lexicons import admin, regions
    if regions().get(prefix) in ("country", "region") or getattr(admin().get(prefix), "kind", "") == "province":
        return False  # 朝鲜战争, 苏北: a country's or a region's war
    if _settlement(prefix) or _village(prefix) or _local_head(prefix):
        return True
    for n in (3, 2):
        rest = prefix[n:]
        if _local_head(prefix[:n]) and 2 <= len(rest) <= 3 \
                and not any(c in _NEVER_IN_PLACE or c in _NEVER_INSIDE_PLACE for c in rest):
            return True
    return False


def _local_wars(text: str, listed_aliases: list[tuple[int, int]]) -> list[Mention]:
    """X战争 where X is a place below a province (a village, a landmark, a county and its village): one fight, as a
    family story or a veteran's memoir calls each fight a 战争 (大小二十余场战争…Y村战争); a war is named after
    countries, eras or causes (抗日战争, 甲午战争, 朝鲜战争), never after a village or a crag."""
    out: list[Mention] = []
    if "战争" not in text:
        return out
    for m in _WAR_AT.finditer(text):
        if _WAR_AS_TIME.match(text, m.end()):
            continue  # X战争年代, X战争期间: the war as a time, no fight named
        prefix = name_before(text, m.start(), "战斗")
        if not prefix or prefix + "战争" in common_words() or not re.fullmatch(r"[\u4e00-\u9fff]{2,8}", prefix) \
                or prefix in common_words() and not _toponym(prefix) or not _local_place(prefix):
            continue  # 山村, 农村, 小镇: a kind of place, no place's name
        named = _named_mention(text, m, prefix, listed_aliases)
        if named:
            out.append(named)
    return out


def _counter_named(text: str) -> list[Mention]:
    """Campaigns against an enemy offensive, named by the region and the offensive without quotes (see _COUNTER_NAMED):
    the region a known place or region (晋察冀边区, 沂蒙山); without one the phrase names no single campaign."""
    out = []
    for m in _COUNTER_NAMED.finditer(text):
        before = text[max(0, m.start() - 8):m.start()]
        region = _toponym_suffix(before) or next((before[-n:] for n in (5, 4, 3) if len(before) >= n
                                                  and before[-n:].endswith(("边区", "山区", "地区"))
                                                  and _toponym_suffix(before[-n:-2])), None) \
            or next((before[-n:] for n in (4, 3) if len(before) >= n and _settlement(before[-n:])
                     and before[-n] not in _NEVER_OPENS_PLACE), None)
        if not region:
            continue
        s = m.start() - len(region)
        name = text[s:m.end()]
        out.append(_read_battle(s, m.end(), name, name))
    return out


# an ordinal counter-sweep told as its clause's subject and placed by the clause (第二次反扫荡战斗是某年在甲村、乙村等地
# 展开的 / 第三次反扫荡主要在丙镇一带展开): each ordinal is one campaign of its own, however many the text tells
_ORDINAL_COUNTER = re.compile(r"(?P<name>第[一二三四五六七八九十]{1,3}次反[“\"「]?"
                              r"(?:大扫荡|扫荡|清乡|蚕食|围攻|清剿|围剿)[”\"」]?)(?P<word>战斗|战役|作战|斗争)?")
_SUBJECT_OPEN = "。！？!?；;\n，,"  # what may stand before the subject (spaces aside): a clause's or a line's end
# …or a verb of conducting or joining whose object it is (军民展开第二次反扫荡,在甲村一带…): the clause after it places it
_CONDUCTED_BEFORE = re.compile(r"(?:展开|开展|进行|发起|投入|参加|参与|经历|坚持|开始)了?$")
# …then, in its own sentence, where it was fought: 在/于 a place and a verb of unfolding or a word of area
_COUNTER_PLACED = re.compile(r"[^。！？!?；;\n]{0,16}?(?:在|于)[^。！？!?；;\n]{1,30}?(?:展开|进行|打响|发生|开始|一带|等地|地区|附近)")


def _ordinal_counters(text: str) -> list[Mention]:
    """Ordinal counter-sweeps told as their clause's subject and placed (see _ORDINAL_COUNTER): named as the text
    writes them (第二次反扫荡), with the battle word the text gives as another name; a campaign named in passing
    (他参加了第二次反扫荡) is no subject and names none."""
    out = []
    for m in _ORDINAL_COUNTER.finditer(text):
        before = text[max(0, m.start() - 4):m.start()].rstrip(" \t\u3000")
        if before and before[-1] not in _SUBJECT_OPEN and not _CONDUCTED_BEFORE.search(before) \
                or not _COUNTER_PLACED.match(text, m.end()):
            continue
        name = m.group("name").replace("“", "").replace("”", "").replace("「", "").replace("」", "").replace('"', "")
        alts = {m.group("name") + (m.group("word") or ""), name + "战斗"} - {name}
        out.append(_read_battle(m.start(), m.end(), m.group(0), name, coined=True, alts=sorted(alts)))
    return out


# a place held for a counted span of days and nights (率部坚守甲镇四昼夜, 死守乙村三天三夜): a defence fought there, a
# fight at the place whatever the text calls it; a post held for years (坚守岗位三十年) is no place and no fight
_HELD_FOR = re.compile(r"(?:坚守|固守|死守|扼守|苦守)了?(?P<rest>[\u4e00-\u9fff]{2,9}?)(?:阵地|一线)?(?:达|长达|整整|了)?"
                       r"(?:[0-9]{1,3}|[一二三四五六七八九十两]{1,3})个?(?:昼夜|日夜|天|日|夜|小时)")


def _held_for(text: str) -> list[Mention]:
    """Defences told by the place held and how long (see _HELD_FOR): X战斗, its other name X之战; the place a known
    place or shaped like a settlement or a landmark (as _act_names reads it)."""
    out = []
    for m in _HELD_FOR.finditer(text):
        place = _act_place(m.group("rest"), True)
        if not place or place != m.group("rest"):
            continue  # 坚守甲镇东门四天: the place must be all that was held
        s = m.start("rest")
        out.append(_read_battle(s, s + len(place), place, place + "战斗", coined=True, alts=[place + "之战"]))
    return out


# a table's cell or a list's line that opens with a place and its tally of enemies killed (青石岭击毙日军2 000余人
# under 战绩, "甲镇 歼敌二百余名"): the record of a victory at that place; prose puts 在 or a subject before the place
_TALLIED = re.compile(r"(?:^|(?<=[ \t\u3000|│]))(?P<place>[\u4e00-\u9fff]{2,6}?)[ \t\u3000]?(?:击毙|毙伤|歼灭|歼敌|毙敌|消灭)"
                      r"(?:日军|日寇|日伪军?|敌军?|伪军)?(?:[0-9][0-9 ,，]{0,6}|[一二三四五六七八九十百千万两]{1,6})余?(?:人|名)", re.M)


_FAMILY_NUMERALS = "万千百"


def _tallied(text: str) -> list[Mention]:
    """Victories a table or a list records as a place and its tally (see _TALLIED): X战斗, its other names X之战 and
    X大捷 (a tally of the enemy killed records a victory); the place a known place or shaped like one."""
    out = []
    for m in _TALLIED.finditer(text):
        place = m.group("place")
        if not (_clean_place(place) or place[0] in _FAMILY_NUMERALS and not any(c in _NEVER_IN_PLACE for c in place)) \
                or not (_toponym(place) or _settlement(place) or _village(place)):
            continue  # 万家庄, 千佛山: a numeral that opens a place's name as its family name or its word
        out.append(_read_battle(m.start("place"), m.end("place"), place, place + "战斗", coined=True,
                                alts=[place + "之战", place + "大捷"]))
    return out


# a line that announces the fighting at a place and ends in a colon (…入驻甲县之后的频繁战斗: / 乙镇一带的战斗如下:), the
# list under it dated entry by entry: the fighting at that place, one battle however many days the list records
_LIST_HEAD = re.compile(r"(?P<head>[^。！？!?；;\n]{2,40}?)(?:之后|以后|后|期间|一带|附近|地区|周围)?的[\u4e00-\u9fff]{0,4}?"
                        r"(?:战斗|作战|战事)(?:如下)?[:：]")
_LIST_HEAD_END = re.compile(r"(?:战斗|作战|战事)(?:如下)?[:：](?=[ \t\u3000]*(?:\n|$))")  # the anchor: fight word, colon, line end
_DATED_ENTRY = re.compile(r"[ \t\u3000]*(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})月(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})?[日号]?"
                          r"(?:[上中下]旬|初|底)?[,，:：、\s]")
_ENTRY_FIGHTING = re.compile(r"激战|苦战|混战|伤亡|死伤|阵亡|击退|覆灭|全歼|歼灭|肉搏|袭击|伏击|冲锋|突围")


def _dated_list_fights(text: str) -> list[Mention]:
    """The fighting at a place that a colon-ended line announces and a list of two dated entries or more telling
    fighting records (see _LIST_HEAD): X战斗 (a county's name without 县), its other names X县战斗 and X之战."""
    out = []
    for e in _LIST_HEAD_END.finditer(text):
        a = max(text.rfind("\n", 0, e.start()) + 1, e.start() - 48)
        m = _LIST_HEAD.search(text, a, e.end())
        if m is None or m.end() != e.end():
            continue
        place = _toponym_suffix(m.group("head"))
        if not place or len(place) < 2:
            continue
        entries = 0
        for line in text[e.end():e.end() + 2000].lstrip("\n").split("\n")[:12]:
            if not line.strip():
                continue
            if not _DATED_ENTRY.match(line):
                break
            entries += bool(_ENTRY_FIGHTING.search(line))
        if entries < 2:
            continue
        stem = place[:-1] if place.endswith("县") and len(place) >= 3 else place
        s = m.start("head") + len(m.group("head")) - len(place)
        out.append(_read_battle(s, s + len(place), place, stem + "战斗", coined=True,
                                alts=sorted({place + "战斗", stem + "之战"} - {stem + "战斗"})))
    return out


# a column bound for a place and ambushed on the way (去甲镇运粮的辎重队在途中遭到伏击, 开往乙城的日军车队途中遭我截击),
# the text naming no spot of the ambush: the fight goes by the place the column was bound for (甲镇伏击战)
_BOUND_FOR = re.compile(r"(?:去|往|开往|前往|驶往|运往|增援|驰援)(?P<rest>[\u4e00-\u9fff]{2,6}?)(?P<between>[^，,。！？!?；;\n]{0,16}?)"
                        r"(?:在|于)?(?:途中|路上|半路上?|中途)[^，,。！？!?；;\n]{0,4}?(?:遭到?|被|遇到?|受到?)"
                        r"(?P<by>[^，,。！？!?；;\n]{0,8}?)(?:伏击|截击|袭击)")


def _ambushed_en_route(text: str) -> list[Mention]:
    """Ambushes of a column on its way to a place (see _BOUND_FOR): X伏击战, its other names X战斗 and X之战; the place a
    known place or shaped like one, no aircraft the attacker, and no battle named in the sentence."""
    out = []
    for m in _BOUND_FOR.finditer(text):
        place = _act_place(m.group("rest") + m.group("between"), True)
        if not place or not (m.group("rest") + m.group("between")).startswith(place) or len(place) < len(m.group("rest")) \
                or "机" in m.group("by"):
            continue  # 遭日机袭击: an air raid on the column, no ambush
        a = max(text.rfind(c, max(0, m.start() - 120), m.start()) for c in "。！？!?；;\n“「") + 1
        stop = _SENTENCE_END.search(text, m.end(), m.end() + 120)
        e = stop.start() if stop else len(text)
        if _SUF_AT.search(text, max(a, m.start() - 120), e):
            continue  # the sentence names the fight (伏击增援甲镇之敌…乙桥伏击战): no other name is coined
        s = m.start("rest")
        out.append(_read_battle(s, s + len(place), place, place + "伏击战", coined=True,
                                alts=[place + "战斗", place + "之战"]))
    return out


# a record of earlier battles: 参加过A、B等战役, 经历过…, 曾参加…: a look back, not the account; so is a tally's
# pick (打了大小战斗百余次,其中著名的有A、B等战斗, 较大的有…): the fights summed up, not the one told
_RECORD_BEFORE = re.compile(r"(?:过|曾[^，,。；;]{0,4}|(?:其中|[^，,。；;]{0,4}的)(?:有|是|包括))$")
_FUNCTION_CHARS = set("的了在和与及对向是为将把被从由自到至等即这那此该各每其我敌")


def _first_conjunct(text: str, end: int, suffix: str) -> str | None:
    """The list's first name, which ends at end: the battle-name prefix before it, else the last word of the
    tagger when it ends like a settlement or feature (参加神头岭 → 神头岭)."""
    name = name_before(text, end, suffix)
    if name and "、" not in name:
        return name
    toks = _tokens(text[max(0, end - 10):end])
    last = toks[-1][0] if toks else ""
    if _settlement(last) or _toponym(last):
        return last
    # 著名的有|X、Y等战斗, 包括|X、Y等战役: a verb that introduces the list, then a name-like word the tagger read
    # whole (a village it takes for a man's name); the conjuncts after it vouch for the list (see the caller)
    if len(toks) >= 2 and 2 <= len(last) <= 4 and toks[-1][1].startswith(("n", "j")) and toks[-2][1].startswith("v"):
        return last
    return None


def _clean_conjunct(name: str) -> bool:
    return 2 <= len(name) <= 6 and not any(c in _FUNCTION_CHARS for c in name) and name not in _BAD_PREFIX \
        and not any(w in name for w in _NOT_IN_NAME) and re.fullmatch(r"[\u4e00-\u9fff]+", name) is not None


def _outside_titles(text: str, mentions: list[Mention]) -> list[Mention]:
    """Mentions not inside the 《》 of a book, a film or an article (据《缅甸作战》记载, 电影《血战台儿庄》): a
    work titled after a battle is no account of it; the battle itself is named outside the title if at all."""
    titles = book_titles(text)
    return [m for m in mentions if not inside_span(titles, m.start)] if titles else mentions


def _shortest_genitive(mentions: list[Mention]) -> list[Mention]:
    """X之役 whose name ends with another X之役 of the text (尤以甲乙之役 beside 甲乙之役: the tagger glued a
    word to a transliterated name) is that shorter name."""
    names = {m.value.get("name") for m in mentions if (m.value.get("name") or "").endswith("之役")}
    out = []
    for m in mentions:
        name = m.value.get("name") or ""
        short = min((n for n in names if n != name and name.endswith(n) and len(n) > 3), key=len, default=None)
        if name.endswith("之役") and short:
            cut = len(name) - len(short)
            m = Mention(m.kind, m.start + cut, m.end, short, {**m.value, "name": short})
        out.append(m)
    return out


# a chapter title about a phase or an overview of a campaign (反攻缅北第二期战斗经过概要): it names no one battle
_PHASE = re.compile(r"第[一二三四五六七八九十0-9]+(?:期|阶段)")
_OVERVIEW_AFTER = re.compile(r"^(?:经过)?(?:概要|概况|概述|综述|纪要|总述)")
# a numbered section heading naming an action at one place (（一）八莫区围攻, 二、X攻略): the battle of that place
_ACTION_HEADING = re.compile(r"^\s*#*\s*(?:[（(][一二三四五六七八九十0-9]+[)）]|[一二三四五六七八九十]+、|[0-9]+[、.．])\s*"
                            r"(?P<body>(?P<place>[\u4e00-\u9fff]{2,6}?)(?:地区|区)?(?:围攻|攻略|攻坚|争夺|攻防|围歼|反攻|"
                            r"收复|克复|攻击|防御|守备|保卫))\s*$")


# a reference book's entry: a short line, its name, over a first sentence that defines it as a fight (X部队在Y地区对日军
# 的伏击战。/ …粉碎日军“扫荡”的战斗。/ …期间的首次战斗。): the definition's genus makes the line a fight's name,
# whatever word the name ends with (X袭击战, X反扫荡, X地雷战)
_ENTRY_NAME = re.compile(r"[\u4e00-\u9fff][\u4e00-\u9fff、·“”\"()（）]{1,14}[战役斗荡剿击围捷变食攻][”\"]?")
_DEFINED_AS_FIGHT = re.compile(r"(?![这此那该其])[^。\n]{2,80}?(?:在|对|同|与|期间|抗击|反击|打击|粉碎)[^。\n]{0,60}?"
                               r"的[\u4e00-\u9fff“”\"]{0,10}?(?:战斗|作战|战役|[\u4e00-\u9fff]战|袭击|伏击|反击|突围)。")
_REGION_Q = re.compile(r"[(（](?![一二三四五六七八九十0-9]{1,3}[)）])[\u4e00-\u9fff]{1,6}[)）]")


def _defined_entry(line: str, lines: list[str], i: int) -> tuple[str, str] | None:
    """(surface, name) of an entry heading the next line defines as a fight (see _DEFINED_AS_FIGHT)."""
    body = line.strip()
    if not _ENTRY_NAME.fullmatch(body) or body.endswith(("简介", "概况", "概述", "战绩", "大事记", "纪事")):
        return None
    nxt = next((x.strip() for x in lines[i + 1:i + 3] if x.strip()), "")
    if not _DEFINED_AS_FIGHT.match(nxt):
        return None
    if "的" in body or any(w in body for w in _NOT_IN_NAME):
        return None
    return body, _qualified_head(body) or _REGION_Q.sub("", body)  # X(region)地雷战: X地雷战


def _action_heading(line: str) -> tuple[str, str] | None:
    """(surface, battle name) of a section heading that names an action at a known place: X区围攻 → X战役 (the
    name Chinese histories give the fighting for one place); the heading itself stays another name of it."""
    m = _ACTION_HEADING.match(line)
    if not m:
        return None
    place = m.group("place")
    if not (_toponym(place) or any(f.startswith(("ns", "nz")) and w == place for w, f in _tokens(place))):
        return None
    return m.group("body"), place + "战役"


def _verb_use(word: str, after: str) -> bool:
    """The battle word is the verb of its clause: 战斗/作战 with an aspect or a complement after it (杨靖宇战斗过的地方,
    在西山战斗到天亮); 血战 with its object or its time (于南阳、老河口血战日军, 血战三昼夜)."""
    if word in ("战斗", "作战"):
        return after[:1] in ("过", "着", "得", "到")
    if word in ("会战", "决战") and _MET_AT_VERB.match(after):
        return True  # 准备同敌军会战于某城下: meet in battle at a place, the verb of a plan (X会战于1938年: a name)
    return word == "血战" and bool(_BLOODY_FIGHT_VERB.match(after))


# 会战/决战 as a verb: 于 and a place after it, not a time (会战于某城下; 某会战于1938年3月打响 is a name)
_MET_AT_VERB = re.compile(r"于(?![0-9一二三四五六七八九十〇零同当次翌是本该此])[\u4e00-\u9fff]")
# after 血战 as a verb: the enemy fought, the time it lasted, where or how long (血战日军, 血战三昼夜, 血战到底)
_BLOODY_FIGHT_VERB = re.compile(r"(?:日[军寇本]|敌|鬼子|倭|伪军|顽|[一二三四五六七八九十两数几多]+[天日昼夜月小时个]|到|于|至|了|着|在)")


# a museum, memorial or site named after a battle (X抗战纪念馆, X战役遗址): the place of a visit, no battle's name;
# but a monument's inscription (X之战纪念碑文, 碑记, 碑铭) is a text about the battle
_MEMORIAL_AFTER = re.compile(r"\s*(?:纪念馆|博物馆|陈列馆|纪念碑(?![文记铭])|纪念园|纪念地|纪念广场|遗址|旧址)")
# a battlefield kept as a relic (X伏击战遗址, X战斗旧址): the site is the ground of the fight it is named after
_SITE_AFTER = re.compile(r"\s*(?:战场)?(?:遗址|旧址)")


def _site_names(text: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions without the names of museums, memorials and sites (踏访X纪念馆: the place of a visit). But a
    text that names no battle except as a battlefield site (X伏击战遗址,位于…: a relic record, a visit to the
    ground) is about that fight: the site's battle names stay, the fight the site keeps."""
    kept = [m for m in mentions if not (m.value.get("name") and _MEMORIAL_AFTER.match(text, m.end))]
    if any(m.value.get("name") for m in kept):
        return kept
    sites = [m for m in mentions if m.value.get("name") and _SITE_AFTER.match(text, m.end)
             and not m.value["name"].endswith("抗战")]
    return sorted([*kept, *sites], key=lambda m: m.start) if sites else kept


# a campaign's name glued before its part's (长衡会战衡阳保卫战, X战役Y阻击战): two battles, the second a part
_NESTED = re.compile(r"(?P<whole>[\u4e00-\u9fff]{2,8}?(?:会战|战役|大战))(?P<part>[\u4e00-\u9fff]{2,8}"
                     r"(?:保卫战|守卫战|阻击战|攻坚战|争夺战|战斗|战役|之战|之役|大捷|血战))")


def _nested_parts(mentions: list[Mention]) -> list[Mention]:
    """A name that holds a campaign's name before its part's (徐州会战台儿庄战役): the campaign and the part, each
    a mention of its own; the part carries within: the campaign (what the writer places it in)."""
    out: list[Mention] = []
    for m in mentions:
        name = m.value.get("name") or ""
        nm = _NESTED.fullmatch(name) if name == m.text and not m.value.get("heading") else None
        if nm is None:
            out.append(m)
            continue
        cut = m.start + nm.end("whole")
        out.append(Mention(m.kind, m.start, cut, nm.group("whole"), {**m.value, "name": nm.group("whole")}))
        out.append(Mention(m.kind, cut, m.end, nm.group("part"),
                           {**m.value, "name": nm.group("part"), "within": nm.group("whole")}))
    for i in range(len(out) - 1):  # 长衡会战|衡阳保卫战 found as two names already: the second within the first
        a, b = out[i], out[i + 1]
        if a.end == b.start and "within" not in b.value and not b.value.get("heading") \
                and _NESTED.fullmatch((a.value.get("name") or "") + (b.value.get("name") or "")):
            out[i + 1] = Mention(b.kind, b.start, b.end, b.text, {**b.value, "within": a.value["name"]})
    return out


# what 抗战 qualifies in a title (抗战文物, 抗战时期, 抗战老兵): the war's relics, years, veterans — no battle's name
_WAR_ATTRIBUTE = re.compile(r"(?:文物|时期|时代|期间|精神|老兵|将领|英烈|烈士|歌曲|文献|档案|史料|图片|照片|遗物|实物|藏品"
                            r"|漫画|木刻|标语|家书|日记|史(?:研究|学|论|稿)|研究|先烈|将士|英雄|志士"
                            # 纪念X抗战的先烈, X抗战的历史: the region's war as what the men or the history belong to
                            r"|的(?:先烈|英烈|烈士|将士|英雄|志士|老兵|亲历者|历史|史))")


def _title_battle(line: str) -> tuple[int, int, str] | None:
    """A battle named in the document's title line (第五军攻略昆仑关作战经过检讨 → 昆仑关作战): its written span (with
    the quotes of “九一八”事变, which the name drops) and name; not a phase or an overview of a campaign
    (…第二期战斗经过概要: a chapter of several actions)."""
    if len(line.strip()) > 40:
        return None
    for m in re.finditer(_SUF_RE, line):
        prefix = name_before(line, m.start(), m.group(0))
        if m.group(0) == "作战" and _VERB_AFTER.match(line[m.end():]):
            continue
        if _verb_use(m.group(0), line[m.end():m.end() + 8]):
            continue  # 杨靖宇战斗过的地方: 战斗 is the verb
        if prefix and (_PHASE.search(prefix) or _OVERVIEW_AFTER.match(line, m.end())):
            continue
        if prefix and _MEMORIAL_AFTER.match(line, m.end()):
            continue  # 踏访X抗战纪念馆: the museum visited, no battle the title names
        if prefix and m.group(0) == "抗战" and _WAR_ATTRIBUTE.match(line, m.end()):
            continue  # 馆藏抗战文物选介: 抗战 qualifies the relics (the war's), no place's fight
        if prefix and m.group(0) == "抗战" and _SUBJECT_AND_WAR.search(prefix + m.group(0)):
            continue  # 黄河渡口与抗战: a subject and the war, no fight of a place
        if prefix:
            prefix = _place_after_day(prefix) if m.group(0) == "抗战" else prefix
            at = line.rfind(prefix, 0, m.start())
            at = at if at >= 0 else m.start() - len(prefix)
            if m.group(0) == "抗战" and (day := _day_of_war_name(line, at, prefix)):  # 一·二八淞沪抗战92周年
                return day.start("day"), m.end(), _day_digits(day.group("day")) + prefix + m.group(0)
            return at, m.end(), prefix + m.group(0)
    return None


# infobox field labels that end like a battle name: a verb of joining + 作战/战斗 (配合作战, 协同作战 …)
_INFOBOX_LABEL = re.compile(r"^(?:配合|协同|联合|参加|参与|支援|共同|增援)(?:作战|战斗)$")
_NUMBERED = re.compile(rf"(?<![0-9])(?:[0-9]{{1,3}}|[一二三四五六七八九十]{{1,3}})[、.．,，]\s*"
                       rf"([^\s(（:：,，。、]{{2,20}}?(?:{_SUF_RE}))(?=[(（:：\s]|$)")


_ITEM_START = re.compile(rf"\s*#*\s*(?:{ITEM_MARK})")
# a list item or a quiz option that opens with a battle's name and explains it after a colon or a dash, maybe with a
# bracket between (B. X伏击战:这场战斗…, ①X会战(1937年8月—11月):…, ②X会战——1937年9月,…)
_ITEM_EXPLAINED = re.compile(rf"#*\s*(?:{ITEM_MARK})\s*(?![0-9])([^\s(（:：,，。、—]{{2,20}}?(?:{_SUF_RE}))\s*"
                             r"(?:[(（][^()（）\n]{0,30}[)）]\s*)?(?:[:：]|——|—|--)")

# a numbered item whose whole title, closed by 。, is a battle's short name (7.百团大战。前景为…: a catalogue's item, a
# stamp or an exhibit, titled by the fight it shows); no verb or particle of a sentence in the title
_ITEM_TITLED = re.compile(rf"#*\s*(?:[0-9]{{1,3}}|[一二三四五六七八九十]{{1,3}})[、.．]\s*"
                          rf"([^\s(（:：,，。、—了在的是和与]{{2,8}}?(?:{_SUF_RE}))。")


# one option of several written on one line: A.台儿庄战役 B.百团大战 / (A)X会战 (B)Y战役 / ①X战役 ②Y会战
_INLINE_OPTION = re.compile(rf"(?:[A-H]\s*[.．、:：)）]|[(（][A-H][)）]|[\u2460-\u2473])\s*"
                            rf"(?![0-9])([^\s(（:：,，。、;；A-H\u2460-\u2473]{{2,20}}?(?:{_SUF_RE}))(?=\s|$|[,，;；。])")


def _inline_options(line: str) -> list[tuple[int, str]]:
    """(offset, name) of each option of a line that holds nothing but two or more options naming battles."""
    if len(line) > 160:
        return []
    found = list(_INLINE_OPTION.finditer(line))
    if len(found) < 2 or re.sub(r"[\s,，;；。]", "", line) != re.sub(r"\s", "", "".join(m.group(0) for m in found)):
        return []
    names = [(m.start(1), _after_genitive(m.group(1))) for m in found]
    return [(at, n) for at, n in names if n] if all(n for _, n in names) else []


def _after_genitive(body: str) -> str | None:
    """A heading's battle name when the heading is a phrase with 的: the name after the last 的, when it is a
    name (第55师团…先遣部队的东吁进攻战 → 东吁进攻战); none when only a description remains (中英军的抗战)."""
    if "的" not in body:
        return body
    tail = body.rsplit("的", 1)[1]
    suffix = next((x for x in sorted(SUFFIXES, key=len, reverse=True) if tail.endswith(x)), None)
    if not suffix or len(tail) <= len(suffix):
        return None
    prefix = tail[:-len(suffix)]
    if len(prefix) > 8 or not re.fullmatch(r"[\u4e00-\u9fff]{2,}", prefix) or prefix in _BAD_PREFIX \
            or any(w in prefix for w in _NOT_IN_NAME):
        return None
    return tail  # the heading marks the name: a transliterated place (东吁) needs no gazetteer


# a count of battles (十大战役, 三大会战, 八大战例): a list the page gives, no battle
# a battle counted in someone's life (他的第一场战役即是…): an ordinal with no place names no battle; so is a victory
# counted in a series (取得了抗战以来的第一次大捷: its rank among the wins, the fight is the one just told)
_ORDINAL_ONLY = re.compile(r"第[一二三四五六七八九十0-9]{1,3}(?:[场个](?:会战|战役|战斗|仗|大战|作战|大捷)|次(?:大捷|胜仗))")
# a fight by its rank in a series (苏北首次作战, 该团再次战斗): which time the force fought there, no fight's name
_OCCASION = re.compile(r"(?:首次|初次|再次|又一次|最后一次)(?:作战|战斗|交战|战役)$")
_COUNTED_SET = re.compile(r"(?:[两二三四五六七八九十百]+|[0-9]{1,3})大(?:会战|战役|战斗|战例|大捷|胜仗)$")
# a count of times before a battle's name, no ordinal: 三次X会战, 历次X战役 (every one of a series, no one battle)
_SERIES_BEFORE = re.compile(r"(?<![第0-9两二三四五六七八九十、和与及至到])(?:[两二三四五六七八九十几数多]|历)次$")


def _series_before(text: str, m: Mention) -> bool:
    """The battle's name follows a count of times (三次长沙会战 = the three campaigns at 长沙; 历次X战役): the text
    speaks of a series, no one battle to tell. 第三次X会战 is one (the ordinal is then part of its name), and so is each
    of an ordinal list (第一、二次X会战)."""
    name = m.value.get("name")
    return bool(name) and not name.startswith("第") and m.text == name[-len(m.text):] \
        and bool(_SERIES_BEFORE.search(text, max(0, m.start - 3), m.start))


# the war by its length (八年抗战, 十四年抗战, 14年抗战): the whole war a chapter or a book is about, no battle
_WAR_LENGTH = re.compile(r"(?:[一二三四五六七八九十]{1,3}|[0-9]{1,2})年(?:全面|局部|艰苦)?(?:抗战|抗日战争|抗日)$")


# a heading's fight named by its places in a bracket that respells the names before it (a dialect's or a map's
# spelling, then the standard one: 甲家凹——乙庄原(甲家洼-乙庄塬)战斗经过), the battle word after the bracket
_RESPELLED = re.compile(r"(?P<said>[\u4e00-\u9fff]{2,6}(?:[—–\-]{1,2}[\u4e00-\u9fff]{2,6})?)[(（]"
                        r"(?P<inner>[\u4e00-\u9fff]{2,6}(?:[—–\-]{1,2}[\u4e00-\u9fff]{2,6})?)[)）]"
                        r"(?P<word>保卫战|阻击战|伏击战|战斗|之战|战役|血战)(?:经过|始末|纪实|纪略|概况|概述|回顾)?\s*$")
_PAIR_SEP = re.compile(r"[—–\-]{1,2}")


def _respelled_heading(line: str) -> tuple[int, int, str, list[str]] | None:
    """A heading line (no sentence) whose battle word follows a bracket that respells the places before it, piece by
    piece (as many pieces, each sharing a character with its respelling at the same position: a gloss of the same
    names, not a region's (石门(冀中)战斗)): (start, end, name, other names) — the name the bracket's spelling with the
    battle word (A-B战斗), the other names the first spelling's and each place's own (A战斗, B战斗)."""
    if len(line) > 60 or "。" in line:
        return None
    m = _RESPELLED.search(line)
    if m is None:
        return None
    said, inner = _PAIR_SEP.split(m.group("said")), _PAIR_SEP.split(m.group("inner"))
    if len(said) != len(inner) or not all(any(a == b for a, b in zip(x, y, strict=False))
                                          for x, y in zip(said, inner, strict=True)):
        return None
    word = m.group("word")
    name = "-".join(inner) + word
    alts = sorted({m.group("said") + word, "".join(said) + word, "".join(inner) + word,
                   *(p + word for p in [*inner, *said])} - {name})
    return m.start(), m.end("word"), name, alts


def _heading(line: str) -> str | None:
    """A line that heads a section about one battle: '3、南口会战', '（二）昆仑关战役', '台儿庄战役', '江桥抗战:1931年…';
    of a heading that joins two things, the last conjunct (反攻X与Y大捷 → Y大捷); none for a count of battles
    (山东抗战十大战役: the title of a list)."""
    name = _heading_name(line)
    name = _last_conjunct(name) if name else None
    if name and _SUBJECT_AND_WAR.search(name):
        return None  # 黄河渡口与抗战: a subject and the war, no fight of a place
    if name and _kind_of_fighting(name) and _entry_settles(line, name):
        return name  # 木桥突围战 1940年…在木桥村宿营: an everyday word the entry writes as its village's name
    return None if name and (_COUNTED_SET.search(name) or _kind_of_fighting(name)) else name


def _entry_settles(line: str, name: str) -> bool:
    """The heading's stem, an everyday word (木桥, 石门), is written in the entry's own line as a settlement's name
    (…在木桥村宿营): the heading names the fight at that village, no kind of fighting."""
    suffix = next((x for x in sorted(GENERIC, key=len, reverse=True) if name.endswith(x)), None)
    stem = name[:-len(suffix)] if suffix else ""
    at = line.find(name)
    return 2 <= len(stem) <= 4 and at >= 0 and _settled(line[at + len(name):], stem)


_SUBJECT_AND_WAR = re.compile(r"[与和及暨]抗战$")


def _kind_of_fighting(name: str) -> bool:
    """A heading's generic battle word after a word that says how, when or how often one fights, not where (地面战斗,
    夜间战斗, 多次战斗, 投入战斗, 游击作战, 全面抗战): a kind of fighting, no battle's name; a place (长城抗战), a quoted or
    a seasonal name (冬季攻势) stays a name."""
    suffix = next((x for x in sorted(GENERIC, key=len, reverse=True) if name.endswith(x)), None)
    prefix = name[:-len(suffix)] if suffix and suffix != "攻势" else ""
    place = prefix[:-2] if prefix.endswith("抗日") else prefix  # 朱家店抗日之战: the place's fight against Japan
    if not re.fullmatch(r"[\u4e00-\u9fff]{2,6}", place) or _toponym(place) or _settlement(place) or _village(place):
        return False
    if prefix in _BAD_PREFIX or prefix[0] in _NEVER_OPENS_PLACE or any(w in prefix for w in _NOT_IN_NAME):
        return True
    freq, flag = common_words().get(prefix, (0, ""))
    toks = _tokens(prefix)
    # an everyday word that is no place name, or one set phrase the tagger knows (近距离); a transliterated place the
    # dictionary holds as a rare word (卑谬, Prome: freq 7) stays a name
    # a distinguishing word (区别词: 小规模, 大型, 主要) sizes or ranks the fighting, however rare, and names no place
    return freq >= 100 and not flag.startswith(("ns", "nz")) or len(toks) == 1 and toks[0][1].startswith(("l", "i", "b"))


_NUMBER_MARK = re.compile(r"^\s*[一二三四五六七八九十]{1,3}[.．]\s*")
# the separators of a page title between its parts (a series, a site's name): hyphens, dashes, underscores
_TITLE_SEP = re.compile(r"\s*(?:-+|—+|–+|_+)\s*")
_ENDS_AS_NAME = re.compile(rf"(?:{_SUF_RE})\s*(?:[:：|(（,，]|$)")
# a numbered heading that calls the battle by a phrase and gives its name in a bracket: 保卫大武汉(武汉会战)
_BRACKETED_NAME = re.compile(rf"[^()（）:：,，。]{{2,20}}?[(（](?P<name>[\u4e00-\u9fff]{{2,16}}?(?:{_SUF_RE}))[)）]")


# a heading's name, then a colon, a space or a bar before what it heads (江桥抗战:1931年…); a sentence's first clause
# (某某曾参加X保卫战,带领…:) ends at a comma, a colon later in the line ends the sentence, no heading
# an entry's title run into its first sentence (a list page copied without its line breaks: X战斗1941 年4 月,日军…):
# a battle's name opening the line and glued to a written year, with no mark between them; prose puts a preposition
# (于, 在), a comma or a verb between a battle's name and its date
_GLUED_TITLE = re.compile(rf"(?P<title>[\u4e00-\u9fff、]{{2,18}}?(?:{_SUF_RE}))(?=\s*(?:(?:19|20)[0-9]{{2}}|[一][九][〇零一二三四五六七八九]{{2}})\s*年)")
# any entry's title glued to its first sentence's year (黄村起义1940 年…): a short run of Han characters, no function
# word at its end (该部于1940年 is a sentence)
_GLUED_ENTRY = re.compile(r"^\s*[\u4e00-\u9fff、]{2,14}(?<![于在从至到是自])(?=\s*(?:(?:19|20)[0-9]{2}|[一][九][〇零一二三四五六七八九]{2})\s*年)")
_HEAD_THEN_TEXT = re.compile(r"^[^:：\s|,，。;；]+[:：\s|]")
# a list's entry line that opens with the fight's name and its dates in brackets, then its account after a comma
# (X伏击战(1938年3月14日),八路军…): the name heads the line's entry
_NAME_DATED_THEN_TEXT = re.compile(r"^[^:：\s|,，。;；()（）]+[(（][^()（）]{0,8}?(?:(?:19|20)[0-9]{2}|[一][九][〇零一二三四五六七八九]{2})\s*年"
                                   r"[^()（）]{0,24}[)）][,，]")
# a verb of taking part before the name (曾参加X战役, 亲历过X会战): the words before it tell who, they name nothing
_JOINED_IN_HEAD = re.compile(r"(?:参加|参与|亲历|经历)(?:过|了)?")
# a news headline that tells who launched it (冀中我军展开夏季攻势, X部发动Y战役): the name is what was launched
_LAUNCHED_IN_HEAD = re.compile(r"(?:展开|发动|发起)(?:了)?")


# a reference book's entry heading that tells a place apart by a bracketed qualifier between the place and the
# fight word: 石门(冀中)战斗 (the region, one of several places so called), 石门(一)战斗 (the first of two fights
# there). A region is no part of the name (石门战斗); an ordinal keeps it (two fights, two names)
_QUALIFIED_HEAD = re.compile(rf"(?P<place>[\u4e00-\u9fff]{{2,8}})[(（](?P<q>[\u4e00-\u9fff0-9]{{1,6}})[)）]"
                             rf"(?P<suffix>{_SUF_RE})")
_ORDINAL_Q = re.compile(r"[一二三四五六七八九十0-9]{1,3}|[上中下]")


def _qualified_head(s: str) -> str | None:
    """The battle a heading line names as PLACE(QUALIFIER)fight-word, alone on its line."""
    m = _QUALIFIED_HEAD.fullmatch(s)
    place = m.group("place") if m else ""
    if not m or place in _BAD_PREFIX or any(w in place for w in _NOT_IN_NAME) or _kind_of_fighting(place + m.group("suffix")) \
            or place[0] in _NEVER_OPENS_PLACE and not (_toponym(place) or _settlement(place) or _village(place)):
        return None
    if _ORDINAL_Q.fullmatch(m.group("q")):
        return place + "(" + m.group("q") + ")" + m.group("suffix")
    return place + m.group("suffix")


# a heading that names the campaign, then after a dash or a colon the fight the section tells (A会战——B之役,
# A战役:B阻击战): the fight is the last part, the campaign only frames it; a part after it that names no fight (a
# site's name, 纪念网) or names the war (X抗战) is none
_FIGHT_PART = re.compile(rf"[\u4e00-\u9fff]{{2,16}}?(?:{_SUF_RE})")
_AFTER_PART = re.compile(r"\s*(?:[—–\-]{1,2}|[:：])\s*")


def _sub_fight(name: str, after: str) -> str:
    """The fight a heading's name and the rest of its line name: of A——B (inside the name, or a dash or a colon
    after it and nothing but B to the line's end), B when B is a whole fight's name (_FIGHT_PART, no war's); else
    the first part that ends as a battle's name (X战役_纪念网), else the name."""
    parts = _TITLE_SEP.split(name) if _TITLE_SEP.search(name) else [name]
    own = [p for p in parts if p]  # the name's own parts (the tail after it is taken only as a fight's name)
    sep = _AFTER_PART.match(after)
    if sep and (tail := re.sub(r"[:：\s]+$", "", after[sep.end():])):
        parts.append(tail)
    parts = [p for p in parts if p]
    if len(parts) < 2:
        return name
    fights = [i for i, p in enumerate(parts) if _FIGHT_PART.fullmatch(p) and not p.endswith(("抗战", "事变"))
              and not any(w in p for w in _NOT_IN_NAME) and (i == 0 or _names_a_fight(p))]
    if fights and fights[-1] > 0:
        return parts[fights[-1]]
    return next((p for p in own if _ENDS_AS_NAME.search(p)), own[0] if len(own) > 1 else name)


def _names_a_fight(part: str) -> bool:
    """A heading's part after a dash or a colon names one fight: no phrase that describes or counts one (这场战斗,
    抗战初期的一场重大战役, 第二次战斗), no kind of fighting (夜间战斗)."""
    return "的" not in part and not _COUNTED_FIGHT.match(part) and not _kind_of_fighting(part) \
        and not any(part.startswith(b) for b in _BAD_PREFIX)


_COUNTED_FIGHT = re.compile(r"(?:[一二三四五六七八九十两几数多]+[场次个仗]|第|这|那|此|该|各|每|全|历)")


def _heading_name(line: str) -> str | None:
    s = line.strip()
    if (qualified := _qualified_head(s)) is not None:
        return qualified
    item = _ITEM_EXPLAINED.match(s) or _ITEM_TITLED.match(s)
    if item:  # B. X伏击战:这场战斗…, 7.X大战。前景为…: an item titled by a battle and its explanation, however long
        return _after_genitive(_sub_fight(item.group(1), s[item.end(1):]))
    if _NAME_DATED_THEN_TEXT.match(s):
        s = re.split(r"[(（]", s, maxsplit=1)[0]  # X伏击战(1938年3月14日),…: the entry's name before its dates
        if _ENTRY_NAME.fullmatch(s) and "的" not in s and not re.search(f"(?:{_SUF_RE})$", s) \
                and not any(w in s for w in _NOT_IN_NAME):  # 日军进攻(1938年5月),…: who attacked, no name
            return s  # X反扫荡(1938年4月),…: dated like the list's fights, whatever its name ends with
    glued = _GLUED_TITLE.match(s)
    if glued:
        s = glued.group("title")  # 王集战斗1941年4月,…: an entry's title run into its first sentence
    if not s or len(s) > 160:
        return None
    n = _NUMBERED.search(s)
    if n and "。" not in s[n.end():]:
        return _after_genitive(_sub_fight(n.group(1), s[n.end():]))
    if len(s) > 60:
        return None
    m = _HEADING.match(s)
    body = s[m.end():] if m else s
    mark = m or _NUMBER_MARK.match(s)
    if mark and (alias := _BRACKETED_NAME.fullmatch(s[mark.end():].strip())):
        return alias.group("name")  # 二.保卫大武汉(武汉会战): the heading's battle is the name in the bracket
    parts = _TITLE_SEP.split(body)
    if len(parts) > 1:  # 经典战例-收复X战役, X战役_纪念网: a page title's series or site beside the battle's name
        body = _sub_fight(re.sub(r"[:：\s]+$", "", body), "")
    head, *rest = re.split(r"([:：\s|(（,，])", body, maxsplit=1)
    body = _sub_fight(head, "".join(rest)).strip("“”\"")
    if not (2 < len(body) <= 20) or not re.search(f"(?:{_SUF_RE})$", body):
        return None
    if not m and body != s and not _HEAD_THEN_TEXT.match(s) and len(parts) == 1:
        return None
    joined = _JOINED_IN_HEAD.search(body)
    if joined and len(body) - joined.end() > 2:  # 张三曾参加X战役: a sentence that tells who took part, the name after
        body = body[joined.end():]
    launched = _LAUNCHED_IN_HEAD.search(body)
    if launched and launched.start() >= 2 and len(body) - launched.end() > 2:
        body = body[launched.end():]  # 冀中我军展开夏季攻势: the subject and the verb name nothing
    body = _COMMEMORATION_HEAD.sub("", body)  # 缅怀X大捷 (a news title): the name is X大捷
    told = _TOLD_BY_HEAD.match(body)
    if told and len(body) - told.end() >= 4:
        body = body[told.end():]  # 老兵忆X会战: the name is X会战
    if "的" in body and not re.search(r"[，。,；在]", body):
        return _after_genitive(body)
    if re.search(r"[，。,；的在]", body) or any(body.startswith(b) for b in ("此次", "这次", "本次")):
        return None
    if _INFOBOX_LABEL.match(body):
        return None  # "配合作战:" heads an infobox column of units, not a battle
    return _clause_object(body)


def _clause_object(body: str) -> str:
    """A heading that is a clause (国共两军共创X村大捷, 游击队喜获X庄大捷: who won it and the verb, then the name)
    names the battle by the clause's object, read as in running text: the name starts at its place. A verb alone
    before the place (夜袭X, 血战X, 收复X战役) is an act done to the place, which a heading may name the fight by: kept."""
    suffix = next((x for x in sorted(SUFFIXES, key=len, reverse=True) if body.endswith(x)), None)
    if not suffix or suffix == "攻势":
        return body
    prefix = name_before(body, len(body) - len(suffix), suffix)
    head = body[:len(body) - len(suffix) - len(prefix)] if prefix and body.endswith(prefix + suffix) else ""
    if len(head) < 2 or len(prefix) < 2 or not _opens_as_place(_tokens(prefix)[0][0]):
        return body  # 杜|城固战斗: one character before a county is the village's own (a clause has a subject and a verb)
    toks = _tokens(head)
    if len(toks) == 1 and toks[0][1].startswith("v") or any(_opens_as_place(w, f) and f != "nr" for w, f in toks):
        return body
    return prefix + suffix


def _last_conjunct(body: str) -> str:
    """A heading that joins two things (反攻X与Y大捷, A及B之役) names the battle by its last conjunct, the one
    that carries the battle word: Y大捷, B之役. 和 is left alone (和尚原之战: a place's first character)."""
    parts = re.split(r"[与及暨]", body)
    last = parts[-1]
    suffix = next((x for x in sorted(SUFFIXES, key=len, reverse=True) if last.endswith(x)), "")
    if len(parts) < 2 or len(parts[0]) < 2 or len(last) < len(suffix) + 2:
        return body
    return last


# the numbering of a heading line: markdown level, then the kind of its number and the mark after it
_STYLE = re.compile(r"^\s*(#*)\s*(?:([0-9]+)|([一二三四五六七八九十]+)|[（(]([一二三四五六七八九十0-9]+)[)）])([、.．])?")


def _style(line: str) -> tuple | None:
    m = _STYLE.match(line)
    if not m or not (m.group(5) or m.group(4)) or len(line.strip()) > 40 or "。" in line:
        return None
    return (m.group(1), "arabic" if m.group(2) else "han" if m.group(3) else "paren", m.group(5) or "")


def section_breaks(text: str, headings: list[Mention]) -> list[int]:
    """Offsets of numbered heading lines that name no battle but are numbered like a battle's section heading
    (#### 一、…东吁进攻战 … #### 四、中英军的抗战): each ends the section before it."""
    lines: list[tuple[int, str]] = []
    pos = 0
    for line in text.split("\n"):
        lines.append((pos, line))
        pos += len(line) + 1
    line_starts = [at for at, _ in lines]
    with_heading = {bisect_right(line_starts, h.start) - 1 for h in headings}
    styles = {st for i in with_heading if (st := _style(lines[i][1]))}
    events = [at for i, (at, line) in enumerate(lines) if i not in with_heading and EVENT_ITEM.match(line)]
    if any(_GLUED_TITLE.match(lines[i][1].strip()) for i in with_heading):
        # a list page whose entries' titles run into their first sentences: any entry titled so (黄村起义1940年…,
        # an uprising, a massacre) ends the entry before it, though its title names no battle
        styles.add("glued")
    if not styles:
        return events
    return sorted({*events, *(at for i, (at, line) in enumerate(lines) if i not in with_heading
                               and (_style(line) in styles or "glued" in styles and _GLUED_ENTRY.match(line)))})


# an item of a list headed by the name of an event of politics, no fight (X会议:, X协定:, X运动:): its lines tell no
# battle, whichever battle's item stands before or after it (section_breaks; facts' gap filling)
EVENT_ITEM = re.compile(r"[ \t\u3000]*(?:[0-9]{1,2}[.．、]|[(（][0-9一二三四五六七八九十]{1,2}[)）])?[ \t\u3000]*"
                        r"[“\"「]?[\u4e00-\u9fff]{2,10}(?:会议|大会|会谈|谈判|宣言|决议|协定|条约|运动)[”\"」]?[:：]")


def _read_battle(start: int, end: int, surface: str, name: str, **flags: object) -> Mention:
    """A battle mention a reader of one shape found (a counter-sweep, a raid, an act and its place …): none of the
    context flags the name finder sets (no heading, look back, closing summary, alias, season, told), plus the
    reader's own (coined, raid, act, alts)."""
    return Mention("battle", start, end, surface, {"name": name, "heading": False, "past": False, "closer": False,
                                                  "alias": False, "timed": False, "told": False, **flags})
