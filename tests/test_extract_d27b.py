"""Rules from round 27's diagnosis (a party-lecture script, a brand story told through an interview); every sentence
here is written for the test."""
import json

from helpers import extract_json as extract
from helpers import run_cli

_LECTURE = ("缅怀先烈主题党课讲稿\n同志们:\n和平年代更要铭记历史。今天我们回顾那段岁月,汲取奋进的力量。\n"
            "1937年,“八一三”事变爆发。日军调集重兵进攻上海,守军奋起抵抗。面对三千多名日军,守军一个团坚守闸北,"
            "日军伤亡三百余人,最终占领上海。\n")


def test_an_incident_named_at_its_outbreak_is_the_battle_told_not_a_fight_at_the_city_it_took(tmp_path):
    """A speech names the incident once, as breaking out (X事变爆发。), and tells it in the sentences after: the
    account is the incident's, not a campaign coined after the city the enemy attacked and took."""
    battles = extract(tmp_path, _LECTURE)["battles"]
    assert [b["name"] for b in battles] == ["八一三事变"]
    assert "上海" in {p["name"] for p in battles[0]["places"]}


def test_an_incident_named_by_its_day_starts_on_that_day_of_the_year_the_text_gives(tmp_path):
    """“八一三”事变 dated by the text to its year only: the name gives the month and the day."""
    battles = extract(tmp_path, _LECTURE)["battles"]
    assert battles[0]["start"] == "1937-08-13"


def test_an_outbreak_in_a_paragraph_of_its_own_leaves_the_fight_told_later(tmp_path):
    """The incident's outbreak as a time in its own paragraph, then a village fight years later: the village fight
    is still told (the account after the outbreak is not the incident's)."""
    text = ("1937年,七七事变爆发。全国抗战开始。\n"
            "1940年春,独立团一营在李家庄伏击日军一个中队,击毙日军四十余人。日军增援部队进攻李家庄,一营撤出李家庄。\n")
    names = {b["name"] for b in extract(tmp_path, text)["battles"]}
    assert "李家庄战斗" in names


def test_an_incident_not_named_by_a_day_keeps_the_year(tmp_path):
    """Only a day-name (九一八, 八一三) is a date: an incident named after a place dated to a year stays so."""
    text = ("1938年,“柳河”事变爆发。日军进攻柳河镇,守军奋起抵抗,日军伤亡百余人,占领柳河镇。\n")
    battles = extract(tmp_path, text)["battles"]
    assert battles and all(b["start"] in (None, "1938") for b in battles)


def test_an_epilogue_after_the_surrender_gives_the_battle_no_unit(tmp_path):
    """A brand story or a local history ends with what became of a works after the war (抗战胜利后,X军区接管了…):
    the military region that took it over fought no part of the battle told."""
    text = ("1940年8月,柳林战斗打响。独立团在柳林伏击日军运输队,毙敌六十余人。\n"
            "抗战胜利后,冀南军区接管了同和裕烧锅,成立了地方国营酒厂。\n")
    b = extract(tmp_path, text)["battles"][0]
    assert "冀南军区" not in {u["name"] for u in b["units"]}


def test_fighting_after_the_surrender_stays_the_battle_s(tmp_path):
    """日本投降后 opening a sentence that tells fighting (holdouts refusing to disarm) is no epilogue."""
    text = ("1945年8月,城北战斗打响。日本投降后,拒不缴械的日军第五联队向城外突围,八路军独立团在城北阻击,毙敌百余人。\n")
    b = next(b for b in extract(tmp_path, text)["battles"] if b["name"] == "城北战斗")
    assert {"第5联队", "独立团"} & {u["name"] for u in b["units"]}


def _places(tmp_path, text: str) -> set[str]:
    f = tmp_path / "doc.txt"
    f.write_text(text, encoding="utf-8")
    out = run_cli("extract", str(f), "--format", "jsonl", store=tmp_path / "store").stdout
    return {r["text"] for r in map(json.loads, out.splitlines()) if r.get("kind") == "place"}


def test_the_enemy_that_came_to_attack_is_no_place(tmp_path):
    """对来犯之敌 (against the attacking enemy): 来犯 is what the enemy did, no place it was posted at."""
    text = ("1939年5月,黄土坡战斗打响。主持县政的县长,调集各部,对来犯之敌奋起应战,终于将日军击退。\n")
    assert not any("来犯" in p for p in _places(tmp_path, text))


def test_the_enemy_posted_at_a_place_keeps_the_place(tmp_path):
    """沐仁之敌向我进犯: the enemy at 沐仁, a place."""
    text = "1939年5月,黄土坡战斗打响。第二营在黄土坡阻击日军,沐仁之敌向我进犯,被我击退。\n"
    assert "沐仁" in _places(tmp_path, text)


def test_a_firm_named_in_a_brand_story_s_heading_is_no_place(tmp_path):
    """从万顺祥到东风: a distillery's lineage; 万顺祥 is written elsewhere before 烧锅, a firm's name, no place."""
    text = ("从万顺祥到东风\n万顺祥烧锅建于民国十年。到柳林战斗前夕,已是县内最大的酒坊。\n"
            "1940年8月,柳林战斗打响。独立团在柳林伏击日军运输队,毙敌六十余人。\n")
    assert "万顺祥" not in _places(tmp_path, text)


def test_a_context_place_never_written_before_a_trade_word_stays_a_place(tmp_path):
    """从万顺祥到东风 with no firm named 万顺祥 anywhere: the place finder's reading stands."""
    text = ("1940年8月,柳林战斗打响。独立团从万顺祥到柳林,伏击日军运输队,毙敌六十余人。\n")
    assert "万顺祥" in _places(tmp_path, text)
