"""Rules found diagnosing blind round 23 (a Hong Kong press commentary on a volunteer's life and the fight he fell
in; a teacher's lesson plan telling a campaign in two sentences); every sentence here is written for the test."""
from helpers import extract_json as extract

_DEFENCE = ("1940年3月5日,数百名日军在海门登陆,向北仓镇发起进攻。守军在北仓镇顽强抵抗,激战三日,"
            "3月8日将日军击退到海上,海门保卫战胜利结束。\n")


def _units(b: dict) -> set[str]:
    return {u["name"] for u in b["units"]}


def _places(b: dict) -> set[str]:
    return {p["name"] for p in b["places"]}


def test_a_numbered_guerrilla_zone_is_a_chinese_unit_under_its_written_designation(tmp_path):
    text = ("1941年6月2日,日军进攻石岐,驻守该地的浙江国军第三游击区司令部率部在西河口阻击,"
            "激战两日,史称西河口阻击战。\n")
    b = extract(tmp_path, text)["battles"][0]
    assert "第三游击区" in _units(b)


def test_an_enemy_held_area_is_no_numbered_unit(tmp_path):
    """游击区 without a number is the area guerrillas held (敌后游击区), no command."""
    text = "1941年6月2日,日军扫荡敌后游击区,第35团在西河口阻击,激战两日,史称西河口阻击战。\n"
    b = extract(tmp_path, text)["battles"][0]
    assert not any("游击区" in u for u in _units(b))


def test_a_war_zone_named_as_the_course_a_man_trained_at_is_no_participant(tmp_path):
    text = ("1940年2月,他抵达韶州,参加第七战区政工队集训。" + _DEFENCE)
    b = extract(tmp_path, text)["battles"][0]
    assert b["name"] == "海门保卫战"
    assert "第7战区" not in _units(b)


def test_a_war_zone_that_fights_is_kept(tmp_path):
    text = ("1940年3月5日,第七战区部队在海门阻击日军,激战三日,3月8日将日军击退到海上,海门保卫战胜利结束。\n")
    b = extract(tmp_path, text)["battles"][0]
    assert "第7战区" in _units(b)


def test_the_route_of_a_volunteers_trip_told_without_war_is_no_battlefield(tmp_path):
    text = ("1940年1月10日,他和同学们一起,经汕头坐车到潮州,旋往梅县、兴宁等地。其后转赴连县,"
            "2月初抵达乐昌,分配到前线工作。" + _DEFENCE)
    b = extract(tmp_path, text)["battles"][0]
    assert b["name"] == "海门保卫战"
    assert not _places(b) & {"汕头", "潮州", "梅县", "兴宁", "连县", "乐昌"}
    assert "海门" in _places(b)


def test_a_units_approach_march_stays_among_the_places(tmp_path):
    """No traveller and an enemy in the sentence: the march is part of the fight."""
    text = ("1940年3月4日,第18团经潮州开到梅县,随即向日军发起进攻。3月6日,第18团攻克梅县城东阵地,"
            "史称梅县战斗。\n")
    b = extract(tmp_path, text)["battles"][0]
    assert {"潮州", "梅县"} <= _places(b)


def test_a_campaign_named_after_its_run_up_takes_the_year_that_opens_it(tmp_path):
    text = ("1935年,日军制造华北事变,强占冀东,1938年发动新的攻势,先后在皖北、徐州发起进攻。\n"
            "30万中国军队在徐州奋起抵抗,5个月的徐州会战,毙伤日军2万多人。\n")
    bs = {b["name"]: b for b in extract(tmp_path, text)["battles"]}
    assert bs["徐州会战"]["start"] == "1938"


def test_a_year_before_a_campaign_at_another_place_does_not_date_it(tmp_path):
    text = ("1935年,日军制造华北事变,强占冀东,1938年发动新的攻势,先后在皖北发起进攻。\n"
            "30万中国军队在徐州奋起抵抗,5个月的徐州会战,毙伤日军2万多人。\n")
    bs = {b["name"]: b for b in extract(tmp_path, text)["battles"]}
    assert bs["徐州会战"]["start"] is None
