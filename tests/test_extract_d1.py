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
