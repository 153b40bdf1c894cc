"""Build historical_counties.tsv, counties of the late Qing that the Republic (1912–1949) inherited,
from the China Historical GIS (CHGIS V6) time-series county points.

Run once by a maintainer, not at extraction time:

    python -m kangzhan.extract.lexicons.build_historical SOURCE [SOURCE ...]

SOURCE is either the CHGIS V6 GISInfoTable as a CSV (columns ``sys_id, nm_simp, type_simp, x_coord,
y_coord, pres_loc, beg_yr, end_yr``; e.g. ``output/v6_GISInfoTable_with_parents_2016-08-14.csv`` of the
GitHub repository HuShifang/chgis) or the excerpt of it kept in ``sources/chgis_v6_county_1911.tsv``
(the same fields, tab-separated). See SOURCES.md.

A row is taken when its unit still stood at the end of the CHGIS time series (``end_yr`` 1911, or 1912
for some units; the end of the Qing: the units the Republic took over and renamed 县 in 1913) and is county-level
(县, 散州 州, 厅; by its type, else by the last character of its name). Each gives its full name (赵城县, 沔阳州) and, as the modern gazetteer does, a short
form with a 2+ character stem (赵城, 沔阳), flagged ``common`` when jieba knows the stem as a frequent
non-name word (the same threshold as derive.py for counties). Names the modern gazetteer (admin.tsv)
already has are left to it. The coordinates are CHGIS's for the county seat; ``successor`` is CHGIS's
description of where the seat lies today (今山西洪洞县北赵城镇).
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
_COMMON_MIN = 300  # derive.py: a county's short form that jieba knows this often as a non-name word is common
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
    for r in rows:
        typ = _TYPES.get(r["type_simp"]) or _TYPES.get(r["nm_simp"][-1:])  # 平度州 is typed 侯国 in CHGIS
        if typ is None or (_year(r["end_yr"]) or 0) < 1911 or not r["nm_simp"]:
            continue
        name = r["nm_simp"] if r["nm_simp"].endswith(typ) else r["nm_simp"] + typ  # 白河 (县) → 白河县
        stem = name[:-1]
        lon, lat = r["x_coord"], r["y_coord"]
        if _year(lon) in (None, 0):
            lon = lat = ""  # 治所无考: CHGIS gives no seat
        forms = [(name, "")]
        if len(stem) >= 2:
            freq, tag = words.get(stem, (0, "ns"))
            forms.append((stem, "" if tag in _PROPER or freq < _COMMON_MIN else "common"))
        for form, flag in forms:
            if form in modern or form in best:
                continue
            best[form] = (form, "county", lon, lat, r["sys_id"], name, flag, r["pres_loc"].strip())
    return sorted(best.values(), key=lambda e: (e[4], e[0]))


def _admin_names() -> set[str]:
    text = (HERE / "admin.tsv").read_text(encoding="utf-8")
    return {line.split("\t", 1)[0] for line in text.splitlines() if line and not line.startswith("#")}


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
