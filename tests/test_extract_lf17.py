"""Leftovers of units and places, each on sentences written for this test (other fights, units, places and persons
than the seed, dev and held-out texts):

- guerrilla and local forces number their 支队/大队/中队 without 第 and chain them after a higher unit (二军四大队,
  五支队二中队) or a county (掖县三支队): a unit and its part, or a county's own force (the county stays in its key);
  三大队伍 / 二支队伍 (队伍, troops) and a county-less 全县三大队 are no unit; 八路军五支队 keeps 八路军;
- a mountain word jieba tags as a person's name (白云山) is a place where only a place can stand (在X伏击, 攻占X),
  and stays a person before his troops, a possessive or his title (进攻X部, 在X的指挥下).
"""

from __future__ import annotations

from pathlib import Path

from helpers import extract_json, extract_jsonl


def _units(tmp_path: Path, text: str) -> list[tuple[str, str, str | None]]:
    return [(m["text"], m["value"]["key"], m["value"]["side"]) for m in extract_jsonl(tmp_path, text)
            if m.get("kind") == "unit"]


def _places(tmp_path: Path, text: str) -> set[str]:
    return {m["text"] for m in extract_jsonl(tmp_path, text) if m.get("kind") == "place"}


def _persons(tmp_path: Path, text: str) -> set[str]:
    return {m["text"] for m in extract_jsonl(tmp_path, text) if m.get("kind") == "person"}


# --- numbered local units without 第 ----------------------------------------------------------------------------

def test_a_county_and_a_bare_numbered_detachment_is_the_countys_own_force(tmp_path):
    text = "1941年4月2日,日军一个中队由县城出发,途经石门铺,遭掖县三支队阻击,激战一日,击毙日军十余人。"
    assert ("掖县三支队", "掖县三支队", "CN") in _units(tmp_path, text)  # keyed as written: the county's own name
    facts = extract_json(tmp_path, text)
    assert [u["name"] for b in facts["battles"] for u in b["units"]] == ["掖县三支队"]


def test_a_bare_battalion_after_its_army_is_its_part_and_shares_its_side(tmp_path):
    text = ("1940年5月3日,伪军二百余人偷袭东北抗日义勇军二军四大队驻地柳家屯。二军四大队三十余人奋起还击,"
            "激战半日,伪军溃逃。")
    got = _units(tmp_path, text)
    assert ("二军", "第2军", "CN") in got and ("四大队", "第4大队", "CN") in got
    assert all(side == "CN" for _t, _k, side in got)


def test_a_detachment_and_its_company_without_di(tmp_path):
    got = _units(tmp_path, "1942年秋,抗日游击队五支队二中队在河口与日军交火。")
    assert ("二中队", "第2中队", "CN") in got


def test_troops_and_a_county_word_make_no_unit(tmp_path):
    got = _units(tmp_path, "会后全县三大队伍开赴前线,他带着二支队伍上山,群众送来三大车粮食。")
    assert got == []


def test_a_named_army_before_its_detachment_keeps_its_name(tmp_path):
    got = _units(tmp_path, "1940年春,八路军三支队在河滩阻击日军。")
    assert ("八路军", "八路军", "CN") in got and ("三支队", "第3支队", "CN") in got


# --- mountains jieba reads as persons -----------------------------------------------------------------------------

def test_a_person_like_mountain_in_a_place_frame_is_a_place(tmp_path):
    text = "1942年8月9日,八路军一部在白云山伏击日军运输队,毙伤日军五十余人。"
    assert "白云山" in _places(tmp_path, text)
    facts = extract_json(tmp_path, text)
    assert any(p["name"] == "白云山" for b in facts["battles"] for p in b["places"])


def test_a_person_like_mountain_after_a_place_verb_is_a_place(tmp_path):
    assert "白云山" in _places(tmp_path, "1943年春,新四军某部攻占白云山,毙敌四十余名。")


def test_a_general_with_a_mountain_name_stays_a_person(tmp_path):
    text = "1938年春,他奉命向阎锡山报告战况。在阎锡山的指挥下,晋绥军一部进至忻口。日军进攻阎锡山部。"
    assert "阎锡山" not in _places(tmp_path, text)
    assert "阎锡山" in _persons(tmp_path, text)


# --- a village after a bearing ------------------------------------------------------------------------------------

def _battle_places(tmp_path: Path, text: str) -> list[list[str]]:
    return [[p["name"] for p in b["places"]] for b in extract_json(tmp_path, text)["battles"]]


def test_the_village_after_a_bearing_from_the_town_is_the_place(tmp_path):
    text = "1944年6月1日,日军二百余人进犯县城以北刘家村,八路军一部奋起迎击,激战半日,毙敌二十余人。"
    assert "刘家村" in _places(tmp_path, text)
    assert any("刘家村" in ps for ps in _battle_places(tmp_path, text))


def test_a_clause_fight_at_a_village_north_of_the_town(tmp_path):
    text = "1943年3月12日,新四军一部在城北赵庄与日军遭遇,激战三小时,毙敌三十余人。"
    assert _battle_places(tmp_path, text) == [["赵庄"]]


def test_a_clause_fight_at_a_village_located_from_a_city(tmp_path):
    text = "1944年6月1日,八路军一部在沧州以北孙家庄伏击日军,毙敌二十余人。"
    assert any("孙家庄" in ps for ps in _battle_places(tmp_path, text))


def test_a_bearing_alone_makes_no_place(tmp_path):
    assert _places(tmp_path, "1944年6月1日,日军向城北撤退,我军追至县城以北地区。") == set()


# --- a career's places ----------------------------------------------------------------------------------------------

def test_the_places_of_a_career_list_are_not_the_fights(tmp_path):
    text = ("他生于1920年,1937年入伍。他参加过台儿庄战役、昆仑关战役,在滕县、徐州、柳州等地抗日。"
            "1939年12月,日军五千余人进犯昆仑关,他所在的第5军奋起反击,激战半月。")
    ps = {p for b in _battle_places(tmp_path, text) for p in b}
    assert "昆仑关" in ps
    assert not ps & {"滕县", "徐州", "柳州"}


def test_a_commanders_fight_over_several_places_keeps_them(tmp_path):
    text = "1939年12月,昆仑关战役打响。他率第5军在九塘、六塘等地与日军激战,毙敌四千余人。"
    ps = {p for b in _battle_places(tmp_path, text) for p in b}
    assert {"九塘", "六塘"} <= ps


def test_the_places_in_offices_held_are_not_the_fights(tmp_path):
    text = ("1940年8月,百团大战中,八路军一部攻克娘子关,毙敌百余人。指挥此战的张某,历任平定县县长、太原专员等职。")
    ps = {p for b in _battle_places(tmp_path, text) for p in b}
    assert "娘子关" in ps
    assert not ps & {"平定县", "太原", "平定"}


# --- the fight words of the side guess ----------------------------------------------------------------------------

def test_an_attack_after_joining_up_does_not_make_the_partner_the_enemy(tmp_path):
    facts = extract_json(tmp_path, "1939年5月,日军与第13军会合后,休整三日,再向随县发起进攻。")
    assert [(u["name"], u["side"]) for u in facts["units"]] == [("第13军", None)]


def test_a_clash_after_yu_makes_the_partner_the_enemy(tmp_path):
    facts = extract_json(tmp_path, "1941年3月,日军与第70军在上高以东血战三日。")
    assert [(u["name"], u["side"]) for u in facts["units"]] == [("第70军", "CN")]
