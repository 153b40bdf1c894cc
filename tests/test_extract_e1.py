"""Reference-book entry lists: a heading line that names a fight (a place, a bracketed qualifier, a fight word)
heads an entry, and the entry's sentences are its own. New sentences written for these tests."""
from helpers import extract_json as extract


def _names(battles: list[dict]) -> list[str]:
    return [b["name"] for b in battles]


def _figures(b: dict) -> set[tuple[int, str]]:
    return {(f["count"], f["side"]) for f in b["figures"]}


_ENTRIES = ("1940年战绩\n"
            "柳河镇战斗\n"
            "八路军在冀南柳河镇对日军的伏击战。1940年3月4日,八路军某团于柳河镇以北设伏,毙日军40余人。\n"
            "石门(冀中)战斗\n"
            "八路军在冀中石门地区打退日军进攻的战斗。1940年3月9日,日军500余人进攻石门,激战至黄昏,日军溃退。"
            "此次战斗毙伤日军90余人,俘伪军20余人。\n")


def test_a_heading_with_a_bracketed_region_heads_its_own_entry(tmp_path):
    battles = extract(tmp_path, _ENTRIES)["battles"]
    assert "石门战斗" in _names(battles)
    first = next(b for b in battles if b["name"] == "柳河镇战斗")
    second = next(b for b in battles if b["name"] == "石门战斗")
    assert (90, "JP") in _figures(second)
    assert (90, "JP") not in _figures(first)  # the next entry's figures are not the first one's


def test_a_bracketed_ordinal_keeps_two_fights_at_one_place_apart(tmp_path):
    text = ("石门(一)战斗\n八路军在石门对日军的伏击战。1940年3月9日,八路军伏击日军,毙日军30余人。\n"
            "石门(二)战斗\n八路军在石门对日军的袭击战。1940年5月2日,八路军夜袭石门日军据点,毙日军50余人。\n")
    names = _names(extract(tmp_path, text)["battles"])
    assert "石门(一)战斗" in names and "石门(二)战斗" in names


def test_a_bracketed_remark_in_a_sentence_heads_nothing(tmp_path):
    text = ("1940年3月9日,日军500余人进攻石门,八路军在村外(今属某县)战斗至黄昏,日军溃退,毙伤日军90余人。\n")
    assert all("(" not in n and "今属" not in n for n in _names(extract(tmp_path, text)["battles"]))


def test_a_list_cut_off_in_mid_entry_opens_with_a_fight_of_its_own_named_after_the_place_retaken(tmp_path):
    text = ("日军随即增兵300余人,分三路围攻并占领柳家坳、下湾村等地。八路军连夜反击,收复了柳家坳。"
            "此次战斗历时两日,毙伤日军120余人。\n" + _ENTRIES)
    battles = extract(tmp_path, text)["battles"]
    assert "柳家坳战斗" in _names(battles)
    cut = next(b for b in battles if b["name"] == "柳家坳战斗")
    assert (120, "JP") in _figures(cut)
    assert "柳家坳" in {p["name"] for p in cut["places"]}


def test_a_lists_introduction_that_tallies_a_year_coins_no_fight(tmp_path):
    text = ("本卷收录1940年八路军在冀中、冀南的主要战斗,全年作战千余次,攻克据点数十处,毙伤日伪军万余人。\n" + _ENTRIES)
    names = _names(extract(tmp_path, text)["battles"])
    assert set(names) <= {"柳河镇战斗", "石门战斗"}


def test_a_numbered_list_cut_off_in_mid_entry_opens_with_the_fight_at_the_place_taken(tmp_path):
    text = ("敌随即调集附近据点之敌400余人反扑,我军依托村落顽强抗击,激战终日,于黄昏前攻克了石家寨。"
            "此次战斗共毙伤日伪军150余人。\n"
            "2、沙河桥战斗\n八路军在沙河桥地区对日军的伏击战。1941年3月,日军一部沿公路向沙河桥运动,遭伏击,毙日军40余人。\n"
            "3、王庄战斗\n八路军在王庄对日伪军的袭击战。1941年4月,八路军夜袭王庄据点,毙伤伪军60余人。\n")
    battles = extract(tmp_path, text)["battles"]
    assert "石家寨战斗" in _names(battles)
    assert (150, "JP") in _figures(next(b for b in battles if b["name"] == "石家寨战斗"))


def test_a_place_with_a_numeral_opens_a_qualified_heading(tmp_path):
    text = ("柳河镇战斗\n八路军在柳河镇对日军的伏击战。1940年3月4日,八路军于柳河镇以北设伏,毙日军40余人。\n"
            "三里屯(冀南)战斗\n八路军在三里屯对日军的袭击战。1940年5月2日,八路军夜袭三里屯,毙日军50余人。\n")
    battles = extract(tmp_path, text)["battles"]
    assert "三里屯战斗" in _names(battles)
    assert (50, "JP") in _figures(next(b for b in battles if b["name"] == "三里屯战斗"))


def test_an_entry_the_next_sentence_defines_as_a_fight_heads_it_whatever_its_name_ends_with(tmp_path):
    text = ("1940年战绩\n"
            "柳河镇袭击战\n八路军在冀南柳河镇对日军的袭击战。1940年3月4日,八路军某团夜袭柳河镇,毙日军40余人。\n"
            "石门反扫荡\n八路军在冀中石门地区粉碎日军“扫荡”的战斗。1940年3月9日,日军500余人进攻石门,毙伤日军90余人。\n")
    battles = extract(tmp_path, text)["battles"]
    assert {"柳河镇袭击战", "石门反扫荡"} <= set(_names(battles))
    assert (90, "JP") in _figures(next(b for b in battles if b["name"] == "石门反扫荡"))
    assert (90, "JP") not in _figures(next(b for b in battles if b["name"] == "柳河镇袭击战"))


def test_a_section_title_over_a_sentence_that_looks_back_on_a_fight_names_none(tmp_path):
    text = ("浴血奋战\n这是八路军在柳河镇同日军进行的一场惨烈的战斗。1940年3月4日,八路军某团在柳河镇与日军激战,毙日军40余人。\n")
    assert "浴血奋战" not in _names(extract(tmp_path, text)["battles"])


def test_each_line_that_opens_with_a_fight_and_its_dates_in_brackets_is_its_own_entry(tmp_path):
    text = ("歼敌千人以上战事\n"
            "    柳河镇伏击战(1938年3月4日),八路军某旅在柳河镇设伏,歼灭日军1000余人,缴获骡马200余匹,以及大量军用物资和文件。\n"
            "    冀南春季反扫荡(1938年4月),八路军冀南部队歼灭日伪军3000余人,收复两座县城,使根据地扩大到十余个县。\n"
            "    石门阻击战(1938年9月14日~20日),八路军某师连续设伏阻击西进日军,歼灭日军1500余人。\n")
    battles = extract(tmp_path, text)["battles"]
    assert {"柳河镇伏击战", "冀南春季反扫荡", "石门阻击战"} <= set(_names(battles))
    assert _figures(next(b for b in battles if b["name"] == "石门阻击战")) == {(1500, "JP")}
    assert (3000, "JP") not in _figures(next(b for b in battles if b["name"] == "柳河镇伏击战"))


def test_a_sentence_that_opens_with_a_campaign_dated_in_brackets_is_no_entry_of_a_comma(tmp_path):
    text = "冀南春季攻势中(1938年4月),八路军冀南部队作战勇敢,歼灭日伪军3000余人。\n"
    assert "冀南春季攻势中" not in _names(extract(tmp_path, text)["battles"])


def test_a_line_that_opens_with_who_attacked_and_a_date_in_brackets_names_no_fight(tmp_path):
    text = "日军进攻(1938年5月),敌第14师团由北向南推进,八路军某旅在柳河镇设伏,歼灭日军300余人。\n"
    assert "日军进攻" not in _names(extract(tmp_path, text)["battles"])
