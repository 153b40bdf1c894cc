"""Round 13: a toponym in a non-fighting role (a dead man's home county, a school, a wedding, a burial or memorial
site) is no battle place, unless the text also sets the fight there. New sentences, none from the held-out texts."""

from helpers import extract_json as extract


def _battle(facts: dict, name: str) -> dict:
    return next(b for b in facts["battles"] if b["name"] == name)


def _places(b: dict) -> set[str]:
    return {p["name"] for p in b["places"]}


def test_the_home_counties_of_the_dead_on_a_roll_are_no_battle_places(tmp_path):
    text = ("1938年4月,第2集团军在台儿庄与日军第10师团血战,是为台儿庄战役。阵亡将士如下:\n"
            "王大勇年二十五岁湖北黄陂人与敌肉搏而亡\n"
            "李成山三十岁四川富顺人冲锋陷阵以身殉国\n"
            "赵德胜,年三十二岁,河南汝南人,作战勇敢。\n")
    got = _places(_battle(extract(tmp_path, text), "台儿庄战役"))
    assert "台儿庄" in got
    assert not got & {"黄陂", "富顺", "汝南", "湖北", "四川", "河南", "李成山"}


def test_a_veterans_schools_and_wedding_are_no_places_of_his_battle(tmp_path):
    text = ("1941年考入成都中央军校第18期,毕业后在第74军任排长,参加常德会战,在常德城内与日军第116师团巷战。"
            "1944年他在桂林结婚,后又被选到昆明步兵学校学习。\n")
    got = _places(_battle(extract(tmp_path, text), "常德会战"))
    assert "常德" in got
    assert not got & {"成都", "桂林", "昆明"}


def test_a_town_of_a_wedding_stays_a_battle_place_where_the_fight_is_told(tmp_path):
    text = "1943年我在衡阳结婚。1944年6月,第10军在衡阳与日军第68师团血战四十七天,是为衡阳保卫战。\n"
    assert "衡阳" in _places(_battle(extract(tmp_path, text), "衡阳保卫战"))


def test_burial_and_memorial_sites_are_no_places_of_the_battle(tmp_path):
    text = ("1940年5月,第33集团军在南瓜店与日军第39师团血战,是为枣宜会战。总司令殉国后,其遗体运抵重庆,"
            "安葬于北碚梅花山;衣冠冢在宜城,纪念碑原立于襄阳,现存于武汉革命博物馆。\n")
    got = _places(_battle(extract(tmp_path, text), "枣宜会战"))
    assert "南瓜店" in got
    assert not got & {"重庆", "北碚", "梅花山", "宜城", "襄阳", "武汉"}


def test_a_grave_named_after_the_fight_gives_no_place_to_the_battle(tmp_path):
    text = ("1939年9月,第4军在新墙河与日军第6师团激战,是为第一次长沙会战。李团长阵亡,战后部下每年在湘潭"
            "李将军衣冠墓前公祭,又在醴陵中学讲述战事。\n")
    got = _places(_battle(extract(tmp_path, text), "第一次长沙会战"))
    assert "新墙河" in got
    assert not got & {"湘潭", "醴陵"}


def test_where_a_unit_did_propaganda_or_raised_men_is_no_battle_place(tmp_path):
    text = ("1938年春,学生军在柳州、梧州那一带宣传抗战,后在百色招兵。1939年12月,第5军在昆仑关与日军第5师团激战,"
            "是为昆仑关战役。\n")
    got = _places(_battle(extract(tmp_path, text), "昆仑关战役"))
    assert "昆仑关" in got
    assert not got & {"柳州", "梧州", "百色"}
