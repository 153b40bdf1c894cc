"""Round 23 leftovers on places and units: toponyms that name a society, a paper's edition, a region's war or a
school; an adjective that is a district's name; a unit named as a man's origin or as the maker of archived files.
Every sentence here is written for the test."""
from helpers import extract_json as extract


def _places(b: dict) -> set[str]:
    return {p["name"] for p in b["places"]}


def _units(b: dict) -> set[str]:
    return {u["name"] for u in b["units"]}


def test_a_society_named_after_a_town_is_no_battlefield(tmp_path):
    text = ("1941年4月,新会守军在江门西北与日军激战三日,史称江门阻击战。"
            "战后,澳门青年救济会派员慰问伤兵。\n")
    b = extract(tmp_path, text)["battles"][0]
    assert b["name"] == "江门阻击战"
    assert "澳门" not in _places(b)


def test_a_newspapers_edition_is_no_battlefield(tmp_path):
    text = "1941年4月,新会守军在江门西北与日军激战三日,史称江门阻击战。次日《华商报》澳门版刊出消息。\n"
    b = extract(tmp_path, text)["battles"][0]
    assert "澳门" not in _places(b)


def test_a_regions_war_as_a_frame_is_no_battlefield(tmp_path):
    text = "澳门抗战的英雄之一李某,1941年4月随新会守军在江门西北与日军激战三日,史称江门阻击战。\n"
    b = extract(tmp_path, text)["battles"][0]
    assert "澳门" not in _places(b)


def test_a_war_fought_at_a_place_keeps_the_place(tmp_path):
    """在X抗战 is a verb phrase: the fight was there."""
    text = "1937年11月,第98师在宝山抗战七昼夜,史称宝山保卫战。\n"
    b = extract(tmp_path, text)["battles"][0]
    assert "宝山" in _places(b)


def test_a_school_entered_is_no_battlefield(tmp_path):
    text = ("1942年5月,第36师在惠通桥与日军激战,史称惠通桥战斗。师长早年入读广州岭南书院,"
            "后投笔从戎。\n")
    b = extract(tmp_path, text)["battles"][0]
    assert b["name"] == "惠通桥战斗"
    assert not any(p.startswith("广州") for p in _places(b))  # not 广州 nor 广州岭


def test_newly_formed_is_an_adjective_not_the_district(tmp_path):
    text = "1940年8月,八路军新编的部队和新建的游击队在狮脑山阻击日军,史称狮脑山战斗。\n"
    b = extract(tmp_path, text)["battles"][0]
    assert "新建" not in _places(b)
    assert "狮脑山" in _places(b)


def test_the_district_named_with_its_county_word_stays(tmp_path):
    text = "1939年3月,日军由新建县城出动,第32军在新建县以西阻击,史称新建阻击战。\n"
    b = extract(tmp_path, text)["battles"][0]
    assert any(p.startswith("新建") for p in _places(b))


def test_a_unit_a_general_came_from_is_no_force_of_his_fight(tmp_path):
    text = ("1938年4月,出身东北军的某将军率第51军在淮河北岸阻击日军,史称淮河阻击战。"
            "他的副手则是西北军出身。\n")
    b = extract(tmp_path, text)["battles"][0]
    units = _units(b)
    assert "第51军" in units
    assert "东北军" not in units and "西北军" not in units


def test_a_unit_a_general_later_led_in_the_fight_stays(tmp_path):
    text = "1938年4月,出身贫寒的某将军率第51军在淮河北岸阻击日军,史称淮河阻击战。\n"
    b = extract(tmp_path, text)["battles"][0]
    assert "第51军" in _units(b)


def test_units_that_made_the_archived_files_are_no_forces_of_the_fight(tmp_path):
    text = ("东北抗日联军抗战档案公布\n"
            "省档案馆所藏东北抗日联军档案,主要内容包括第一路军、第二路军向上级报告战况的文电。"
            "以1938年1月的五道岗战斗为例,档案记载,第7军在五道岗伏击日军,毙敌百余人。\n")
    b = next(b for b in extract(tmp_path, text)["battles"] if b["name"].startswith("五道岗"))
    units = _units(b)
    assert "第7军" in units
    assert not any("路军" in u for u in units)


def test_a_file_quoted_for_the_fight_keeps_its_units(tmp_path):
    text = "档案记载,1939年5月,第三战区部队在繁昌城外与日军激战,史称繁昌保卫战。\n"
    b = extract(tmp_path, text)["battles"][0]
    assert "第3战区" in _units(b)
