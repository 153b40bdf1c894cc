"""Rules from round 20's diagnosis of a today-in-history day entry (read after its blind measurement): a unit of an
unnumbered garrison formation, an office after a title, a city that names an accord, a barracks named by its
bearing; every sentence here is written for the test."""
from helpers import extract_json as extract


def _units(b: dict) -> dict[str, str]:
    return {u["name"]: u["side"] for u in b["units"]}


def _places(b: dict) -> set[str]:
    return {p["name"] for p in b["places"]}


def test_a_numbered_part_of_a_garrison_formation_keeps_the_formation_in_its_name(tmp_path):
    text = ("1932年4月2日,日军铁道守备队第三大队向敦化发动进攻,守军第二十七旅奋起抵抗,激战一日,"
            "敦化失守。\n")
    b = extract(tmp_path, text)["battles"][0]
    assert _units(b).get("铁道守备队第3大队") == "JP"
    assert "第3大队" not in _units(b)


def test_a_garrison_company_written_after_the_enemy_cue(tmp_path):
    text = "1933年3月5日,敌独立守备队第四中队由四平出动,袭击梨树县城,县城守军击退敌人。\n"
    b = extract(tmp_path, text)["battles"][0]
    assert _units(b).get("独立守备队第4中队") == "JP"


def test_a_garrison_closed_by_a_comma_lends_no_name_to_the_unit_after_it(tmp_path):
    text = "1933年3月5日,日军守备队被击溃,第三大队由四平出动,袭击梨树县城,激战竟日。\n"
    b = extract(tmp_path, text)["battles"][0]
    assert not any("守备队第" in u for u in _units(b))


def test_an_office_after_a_title_is_no_commander(tmp_path):
    text = ("1938年4月3日,第五战区司令长官公署参谋处长率部赴台儿庄前线,日军第10师团向台儿庄猛攻,"
            "守军激战终日。\n")
    facts = extract(tmp_path, text)
    assert "公署" not in {p["name"] for p in facts["persons"]}


def test_a_name_after_the_same_title_is_still_read(tmp_path):
    text = "1938年4月3日,第五战区司令长官李宗仁亲赴台儿庄前线督战,日军第10师团向台儿庄猛攻。\n"
    facts = extract(tmp_path, text)
    assert "李宗仁" in {p["name"] for p in facts["persons"]}


def test_a_city_that_names_a_conference_or_an_accord_is_no_place_of_the_fight(tmp_path):
    text = ("华盛顿会议以后,日本在华势力受到遏制。塘沽协定签订后,1933年6月,日军仍向滦东进犯,"
            "守军在迁安一带阻击。\n")
    b = extract(tmp_path, text)["battles"][0]
    assert "华盛顿" not in _places(b) and "塘沽" not in _places(b)


def test_the_same_city_where_the_fight_is_told_stays_a_place(tmp_path):
    text = "1937年7月30日,日军在塘沽登陆,向天津进犯,守军在塘沽车站阻击,毙敌百余人。\n"
    b = extract(tmp_path, text)["battles"][0]
    assert "塘沽" in _places(b)


def test_a_barracks_named_by_its_bearing_is_the_place_attacked(tmp_path):
    text = ("1931年11月2日夜,日军突袭锦州东大营,守军一个团奋起还击,激战至天明,日军占领东大营,"
            "守军伤亡百余人。\n")
    b = extract(tmp_path, text)["battles"][0]
    assert "东大营" in _places(b)


def test_a_barracks_after_an_attack_verb(tmp_path):
    text = "1932年1月3日拂晓,日军进攻西大营,守军第12旅坚守营垒,激战三小时后撤出,日军伤亡40余人。\n"
    b = extract(tmp_path, text)["battles"][0]
    assert "西大营" in _places(b)


def test_a_rescue_is_no_barracks(tmp_path):
    text = "1942年5月,太行山北大营救行动中,八路军第129师掩护机关突围,与日军激战于辽县。\n"
    facts = extract(tmp_path, text)
    assert not any("大营" in p["name"] for b in facts["battles"] for p in b["places"])


def test_the_next_day_is_dated_from_the_day_told_before_it(tmp_path):
    text = ("新墙河战斗\n1939年9月14日,日军第6师团向新墙河北岸守军阵地发起进攻,第52军奋力阻击。翌日晨,日军强渡新墙河,"
            "守军逐次抵抗,激战终日。\n")
    b = extract(tmp_path, text)["battles"][0]
    assert b["start"] == "1939-09-14" and b["end"] == "1939-09-15"


def test_an_outcome_at_a_clock_time_after_the_next_day_ends_the_fight_that_day(tmp_path):
    text = ("庄头村战斗\n1940年5月1日夜,日军独立混成第4旅团向庄头村发起进攻,守军一个营据村抵抗。第二天凌晨3时,日军增兵再攻。"
            "6时许,守军突围,日军占领庄头村。\n")
    b = extract(tmp_path, text)["battles"][0]
    assert b["start"] == "1940-05-01" and b["end"] == "1940-05-02"


def test_this_time_the_army_is_no_next_day(tmp_path):
    text = ("上高战斗\n1941年3月15日,日军第33师团向上高进攻。此次日军出动兵力两万余人,守军第74军坚决抵抗,"
            "日军伤亡千余人。\n")
    b = extract(tmp_path, text)["battles"][0]
    assert b["start"] == "1941-03-15" and b["end"] is None


def test_a_next_day_after_a_month_alone_stays_undated(tmp_path):
    text = "上高战斗\n1941年3月,日军第33师团向上高进攻。次日,守军第74军反击,日军伤亡千余人。\n"
    b = extract(tmp_path, text)["battles"][0]
    assert b["start"] == "1941-03" and b["end"] is None
