"""Build historical_counties.tsv, counties of the late Qing that the Republic (1912–1949) inherited,
from the China Historical GIS (CHGIS V6) time-series county points.

Run once by a maintainer, not at extraction time:

    python -m kangzhan.extract.lexicons.build_historical SOURCE [SOURCE ...]

SOURCE is either the CHGIS V6 GISInfoTable as a CSV (columns ``sys_id, nm_simp, type_simp, x_coord,
y_coord, pres_loc, beg_yr, end_yr``; e.g. ``output/v6_GISInfoTable_with_parents_2016-08-14.csv`` of the
GitHub repository HuShifang/chgis) or the excerpt of it kept in ``sources/chgis_v6_county_1911.tsv``
(the same fields, tab-separated). See SOURCES.md.

A row is taken when its unit still stood at the end of the CHGIS time series (``end_yr`` 1911, or 1912
for some units; the end of the Qing: the units the Republic took over and renamed 县 in 1913) and is
county-level (县, 散州 州, 厅; by its type, else by the last character of its name, which also takes
the 直隶州/直隶厅 that the Republic made counties: 代州 → 代县). Each gives its full
name (赵城县, 沔阳州) and, as the modern gazetteer does, a short form with a 2+ character stem (赵城, 沔阳;
果化土州 → 果化), flagged ``common`` when jieba knows the stem as an everyday word: a verb, adjective,
time or direction word (any tag other than n and ns/nr) 20+ times, stricter than derive.py's 300 for
current counties since no current map vouches for the name, and jieba's nz/nt do not exempt a stem here;
a plain noun (n) 300+ times, as derive.py; or a stem opening with a frequent preposition (向武: 向武宁).

Names the gazetteer already has (admin.tsv, features.tsv, regions.tsv: 河内 is Hanoi) are left to it.
A name borne by counties whose seats lay far apart (新城县 in Jiangxi and in Zhili) is kept without
coordinates, its successors and CHGIS ids joined. The coordinates are CHGIS's for the county seat;
``successor`` is CHGIS's description of where the seat lies today (今山西洪洞县北赵城镇).
"""

from __future__ import annotations

import csv
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

HERE = Path(__file__).parent
OUT = HERE / "historical_counties.tsv"
_TYPES = {"县": "县", "州": "州", "厅": "厅"}
_PROPER = {"ns", "nr", "nrt", "nrfg", "nz", "nt"}
_OTHER_PROPER = {"nz", "nt"}
_PREP_MIN = 10000  # 向, 同, 从, 在 …: prepositions jieba sees this often
_NOUN_MIN = 300  # derive.py: a plain noun jieba knows this often is an everyday word
_COMMON_MIN = 20  # places.py _common(): a word jieba knows this often (not as a name) is no unknown toponym
FIELDS = ("sys_id", "nm_simp", "type_simp", "x_coord", "y_coord", "pres_loc", "beg_yr", "end_yr")
# the kept excerpt: the same fields plus the character offset of the page of the CSV each row was read from
EXCERPT_FIELDS = ("sys_id", "nm_simp", "type_simp", "x_coord", "y_coord", "beg_yr", "end_yr", "pres_loc", "page_offset")


def read_source(path: Path) -> Iterator[dict[str, str]]:
    """Rows of the CHGIS CSV or of the kept TSV excerpt, as dicts keyed by FIELDS."""
    with path.open(encoding="utf-8") as fh:
        if path.suffix == ".csv":
            yield from ({k: row.get(k, "") for k in FIELDS} for row in csv.DictReader(fh))
            return
        for line in fh:
            if line.startswith("#") or not line.strip():
                continue
            yield dict(zip(EXCERPT_FIELDS, line.rstrip("\n").split("\t"), strict=True))


def _year(s: str) -> int | None:
    try:
        return int(float(s))
    except ValueError:
        return None


def entries(rows: Iterable[dict[str, str]], modern: set[str],
            words: dict[str, tuple[int, str]]) -> list[tuple[str, ...]]:
    """(name, kind, lon, lat, chgis_id, official_name, flag, successor) per name, sorted by CHGIS id."""
    best: dict[str, tuple[str, ...]] = {}
    seats: dict[str, list[tuple[str, str, str, str]]] = {}  # form -> (lon, lat, sys_id, successor) of every county so named
    for r in rows:
        typ = _TYPES.get(r["type_simp"]) or _TYPES.get(r["nm_simp"][-1:])  # 平度州 is typed 侯国 in CHGIS
        if typ is None or (_year(r["end_yr"]) or 0) < 1911 or not r["nm_simp"]:
            continue
        name = r["nm_simp"] if r["nm_simp"].endswith(typ) else r["nm_simp"] + typ  # 白河 (县) → 白河县
        stem = name[:-2] if name[-2:-1] == "土" else name[:-1]  # native (土) 州/县: 果化土州 → 果化
        lon, lat = r["x_coord"], r["y_coord"]
        if _year(lon) in (None, 0):
            lon = lat = ""  # 治所无考: CHGIS gives no seat
        forms = [(name, "")]
        if len(stem) >= 2:
            freq, tag = words.get(stem, (0, "ns"))
            # stricter than derive.py (300) for a name no current map vouches for: a verb, adjective, time
            # or direction word of jieba from the extractor's own unknown-toponym threshold (20) up, and
            # jieba's nz/nt do not count as a name (保安部队, 上映, 清泉, 归化, 中部): the short form is then a
            # place only in a place context. A plain noun is held to derive.py's 300, as for current
            # counties: below it jieba's nouns of this shape are mostly names of sites (广济, 星子, 交河)
            vouched = tag in _PROPER and tag not in _OTHER_PROPER
            limit = _NOUN_MIN if tag == "n" else _COMMON_MIN
            # a stem opening with a frequent preposition (向武, 同普) is read across a word boundary in
            # running text (向武宁 = 向 + 武宁): a place then only in a place context too
            lead = words.get(stem[0], (0, ""))
            after_prep = lead[1] == "p" and lead[0] >= _PREP_MIN
            forms.append((stem, "" if (vouched or freq < limit) and not after_prep else "common"))
        for form, flag in forms:
            if form in modern:
                continue
            seats.setdefault(form, []).append((lon, lat, r["sys_id"], r["pres_loc"].strip()))
            if form not in best:
                best[form] = (form, "county", lon, lat, r["sys_id"], name, flag, r["pres_loc"].strip())
    for form, where in seats.items():
        if _apart(where):  # 新城县 in Jiangxi and in Zhili: a name, but no one seat to put on a map
            e = best[form]
            best[form] = (*e[:2], "", "", ",".join(w[2] for w in where), e[5], e[6], " / ".join(w[3] for w in where))
    return sorted(best.values(), key=lambda e: (e[4], e[0]))


def _apart(where: list[tuple[str, str, str, str]], degrees: float = 0.5) -> bool:
    """Whether counties of one name had seats more than about 50 km apart (homonyms in different prefectures)."""
    pts = [(float(lon), float(lat)) for lon, lat, _, _ in where if lon and lat]
    return any(abs(a[0] - b[0]) > degrees or abs(a[1] - b[1]) > degrees for a in pts for b in pts)


def _admin_names() -> set[str]:
    """Names the gazetteer already has: modern divisions, features, and the listed regional/foreign names
    (河内 there is Hanoi, not 河内县)."""
    out: set[str] = set()
    for f in ("admin.tsv", "features.tsv", "regions.tsv"):
        text = (HERE / f).read_text(encoding="utf-8")
        out |= {line.split("\t", 1)[0] for line in text.splitlines() if line and not line.startswith("#")}
    return out


def _words() -> dict[str, tuple[int, str]]:
    out = {}
    for line in (HERE / "common_words.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            w, f, tag = line.split("\t")
            out[w] = (int(f), tag)
    return out


def main(argv: list[str]) -> int:
    if len(argv) < 2:
        print("usage: python -m kangzhan.extract.lexicons.build_historical SOURCE [SOURCE ...]", file=sys.stderr)
        return 2
    rows = [r for p in argv[1:] for r in read_source(Path(p))]
    out = entries(rows, _admin_names(), _words())
    with OUT.open("w", encoding="utf-8") as f:
        f.write("# name\tkind\tlon\tlat\tchgis_id\tofficial_name\tflag\tsuccessor  (counties standing in 1911, "
                "inherited by the Republic; derived by build_historical.py from CHGIS V6, see SOURCES.md)\n")
        for e in out:
            f.write("\t".join(e) + "\n")
    print(f"historical counties: {len(out)} names from {len(rows)} source rows")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
