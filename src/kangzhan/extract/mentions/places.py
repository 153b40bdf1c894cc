"""Toponyms: a gazetteer of China's divisions, natural-feature suffix rules and place-verb contexts.

Public API:

    find_places(text: str) -> list[Mention]
        kind="place", value={"name", "kind" (a key of kangzhan.rdf.vocab.PLACE_TYPES or None),
                             "lon", "lat" (None when unknown), "official" (e.g. 长沙市 for 长沙, or None),
                             "source": "gazetteer" | "feature" | "region" | "railway" | "suffix" | "context" | "title",
                             "short": the short form of an official name (常德市 → 常德) or None}
        Non-overlapping, in text order, longest match first. Places inside unit or battle names (华北方面军,
        鄂西会战) are returned too: the caller drops or keeps those that overlap its units/battles.
    place_kind(name: str) -> str | None
        the kind of a toponym from the lexicons or, failing that, from its suffix (…江 → river).

Precision first: a wrong place is worse than a missing one. Sources, strongest first:
1. the lexicons (lexicons/SOURCES.md): cpca's administrative divisions with coordinates, jieba's
   ns-tagged feature names, regional/historic names, historic railways (平汉路, 粤汉铁路, 浙赣线);
2. suffix rules for natural features and settlements (…江/河/水/湖/山/岭/峰/关/口/渡/桥/镇/铺/市/圩/
   坪/港/湾/岛/街/村): a 2-3 character Han stem that follows a boundary (punctuation or a place verb /
   preposition such as 向, 在, 至, 攻占), holds no numeral, unit, side or function word, and is no
   common word of jieba's dictionary;
3. place-verb contexts: names listed after 攻占/攻陷/占领/收复/进犯/抵 … or before 失守/沦陷/失陷 …
   (攻陷安乡、南县), with the same guards.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from kangzhan.extract.lexicons import admin, common_words, features, generic_nouns, railways, regions
from kangzhan.extract.mentions.base import Mention, book_titles, inside_span
from kangzhan.extract.mentions.lexdata import cn_surnames
from kangzhan.extract.mentions.persons import RANKS, TITLES
from kangzhan.extract.mentions.scan import literal_led, near_anchor_finditer, occurrences

_SUFFIX_KIND: list[tuple[str, str]] = [
    ("山脉", "mountain"), ("群岛", "island"), ("半岛", "island"), ("铁路", "railway"), ("公路", "railway"),
    ("河谷", "region"), ("盆地", "region"), ("平原", "region"), ("高原", "region"),
    ("江", "river"), ("河", "river"), ("水", "river"), ("溪", "river"), ("湖", "lake"), ("泽", "lake"),
    ("山", "mountain"), ("岭", "mountain"), ("峰", "mountain"), ("岗", "mountain"), ("冈", "mountain"),
    ("关", "pass"), ("口", "pass"), ("隘", "pass"), ("峡", "pass"),
    ("湾", "bay"), ("港", "bay"), ("岛", "island"),
    ("镇", "town"), ("铺", "town"), ("圩", "town"), ("坪", "town"), ("渡", "town"), ("桥", "town"),
    ("街", "town"), ("市", "town"), ("集", "town"), ("驿", "town"), ("店", "town"), ("坊", "village"),
    ("村", "village"), ("寨", "village"), ("庄", "village"), ("湾", "bay"), ("洲", "island"),
    ("县", "county"), ("城", "city"), ("机场", "airfield"), ("火车站", "station"), ("车站", "station"), ("要塞", "fort"), ("炮台", "fort"), ("仓库", "fort"),
    ("塘", "village"), ("坑", "village"), ("埠", "town"), ("坳", "village"), ("冲", "village"), ("坡", "village"),
    ("嘴", "village"), ("阁", "village"), ("洞", "village"), ("观", "village"), ("台", "village"), ("厂", "village"),
    ("寺", "village"), ("庙", "village"), ("宫", "village"), ("垭", "pass"), ("隘口", "pass"), ("堰", "village"),
    ("沟", "village"),  # the gully villages of the loess north and the southwest (冷水沟, 王家沟)
    ("堡", "village"),  # the walled villages of the north (阳明堡, 瓦窑堡): a gazetteer name + 堡 is the village
    *((c, "village") for c in "峪屯坨洼垴窑畈岙峁坎疃町"),  # _SETTLEMENT: hamlets no gazetteer holds
    ("营子", "village"),  # the 营子 villages of the northeast and Inner Mongolia (X营子, from a camp)
    ("各庄", "village"),  # the X各庄 villages of the Hebei plain (李各庄, 小王各庄): 各 is no stem character there
    ("塬", "village"), ("凹", "village"),  # the loess tablelands (X塬) and hollows (X家凹) villages are named after
    ("营", "village"), ("原", "village"),  # the camp villages of the north (X家营) and the loess 原 of Henan and
    # Shaanxi (X庄原): a battalion's and an everyday word's character elsewhere, so only in a frame (_FRAMED_ONLY)
    # the ridges, dams, shoals, loess passes, hollows, docks, forks and banks hamlets of the north and the southwest
    # are named after (X家梁, X家坝, X家滩, X家墕, X家窝, X家坞, X家岔, X家畔): everyday nouns too (山梁, 堤坝, 沙滩)
    *((c, "village") for c in "梁坝滩墕窝坞岔畔"),
]
# suffixes a name takes only where its frame says it is a place (a clan's stem, a place verb or preposition before
# it, a locative or a fight after it: _settled): 营 is a battalion after a numeral or a branch (三营, 特务营), 原 the
# "original" of 原来, 原因
_FRAMED_ONLY = frozenset(("营", "原", *"梁坝滩墕窝坞岔畔"))
_SUFFIX = dict(_SUFFIX_KIND)
# the suffixes a name may run on into (衡阳|城), without the frame-only ones: 北平|原 is the everyday 平原
_SUFFIX_OPENERS = tuple(s for s in _SUFFIX if s not in _FRAMED_ONLY)
# the last characters of natural features and passes (山海关, 平型关, 大别山): a longer name ending so is a feature
_FEATURE_SUFFIX_CHARS = frozenset("关口隘山岭峰江河湖")
# the suffixes of hamlets and villages no gazetteer holds: valleys (王家峪), garrison farms (马家屯), river islets and
# bends (李家坨, 杨家洼), hilltops (关家垴, the loess 峁), kilns (郭家窑), paddies (周家畈), coves of Zhejiang (张家岙),
# banks (石门坎), the 疃/町 hamlets of Shandong and Hebei (李家疃, 王家町); with 庄/村/寨/堡/沟/集/铺/店 they let a
# common word open a village's name (桃花峪)
_SETTLEMENT = "峪屯坨洼垴窑畈岙峁坎疃町"
_VILLAGE_END = "庄村寨堡屯" + _SETTLEMENT  # names a tagger may read as a person's (王家庄): the suffix says village
# suffixes that make a feature of a known name (钦州湾, 岳麓山, 长安桥); not 城/机场 (南昌城 is 南昌)
_EXTEND = [s for s in sorted(_SUFFIX, key=len, reverse=True)
           if s not in ("城", "机场", "火车站", "车站", "县", "市", "要塞", "炮台", *_FRAMED_ONLY)]
_EXTEND_RE = re.compile("|".join(map(re.escape, _EXTEND)))
_SUFFIXES_LONGEST = sorted(_SUFFIX, key=len, reverse=True)
# the suffixes that open with each character, longest first (the order of _SUFFIXES_LONGEST)
_SUFFIXES_BY_FIRST: dict[str, tuple[str, ...]] = {
    c: tuple(x for x in _SUFFIXES_LONGEST if x[0] == c) for c in {x[0] for x in _SUFFIXES_LONGEST}}
# the first-character class rejects most positions at once; the alternation runs only where one may start
_SUFFIX_AT = re.compile("(?=[" + "".join(sorted({re.escape(s[0]) for s in _SUFFIXES_LONGEST})) + "])"
                        "(?=" + "|".join(map(re.escape, _SUFFIXES_LONGEST)) + ")")
_SUFFIX_ALT = "|".join(sorted(_SUFFIX, key=len, reverse=True))
# characters a place stem never holds: numerals, unit and side words, pronouns, function words, verbs
_BAD_STEM = re.compile(
    r"[0-9个第军师旅团营连队部敌我日国的了着是在和与及等各该此其这那"
    r"被把将向往至到于从由自沿经进攻占陷犯守退撤达抵过渡越赴离入出克复收夺逼迫围击歼毙伤亡失战役会兵力趋窜"
    r"以为之也而并或且则又再已曾均皆都全本每某另他她它们们内外前后左右里间附近一带地区方面线阵虽但若"
    r"官司令总指挥主要多少强弱首次时年月日号点分秒人员者际侧较很更最甚颇待使令让需应可能段对仅殉伪]"  # 伪: 伪满洲国军
)
_BOUNDARY_CHARS = set("向在至到于抵沿渡过经从由自进攻占陷犯克守退达越往赴及和与、,，。；;:：(（)）“”\"' \n\t-—–"
                      "领着复近占据逼迫围入出犯距离即为以临驻夺袭去遂并回返年月日号的侧趋窜"
                      "我")  # 向我|银坊镇地区: "our" before the place the enemy moves on
# characters a listed toponym never holds (verbs allowed: 渡头市, 进贤)
_BAD_ITEM = re.compile(r"[0-9个第军师旅团营连队部敌我日向在至到于从由自沿经往较很更最甚颇待歼击的了是在和与及等各该此其这那被把将以为之也而并或且则又再已曾均皆都"
                       r"全本每某另他她它们内外前后左右里间附近一带地区方面线阵司令总指挥主要时年月日号点分秒人员者际侧]")
_ALL_NUMERAL = re.compile(r"[〇零一二两三四五六七八九十百千万]+")
# a list item that ends with a battle word is a battle's name (血战X、七二一战役、Y战役), no place of the list
_BATTLE_ITEM = re.compile(r"(?:战役|战斗|会战|大捷|之战|之役|大战|血战)$")
# a span of time (经过|十余天, 历时三昼夜): a count of days or nights is no place
_TIME_SPAN = re.compile(r"[〇零一二两三四五六七八九十百千万]{1,3}[余多]?(?:天|夜|昼|周|旬|小时)")
# characters after a suffix that make it part of another word (山炮, 关系, 口号) — locatives excepted
_SUFFIX_NEXT_OK = set("区上下头脚麓顶南北东西以一之附两沿岸畔边间城内外前后左右,，、。；;:：()（）和及与的至到一线")
_DIRECTIONS = "东南西北"
_ABBREV = "湘鄂赣豫皖苏浙闽粤桂黔滇川陕甘晋冀鲁辽吉察绥热蒙缅"
_REGION_RULE = re.compile(rf"[{_ABBREV}](?:[东西][南北]|[{_DIRECTIONS}中])(?![部面方风洋亚欧美非])(?<!中(?=国))")  # 在缅|中国军; 湘西南 whole
_RAILWAY_TAIL = r"(?:铁路|路|线|段)"
# 辺: the Japanese form (晋察冀辺区); [X]{2,3} written [X][X]{1,2} (the same matches): a pattern that opens with a
# character class is scanned for that class in C, one that opens with a repeat is tried at every position
_BORDER_REGION = re.compile(rf"[{_ABBREV}][{_ABBREV}]{{1,2}}[边辺]区")
_RAILWAY_LIST = re.compile(
    rf"(?P<stems>[\u4e00-\u9fff]{{2}}(?:[、和及][\u4e00-\u9fff]{{2}})+)(?=等?(?:[两二三四五]条?)?{_RAILWAY_TAIL})")
# verbs after which a list of places follows, and verbs a place comes before
_VERB_BEFORE_WORDS = (
    "攻占|攻陷|攻克|攻入|占领|占据|侵占|进占|克复|收复|夺回|夺取|光复|进攻|进犯|进逼|逼近|迫近|直逼|接近|进抵|抵达|到达|"
    "撤至|撤往|撤到|退至|退守|退到|退往|转移至|集结于|集中于|会合于|驻守|驻扎|防守|坚守|固守|守卫|守备|确保|位于|登陆|围攻|"
    "会师|突入|窜扰|窜至|进至|进到|行至|行抵|推进至|推进到|攻向|转向|直趋|直取|渡过|强渡|越过|经过|途经|袭击|攻击|主攻|助攻|"
    "绕道|绕过|经由|取道|迂回|放弃|丢失|失去|"
    "赶到|来到|开到|窜到|打到|冲到|冲进|攻进|摸进|进入|"
    "扫荡|围剿|清剿|进剿|包抄|血洗|洗劫|包围|驻防|进驻|移驻|屯驻|奔袭|夜袭|突袭|偷袭|奇袭|肉搏|血战|鏖战|苦战|转战|合围|围困|攻打|攻下|拿下|开进|开赴|窜犯|窜入|侵入|进袭|"
    "扑向|直扑|扑往|指向|"
    "攻不下|打不下|守不住|"  # 攻不下X: the place attacked in vain, a speech's or a dialogue's way
    "驻地"  # 袭击X团驻地Y: the garrison's place follows
)
_VERB_BEFORE_CHARS = "陷|犯|抵|克|占|趋"
# (?:(?:W1|W2|…)了?|陷|…) written W1了?|W2了?|…|陷|… (the same matches, tried in the same order): every
# alternative opens with a literal, so re scans for their first characters in C instead of trying each position;
# 了: 占领了X, 包围了X, the aspect particle between the verb and its place
_VERB_BEFORE = re.compile("(?:" + "|".join(w + "了?" for w in _VERB_BEFORE_WORDS.split("|")) + "|" + _VERB_BEFORE_CHARS + ")")
_VERB_BEFORE_END = re.compile(f"(?:{_VERB_BEFORE.pattern})$")
_VERB_AFTER_ADVERBS = "已|也|亦|均|相继|先后|随即|遂|又|再次|再度|终于"
_VERB_AFTER_WORDS = "失守|沦陷|失陷|陷落|告急|被围|被攻陷|被占领|危急|易手"
# (?:A1|A2|…)?(?:V) written A1(?:V)|A2(?:V)|…|V1|V2|… (the same matches, same order): literal-led alternatives
_VERB_AFTER = re.compile("|".join(f"{a}(?:{_VERB_AFTER_WORDS})" for a in _VERB_AFTER_ADVERBS.split("|")) + "|" + _VERB_AFTER_WORDS)
# a memorial's four-character phrases put the place before the fight (X接战, X诱歼几尽, X围歼): the place opens its
# clause as before 失守; not a name's end elsewhere (_VERB_AFTER's other uses), only a context to read a name from
_FOUGHT_AFTER = re.compile(r"(?:接战|诱歼|围歼)(?=[,，。;；、]|几尽|殆尽|净尽|无遗|甚众|无算)")  # not 就接|战一营的营长
_PHRASE_VERBS = ("奇袭", "肉搏", "血战", "鏖战", "苦战", "转战")  # the verbs of such phrases before the place (肉搏X，尸横遍野)
_LOCATIVE = re.compile(literal_led(r"以[东南西北]|[东南西北]岸|[东南西北]口(?![岸径])|两岸|沿岸|[上中下]游|江畔|河畔|湖畔|畔|南北|东西|附近|一带|地区|地域|方面|外围|城下|城内|城外|守军|阵地|一线|之线|等地|"
                       r"等处|全境|境内|沿线|周围|之敌|县城|城郊|东南|西南|东北|西北|[东南西北]面|[东南西北]部|以[东南西北]地区"))
_SEP = re.compile(r"[、,，和及与]")
_HAN = re.compile(r"[\u4e00-\u9fff]+")


def _han_at(text: str, i: int) -> bool:
    """text[i] is a Han character: _HAN.match(text, i) as a truth value for 0 <= i, without the run it reads on."""
    return "\u4e00" <= text[i:i + 1] <= "\u9fff"
_PROPER = {"ns", "nr", "nrt", "nrfg", "nz", "nt"}


def _words() -> dict[str, tuple[int, str]]:
    """jieba's everyday words (≤ 4 characters): word → (frequency, POS tag), for the common-word guards."""
    return common_words()


def _common(word: str, min_freq: int = 20) -> bool:
    """A word of everyday Chinese (tagged other than a proper noun), hence no unknown toponym."""
    freq, tag = _words().get(word, (0, "ns"))
    return tag not in _PROPER and freq >= min_freq


@cache
def _weak() -> frozenset[str]:
    """Short forms that are also everyday words (公安, 石门): places only in a place context."""
    weak = {n for n, p in admin().items() if p.common or n in generic_nouns()}
    # a city district named after an everyday word (解放区 "liberated area", 和平区, 老城区): the word is meant
    return frozenset(weak | {n for n, p in admin().items() if len(n) >= 3 and n.endswith("区")
                             and (n[:-1] in weak or _common(n[:-1], 300))})


@cache
def _lexicon() -> dict[str, tuple[str | None, float | None, float | None, str | None, str]]:
    lex: dict[str, tuple[str | None, float | None, float | None, str | None, str]] = {}
    for name, kind in features().items():
        lex[name] = (kind, None, None, None, "feature")
    for name, kind in regions().items():
        lex[name] = (kind, None, None, None, "region")
    for name, p in admin().items():
        lex[name] = (p.kind, p.lon, p.lat, p.official, "gazetteer")
    for stem, full in railways().items():
        for tail in ("铁路", "路", "线"):
            lex[stem + tail] = ("railway", None, None, full, "railway")
    return lex


@cache
def _index() -> tuple[frozenset[str], dict[str, tuple[int, ...]]]:
    """(names, 2-character prefix → name lengths, longest first) for a longest-match scan."""
    weak = _weak()
    names = frozenset(n for n in _lexicon() if len(n) >= 2 and n not in weak and not _idiom(n))
    by_prefix: dict[str, set[int]] = {}
    for n in names:
        by_prefix.setdefault(n[:2], set()).add(len(n))
    return names, {k: tuple(sorted(v, reverse=True)) for k, v in by_prefix.items()}


def _idiom(name: str) -> bool:
    """A four-character idiom that jieba tags as a toponym because it ends in a feature word (信口开河 "talk
    through one's hat", 高台跳水): an everyday noun, then a frequent one-character verb and its object."""
    if len(name) != 4:
        return False
    head, verb = _words().get(name[:2], (0, "")), _words().get(name[2], (0, ""))
    first = _words().get(name[0], (0, ""))
    if name[1] in _DIRECTIONAL_COMPLEMENT and first[1] == "v" and first[0] >= 500:
        return True  # 夸下海口 "boast" (a verb, its complement 下, then the object that ends like a place: 海口)
    return head[1] not in _PROPER and head[0] >= 50 and verb[1].startswith("v") and verb[0] >= 1000


_DIRECTIONAL_COMPLEMENT = frozenset("下上出进入回过起开来去到")


@cache
def _idioms() -> tuple[str, ...]:
    """The lexicon's idioms (see _idiom)."""
    return tuple(n for n in _lexicon() if _idiom(n))


def _outside_idioms(text: str, hits: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The lexicon hits that stand inside no idiom of the lexicon the text writes (夸下|海口: the idiom is no
    place, nor the city its last two characters spell)."""
    spans = [(i, i + len(n)) for n in _idioms() for i, _ in occurrences(text, n)]
    if not spans:
        return hits
    return [(s, e) for s, e in hits if not any(a <= s and e <= b for a, b in spans)]


@cache
def _prefix_scan() -> re.Pattern:
    """Where a 2-character prefix of _index may start: its first character then one of its second characters
    (a superset of the prefixes, so the scan that follows misses nothing); a Python loop that looked up
    every position of the text was the larger part of the lexicon scan."""
    prefixes = _index()[1]
    if not prefixes:
        return re.compile("(?!)")  # no lexicon: nothing can match

    def cls(chars: set[str]) -> str:
        return "[" + "".join(sorted(re.escape(c) for c in chars)) + "]"
    # the first character consumed, not looked ahead at: a pattern led by a class is scanned for it in C, one led
    # by a lookahead is tried at every position (the callers read m.start() only)
    return re.compile(cls({k[0] for k in prefixes}) + "(?=" + cls({k[1] for k in prefixes}) + ")")


def _lexicon_hits(text: str) -> list[tuple[int, int]]:
    """Leftmost-longest lexicon matches, not overlapping; a hit inside a longer word (从江|西) is skipped
    so that the next position can still match (江西)."""
    names, by_prefix = _index()
    lex = _lexicon()
    out = []
    i = 0
    get = by_prefix.get
    scan = _prefix_scan()
    while (m := scan.search(text, i)) is not None:  # jumps, in C, over positions where no name can start
        i = m.start()
        lengths = get(text[i:i + 2])
        if lengths:
            for k in lengths:
                if i + k <= len(text) and text[i:i + k] in names and not _inside_word(text, i, i + k, lex):
                    if _cedes_to_longer(text, i, i + k, names, by_prefix):
                        break  # 连|平型关: the next position reads the longer name
                    out.append((i, i + k))
                    i += k - 1
                    break
        i += 1
    return out


def _cedes_to_longer(text: str, s: int, e: int, names: frozenset[str], by_prefix: dict[str, tuple[int, ...]]) -> bool:
    """A two-character hit whose last character opens a longer known name with a feature suffix (连山|海关 → 山海关,
    连平|型关 → 平型关) or a railway's (顺甲|乙线 → 甲乙线, a county 顺甲 read) and whose first character is a frequent word of its own
    (连 "even", 在, 向, 顺 "along"): the longer name is meant, the left-over (海关, 型关) would be no place. Not when the hit goes on as a name of its own (连山县)."""
    if e - s != 2 or _words().get(text[s], (0, ""))[0] < 1000:
        return False
    j = e - 1
    for k in by_prefix.get(text[j:j + 2], ()):
        if k >= 3 and j + k <= len(text) and text[j:j + k] in names and (
                text[j + k - 1] in _FEATURE_SUFFIX_CHARS or _lexicon()[text[j:j + k]][0] == "railway"):
            return not _common(text[s:e], 100)  # 顺|甲乙线 (along the railway): no county 顺甲
    return False


# the last characters of buildings and monuments (楼, 亭, 塔, 祠, 碑): a name running into one is the building's
_BUILDING = "楼亭塔祠碑"


def _building_end(text: str, s: int, e: int, lex: dict) -> int | None:
    """The end of the building a gazetteer hit names (太白|楼, “太白独坐楼”): the hit runs straight into a building
    character that makes no word, name or feature with the next (衡阳|楼房 is the city's houses), or it opens a quoted name
    (at most 6 characters) that ends in one. None when the hit is a place of its own."""
    hit = lex.get(text[s:e], ("", 0, 0, 0, ""))
    if hit[4] != "gazetteer" or text[e - 1] in "县市省区":
        return None
    if e < len(text) and text[e] in _BUILDING and text[e:e + 2] not in _words() and text[e:e + 2] not in _index()[1] \
            and text[e + 1:e + 2] not in _SUFFIX:  # 衡阳|楼房, 锦州|塔山, 盐城|亭湖: the character opens a word or name
        return e + 1
    if s and text[s - 1] in "“「\"":
        q = next((i for i in range(e, min(len(text), e + 5)) if text[i] in "”」\""), None)
        if q is not None and q > e and text[q - 1] in _BUILDING and _HAN.fullmatch(text, e, q):
            return q
    return None


def _fought_at(text: str, s: int, e: int) -> bool:
    """A place verb before the name (攻占X楼) or a locative or position after it (X塔一带, X楼守军): a fight's place."""
    return bool(_VERB_BEFORE_END.search(text, max(0, s - 4), s) or _LOCATIVE.match(text, e))


# a cove or river bend named after the clan that settled it (陈家湾, 李家湾): a village of the hills, no bay of the sea
_CLAN_COVE = re.compile(r".家湾$")


def place_kind(name: str) -> str | None:
    """Kind of a toponym: from the lexicons, else from its suffix."""
    hit = _lexicon().get(name)
    if hit:
        return hit[0]
    if _REGION_RULE.fullmatch(name):
        return "region"
    for suf in sorted(_SUFFIX, key=len, reverse=True):
        if name.endswith(suf) and len(name) > len(suf):
            return _SUFFIX[suf]
    return None


def context_place(start: int, end: int, name: str, kind: str | None) -> Mention:
    """A place mention read from its context only (no gazetteer entry, no coordinates): a list item's head, a
    fight name's stem, a village written with its clan's character."""
    return Mention("place", start, end, name, {"name": name, "kind": kind, "lon": None, "lat": None, "official": None,
                                               "source": "context", "short": None})


def village_or_kind(start: int, end: int, name: str) -> Mention:
    """A place read from its context whose kind is what its name's suffix tells (place_kind), a village when it
    tells none: the name of a site a text writes where a fight is told (a fight name's stem, an entry's site)."""
    return context_place(start, end, name, place_kind(name) or "village")


@cache
def _short_forms() -> dict[str, str]:
    """official name → short form (常德市 → 常德), for divisions whose short form is in the gazetteer."""
    out = {p.official: n for n, p in admin().items() if n != p.official and not p.common and not n.endswith("省")}
    # a Republican province name of an autonomous region (广西省) is called by its short form too (广西)
    out.update({n: n[:-1] for n, p in admin().items() if p.kind == "province" and n.endswith("省") and n != p.official})
    return out


def _mention(text: str, start: int, end: int, source: str, kind: str | None = None) -> Mention:
    name = text[start:end]
    hit = _lexicon().get(name)
    if hit:
        k, lon, lat, official, src = hit
        short = _short_forms().get(name)
        if short is None and src == "gazetteer" and k == "county" and len(name) >= 3 and name.endswith("县"):
            short = name[:-1]  # a county of 1911 (溧阳县, now a city) is called by its stem too (溧阳)
        value = {"name": name, "kind": k, "lon": lon, "lat": lat, "official": official, "source": src,
                 "short": short}
        div = admin().get(name) if src == "gazetteer" else None
        if div is not None and div.historical:
            value["historical"], value["successor"] = True, div.successor  # a county of 1911 (赵城)
        return Mention("place", start, end, name, value)
    # a town no gazetteer holds, written with 县 or 城 (宛平县城, 万泉城): the county seat is called by its stem too
    # and a village written with its 村 (塘马村) by its stem (塘马), as its fight is named (塘马战斗)
    short = name[:-1] if source == "suffix" and name[-1] in "县城村" and len(name) >= 3 else None
    kind = kind or place_kind(name)
    if kind is None and source == "context" and len(name) == 2 and name[1] == "楼":
        kind = "village"  # 在X楼附近: a settlement word closes a short name read in a place frame, as 王庄's does
    if kind == "bay" and _CLAN_COVE.search(name):
        kind = "village"
    return Mention("place", start, end, name, {"name": name, "kind": kind, "lon": None,
                                                "lat": None, "official": None, "source": source, "short": short})


def _claim(text: str, out: list[Mention], taken: list[bool], start: int, end: int, source: str,
           kind: str | None = None) -> Mention:
    """Keep the place text[start:end] and mark its characters taken, so that no later rule reads them again."""
    m = _mention(text, start, end, source, kind)
    out.append(m)
    taken[start:end] = [True] * (end - start)
    return m


def _inside_word(text: str, s: int, e: int, lex: dict) -> bool:
    """A short lexicon hit that is part of a longer word or name (阎锡山, 太平洋, 捞刀河北岸, 麦市南)."""
    name = text[s:e]
    if len(name) == 4 and name[1] in _PARALLEL and name[3] in _PARALLEL:
        return True  # 崇山峻岭, 万水千山: a parallel idiom of landforms, no name
    if e - s > 2:
        return False
    if name[1] == "山" and text.startswith("炮", e) and not text.startswith("炮台", e) and s \
            and "\u4e00" <= text[s - 1] <= "\u9fff" and text[s - 1] not in _BOUNDARY_CHARS:
        return True  # 博福斯山炮, 克虏伯山炮: a maker's transliterated name, then 山炮 (a mountain gun), no hill
    if name[1] == "山" and text[e + 1:e + 2] == "水" or name[1] == "水" and text[s - 1:s] == "山" and s >= 2:
        return True  # 白山黑水, 青山绿水: a parallel idiom of a land (its mountains and rivers), no city 白山 or 黑水
    if (region := _REGION_RULE.match(text, s)) and region.end() > e:
        return True  # 湘西|南, 鄂西|北: the quarter of a province (湘西南, the region rule's), no city 湘西 or 鄂西
    prev = text[s - 1] if s else ""
    prev_han = bool(prev) and "\u4e00" <= prev <= "\u9fff" and prev not in _BOUNDARY_CHARS
    if prev_han and prev == name[0] and text[s - 2:s] not in lex:
        return True  # 昭昭|明白, 堂堂|正正: the first character doubled is a reduplicated word (AAB), no place opens in it
    if _PHRASE_NAME.fullmatch(name) and not text.startswith(("县", "区", "市"), e):
        return True  # 沿河 (along the river), 南郊 (the southern suburbs): a division so named only with its suffix
    if prev_han and _words().get(prev + name[0], (0, ""))[1].startswith("v") and _words()[prev + name[0]][0] >= 5:
        return True  # 攀越|南坎: the first character ends the verb before
    if prev_han and name[-1] in "山江河湖岭峰" and s >= 2 and text[s - 2] in _BOUNDARY_CHARS \
            and not _common(text[s - 2:s], 5) and lex.get(name, ("", 0, 0, 0, ""))[4] == "gazetteer" \
            and not _lead_word_before(text, s, name):
        return True  # 沿|大平江: the character before opens a longer feature name, left to the suffix rule
    if name[-1] in _DIRECTIONS and text[e:e + 1] in ("岸", "侧", "麓"):
        return True  # 沿河|南岸: the direction is the bank's (河南岸 = the river's south bank), no province
    if _translit_head(text, s, e, lex):
        return True  # 新龙|卡巴: a county's name opening a longer transliterated one
    if prev_han and (name[0] in "市镇县街铺村" or name[0] in "河江湖山" and name[1] in _DIRECTIONS):
        return True  # 麦市|南, 新墙河|北: the tail of the name before
    if prev_han and name[-1] in "山江河湖岭峰关" and lex.get(name, ("", 0, 0, 0, ""))[4] == "gazetteer" \
            and not _common(prev + name[0], 1) and not _verb_before(text, s) \
            and not _lead_word_before(text, s, name):
        return True  # 太|浮山: the tail of a longer feature name, left to the suffix rule (not after 雄踞|怒江)
    if prev and lex.get(prev + name[0], ("",))[0] == "province" and _toponym_word(prev + name[0]):
        return True  # 河|南和|山东: the hit starts inside a province's name
    if prev_han and e - s == 2 and _words().get(prev + name[0], (0, ""))[1] == "ns" \
            and _words()[prev + name[0]][0] >= 50 \
            and any(lex.get(text[e - 1:e - 1 + k], ("",))[0] in ("county", "city") for k in (2, 3)):
        return True  # 鲁南|平邑 read 鲁|南平|邑: a region's name (鲁南) and a county's (平邑) side by side; the hit
        # straddles them
    if prev_han and e - s == 2 and lex.get(name, ("",))[0] in ("county", "city") and _place_word(prev + name[0]) \
            and _place_word(text[e - 1:e + 1]) and not text.startswith(_SUFFIX_OPENERS, e):
        return True  # 北平|南苑 read 北|平南|苑: two places side by side, the county (平南) straddles them
    if s >= 2 and prev in _DIRECTIONS and "\u4e00" <= text[s - 2] <= "\u9fff" and text[s - 2] not in _BOUNDARY_CHARS \
            and text[s - 2:s] not in lex and text[s - 2:s] not in _words() and not _VERB_BEFORE_END.search(text[max(0, s - 5):s]):
        return True  # 支撑点|南怀化: the direction begins a longer name, the city is not meant
    if prev_han and name[-1] in "和与及" and _REGION_RULE.fullmatch(prev + name[0]):
        return True  # 绥西|和五原: a region (绥西) and the conjunction after it, no county 西和
    if text[e:e + 1] == "节" and text[e + 1:e + 2] not in ("制", "节"):
        return True  # 天长节 (the emperor's birthday), 端阳节: a day's name, no place (not 节制, "to command")
    if _SCHOOL_CLASS.match(text, e):
        return True  # 黄埔一期, 保定第六期: a class of a military school, no place of the battle
    if name[0] in _DIRECTIONS and prev in "向往朝自由从偏以" and not _major_city_after_direction(text, s, e, lex):
        return True  # 向南|和东侧, 以北|汉水
    words, n = _words(), len(text)  # looked up once: this loop runs for every lexicon hit
    for a, b in ((s - 1, e), (s, e + 1), (s - 2, e), (s, e + 2)):
        if (a >= 0 and b <= n and (w := text[a:b]) not in lex and words.get(w, (0, ""))[0] >= 5
                and not (a < s and text[a] in _BOUNDARY_CHARS) and not (b > e and _LOCATIVE.match(text, e))):
            return True
    if prev_han and _common(text[s - 1:s + 1], 100):
        return True
    hit = lex.get(name, ("", 0, 0, 0, ""))
    if prev_han and hit[0] not in ("province", "city") and text[s - 1:s + 1] not in lex \
            and _words().get(text[s - 1:s + 1], (0, ""))[0] >= _VERY_FREQUENT and not _LOCATIVE.match(text, e) \
            and not _VERB_AFTER.match(text, e) and not text.startswith(_SUFFIX_OPENERS, e):
        return True  # 太阳|西斜: a very frequent word across the start (jieba tags it a name), no county 阳西
    if prev_han and hit[0] not in ("province", "city") and _common(text[s - 1:s + 1], 50) \
            and not text.startswith(("县", "城", "市", "区", "镇", "乡"), e) and not _alone_elsewhere(text, s, name):
        return True  # 学长|阳台 (学长, "senior fellow"): a rarer word across the start, the name never alone
    if hit[4] == "region" and hit[0] == "city" and e < len(text) and "\u4e00" <= text[e] <= "\u9fff" \
            and text[e] not in _BOUNDARY_CHARS and not _LOCATIVE.match(text, e) and not _VERB_AFTER.match(text, e) \
            and not text.startswith(_SUFFIX_OPENERS, e) and not _place_word(text[e:e + 2]):
        return True  # a foreign city's name inside a transliteration (罗马|林)
    if prev_han and hit[4] == "gazetteer" and not _LOCATIVE.match(text, e) and not _VERB_AFTER.match(text, e) \
            and _words().get(text[e - 1:e + 1], (0, ""))[0] >= 100 and not text.startswith(_SUFFIX_OPENERS, e) \
            and not _after_province(text, s, lex):
        return True  # 雄|安新|区: glued to words on both sides, the county's name straddles 雄安 and 新区 (not
        # 湖北|宜昌东门: a county right after its province's name is located by it, whatever follows)
    if prev_han and _historical_short(name) and _words().get(prev + name[0], (0, ""))[0] >= 1000 \
            and not _LOCATIVE.match(text, e) and not _VERB_AFTER.match(text, e) \
            and not text.startswith(_SUFFIX_OPENERS, e):
        return True  # 治|安肃|正: the short form of a county of 1911 whose first character ends a frequent word
    major = hit[0] in ("province", "city") or hit[0] == "region" and text[e:e + 1] == "向"  # 江西|进入; 华北|向日军
    if not major and not _LOCATIVE.match(text, e) and not _VERB_AFTER.match(text, e):
        for b in (e + 1, e + 2):
            w = text[e - 1:b]
            if b <= len(text) and w not in lex and _words().get(w, (0, ""))[0] >= 300:
                return True
    return False


_PARALLEL = set("山岭峰江河水湖海川谷")


def _after_province(text: str, s: int, lex: dict) -> bool:
    """A province's name ends right at s (湖北宜昌, 山西榆社): what starts there is the place it locates."""
    return any(lex.get(text[s - k:s], ("",))[0] == "province" for k in (2, 3) if s >= k)


def _major_city_after_direction(text: str, s: int, e: int, lex: dict) -> bool:
    """A city's name that opens with a direction, after a word of motion (向|西安, 由|北平): a major city (a
    frequent toponym of the general word list) is meant, not 向西 and the left-over, unless its last character
    opens an everyday word (以北|平原)."""
    name = text[s:e]
    freq, tag = _words().get(name, (0, ""))
    if lex.get(name, ("",))[0] != "city" or tag != "ns" or freq < 250:
        return False
    after = text[e - 1:e + 1]
    return len(after) < 2 or _place_word(after) or _words().get(after, (0, ""))[0] < 100


def _place_word(word: str) -> bool:
    """A two-character word that names a place: in the lexicon as a division or region, or a toponym of the
    general word list (南苑, 西苑: jieba's ns) seen often enough not to be chance."""
    if len(word) != 2:
        return False
    if _lexicon().get(word, ("",))[0] in ("province", "city", "county", "region"):
        return True
    freq, tag = _words().get(word, (0, ""))
    return tag == "ns" and freq >= 20
_VERY_FREQUENT = 3000  # a word of everyday Chinese whatever jieba's tag (太阳, 英雄, 城市 are tagged ns)


def _verb_before(text: str, s: int) -> bool:
    """The two characters before s are a verb of the dictionary (雄踞|怒江, 俯瞰|九江): the name starts at s."""
    freq, tag = _words().get(text[max(0, s - 2):s], (0, ""))
    return s >= 2 and tag.startswith("v") and freq >= 5


_LEAD_TAGS = ("v", "p", "c", "d", "f")  # verbs, prepositions, conjunctions, adverbs, directions


def _lead_char(c: str, tags: tuple[str, ...] = _LEAD_TAGS) -> bool:
    """c is a frequent one-character word of those kinds: it may stand before a name without being part of it."""
    freq, tag = _words().get(c, (0, ""))
    return freq >= 1000 and tag[:1] in tags


def _lead_word_before(text: str, s: int, name: str) -> bool:
    """The character before a feature name is a one-character verb or function word (盖|松山 "for", 下|松山
    "took") and the name stands alone elsewhere in the text (松山之战, 集于松山。): one name, one reading in one
    text, so the character is no first character of a longer name."""
    return _lead_char(text[s - 1]) and _alone_elsewhere(text, s, name)


def _alone_elsewhere(text: str, s: int, name: str) -> bool:
    """``name`` stands alone somewhere else than at s (after a boundary, before no Han character but 之/的)."""
    i = text.find(name)
    while i >= 0:
        e = i + len(name)
        if (i == 0 or not _han_at(text, i - 1) or text[i - 1] in _BOUNDARY_CHARS) and i != s \
                and (e == len(text) or not _han_at(text, e) or text[e] in "之的"):
            return True
        i = text.find(name, i + 1)
    return False


_PHRASE_NAME = re.compile(literal_led(r"沿[\u4e00-\u9fff]|[东南西北]郊"))
_TOWN_SIDE = re.compile(r"[镇村][东南西北]")  # 由镇西向镇东攻击: a side of the town, no place of its own


def _translit_head(text: str, s: int, e: int, lex: dict) -> bool:
    """A two-character county of the gazetteer followed by two more Han characters that make no word, no
    locative, suffix, verb or function word, and end at punctuation or 之 (及X卡巴之线): the head of a longer
    transliterated foreign name."""
    hit = lex.get(text[s:e], ("", 0, 0, 0, ""))
    if hit[0] != "county" or hit[4] != "gazetteer" or e + 2 > len(text):
        return False
    tail = text[e:e + 2]
    if not _HAN.fullmatch(tail) or tail[0] in _BOUNDARY_CHARS or tail[1] in _BOUNDARY_CHARS or tail in _words() \
            or _BAD_STEM.search(tail) or _BAD_ITEM.search(tail) \
            or text[e - 1:e + 1] in _words() or _LOCATIVE.match(text, e) or _VERB_AFTER.match(text, e) \
            or text.startswith(_SUFFIX_OPENERS, e) or text.startswith(_SUFFIX_OPENERS, e + 1):
        return False
    return e + 2 == len(text) or text[e + 2] in "。,，、;；:：!?！？)）之\n"


def _person(word: str) -> bool:
    freq, tag = _words().get(word, (0, ""))  # jieba tags some 2-character toponyms nr (吴淞): trust only frequent ones
    return tag in ("nr", "nrfg", "nrt") and freq >= (20 if len(word) > 2 else 100)


# a rank or a role right after a name (侯万山班长, 李青山同志), or a bracketed role after it, as under an interview's
# speaker (马金山(纪念馆筹建人):): what follows a person, never a mountain
_TITLE_AFTER_NAME = re.compile(r"(?:班长|排长|连长|营长|团长|旅长|师长|军长|司令|政委|指导员|同志|老人|老汉|先生|烈士|将军)"
                               r"|[(（][^()（）\n]{1,16}(?:人|长|员|者|家|生)[)）]")


def _natural_in_place_frame(text: str, s0: int, end: int) -> bool:
    """The name text[s0:end] (a mountain word jieba tags as a person's name: 白云山) stands where only a place can:
    after a place verb (攻占|X, 进犯|X) and not before a person's word (部, 的, 处 …) or title, or after a place
    preposition (在, 向, 到 …) and before a movement, a locative or a fight (在X伏击, 向X进犯, 在X一带). Not 向阎锡山
    报告, 在阎锡山的指挥下, 进攻阎锡山部."""
    if _TITLE_AFTER_NAME.match(text, end) or _PERSON_NEXT.match(text, end):
        return False
    if _VERB_BEFORE_END.search(text, max(0, s0 - 4), s0):
        return True
    return text.endswith(_NATURAL_PREP, 0, s0) and _FIGHT_TAIL.match(text, end) is not None


def _titled_person(text: str, s0: int, end: int) -> bool:
    """Surname + given name ending like a mountain (侯万山), with a rank or role right after it."""
    from kangzhan.extract.mentions.lexdata import cn_surnames
    return text[s0] in cn_surnames() and _TITLE_AFTER_NAME.match(text, end) is not None


def _toponym_word(word: str) -> bool:
    """A frequent place name of jieba's dictionary (河南, 山东)."""
    freq, tag = _words().get(word, (0, ""))
    return tag == "ns" and freq >= 500


_SCHOOL_CLASS = re.compile(r"第?[一二三四五六七八九十0-9]{1,3}期")


def _runs_into_next_name(text: str, name: str, e: int) -> bool:
    """Two frequent place names side by side with no separator (江苏|山东安徽): the suffix character at ``e`` opens the
    second name, it is no feature of the first; not so before a bank or a side (太平|江北岸: the river's north bank)."""
    nxt = text[e:e + 2]
    return _toponym_word(name) and _toponym_word(nxt) and nxt in _lexicon() and text[e + 2:e + 3] not in "岸侧面部边郊麓端头"


def _verb_word(word: str) -> bool:
    """A frequent verb of jieba's dictionary (切断, 攻击): no toponym's stem."""
    freq, tag = _words().get(word, (0, ""))
    return tag.startswith("v") and freq >= 100


def _verb_lead(word: str) -> bool:
    """A two-character verb of the dictionary, even a rarer one (转任, 阻截): it opens a clause, no toponym."""
    freq, tag = _words().get(word, (0, ""))
    return tag.startswith("v") and freq >= 20


# a stem opening with a count or a quantifier of places (两大|城市, 诸关雄|镇, 各县|城): no name (诸葛|村, 三座|门 stay)
_COUNTED_STEM = re.compile(r"[两二三四五六七八九十几数][大个处]|[诸各众][关城镇县村山寨堡]")


def _stem_ok(stem: str) -> bool:
    return not _BAD_STEM.search(stem) and not _ALL_NUMERAL.fullmatch(stem) and not _common(stem, 200)


_AFTER_PLACE = re.compile(r"[东西南北][岸侧面]|以[东西南北]|东北|西北|东南|西南")
# a direction and 渡 after a name is a crossing (由X南渡), not a ferry called X南渡
_CROSSING = re.compile(r"[东西南北]渡")
_CROSSED = frozenset("江河海湖")  # what 渡 crosses when it is the verb (渡江, 渡河)


def _crossing_verb(text: str, suf: str, after: int) -> bool:
    """The suffix 渡, with a river (江, 河 …) at after, is the verb of a crossing (从X口渡江, 在X镇渡河): no ferry
    called X渡."""
    return suf == "渡" and text[after:after + 1] in _CROSSED


# a position word in apposition to the name after it (外线防御阵地|X寺, 两城的中间地|X铺, 前营阵地|X): the name
# starts after it, and the frame says it is a place
_APPOSITION_BEFORE = re.compile(r"(?:阵地|据点|要地|驻地|基地|中间地|要冲|要隘)$")


def _at_boundary(text: str, i: int, taken: list[bool] | None = None) -> bool:
    """Position i can start a name: after punctuation, a place verb/preposition, a found place (南浔线|万家岭),
    a found place and a direction or bank (德安西北|万家岭, 修水南岸|涂家埠) or a position word in apposition."""
    return (i == 0 or text[i - 1] in _BOUNDARY_CHARS or bool(taken and taken[i - 1])
            or bool(_VERB_BEFORE_END.search(text[max(0, i - 4):i]))
            or bool(_APPOSITION_BEFORE.search(text, max(0, i - 3), i))
            or bool(taken and i >= 3 and taken[i - 3] and _AFTER_PLACE.fullmatch(text, i - 2, i))
            or bool(taken and i >= 2 and taken[i - 2] and text[i - 1] in _DIVISION_AFTER)
            or bool(taken and _BEARING_OF.search(text, max(0, i - 3), i) and _placed_before(text, i, taken)))


# a bearing and 之 after a found place (阜宁西之|陈家集, 城东北之|王庄): the place it locates starts after it
_BEARING_OF = re.compile(r"[东南西北]{1,2}之$")


def _placed_before(text: str, i: int, taken: list[bool]) -> bool:
    """A found place ends right before the bearing and 之 that end at i."""
    j = i - 2
    while j >= 0 and text[j] in _DIRECTIONS and i - 2 - j < 2:
        j -= 1
    return j >= 0 and taken[j] and text[j] not in _DIRECTIONS


# an operation on a place (对X扫荡, 对X发起进攻, 对X进行围攻): 对 opens the name of its target (not 对X说, a person)
_OPERATION_AFTER = re.compile(r"(?:发起|发动|进行|展开|实施|实行|开始)?了?(?:大|猛烈的?|大规模的?|残酷的?|疯狂的?|多次)?"
                              r"[“\"]?(?:扫荡|清乡|围剿|进攻|攻击|围攻|猛攻|合击|轰炸|炮击|总攻)")


def _operation_target(text: str, i: int, end: int) -> bool:
    """The name text[i:end] is the target of an operation after 对 (see _OPERATION_AFTER)."""
    return i > 0 and text[i - 1] == "对" and bool(_OPERATION_AFTER.match(text, end))


# a division word that closes the found place before it (刘老庄乡|刘老庄街, X镇|Y村): the next name starts after it
_DIVISION_AFTER = "乡镇区"


# a bearing from the town or from a place the sentence gave (县城以北|李家村, 城北|王家庄, 阵地以东|X庄): the village
# after it is the place, the bearing only says where it lies
_TOWN_BEARING = re.compile(r"(?:以|城)[东南西北]{1,2}$")


def _after_bearing(text: str, i: int, taken: list[bool]) -> bool:
    """Position i follows a found place and a one-character bearing (天津南|良王庄: the village south of the city),
    not a bank or a side (太平江北|岸)."""
    return i >= 2 and taken[i - 2] and not taken[i - 1] and text[i - 1] in _DIRECTIONS \
        and text[i] not in "岸侧面部边郊麓端头"


def _twice_a_goal(text: str, name: str) -> bool:
    """The name is the object of a place verb at least twice (推进至冷水沟…, 占领冷水沟…): a place, even where its
    stem is an everyday word (冷水 "cold water") that makes the suffix rule doubt it elsewhere."""
    n, i = 0, text.find(name)
    while i >= 0 and n < 2:
        n += bool(_VERB_BEFORE_END.search(text, max(0, i - 4), i))
        i = text.find(name, i + 1)
    return n >= 2


# after a preposition, what says the name is a place: a locative, or the fight or stay that happens there (在X伏击)
_PLACED_AFTER = re.compile(r"附近|一带|地区|以[东南西北]|[东南西北]面|之线|一线|周围|外围|村[东南西北外内口头]|"
                           r"(?:与|同)?[敌日][军人寇]?|伏击|阻击|截击|袭击|设伏|宿营|驻扎|驻防|据守|坚守|集结|激战|血战|交战|战斗|"
                           r"[初首]战|之战|大捷|告捷")  # 于X初战获胜, 在X首战告捷: the fight there


_PLACE_PREP = "在于至到向从由往"


def _clan_stem_clean(text: str, s0: int, stem: str) -> bool:
    """No function, unit or verb character in the stem, except a family name that is also such a word opening it
    (于家堡, 向家坪, 都镇湾) where the stem is a clan's (X家) or a place preposition or verb stands before it."""
    if not _BAD_STEM.search(stem):
        return True
    if _BAD_STEM.search(stem[1:]) or stem[0] not in cn_surnames():
        return False
    if stem[-1] == "家" and len(stem) == 2:
        return True
    return stem[0] not in _BOUNDARY_CHARS and s0 > 0 and (  # 包围|于悟口: a preposition is no family name here
        text[s0 - 1] in _PLACE_PREP or _VERB_BEFORE_END.search(text, max(0, s0 - 4), s0) is not None)


# the battle words a fight is named with after its place (X保卫战, X战斗, X之役 …)
_BATTLE_WORD_AFTER = re.compile(r"(?:保卫战|守卫战|争夺战|阻击战|伏击战|攻坚战|突围战|战斗|战役|会战|之战|之役|大捷|血战)")


def _names_a_battle(text: str, name: str) -> bool:
    """The text names a fight after the name somewhere (刘官庄保卫战, 李官桥战斗): the name is a place, even where its
    stem holds a character (官, 营, 司) that makes the suffix rule doubt it elsewhere (指挥官, 长官)."""
    i = text.find(name)
    while i >= 0:
        if _BATTLE_WORD_AFTER.match(text, i + len(name)):
            return True
        i = text.find(name, i + 1)
    return False


def _settled(text: str, s0: int, end: int, stem: str, suf: str) -> bool:
    """A settlement or feature suffix whose stem is an everyday word (桃花峪, 周家畈, 冷水沟) is a place where the
    frame says so: the stem is a clan name (X家 + 庄/峪/屯 …: the commonest village name of the north), or the name
    is the object of a place verb (攻占|红土坎, 进驻|杏花村) or stands after 在/于/向 … before a locative or a fight
    (在桃花峪|伏击). Never a stem with a function or unit character, a verb (切断), or a person (阎锡山)."""
    kind = _SUFFIX[suf]
    if kind in ("village", "town", "bay", "mountain", "pass") and len(stem) >= 2 and not _BAD_STEM.match(stem) \
            and _APPOSITION_BEFORE.search(text, max(0, s0 - 3), s0) and not _verb_word(stem) and not _person(stem):
        return True  # 中间地|春和铺, 阵地|七里铺: named in apposition to a position, whatever its stem's characters
    if kind in ("village", "town", "mountain", "pass") and len(stem) >= 2 and not _BAD_STEM.match(stem) \
            and not _verb_word(stem) and not _person(stem) and _names_a_battle(text, stem + suf) \
            and (_LOCATIVE.match(text, end) or _PLACED_AFTER.match(text, end)):
        return True  # 刘官庄保卫战 … 死守刘官庄阵地: the text names a fight after it, and holds it as a position
    if kind not in ("village", "town", "bay", "mountain", "pass") or len(stem) < 2 or not _clan_stem_clean(text, s0, stem) \
            or _verb_word(stem) or _person(stem) or _TIME_SPAN.search(stem + suf):
        return False
    if kind in ("village", "town", "bay") and stem[-1] == "家":
        return True  # 周家畈, 王家峪, 陈家湾: X家 + a settlement suffix
    if _VERB_BEFORE_END.search(text, max(0, s0 - 4), s0):
        return True
    return s0 > 0 and text[s0 - 1] in _PLACE_PREP and _PLACED_AFTER.match(text, end) is not None


# verbs of motion that take 上/下 as their complement before the hill they reach (窜上孤山, 退下X岭)
_CLIMB = "窜退登爬冲攻撤跑逃奔抢转回追赶杀"
# the camp and militia characters of the garrison villages of the north (西营村, 大营村, 前营庄) and the 官 of the
# villages named after an official's estate (官庄, 高官寨): a character the stem rule doubts, read as a village only
# where its county is written right before it (阜平县|西营村, 某县|高官寨)
_GARRISON_CHARS = re.compile(r"[团营官]")


def _garrison_village(stem: str, suf: str) -> bool:
    """A two-character stem whose only unit character is a camp or militia word (团, 营), before a walled-village
    suffix (堡, 寨, 庄, 村, 屯 …): a village named after the garrison that founded it, not a unit."""
    return (len(stem) == 2 and suf in _VILLAGE_END and bool(_GARRISON_CHARS.search(stem))
            and not _BAD_STEM.search(_GARRISON_CHARS.sub("", stem)) and not _common(stem, 200))


# conjunctions and time words that open a clause (当界河方面战事吃紧 "when at Jiehe …"), the 今 of a gloss of the
# present name (老运河(今小清河)), the adverb 既 (既设河防阵地 "river-defence positions already built"), the verb
# 属 of a gazetteer's "belongs to" (属潘庄镇, 属X县管辖) and the literary openers of a report or an editorial's
# sentence, 兹 and 顷 ("now", "just now": 兹据沪电, 顷接X电 "now by the wire from …"): no toponym
# starts with them (马当要塞 has 当 inside)
_CLAUSE_OPENERS = "当今既属兹顷"
# 除X外 "besides X": the close of the frame within its clause
_EXCEPT_CLOSE = re.compile(r"[^，,。；;！!？?\n]{0,6}?外")
# one character and a settlement word right after a feature's suffix (皖南水|阳镇, 东山|口村): a longer name runs on
_TOWN_AFTER = re.compile(r"[\u4e00-\u9fff][镇村庄集寨圩屯堡]")


# the feature a village is named after, before its 村/庄 (百花洞村, 桃花峪村, 梅子坑村): the name is a village's
_FEATURE_OF_VILLAGE = "洞峪沟坑塘湾坳冲垌"


def _feature_village(stem: str, suf: str) -> bool:
    """A three-character stem that ends in a feature word, before 村 or 庄 (百花洞村): the village word vouches for
    the name even where its first two characters are an everyday word (百花, 桃花)."""
    return suf in ("村", "庄") and len(stem) == 3 and stem[-1] in _FEATURE_OF_VILLAGE and not _BAD_STEM.search(stem)


# a market street (花市街, 米市街, 菜市街): X市 a market, 街 its street; the name before it is the town's
_MARKET_STREET = re.compile(r"市街")


# the hills of a place described after its name (X山高、坡陡, X山高林密): 山 is the subject, no suffix
_TERRAIN_SAID = re.compile(r"(?:[高陡险峻深大多][、,，。;；和且又]|[高陡险峻深][林路坡谷水峰沟石])")


# the first character of a naming word X称 (史称, 又称, 后称, 俗称 …): the name it gives starts after 称
_NAMING_HEADS = frozenset("史又亦也或通俗后简旧今改原号统")


# a village named after its first houses, a count of rooms and the building (三间房, 五间堂, 七间屋): a name whose
# characters are a count and everyday nouns, before its 村/庄/屯
_ROOMS_STEM = re.compile(r"[一二三四五六七八九十两]间[房堂屋楼]")


def _county_framed(text: str, s0: int, taken: list[bool], stem: str, suf: str) -> bool:
    """A three-character stem written right after a found county and before 村 (某县|梨树沟村, 某县|枣树坪村):
    the county-village address vouches for a name that opens with an everyday word (梨树, 枣树)."""
    return (suf == "村" and s0 > 0 and taken[s0 - 1] and text[s0 - 1] == "县" and stem[0] not in "县乡镇区"
            and not _BAD_STEM.search(stem))


def _naming_word_in(text: str, s0: int, p: int) -> bool:
    """The stem text[s0:p] holds the 称 of a naming word (史称高|城): the stem reaches back over the word that
    introduces a name, so it is no name itself."""
    return any(text[i] == "称" and i > 0 and text[i - 1] in _NAMING_HEADS for i in range(s0, p))


# what 冲 "charge" takes after it as a verb (冲进, 冲上, 冲出, 冲向): the village word 冲 is followed by none of them
_CHARGE_ON = frozenset("进入出上下过向去来破杀锋")
# a verb of being or having before a name (甲城有乙山, 此地是丙岭): no first character of it
_VERB_OF_BEING = frozenset("有是为乃")


def _suffix_places(text: str, taken: list[bool]) -> list[Mention]:
    out = []
    for m in _SUFFIX_AT.finditer(text):
        p = m.start()
        for suf in (s for s in _SUFFIXES_BY_FIRST[text[p]] if text.startswith(s, p)):
            end = p + len(suf)
            if any(taken[p:end]):
                break
            # the stem right before the suffix, 2-3 Han characters at a boundary
            for k in (3, 2):
                s0 = p - k
                if s0 < 0 or any(taken[s0:p]):
                    continue
                stem = text[s0:p]
                if stem[0] in "上下" and s0 and text[s0 - 1] in _CLIMB and _SUFFIX[suf] == "mountain" \
                        and _HAN.fullmatch(stem[1:]) and not _common(stem[1:] + suf, 50) \
                        and text[end:end + 1] not in _SUFFIX:
                    _claim(text, out, taken, s0 + 1, end, "suffix", _SUFFIX[suf])  # 退上|孤山: the move's complement
                    break
                county = _one_char_county(text, s0, taken)
                if not _HAN.fullmatch(stem) or not (_at_boundary(text, s0, taken) or _after_bearing(text, s0, taken)
                                                    or _operation_target(text, s0, end) or county
                                                    or _TOWN_BEARING.search(text, max(0, s0 - 3), s0)):
                    continue
                strong = s0 > 0 and taken[s0 - 1]  # right after a found place: 南浔线|万家岭
                if k == 3 and suf in "村庄屯" and _ROOMS_STEM.fullmatch(stem):
                    _claim(text, out, taken, s0, end, "suffix", _SUFFIX[suf])  # 三间房村: named after its first houses
                    break
                if stem[0] in "县省" and s0 > 0 and _han_at(text, s0 - 1) or strong and stem[0] == "市":
                    continue  # 海城县|冲河, 某省|石沟: the division word closes the name before, it opens none
                if strong and k == 3 and stem[0] in _DIVISION_AFTER:
                    continue  # 刘老庄|乡刘老庄街: the division word belongs to the place before
                if strong and k == 2 and stem[0] in _DIRECTIONS and stem[1] in "街关门":
                    continue  # X庄东街|村南: a quarter of the place before (its east street), no village of its own
                natural = _SUFFIX[suf] in ("mountain", "river", "lake", "pass")
                goal = k == 2 and not _BAD_STEM.search(stem) and _twice_a_goal(text, stem + suf)
                settled = _settled(text, s0, end, stem, suf)
                if suf in _FRAMED_ONLY and not (settled and _stem_ok(stem.replace("家", "")) or stem[-1] == "家"
                                                and _clan_stem_clean(text, s0, stem)):
                    continue  # 特务营, 原来: a unit or a word; 在李家营一带, 驻扎刘庄原: the frame makes the village
                # right after its county, 官 is a village's own (赵官|寨, 官|庄: named after an official's estate)
                bad = _BAD_STEM.search(stem.replace("官", "") if strong else stem)
                if not (_stem_ok(stem) or (strong or natural and k == 2) and not bad
                        and not _common(stem, 5000 if strong else 1500) or goal or settled
                        or strong and _garrison_village(stem, suf)):
                    continue
                if (stem[0] in _BOUNDARY_CHARS or stem[0] in _CLAUSE_OPENERS) and not settled or _common(stem + suf):
                    continue
                if stem[0] == "除" and _EXCEPT_CLOSE.match(text, end):
                    continue  # 除|甲乙公路外: 除…外 "besides" frames the name, it is no part of it
                if natural and _TOWN_AFTER.match(text, end):
                    continue  # 江北|河|口镇: the feature's character opens the town's name (河口镇), it ends none
                if _COUNTED_STEM.match(stem):
                    continue  # 两大城市, 诸关雄镇, 各大城: a count or a class of places, no name
                if _naming_word_in(text, s0, p):
                    continue  # 史称高|城, 史称|关 (of 史称关家垴战斗): the naming word, then the name, no place 史称X
                if k == 2 and stem[0] == suf and _han_at(text, end):
                    continue  # 港事港心, 山高山低: a parallel phrase (A B A C) repeats its head word, no place named
                if _CROSSING.fullmatch(text, p - 1, end) or _verb_word(stem):
                    continue  # 由巾口南渡 (a crossing), 切断江南 (a verb before 江南)
                if _crossing_verb(text, suf, end):
                    continue
                if len(stem) == 2 and stem[1] in "断毁通坏掉塌" and _lead_char(stem[0], ("v",)):
                    continue  # 挖断公路, 炸毁铁路: a verb and its result (a compound the dictionary lacks), no road's name
                if _runs_into_next_name(text, stem, p):
                    continue  # 江苏山东安徽河南: provinces run together, the suffix opens the next name (山东, 河南)
                if k == 2 and _toponym_word(stem[-1] + suf) and _lead_char(stem[0], ("v",)):
                    continue  # 东开|浙江: a verb, then a province whose last character is the suffix
                if k == 3 and (_verb_lead(stem[:2]) or stem[:2] in _PHRASE_VERBS) \
                        or k == 2 and stem[0] in _DIRECTIONS and _lead_char(stem[1], ("v",)):
                    continue  # 转任|仙台, 阻截|X, 肉搏|X岭: a verb before the name; 西接|关陕 "borders … on the west": no name
                if s0 and _common(text[s0 - 1:s0 + 1], 50) and text[s0 - 1] not in "向在至到于":
                    continue  # 守备|新墙河: the stem's first character ends the word before
                if k == 3 and _COUNTED_BLOW.match(stem):
                    continue  # 二打|石湾: the count and the verb of a blow, then the place
                if _VERB_BEFORE_END.search(text, max(0, s0 - 3), s0 + 1):
                    continue  # 窜|扰张家岙, 进|驻李村: the stem's first character ends a place verb (窜扰, 进驻)
                if stem[0] in _DIRECTIONS and (stem[1] in _DIRECTIONS or text[s0 - 1:s0] == "以" or strong and k == 3
                                               or k == 3 and s0 >= 2 and text[s0 - 1] in _DIRECTIONS and taken[s0 - 2]):
                    continue  # 东南侧山区, 以北汉水; 天津南|良王庄, 泗县西|北朱家圩: the bearing from the place before
                if suf in "山峰岭林泉" and (_person(stem + suf) or _person(stem)) \
                        and not _natural_in_place_frame(text, s0, end):
                    continue  # 阎锡山 (jieba's nr tag is no good guide for 吴淞口); 在白云山伏击: a mountain
                if suf in "山峰岭林泉" and k == 2 and _titled_person(text, s0, end):
                    continue  # 侯万山班长, 马金山(纪念馆筹建人): a man's name with his rank or role after it
                if _described_noun(text, s0, stem, suf, strong):
                    continue  # 一个偏远的小山村, 一座小石桥: an everyday noun described; 在小石桥一带 is a name
                if _common(stem[-1] + suf, 200) and not goal:
                    continue  # 重机关枪, 十字路口: the stem's last character and the suffix make a word
                if stem + suf in _words() and _words().get(stem, (0, ""))[1] == "n" and _words()[stem][0] >= 20:
                    continue  # 铁索桥, 公路桥: a word of the dictionary naming a kind of structure, not one place
                if k == 3 and (any(c in "塘桥铺镇村街圩寨坪山江河湖岭" for c in stem[1:]) or stem[-1] in "两二三四"):
                    continue  # 五塘六塘: two names side by side
                if k == 3 and (_common(stem[1:] + suf, 1) or _common(stem[:2], 50) or _common(stem[1:], 50)) \
                        and not _feature_village(stem, suf) and not _county_framed(text, s0, taken, stem, suf):
                    continue  # X + common word (向阵地口), common word + X (负责南口): not a name
                if suf == "冲" and text[end:end + 1] in _CHARGE_ON:
                    continue  # 老王冲进屋, 战士们冲上山: the verb 冲 and its direction, no valley village (X冲)
                if stem[0] in _VERB_OF_BEING and (stem[1:] + suf in _lexicon() or _toponym_word(stem[1:] + suf)):
                    if k == 2:
                        _claim(text, out, taken, s0 + 1, end, "suffix", _SUFFIX[suf])
                        break
                    continue  # 城东有|凤山: the verb of being, then the name
                if suf in "山岭" and _TERRAIN_SAID.match(text, end):
                    continue  # 因X山高、坡陡、林密: the place's hills described (its 山 high), no hill named
                nxt = text[end:end + 1]
                if (nxt and nxt not in _SUFFIX_NEXT_OK and not _LOCATIVE.match(text, end)
                        and _hamlet_close(text, suf, end) == end and (_common(suf + nxt, 30) or _words().get(suf + nxt, (0, ""))[0] >= 500)):
                    continue  # 配属山炮, 血染山河: the suffix starts another word (山河 is tagged ns, yet a word)
                if k == 3 and _MARKET_STREET.match(text, p) and _words().get(stem[-1] + suf, (0, ""))[1] == "n":
                    _claim(text, out, taken, s0, p - 1, "suffix", "town")  # 丰利|花市街: the town, then its market
                    _claim(text, out, taken, p - 1, end + 1, "suffix", "town")  # street (花市, 菜市: a market's word)
                    break
                kind = _SUFFIX[suf]
                if suf in _DIMINUTIVE_OF and text.startswith("子", end):
                    end, kind = _diminutive_end(text, end, kind)
                elif (close := _hamlet_close(text, suf, end)) > end:
                    end, kind = close, "village"  # 某家窝堡, 某家窝棚, 某家坨屯: the name runs to its last settlement word
                elif (suf in _VILLAGE_END or suf in _FRAMED_ONLY or len(suf) == 1 and suf not in _NO_VILLAGE_AFTER) \
                        and suf != "村" and text.startswith("村", end) and text[end + 1:end + 2] not in "民长干委庄落":
                    end, kind = end + 1, "village"  # 赤峪村, 杨家洼村, 马家寨村: the village called after the valley, the fort
                    # (柳树湾村, 石板桥村: whatever feature the name began as, 村 closes it; 山村, 村庄 are words)
                if county and not _at_boundary(text, s0, taken):
                    _claim(text, out, taken, s0 - 2, s0, "suffix", "county")
                _claim(text, out, taken, s0, end, "suffix", kind)
                break
            break
    return out


# characters that make X县 a reference, not a county (各县, 该县, 邻县, 本县, 全县 …)
_NOT_COUNTY_STEM = frozenset("各该本全邻此外每一二两三四五六七八九十某同州省市府地区乡镇村大小")


def _one_char_county(text: str, s0: int, taken: list[bool]) -> bool:
    """A county named by one character and 县 stands right before s0, opening a word (山西|辽县|十字岭, 在|涉县|X村):
    the place inside it starts after 县. Counties of one character the gazetteer lacks (renamed since: 辽县) are
    written so too."""
    if s0 < 2 or text[s0 - 1] != "县" or not _han_at(text, s0 - 2) or text[s0 - 2] in _NOT_COUNTY_STEM \
            or any(taken[s0 - 2:s0]):
        return False
    return _at_boundary(text, s0 - 2, taken)


# the northeast's toponyms add 子 to a feature (柳条沟子, 二道岗子, 老虎嘴子) and name a hill or a village after it
# (X岗子山, X沟子村): the 子 and the feature after it are part of the name, not a word of their own
_DIMINUTIVE_OF = frozenset("岗冈沟嘴")
_AFTER_DIMINUTIVE = {"山": "mountain", "岭": "mountain", "河": "river", "村": "village", "屯": "village"}


# a settlement's name is whole to its last settlement word: a hamlet's feature word (窝, 洼, 坨, 岔 …) or a village
# word, then the walled or garrison village's word (堡, 屯; 窝棚, the huts the villages of the northeast began as) —
# 某家窝堡 is one village, no 某家窝 beside a fort; 堡垒 and 屯兵 are words, no part of a name
_HAMLET_CLOSE = re.compile(r"(?:堡|屯|(?<=窝)棚)(?![垒兵田驻扎垦守])(?:子(?=[村屯]))?村?")


# the suffixes after which 村 opens a word of its own (城|村 "town and village", 县|村, 乡|村), not a village's name
_NO_VILLAGE_AFTER = frozenset("城县市乡江")


def _hamlet_close(text: str, suf: str, end: int) -> int:
    """Where a village name whose suffix suf ends at end really ends (see _HAMLET_CLOSE): end when it ends there."""
    if len(suf) != 1 or _SUFFIX.get(suf) != "village" or suf in "村堡屯":
        return end
    m = _HAMLET_CLOSE.match(text, end)
    return m.end() if m else end


def _diminutive_end(text: str, end: int, kind: str) -> tuple[int, str]:
    """The end and kind of a feature name that goes on with 子 (and a hill, river or village word after it)."""
    nxt = text[end + 1:end + 2]
    if nxt in _AFTER_DIMINUTIVE:
        return end + 2, _AFTER_DIMINUTIVE[nxt]
    if not nxt or nxt in _SUFFIX_NEXT_OK:
        return end + 1, kind
    return end, kind


# a foreign place given with its romanization in capitals (那泡(NAHPAW), 大利(TALID): military reports and maps)
_ROMANIZED = re.compile(r"(?P<run>[\u4e00-\u9fff]{2,8})[(（][A-Z]{3,}(?:[ '-][A-Z]+)*(?=[)）,，])")
_ROMANIZED_AT = re.compile(r"[(（][A-Z]{3}")  # every match starts 2-8 characters before one


def _romanized_places(text: str, taken: list[bool]) -> list[Mention]:
    """The name before a romanization in brackets, cut where a place verb, preposition or found place opens it."""
    out = []
    for m in near_anchor_finditer(_ROMANIZED, text, _ROMANIZED_AT, 8):  # = _ROMANIZED.finditer(text)
        e = m.end("run")
        for s in range(max(m.start("run"), e - 4), e - 1):
            name = text[s:e]
            if not _at_boundary(text, s, taken) or any(taken[s:e]) or text[s] in _BOUNDARY_CHARS \
                    or _LOCATIVE.search(name) or _AFTER_PLACE.search(name):
                continue
            if _NOT_IN_ENUM.search(name) or _common(name, 100) or _person(name) or name in _NOT_PLACES:
                break
            _claim(text, out, taken, s, e, "context")
            break
    return out


# the other name of a place in a bracket after it: 和尔高地(即虎形巢), 汉阳城(今武汉)
# (the lookbehind written after the bracket, over it: re scans for the bracket in C)
_BRACKET_ALIAS = re.compile(r"[(（](?<=[地山岭峰城镇村关口岛寨街].)(?:即|今|又称|亦称|今称|旧称|俗称)"
                            r"(?P<name>[\u4e00-\u9fff]{2,4})[)）]")


def _bracket_aliases(text: str, taken: list[bool]) -> list[Mention]:
    out = []
    for m in _BRACKET_ALIAS.finditer(text):
        s, e = m.span("name")
        if any(taken[s:e]) or _BAD_ITEM.search(m.group("name")) or _common(m.group("name"), 50):
            continue
        _claim(text, out, taken, s, e, "context")
    return out


def _after_station_verb(text: str, s: int, e: int) -> int:
    """Where a name starts that the run text[s:e] opens with 驻 (驻|潞安地区日军, stationed at the place): the verb
    is no part of it; a name the lexicon holds (驻马店) or a word of 驻 (驻军, 驻地) keeps it."""
    run = text[s:e]
    if len(run) >= 3 and run[0] == "驻" and run not in _lexicon() and not _common(run[:2], 50):
        return s + 1
    return s


# adverbs that open a predicate (亦, 也, 就 …) and verbs of the fight's acts (伏, 击 …): no unknown name begins or ends so
_ADVERB_OPENS = frozenset("亦也就都又还已便遂乃则均皆仍竟")
_ACT_ENDS = frozenset("伏击袭歼攻")


def _candidate(text: str, s: int, e: int) -> tuple[int, int] | None:
    """Trim a Han run text[s:e] after a place verb to the toponym it starts with."""
    s = _after_station_verb(text, s, e)
    run = text[s:e]
    if len(run) >= 4 and run[0] in _ABBREV and run[1] == "境":
        s += 2  # 缅境|腊戌, 湘境|X: "in the territory of" before the name, no part of it
        run = text[s:e]
    loc = _LOCATIVE.search(run)
    if loc and loc.start() >= 2:
        e = s + loc.start()
        run = text[s:e]
    if any(c in "塘桥铺镇村街圩寨坪" for c in run[1:-1]):
        return None  # 五塘六塘: two names side by side
    if not 2 <= len(run) <= 4:
        return None
    if run in _weak():
        return (s, e) if _item_ok(text, s, e) else None
    if run in _lexicon():
        return s, e
    if run in _NOT_PLACES or not _item_ok(text, s, e):
        return None
    if run[0] in _ADVERB_OPENS or run[-1] in _ACT_ENDS:
        return None  # 攻击|亦即失败, 进入|伏击阵地: an adverb opens a predicate, a verb of the fight ends an act
    return s, e


# what makes 我/敌 after a place verb a side noun of its own (进攻我军, 接近敌人), not the owner of the place after it
_SIDE_NOUN_NEXT = frozenset("军方部们人伪寇兵后占区阵")


# a direction and a verb of moving on that close a clause after its place (取道甲山西去, 经乙镇北上): no part of the name
_MOVE_ON = re.compile(r"[东西南北](?:去|来|进|撤|行|下|上|返|窜|犯)$")


def _context_places(text: str, taken: list[bool]) -> list[Mention]:
    out = []
    for vm in _VERB_BEFORE.finditer(text):
        i = vm.end()
        if len(vm.group(0)) == 1 and _common(text[i - 1:i + 1], 100):
            continue  # 陷入, 克服, 占有: the verb is part of another word, no place follows
        if _words().get(vm.group(0) + text[i:i + 1], (0, ""))[1] == "n":
            continue  # 包围圈, 占领区: the verb opens a noun (在包围圈中), no place follows
        if text[i:i + 1] in ("我", "敌") and text[i + 1:i + 2] not in _SIDE_NOUN_NEXT:
            i += 1  # 接近我赤峪, 进攻敌X据点: whose place it is, no part of its name
        while i < len(text):
            run = _HAN.match(text, i)
            if not run:
                break
            stop = min(run.end(), run.start() + 8)
            moved = stop == run.end() and stop - run.start() >= 4 and _MOVE_ON.search(text, stop - 2, stop)
            if not moved and stop == run.end() and stop - run.start() >= 3 and text[stop - 1] == "时":
                stop -= 1  # 行至X时,遭到伏击: the time the march reached the place, no part of its name
            span = _candidate(text, run.start(), stop - 2 if moved else stop)
            if span is None or any(taken[span[0]:span[1]]):
                break
            s, e = span
            # the run must end the name: a separator, punctuation or a locative right after it (or the direction
            # and verb of the move on from it: 取道X西去)
            if e < len(text) and not (_SEP.match(text, e) or not _HAN.match(text, e) or _LOCATIVE.match(text, e)
                                      or _VERB_AFTER.match(text, e) or text[e] in "后时前" or moved and e == stop - 2):
                break
            out.append(_mention(text, s, e, "context"))
            for k in range(s, e):
                taken[k] = True
            sep = _SEP.match(text, e)
            if not sep or sep.group(0) in ",，" and vm.group(0) in _PHRASE_VERBS:
                break  # 奇袭X，攘臂登城: a four-character phrase's clause is no list
            i = sep.end()
    for vm in (*_VERB_AFTER.finditer(text), *_FOUGHT_AFTER.finditer(text)):
        j = vm.start()
        k = j
        while k > 0 and _han_at(text, k - 1) and j - k < 4:
            k -= 1
        if j - k < 2 or k > 0 and _han_at(text, k - 1) or any(taken[k:j]):
            continue
        span = _candidate(text, k, j)
        if span:
            out.append(_mention(text, span[0], span[1], "context") if vm.re is _VERB_AFTER
                       else _cut_pass(text, span[0], span[1]))
            for x in range(span[0], span[1]):
                taken[x] = True
    return out


# what follows a place named after a preposition (在X集结, 向X进犯, 在X附近, 在X与日军激战)
_PREP_TAIL = (
    r"集结|进犯|进攻|撤退|转移|前进|推进|突围|会合|会师|附近|一带|地区|以[东南西北]|[东南西北]岸|之线|一线|方向|方面|"
    r"守军|南下|北上|东进|西进|溃退|撤退|退却|增援|出发|转进|迂回|挺进|北撤|南撤|西撤|东撤|登陆|突破|突进|南进|北进|攻向|"
    r"[东西南北]犯|[东西南北]渡|进击|反击|攻击|地域|之间|间|等地|等处|既设|各地|沿线|境内|交战|激战|血战|作战|战斗|会合|集中|前线|战场|阵地|"
    r"段(?![落时])|的(?:时候|侧面|侧翼|后方|前方|外围|周围|四周|[东南西北][面侧郊])|以[攻进犯袭趋取窥图](?!为)"
    r"|向[\u4e00-\u9fff]{2,4}?(?:推进|进攻|前进|进犯|突进|转进|撤退|攻击|挺进|追击)"  # 经X向Y推进: a route
    # 在X与日军激战, 在X与敌遭遇: the fight with the enemy there (the enemy named, then the fight within a few words)
    r"|与(?:日伪军|日军|日寇|敌军|敌人|敌|伪军)[^，,。；;]{0,6}?(?:激战|交战|遭遇|血战|鏖战|战斗|作战|对峙|接火|相持)"
)
# a preposition, a short name, then a movement verb or a locative: 向石门集结, 由怀来增援, 在三眼桥会合
_PREP_CONTEXT = re.compile(
    r"(?:到达|抵达|到了|向|在|于|至|到|经|由|从|沿|往|抵|达)我?(?P<name>[\u4e00-\u9fff]{2,4}?)"
    rf"(?={_PREP_TAIL})")
# a fight or a stand right after a place named after a preposition (在X伏击日军, 在X坚守): with _PREP_TAIL
_FIGHT_TAIL = re.compile(rf"(?:{_PREP_TAIL}|伏击|阻击|设伏|狙击|抵抗|坚守|固守|据守|构筑|山区|山麓|脚下|山顶|主峰|[东南西北]麓)")
_NATURAL_PREP = ("到达", "抵达", "到了", "向", "在", "于", "至", "到", "经", "由", "从", "沿", "往")
# what follows a person, never a place taken or held: his troops, a possessive, his title (进攻阎锡山部, 到阎锡山处)
_PERSON_NEXT = re.compile(r"[部的之所处军等同]")
# a place a distance away: 以西十五里X, 城北三十余里之X (a numeral right before 里)
_DISTANCE = re.compile(r"(?=[余多华公里])(?<=[0-9〇一二两三四五六七八九十百])(?:余|多)?(?:华|公)?里(?:外|处|许)?(?:之|的)?"
                       r"(?P<name>[\u4e00-\u9fff]{2,4}?)(?=[，,。；;、]|附近|一带|地区|等地|以[东南西北])")
# from one place to another: 从X至Y, 由X到Y (the first name; the second is a place verb's object)
_FROM_TO = re.compile(r"(?:从|由)(?P<name>[\u4e00-\u9fff]{2,4}?)(?=至|到(?!达))")


# a direction and a verb of motion (转向北进, 挥师南下): a movement, no place
_MOVE = re.compile(r"[东南西北](?:进|上|下|撤|犯|退|移|返|调|援|窜|逃|渡|运)")


def _motion(name: str) -> bool:
    """A verb and its directional complement (扑来, 杀来, 冲去): a movement toward or away, no place."""
    return len(name) == 2 and name[1] in "来去" and _lead_char(name[0], ("v",))
# (城市, 都市, 农村, 乡村: the kind of place, no name: 日军进入城市 tells of the city the text is about)
_NOT_PLACES = frozenset({"中国", "日本", "中华", "我国", "敌国", "本国", "全国", "各地", "当地", "该地", "此地",
                         "城市", "都市", "农村", "乡村"})


def _item_ok(text: str, s: int, e: int, delimited: bool = False) -> bool:
    """A list item or context name: 2-4 Han characters that can be a toponym. ``delimited``: separators
    on both sides (、桃花港、), so a common word inside it (桃花) is no reason to doubt it."""
    name = text[s:e]
    if not 2 <= len(name) <= 4 or not _HAN.fullmatch(name) or name in _NOT_PLACES or _MOVE.fullmatch(name) \
            or _TIME_SPAN.search(name) or _motion(name) or name[-1] == "期" \
            or _BATTLE_ITEM.search(name):  # 抗战期|间, 相持期|间: a time; X战役: a battle
        return False
    if name in _weak():  # an official division's name that is also a word: in a list of places, or a noun
        return delimited or _words().get(name, (0, "n"))[1] in ("n", "ns", "nz", "nt", "nr", "j")
    if name in _lexicon():
        return True
    if delimited and not (_BAD_ITEM.search(name) or _ALL_NUMERAL.fullmatch(name)):
        # between separators next to a known place a noun may be a toponym (鹿角, 观音阁), a verb may not
        return _words().get(name, (0, "ns"))[1] in ("n", "ns", "nz", "nt", "ng", "s", "nr", "nrt", "j")
    if name[0] in _DIRECTIONS and name[1] in _DIRECTIONS:
        return False
    if len(name) >= 3 and _words().get(name[:2], (0, ""))[1] in ("d", "ad") and _words()[name[:2]][0] >= 100:
        return False  # 经过|仓促整补: an adverb opens a manner of acting, no toponym
    if len(name) == 2 and name[0] in _PARALLEL and name[1] in _SUFFIX and _words().get(name, (0, ""))[0] >= 100:
        return False  # 山沟, 山口, 山村: a landform and a feature word, the tagger's ns for a kind of ground, no name
    feature = name[-1] in "山岭峰岗江河湖关桥街镇铺港湾口塘圩坪渡庄村寨集堡沟" + _SETTLEMENT \
        or len(name) >= 3 and name[-1] == "家" and name[-2] in cn_surnames()  # 万家岭, 桃花峪, 石桥王家: a common word may open the name
    village = len(name) >= 3 and name[-1] in _VILLAGE_END  # 王家庄: the tagger's personal name is a village here
    if len(name) == 4 and not feature and all(_words().get(h, (0, "ns"))[1] != "ns" and _words().get(h, (0, ""))[0] >= 50
                                              for h in (name[:2], name[2:])):
        return False  # 丛林陡壁 (jungle and cliffs), 高山深谷: two everyday nouns describe the ground, they name no place
    if len(name) == 4 and not feature and _verb_word(name[2:]):
        return False  # 凭险阻击: a verb phrase after a listed name (退守X,凭险阻击), no place
    if len(name) == 4 and name not in _lexicon() and _verb_lead(name[:2]):
        return False  # 阻截安北: a verb and its object (阻截安北、固阳方向之敌), the verb no part of the name
    # a village's name is its settlement word and any character before it: a preposition's character there (于楼,
    # 向集, 经庄) opens the name when the pair is no word of the dictionary; the preposition itself stands before it
    led = len(name) == 2 and name[0] in _NAME_LEAD and name[1] in _FEATURE_END + _SETTLEMENT + _BUILDING + "店" \
        and name not in _words()
    return not (_BAD_ITEM.search(name[1:] if led else name) or _ALL_NUMERAL.fullmatch(name) or _common(name, 5)
                or _person(name) and not village
                or len(name) > 2 and (not feature and _common(name[:2], 300) or _common(name[-2:], 300)))


def _cut_pass(text: str, s: int, e: int) -> Mention:
    """The place text[s:e] read before a fight of a four-character phrase (X诱歼几尽, X接战): the pass X关 or X口 of the
    lexicon when the phrase cut its name to the stem, else the name as written."""
    name = text[s:e]
    whole = next((name + suf for suf in "关口" if _lexicon().get(name + suf, ("",))[0] == "pass"), None)
    if whole is None:
        return _mention(text, s, e, "context")
    k, lon, lat, official, _src = _lexicon()[whole]
    return Mention("place", s, e, name, {"name": whole, "kind": k, "lon": lon, "lat": lat, "official": official,
                                         "source": "context", "short": name})


# the enemy posted at a place (沐仁之敌向我进犯, 击溃沐仁之敌): the name opens a clause or follows a verb of attack
_ENEMY_AT = re.compile(r"之敌")
_ATTACK_BEFORE = re.compile(r"(?:击溃|歼灭|消灭|围歼|全歼|击退|打退|阻击|包围|围攻|袭击|攻击|进攻|合击|夹击|驱逐|肃清|牵制)了?$")
_CLAUSE_OPEN = "，,。；;：:、\n 　"
# before 之敌, the words that describe the enemy rather than where it stood (来犯之敌, 当面之敌, 残余之敌)
_ENEMY_NOT_POSTED = re.compile(r"(?:来犯|进犯|来侵|入侵|侵犯|当面|对面|残余|顽抗|溃退|逃窜|被围|该地|该处|此地)$")


def _enemy_posts(text: str, taken: list[bool]) -> list[Mention]:
    """X之敌 where X opens a clause or follows a verb of attack: the place the enemy held, when X can be a toponym
    (not 当面之敌, 来犯之敌, 该地之敌: words, a verb, a pronoun)."""
    out = []
    for m in _ENEMY_AT.finditer(text):
        e = m.start()
        for n in (2, 3, 4):
            s = e - n
            if s < 0 or not _HAN.fullmatch(text, s, e):
                break
            if not (s == 0 or text[s - 1] in _CLAUSE_OPEN or _ATTACK_BEFORE.search(text, max(0, s - 4), s)):
                continue
            if _ENEMY_NOT_POSTED.search(text, s, e):
                break  # 对来犯之敌, 向当面之敌: the enemy's act or position, no place named
            if not any(taken[s:e]) and _item_ok(text, s, e) and not _person(text[s:e]):
                _claim(text, out, taken, s, e, "context")
            break
    return out


# 于冀南某县X与日军激战: the fight's place after the places that locate it (a region, a county no gazetteer holds)
_ENEMY_FIGHT = (r"与(?:日伪军|日军|日寇|敌军|敌人|敌|伪军)[^，,。；;]{0,6}?"
                r"(?:激战|交战|遭遇|血战|鏖战|战斗|作战|对峙|接火|相持)")
# an ambush laid at a settlement or outside one of its gates (在X县Y北门外设伏, 于Y村外伏击): the fight is set there
_AMBUSH_AT = r"(?:[东南西北][门关]外?|外|附近|一带)?(?:设伏|伏击|设下埋伏|埋伏)"
_PREP_CHAIN = re.compile(rf"(?:在|于)(?:(?P<chain>[\u4e00-\u9fff]{{4,10}}?)(?={_ENEMY_FIGHT})"
                         rf"|(?P<set>[\u4e00-\u9fff]{{2,10}}?)(?={_AMBUSH_AT}))")
_COUNTY_LEAD = re.compile(r"[\u4e00-\u9fff]{1,2}县")


def _chain_places(text: str, taken: list[bool]) -> list[Mention]:
    """The last name of a chain after 在/于 before the fight with the enemy (于冀南威县某家与日军激战) or an ambush laid
    there (在X县某某北门外设伏): the
    places found already (冀南) and a county written in full (X县) only locate it; the rest, 2-4 characters
    that can be a toponym, is the village fought at (its kind, when no suffix tells it). (_PREP_CONTEXT reads
    a name right after the preposition only.)"""
    out = []
    for m in _PREP_CHAIN.finditer(text):
        s, e = m.span("chain" if m.group("chain") else "set")
        pos = s
        while pos < e:
            if taken[pos]:
                while pos < e and taken[pos]:
                    pos += 1
                if pos < e - 2 and text[pos] in "县市":
                    pos += 1  # 沁阳|县: the gazetteer's county without its 县, the word that ends it
            elif (c := _COUNTY_LEAD.match(text, pos, e)) and e - c.end() >= 2:
                pos = c.end()
            else:
                break
        if pos == s or not 2 <= e - pos <= 4 or any(taken[pos:e]) or not _item_ok(text, pos, e) \
                or _person(text[pos:e]):
            continue
        m = _claim(text, out, taken, pos, e, "context")
        if m.value.get("kind") is None:  # a name under a county, no suffix that tells its kind (某家): a village
            out[-1] = _mention(text, pos, e, "context", "village")
    return out


def _prep_places(text: str, taken: list[bool]) -> list[Mention]:
    out = _chain_places(text, taken)
    for m in (*_PREP_CONTEXT.finditer(text), *_FROM_TO.finditer(text), *_DISTANCE.finditer(text)):
        s, e = m.span("name")
        if m.re is _FROM_TO and _common(text[e - 1:e + 1], 50):
            continue  # 由小飞机|送到: a verb with its complement 到, no "from X to Y"
        if m.re is _DISTANCE and _words().get(text[s:e], (0, ""))[0] >= 100:
            continue  # 三十里的山村: a frequent word (jieba tags 山村 ns) is no name here
        if m.re is _PREP_CONTEXT and s - m.start() == 1 and _verb_word(text[s - 1:s + 1]):
            continue  # 稍作抵|抗便北撤: the preposition's character and the name's first make a verb (抵抗)
        if m.re is _PREP_CONTEXT and text[m.start()] in "在于" and text.startswith("的时候", e):
            continue  # 在吃饭的时候, 在撤退的时候: 在 opens a time clause, its words an act, no place
        if m.re is _PREP_CONTEXT and text[m.start()] in "向往" and text[s] in _DIRECTIONS and text[s + 1:e] not in _lexicon() \
                and _words().get(text[s + 1:s + 3], (0, ""))[0] >= 100:
            continue  # 向东|策应攻击: a bearing after 向 and the word of the action, no place named 东策应
        loc = _LOCATIVE.search(text, s + 2, e)
        if loc:
            e = loc.start()
        if e - s > 2 and text[e - 1] in "大小全并即再又先" and text[e - 2] in _SUFFIX:
            e -= 1  # 向八塘|大迂回
        if e - s == 4 and text[s + 1] in _FEATURE_END + _SETTLEMENT and _verb_lead(text[s + 2:e]):
            e -= 2  # 十里处的韦岗|设伏: a feature's two-character name, then the verb of what was done there
        if e - s >= 4 and text[e - 2:e] in ("中国", "日本", "中日"):
            e -= 2  # 向江桥|中国守军: the country opens the description of the troops there, no part of the name
        if e - s > 2 and text[e - 1] in "退撤进逃窜转攻" and text[e:e + 1] in ("至", "到", "往", "向"):
            e -= 1  # 由西门|退至西关: the verb of the move before its 至, no part of the name
        for k in (2, 3):  # 由印度|利多出发: a known place, then another name
            if e - s - k >= 2 and text[s:s + k] in _lexicon() and text[s:s + k] not in _weak() \
                    and _item_ok(text, s + k, e):
                if not any(taken[s:s + k]):
                    _claim(text, out, taken, s, s + k, "context")
                s += k  # 从印度|雷多至: the country found already, the name after it is the new one
                break
        if any(taken[s:e]) or not _item_ok(text, s, e):
            continue
        if text[s:e] in _weak() and _words().get(text[s:e], (0, ""))[0] >= 1000 and text.startswith(("地区", "地带"), e):
            continue  # 在平原地区作战: a kind of ground (a very frequent word) before 地区, not the county of that name
        _claim(text, out, taken, s, e, "context")
    return out


_FEATURE_END = "山岭峰岗江河湖关口桥镇铺港湾塘圩坪渡庄村寨集堡沟"
_NAME_LEAD = "向至到于从由自沿经往"  # prepositions' characters that also open village names (于庄, 经庄)
# a count of the places listed closes the list (东庄、西庄两村, A、B、C三个据点)
_COUNT_TAIL = r"[两二三四五六七八九十几]个?(?:村庄|村子|村落|村镇|集镇|据点|村|庄|寨|镇|处)"
_ITEM_STOP = re.compile(r"[、,，和及与等]|地区|一带|附近|之线|一线|既设|等地|等处|" + _COUNT_TAIL)


def _item_end(text: str, s: int) -> int | None:
    """End of a list item starting at s: the shortest 2-4 character name followed by a separator, a
    locative, a place verb or a verb (麦市|突破, 营田|登陆), or the whole Han run."""
    run = _HAN.match(text, s)
    if not run:
        return None
    for e in range(s + 2, min(run.end(), s + 4) + 1):
        if e == run.end() or _ITEM_STOP.match(text, e) or _LOCATIVE.match(text, e) or _VERB_AFTER.match(text, e):
            return e
        nxt = _words().get(text[e:e + 2], (0, ""))
        if nxt[1] in ("v", "vn", "vd") and nxt[0] >= 100:
            return e
        if text[e - 1] in _FEATURE_END and text[e] in "向往":
            return e  # 经A、B岭|向C: a route's item, then where it leads
    return None


def _list_neighbours(text: str, found: list[Mention], taken: list[bool]) -> list[Mention]:
    """Items of an enumeration "A、B、C" next to a found place are places too (远安、河溶、江陵)."""
    out: list[Mention] = []
    queue = list(found)
    while queue:
        m = queue.pop()
        # the item after: A、[B]
        if text.startswith("、", m.end):
            s = m.end + 1
            if _COUNTED_BLOW.match(text, s):
                s += 2  # 三打A、二打B: the count and the verb of each blow open the item, the place follows them
            e = _item_end(text, s)
            if e and not any(taken[s:e]) and _item_ok(text, s, e, text[e:e + 1] in ("、", "等")):
                queue.append(_claim(text, out, taken, s, e, "context"))
        # a comma list (OCR'd texts write "," for "、"): A,[B] when B ends in a feature suffix or a
        # locative closes it ("蒲田桥,梁门地域", "平江,三角塘,")
        if text.startswith((",", "，"), m.end):
            s = m.end + 1
            e = _item_end(text, s)
            if (e and e - s <= 3 and not any(taken[s:e]) and (text[e - 1] in "山岭峰江河湖关桥街镇铺港湾口塘圩坪渡"
                                                               or _LOCATIVE.match(text, e))
                    and (e == len(text) or not _HAN.match(text, e) or _LOCATIVE.match(text, e))
                    and _item_ok(text, s, e)):
                queue.append(_claim(text, out, taken, s, e, "context"))
        # the item before: [A]、B
        if m.start >= 3 and text[m.start - 1] == "、":
            e = m.start - 1
            s = e
            while s > 0 and "\u4e00" <= text[s - 1] <= "\u9fff" and e - s < 4:
                s -= 1
            # drop a leading verb or preposition: 攻陷|安乡、南县 ; 位于|修水、…
            v = None
            for v in _VERB_BEFORE.finditer(text, s, e):  # noqa: B007 - the last one is wanted
                pass
            if v and v.end() < e:
                s = v.end()
            for loc in _LOCATIVE.finditer(text, s, e):  # 洞庭湖以西|石首、常德
                if loc.end() <= e - 2:
                    s = loc.end()
            for k in range(e - 3, s - 1, -1):  # 汤恩伯部由|峄县、枣庄: start after the last preposition
                if text[k] in "向在至到于从由自沿经往及和与之":  # 红水河间之|邹圩、石陵圩
                    s = k + 1
                    v = v or True
                    break
            while s < e - 2 and _common(text[s - 1:s + 1], 50):
                s += 1  # 守备|上东坑: the word before ends inside the run
            if e - s == 4 and _verb_word(text[s:s + 2]) and text[s + 2:e] in _lexicon():
                s += 2  # 转战|山东、河南: a verb of the troops' moves before the first province of a list
                v = v or True
            full_item = s == 0 or not ("\u4e00" <= text[s - 1] <= "\u9fff") or text[s - 1] in _BOUNDARY_CHARS or v
            while s < e - 2 and text[s] in "向在至到于从由自沿经往及和与":
                s += 1
            if e - s >= 2 and full_item and not any(taken[s:e]) and _item_ok(text, s, e, text[s - 1:s] in ("、", "") or v is not None):
                queue.append(_claim(text, out, taken, s, e, "context"))
    return out


# a name at a clause start followed by a locative: "，罗店一带成为…"
_LOCATIVE_TAIL = "一带|附近|地区|以北|以南|以东|以西|城下|城郊|外围|方面"
_LOCATIVE_CONTEXT = re.compile(rf"(?<=[，,。；;：:\n])(?P<name>[\u4e00-\u9fff]{{2,3}}?)(?={_LOCATIVE_TAIL})")
_LOCATIVE_TAIL_AT = re.compile(_LOCATIVE_TAIL)  # every match ends at one, 2-3 characters after its start


def _locative_places(text: str, taken: list[bool]) -> list[Mention]:
    out = []
    for m in near_anchor_finditer(_LOCATIVE_CONTEXT, text, _LOCATIVE_TAIL_AT, 3):  # = _LOCATIVE_CONTEXT.finditer(text)
        s, e = m.span("name")
        s = _after_station_verb(text, s, e)
        if not any(taken[s:e]) and _item_ok(text, s, e):
            _claim(text, out, taken, s, e, "context")
    return out


# a place named by the noun before it (重镇车桥, 县城X) or by its stronghold after a verb (收复车桥据点): the
# context is strong enough for a name that is also a rare word (车桥)
_STRONGHOLD = re.compile(  # the lookahead: the first characters of the alternatives' words, a quick rejection
    r"(?=[重要集古小县收攻拔占袭进围包守夜奇境克夺智强突偷端拿])(?:(?:重镇|要镇|集镇|古镇|小镇|县城|要地|要隘)(?P<a>[\u4e00-\u9fff]{2,3}?)(?=[，,。；;、]|发起|的|及|和|与|等地)"
    r"|(?:收复|攻克|攻占|攻下|拔除|拔掉|占领|袭击|夜袭|奇袭|进攻|围攻|包围|守卫|智取|夺取|攻打|强攻|突袭|偷袭|端掉|拿下)(?P<b>[\u4e00-\u9fff]{2,3}?)(?:敌|日军|伪军|日伪)?据点"
    r"|境(?:内|之|内之)(?P<c>[\u4e00-\u9fff]{2,3}?)(?:敌|日军|伪军|日伪)?据点"
    # a town stormed and located by the part of its country or province (攻克缅甸北部的X, 收复湘西南部的X)
    r"|(?:收复|攻克|攻占|攻下|克复|夺回)[\u4e00-\u9fff]{2,4}?[东南西北中]部的(?P<d>[\u4e00-\u9fff]{2,3}?)(?=[，,。；;]))")
# a stronghold named by its post (在X据点伏击, 进犯X据点, 四月X据点之役, X炮楼一役 at a clause's opening): the fort
_POST_TAIL = re.compile(r"据点|炮楼|碉堡")
_POST_LEAD_CHARS = frozenset("在于向对从以犯打年月，,。；;：:\n“「、")
_POST_LEAD_WORDS = frozenset(("夜袭", "奇袭", "袭击", "突袭", "偷袭", "围攻", "进攻", "强攻", "猛攻", "收复", "攻克", "攻占", "拔除",
                              "包围", "智取", "夺取", "攻打", "端掉", "拿下"))
# a post built, added or reached (在X筑炮楼, 即新增据点, 逃回据点, 主攻据点): the verb's, no place's name ends there
_POST_VERB_END = frozenset("筑建设增修造布进回攻克除占守拔有成为要的个些各处座")
# a post named by its holder or a pronoun, no place (在敌据点, 该炮楼, 日伪据点)
_NO_POST = re.compile(r"^(?:[敌该这那此各我其原新旧大小]|日[军伪寇]|伪军|鬼子|一个|几个|两个|附近|周围)")
# a toponym that opens the name of an office or institution (南京市方志办, 延安大学): no place of the account
_ORG_AFTER = re.compile(r"(?:市|县|省)?(?:方志办|史志办|地方志|党史办|档案馆|纪念馆|博物馆|图书馆|出版社|大学|学院|日报|"
                        r"晚报|电视台|政协|文史馆|军校|军官学校|学校|讲武堂|中学|小学|"
                        r"地下党|党组织|党委|工委|总部|大本营|统帅部|当局)")  # 黄埔军校: the school, no place of the battle;
# 津南地下党组织: the party's; 延安总部通电表扬: the command (a metonym), no place of the fight
# an accord, a conference or an order named after the city where it was made (华盛顿体系, 巴黎和会, 马关条约,
# 塘沽协定): the place of a signature, no place of a fight
_ACCORD_AFTER = re.compile(r"(?:体系|体制|会议|和会|条约|公约|协定|协议|宣言|公报|会谈|谈判)")
# a name that reads as 新 + a verb of forming (新建 "newly built", a district of 南昌 too) before 的/之 and a noun: the
# adjective (八路军新建的部队, 新建之据点), no place
_NEWLY_MADE = re.compile(r"新[建编组设立]")
_ATTRIBUTE_AFTER = re.compile(r"[的之](?![地处间])[\u4e00-\u9fff]")
# an institution's name with a qualifier between the place and the kind (江西人民出版社, 湖南师范大学, 四川古籍
# 出版社): publishers, universities and newspapers; memorials and museums are often named after the battle itself
_ORG_KIND = re.compile(r"出版社|大学|学院|日报|报社|电视台|图书馆|档案馆|高中|中学|小学")
_QUALIFIER_TAGS = ("n", "nz", "a", "b", "vn", "j")


def _qualified_org_after(text: str, e: int) -> bool:
    """One or two everyday nouns or adjectives, then the word of an institution, follow the place at ``e``."""
    for k in (2, 4):
        q = text[e:e + k]
        if len(q) == k and _ORG_KIND.match(text, e + k) and _HAN.fullmatch(q) \
                and all(_words().get(q[i:i + 2], (0, ""))[1] in _QUALIFIER_TAGS and _common(q[i:i + 2], 50)
                        for i in range(0, k, 2)):
            return True
    return False


# a title or rank right before a surname: the name after it is a person's (参谋长|刘|宁安, 少校|周|清河)
_TITLE_END = re.compile("(?:" + "|".join(sorted({t for t, _ in TITLES} | set(RANKS) | {"参谋", "副官", "书记", "部长"},
                                                 key=len, reverse=True)) + ")$")


# a civilian's role before his name (市民李建德, 村民王平山, 老人张安远): what a news story calls the man it is about
_ROLE_END = re.compile("(?:市民|村民|居民|农民|老人|老汉|老乡|老兵|先生|女士|师傅|老师|记者|学生|商人|企业家|店主|房主|屋主)$")


def _called_a_person(text: str, name: str) -> bool:
    """The surname and given name are written somewhere after a civilian's role word (给市民李建德颁奖 … 李建德决定):
    the text names a man so, and every writing of the name is his."""
    i = text.find(name)
    while i >= 0:
        if _ROLE_END.search(text, max(0, i - 3), i):
            return True
        i = text.find(name, i + 1)
    return False


def _in_personal_name(text: str, s: int, e: int, lex: dict) -> bool:
    """A two-character county after a one-character surname that a title precedes, or that 部 ("the troops of")
    follows (伪军头目刘宁安部): a person's given name, no place. Not a city or province (军长|向|宜昌: 向 is
    also a preposition, so a surname that is a frequent function word is no surname here)."""
    if e - s != 2 or s < 1 or text[s - 1] not in cn_surnames() or lex.get(text[s:e], ("",))[0] in ("province", "city"):
        return False
    titled = bool(_TITLE_END.search(text, max(0, s - 7), s - 1)) or _called_a_person(text, text[s - 1:e])
    if _lead_char(text[s - 1]):  # 谢, 向, 于: a surname or a verb or preposition; a listed name must close it
        return titled and text[e:e + 1] in ("、", "，", ",", "。", "；", ";")
    return (titled or text.startswith("部", e) and not _common(text[e:e + 2], 50)  # 刘宁安部: his troops (no 部署)
            or _named_unit_after(text, s - 1, e) or _named_so_throughout(text, s, e))


def _named_so_throughout(text: str, s: int, e: int) -> bool:
    """The text writes the county text[s:e] twice or more and every time after the same family name (赵长丰曾经率部
    … 赵长丰的这场战斗): a man's given name, repeated with his surname (or a longer name of its own: 高骊山组 … 高骊山
    is no 骊山); a place is written after other words too."""
    county, full = text[s:e], text[s - 1:e]
    n = text.count(county)
    return n >= 2 and text.count(full) == n and full not in _lexicon() and not _common(full, 5)


# the echelons a force is named by after its commander (王长海团, 李红光支队, 赵平山游击队)
_LEADER_ECHELON = re.compile(r"(?:支队|大队|纵队|游击队|游击支队|独立团|团|旅|营)(?![长部级附政])")


def _named_unit_after(text: str, s: int, e: int) -> bool:
    """text[s:e] (a surname and a two-character county) names a force after its leader (王长海团, 李红光支队): an
    echelon word follows and the three characters are no place of their own; the word before it is no name's
    start (八路军|王…: a side or a title ends there, or a clause opens)."""
    return bool(_LEADER_ECHELON.match(text, e)) and text[s:e] not in _lexicon() and not _common(text[s:e], 30)


def _after_relative_word(text: str, s: int, e: int, lex: dict) -> bool:
    """A county that is, or starts inside, a relative position (镇东 "east of the town"; 镇|西和…: the west of the
    town, then 和): no place of its own. Not a city or province (省城|西安)."""
    if e - s == 2 and text[s] in "镇村" and text[s + 1] in _DIRECTIONS and not text.startswith(("县", "区", "市"), e):
        return True  # 驻镇东仓库: the east of the town (a county of that name is written with its 县)
    return (s >= 1 and text[s - 1] in "镇村城" and text[s] in _DIRECTIONS
            and lex.get(text[s:e], ("",))[0] not in ("province", "city"))


# two names joined by a conjunction between a preposition and a locative (向东枝及腊戍方向), two listed names
# or one after 的 before a locative (两日马圭、阿恰布附近; 以南的德林达依地区): transliterated foreign places
# that no gazetteer holds are named in these frames
_PAIR_CONTEXT = re.compile(
    r"(?:(?<=[向在于至到经由从沿往抵达])|(?<=[，,。；;：:\n的日]))(?![向在于至到经由从沿往抵达])(?P<a>[\u4e00-\u9fff]{2,4}?)"
    r"(?:(?:以及|及|和|与|、)(?P<b>[\u4e00-\u9fff]{2,4}?))?(?=方向|一线|附近|一带|地区|之间|等地)")
_PAIR_TAIL_AT = re.compile("方向|一线|附近|一带|地区|之间|等地")  # every match ends at one, at most 4+2+4 after its start


def _pair_places(text: str, taken: list[bool]) -> list[Mention]:
    out = []
    for m in near_anchor_finditer(_PAIR_CONTEXT, text, _PAIR_TAIL_AT, 10):  # = _PAIR_CONTEXT.finditer(text)
        lead = text[m.start() - 1:m.start()]
        if not m.group("b") and lead not in "的":
            continue  # one name after a preposition or a clause start: _prep_places and _locative_places decide
        if m.group("b") and text.startswith(("地区", "一带"), m.end()):
            continue  # 在新江、白阳地区: an area of two unknown names is no evidence; 附近/方向 point at places
        spans = [m.span(g) for g in ("a", "b") if m.group(g)]
        known = [(s, e) for s, e in spans if all(taken[s:e])]  # 向东吁(found)以及卑谬一线
        spans = [(s, e) for s, e in spans if (s, e) not in known]
        if any(any(taken[s:e]) or not _item_ok(text, s, e) or _common(text[s:e], 50) for s, e in spans):
            continue
        for s, e in spans:
            _claim(text, out, taken, s, e, "context")
    return out


# a name before the word for its battle: 瓦鲁班之役, X大捷, X这场战役 — the battles of a memoir are named after
# places, transliterated foreign ones (no gazetteer holds them) too
_BATTLE_OF = re.compile(r"之役|大捷|这场战役|这次战役|这一战役|这场战斗|一役|一(?<![死决水]一)战(?![区线场役士])|保卫战|守卫战|伏击战"
                        r"|突围战")
# (X一战 as X之役; 拚死一战, 决一战, 背水一战: "to fight it out", an idiom, no place before it; the lookbehind after 一:
# every alternative opens with a literal, which re scans for in C)
# X保卫战 is the defence of the place X (石牌保卫战): a rare noun (石牌 "stone tablet") is the place's name there
_DEFENCE_OF = ("保卫战", "守卫战")
# X突围战 is the breakout from the place X where the force was encircled (a village mostly, 2 characters as often as 3)
_TWO_CHAR_STEM = (*_DEFENCE_OF, "突围战")


def _battle_stem_places(text: str, taken: list[bool]) -> list[Mention]:
    """The place a battle is named after, 3-4 characters before 之役/大捷 or 2-4 before 这场战役 (the deictic says
    a place of the account). Two-character stems before 之役/大捷 are left alone: they are often two places cut
    to a character each (随枣之役), no toponym."""
    out = []
    for m in _BATTLE_OF.finditer(text):
        e = m.start()
        defence = m.group(0) in _DEFENCE_OF
        lo = 2 if m.group(0).startswith("这") or m.group(0) in _TWO_CHAR_STEM else 3
        for k in (4, 3, 2):
            s = e - k
            if k < lo or s < 0 or not _HAN.fullmatch(text, s, e) or any(taken[s:e]):
                continue
            if not (s == 0 or text[s - 1] in _BOUNDARY_CHARS or not _HAN.match(text, s - 1)
                    or text.endswith(("会战", "战役", "大战"), 0, s)):  # 长衡会战|衡阳保卫战: the campaign's name
                continue
            if k > 2 and _verb_word(text[s:s + 2]):
                continue  # 参加|秋收保卫战: a frequent verb opens the stem, the defence is of what follows it
            if _naming_word_in(text, s, e):
                continue  # 史称|这场战斗: the word that introduces a name, no place
            freq, tag = _words().get(text[s:e], (0, "ns"))
            rare_noun = defence and not _BAD_ITEM.search(text[s:e]) and tag in ("n", "ns", "nz", "j", "s") and freq < 300
            if defence and freq >= 300:
                break  # 城市保卫战: a defence of cities in general, no place
            if rare_noun or _item_ok(text, s, e) and not _common(text[s:e], 5) \
                    or k > 2 and _ground_named_after(text, text[s:e]):
                _claim(text, out, taken, s, e, "context")
            break
    return out


# a fight named after a two-character place (车桥战役, 江桥抗战): the words of its name after the stem
_FIGHT_AFTER_STEM = re.compile(r"战役|战斗|之战|大捷|抗战|血战|攻坚战|伏击战|阻击战|歼灭战")
# the stem stands as a place elsewhere in the text: after a preposition or a verb of moving on or taking it, or before
# a post, a side or a locative (向车桥增援, 夺取车桥, 车桥据点, 车桥两翼)
_STEM_PLACED_BEFORE = re.compile(r"(?:[向在到至于抵]|" + "|".join(_VERB_BEFORE_WORDS.split("|")) + ")$")
_STEM_PLACED_AFTER = re.compile(r"据点|镇|城|一带|地区|附近|守军|之敌|两翼|周围|外围|阵地|以[东南西北]|[东南西北]面")

# a verb that opens a named fight (发起车桥战役, 进行了著名的X战斗): the name starts after it
_FIGHT_VERB_BEFORE = re.compile(r"(?:发起|发动|进行|打响|参加|指挥|取得)了?(?:著名的|有名的)?$")


_RARE_NS = 100  # a place-tagged word of jieba used more often is mostly an everyday noun too (山村, 海岭)


def rare_place_word(word: str) -> bool:
    """The dictionary tags the word a rare place name (a park's or a suburb's name, ns used < 100 times), not an
    everyday noun that is a place too (山村 178, 城市 25084): written before 战斗, it names where the fight was."""
    freq, tag = _words().get(word, (0, ""))
    return tag == "ns" and freq < _RARE_NS


def _fight_named_stems(text: str, taken: list[bool]) -> list[Mention]:
    """The two-character place a fight is named after (车桥战役), when no gazetteer holds it and it is an everyday
    noun (车桥 "axle"): a place only where the text also sets the stem as one elsewhere (向车桥增援, 车桥据点), or
    where the dictionary tags it a rare place name (ns: a suburb's or a park's name, written once before its 战斗). A stem
    of time, manner or a verb (夜间战斗, 游击战斗) stands nowhere so, or is no noun."""
    out = []
    for m in _FIGHT_AFTER_STEM.finditer(text):
        s, e = m.start() - 2, m.start()
        if s < 0 or not _HAN.fullmatch(text, s, e) or any(taken[s:e]) \
                or not (s == 0 or text[s - 1] in _BOUNDARY_CHARS or not _HAN.match(text, s - 1)
                        or _FIGHT_VERB_BEFORE.search(text, max(0, s - 6), s)):
            continue
        stem = text[s:e]
        freq, tag = _words().get(stem, (0, ""))  # an everyday noun: a word the dictionary holds (涞阳 is none)
        if freq >= 300 or tag not in ("n", "ns", "nz", "s", "j") or _BAD_ITEM.search(stem) or stem in _NOT_PLACES:
            continue
        placed = rare_place_word(stem)  # a rare place name of the dictionary (X苑战斗): no placing needed
        i = text.find(stem)
        while i >= 0 and not placed:
            placed = i != s and not _FIGHT_AFTER_STEM.match(text, i + 2) \
                and (_STEM_PLACED_BEFORE.search(text, max(0, i - 4), i) is not None
                     or _STEM_PLACED_AFTER.match(text, i + 2) is not None)
            i = text.find(stem, i + 1)
        if placed:
            _claim(text, out, taken, s, e, "context")
    return out


def _ground_named_after(text: str, stem: str) -> bool:
    """The text writes the battle's stem elsewhere as the head of a gully's, a village's or a hill's name (家什房子沟口,
    石门坎村): a toponym, though made of everyday nouns (丛林陡壁 alone is ground described, no name)."""
    if _BAD_ITEM.search(stem) or _person(stem):
        return False
    i = text.find(stem)
    while i >= 0:
        if text.startswith(tuple(_FEATURE_END + _SETTLEMENT), i + len(stem)):
            return True
        i = text.find(stem, i + 1)
    return False


# a name the text glosses as a place: "X,村名," (an article's or a dictionary's gloss) or "因发生在X而得名" (a battle
# named after where it was fought); found from the gloss back to the name (the gloss is rare, the scan cheap)
_GLOSS = re.compile(r"[,，:：]\s*(?:一个)?(?P<kind>山村|小村|村庄|村|集镇|镇|乡|山|河|关|地)名")
_GLOSSED_NAME = re.compile(r"(?:^|[。！？；;\n])\s*(?P<name>[\u4e00-\u9fff]{2,4})$")
_NAMED_AFTER = re.compile(r"(?:发生在|发生于|位于)(?P<name>[\u4e00-\u9fff]{2,4}?)(?:一带|附近)?$")
_GLOSS_KIND = {"山村": "village", "小村": "village", "村庄": "village", "村": "village", "集镇": "town", "镇": "town",
               "乡": "town", "山": "mountain", "河": "river", "关": "pass"}


def _glossed_places(text: str, taken: list[bool]) -> list[Mention]:
    """Places the text itself glosses as such (韦岗,村名 / 因发生在X而得名): no gazetteer or suffix rule is needed
    when the writer says what the name is."""
    found: list[tuple[int, int, str | None]] = []
    for g in _GLOSS.finditer(text):
        m = _GLOSSED_NAME.search(text, max(0, g.start() - 6), g.start())
        if m:
            found.append((*m.span("name"), _GLOSS_KIND.get(g.group("kind"))))
    for g in re.finditer("而得名", text):
        m = _NAMED_AFTER.search(text, max(0, g.start() - 10), g.start())
        if m and not _person(m.group("name")):
            found.append((*m.span("name"), None))
    out = []
    for s, e, kind in found:
        if not any(taken[s:e]):
            _claim(text, out, taken, s, e, "context", kind)
    return out


# the writer's naming frame: "a village called X" (路过一个叫X的村庄, 名叫X的小镇) and X in apposition to a
# demonstrative and a place noun (X这个地方, X这座小山): the frame says what X is, whatever its last character
# (X营, X原 name villages of the north that no suffix rule may take: 营 after a numeral is a battalion)
_FRAME_NOUN = (r"(?:小山村|山村|小村庄|小村子|村庄|村子|村落|小村|村|小镇|镇子|集镇|镇|小山|山头|山|"
               r"地方|据点|渡口|路口|山口|关口|小河|河|桥)")
_FRAME_KIND = {"山": "mountain", "河": "river", "桥": "town", "镇": "town", "据": "fort", "渡": "town", "路": "village",
               "口": "pass", "关": "pass", "地": "village"}
# (的 is required: 叫老乡到村里 "told the folk to go to the village" has a verb where 的 would be)
_NAMING_FRAME = re.compile(r"(?:叫做|叫作|名叫|名为|唤作|叫)(?P<name>[\u4e00-\u9fff]{2,4}?)的" + _FRAME_NOUN + r"(?![民长干委人妇医霸主])")  # 村民, 镇长: a person
_DEMONSTRATIVE_FRAME = re.compile(r"(?=这[个座一片])这[个座一片](?:[\u4e00-\u9fff]{1,4}的)?" + _FRAME_NOUN)
# the copula of an entry or a memoir (X是一个…的小村庄, X曾经是一座小镇): the subject is a place of that kind
_COPULA_FRAME = re.compile(r"是(?:一个|一座|个)"
                           r"(?:[\u4e00-\u9fff]{1,8}?的)?" + _FRAME_NOUN + r"(?![民长干委人妇医霸主])")
_COPULA_ADVERB = re.compile(r"(?:曾经|原来|原本|本来|过去|当时|原|本|也|则)$")  # X|曾经|是一座小镇
# no name holds a pronoun, a demonstrative or a function character (叫我们的村子, 他们这个村)
_NOT_IN_FRAMED = re.compile(r"[我你他她它们咱这那此该其的了是在和与及等个么什哪谁每各某本]")
# a feature named after 在/于 and before an encounter or a fight there (在X山遭到…抵抗, 于X岭与敌激战): the two
# anchors make a place of a stem the suffix rule doubts for one character (人: 人员, 敌人; 营 is a battalion)
_SLOT_FEATURE = re.compile(r"[在于](?P<name>[\u4e00-\u9fff]{2}[山岭峰岗冈桥营塬凹峪洼垴])"
                           r"(?=遭到|遭遇|遇到|受到|与(?:日|敌|伪)|伏击|阻击|截击|设伏|激战|血战|交战|作战|战斗|被[围包]|"
                           r"附近|一带|地区|周围|以[东南西北]|[东南西北][麓侧面])")
_SLOT_DOUBT = re.compile(r"[人官]")  # the stem characters the two anchors vouch for (words they open are common)


def _framed_name_ok(name: str) -> bool:
    return not (_NOT_IN_FRAMED.search(name) or _ALL_NUMERAL.fullmatch(name) or name in _NOT_PLACES
                or _common(name, 20) or re.search(r"[0-9]", name))


def _framed_places(text: str, taken: list[bool]) -> list[Mention]:
    """Places the sentence frames as such (see _NAMING_FRAME, _DEMONSTRATIVE_FRAME, _SLOT_FEATURE): a name no
    gazetteer or suffix rule holds, told by the writer's own words or by two place anchors around it."""
    out: list[Mention] = []
    for m in _NAMING_FRAME.finditer(text):
        s, e = m.span("name")
        noun = text[e + 1:m.end()]
        if any(taken[s:e]) or not _framed_name_ok(text[s:e]) or _person(text[s:e]):
            continue
        _claim(text, out, taken, s, e, "context", place_kind(text[s:e]) or _FRAME_KIND.get(noun[-1], "village"))
    for m in (*_DEMONSTRATIVE_FRAME.finditer(text), *_COPULA_FRAME.finditer(text)):
        e = m.start()
        if m.re is _COPULA_FRAME and (adv := _COPULA_ADVERB.search(text, max(0, e - 2), e)):
            e = adv.start()
        for n in (4, 3, 2):
            s = e - n
            if s < 0 or not _HAN.fullmatch(text, s, e) or not (s == 0 or text[s - 1] in _CLAUSE_OPEN):
                continue
            name = text[s:e]
            if not any(taken[s:e]) and _framed_name_ok(name) and not _person(name) and not _verb_word(name[:2]) \
                    and not _BAD_STEM.search(name[:-1]):  # 抗战时期这个地方: a time, no name (a stem's guard)
                noun = m.group(0)[-1]
                _claim(text, out, taken, s, e, "context", place_kind(name) or _FRAME_KIND.get(noun, "village"))
            break
    for m in _SLOT_FEATURE.finditer(text):
        s, e = m.span("name")
        name, stem = text[s:e], text[s:e - 1]
        if any(taken[s:e]) or _BAD_STEM.search(_SLOT_DOUBT.sub("", stem)) or _common(stem, 200) or _common(name, 20) \
                or _person(name) or _person(stem) or _verb_word(stem):
            continue
        _claim(text, out, taken, s, e, "suffix", _SUFFIX.get(name[-1], "village"))
    return out


def _stronghold_places(text: str, taken: list[bool]) -> list[Mention]:
    out = []
    for m in _STRONGHOLD.finditer(text):
        group = next(g for g in ("a", "b", "c", "d") if m.group(g))
        s, e = m.span(group)
        name = text[s:e]
        # a stronghold inside a county's territory (Z县境之X敌据点) is a village's, even when its name is a word (大楼)
        if any(taken[s:e]) or name in _NOT_PLACES or _BAD_ITEM.search(name) or _person(name) or _motion(name) \
                or group != "c" and _common(name, 100):
            continue
        if group == "a" and any(taken[m.start():s]):
            continue  # X县城驶来: 县城 closes the county's name read already (X县|城), it introduces no name after it
        # the name before 据点 (攻克X据点): a fort's, the village's strongpoint
        _claim(text, out, taken, s, e, "context", "village" if group == "c" else "fort" if group == "b" else None)
    for t in _POST_TAIL.finditer(text):
        e = t.start()
        s = next((e - n for n in (3, 2) if e - n >= 0 and _HAN.fullmatch(text, e - n, e) and (
            e - n == 0 or text[e - n - 1] in _POST_LEAD_CHARS or text[max(0, e - n - 2):e - n] in _POST_LEAD_WORDS)), None)
        if s is None:
            continue
        name = text[s:e]
        if any(taken[s:e]) or name in _NOT_PLACES or _NO_POST.match(name) or _BAD_ITEM.search(name) \
                or name[-1] in _POST_VERB_END or _verb_lead(name[-2:]) or _person(name) or _motion(name) \
                or _common(name, 100):
            continue
        _claim(text, out, taken, s, e, "context", "fort")
    return out


# a barracks named by its bearing from the city (北大营, 东大营): a camp of the garrison, where attacks fell;
# not 大营救 (a rescue), not 大营子 (a village, the suffix rule's)
_BARRACKS = re.compile(r"[东南西北]大营(?![救养业销子村房])")


def _barracks_places(text: str, taken: list[bool]) -> list[Mention]:
    """A barracks named by its bearing (沈阳北大营, 进攻北大营, 驻地西大营) where a name can start: a place."""
    out = []
    for m in _BARRACKS.finditer(text):
        s, e = m.span()
        if any(taken[s:e]) or s and text[s - 1] in _DIRECTIONS and not taken[s - 1] or not _at_boundary(text, s, taken):
            continue  # 东|北大营: the bearing of a longer name
        _claim(text, out, taken, s, e, "context", "fort")
    return out


# the target of an attack after 对: 对X发起进攻, 对X进行多次进攻, 对X城发动总攻 (a town no gazetteer holds)
_ATTACK_TARGET = re.compile(r"(?<=对)(?P<name>[\u4e00-\u9fff]{2,4}?)(?=城?(?:发起|发动|进行|展开|实施|开始)了?"
                            r"(?:多次|数次|连续|猛烈|大规模|轮番)?的?(?:进攻|攻击|围攻|猛攻|强攻|总攻))")


def _attack_targets(text: str, taken: list[bool]) -> list[Mention]:
    """The object of an attack told with 对 (对独石镇发起进攻): a place when it can be a toponym (not 对敌人, 对我军)."""
    out = []
    for m in _ATTACK_TARGET.finditer(text):
        s, e = m.span("name")
        if any(taken[s:e]) or not _item_ok(text, s, e) or _person(text[s:e]):
            continue
        _claim(text, out, taken, s, e, "context")
    return out


# a height named by its elevation on the map (a military history's 1200高地, 597.9高地, 五三三八高地, 三五〇号高地): the
# number read digit by digit, three or four of them (a height in metres), then 高地; no count or year runs into it
_HEIGHT = re.compile(r"(?<![0-9.〇零一二三四五六七八九十百千])(?:[0-9]{3,4}(?:\.[0-9])?|[〇零一二三四五六七八九]{3,4})号?高地")
_HEIGHT_AT = re.compile("高地")  # at most 7 characters (1234.5号) after a match's start


def _height_places(text: str, taken: list[bool]) -> list[Mention]:
    """Heights named by their elevation (see _HEIGHT): places of kind mountain, where the fighting often is."""
    out = []
    for m in near_anchor_finditer(_HEIGHT, text, _HEIGHT_AT, 7):  # = _HEIGHT.finditer(text)
        if not any(taken[m.start():m.end()]):
            _claim(text, out, taken, m.start(), m.end(), "suffix", "mountain")
    return out


# villages named by a numeral (二塘, 五塘, 三堡): stations along a road, counted from a town
# (?<![X])(?P<name>[N]{1,2}…) written (?P<name>[N](?<![X][N])[N]?…): the same matches (the lookbehind reads the
# same character before the name), but the pattern opens with a character class, which re scans for in C
_NUMBERED = re.compile(r"(?P<name>[一二三四五六七八九十](?<![0-9〇零一二两三四五六七八九十百千万个第每几数余多约近][一二三四五六七八九十])"
                       r"[一二三四五六七八九十]?(?P<suf>塘|铺|圩|堡))")
_NUMBERED_NEXT = re.compile(r"[一二三四五六七八九十]{1,2}(?:塘|铺|圩|堡)|等处|等地|各地|之间|间|[后前时]|[、,，和及与至到]")


def _numbered_places(text: str, taken: list[bool]) -> list[Mention]:
    """Numbered village names: in a series (二塘三塘, 五塘、六塘) or in a place context (向八塘, 九塘附近, 据点三堡).
    A lone "三塘" with nothing around it that says place is left alone."""
    numbered = list(_NUMBERED.finditer(text))
    ends = {m.end() for m in numbered}

    def closed(m: re.Match) -> bool:  # the name ends here: no Han word goes on from it
        e = m.end()
        return (e == len(text) or not _HAN.match(text, e) or _NUMBERED_NEXT.match(text, e) is not None
                or _LOCATIVE.match(text, e) is not None or _VERB_AFTER.match(text, e) is not None)

    def listed(m: re.Match) -> bool:  # the item after a separator: 二堡、|三堡
        return m.start() > 1 and text[m.start() - 1] in "、,，和及与至到" and m.start() - 1 in ends

    cands = [m for m in numbered if not any(taken[m.start():m.end()]) and (closed(m) or listed(m))]
    series: dict[str, set[str]] = {}
    for m in cands:
        series.setdefault(m.group("suf"), set()).add(m.group("name"))
    out = []
    for m in cands:
        s, e = m.span()
        in_series = len(series[m.group("suf")]) >= 2
        context = (_at_boundary(text, s, taken) and (s == 0 or text[s - 1] not in "的了年月日号")
                   or _NUMBERED.match(text, e) is not None)  # 二塘三塘: glued to the next of the series
        placed = closed(m) and (_VERB_BEFORE_END.search(text[max(0, s - 4):s]) or _LOCATIVE.match(text, e)
                                or _APPOSITION_BEFORE.search(text, max(0, s - 3), s))  # 日军据点三堡: the post's name
        if in_series and context or placed:
            _claim(text, out, taken, s, e, "context", _SUFFIX.get(m.group("suf"), "village"))
    return out


def _weak_after_parent(text: str, found: list[Mention], taken: list[bool]) -> list[Mention]:
    """A division whose short name is also a word (全州, 公安) right after the province or prefecture that
    holds it (广西全州: the adcodes agree) is a place: the address form decides."""
    out = []
    divisions = admin()
    for m in found:
        parent = divisions.get(m.value["name"])
        if parent is None or parent.kind not in ("province", "city") or not parent.adcode:
            continue
        prefix = parent.adcode[:2] if parent.kind == "province" else parent.adcode[:4]
        for k in (3, 2):
            s, e = m.end, m.end + k
            child = divisions.get(text[s:e])
            if child and child.common and child.adcode.startswith(prefix) and child.adcode != parent.adcode \
                    and not any(taken[s:e]) and (e == len(text) or not _HAN.match(text, e) or text[e] in _BOUNDARY_CHARS
                                                 or _LOCATIVE.match(text, e) is not None):
                _claim(text, out, taken, s, e, "gazetteer")
                break
    return out


# what follows a place held or fought for (X据点里, 占领X后, X这块阵地): the name of three characters or more ends there
# what a place found elsewhere in the text is said to suffer or hold (X据点, X惨遭轰炸, X被日军焚毁)
_HELD_AFTER = re.compile(r"据点|碉堡|后[,，]|这[块个座]|惨?遭|被[日敌]")
# a name read as a place once, standing again before an attack launched on it or its garrison (向X发起进攻, 拔掉X守敌)
_ENGAGED_AFTER = re.compile(r"(?:发起|发动)[^,，。；;]{0,4}(?:进攻|攻击|反攻|总攻|强攻|冲锋)|守敌|之敌|守军")


# a clause that opens with a name ending in a place word and goes on with 位于 (X坳位于Y以西, X桥位于…): the subject of
# 位于 is a place, however short its stem (one character before the suffix: no other rule reads such a name)
_LOCATED_SUBJECT = re.compile(r"(?<![\u4e00-\u9fff])(?P<name>[\u4e00-\u9fff]{2,4})(?=位于)")


_SENTENCE_STOP = re.compile(r"[。！？!?；;\n]")
# the sentence says what kind of place its subject is (X位于Y,…是一个60余户的小村庄): a village or a town
_CALLED_SETTLEMENT = re.compile(r"是一?[个座]?[^。！？!?；;\n]{0,12}?(?P<kind>村庄|小村|村子|村落|山村|集镇|小镇|村寨|镇)")


def _located_subjects(text: str, taken: list[bool]) -> list[Mention]:
    """The name a clause opens with before 位于 ("is located at"), when it ends in a place suffix (see above), or when
    its sentence calls it a village or a town (X位于Y西南,…是一个小村庄), however its name ends."""
    out: list[Mention] = []
    for m in _LOCATED_SUBJECT.finditer(text):
        s, e = m.span("name")
        suf = text[e - 1]
        if any(taken[s:e]) or not _item_ok(text, s, e):
            continue
        stop = _SENTENCE_STOP.search(text, e)
        called = _CALLED_SETTLEMENT.search(text, e, stop.start() if stop else len(text))
        if called is not None and not _common(text[s:e], 100):
            _claim(text, out, taken, s, e, "context", "town" if called.group("kind").endswith("镇") else "village")
            continue
        if suf not in _SUFFIX or _BAD_STEM.search(text, s, e - 1):
            continue
        _claim(text, out, taken, s, e, "context", _SUFFIX[suf])
    return out


# a group of heroes named after the place of their fight (X五壮士, X八勇士, X八十二烈士): the name before the count
_HEROES_OF = re.compile(r"(?<![\u4e00-\u9fff])(?P<name>[\u4e00-\u9fff]{2,4}?)(?=[一二三四五六七八九十百]{1,4}"
                        r"(?:壮士|勇士|烈士|英雄|英烈|好汉|女杰))")


def _heroes_places(text: str, taken: list[bool]) -> list[Mention]:
    """The place a group of heroes is named after (“X五壮士”), when its name ends in a place suffix (X岭, X庄, X山):
    the place of their fight, however the text writes it elsewhere."""
    out: list[Mention] = []
    for m in _HEROES_OF.finditer(text):
        s, e = m.span("name")
        suf = next((x for x in _SUFFIXES_LONGEST if text.endswith(x, s, e)), None)
        if suf is None or e - s - len(suf) < 1 or any(taken[s:e]) or not _item_ok(text, s, e) \
                or _BAD_STEM.search(text, s, e - len(suf)):
            continue
        _claim(text, out, taken, s, e, "context", _SUFFIX[suf])
    return out


# a village's or town's entry (a gazetteer's, a wiki's): its title, alone on one of its first lines, is the
# settlement's name (和平村, 与家庄): read whole wherever it stands, though it opens with a conjunction (和, 与)
_TITLE_SETTLEMENT = re.compile(r"[\u4e00-\u9fff]{1,4}(?:村|庄|镇|寨|屯|堡|集|铺)")
_TITLE_LINES = 5  # how many non-empty lines an entry's title may come after (a search page's notice, a menu)


def _title_places(text: str, taken: list[bool]) -> list[Mention]:
    """The settlement an entry is titled with (a line of 2-5 characters ending in 村, 庄, 镇 … among the text's
    first lines, named again in the text) at each of its occurrences, kind village (镇: town)."""
    out: list[Mention] = []
    lines = [ln.strip() for ln in text.split("\n") if ln.strip()][:_TITLE_LINES]
    for name in lines:
        if not _TITLE_SETTLEMENT.fullmatch(name) or text.count(name) < 2 or name in _NOT_PLACES:
            continue
        for s, e in occurrences(text, name):
            if not any(taken[s:e]):
                _claim(text, out, taken, s, e, "title", "town" if name[-1] == "镇" else "village")
        break
    return out


def _repeats(text: str, found: list[Mention], taken: list[bool]) -> list[Mention]:
    """A name found as a place by context or suffix is a place wherever else it stands as a word of its own
    (由洪江转移至安江 … 暂在安江、黔阳地区): one name, one reading in one text."""
    out: list[Mention] = []
    names = {m.value["name"] for m in found
             if m.value["source"] in ("context", "suffix") and len(m.value["name"]) >= 2 and m.value["name"] not in _weak()}
    # a fortress is called by its stem too (马当要塞 … 攻击马当): the stem is the same place, a fort
    forts = {n[:-2] for m in found if len(n := m.value["name"]) >= 4 and n.endswith("要塞") and not _common(n[:-2])}
    names |= forts
    for name in sorted(names, key=len, reverse=True):
        for s, e in occurrences(text, name):  # = re.finditer(re.escape(name), text) (names are not empty)
            if any(taken[s:e]):
                continue
            before = s == 0 or not _HAN.match(text, s - 1) or _at_boundary(text, s, taken) \
                or text[s - 1] == "了" and len(name) >= 3  # 盯上了X堡: a verb's object after its aspect mark
            after = (e == len(text) or not _HAN.match(text, e) or text[e] in _BOUNDARY_CHARS
                     or bool(_SEP.match(text, e) or _LOCATIVE.match(text, e) or _VERB_AFTER.match(text, e)
                             or len(name) >= 3 and _HELD_AFTER.match(text, e) or _ENGAGED_AFTER.match(text, e)))
            if before and after:
                _claim(text, out, taken, s, e, "context")
    for m in (*found, *out):
        if m.value["name"] in forts and m.value.get("kind") is None:
            m.value["kind"] = "fort"
    return out


# an enumeration closed by the kind of place it lists: "A、B、C等日军据点", "A、B等村庄"
_ENUM_OF_PLACES = re.compile(
    r"(?P<items>[\u4e00-\u9fff]{2,3}(?:、[\u4e00-\u9fff]{2,3}?)+)(?:等(?:[日敌伪][军寇]?)?"
    r"(?P<tail>据点|村庄|村镇|村落|城镇|县城|城市|集镇|要点|车站|地|处|村|庄|寨|镇|乡|屯)"
    r"|[这那]?[两二三四五六七八九十]个?(?P<count>村庄|村子|村落|村镇|集镇|据点|村|庄|寨|镇))"  # 东庄、西庄两村
    # the last two joined by 和/及/与 before the count (东庄和西庄这两个据点): the count still calls them places; the
    # last item as short as it can be, so that 这/那 is no part of it (和西庄这两个村子: 西庄)
    r"|(?P<joined>[\u4e00-\u9fff]{2,3}(?:、[\u4e00-\u9fff]{2,3})*[和及与][\u4e00-\u9fff]{2,3}?)[这那]?"
    r"[两二三四五六七八九十]个?(?P<jcount>村庄|村子|村落|村镇|集镇|据点|村|庄|寨|镇)"
)
# tails that call every item a settlement (A、B等村): enough without a found first item
_SETTLEMENT_TAIL = frozenset({"据点", "村庄", "村镇", "村落", "集镇", "村", "庄", "寨", "镇", "乡", "屯"})
_ENUM_LEAD = "向在至到于从由自沿经往"
_NOT_IN_ENUM = re.compile(r"[0-9个第军师旅团营连队部敌我日的了是和与及等]")


_COUNTED_BLOW = re.compile(r"[一二三四五六七八九十两]打")


def _enumerated_places(text: str, taken: list[bool]) -> list[Mention]:
    """Items of an enumeration that its tail calls places (连克A、B、C等日军据点), once its first item is a
    found place: the tail vouches for names the other rules doubt (地都, 北峪)."""
    out = []
    for m in _ENUM_OF_PLACES.finditer(text):
        group = "items" if m.group("items") else "joined"
        spans, pos = [], m.start(group)
        for item in _items_of(m.group(group), group == "joined"):
            spans.append((pos, pos + len(item)))
            pos += len(item) + 1
        settlements = m.group("count") is not None or m.group("jcount") is not None \
            or m.group("tail") in _SETTLEMENT_TAIL
        if not taken[spans[0][1] - 1]:
            first = _enum_first(text, *spans[0])
            if first is None or not (settlements or first[0] > 0 and text[first[0] - 1] in _ENUM_LEAD):
                continue  # an unfound first item: the tail must name settlements, or a preposition lead the list
            spans[0] = first
        else:
            spans = spans[1:]
        for s, e in spans:
            if _COUNTED_BLOW.match(text, s, e) and e - s >= 4:
                s += 2  # 三打A、二打B: the count and the verb of each blow open the item, the place follows them
            name = text[s:e]
            bad = _NOT_IN_ENUM.search(name.replace("营", "") if settlements and not _ALL_NUMERAL.match(name) else name)
            if any(taken[s:e]) or bad or _person(name) or _verb_word(name) \
                    or _common(name, 1000 if settlements else 5):
                continue
            _claim(text, out, taken, s, e, "context", _COUNT_KIND.get(m.group("count") or m.group("jcount") or ""))
    return out


# the kind of place the count after an enumeration calls its items (两个据点: forts, 三村: villages, 两镇: towns)
_COUNT_KIND = {"据点": "fort", "村庄": "village", "村子": "village", "村落": "village", "村": "village", "庄": "village",
               "寨": "village", "村镇": "town", "集镇": "town", "镇": "town"}


def _items_of(items: str, joined: bool) -> list[str]:
    """The items of an enumeration: split at 、, and at the last 和/及/与 when the list is joined so (A、B和C)."""
    if not joined:
        return items.split("、")
    k = max(items.rfind(c) for c in "和及与")
    return [*items[:k].split("、"), items[k + 1:]]


def _enum_first(text: str, s: int, e: int) -> tuple[int, int] | None:
    """The first item of an enumeration without the verb or preposition the list regex took in (进攻|前洼, 从|窑头)."""
    if e - s == 3 and (text[s] in _ENUM_LEAD or _VERB_BEFORE_END.search(text, max(0, s - 4), s + 1)):
        s += 1
    elif e - s == 3 and not (s == 0 or text[s - 1] in _BOUNDARY_CHARS or text[s - 1] in "了的"
                             or _VERB_BEFORE_END.search(text, max(0, s - 4), s)):
        return None  # the run goes on before the item: no name's start is known
    return s, e


# a village named by a family name and a settlement word (王庄, 李村, 张集, 赵寨): the commonest village names of the
# north China plain, too short for the suffix rule's stems, and the X岗 of the hill villages of Jiangsu, Anhui and
# Henan (韦岗, 刘岗); taken only in a place frame on both sides
_CLAN_VILLAGE = re.compile(r"(?<=[\u4e00-\u9fff、])(?P<name>[\u4e00-\u9fff][庄村集寨屯堡营店洼峪坨岗沟楼])")
_LIST_CLOSE = re.compile(r"一带|附近|地区|等地|等村|等处")
_CLAN_AFTER = re.compile(r"[^\u4e00-\u9fff]|的|村口|村[东南西北外内]|据点|" + _PLACED_AFTER.pattern)


def _clan_village_places(text: str, taken: list[bool]) -> list[Mention]:
    """A family name and a settlement word (在王庄附近, 进驻李村, 从张集的) after a place verb or preposition and
    before a locative, a fight, 的 or punctuation; never an everyday word (农村, 钱庄, 山庄) nor a family name that is
    also a function or unit word (向, 连, 全)."""
    out = []
    surnames = cn_surnames()
    for m in _CLAN_VILLAGE.finditer(text):
        s0, e = m.span("name")
        name = m.group("name")
        if any(taken[s0:e]) or name[0] not in surnames or name[0] in _BOUNDARY_CHARS or _BAD_STEM.search(name[0]):
            continue
        if name in _words() and _words()[name][0] >= 5 or name in _lexicon():
            continue
        listed = text[s0 - 1] == "、" and _LIST_CLOSE.match(text, e) is not None  # 北场、魏村一带: a list's last item
        bearing = text[s0 - 1] == "之" and text[s0 - 2:s0 - 1] in tuple(_DIRECTIONS) \
            or _TOWN_BEARING.search(text, max(0, s0 - 3), s0) is not None  # 城东之|荆村, 城北|王庄: east of the town
        if not (text[s0 - 1] in _PLACE_PREP + "经" or listed or bearing
                or _VERB_BEFORE_END.search(text, max(0, s0 - 4), s0)):
            continue  # 经孔庄袭击: the route's village
        if e < len(text) and not _CLAN_AFTER.match(text, e):
            continue
        if name[0] == "家" and s0 >= 2 and text[s0 - 1] in surnames and not taken[s0 - 1] \
                and text[s0 - 2] in _BOUNDARY_CHARS:
            s0 -= 1  # 附近于|家洼: the family name is the village's (于家洼), not a preposition before it
        _claim(text, out, taken, s0, e, "suffix", _SUFFIX.get(name[1], "village"))
    return out


# a village named X各庄 (各 for 家 in the villages of Hebei and Tianjin): a one-character clan stem is enough
_GE_ZHUANG = re.compile(r"各庄")


def _ge_zhuang_places(text: str, taken: list[bool]) -> list[Mention]:
    """X各庄 villages (赵各庄, 小苟各庄): a one- or two-character stem at a boundary; a one-character stem must be a
    family name or a word of size or direction (大/小/东 …), so 各庄 "every village" after a word stays no name."""
    out = []
    for m in _GE_ZHUANG.finditer(text):
        p, end = m.start(), m.end()
        if any(taken[p:end]):
            continue
        for k in (2, 1):
            s0 = p - k
            stem = text[s0:p]
            if s0 < 0 or any(taken[s0:p]) or not _HAN.fullmatch(stem) or _BAD_STEM.search(stem) \
                    or not _at_boundary(text, s0, taken):
                continue
            if k == 1 and stem not in cn_surnames() and stem not in "大小东西南北前后上下老新":
                continue
            if k == 2 and (_common(stem, 200) or _verb_word(stem)):
                continue
            _claim(text, out, taken, s0, end, "suffix", "village")
            break
    return out


# a nickname in quotes after the word that gives it (素有“满洲剿匪之花”之称, 号称“江南第一团”, 人称“X之虎”): the place
# in it qualifies the unit's or man's fame, no place of the fight
_EPITHET = re.compile(r"(?:素有|素称|号称|人称|誉为|被称为|被誉为|美称|绰号|外号)[“\"「『](?P<q>[^”\"」』\n]{2,14})[”\"」』]")


# a degree adverb before a word and the clause closing after it: the word is a predicate adjective (这几个庄子倒还太平,
# 那里很安宁), whatever place shares its name
_DEGREE_BEFORE = re.compile(r"(?:还算|算是|很|挺|比较|较为|十分|非常|相当|不太|不大|太|更|最|格外|分外|极为|极其|异常|"
                            r"原本|本来|一向|向来|依然|仍然|一片)$")
_PREDICATE_END = re.compile(r"(?:了|的|些|啊|呢|吧)?(?:[，,。；;！!？?、\n]|$)")


def find_places(text: str) -> list[Mention]:
    """Place mentions of ``text`` (see the module docstring)."""
    text = text or ""
    taken = [False] * len(text)
    out: list[Mention] = []
    lex = _lexicon()
    border_matches = list(_BORDER_REGION.finditer(text))
    borders = [m.span() for m in border_matches]
    border_starts = {a for a, _b in borders}
    hits = _outside_idioms(text, _lexicon_hits(text))
    hit_starts = {s for s, _e in hits}
    out += _title_places(text, taken)  # 和平村 titling its entry: the village, whatever its first character
    out += _bearing_features(text, taken)
    for s, e in hits:
        if borders and (s in border_starts or inside_span(borders, s)):
            continue  # 晋察冀|边区: the border region is the whole name
        name = text[s:e]
        if _in_personal_name(text, s, e, lex):
            taken[s - 1:e] = [True] * (e - s + 1)  # the whole name, so that no later rule reads the place again
            continue
        if _after_relative_word(text, s, e, lex):
            continue
        if _DEGREE_BEFORE.search(text, max(0, s - 2), s) and (_PREDICATE_END.match(text, e) or text.startswith("的", e)):
            continue  # 倒还太平, 很安宁了, 原本太平的村子: a degree word makes the name an adjective (a predicate or 的)
        if text.startswith("城", e) and _historical_short(name):
            continue  # 镇边城 is a fort of its own, no 镇边厅 of 1911: X城 is left to the suffix rule
        if e - s == 2 and name[1] == "城" and s and text[s - 1:s + 1] + "县" in text and _HAN.match(text, s - 1):
            continue  # 坚守宛|平城 where the text names 宛平县: the county town 宛平城, left to the suffix rule
        b = _building_end(text, s, e, lex)
        if b is not None:  # 重修太白|楼: the county's name is a building's, a place only where fought at
            if _fought_at(text, s, b):
                _claim(text, out, taken, s, b, "suffix", "village")
            else:
                taken[s:b] = [True] * (b - s)
            continue
        kind = None
        if taken[s]:
            continue  # inside a gate or pass named with its bearing (南|天门)
        head = _village_head(text, out[-1] if out else None, s, e, lex)
        if head is not None:  # 溧阳县|塘|马村: the village written in full after its county, not a district's short name
            s, kind = head, _SUFFIX[name[-1]]
        elif (clan := _clan_village_head(text, s, e, taken)) is not None:  # 刘家|河口: the village, not the county
            s, kind = clan, "village"
        # 钦州 + 湾, 岳麓 + 山, 长安 + 桥: a feature named after the place
        ext = _EXTEND_RE.match(text, e)
        if name[-1] in "县省" and len(name) >= 2:  # 溧阳县|塘马村, 易县|塘湖: the county is whole, a village follows (沙市|街 stays)
            ext = None
        for suf in (ext.group(0),) if ext and e not in hit_starts else ():  # 山东|台儿庄: a place follows
            if (text.startswith(suf, e) and len(suf) + e - s <= 6 and lex.get(name, ("",))[0] != "railway"
                    and not name.endswith(suf) and not _runs_into_next_name(text, name, e)
                    and not (suf in "山岭" and _TERRAIN_SAID.match(text, e + len(suf)))  # 因X山高、坡陡: its hills
                    and not _crossing_verb(text, suf, e + len(suf))  # 从X口|渡江
                    and not _TOWN_AFTER.match(text, e + len(suf))  # 江北|河口镇: the suffix opens the town's name
                    and not (suf == "关" and text[e + 1:e + 2] in ("塞", "隘"))  # 长城关塞: passes in general
                    and (text[e + len(suf):e + len(suf) + 1] in _SUFFIX_NEXT_OK or e + len(suf) == len(text)
                         or not _common(suf + text[e + len(suf):e + len(suf) + 1], 30))):
                kind = _SUFFIX[suf]
                e += len(suf)
                break
        _claim(text, out, taken, s, e, "gazetteer" if kind is None else "suffix", kind)
    for m in border_matches:  # 湘粤赣边区, 晋察冀边区
        if not any(taken[m.start():m.end()]):
            _claim(text, out, taken, m.start(), m.end(), "region", "region").value["name"] = m.group(0).replace("辺", "边")
    for m in _RAILWAY_LIST.finditer(text):  # 湘桂、粤汉铁路 / 正太、同蒲、平汉等铁路: the railways share the suffix
        stems = [(x.start() + m.start(), x.end() + m.start()) for x in re.finditer(r"[\u4e00-\u9fff]{2}", m.group("stems"))]
        if all(text[a:b] in railways() for a, b in stems):
            for a, b in stems:
                # 南浔、浙赣铁路: a division's name (南浔 区) in a list of railways is the railway's
                same = [x for x in out if x.start == a and x.end == b]
                if same or not any(taken[a:b]):
                    out = [x for x in out if x not in same]
                    out.append(Mention("place", a, b, text[a:b], {
                        "name": text[a:b], "kind": "railway", "lon": None, "lat": None, "official": None,
                        "source": "railway", "short": None}))
                    taken[a:b] = [True] * (b - a)
    for m in _REGION_RULE.finditer(text):
        if not any(taken[m.start():m.end()]):
            _claim(text, out, taken, m.start(), m.end(), "region", "region")
    out = _whole_items(text, out, taken)
    out += _suffix_places(text, taken)
    out += _ge_zhuang_places(text, taken)
    out += _clan_village_places(text, taken)
    out += _relative_places(text, taken)
    out += _romanized_places(text, taken)
    out += _bracket_aliases(text, taken)
    out += _height_places(text, taken)
    out += _numbered_places(text, taken)
    out += _context_places(text, taken)
    out += _prep_places(text, taken)
    out += _enemy_posts(text, taken)
    out += _locative_places(text, taken)
    out += _bearing_places(text, out, taken)
    out += _stronghold_places(text, taken)
    out += _barracks_places(text, taken)
    out += _attack_targets(text, taken)
    out += _pair_places(text, taken)
    out += _battle_stem_places(text, taken)
    out += _fight_named_stems(text, taken)
    out += _glossed_places(text, taken)
    out += _framed_places(text, taken)
    out += _located_subjects(text, taken)
    out += _heroes_places(text, taken)
    out += _repeats(text, out, taken)
    out += _abbreviated_passes(text, out, taken)
    out = _province_compound_places(text, out, taken)
    out += _weak_after_parent(text, out, taken)
    out += _list_neighbours(text, [m for m in out if m.value["name"] not in _weak()], taken)
    out += _enumerated_places(text, taken)
    titles = book_titles(text)
    ends = {m.end for m in out}
    out = [m for m in out if not _ORG_AFTER.match(text, m.end) and not _qualified_org_after(text, m.end)
           and not _ACCORD_AFTER.match(text, m.end)
           and not (_NEWLY_MADE.fullmatch(m.text) and _ATTRIBUTE_AFTER.match(text, m.end))
           and not inside_span(titles, m.start)
           and not ((_PHRASE_NAME.fullmatch(m.value["name"]) or _TOWN_SIDE.fullmatch(m.value["name"]))
                    and not text.startswith(("县", "区", "市"), m.end))
           and not (m.value["source"] == "suffix" and m.value["name"].endswith("公路") and m.start - 1 in ends
                    and text[m.start - 1] in "、-—至到")  # 甲地、乙地公路, 甲地至乙地公路: the road between two places,
           # no place itself
           and not (m.value["name"][-1] in _DIRECTIONS and text.startswith("亚", m.end))]  # 大东|亚: Asia, no district
    out = _without_lead_words(text, out)
    out = _without_honoured_names(text, out, lex)
    out = [m for m in out if not _depot_in_brackets(text, m)]
    out = _without_common_nouns(text, out)
    epithets = [(q.start("q") - 1, q.end("q")) for q in _EPITHET.finditer(text)]  # from the opening quote
    out = [m for m in out if not inside_span(epithets, m.start)]  # 素有“满洲剿匪之花”的X旅: a nickname, no place
    out = _battle_named_longer(text, out)
    out = _villages_by_name(out)
    out.sort(key=lambda x: x.start)
    return out


def _villages_by_name(out: list[Mention]) -> list[Mention]:
    """A name the suffix rule read as a feature (卧虎湾: a bay, 石门坎 …) that the text also writes as a village (卧虎湾村)
    is that village in every mention: one place, one kind (the fight at 卧虎湾 is the village's)."""
    villages = {m.value["name"][:-1] for m in out if m.value["name"].endswith("村") and m.value.get("kind") == "village"}
    if not villages:
        return out
    return [replace(m, value={**m.value, "kind": "village"})
            if m.value["source"] == "suffix" and m.value["name"] in villages and m.value.get("kind") != "village" else m
            for m in out]


# a campaign named by the abbreviations of the provinces it swept (甲乙会战 with 甲, 乙 each a province's 简称)
_CAMPAIGN_WORD = re.compile(r"会战|战役|作战|之战|之役")


def _province_compound_places(text: str, out: list[Mention], taken: list[bool]) -> list[Mention]:
    """``out`` with the provinces of a campaign named by a run of two to four provinces' one-character abbreviations
    right before its battle word (a 湘X会战 of 湘 and X): each character is the place it stands for (the province,
    its 简称 the text's form). The run is the whole prefix: the character before it is no abbreviation; a border
    region the lexicon holds under the same characters (湘鄂) gives way to its provinces there; a run another rule
    read otherwise is left alone."""
    from kangzhan.extract.lexicons import province_abbreviations
    abbr = province_abbreviations()
    if not _CAMPAIGN_WORD.search(text):
        return out
    regions_at = {(m.start, m.end): m for m in out if m.value.get("source") == "region"}
    for m in _CAMPAIGN_WORD.finditer(text):
        s = m.start()
        while s > 0 and text[s - 1] in abbr and m.start() - s < 5:
            s -= 1
        run = text[s:m.start()]
        if not 2 <= len(run) <= 4 or (s and text[s - 1] in abbr) or "京" in run \
                or _common(run, 5) and _words()[run][1] != "j":
            continue  # a word made of such characters is none, but the tagger's abbreviation (j) of the provinces is;
            # 京 named Nanjing in the war's years (京沪: Nanjing and Shanghai), no one province
        region = regions_at.get((s, m.start()))
        if region is not None:
            out = [x for x in out if x is not region]
        elif any(taken[s:m.start()]):
            continue
        for i in range(s, m.start()):
            full = _mention(text, i, i + 1, "context", "province")
            hit = _lexicon().get(abbr[text[i]])
            if hit:
                full = _mention(abbr[text[i]], 0, len(abbr[text[i]]), "context", "province")
            out.append(Mention("place", i, i + 1, text[i], {**full.value, "short": None, "from_name": True}))
            taken[i] = True
    return out


# before a pass called by its first character: a verb of attack or of a move (敌攻X, 犯X, 来X, 离X)
_SHORT_LEAD_CHAR = re.compile("[攻犯援抵来离返陷克]")


def _abbreviated_passes(text: str, out: list[Mention], taken: list[bool]) -> list[Mention]:
    """A pass, a county or a city the text names with two characters (X关, X县, X州) called by its first character
    alone after a verb of attack or of a move (敌攻X指挥官…, 由东来X): a telegram's and a report's short form, the same
    place. Not where that character makes a word with the one before or after it. Only the characters after such a
    verb are looked at (one scan of the text, not one per name); of names sharing a first character the first found
    takes it, and the mentions come name by name as the text orders them."""
    passes = {m.value["name"]: m for m in out if m.value.get("kind") in ("pass", "county", "city")
              and len(m.value["name"]) == 2 and m.value["name"][0] != m.value["name"][1]}
    if not passes:
        return []
    first_of: dict[str, str] = {}
    for name in passes:
        first_of.setdefault(name[0], name)
    order = {name: k for k, name in enumerate(passes)}
    found: list[tuple[int, int, Mention]] = []
    for lead in _SHORT_LEAD_CHAR.finditer(text):
        i = lead.end()
        name = first_of.get(text[i:i + 1])
        if name is None or taken[i] or _common(text[i - 1:i + 1], 20) \
                or _han_at(text, i + 1) and _words().get(text[i:i + 2], (0, ""))[0] >= 20:
            continue  # 进攻中国 (of a text naming 中牟): 中国 is a word, a proper noun too
        found.append((order[name], i, Mention("place", i, i + 1, text[i], {**passes[name].value, "source": "context"})))
        taken[i] = True
    return [m for _, _, m in sorted(found, key=lambda x: x[:2])]


# the last characters of a natural feature's name (天门, 雁门, 平山): with a bearing before, a feature of its own
_FEATURE_KIND = {"门": "pass", "关": "pass", "口": "pass", "隘": "pass", "山": "mountain", "岭": "mountain",
                 "峰": "mountain", "岗": "mountain"}
# the bearings that open such a name (南天门, 北雁门); 上/下/前/后 would be verbs or locatives (上|黄山)
_BEARING_HEAD = _DIRECTIONS
# what may stand before the bearing: not a word that makes it a direction phrase (以北, 向南, 往西), a compound
# bearing (东北, 西南) or a province's abbreviation (冀西, 晋北); a place ending there is checked in the lexicon
_DIRECTION_LEAD = "以向往偏朝正" + _DIRECTIONS + _ABBREV


_FEATURE_TAIL = ("地", "区", "脉", "坡", "麓", "腰", "县", "市")
_BEARING_FEATURE = re.compile(rf"[{_DIRECTIONS}](?=[\u4e00-\u9fff][{''.join(_FEATURE_KIND)}])")


def _bearing_features(text: str, taken: list[bool]) -> list[Mention]:
    """Gates, passes and hills named with a bearing before a gazetteer name (南天门, 北雁门 beside the counties 天门,
    雁门): in 在南天门, 坚守北天门 the text names a feature of its own, no county of that name far away; the same name
    again after a direction word (向南天门) is that feature too. Not when the bearing ends a place or a direction
    phrase (河北|平山, 以北|天门, 冀西|平山)."""
    lex = _lexicon()
    found = [m.start() for m in _BEARING_FEATURE.finditer(text) if text[m.start() + 1:m.start() + 3] in lex
             and lex[text[m.start() + 1:m.start() + 3]][0] in ("county", "city", "district")
             and text[m.start() + 1] not in _DIRECTIONS  # 东|南山地: a compound bearing, no name
             and not text.startswith(_FEATURE_TAIL, m.start() + 3)]  # 西|平山区: the hill's slopes, a district
    if not found:
        return []
    names = {text[s:s + 3] for s in found
             if s < 1 or (text[s - 1] not in _DIRECTION_LEAD and text[s - 1:s + 1] not in lex)}
    out: list[Mention] = []
    for s in found:
        if text[s:s + 3] in names and not any(taken[s:s + 3]):
            _claim(text, out, taken, s, s + 3, "suffix", _FEATURE_KIND[text[s + 2]])
    return out


# what never opens a village's name before a county's (第三次|长沙会战, 的|长沙战斗, 日|军…): ordinals, numerals,
# function characters, sides; nor the end of a word (参加|常德保卫战: 加 closes the verb), nor the verb that gives a
# name (日方称|中原会战: "the Japanese call it")
_NO_NAME_HEAD = frozenset("的了在和与及对向是为将把被从由自到至等即这那此该各每其我敌日军次第称"
                          "〇零一二三四五六七八九十百千万两几数余多首前后上下中内外攻守克战打")
_FIGHT_WORD_AFTER = re.compile(r"(?:战斗|战役|之战|之役|大捷|伏击战|诱伏战|保卫战|阻击战|歼灭战|攻坚战|会战)")


def _written_before_fight(text: str, word: str) -> bool:
    """re.search(re.escape(word) + _FIGHT_WORD_AFTER.pattern, text) is not None, by str.find at every start (overlaps
    too): no pattern compiled per candidate."""
    i = text.find(word)
    while i != -1:
        if _FIGHT_WORD_AFTER.match(text, i + len(word)):
            return True
        i = text.find(word, i + 1)
    return False


def _chars_before(text: str, name: str) -> set[str]:
    """The characters before the occurrences of name (as scan.occurrences finds them; "" at the text's start), read
    until two differ: what _battle_named_longer asks is whether they are all one."""
    out: set[str] = set()
    i = text.find(name)
    while i != -1 and len(out) < 2:
        out.add(text[i - 1] if i > 0 else "")
        i = text.find(name, i + len(name))
    return out


def _battle_named_longer(text: str, out: list[Mention]) -> list[Mention]:
    """A gazetteer name the text writes only inside a longer one that names a fight (香|城固战斗: 城固 is a county
    elsewhere, the fight's place is 香城固): every occurrence stands after the same character, and that character
    with the name stands before a battle word at least once. The mentions become the longer place (a settlement,
    kind by its form)."""
    fixed: list[Mention] = []
    heads: dict[str, str | None] = {}
    for m in out:
        name = m.value["name"]
        if m.value.get("source") != "gazetteer" or len(name) != 2 or m.text != name:
            fixed.append(m)
            continue
        if name not in heads:
            before = _chars_before(text, name)
            head = next(iter(before)) if len(before) == 1 else ""
            ok = bool(head) and _HAN.match(head) is not None and head not in _BOUNDARY_CHARS \
                and head not in _NO_NAME_HEAD \
                and not any(_common(text[max(0, a - 2):a], 5) for a, _ in occurrences(text, name)) \
                and _written_before_fight(text, head + name) \
                and not _common(head + name, 5)
            heads[name] = head if ok else None
        head = heads[name]
        if head is None or text[m.start - 1:m.start] != head:
            fixed.append(m)
            continue
        longer = head + name
        fixed.append(village_or_kind(m.start - 1, m.end, longer))
    return fixed


_JP_ECHELON_END = ("联队", "师团", "旅团", "大队")


def _depot_in_brackets(text: str, m: Mention) -> bool:
    """A place alone in brackets right after a Japanese unit (步兵第110联队(冈山), 第6师团（熊本）): the unit's home
    garrison, where it was raised, no place of the fight."""
    return (text[m.start - 1:m.start] in "(（" and text[m.end:m.end + 1] in ")）" and m.start >= 3
            and text.endswith(_JP_ECHELON_END, 0, m.start - 1))


# what follows a person's name and never a place's (左权将军, 赵尚志同志, 某某烈士)
_HONORIFIC_AFTER = ("将军", "同志", "烈士", "先生")
# a martyrs' park named after its town (乙市烈士公园, 丙县烈士公园): the name is the place's (a cemetery or tomb may
# bear the man's name, 某某烈士墓, and keeps the honorific reading)
_MARTYRS_SITE = re.compile(r"烈士公园")


def _without_honoured_names(text: str, out: list[Mention], lex: dict) -> list[Mention]:
    """Drop a gazetteer name that the text writes somewhere before an honorific (左权将军, 赵尚志将军): counties
    were renamed after fallen commanders (左权县, 尚志市), and there the name is the man's. Every occurrence
    goes, not a province; one written with its 县/市 is the place."""
    honoured = {m.value["name"] for m in out if m.value["source"] == "gazetteer"
                and text.startswith(_HONORIFIC_AFTER, m.end) and lex.get(m.value["name"], ("",))[0] != "province"
                and not _MARTYRS_SITE.match(text, m.end)}
    if not honoured:
        return out
    return [m for m in out if m.value["name"] not in honoured or text.startswith(("县", "市"), m.end)]


# the suffixes of villages and towns a district's short name may end in (周村, 罗庄, 潘集, 天镇)
_SHORT_VILLAGE_END = "村庄寨集镇铺店屯堡"


def _clan_village_head(text: str, s: int, e: int, taken: list[bool]) -> int | None:
    """Where a village starts whose name is a family's (X家) before a two-character name the gazetteer holds for
    a county elsewhere (刘家|河口, 蒋家|河口): the family name and 家 are the village's; not an everyday word
    (国家, 大家, 专家) nor a character another name took."""
    if e - s != 2 or s < 2 or text[s - 1] != "家" or text[s - 2] not in cn_surnames() or any(taken[s - 2:s]) \
            or _common(text[s - 2:s], 1000):
        return None
    return s - 2


def _village_head(text: str, prev: Mention | None, s: int, e: int, lex: dict) -> int | None:
    """Where a village starts whose tail is a district's short name in the gazetteer (溧阳县塘|马村: 马村 is
    马村区): right after a county (X县) that the name follows with one or two Han characters of its own. A
    village is written in full after its county (县X村, 县X镇), and a gazetteer's short form never wins over it."""
    name = text[s:e]
    if prev is None or not prev.value["name"].endswith("县") or not 1 <= s - prev.end <= 2 \
            or name[-1] not in _SHORT_VILLAGE_END or lex[name][4] != "gazetteer" or lex[name][3] in (None, name):
        return None
    gap = text[prev.end:s]
    if not _HAN.fullmatch(gap) or any(c in _BOUNDARY_CHARS for c in gap) or _BAD_STEM.search(gap):
        return None
    return prev.end


# a place located from a found one by a bearing, then 之 and what stands there (定远东南|老人仓|之驻军, X西北|Y|之敌)
_BEARING_NAME = re.compile(r"[东南西北]{1,2}(?P<n>[\u4e00-\u9fff]{2,3}?)之(?=驻军|守军|敌|日军|伪军|据点|我军|线)")
_NOT_IN_NAME = set("之的了是在和与及等军师旅团营连队部敌我日伪第个其该此这那各全地区面侧部带近郊")


def _bearing_places(text: str, found: list[Mention], taken: list[bool]) -> list[Mention]:
    """The village a report locates from a town by a bearing (驻在定远东南老人仓之驻军, X西北Y之敌): two or three Han
    characters after a found place and its bearing, before 之 and the force or the post there; no name of a
    gazetteer or a suffix needed. Not an everyday word (东南山地之敌) nor a part, a side or a unit (城北大部之敌)."""
    out = []
    for f in found:
        m = _BEARING_NAME.match(text, f.end)
        if m is None or any(taken[m.start():m.end()]):
            continue
        a, b = m.span("n")
        name = m.group("n")
        if name[0] in _DIRECTIONS or any(c in _NOT_IN_NAME or c in _BOUNDARY_CHARS for c in name) \
                or _ALL_NUMERAL.search(name) or _common(name, 20) or _common(name[:2], 2000) and len(name) == 2:
            continue
        out.append(_claim(text, [], taken, a, b, "context", "village"))
    return out


# stems of everyday nouns built with a place suffix (的大镇, 一座古城, X大铁桥): size, age and material, no name
_SIZE_AGE = frozenset("大小古老新旧")
_GENERIC_STEM = frozenset("大小古老新旧重名铁石木")
# what stands before such a noun when it is described, not named: a particle, a classifier, a numeral (一个偏远的小山村)
_DESCRIBED_AFTER = frozenset("的个座条片一")


def _described_noun(text: str, start: int, stem: str, suf: str, after_place: bool) -> bool:
    """Whether stem + suf at ``start`` is an everyday noun of size, age or material described (after 的, a classifier
    or a numeral) or said of the place right before it (after_place: 汉江|大铁桥), no place's name: a stem of size, age
    or material only (泗县以北的大镇, 一座古城), with size or age or as a word (石桥; 的石岗 is a village), or size + a
    word of 100+ (一个偏远的小|山村, 小|渔村). The one rule of the suffix finder and of the final filter: standing as
    a name (在小石桥一带) it is a place."""
    if not (after_place or start > 0 and text[start - 1] in _DESCRIBED_AFTER):
        return False
    if set(stem) <= _GENERIC_STEM:
        return bool(set(stem) & _SIZE_AGE) or (stem + suf)[-2:] in _words()
    return len(stem) == 2 and stem[0] in "小大" and _words().get(stem[-1] + suf, (0, ""))[0] >= 100


def _without_common_nouns(text: str, found: list[Mention]) -> list[Mention]:
    """The place mentions without two misreadings of a suffix or context rule:
    an everyday noun (淮安城东南20公里的大镇, 嫩江大铁桥; see _described_noun); and a name read across a compound bearing after a place
    (龙潭西北平山顶: 西北 is the bearing, 北平山 no mountain). A gazetteer name is left alone (大石桥)."""
    ends = {m.end for m in found}
    out = []
    for m in found:
        name, src, s = m.value["name"], m.value["source"], m.start
        if src in ("suffix", "context"):
            suf = next((x for x in _SUFFIXES_LONGEST if name.endswith(x) and len(name) > len(x)), None)
            stem = name[:-len(suf)] if suf else ""
            if stem and _described_noun(text, s, stem, suf, s in ends):
                continue
        if src in ("suffix", "context", "feature") and name[0] in "南北" and s >= 2 and text[s - 1] in "东西" \
                and s - 1 in ends:
            continue
        out.append(m)
    return out


def _without_lead_words(text: str, found: list[Mention]) -> list[Mention]:
    """A place built by a suffix or a context rule whose first character is a frequent one-character verb,
    complement or function word (守住|老鹰嘴, 在|王家庄) while the rest is a place found elsewhere in the text:
    that place (one name, one reading in one text)."""
    names = {m.value["name"] for m in found}
    out = []
    for m in found:
        name = m.value["name"]
        if m.value["source"] in ("suffix", "context") and len(name) >= 4 and name[1:] in names \
                and _lead_char(name[0], (*_LEAD_TAGS, "u")):  # u: complements and particles too (守住|)
            m = _mention(text, m.start + 1, m.end, m.value["source"], m.value["kind"])
        elif m.value["source"] in ("suffix", "context") and len(name) >= 4 and name[2:] in names \
                and _lead_char(name[0], ("d",)) and name[1] not in _DIRECTIONS and name[1] not in "大小上下前后新老":
            m = _mention(text, m.start + 2, m.end, m.value["source"], m.value["kind"])  # 欲霸|X, 又占|X: adverb, verb
        out.append(m)
    return out


_ITEM_SEP = "、,，。；;：:"


def _whole_items(text: str, found: list[Mention], taken: list[bool]) -> list[Mention]:
    """A lexicon hit that is only the tail of an item of a 、-list ending in a feature suffix is that item
    (白石堰、金南溪、木桥溪: the district 南溪 is no place of that list): a list item is one name."""
    out = []
    for m in found:
        s, e = m.start, m.end
        if m.value["source"] != "gazetteer":
            out.append(m)
            continue
        a = s
        while a > 0 and s - a < 2 and _han_at(text, a - 1) and text[a - 1] not in _BOUNDARY_CHARS:
            a -= 1
        b = e
        while b < len(text) and b - e < 2 and _han_at(text, b) and text[b] not in _BOUNDARY_CHARS:
            b += 1
        closed = (b == len(text) or text[b] in _ITEM_SEP) and (a == 0 or not _han_at(text, a - 1)
                                                               or text[a - 1] in _BOUNDARY_CHARS)
        listed = text[a - 1:a] == "、" or text[b:b + 1] == "、"
        if a == s or not closed or not listed or not 3 <= b - a <= 4 or text[b - 1] not in _EXTEND \
                or text[b - 1] == "山" \
                or _BAD_ITEM.search(text[a:b]) or any(taken[a:s]) or any(taken[e:b]) or _common(text[a:b], 5):
            out.append(m)
            continue
        _claim(text, out, taken, a, b, "context", _SUFFIX[text[b - 1]])
    return out


# a place told by its bearing from a found one or after a place verb: 清水河以北的X, 攻向以北的X
_RELATIVE = re.compile(r"(?:以|之)?[东南西北]{1,2}(?:方|面|侧)?的(?P<name>[\u4e00-\u9fff]{2,4}?)(?=[，,。；;、]|$)")
# every match starts at one or one character before ([东南西北]{1,2}…, its first character written alone so that re
# scans for it in C)
_RELATIVE_AT = re.compile("[东南西北][东南西北]?(?:方|面|侧)?的")


def _relative_places(text: str, taken: list[bool]) -> list[Mention]:
    out = []
    for m in near_anchor_finditer(_RELATIVE, text, _RELATIVE_AT, 1):  # = _RELATIVE.finditer(text)
        s, e = m.span("name")
        after_place = m.start() > 0 and (taken[m.start() - 1] or _VERB_BEFORE_END.search(text, max(0, m.start() - 4), m.start()))
        if not after_place or any(taken[s:e]) or not _item_ok(text, s, e):
            continue
        _claim(text, out, taken, s, e, "context")
    return out


def _historical_short(name: str) -> bool:
    """The short form of a county of 1911 that is no division today (镇边 of 镇边厅)."""
    p = admin().get(name)
    return p is not None and p.historical and p.official != name


