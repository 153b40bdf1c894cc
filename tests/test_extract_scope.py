"""Battle scope: which sentences feed which battle. New sentences (not from any page of the repository) for three
general errors: a numbered list of separate dated events taken as the one battle named in one item; a veteran's
present home (现居X, 晚年在X) taken as a place of his battle."""

from __future__ import annotations

from helpers import extract_json


def _battle(facts: dict, name: str) -> dict:
    return next(b for b in facts["battles"] if b["name"] == name)


def _places(b: dict) -> set[str]:
    return {p["name"] for p in b["places"]}


def _units(b: dict) -> set[str]:
    return {u["name"] for u in b["units"]}


LIST_OF_EVENTS = (
    "新四军第一支队在江南的主要战斗：\n"
    "1. 1938年6月，第一支队先遣队在韦岗伏击日军车队，毙伤日军30余人。\n"
    "2. 1939年11月，第一支队第2团在延陵一带袭击日军据点，歼敌百余人。\n"
    "3. 1940年10月，新四军苏北指挥部发起黄桥战役，在泰兴黄桥击退韩德勤部第89军，歼敌1.1万余人。\n"
    "4. 1941年春，第一支队一部在茅山地区反“扫荡”，于宝堰一带作战。\n"
)


def test_numbered_dated_items_do_not_feed_the_battle_named_in_one(tmp_path):
    b = _battle(extract_json(tmp_path, LIST_OF_EVENTS), "黄桥战役")
    assert "泰兴" in _places(b)
    assert not _places(b) & {"韦岗", "延陵", "宝堰", "茅山"}
    assert b["start"].startswith("1940") and (b["end"] or b["start"]).startswith("1940")
    assert {f["count"] for f in b["figures"]} <= {11000}


def test_numbered_dated_items_of_other_events_in_a_second_list(tmp_path):
    text = ("①1937年10月，某部在阳明堡夜袭日军机场，烧毁日机24架。\n"
            "②1938年4月，某部在响堂铺伏击日军运输队，毁敌汽车180辆。\n"
            "③1939年11月，晋察冀军区部队进行黄土岭战斗，在黄土岭围歼日军独立混成第2旅团一部。\n")
    b = _battle(extract_json(tmp_path, text), "黄土岭战斗")
    assert "黄土岭" in _places(b)
    assert not _places(b) & {"阳明堡", "响堂铺"}


def test_guard_items_of_a_battle_named_before_its_list_stay_its_own(tmp_path):
    text = ("徐州会战经过如下：\n"
            "1. 1938年1月，日军第13师团沿津浦路北犯，在明光与中国军队对峙。\n"
            "2. 1938年3月，日军第10师团南下，进攻滕县，第122师师长王铭章阵亡。\n"
            "3. 1938年4月，中国军队在台儿庄围歼日军，毙伤日军1万余人。\n"
            "4. 1938年5月，日军合围徐州，中国军队突围，会战结束。\n")
    b = _battle(extract_json(tmp_path, text), "徐州会战")
    assert {"明光", "滕县", "台儿庄"} <= _places(b)


def test_a_veterans_present_home_is_no_place_of_his_battle(tmp_path):
    text = ("老兵李长顺1920年出生，1939年参加了昆仑关战役。昆仑关战役中，他所在的第5军在昆仑关与日军激战，"
            "后随部撤往宾阳。如今，这位老人现居贵阳，晚年在遵义养病，前几年又移居重庆。")
    b = _battle(extract_json(tmp_path, text), "昆仑关战役")
    assert {"昆仑关", "宾阳"} <= _places(b)
    assert not _places(b) & {"贵阳", "遵义", "重庆"}


def test_guard_the_home_town_named_where_the_fight_is_told_stays(tmp_path):
    text = ("老兵赵德明现居衡阳。1944年衡阳保卫战中，他所在的第10军在衡阳、耒阳一带与日军反复争夺，"
            "坚守衡阳47天。")
    b = _battle(extract_json(tmp_path, text), "衡阳保卫战")
    assert {"衡阳", "耒阳"} <= _places(b)
