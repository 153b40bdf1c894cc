"""The Japanese family-name lexicon (surnames_jp.txt, built by build_surnames_jp from a frequency list):
officers with less frequent surnames are read as Japanese persons, Chinese words and Chinese names are not.
Sentences written for these tests, in the style of other accounts; none is taken from the seeds."""

from __future__ import annotations

import pytest

from kangzhan.extract.lexicons.build_surnames_jp import keep, ranked, render, to_simplified
from kangzhan.extract.mentions.lexdata import jp_surname_len, jp_surnames
from kangzhan.extract.mentions.persons import find_persons, name_style


def _persons(text: str) -> list[str]:
    return [m.text for m in find_persons(text)]


@pytest.mark.parametrize(("text", "name"), [
    ("三月中旬，矶谷廉介率第10师团主力沿津浦路南下，直逼台儿庄。", "矶谷廉介"),
    ("日军第10师团师团长矶谷廉介中将率部沿津浦路南下。", "矶谷廉介"),
    ("阿南惟几下令各师团向长沙推进。", "阿南惟几"),
    ("牛岛满率第32军死守冲绳。", "牛岛满"),
    ("土肥原贤二率第14师团渡过黄河，进犯豫东。", "土肥原贤二"),
    ("冈村宁次命第11军主力向南昌推进。", "冈村宁次"),
    ("本间雅晴指挥第14军在吕宋登陆。", "本间雅晴"),
    ("寺内寿一令第5师团进攻忻口。", "寺内寿一"),
])
def test_officer_with_a_less_frequent_surname_is_a_japanese_person(text: str, name: str) -> None:
    assert name in _persons(text)
    assert name_style(name) == "JP"


@pytest.mark.parametrize("name", ["牛岛满", "畑俊六", "矶谷廉"])
def test_three_character_names_with_a_listed_surname_are_japanese(name: str) -> None:
    assert name_style(name) == "JP"


def test_a_title_keeps_its_last_character() -> None:
    # 长泽 is a Japanese family name, but here 长 closes the title 军长
    assert _persons("1942年，日军第13军军长泽田茂指挥第22、第32师团进犯浙赣线。") == ["泽田茂"]


@pytest.mark.parametrize(("text", "name"), [
    ("搜索联队联队长原清一大佐率部突围，后原大佐负伤。", "原清一"),
    ("第4旅团旅团长中山久雄少将指挥所部渡河。", "中山久雄"),
])
def test_a_word_like_family_name_closed_by_a_rank_is_a_name(text: str, name: str) -> None:
    # 原 and 中山 are everyday Chinese words and left out of surnames_jp.txt; the rank after the given name decides
    assert name in {m.value["name"] for m in find_persons(text)}
    assert name[:1] not in jp_surnames() and name[:2] not in jp_surnames()


@pytest.mark.parametrize("text", [
    "城内守军奉命死守，所部伤亡过半，高地上的阵地失而复得，长江沿岸各部向上级报告。",
    "中山舰官兵前往重庆述职，东北军在中原作战，大家同心协力。",
    "新编部队向前推进，南部各县平原地区所有民众撤离。",
])
def test_chinese_words_that_are_also_japanese_surnames_make_no_person(text: str) -> None:
    assert _persons(text) == []


@pytest.mark.parametrize(("text", "name"), [
    ("第10军军长李玉堂率部坚守常德。", "李玉堂"),
    ("第2集团军总司令孙连仲率部进驻台儿庄，林蔚指挥第20军团。", "林蔚"),
])
def test_chinese_commanders_stay_chinese(text: str, name: str) -> None:
    assert name in _persons(text)
    assert name_style(name) == "CN"


def test_lexicon_lists_officers_surnames_and_no_chinese_word() -> None:
    names = jp_surnames()
    assert len(names) > 1500
    assert {"畑", "板垣", "本间", "冈村", "阿南", "横山", "香月", "牛岛", "寺内", "佐佐木", "渡边", "斋藤"} <= names
    assert not {"所", "中", "长", "大家", "长江", "李", "林", "高"} & names
    assert jp_surname_len("长谷川清") == 3 and jp_surname_len("土肥原贤二") >= 2 and jp_surname_len("王耀武") == 0


@pytest.mark.parametrize(("ja", "zh"), [
    ("渡辺", "渡边"), ("斎藤", "斋藤"), ("浜田", "滨田"), ("桜井", "樱井"), ("広瀬", "广濑"), ("中島", "中岛"),
    ("本間", "本间"), ("沢田", "泽田"), ("佐々木", "佐佐木"), ("岡村", "冈村"), ("磯谷", "矶谷"), ("髙橋", "高桥"),
    ("富樫", "富樫"),  # t2s would give 㭴, outside the common block: kept as written
])
def test_generator_writes_names_as_chinese_texts_do(ja: str, zh: str) -> None:
    assert to_simplified(ja) == zh


def test_generator_merges_ranks_and_filters() -> None:
    rows = [("佐藤", 100), ("斉藤", 30), ("斎藤", 40), ("一ノ瀬", 90), ("所", 80), ("李", 70), ("畑", 5)]
    names = ranked(rows)
    assert names == ["佐藤", "所", "李", "斋藤", "齐藤", "畑"]  # 一ノ瀬 dropped: a kana
    assert keep(names, frozenset({"所"}), frozenset({"李"})) == ["佐藤", "斋藤", "齐藤", "畑"]
    text = render(["佐藤", "畑"], "0.4.0", 2000, 1000)
    assert "japanese-personal-name-dataset==0.4.0" in text and text.splitlines()[-1] == "佐藤 畑"
