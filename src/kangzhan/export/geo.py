"""Coordinates for places: from the store (Wikidata links) first, else from a gazetteer.

In the store: `wdt:P625` (a WKT "Point(lon lat)", Wikidata's coordinate location) or W3C
`geo:lat`/`geo:long` or `schema:latitude`/`schema:longitude`, on the place itself or on what it is
`owl:sameAs`. Gazetteer: the place lexicons of the extractor (src/kangzhan/extract/lexicons/*.tsv
with lon/lat columns, derived from cpca's adcodes.csv), else cpca's own resources/adcodes.csv.
A name that several gazetteer entries share at the same administrative level, a short form that is
also an everyday word, and a natural feature (river, mountain …) named like a district are left
without coordinates rather than put in the wrong place.
"""

from __future__ import annotations

import csv
import functools
import importlib.util
import re
from pathlib import Path

import networkx as nx
import pyoxigraph as ox

from kangzhan.query import run

Q_COORDS = """PREFIX geo: <http://www.w3.org/2003/01/geo/wgs84_pos#>
SELECT ?s ?wkt ?lat ?lon WHERE {
  ?s a kz:Place .
  { ?s wdt:P625 ?wkt } UNION { ?s owl:sameAs ?x . ?x wdt:P625 ?wkt }
  UNION { ?s geo:lat ?lat ; geo:long ?lon } UNION { ?s owl:sameAs ?x . ?x geo:lat ?lat ; geo:long ?lon }
  UNION { ?s schema:latitude ?lat ; schema:longitude ?lon }
}"""
_POINT = re.compile(r"Point\(\s*([-+\d.eE]+)\s+([-+\d.eE]+)\s*\)", re.IGNORECASE)
_SUFFIXES = ("特别行政区", "自治区", "自治州", "自治县", "省", "市", "县", "区", "旗", "盟")
_LEVEL = {"province": 0, "city": 1, "county": 2}
# place types a gazetteer of administrative divisions must not place (a river is not the district named after it)
NATURAL = {"River", "Lake", "Mountain", "Pass", "Railway", "Island", "Bay", "Fortification", "Airfield"}
LEXICONS = Path(__file__).resolve().parents[1] / "extract" / "lexicons"


def store_coordinates(store: ox.Store) -> dict[str, tuple[float, float]]:
    """place IRI → (lon, lat) from coordinates stated in the store."""
    out: dict[str, tuple[float, float]] = {}
    for row in run(store, Q_COORDS):
        try:
            if row["wkt"] is not None:
                m = _POINT.search(row["wkt"].value)
                if m:
                    out.setdefault(row["s"].value, (float(m.group(1)), float(m.group(2))))
            elif row["lat"] is not None and row["lon"] is not None:
                out.setdefault(row["s"].value, (float(row["lon"].value), float(row["lat"].value)))
        except ValueError:
            continue
    return out


def _lexicon_rows() -> list[tuple[str, int, float, float]]:
    """(name, level, lon, lat) from the extractor's lexicons that carry coordinates."""
    rows = []
    for path in sorted(LEXICONS.glob("*.tsv")):
        with open(path, encoding="utf-8") as fh:
            header = fh.readline().lstrip("#").split("(")[0].split()
            if "lon" not in header or "lat" not in header:
                continue
            i_lon, i_lat = header.index("lon"), header.index("lat")
            i_kind = header.index("kind") if "kind" in header else None
            i_flag = header.index("flag") if "flag" in header else None
            for line in fh:
                if line.startswith("#") or not line.strip():
                    continue
                f = line.rstrip("\n").split("\t")
                if i_flag is not None and len(f) > i_flag and f[i_flag] == "common":
                    continue  # a short form that is also an everyday word (运河, 和平 …): too ambiguous
                try:
                    level = _LEVEL.get(f[i_kind], 3) if i_kind is not None else 3
                    rows.append((f[0], level, float(f[i_lon]), float(f[i_lat])))
                except (IndexError, ValueError):
                    continue
    return rows


def _cpca_rows() -> list[tuple[str, int, float, float]]:
    """(name, level, lon, lat) from cpca's adcodes.csv, found without importing cpca (and pandas)."""
    spec = importlib.util.find_spec("cpca")
    if spec is None or not spec.submodule_search_locations:
        return []
    path = Path(next(iter(spec.submodule_search_locations))) / "resources" / "adcodes.csv"
    rows = []
    with open(path, encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            code = r["adcode"]
            level = 0 if code[2:].strip("0") == "" else 1 if code[4:].strip("0") == "" else 2
            try:
                lon, lat = float(r["longitude"]), float(r["latitude"])
            except (TypeError, ValueError):
                continue
            rows.append((r["name"], level, lon, lat))
            for suf in _SUFFIXES:
                stem = r["name"][: -len(suf)]
                if r["name"].endswith(suf) and len(stem) >= 2:
                    rows.append((stem, level, lon, lat))
                    break
    return rows


@functools.lru_cache(maxsize=1)
def gazetteer() -> dict[str, tuple[float, float]]:
    """name → (lon, lat): the highest administrative level wins; ties at that level in different places drop out."""
    rows = _lexicon_rows() or _cpca_rows()
    best: dict[str, tuple[int, set[tuple[float, float]]]] = {}
    for name, level, lon, lat in rows:
        pt = (round(lon, 3), round(lat, 3))
        cur = best.get(name)
        if cur is None or level < cur[0]:
            best[name] = (level, {pt})
        elif level == cur[0]:
            cur[1].add(pt)
    out = {}
    for name, (_, pts) in best.items():
        lons = [p[0] for p in pts]
        lats = [p[1] for p in pts]
        if max(lons) - min(lons) < 0.2 and max(lats) - min(lats) < 0.2:
            out[name] = (sum(lons) / len(lons), sum(lats) / len(lats))
    return out


def add_coordinates(store: ox.Store, g: nx.MultiDiGraph) -> None:
    """Set lon, lat and coord_source on the place nodes of `g` that can be placed."""
    stated = store_coordinates(store)
    gaz = gazetteer()
    for n, d in g.nodes(data=True):
        if d.get("kind") != "place":
            continue
        if n in stated:
            (d["lon"], d["lat"]), d["coord_source"] = stated[n], "store"
            continue
        if d.get("place_type") in NATURAL:
            continue
        names = [d.get("label", "")] + [a for a in d.get("alt_labels", "").split("; ") if a]
        for name in names:
            if name in gaz:
                (d["lon"], d["lat"]), d["coord_source"] = gaz[name], "gazetteer"
                break
