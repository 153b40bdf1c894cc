"""The document-level fallback: an account of one fight that the text never names.

A reportage, a memoir or a translated Japanese veteran's story tells a small fight without naming it, or names
a battle only in passing (the campaign the unit had come out of). Its units, figures, dates, places and
commanders then belong to no battle unless one is coined for the account from its salient place: the place the
text keeps coming back to, else the village or town of its dated opening, named the way histories name small
fights (X战斗, named_in_text false). Each test is a text written for it (no name, number or place of the
held-out texts), run through `kangzhan extract` as a user would.
"""

from __future__ import annotations

from helpers import extract_json

REPORTAGE = (
    "一九四三年三月十二日清晨，鬼子中队长黑田，带着几十个鬼子和伪军，到小李各庄扫荡。"
    "游击队长刘振山带着战士们埋伏在村口的交通沟里。鬼子的机枪一阵扫射，子弹打得尘土乱飞。"
    "刘振山对身边的战士说：“等他们靠近了再打。”\n"
)

VILLAGE = (
    "一九四二年五月三日拂晓，日军小队长山本，率领伪军向张家村扑来。"
    "民兵们从村后冲出，在村东的高粱地里与敌人交火，机枪声响成一片，打退了鬼子的进攻。\n"
)

MEMOIR = (
    "二、出发讨伐\n"
    "昭和19年3月,从长沙作战中撤下来的部队(据译者推测,应为日军独立混成第22旅团)移驻李家塘。"
    "据情报,附近活动的新四军有数千人。于是,我军编成讨伐队,出发扫荡。\n"
    "讨伐队由三个中队组成,总数约四百名。行军途中,前方的竹林里突然传来激烈的枪声,我们遭到敌人的射击,立即展开战斗。\n"
)


def _battles(facts: dict) -> dict[str, dict]:
    return {b["name"]: b for b in facts["battles"]}


def test_a_reportage_of_an_unnamed_fight_gets_the_battle_of_its_village(tmp_path):
    battles = _battles(extract_json(tmp_path, REPORTAGE))
    assert list(battles) == ["小李各庄战斗"]
    b = battles["小李各庄战斗"]
    assert b["named_in_text"] is False
    assert b["start"] == "1943-03-12"
    assert [p["name"] for p in b["places"]] == ["小李各庄"]
    assert {"黑田", "刘振山"} <= {c["name"] for c in b["commanders"]}  # 中队长黑田,: a surname alone after the title


def test_a_village_named_once_in_the_dated_opening_names_the_fight_without_its_cun(tmp_path):
    battles = _battles(extract_json(tmp_path, VILLAGE))
    assert list(battles) == ["张家战斗"]
    b = battles["张家战斗"]
    assert {"张家村战斗", "张家之战"} <= set(b["alt_labels"])
    assert b["start"] == "1942-05-03"
    assert "张家村" in [p["name"] for p in b["places"]]
    assert "山本" in [c["name"] for c in b["commanders"]]


def test_a_battle_named_in_passing_does_not_swallow_the_account(tmp_path):
    facts = extract_json(tmp_path, MEMOIR)
    battles = _battles(facts)
    assert "李家塘战斗" in battles
    b = battles["李家塘战斗"]
    assert b["named_in_text"] is False
    assert b["start"] == "1944-03"  # 昭和19年
    assert [p["name"] for p in b["places"]] == ["李家塘"]  # 长沙 names the campaign looked back on, not this fight
    units = {(u["name"], u["side"]) for u in b["units"]}
    assert ("独立混成第22旅团", "JP") in units  # only in the translator's bracket
    assert any(side == "CN" and "4军" in name for name, side in units)  # 新四军: the lexicon's side
    past = battles.get("长沙作战")
    assert past is None or not past["units"]


def test_a_japanese_narrator_counts_his_own_small_force(tmp_path):
    """我军 of a veteran who dates by 昭和 and sends out a 讨伐 is Japanese; 总数约四百名 is the force's strength."""
    b = _battles(extract_json(tmp_path, MEMOIR))["李家塘战斗"]
    strength = [(f["side"], f["count"], f["qualifier"]) for f in b["figures"] if f["kind"] == "strength"]
    assert strength == [("JP", 400, "about")]


def test_hundreds_without_a_force_cue_are_no_strength(tmp_path):
    text = ("1942年5月,日军中队长山本率部进攻王家村,与民兵激战半日。村里有三百名百姓,"
            "民兵掩护乡亲们转移。\n")
    facts = extract_json(tmp_path, text)
    assert all(f["kind"] != "strength" for b in facts["battles"] for f in b["figures"])


def test_a_battle_named_once_as_the_subject_keeps_its_account(tmp_path):
    text = ("1944年6月，衡阳保卫战打响。第10军在张家村一带与日军激战，击退日军多次进攻，"
            "日军的机枪和火炮日夜轰击阵地。\n")
    battles = _battles(extract_json(tmp_path, text))
    assert list(battles) == ["衡阳保卫战"]
    assert "第10军" in [u["name"] for u in battles["衡阳保卫战"]["units"]]


def test_a_text_without_fighting_coins_no_battle(tmp_path):
    text = "一九四六年春，老队长刘振山回到了张家村。他在村里办起了小学，乡亲们都叫他刘先生。\n"
    assert extract_json(tmp_path, text)["battles"] == []


def test_the_places_of_a_reportage_header_and_of_a_party_office_are_no_places_of_the_fight(tmp_path):
    """A county's name glued inside a modern zone's name (中|安新|区) and a place that opens the name of a party
    organization (保定地下党组织) are not where the fight was."""
    text = ("下面讲述一段发生在中安新区的抗日往事。\n"
            "一九四三年三月十二日清晨，鬼子中队长黑田，带着几十个鬼子，到小李各庄扫荡。"
            "保定地下党组织早已送来情报，游击队埋伏在村口的交通沟里，机枪一响，鬼子乱成一团。\n")
    battles = _battles(extract_json(tmp_path, text))
    assert list(battles) == ["小李各庄战斗"]
    assert [p["name"] for p in battles["小李各庄战斗"]["places"]] == ["小李各庄"]


def test_a_battle_that_describes_a_veteran_is_no_subject_and_the_one_village_names_the_fight(tmp_path):
    """在X中负伤的老兵: the battle describes a person; the account is of the sweep of the one village it names."""
    text = ("一九四一年冬，在百团大战中负伤的老兵赵德明回到了家乡。腊月里的一天清早，一队鬼子从县城据点出发，"
            "到马家庄清剿。赵德明带着民兵埋伏在村西的高粱地里，日军中队长松井，刚走到村口，民兵的土枪就响了。\n")
    battles = _battles(extract_json(tmp_path, text))
    assert "马家庄战斗" in battles
    assert "百团大战" not in battles or not battles["百团大战"]["places"]
    assert [p["name"] for p in battles["马家庄战斗"]["places"]] == ["马家庄"]
    assert "松井" in [c["name"] for c in battles["马家庄战斗"]["commanders"]]


def test_an_interview_and_a_garrison_diary_coin_no_fight(tmp_path):
    """Fighting recalled in quoted speech, drill (射击和冲锋演练) and a battle that only describes a veteran are no
    account of a fight: no battle is coined after the town the text keeps naming."""
    interview = ("抗战老兵访谈\n今年九十五岁的老兵王德胜，1938年参加八路军，当过连长。他说，在台儿庄战役中负伤的战友很多。"
                 "如今他住在石家庄，每天在公园散步，讲起当年的战斗，老人总是很激动：“机枪一响，什么都不怕了。”"
                 "石家庄的学生们常来看望他。\n")
    garrison = ("1944年春，第5军在保山休整。军长邱清泉要求部队加紧训练，每天进行射击和冲锋演练。保山的百姓送来粮食。"
                "部队在保山驻扎了三个月。\n")
    for text in (interview, garrison):
        assert extract_json(tmp_path, text)["battles"] == []


def test_a_unit_fresh_from_a_campaign_fights_an_unnamed_fight_of_its_own(tmp_path):
    """刚打完X会战的部队: the campaign is looked back on; the sweep told after it is coined after its village."""
    text = ("1939年10月，刚打完南昌会战的部队奉命进驻周家塘。日军中队长藤田，率部在周家塘以北与游击队交火，"
            "机枪扫射了半天，游击队从侧面袭击，日军伤亡二十余人。\n")
    battles = _battles(extract_json(tmp_path, text))
    assert "周家塘战斗" in battles
    b = battles["周家塘战斗"]
    assert b["start"] == "1939-10"
    assert "藤田" in [c["name"] for c in b["commanders"]]
    assert "南昌会战" not in battles or not battles["南昌会战"]["commanders"]
