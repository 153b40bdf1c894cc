"""The places of a fight, not every place a sentence about it names.

Four misreadings measured on pages of genres the set lacked (a film synopsis, a memorial's news, a travel blog,
an archive's account): the town a relief force set out from (从X调来援兵, X、Y等地的日军…增援) is no place of the
fight it was sent to; an everyday noun with a place suffix (的大镇, X大铁桥) and a name read across a compound
bearing (X西北平山顶) are no places; and a fight named after an everyday noun (车桥战役: 车桥 "axle") is named after a
place when the text sets that noun as a place elsewhere (向车桥增援, 车桥据点). Each text is written for this test
(other fights, other places) and run through `kangzhan extract` as a user would.
"""

from __future__ import annotations

from helpers import extract_json, extract_jsonl


def _places(facts: dict) -> set[str]:
    return {p["name"] for b in facts["battles"] for p in b["places"]}


def _place_mentions(tmp_path, text: str) -> list[str]:
    return [m["text"] for m in extract_jsonl(tmp_path, text) if m.get("kind") == "place"]


def test_relief_listed_by_towns_is_no_place_of_the_fight(tmp_path):
    text = ("1942年5月10日拂晓,八路军某团在马家集伏击日军运输队,激战两小时。午后,泗阳、沭阳等地的日军集结300余人"
            "向马家集增援,在王营一带遭我阻击,大部被歼。马家集战斗共毙伤日军120余人。\n")
    places = _places(extract_json(tmp_path, text))
    assert "马家集" in places
    assert not {"泗阳", "沭阳"} & places


def test_relief_from_a_far_place_is_no_place_of_the_fight(tmp_path):
    text = ("1938年3月,第22集团军在滕县城垣与日军血战三日。日军从天津调来援兵,以重炮猛轰滕县东关,"
            "守军伤亡殆尽,滕县保卫战至此结束。\n")
    places = _places(extract_json(tmp_path, text))
    assert "滕县" in places
    assert "天津" not in places


def test_the_place_a_relief_force_went_to_stays(tmp_path):
    text = ("1940年6月,日军第13师团猛攻宜昌。日军自荆门出发向宜昌增援,第18军在宜昌城郊与敌激战,"
            "宜昌争夺战持续多日。\n")
    places = _places(extract_json(tmp_path, text))
    assert "宜昌" in places


def test_an_everyday_noun_with_a_town_suffix_is_no_place(tmp_path):
    places = _place_mentions(tmp_path, "1940年3月,新四军一部奔袭王集。王集是泗县以北三十里的大镇,驻有伪军一个中队。\n")
    assert "大镇" not in places
    assert "王集" in places


def test_a_big_iron_bridge_of_a_named_river_is_no_place_of_its_own(tmp_path):
    places = _place_mentions(tmp_path, "守军奉命坚守汉江大铁桥,日军以炮火猛轰桥头阵地。\n")
    assert "大铁桥" not in places


def test_a_name_read_across_a_compound_bearing_is_no_place(tmp_path):
    places = _place_mentions(tmp_path, "我连据守马鞍岭西北平岗顶,与盘踞岭上的日军对峙。\n")
    assert "北平岗" not in places


def test_a_province_before_a_city_is_no_bearing(tmp_path):
    places = _place_mentions(tmp_path, "日军沿赣江进犯江西南昌,守军在小石桥一带阻击。\n")
    assert "南昌" in places
    assert "小石桥" in places


def test_a_fight_named_after_an_everyday_noun_set_as_a_place(tmp_path):
    text = ("1943年秋,八路军某部发起水磨战役。我军先以一部佯攻,主力夜间突入水磨据点,激战至天明,"
            "歼灭伪军一个大队。午后,日军一部向水磨增援,途中被我伏击。\n")
    assert "水磨" in _places(extract_json(tmp_path, text))


def test_a_fight_named_after_a_village_noun_taken_by_assault(tmp_path):
    text = ("磨盘战斗发生于1944年4月。新四军某团奉命夺取磨盘,以两个营从东西两面同时攻击,"
            "日军困守磨盘以北的碉堡,最终被全歼。\n")
    assert "磨盘" in _places(extract_json(tmp_path, text))


def test_a_fight_named_by_its_time_or_terrain_names_no_place(tmp_path):
    places = _place_mentions(tmp_path, "夜间战斗最考验部队。日军不敢在夜间出动,山地战斗则在山地展开。\n")
    assert "夜间" not in places
    assert "山地" not in places
