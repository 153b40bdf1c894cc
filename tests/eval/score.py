# ruff: noqa
# Copied verbatim from ../shared/eval/score.py (the project's shared scorer; see tests/eval/README.md);
# only these two comment lines were added. Do not edit here: update the shared copy and re-copy.
#!/usr/bin/env python3
"""Score a built knowledge graph against a gold annotation.

usage: score.py GOLD.json GRAPH_FILE [--min-f1 X] [--json OUT]

The graph is read with pyoxigraph (independent of the project's own code), all named
graphs unioned, and queried through the core vocabulary that the project promises:

  kz:Battle, kz:MilitaryUnit, kz:Person, kz:Place          (classes)
  rdfs:label / skos:altLabel                                (names, Simplified Chinese @zh)
  kz:startDate kz:endDate kz:partOf kz:location kz:participant kz:commander
  kz:casualties / kz:strength -> report with kz:side, kz:count, kz:qualifier
  kz:side (-> kz:China | kz:Japan), kz:commands (Person -> MilitaryUnit)

Matching is on names, normalised: units by (side, modifiers, number, echelon class), so
that 第十一军 / 11军 / 第11军 agree; persons and places by their label or any altLabel.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

import pyoxigraph as ox

KZ = "https://w3id.org/kangzhan/ontology#"
PREFIXES = f"""PREFIX kz: <{KZ}>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
"""

CN_DIGITS = {"〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
CN_UNITS = {"十": 10, "百": 100, "千": 1000}


def cn_int(s: str) -> int | None:
    if s.isdigit():
        return int(s)
    if all(c in CN_DIGITS for c in s):  # 二〇〇 style
        return int("".join(str(CN_DIGITS[c]) for c in s))
    total, cur = 0, 0
    for c in s:
        if c in CN_DIGITS:
            cur = CN_DIGITS[c]
        elif c in CN_UNITS:
            total += (cur or 1) * CN_UNITS[c]
            cur = 0
        else:
            return None
    return total + cur


def norm(s: str) -> str:
    s = unicodedata.normalize("NFKC", s)
    return re.sub(r"[\s·•・、，,。．.\-—–()（）\"'“”《》]", "", s)


ECHELONS = [  # longest first
    ("飞行团", "air_group"), ("方面军", "area_army"), ("集团军", "army_group"), ("炮艇队", "gunboat_group"),
    ("挺进纵队", "column"), ("纵队", "column"), ("战区", "theater"), ("路军", "route_army"), ("兵团", "corps_group"),
    ("师团", "division"), ("旅团", "brigade"), ("联队", "regiment"), ("大队", "battalion"), ("中队", "company"),
    ("支队", "detachment"), ("舰队", "fleet"), ("战队", "air_squadron"),
    ("军", "army"), ("师", "division"), ("旅", "brigade"), ("团", "regiment"), ("营", "battalion"), ("连", "company"),
]
SIDE_PREFIXES = ("日本", "日军", "日", "敌军", "敌", "中国", "国民革命军", "国军", "我军", "华军")
MODS = [("独立混成", {"独立", "混成"}), ("新编", {"新"}), ("暂编", {"暂"}), ("预备", {"预"}), ("混成", {"混成"}),
        ("独立", {"独立"}), ("骑兵", {"骑兵"}), ("坦克", {"坦克"}), ("战车", {"战车"}), ("近卫", {"近卫"}),
        ("新", {"新"}), ("暂", {"暂"}), ("预", {"预"}), ("海军", {"海军"}), ("野战重炮兵", {"野战重炮兵"}),
        ("辎重兵", {"辎重兵"}), ("工兵", {"工兵"}), ("山炮兵", {"山炮兵"}), ("荣誉", {"荣誉"}),
        ("步兵", set())]  # 步兵第21旅团 = 第21旅团
NUM = r"[0-9〇零一二两三四五六七八九十百千]+"


def unit_key(label: str, side: str) -> tuple:
    s = norm(label)
    for p in SIDE_PREFIXES:
        if s.startswith(p) and len(s) > len(p) + 1:
            s = s[len(p):]
            break
    mods: set[str] = set()
    changed = True
    while changed:
        changed = False
        for m, tags in MODS:
            if s.startswith(m):
                mods |= tags
                s = s[len(m):]
                changed = True
                break
    m = re.fullmatch(rf"第?({NUM})((?:独立混成|混成|独立)?)(.+)", s)
    if m:
        n = cn_int(m.group(1))
        for t, tags in MODS:
            if m.group(2) == t:
                mods |= tags
        for word, cls in ECHELONS:
            if m.group(3) == word:
                return (side, frozenset(mods), n, cls)
    return (side, frozenset(mods), None, s)


def side_code(iri: str | None) -> str:
    if not iri:
        return "?"
    tail = iri.rsplit("#", 1)[-1].rsplit("/", 1)[-1].lower()
    return {"china": "CN", "japan": "JP"}.get(tail, "OTHER")


class Graph:
    def __init__(self, path: Path):
        self.store = ox.Store()
        fmt = ox.RdfFormat.from_extension(path.suffix.lstrip(".")) or ox.RdfFormat.TURTLE
        self.store.bulk_load(path=str(path), format=fmt)

    def q(self, query: str):
        return list(self.store.query(PREFIXES + query, use_default_graph_as_union=True))

    def names(self, node) -> set[str]:
        rows = self.q(f"SELECT ?l WHERE {{ {node} rdfs:label|skos:altLabel|skos:prefLabel ?l }}")
        return {norm(r["l"].value) for r in rows}

    def label(self, node) -> str:
        rows = self.q(f"SELECT ?l WHERE {{ {node} rdfs:label ?l }}")
        zh = [r["l"] for r in rows if getattr(r["l"], "language", None) in ("zh", "zh-hans", "zh-cn")]
        pick = zh or [r["l"] for r in rows]
        return pick[0].value if pick else ""

    def side(self, node) -> str:
        rows = self.q(f"SELECT ?s WHERE {{ {node} kz:side ?s }}")
        return side_code(rows[0]["s"].value) if rows else "?"


def prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else (1.0 if not n_gold else 0.0)
    r = tp / n_gold if n_gold else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


class Tally:
    def __init__(self):
        self.c = defaultdict(lambda: [0, 0, 0])  # field -> [tp, pred, gold]
        self.misses = defaultdict(list)

    def add(self, field, tp, pred, gold, missed=(), extra=()):
        t = self.c[field]
        t[0] += tp; t[1] += pred; t[2] += gold
        self.misses[field].extend([("missing", m) for m in missed] + [("extra", e) for e in extra])


def score(gold: dict, g: Graph, tally: Tally) -> None:
    battles_by_name = defaultdict(set)
    for r in g.q("SELECT DISTINCT ?b WHERE { ?b a kz:Battle }"):
        b = str(r["b"])
        for n in g.names(b):
            battles_by_name[n].add(b)
    # battles the gold marks optional (mentioned in passing) are neither required nor counted as extra
    optional = {norm(n) for ob in gold.get("optional_battles", []) for n in [ob["name"], *ob.get("aliases", [])]}
    required = {norm(n) for gb in gold["battles"] for n in [gb["name"], *gb.get("aliases", [])]}
    required_iris = {b for n in required for b in battles_by_name.get(n, set())}
    optional_iris = {b for n in optional for b in battles_by_name.get(n, set())} - required_iris
    n_battles_pred = len({b for bs in battles_by_name.values() for b in bs} - optional_iris)
    found = 0
    all_units_gold, all_persons_gold = set(), set()
    for gb in gold["battles"]:
        names = [gb["name"], *gb.get("aliases", [])]
        iris = set().union(*(battles_by_name.get(norm(n), set()) for n in names))
        if iris:
            found += 1
        else:
            tally.misses["battles"].append(("missing", gb["name"]))
        vals = " ".join(iris)
        def objs(prop):
            return [r["o"] for r in g.q(f"SELECT DISTINCT ?o WHERE {{ VALUES ?b {{ {vals} }} ?b {prop} ?o }}")] if iris else []

        for field in ("start", "end"):
            want = gb.get(field)
            if not want:
                continue
            got = [o.value for o in objs("kz:startDate" if field == "start" else "kz:endDate")]
            ok = any(v.startswith(want) for v in got)
            tally.add("dates", int(ok), 1 if got else 0, 1, missed=[] if ok else [f"{gb['name']} {field} {want} got {got}"])

        gu = {unit_key(u["name"], u["side"]) for u in gb.get("units", [])}
        okk = gu | {unit_key(u["name"], u["side"]) for u in gb.get("ok_units", [])}
        all_units_gold |= gu
        pu = {}
        for o in objs("kz:participant"):
            pu[unit_key(g.label(o), g.side(o))] = g.label(o)
        tp = len(gu & set(pu))
        tally.add("units", tp, len([k for k in pu if k not in okk]) + tp, len(gu),
                  missed=[f"{gb['name']}: {k}" for k in gu - set(pu)],
                  extra=[f"{gb['name']}: {pu[k]} {k[0]}" for k in set(pu) - okk])

        gc = {norm(c["name"]) for c in gb.get("commanders", [])}
        okc = gc | {norm(c["name"]) for c in gb.get("ok_commanders", [])}  # acceptable, not required
        all_persons_gold |= gc
        pc = {}
        for o in objs("kz:commander"):
            pc[str(o)] = g.names(o)
        hit = {n for n in gc if any(n in ns for ns in pc.values())}
        extra = [g.label(k) for k, ns in pc.items() if not ns & okc]
        tally.add("commanders", len(hit), len(hit) + len(extra), len(gc),
                  missed=[f"{gb['name']}: {n}" for n in gc - hit], extra=[f"{gb['name']}: {e}" for e in extra])

        gp = {norm(p) for p in gb.get("places", [])}
        okp = gp | {norm(p) for p in gb.get("ok_places", [])}  # acceptable, not required
        pp = {str(o): g.names(o) for o in objs("kz:location")}
        hit = {n for n in gp if any(n in ns for ns in pp.values())}
        extra = [g.label(k) for k, ns in pp.items() if not ns & okp]
        tally.add("places", len(hit), len(hit) + len(extra), len(gp),
                  missed=[f"{gb['name']}: {n}" for n in gp - hit], extra=[f"{gb['name']}: {e}" for e in extra])

        for field, prop in (("casualties", "kz:casualties"), ("strength", "kz:strength")):
            gf = {(c["side"], c["count"]) for c in gb.get(field, [])}
            pf = set()
            for o in objs(prop):
                for r in g.q(f"SELECT ?n WHERE {{ {o} kz:count ?n }}"):
                    try:
                        pf.add((g.side(o), int(float(r["n"].value))))
                    except ValueError:
                        pass
            tally.add(field, len(gf & pf), len(pf), len(gf),
                      missed=[f"{gb['name']}: {x}" for x in gf - pf], extra=[f"{gb['name']}: {x}" for x in pf - gf])

        gpo = {norm(x) for x in gb.get("part_of", [])}
        if gpo:
            ppo = [g.names(o) for o in objs("kz:partOf")]
            hit = {n for n in gpo if any(n in ns for ns in ppo)}
            tally.add("part_of", len(hit), len(ppo), len(gpo), missed=sorted(gpo - hit))
    tally.add("battles", found, n_battles_pred, len(gold["battles"]))

    # person-commands-unit statements, document-wide
    gcm = set()
    okcm = set()
    for gb in [gold, *gold["battles"]]:
        for c in gb.get("commands", []):
            gcm.add((norm(c["person"]), unit_key(c["unit"], c["side"])))
        for c in gb.get("ok_commands", []):
            okcm.add((norm(c["person"]), unit_key(c["unit"], c["side"])))
    pcm = set()
    for r in g.q("SELECT ?p ?u WHERE { ?p kz:commands ?u }"):
        p, u = str(r["p"]), str(r["u"])
        for n in g.names(p):
            pcm.add((n, unit_key(g.label(u), g.side(u))))
    tp = len(gcm & pcm)
    extra = pcm - gcm - okcm
    # a person may have several altLabels; count predictions by distinct unit per person label match
    tally.add("commands", tp, tp + len(extra), len(gcm), missed=sorted(map(str, gcm - pcm)),
              extra=sorted(map(str, extra))[:50])

    # document-level entity recognition
    gu = {unit_key(u["name"], u["side"]) for u in gold.get("units", [])} or all_units_gold
    pu = {unit_key(g.label(str(r["u"])), g.side(str(r["u"]))) for r in g.q("SELECT ?u WHERE { ?u a kz:MilitaryUnit }")}
    tally.add("unit_entities", len(gu & pu), len(pu), len(gu), missed=sorted(map(str, gu - pu)))
    gpers = {norm(p["name"]) for p in gold.get("persons", [])} or all_persons_gold
    ppers = [g.names(str(r["p"])) for r in g.q("SELECT ?p WHERE { ?p a kz:Person }")]
    hit = {n for n in gpers if any(n in ns for ns in ppers)}
    tally.add("person_entities", len(hit), len(ppers), len(gpers), missed=sorted(gpers - hit))


FIELDS = ["battles", "dates", "units", "commanders", "places", "casualties", "strength", "commands",
          "part_of", "unit_entities", "person_entities"]


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("gold", type=Path)
    ap.add_argument("graph", type=Path)
    ap.add_argument("--min-f1", type=float, default=0.0)
    ap.add_argument("--json", type=Path)
    ap.add_argument("--show", type=int, default=8, help="misses to show per field")
    a = ap.parse_args()
    gold = json.loads(a.gold.read_text(encoding="utf-8"))
    g = Graph(a.graph)
    t = Tally()
    score(gold, g, t)
    out = {}
    print(f"{'field':16} {'gold':>5} {'pred':>5} {'tp':>5} {'P':>6} {'R':>6} {'F1':>6}")
    for f in FIELDS:
        if f not in t.c:
            continue
        tp, pred, gd = t.c[f]
        p, r, f1 = prf(tp, pred, gd)
        out[f] = {"gold": gd, "pred": pred, "tp": tp, "p": p, "r": r, "f1": f1}
        print(f"{f:16} {gd:5} {pred:5} {tp:5} {p:6.3f} {r:6.3f} {f1:6.3f}")
    for f in FIELDS:
        ms = t.misses.get(f, [])
        if ms and a.show:
            print(f"  {f}: " + "; ".join(f"{k} {v}" for k, v in ms[: a.show]) + (" ..." if len(ms) > a.show else ""))
    # a core field with nothing in the gold and nothing predicted does not apply to this text
    core = [out[f]["f1"] for f in ("battles", "dates", "units", "commanders", "places", "casualties", "commands")
            if f in out and (out[f]["gold"] or out[f]["pred"])]
    macro = sum(core) / len(core) if core else 0.0
    if a.json:
        a.json.write_text(json.dumps({"fields": out, "macro_f1": macro}, ensure_ascii=False, indent=2))
    print(f"macro F1 {macro:.3f} over {len(core)} core fields ({a.gold.name})")
    return 0 if macro >= a.min_f1 else 1


if __name__ == "__main__":
    sys.exit(main())
