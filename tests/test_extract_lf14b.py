"""Leftovers of the blind rounds, each on sentences written for this test (other fights, units and places than the
seed, dev and held-out texts), run through `kangzhan extract` as a user would.

- a fight told first and named after (…与日军激战,史称X战斗 / 后称X阻击战 / 即著名的X之战): the name after the naming
  word is the battle of the clause before it, with its units, place and date, whatever the gazetteer makes of the
  name; the naming word is never read into a place (史称高城);
"""

from __future__ import annotations

from helpers import extract_json


def _battles(facts: dict) -> dict[str, dict]:
    return {b["name"]: b for b in facts["battles"]}


def _places(b: dict) -> set[str]:
    return {p["name"] for p in b["places"]}


def _units(b: dict) -> set[str]:
    return {u["name"] for u in b["units"]}


# --- 史称X: the name of the fight told before ---------------------------------------------------------------

NAMED_AFTER = (
    "1940年3月,新四军第二支队在当涂以东的官陡门与日军激战,史称官陡门战斗。\n"
)
NAMED_AFTER_CITY = (
    "1939年5月,第十三军在随县以北的高城一带与日军第三师团激战三昼夜,史称高城阻击战。\n"
)
NAMED_LATER = (
    "1943年秋,山东纵队一部在刘家井与日军激战一昼夜,后称刘家井战斗。\n"
)
FAMOUS = (
    "1938年4月,第二十军一部在大王庄与日军激战,即著名的大王庄阻击战。\n"
)


def test_named_after_the_fight_is_its_battle(tmp_path):
    b = _battles(extract_json(tmp_path, NAMED_AFTER))
    assert set(b) == {"官陡门战斗"}
    fight = b["官陡门战斗"]
    assert fight["start"] == "1940-03" and "官陡门" in _places(fight) and "第2支队" in _units(fight)


def test_naming_word_is_no_part_of_a_place(tmp_path):
    b = _battles(extract_json(tmp_path, NAMED_AFTER_CITY))
    assert set(b) == {"高城阻击战"}
    fight = b["高城阻击战"]
    assert fight["start"] == "1939-05" and {"第13军", "第3师团"} <= _units(fight)
    assert not any("称" in p for p in _places(fight))


def test_named_later_and_famous(tmp_path):
    b = _battles(extract_json(tmp_path, NAMED_LATER))
    assert set(b) == {"刘家井战斗"} and b["刘家井战斗"]["start"] == "1943"
    b = _battles(extract_json(tmp_path, FAMOUS))
    assert set(b) == {"大王庄阻击战"} and b["大王庄阻击战"]["start"] == "1938-04"


# look-alike: a reference after the naming word (史称这场战斗为…) names no fight and no place
REFERENCE = (
    "1941年冬,八路军一部在某村与日军激战,史称这场战斗为反扫荡的序幕。\n"
)


def test_naming_word_before_no_name(tmp_path):
    names = set(_battles(extract_json(tmp_path, REFERENCE)))
    assert not any(n.startswith(("这场", "史称")) for n in names)
    assert not any("史称" in p for b in _battles(extract_json(tmp_path, REFERENCE)).values() for p in _places(b))
