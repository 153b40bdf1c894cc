"""A/B review of the sixteenth session's rules on unseen texts: guards for what the new rules got wrong there.
Invented sentences, each with a look-alike."""

from __future__ import annotations

from helpers import extract_json as extract


def _persons(facts: dict) -> set[str]:
    return {p["name"] for p in facts["persons"]}


def test_a_conjunction_after_a_unit_opens_no_name_before_bu(tmp_path):
    # X大队和Y部: the conjunction joins a second force named after its commander; 和 is no surname there
    text = ("石岭战斗\n1940年3月,日军进占石岭。司令部指定李方大队和陈坤部各派一个连归游击大队指挥。"
            "游击大队夜袭石岭,日军溃退。\n")
    facts = extract(tmp_path, text)
    names = _persons(facts)
    assert "和陈坤" not in names
    assert "陈坤" in names


def test_a_name_after_a_unit_before_bu_is_still_read(tmp_path):
    # the look-alike: no conjunction, the name stands right after the unit
    text = "石岭战斗\n1940年3月,日军进占石岭。游击大队陈坤部夜袭石岭,日军溃退。\n"
    facts = extract(tmp_path, text)
    assert "陈坤" in _persons(facts)
