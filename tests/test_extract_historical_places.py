"""Counties of the Republican era that are no division today (historical_counties.tsv, from CHGIS V6):
found as places like modern ones, and the battle of a county town a local history tells of without naming
it. New sentences written for these tests."""
from helpers import extract_json, extract_jsonl

from kangzhan.extract.lexicons.build_historical import entries


def _places(rows: list[dict]) -> dict[str, dict]:
    return {r["value"]["name"]: r["value"] for r in rows if r["kind"] == "place"}


def test_a_county_abolished_after_1949_is_a_place_with_its_seat_and_its_successor(tmp_path):
    text = "1943年春，日军一部由汉江南岸窜至沔阳，我军退往沔阳以北的湖沼地带。\n"
    p = _places(extract_jsonl(tmp_path, text))["沔阳"]
    assert p["kind"] == "county" and p["historical"] is True
    assert p["official"] == "沔阳州" and "仙桃" in p["successor"]  # CHGIS: 今湖北仙桃市西南沔城镇
    assert 112 < p["lon"] < 115 and 29 < p["lat"] < 32


def test_a_modern_division_keeps_its_own_reading(tmp_path):
    p = _places(extract_jsonl(tmp_path, "日军进至运城，随即分兵北上。\n"))["运城"]
    assert p["kind"] == "city" and "historical" not in p


def test_a_short_form_that_is_an_everyday_word_is_flagged_common_by_the_build():
    words = {"同心": (5000, "a"), "褒城": (3, "ns")}
    rows = [{"sys_id": "hvd_1", "nm_simp": "同心县", "type_simp": "县", "x_coord": "106.3", "y_coord": "37.0",
             "pres_loc": "", "beg_yr": "1914", "end_yr": "1911"},
            {"sys_id": "hvd_2", "nm_simp": "褒城县", "type_simp": "县", "x_coord": "106.9", "y_coord": "33.2",
             "pres_loc": "", "beg_yr": "1378", "end_yr": "1911"},
            {"sys_id": "hvd_3", "nm_simp": "兴道县", "type_simp": "县", "x_coord": "107.5", "y_coord": "33.2",
             "pres_loc": "", "beg_yr": "730", "end_yr": "1264"}]  # gone before 1911: no county of the Republic
    flags = {e[0]: e[6] for e in entries(rows, modern=set(), words=words)}
    assert flags == {"同心县": "", "同心": "common", "褒城县": "", "褒城": ""}


def test_a_historical_name_inside_ordinary_prose_is_no_place(tmp_path):
    text = ("县里下发了推广通知，要求各乡推广通用的良种，褒扬城乡先进。这条公路去年开通，"  # 广通, 褒城 inside words
            "沿线又开通了三个车站。\n")  # 开通: a county of 1911 (开通县) whose short form is an everyday verb
    assert not [r for r in extract_jsonl(tmp_path, text) if r["kind"] == "place" and r["value"].get("historical")]
    found = _places(extract_jsonl(tmp_path, "日军一部窜至广通，守军退往禄丰。\n"))
    assert found["广通"]["historical"] is True  # the same name as a word of its own is the county


def test_a_local_history_of_an_incursion_into_a_county_town_yields_that_towns_battle(tmp_path):
    text = ("1938年2月，日军第20师团一部由临汾北犯，进至赵城东关。守军一个营稍作抵抗后撤退，日军用山炮轰击县城，"
            "随即进城，大肆屠杀。数日后，日军再次向赵城县城进犯，守军撤往霍山。\n")
    battles = extract_json(tmp_path, text)["battles"]
    assert len(battles) == 1
    b = battles[0]
    assert b["named_in_text"] is False and b["name"].startswith("赵城")
    assert "赵城战斗" in {b["name"], *b["alt_labels"]}
    assert "第20师团" in {u["name"] for u in b["units"]}


def test_an_account_of_a_place_without_an_attack_on_it_gets_no_coined_battle(tmp_path):
    text = "县志记载：赵城县城始建于宋代，城内有文庙、鼓楼，民国时设县政府于此。赵城以西为霍山。\n"
    assert extract_json(tmp_path, text)["battles"] == []


def test_a_short_form_opening_with_a_preposition_is_flagged_common_by_the_build():
    words = {"向": (75979, "p"), "武": (20000, "n")}
    rows = [{"sys_id": "hvd_4", "nm_simp": "向武土州", "type_simp": "州", "x_coord": "107.1", "y_coord": "23.3",
             "pres_loc": "", "beg_yr": "1729", "end_yr": "1911"}]
    flags = {e[0]: e[6] for e in entries(rows, modern=set(), words=words)}
    assert flags == {"向武土州": "", "向武": "common"}


def test_running_text_across_a_preposition_yields_no_historical_county(tmp_path):
    places = _places(extract_jsonl(tmp_path, "拂晓，敌第106师团主力向武宁进犯，我军节节抵抗。\n"))
    assert "向武" not in places and "武宁" in places


def test_ocr_repair_does_not_rewrite_a_word_towards_a_historical_county(tmp_path):
    rows = extract_jsonl(tmp_path, "工兵连在沙盘洲一带架设浮桥，掩护主力渡江。\n")  # 盘洲 ↛ 盘州 (盘州厅, 1911)
    assert not [r for r in rows if r["kind"] == "place" and r["value"].get("historical")]
    assert "盘州" not in {r.get("text") for r in rows}
