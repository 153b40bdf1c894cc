"""Coordinates for places: from the store (Wikidata links) first, else from a gazetteer.

In the store: `wdt:P625` (a WKT "Point(lon lat)", Wikidata's coordinate location) or W3C
`geo:lat`/`geo:long` or `schema:latitude`/`schema:longitude`, on the place itself or on what it is
`owl:sameAs`. Gazetteer: the place lexicons of the extractor (src/kangzhan/extract/lexicons/*.tsv
with lon/lat columns, derived from cpca's adcodes.csv) — the same data whatever else is installed,
so an export does not change with the environment.

Names are ambiguous (东安 is a county in Hunan and a district in Heilongjiang), so a place is put
where the other places of its battles are: among its candidates, the one nearest to the median of
the battle's unambiguous places, if within `NEAR_KM`. Without such context, only a name with one
best candidate (province > city > county > district) is placed. Everyday words (flag `common`) and
natural features named like a district (a river is not 运河区) are never placed by the gazetteer.
"""

from __future__ import annotations

import functools
import re
import statistics
from collections import defaultdict
from pathlib import Path

import networkx as nx
import pyoxigraph as ox

from kangzhan.extract.lexicons import km
from kangzhan.extract.lexicons.derive import short_form
from kangzhan.query import run

Q_COORDS = """PREFIX geo: <http://www.w3.org/2003/01/geo/wgs84_pos#>
SELECT ?s ?wkt ?lat ?lon WHERE {
  ?s a kz:Place .
  { ?s wdt:P625 ?wkt } UNION { ?s owl:sameAs ?x . ?x wdt:P625 ?wkt }
  UNION { ?s geo:lat ?lat ; geo:long ?lon } UNION { ?s owl:sameAs ?x . ?x geo:lat ?lat ; geo:long ?lon }
  UNION { ?s schema:latitude ?lat ; schema:longitude ?lon }
}"""
_POINT = re.compile(r"Point\(\s*([-+\d.eE]+)\s+([-+\d.eE]+)\s*\)", re.IGNORECASE)
# place types a gazetteer of administrative divisions must not place
NATURAL = {"River", "Lake", "Mountain", "Pass", "Railway", "Island", "Bay", "Fortification", "Airfield", "Station"}
LEXICONS = Path(__file__).resolve().parents[1] / "extract" / "lexicons"
NEAR_KM = 600.0

Point = tuple[float, float]  # (lon, lat)


def store_coordinates(store: ox.Store) -> dict[str, Point]:
    """place IRI → (lon, lat) from coordinates stated in the store."""
    out: dict[str, Point] = {}
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


def _tier(kind: str, official: str) -> int:
    """0 province, 1 city, 2 county (县, 旗, county-level 市), 3 urban district (区)."""
    if kind == "province":
        return 0
    if kind == "city":
        return 1
    return 3 if official.endswith("区") else 2


def _lexicon_rows() -> list[tuple[str, int, float, float]]:
    """(name, tier, lon, lat) from the extractor's lexicons that carry coordinates."""
    rows = []
    for path in sorted(LEXICONS.glob("*.tsv")):
        with open(path, encoding="utf-8") as fh:
            header = fh.readline().lstrip("#").split("(")[0].split()
            if "lon" not in header or "lat" not in header:
                continue
            col = {name: header.index(name) for name in ("kind", "lon", "lat", "official_name", "flag") if name in header}
            for line in fh:
                if line.startswith("#") or not line.strip():
                    continue
                f = line.rstrip("\n").split("\t")
                if "flag" in col and len(f) > col["flag"] and f[col["flag"]] == "common":
                    continue  # a short form that is also an everyday word
                try:
                    official = f[col["official_name"]] if "official_name" in col else f[0]
                    kind = f[col["kind"]] if "kind" in col else "county"
                    rows.append((f[0], _tier(kind, official), float(f[col["lon"]]), float(f[col["lat"]])))
                except (IndexError, ValueError):
                    continue
    return rows


@functools.lru_cache(maxsize=1)
def gazetteer() -> dict[str, list[tuple[int, Point]]]:
    """name → distinct candidates (tier, (lon, lat)), best tier first."""
    found: dict[str, set[tuple[int, Point]]] = defaultdict(set)
    for name, tier, lon, lat in _lexicon_rows():
        pt = (round(lon, 3), round(lat, 3))
        found[name].add((tier, pt))
        short = short_form(name)
        if short:  # 东安县 is also a candidate for 东安, whichever division the lexicon gave the short form
            found[short].add((tier, pt))
    out = {}
    for name, cands in found.items():
        merged: list[tuple[int, Point]] = []
        for tier, pt in sorted(cands):
            if not any(km(pt, p) < 20 for _, p in merged):  # the same place listed twice
                merged.append((tier, pt))
        out[name] = merged
    return out


def _unique(cands: list[tuple[int, Point]]) -> Point | None:
    """The best-tier candidate when no other candidate shares that tier."""
    best = [pt for tier, pt in cands if tier == cands[0][0]]
    return best[0] if len(best) == 1 else None


def add_coordinates(store: ox.Store, g: nx.MultiDiGraph) -> None:
    """Set lon, lat and coord_source on the place nodes of `g` that can be placed."""
    stated = store_coordinates(store)
    gaz = gazetteer()
    cands: dict[str, list[tuple[int, Point]]] = {}
    for n, d in g.nodes(data=True):
        if d.get("kind") != "place":
            continue
        if n in stated:
            (d["lon"], d["lat"]), d["coord_source"] = stated[n], "store"
        elif d.get("place_type") not in NATURAL:
            names = [d.get("label", "")] + [a for a in d.get("alt_labels", "").split("; ") if a]
            found = next((gaz[name] for name in names if name in gaz), None)
            if found:
                cands[n] = found
    # anchors: places whose position is not in doubt; a battle's context is the median of its anchors
    anchors = {n: (d["lon"], d["lat"]) for n, d in g.nodes(data=True) if "lon" in d}
    # an urban district (tier 3) is too often a namesake of a historic town to anchor anything
    anchors.update({n: pt for n, c in cands.items() if c[0][0] < 3 and (pt := _unique(c)) is not None})
    context: dict[str, Point] = {}
    for b, d in g.nodes(data=True):
        if d.get("kind") != "battle":
            continue
        pts = [anchors[v] for _, v, rel in g.out_edges(b, keys=True) if rel == "location" and v in anchors]
        if len(pts) >= 2:
            context[b] = (statistics.median(p[0] for p in pts), statistics.median(p[1] for p in pts))
    for n, c in cands.items():
        near = [context[b] for b, _, rel in g.in_edges(n, keys=True) if rel == "location" and b in context]
        if near:
            centre = (statistics.median(p[0] for p in near), statistics.median(p[1] for p in near))
            dist, pt = min((km(pt, centre), pt) for _, pt in c)
            choice = pt if dist <= NEAR_KM else None
        else:
            choice = _unique(c)
        if choice is not None:
            g.nodes[n]["lon"], g.nodes[n]["lat"] = choice
            g.nodes[n]["coord_source"] = "gazetteer"
