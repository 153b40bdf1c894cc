"""A raid on a place told with its result is a fight the narrative never names (raided_places): one side attacks,
raids or invades a place and the same or the next clause tells the fighting's result. New sentences written for
these tests."""
from helpers import extract_json as extract


def _names(battles: list[dict]) -> set[str]:
    return {b["name"] for b in battles}


def test_a_raid_repulsed_told_before_the_fight_a_news_report_is_about_is_a_fight_of_its_own(tmp_path):
    text = ("桃源抗日往事\n"
            "1940年5月,日寇两犯柳河镇遭受痛击,狼狈而退,转而侵占青石等地。\n"
            "1941年3月9日,日军一个中队偷袭石门村,守村的自卫队立刻占领村口碉楼,用机枪扫射敌人。"
            "激战至黄昏,日军丢下十几具尸体逃走,石门村安然无恙。\n")
    battles = extract(tmp_path, text)["battles"]
    assert "柳河镇战斗" in _names(battles) or "柳河战斗" in _names(battles)
    raid = next(b for b in battles if b["name"].startswith("柳河"))
    assert raid["named_in_text"] is False
    assert (raid.get("start") or "").startswith("1940-05")


def test_a_memoirs_other_months_raids_with_results_are_fights_but_an_occupation_without_resistance_is_not(tmp_path):
    text = ("回忆白杨沟伏击战\n"
            "1941年秋,我在县大队当通讯员。10月5日,县大队在白杨沟设伏,伏击日军运输队,激战两小时,毙敌三十余名。"
            "这就是有名的白杨沟伏击战。\n"
            "11月,我游击队夜袭马坊据点,毙伪军十余名,俘虏八名。\n"
            "12月,日军围攻孙家寨,守寨民兵奋起抵抗,敌伤亡四十余人,狼狈退去。\n"
            "1942年1月,日军进占周家集,烧毁民房三十余间。\n")
    names = _names(extract(tmp_path, text)["battles"])
    assert "白杨沟伏击战" in names
    assert {"马坊战斗", "孙家寨战斗"} <= names
    assert not any(n.startswith("周家集") for n in names)  # occupied and burnt, no fight told


def test_a_raid_without_a_result_or_given_up_without_a_fight_is_no_fight(tmp_path):
    text = ("回忆白杨沟伏击战\n"
            "1941年10月5日,县大队在白杨沟设伏,伏击日军运输队,激战两小时,毙敌三十余名。这就是有名的白杨沟伏击战。\n"
            "1939年6月,日军进犯柳河镇,守军不战而退。\n"
            "1940年2月,日伪军扫荡青龙村,烧毁房屋五十余间,群众损失惨重。\n")
    names = _names(extract(tmp_path, text)["battles"])
    assert "白杨沟伏击战" in names
    assert not any(n.startswith(("柳河", "青龙")) for n in names)


def test_the_raid_on_a_forces_base_is_at_the_base_and_a_blow_on_the_way_is_where_it_fell(tmp_path):
    text = ("回忆北岭伏击战\n"
            "1939年3月2日,县大队在北岭伏击日军,毙敌十名,这就是北岭伏击战。\n"
            "6月8日下午,日伪军80多人,携带野炮2门,进犯县大队驻地石棚。区中队闻讯增援,激战2小时,毙日寇4人,余敌逃窜。\n")
    names = _names(extract(tmp_path, text)["battles"])
    assert {"北岭伏击战", "石棚战斗"} <= names


def test_a_place_stormed_and_occupied_then_retaken_by_a_counterattack_is_a_fight_but_an_occupation_alone_is_not(tmp_path):
    text = ("回忆白杨沟伏击战\n"
            "1941年10月5日,县大队在白杨沟设伏,伏击日军运输队,激战两小时,毙敌三十余名。这就是有名的白杨沟伏击战。\n"
            "11月3日,日军四百余人分四路围攻并占领柳林村、十里铺等地。县大队猛烈反攻,收复了柳林村。\n"
            "1942年2月,日军占领周家集,随即向北撤退。\n")
    names = _names(extract(tmp_path, text)["battles"])
    assert "柳林战斗" in names
    assert not any(n.startswith(("十里铺", "周家集")) for n in names)


def test_a_titled_fights_own_raid_on_its_city_is_that_fight_not_another(tmp_path):
    text = ("石门中日开战\n"
            "1938年5月3日夜,日军炮轰东门外营房,随即进攻石门城。守城的保安团官兵奋起还击后撤出。\n")
    names = _names(extract(tmp_path, text)["battles"])
    assert "石门城战斗" not in names
