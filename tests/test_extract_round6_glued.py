"""Glued verbs, mixed-brigade short forms, earlier battles and counted men: general rules from held-out round 6,
each checked on new sentences written for the test (none is taken from the held-out texts)."""
from helpers import extract_json as extract


def test_a_verb_or_copula_glued_to_a_military_region_is_cut(tmp_path):
    text = ("百花岭战斗\n1940年5月，冀中军区部队在百花岭战斗中伏击日军。时任冀中军区司令员吕正操指挥作战。"
            "5月1日是冀中军区成立三周年的日子。\n")
    out = extract(tmp_path, text)
    units = {u["name"] for u in out["units"]}
    assert "冀中军区" in units
    assert not {u for u in units if u.endswith("军区") and u != "冀中军区"}


def test_a_verb_glued_to_a_japanese_name_before_a_rank_is_cut(tmp_path):
    text = "石门沟战斗\n1941年3月，日军旅团长下令，派山口正雄大佐率第二大队进犯石门沟，在石门沟战斗中被我军击退。\n"
    persons = {p["name"] for p in extract(tmp_path, text)["persons"]}
    assert "山口正雄" in persons
    assert "派山口正雄" not in persons


def test_a_mixed_brigade_named_without_its_independent_is_the_same_brigade(tmp_path):
    text = ("青石岭战斗\n1940年4月，日军獨立混成第九旅團进犯青石岭。我军在青石岭战斗中重创日军混成第九旅團，"
            "击退该旅团。\n")
    units = {u["name"] for u in extract(tmp_path, text)["units"]}
    assert "独立混成第9旅团" in units
    assert "混成第9旅团" not in units


def test_the_earlier_battle_a_story_starts_from_is_a_battle_of_its_own(tmp_path):
    text = ("白杨峪战斗\n1940年8月，我军在白杨峪战斗中全歼日军一个中队。\n"
            "白杨峪战斗的胜利，要从此前的石窝崖战斗说起。\n"
            "那一次，日军联队长派山本一雄少佐率第三大队共一千二百多名日军进犯石窝崖。\n")
    out = extract(tmp_path, text)
    battles = {b["name"]: b for b in out["battles"]}
    assert {"白杨峪战斗", "石窝崖战斗"} <= set(battles)
    earlier = battles["石窝崖战斗"]
    assert earlier["part_of"] is None
    assert ("JP", 1200) in {(f["side"], f["count"]) for f in earlier["figures"]}
    assert "山本一雄" in {c["name"] for c in earlier["commanders"]}
    assert 1200 not in {f["count"] for f in battles["白杨峪战斗"]["figures"]}


def test_men_counted_before_their_side_word_are_that_sides(tmp_path):
    text = "黄崖关战斗\n1942年6月，敌分两路进犯黄崖关，其中北路共五百余名日军，南路为伪军。\n"
    figs = {(f["side"], f["count"]) for f in extract(tmp_path, text)["battles"][0]["figures"]}
    assert ("JP", 500) in figs


def test_a_side_word_between_the_command_verb_and_the_unit(tmp_path):
    text = "石门沟战斗\n1941年3月，日军旅团长派山口正雄大佐率日军第二大队进犯石门沟，在石门沟战斗中被我军击退。\n"
    cmds = {(c["person"], c["unit"]) for c in extract(tmp_path, text)["commands"]}
    assert ("山口正雄", "第2大队") in cmds


def test_a_named_army_right_before_a_military_region_is_no_part_of_its_name(tmp_path):
    text = "红石沟战斗\n1940年9月，新四军苏北军区陈毅部在红石沟战斗中击退日军。\n"
    out = extract(tmp_path, text)
    assert "苏北军区" in {u["name"] for u in out["units"]}
    assert "苏北" not in {p["name"] for p in out["battles"][0]["places"]}
