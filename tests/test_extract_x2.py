"""Round 40 diagnosis rules (a 1938 commentary quoting a dispatch, a news item quoting a tombstone), as general
rules: the press names a fight by its region and 战事; a place + 抗日 + battle word is the fight's name; a quoted
campaign name before a battle word is kept whole; a bare ROC date with its month and day is a date; a rare variant
character of a name is kept as written; a loss as a clause's topic and the named fallen counted are figures; a
wartime report's issue month dates the fights it tells as recent. Every sentence is invented for the test."""
from helpers import extract_json as extract

from kangzhan.extract.mentions.dates import find_dates
from kangzhan.extract.mentions.figures import find_figures
from kangzhan.text.normalize import normalize


def _battles(facts: dict) -> dict[str, dict]:
    return {b["name"]: b for b in facts["battles"]}


def _names(b: dict) -> set[str]:
    return {b["name"], *(b.get("alt_labels") or b.get("aliases") or [])}


def test_a_region_and_its_fighting_name_a_fight(tmp_path):
    got = _battles(extract(tmp_path, "近日湖北西部的战事,非常激烈,敌军的伤亡,总在三千人以上。\n"))
    assert "湖北西部战事" in got
    figs = {(f["side"], f["count"]) for f in got["湖北西部战事"]["figures"]}
    assert ("JP", 3000) in figs


def test_talk_of_a_regions_war_without_fighting_names_no_fight(tmp_path):
    facts = extract(tmp_path, "华北的战事如何,我们不得而知。大家只盼望早日和平。\n")
    assert not any(b["name"].endswith("战事") for b in facts["battles"])


def test_a_citys_fall_before_the_rivers_fighting_names_it_too(tmp_path):
    facts = extract(tmp_path, "宜昌虽经陷落,但是敌军的伤亡,异常惨重。沿江一带的战事,他们的牺牲,总在八千多人。\n")
    got = _battles(facts)
    assert "沿江战事" in got
    b = got["沿江战事"]
    assert {(f["side"], f["count"]) for f in b["figures"]} >= {("JP", 8000)}


def test_a_place_and_anti_japanese_and_a_battle_word_name_the_fight(tmp_path):
    got = _battles(extract(tmp_path, "碑文:陆军某师某团三十年五月十日在龙门镇抗日之役阵亡将士张大山、李小河等四十余名之墓。\n"))
    assert "龙门镇抗日之役" in got
    assert got["龙门镇抗日之役"]["start"] == "1941-05-10"


def test_anti_japanese_battle_without_a_place_names_nothing(tmp_path):
    facts = extract(tmp_path, "他一生参加过许多抗日之役,晚年定居乡下。\n")
    assert not any("抗日" in b["name"] for b in facts["battles"])


def test_a_countys_anti_japanese_fighting_is_its_whole_resistance_no_fight_name(tmp_path):
    facts = extract(tmp_path, "台山抗日战斗,自1939年春揭开序幕,日寇侵占县城后四出烧杀。\n"
                              "1940年3月5日,日伪军二百余人进犯白沙村,自卫队在村口伏击,毙敌十余人。\n")
    assert "台山抗日战斗" not in {b["name"] for b in facts["battles"]}


def test_a_quoted_campaign_name_before_a_battle_word_stays_whole(tmp_path):
    facts = extract(tmp_path, "1941年5月8日,县大队在柳林铺伏击日军,毙敌二十余人。柳林铺的这场战斗,史书称为“五月攻势”战役,"
                              "从1941年5月1日开始,至5月20日结束。\n")
    names = {n for b in facts["battles"] for n in _names(b)} | {b.get("part_of") for b in facts["battles"]}
    assert "五月攻势" in names
    assert "攻势战役" not in names


def test_a_bare_roc_date_with_month_and_day_is_a_date_beside_gregorian_years():
    text = "1941年,碑上刻着三十年五月十日。1985年重修。"
    assert "1941-05-10" in {m.value["date"].iso for m in find_dates(text)}
    assert not any(m.text.startswith("二十") for m in find_dates("他当兵二十年,1941年退伍。"))


def test_a_rare_variant_character_of_a_name_is_kept_in_a_traditional_text():
    out = normalize("陸軍某團團長石天靝率全團官兵敬立,朱鎔基").text
    assert "石天靝" in out
    assert "团长" in out and "镕" in out  # a real simplification still converts


def test_a_japanese_variant_form_reads_as_its_traditional_character():
    assert "牺牲" in normalize("敵軍的犠牲,總在一萬多人,殘敵退據城內").text


def test_a_loss_as_a_clauses_topic_is_a_figure():
    figs = [(m.value["side"], m.value["count"]) for m in find_figures("此役敌军的伤亡,约在三千人以上。")]
    assert ("JP", 3000) in figs
    assert not find_figures("他们的年纪,总在三十岁上下。")


def test_the_named_fallen_counted_are_killed():
    figs = [(m.value["count"], m.value["category"]) for m in find_figures("碑上刻有牺牲烈士张大山、李小河等三十二人的名字。")]
    assert (32, "killed") in figs
    assert not find_figures("参加会议的有代表张三、李四等五十人。")


def test_a_wartime_reports_issue_month_dates_the_fights_it_tells_as_recent(tmp_path):
    text = ("最近一周河南东部的战事,非常激烈,敌军死伤二千余人。\n"
            "——《前线》民国二十八年五月二十日出版。\n")
    got = _battles(extract(tmp_path, text))
    assert got["河南东部战事"]["start"] == "1939-05"


def test_a_report_with_no_word_of_recency_keeps_its_fights_undated(tmp_path):
    text = ("河南东部的战事,非常激烈,敌军死伤二千余人。\n"
            "——《前线》民国二十八年五月二十日出版。\n")
    got = _battles(extract(tmp_path, text))
    assert got["河南东部战事"]["start"] is None


def test_a_japanese_name_with_japanese_forms_is_another_name_of_the_battle(tmp_path):
    facts = extract(tmp_path, "雁北會戰,日本方面稱北原會戦千號作戦,是1940年春雙方在山西北部的一場大規模作戰,"
                              "日軍傷亡三千餘人。\n")
    assert [b["name"] for b in facts["battles"]] == ["雁北会战"]
    b = facts["battles"][0]
    assert {"北原会战", "千号作战"} <= _names(b)
    assert not any(p["name"].startswith("称") for p in b["places"])
