"""Round 8 (r8a): how a commander's biography and a commemoration news report tell their battles.

Each test is a text written for it (no name, number or place of the held-out texts), run through
`kangzhan extract` as a user would:
- a list that shares one battle word (A、B、C等战役, A、B等战役战斗) names one battle per conjunct, and a
  record of earlier battles (参加过A、B等战役) names none of the account;
- a career tells its battles one per clause: a fight told before the next battle is first named is no part
  of it; an elided subject (率部…, 他…) is the last commander named; 起任X旅副旅长、旅长 is his command;
- a raid told by its action (率部夜袭X) is the battle of X; X堡 is a village;
- the enemy operation a battle countered names it (反“X扫荡”战斗; 粉碎了日军X地区“N路围攻”);
- sentences told under a year before or after the war belong to no battle; a report opens with the present
  day, whose dates are no battle's;
- a country before the battle's place is no part of its name; a title, a description, then the name;
  a count right after a unit is of the unit's side; X师 in the bracket after a division is its commander.
"""

from __future__ import annotations

from helpers import extract_json, extract_jsonl

CAREER = (
    "王大山，1905年生于河北保定。1926年参加北伐军，任排长。\n"
    "抗战爆发后，王大山任八路军第772团团长。1938年3月率部夜袭李家堡日军据点，毙伤日军50余人。"
    "后率部参加李家岭、黄土坡等战役战斗。在冀中反“五一大扫荡”战斗中，他率部坚守阵地。"
    "1939年起任第386旅副旅长、旅长，率部进行了榆社、武乡、沁县等战役。后率部参加大同战役和正太路破袭战役。\n"
)


def _battles(facts: dict) -> dict[str, dict]:
    return {b["name"]: b for b in facts["battles"]}


def test_a_career_names_one_battle_per_conjunct_and_clause(tmp_path):
    battles = _battles(extract_json(tmp_path, CAREER))
    listed = {"李家岭战斗", "黄土坡战斗", "榆社战役", "武乡战役", "沁县战役"}
    told = {"冀中反“五一大扫荡”战斗", "大同战役", "正太路破袭战役", "李家堡战斗"}
    assert listed | told <= set(battles)
    assert all(b["part_of"] is None for b in battles.values())  # siblings, one after the other: no part of another


def test_the_subject_of_a_career_leads_each_battle(tmp_path):
    facts = extract_json(tmp_path, CAREER)
    battles = _battles(facts)
    for name in ("李家岭战斗", "黄土坡战斗", "冀中反“五一大扫荡”战斗", "榆社战役", "大同战役", "正太路破袭战役"):
        assert [c["name"] for c in battles[name]["commanders"]] == ["王大山"], name
    commands = {(c["person"], c["unit"]) for c in facts["commands"]}
    assert {("王大山", "第772团"), ("王大山", "第386旅")} <= commands  # 起任…副旅长、旅长: the brigade is his


def test_a_raid_told_by_its_action_is_the_battle_of_its_target(tmp_path):
    raid = _battles(extract_json(tmp_path, CAREER))["李家堡战斗"]
    assert raid["named_in_text"] is False
    assert "夜袭李家堡" in raid["alt_labels"]
    assert raid["start"] == "1938-03"
    assert [p["name"] for p in raid["places"]] == ["李家堡"]
    assert "第772团" in [u["name"] for u in raid["units"]]


def test_a_place_in_a_battle_name_is_that_battle_s(tmp_path):
    battles = _battles(extract_json(tmp_path, CAREER))
    assert [p["name"] for p in battles["正太路破袭战役"]["places"]] == ["正太路"]
    assert "正太路" not in [p["name"] for p in battles["大同战役"]["places"]]


def test_a_life_before_the_war_belongs_to_no_battle(tmp_path):
    facts = extract_json(tmp_path, CAREER)
    places = {p["name"] for b in facts["battles"] for p in b["places"]}
    assert "保定" not in places and "河北" not in places
    assert all((b["start"] or "1937") >= "1931" for b in facts["battles"])


def test_a_record_of_earlier_battles_is_no_battle_of_the_account(tmp_path):
    text = "该师团号称精锐，在侵华战争中参加过榆社、武乡、沁县等战役。1939年12月，该师团进攻昆仑关，昆仑关战役爆发。\n"
    assert set(_battles(extract_json(tmp_path, text))) == {"昆仑关战役"}


def test_a_report_opens_with_the_present_day(tmp_path):
    text = ("2016-07-07 09:12:40\n"
            "  7月6日，老兵们回到了当年的阵地。1944年6月4日至8月7日，守军在衡阳保卫战中坚守四十七天。\n"
            "2016年7月6日上午，纪念碑在山顶落成。\n")
    rows = extract_jsonl(tmp_path, text)
    dates = [r["value"]["date"] for r in rows if r["kind"] == "date"]
    assert dates == ["1944-06-04"]  # neither 7月6日 borrows 1944: they are the days of the report
    battle = _battles(rows[-1])["衡阳保卫战"]
    assert (battle["start"], battle["end"]) == ("1944-06-04", "1944-08-07")


def test_a_country_before_the_place_is_no_part_of_the_name(tmp_path):
    text = ("1942年3月，第200师在缅甸东吁保卫战中与日军第55师团激战十余日。"
            "第200师第598团团长、黄埔军校五期生罗绍先率部坚守阵地，第598团213名官兵牺牲。\n")
    facts = extract_json(tmp_path, text)
    battle = _battles(facts)["东吁保卫战"]
    assert set(_battles(facts)) == {"东吁保卫战"}
    assert ("罗绍先", "第598团") in {(c["person"], c["unit"]) for c in facts["commands"]}  # title、description name
    assert [c["name"] for c in battle["commanders"]] == ["罗绍先"]
    assert ("CN", 213) in {(f["side"], f["count"]) for f in battle["figures"]}  # the unit's men
    assert "黄埔" not in [p["name"] for p in battle["places"]]  # the military school, no place


def test_a_division_called_after_its_commander(tmp_path):
    facts = extract_json(tmp_path, "抗战爆发后，他率领第120师(萧克明师)的第716团东渡黄河。\n")
    assert [p["name"] for p in facts["persons"]] == ["萧克明"]
    assert ("萧克明", "第120师") in {(c["person"], c["unit"]) for c in facts["commands"]}


def test_an_enemy_offensive_broken_names_the_counter_campaign(tmp_path):
    text = "王大山任八路军第772团团长。1940年春，王大山率部粉碎了日军冀南地区“十一路围攻”，毙伤日军300余人。\n"
    battle = _battles(extract_json(tmp_path, text))["冀南反“十一路围攻”"]
    assert battle["named_in_text"] is False
    assert [p["name"] for p in battle["places"]] == ["冀南"]
    assert [c["name"] for c in battle["commanders"]] == ["王大山"]


def test_a_cited_book_s_year_is_no_time_of_the_account(tmp_path):
    text = "1939年3月，日军进攻南昌，南昌会战爆发。据日方战史(1983年版)记载，第101师团在修水河畔受阻。\n"
    battle = _battles(extract_json(tmp_path, text))["南昌会战"]
    assert "第101师团" in [u["name"] for u in battle["units"]]
    assert "修水河" in [p["name"] for p in battle["places"]]


def test_commanded_with_the_subject_left_out(tmp_path):
    text = "王大山任八路军第772团团长。1943年任第386旅旅长，指挥了榆社、武乡等战役。\n"
    battles = _battles(extract_json(tmp_path, text))
    assert {n: [c["name"] for c in b["commanders"]] for n, b in battles.items()} == {
        "榆社战役": ["王大山"], "武乡战役": ["王大山"]}
