"""Two things a page adds around the facts: the spaces a content farm pads its numbers with (殲敵 3400 餘人, 伤亡 1.2
万人), read as the figures they pad; and the toponym that opens a party organ's or a local force's name (榆社县委,
黄县二支队), which names who they were, not where the fight was (ok places only in the gold files, tests/data/dev/
NOTES.md). New sentences, not from any document here."""
from helpers import extract_json


def _figures(tmp_path, text: str) -> set[tuple]:
    facts = extract_json(tmp_path, text)
    return {(f["side"], f["count"], f["qualifier"]) for b in facts["battles"] for f in b["figures"]}


def test_a_content_farm_pads_its_numbers_with_spaces(tmp_path):
    figs = _figures(tmp_path, "黄土岗战斗\n1941年3月，新四军第2师在黄土岗伏击日军，毙敌 2700 余人，俘虏 85 名，"
                              "我军伤亡 0.3 万人。\n")
    assert ("JP", 2700, "atLeast") in figs
    assert ("JP", 85, "exact") in figs
    assert ("CN", 3000, "exact") in figs


def test_padding_in_traditional_characters_and_before_a_date(tmp_path):
    facts = extract_json(tmp_path, "石牌保衛戰\n1943年 5 月，國軍第11師在石牌堅守，殲敵 1500 餘人。\n")
    b = facts["battles"][0]
    assert b["start"] == "1943-05"
    assert {(f["side"], f["count"]) for f in b["figures"]} == {("JP", 1500)}


def _places(tmp_path, text: str) -> set[str]:
    facts = extract_json(tmp_path, text)
    return {p if isinstance(p, str) else p["name"] for b in facts["battles"] for p in b["places"]}


def test_a_toponym_that_names_a_party_organ_or_a_local_force_is_no_battlefield(tmp_path):
    places = _places(tmp_path, "马家岭战斗\n1942年秋，八路军文登三支队在马家岭伏击日军，平山县委动员民兵支前，"
                               "昔阳县大队也赶来参战。战斗在马家岭和柳树沟进行。\n")
    assert {"马家岭", "柳树沟"} <= places
    assert not places & {"文登", "平山", "平山县", "昔阳", "昔阳县"}


def test_the_same_county_named_where_the_fight_is_told_stays_a_place(tmp_path):
    places = _places(tmp_path, "平山战斗\n1940年4月，日军进攻平山，平山县委组织群众转移，八路军在平山县城外阻击。\n")
    assert "平山" in places or "平山县" in places
