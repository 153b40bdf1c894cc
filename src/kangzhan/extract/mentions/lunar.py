"""Dates of the lunar calendar (农历) turned into Gregorian ones: a village history, a memoir or a folk account dates a
fight by the calendar its people lived by (1939年农历腊月三十, 农历六月初六, 阴历正月十五).

Public API:

    lunar_dates(text: str, years: list[tuple[int, int]]) -> list[Mention]
        kind="date", value as find_dates gives: the Gregorian day of a lunar month and day, the Gregorian month of a
        lunar month alone when it falls within one (else its year). The lunar year is the one written before 农历
        (1943年农历六月初六, 1943年的农历六月) or, with none, the year in force there: ``years`` is (offset, year) of
        the dates found before, in text order. A lunar date in brackets right after a Gregorian one (1937年9月10日
        (农历八月初六)) only spells that date again and is left to the caller (``after_gregorian``).
"""

from __future__ import annotations

import datetime
import re
from bisect import bisect_right

from kangzhan.extract.lexicons import lunar_years
from kangzhan.extract.mentions.base import Mention
from kangzhan.extract.mentions.numbers import cn_to_int
from kangzhan.extract.model import DateValue

_DAY = r"初[一二三四五六七八九十]|二十[一二三四五六七八九]?|廿[一二三四五六七八九]|十[一二三四五六七八九]?|三十|3[0]|[12][0-9]|[1-9]"
LUNAR = re.compile(
    r"(?:(?P<y>1[89][0-9]{2})\s*年\s*(?:的\s*)?)?(?:农历|阴历|夏历|旧历)\s*(?:的\s*)?(?P<leap>闰)?"
    r"(?P<m>正|腊|冬|十[一二]|[一二三四五六七八九十]|1[0-2]|[1-9])月"
    rf"(?:(?P<d>{_DAY})(?:日|号)?)?")
_NAMED_MONTH = {"正": 1, "冬": 11, "腊": 12}
# a Gregorian date just before, the lunar one in brackets or after 即/是 spelling it again: 9月10日(农历八月初六)
_AFTER_GREGORIAN = re.compile(r"[0-9一二三四五六七八九十]\s*[日号]\s*[(（,，]?\s*(?:即|是|为)?\s*$")


def _num(s: str) -> int | None:
    if s.isdigit():
        return int(s)
    return _NAMED_MONTH.get(s) or cn_to_int(s.replace("初", "").replace("廿", "二十"))


def to_gregorian(year: int, month: int, day: int | None, leap: bool = False) -> tuple[datetime.date,
                                                                                        datetime.date] | None:
    """The Gregorian first and last day of lunar ``year``-``month`` (the leap month after it with ``leap``), or of
    the one day ``day`` (a 三十 of a month of 29 days is its last day, 除夕 of a short 腊月); None outside the table."""
    row = lunar_years().get(year)
    if row is None:
        return None
    new_year, leap_month, lengths = row
    if leap and leap_month != month:
        return None
    index = month - 1 + (1 if leap_month and (month > leap_month or leap) else 0)
    first = datetime.date.fromisoformat(new_year) + datetime.timedelta(days=sum(lengths[:index]))
    length = lengths[index]
    if day is None:
        return first, first + datetime.timedelta(days=length - 1)
    one = first + datetime.timedelta(days=min(day, length) - 1)
    return one, one


def after_gregorian(text: str, start: int) -> bool:
    """Whether the lunar date at ``start`` follows a Gregorian day it only spells again."""
    return bool(_AFTER_GREGORIAN.search(text, max(0, start - 8), start))


def lunar_dates(text: str, years: list[tuple[int, int]]) -> list[Mention]:
    """The lunar dates of ``text`` as Gregorian date mentions (see the module docstring)."""
    out = []
    offsets = [o for o, _ in years]
    for m in LUNAR.finditer(text):
        if not m.group("y") and after_gregorian(text, m.start()):
            continue
        if m.group("y"):
            year = int(m.group("y"))
        else:
            k = bisect_right(offsets, m.start()) - 1
            if k < 0:
                continue
            year = years[k][1]
        month = _num(m.group("m"))
        day = _num(m.group("d")) if m.group("d") else None
        if not month or not 1 <= month <= 12 or (day is not None and not 1 <= day <= 30):
            continue
        span = to_gregorian(year, month, day, bool(m.group("leap")))
        if span is None:
            continue
        first, last = span
        if day is not None:
            value = DateValue(first.isoformat())
        elif (first.year, first.month) == (last.year, last.month):
            value = DateValue(first.isoformat()[:7])
        else:
            value = DateValue(f"{first.year:04d}") if first.year == last.year else None
        if value is None:
            continue
        out.append(Mention("date", m.start(), m.end(), m.group(), {
            "date": value, "end": None, "year_inherited": not m.group("y"), "month_inherited": False,
            "year_from_later": False, "lunar": True}))
    return out
