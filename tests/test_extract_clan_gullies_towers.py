"""Villages named by a family name and 沟 or 楼 (柳沟, 杨楼: the gully villages of the loess and the X楼 villages of
the Huang-Huai plain), in a place frame, are places and name the fight there; an everyday word (高楼, 钟楼) is none.
New sentences, through `kangzhan extract --json`."""
from helpers import extract_json


def _battles(tmp_path, text: str) -> list[str]:
    return [b["name"] for b in extract_json(tmp_path, text)["battles"]]


def test_a_gully_village_is_the_ambush_site(tmp_path):
    assert _battles(tmp_path, "1941年3月,八路军第三团在韩沟伏击日军运输队,毙伤日军六十余人。\n") == ["韩沟战斗"]


def test_a_tower_village_is_where_the_fight_was(tmp_path):
    assert _battles(tmp_path, "1944年8月,新四军第九旅在彭楼与日伪军激战,歼敌百余人。\n") == ["彭楼战斗"]


def test_an_everyday_word_with_a_family_name_first_is_no_village(tmp_path):
    facts = extract_json(tmp_path, "1944年8月,新四军第九旅在高楼与日伪军激战,歼敌百余人。\n")
    assert not any("高楼" in b["name"] for b in facts["battles"])
