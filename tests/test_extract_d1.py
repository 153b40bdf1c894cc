"""Battle identification rules from round 16's diagnosis (read after its blind measurement): a place whose last
character opens a battle word (X会 + 战斗 read as 会战 + 斗), and a fight named once after a place the text writes
elsewhere as the place held or reached. Every sentence here is written for the test."""
from helpers import extract_json as extract


def _names(tmp_path, text: str) -> list[str]:
    return [b["name"] for b in extract(tmp_path, text)["battles"]]


def test_a_place_ending_in_hui_before_zhandou_names_the_fight(tmp_path):
    text = ("1940年6月上旬,日军一个中队从任丘出动,向八路军独立第2旅驻守的王会村进犯。"
            "我军依托村落顽强抗击,激战两天,毙伤日军200余人。王会战斗,是冀中平原村落防御的范例。\n")
    assert _names(tmp_path, text) == ["王会战斗"]


def test_a_place_ending_in_hui_before_zhanyi(tmp_path):
    text = "1941年秋,新四军第1师在苏中石会镇一带发起石会战役,攻克日伪据点五处,歼伪军800余人。\n"
    assert _names(tmp_path, text) == ["石会战役"]


def test_a_campaign_name_keeps_its_huizhan(tmp_path):
    text = "1939年9月,第九战区部队在湘北与日军展开第一次长沙会战,日军伤亡惨重,被迫撤退。\n"
    assert _names(tmp_path, text) == ["第一次长沙会战"]


def test_a_fight_named_once_after_a_place_the_enemy_held(tmp_path):
    text = ("1943年11月,鲁中军区决定拔除盘踞柳营的日伪军。柳营是沂河边的集镇,伪军在柳营筑碉堡九座。"
            "十一月八日夜,第二团从东门突入,柳营战斗打响了,至拂晓全歼守敌300余人。\n")
    assert _names(tmp_path, text) == ["柳营战斗"]


def test_a_word_named_once_and_never_as_a_place_coins_no_fight(tmp_path):
    text = "1942年5月,某团在冀南转战,战士们在艰苦的反扫荡中坚持斗争,顽强战斗打响后伤亡很大。\n"
    assert _names(tmp_path, text) == []


def test_a_story_glued_after_the_end_mark_gives_the_fight_no_date(tmp_path):
    text = ("1938年5月12日,日军向鲁西韩庄发起进攻,守军顽强抵抗。激战到14日,我军歼敌300余人。"
            "韩庄战斗,是鲁西平原的一次胜仗。(完)\n"
            "柏林7月20日电 (记者 某某)一场纪念抗战胜利的合唱音乐会19日晚举行,观众1500多人。当地时间7月19日\n")
    b = extract(tmp_path, text)["battles"]
    assert [x["name"] for x in b] == ["韩庄战斗"]
    assert b[0]["start"] == "1938-05-12" and b[0].get("end") in (None, "1938-05-14")  # not the concert's 7月19日


def test_a_second_war_story_after_the_end_mark_stays(tmp_path):
    text = ("北京7月3日电 1938年5月12日,日军向鲁西韩庄发起进攻。韩庄战斗中我军歼敌300余人。(完)\n"
            "太原7月4日电 1940年8月20日,八路军在正太路发起破袭,史称百团大战。(完)\n")
    names = [x["name"] for x in extract(tmp_path, text)["battles"]]
    assert "百团大战" in names and "韩庄战斗" in names


def test_an_everyday_word_inside_dazhan_names_no_second_battle(tmp_path):
    # 重|大战|役: the overlapping reading (战役 inside 大战) is tried only where a place could end in the first word
    text = ("1944年衡阳保卫战,第10军坚守衡阳47天,日军伤亡惨重。"
            "抗战中,第10军参加了许多抗战的重大战役,被誉为泰山军。\n")
    assert _names(tmp_path, text) == ["衡阳保卫战"]


# --- round 39 diagnosis (ho171, ho178; eighteenth session): invented sentences only ---

from helpers import extract_jsonl  # noqa: E402


def _mentions(tmp_path, text: str, kind: str) -> list[dict]:
    return [m for m in extract_jsonl(tmp_path, text) if m.get("kind") == kind]


def _battles(tmp_path, text: str) -> dict[str, dict]:
    return {b["name"]: b for b in extract(tmp_path, text)["battles"]}


_MONTHS = ("1943年春,全县抗日武装配合主力部队,打击日军,拔除日伪据点。\n"
           "  3月,某县支队智取马家据点,将守敌20余人全部缴械俘虏。同月,县大队化装成赶集的群众,混进柳树屯,"
           "猛然向敌人发起攻击,当即毙伤5人,活捉3人。\n"
           "  5月某日,县大队化装成伪军,来到石桥村,将村包围,偽军一行30余人全部缴械。\n"
           "  7月10日,在抗日武装的攻势下,日军撤出西营据点。\n")


def test_a_chronicle_told_by_months_under_its_year_line_is_separate_fights(tmp_path):
    # a year line, then paragraphs led by a month alone (3月, 5月某日, 7月10日): each its own event; 同月 opens
    # another fight inside one; a ruse capture (智取…缴械俘虏) is a fight though no fighting verb is written
    names = set(_battles(tmp_path, _MONTHS))
    assert {"马家战斗", "柳树屯战斗", "石桥战斗"} <= names


def test_month_led_sentences_inside_one_narrative_are_no_chronicle(tmp_path):
    # the look-alike: one fight told over months in running paragraphs with no year line of their own
    text = ("黄岭战斗\n日军一个大队进犯黄岭。\n3月,我军在黄岭阻击日军,激战一日。\n4月,日军再攻黄岭,又被击退。\n"
            "5月,日军撤走。\n")
    names = set(_battles(tmp_path, text))
    assert names == {"黄岭战斗"}


def test_the_side_attacked_lost_the_men_an_active_verb_counts(tmp_path):
    # 某队向敌人发起攻击,当即毙伤6人: the attacker is a unit no side word names; the victims are the target's
    figs = _mentions(tmp_path, "县大队猛然向敌人发起攻击,当即毙伤7人,活捉4人。\n", "figure")
    assert {(f["value"]["count"], f["value"]["side"]) for f in figs} == {(7, "JP"), (4, "JP")}


def test_a_side_word_after_the_attack_stays_the_losss_subject(tmp_path):
    figs = _mentions(tmp_path, "日军向我阵地发起进攻,我军毙伤60人。\n", "figure")
    assert [(f["value"]["count"], f["value"]["side"]) for f in figs] == [(60, "JP")]


def test_a_village_after_its_county_is_a_place_though_its_stem_is_a_word(tmp_path):
    # (枣树 "jujube tree" opens the stem: the county right before and 村 after vouch for the name)
    places = {m["value"]["name"] for m in _mentions(tmp_path, "部队到达广平县枣树园村就地休息。\n", "place")}
    assert "枣树园村" in places


def test_a_common_word_before_cun_without_a_county_stays_no_place(tmp_path):
    places = {m["value"]["name"] for m in _mentions(tmp_path, "他们在枣树园村边休息。\n", "place")}
    assert "枣树园村" not in places


def test_a_county_battalion_after_the_county_written_whole(tmp_path):
    units = {m["value"]["key"] for m in _mentions(tmp_path, "同月,邢台县县大队副队长王明率战士20名出发。\n", "unit")}
    assert "邢台县县大队" in units


def test_ren_before_a_red_army_number_is_no_person(tmp_path):
    persons = {m["value"]["name"] for m in _mentions(tmp_path, "1934年参加红军,任红二十五军七十四师宣传员。\n", "person")}
    assert not any(p.startswith("任") for p in persons)
    persons = {m["value"]["name"] for m in _mentions(tmp_path, "由李红的第3师守城。\n", "person")}
    assert "李红" in persons


def test_a_post_holder_playing_a_part_in_a_ruse_is_a_person(tmp_path):
    persons = {m["value"]["name"] for m in _mentions(tmp_path, "县委书记王德扮日军军官,区长赵明扮翻译。\n", "person")}
    assert {"王德", "赵明"} <= persons


def test_a_detachment_named_after_a_place_is_chinese(tmp_path):
    units = {(m["value"]["key"], m["value"]["side"]) for m in _mentions(tmp_path, "惠民支队一部化装成老百姓进入据点。\n", "unit")}
    assert ("惠民支队", "CN") in units


def test_wo_column_refers_back_to_the_column_named(tmp_path):
    text = ("1938年,他任某军区青年抗日游击纵队参谋。1939年2月,日军进攻南宫,我游击纵队主力进入铁路线打击敌人。"
            "同月,他率直属队到达广宗县李家村,被日军包围,他决定突围。\n")
    b = next(iter(_battles(tmp_path, text).values()))
    assert "青年抗日游击纵队" in {u["name"] for u in b["units"]}


def test_a_strongpoint_taken_by_a_ruse_is_a_fort(tmp_path):
    places = {m["value"]["name"]: m["value"]["kind"] for m in _mentions(tmp_path, "4月,某支队智取宋家据点,取得全胜。\n", "place")}
    assert places.get("宋家") == "fort"


def test_all_of_a_sized_enemy_force_taken_is_that_many_captured(tmp_path):
    figs = _mentions(tmp_path, "伪军50多人驻守石桥。一日,我部化装进入据点,将敌全部缴械俘虏。\n", "figure")
    assert (50, "JP", "captured") in {(f["value"]["count"], f["value"]["side"], f["value"]["category"]) for f in figs}


def test_the_rest_taken_after_a_loss_is_no_count_of_the_whole(tmp_path):
    figs = _mentions(tmp_path, "日军200余人进犯,被我击毙30人,余部全部俘虏。\n", "figure")
    assert not any(f["value"]["category"] == "captured" for f in figs)


def test_an_enemy_force_counted_then_coming_up_is_its_strength(tmp_path):
    figs = _mentions(tmp_path, "伪军一行30余人赶来后,被我包围。\n", "figure")
    assert [(f["value"]["count"], f["value"]["side"], f["value"]["kind"]) for f in figs] == [(30, "JP", "strength")]
    assert not _mentions(tmp_path, "来宾一行30余人赶来参观。\n", "figure")
