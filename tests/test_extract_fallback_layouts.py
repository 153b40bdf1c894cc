"""A fight the text never names is found from its content, whatever the layout (extract/fight_content.py): a memoir
with no unit designation and no figure, a local history of a county town, a caption list, a story whose only named
battles are a career's look backs. And none is coined where a named battle accounts for the fighting or the
fighting is about no one place. New sentences written for these tests."""
from helpers import extract_json as extract


def _names(battles: list[dict]) -> list[str]:
    return sorted(b["name"] for b in battles)


def test_a_memoir_of_a_village_defence_without_units_or_figures_is_that_villages_fight(tmp_path):
    text = ("回忆马家洼村的那一夜\n"
            "那年冬天,伪军一百多人从据点出来,想到马家洼村抢粮。\n"
            "村里的自卫队早有准备,在村口挖了壕沟,民兵们守在墙头。\n"
            "天刚擦黑,伪军摸到马家洼村外,自卫队一齐开火,伪军顿时乱了阵脚。\n"
            "民兵们趁势反击,把敌人一直打到河边,伪军丢下几支枪逃走了。\n")
    battles = extract(tmp_path, text)["battles"]
    assert _names(battles) == ["马家洼战斗"]
    assert battles[0]["named_in_text"] is False


def test_a_county_town_defended_is_the_fight_of_that_town_not_of_the_hills_its_defenders_held(tmp_path):
    text = ("1938年4月2日,日军骑步兵八百余人在炮火掩护下向内黄县城进犯。\n"
            "内黄县长决心死守,令保安队据守城东土山,其余壮丁据守北门。\n"
            "守城军民顽强抵抗,击退敌军三次冲锋。\n"
            "次日拂晓,城墙被炮火轰开缺口,日军突入城内,守军巷战至午后撤出。\n")
    battles = extract(tmp_path, text)["battles"]
    assert [b["name"] for b in battles if b["name"].startswith("内黄")] == ["内黄战斗"]


def test_a_careers_look_back_battle_does_not_take_the_ambush_the_story_tells(tmp_path):
    text = ("老周是个老侦察员。\n"
            "他1939年在枣宜会战中负过伤,伤好以后回到了部队。\n"
            "1942年夏天,分区得知日军运粮队要经过石桥铺,决定在那里打一个伏击。\n"
            "清晨,部队埋伏在石桥铺两侧的高粱地里。\n"
            "运粮队进入伏击圈后,机枪一齐开火,八路军战士冲杀下去。\n"
            "激战一个多小时,日军丢下粮车向北溃逃,我军歼敌四十余人。\n")
    battles = extract(tmp_path, text)["battles"]
    ambush = [b for b in battles if b["name"].startswith("石桥铺")]
    assert [b["name"] for b in ambush] == ["石桥铺战斗"]
    assert ambush[0]["part_of"] in (None, "")  # a wound of 1939 is no whole of a fight of 1942


def test_caption_lines_without_full_stops_yield_the_fight_they_show(tmp_path):
    text = ("老照片:1939年冬的龙泉镇\n"
            "日军步兵向龙泉镇发起进攻\n"
            "守军在龙泉镇阵地上还击\n"
            "日军炮兵轰击龙泉镇外围工事\n"
            "战后的龙泉镇街道\n")
    battles = extract(tmp_path, text)["battles"]
    assert _names(battles) == ["龙泉镇战斗"]


def test_a_battle_named_once_at_the_head_of_its_own_account_is_not_replaced(tmp_path):
    text = ("1940年的黄桥决战\n"
            "1940年10月,韩德勤部向黄桥发起进攻。\n"
            "新四军依托黄桥镇坚守,随后主力出击,在野屋基一带伏击敌军。\n"
            "激战三天,敌军独立第六旅被歼,旅长翁达自杀。\n")
    names = _names(extract(tmp_path, text)["battles"])
    assert "黄桥决战" in names
    assert not any(n.endswith("战斗") for n in names)


def test_fighting_about_several_places_alike_coins_no_fight_for_the_whole_text(tmp_path):
    # the last resort picks no one place for the whole text; each clause that blocks or ambushes the enemy at a
    # place tells its own fight there (site_fights): one fight per place, none over both
    text = ("那一年,敌人一路进攻王庄,一路进攻李庄。\n"
            "民兵在王庄阻击敌人,打退了一次冲锋。\n"
            "另一路敌人在李庄遭到伏击,丢下几具尸体。\n")
    battles = extract(tmp_path, text)["battles"]
    assert _names(battles) == ["李庄战斗", "王庄战斗"]
    assert all(len(b["places"]) == 1 for b in battles)
