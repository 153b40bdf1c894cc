"""Site and name boundaries (twentieth session, category c4): a heading that names a campaign and, after a dash or
a colon, the fight it tells names that fight; a village's name is whole to its last settlement word (X家窝堡); a
story whose fighting names no place often enough is set at the village it fights at, not at the scene set before.
Every sentence here is invented for the test, about other men, units and places than the measured texts."""
from helpers import extract_json as extract

from kangzhan.extract.mentions.battles import find_battles
from kangzhan.extract.mentions.places import find_places


def _names(text: str) -> set[str]:
    return {m.value.get("name") for m in find_battles(text) if m.value.get("name")}


def _heads(text: str) -> set[str]:
    """The battles the text's headings name."""
    return {m.value.get("name") for m in find_battles(text) if m.value.get("name") and m.value.get("heading")}


def test_a_memoirs_numbered_heading_names_the_fight_after_the_dash():
    """回忆录: 1. A会战——B之役: the section tells B; A only frames it."""
    text = "笔者身历其境二三事简述如下:\n\n  1. 湘北会战——青石岭之役:\n\n 我连奉命守青石岭,日军猛攻三日,未能得逞。\n"
    assert _heads(text) == {"青石岭之役"}
    assert not any("——" in n for n in _names(text))


def test_a_chronicle_heading_with_a_colon_names_the_fight_after_it():
    """志书条目: 三、A战役:B阻击战 alone on its line names B; a colon then a sentence keeps A."""
    assert _heads("三、豫南战役:白马岗阻击战\n是日拂晓,日军一个联队进抵白马岗。\n") == {"白马岗阻击战"}
    assert _heads("三、豫南战役:是年五月,日军分三路进犯。\n") == {"豫南战役"}


def test_a_page_title_with_a_site_after_the_dash_keeps_the_battle():
    """网页标题: X战役 - 某纪念网 (the site names no fight) and A会战—中国抗战 (the war) keep the first name;
    an item's explanation after a dash (这场战斗…) names no fight either."""
    assert _heads("石牌战役 - 抗战文史纪念网\n正文……\n") == {"石牌战役"}
    assert "这场战斗" not in _names("1.柳河伏击战——这场战斗打得干净利落。\n")
    assert not _names("松花湖连环战:抗战初期的一场重大战役\n发生在1933年的这场战斗,规模很大。\n") \
        & {"一场重大战役", "抗战初期的一场重大战役"}  # a description after the colon, no fight's name
    assert "柳河伏击战" in _names("1.柳河伏击战——这场战斗打得干净利落。\n")


def test_a_northeastern_village_name_is_whole_to_its_walled_village_word():
    """新闻/战史: 攻打X家窝堡, 驻在X家窝棚: the name runs on over 堡/棚; 堡垒 and 屯兵 are words after a name."""
    assert "孙家窝堡" in {m.text for m in find_places("抗联一部乘夜攻打敌人据点孙家窝堡,毙敌十余名。")}
    assert "钱家窝棚" in {m.text for m in find_places("部队在钱家窝棚宿营,拂晓出发。")}
    assert "周家庄" in {m.text for m in find_places("日军修筑的周家庄堡垒被我军炸毁。")}
    assert "吴家洼" in {m.text for m in find_places("敌人在吴家洼屯兵数百。")}


def test_a_village_named_after_a_feature_is_whole_to_its_village_word():
    """战斗详报/地方志: X湾村, X桥村 are villages (村 closes the name); X湾村民 are its villagers, no part of it."""
    assert "杏树湾村" in {m.text for m in find_places("敌一个小队窜到杏树湾村抢粮。")}
    assert "青石桥村" in {m.text for m in find_places("我部进驻青石桥村一带休整。")}
    assert "杏树湾村民" not in {m.text for m in find_places("杏树湾村民纷纷送水送饭。")}


def test_an_unnamed_fight_is_named_after_its_northeastern_village_whole(tmp_path):
    d = extract(tmp_path, "1937年7月,抗联第九师三百余人西进,乘胜攻打敌人重要据点孙家窝堡,击毙伪军二十余名,"
                          "缴获步枪三十支,随即返回根据地。\n")
    assert "孙家窝堡战斗" in {b["name"] for b in d["battles"]}


_STORY = ("1942年冬,日寇在沿线每个车站驻兵把守,强迫群众修路。\n"
          "1942年12月,东山支队抽出三十多人组成飞虎中队,中队长刘明,同时派出宣传队到东坑、西岭、南塘、北田等村宣传抗日,建立农会和民兵。\n"
          "群众拥护我们,加上我们的武装常常袭击敌人的运输队,工作开展得很顺利。\n"
          "春节刚过,驻临川车站的一个日军小队又出来骚扰,窜到离车站较远的柳树湾村。\n"
          "我们立刻赶到柳树湾村,看见日寇就开火,机枪一阵扫射,鬼子丢下两具尸体逃回车站。\n")


def test_a_memoirs_fight_is_set_at_the_village_it_fights_at_not_the_places_of_propaganda(tmp_path):
    """回忆录: the fighting names the village (赶到X村,看见日寇就开火) once, after a general claim of fighting
    (常常袭击敌人); the villages listed for propaganda work before it are no fights. X湾村 is the village, whole."""
    d = extract(tmp_path, _STORY)
    names = {b["name"] for b in d["battles"]}
    assert "柳树湾战斗" in names
    assert not {"东坑战斗", "西岭战斗", "南塘战斗", "北田战斗"} & names


def test_a_story_without_fighting_at_a_village_coins_nothing_there(tmp_path):
    """A look-alike: propaganda and a march through villages, no shot fired: no fight at any of them."""
    d = extract(tmp_path, "1943年春,宣传队到东坑、西岭、南塘等村宣传抗日,建立农会。\n"
                          "四月,队伍经柳树湾村转移到山区,沿途群众送水送粮。\n")
    assert not {b["name"] for b in d["battles"]} & {"东坑战斗", "西岭战斗", "柳树湾战斗"}


_RAID = ("1942年5月9日拂晓,袭击马鞍湾碉堡的战斗打响了。\n"
         "马鞍湾村位于某城通往河口镇的公路旁,距某城三十华里,日军碉堡修在村北的山梁上。\n"
         "日伪军为了防我袭击,又在马鞍湾与下庄之间增修了一个碉堡,同某城的据点连成一线。\n"
         "5月3日,我和区小队长在后沟相遇,商量要把马鞍湾碉堡拿下来,第二天就在离马鞍湾十多里的村里开会,"
         "民兵和游击小组都来了,大家一致同意。\n"
         "当晚我们摸到碉堡下,炸开了门,打死日军五名,伪军十余人缴枪投降。\n")


def test_a_village_written_once_with_its_village_word_is_the_fights_site(tmp_path):
    """口述回忆: 马鞍湾 (read as a bay) is written once as 马鞍湾村: every 马鞍湾 is that village, and the raid on its
    blockhouse is 马鞍湾战斗, not the fight of the county town the text locates it by."""
    d = extract(tmp_path, _RAID)
    assert "马鞍湾战斗" in {b["name"] for b in d["battles"]}
