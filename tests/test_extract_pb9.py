"""Battle identification in formal and old genres (a memoir of the Burma campaign with Latin spellings, a local
history that gives a fight two names, a 文史资料 memoir titled 首战X, a history that calls a fortress by its stem,
a war-history entry glued to its campaign's name): texts written for these tests, through `kangzhan extract`."""

from __future__ import annotations

from helpers import extract_json as extract


def names(out: dict) -> set[str]:
    return {b["name"] for b in out["battles"]}


def battle(out: dict, name: str) -> dict:
    return next(b for b in out["battles"] if b["name"] == name or name in b.get("alt_labels", []))


def test_a_latin_spelling_between_name_and_battle_word_is_skipped(tmp_path):
    text = ("1945年3月,我新一军主力南下。3月7日,我军攻克腊戍(Lashio),这便是有名的腊戍(Lashio)之役。"
            "此后,新三十师沿公路东进,又与日军展开了曼德勒(Mandalay)保卫战以南的战斗。")
    out = extract(tmp_path, text)
    assert "腊戍之役" in names(out)
    assert not any("(" in n or "Lashio" in n for n in names(out))


def test_a_siege_and_a_fortress_defence_are_battle_words(tmp_path):
    text = ("1944年6月,第十一集团军开始龙陵攻城战,日军据守城内各高地。我军围攻二十余日,毙敌八百余人。\n"
            "另一方面,1937年秋的紫荆关防御战中,守军第十四军伤亡甚重。")
    out = extract(tmp_path, text)
    assert "龙陵攻城战" in names(out)


def test_a_two_character_pass_name_before_zhi_zhan_is_a_battle(tmp_path):
    text = ("1937年10月下旬的固关之战,是晋东门户的一场恶战。我第三军一部坚守固关三昼夜,"
            "击退日军多次进攻,毙伤敌五百余人。")
    out = extract(tmp_path, text)
    assert "固关之战" in names(out)


def test_machine_or_customs_before_zhi_zhan_stays_no_battle(tmp_path):
    text = "1938年春,日军攻占县城,我军机关之战时转移,部队随即撤往山区,在海关之战前后均无伤亡。"
    out = extract(tmp_path, text)
    assert not ({"机关之战", "海关之战"} & names(out))


def test_huozhe_after_a_battle_name_gives_its_other_name(tmp_path):
    text = ("发生在1938年2月的白马岭之战,或者白马岭阻击战,是第二十二集团军入晋后的一仗。"
            "守军第一二二师坚守白马岭两日,毙伤日军三百余人。")
    out = extract(tmp_path, text)
    b = battle(out, "白马岭之战")
    assert b["name"] == "白马岭之战"
    assert "白马岭阻击战" in b["alt_labels"]
    assert "白马岭阻击战" not in names(out)


def test_a_rare_character_ends_the_place_of_a_campaign(tmp_path):
    # 垱 (an embankment) is known to the tagger only as a morpheme: the place's name still ends with it
    text = "1938年7月4日,日军攻陷沙垱。沙垱战役结束后,第五十二师退守二线阵地。"
    out = extract(tmp_path, text)
    assert "沙垱战役" in names(out)


def test_a_battle_glued_after_its_campaigns_name_is_found(tmp_path):
    text = "1939年5月,随枣会战塔儿湾战斗打响,第八十四军一部坚守塔儿湾三日,毙伤日军六百余人。"
    out = extract(tmp_path, text)
    assert "塔儿湾战斗" in names(out)


def test_a_fight_announced_by_place_and_kind_is_named_so(tmp_path):
    text = ("1938年3月,日军一部由涉县西犯。师长决定在响水铺村打一场伏击战。"
            "16日拂晓,日军辎重队进入伏击圈,我七六九团突然开火,激战三小时,毙伤日军二百余人,缴获骡马百余匹。")
    out = extract(tmp_path, text)
    assert "响水铺村伏击战" in names(out)


def test_an_adverb_after_the_title_is_no_given_name(tmp_path):
    text = ("1940年春,日军进犯王家峪。团部接到情报后,赵团长立即召集各营干部开会,赵团长当即决定在王家峪村打一场伏击战。"
            "次日,日军一个中队进入伏击圈,我军毙伤日军八十余人。")
    out = extract(tmp_path, text)
    persons = {c["name"] for b in out["battles"] for c in b["commanders"]}
    assert not ({"赵立", "赵当"} & persons)


def test_a_memoir_section_titled_first_battle_at_a_position_is_a_fight(tmp_path):
    text = ("抗战期间我在第六十六军任连长。\n"
            "首战罗家店\n"
            "1937年10月,我部奉命开赴前线,刚到三天,日军即向我军猛烈进攻,占领了友军的阵地——罗家店。"
            "我团奉命反击,收复罗家店阵地,全连伤亡过半。")
    out = extract(tmp_path, text)
    assert "罗家店战斗" in names(out)


def test_a_fortress_called_by_its_stem_names_the_fight(tmp_path):
    text = ("1938年6月,江防部队在田家镇以东构筑富池口要塞。富池口要塞守备司令部辖守备营两个。"
            "日军第九师团一部溯江而上,攻击富池口,守军依托炮台顽强抵抗。日军连攻三日,仍未能打开富池口通道,"
            "乃于南岸登陆,迂回富池口后方,守军伤亡甚重。")
    out = extract(tmp_path, text)
    assert any(n.startswith("富池口") for n in names(out))


def test_a_county_written_inside_a_longer_village_name_gives_way(tmp_path):
    # 城固 is a county of Shaanxi; the text writes it only inside 杜城固, the village its fight is named after
    text = ("杜城固战斗\n1940年3月,日军一个中队由县城出动,向杜城固扫荡。我军一部在杜城固以北设伏,"
            "激战两小时,毙伤日军六十余人。")
    out = extract(tmp_path, text)
    places = {p["name"] for b in out["battles"] for p in b["places"]}
    assert "城固" not in places
    assert "杜城固" in places


def test_a_county_after_a_verb_keeps_its_name(tmp_path):
    # 参加|常德保卫战: 加 closes the verb, the place is 常德 (no village 加常德)
    text = ("老兵李某回忆,他先后参加常德保卫战和衡阳保卫战。1943年11月,第五十七师在常德城内与日军巷战,"
            "参加常德保卫战的官兵八千余人,生还者仅八十三人。")
    out = extract(tmp_path, text)
    places = {p["name"] for b in out["battles"] for p in b["places"]}
    assert "加常德" not in places
