"""Order-of-battle tables flattened to lines (参战部队 of encyclopedia pages): a unit, then the name of its
commander, space or colon separated, several pairs to a line. Every text is written for these tests."""

from __future__ import annotations

import pytest
from helpers import extract_json as extract

OOB = ("参战部队\n"
       "总司令:周启明\n"
       "副总司令:钱伯涛\n"
       "第88军 孙立德 第201师 赵文彬\n"
       "暂编第6师 郑光远\n"
       "敌军\n"
       "第41师团长(甲)松田健太郎\n"
       "独立混成第9旅团长 石川正雄\n"
       "第5飞行团 团长 高桥一郎\n"
       "1942年春,双方在某河两岸对峙。\n")


@pytest.fixture(scope="module")
def oob(tmp_path_factory):
    return extract(tmp_path_factory.mktemp("oob"), OOB)


def commands(facts: dict) -> set[tuple[str, str]]:
    return {(c["person"], c["unit"]) for c in facts["commands"]}


def test_name_after_a_unit_in_an_order_of_battle_line_commands_it(oob):
    got = commands(oob)
    for want in [("孙立德", "第88军"), ("赵文彬", "第201师"), ("郑光远", "暂编第6师"), ("松田健太郎", "第41师团"),
                 ("石川正雄", "独立混成第9旅团"), ("高桥一郎", "第5飞行团")]:
        assert want in got, (want, got)
    assert ("孙立德", "第201师") not in got  # each name heads the unit right before it only


def test_title_and_colon_give_a_person_without_a_command(oob):
    names = {p["name"] for p in oob["persons"]}
    assert {"周启明", "钱伯涛"} <= names, names
    assert not any(p in ("周启明", "钱伯涛") for p, _u in commands(oob))


PAGE = ("参战部队\n"
        "第88军 孙立德 第201师 赵文彬\n"
        "第41师团长(甲)松田健太郎\n"
        "河口战役是抗日战争中的一场战役。\n"
        "经过\n"
        "河口战役\n"
        "1942年4月2日,日军第41师团向第201师阵地进攻。\n")


def test_order_of_battle_before_the_lead_belongs_to_the_battle_of_the_page(tmp_path):
    facts = extract(tmp_path, PAGE)
    battle = next(b for b in facts["battles"] if b["name"] == "河口战役")
    units = {u["name"] for u in battle["units"]}
    assert "第88军" in units, units  # named only in the order of battle, before the lead
    assert {"孙立德", "松田健太郎"} <= {c["name"] for c in battle["commanders"]}, battle["commanders"]


def test_japanese_name_before_de_and_a_picked_formation_commands_it(tmp_path):
    text = "1938年春,守军当面之敌为山田太郎的精锐第8师团及一个炮兵联队,双方激战三日。\n"
    facts = extract(tmp_path, text)
    assert "山田太郎" in {p["name"] for p in facts["persons"]}, facts["persons"]
    assert ("山田太郎", "第8师团") in commands(facts), facts["commands"]


def test_detachment_named_after_its_army_is_a_unit(tmp_path):
    text = "1939年夏,日军以朝鲜军松本支队配合第8师团,向河口一带守军发起进攻。\n"
    facts = extract(tmp_path, text)
    assert ("松本支队", "JP") in {(u["name"], u["side"]) for u in facts["units"]}, facts["units"]
