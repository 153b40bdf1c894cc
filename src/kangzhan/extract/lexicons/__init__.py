"""General lexicons as data files (sources in SOURCES.md), loaded once and the same way for any text.

Public API:
    admin() -> dict[str, AdminPlace]       China's administrative divisions, full and short names, with the
                                           counties of 1911 that are no division today (historical=True)
    features() -> dict[str, str]           natural-feature toponyms → place kind
    railways() -> dict[str, str]           historic railway stems (平汉, 粤汉 …) → full name
    regions() -> dict[str, str]            regional, historic, natural and foreign names → place kind
    common_words() -> dict[str, (int, str)] everyday words (jieba) → (frequency, POS tag), for guards
    ocr_confusions() -> dict[str, (str, int)] visually similar characters: wrong → (right, min frequency)
    ocr_context_confusions() -> dict[str, dict[str, str]] context rule → {wrong: right} (ordinal, echelon …)
    is_toponym(name, historical=True) -> bool  known to any of the toponym lexicons
    variant_chars() -> dict[str, str]       variant character → standard form (谿 → 溪), for Traditional texts
    namesakes() -> dict[str, tuple[AdminPlace, ...]]  a short form → the divisions it may stand for
    day_incidents() -> dict[tuple[str, ...], str]  incidents named by their day (九·一八) → their ISO date
    km(a, b) -> float                      great-circle distance of two (lon, lat) points of these lexicons
    within_km(points, limit) -> list[list[int]]  for each point, the points within limit km (km pairwise)

Other files here (named_units.tsv, surnames_*.txt) belong to the unit and person finders.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import cache
from pathlib import Path

HERE = Path(__file__).parent


@dataclass(frozen=True)
class AdminPlace:
    name: str
    kind: str  # province, city, county
    lon: float | None
    lat: float | None
    official: str  # the official name of the division (e.g. 长沙市 for 长沙)
    common: bool = False  # the short form is also an everyday word (公安, 石门): trust it only in context
    adcode: str = ""  # the division's code (450324000000): its first digits are those of the divisions above it
    historical: bool = False  # a county of 1911 (Republican era) that is no division of that name today
    successor: str = ""  # where a historical county's seat lies today (今山西洪洞县北赵城镇)


def _rows(filename: str) -> list[list[str]]:
    text = (HERE / filename).read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]


def _float(s: str) -> float | None:
    return float(s) if s else None


@cache
def variant_chars() -> dict[str, str]:
    """Variant forms OpenCC keeps (谿, 邨, 舖) → their standard Simplified form (溪, 村, 铺): variant_chars.tsv."""
    return {r[0]: r[1] for r in _rows("variant_chars.tsv")}


@cache
def admin() -> dict[str, AdminPlace]:
    out = {r[0]: AdminPlace(r[0], r[1], _float(r[2]), _float(r[3]), r[5], len(r) > 6 and r[6] == "common", r[4])
           for r in _rows("admin.tsv")}
    for name, p in historical_counties().items():
        out.setdefault(name, p)  # a modern division of the same name wins
    # the autonomous regions were provinces in the Republic (广西省, 宁夏省, 新疆省): the short form + 省 is the region
    for name, p in list(out.items()):
        if p.kind == "province" and p.official.endswith("自治区") and name != p.official and not name.endswith("区"):
            out.setdefault(name + "省", AdminPlace(name + "省", p.kind, p.lon, p.lat, p.official, False, p.adcode))
    return out


@cache
def namesakes() -> dict[str, tuple[AdminPlace, ...]]:
    """A short form → every division of admin.tsv it may stand for (平山 → 平山县 of Hebei and 平山区 of Liaoning):
    admin() keeps one division per short form; a text's region decides between them (fight_places)."""
    from kangzhan.extract.lexicons.derive import short_form

    out: dict[str, list[AdminPlace]] = {}
    for p in admin().values():
        if p.name == p.official and not p.historical and (short := short_form(p.name)):
            out.setdefault(short, []).append(p)
    return {k: tuple(v) for k, v in out.items() if len(v) > 1}


@cache
def historical_counties() -> dict[str, AdminPlace]:
    """Counties standing in 1911 and inherited by the Republic, no division of that name today (赵城, 沔阳):
    name → AdminPlace(kind "county", historical=True), from CHGIS V6 (historical_counties.tsv, SOURCES.md)."""
    return {r[0]: AdminPlace(r[0], r[1], _float(r[2]), _float(r[3]), r[5], r[6] == "common", "", True, r[7])
            for r in _rows("historical_counties.tsv")}


@cache
def features() -> dict[str, str]:
    return {r[0]: r[1] for r in _rows("features.tsv")}


@cache
def railways() -> dict[str, str]:
    return {r[0]: r[1] for r in _rows("railways.tsv")}


@cache
def regions() -> dict[str, str]:
    """Historic and regional names (华北, 湘北 are made by rule; these are listed): name → kind."""
    return {r[0]: r[1] for r in _rows("regions.tsv")}


@cache
def common_words() -> dict[str, tuple[int, str]]:
    """Everyday words from jieba's dictionary: word → (frequency, POS tag)."""
    out: dict[str, tuple[int, str]] = {}
    for w, f, tag in _rows("common_words.tsv"):
        out[w] = (int(f), tag)
    return out


@cache
def generic_nouns() -> frozenset[str]:
    """Short forms of divisions that are above all everyday nouns (温泉 hot spring, 回民 Hui people)."""
    return frozenset(r[0] for r in _rows("generic_nouns.tsv"))


@cache
def ocr_confusions() -> dict[str, tuple[str, int]]:
    """Visually similar characters: wrong → (right, minimal frequency of the corrected word)."""
    return {r[0]: (r[1], int(r[2])) for r in _rows("ocr_confusions.tsv") if len(r) < 4 or r[3] in ("", "word")}


@cache
def ocr_context_confusions() -> dict[str, dict[str, str]]:
    """Confusions fixed only by a context rule of text/normalize.py: context → {wrong: right}."""
    out: dict[str, dict[str, str]] = {}
    for r in _rows("ocr_confusions.tsv"):
        if len(r) >= 4 and r[3] not in ("", "word"):
            out.setdefault(r[3], {})[r[0]] = r[1]
    return out


def is_toponym(name: str, historical: bool = True) -> bool:
    """Known to any toponym lexicon; historical=False leaves out the counties of 1911 (historical_counties.tsv),
    for OCR repairs that would otherwise rewrite text towards one of those rarer names (磨盘洲 ↛ 磨盘州)."""
    p = admin().get(name)
    if p is not None and (historical or not p.historical):
        return True
    return name in features() or name in regions()


@cache
def province_abbreviations() -> dict[str, str]:
    """One-character abbreviations of the provinces (豫 → 河南, 沪 → 上海)."""
    return {r[0]: r[1] for r in _rows("province_abbrev.tsv")}


@cache
def place_initials() -> frozenset[str]:
    """Characters that can stand for a place in an abbreviated two-place name (随枣 = 随县 + 枣阳, 豫湘桂):
    a province's abbreviation or the first character of a division's name that is no everyday word."""
    firsts = {n[0] for n, p in admin().items()
              if p.kind in ("province", "city", "county") and not p.common and not p.historical}
    return frozenset(firsts | set(province_abbreviations()))


@cache
def rhyme_days() -> dict[str, int]:
    """韵目代日: the rhyme that stands for a day of the month in a telegram (漾 → 23)."""
    return {r[0]: int(r[1]) for r in _rows("rhyme_days.tsv")}


@cache
def day_incidents() -> dict[tuple[str, ...], str]:
    """Incidents named by their day: the name's parts where a text may separate them (九·一八 → ("九", "一八"))
    → the incident's ISO date (1931-09-18): day_incidents.tsv."""
    return {tuple(r[0].split("·")): r[1] for r in _rows("day_incidents.tsv")}


@cache
def lunar_years() -> dict[int, tuple[str, int, tuple[int, ...]]]:
    """农历 of the war's years: lunar year → (Gregorian date of its 正月初一, its leap month or 0, the length of each
    month in order, the leap month in its place): lunar_years.tsv."""
    return {int(r[0]): (r[1], int(r[2]), tuple(int(n) for n in r[3].split(","))) for r in _rows("lunar_years.tsv")}


def km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle distance in kilometres (haversine) between two (lon, lat) points."""
    lon1, lat1, lon2, lat2 = map(math.radians, (*a, *b))
    return _haversine(lon1, lat1, math.cos(lat1), lon2, lat2, math.cos(lat2))


def _haversine(lon1: float, lat1: float, cos1: float, lon2: float, lat2: float, cos2: float) -> float:
    """km of two points in radians, each with the cosine of its latitude."""
    h = math.sin((lat2 - lat1) / 2) ** 2 + cos1 * cos2 * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


def within_km(points: list[tuple[float, float]], limit: float) -> list[list[int]]:
    """For each (lon, lat) point, the indices of the points at most ``limit`` km from it (itself included), as
    ``km(a, b) <= limit`` says: each point's radians and cosine computed once, not once per pair."""
    rad = [(math.radians(lon), math.radians(lat)) for lon, lat in points]
    pre = [(lon, lat, math.cos(lat)) for lon, lat in rad]
    return [[j for j, b in enumerate(pre) if _haversine(*a, *b) <= limit] for a in pre]
