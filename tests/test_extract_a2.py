"""Site precision (twenty-first session, a2): a fight's places are the places where its fighting is told, not where
its forces stayed, worked, were posted or went afterwards, not another fight's site, and never a fragment of a word.
Invented sentences in several genres, each rule with a look-alike that must keep its place."""

from __future__ import annotations

from helpers import extract_json as extract


def _places(facts: dict, name: str) -> set[str]:
    return {p["name"] for b in facts["battles"] if b["name"] == name for p in b["places"]}


def _all_places(facts: dict) -> set[str]:
    return {p["name"] for b in facts["battles"] for p in b["places"]}


# memoir: after the fight the company moved to a village to rest
_AFTERMATH = ("石岭伏击战\n1941年5月,游击队在石岭设伏,袭击日军运输队,毙敌二十余人。"
              "战斗结束后,游击队连夜转移到{}休整。\n")


def test_where_a_force_went_after_the_fight_is_none_of_its_places(tmp_path):
    facts = extract(tmp_path, _AFTERMATH.format("丰台"))
    assert "石岭" in _places(facts, "石岭伏击战")
    assert "丰台" not in _all_places(facts)


def test_a_place_fought_at_after_the_word_over_stays(tmp_path):
    # look-alike: the clause after 战斗结束后 tells fighting at the place (日军反扑丰台): it is fought at
    text = ("石岭伏击战\n1941年5月,游击队在石岭设伏,袭击日军运输队,毙敌二十余人。"
            "战斗结束后,日军在丰台猛烈反扑,游击队坚守阵地。\n")
    facts = extract(tmp_path, text)
    assert {"石岭", "丰台"} <= _places(facts, "石岭伏击战")


# chronicle: a sentence of a unit's habitual activity in the fight's stretch
_HABIT = ("马岭战斗\n1939年3月,独立团奇袭马岭据点,全歼守敌。独立团一直在{}一带{}。\n")


def test_a_habitual_activity_names_no_place_of_the_fight(tmp_path):
    facts = extract(tmp_path, _HABIT.format("沁源", "坚持活动,多次袭击伪警所"))
    assert "马岭" in _places(facts, "马岭战斗")
    assert "沁源" not in _all_places(facts)


def test_a_single_move_to_the_fight_keeps_its_place(tmp_path):
    # look-alike: the unit marched through the place to the fight once (no habit, no work)
    text = "马岭战斗\n1939年3月,独立团经沁源进至马岭,奇袭马岭据点,全歼守敌。\n"
    facts = extract(tmp_path, text)
    assert {"马岭", "沁源"} <= _places(facts, "马岭战斗")


def test_propaganda_work_at_villages_is_no_ground_of_the_fight(tmp_path):
    # memoir: a work team went to villages to do propaganda, then the company fought elsewhere
    text = ("柳塘战斗\n1944年1月,我们的工作队到沁源、平遥等乡进行宣传,建立农会。"
            "2月,日军三十余人窜到柳塘村,我中队立刻赶到柳塘村,看见日军就开枪,毙敌五名。\n")
    facts = extract(tmp_path, text)
    places = _all_places(facts)
    assert "沁源" not in places and "平遥" not in places
    assert any(p.startswith("柳塘") for p in places)


def test_a_post_left_to_come_at_the_fight_is_no_place_of_it(tmp_path):
    # local history: the enemy marched from his garrison to the site
    text = ("石门坎战斗\n1938年2月,驻平遥的日军出动三百余人扑向石门坎,我守军一个连在石门坎阻击,激战两小时。\n")
    facts = extract(tmp_path, text)
    assert "石门坎" in _places(facts, "石门坎战斗")
    assert "平遥" not in _all_places(facts)


def test_an_attack_on_a_garrison_keeps_the_garrison_town(tmp_path):
    # look-alike: the garrison is attacked where it is posted (袭击驻X的日军): X is the ground
    text = "平遥战斗\n1938年2月,八路军一部夜袭驻平遥的日军,毙敌三十余人。\n"
    facts = extract(tmp_path, text)
    assert "平遥" in _all_places(facts)


def test_a_sentence_that_goes_on_to_the_next_event_gives_its_places_to_that(tmp_path):
    # encyclopedia entry: one sentence, a fight, then the next moves (尔后进入…, 即返回…)
    text = ("马岭战斗\n1936年7月,第六军西征,乘胜攻打敌人重要据点马岭,尔后进入沁源、平遥等地,即返回灵石根据地。\n")
    facts = extract(tmp_path, text)
    places = _places(facts, "马岭战斗")
    assert "马岭" in places
    assert not places & {"沁源", "平遥", "灵石"}


def test_the_reference_point_of_a_distance_is_no_ground(tmp_path):
    # news: the site is located by its distance from a city
    text = ("石岭伏击战\n1938年2月11日,从县城去石岭运送粮秣的日军辎重队,在距离平遥约20公里的石岭遭到八路军伏击,"
            "车队几乎全被消灭。\n")
    facts = extract(tmp_path, text)
    assert "石岭" in _places(facts, "石岭伏击战")
    assert "平遥" not in _places(facts, "石岭伏击战")


def test_an_adjective_is_no_place(tmp_path):
    # narrative: 原本安宁的城池 — peaceful, not the city of that name
    text = "石岭战斗\n1938年2月,日军进攻石岭,守军激战一日后撤退,原本太平的村庄被日军占据。\n"
    facts = extract(tmp_path, text)
    assert "太平" not in _all_places(facts)


def test_the_verb_chong_opens_no_village(tmp_path):
    text = "石岭战斗\n1940年11月,游击队打石岭据点的时候,老赵冲进屋,一个鬼子开枪,把老赵打死了。\n"
    facts = extract(tmp_path, text)
    assert "老赵冲" not in _all_places(facts)


def test_a_verb_of_being_is_no_part_of_a_hill_name(tmp_path):
    text = ("江阴要塞之战\n1937年9月,日机轰炸江阴要塞。江阴有黄山、君山扼江面,守军炮台奋勇还击,击落日机四架。\n")
    facts = extract(tmp_path, text)
    assert "有黄山" not in _all_places(facts)


def test_an_adverb_or_a_verb_of_ambush_reads_no_place(tmp_path):
    text = ("石岭伏击战\n1937年10月26日,日军辎重部队进入预伏阵地时,遭到八路军伏击。"
            "日军反复攻击,其攻击亦就失效。\n")
    facts = extract(tmp_path, text)
    places = _all_places(facts)
    assert "预伏" not in places and "亦就失效" not in places


def test_quoted_ships_in_a_list_are_no_towns(tmp_path):
    text = ("江阴海空战\n1937年10月,“青天”、“平遥”、“江宁”号先后在江阴江面被日机炸沉,守军与敌激战。\n")
    facts = extract(tmp_path, text)
    assert "平遥" not in _all_places(facts)


def test_a_quoted_town_in_a_list_of_towns_stays(tmp_path):
    # look-alike: quoted towns in a list, no ship word after them
    text = "平遥战斗\n1938年2月,日军进攻“平遥”、“祁县”两城,守军与敌激战三日。\n"
    facts = extract(tmp_path, text)
    assert "平遥" in _all_places(facts)


def test_where_a_struck_force_was_bound_is_no_ground(tmp_path):
    # news: the regiment was marching toward a city when it met the enemy at a village
    text = ("柳沟战斗\n1943年10月,日军观战团途经柳沟村时,恰好碰上正向太原开进的八路军第16团,"
            "第16团立即在柳沟村发起攻击,毙敌百余人。\n")
    facts = extract(tmp_path, text)
    places = _all_places(facts)
    assert "太原" not in places
    assert any(p.startswith("柳沟") for p in places)


def test_a_village_marched_on_stays(tmp_path):
    # look-alike: a diary's company advances toward a village and fights there next
    text = "柳沟战斗\n十月三日 晴\n我们向柳沟村前进,渐渐进入了战斗第一线,与敌激战。\n"
    facts = extract(tmp_path, text)
    assert any(p.startswith("柳沟") for p in _all_places(facts))


def test_an_attack_toward_a_town_keeps_the_town(tmp_path):
    # look-alike: 向X进攻 tells the fight at X
    text = "平遥战斗\n1943年10月,八路军第16团向平遥进攻,与守敌激战一夜。\n"
    facts = extract(tmp_path, text)
    assert "平遥" in _all_places(facts)
