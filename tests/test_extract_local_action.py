"""A local action told inside a named campaign: the fight is coined after its place (X战斗), part of the campaign.

A film synopsis or a unit history sets its fight in a campaign it names in quotes ("1938年“某某会战”中,…") and then
tells only that fight, at one village, station or height named again and again. The campaign is the parent: the
coined fight takes the units, leaders, places, dates and figures of the sentences about it. A campaign account that
names its places once or twice each, or whose local fights are named, coins nothing. Each text is written for this
test (other campaigns, other strongholds), run through `kangzhan extract` as a user would.
"""

from __future__ import annotations

from helpers import extract_json, extract_jsonl

VILLAGE = (
    "1938年“徐州会战”中,第二集团军第31师师长池峰城率部在峄县北洛村阻击日军,一举歼灭了日军400余人的先头部队,"
    "守住了北洛村。日军随后以重炮轰击北洛村,村内房屋尽毁。北洛村守军有官兵300余人,坚守三昼夜,"
    "打退日军十余次冲锋。战后,当地群众在北洛村村头立碑纪念。\n"
)

STATION = (
    "1940年“百团大战”打响后,八路军第385旅第14团奉命夜袭冯家庄车站。冯家庄车站驻有日军一个小队,四周筑有碉堡。"
    "团长孔庆德亲率第二营从东面突入冯家庄,与守敌展开激战,毙伤日军60余人,炸毁了冯家庄车站的水塔。\n"
)

SYNOPSIS = (
    "影片讲述了1941年“中条山战役”中,第3军第7师一个营死守王家岭的故事。日军以重兵围攻王家岭,"
    "营长赵铁山率全营官兵坚守阵地,击毙日军200余人。王家岭三面悬崖,易守难攻。营长的妻子在后方医院照顾伤员,"
    "两人约定战后在老家团聚。夜里,日军再次猛攻王家岭,赵铁山带领突击队与敌人展开白刃战。"
    "直到“中条山战役”的最后阶段,王家岭仍在守军手中。\n"
)

CAMPAIGN = (
    "1938年“徐州会战”中,第5战区司令长官李宗仁指挥所部在台儿庄、临沂、滕县一带抗击日军。日军第10师团进攻滕县,"
    "第122师师长王铭章殉国。日军随后进攻台儿庄,第2集团军与敌激战半月。徐州会战历时五个月,"
    "中国军队歼灭日军2万余人。\n"
)


def _battles(facts: dict) -> dict[str, dict]:
    return {b["name"]: b for b in facts["battles"]}


def test_a_fight_at_a_village_inside_a_named_campaign_is_coined_part_of_it(tmp_path):
    battles = _battles(extract_json(tmp_path, VILLAGE))
    assert "北洛战斗" in battles, list(battles)
    b = battles["北洛战斗"]
    assert b["named_in_text"] is False
    assert b["part_of"] == "徐州会战"
    assert b["start"] == "1938"
    assert "池峰城" in {c["name"] for c in b["commanders"]}
    assert "第31师" in {u["name"] for u in b["units"]}
    assert {"北洛村", "峄县"} <= {p["name"] for p in b["places"]}
    figures = {(f["kind"], f["side"], f["count"]) for f in b["figures"]}
    assert ("casualties", "JP", 400) in figures  # 歼灭了日军400余人的先头部队
    assert ("strength", "CN", 300) in figures  # the post's garrison, however small
    assert not battles.get("徐州会战", {}).get("figures")  # the campaign keeps only what is said of it


def test_a_night_raid_on_a_station_inside_a_named_campaign_is_coined_after_the_station(tmp_path):
    battles = _battles(extract_json(tmp_path, STATION))
    assert "冯家庄战斗" in battles, list(battles)
    b = battles["冯家庄战斗"]
    assert b["part_of"] == "百团大战"
    assert "孔庆德" in {c["name"] for c in b["commanders"]}
    assert ("casualties", "JP", 60) in {(f["kind"], f["side"], f["count"]) for f in b["figures"]}


def test_a_film_synopsis_of_a_defended_height_coins_the_fight_not_the_campaign(tmp_path):
    battles = _battles(extract_json(tmp_path, SYNOPSIS))
    assert "王家岭战斗" in battles, list(battles)
    b = battles["王家岭战斗"]
    assert b["part_of"] == "中条山战役"
    assert b["start"] == "1941"
    assert "赵铁山" in {c["name"] for c in b["commanders"]}
    assert ("casualties", "JP", 200) in {(f["kind"], f["side"], f["count"]) for f in b["figures"]}


def test_a_campaign_told_as_a_whole_coins_no_local_fight(tmp_path):
    """Several towns, none dominant, the campaign named twice: the campaign's account."""
    battles = _battles(extract_json(tmp_path, CAMPAIGN))
    assert [n for n, b in battles.items() if not b["named_in_text"]] == []
    assert "徐州会战" in battles


def test_a_garrison_village_named_after_its_county_is_a_place(tmp_path):
    """X团堡, X营村: the camp or militia word in a village's name, read as a village after its county."""
    text = "1939年,八路军一部在阜平县西营村伏击日军,歼敌百余人。日军重新占领西营村后,在西营村据点里加筑碉堡。\n"
    places = [r["text"] for r in extract_jsonl(tmp_path, text) if r["kind"] == "place"]
    assert places.count("西营村") == 3


def test_a_claimed_strength_is_no_figure_and_a_deputy_leads_no_unit(tmp_path):
    """对外称有八百人: what the defenders gave out; 团附 (the regiment's deputy) led the men but commanded no unit."""
    text = ("1938年5月,第五十师第一团团附张振华率300余人在西关血战三昼夜,掩护主力撤退。"
            "为了迷惑敌人,西关守军对外称有两千人。\n")
    facts = extract_json(tmp_path, text)
    figures = {(f["kind"], f["count"]) for b in facts["battles"] for f in b["figures"]}
    assert ("strength", 300) in figures
    assert ("strength", 2000) not in figures
    assert "张振华" in {p["name"] for p in facts["persons"]}
    assert facts["commands"] == []


VISIT = (
    "走进衡阳保卫战纪念馆\n\n电影《喋血孤城》让人们记住了衡阳。这部电影再现了长衡会战衡阳保卫战的壮烈场面。\n\n"
    "1944年5月27日,长衡会战爆发。日军第11军沿粤汉铁路南下,进攻长沙。\n\n"
    "“6月23日,日军开始围攻衡阳。第10军军长方先觉率17000余人坚守衡阳城四十七天。”纪念馆讲解员介绍说。\n"
)


def test_a_visit_report_splits_a_campaign_glued_to_its_part_and_keeps_each_ones_facts(tmp_path):
    """X会战Y保卫战 names two battles, the second a part of the first; the museum (Y保卫战纪念馆) is none; the
    campaign's own sentence dates it, the guide's quoted account dates and staffs the part."""
    battles = _battles(extract_json(tmp_path, VISIT))
    assert set(battles) == {"长衡会战", "衡阳保卫战"}, list(battles)
    part, whole = battles["衡阳保卫战"], battles["长衡会战"]
    assert part["part_of"] == "长衡会战"
    assert whole["start"] == "1944-05-27"
    assert part["start"] == "1944-06-23"
    assert "方先觉" in {c["name"] for c in part["commanders"]}
    assert "方先觉" not in {c["name"] for c in whole["commanders"]}
    assert "长沙" in {p["name"] for p in whole["places"]}


def test_greater_east_asia_is_no_district(tmp_path):
    """大东亚 (Greater East Asia, a wartime slogan): 大东 is a city district only with its 区."""
    text = "日军军官高喊为大东亚圣战效命。1942年,日军在大东区一带构筑工事。\n"
    places = [r["text"] for r in extract_jsonl(tmp_path, text) if r["kind"] == "place"]
    assert places == ["大东区"]


def test_a_regiment_with_a_company_attached_names_no_deputy(tmp_path):
    """第N团附山炮一连: 附 attaches a company to the regiment (the 团 is the regiment's), no 团附 and no person."""
    text = "1944年5月,新编第38师第112团附山炮一连及工兵一部,从右翼向于邦攻击前进,于17日攻占于邦。\n"
    persons = [r["text"] for r in extract_jsonl(tmp_path, text) if r["kind"] == "person"]
    assert persons == []


def test_a_city_a_campaign_memoir_keeps_returning_to_is_its_theatre_not_a_local_fight(tmp_path):
    """A campaign named in a memoir's heading, a city named again and again (the front's centre): no X战斗 coined."""
    text = ("参加湘西会战的老兵\n\n民国三十四年,他所属的部队参加“湘西会战”,在芷江以东阻击日军。"
            "后来传出芷江机场吃紧,部队奉令转进芷江。日军猛攻芷江外围,我军坚守芷江城,毙敌三百余人。"
            "战后他随部队驻防芷江。\n")
    battles = _battles(extract_json(tmp_path, text))
    assert not [n for n in battles if n.endswith("战斗")], list(battles)
