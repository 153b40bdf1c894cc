"""General rules from held-out round 9 (a PDF-to-text county history with two unnamed fights, a school reading
exercise), each checked on new sentences written for the test (none is taken from the held-out texts)."""
from helpers import extract_json as extract
from helpers import extract_jsonl


def _battle(facts: dict, name: str) -> dict:
    return next(b for b in facts["battles"] if b["name"] == name)


def _places(b: dict) -> set[str]:
    return {p["name"] for p in b["places"]}


def _place_mentions(tmp_path, text: str) -> dict[str, str | None]:
    """Every place mention's name → its short form."""
    rows = extract_jsonl(tmp_path, text)
    return {r["value"]["name"]: r["value"].get("short") for r in rows if r.get("kind") == "place"}


# a PDF copy: a line break after every number, and the 日 of a day number at a line's end lost
PDF_COPY = ("第二章 抗战烽火\n"
            "1938\n年春,日军沿铁路南犯。\n\n"
            "3\n月14\n\n,中日双方在滕县展开激战,17\n日,第122\n师撤出滕县,退至城南一带。\n\n"
            "日军于3\n月20\n\n开始对韩庄镇进行多次进攻,于3\n月27\n\n占领该镇后,继续南进,于4\n月2\n\n上午占领峄县。\n")


def test_dates_cut_by_a_pdf_copys_line_breaks_are_read_whole_and_a_lost_day_mark_is_a_day(tmp_path):
    rows = extract_jsonl(tmp_path, PDF_COPY)
    dates = {r["value"]["date"] for r in rows if r.get("kind") == "date"}
    assert {"1938", "1938-03-14", "1938-03-17", "1938-03-20", "1938-03-27", "1938-04-02"} <= dates
    first = next(r for r in rows if r.get("kind") == "date" and r["value"]["date"] == "1938-03-14")
    assert PDF_COPY[first["start"]:first["end"]].startswith("3\n月14")  # offsets of the original text


def test_two_unnamed_fights_of_one_account_are_two_battles_named_after_their_places(tmp_path):
    facts = extract(tmp_path, PDF_COPY)
    first, second = _battle(facts, "滕县战斗"), _battle(facts, "韩庄镇战斗")
    assert (first["start"], first["end"]) == ("1938-03-14", "1938-03-17")
    assert (second["start"], second["end"]) == ("1938-03-20", "1938-03-27")  # not the next town's 4月2日
    assert ("第122师", "CN") in {(u["name"], u["side"]) for u in first["units"]}
    assert "滕县" in _places(first)
    assert "韩庄镇" in _places(second) and "峄县" not in _places(second)  # the occupation after it is no part
    assert not first["named_in_text"] and not second["named_in_text"]


def test_one_fight_in_an_account_makes_no_second_battle_and_a_named_battle_keeps_its_account(tmp_path):
    text = ("台儿庄战役\n1938年3月23日,日军对台儿庄发起进攻。4月6日,中国军队在峄县一带展开反击,日军溃退。台儿庄战役以中国军队胜利告终。\n")
    names = [b["name"] for b in extract(tmp_path, text)["battles"]]
    assert names == ["台儿庄战役"]


def test_a_date_glued_before_a_battle_name_is_no_part_of_the_name(tmp_path):
    names = {b["name"] for b in extract(tmp_path, "台儿庄战役\n一九三八年台儿庄战役中,日军第10师团大败。\n")["battles"]}
    assert names == {"台儿庄战役"}
    rows = extract_jsonl(tmp_path, "概述\n1940\n年百团大战后,日军报复。1941\n年1\n月皖南事变发生。\n")
    battles = {r["value"]["name"] for r in rows if r.get("kind") == "battle" and r["value"].get("name")}
    assert "百团大战" in battles and not any(n.startswith("年") for n in battles)


def test_a_verb_with_its_directional_complement_is_no_place(tmp_path):
    text = "宜昌战役\n日军冲破外围,向县城扑来。另一路敌军向江边杀来,被我军击退。\n"
    assert not {"扑来", "杀来"} & set(_place_mentions(tmp_path, text))


def test_a_bearing_from_a_bridge_or_a_road_is_no_urban_district(tmp_path):
    text = "宜昌战役\n守军退守大桥西头的阵地,又在路北一带阻击日军。\n"
    assert not {"桥西", "路北"} & set(_place_mentions(tmp_path, text))


def test_a_county_town_no_gazetteer_holds_is_called_by_its_stem_too(tmp_path):
    text = "涞阳战斗\n日军围攻涞阳县城。守军坚守涞阳城三日后撤出。\n"
    assert _place_mentions(tmp_path, text) == {"涞阳县": "涞阳", "涞阳城": "涞阳"}


def test_a_soldier_said_to_be_missing_is_a_pretext_and_no_loss(tmp_path):
    text = ("良乡战斗\n1937年8月3日夜,日军声称有一名士兵失踪,要求进入良乡县城搜查,遭守军拒绝。"
            "据日方称,此战日军失踪二十余人。\n")
    figs = _battle(extract(tmp_path, text), "良乡战斗")["figures"]
    assert [(f["count"], f["category"]) for f in figs if f["category"] == "missing"] == [(20, "missing")]


def test_a_date_range_given_for_several_campaigns_dates_none_of_them(tmp_path):
    text = ("薛岳与长沙\n1939年9月至1942年1月,薛岳指挥第9战区部队在长沙地区同日军进行了三次会战。"
            "第一次长沙会战中,日军第11军南犯,被击退。第二次长沙会战中,日军一度突入长沙。\n")
    facts = extract(tmp_path, text)
    assert "三次会战" not in {b["name"] for b in facts["battles"]}  # a count of campaigns is no name
    first = _battle(facts, "第一次长沙会战")
    assert (first["start"], first["end"]) == (None, None)


def test_the_town_of_a_news_dateline_is_no_place_of_the_battle(tmp_path):
    text = ("昆仑关大捷纪念活动举行\n新华社南宁12月18日电（记者 陈明）18日上午,纪念活动在昆仑关举行。\n"
            "1939年12月18日,第5军向昆仑关发起进攻,12月31日攻克昆仑关,史称昆仑关大捷。\n")
    b = _battle(extract(tmp_path, text), "昆仑关大捷")
    assert "昆仑关" in _places(b) and "南宁" not in _places(b)
    text = text.replace("新华社南宁12月18日电（记者 陈明）", "中央社记者陈明桂林18日电 ")
    b = _battle(extract(tmp_path, text), "昆仑关大捷")
    assert "昆仑关" in _places(b) and "桂林" not in _places(b)


def test_a_commemorating_verb_before_a_battle_name_is_no_part_of_it(tmp_path):
    text = "缅怀昆仑关大捷\n昨日,各界人士纪念昆仑关大捷80周年。1939年12月,第5军攻克昆仑关。\n"
    assert {b["name"] for b in extract(tmp_path, text)["battles"]} == {"昆仑关大捷"}


def test_a_page_number_line_is_no_number_cut_from_its_unit(tmp_path):
    text = "P. 88\n军部的命令。\n1940\n年3\n月5\n\n,第36\n师进抵宜昌。\n"
    units = {r["value"]["key"] for r in extract_jsonl(tmp_path, text) if r.get("kind") == "unit"}
    assert "第36师" in units and "第88军" not in units


def test_a_bank_after_a_river_and_a_bearing_is_no_part_of_the_next_name(tmp_path):
    text = "八莫战役\n主力先头部队进抵南溪河北岸勐卡（MUNGKA），左翼进至丹邦（TANBANG）。\n"
    names = set(_place_mentions(tmp_path, text))
    assert "勐卡" in names and "岸勐卡" not in names


def test_a_telegrams_title_is_no_news_dateline(tmp_path):
    text = "李宗仁报告枣庄战况电\n(1938年3月25日)\n敌第10师团猛攻枣庄,我军坚守。\n"
    starts = {r["start"] for r in extract_jsonl(tmp_path, text) if r.get("kind") == "place" and r["value"]["name"] == "枣庄"}
    assert text.index("枣庄") in starts  # the place the telegram reports on, in its title
