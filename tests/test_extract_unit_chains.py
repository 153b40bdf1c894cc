"""Run-on unit chains as veterans and forum posts write them ("第99军92师野战补充团2营5连", "第11军第68师团"): the
formation written right before its sub-unit, with no side of its own, has the sub-unit's side, and the sub-unit is
its subUnitOf. New sentences, written for these tests."""
from helpers import extract_json, run_cli


def _units(tmp_path, text: str) -> dict[str, str | None]:
    return {u["name"]: u["side"] for b in extract_json(tmp_path, text)["battles"] for u in b["units"]}


def test_a_chinese_army_over_its_division_is_chinese(tmp_path):
    got = _units(tmp_path, "1940年我调到第99军92师野战补充团2营5连当排长，参加了第一次长沙会战。\n")
    assert got.get("第99军") == "CN"
    assert got.get("第92师") == "CN"


def test_a_japanese_army_over_its_division_is_japanese(tmp_path):
    got = _units(tmp_path, "1944年6月，衡阳保卫战开始，围攻衡阳的是第11军第68师团和第116师团。\n")
    assert got.get("第11军") == "JP"
    assert got.get("第68师团") == "JP"


def test_the_chain_is_a_hierarchy_in_the_graph(tmp_path):
    src = tmp_path / "chain.txt"
    src.write_text("1941年9月，第二次长沙会战打响，第26军32师95团在捞刀河一线坚守三昼夜。\n", encoding="utf-8")
    out = tmp_path / "chain.nt"
    r = run_cli("build", str(src), "-o", str(out), store=tmp_path / "store")
    assert r.returncode == 0, r.stderr
    nt = out.read_text(encoding="utf-8")
    assert "unit/CN/第32师> <https://w3id.org/kangzhan/ontology#subUnitOf> <https://w3id.org/kangzhan/resource/unit/CN/第26军>" in nt
    assert "unit/CN/第95团> <https://w3id.org/kangzhan/ontology#subUnitOf> <https://w3id.org/kangzhan/resource/unit/CN/第32师>" in nt
