"""Round 20 diagnosis (helper d20b): a fight named "X一战" (the one fight at X) and a fight the writer places inside a
larger battle as one of its parts (作为Y会战的战场之一, X…); every sentence here is written for the test."""
from helpers import extract_json as extract


def _by_name(tmp_path, text):
    return {b["name"]: b for b in extract(tmp_path, text)["battles"]}


def test_a_place_and_yi_zhan_name_a_fight(tmp_path):
    text = "皖北往事\n1938年5月,日军进犯皖北。第13军在蒙城一战中坚守三日,日军伤亡甚重。\n"
    bs = _by_name(tmp_path, text)
    assert "蒙城之战" in bs and "蒙城一战" in bs["蒙城之战"]["alt_labels"]
    text = "苏北往事\n1940年10月,新四军东进。黄桥一战,新四军以少胜多,击溃韩德勤部。\n"
    assert "黄桥之战" in _by_name(tmp_path, text)


def test_yi_zhan_inside_longer_words_names_nothing(tmp_path):
    text = ("豫东往事\n1938年春,第一战区部队在豫东集结,各界结成抗日民族统一战线,同一战场上的友军相互支援。"
            "此后第20军在归德以西阻击日军。\n")
    names = set(_by_name(tmp_path, text))
    assert not any(n.endswith("之战") for n in names)


def test_a_fight_placed_as_one_of_a_campaigns_parts_takes_its_paragraph(tmp_path):
    text = ("豫东旧事\n豫东会战,发生在1938年5月,国民革命军在兰封、商丘等地布防。"
            "作为豫东会战的战场之一,罗王车站一战发生于1938年5月23日-27日,仅5月24日一天中国军队伤亡多达860人。"
            "第88师由龙慕韩指挥。\n")
    bs = _by_name(tmp_path, text)
    part = bs["罗王车站之战"]
    assert part["part_of"] == "豫东会战"
    assert part["start"] == "1938-05-23" and part["end"] == "1938-05-27"
    assert "第88师" in {u["name"] for u in part["units"]}
    assert "第88师" not in {u["name"] for u in bs["豫东会战"]["units"]}


def test_one_of_with_another_wording(tmp_path):
    text = ("鲁南旧事\n1938年3月,日军沿津浦路南犯。作为徐州会战的组成部分之一,滕县保卫战于3月14日打响,"
            "第122师在城内坚守。\n")
    bs = _by_name(tmp_path, text)
    assert bs["滕县保卫战"]["part_of"] == "徐州会战"
    assert "第122师" in {u["name"] for u in bs["滕县保卫战"]["units"]}


def _figures(tmp_path, text, name):
    return {(f["side"], f["kind"], f["count"]) for f in _by_name(tmp_path, text)[name]["figures"]}


def test_a_loss_that_reached_many_is_a_loss_not_a_strength(tmp_path):
    text = "晋南旧事\n1941年5月,中条山战役打响,仅5月9日一天中国军队伤亡多达2150人。\n"
    figs = _figures(tmp_path, text, "中条山战役")
    assert ("CN", "casualties", 2150) in figs and not any(k == "strength" for _, k, _ in figs)
    text = "晋南旧事\n1941年5月,中条山战役打响,日军死伤多达六百余人。\n"
    assert ("JP", "casualties", 600) in _figures(tmp_path, text, "中条山战役")
    text = "晋南旧事\n1941年5月,中条山战役打响,我军兵力多达十八万人。\n"  # a force that reached many stays one
    assert not any(k == "casualties" for _, k, _ in _figures(tmp_path, text, "中条山战役"))


def test_the_fallen_who_lie_where_they_fell_are_killed(tmp_path):
    text = "祭文\n腾冲战役中,远征军将士奋勇攻城,其中九千余人长眠于来凤山下。\n"
    figs = {(f["side"], f["kind"], f["count"], f.get("category")) for f in _by_name(tmp_path, text)["腾冲战役"]["figures"]}
    assert any(s == "CN" and c == 9000 for s, _, c, _ in figs)
    text = "祭文\n腾冲战役中,三百余名官兵长眠在这片土地上。\n"
    assert any(c == 300 for _, _, c in _figures(tmp_path, text, "腾冲战役"))
    text = "祭文\n腾冲战役老兵李某1990年长眠于家乡,享年八十岁。\n"  # one man's death years after: no loss
    assert not _figures(tmp_path, text, "腾冲战役")


def test_a_loss_of_millions_is_the_nations_not_the_battles(tmp_path):
    text = ("讲话\n抗战中我四川伤亡高达二百一十万之巨。忻口战役,中国军队浴血奋战,伤亡十万余人。\n")
    figs = _figures(tmp_path, text, "忻口战役")
    assert ("CN", "casualties", 100000) in figs
    assert not any(c >= 1_000_000 for _, _, c in figs)
    text = "讲话\n武汉会战,中国军队投入兵力一百一十万人,伤亡四十万余人。\n"  # a force of a million stays a force
    assert any(k == "strength" and c == 1_100_000 for _, k, c in _figures(tmp_path, text, "武汉会战"))


def test_the_place_a_yi_zhan_fight_is_named_after_is_its_place(tmp_path):
    text = ("晋东旧事\n1940年8月,百团大战打响。作为百团大战的战场之一,贾家院一战发生于1940年8月22日,"
            "八路军在贾家院阻击日军。\n")
    part = _by_name(tmp_path, text)["贾家院之战"]
    assert "贾家院" in {p["name"] for p in part["places"]}


def test_fight_it_out_idioms_name_no_place(tmp_path):
    text = "战地日记\n1937年10月,日军逼近大场,守军都有拚死一战的决心,也有背水一战的准备。\n"
    places = {p["name"] for b in extract(tmp_path, text)["battles"] for p in b["places"]}
    assert not any(p.endswith(("拚死", "背水", "有拚死", "有背水")) for p in places)
