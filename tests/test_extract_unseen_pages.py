"""Rules found probing unseen pages (content farms, book-style battle cards, short unit accounts) and from round 12's
diagnosis (read after its final blind measurement); every sentence here is written for the test."""
from helpers import extract_json as extract
from helpers import extract_jsonl

from kangzhan.text.glosses import find_glosses
from kangzhan.text.pictographs import find_pictographs


def test_emoji_inside_a_battle_name_and_a_unit_are_dropped_offsets_kept(tmp_path):
    text = "1938年3月,第(📌)20(✒)军在临(🌟)沂以北阻(🚩)击日军,史称临(👍)沂保(🔥)卫战。\n"
    b = extract(tmp_path, text)["battles"][0]
    assert b["name"] == "临沂保卫战" and b["start"] == "1938-03"
    unit = b["units"][0]
    assert unit["name"] == "第20军"
    ev = unit["evidence"]
    assert text[ev["start"]:ev["end"]] == ev["text"] == "第(📌)20(✒)军"  # the original's span


def test_a_gloss_with_a_space_before_its_bracket_is_dropped(tmp_path):
    text = "1939年4月,第(dì )五战区部队在随(suí )县发起随枣会(huì )战。\n"
    b = extract(tmp_path, text)["battles"][0]
    assert b["name"] == "随枣会战"
    assert "随县" in {p["name"] for p in b["places"]}
    assert "第5战区" in {u["name"] for u in b["units"]}


def test_bullets_and_marks_that_texts_use_stay():
    text = "★平型关大捷 ☆ 第115师 ● 1937年 ※注 ①"
    assert find_pictographs(text) == []
    assert find_pictographs("保(👃)卫(🧤)战 ✒") == [(1, 4), (5, 8), (10, 11)]
    assert find_glosses("密支那(Myitkyina )") == []


def test_an_unnamed_ambush_told_with_ambush_and_kill_words_is_kept_as_a_battle(tmp_path):
    """伏击/击毙/击毁/合击 are fighting words too: an account told only with them is a fight, not nothing."""
    text = ("1940年5月3日,第686团奉命在王家峪附近设伏。当日下午,该团先后伏击日军运输队两批,击毁汽车3辆,"
            "击毙日军40余人。次日,日军由平遥出动合击,该团转移至山区。\n")
    b = extract(tmp_path, text)["battles"][0]
    assert b["name"] == "王家峪战斗" and b["start"] == "1940-05-03"
    assert [u["name"] for u in b["units"]] == ["第686团"]
    assert [(f["side"], f["count"], f["qualifier"]) for f in b["figures"]] == [("JP", 40, "atLeast")]


def test_a_battle_card_with_bracketed_field_labels_under_a_series_title(tmp_path):
    """A book's battle card: the page title is "series-battle", the fields are 【label】value lines."""
    text = ("中国抗战经典战例-夜袭阳明堡战斗\n首页 上一章 目录 下一章\n【交战时间】1937年10月19日\n"
            "【交战双方】八路军第129师第769团;日军第20师团一部\n【指挥将领】陈锡联、汪乃贵\n【战果】毁伤日机24架\n"
            "    第769团奉命夜袭阳明堡机场。\n")
    b = extract(tmp_path, text)["battles"][0]
    assert b["name"] == "夜袭阳明堡战斗" and b["start"] == "1937-10-19"
    assert {c["name"] for c in b["commanders"]} == {"陈锡联", "汪乃贵"}
    assert {"第129师", "第769团", "第20师团"} <= {u["name"] for u in b["units"]}


def test_a_site_name_after_an_underscore_is_no_part_of_the_battle(tmp_path):
    text = "腾冲战役_云南抗战纪念网\n1944年5月,第20集团军强渡怒江,进攻腾冲。\n"
    assert [b["name"] for b in extract(tmp_path, text)["battles"]] == ["腾冲战役"]


def test_an_incident_that_dates_a_life_is_not_the_battle_the_text_tells(tmp_path):
    """X事变爆发后 dates what follows; the fight told later is coined after its village, not filed under X事变."""
    text = ("1937年七七事变爆发后,王振华投笔从戎。1940年8月20日,第18团在平山县韩家庄与日军激战,"
            "击退日军三次进攻,毙伤日军百余人。\n")
    battles = extract(tmp_path, text)["battles"]
    assert [b["name"] for b in battles] == ["韩家庄战斗"]
    assert battles[0]["start"] == "1940-08-20" and [u["name"] for u in battles[0]["units"]] == ["第18团"]


def test_a_village_after_a_county_is_no_extension_of_the_county(tmp_path):
    text = "1941年6月,日军300余人偷袭驻宜兴县桥头村的新四军第16旅一部,激战半日,毙伤日军40余人。\n"
    places = [m["text"] for m in extract_jsonl(tmp_path, text) if m.get("kind") == "place"]
    assert places == ["宜兴县", "桥头村"]
