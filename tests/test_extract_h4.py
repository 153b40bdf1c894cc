"""Rules found reading a noisy Traditional magazine page of round 38 (pinyin glosses, mojibake, a field army's
coordinated columns, a garrison counted by its unit chain, a kill verb over a long list of strongpoints); every
sentence here is invented for the test, in Simplified and Traditional, with and without glosses."""
from helpers import extract_json as extract

from kangzhan.extract.mentions.figures import find_figures
from kangzhan.text.glosses import find_glosses


def _battle(d: dict, name: str) -> dict:
    return next(b for b in d["battles"] if b["name"] == name)


def _commands(d: dict) -> set[tuple[str, str]]:
    return {(c["person"], c["unit"]) for c in d["commands"]}


def test_a_frame_of_command_opening_the_clause_commands_its_subject_units(tmp_path):
    """在X指挥下,A、B及C…发起攻击: the units right after the frame are the ones he led (a coordinated 第三、第五支队
    shares its echelon word)."""
    text = "1941年3月,桐溪战斗打响。3月5日晚,在陈明远指挥下,新四军第三、第五支队及地方武装同时发起攻击。\n"
    cmds = _commands(extract(tmp_path, text))
    assert ("陈明远", "第3支队") in cmds and ("陈明远", "第5支队") in cmds


def test_the_frame_with_a_title_and_in_traditional_with_glosses(tmp_path):
    text = ("1941年3月,桐溪戰(zhàn)鬥打響。3月5日晚,在司令員陳明遠的統(tǒng)一指揮下,皖南野戰(zhàn)軍第三縱隊(duì)"
            "和第五縱隊(duì)同時(shí)發(fā)起攻擊。\n")
    d = extract(tmp_path, text)
    assert ("陈明远", "第3纵队") in _commands(d) and ("陈明远", "第5纵队") in _commands(d)
    b = _battle(d, "桐溪战斗")
    assert "皖南" not in {p["name"] for p in b["places"]}  # the field army's region is its name, no place


def test_look_alike_a_frame_whose_clause_has_no_unit_commands_none(tmp_path):
    """在X指挥下,我军迅速占领…,第三支队随后赶到: the unit of a later clause is no subject of the frame."""
    text = "1941年3月,桐溪战斗打响。在陈明远指挥下,我军迅速占领了村庄,第三支队随后赶到。\n"
    assert not _commands(extract(tmp_path, text))


def test_a_region_field_army_is_a_unit_not_a_place(tmp_path):
    text = "1946年春,华中野战军第一纵队在河口战斗中击溃守敌。\n"
    d = extract(tmp_path, text)
    assert any(u["name"] == "华中野战军" for u in d["units"])
    assert all(p["name"] != "华中" for b in d["battles"] for p in b["places"])


def _figs(text: str) -> list[tuple[str, int, str | None]]:
    return [(m.value["kind"], m.value["count"], m.value["side"]) for m in find_figures(text)]


def test_a_chain_of_units_then_its_men_is_a_strength():
    """日军第9旅团31大队800余人和伪第12师等3000多人: each unit chain and its count; a puppet division is Japanese-side."""
    figs = _figs("城内驻有日军第9旅团31大队800余人和伪12师等3000多人,拒不投降。")
    assert ("strength", 800, "JP") in figs and ("strength", 3000, "JP") in figs


def test_look_alike_a_chain_with_a_small_count_or_no_men():
    assert _figs("第3团2营300余人") == []  # a small force stated without a strength cue
    assert _figs("伪12师等3个师开到城外。") == []


def test_a_kill_verb_over_a_long_list_of_strongpoints_counts_the_enemy_at_its_end():
    """歼灭A外围据点和B、C以及D等处日伪军据点守敌约900余人: the list holds 、/和/以及; the count closes the clause."""
    text = "三天内歼灭甲镇外围据点和乙村、丙庄以及丁集等处日伪军据点守敌约900余人。"
    assert ("casualties", 900, "JP") in _figs(text)


def test_look_alike_a_kill_verb_whose_clause_ends_before_a_count():
    assert all(k != "casualties" for k, _, _ in _figs("歼灭日军的计划失败后,敌军3000余人撤走。"))
    assert _figs("我军消灭了来犯的敌人,缴获步枪300余支。") == []


def test_a_gloss_whose_character_became_a_question_mark_is_dropped():
    """守?cái)约: a copying site turned the character and its bracket into '?'; the '?' ends no sentence."""
    assert find_glosses("守?cái)約") == [(1, 6)]
    assert find_glosses("你去吗?a) 选项") == []  # no Han character before the '?': a question and a list item


def test_traditional_page_with_a_headless_gloss_keeps_the_figure_in_its_sentence(tmp_path):
    text = ("1945年12月,桐溪戰役打響。三天內殲滅甲鎮外圍據點和乙村、丙莊以及丁集等處日偽軍據點守?cái)約900余人。"
            "桐溪戰役勝利結(jié)束。\n")
    b = _battle(extract(tmp_path, text), "桐溪战役")
    assert any(f["kind"] == "casualties" and f["count"] == 900 for f in b["figures"])


def test_look_alike_a_frame_of_political_leadership_commands_nothing(tmp_path):
    """在X领导下,八路军和新四军…: a party's leadership, no command of the armies."""
    text = "1940年8月,百团大战开始。在毛泽东领导下,八路军和新四军坚持敌后抗战。\n"
    assert not _commands(extract(tmp_path, text))


def test_a_martyrs_park_named_after_its_town_keeps_the_town_a_place():
    """甲市烈士公园: 烈士 opens the park's name, no honorific of a man the county was named after."""
    from kangzhan.extract.mentions.places import find_places
    text = "该馆位于宿迁烈士公园西侧。1943年日军侵占宿迁后,在宿迁城内设司令部。"
    assert "宿迁" in [m.text for m in find_places(text)]


def test_look_alike_a_martyrs_tomb_keeps_the_honorific_reading():
    from kangzhan.extract.mentions.places import find_places
    assert "高平" not in [m.text for m in find_places("战后,人们在高平烈士墓前悼念这位团长。日军曾在高平一带活动。")]
