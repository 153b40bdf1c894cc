"""The merged readers keep what each of their parts read (refactor rf9), on new sentences: one list of a soldier's
death words (extract/deaths.py) that every reader of a death counts — a chronology's line, a roll's clause, a
memorial's quoted event now read 殉职, 殉难, 捐躯 and 战死 alike —, one loop for the strength of a force counted in
men (moving, holding out, officers and men), one walk along a list of units (A辖B、C)."""
from helpers import extract_json, extract_jsonl


def _battles(facts: dict) -> dict[str, dict]:
    return {b["name"]: b for b in facts["battles"]}


def _commanders(b: dict) -> list[str]:
    return [c["name"] for c in b["commanders"]]


def test_a_chronology_line_where_an_officer_gave_his_life_at_a_place_is_the_fight_there(tmp_path):
    text = ("1943年\n5月\n"
            "6日 第18军第11师第31团团长赵光远在湖北宜都阵亡。\n"
            "14日 第79军参谋长陈中权于湖南桃源殉职。\n"
            "21日 第74军第57师营长郑国华在湖南慈利捐躯。\n")  # 捐躯 as 阵亡
    bs = _battles(extract_json(tmp_path, text))
    assert {"宜都战斗", "慈利战斗"} <= set(bs)
    assert bs["慈利战斗"]["start"] == "1943-05-21" and _commanders(bs["慈利战斗"]) == ["郑国华"]


def test_an_obituary_of_a_death_at_his_post_in_a_fight_gives_that_fight(tmp_path):
    fell_in = "1941年6月9日，冀中军区第七支队司令员周海山在攻打饶阳县城的战斗中殉难，时年35岁。\n"
    b = _battles(extract_json(tmp_path, fell_in))["饶阳战斗"]
    assert b["start"] == "1941-06-09" and _commanders(b) == ["周海山"]
    led = "1942年2月，第三营营长钱志远指挥收复蠡县的战斗时，身先士卒，不幸殉职。\n"
    assert _commanders(_battles(extract_json(tmp_path, led))["蠡县战斗"]) == ["钱志远"]


def test_a_grave_of_those_who_died_in_a_quoted_event_gives_that_battle(tmp_path):
    text = ("白杨岭烈士墓建于1962年,安葬着1940年8月在“黑石沟之夜”中殉职的八路军战士。"
            "那一夜日军二百余人摸进黑石沟,八路军一个排守到天明,全排战死。\n")
    bs = _battles(extract_json(tmp_path, text))
    assert list(bs) == ["黑石沟之夜"]
    assert bs["黑石沟之夜"]["start"] == "1940-08"


def test_forces_moving_holding_out_or_counted_by_officers_and_men_are_strengths(tmp_path):
    text = "1940年9月，日伪军三百余人分两路偷袭王家峪，我一个连八十余人坚守村东高地。其时镇上守军官兵仅一百二十余人。\n"
    found = {(m["value"]["side"], m["value"]["count"]) for m in extract_jsonl(tmp_path, text)
             if m.get("kind") == "figure" and m["value"]["kind"] == "strength"}
    assert found == {("JP", 300), ("CN", 80), ("CN", 120)}


def test_every_unit_of_a_list_after_its_superior_is_its_subordinate(tmp_path):
    text = "1938年5月，第二十军团辖第52军、第85军，第85军辖第4师,第89师。\n"
    parents = {u["name"]: u["parent"] for u in extract_json(tmp_path, text)["units"]}
    assert parents["第52军"] == parents["第85军"] == ["第20军团", "CN"]
    assert parents["第4师"] == parents["第89师"] == ["第85军", "CN"]
