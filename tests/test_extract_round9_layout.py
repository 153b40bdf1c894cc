"""Round 9 (ho28, a Traditional history page of a defence ministry): the general causes of its misses, on new
sentences of other battles — a layout space after every Arabic number (民國28 年9 月, 約18 萬人, 第11 軍), a bare
軍 whose side the action it supports decides (策應第11軍的作戰), the date a heading gives in brackets after the
battle's name against background events dated before it, and variant characters OpenCC keeps (蘭谿 = 兰溪)."""
from helpers import extract_json

OPERATION = ("第一次長沙會戰\n"
             "民國28 年9 月14 日,日軍調集約18 萬人,以第11 軍司令官岡村寧次指揮4 個師團,分三路進犯長沙;"
             "另一方面以第21 軍1 個師團集結於廣州附近,沿粵漢鐵路向北攻擊,策應第11 軍的作戰。"
             "我軍第九戰區合計約20 萬人迎擊。\n")


def _battle(tmp_path, text: str) -> dict:
    facts = extract_json(tmp_path, text)
    assert len(facts["battles"]) == 1, facts["battles"]
    return facts["battles"][0]


def test_layout_spaces_inside_numbers_do_not_cut_dates_figures_or_units(tmp_path):
    b = _battle(tmp_path, OPERATION)
    assert b["start"] == "1939-09-14"
    strength = {(f["side"], f["count"], f["qualifier"]) for f in b["figures"] if f["kind"] == "strength"}
    assert strength == {("JP", 180000, "about"), ("CN", 200000, "about")}
    units = {u["name"]: u["side"] for u in b["units"]}
    assert units["第11军"] == "JP" and units["第9战区"] == "CN"


def test_a_bare_army_that_supports_a_japanese_army_is_japanese(tmp_path):
    units = {u["name"]: u["side"] for u in _battle(tmp_path, OPERATION)["units"]}
    assert units["第21军"] == "JP"


def test_a_bare_army_that_supports_a_chinese_army_is_chinese(tmp_path):
    text = ("桂南會戰\n民國28 年12 月18 日,第5 軍軍長杜聿明率部正面攻擊崑崙關;另一方面以第99 軍2 個師由左翼迂迴,"
            "配合第5 軍的行動。\n")
    units = {u["name"]: u["side"] for u in _battle(tmp_path, text)["units"]}
    assert units["第5军"] == "CN" and units["第99军"] == "CN"


def test_an_army_that_supports_no_unit_keeps_no_side(tmp_path):
    text = "豫南會戰\n民國30 年1 月,第31 軍向北推進,策應友軍作戰。\n"
    units = {u["name"]: u["side"] for u in _battle(tmp_path, text)["units"]}
    assert units == {"第31军": None}


def test_the_date_in_brackets_after_the_heading_is_the_battles_start(tmp_path):
    text = ("崑崙關戰役(民國28年12月18日)\n\n壹、戰前情勢\n\n民國28年,日本為切斷我西南國際交通線,決定進攻廣西。"
            "同年11月15日,日軍第5師團在欽州灣登陸,向南寧發動攻擊,24日攻佔南寧。\n\n貳、戰役經過\n\n"
            "我軍第5軍奉命反攻。12月18日,第5軍向崑崙關發起攻擊,激戰至31日,攻克崑崙關。\n")
    b = _battle(tmp_path, text)
    assert (b["start"], b["end"]) == ("1939-12-18", "1939-12-31")


def test_variant_characters_of_traditional_place_names_match_the_gazetteer(tmp_path):
    text = ("浙東作戰\n民國30 年4 月,日軍第22 師團進犯寧波,國軍第三戰區部隊在蘭谿、金華一帶阻擊,"
            "一部退守三家舖。\n")
    places = {p["name"] for p in _battle(tmp_path, text)["places"]}
    assert {"兰溪", "金华", "三家铺"} <= places


def test_the_number_of_a_numbered_line_keeps_its_space(tmp_path):
    text = "台兒莊戰役\n1 軍事形勢\n1938 年3 月,日軍第10 師團南下。\n2 戰役經過\n3 月23 日,戰鬥打響。\n"
    b = _battle(tmp_path, text)
    assert {u["name"] for u in b["units"]} == {"第10师团"}  # no 第1军 from "1 軍事"
    assert b["start"] == "1938-03-23"
