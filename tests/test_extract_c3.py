"""Category c3 (twentieth session): a text that tells several fights yields one battle per fight — an ordinal
counter-sweep told as a placed subject, a place held for a counted span, a table's or a list's place with its
tally, a chronicle heading whose everyday stem the entry writes as its village, and the fighting at a place that a
colon-ended line announces over a dated list. New sentences written for these tests."""
from helpers import extract_json as extract


def _names(battles: list[dict]) -> list[str]:
    return [b["name"] for b in battles]


# ordinal counter-sweeps (news feature, memoir)

def test_each_ordinal_counter_sweep_told_as_a_placed_subject_is_a_battle(tmp_path):
    text = ("老人回忆,那几年敌人接连发动扫荡。第一次反扫荡战斗是1941年在石桥、柳湾等地展开的,部队昼伏夜出,"
            "打了好几次伏击。第四次反扫荡主要是在东岗集、河口一带展开,先后歼灭日伪军二百多人。\n")
    names = _names(extract(tmp_path, text)["battles"])
    assert "第一次反扫荡" in names
    assert "第四次反扫荡" in names


def test_an_ordinal_counter_sweep_named_in_passing_is_no_battle(tmp_path):
    text = "1942年,他参加了第二次反扫荡,后来调到县大队当文书,负责誊写通知。\n"
    names = _names(extract(tmp_path, text)["battles"])
    assert not any("反扫荡" in n and n.startswith("第") for n in names)


# a place held for a counted span (encyclopedia entry, chronicle)

def test_a_place_held_for_days_and_nights_is_a_fight_there(tmp_path):
    text = ("1938年任某师旅长,率部参加会战。10月3日,日军在江边登陆,他率部坚守柳林镇三昼夜,"
            "10月7日在石门湾战斗中负伤。\n")
    names = _names(extract(tmp_path, text)["battles"])
    assert "柳林镇战斗" in names
    assert "石门湾战斗" in names


def test_a_post_held_for_years_is_no_fight(tmp_path):
    text = "退伍以后,他回到家乡,坚守岗位三十年,1985年被评为县劳动模范。\n"
    names = _names(extract(tmp_path, text)["battles"])
    assert not any("岗位" in n for n in names)


# a table's or a list's place with its tally (lesson plan, list)

def test_a_table_cell_with_a_place_and_its_tally_is_a_victory_there(tmp_path):
    text = ("教师:请同学们完成表格。\n时间 地点 战绩 结果\n1939年9月 湘北 附近 杨柳岭击毙日军2 000余人 "
            "日军被迫退回原防\n")
    battles = extract(tmp_path, text)["battles"]
    assert "杨柳岭战斗" in _names(battles)


def test_a_tally_in_prose_after_a_force_is_no_table_cell(tmp_path):
    text = "此次战斗,八路军击毙日军三百余人,缴获步枪二百余支。\n"
    names = _names(extract(tmp_path, text)["battles"])
    assert "八路军战斗" not in names


# a chronicle heading whose stem is an everyday word (county chronicle)

def test_a_chronicle_heading_whose_stem_the_entry_writes_as_its_village_is_a_fight(tmp_path):
    text = ("石桥伏击战 1940年3月2日,游击大队在石桥附近伏击日军运输队,毙敌二十余人。\n"
            "钢板突围战 1941年6月9日,县大队一百余人在钢板村宿营。次日拂晓,突遭日伪军五百余人包围,"
            "在突围激战中,三十余人牺牲。\n")
    names = _names(extract(tmp_path, text)["battles"])
    assert "钢板突围战" in names
    assert "石桥伏击战" in names


def test_a_heading_of_a_kind_of_fighting_stays_no_battle(tmp_path):
    text = "夜间战斗 1941年,部队组织夜间战斗训练,战士们在村外演练了三个晚上。\n"
    names = _names(extract(tmp_path, text)["battles"])
    assert "夜间战斗" not in names


# the fighting at a place over a dated list (translated regiment history)

def test_a_colon_line_announcing_fights_at_a_place_over_a_dated_list_is_one_battle(tmp_path):
    text = ("该联队史记载了其1939年入驻河北安平县之后的频繁战斗:\n\n"
            "3月2日,\u201c敌凭借村落顽强抵抗,激战后将其击退,我方伤亡六人\u201d;\n\n"
            "3月9日,\u201c我中队陷入苦战,死伤十余人\u201d;\n\n"
            "4月1日,\u201c运输队遭袭击,伤亡五人\u201d。\n")
    names = _names(extract(tmp_path, text)["battles"])
    assert "安平战斗" in names


def test_a_colon_line_over_a_dated_list_of_meetings_is_no_battle(tmp_path):
    text = ("工作队进驻河北安平县之后的工作如下:\n3月2日,召开群众大会;\n3月9日,成立农会;\n"
            "4月1日,举办识字班。\n")
    names = _names(extract(tmp_path, text)["battles"])
    assert "安平战斗" not in names


# a column ambushed on its way to a place (translated regiment history, chronicle)

def test_a_convoy_ambushed_on_its_way_to_a_place_is_an_ambush_named_after_that_place(tmp_path):
    text = ("据该联队史记载,1939年3月5日,\u201c从定县大队部去安国运送弹药的辎重队在途中遭到共军伏击,"
            "车队几乎全被消灭。\u201d\n")
    names = _names(extract(tmp_path, text)["battles"])
    assert "安国伏击战" in names


def test_a_column_raided_by_aircraft_on_its_way_is_no_ambush(tmp_path):
    text = "1939年5月,开往重庆的运输车队在途中遭到日机袭击,损失汽车三辆。\n"
    names = _names(extract(tmp_path, text)["battles"])
    assert "重庆伏击战" not in names
