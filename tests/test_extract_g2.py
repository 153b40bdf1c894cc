"""g2: no name is read across a verb of fighting; (invented sentences)."""

from kangzhan.extract.mentions.persons import find_persons


def _names(text: str) -> list[str]:
    return [m.text for m in find_persons(text)]


def test_encircling_verb_before_unit_is_no_name():
    # a dictionary entry's sentence: 分五路合围 + the unit encircled
    assert _names("1940年春,敌伪千余人分五路合围新四军第6团驻地张家圩。") == []


def test_ambushing_verb_with_zhi_is_no_name():
    # a narrative's sentence: 设伏之 + the unit that laid the ambush
    assert _names("埋伏在山口的新四军见敌车驶近,设伏之新四军一齐开火,击毁敌车2辆。") == []


def test_commander_before_unit_still_read():
    # look-alike: a name before 的 + unit, with a fighting verb later in the sentence
    assert _names("周立的新四军第6团在合围中突围。") == ["周立"]


def test_market_street_names_a_fight():
    from kangzhan.extract.mentions.battles import find_battles
    # a list page's entry: the title, two places, glued to the first sentence's date
    got = [m.text for m in find_battles("王集、柳子街战斗1941 年4 月2 日,日伪军300余人进犯。")]
    assert got == ["王集、柳子街战斗"]
    # look-alike: a street of a town (南大街) names no fight
    assert find_battles("部队在南大街战斗到天明。") == []


_LIST_PAGE = (
    "王庄战斗1938年5月,日军占领县城后继续南犯。6月3日,县大队在王庄伏击日军,毙敌30余人。\n"
    "来源:某某网 作者:某某办公室\n"
    "2016-05-01 10:00:00\n"
    "李家集战斗1940 年2 月,八路军某团进驻李家集一带。2 月9 日,与来犯日伪军300余人激战,毙敌50余人。\n"
    "来源:某某网 作者:某某办公室\n"
    "2016-05-01 09:00:00\n"
    "赵村起义1937 年秋,赵村民众在刘某率领下举起义旗,组成抗日自卫团第三大队。\n"
)


def test_glued_entry_titles_head_their_entries():
    from kangzhan.extract.mentions.battles import find_battles
    heads = [m.value["name"] for m in find_battles(_LIST_PAGE) if m.value.get("heading")]
    assert heads == ["王庄战斗", "李家集战斗"]


def test_glued_entry_of_no_battle_ends_the_entry_before():
    from kangzhan.extract.mentions.battles import find_battles, section_breaks
    heads = [m for m in find_battles(_LIST_PAGE) if m.value.get("heading")]
    assert _LIST_PAGE.index("赵村起义") in section_breaks(_LIST_PAGE, heads)


def test_prose_battle_then_date_is_no_heading():
    from kangzhan.extract.mentions.battles import find_battles, section_breaks
    # a sentence names a battle and its year with a word between them; a sentence opens with its subject and 于
    text = "县大队历经多次战斗。\n王庄战斗于1939年春打响,县大队毙敌30余人。\n该部于1939年春转战各地。\n"
    assert not [m for m in find_battles(text) if m.value.get("heading")]
    assert section_breaks(text, []) == []


# --- which date a fight takes: the day its place comes in again, the day the enemy drives into the ambush ---

def _dates(tmp_path, text: str) -> dict[str, str | None]:
    from helpers import extract_json
    return {b["name"]: b["start"] for b in extract_json(tmp_path, text)["battles"]}


def test_an_entry_dates_its_fight_where_its_place_comes_in_again(tmp_path):
    """A list entry opens with an earlier sweep of the county under its own date; the fight of the title comes in with
    its place (同年…进驻X、Y一带)."""
    text = ("刘庄、马家街战斗1940 年2 月7 日,日伪军800余人进犯县境东部,县大队奋起反击,毙敌30余人。"
            "同年8 月15 日,县大队与独立营共500余人进驻刘庄、马家街一带。午后与来犯日伪军激战,毙敌60余人。\n"
            "来源:某某网\n")
    assert _dates(tmp_path, text).get("刘庄、马家街战斗") == "1940-08-15"


def test_an_ambush_is_dated_by_the_enemy_driving_in_not_the_night_march(tmp_path):
    """An encyclopedia entry: the ambushers set out at night and lie in wait; the enemy's trucks come next morning."""
    text = ("石岭战斗\n八路军在晋西石岭对日军车队的伏击战。1939年4月6日夜,八路军某团第2营从李村出发,拂晓进抵公路旁之石岭埋伏。"
            "7日晨8时许,日军汽车30余辆驶近石岭。第2营突然开火,击毁汽车20余辆,毙敌50余人。\n")
    assert _dates(tmp_path, text).get("石岭战斗") == "1939-04-07"


def test_a_night_attack_that_strikes_keeps_its_day(tmp_path):
    """Look-alike: troops move in and strike the same night: that day is the fight's."""
    text = ("石岭战斗\n八路军在晋西石岭袭击日军据点的战斗。1939年4月6日夜,八路军某团第2营进抵石岭,突然发起攻击,毙敌50余人。"
            "7日晨,第2营撤回李村。\n")
    assert _dates(tmp_path, text).get("石岭战斗") == "1939-04-06"


# --- the posts the enemy mustered from are no places of the fight ---

def _places(tmp_path, text: str, name: str) -> set[str]:
    from helpers import extract_json
    b = next(b for b in extract_json(tmp_path, text)["battles"] if b["name"] == name)
    return {p["name"] for p in b["places"]}


def test_mustered_posts_are_no_places_of_the_fight_dictionary(tmp_path):
    text = ("张家圩战斗\n新四军在苏北张家圩反击日军进攻的战斗。1940年3月4日,日军纠集泰州、泰兴和宜陵等据点的1500余人,"
            "分三路合围新四军第2团驻地张家圩。第2团奋起反击,毙伤日军40余人。\n")
    got = _places(tmp_path, text, "张家圩战斗")
    assert "张家圩" in got and not got & {"泰州", "泰兴", "宜陵"}


def test_mustered_towns_are_no_places_of_the_fight_list_page(tmp_path):
    text = ("王庄战斗1941 年6 月3 日,日军调集德州、平原等地的800余名日伪军,进犯王庄。县大队在王庄村东阻击,毙敌30余人。\n"
            "来源:某某网\n")
    got = _places(tmp_path, text, "王庄战斗")
    assert "王庄" in got and not got & {"德州", "平原"}


def test_a_place_the_enemy_advanced_on_stays(tmp_path):
    # look-alike: 进犯X等地 is where the enemy went, no muster
    text = "王庄战斗\n1941年6月3日,日军800余人进犯王庄、李村等地,县大队在王庄村东阻击,毙敌30余人。\n"
    assert {"王庄", "李村"} <= _places(tmp_path, text, "王庄战斗")


def test_a_road_between_two_towns_is_no_place():
    from kangzhan.extract.mentions.places import find_places
    # an encyclopedia's ambush: 甲至乙公路 names the road by its ends
    assert not [m for m in find_places("八路军在太原至忻县公路旁设伏。") if m.value["name"].endswith("公路")]
    # a memoir: the same with 到
    assert not [m for m in find_places("我们连夜赶到平遥到介休公路边埋伏。") if m.value["name"].endswith("公路")]
    # look-alike: a road's own name stays
    assert "邯长公路" in [m.value["name"] for m in find_places("日军沿邯长公路进犯。")]

