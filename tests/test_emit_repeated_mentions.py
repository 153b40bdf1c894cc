"""A span that backs an entity and also links it to a battle is one kz:Mention node with one set of provenance
values and the battle as its context (the emitter writes a repeated mention once, then only its context)."""

from __future__ import annotations

from collections import defaultdict

import pyoxigraph as ox
from helpers import run_cli

KZ = "https://w3id.org/kangzhan/ontology#"
TEXT = ("1938年10月，德安战斗开始。第74军在万家岭一带围歼日军第106师团，师团长松浦淳六郎率残部突围。\n"
        "1941年3月，上高会战中第19集团军在上高以东阻击日军第34师团。\n")


def test_each_mention_has_one_provenance_and_battle_links_keep_their_context(tmp_path):
    src = tmp_path / "two_battles.txt"
    src.write_text(TEXT, encoding="utf-8")
    out = tmp_path / "out.nt"
    r = run_cli("build", str(src), "-o", str(out), store=tmp_path / "store")
    assert r.returncode == 0, r.stderr
    values: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    participants: set[tuple[str, str]] = set()
    for t in ox.parse(out.read_bytes(), format=ox.RdfFormat.N_TRIPLES):
        p = t.predicate.value
        if p.startswith(KZ):
            values[t.subject.value][p[len(KZ):]].append(t.object.value)
            if p == KZ + "participant":
                participants.add((t.subject.value, t.object.value))
    mentions = {s: v for s, v in values.items() if "startOffset" in v}
    assert len(participants) >= 3  # units of both battles
    for s, v in mentions.items():
        for field in ("startOffset", "endOffset", "surfaceText", "sentence", "inDocument"):
            assert len(v[field]) == 1, (s, field, v[field])
    for battle, unit in participants:  # every participant link has its mention, in the battle's context
        assert any(unit in v["refersTo"] and battle in v["context"] for v in mentions.values()), (battle, unit)
