"""General rules from held-out round 8 (a semi-classical monument inscription, a conversational Q&A answer),
each checked on new sentences written for the test (none is taken from the held-out texts)."""
from helpers import extract_json as extract


def _battle(facts: dict, name: str) -> dict:
    return next(b for b in facts["battles"] if b["name"] == name)


def _places(b: dict) -> set[str]:
    return {p["name"] for p in b["places"]}


def _units(b: dict) -> set[tuple[str, str | None]]:
    return {(u["name"], u["side"]) for u in b["units"]}


def test_a_verb_or_particle_before_a_place_named_alone_elsewhere_is_no_part_of_its_name(tmp_path):
    # 下 "took", 盖 "for": the text names 唐山 alone too, so 下唐山 / 盖唐山 are no mountains
    b = _battle(extract(tmp_path, "唐山之战碑记\n我军遂下唐山,敌退守滦河。盖唐山扼关内外之交通。\n"), "唐山之战")
    assert "唐山" in _places(b)
    assert not {"下唐山", "盖唐山"} & _places(b)


def test_a_city_after_a_two_character_verb_is_found_and_an_idiom_is_no_river(tmp_path):
    b = _battle(extract(tmp_path, "九江之战\n敌炮兵阵地俯瞰九江。这位作者顺口开河,不足为据。\n"), "九江之战")
    assert "九江" in _places(b)
    assert not any("开河" in p for p in _places(b))


def test_the_stem_of_a_defence_battle_is_its_place_and_upstream_is_a_locative(tmp_path):
    text = "铜锣保卫战\n日军三次攻入铜锣,均被击退。敌沿汉水上游推进。一场重要的城市保卫战。\n"
    places = _places(_battle(extract(tmp_path, text), "铜锣保卫战"))
    assert {"铜锣", "汉水"} <= places
    assert "城市" not in places  # a defence of cities in general: no place


def test_a_list_item_is_one_name_and_a_bearing_names_a_place(tmp_path):
    text = "清水河战斗\n日军第5师团攻向石桥镇、金南溪、黄龙堰,又攻向清水河以北的老鸦窝。\n"
    places = _places(_battle(extract(tmp_path, text), "清水河战斗"))
    assert {"石桥镇", "金南溪", "黄龙堰", "老鸦窝"} <= places
    assert not {"南溪", "黄龙"} & places  # the district inside the item is no place of the list


def test_two_everyday_nouns_describe_the_ground_and_name_no_place(tmp_path):
    places = _places(_battle(extract(tmp_path, "清水河战斗\n我军与敌再战于荒野沟壑之间。\n"), "清水河战斗"))
    assert places == {"清水河"}


def test_a_unit_joining_the_expeditionary_order_of_battle_is_chinese(tmp_path):
    facts = extract(tmp_path, "黄土岭之战\n第七军之编入远征序列也,徒步而西,始集于黄土岭。\n")
    assert ("第7军", "CN") in {(u["name"], u["side"]) for u in facts["units"]}


def test_a_unit_singled_out_of_a_force_shares_its_side(tmp_path):
    b = _battle(extract(tmp_path, "长沙会战\n日军企图歼灭第9战区主力,尤其是74军。\n"), "长沙会战")
    assert ("第74军", "CN") in _units(b)


def test_an_unmarked_loss_after_the_narrator_fought_the_enemy_is_chinese(tmp_path):
    text = "黄土岭之战\n我军进攻黄土岭,与敌搏斗于荒野之中。反复冲杀十余次,伤亡官兵三千余人,克之。\n"
    figs = _battle(extract(tmp_path, text), "黄土岭之战")["figures"]
    assert [(f["count"], f["side"], f["qualifier"]) for f in figs] == [(3000, "CN", "atLeast")]


def test_a_regional_campaign_holds_the_battle_and_an_incident_does_not(tmp_path):
    text = ("黄土岭之战纪念碑文\n自卢沟桥事变,而全面抗战始。乃有晋北反攻之役。第七军进攻黄土岭,"
            "与敌搏斗于荒野之中,克之。\n")
    b = _battle(extract(tmp_path, text), "黄土岭之战")
    assert b["part_of"] == "晋北反攻之役"


def test_a_campaign_named_only_as_the_whole_holds_the_parts_units_and_places(tmp_path):
    text = ("万家岭大捷,是武汉会战的重要部分。\n武汉会战对于日军来说,意义重大。\n"
            "此次日军调动了驻九江的第106师团,驻德安的第27师团。\n冈村宁次的第11军,命令第106师团攻向万家岭。\n")
    facts = extract(tmp_path, text)
    part, whole = _battle(facts, "万家岭大捷"), _battle(facts, "武汉会战")
    assert part["part_of"] == "武汉会战"
    assert {("第106师团", "JP"), ("第27师团", "JP"), ("第11军", "JP")} <= _units(whole)
    assert {"九江", "德安", "万家岭"} <= _places(whole)
    assert whole["start"] is None and whole["figures"] == []  # dates and figures stay with the part


def test_a_start_before_an_attack_direction_and_a_bearing_after_a_place_verb_name_places(tmp_path):
    text = "黄家湾战斗\n第9师团由黄家湾攻向以北的高家堰。\n"
    places = _places(_battle(extract(tmp_path, text), "黄家湾战斗"))
    assert {"黄家湾", "高家堰"} <= places
