"""Rules from round 32's diagnosis (an encyclopedia article with an infobox and a 背景 section, a popular-history
narrative of a defence it never names); every sentence here is written for the test."""
from helpers import extract_json as extract

from kangzhan.extract.fight_places import distance_places, goal_places
from kangzhan.extract.mentions.places import find_places


def _names(ms) -> set[str]:
    return {m["name"] for m in ms}


def _places(text: str) -> list[str]:
    return [m.text for m in find_places(text)]


# --- places: a county located by its province, a railway after a frequent character, a particle in a stem ---

def test_a_county_right_after_its_province_is_read_whatever_word_follows():
    """安徽舒城东门: 城东 is a frequent word, yet the county written right after its province is the place."""
    assert _places("1939年春,安徽舒城东门外枪声大作") == ["安徽", "舒城"]
    assert _places("湖北宜城东门外") == ["湖北", "宜城"]


def test_a_county_glued_to_words_on_both_sides_without_a_province_is_still_refused():
    assert "安新" not in _places("河北雄安新区成立")


def test_a_railway_after_a_frequent_character_is_no_county():
    """遂|平汉路 (then along the railway): the railway, no county 遂平; 遂平县 itself stays a county."""
    assert _places("敌军遂平汉路南下") == ["平汉路"]
    assert _places("遂平县城失守") == ["遂平县"]


def test_an_aspect_particle_opens_no_place_name():
    assert _places("夜里,摸着绕城走了一圈") == []
    assert _places("我军攻占了马家城") == ["马家城"]


# --- the fight a popular narrative never names: the town it keeps coming back to, not the enemy's goal ---

_NARRATIVE = (
    "1939年5月的第二个黄昏,山西沁水南门外的柳树还在风里摇,炮声却一阵紧似一阵。那是第三十七师团的山炮在试射。"
    "十天前,阳城刚刚陷落,日军第一军要从晋南插向垣曲,再顺着中条山北麓东进,它们要的不是沁水这一座小城,"
    "而是打通去黄河渡口的路。沁水若守不住,后面几处渡口都难保。也正因如此,98军被推到了最前面。\n"
    "孙连仲赶到沁水的当天傍晚,绕着城墙走了一圈。他没多说话,只把参谋叫到跟前:“城门能堵就堵,缺口连夜补上。”"
    "那道命令很快传遍了部队——169师独立5旅守城头,独立7旅退到城西马家岭,42师125旅在端氏镇先顶第一阵,"
    "其余部队分散在两翼。\n"
    "沁水地势平坦,无险可守,只能拿人去填。98军的士兵多是北方汉子,连日阴雨,不少人闹起了痢疾。\n"
    "8日午后,日军的先头部队在端氏镇第一次碰上125旅。松本支队没料到中国军队敢迎头顶上,队形刚展开就被机枪"
    "撕出了缺口。双方在麦田里滚打了三天三夜。12日晚,125旅的子弹只剩\n")


def test_a_narrative_coins_its_fight_after_the_town_it_keeps_naming_not_the_goal_named_once(tmp_path):
    """The enemy's goal (插向垣曲) is named once, as where the enemy meant to go; the town the narrative names five
    times is the one defended: the fight is coined after it. Its army written 98军 is Chinese; the general who
    opens a clause going to the front (孙连仲赶到…) is a leader; 那道命令 is no man."""
    battles = extract(tmp_path, _NARRATIVE)["battles"]
    assert [b["name"] for b in battles] == ["沁水战斗"]
    b = battles[0]
    assert b["start"].startswith("1939-05")
    assert ("第98军", "CN") in {(u["name"], u["side"]) for u in b["units"]}
    assert _names(b["commanders"]) == {"孙连仲"}
    assert "沁水" in _names(b["places"]) and "垣曲" not in _names(b["places"])


def test_a_goal_fought_at_twice_is_not_outweighed(tmp_path):
    """Where the place the enemy attacks is fought at more than once, the town named more often only as a setting
    does not take the fight from it (a side action is attacked once; this is the fight)."""
    text = ("1940年6月,沁水城里的百姓早已疏散。沁水的守军只有一个营。沁水东关的商铺都关了门。沁水的城墙年久失修。"
            "日军第三十七师团一部进攻垣曲,守军在垣曲城外与敌激战。日军再次猛攻垣曲,守军伤亡很大。沁水的人们都在听着南面的炮声。\n")
    names = [b["name"] for b in extract(tmp_path, text)["battles"]]
    assert "沁水战斗" not in names


def test_a_dictionary_name_inside_a_clause_or_with_no_deed_is_no_leader(tmp_path):
    """Only a name that opens its clause and does a commander's deed (赶到, 亲临, 下令 …) is read so."""
    text = ("1939年5月,报上登着蒋介石的讲话。日军第三十七师团进攻沁水,守军与敌激战,击退日军多次进攻,"
            "毙伤敌三百余人。沁水城下又发生激战,守军再次击退敌人。\n")
    for b in extract(tmp_path, text)["battles"]:
        assert "蒋介石" not in _names(b["commanders"])


def test_an_army_written_with_its_ordinal_keeps_no_guessed_side(tmp_path):
    """第11军 with no side word may be either side's (Japan numbered its armies so too): no side guessed."""
    text = ("1939年9月,湘北战役打响。第11军向新墙河一线进攻,双方激战数日,伤亡惨重。新墙河两岸到处是弹坑。\n")
    sides = {(u["name"], u["side"]) for b in extract(tmp_path, text)["battles"] for u in b["units"]}
    assert "第11军" in {name for name, _ in sides} and ("第11军", "CN") not in sides


# --- an encyclopedia article: its 背景 tells the campaign before the fight began ---

_ARTICLE = (
    "罗家岭战役徐州会战中,国民革命军为阻止日军南下,与日军围绕罗家岭进行的一连串战斗。汤恩伯率85军坚守罗家岭阵地,"
    "迟滞日军5师团七天七夜,后因伤亡过重,被迫放弃罗家岭阵地。\n\n"
    "罗家岭战役\n徐州会战的一部分\n日期1938年5月6日-5月13日\n地点\n结果 国军血战7日后南撤\n参战方\n国民革命军\n"
    " 大日本帝国陆军\n指挥官与领导者\n汤恩伯\n板垣征四郎\n参战单位\n\n85军(4、89师)\n52军\n\n5师团\n伤亡与损失\n"
    "9,000余人 7,000余人\n\n背景\n\n编辑\n\n"
    "1938年3月下旬,徐州会战北线,第2集团军总司令孙连仲利用第30军、第42军会同第31军与日军在台儿庄以北爆发激战,"
    "成功遏止日军的攻势。 1938年5月,徐州会战进入第二阶段,日军增兵北线,欲转移主攻方向至罗家岭一带,企图夺取徐州,"
    "切断守军退路。汤恩伯将军率第八十五军兼第四师、第八十九师构筑防线,阻敌南下。"
    "且过了罗家岭后,从岭下的邳县到徐州直线距离仅不到60公里。\n")


def test_a_background_sentence_dated_before_the_fight_is_its_campaigns(tmp_path):
    """The 背景's first sentence (1938年3月, a month before the fight's infobox dates) names the campaign: its
    armies and leader fought the campaign, not this fight. Its armies are Chinese: the leader employs them
    (利用 …, 会同 …). The sentence dated in the fight's month stays the fight's."""
    battles = {b["name"]: b for b in extract(tmp_path, _ARTICLE)["battles"]}
    fight, whole = battles["罗家岭战役"], battles["徐州会战"]
    assert fight["part_of"] == "徐州会战"
    assert not {"第30军", "第42军", "第31军", "第2集团军"} & _names(fight["units"])
    assert "孙连仲" not in _names(fight["commanders"]) and "台儿庄" not in _names(fight["places"])
    assert {("第30军", "CN"), ("第42军", "CN"), ("第31军", "CN")} <= {(u["name"], u["side"]) for u in whole["units"]}
    assert {"第85军", "第4师", "第89师", "第52军"} <= _names(fight["units"])
    assert ("第52军", "CN") in {(u["name"], u["side"]) for u in fight["units"]}


def test_a_fight_named_after_the_campaigns_city_keeps_it(tmp_path):
    text = ("徐州城防战是徐州会战的一部分。1938年5月15日,日军第十六师团进攻徐州,守军在徐州城下与敌激战,"
            "毙伤日军千余人,5月19日守军奉命撤出徐州。\n")
    battles = {b["name"]: b for b in extract(tmp_path, text)["battles"]}
    assert "徐州" in _names(battles["徐州城防战"]["places"])


def test_the_ends_of_a_distance_are_dropped_and_those_of_a_march_kept():
    """从X到Y直线距离: the lie of the land; 从X到Y一路激战: both ends are where the force fought."""
    text = "过了山口,从宿迁到睢宁直线距离仅不到60公里。"
    assert [m.text for m in distance_places(text, find_places(text))] == []
    text = "从宿迁到睢宁一路激战,我军毙伤日军千余人。"
    assert [m.text for m in distance_places(text, find_places(text))] == ["宿迁", "睢宁"]


def test_the_goal_and_route_of_a_plan_are_dropped_not_those_of_a_march_or_an_attack():
    """日军要从X插向Y,再顺着Z东进: where the enemy meant to go (and the next clause going on with the plan); a
    march told as done (日军沿X南下,进攻Y) and a plan's target of attack (企图攻占Y) are kept."""
    text = "十天前,日军第一军要从晋南插向垣曲,再顺着中条山北麓东进。"
    assert [m.text for m in goal_places(text, find_places(text))] == ["晋南"]
    text = "日军沿粤汉路南下,进攻长沙。"
    assert [m.text for m in goal_places(text, find_places(text))] == ["粤汉路", "长沙"]
    text = "日军企图攻占长沙。"
    assert [m.text for m in goal_places(text, find_places(text))] == ["长沙"]
