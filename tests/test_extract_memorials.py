"""Memorial texts: the fight a monument, a memorial hall or a martyrs' cemetery commemorates.

A guide text for a memorial site, a cemetery's plaque or a museum's caption often names no battle at all: the
event is a name in quotes that the monument carries (“X”纪念碑, “X”殉难地), that the site was built to
commemorate (为纪念“X”而建) or that people died in (在“X”中牺牲). When the text also tells a fight (an enemy, a
fighting or dying word), that quoted event is the battle; the memorial's own facts (the year it was built or
rebuilt, who wrote the inscription, visitors) are not the battle's. Each text is written for this test (no name,
number or place of the held-out texts), run through `kangzhan extract` as a user would.
"""

from __future__ import annotations

from helpers import extract_json, run_cli

MONUMENT = (
    "“七勇士跳崖”纪念碑位于青石镇北约3公里的鹰嘴山下,碑高12米。"
    "为纪念1941年冬,八路军七名战士在鹰嘴山阻击日军,掩护群众转移,子弹打光后集体跳崖牺牲的壮举于1985年修建。"
    "碑文由县文化局撰写。\n"
)

CEMETERY = (
    "红岩烈士陵园建于1956年,安葬着1943年5月在“龙潭突围”中牺牲的新四军指战员。"
    "当年日军三千余人包围龙潭,新四军战士与敌激战一天,大部突围。"
    "陵园内有陈列馆,每年清明都有许多学生前来祭扫。\n"
)

PAVILION = (
    "县城东门外的纪念亭,是为纪念“东门阻敌”而建的,1992年重修。"
    "1938年10月,国民革命军第一五五师一个连在东门阻击日军,激战两昼夜,全连官兵壮烈殉国。\n"
)

NO_FIGHT = "“长征胜利”纪念碑建于1996年,碑文由当地书法家题写。每年都有许多游客前来参观,缅怀先辈。\n"


def _battles(facts: dict) -> dict[str, dict]:
    return {b["name"]: b for b in facts["battles"]}


def test_a_monument_named_after_a_quoted_event_of_a_fight_is_that_battle(tmp_path):
    battles = _battles(extract_json(tmp_path, MONUMENT))
    assert list(battles) == ["七勇士跳崖"]
    b = battles["七勇士跳崖"]
    assert b["start"] == "1941"  # the fight's year, not the monument's (1985)
    assert "鹰嘴山" in {p["name"] for p in b["places"]}


def test_the_group_that_died_together_is_counted_as_killed(tmp_path):
    b = _battles(extract_json(tmp_path, MONUMENT))["七勇士跳崖"]
    assert {(f["side"], f["count"], f["category"]) for f in b["figures"] if f["kind"] == "casualties"} == {("CN", 7, "killed")}


def test_a_cemetery_of_those_who_fell_in_a_quoted_event_gives_that_battle(tmp_path):
    battles = _battles(extract_json(tmp_path, CEMETERY))
    assert list(battles) == ["龙潭突围"]
    b = battles["龙潭突围"]
    assert b["start"] == "1943-05"  # not the year the cemetery was built
    assert "龙潭" in {p["name"] for p in b["places"]}


def test_a_pavilion_built_to_commemorate_a_quoted_event_gives_that_battle(tmp_path):
    battles = _battles(extract_json(tmp_path, PAVILION))
    assert list(battles) == ["东门阻敌"]
    b = battles["东门阻敌"]
    assert b["start"] == "1938-10"
    assert ("第155师", "CN") in {(u["name"], u["side"]) for u in b["units"]}


def test_a_quoted_event_without_any_fight_is_no_battle(tmp_path):
    assert extract_json(tmp_path, NO_FIGHT)["battles"] == []


GUIDE_PAGE = (
    "山东导游词 | 河南导游词 | 湖北导游词 | 江苏导游词\n\n"
    "“石门十二勇士”纪念碑导游词\n\n"
    "纪念碑位于石门镇东北的虎头山上,2001年重建。1940年春,新四军十二名战士在虎头山阻击日军,掩护乡亲撤离,"
    "激战半日,全部壮烈牺牲。\n  上一篇:虎头山概况导游词\n"
)


def test_a_guide_page_menu_before_the_event_is_no_part_of_the_battle(tmp_path):
    battles = _battles(extract_json(tmp_path, GUIDE_PAGE))
    assert list(battles) == ["石门十二勇士"]
    b = battles["石门十二勇士"]
    names = {p["name"] for p in b["places"]}
    assert "虎头山" in names and not names & {"山东", "河南", "湖北", "江苏"}
    assert b["start"] == "1940"
    assert ("CN", 12) in {(f["side"], f["count"]) for f in b["figures"] if f["kind"] == "casualties"}


def test_a_northeastern_hill_named_after_a_ridge_with_zi_keeps_its_whole_name(tmp_path):
    """X岗子山, X沟子村: the 子 and the hill or village word after it belong to the name."""
    text = ("1938年冬,抗联第五军一部在柳条岗子山与日军激战,随后撤至王家沟子村。"
            "日军追至王家沟子村,抗联战士与敌激战一天。\n")
    names = {p["name"] for b in extract_json(tmp_path, text)["battles"] for p in b["places"]}
    assert {"柳条岗子山", "王家沟子村"} <= names
    assert "柳条岗" not in names


def test_a_town_no_gazetteer_holds_is_also_named_without_zhen(tmp_path):
    p = tmp_path / "doc.txt"
    p.write_text(MONUMENT, encoding="utf-8")
    out = tmp_path / "out.nt"
    r = run_cli("build", str(p), "-o", str(out), store=tmp_path / "store")
    assert r.returncode == 0, r.stderr
    lines = out.read_text(encoding="utf-8").splitlines()
    node = next(line.split()[0] for line in lines if '"青石镇"@zh' in line and "label" in line)
    assert any(line.startswith(node) and "altLabel" in line and '"青石"@zh' in line for line in lines)


PURPOSE_ONLY = (
    "纪念碑位于柳河镇西2公里的鹰嘴山下。为纪念1940年冬,八路军十二名战士在鹰嘴山抗击日军,弹尽援绝,"
    "集体殉难的英雄业绩,于1985年修建。碑文由县政协撰写。\n"
)


def test_a_fight_told_only_in_a_memorials_purpose_clause_is_named_after_its_place(tmp_path):
    """No name, no quotes: 为纪念…在X抗击日军…的英雄业绩 tells a fight at X, the fight the monument stands for."""
    battles = _battles(extract_json(tmp_path, PURPOSE_ONLY))
    assert list(battles) == ["鹰嘴山战斗"]
    b = battles["鹰嘴山战斗"]
    assert b["named_in_text"] is False
    assert b["start"] == "1940"
    assert ("CN", 12) in {(f["side"], f["count"]) for f in b["figures"] if f["kind"] == "casualties"}


def test_a_memorial_built_for_what_is_no_fight_gives_no_battle(tmp_path):
    text = "为纪念1950年全县人民修建水库的英雄业绩,县里于1985年修建了纪念碑,碑文由县政协撰写。\n"
    assert extract_json(tmp_path, text)["battles"] == []
