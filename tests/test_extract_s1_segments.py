"""The fight segmenter: a text (or one paragraph) that tells several fights in a row gives each its own battle,
coined after its site, with its own sentences, dates and forces; a text that tells one fight across sentences at one
site, or lists fights only in passing, keeps one record. Every sentence here is written for the test."""
from helpers import extract_json as extract

from kangzhan.extract.mentions.battles import find_battles
from kangzhan.extract.mentions.places import find_places


def _by_name(doc):
    return {b["name"]: b for b in doc["battles"]}


def _units(b):
    return {u["name"] for u in b["units"]}


def test_an_order_of_battle_narrative_without_a_year_gives_each_attack_its_own_fight(tmp_path):
    text = ("在太行山以西地区,第十四集团军守备沁水一线。\n"
            "日军第三十六师团主力对第十五军发动强攻,八日突破漳河,九日再突破清漳河,第十五军被迫向东撤退。\n"
            "第五战区方面,十一日,第二十军(配属第八十五师)向襄垣发起了反攻,日军第四十一师团节节后退。\n"
            "真正的焦点在武乡,日军第三十七师团十日才展开强攻,我军在武乡地区的四个师与日军全线混战;\n"
            "十二日,日军第三十七师团突破第九十八军主阵地。\n")
    got = _by_name(extract(tmp_path, text))
    assert {"漳河战斗", "襄垣战斗", "武乡战斗"} <= set(got)
    assert "清漳河战斗" not in got  # 九日再突破…: the same advance, no fight of its own
    assert "第20军" in _units(got["襄垣战斗"]) and "第20军" not in _units(got["武乡战斗"])
    assert "第98军" in _units(got["武乡战斗"])  # the next day's sentence names no other place: the same fight
    assert "第15军" in _units(got["漳河战斗"])


def test_a_chronicle_paragraph_of_storming_on_new_days_gives_each_town_its_own_dates(tmp_path):
    text = ("第四戰區:12月1日開始攻擊,第3軍以遊擊部隊切斷鐵路,第62師於17日突入襄垣,焚燬日軍倉庫;"
            "21日,騎兵第4軍一度攻入黎城,並擊潰日軍騎兵部隊;1940年1月3日,第14軍一度攻入屯留,殲滅日軍一部。\n")
    got = _by_name(extract(tmp_path, text))
    assert {"襄垣战斗", "黎城战斗", "屯留战斗"} <= set(got)
    assert got["黎城战斗"]["start"] == "1939-12-21"
    assert got["屯留战斗"]["start"] == "1940-01-03"
    assert "第14军" in _units(got["屯留战斗"]) and "第14军" not in _units(got["襄垣战斗"])


def test_counted_blows_told_before_a_named_fight_are_fights_of_their_own(tmp_path):
    text = ("某纵队史略\n"
            "大队长陈某率领第二大队转战公路沿线。主力第一大队沿着公路三打黄坑、二打石湾、一打龙岗,歼灭了伪军。\n"
            "白沙岛海战 白沙岛是海湾中的一个小岛。1944年3月2日深夜,第一大队的一个中队分乘小船出发,偷袭岛上伪军,"
            "歼伪军一个小队。\n")
    got = _by_name(extract(tmp_path, text))
    assert {"黄坑战斗", "石湾战斗", "龙岗战斗", "白沙岛海战"} <= set(got)
    assert got["白沙岛海战"]["start"] == "1944-03-02"
    assert "黄坑" not in {p["name"] for p in got["白沙岛海战"]["places"]}


def test_one_fight_told_across_sentences_at_one_town_stays_one(tmp_path):
    text = ("1941年3月5日,日军第三十六师团向黎城发起进攻。守军第十五军在黎城东关与敌激战。"
            "次日,日军再攻黎城,守军突围。\n")
    doc = extract(tmp_path, text)
    names = [b["name"] for b in doc["battles"]]
    assert names == ["黎城战斗"]


def test_fights_listed_in_passing_are_no_accounts(tmp_path):
    text = "他一生经过忻口战役、太原会战、百团大战,屡立战功,1950年转业到地方工作。\n"
    names = {b["name"] for b in extract(tmp_path, text)["battles"]}
    assert not any(n.endswith("战斗") for n in names)


def test_a_meeting_in_battle_at_a_place_is_a_verb_not_a_name():
    assert not find_battles("命第三军同敌第二路军会战于黎城以东。")
    assert not find_battles("我军准备同日军中路军决战于屯留城下。")
    assert [m.value["name"] for m in find_battles("台儿庄会战于1938年3月打响。")] == ["台儿庄会战"]


def test_a_naval_battle_is_named_by_its_place():
    assert [m.value["name"] for m in find_battles("护航大队在白沙岛海战中歼伪军一个中队。")] == ["白沙岛海战"]
    assert not find_battles("敌人采用人海战术。")


def test_a_counted_blow_opens_a_list_item_before_its_place():
    names = [m.text for m in find_places("主力沿着公路三打黄坑、二打石湾、一打龙岗,歼灭了伪军。")]
    assert not any(n.startswith("二打") for n in names)
    names = [m.text for m in find_places("主力沿着公路三打龙岗、二打石湾,歼灭了伪军。")]
    assert "二打石湾" not in names and "石湾" in names


def test_a_march_waylaid_on_one_day_and_a_fight_on_another_are_two_fights(tmp_path):
    text = ("那场让日军大佐感到耻辱的战斗发生在1940年4月2日,当时日军第一大队800余人行至石门峪时,遭到八路军的伏击,"
            "伤亡惨重。\n石门峪三面环山,中间是一条沟。\n"
            "1940年4月6日,日军旅团长亲自率部报复。在王家岭一带,日军与八路军第三团遭遇,并展开激战。\n")
    got = _by_name(extract(tmp_path, text))
    assert {"石门峪战斗", "王家岭战斗"} <= set(got)
    assert got["石门峪战斗"]["start"] == "1940-04-02" and got["王家岭战斗"]["start"] == "1940-04-06"
    assert "第3团" in _units(got["王家岭战斗"]) and "第3团" not in _units(got["石门峪战斗"])


def test_one_ambush_prepared_over_several_days_stays_one(tmp_path):
    text = ("1940年4月4日,日军一千余人向某军分区扑来。司令员派小部队节节抗击,引诱日军进入王家岭埋伏圈。"
            "6日黄昏,日军进抵王家岭。7日,我军对陷入包围圈的敌人发起猛攻,毙伤日军500余人。\n")
    names = [b["name"] for b in extract(tmp_path, text)["battles"]]
    assert names == ["王家岭战斗"]


def test_engaging_a_towns_garrison_on_a_new_day_opens_that_towns_fight(tmp_path):
    text = ("日军第十师团八日起向我第三军猛攻,十日攻占黎城并渡过清漳河,十一日便与长治守军第五军第八师接上了火。\n"
            "日军第九师团在正面直逼长治市区。\n")
    got = _by_name(extract(tmp_path, text))
    assert {"黎城战斗", "长治战斗"} <= set(got)
    assert {"第5军", "第8师"} <= _units(got["长治战斗"]) and "第5军" not in _units(got["黎城战斗"])
    assert "第9师团" in _units(got["长治战斗"])  # the next sentence names only the town: the same fight
