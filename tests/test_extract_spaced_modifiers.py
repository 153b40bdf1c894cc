"""A unit's type modifier padded off its designation by a page's layout ("暂编 第15军", "预备 第二师", "独立 第 33 旅")
stays the unit's: the space is layout (dropped like the one in "第13 軍"), so the unit is 暂编第15军, not 第15军,
and its evidence is the original span, space and all. New sentences, not from any document here."""

from __future__ import annotations

from helpers import extract_json, extract_jsonl


def _units(facts: dict) -> dict[str, str | None]:
    return {u["name"]: u["side"] for u in facts["units"]}


def test_a_modifier_a_space_before_the_designation_keeps_it(tmp_path):
    units = _units(extract_json(tmp_path, "豫南会战\n1941年1月，暂编 第15军在舞阳以西阻击日军第3师团，"
                                          "新编 第29师一部向东侧击，骑兵 第2军在外围游击。\n"))
    assert {"暂编第15军", "新编第29师", "骑兵第2军", "第3师团"} <= set(units)
    assert not {"第15军", "第29师"} & set(units)  # no unit without its modifier


def test_chinese_numerals_spaced_numbers_and_traditional_script(tmp_path):
    units = _units(extract_json(tmp_path, "桂柳會戰\n1944年10月，預備 第二師與暫編 第35師退守柳州，獨立 第 33 旅在城北掩護。\n"))
    assert {"预备第2师", "暂编第35师", "独立第33旅"} <= set(units)
    assert not {"第2师", "第35师", "第33旅"} & set(units)


def test_the_evidence_is_the_original_span_with_its_space(tmp_path):
    text = "豫南会战\n1941年1月，暂编 第15军在舞阳以西阻击日军第3师团。\n"
    rows = extract_jsonl(tmp_path, text)
    unit = next(r for r in rows if r["kind"] == "unit" and r["value"]["key"] == "暂编第15军")
    assert text[unit["start"]:unit["end"]] == "暂编 第15军"

