"""Counts written in Chinese, Arabic or mixed numerals, with the text's own vagueness.

Public API:

    cn_to_int(s: str) -> int | None
        "一九三九" → 1939, "二十" → 20, "九千九百九十九万" → 99990000, "两千" → 2000; None for junk.
    parse_count(s: str) -> tuple[int, Qualifier] | None
        one count expression: "3,550" → (3550, "exact"), "1.1万余人" → (11000, "atLeast"),
        "约4万" → (40000, "about"), "近万" → (10000, "atMost"), "十余万" → (100000, "atLeast"),
        "约37.8万余" → (378000, "atLeast")  (余/多/以上 outrank 约).  None when no count is there.
    count_at(text: str, pos: int) -> tuple[int, Qualifier] | None
        the count that starts at text[pos], read in context (近|万 = 10000, atMost).
    find_numbers(text: str) -> list[Mention]
        every count in the text, kind="number", value={"count", "qualifier", "unit", "stated"}.
        ``unit`` is the word after the number: "人", "名", "个师", "架" … or None. Numbers that are
        ordinals (第195师), unit designations (13师, 八路军, 百团大战), dates (1939年, 9月, 14日) or clock
        times are not returned. Never raises.
    COUNT_RE: the compiled pattern (group "num" = the count, "unit" = the word after it), for
    finders that embed counts in their own patterns (figures.py).

Qualifiers: 余/多/以上/有余/强/超过/已过/过 (过百, 过万)/逾/"+" (100,000+人) → atLeast; 约/大约/左右/上下/许 → about;
近/将近/不足/不到/以下/以内/未满 → atMost; otherwise exact.
"""

from __future__ import annotations

import re

from kangzhan.extract.mentions.base import Mention

_DIG = {"〇": 0, "零": 0, "一": 1, "壹": 1, "二": 2, "贰": 2, "两": 2, "三": 3, "叁": 3, "四": 4, "肆": 4,
        "五": 5, "伍": 5, "六": 6, "陆": 6, "七": 7, "柒": 7, "八": 8, "捌": 8, "九": 9, "玖": 9}
_SMALL = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
_BIG = {"万": 10_000, "萬": 10_000, "亿": 100_000_000}
CN_DIGITS = "〇零一二两三四五六七八九十百千"

_PRE_ATLEAST = ("已过", "超过", "逾", "不下", "不少于", "至少", "过", "成")  # 成千人, 成百: hundreds, thousands of
_PRE_ABOUT = ("约有", "约为", "大约", "约计", "约", "上")  # 上千, 上万: a round magnitude, about
_PRE_ATMOST = ("将近", "接近", "近", "不足", "不到", "未满", "不满")
_SUF_ATLEAST = ("以上", "有余", "余", "多", "强", "+")
_SUF_ABOUT = ("左右", "上下", "许")
_SUF_ATMOST = ("以下", "以内", "之内")

_ARABIC = r"[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?|[0-9]+(?:\.[0-9]+)?"
# 廿, 卅, 卌 (twenty, thirty, forty in one character) open a numeral in older and Traditional prose (卅余人, 廿五日)
_TENS = {"廿": 20, "卅": 30, "卌": 40}
_CN = rf"[{CN_DIGITS}廿卅卌]+"
# Arabic digits with Chinese magnitudes between them (3千5百, 1万2千, 2万3千5百): a spoken figure written half in digits
_MIXED = r"[0-9]{1,4}[万萬亿千百](?:[0-9]{1,4}[千百十])*[0-9]{1,4}[千百十]"
_MIXED_PART = re.compile(r"([0-9]+)([万萬亿千百十])")
_PRE = "已过|超过|(?<![经通越穿度路])过(?=[百千万萬])|逾|不下|不少于|至少|约有|约为|大约|约计|约|将近|接近|近|不足|不到|未满|不满|(?<![以之])上(?=[百千万萬])" \
    r"|(?<![变组形构完达赞落养促编合])成(?=[百千万萬](?![上成累][千万萬]))"
_SUF = r"以上|有余|余|多|强|左右|上下|许|以下|以内|之内|\+"
_MEASURE = (r"个(?:集团军|方面军|师团|旅团|联队|大队|中队|战区|军|师|旅|团|营|连|纵队|支队|兵团|飞行团|战队|舰队|"
            r"挺进纵队|步兵营|加强师|多师|月|星期|小时|昼夜|方向|县|村|省|城市|据点)")
_UNIT = (rf"{_MEASURE}|人次|余人|多人|人|名|众|兵(?!力)|员|架|辆|艘|门|匹|挺|支|枝|发|吨|具|处|座|次|天|日(?![军本方寇伪舰机])|年|月|"
         r"公里|里|米|平方公里|师团|旅团|联队|大队|中队|集团军|方面军|战区|军|师|旅|团|营|连|纵队|支队|路军|路")
# a count: optional prefix qualifier, digits (Arabic or Chinese), optional 余/多 before 万, optional
# magnitude, optional suffix qualifier, optional unit word
COUNT_RE = re.compile(
    rf"(?=[已超过逾不至约大将接近未上成0-9{CN_DIGITS}廿卅卌万萬])"  # a cheap first-character test before the full pattern
    rf"(?P<pre>{_PRE})?"
    rf"(?<![几若])(?<!数(?![0-9]))(?P<num>{_MIXED}(?:余|多)?|(?:{_ARABIC})(?:余|多)?[万萬亿千百]?(?:余|多)?|{_CN}(?:[万萬亿]{_CN})?(?:余|多)?[万萬亿]?(?:余|多)?"  # 一万二千: the thousands after 万
    rf"|[万萬千百](?=余|多)|(?<=[近约逾达])[万千]|(?<=过)[万萬千百])"
    rf"(?:(?P<sep>[-－—～~〜]|至|到)(?P<hi>(?:{_ARABIC})(?:余|多)?[万萬亿千百]?(?:余|多)?|{_CN}(?:余|多)?[万萬亿]?(?:余|多)?))?"
    rf"(?P<suf>{_SUF})?(?P<unit>{_UNIT})?(?P<suf2>左右|上下|以上|以下)?"
)
_DATE_UNIT = {"年", "月", "日"}
_ECHELON_UNITS = {"师团", "旅团", "联队", "大队", "中队", "集团军", "方面军", "战区", "军", "师", "旅", "团", "营", "连",
                  "纵队", "支队", "路军", "路"}
_DATE_AFTER = re.compile(r"[年月时号点:：]|日(?![军本方寇伪舰机])")
_ORDINAL_BEFORE = re.compile(r"[第苐笫]$")


def cn_to_int(s: str) -> int | None:
    """Chinese numeral (digits or positional, with 万/亿) → int; None when it is no numeral."""
    if not s:
        return None
    if s.isdigit():
        return int(s)
    if all(c in _DIG for c in s):  # 一九三九
        return int("".join(str(_DIG[c]) for c in s))
    total, section, cur = 0, 0, 0
    seen = False
    for c in s:
        if c in _DIG:
            cur = _DIG[c]
            seen = True
        elif c in _TENS:
            section += _TENS[c]
            cur = 0
            seen = True
        elif c in _SMALL:
            section += (cur or 1) * _SMALL[c]
            cur = 0
            seen = True
        elif c in _BIG:
            section += cur
            total += (section or 1) * _BIG[c]
            section, cur = 0, 0
            seen = True
        else:
            return None
    return total + section + cur if seen else None


# two neighbouring digits before a magnitude (三四千, 五六万, 一万二三千, 十五六人) or alone (五六人) are a rough
# count: "three or four thousand" — its low end, at least (the gold's convention for a range)
_DIGIT_PAIR = re.compile(r"([一二两三四五六七八九])([二三四五六七八九])(?=[十百千万萬亿]|$)")
_POSITIONAL = re.compile("[十拾百佰千仟万萬亿]")


def _low_of_pair(core: str) -> tuple[str, bool]:
    """``core`` with the upper digit of a rough pair (三四千 → 三千) dropped, and whether one was."""
    m = _DIGIT_PAIR.search(core)
    if m is None or _DIG[m.group(2)] != _DIG[m.group(1)] + 1:
        return core, False
    if m.end() == len(core) and not _POSITIONAL.search(core) and len(core) != 2:
        return core, False  # 一九四五: digits read one by one (a year), no pair
    return core[:m.start(2)] + core[m.end(2):], True


def _value(num: str) -> tuple[int, bool] | None:
    """The integer in a count token and whether 余/多 was written inside it (十余万, 2万多) or it is a rough
    pair of digits (三四千: at least 3000)."""
    inner_more = "余" in num or "多" in num
    core = num.replace("余", "").replace("多", "")
    if not core[:1].isdigit():
        core, pair = _low_of_pair(core)
        inner_more = inner_more or pair
    if re.fullmatch(_MIXED, core):
        return _mixed_value(core), inner_more
    mag = 1
    if core and core[-1] in _BIG:
        mag = _BIG[core[-1]]
        core = core[:-1]
        if not core:  # 万余 = 1万余, 近万
            return mag, inner_more
    elif len(core) > 1 and core[-1] in _SMALL and core[-2].isdigit():  # 3千
        mag = _SMALL[core[-1]]
        core = core[:-1]
    if not core:
        return None
    if core in _SMALL and inner_more:  # 千余 = 1000 余
        return _SMALL[core] * mag, True
    if core[0].isdigit():
        try:
            return round(float(core.replace(",", "")) * mag), inner_more
        except ValueError:
            return None
    n = cn_to_int(core)
    return (n * mag, inner_more) if n is not None else None


def _mixed_value(core: str) -> int:
    """3千5百 → 3500, 1万2千 → 12000: each run of digits times the magnitude after it (万/亿 close a section)."""
    total = section = 0
    for digits, mag in _MIXED_PART.findall(core):
        if mag in _BIG:
            total += (section + int(digits)) * _BIG[mag]
            section = 0
        else:
            section += int(digits) * _SMALL[mag]
    return total + section


def _qualifier(pre: str | None, suf: str | None, inner_more: bool, unit: str | None) -> str:
    if inner_more or suf in _SUF_ATLEAST or (unit or "").startswith(("余", "多")) or pre in _PRE_ATLEAST:
        return "atLeast"
    if suf in _SUF_ATMOST or pre in _PRE_ATMOST:
        return "atMost"
    if suf in _SUF_ABOUT or pre in _PRE_ABOUT:
        return "about"
    return "exact"


def _magnitude(num: str) -> int:
    """The magnitude a count token ends with (2万 → 10000, 3千 → 1000), 1 without one."""
    core = num.replace("余", "").replace("多", "")
    if core[-1:] in _BIG:
        return _BIG[core[-1]]
    if len(core) > 1 and core[-1] in _SMALL and core[-2].isdigit():
        return _SMALL[core[-1]]
    return 1


def _range_low(m: re.Match) -> int | None:
    """The low end of a range "2至3万", "4000-7600", "二至三万": the first number, with the magnitude written only
    after the second (2至3万 = 20000 to 30000); None when the match holds no range or the ends do not rise."""
    hi = _value(m.group("hi") or "")
    lo = _value(m.group("num"))
    if hi is None or lo is None:
        return None
    mag = _magnitude(m.group("hi"))
    num = m.group("num")
    try:
        lo_f = float(num.replace(",", "")) if num.replace(",", "").replace(".", "", 1).isdigit() else float(lo[0])
    except ValueError:
        return None
    if mag > 1 and _magnitude(num) == 1 and lo_f * mag <= hi[0]:
        lo_f *= mag
    low = round(lo_f)
    return low if 0 < low < hi[0] else None


def range_high(text: str, pos: int) -> int | None:
    """The high end of the range that starts at text[pos] ("4000-7600人" → 7600), or None when no range is there."""
    try:
        m = COUNT_RE.match(text, pos)
        if m is None or not m.group("hi") or _range_low(m) is None:
            return None
        v = _value(m.group("hi"))
        return v[0] if v else None
    except Exception:
        return None


def _from_match(m: re.Match) -> tuple[int, str] | None:
    if m.group("hi"):  # a range: one report, its low end, at least
        low = _range_low(m)
        if low is not None:
            return low, "atLeast"
    v = _value(m.group("num"))
    if v is None:
        return None
    count, inner_more = v
    return count, _qualifier(m.group("pre"), m.group("suf") or m.group("suf2"), inner_more, m.group("unit"))


def parse_count(s: str) -> tuple[int, str] | None:
    """Parse one count expression (see the module docstring); None when there is none."""
    try:
        m = COUNT_RE.search(s or "")
        return _from_match(m) if m else None
    except Exception:  # junk in, None out: a count parser must never stop extraction
        return None


def count_at(text: str, pos: int) -> tuple[int, str] | None:
    """The count starting exactly at text[pos] (its context counts: 达|万人 = 10000), or None."""
    try:
        m = COUNT_RE.match(text, pos)
        return _from_match(m) if m else None
    except Exception:
        return None


def is_count_match(text: str, m: re.Match) -> bool:
    """A COUNT_RE match that is a quantity, not an ordinal (第5师), a date (9月) or a time (16时)."""
    unit = m.group("unit")
    if unit in _DATE_UNIT or _ORDINAL_BEFORE.search(text, max(0, m.start() - 1), m.start()):
        return False
    if unit in _ECHELON_UNITS:  # 13师, 八路军: a designation, no count
        return False
    end = m.end()
    return not (unit is None and _DATE_AFTER.match(text, end))


def find_numbers(text: str) -> list[Mention]:
    """All counts in ``text`` (see the module docstring)."""
    out: list[Mention] = []
    for m in COUNT_RE.finditer(text or ""):
        if not is_count_match(text, m):
            continue
        parsed = _from_match(m)
        if parsed is None:
            continue
        count, qual = parsed
        out.append(Mention("number", m.start(), m.end(), m.group(0),
                           {"count": count, "qualifier": qual, "unit": m.group("unit"), "stated": m.group(0)}))
    return out
