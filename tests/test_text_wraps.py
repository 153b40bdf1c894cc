"""Hard-wrapped text (PDF-to-text, scans): the breaks of a printed page's full lines are no text — dropped
before analysis with the original offsets kept; the breaks of headings, paragraph ends and numbered items stay.
New texts written for these tests."""
from helpers import extract_json, extract_jsonl

WRAPPED = ("第三章 血战宜城\n"
           "1940年5月，日军第13师团由襄河东岸向\n"
           "宜城进犯，第33集团军总司令张自忠率第7\n"
           "4师渡河迎击，在南瓜店一带与敌激战三昼夜\n"
           "，毙伤敌二千余人。此役第74师伤亡三千余\n"
           "人，宜城战斗遂告结束。\n")


def test_a_unit_and_a_figure_cut_by_the_page_width_are_read_whole_at_their_original_offsets(tmp_path):
    rows = extract_jsonl(tmp_path, WRAPPED)
    units = [r for r in rows if r.get("kind") == "unit"]
    assert {u["value"]["key"] for u in units} == {"第13师团", "第33集团军", "第74师"}  # no 第4师 from 第7|4师
    cut = next(u for u in units if u["start"] < WRAPPED.index("4师渡河") < u["end"])
    assert WRAPPED[cut["start"]:cut["end"]] == "第7\n4师"  # the original span, line break included
    facts = rows[-1]
    [battle] = facts["battles"]
    assert battle["name"] == "宜城战斗"
    assert (3000, "CN") in {(f["count"], f["side"]) for f in battle["figures"]}
    ours = next(f for f in battle["figures"] if f["count"] == 3000)
    assert ours["stated"] == "三千余人"  # 三千余|人: the figure keeps its 人
    assert ours["evidence"]["text"] == "伤亡三千余\n人"  # quoted from the original


def test_a_numbered_list_of_equal_lines_is_no_wrapped_page(tmp_path):
    text = ("抗战中的几次会战\n"
            "1、淞沪会战：1937年8月，第9集团军在上海抗击日军第3师团\n"
            "2、太原会战：1937年9月，第2战区在忻口抗击日军第5师团，\n"
            "3、徐州会战：1938年1月，第5战区在台儿庄抗击日军第10师团\n")
    names = [b["name"] for b in extract_json(tmp_path, text)["battles"]]
    assert names == ["淞沪会战", "太原会战", "徐州会战"]
