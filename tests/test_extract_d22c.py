"""Round 22's general rules, each checked on new sentences written for the test: a dispatch's raids named by
what was stormed (攻克X, 袭入X城) and where it lies (Y县东X疃, Y境之X敌据点), and the one fight a memorial note
tells inside the campaign its hero came to take part in (在X遭到…的伏击, then the fight told on)."""
from helpers import extract_json as extract


def _names(text, tmp_path):
    return {b["name"]: b for b in extract(tmp_path, text)["battles"]}


def test_dispatch_raids_stormed_and_broken_into_are_fights_after_their_village(tmp_path):
    text = ("《前线报》1943.5.12第2版\n"
            "  我游击第三大队一部,于五日晚袭入莱阳城,焚毁敌仓库两处,生俘伪军六名。"
            "七日,该大队另一部猛袭海阳西孙家疃,毙敌二十余名,残敌向海阳城逃窜。\n")
    battles = _names(text, tmp_path)
    assert "莱阳战斗" in battles
    assert "孙家疃战斗" in battles  # the village the county locates, not the county
    assert "海阳战斗" not in battles


def test_stronghold_in_a_county_territory_named_by_an_everyday_word(tmp_path):
    text = ("  十九日该团一部夜袭栖霞境之花园敌据点,与敌激烈巷战,毙敌十余名,该据点当被克复。"
            "二十二日,该团另一部攻克王家町,生俘伪军九名。\n")
    battles = _names(text, tmp_path)
    assert "花园战斗" in battles and "王家町战斗" in battles
    assert "栖霞战斗" not in battles


def test_a_stormed_place_without_a_toll_is_no_fight(tmp_path):
    text = ("  五日我军攻克莱阳城,随即东进。七日,我军袭入海阳城,当晚撤出。十日部队在乳山休整。\n")
    assert not {"莱阳战斗", "海阳战斗"} & set(_names(text, tmp_path))


def test_fight_where_a_unit_was_caught_inside_a_referenced_campaign(tmp_path):
    text = ("1938年10月,时任第18军军长的刘建华率部参加武汉会战。10月3日,刘建华亲率军部及第12师一个团向黄土岭转移。"
            "不料该部5日凌晨在杨家集遭到日军第101师团一部的伏击。部队仓促应战,战至中午,伤亡过半。"
            "刘建华指挥所部继续抵抗,下午3时许在突围中阵亡。\n"
            "1985年,刘建华被追认为革命烈士,家乡的一条街道以他命名。\n")
    battles = _names(text, tmp_path)
    b = battles["杨家集战斗"]
    assert b["part_of"] == "武汉会战"
    assert b["start"] == "1938-10-05"
    assert "刘建华" in {c["name"] for c in b["commanders"]}
    assert "第101师团" in {u["name"] for u in b["units"]}
    assert b["end"] != "1985"


def test_encounter_at_a_village_is_the_fight_of_the_note(tmp_path):
    text = ("1942年5月,新四军第3师第7旅参加了反扫荡作战。12日黄昏,旅部在王庄与日军一个大队遭遇。"
            "双方激战至深夜,旅部警卫连伤亡四十余人,副旅长陈克阵亡。\n")
    assert "王庄战斗" in _names(text, tmp_path)


def test_campaign_told_at_length_keeps_a_caught_unit_as_its_episode(tmp_path):
    text = ("1938年10月,武汉会战进入最后阶段。日军第11军向武汉外围发起总攻,武汉会战的各路守军节节抵抗。"
            "第12师一部在杨家集遭到日军的伏击,随后撤往黄土岭。\n")
    assert "杨家集战斗" not in _names(text, tmp_path)


def test_base_area_county_names_its_force(tmp_path):
    text = ("  十日,我牟海县独立团猛袭文登城,当将伪军包围聚歼,毙伪军二十余名。该县大队一部配合作战,全县大队随后集合。\n")
    units = {u["name"] for u in extract(tmp_path, text)["units"]}
    assert "牟海县独立团" in units
    assert not {"该县大队", "全县大队"} & units


def test_referenced_campaign_keeps_only_the_frame_of_the_fight(tmp_path):
    text = ("近日,某市将一条道路更名为“志远路”,纪念时任第55师第163旅旅长的李志远。\n"
            "1938年10月,时任第18军军长的刘建华率部参加武汉会战。"
            "不料该部5日凌晨在杨家集遭到日军第101师团一部的伏击。部队仓促应战,战至中午,伤亡过半。"
            "刘建华指挥所部继续抵抗,下午3时许在突围中阵亡。\n"
            "1985年,刘建华被追认为革命烈士。另有王振东(第26军副军长)也以路名纪念。\n")
    battles = _names(text, tmp_path)
    assert "杨家集战斗" in battles
    whole = {u["name"] for u in battles["武汉会战"]["units"]}
    assert not {"第55师", "第163旅", "第26军"} & whole
