"""Rules the lead added while merging the thirteenth session's branches; every sentence is written for the test."""
from helpers import extract_json as extract

BATTLE = ("1938年7月27日\n\n"
          "九江的戰鬥已經結束了。守軍在城東一帶抵抗了一整天,渡江時成百人被淹死。\n\n")


def _places(text: str, tmp_path) -> set[str]:
    return {p["name"] for b in extract(tmp_path, text)["battles"] for p in b["places"]}


def test_the_city_a_war_crimes_court_sat_in_is_no_battlefield(tmp_path):
    """在某城远东国际军事法庭作证: the court's seat (a city named right before the court's region-led name) is no
    place of the fight told before."""
    places = _places(BATTLE + "戰爭結束後,她又在東京遠東國際軍事法庭出庭作證。\n", tmp_path)
    assert "九江" in places
    assert "东京" not in places


def test_the_fights_city_named_with_the_court_stays_a_place(tmp_path):
    """The look-alike: the fight's own city in the court's sentence, not right before the court's name, stays."""
    places = _places(BATTLE + "九江的倖存者後來在遠東國際軍事法庭出庭作證。\n", tmp_path)
    assert "九江" in places


def test_a_named_item_inside_a_line_does_not_take_the_items_before_it(tmp_path):
    """(1) …A会战… 此役也是B战役中的一次胜利。(2) …,史称“C阻击战”。 on one line: the sentence before (2) still
    belongs to item (1)'s battle, which stays part of B; C, named as what its own item told, takes only its item."""
    facts = extract(tmp_path, "(1) 1938年,第13军军长汤恩伯指挥了台庄战役,攻克台庄。此次大捷也是徐州会战中国军队取得的一次重大"
                              "胜利。(2) 第10军在衡岭与日军激战,史称“衡岭阻击战”。\n")
    by_name = {b["name"]: b for b in facts["battles"]}
    assert by_name["台庄战役"]["part_of"] == "徐州会战"
    assert by_name.get("衡岭阻击战", {}).get("part_of") in (None, "台庄战役")
    assert by_name.get("衡岭阻击战", {}).get("part_of") != "徐州会战"


def test_sentences_of_one_line_without_item_marks_still_go_to_the_next_battle(tmp_path):
    """The look-alike: with no item mark, the sentence before a battle named at the end of the line is its lead (its
    unit is the next battle's)."""
    facts = extract(tmp_path, "第13军军长汤恩伯指挥了台庄战役,攻克台庄。第10军奉命南下增援。"
                              "第10军在衡岭与日军激战,史称“衡岭阻击战”。\n")
    by_name = {b["name"]: b for b in facts["battles"]}
    assert "第10军" in {u["name"] for u in by_name["衡岭阻击战"]["units"]}
    assert "第10军" not in {u["name"] for u in by_name["台庄战役"]["units"]}
