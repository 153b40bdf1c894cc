"""Leftovers of the wartime press and of a fight told inside a campaign, each on sentences written for this test
(other fights, units, places and persons than the seed, dev and held-out texts):

- a unit whose number the press withheld (鲁纵 × 团, 第×师团, 我某团) is a unit labelled by its text; 某团长, 某军官
  and a product (3×4) are none;
- a one-digit day opening a clause (。七日，) is a date of the month in force; a duration (激战三日，) and "one day"
  (一日，) are none;
- a dispatch's day later than the day of the paper it is printed in (《X报》1943.5.3 … 【…二十八日电】) is of the month
  before, and so are the days told after it; the paper's page line and the dateline date no fight;
- 日人 after a verb of killing or capture is the Japanese side (生俘日人三名); 日人员, 日人民 are no side word;
- a fight whose first sentence names its side by the leader's force (X所部…在Y遭到突袭) takes the units he was said to
  command (时任A总司令的X) or to take along (X亲率B及C前往…) just before, and one that names again the force the
  sentence before set moving (第45军一个团前往X。…该团在Y遭到突袭) takes that force; a fight whose side is named
  otherwise (守军) does not;
- a fight told hour by hour on its one day (拂晓…上午9时…13时许…16时许) ends that day; one going on to 次日 does not;
- a name no rule shapes is a place where the enemy is fought there (在X与日军激战, 在X与敌遭遇) or held it (X之敌 opening a
  clause or after a verb of attack); a word there (当面, 来犯, 该地, 山上) is none;
- a region's name and a county's side by side (胶东海阳) are not read across as another county (东海);
- a staff post between a rank and the name (上校附员X, 少校参谋X) is no part of the name.
"""

from __future__ import annotations

from pathlib import Path

from helpers import extract_json

from kangzhan.extract.mentions.dates import find_dates
from kangzhan.extract.mentions.figures import find_figures
from kangzhan.extract.mentions.persons import find_persons
from kangzhan.extract.mentions.places import find_places
from kangzhan.extract.mentions.units import find_units


def _units(text: str) -> list[tuple[str, str | None]]:
    return [(u.value["key"], u.value.get("implied")) for u in find_units(text)]


def _dates(text: str) -> list[str]:
    return [m.value["date"].iso for m in find_dates(text)]


def _battles(tmp_path: Path, text: str) -> dict[str, dict]:
    return {b["name"]: b for b in extract_json(tmp_path, text)["battles"]}


# --- censored numbers ------------------------------------------------------------------------------------------------

def test_a_censored_number_makes_a_unit_labelled_by_its_text():
    assert ("鲁纵×团", "CN") in _units("我八路军鲁纵 × 团一部夜袭沙河镇")
    assert ("第×师团", "JP") in _units("敌第×师团一部向我阵地进犯")
    assert ("某团", "CN") in _units("我某团攻克县城")


def test_some_commander_or_a_product_is_no_unit():
    assert _units("某团长率部出发") == []
    assert _units("日军某军官被俘") == []
    assert all(key != "×4团" and "×" not in key for key, _ in _units("3×4团"))


# --- days of a dispatch ------------------------------------------------------------------------------------------------

def test_a_one_digit_day_opening_a_clause_is_dated():
    assert _dates("1940年6月3日报道。七日，我军攻克张庄。") == ["1940-06-03", "1940-06-07"]
    assert _dates("1940年6月3日，我军出发，五日晨抵达王村。") == ["1940-06-03", "1940-06-05"]


def test_a_duration_or_one_day_is_no_date():
    assert _dates("1940年6月，激战三日，敌退。") == ["1940-06"]
    assert _dates("1940年6月，一日，他去了县城。") == ["1940-06"]


def test_a_dispatch_later_than_its_paper_is_of_the_month_before():
    assert _dates("《新华日报》1943.5.3第2版 【中央社西安二十八日电】 九日，我军攻克李庄。") == \
        ["1943-05-03", "1943-04-28", "1943-04-09"]
    assert _dates("《X报》1943.1.2第1版 【中央社西安二十八日电】") == ["1943-01-02", "1942-12-28"]


def test_a_dispatch_before_its_paper_keeps_the_month():
    assert _dates("《新华日报》1943年5月30日 【中央社西安二十八日电】 九日，我军攻克李庄。") == \
        ["1943-05-30", "1943-05-28", "1943-05-09"]


def test_a_clipping_is_dated_by_its_dispatch_not_by_its_page(tmp_path):
    text = ("《新华日报》1943.5.3第2版\n\n  晋南我军捷报  袭入沙河镇\n\n  【中央社西安二十八日电】 我八路军鲁纵 × 团一部，"
            "九日，夜袭沙河镇敌据点，激战两小时，毙敌二十余名，生俘日人三名，该据点当被攻克。\n")
    b = _battles(tmp_path, text)["沙河镇战斗"]
    assert b["start"] == "1943-04-09"
    assert ("鲁纵×团", "CN") in {(u["name"], u["side"]) for u in b["units"]}
    assert ("JP", 3, "captured") in {(f["side"], f["count"], f["category"]) for f in b["figures"]}


# --- 日人 ---------------------------------------------------------------------------------------------------------------

def test_japanese_persons_taken_are_the_japanese_side():
    got = [(f.value["side"], f.value["count"], f.value["category"]) for f in find_figures("我军攻克东庄，生俘日人二名。")]
    assert got == [("JP", 2, "captured")]
    assert [f.value["side"] for f in find_figures("毙日人五名")] == ["JP"]


def test_japanese_staff_or_people_are_no_side_word():
    assert find_figures("俘获日人员三名") == []
    assert find_figures("击毙日人民自卫队三名") == []


# --- the leader's force, the one day ---------------------------------------------------------------------------------

_LED = ("1938年3月，时任第22集团军总司令的刘汉章率部参加台儿庄会战。3月20日，刘汉章亲率警卫营及第45军一个团前往滕县"
        "东北侧击日军。")


def test_the_leaders_force_takes_the_units_he_led_before(tmp_path):
    text = _LED + ("不料刘汉章所部21日拂晓在界河镇遭到日军步兵第63联队的突袭。战至上午9时，部队伤亡过半。下午13时许，"
                   "日军突入阵地，刘汉章组织肉搏，至16时许中弹阵亡。\n")
    got = extract_json(tmp_path, text)
    b = {x["name"]: x for x in got["battles"]}["界河镇战斗"]
    units = {u["name"] for u in b["units"]}
    assert {"第22集团军", "第45军", "第63联队"} <= units
    assert (b["start"], b["end"]) == ("1938-03-21", "1938-03-21")
    assert ("刘汉章", "第22集团军") in {(c["person"], c["unit"]) for c in got["commands"]}


def test_a_fight_of_another_subject_going_on_next_day(tmp_path):
    text = _LED + ("不料21日拂晓，守军在界河镇遭到日军步兵第63联队的突袭。战至上午9时，部队伤亡过半。下午13时许，日军突入"
                   "阵地，守军组织肉搏，激战至次日黄昏，方才突围。\n")
    b = _battles(tmp_path, text)["界河镇战斗"]
    assert not {"第22集团军", "第45军"} & {u["name"] for u in b["units"]}
    assert (b["start"], b["end"]) == ("1938-03-21", "1938-03-22")


# --- places of the fight, names after a post ------------------------------------------------------------------------

def _places(text: str) -> list[str]:
    return [p.text for p in find_places(text)]


def test_a_name_where_the_enemy_is_fought_or_posted_is_a_place():
    assert _places("我军在沐仁与日军激战。") == ["沐仁"]
    assert _places("我团在沐仁与敌遭遇。") == ["沐仁"]
    assert _places("沐仁之敌向我进犯。") == ["沐仁"]
    assert _places("我军击溃沐仁之敌。") == ["沐仁"]


def test_a_word_where_the_enemy_is_fought_or_posted_is_no_place():
    for text in ("我军在当面与日军激战。", "歼灭当面之敌。", "击溃来犯之敌。", "该地之敌。", "我军在山上与敌激战。",
                 "他在家中与敌人周旋。", "，正在逃窜之敌"):
        assert _places(text) == [], text


def test_a_post_between_rank_and_name_is_no_part_of_it():
    names = [p.text for p in find_persons("激战中上校附员洪立田阵亡，少校参谋李国栋负伤。")]
    assert names == ["洪立田", "李国栋"]


_MOVED = ("1938年3月，第22集团军奉命参加台儿庄会战。3月20日，第45军一个团前往滕县东北侧击日军。21日拂晓{}在界河镇遭到"
          "日军步兵第63联队的突袭。战至上午9时，部队伤亡过半。下午13时许，日军突入阵地，至16时许，残部突围。\n")


def test_the_force_named_again_is_the_one_that_moved(tmp_path):
    b = _battles(tmp_path, _MOVED.format("该团"))["界河镇战斗"]
    assert "第45军" in {u["name"] for u in b["units"]}


def test_a_force_named_otherwise_is_not_the_one_that_moved(tmp_path):
    b = _battles(tmp_path, _MOVED.format("守军"))["界河镇战斗"]
    assert "第45军" not in {u["name"] for u in b["units"]}


def test_a_region_and_a_county_side_by_side_are_not_read_across():
    assert _places("胶东海阳至莱阳之公路") == ["海阳", "莱阳"]


def test_a_county_standing_alone_is_read():
    assert _places("日军进犯东海县城") == ["东海县"]
    assert _places("日军进犯东阳一带") == ["东阳"]
