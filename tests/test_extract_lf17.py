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
    assert ("掖县三支队", "掖县第3支队", "CN") in _units(tmp_path, text)
    facts = extract_json(tmp_path, text)
    assert [u["name"] for b in facts["battles"] for u in b["units"]] == ["掖县第3支队"]


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
