"""Causes found on blind round 32 (a list article on a region's uprisings telling two unnamed fights of the force it
raised, a unit history on an honour flag closing with its battalion's first fight), each checked on new sentences
written for the test (other places, units and numbers than the blind texts): a post stormed in a list of actions
(攻克了…据点X) is a fight of its own, the town before its bearing only locates it, and a numbered village after
据点 is a place; the bare force word of a named formation (救国军 after 民众抗日救国军) and 该支队 refer back to it;
a common verb before 军区 names no military region."""
from helpers import extract_json as extract
from helpers import extract_jsonl


def _places(tmp_path, text: str) -> dict[str, str]:
    rows = extract_jsonl(tmp_path, text)
    return {r["value"]["name"]: r["value"]["kind"] for r in rows if r.get("kind") == "place"}


def _units(tmp_path, text: str) -> list[str]:
    return [r["text"] for r in extract_jsonl(tmp_path, text) if r.get("kind") == "unit"]


_UPRISING = ("    晋南游击队\n"
             "    七七事变爆发后,地方组织领导人张志远、李德明等就着手在闻喜、夏县等县发动武装斗争。1937年9月1日,"
             "“晋南人民抗日自卫军”在夏县水头镇宣告成立。张志远任自卫军司令。队伍很快发展到800余人。\n"
             "  1937年12月,自卫军袭击了由运城出发进犯夏县的五百余日军,攻克了{0}西北日伪军据点三堡,毙伤日伪军90余人。"
             "不久,自卫军改称“第二战区游击第九支队”。\n"
             "  1938年4月中旬,该支队攻克闻喜城,歼日军40余人、伪军150余人。5月至7月,该支队又先后攻克垣曲、平陆等县城。\n")


def test_a_post_stormed_and_a_town_stormed_are_two_fights(tmp_path):
    facts = extract(tmp_path, _UPRISING.format("绛县城"))
    by_name = {b["name"]: b for b in facts["battles"]}
    assert set(by_name) == {"三堡战斗", "闻喜战斗"}
    post, town = by_name["三堡战斗"], by_name["闻喜战斗"]
    assert post["start"] == "1937-12" and town["start"] == "1938-04"
    assert "三堡" in [p["name"] for p in post["places"]] and "三堡" not in [p["name"] for p in town["places"]]
    assert ("JP", 90) in {(f["side"], f["count"]) for f in post["figures"]}
    assert {("JP", 40), ("JP", 150)} <= {(f["side"], f["count"]) for f in town["figures"]}
    assert ("JP", 90) not in {(f["side"], f["count"]) for f in town["figures"]}
    assert [u["name"] for u in post["units"]] == ["晋南人民抗日自卫军"]  # 自卫军: the formation named in full
    assert [u["name"] for u in town["units"]] == ["第9支队"]  # 该支队: the detachment it was renamed


def test_the_town_that_only_locates_the_post_is_no_fight(tmp_path):
    text = ("1940年5月,游击队攻克了宁津城东南的敌据点,毙伤日伪军20余人。\n"
            "1940年8月,游击队攻克乐陵城,歼伪军60余人。\n")
    names = [b["name"] for b in extract(tmp_path, text)["battles"]]
    assert not any(n.startswith("宁津") for n in names)


def test_a_numbered_village_named_after_its_post_word_is_a_place(tmp_path):
    assert _places(tmp_path, "游击队攻克了县城以北日伪军据点六堡,毙伤伪军30余人。").get("六堡") == "village"
    assert "六堡" not in _places(tmp_path, "他在家里排行六堡主,人称六少爷。")


def test_a_bare_force_word_without_its_formation_is_no_unit(tmp_path):
    assert _units(tmp_path, "各地纷纷成立自卫军,1938年2月,自卫军袭击了日军车站。") == []
    # two formations of the word named before: the bare word is neither
    two = "“豫东民众抗日救国军”和“皖北人民抗日救国军”先后成立。1938年3月,救国军袭击了日军车站。"
    assert "救国军" not in _units(tmp_path, two)
    song = "“辽西民众抗日义勇军”成立后,战士们高唱《义勇军进行曲》出征。"
    assert _units(tmp_path, song) == ["民众抗日义勇军"]  # the formation, not the song


def test_this_detachment_needs_a_detachment_named_before(tmp_path):
    rows = extract_jsonl(tmp_path, "1938年5月,该支队攻克了日军据点四堡,毙伤日军十余人。")
    assert not [r for r in rows if r.get("kind") == "unit"]


def test_a_common_verb_before_military_region_names_none(tmp_path):
    assert _units(tmp_path, "新兵们只知道军区张司令员,不知道别的首长。") == []
    assert _units(tmp_path, "1942年春,冀南军区和太岳军区各派一个团增援。") == ["冀南军区", "太岳军区"]


_FLAG = ("荣誉称号名称:英雄连\n"
         "授予时间:1942年5月\n"
         "授予时战斗序列:八路军山东纵队第2旅4团3连\n"
         "沿革:前身为鲁南人民抗日义勇军一部,1938年1月起义;1940年4月,编入山东纵队第2旅;现为某合成旅3连。\n"
         "1941年秋,3连随4团越过津浦铁路,进至费县、平邑以北的山区。\n"
         "3连此行是奉山东纵队司令员张经武命令,深入敌后作战,以牵制进犯沂蒙山区“扫荡”的日伪军。\n"
         "3连组建的时间并不长,半年前才正式编入4团,完成了为期两个月的整训。\n"
         "{0}3连主要在费县、蒙阴一线活动,一出手,就在石岭村打了个漂亮的伏击战,缴步枪20支,俘日军3人。\n")


def test_a_unit_history_closing_with_its_first_fight_gives_the_fight_its_own_paragraph(tmp_path):
    facts = extract(tmp_path, _FLAG.format("整训后,"))
    assert [b["name"] for b in facts["battles"]] == ["石岭战斗"]
    fight = facts["battles"][0]
    assert [u["name"] for u in fight["units"]] == ["第3连"]  # not the lineage's, the flag card's or the march's
    assert "津浦铁路" not in [p["name"] for p in fight["places"]] and "石岭村" in [p["name"] for p in fight["places"]]
    assert fight["commanders"] == [] and fight["start"] is None  # the flag's date is no date of the fight
    assert ("JP", 3) in {(f["side"], f["count"]) for f in fight["figures"]}


def test_a_paragraph_that_does_not_follow_on_keeps_the_story_before(tmp_path):
    facts = extract(tmp_path, _FLAG.format(""))
    fight = next(b for b in facts["battles"] if b["name"] == "石岭战斗")
    assert "津浦铁路" in [p["name"] for p in fight["places"]]


def test_a_turn_for_the_better_is_no_fight_clause(tmp_path):
    text = ("1943年,3连在费县、蒙阴一线活动,多次与日军交战。\n"
            "整训后,3连在石岭村打了个漂亮的翻身仗,群众生活大为改善。\n")
    assert not any(b["name"].startswith("石岭") for b in extract(tmp_path, text)["battles"])


def test_a_village_written_right_after_its_county_and_bearing_is_the_raid_s_place(tmp_path):
    # the bearing only places the village (the exclusion of a town that locates a post leaves this alone)
    text = "【新华社电】 五日,我独立营夜袭海阳城,毙敌十余名。次日该营猛袭莱阳县东小孙家町,毙伤伪军二十余名。"
    names = {b["name"] for b in extract(tmp_path, text)["battles"]}
    assert "小孙家町战斗" in names and not any(n.startswith("莱阳") for n in names)
