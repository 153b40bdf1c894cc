"""A chronicle's bulleted entries, a campaign told town by town, and the names and sides such texts write: every
sentence here is written for the test (places are real counties, the events and people invented)."""
from helpers import extract_json as extract

from kangzhan.extract.mentions.battles import find_battles
from kangzhan.extract.mentions.persons import find_persons
from kangzhan.extract.mentions.units import find_units
from kangzhan.extract.resolve import link_commands, resolve_units


def _by_name(doc):
    return {b["name"]: b for b in doc["battles"]}


def _units(b):
    return {u["name"] for u in b["units"]}


def _sides(text):
    return {u.mention.text: u.side for u in resolve_units(text, find_units(text))}


def _persons(text):
    return [m.text for m in find_persons(text)]


_CHRONICLE = ("某县抗战大事记\n\n1936年\n\n●本县师生在北平学生运动影响下开展抗日宣传活动。\n\n1937年\n\n"
              "●8月1日,本县各界在高邑县城成立抗日救国会。\n\n"
              "●9月5日,日军侵占赞皇,后沿公路南下,相继占领临城、内丘等县。\n\n"
              "●10月12日,赞皇三区区长王大成和赞皇南关小学校长赵明组织武装,抵抗日军进犯。石桥阻击战打响了本县抗战第一枪。\n\n"
              "1938年\n\n●3月,第五支队收复临城,建立抗日政府。\n\n"
              "●6月8日,八路军冀西支队、平汉支队与第五支队在临城会师,成立\n")


def test_a_bulleted_chronicle_gives_each_entry_its_own_fight_date_and_units(tmp_path):
    got = _by_name(extract(tmp_path, _CHRONICLE))
    fight = got["石桥阻击战"]
    assert fight["start"] == "1937-10-12"  # its entry's date, not a later entry's
    assert not _units(fight) & {"第5支队", "平汉支队", "冀西支队", "八路军"}  # the 会师 line's units join no fight
    assert {c["name"] for c in fight["commanders"]} == {"王大成", "赵明"}
    freed = next(b for n, b in got.items() if "临城" in n)  # 第五支队收复临城: a fight at the town it freed
    assert freed["start"] == "1938-03"
    assert "第5支队" in _units(freed)


def test_a_list_that_tells_a_named_battles_course_stays_that_battle(tmp_path):
    text = ("赞皇战役\n\n1940年\n\n●3月5日,日军第一一〇师团进攻赞皇。\n\n●4月8日,第五支队在赞皇城外与日军激战。\n\n"
            "●5月2日,日军退出赞皇。\n")
    assert list(_by_name(extract(tmp_path, text))) == ["赞皇战役"]


def test_post_holders_joined_by_and_share_the_verb_that_makes_them_leaders():
    assert _persons("区长王大成、乡长李小田和校长赵明组织群众抵抗日军。") == ["王大成", "李小田", "赵明"]
    assert _persons("区长王大成和校长赵明出席了大会。") == []  # no verb of leading men: no commanders


def test_the_subject_of_recovering_a_town_is_the_chinese_side():
    assert _sides("4月,第五支队收复临城。")["第五支队"] == "CN"
    assert _sides("县城被第五支队收复。")["第五支队"] is None  # the agent of a passive, not the subject


def test_a_detachment_named_after_a_railway_is_a_guerrilla_one_after_a_surname_japanese():
    assert _sides("平汉支队袭击车站。")["平汉支队"] == "CN"
    assert _sides("坂田支队进至横山。")["坂田支队"] == "JP"


def test_a_campaign_told_town_by_town_gives_each_town_its_own_fight(tmp_path):
    text = ("6月2日,据前线电报,日军第十一军分路南下。\n"
            "通城附近的第五十八军仍在顽强抵抗。\n"
            "崇阳一带第七十九军主力,特别是正面第九十八师对第六师团的抵抗相当激烈。\n"
            "随后,日军第四十师团于6月4日攻占了咸宁以南铁路上的蒲圻车站;第三师团也于同日占领了嘉鱼以东地区。\n")
    doc = extract(tmp_path, text)
    got = _by_name(doc)
    assert {"通城战斗", "崇阳战斗", "蒲圻战斗"} <= set(got)
    assert "第58军" in _units(got["通城战斗"]) and "第58军" not in _units(got["崇阳战斗"])
    assert {"第98师", "第6师团"} <= _units(got["崇阳战斗"])
    assert "第40师团" in _units(got["蒲圻战斗"]) and "第40师团" not in _units(got["通城战斗"])
    assert "师对" not in {c["name"] for b in doc["battles"] for c in b["commanders"]}  # 第九十八|师对: no name


def test_forces_at_towns_that_do_not_fight_and_a_clause_of_time_tell_no_fight(tmp_path):
    text = ("6月2日,据前线电报,日军第十一军分路南下。\n通城附近的第五十八军正在整训补充。\n"
            "崇阳一带第七十九军主力,已向南转移。\n预计在长沙作战时该军将会出现。\n")
    assert not any(n in ("通城战斗", "崇阳战斗", "长沙作战") for n in _by_name(extract(tmp_path, text)))
    lead = "据报,日军分路南下。\n"
    assert not [m for m in find_battles(lead + "预计在长沙作战时该军将会出现。") if m.value.get("name") == "长沙作战"]
    assert [m for m in find_battles(lead + "1941年长沙作战开始后,该军奉命南下。") if m.value.get("name") == "长沙作战"]


def test_a_japanese_commander_before_his_formation_is_read_whole_and_commands_it():
    text = "5月27日,日军第十一军山田太郎混成旅团攻占了蒲圻车站;松井健一第9师团也于同日占领了嘉鱼以东地区。"
    persons = find_persons(text)
    assert [m.text for m in persons] == ["山田太郎", "松井健一"]
    units = resolve_units(text, find_units(text))
    links = {(c.person, units[c.unit_index].key) for c in link_commands(text, persons, units, [(0, len(text))])}
    assert links == {("山田太郎", "山田太郎混成旅团"), ("松井健一", "第9师团")}
    assert _persons("日军第13军第22师团进至横山。") == []
    # glued to the unit, the name opens where a word ends: not inside 压迫, nor closed by 为
    assert not [n for n in _persons("日军全力压迫松井健一85军,但援军赶到。") if n.startswith("迫")]
    assert "松井健一为" not in _persons("以松井健一为11军长,率第6师团南下。")


def test_pinyin_glosses_inside_words_break_no_entry_name_place_or_date(tmp_path):
    text = ("某縣抗戰(zhàn)大事記\n\n1938年\n\n●4月,第五支隊(duì)收復(fù)臨(lín)城,建立抗日政府。\n\n"
            "●5月(yuè)12日,區(qū)長王大(dà)成和校長(zhǎng)趙明組織武裝,抵抗日軍進(jìn)犯。"
            "石橋阻擊戰(zhàn)打響了本縣抗戰(zhàn)第一槍。\n\n●7月,八路軍某部在臨城整訓。\n")
    got = _by_name(extract(tmp_path, text))
    assert got["石桥阻击战"]["start"] == "1938-05-12"
    assert {c["name"] for c in got["石桥阻击战"]["commanders"]} == {"王大成", "赵明"}
    freed = next(b for n, b in got.items() if "临城" in n)
    assert freed["start"] == "1938-04" and "第5支队" in _units(freed)


def test_a_force_retaking_a_town_fights_there_an_occupation_alone_does_not(tmp_path):
    text = ("1938年春,日军第一一四师团南犯,占领了临城、内丘。\n4月3日,第五支队收复临城,毙伤日军四十余人。\n"
            "4月9日,第七支队夺回内丘,俘虏伪军百余。\n")
    got = _by_name(extract(tmp_path, text))
    assert set(got) == {"临城战斗", "内丘战斗"}
    assert got["临城战斗"]["start"] == "1938-04-03" and got["内丘战斗"]["start"] == "1938-04-09"
    assert "第5支队" in _units(got["临城战斗"]) and "第5支队" not in _units(got["内丘战斗"])
    assert "第114师团" not in _units(got["临城战斗"])  # its occupation of both towns is no fight's
