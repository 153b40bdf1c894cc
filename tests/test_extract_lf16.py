"""Helper lf16: fights told in one clause that the extractor lost.

- A register of officers by rank ("王某少将:…" entries) tells a fight an officer was wounded or killed in as
  "于X与日军激战中…中弹": the fight at X with the enemy, never named, is a battle of its own (X战斗).
- The fight's village is written after the places that locate it ("于冀南某县某家与日军激战"): a region and a county
  written in full before it only locate it; the last name, with no suffix that tells its kind, is the village.

Each text is written for this test (invented persons, villages and dates), run through `kangzhan extract`.
"""

from __future__ import annotations

from helpers import extract_json

REGISTER = (
    "韩立山中将:抗日战争的1941年5月,在八路军一二九师担任新编第十旅旅长,于冀南威县大宋家与日军激战中右腿中弹,"
    "后转入后方医院治疗。\n"
    "马德全少将:抗日战争的1942年8月,担任冀中军区第七分区司令员,指挥石门村战斗时,左腿被日军炮弹炸伤。\n"
    "邓长春少将:抗日战争的1943年春,在太岳军区担任团长。一次演习时,手榴弹意外爆炸,右手被炸伤。\n"
)
# the look-alike: a register entry where the officer was hurt in an accident in a village, no fight with the enemy
REGISTER_ACCIDENT = (
    "韩立山中将:抗日战争的1941年5月,在八路军一二九师担任旅长,于冀南威县大宋家与战友试验地雷时右腿被炸伤。\n"
    "马德全少将:抗日战争的1942年8月,担任冀中军区第七分区司令员,指挥石门村战斗时,左腿被日军炮弹炸伤。\n"
    "邓长春少将:抗日战争的1943年春,在太岳军区担任团长。一次演习时,手榴弹意外爆炸,右手被炸伤。\n"
)


def _battles(facts: dict) -> dict[str, dict]:
    return {b["name"]: b for b in facts["battles"]}


def test_a_register_entry_wounded_in_a_fight_at_a_village_is_that_fight(tmp_path):
    battles = _battles(extract_json(tmp_path, REGISTER))
    assert "大宋家战斗" in battles, list(battles)
    b = battles["大宋家战斗"]
    assert b["start"] == "1941-05"
    assert "韩立山" in {c["name"] for c in b["commanders"]}
    assert "大宋家" in {p["name"] for p in b["places"]}
    assert "石门村战斗" in battles  # the entry that names its fight keeps it


def test_an_accident_in_a_village_of_a_register_is_no_fight(tmp_path):
    battles = _battles(extract_json(tmp_path, REGISTER_ACCIDENT))
    assert not any("大宋家" in name for name in battles), list(battles)


def test_the_village_after_a_region_and_a_county_is_the_place_fought_at(tmp_path):
    text = "1940年秋,八路军某部于鲁西南郓城县小杜家与日军激战一昼夜,毙伤日军百余人。\n"
    places = {p["name"] for b in extract_json(tmp_path, text)["battles"] for p in b["places"]}
    assert "小杜家" in places, places


def test_a_county_town_after_the_preposition_alone_is_no_chain(tmp_path):
    # 于威县与日军激战: the county itself is the place; nothing after it to read as a village
    text = "1940年秋,八路军某部于冀南威县与日军激战一昼夜,毙伤日军百余人。\n"
    places = {p["name"] for b in extract_json(tmp_path, text)["battles"] for p in b["places"]}
    assert "威县" in places and not any(n.startswith("威县") and n != "威县" for n in places), places


# A campaign's text singles out the defence of counted strongpoints ("某人守的A和B这两个据点…伤亡…"): the defence
# is a fight of its own inside the campaign; the two names, called strongpoints by the count, are its places.
HELD_POSTS = (
    "1938年徐州会战中,中国军队在鲁南各地节节抗击。像赵团长守的石门坎和杏花坡这两个据点,日军连攻四天,"
    "我军伤亡2百余人,阵地始终未失。\n此后,第五战区各部向豫东转移。\n"
)
# the look-alike: the same strongpoints held, no fight nor loss told of them
HELD_QUIET = (
    "1938年徐州会战中,中国军队在鲁南各地节节抗击。赵团长驻守的石门坎和杏花坡这两个据点地势平坦,补给方便。\n"
    "此后,第五战区各部向豫东转移。\n"
)


def test_counted_strongpoints_held_with_losses_are_a_fight_inside_the_campaign(tmp_path):
    battles = _battles(extract_json(tmp_path, HELD_POSTS))
    b = next((b for name, b in battles.items() if "石门坎" in name), None)
    assert b is not None, list(battles)
    assert b["part_of"] == "徐州会战"
    assert {"石门坎", "杏花坡"} <= {p["name"] for p in b["places"]}
    assert any(f["count"] == 200 for f in b["figures"])
    assert not any(f["count"] == 200 for f in battles["徐州会战"]["figures"])


def test_strongpoints_held_without_a_fight_are_no_battle(tmp_path):
    battles = _battles(extract_json(tmp_path, HELD_QUIET))
    assert not any("石门坎" in name or "杏花坡" in name for name in battles), list(battles)


def test_items_joined_by_he_before_a_count_of_strongpoints_are_places(tmp_path):
    text = "1940年春,新四军某部连续攻克了石桥集和小柳营这两个据点,歼灭伪军一百余人。\n"
    places = {p["name"] for b in extract_json(tmp_path, text)["battles"] for p in b["places"]}
    assert {"石桥集", "小柳营"} <= places, places


# A figure written half in digits with Chinese magnitudes between them (3千5百, 1万2千) is one number.
def test_digits_with_chinese_magnitudes_between_them_are_one_figure(tmp_path):
    text = "1942年春,新编第十九师在赵家岭一带坚守五天,全师伤亡2千3百余人,毙伤日军1万2千名。\n"
    counts = {f["count"] for b in extract_json(tmp_path, text)["battles"] for f in b["figures"]}
    assert {2300, 12000} <= counts, counts


def test_two_figures_apart_stay_two(tmp_path):
    text = "1942年春,在赵家岭战斗中,新编第十九师坚守五天,全师伤亡2千,另有5百余人被俘。\n"
    counts = {f["count"] for b in extract_json(tmp_path, text)["battles"] for f in b["figures"]}
    assert {2000, 500} <= counts and 2500 not in counts, counts


# A letter dated in its title (某某致友人书(DATE)) tells what is past: its date is the day it was written, no date
# of the fight, and a bare day after that date (廿二日) is of the month before.
LETTER = (
    "张文华致友人书(1941年3月5日)\n\n    上月中旬以来,敌伪在皖东各地频繁出动。我二团一营,廿二日攻入睢宁高作,"
    "毙伪军五十余名,俘虏二十余,缴获步枪三十枝。此后敌人龟缩不出。\n"
)
# the look-alike: an account whose title's bracketed date is no letter's (the day stays in the title's month)
ACCOUNT = (
    "高作战斗纪实(1941年3月5日)\n\n    三月初,敌伪在皖东各地频繁出动。我二团一营,廿二日攻入睢宁高作,"
    "毙伪军五十余名,俘虏二十余,缴获步枪三十枝。此后敌人龟缩不出。\n"
)


def test_a_bare_day_after_a_letters_date_is_of_the_month_before(tmp_path):
    battles = _battles(extract_json(tmp_path, LETTER))
    b = next((b for name, b in battles.items() if "高作" in name), None)
    assert b is not None, list(battles)
    assert b["start"] == "1941-02-22" and b["end"] in (None, "1941-02-22"), (b["start"], b["end"])


def test_a_bracketed_date_in_an_accounts_title_keeps_its_month(tmp_path):
    battles = _battles(extract_json(tmp_path, ACCOUNT))
    b = next(b for name, b in battles.items() if "高作" in name)
    assert "1941-03-22" in (b["start"], b["end"]), (b["start"], b["end"])


# The day the papers began to report the fight (报纸在15日开始报道) is no day of the fight.
def test_the_day_the_papers_reported_is_no_day_of_the_fight(tmp_path):
    text = ("1940年6月,新编第二十师在罗家岭与日军激战。6月12日上午,日军发动进攻,守军击退日军三次冲锋。"
            "当地报纸在15日开始报道罗家岭的战况。\n")
    b = _battles(extract_json(tmp_path, text))["罗家岭战斗"]
    assert (b["start"], b["end"]) in (("1940-06-12", None), ("1940-06-12", "1940-06-12")), (b["start"], b["end"])


def test_a_day_of_the_fight_before_a_report_verb_later_in_the_clause_stays(tmp_path):
    text = ("1940年6月,新编第二十师在罗家岭与日军激战。6月12日上午,日军发动进攻,守军击退日军三次冲锋。"
            "15日,守军报道阵地已经巩固,日军再次进攻。\n")
    b = _battles(extract_json(tmp_path, text))["罗家岭战斗"]
    assert b["end"] == "1940-06-15", (b["start"], b["end"])
