"""Fights named after a railway station (X站战斗): a station takes its place's name, so a village's or a family
settlement's name before 站 is a place, while the everyday words of a stop (车站, 兵站) are none. Every text here is
written for the test."""
from helpers import extract_json as extract


def _names(tmp_path, text):
    return {b["name"] for b in extract(tmp_path, text)["battles"]}


def test_a_station_named_after_a_family_settlement_names_the_fight(tmp_path):
    assert _names(tmp_path, "1942年秋,在王家站战斗中,游击支队歼灭日伪军八十余人。\n") == {"王家站战斗"}


def test_a_station_named_after_a_village_names_an_ambush(tmp_path):
    got = _names(tmp_path, "1941年5月,八路军一部在石村站伏击战中炸毁日军列车一列,毙敌百余人。\n")
    assert got == {"石村站伏击战"}


def test_the_everyday_words_of_a_stop_name_no_fight(tmp_path):
    got = _names(tmp_path, "部队赶到兵站战斗力已大减,1940年春在车站战斗打响前撤出。\n")
    assert not any(n.startswith(("兵站", "车站")) for n in got)
