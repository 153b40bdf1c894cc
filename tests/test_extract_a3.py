"""Figures (category a3 of the twenty-first session): a figure belongs to the fight its sentence tells, never to a
record over many fights or years; and the figures told in ordinary ways are read. Invented sentences in several
genres, each case with a look-alike that must not fire."""

from __future__ import annotations

from helpers import extract_json as extract

from kangzhan.extract.mentions.figures import find_figures
from kangzhan.text.layout import find_layout_spaces


def _figs(text: str) -> set[tuple[str, str | None, int, str]]:
    return {(m.value["kind"], m.value["side"], m.value["count"], m.value["category"]) for m in find_figures(text)}


def _battle_figs(facts: dict, name: str) -> set[tuple[str | None, int]]:
    b = next(b for b in facts["battles"] if b["name"] == name)
    return {(f["side"], f["count"]) for f in b["figures"]}


# --- the death said after the men counted (encyclopedia, chronicle)

def test_a_death_verb_after_the_count_is_a_loss():
    assert ("casualties", "JP", 80, "killed") in _figs("黄昏时战斗结束,日军80余人毙命,我军乘胜追击。")
    assert ("casualties", "JP", 200, "killed") in _figs("此战敌二百余人丧命,余敌溃逃。")


def test_a_count_of_horses_dying_is_no_loss():
    assert not _figs("途中骡马30余匹毙命。")


def test_the_passive_of_our_killing_after_the_men_counted():
    # a log's line: the count, the men, "all of them", then the passive
    assert ("casualties", "JP", 24, "killed") in _figs("17日晚,游击队进攻铁路桥,与护路兵激战,24名日兵尽被歼灭。")
    assert ("casualties", "JP", 40, "killed") in _figs("日军一个小队四十多人被我全歼。")
    assert ("casualties", "JP", 30, "captured") in _figs("战斗中伪军30余人被活捉。")


def test_driven_off_is_no_loss():
    assert not any(f[0] == "casualties" for f in _figs("日军一个小队四十多人被我击退。"))


def test_our_dead_said_before_their_count():
    # memoir and report: 牺牲 of one's own men, 死亡 with the side named in its clause
    assert ("casualties", "CN", 12, "killed") in _figs("我连牺牲12人,伤20人。")
    assert ("casualties", "JP", 12, "killed") in _figs("敌死亡12名,我军战死3名。")
    assert ("casualties", "CN", 473, "killed") in _figs("是役我军死亡四七三人,负伤者五百余人。")


def test_dead_of_no_side_are_no_loss():
    assert not _figs("那场大水造成死亡300人。")


def test_we_as_the_subject_of_a_loss_are_the_narrator_side():
    # a diary: 我们 lost them
    assert ("casualties", "CN", 15, "wounded") in _figs("这次我们负伤战士十五人。")


def test_we_as_a_place_decide_no_side():
    assert not any(f[1] == "CN" for f in _figs("日军在我们这里失踪三十多人,"))


# --- a thousands separator written as a space (a lesson plan's table, a news page)

def test_a_space_grouping_thousands_is_dropped():
    text = "甲家岭击毙日军2 000余人 乙城陷入包围"
    assert find_layout_spaces(text) == [(8, 9)]


def test_two_cells_of_a_table_are_not_one_number():
    assert find_layout_spaces("伤亡 100 200") == []
    assert find_layout_spaces("1 200人") == []  # an item's number opening the line


# --- a record over many fights or years is no battle's figure (biography, memorial news)

def test_a_record_over_many_fights_is_no_figure():
    assert not _figs("1937年至1944年间,该支队转战平原,经历大小战斗870余次,歼灭日伪军近3.7万人。")
    assert not _figs("三年来,该大队作战二百余次,毙伤日伪军三千余人。")
    assert not _figs("抗战中,他率部打了几十次仗,毙敌上千人。")
    assert not _figs("1938年至1940年,该团毙敌1200余人。")


def test_one_fight_or_a_few_engagements_keep_their_figures():
    assert ("casualties", "JP", 300, "killed") in _figs("一战毙敌三百人。")
    assert ("casualties", "JP", 100, "killed") in _figs("经过三次战斗,毙敌百余人。")
    assert ("casualties", "JP", 300, "killed") in _figs("敌人先后发起十余次冲锋,均被击退,毙敌三百余人。")
    assert ("casualties", "JP", 48000, "killedAndWounded") in _figs("1944年至1945年的滇西战役中,我军毙伤日军4.8万人。")


# --- the fight a figure's sentence tells (news of a memorial, a table under a campaign)

def test_a_figure_framed_by_a_fight_named_in_its_sentence_goes_to_that_fight(tmp_path):
    text = ("石河会战阻击战纪念园开园\n"
            "今天上午,石河会战东岭阻击战纪念园举行开园仪式,以纪念在1939年柳沟战斗中牺牲的312名抗日将士。\n"
            "1939年3月5日,驻守柳沟的中国军队与日军打响了柳沟战斗,坚守三昼夜。\n")
    facts = extract(tmp_path, text)
    names = {b["name"] for b in facts["battles"]}
    assert "柳沟战斗" in names
    assert ("CN", 312) in _battle_figs(facts, "柳沟战斗")
    assert all(("CN", 312) not in _battle_figs(facts, n) for n in names - {"柳沟战斗"})


def test_a_figure_after_a_fight_named_without_a_frame_stays_with_its_sentence(tmp_path):
    # the look-alike: the fight named first is no frame (no 中 after it); the figure stays where its sentence is
    text = ("柳沟战斗\n1939年3月5日,驻守柳沟的中国军队与日军打响了柳沟战斗,坚守三昼夜,毙敌200余人。\n")
    facts = extract(tmp_path, text)
    assert ("JP", 200) in _battle_figs(facts, "柳沟战斗")


def test_a_figure_whose_clause_names_the_site_of_another_fight_goes_to_it(tmp_path):
    # a lesson plan's table row under the campaign: the row names the fight's site, then its toll
    # (the site must be a place the gazetteer knows: 娘子关 here, in an invented row)
    text = ("教师:石河会战后,双方又在何地交战?\n学生:石河会战。娘子关战斗。\n"
            "时间 地点 战绩 结果\n1940年5月-8月 石河 附近 娘子关击毙日军2 000余人 石河失守\n")
    facts = extract(tmp_path, text)
    assert ("JP", 2000) in _battle_figs(facts, "娘子关战斗")
    assert ("JP", 2000) not in _battle_figs(facts, "石河会战")


def test_the_place_a_force_came_from_is_no_site_of_its_figure():
    # a county chronicle: 乙镇日伪军80多人进犯甲村 — 乙镇 is where the force came from, 甲村 where it fought; only a
    # place with a fighting verb after it (or 在/于 before it) is a site that moves a figure
    from kangzhan.extract.pipeline import _FOUGHT_AT

    assert _FOUGHT_AT.match("击毙日军2000余人")
    assert _FOUGHT_AT.match("附近激战2小时")
    assert not _FOUGHT_AT.match("日伪军80多人")
    assert not _FOUGHT_AT.match("出发,向北进犯")


def test_a_force_grown_to_its_size_is_no_strength():
    assert not _figs("抗日联军至此发展到11个军三万余人,在广大地域开展游击活动。")
    assert ("strength", "JP", 30000, "strength") in _figs("日军增兵至3万余人,向我阵地猛攻。")


def test_bodies_counted_with_their_side_are_its_killed():
    assert ("casualties", "JP", 10000, "killed") in _figs("日军也伤亡惨重,约近万具日寇的尸体倒在城内城外。")


def test_the_war_years_in_digits_frame_a_war_total():
    # a news headline about the whole war's toll, no fight named
    assert not _figs("网评:8年抗战某军只打死900个日军?老兵说出真相")
    assert ("casualties", "JP", 10000, "killed") in _figs("八年抗战中的某河战役毙敌1万余人。")


def test_many_engagements_within_months_are_one_campaign_whose_total_is_kept():
    # a campaign's summary: its engagements counted within its months, then its total
    text = "从1941年5月3日-9月1日的4个月中,某军共进行大小战斗900余次,总计毙伤俘日伪军达30000人。"
    assert any(f[0] == "casualties" and f[2] == 30000 for f in _figs(text))
