"""Round 19's diagnosis (helper d19a): a sentence line taken for a section heading swallowed its subject and verb
into the battle's name; every sentence here is written for the test (other places, units and persons than the
set's texts)."""
from helpers import extract_json as extract


def _names(tmp_path, text):
    return {b["name"] for b in extract(tmp_path, text)["battles"]}


def test_a_sentence_line_ending_in_a_colon_is_no_heading(tmp_path):
    text = ("抗战爆发后,他的儿子随学校南迁。\n"
            "王振邦曾参加固安保卫战,率部在永定河畔阻敌,他在日记中写道:\n"
            "九月十四日,我率第五团死守固安城,激战两昼夜。\n")
    names = _names(tmp_path, text)
    assert "固安保卫战" in names
    assert not any("王振邦" in n or "参加" in n for n in names)


def test_a_sentence_with_another_wording_and_a_full_width_colon(tmp_path):
    text = ("据县志记载,\n"
            "赵德胜参与了涿州守城战，带领一个营坚守北门，后来他回忆：\n"
            "敌人攻了三天，城墙被炸开两处。\n")
    names = _names(tmp_path, text)
    assert "涿州守城战" in names
    assert not any("赵德胜" in n for n in names)


def test_a_title_line_telling_who_took_part_names_the_battle_after_the_verb(tmp_path):
    text = "陈国华亲历过娘子关战役\n1937年10月,他所在的团奉命开赴前线。\n"
    names = _names(tmp_path, text)
    assert "娘子关战役" in names
    assert not any("陈国华" in n for n in names)


def test_a_heading_with_its_name_then_a_colon_stays_a_heading(tmp_path):
    text = "前言\n\n宛平保卫战:1937年7月,第二十九军一部在宛平城抗击日军。\n"
    assert "宛平保卫战" in _names(tmp_path, text)


def _places(tmp_path, text, battle):
    return {p["name"] for b in extract(tmp_path, text)["battles"] if b["name"] == battle for p in b["places"]}


def test_a_village_the_text_names_a_fight_after_is_a_place_where_it_is_held(tmp_path):
    text = ("孙志远曾参加刘官庄保卫战。\n"
            "他回忆说:1938年3月,我带领第311团,死守刘官庄阵地,与日军激战三昼夜,毙敌二百余人。\n")
    assert "刘官庄" in _places(tmp_path, text, "刘官庄保卫战")


def test_another_wording_a_fight_named_after_a_hamlet_and_its_surroundings(tmp_path):
    text = ("1940年6月,独立团在赵官屯一带与日军激战一昼夜,击毙日军五十余人。此即赵官屯战斗。\n")
    assert "赵官屯" in _places(tmp_path, text, "赵官屯战斗")


def test_a_word_with_the_same_characters_named_by_no_fight_is_no_place(tmp_path):
    text = ("1939年春,第七团在马家集与日军激战。团长命令部队死守司令官屯阵地,击退日军三次进攻。\n")
    names = {p["name"] for b in extract(tmp_path, text)["battles"] for p in b["places"]}
    assert "司令官屯" not in names and "令官屯" not in names
