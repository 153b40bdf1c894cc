"""Dates and date ranges at the precision the text gives, with the year carried over from context.

Public API:

    find_dates(text: str, default_year: int | None = None) -> list[Mention]
        kind="date", value={"date": DateValue, "end": DateValue | None,
                            "year_inherited": bool, "month_inherited": bool}
        Handles 1939年9月14日, 一九三九年九月十四日, 民国二十八年 (1939), a bare ROC year before a month
        (三十年元月 → 1941-01; only years 20-34 and no Gregorian year within 200 characters), 昭和14年 (1939), 1941年底,
        9月中旬/上旬/下旬/初/底 (kept as DateValue.note), ranges 1939年9月14日至10月13日, 9月14日-10月6日,
        1938年6月至10月, 8月8日-26日, 22-24日, and day-only dates (26日) when a month is known from an
        earlier date. A date without a year takes the year of the nearest earlier dated mention (or
        ``default_year``); before the first written year it takes that year (one less if its month is
        later: 12月4日 … 1940年1月 → 1939), flagged ``year_from_later``; with no year at all it is dropped. Going from a late month (10-12) to an early one
        (1-3) without a written year moves to the next year. 同年/是年/当年 = the context year, 次年/翌年/明年 =
        the next one, 去年 the one before the first year written (a report's 去年十一月, dated by its header), 今年 that year;
        so are the seasons 去秋/去冬 … (the year before) and 今春 … (that year), and with no year written before them they
        are dropped, never dated by a later year. Years outside 1894-1950 are ignored (they are no dates of this war), and no invalid
        date is ever produced (2月30日 is dropped). Durations (激战6日, 6日夜) are not dates. Dotted dates (1938.12.14, 1938.02) are
        dates; decimal numbers (1938.5平方公里) are not. A weekday told under a diary's or a letter's heading date
        (上星期五, 在星期六) is the day of that week before the heading (value "weekday").
    year_at(text: str, offset: int, default: int | None = None) -> int | None
        the year in force at ``offset``: that of the nearest earlier dated mention, for finders (battles,
        figures) that need a year for something undated.
"""

from __future__ import annotations

import calendar
import datetime
import re
from bisect import bisect_right
from functools import lru_cache

from kangzhan.extract.lexicons import day_incidents, rhyme_days
from kangzhan.extract.mentions.base import Mention
from kangzhan.extract.mentions.lunar import lunar_dates
from kangzhan.extract.mentions.numbers import cn_to_int
from kangzhan.extract.model import DateValue

MIN_YEAR, MAX_YEAR = 1894, 1950

_CND = "〇零一二三四五六七八九"
_YEAR = (rf"(?:(?:(?P<y>1[89][0-9]{{2}}) ?|(?P<ycn>[一][八九][{_CND}]{{2}})|民国(?P<roc>[0-9]{{1,2}}|[一二三四五六七八九十廿卅]{{1,3}})"
         # a bare ROC year (二十六年八月, 三十三年元月): 20-34 = 1931-1945, only right before a month or season
         # (卅四年七月 the same: 卅 = 三十); opening a clause (卅四年,日军…) only after an ROC year (see _atoms)
         rf"|(?<![0-9{_CND}十百千第民国])(?P<rocb>(?:二十|廿)[一二三四五六七八九]?|(?:三十|卅)[一二三四]?)"
         r"(?=年(?:[元正一二三四五六七八九十]{1,2}月|初|底|春|夏|秋|冬|[,，]))"
         # the same in digits (26年8月, 30年5、6月): kept only after an ROC year (see _atoms)
         r"|(?<![0-9０-９.．第])(?P<roca>2[0-9]|3[0-4])(?=年(?:[0-9]{1,2}[月、]|初|底|春|夏|秋|冬))"
         # the end of a range of ROC years (民国三十一年至三十三年间, 民国31年至34年): kept only after an ROC year
         r"|(?<=年[至到])(?P<rocr>(?:二十|廿)[一二三四五六七八九]?|三十[一二三四]?|2[0-9]|3[0-4])(?=年)"
         r"|昭和(?P<sho>[0-9]{1,2}|[一二三四五六七八九十]{1,3})|(?P<rel>同|是|当|次|翌|本|该"
         # 去年/明年 of a dated report, only before a month or a part of the year (失去年轻的: no year)
         r"|(?:去|明|今)(?=年(?:[0-9元正一二三四五六七八九十]{1,2}月|初|底|末|春|夏|秋|冬))))年"
         r"(?P<yp>初|底|末|春|夏|秋|冬|上半年|下半年)?"
         # a season of the report's year or the year before (去秋九月, 去冬, 今春): the year counted from its date
         r"|(?<![失过除离回死来上下进出如至])(?P<srel>去|今)(?P<sp>春|夏|秋|冬)(?![天季风雨景色装节光意收])")
_YEAR += ")"
_MONTH_AR = r"1[0-2]|0?[1-9]"
_MONTH_CN = r"十[一二]|[一二三四五六七八九十正元]"
_DAY_AR = r"3[01]|[12][0-9]|0?[1-9]"
# 廿 = 二十, 卅 = 三十: the compact forms of official documents and letters (十月廿一日, 卅一日)
_DAY_CN = r"三十一?|二十[一二三四五六七八九]?|十[一二三四五六七八九]?|廿[一二三四五六七八九]?|卅一?|[一二三四五六七八九]"
_MP = r"(?P<mp>中下旬|上中旬|上旬|中旬|下旬|初|底|末)"
# a date atom: year (+ month (+ day | part)), or month (+ day | part), or an Arabic day alone; a single
# space is allowed around Arabic numbers (OCR of printed text: "1939 年 9 月")
# an atom opens with a year's, month's or day's first character (digits, numerals, 民国/昭和/同年 …): the
# lookahead rejects every other position at once instead of trying each alternative there (same matches)
_ATOM_FIRST = "0-9一二三四五六七八九十正元廿卅民昭同是当次翌本该去明今"
_ATOM = re.compile(
    rf"(?=[{_ATOM_FIRST}])(?:{_YEAR}(?: ?(?P<m>{_MONTH_AR}|{_MONTH_CN}) ?月(?: ?(?P<d>{_DAY_AR}|{_DAY_CN}) ?[日号]|{_MP})?)?"
    rf"|(?P<m2>{_MONTH_AR}) ?月(?: ?(?P<d2>{_DAY_AR}) ?[日号]|(?P<mp2>中下旬|上中旬|上旬|中旬|下旬|初|底|末))?"
    rf"|(?P<m3>{_MONTH_CN})月(?:(?P<d3>{_DAY_CN})[日号]|(?P<mp3>中下旬|上中旬|上旬|中旬|下旬|初|底|末))"
    rf"|(?<![0-9.第])(?P<d4>{_DAY_AR})[日号]"
    rf"|(?<![{_CND}十第数几余])(?P<d5>三十一?|二十[一二三四五六七八九]?|十[一二三四五六七八九]?|廿[一二三四五六七八九]?|卅一?)"
    r"日(?![军本寇方])"
    # a one-digit Chinese day only after 至/到/于/迄 (战斗至九日): elsewhere 五日 is mostly a duration; or opening a
    # clause before a comma or a time of day (。九日，我军…, ，七日晨): a dispatch's day, its month the dateline's
    # (一日， is "one day", 激战三日， a duration: neither opens so)
    r"|(?:(?<=[至到于迄])|(?<=[。，,；;：:】」\n ])(?=[二三四五六七八九]日(?:[,，]|晨|晚|拂晓|凌晨|上午|下午|中午|午后|黄昏|傍晚)))"
    r"(?P<d6>[一二三四五六七八九])日(?![军本寇方]))"
)
_GREGORIAN = re.compile(rf"1[89][0-9]{{2}} ?年|[一][八九][{_CND}]{{2}}年")
_SEP = re.compile(r"\s*(?:(?:开始|起)\s*(?:一直)?\s*(?:至|到)|至|到|~|～|-{1,4}|—{1,3}|–{1,2}|－{1,2})\s*")
# a bare day-range start: "22-24日" (day, separator, then a day atom)
# (the two range starts are written digit first: (?<![0-9.第])(?P<d>{_DAY_AR}) as a digit, the lookbehind over it,
# then what each alternative of _DAY_AR adds after that digit, in the same order; the regex engine then looks
# for digits in C instead of trying the lookbehind at every position — the same matches)
_DAY_AR_FIRST = r"[0-9](?<![0-9.第][0-9])(?:(?<=3)[01]|(?<=[12])[0-9]|(?<=0)[1-9]|(?<=[1-9]))"  # = (?<![0-9.第])(?:_DAY_AR)
_MONTH_AR_FIRST = r"[0-9](?<![0-9.第][0-9])(?:(?<=1)[0-2]|(?<=0)[1-9]|(?<=[1-9]))"  # = (?<![0-9.第])(?:_MONTH_AR)
_DAY_START = re.compile(rf"(?P<d>{_DAY_AR_FIRST})(?=\s*(?:-|—|–|至|到|~)\s*(?:{_DAY_AR})[日号])")
# a bare month-range start: "8-10月" (month, separator, then a month atom)
_MONTH_START = re.compile(rf"(?P<m>{_MONTH_AR_FIRST})(?=\s*(?:-|—|–|至|到|~)\s*(?:{_MONTH_AR})月)")
# two months listed as one period, "1944年5、6月间": the first is the start (after a year or a word, not an item
# number opening a line: "1、8月,…")
# (the lookbehind on the character before written after the month's first digit: re scans for a digit in C)
_MONTH_LIST_START = re.compile(rf"(?P<m>[0-9](?<=[年\u4e00-\u9fff][0-9]){_MONTH_AR_FIRST.removeprefix('[0-9]')})(?=、(?:{_MONTH_AR})月)")
# a year written in digits after the war (1951-2099): before 年 or as the year of an ISO date (2013-01-14)
# (?<![0-9])(?:19…|20…) with the lookbehind after the first digit: literal-led alternatives, scanned for in C
_OUTSIDE_YEAR = re.compile(r"(?:1(?<![0-9]1)9[5-9][0-9]|2(?<![0-9]2)0[0-9]{2})(?: ?年|(?=[-/.][01]?[0-9][-/.][0-3]?[0-9](?![0-9])))")
_DURATION_BEFORE = re.compile(r"(?:激战|鏖战|血战|苦战|战|坚守|固守|持续|历时|相持|达|经|历|约|近|余|共|仅|凡|前后|连续)$")
_DURATION_AFTER = re.compile(r"夜|之久|之内|之后|以来|内|间|后|行程|路程|时间|昼夜")
_MONTH_DURATION_BEFORE = re.compile(r"(?:历时|持续|达|经|约|近|余|个|数|几|相持)$")


def _year(m: re.Match) -> tuple[int | None, str | None]:
    """(explicit year, relative word) of an atom."""
    if m.group("y"):
        return int(m.group("y")), None
    if m.group("ycn"):
        return cn_to_int(m.group("ycn")), None
    if m.group("roc"):
        n = cn_to_int(m.group("roc").replace("廿", "二十").replace("卅", "三十"))
        return (1911 + n if n else None), None
    if m.group("rocb"):
        return 1911 + cn_to_int(m.group("rocb").replace("廿", "二十").replace("卅", "三十")), None
    if m.group("roca"):
        return 1911 + int(m.group("roca")), None
    if m.group("rocr"):
        r = m.group("rocr")
        return 1911 + (int(r) if r.isdigit() else cn_to_int(r.replace("廿", "二十"))), None
    if m.group("sho"):
        n = cn_to_int(m.group("sho"))
        return (1925 + n if n else None), None
    if m.group("rel"):
        return None, m.group("rel")
    if m.group("srel"):
        return None, m.group("srel")
    return None, None


def _num(s: str | None) -> int | None:
    if not s:
        return None
    if s in ("正", "元"):
        return 1
    return int(s) if s.isdigit() else cn_to_int(s.replace("廿", "二十").replace("卅", "三十"))


class _Parts:
    __slots__ = ("start", "end", "year", "rel", "month", "day", "note", "year_note")

    def __init__(self, m: re.Match):
        self.start, self.end = m.start(), m.end()
        self.year, self.rel = _year(m) if m.lastgroup not in ("d4", "d5", "d6") or m.group("y") else (None, None)
        self.month = _num(m.group("m") or m.group("m2") or m.group("m3"))
        self.day = _num(m.group("d") or m.group("d2") or m.group("d3") or m.group("d4") or m.group("d5")
                        or m.group("d6"))
        self.note = m.group("mp") or m.group("mp2") or m.group("mp3")
        self.year_note = m.group("yp") or m.group("sp")

    @classmethod
    def at(cls, start: int, end: int, year: int | None = None, month: int | None = None, day: int | None = None,
           note: str | None = None) -> _Parts:
        """Parts read by a reader of their own (a rhyme day, a dotted date, a glued date), not by the main pattern."""
        p = cls.__new__(cls)
        p.start, p.end = start, end
        p.rel = p.year_note = None
        p.year, p.month, p.day, p.note = year, month, day, note
        return p


def _has_year_group(m: re.Match) -> bool:
    return bool(m.group("y") or m.group("ycn") or m.group("roc") or m.group("rocb") or m.group("roca") or m.group("rocr")
                or m.group("sho")
                or m.group("rel")
                or m.group("srel"))


def _is_duration(text: str, p: _Parts, m: re.Match) -> bool:
    before = text[max(0, p.start - 4):p.start]
    if p.day is not None and p.month is None and not _has_year_group(m):
        return bool(_DURATION_BEFORE.search(before) or _DURATION_AFTER.match(text, p.end))
    if p.month is not None and p.day is None and not _has_year_group(m):
        return bool(_MONTH_DURATION_BEFORE.search(before))
    return False


def _valid(y: int, mo: int | None, d: int | None) -> bool:
    if not MIN_YEAR <= y <= MAX_YEAR:
        return False
    if mo is None:
        return d is None
    if not 1 <= mo <= 12:
        return False
    return d is None or 1 <= d <= calendar.monthrange(y, mo)[1]


def _value(y: int, mo: int | None, d: int | None, note: str | None) -> DateValue:
    if d is not None and mo is not None:
        return DateValue(f"{y:04d}-{mo:02d}-{d:02d}", note)
    if mo is not None:
        return DateValue(f"{y:04d}-{mo:02d}", note)
    return DateValue(f"{y:04d}", note)


class _Context:
    """The year and month in force while reading the text left to right."""

    def __init__(self, default_year: int | None):
        self.year = default_year
        self.month: int | None = None
        self.lost = False  # a year lost in the text (年9月): undated until the next written year
        self.written: int | None = None  # the first year written out (a report's header, a dateline): the date
        # the text was written, what 去年 counts back from (a later 二十八年 is a year told of, not the writing's)

    def resolve(self, p: _Parts) -> tuple[int | None, int | None, bool, bool]:
        year, month = p.year, p.month
        year_inh = month_inh = False
        if year is not None and self.written is None:
            self.written = year
        if year is None:
            if p.rel in ("次", "翌", "明"):
                year = self.year + 1 if self.year else None
            elif p.rel == "去":  # 去年 in a report dated 1940: 1939, and so is a second 去年 after it
                base = self.written or self.year
                year = base - 1 if base else None
            elif p.rel == "今":  # 今春, 今年三月 in a report dated 1943: 1943; undated with no year to count from
                year = self.written or self.year
            else:
                year = self.year
                if year and month and self.month and self.month >= 10 and month <= 3 and not p.rel:
                    year += 1  # 12月 … 1月 in a chronological account
            year_inh = True
        if month is None and p.day is not None and year is not None:
            month = self.month if p.year is None else None
            month_inh = True
        return year, month, year_inh, month_inh

    def update(self, year: int | None, month: int | None, explicit_year: bool = False) -> None:
        if year is not None:
            self.year = year
            if month is not None or explicit_year:
                self.month = month  # "1942年" alone: no month in force any more


# "as early as" before a year: a look back from the account's time to an earlier year
_LOOK_BACK = re.compile(r"(?:早在|远在|早于)\s*$")
# a date of the traditional lunar calendar, given after the Gregorian one: (农历八月初五) is no second date
_LUNAR = re.compile(r"(?:农历|阴历|夏历|旧历)\s*$")
_LUNAR_WORD = re.compile(r"农历|阴历|夏历|旧历")
# a month whose year was written but its digits are lost (a copy's "年9月7日"): no year can be read there
# (only after a colon, a comma or a space: 那年9月, 这一年9月 are the context year)
_LOST_YEAR = re.compile(r"(?:^|(?<=[:：,，、;；\s(（]))年\s*$")


_NOTE_MARK = "[0-9\u2460-\u2473]"  # a note's mark after the signature's day (敬未3, 敬未③)


@lru_cache(maxsize=1)
def _rhyme_re() -> re.Pattern:
    """A day written as its telegraph rhyme (韵目代日, lexicons/rhyme_days.tsv), only where the text is a telegram's:
    于漾日 (after a preposition; 元日 is New Year's day), the signature's day and hour at the end of a telegram
    (冯玉祥文未印, 张某敬未。: the rhyme and one of the twelve hours), 叩敬。 (the sender 叩 and the day)."""
    days = "".join(rhyme_days())
    hours = "子丑寅卯辰巳午未申酉戌亥"
    # the rhyme character first (group r), each alternative's left context a lookbehind over it: the same
    # matches as (?<=[于在至自迄])(?P<r1>[…])日|(?<=[\u4e00-\u9fff])(?P<r2>[…])…|(?<=叩)(?P<r3>[…])…, but the
    # engine looks for the rhyme characters in C instead of trying the lookbehinds at every position
    no_yuan = days.replace("元", "")
    return re.compile(rf"(?P<r>[{days}])(?:(?<=[于在至自迄][{no_yuan}])日"
                      rf"|(?<=[\u4e00-\u9fff][{days}])[{hours}]{_NOTE_MARK}?(?:印|叩)?(?=[。\s]|$)"
                      rf"|(?<=叩[{days}]){_NOTE_MARK}?(?:印)?(?=[。\s]|$))")


def _rhyme_atoms(text: str) -> list[tuple[_Parts, None]]:
    out = []
    for m in _rhyme_re().finditer(text):
        if not any(0x4e00 <= ord(c) <= 0x9fff for c in text[max(0, m.start() - 6):m.start()]):
            continue
        out.append((_Parts.at(m.start(), m.end(), day=rhyme_days()[m.group("r")]), None))
    return out


# a date written with dots (1938.12.14, 1938.02, 1941.3.5: a register's life dates, a chronology's entries): a year of
# four digits, a month, maybe a day; no decimal number (1938.5平方公里, 12.3万) nor a version or a page range
# (the year's digits first, what stands before them looked behind: the engine looks for the digits in C)
_DOTTED = re.compile(rf"(?P<y>1[89][0-9]{{2}})(?<![0-9.．][0-9]{{4}})[.．](?P<m>{_MONTH_AR})(?:[.．](?P<d>{_DAY_AR}))?"
                     r"(?![0-9.．%％万亿千百余多]|\s*(?:平方|公里|米|人|元|吨|亩|个|倍))")


def _dotted_atoms(text: str) -> list[tuple[_Parts, None]]:
    out = []
    for m in _DOTTED.finditer(text):
        p = _Parts.at(m.start(), m.end(), int(m.group("y")), int(m.group("m")), int(m.group("d")) if m.group("d") else None)
        if MIN_YEAR <= p.year <= MAX_YEAR:
            out.append((p, None))
    return out


# a date whose 年 and 月 a copied page lost, the digits glued to the year (1939723日 = 1939年7月23日, 19398 2日,
# 19397月下旬, and a chronology's month heading alone on its line, 19417 = 1941年7月): read only for a year of the
# war (1931-1945) that opens its line or item, and only where the digits after it split into one valid month and
# day (1939123日 may be 1月23日 or 12月3日: no date)
_GLUED = re.compile(r"(?<![0-9.．])(?P<y>193[1-9]|194[0-5])(?:(?P<m>1[0-2]|0?[1-9])月(?:(?P<d>3[01]|[12][0-9]|0?[1-9])[日号]"
                    r"|(?P<mp>中下旬|上中旬|上旬|中旬|下旬|初|底|末))?"
                    r"|(?P<md>[0-9]{2,3})[日号]|(?P<m2>1[0-2]|[1-9])[ \t\u3000]+(?P<d2>3[01]|[12][0-9]|[1-9])[日号]"
                    r"|(?P<m3>1[0-2]|[1-9])(?=[ \t\u3000]*(?:\n|$)))")
# what may stand before it on its line: spaces, an item's number (1. / (2) / 三、)
_GLUED_OPEN = re.compile(r"[ \t\u3000]*(?:[(（]?[0-9一二三四五六七八九十]{1,2}[)）、.．][ \t\u3000]*)?")


def _glued_atoms(text: str) -> list[tuple[_Parts, None]]:
    out = []
    for m in _GLUED.finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        if not _GLUED_OPEN.fullmatch(text, line_start, m.start()):
            continue
        y, note = int(m.group("y")), m.group("mp")
        if m.group("md"):
            md = m.group("md")
            splits = [(int(md[:k]), int(md[k:])) for k in range(1, len(md)) if md[k] != "0"]
            splits = [(mo, d) for mo, d in splits if _valid(y, mo, d)]
            if len(splits) != 1:
                continue
            mo, d = splits[0]
        elif m.group("m2"):
            mo, d = int(m.group("m2")), int(m.group("d2"))
        elif m.group("m3"):
            if text[line_start:m.start()].strip():
                continue  # a month heading stands alone on its line
            mo, d = int(m.group("m3")), None
        else:
            mo, d = int(m.group("m")), (int(m.group("d")) if m.group("d") else None)
        if not _valid(y, mo, d):
            continue
        out.append((_Parts.at(m.start(), m.end(), y, mo, d, note), None))
    return out


def _same_year_nearby(text: str, p: _Parts) -> bool:
    """A Gregorian year within 200 characters that is the bare ROC year p.year (1911 + n): the text gives both counts."""
    return any(int(re.sub(r"\D", "", g.group(0)) or 0) == p.year or _cn_year(g.group(0)) == p.year
               for g in _GREGORIAN.finditer(text, max(0, p.start - 200), p.end + 200))


def _cn_year(s: str) -> int | None:
    digits = s.rstrip("年 ")
    if digits.isdigit():
        return None
    if not digits or not all(c in _CND for c in digits):
        return None
    return int("".join(str(max(0, _CND.index(c) - 1)) for c in digits))  # 〇 and 零 are 0, 一 … 九 are 1 … 9


def _atoms(text: str) -> list[tuple[_Parts, re.Match]]:
    out = []
    roc_before = False  # the last year written is an ROC one (民国26年, 二十六年): a bare 27年 after it is one too
    for m in _ATOM.finditer(text):
        if _LUNAR.search(text, max(0, m.start() - 4), m.start()):
            continue
        p = _Parts(m)
        if p.year is not None and not MIN_YEAR <= p.year <= MAX_YEAR:
            continue
        if (p.year, p.rel, p.month, p.day) == (None, None, None, None):
            continue
        if _is_duration(text, p, m):
            continue
        if m.group("rocb") and _GREGORIAN.search(text, max(0, p.start - 200), p.end + 200) \
                and not (p.month is not None and p.day is not None) and not _same_year_nearby(text, p):
            continue  # a Gregorian year nearby: 二十六年 may be an age or a count, not the ROC era (a year with its
            # month and day, 二十六年八月十三日, is a date whatever years are near; so is one the text also writes in
            # the Gregorian count, 民国 or not: 二十六年八月…(1937年))
        if m.group("rocb") and text.startswith(("年,", "年，"), m.end("rocb")) and not (
                roc_before and (m.start() == 0 or text[m.start() - 1] in "。！？!?；;\n 　")):
            continue  # 三十四年, opening a sentence after 民国三十三年: the next ROC year; else a count (活了三十年,)
        if (m.group("roca") or m.group("rocr")) and not roc_before:
            continue  # 26年 in digits is an ROC year only where the last year written before it is one
        if p.year is not None:
            roc_before = bool(m.group("roc") or m.group("rocb") or m.group("roca") or m.group("rocr"))
        out.append((p, m))
    rhymes = _rhyme_atoms(text)
    if rhymes:
        full = [p for p, _ in out if p.year is not None and p.month is not None and p.day is not None]
        for p, _ in rhymes:  # the month of the full date of the same day nearby (the heading, the editor's note)
            near = [q for q in full if q.day == p.day and abs(q.start - p.start) <= _RHYME_NOTE]
            if near:
                q = min(near, key=lambda q: abs(q.start - p.start))
                p.year, p.month = q.year, q.month
        out = sorted([*out, *rhymes], key=lambda x: x[0].start)  # type: ignore[list-item]
    glued = _glued_atoms(text)
    if glued:  # in place of what the atom reader read inside it (7月下旬, 2日 of 19398 2日)
        out = sorted([*(x for x in out if not any(g.start < x[0].end and x[0].start < g.end for g, _ in glued)),
                      *glued], key=lambda x: x[0].start)  # type: ignore[list-item]
    dotted = _dotted_atoms(text) if "." in text or "．" in text else []
    if dotted:
        out = sorted([*out, *dotted], key=lambda x: x[0].start)  # type: ignore[list-item]
    return out


_RHYME_NOTE = 300  # characters between a telegram's rhyme day and the date that spells it out


# a dispatch's day in its dateline (【…冀中十二日电】, （中央社重庆十日电）, 【广州五日同盟电】): the day the report was
# filed, its month not written
DISPATCH_DAY = re.compile(r"[\u4e00-\u9fff]{0,4}?专?电\s*[】\])）]")


def _before_the_paper(last: Mention, y: int, mo: int, day: int) -> tuple[int, int]:
    """The year and month of a dispatch's day filed under a paper's dated page (《X报》1942.4.2 … 二十六日电): a
    paper prints no report filed after its own day, so a day later than the page's is of the month before."""
    parts = last.value["date"].iso.split("-")
    if len(parts) == 3 and (int(parts[0]), int(parts[1])) == (y, mo) and int(parts[2]) < day:
        return (y, mo - 1) if mo > 1 else (y - 1, 12)
    return y, mo


def find_dates(text: str, default_year: int | None = None) -> list[Mention]:
    """Date mentions of ``text`` (see the module docstring)."""
    text = text or ""
    atoms = _atoms(text)
    # "22-24日": bare day numbers keyed by where the day atom after their separator begins
    starts: dict[int, re.Match] = {}
    for dm in _DAY_START.finditer(text):
        sep = _SEP.match(text, dm.end())
        if sep:
            starts[sep.end()] = dm
    months: dict[int, re.Match] = {}  # "8-10月": the same for bare month numbers
    for mm in _MONTH_START.finditer(text):
        sep = _SEP.match(text, mm.end())
        if sep:
            months[sep.end()] = mm
    for mm in _MONTH_LIST_START.finditer(text):
        months[mm.end() + 1] = mm
    out: list[Mention] = []
    ctx = _Context(default_year)
    explicit = [(q.year, q.month) for q, _m in atoms if q.year is not None]
    explicit_pos = [q.start for q, _m in atoms if q.year is not None]
    # years written after the war (a dateline 2013-01-14, 2005年08月15日): a month written right after one is of
    # that year, no date of the war; a date with no year before any war year, after such a year (the news of
    # the day opens the report), does not borrow the war year written later
    modern = [mo.span() for mo in _OUTSIDE_YEAR.finditer(text)]
    modern_ends = {e for _, e in modern}
    modern_starts = [s for s, _ in modern]
    i = 0
    while i < len(atoms):
        p, m = atoms[i]
        # "22-24日": a bare day before a separator and a day atom
        begin = p.start
        dm = starts.get(p.start)
        if dm is not None and p.day and p.month is None:
            begin = dm.start()
        mm = months.get(p.start)
        if mm is not None and p.month is not None and p.day is None and p.year is None:
            begin = mm.start()
        if modern and p.year is None and (p.start in modern_ends or text[p.start - 1:p.start] == " "
                                          and p.start - 1 in modern_ends):
            i += 1
            continue
        if p.year is None and p.rel is None and p.month is not None and _LOST_YEAR.search(text[max(0, p.start - 3):p.start]):
            ctx.year = ctx.month = None  # 年9月7日: the year is lost; no later date inherits one either
            ctx.lost = True
            i += 1
            continue
        if p.year is not None or p.rel is not None:
            ctx.lost = False
        y, mo, yi, mi = ctx.resolve(p)
        if mi and mo is not None and p.day is not None and out and DISPATCH_DAY.match(text, p.end):
            y, mo = _before_the_paper(out[-1], y, mo, p.day)
        elif mi and mo is not None and y is not None and p.day is not None and p.month is None and out:
            y, mo = _on_to_next_month(text, out[-1], p, y, mo)
        later = False
        if ctx.lost:
            y = None
        if y is None and p.rel is None and modern and modern_starts[0] < p.start:
            i += 1
            continue
        if y is None and p.rel is None and not ctx.lost:  # no year yet: take the first one written later (12月4日 … 1939年12月30日)
            k = bisect_right(explicit_pos, p.start)
            if k < len(explicit):
                y, m1 = explicit[k]
                if p.month is not None and m1 is not None and p.month > m1:
                    y -= 1
                mo = p.month if p.month is not None else None
                later = True
        if y is None and p.rel is None and not ctx.lost and p.month is not None:
            y = _incident_year(text, p.start, p.month)  # “九一八”事变后…11月4日: 1931, the only year the text gives
            mo = p.month if y is not None else mo
        if y is None or (p.day is not None and mo is None):
            i += 1
            continue
        note = p.note or p.year_note
        if not _valid(y, mo, p.day):
            i += 1
            continue
        date = _value(y, mo, p.day, note)
        end_value = None
        end_pos = p.end
        if begin != p.start and mm is not None and p.day is None:  # 8-10月: the bare number is the first month
            m0 = int(mm.group("m"))
            if _valid(y, m0, None) and mo is not None and m0 < mo:
                end_value, date = date, _value(y, m0, None, None)
        elif begin != p.start:  # 22-24日: the atom is the end, the bare number the start
            d0 = int(starts[p.start].group("d"))
            if _valid(y, mo, d0):
                end_value, date = date, _value(y, mo, d0, None)
        elif i + 1 < len(atoms):
            q, qm = atoms[i + 1]
            if _SEP.fullmatch(text, p.end, q.start):
                qy = q.year if q.year is not None else (y + 1 if q.rel in ("次", "翌") else y)
                qmo = q.month if q.month is not None else (mo if q.day is not None else None)
                if q.year is None and q.month is not None and mo is not None and q.month < mo:
                    qy = y + 1
                if q.month is None and q.day is None:
                    qmo = None
                if _valid(qy, qmo, q.day) and (q.month is not None or q.day is not None or q.year is not None):
                    end_value = _value(qy, qmo, q.day, q.note or q.year_note)
                    end_pos = q.end
                    i += 1
        # after a range the account usually goes on from its start: the start stays in force; a look back to an
        # earlier year (早在1939年,日军就在X建起了炮楼) leaves the year of the account in force
        if not (p.year is not None and ctx.year is not None and y < ctx.year
                and _LOOK_BACK.search(text, max(0, begin - 3), begin)):
            ctx.update(y, mo, explicit_year=p.year is not None)
        out.append(Mention("date", begin, end_pos, text[begin:end_pos],
                           {"date": date, "end": end_value, "year_inherited": yi, "month_inherited": mi,
                            "year_from_later": later}))
        i += 1
    if _LUNAR_WORD.search(text):  # 1939年农历腊月三十: the Gregorian day, in place of the bare year before 农历
        lunar = lunar_dates(text, [(o.start, int(o.value["date"].iso[:4])) for o in out])
        out = sorted([*(o for o in out if not any(o.start < n.end and n.start < o.end for n in lunar)), *lunar],
                     key=lambda x: x.start)
    if _SAME_MONTH_AT.search(text):
        out = _with_same_months(text, out)
    if _NEXT_DAY_AT.search(text):
        out = _with_next_days(text, out)
    if "纪念" in text or "周年" in text:
        out = _with_anniversaries(text, out)
    if _SAME_DAY_AT.search(text) or _TODAY_AT.search(text):
        out = _with_same_days(text, out)
    if _WEEKDAY.search(text):
        out = _with_weekdays(text, out)
    if out and _TITLE_DATE.match(text):
        out = _before_the_writing(text, out)
    ago = anniversary_dates(text) if "年前" in text else []
    if ago:
        out = sorted([*out, *(a for a in ago if not any(o.start < a.end and a.start < o.end for o in out))],
                     key=lambda x: x.start)
    return out


# the stops of a written sentence: a day told after them may look back; inside the sentence the account runs on
_STOP_BETWEEN = re.compile(r"[。！？!?\n]")


def _on_to_next_month(text: str, prev: Mention, p: _Parts, y: int, mo: int) -> tuple[int, int]:
    """A bare day (6日) after a day of the same month (10月21日), earlier than it and in the same sentence: the
    account runs forward (21日围攻X…,6日攻克X), so the day is of the next month. Not a day looked back on (20日晨,
    他看到18日晚的命令: the day an order or a report was of, before 的), nor one a forward run would put more than
    _NEXT_MONTH_REACH days ahead (20日…18日 is no run of four weeks in one sentence; 14日…3日 is one of under three)."""
    v = prev.value["date"]
    if v.precision != "day" or prev.value.get("end") or v.iso[:7] != f"{y:04d}-{mo:02d}" or int(v.iso[8:]) <= p.day \
            or _STOP_BETWEEN.search(text, prev.end, p.start) or DISPATCH_DAY.match(text, prev.end) \
            or calendar.monthrange(y, mo)[1] - int(v.iso[8:]) + p.day > _NEXT_MONTH_REACH \
            or _DAY_OF_A_THING.match(text, p.end):
        return y, mo
    return (y + 1, 1) if mo == 12 else (y, mo + 1)


_NEXT_MONTH_REACH = 21  # days from the earlier day to the later: how far one sentence's account plausibly runs on
# a day that qualifies a thing (18日晚的命令, 6日的报告): looked back on, no step of the account
_DAY_OF_A_THING = re.compile(r"(?:[晨早晚夜]|上午|下午|凌晨|中午|晚上|夜间)?的")


# an incident named by its day that opens an account with no year written (“九一八”事变后, 一·二八事变, 七七事变): its
# year dates the months told after it; only an incident (事变/事件/抗战 after the day's name), only a month not
# before the incident's own (a later month may be of a later year), and only where no year is written at all
_INCIDENT_SEP = r"[·・.•\s]?"  # 九·一八, 一・二八, 八.一三, 七 七: what may stand between the name's month and day


def _incident_names() -> str:
    """The alternation of the incidents named by their day (lexicons day_incidents.tsv), longest first, each with
    _INCIDENT_SEP allowed between its month and day: shared by the incident and the anniversary patterns."""
    return "|".join(_INCIDENT_SEP.join(map(re.escape, parts))
                    for parts in sorted(day_incidents(), key=lambda p: -len("".join(p))))


@lru_cache(maxsize=1)
def _incidents() -> tuple[re.Pattern[str], dict[str, tuple[int, int]]]:
    """The pattern of an incident's name + 事变/事件/抗战 and name → (year, month), from lexicons day_incidents.tsv."""
    table = {"".join(parts): (int(iso[:4]), int(iso[5:7])) for parts, iso in day_incidents().items()}
    names = _incident_names()
    return re.compile(rf"(?P<n>{names})[”」\"』]?\s*(?:事变|事件|抗战|淞沪抗战)"), table


def _incident_year(text: str, offset: int, month: int) -> int | None:
    """The year of the last incident named by its day before ``offset`` (see _incidents), if ``month`` can be of it."""
    found = None
    pattern, table = _incidents()
    for m in pattern.finditer(text, 0, offset):
        found = table.get(re.sub(_INCIDENT_SEP.rstrip("?"), "", m.group("n")))
    if found is None or month < found[1]:
        return None
    return found[0]


# the month of the date just told (同月, 当月, 也是在这个月, 该月下旬): an account going on with a second event of that
# month; not 本月 (a report's own month), 当月亮 (the moon), 同月份, nor one followed by its day (同月15日: the day
# atom inherits the month already)
_SAME_MONTH = re.compile(r"(?<![每不相上下前后])(?:同|当|该|这个|这一)月"
                         r"(?P<mp>中下旬|上中旬|上旬|中旬|下旬|初|底|末)?(?![亮光色份薪球饼夜台0-9一二三四五六七八九十廿卅])")
_SAME_MONTH_AT = re.compile("同月|当月|该月|这个月|这一月")
_SAME_MONTH_REACH = 400  # how far back the month it repeats may stand (a paragraph or two)


def _with_same_months(text: str, out: list[Mention]) -> list[Mention]:
    """The date mentions and a mention for each relative month (see _SAME_MONTH): the month (and year) of the last
    date written before it, within reach, when that date gives a month."""
    added = []
    starts = [o.start for o in out]
    for m in _SAME_MONTH.finditer(text):
        k = bisect_right(starts, m.start()) - 1
        if k < 0 or out[k].end > m.start() or m.start() - out[k].end > _SAME_MONTH_REACH:
            continue
        prev = out[k].value.get("end") or out[k].value["date"]
        if prev.precision not in ("month", "day"):
            continue
        added.append(Mention("date", m.start(), m.end(), m.group(), {
            "date": DateValue(prev.iso[:7], m.group("mp")), "end": None, "year_inherited": True,
            "month_inherited": True, "year_from_later": False}))
    return sorted([*out, *added], key=lambda x: x.start) if added else out


# the day after the one just told (次日晨, 翌日, 第二天, 激战至次日): the fight's next day, dated from the last day
# written before it in the same paragraph; 此次日军 (this time the Japanese army), 每次日 are no next day
_NEXT_DAY = re.compile(r"(?:(?<![此这该每首多一二两三四五六七八九十几数历屡层依名班批架人车档位场轮再初其各本上下渐逐主目席])次(?:日|晨)"
                       r"|翌(?:日|晨)|第二天)")
_NEXT_DAY_AT = re.compile("次日|次晨|翌日|翌晨|第二天")
_NEXT_DAY_REACH = 200  # how far back the day it counts from may stand


def _with_next_days(text: str, out: list[Mention]) -> list[Mention]:
    """The date mentions and a mention for each next day (次日, 翌日, 第二天) whose day before is a day-precision
    date (or range's end), or a next day, told within reach in the same paragraph: that day plus one, with the day it counts
    from (value "anchor") and where that day is written ("anchor_at"): an account that opens with the day told before
    and goes on with 次日 starts on that day (see pipeline's battle dates)."""
    added = []
    starts = [o.start for o in out]
    for m in _NEXT_DAY.finditer(text):
        k = bisect_right(starts, m.start()) - 1
        if k < 0 or out[k].end > m.start():
            continue
        prev = out[k]
        if added and added[-1].start > prev.start:
            prev = added[-1]  # 次日夜…激战至翌日拂晓: the next day counts from the next day told before it
        day = prev.value.get("end") or prev.value["date"]
        if day.precision != "day" or m.start() - prev.end > _NEXT_DAY_REACH or "\n" in text[prev.end:m.start()]:
            continue
        nxt = day.plus_days(1)
        if not MIN_YEAR <= int(nxt.iso[:4]) <= MAX_YEAR:
            continue
        added.append(Mention("date", m.start(), m.end(), m.group(), {
            "date": nxt, "end": None, "year_inherited": True, "month_inherited": True,
            "year_from_later": False, "next_day": True, "anchor": day, "anchor_at": prev.start}))
    return sorted([*out, *added], key=lambda x: x.start) if added else out


# the day just told, named again (是日, 当日, 当天, 同日, 是晚, 当晚): what its clause tells happened on the last day written
# before it in the same paragraph; not 当日军 / 同日寇 / 是日本 (当 "when", 同 "with", 是 "is" before the enemy's name),
# nor 当日的 in a look back across paragraphs (no day before it in reach)
_SAME_DAY = re.compile(r"(?:是|当|同)(?:日|天|晚|夜)(?![军寇本伪方机舰人货元圆])")
_SAME_DAY_AT = re.compile("是日|当日|同日|当天|是晚|当晚|当夜|是夜|同天|同夜")
_SAME_DAY_REACH = 200  # how far back the day it repeats may stand
_NOT_SAME_DAY_AFTER = ("每", "相", "适", "充")
_IS_AFTER = ("于", "这", "那", "就", "也", "正", "便", "只", "总", "还", "不", "要", "像", "即", "都", "乃", "但", "可", "却")


# a diary's "today" (今日, 今天): the day of the entry's heading, a date alone on its line above it
_TODAY_AT = re.compile("今日|今天")
_HEADING_TAIL = 8  # what may follow the heading's date on its line (星期三, 晴)


def heads_its_line(text: str, d: Mention) -> bool:
    """The date stands alone on its line (a diary's or a log's entry heading), a short tail at most (星期三, 晴)."""
    line_start, line_end = text.rfind("\n", 0, d.start) + 1, text.find("\n", d.end)
    tail = text[d.end:len(text) if line_end < 0 else line_end].strip()
    return not text[line_start:d.start].strip() and len(tail) <= _HEADING_TAIL and "。" not in tail


@lru_cache(maxsize=1)
def _anniversary_pattern() -> tuple[re.Pattern[str], dict[str, tuple[int, int, int]]]:
    table = {"".join(parts): tuple(int(x) for x in iso.split("-")) for parts, iso in day_incidents().items()}
    names = _incident_names()
    return re.compile(rf"[“「『\"]?(?P<n>{names})[”」』\"]?\s*(?:[^\s。，,；;]{{0,6}}?周年)?\s*纪念(?![周会馆碑堂章品册刊文])"), table


def _with_anniversaries(text: str, out: list[Mention]) -> list[Mention]:
    """The date mentions and one for each commemoration of an incident named by its day in a later year of the
    account (“七七”纪念, “八一三”三周年纪念 written in 1940): that day of the month in the year the last date before it
    gives (a wartime diary's or paper's entry of the day); none without such a year, nor in the incident's own year."""
    pattern, table = _anniversary_pattern()
    added = []
    starts = [o.start for o in out]
    for m in pattern.finditer(text):
        k = bisect_right(starts, m.start()) - 1
        if k < 0 or out[k].end > m.start():
            continue
        year = int((out[k].value.get("end") or out[k].value["date"]).iso[:4])
        y0, mo, d = table[re.sub(_INCIDENT_SEP.rstrip("?"), "", m.group("n"))]
        if year <= y0 or not _valid(year, mo, d):
            continue
        added.append(Mention("date", m.start(), m.end(), m.group(), {
            "date": _value(year, mo, d, None), "end": None, "year_inherited": True, "month_inherited": False,
            "year_from_later": False, "anniversary": True}))
    return sorted([*out, *added], key=lambda x: x.start) if added else out


def _same_day(m: re.Match, day: DateValue) -> Mention:
    """A date mention of ``day`` again at the word ``m`` (是日, 当晚, a diary's 今日)."""
    return Mention("date", m.start(), m.end(), m.group(), {
        "date": day, "end": None, "year_inherited": True, "month_inherited": True,
        "year_from_later": False, "same_day": True})


def _with_same_days(text: str, out: list[Mention]) -> list[Mention]:
    """The date mentions and a mention for each same day (see _SAME_DAY) whose day before, in reach and in the same
    paragraph, has day precision (a next day 次日 counts): that day again, with its anchor like a next day's, so an
    undated clause of a fight (…日军登陆。是日,某队在X设伏) is dated by it."""
    added = []
    starts = [o.start for o in out]
    today = [(m, True) for m in _TODAY_AT.finditer(text)]
    for m, is_today in sorted([*((m, False) for m in _SAME_DAY.finditer(text)), *today], key=lambda x: x[0].start()):
        if is_today:  # 今日一时三十分各部进入战斗: the entry's day, when its heading's date stands right before
            k = bisect_right(starts, m.start()) - 1
            if k >= 0 and out[k].end <= m.start() and out[k].value["date"].precision == "day" \
                    and not out[k].value.get("end") and heads_its_line(text, out[k]) \
                    and text.count("\n", out[k].end, m.start()) <= 2 and m.start() - out[k].end <= _SAME_DAY_REACH:
                added.append(_same_day(m, out[k].value["date"]))
            continue
        before = text[max(0, m.start() - 1):m.start()]
        if before in _NOT_SAME_DAY_AFTER or (m.group()[0] == "是" and before in _IS_AFTER):
            continue  # 每当夜幕降临, 相当日常: no day; 于是日夜兼程, 这是日…: 是 a verb or a joint, not "this"
        k = bisect_right(starts, m.start()) - 1
        if k < 0 or out[k].end > m.start():
            continue
        prev = out[k]
        day = prev.value.get("end") or prev.value["date"]
        if day.precision != "day" or m.start() - prev.end > _SAME_DAY_REACH or "\n" in text[prev.end:m.start()]:
            continue
        added.append(_same_day(m, day))
    return sorted([*out, *added], key=lambda x: x.start) if added else out


# a weekday told in a diary's or a letter's entry (在星期六, 上星期五, 上礼拜三): the day of the week before the entry's
# dated heading; not one right after a date (13日星期一: that date's own weekday); not 周X (四周一带, 周一鸣: a word)
_WEEKDAY = re.compile(r"(?P<last>上个?)?(?:星期|礼拜)(?P<wd>[一二三四五六日天])")
_WEEKDAY_NO = {c: k for k, c in enumerate("一二三四五六")} | {"日": 6, "天": 6}
_ENTRY_REACH = 1500  # how far back the entry's heading may stand


def _with_weekdays(text: str, out: list[Mention]) -> list[Mention]:
    """The date mentions and one for each weekday told after a diary's or a letter's heading date (a day-precision
    date alone on its line, the nearest date before it): 上星期五 the Friday of the week before, a bare 星期六 the
    last Saturday up to that day (the entry tells what is past), with the day it counts from ("anchor")."""
    if "星期" not in text and "礼拜" not in text:
        return out  # no weekday (found in C: the pattern, led by an optional group, is tried at every position)
    added = []
    starts = [o.start for o in out]
    for m in _WEEKDAY.finditer(text):
        k = bisect_right(starts, m.start()) - 1
        if k < 0 or out[k].end > m.start() or not text[out[k].end:m.start()].strip(" \t(（"):
            continue  # no date before, or the weekday of the date right before it
        head = out[k]
        line_start, line_end = text.rfind("\n", 0, head.start) + 1, text.find("\n", head.end)
        day = head.value["date"]
        if day.precision != "day" or head.value.get("end") or line_end < 0 or m.start() - head.end > _ENTRY_REACH \
                or text[line_start:head.start].strip() or text[head.end:line_end].strip():
            continue
        back = (datetime.date.fromisoformat(day.iso).weekday() - _WEEKDAY_NO[m.group("wd")]) % 7
        if m.group("last"):
            back = datetime.date.fromisoformat(day.iso).weekday() + 7 - _WEEKDAY_NO[m.group("wd")]
        added.append(Mention("date", m.start(), m.end(), m.group(), {
            "date": day.plus_days(-back), "end": None, "year_inherited": True, "month_inherited": True,
            "year_from_later": False, "weekday": True, "anchor": day, "anchor_at": head.start}))
    return sorted([*out, *added], key=lambda x: x.start) if added else out


# a letter's title dated in brackets at the head of the text (某某致妻书(1942年12月3日), 给母亲的信（1940年9月25日）): the
# day the letter was written (a battle's title so dated, 某某大捷(DATE), gives the fight's day: no letter word)
_TITLE_DATE = re.compile(r"\s*(?P<title>[^\n(（]{0,20}(?:(?:致|给|寄)[^\n(（]{1,12}(?:书|信|函)|家书|书信|家信)[^\n(（]{0,8})"
                         r"[(（](?P<date>\s*[^()（）\n]{6,16})[)）][ \t\u3000]*(?:\r?\n|$)")


def letter_date(text: str) -> tuple[int, int] | None:
    """The span of the writing date in a letter's title line (某某致妻书(1942年12月3日)), or None: the day the letter
    was written, no day of what it tells."""
    m = _TITLE_DATE.match(text)
    return m.span("date") if m else None


def _before_the_writing(text: str, out: list[Mention]) -> list[Mention]:
    """A bare day (廿六日) whose month is the letter title's writing date's, and that falls after it, is of the
    month before: a letter tells what is past. Only while the title's month is in force (up to the next date
    written with its month), and not for a day that opens a line (a diary's next entry)."""
    head = out[0]
    title = _TITLE_DATE.match(text)
    if head.end > title.end("date") or head.value["date"].precision != "day" or head.value.get("end"):
        return out
    day = datetime.date.fromisoformat(head.value["date"].iso)
    fixed = [head]
    for k, o in enumerate(out[1:], 1):
        if not o.value.get("month_inherited"):
            return [*fixed, *out[k:]]
        v = o.value["date"]
        line_open = not text[text.rfind("\n", 0, o.start) + 1:o.start].strip()
        if v.precision == "day" and v.iso > day.isoformat() and not line_open and o.value.get("end") is None:
            prev = day.replace(day=1) - datetime.timedelta(days=1)  # the last day of the month before
            d = int(v.iso[8:])
            if d <= prev.day:
                o = Mention(o.kind, o.start, o.end, o.text,
                            {**o.value, "date": DateValue(f"{prev.year:04d}-{prev.month:02d}-{d:02d}", v.note)})
        fixed.append(o)
    return fixed


# an anniversary's "today" (今天是2007年7月7日) and the years back from it (七十年前的今天, 六十年前): a speech, an
# interview or a feature written on the day dates the event by counting back from it
_TODAY = re.compile(r"(?:今天|今日|今年|这一天)是\s*(?P<y>(?:19|20)[0-9]{2})\s*年(?:\s*(?P<m>[0-9]{1,2})\s*月"
                    r"(?:\s*(?P<d>[0-9]{1,2})\s*[日号])?)?")
_AGO = re.compile(r"(?P<n>[0-9]{1,3}|[一二三四五六七八九十百零两]{1,4})(?:多)?年(?:以)?前(?:的(?P<day>今天|今日|这一天|此时))?")


def anniversary_dates(text: str) -> list[Mention]:
    """Dates counted back from the "today" the text writes (今天是2007年7月7日 … 七十年前的今天 → 1937-07-07; 七十年前 →
    1937): the day itself when the text says "…年前的今天", else the year; none without a written today, nor
    with 多 (七十多年前: no year), nor outside the war's years."""
    out = []
    for m in _AGO.finditer(text):
        today = None
        for t in _TODAY.finditer(text, 0, m.start()):
            today = t  # the nearest today written before
        n = _num(m.group("n"))
        if today is None or n is None or "多" in m.group():
            continue
        y = int(today.group("y")) - n
        mo = int(today.group("m")) if m.group("day") and today.group("m") else None
        d = int(today.group("d")) if mo is not None and today.group("d") else None
        if _valid(y, mo, d):
            out.append(Mention("date", m.start(), m.end(), m.group(), {
                "date": _value(y, mo, d, None), "end": None, "year_inherited": False, "month_inherited": False,
                "year_from_later": False}))
    return out


@lru_cache(maxsize=8)
def _dated(text: str) -> tuple[list[int], list[int]]:
    ms = find_dates(text)
    return [m.start for m in ms], [int(m.value["date"].iso[:4]) for m in ms]


def year_at(text: str, offset: int, default: int | None = None) -> int | None:
    """The year in force at ``offset`` (that of the nearest earlier date mention), else ``default``."""
    starts, years = _dated(text)
    k = bisect_right(starts, offset - 1) - 1
    return years[k] if k >= 0 else default
