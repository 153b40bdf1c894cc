"""Fights named after a river (X河战斗, X溪阻击战): a crossing or a river line gives a fight its name, and a river the
gazetteer lacks is a river by its last character. Every text here is written for the test."""
from helpers import extract_json as extract


def _names(tmp_path, text):
    return {b["name"] for b in extract(tmp_path, text)["battles"]}


def test_a_river_the_gazetteer_lacks_names_the_fight_at_it(tmp_path):
    assert _names(tmp_path, "1939年9月,第52军一部在青岩河战斗中与日军激战三日,毙敌三百余人。\n") == {"青岩河战斗"}


def test_a_creek_names_a_blocking_fight_that_opens_a_sentence(tmp_path):
    got = _names(tmp_path, "1942年春,石门溪阻击战打响,新编第9师一个营坚守两昼夜。\n")
    assert got == {"石门溪阻击战"}


def test_crossing_a_river_names_no_fight(tmp_path):
    got = _names(tmp_path, "1942年春,部队连夜渡江,这是一场过江战斗,日军在对岸顽抗。\n")
    assert not any(n.endswith("江战斗") for n in got)
