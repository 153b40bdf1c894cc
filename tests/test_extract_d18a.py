"""Round 18's diagnosis (helper d18a): fights a letter or a diary tells by the blow struck and its toll, never named;
every sentence here is written for the test (other places, units and persons than the set's texts)."""
from helpers import extract_json as extract


def _names(tmp_path, text):
    return {b["name"] for b in extract(tmp_path, text)["battles"]}


def test_two_raids_with_their_toll_in_a_letter_are_two_fights(tmp_path):
    text = ("慧:\n\n    上月中旬我们移驻河西。首先以三团的部队猛袭孙家集,一个连摸进镇里,毙敌四十余名,缴枪二十枝。"
            "独立营,十八日攻入陈家楼,俘伪军三十余名,真是痛快!\n")
    assert {"孙家集战斗", "陈家楼战斗"} <= _names(tmp_path, text)


def test_raids_told_as_night_attacks_and_storming(tmp_path):
    text = ("敌人集结于王庄、李店一带。我第五团夜袭王家集,杀伤日军七十余人。"
            "随后特务连奇袭赵家店,打死鬼子二十名。\n")
    assert {"王家集战斗", "赵家店战斗"} <= _names(tmp_path, text)


def test_attacks_without_a_toll_are_no_fights(tmp_path):
    text = ("我们于十日由周家庄出发。骑兵连进攻吴家集,随即转移。"
            "三营攻入黄家店后即撤出,部队休整数日。\n")
    names = _names(tmp_path, text)
    assert "吴家集战斗" not in names or "黄家店战斗" not in names
