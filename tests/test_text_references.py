"""A scholarly text's apparatus is no account of the war: footnote lines and parenthesized citations are dropped
before analysis with the original offsets kept, and a work titled after a battle (《缅甸作战》) names no battle.
New texts written for these tests."""
from helpers import extract_json, extract_jsonl

MONOGRAPH = ("1944年6月4日，第20集团军第54军第198师向冷水关发起攻击。[1]据日方记载，守备冷水关的是第56师团"
             "第148联队第3大队，兵力约600人（日本防卫厅战史室：《缅甸作战》，中华书局1982年版，第88页）。经过十余天"
             "激战，第198师伤亡官兵1200余人，于6月17日攻占冷水关。[2]\n"
             "[1] 中国第二历史档案馆编：《抗日战争正面战场》，江苏古籍出版社1987年版，第1452页。\n"
             "[2] 宋希濂：《鹰犬将军》，中国文史出版社1986年版，第213页。\n")


def test_notes_and_citations_give_no_battle_date_or_place_and_the_account_keeps_its_offsets(tmp_path):
    rows = extract_jsonl(tmp_path, MONOGRAPH)
    [battle] = rows[-1]["battles"]
    assert battle["name"].startswith("冷水关")  # not the cited book 《缅甸作战》
    assert battle["start"] == "1944-06-04" and battle["end"] == "1944-06-17"  # no 1982/1986/1987
    dates = [r for r in rows if r.get("kind") == "date"]
    assert all(r["start"] < MONOGRAPH.index("\n[1]") for r in dates)  # nothing read in the notes
    assert not any("1982" in MONOGRAPH[r["start"]:r["end"]] for r in dates)  # nor in the inline citation
    unit = next(r for r in rows if r.get("kind") == "unit" and r["value"]["key"] == "第198师")
    assert MONOGRAPH[unit["start"]:unit["end"]] == "第198师"


def test_a_work_titled_after_a_battle_names_no_battle(tmp_path):
    text = ("1944年5月，中国远征军渡过怒江。据《缅甸作战》记载，日军第56师团在龙陵一线顽强抵抗。"
            "电影《血战台儿庄》也曾上映。此后松山战役打响，第8军猛攻松山。\n")
    assert [b["name"] for b in extract_json(tmp_path, text)["battles"]] == ["松山战役"]
