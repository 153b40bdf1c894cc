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


_CAMPAIGN = ("1938年,日军发动新的攻势,先后在皖北、徐州发起进攻。\n"
             "30万中国军队在徐州奋起抵抗,一次次打退日军的进攻,尤其是守禹王山的张轸部,与日军血战,"
             "山上的弹坑可见当时战斗的激烈。5个月的徐州会战,毙伤日军2万多人。\n")


def test_a_strongholds_defence_told_in_a_campaigns_sentence_is_its_part(tmp_path):
    bs = {b["name"]: b for b in extract(tmp_path, _CAMPAIGN)["battles"]}
    part = bs["禹王山保卫战"]
    assert part["part_of"] == "徐州会战" and part["start"] == "1938"
    assert "禹王山" in _places(part) and "禹王山" not in _places(bs["徐州会战"])
    assert "张轸" in {c["name"] for c in part["commanders"]}
    assert "徐州" in _places(bs["徐州会战"])


def test_a_stronghold_only_held_without_a_fight_is_no_part(tmp_path):
    text = _CAMPAIGN.replace("与日军血战", "坚持到最后").replace("山上的弹坑可见当时战斗的激烈", "任务完成")
    names = {b["name"] for b in extract(tmp_path, text)["battles"]}
    assert names == {"徐州会战"}


def test_the_town_of_a_massacre_after_the_campaign_is_none_of_its_places(tmp_path):
    text = _CAMPAIGN + ("出于报复,日军攻入宿迁城之后,开始疯狂的杀戮。在宿迁大屠杀中,大量平民被日军杀害。\n")
    bs = {b["name"]: b for b in extract(tmp_path, text)["battles"]}
    assert not {"宿迁", "宿迁城"} & _places(bs["徐州会战"])


def test_a_town_taken_in_the_campaign_without_a_massacre_stays(tmp_path):
    text = _CAMPAIGN.replace("一次次打退", "在宿迁城一次次打退") + "在邳县惨案中,大量平民被日军杀害。\n"
    bs = {b["name"]: b for b in extract(tmp_path, text)["battles"]}
    assert _places(bs["徐州会战"]) & {"宿迁", "宿迁城"}


def test_a_county_read_across_a_very_frequent_word_is_no_place(tmp_path):
    text = "1940年5月3日,日军进攻石门寨,守军据守北山,当日大战一直到太阳西斜,史称石门寨战斗。\n"
    b = extract(tmp_path, text)["battles"][0]
    assert "阳西" not in _places(b)


def test_a_county_after_a_place_verb_stays(tmp_path):
    text = "1940年5月3日,日军进攻阳西,守军据守北山,激战终日,史称阳西战斗。\n"
    b = extract(tmp_path, text)["battles"][0]
    assert "阳西" in _places(b)


def test_a_parallel_four_character_column_name_is_no_bay(tmp_path):
    text = "湾事湾情/怀念抗战英雄\n1940年5月3日,日军进攻石门寨,守军据守北山,激战终日,史称石门寨战斗。\n"
    b = extract(tmp_path, text)["battles"][0]
    assert "湾事湾" not in _places(b)


def test_a_bay_named_at_the_head_of_a_line_stays(tmp_path):
    text = "1940年5月3日,日军在大鹏湾登陆,守军在北山阻击,激战终日,史称大鹏湾战斗。\n"
    b = extract(tmp_path, text)["battles"][0]
    assert "大鹏湾" in _places(b)


def test_the_troops_held_by_no_named_man_name_no_person(tmp_path):
    text = _CAMPAIGN.replace("张轸部", "主力部队")
    persons = {p["name"] for p in extract(tmp_path, text)["persons"]}
    assert not any(n.startswith("主力") for n in persons)
