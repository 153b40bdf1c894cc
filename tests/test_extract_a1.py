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


def _battle(facts: dict, name: str) -> dict:
    return next(b for b in facts["battles"] if b["name"] == name)


_VILLAGE = ("山东某县石岭村:抗日第一村\n\n1941年12月20日,山东某县石岭村,数百名村民利用土制武器对抗1300名日军,"
            "最终消灭日军和伪军153人。\n\n1941年9月,日军调集5万精锐{}。\n\n1941年冬,汉奸队长给石岭村递了个纸条,"
            "要求石岭村限期缴纳大洋。1941年12月18日,汉奸队长带着160名伪军包围了石岭村。\n")


def test_a_lead_up_month_told_after_the_fights_day_is_no_start(tmp_path):
    # a report opens with the fight's day, then goes back to the season's sweep: that month is the lead-up
    facts = extract(tmp_path, _VILLAGE.format("发动了对山区抗日根据地的进攻"))
    assert _battle(facts, "石岭战斗")["start"] == "1941-12-20"


def test_a_month_whose_sentence_names_the_fights_place_still_dates_it(tmp_path):
    # the look-alike: the month's sentence tells an attack on the fight's place, its own month
    facts = extract(tmp_path, _VILLAGE.format("进攻石岭村"))
    assert _battle(facts, "石岭战斗")["start"] == "1941-09"
