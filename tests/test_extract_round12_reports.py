"""Round 12: a wartime report's numbered items, each its own fight, dated relative to the report.

A wartime report lists its fights as numbered items ((一)…(二)…), each at its own place and with a date relative to
the report (去秋, 去冬, 今春): each item is a battle (the one it names, else one coined after its place), two fights in
one item are told apart where the first closes (是役…) and the next opens with its date, and a season relative to the
report is read only when the text gives a year to count from. Each text is written for this test (no name, number or
place of the held-out texts), run through `kangzhan extract` as a user would.
"""

from __future__ import annotations

from helpers import extract_json, extract_jsonl


def _battles(facts: dict) -> dict[str, dict]:
    return {b["name"]: b for b in facts["battles"]}


REPORT = (
    "(一)去秋十月八日沙河战斗。我军伏击敌小林大队于沙河渡口,毙敌六十余名,生擒五名。是役我军伤亡四十余名。\n"
    "(二)去冬十二月三日清晨,泗县之敌率敌伪三百余,进攻我驻在泗县西北朱家圩之驻军;我军奋起应战,激战至午,突围而出。"
    "是役敌伪伤亡三十余名。又二月中旬,宿迁之敌向我推进,我军于二月二十日大举进攻孙家集,激战一昼夜,敌伤亡甚重。\n"
    "(三)今春敌寇“扫荡”淮海区之际,我军于三月十二日进攻涟水东之高家沟,敌据屋顽抗,战至天明,敌不支突围。\n"
)


def test_numbered_items_of_a_report_are_one_battle_each(tmp_path):
    battles = _battles(extract_json(tmp_path, REPORT))
    assert {"沙河战斗", "朱家圩战斗", "孙家集战斗", "高家沟战斗"} <= set(battles), list(battles)
    assert "朱家圩" in {p["name"] for p in battles["朱家圩战斗"]["places"]}
    assert "孙家集" not in {p["name"] for p in battles["沙河战斗"]["places"]}
    assert "高家沟" not in {p["name"] for p in battles["孙家集战斗"]["places"]}


def test_a_report_with_no_year_leaves_its_relative_dates_undated(tmp_path):
    """去秋, 去冬, 今春 count from the report's date, which the excerpt does not give: no year is invented."""
    for b in extract_json(tmp_path, REPORT)["battles"]:
        assert b["start"] is None and b["end"] is None, b["name"]


def test_seasons_relative_to_a_dated_report(tmp_path):
    """A report dated 1943年5月: 去秋九月 is 1942-09, 去冬十二月 1942-12, a 三月 after it 1943-03, 今春三月 1943-03."""
    text = ("第二支队工作报告(1943年5月)\n"
            "(一)去秋九月十五日,我军伏击日军于柳河镇,毙敌五十余名。\n"
            "(二)去冬十二月三日,敌伪三百余进攻我驻在宿迁东南朱家圩之驻军,激战至午。\n"
            "(三)今春三月十二日,我军进攻涟水东之高家沟,战至天明,敌不支突围。\n")
    dates = [m["value"]["date"] for m in extract_jsonl(tmp_path, text) if m.get("kind") == "date"]
    assert dates == ["1943-05", "1942-09-15", "1942-12-03", "1943-03-12"]


def test_a_season_word_without_a_year_to_count_from_is_no_date(tmp_path):
    text = "去秋九月十五日,我军伏击日军于柳河镇,毙敌五十余名。今春三月,敌又来犯。\n"
    assert [m for m in extract_jsonl(tmp_path, text) if m.get("kind") == "date"] == []


def test_the_numbered_phases_of_a_named_campaign_stay_the_campaign(tmp_path):
    """A campaign named before its numbered phases: the items are its phases, no fights of their own."""
    text = ("1941年豫南会战经过如下:\n"
            "(一)1月25日,日军第3师团进攻确山东之王家店,我军奋起还击,激战竟日,毙敌二百余人。\n"
            "(二)1月30日,日军进攻舞阳西之李家寨,我第85军与敌激战,伤亡甚重,2月初日军撤退。\n")
    assert list(_battles(extract_json(tmp_path, text))) == ["豫南会战"]


def test_a_report_counts_enemy_soldiers_killed_below_their_officer_and_taken_alive(tmp_path):
    """歼灭敌X中队长以下日兵N名: N Japanese killed; 生擒N名: N taken alive (captured)."""
    text = "(一)去秋八月三日河口战斗。我军歼灭敌中岛中队长以下日兵六十二名,生擒五名,我军伤亡二十余名。\n"
    figs = [m["value"] for m in extract_jsonl(tmp_path, text) if m.get("kind") == "figure"]
    got = {(f["side"], f["count"], f["category"]) for f in figs}
    assert ("JP", 62, "killed") in got, got
    assert ("JP", 5, "captured") in got, got
