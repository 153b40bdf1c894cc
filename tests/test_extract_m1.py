"""Fights told in a row at sites the text names only by context: a name read once as a place (a strongpoint, a ridge)
is the same place before an attack launched on it elsewhere in the text; a strongpoint is a site a fight can be
told at; the enemy's advance on a place met by resistance opens a fight there; a month of a written year opens a
new turn as a day does. Every sentence here is written for the test."""
from helpers import extract_json as extract


def _by_name(doc):
    return {b["name"]: b for b in doc["battles"]}


def test_attacks_on_a_strongpoint_and_a_town_months_apart_are_two_fights(tmp_path):
    text = ("八团的战斗历程\n\n1942年春，该团奉命进入鲁南地区。4月，该团接到命令，拔掉石岭守敌。20日晚，二营向石岭发起猛烈攻击，"
            "激战至次日拂晓，毙伤日伪军80余人，攻克石岭据点。\n此后，该团转战于沂河两岸。1943年1月19日，该团对临城发起进攻，"
            "经一夜激战，攻克临城，俘伪军200余人。\n")
    got = _by_name(extract(tmp_path, text))
    assert {"石岭战斗", "临城战斗"} <= set(got)
    assert got["石岭战斗"]["start"].startswith("1942-04") and got["石岭战斗"]["end"].startswith("1942-04")
    assert got["临城战斗"]["start"] == "1943-01-19"


def test_a_fight_of_a_month_and_a_repelled_raid_of_a_later_day_are_two_fights(tmp_path):
    text = ("王铁山同志生平\n\n王铁山，山东莒县人。1938年参加八路军。1943年6月，他率部在北岭与日伪军激战，击毙敌30余人。"
            "同年7月23日，日伪军200余人进犯南岭，他率部阻击，不幸中弹牺牲。\n")
    got = _by_name(extract(tmp_path, text))
    assert {"北岭战斗", "南岭战斗"} <= set(got)
    assert got["北岭战斗"]["start"] == "1943-06" and got["南岭战斗"]["start"] == "1943-07-23"


def test_one_fight_told_over_months_at_one_site_stays_one(tmp_path):
    text = ("1943年5月，日伪军进犯北岭，民兵奋起阻击，毙敌10余人。1943年6月，民兵在北岭继续与日伪军激战，"
            "击退敌人的进攻。\n")
    got = _by_name(extract(tmp_path, text))
    assert "北岭战斗" in got and "南岭战斗" not in got
    assert len([n for n in got if n.endswith("战斗")]) == 1


def test_a_raid_on_a_place_with_no_resistance_told_opens_no_fight(tmp_path):
    text = ("甲县抗战纪略\n\n1941年3月，日伪军扫荡高家堡，烧毁民房百余间。1941年4月12日，县大队在马家岭伏击日军，"
            "毙敌20余人。\n")
    got = _by_name(extract(tmp_path, text))
    assert "马家岭战斗" in got and "高家堡战斗" not in got
