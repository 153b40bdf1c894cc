"""Sides from the names wartime writing gives the armies: 重庆军/支那军/蒋军 in Japanese accounts and their
translations, provincial armies (川军, 滇军 …) in Chinese ones, 皇军 for the Japanese. New sentences."""
from helpers import extract_jsonl


def _sides(tmp_path, text: str) -> dict[str, str | None]:
    return {m["text"]: m["value"].get("side") for m in extract_jsonl(tmp_path, text) if m.get("kind") == "unit"}


def test_a_japanese_account_names_the_chinese_army_by_its_government(tmp_path):
    sides = _sides(tmp_path, "昭和十九年六月，步兵第148联队向前推进，途中遭重庆军第七十一军炮击，支那军第36师亦来增援。")
    assert sides["第七十一军"] == "CN"
    assert sides["第36师"] == "CN"
    assert sides["步兵第148联队"] == "JP"


def test_provincial_armies_are_chinese_and_a_bare_army_number_stays_undecided(tmp_path):
    sides = _sides(tmp_path, "川军第四十七军军长率部东进。滇军第60军在禹王山坚守。另有第11军驻防后方。")
    assert sides["第四十七军"] == "CN"
    assert sides["第60军"] == "CN"
    assert sides["第11军"] is None  # no cue: a bare 第11军 is Japanese in one account, Chinese in another


def test_the_core_of_a_force_is_under_it_and_gives_it_its_side(tmp_path):
    from helpers import extract_json
    units = {u["name"]: u for u in extract_json(tmp_path, "第十三军以第十五师团、第二十二师团为基干，向衢州进攻。\n")["units"]}
    assert units["第13军"]["side"] == "JP"  # a bare 第13军: its core, two 师团, are Japanese
    assert units["第15师团"]["parent"] == ["第13军", "JP"]
    assert units["第22师团"]["parent"] == ["第13军", "JP"]
    plain = {u["name"]: u for u in extract_json(tmp_path, "第十三军以第十五师团的一个联队进攻衢州。\n")["units"]}
    assert plain["第15师团"]["parent"] is None  # 以 as "with": no 为基干, no hierarchy
