"""A detachment named by its role right after a numbered unit (第一支队先遣支队, 第二纵队挺进支队) is that unit's
part: its own unit with the numbered one as parent, the parent's side, and the one a commander led. New sentences,
through `kangzhan extract --json`."""
from helpers import extract_json


def _units(facts: dict) -> dict[str, dict]:
    return {u["name"]: u for u in facts["units"]}


def test_a_role_detachment_of_a_numbered_column_is_its_part_and_was_led(tmp_path):
    facts = extract_json(tmp_path, "1939年春,张强率第二纵队挺进支队在李庄伏击日军,毙敌三十余人。\n")
    units = _units(facts)
    assert units["挺进支队"]["parent"] == ["第2纵队", "CN"] and units["挺进支队"]["side"] == "CN"
    assert {(c["person"], c["unit"]) for c in facts["commands"]} == {("张强", "挺进支队")}


def test_the_detachment_takes_the_side_its_parent_has_elsewhere_in_the_text(tmp_path):
    facts = extract_json(tmp_path, "1938年5月,新四军第三支队从皖南出发东进。"
                                   "6月初,王林率第三支队先遣支队于石桥初战告捷。\n")
    units = _units(facts)
    assert units["先遣支队"]["parent"] == ["第3支队", "CN"] and units["先遣支队"]["side"] == "CN"
    assert ("王林", "先遣支队") in {(c["person"], c["unit"]) for c in facts["commands"]}


def test_a_role_word_not_written_right_after_a_numbered_unit_names_no_part_of_it(tmp_path):
    facts = extract_json(tmp_path, "1938年5月,新四军第三支队从皖南出发,先遣支队随后跟进。\n")
    units = _units(facts)
    assert "先遣支队" not in units or units["先遣支队"]["parent"] is None
