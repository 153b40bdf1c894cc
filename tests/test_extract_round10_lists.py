"""General rules from held-out round 10 (a "history on this day" page, a TV narration): a list of dated entries is a
sequence of separate events, and a vague day ("X月的一天") gives way to the day the text writes later. Each is
checked on new sentences written for the test (none is taken from the held-out texts)."""
from helpers import extract_json as extract

ON_THIS_DAY = ("1938年5月19日,日军攻入徐州,徐州会战进入尾声。此前中国军队第五战区主力已向豫皖边区突围。\n"
               "[ 1498 年 ] 5月19日 某航海家抵达印度\n"
               "[ 1881 年 ] 5月19日 某国作家出生\n"
               "[ 1905 年 ] 5月19日 某国签订和约\n"
               "[ 1941 年 ] 5月19日 日军围攻郑州\n"
               "[ 1950 年 ] 5月19日 某地铁路通车\n")


def _battle(facts: dict, name: str) -> dict:
    return next(b for b in facts["battles"] if b["name"] == name)


def _places(b: dict) -> set[str]:
    return {p["name"] for p in b["places"]}


def test_an_entry_of_a_dated_list_lends_no_date_or_place_to_the_account_before_it(tmp_path):
    facts = extract(tmp_path, ON_THIS_DAY)
    xz = _battle(facts, "徐州会战")
    assert xz["start"] == "1938-05-19"
    assert xz.get("end") in (None, "1938-05-19")  # not 1941's nor 1950's day
    assert "郑州" not in _places(xz) and "印度" not in _places(xz)


def test_an_entry_that_tells_a_fight_at_a_town_is_a_battle_of_its_own(tmp_path):
    facts = extract(tmp_path, ON_THIS_DAY)
    zz = _battle(facts, "郑州战斗")
    assert zz["start"] == "1941-05-19" and "郑州" in _places(zz)
    assert not zz["named_in_text"]


def test_entries_outside_the_war_or_without_a_fight_are_no_battles(tmp_path):
    text = ("[ 1927 年 ] 3月2日 北伐军围攻南昌\n"
            "[ 1939 年 ] 3月2日 某报在重庆创刊\n"
            "[ 1949 年 ] 3月2日 某大学在长沙成立\n"
            "[ 1940 年 ] 3月2日 八路军攻克涞源\n")
    names = {b["name"] for b in extract(tmp_path, text)["battles"]}
    assert "涞源战斗" in names
    assert not names & {"南昌战斗", "重庆战斗", "长沙战斗"}


def test_a_chronicle_of_one_year_is_no_list_of_separate_events(tmp_path):
    text = ("郑州战斗\n"
            "1941年10月2日 日军渡过黄河。\n"
            "1941年10月4日 日军围攻郑州。\n"
            "1941年10月5日 日军攻占郑州。\n"
            "1941年10月6日 日军攻占荥阳。\n")
    names = [b["name"] for b in extract(tmp_path, text)["battles"]]
    assert names == ["郑州战斗"]
    assert "荥阳战斗" not in names


def test_an_entry_that_fights_for_the_town_of_a_named_battle_is_that_battles(tmp_path):
    text = ("宜昌战役是日军进攻宜昌的战役。\n"
            "1939年5月1日,日军第11军向襄河东岸发起进攻。\n"
            "1940年5月15日,中国军队在枣阳一带展开反击。\n"
            "1941年6月12日,日军攻占宜昌。\n")
    names = [b["name"] for b in extract(tmp_path, text)["battles"]]
    assert names == ["宜昌战役"]


def test_a_vague_day_of_a_month_gives_way_to_the_day_written_later(tmp_path):
    text = ("百团大战\n"
            "1940年8月的一天,八路军副总司令彭德怀在地图前对参谋们说:我们要打一仗。\n"
            "8月20日夜,各部队按时出发,正太铁路沿线硝烟弥漫。\n")
    b = _battle(extract(tmp_path, text), "百团大战")
    assert b["start"] == "1940-08-20"


def test_a_month_written_without_a_vague_day_stays_the_month(tmp_path):
    text = ("百团大战\n"
            "1940年8月,八路军在华北发动百团大战。\n"
            "9月22日,八路军转入第二阶段。\n")
    b = _battle(extract(tmp_path, text), "百团大战")
    assert b["start"] == "1940-08"


def test_the_day_a_position_falls_ends_the_battle_not_a_later_captions_day(tmp_path):
    text = ("罗店战斗\n"
            "1937年8月23日,日军在罗店登陆后发起进攻。\n"
            "9月12日,罗店阵地被日军攻陷。这是9月20日的战地照片。\n")
    b = _battle(extract(tmp_path, text), "罗店战斗")
    assert (b["start"], b["end"]) == ("1937-08-23", "1937-09-12")


def _figures(b: dict) -> set[tuple]:
    return {(f.get("kind"), f.get("count"), f.get("side")) for f in b["figures"]}


def test_a_force_of_n_wan_written_before_bingli_is_its_strength(tmp_path):
    text = "枣宜会战\n1940年5月1日,日军以2万兵力向枣阳发起进攻,枣宜会战爆发。\n"
    assert ("strength", 20000, "JP") in _figures(_battle(extract(tmp_path, text), "枣宜会战"))


def test_men_who_all_gave_their_lives_are_killed_of_the_own_side(tmp_path):
    text = "台儿庄战役\n1938年3月27日,日军猛攻台儿庄。28日,王冠五营800余人全部牺牲。\n"
    b = _battle(extract(tmp_path, text), "台儿庄战役")
    assert ("casualties", 800, "CN") in _figures(b)


def test_two_men_killed_on_the_spot_in_a_story_are_no_loss_report(tmp_path):
    text = "台儿庄战役\n1938年3月27日,日军猛攻台儿庄。一发炮弹落在阵地上,二人当场阵亡。\n"
    b = _battle(extract(tmp_path, text), "台儿庄战役")
    assert not any(k == "casualties" and n == 2 for k, n, _ in _figures(b))
