"""Rules found probing unseen pages of other genres (party-school and party-history pages of a county, Hong Kong
news, a ROC Army page, classic-battle features of the PLA press, unit histories, magazine features in Traditional
characters); every sentence here is written for the test."""
from helpers import extract_json as extract


def test_an_ambush_named_after_a_pass_is_a_battle(tmp_path):
    """X口伏击战: the tagger reads the pass's 口 as a measure word; it closes the name of the place and the battle."""
    text = ("1939年4月的黄沙口伏击战打得干净利落。八路军某团在黄沙口伏击日军运输队,歼敌百余人。\n"
            "同年冬,青石关伏击战又毙伤日军八十余人。\n")
    names = {b["name"] for b in extract(tmp_path, text)["battles"]}
    assert {"黄沙口伏击战", "青石关伏击战"} <= names


def test_a_quoted_war_name_after_a_place_the_tagger_knows_is_a_battle(tmp_path):
    """“X抗战” in quotes names a fight when X reads as a place name, even one the gazetteer lacks (a bridge, a ferry)."""
    text = "1932年春,守军在“枫桥抗战”中坚守十余日。枫桥抗战从3月2日开始到15日结束,日军伤亡数百人。\n"
    names = {b["name"] for b in extract(tmp_path, text)["battles"]}
    assert "枫桥抗战" in names


def test_a_region_war_in_quotes_stays_the_war(tmp_path):
    text = "1938年3月,台儿庄战役打响。他写过一本“华北抗战”的小册子。\n"
    names = {b["name"] for b in extract(tmp_path, text)["battles"]}
    assert names == {"台儿庄战役"}


def test_a_verb_after_a_place_a_distance_away_is_no_part_of_its_name(tmp_path):
    """十里处的X设伏: the place, then what was done there; 向X中国守军: the country opens the troops' description."""
    text = ("1938年6月,句容战斗打响。先遣支队在县城以北二十里处的石岗设伏,击毁日军汽车四辆。另一部在镇西十五公里处的柳坪设伏。"
            "次日日军一个大队向东关中国守军阵地猛攻。\n")
    places = {p["name"] for b in extract(tmp_path, text)["battles"] for p in b["places"]}
    assert not places & {"石岗设伏", "柳坪设伏", "东关中国"}
    assert {"石岗", "柳坪"} <= places


def test_a_verb_with_its_result_before_a_road_is_no_road(tmp_path):
    """挖断公路, 炸毁铁路: a verb and its result (a compound the dictionary lacks) before the road, no road's name."""
    text = ("1940年5月,三里岗伏击战打响。民兵封锁消息,挖断公路,炸毁铁路,埋上地雷。日军沿洛阳公路开进三里岗。\n")
    d = extract(tmp_path, text)
    places = {p["name"] for b in d["battles"] for p in b["places"]}
    assert not places & {"挖断公路", "炸毁铁路"}
    assert "洛阳公路" in places


def test_acting_or_concurrent_before_a_title_is_no_part_of_the_name(tmp_path):
    """X代军长, X兼师长: 代 (acting) and 兼 (concurrently) belong to the office, not to the name before it."""
    text = "1941年2月,讨逆战役打响。次日,张鼎代军长、王鹏兼师长,率部出击,攻克姜家堰。\n"
    names = {p["name"] for p in extract(tmp_path, text)["persons"]}
    assert {"张鼎", "王鹏"} <= names
    assert not names & {"张鼎代", "王鹏兼"}


def test_a_word_praising_the_leading_after_a_generic_title_is_no_name(tmp_path):
    """指挥官周密的部署 "the commander's careful dispositions": a word (a family name may open it) saying how he led."""
    text = ("1944年3月,孟关战役打响。此役获胜在于正确的作战指导、指挥官周密的部署和指挥员高超的指挥。"
            "在师长林彪的指挥下,第115师歼敌甚众。\n")
    names = {p["name"] for p in extract(tmp_path, text)["persons"]}
    assert not names & {"周密", "高超"}
    assert "林彪" in names


def test_a_detachment_after_its_named_army_takes_the_armys_side(tmp_path):
    """八路军挺进军X支队: written right after the named army it belongs to, the detachment is that army's; a
    detachment after the Kwantung Army stays Japanese."""
    text = ("1939年秋,游击队随八路军挺进军李赵支队西撤。次年春,关东军铃木支队进犯丰宁,李赵支队在丰宁以北设伏。\n")
    sides = {u["name"]: u["side"] for u in extract(tmp_path, text)["units"]}
    assert sides.get("李赵支队") == "CN"
    assert sides.get("铃木支队") == "JP"


def test_a_battle_named_for_a_setback_before_the_account_is_a_look_back(tmp_path):
    """在X大战尝到苦头后, X战役失利以后: the setback dates what the text tells next; X is no battle of the account and
    takes none of its dates, units and commanders."""
    text = ("1938年3月,日军在娘子关大战尝到苦头后,改从九龙关进犯。团长陈锡明率第771团在九龙关以北阻击日军。\n")
    d = extract(tmp_path, text)
    assert "娘子关大战" not in {b["name"] for b in d["battles"]}


def test_a_battle_named_again_as_a_setback_is_still_told(tmp_path):
    text = "1938年3月,临沂战役打响。第40军在临沂城外阻击日军第5师团。日军在临沂战役失利后北撤。\n"
    b = extract(tmp_path, text)["battles"]
    assert [x["name"] for x in b] == ["临沂战役"] and b[0]["start"] == "1938-03"
