"""Round 21's diagnosis (helper d21a, read after the blind measurement): a fight told but never named, set at a
village a city only locates (于 X 西南之Y岗初战获胜), and an ambush told by people of no unit. Every sentence here is
written for the test."""
from helpers import extract_json as extract

from kangzhan.extract.mentions.places import find_places


def _names(text: str) -> list[str]:
    return [m.text for m in find_places(text)]


def test_a_clan_hill_village_after_a_bearing_or_before_a_first_fight_is_a_place():
    assert "周岗" in _names("游击队于溧阳东北之周岗初战获胜。")
    assert "刘岗" in _names("部队在刘岗首战告捷,随即转移。")
    assert "何岗" in _names("我军进至何岗附近宿营。")


def test_a_post_or_a_job_written_with_gang_is_no_place():
    assert not any(n.endswith("岗") for n in _names("他于岗位上坚守十年,下岗后回到家乡。"))
    assert not any(n.endswith("岗") for n in _names("干部要于岗前培训,不得离岗。"))
    assert not any(n.endswith("岗") for n in _names("记者见到了张岗,他说起往事。"))


def test_a_web_page_fight_at_a_village_a_city_locates_is_the_village_fight(tmp_path):
    """The city named with the region the column operated in and again to locate the village: the fight is the
    village's (a web page sets linked names off with spaces)."""
    text = ("远足路线的起点周岗,是抗日战争中游击队打响第一枪的伏击地。1939年游击第3支队从 皖北 出发,于 溧阳 、 宜兴 "
            "一带开展抗日游击战争。1939年4月2日,陈子明率第3支队一部于 溧阳 东北之周岗初战获胜,击毁敌人汽车3辆,"
            "击毙日军二十余人。\n一路上山,风景秀丽,中午在山顶吃饭。\n")
    b = extract(tmp_path, text)["battles"]
    assert [x["name"] for x in b] == ["周岗战斗"]
    assert b[0]["start"] == "1939-04-02"


def test_a_second_wording_north_of_a_county_without_spaces(tmp_path):
    text = ("1940年3月,八路军某部进入 宿迁 一带活动。1940年3月9日,该部在宿迁北之刘岗伏击日军,击毙日军三十余人,"
            "缴获步枪20支。随后部队转移到 宿迁 以西休整。\n")
    b = extract(tmp_path, text)["battles"]
    assert [x["name"] for x in b] == ["刘岗战斗"]


def test_a_city_listed_with_others_locates_no_village(tmp_path):
    """镇江、句容 is a list, not a city locating the next name: the fight stays where the text fights."""
    text = ("1941年5月6日,游击队在何庄伏击日军运输队,击毁汽车2辆,击毙日军十余人。此前部队曾于 常州 、 金坛 "
            "一带活动。\n")
    b = extract(tmp_path, text)["battles"]
    assert [x["name"] for x in b] == ["何庄战斗"]


def test_a_temple_found_once_is_the_place_where_it_suffers_or_is_swept():
    text = ("1939年春天,白云寺惨遭日机轰炸。1940年日军围剿白云寺及附近村庄。战后,政府在白云寺附近立碑。")
    assert [m.text for m in find_places(text)].count("白云寺") == 3
    text2 = "同年冬,龙泉寺被日军焚毁,后人在龙泉寺附近建亭纪念。"
    assert [m.text for m in find_places(text2)].count("龙泉寺") == 2


def test_a_person_who_suffers_is_no_place():
    assert not any(m.text.startswith("王大成") for m in find_places("王大成惨遭杀害,王大成被日军抓走。"))


def test_villagers_ambushing_a_search_party_at_a_temple_is_a_fight(tmp_path):
    """No unit, no figure: monks and villagers ambush the enemy at their temple, then the enemy sweeps it."""
    text = ("景点介绍:\n纪念亭\n  1940年秋天,白云寺惨遭日寇飞机轰炸后,僧人们联合附近村民奋起反抗,多次伏击了进山搜捕的日军。"
            "1941年春,日寇集中大批兵力围剿白云寺,杀害了两位僧人。为了纪念抗日僧众,当地政府在白云寺附近修建了纪念亭。\n")
    b = extract(tmp_path, text)["battles"]
    assert [x["name"] for x in b] == ["白云寺战斗"]
    assert b[0]["start"].startswith("1940")


def test_a_directory_s_related_entries_after_a_blank_line_are_furniture():
    from kangzhan.text.boilerplate import furniture_spans
    text = ("1941年春,民兵在石佛寺附近伏击日军,击毙日军5人。\n\n相关热门:\n\n卧龙潭 青石桥遗址 八角楼 石门关\n"
            "望江亭 龙王庙 古城墙\n")
    blanked = "".join(text[s:e] for s, e in furniture_spans(text))
    assert "卧龙潭" in blanked and "龙王庙" in blanked and "石佛寺" not in blanked
    text2 = "热门景点\n黄龙洞 天子山 宝峰湖\n"
    assert "宝峰湖" in "".join(text2[s:e] for s, e in furniture_spans(text2))


def test_a_head_then_a_blank_line_then_prose_keeps_the_prose():
    from kangzhan.text.boilerplate import furniture_spans
    text = "相关热门\n\n1942年5月,游击队在龙王庙伏击日军运输队,缴获步枪10支。\n"
    assert all("龙王庙" not in text[s:e] for s, e in furniture_spans(text))
