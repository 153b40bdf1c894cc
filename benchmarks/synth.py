"""A synthetic graph in the kz vocabulary, shaped like what `kangzhan build` emits, of any size.

Per document graph: the Document node; battles (labels, dates, partOf chains up to a campaign),
locations, participating units (with subUnitOf chains: division → army → army group), commanders,
casualty and strength reports with their qualifier, side and the Mention (sentence, offsets)
they were derived from; every entity with its own mention, as the real emitter does. Entities
are shared between documents (same IRI, described again in each graph), as in a real corpus.
Deterministic for a given seed. Written straight as N-Quads lines (no Python RDF objects).
"""

from __future__ import annotations

import random
from collections.abc import Iterator

from kangzhan.rdf import iris
from kangzhan.rdf.namespaces import DCT, KZ, PROV, RDF, RDFS, SKOS, XSD
from kangzhan.rdf.vocab import echelon_iri, figure_category_iri, place_type_iri, qualifier_iri

_CHARS = "江河湖山城关口岭州阳安平宁武昌汉沙长衡常德宜台儿庄徐淞沪太原忻南京兰封豫湘桂滇缅百团雁门峪"
_SURNAMES = "张王李赵陈刘杨黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕"
_GIVEN = "中正宗仁应钦德怀伯承克勤斌明志远国华光辉振兴文武"
_ECHELONS = [("集团军", None), ("军", None), ("师", None), ("旅", None)]
_SUFFIX = ["会战", "战役", "保卫战", "战斗"]

T = f"<{RDF}type>"
LABEL = f"<{RDFS}label>"
ALT = f"<{SKOS}altLabel>"
DERIVED = f"<{PROV}wasDerivedFrom>"


def _kz(local: str) -> str:
    return f"<{KZ}{local}>"


def _zh(s: str) -> str:
    return f'"{s}"@zh'


def _int(n: int) -> str:
    return f'"{n}"^^<{XSD}integer>'


def _str(s: str) -> str:
    return f'"{s}"'


class Pools:
    """Shared entity names: places, battles (with campaign parents), units (with superiors), persons."""

    def __init__(self, rng: random.Random, docs: int):
        n_places = max(50, docs * 8)
        self.places = sorted({"".join(rng.choice(_CHARS) for _ in range(rng.choice((2, 2, 3))))
                              for _ in range(n_places)})
        self.campaigns = [f"{p}会战" for p in self.places[: max(5, len(self.places) // 40)]]
        self.battles = [f"{p}{rng.choice(_SUFFIX)}" for p in self.places]
        self.parent = {b: rng.choice(self.campaigns) for b in self.battles if rng.random() < 0.4}
        self.year = {b: rng.randint(1931, 1945) for b in self.battles + self.campaigns}
        top = [f"第{i}集团军" for i in range(1, 40)]
        armies = [f"第{i}军" for i in range(1, 120)]
        divisions = [f"第{i}师" for i in range(1, 400)] + [f"第{i}师团" for i in range(1, 120)]
        self.units = top + armies + divisions
        self.superior = {a: rng.choice(top) for a in armies}
        self.superior.update({d: rng.choice(armies) for d in divisions if rng.random() < 0.7})
        self.persons = sorted({rng.choice(_SURNAMES) + "".join(rng.choice(_GIVEN) for _ in range(2))
                               for _ in range(max(100, docs * 4))})


def _unit_side(name: str) -> str:
    return "JP" if name.endswith("师团") else "CN"


class _Doc:
    def __init__(self, doc_id: str):
        self.doc_id = doc_id
        self.g = f"<{iris.document_graph(doc_id)}>"
        self.doc = f"<{iris.document(doc_id)}>"
        self.lines: list[str] = []
        self.offset = 0

    def add(self, s: str, p: str, o: str) -> None:
        self.lines.append(f"{s} {p} {o} {self.g} .\n")

    def mention(self, surface: str, target: str, context: str | None = None) -> str:
        start = self.offset
        self.offset += len(surface) + 40
        m = f"<{iris.mention(self.doc_id, start, start + len(surface), target)}>"
        self.add(m, T, _kz("Mention"))
        self.add(m, _kz("inDocument"), self.doc)
        self.add(m, _kz("startOffset"), _int(start))
        self.add(m, _kz("endOffset"), _int(start + len(surface)))
        self.add(m, _kz("surfaceText"), _str(surface))
        self.add(m, _kz("sentence"), _str(f"此后{surface}一带战事激烈，双方伤亡甚重，{surface}遂告失守。"))
        self.add(m, _kz("refersTo"), f"<{target}>")
        if context:
            self.add(m, _kz("context"), f"<{context}>")
        return m


def document(rng: random.Random, pools: Pools, doc_id: str) -> list[str]:
    """The N-Quads lines of one synthetic document graph (~3–5k triples)."""
    d = _Doc(doc_id)
    d.add(d.doc, T, _kz("Document"))
    d.add(d.doc, LABEL, _str(f"{doc_id}.txt"))
    d.add(d.doc, f"<{DCT}identifier>", _str(doc_id))
    d.add(d.doc, _kz("sha256"), _str(f"{rng.getrandbits(256):064x}"))
    d.add(d.doc, _kz("encoding"), _str("utf-8"))
    d.add(d.doc, _kz("charCount"), _int(rng.randint(5000, 30000)))
    units = rng.sample(pools.units, 60)
    units += [pools.superior[u] for u in units if u in pools.superior]
    units = sorted(set(units))
    persons = rng.sample(pools.persons, min(20, len(pools.persons)))
    places = rng.sample(pools.places, min(60, len(pools.places)))
    for u in units:
        node = iris.unit(u, _unit_side(u))
        n = f"<{node}>"
        d.add(n, T, _kz("MilitaryUnit"))
        d.add(n, LABEL, _zh(u))
        d.add(n, _kz("side"), f"<{iris.side_iri(_unit_side(u))}>")
        ech = next((echelon_iri(e) for e, _ in _ECHELONS if u.endswith(e)), None) or echelon_iri("师团")
        if ech:
            d.add(n, _kz("echelon"), f"<{ech}>")
        digits = "".join(c for c in u if c.isdigit())
        d.add(n, _kz("unitNumber"), _int(int(digits)))
        if u in pools.superior and pools.superior[u] in units:
            sup = pools.superior[u]
            d.add(n, _kz("subUnitOf"), f"<{iris.unit(sup, _unit_side(sup))}>")
        d.add(n, DERIVED, d.doc)
        d.mention(u, node)
    for p in persons:
        node = iris.person(p)
        n = f"<{node}>"
        d.add(n, T, _kz("Person"))
        d.add(n, LABEL, _zh(p))
        d.add(n, _kz("side"), f"<{iris.side_iri('CN')}>")
        d.add(n, _kz("title"), _zh(rng.choice(["军长", "师长", "司令长官", "总司令"])))
        cmd = rng.choice(units)
        d.add(n, _kz("commands"), f"<{iris.unit(cmd, _unit_side(cmd))}>")
        d.add(n, DERIVED, d.doc)
        d.mention(p, node)
    for pl in places:
        node = iris.place(pl)
        n = f"<{node}>"
        d.add(n, T, _kz("Place"))
        d.add(n, LABEL, _zh(pl))
        pt = place_type_iri(rng.choice(["county", "city", "mountain", "river", "town"]))
        if pt:
            d.add(n, _kz("placeType"), f"<{pt}>")
        d.add(n, DERIVED, d.doc)
        d.mention(pl, node)
    for b in rng.sample(pools.battles, min(15, len(pools.battles))):
        _battle(rng, pools, d, b, units, persons, places)
    return d.lines


def _battle(rng, pools: Pools, d: _Doc, name: str, units, persons, places) -> None:
    node = iris.battle(name)
    n = f"<{node}>"
    y = pools.year[name]
    d.add(n, T, _kz("Battle"))
    d.add(n, LABEL, _zh(name))
    if rng.random() < 0.3:
        d.add(n, ALT, _zh(name[:2] + "之战"))
    m1 = rng.randint(1, 11)
    d.add(n, _kz("startDate"), f'"{y}-{m1:02d}"^^<{XSD}gYearMonth>')
    d.add(n, _kz("endDate"), f'"{y}-{rng.randint(m1, 12):02d}"^^<{XSD}gYearMonth>')
    parent = pools.parent.get(name)
    if parent:
        d.add(n, _kz("partOf"), f"<{iris.battle(parent)}>")
        d.add(f"<{iris.battle(parent)}>", T, _kz("Battle"))
        d.add(f"<{iris.battle(parent)}>", LABEL, _zh(parent))
    d.add(n, DERIVED, d.doc)
    d.mention(name, node)
    for pl in rng.sample(places, 3):
        d.add(n, _kz("location"), f"<{iris.place(pl)}>")
        d.mention(pl, iris.place(pl), node)
    for u in rng.sample(units, 6):
        t = iris.unit(u, _unit_side(u))
        d.add(n, _kz("participant"), f"<{t}>")
        d.mention(u, t, node)
    for p in rng.sample(persons, 2):
        d.add(n, _kz("commander"), f"<{iris.person(p)}>")
        d.mention(p, iris.person(p), node)
    for kind, cls, cat in (("casualties", "CasualtyReport", "killed"), ("casualties", "CasualtyReport", "casualties"),
                           ("strength", "StrengthReport", "strength")):
        side = rng.choice(["CN", "JP"])
        count = rng.randint(1, 300) * 100
        r = f"<{iris.report(d.doc_id, name, kind, side, d.offset, cat, count)}>"
        d.add(n, _kz(kind), r)
        d.add(r, T, _kz(cls))
        d.add(r, _kz("count"), _int(count))
        d.add(r, _kz("qualifier"), f"<{qualifier_iri(rng.choice(['exact', 'about', 'atLeast']))}>")
        d.add(r, _kz("figureKind"), f"<{figure_category_iri(cat)}>")
        d.add(r, _kz("side"), f"<{iris.side_iri(side)}>")
        d.add(r, _kz("statedAs"), _zh(f"{count // 10000}万余人" if count >= 10000 else f"{count}余人"))
        d.add(r, DERIVED, d.mention(f"{count}余人", r[1:-1], node))


def generate(triples: int, seed: int = 1937) -> Iterator[bytes]:
    """N-Quads chunks (one document graph each) until at least TRIPLES quads were produced."""
    rng = random.Random(seed)
    est_docs = max(1, triples // 4000)
    pools = Pools(rng, est_docs)
    n, i = 0, 0
    while n < triples:
        lines = document(rng, pools, f"synth{i:06d}")
        n += len(lines)
        i += 1
        yield "".join(lines).encode("utf-8")
