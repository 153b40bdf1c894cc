"""Battle identification on informal pages (a newspaper feature on a village's fights, a popular book on a
siege abroad, a tourism page with a spam list of towns): texts written for these tests, through
`kangzhan extract FILE --json`."""

from __future__ import annotations

from helpers import extract_json as extract
from helpers import extract_jsonl


def names(out: dict) -> set[str]:
    return {b["name"] for b in out["battles"]}


def test_a_fight_named_after_a_village_the_tagger_cuts_is_found(tmp_path):
    # 马鞍坨 reads as a family name and a word (马|鞍坨); the text writes 马鞍坨村, so the fight is named after it
    text = ("盛夏的马鞍坨村,玉米长得一人多高。\n"
            "1942年春,八路军冀中军区第七团在团长孙国梁指挥下,在马鞍坨连续伏击日军运输队,毙伤日伪军二百余人。\n"
            "每年清明,村民都来祭奠牺牲在马鞍坨战斗中的烈士。")
    out = extract(tmp_path, text)
    assert "马鞍坨战斗" in names(out)


def test_a_stem_never_written_as_a_village_stays_no_battle(tmp_path):
    text = "部队很快投入战斗。1942年春,八路军冀中军区第七团在河间以北伏击日军运输队,毙伤日伪军二百余人。"
    out = extract(tmp_path, text)
    assert not any(n.startswith(("快投入", "投入")) for n in names(out))


def test_a_place_glued_in_a_longer_name_keeps_the_whole_name(tmp_path):
    # 密铁拉城 holds the gazetteer word 铁拉? no: a made-up foreign town whose tail 古城 is a common place word
    text = ("1942年4月初,日军第十八师团的先头部队逼近瓦古城以南。次日,日军一部绕到瓦古城北的渡口。"
            "自5日起,日军主力与我新编第二十八师展开激烈的瓦古城争夺战,守军伤亡过半。")
    out = extract(tmp_path, text)
    assert "瓦古城争夺战" in names(out)
    assert "古城争夺战" not in names(out)


def test_the_town_alone_is_the_place_when_the_text_writes_it_alone(tmp_path):
    text = ("1938年春,日军进攻古城。守军第三十一师在古城北门坚守三日。"
            "双方在此展开古城争夺战,日军伤亡千余人。")
    out = extract(tmp_path, text)
    assert "古城争夺战" in names(out)


def test_a_spam_list_of_towns_between_bars_gives_no_place(tmp_path):
    text = ("雁宿崖战斗遗址\n\n雁宿崖战斗遗址位于涞源县银坊镇雁宿崖村,系1939年11月3日八路军晋察冀军区第一军分区"
            "在雁宿崖伏击日军独立混成第二旅团一部的战场。雁宿崖战斗歼敌五百余人。\n\n"
            "合肥市| 宁乡县| 梅州市| 铜仁市| 扬中市| 德惠市| 宜城市| 资阳区| 黎城县| 惠东县|\n")
    out = extract(tmp_path, text)
    places = {p["name"] for b in out["battles"] for p in b["places"]}
    assert places and not places & {"合肥市", "宁乡县", "梅州市", "铜仁市", "黎城县", "惠东县", "合肥", "梅州"}


def test_a_table_row_between_bars_is_kept(tmp_path):
    # a table's cells hold no town list: the row's place is still read
    text = ("| 时间 | 部队 | 地点 | 战果 |\n| 1939年11月3日 | 第一军分区 | 涞源县 | 歼敌五百余人 |\n"
            "雁宿崖战斗中,八路军第一军分区在雁宿崖伏击日军,歼敌五百余人。")
    rows = extract_jsonl(tmp_path, text)
    assert any(r.get("kind") == "place" and r.get("text") == "涞源县" for r in rows)


CAREER = ("【李长河】1917年生于四川南充。1937年参加川军,后在第44军150师448团当排长,参加南京保卫战,"
          "后在第99军92师参加长沙保卫战,两次负伤。抗战胜利后回乡务农。\n"
          "1938年春,部队开到湖北整训。1939年参加了南昌会战。1941年,我考入军校。")


def test_two_battles_joined_in_one_career_sentence_are_both_battles(tmp_path):
    out = extract(tmp_path, CAREER)
    assert {"南京保卫战", "长沙保卫战"} <= names(out)


def test_each_unit_of_a_career_sentence_goes_to_the_battle_joined_after_it(tmp_path):
    out = extract(tmp_path, CAREER)
    by = {b["name"]: {u["name"] for u in b["units"]} for b in out["battles"]}
    assert {"第44军", "第150师"} <= by["南京保卫战"] and not {"第99军", "第92师"} & by["南京保卫战"]
    assert {"第99军", "第92师"} <= by["长沙保卫战"] and not {"第44军", "第150师"} & by["长沙保卫战"]


def test_a_battle_joined_later_in_a_career_is_no_whole_of_the_first(tmp_path):
    text = ("【周德胜】1921年生于广西玉林。1938年参加广西学生军,后在第31军131师391团当排长,参加桂林保卫战,"
            "是城中最后的幸存者。\n1938年秋,我们驻在桂林七星岩。1940年参加了桂南会战。")
    out = extract(tmp_path, text)
    by = {b["name"]: b for b in out["battles"]}
    assert "桂林保卫战" in by and by["桂林保卫战"].get("part_of") != "桂南会战"
    assert "桂南会战" in by


def test_a_detachment_after_a_guerrilla_column_is_chinese(tmp_path):
    text = ("1943年5月4日,八路军冀鲁豫纵队第三支队第七团在范县以南的王庄与日军一个中队遭遇,"
            "激战半日,毙伤日军四十余人。")
    out = extract(tmp_path, text)
    sides = {(u["name"], u["side"]) for u in out["units"]}
    assert ("第3支队", "CN") in sides


def test_a_guerrilla_battalion_listed_after_another_keeps_its_side_everywhere(tmp_path):
    text = ("1942年春,琼崖抗日游击队第2大队(大队长李明)、第4大队(大队长陈光)分别开辟了两块根据地。\n"
            "1942年4月8日,日军300余人进犯美合,第2大队抢占高地,激战一天,毙伤日军40余人。"
            "4月12日,第4大队在南丰设伏,伏击日军运输队,日军不支,逃回那大。")
    out = extract(tmp_path, text)
    sides = {(u["name"], u["side"]) for u in out["units"]}
    assert ("第4大队", "CN") in sides and ("第4大队", "JP") not in sides


def test_a_man_named_like_a_mountain_before_his_rank_or_role_is_no_place(tmp_path):
    text = ("1938年3月2日,第二十二军在娘子关以东的石门山阻击日军,激战一昼夜,毙敌三百余名。\n"
            "曹金山(石门山战斗纪念馆馆员):我爷爷说,这把枪是刘青山班长用过的,刘青山班长后来牺牲了。")
    rows = extract_jsonl(tmp_path, text)
    places = {r["text"] for r in rows if r.get("kind") == "place"}
    assert "石门山" in places
    assert not places & {"曹金山", "刘青山"}
