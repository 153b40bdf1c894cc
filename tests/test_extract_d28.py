"""Veterans' photo portraits and film reviews set against the history (blind round 28): a dated sweep fought back
beside a named battle, a veteran's enlistment unit, a force faced by a counted force, a part whose end marks the
end of its whole, and a coined name in a Traditional text. Texts written for these tests."""

from __future__ import annotations

from helpers import extract_json as extract


def battle(out: dict, name: str) -> dict | None:
    return next((b for b in out["battles"] if b["name"] == name), None)


PORTRAIT = ("王德顺\n山东省莒县人 90岁\n他参加过台儿庄战役,在鲁南、苏北等地抗日。\n"
            "1938年4月,日军3000余人向台儿庄以北的阵地进犯。他所在的连队依托工事,坚决阻击,与日寇血战。\n"
            "赵金山\n河北省任丘县人 89岁\n1940年他随哥哥入伍,在杨成武将军领导的晋察冀军区一分区三团。\n"
            "1941年8月,日军对冀南平原进行疯狂大扫荡。\n"
            "在一次反扫荡战斗中,他端着步枪朝日军射击,被子弹击中左腿,倒在了山沟里。那一年,他16岁。\n")


def test_a_dated_sweep_fought_back_is_a_battle_beside_the_named_one(tmp_path):
    out = extract(tmp_path, PORTRAIT)
    sweep = battle(out, "冀南平原反扫荡")
    assert sweep is not None and sweep["start"] == "1941-08"
    assert "冀南平原" in [p["name"] for p in sweep["places"]]
    named = battle(out, "台儿庄战役")
    assert named is not None and named["end"] != "1941-08"
    assert "冀南平原" not in [p["name"] for p in named["places"]]


def test_a_sweep_told_without_a_fight_is_no_battle(tmp_path):
    text = ("李长春\n河北省献县人 91岁\n他参加过百团大战,在太行山区坚持抗战。\n"
            "1942年5月,日军对冀南平原进行残酷大扫荡。\n他随机关转移到了山区,后来进入抗大学习。\n")
    out = extract(tmp_path, text)
    assert not any("冀南平原" in b["name"] for b in out["battles"])


def test_the_unit_a_veteran_joined_is_no_force_of_the_battle(tmp_path):
    out = extract(tmp_path, PORTRAIT)
    for b in out["battles"]:
        assert "晋察冀军区" not in [u["name"] for u in b["units"]]
        assert "杨成武" not in [c["name"] for c in b["commanders"]]


def test_a_unit_fighting_in_the_sentence_after_joining_stays_the_battles(tmp_path):
    # the unit is named where the fight is told, not where the man enlisted
    text = ("1938年他入伍。1938年4月,台儿庄战役中,第三十一师在台儿庄北站与日军激战,击退日军多次进攻。"
            "台儿庄战役以中国军队的胜利告终。")
    out = extract(tmp_path, text)
    b = battle(out, "台儿庄战役")
    assert b is not None and "第31师" in [u["name"] for u in b["units"]]


def test_the_force_a_counted_force_faces_is_counted_too(tmp_path):
    text = "长衡会战中,我国军30万人对阵日军36万人,国军伤亡9万余人,日军伤亡6万余人。"
    out = extract(tmp_path, text)
    figs = {(f["side"], f["kind"], f["count"]) for b in out["battles"] for f in b["figures"]}
    assert ("JP", "strength", 360000) in figs and ("CN", "strength", 300000) in figs


def test_a_position_attacked_after_a_count_is_no_force(tmp_path):
    text = "1939年9月,第一次长沙会战中,日军3000人对我军新墙河阵地发起进攻,守军顽强抵抗。"
    out = extract(tmp_path, text)
    figs = [(f["side"], f["count"]) for b in out["battles"] for f in b["figures"] if f["kind"] == "strength"]
    assert all(side != "CN" for side, _ in figs)


def test_a_part_whose_end_marks_the_end_of_its_whole(tmp_path):
    text = ("一、历史上的衡阳保卫战衡阳保卫战发生在1944年6月23日至8月8日,它的结束标志着长衡会战的结束。"
            "长衡会战又是怎样的会战呢?国军伤亡9万余人。")
    out = extract(tmp_path, text)
    part, whole = battle(out, "衡阳保卫战"), battle(out, "长衡会战")
    assert part is not None and part["part_of"] == "长衡会战"
    assert whole is not None and whole["end"] == "1944-08-08"


def test_an_end_said_not_to_end_the_whole_ends_nothing(tmp_path):
    text = ("一、历史上的衡阳保卫战衡阳保卫战发生在1944年6月23日至8月8日,它的结束并不意味着长衡会战的结束。"
            "长衡会战又是怎样的会战呢?国军伤亡9万余人。")
    out = extract(tmp_path, text)
    part, whole = battle(out, "衡阳保卫战"), battle(out, "长衡会战")
    assert part is not None and part["part_of"] is None
    assert whole is None or whole["end"] != "1944-08-08"


def test_a_name_coined_for_a_traditional_text_has_its_traditional_form(tmp_path):
    text = ("王德順\n山東省莒縣人 90歲\n他參加過臺兒莊戰役,在魯南等地抗日。\n"
            "1938年4月,日軍3000餘人向臺兒莊以北的陣地進犯。他所在的連隊堅決阻擊,與日寇血戰。\n"
            "1941年8月,日軍對冀南平原進行瘋狂大掃蕩。\n在一次反掃蕩戰鬥中,他被子彈擊中左腿。\n")
    out = extract(tmp_path, text)
    sweep = battle(out, "冀南平原反扫荡")
    assert sweep is not None and "冀南平原反掃蕩" in sweep["alt_labels"]
