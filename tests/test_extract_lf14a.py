"""A fight the text never names, told in one clause by what befell its place (X失守, 收复X, X五勇士, 以X突围为主线,
在X与日军遭遇, 强渡X河), at a post (X据点, X车站, X炮楼), and the look-alikes that tell no fight (an honour, an
office, a break-out toward a place, a memorial). New sentences, through the public extract pipeline."""

from __future__ import annotations

import pytest

from kangzhan.extract.pipeline import extract
from kangzhan.text.read import source_from_string

PREFACE = "以下据地方史料整理。\n"


def _battles(sentence: str) -> list[tuple[str, str | None, list[str]]]:
    facts = extract(source_from_string(PREFACE + sentence, doc_id="lf14a"))
    return [(b.name, b.start.iso if b.start else None, [p for p, _ in b.places]) for b in facts.battles]


@pytest.mark.parametrize(("sentence", "name", "date", "place"), [
    ("1939年3月，南召县城失守，守军伤亡过半。", "南召战斗", "1939-03", "南召县"),
    ("牛角岭五勇士在阵地上与日军拼杀，全部壮烈牺牲。", "牛角岭战斗", None, "牛角岭"),
    ("展览以十字岭突围为主线，再现了当年的战斗历程。", "十字岭战斗", None, "十字岭"),
    ("展览以大峪口突围为主线，讲述了一个连队的故事。", "大峪口战斗", None, "大峪口"),
    ("1941年7月，新四军某部在朱家岗与日军遭遇，激战至黄昏。", "朱家岗战斗", "1941-07", "朱家岗"),
    ("1938年3月，日军强渡沂河，守军凭河阻击，毙伤敌一百余人。", "沂河战斗", "1938-03", "沂河"),
    ("那年春天，我们营奉命攻打淇县县城，打了两天两夜。", "淇县战斗", None, "淇县"),
    ("1943年5月，我部于沁河附近与敌约一千交战，击退之。", "沁河战斗", "1943-05", "沁河"),
])
def test_a_fight_told_by_what_befell_its_place_is_coined_after_it(sentence, name, date, place):
    got = _battles(sentence)
    assert [(n, d) for n, d, _ in got] == [(name, date)]
    assert place in got[0][2]


@pytest.mark.parametrize(("sentence", "place"), [
    ("1942年冬，民兵在孟村据点附近伏击日伪军，毙敌五名。", "孟村"),
    ("1940年9月，游击队夜袭桑园炮楼，毙伪军十余名。", "桑园"),
    ("1943年春，武工队在郑庄炮楼下与伪军交战，缴枪六支。", "郑庄"),
    ("杜庄据点一役，我军毙伤日伪军六十余人。", "杜庄"),
])
def test_a_post_names_its_place(sentence, place):
    got = _battles(sentence)
    assert len(got) == 1 and got[0][0].startswith(place) and any(place in p for p in got[0][2])


@pytest.mark.parametrize("sentence", [
    "他被授予“太行区战斗英雄”称号。",
    "他荣获冀中战斗模范的光荣称号，1950年转业。",
    "1944年，他在浮山县担任县长，收复失地的工作十分艰巨。",
    "部队奉命向王庄突围，转移到山区休整。",
    "部队奉命向东阳关突围，转移到山区休整。",
    "日军在柳河镇修筑炮楼三座，强征民夫百余人。",
    "狼窝掌五壮士纪念碑位于山顶。",
    "部队经过娄烦县时，当地群众送来军鞋。",
    "1939年，该团驻防沁河沿岸，担负警戒任务。",
    "民兵在日伪据点周围张贴标语。",
])
def test_a_place_with_war_words_but_no_fight_gives_no_battle(sentence):
    assert _battles(sentence) == []


def test_the_unnamed_fight_benchmark_runs_on_a_few_places():
    from benchmarks import unnamed_fight_recall as bench
    places = [p for p in bench.load_places() if p[0] in ("灵丘县", "滹沱河", "马坊据点")]
    results = bench.run(places)
    assert results and bench.recall(results) > 0.8
    total, fps = bench.false_positives(places)
    assert total and not fps
