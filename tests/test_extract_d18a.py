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


def test_a_soldiers_death_at_a_place_in_a_war_year_is_the_family_historys_fight(tmp_path):
    text = ("我的三叔公1937年参军抗日,从此杳无音信。去年表哥在档案馆查到,他于1940年在河南信阳壮烈牺牲,时年二十岁。\n")
    names = _names(tmp_path, text)
    assert "信阳战斗" in names


def test_a_death_told_verb_first(tmp_path):
    text = ("外公的哥哥早年投身抗日。据县志记载,他1943年春阵亡于湖北宜昌,遗骨至今未归。\n")
    assert "宜昌战斗" in _names(tmp_path, text)


def test_a_death_of_illness_or_after_the_war_is_no_fight(tmp_path):
    ill = "爷爷年轻时参加过抗日,1944年在重庆病逝。\n"
    late = "二伯早年参加抗日,1948年在山东济南牺牲。\n"
    assert not any(n.startswith("重庆") for n in _names(tmp_path, ill))
    assert not any(n.startswith("济南") for n in _names(tmp_path, late))


def test_deaths_at_two_places_are_no_one_fight(tmp_path):
    text = ("家谱记载,抗日时期族中两人从军:长兄1938年在江西九江牺牲,幼弟1941年在湖南衡阳牺牲。\n")
    names = _names(tmp_path, text)
    assert "九江战斗" not in names and "衡阳战斗" not in names


_RAIDS = ("首先以二团的部队猛袭孙家集,毙敌四十余名。独立营十八日攻入陈家楼,俘伪军三十余名。")


def test_the_sweep_the_raids_were_struck_in_is_a_counter_sweep(tmp_path):
    text = "日军于扫荡豫北之后,即集结于东关一线。" + _RAIDS + "此次扫荡,我主力跳出合击圈。\n"
    names = _names(tmp_path, text)
    assert {"豫北反扫荡", "孙家集战斗", "陈家楼战斗"} <= names


def test_a_sweep_of_a_known_county(tmp_path):
    text = "敌人扫荡涟水时,各部分散转移。" + _RAIDS + "扫荡持续了二十天。\n"
    assert "涟水反扫荡" in _names(tmp_path, text)


def test_a_sweep_told_without_its_area_or_named_already_is_not_coined(tmp_path):
    ended = "扫荡结束后,部队回到驻地。" + _RAIDS + "这次扫荡中群众损失很大。\n"
    named = "敌人扫荡鲁南之后,我军展开鲁南反扫荡。" + _RAIDS + "扫荡渐告结束。\n"
    assert not any("反扫荡" in n for n in _names(tmp_path, ended))
    sweeps = [b for b in extract(tmp_path, named)["battles"] if "扫荡" in b["name"]]
    assert all(b["named_in_text"] for b in sweeps)
