# ruff: noqa
# Copied verbatim from ../shared/eval/gold_to_rdf.py (see tests/eval/README.md); only these two comment lines were added.
#!/usr/bin/env python3
"""Write a gold annotation as RDF in the core vocabulary: a self-test for score.py."""
import json, sys, hashlib
from pyoxigraph import Store, NamedNode, Literal, Quad, RdfFormat, DefaultGraph
KZ = "https://w3id.org/kangzhan/ontology#"; R = "https://example.org/r/"
RDF_TYPE = NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
LABEL = NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
def kz(x): return NamedNode(KZ + x)
def iri(kind, key): return NamedNode(R + kind + "/" + hashlib.md5(key.encode()).hexdigest()[:10])
gold = json.load(open(sys.argv[1], encoding="utf-8")); s = Store(); t = []
SIDE = {"CN": kz("China"), "JP": kz("Japan"), "OTHER": kz("Other")}
def ent(kind, name, side=None, cls=None):
    n = iri(kind, (side or "") + name)
    t.append((n, RDF_TYPE, kz(cls))); t.append((n, LABEL, Literal(name, language="zh")))
    if side: t.append((n, kz("side"), SIDE[side]))
    return n
for b in gold["battles"]:
    bn = ent("battle", b["name"], cls="Battle")
    for f, p in (("start", "startDate"), ("end", "endDate")):
        if b.get(f): t.append((bn, kz(p), Literal(b[f])))
    for u in b.get("units", []): t.append((bn, kz("participant"), ent("unit", u["name"], u["side"], "MilitaryUnit")))
    for c in b.get("commanders", []): t.append((bn, kz("commander"), ent("person", c["name"], c["side"], "Person")))
    for p in b.get("places", []): t.append((bn, kz("location"), ent("place", p, cls="Place")))
    for x in b.get("part_of", []): t.append((bn, kz("partOf"), ent("battle", x, cls="Battle")))
    for f in ("casualties", "strength"):
        for i, c in enumerate(b.get(f, [])):
            r = iri(f, b["name"] + str(i)); t.append((bn, kz(f), r)); t.append((r, kz("side"), SIDE[c["side"]]))
            t.append((r, kz("count"), Literal(str(c["count"]), datatype=NamedNode("http://www.w3.org/2001/XMLSchema#integer"))))
    for c in b.get("commands", []):
        t.append((ent("person", c["person"], c["side"], "Person"), kz("commands"), ent("unit", c["unit"], c["side"], "MilitaryUnit")))
for c in gold.get("commands", []):
    t.append((ent("person", c["person"], c["side"], "Person"), kz("commands"), ent("unit", c["unit"], c["side"], "MilitaryUnit")))
for x in t: s.add(Quad(*x, DefaultGraph()))
s.dump(output=sys.argv[2], format=RdfFormat.N_TRIPLES, from_graph=DefaultGraph())
