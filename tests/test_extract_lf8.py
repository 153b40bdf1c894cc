"""General leftovers of battle identification and of a small fight's facts, each on sentences written for this test
(other fights, units and places than the seed, dev and held-out texts), run through `kangzhan extract` as a user would.

- a small force sized as it holds, waits or is besieged (我军一个连一百二十余人坚守X, 该营四百多人被敌包围,
  敌三百余人进入伏击圈): a strength however small;
- a famous battle named only as the measure of the fight told (其规模不亚于X, 与X相比) takes none of its facts;
- a gate or pass named with its bearing (南天门, 北天门) is no county of the gazetteer (天门);
- a force named after its leader (王长海团, 赵平山支队) gives no county place (长海, 平山);
- a massacre (X惨案) told under a page title or inside a named campaign coins no fight;
- a battle named by its day (上海八一三之役, 七七事变) beside the battle of that day is that battle's other name.
"""

from __future__ import annotations

from helpers import extract_json


def _battles(facts: dict) -> dict[str, dict]:
    return {b["name"]: b for b in facts["battles"]}


def _figures(b: dict) -> set[tuple[str, str | None, int]]:
    return {(f["kind"], f["side"], f["count"]) for f in b["figures"]}


def _places(b: dict) -> set[str]:
    return {p["name"] for p in b["places"]}


# --- small forces ---------------------------------------------------------------------------------------------

HELD_HILL = (
    "1943年春,八路军某团第三营在赵家峪与日军激战。我军四百多人坚守赵家峪北山,日军三百余人分三路进攻,"
    "我军毙伤日军四十余人。\n"
)
BESIEGED = (
    "1942年5月,新四军第三师一个营在刘家圩与日伪军激战。该营四百多人被敌包围,敌三百余人分路进攻,我军毙伤敌八十余人。\n"
)
AMBUSH = (
    "1940年8月,八路军在石门沟伏击日军。全连八十余人埋伏在石门沟两侧山上,日军一个中队九十余人进入沟内,"
    "我军毙敌六十余人,我军伤亡十余人。\n"
)
COMPANY = (
    "1941年冬,冀中军区某部在东马庄伏击日军。敌人三百余人进入伏击圈,我军一个连一百二十余人突然开火,毙敌五十余人。\n"
)


def test_a_small_force_holding_a_height_is_sized_on_both_sides(tmp_path):
    b = _battles(extract_json(tmp_path, HELD_HILL))["赵家峪战斗"]
    assert {("strength", "CN", 400), ("strength", "JP", 300), ("casualties", "JP", 40)} <= _figures(b)


def test_a_besieged_battalion_is_sized_and_is_chinese(tmp_path):
    b = _battles(extract_json(tmp_path, BESIEGED))["刘家圩战斗"]
    assert {("strength", "CN", 400), ("strength", "JP", 300)} <= _figures(b)


def test_the_men_lying_in_ambush_and_the_enemy_entering_it_are_sized(tmp_path):
    b = _battles(extract_json(tmp_path, AMBUSH))["石门沟战斗"]
    figures = _figures(b)
    assert {("strength", "CN", 80), ("strength", "JP", 90)} <= figures
    assert ("casualties", "CN", 10) in figures and ("strength", "CN", 10) not in figures  # a loss stays a loss


def test_an_enemy_entering_an_ambush_is_sized(tmp_path):
    b = _battles(extract_json(tmp_path, COMPANY))["东马庄战斗"]
    assert {("strength", "JP", 300), ("strength", "CN", 120), ("casualties", "JP", 50)} <= _figures(b)


# --- a battle named as a measure ------------------------------------------------------------------------------

NOT_LESS_THAN = (
    "1938年3月,第59军在临沂城外与日军第5师团激战五昼夜,其规模不亚于台儿庄大捷。张自忠率部反击,毙伤日军3000余人,"
    "收复临沂。\n"
)
COMPARED_WITH = (
    "1943年10月,八路军第129师一部在韩略村伏击日军华北方面军战地参观团,与平型关大捷相比,这次战斗规模虽小,"
    "意义却很大。我军毙伤日军120余人。\n"
)


def test_a_battle_named_as_the_measure_of_the_fight_takes_none_of_its_facts(tmp_path):
    battles = _battles(extract_json(tmp_path, NOT_LESS_THAN))
    assert "台儿庄大捷" not in battles, list(battles)
    b = next(iter(battles.values()))
    assert "临沂" in b["name"]
    assert "张自忠" in {c["name"] for c in b["commanders"]}
    assert ("casualties", "JP", 3000) in _figures(b)


def test_a_battle_named_for_comparison_is_no_battle_of_the_text(tmp_path):
    battles = _battles(extract_json(tmp_path, COMPARED_WITH))
    assert "平型关大捷" not in battles, list(battles)
    assert ("casualties", "JP", 120) in _figures(battles["韩略战斗"])


# --- gates and passes named with a bearing --------------------------------------------------------------------

SOUTH_GATE = (
    "1933年5月,中央军第17军第25师奉命坚守南天门。日军第8师团向南天门发起猛攻,守军在南天门阵地与敌激战三昼夜,"
    "毙伤日军2000余人。\n"
)
NORTH_GATE = "1941年,八路军某团在北天门阻击日军。日军向北天门猛攻,我军坚守北天门,毙伤日军200余人。\n"
THE_COUNTY = "1939年,日军进攻湖北天门,国军第33集团军在天门与敌激战。日军向天门猛攻,我军坚守天门,毙伤日军200余人。\n"


def test_a_gate_named_with_its_bearing_is_the_place_of_its_fight(tmp_path):
    battles = _battles(extract_json(tmp_path, SOUTH_GATE))
    assert "南天门战斗" in battles, list(battles)
    assert _places(battles["南天门战斗"]) == {"南天门"}


def test_a_gate_named_after_a_direction_word_again_is_the_same_gate(tmp_path):
    battles = _battles(extract_json(tmp_path, NORTH_GATE))
    assert "北天门战斗" in battles, list(battles)
    assert _places(battles["北天门战斗"]) == {"北天门"}  # 向北天门 too: no county 天门


def test_the_county_of_that_name_stays_the_county(tmp_path):
    battles = _battles(extract_json(tmp_path, THE_COUNTY))
    assert any("天门" in _places(b) for b in battles.values()), list(battles)
    assert not any(p.endswith("天门") and p != "天门" for b in battles.values() for p in _places(b))


# --- forces named after their leaders -------------------------------------------------------------------------

LEADER_REGIMENT = (
    "1940年3月,冀中军区王长海团在大王庄与日军激战。日军向大王庄猛攻,王长海团坚守大王庄,毙伤日军150余人。\n"
)
COUNTY_REGIMENT = (
    "1940年,晋察冀军区平山团在平山县城北与日军激战,毙伤日军150余人。平山团团长陈宗坤负伤。\n"
)


def test_a_regiment_named_after_its_commander_gives_no_county(tmp_path):
    battles = _battles(extract_json(tmp_path, LEADER_REGIMENT))
    assert "大王庄战斗" in battles, list(battles)
    assert _places(battles["大王庄战斗"]) == {"大王庄"}  # no 长海 (a county of Liaoning)


def test_a_regiment_named_after_its_county_keeps_the_county(tmp_path):
    places = {p for b in _battles(extract_json(tmp_path, COUNTY_REGIMENT)).values() for p in _places(b)}
    assert "平山" in places or "平山县" in places


# --- massacres ------------------------------------------------------------------------------------------------

TITLED_MASSACRE = (
    "鲁家村沦陷\n"
    "1941年10月,日军第32师团一个中队包围鲁家村。日军闯入村中,杀害村民二百余人,烧毁房屋三百间,史称鲁家村惨案。"
    "村中民兵与日军交火后撤出。\n"
)
TITLED_FIGHT = (
    "血战鲁家村\n"
    "1941年10月,八路军第115师一个营在鲁家村与日军第32师团激战。日军向鲁家村发起猛攻,我军坚守阵地,毙伤日军二百余人。"
    "战后日军报复,杀害村民五十余人,史称鲁家村惨案。\n"
)
MASSACRE_IN_CAMPAIGN = (
    "1938年“徐州会战”中,日军第10师团攻占陈家庄。日军在陈家庄集体屠杀无辜百姓三百余人,史称陈家庄惨案。"
    "日军又向陈家庄周围村庄扫荡,在陈家庄附近杀害百姓,陈家庄成为一片废墟。\n"
)


def test_a_massacre_under_a_page_title_coins_no_fight(tmp_path):
    battles = _battles(extract_json(tmp_path, TITLED_MASSACRE))
    assert not any("鲁家村" in n for n in battles), list(battles)


def test_a_fight_titled_at_a_village_of_a_later_massacre_is_still_coined(tmp_path):
    battles = _battles(extract_json(tmp_path, TITLED_FIGHT))
    assert "鲁家村战斗" in battles, list(battles)
    assert ("casualties", "JP", 200) in _figures(battles["鲁家村战斗"])


def test_a_massacre_inside_a_named_campaign_coins_no_local_fight(tmp_path):
    battles = _battles(extract_json(tmp_path, MASSACRE_IN_CAMPAIGN))
    assert "陈家庄战斗" not in battles, list(battles)


# --- battles named by their day -------------------------------------------------------------------------------

DAY_NAME_AFTER = (
    "1937年8月13日,日军第3师团进攻上海闸北,第9集团军奋起抵抗,淞沪会战爆发。上海八一三之役,中国军队坚持三个月,"
    "伤亡25万余人。\n"
)
DAY_NAME_SAME_SENTENCE = (
    "一九三七年上海八一三之役开启了淞沪之战,鏖战三个月,日军投入三十万。第3师团在吴淞登陆,第11师团在川沙口登陆。\n"
)
INCIDENT_DAY = (
    "1937年7月7日夜,日军在卢沟桥附近演习,遭中国守军第29军拒绝。日军炮轰宛平城,第29军第219团奋起抵抗,卢沟桥事变爆发。"
    "第219团团长吉星文率部坚守卢沟桥,毙伤日军百余人。七七事变是全面抗战的开始,七七事变后日军第20师团进攻南苑。\n"
)
TWO_INCIDENTS = (
    "1931年9月18日,日军炸毁柳条湖铁路,九一八事变爆发。1932年1月28日夜,日军进攻上海闸北,第19路军奋起抵抗,"
    "一·二八事变爆发。蔡廷锴指挥部队坚守闸北,毙伤日军万余人。\n"
)


def test_a_day_name_after_the_battle_of_that_day_is_its_other_name(tmp_path):
    battles = _battles(extract_json(tmp_path, DAY_NAME_AFTER))
    assert list(battles) == ["淞沪会战"], list(battles)
    assert ("casualties", "CN", 250000) in _figures(battles["淞沪会战"])


def test_a_day_name_in_the_sentence_of_the_battle_it_opened_is_its_other_name(tmp_path):
    battles = _battles(extract_json(tmp_path, DAY_NAME_SAME_SENTENCE))
    assert list(battles) == ["淞沪之战"], list(battles)


def test_an_incident_named_by_its_day_is_the_incident_told(tmp_path):
    battles = _battles(extract_json(tmp_path, INCIDENT_DAY))
    assert list(battles) == ["卢沟桥事变"], list(battles)


def test_two_incidents_named_by_their_days_stay_two(tmp_path):
    battles = _battles(extract_json(tmp_path, TWO_INCIDENTS))
    assert "一·二八事变" in battles or "一二八事变" in battles, list(battles)


# --- namesakes of the battle's region -------------------------------------------------------------------------


def _far_places(text: str) -> dict[str, str | None]:
    from kangzhan.extract.fight_places import far_places
    from kangzhan.extract.mentions.places import find_places
    from kangzhan.text.sentences import split_sentences

    sentences = split_sentences(text)
    places = far_places(text, sentences, ["某战斗"] * len(sentences), find_places(text), [], [])
    return {m.text: m.value.get("official") for m in places}


def test_a_short_name_is_the_division_of_the_province_the_battle_names():
    # the lexicon gives 平山 to a district of Liaoning; the text is in Hebei
    got = _far_places("1939年秋,日军进攻河北阜平、平山一带。八路军在平山与日军激战,毙伤日军300余人。")
    assert got["平山"] == "平山县"


def test_a_short_name_far_from_the_battle_is_its_namesake_near_it():
    got = _far_places("1940年,八路军在井陉、获鹿、元氏一带与日军激战。井陉守军坚守井陉,日军进攻获鹿,"
                      "八路军一部在平山阻击日军,毙伤日军300余人。")
    assert got["平山"] == "平山县"


def test_an_incident_named_by_its_day_before_a_later_battle_stays_a_battle(tmp_path):
    text = ("1931年9月18日夜,日军炸毁柳条湖铁路,九一八事变爆发。11月,东北军马占山部在嫩江桥抗击日军,江桥抗战打响。"
            "马占山指挥部队毙伤日军千余人。\n")
    assert "九一八事变" in _battles(extract_json(tmp_path, text))  # 11月 dates 江桥抗战: the day names no other battle
