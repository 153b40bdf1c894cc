"""Probe pb8: everyday web pages of fights outside the set (a book chapter, an air-war blog, a museum report, a
magazine's title) lost their battle or its side to general causes. New sentences written for these tests."""
from helpers import extract_json as extract


def _names(battles: list[dict]) -> list[str]:
    return [b["name"] for b in battles]


def test_the_war_by_its_length_in_a_chapter_heading_is_no_battle(tmp_path):
    text = ("第三章 十四年抗战,铁军转战大别山\n1938年9月,第二十一集团军在大别山一带阻击日军第10师团,"
            "在商城以南激战五日,毙伤日军一千余人。\n")
    assert "十四年抗战" not in _names(extract(tmp_path, text)["battles"])


def test_eight_years_of_war_named_in_a_sentence_is_no_battle_either(tmp_path):
    text = "他经历了八年抗战,1940年夏在枣阳以北的田家集战斗中身负重伤,第39军第56师伤亡二百余人。\n"
    names = _names(extract(tmp_path, text)["battles"])
    assert "八年抗战" not in names
    assert "田家集战斗" in names


def test_the_groups_of_the_chinese_air_force_are_chinese_units(tmp_path):
    text = ("南昌空战\n1938年5月31日,日机五十余架来袭南昌。中国空军第5大队起飞迎战,我空军三大队亦由吉安赶到,"
            "在南昌上空击落日机九架,南昌空战中我机损失两架。\n")
    units = {u["name"]: u["side"] for b in extract(tmp_path, text)["battles"] for u in b["units"]}
    assert units.get("第5大队") == "CN"


def test_a_japanese_air_group_stays_japanese(tmp_path):
    text = "1939年10月,日本空军第2大队轰炸兰州,在兰州上空与守军激战,被击落四架。兰州空战中守军伤亡十余人。\n"
    units = {u["name"]: u["side"] for b in extract(tmp_path, text)["battles"] for u in b["units"]}
    assert units.get("第2大队", "JP") == "JP"


def test_a_county_name_before_jie_is_a_festival_not_a_place(tmp_path):
    text = ("1938年4月29日是日本的天长节,日机三十余架空袭武汉。中国空军第4大队起飞迎战,"
            "在汉阳上空击落日机十余架,武汉空战大捷。\n")
    places = {p["name"] for b in extract(tmp_path, text)["battles"] for p in b["places"]}
    assert "天长" not in places
    assert "汉阳" in places


def test_a_common_noun_before_the_place_is_no_part_of_the_battles_name(tmp_path):
    text = ("小说《芦荡火种》原型沙家浜伏击战揭秘\n1939年秋,新四军江南抗日义勇军一部在沙家浜一带伏击日伪军,"
            "毙伤敌六十余人。\n")
    names = _names(extract(tmp_path, text)["battles"])
    assert "原型沙家浜伏击战" not in names
    assert "沙家浜伏击战" in names


def test_a_titled_person_before_a_list_comma_is_no_place_of_the_battle_name(tmp_path):
    text = ("本报记者采访了纪念馆讲解员王丽、马家岭战斗亲历者的后人。1942年3月5日,游击队第二中队在马家岭伏击日军,"
            "毙敌三十余人。\n")
    names = _names(extract(tmp_path, text)["battles"])
    assert "马家岭战斗" in names
    assert not any("王丽" in n for n in names)


def test_a_quoted_day_and_against_the_japanese_before_the_battle_word_name_the_fight_by_its_day(tmp_path):
    text = ("老飞行员李明参加过“八一八”对日空战,当天他在衡阳上空击落日机一架。1939年8月18日,日机二十七架空袭衡阳,"
            "中国空军第3大队起飞迎战,击落日机四架。\n")
    names = _names(extract(tmp_path, text)["battles"])
    assert "八一八空战" in names
    assert not any(n.startswith("对日") for n in names)


def test_an_account_titled_by_its_fight_over_an_address_line_and_a_byline_is_that_fight(tmp_path):
    text = ("梅子坑歼敌记\nhttp://example.org/history/1203  2011年03月02 09:15\n李明 张华\n\n"
            "1943年春,我游击队第二中队在梅子坑一带活动。4月12日拂晓,驻镇上的日军二百余人分两路扑向梅子坑,"
            "另一路直扑梅子坑后山。我中队依托山林伏击,激战半日,毙伤日军三十余人。\n")
    names = _names(extract(tmp_path, text)["battles"])
    assert "梅子坑战斗" in names


def test_a_village_named_after_a_cave_before_cun_is_a_place(tmp_path):
    text = ("1942年8月3日,日伪军三百余人向桃花洞村奔袭而来,企图消灭游击队。游击队在桃花洞村周围高地设伏,"
            "毙伤敌四十余人,桃花洞战斗胜利结束。\n")
    places = {p["name"] for b in extract(tmp_path, text)["battles"] for p in b["places"]}
    assert "桃花洞村" in places


def test_a_given_name_ending_in_lian_is_read_whole(tmp_path):
    text = ("1940年3月,八路军第386旅第772团团长王树连率部在白马坊伏击日军。王树连把指挥所设在村北,"
            "王树连连忙命令一营出击,白马坊战斗毙伤日军一百余人。\n")
    battles = extract(tmp_path, text)["battles"]
    commanders = {c["name"] for b in battles for c in b["commanders"]}
    assert "王树连" in commanders
    assert "王树" not in commanders
