"""A fight told in passing in a chatty, local or remembered text: named after the site of its clause (在X桥头杀了…
鬼子, 从X突围), not after the county the text is about; a place's own force (X的自卫队) and a numbered guerrilla
formation (第N游击纵队) as units. Invented sentences (places and names made up)."""

from __future__ import annotations

from helpers import extract_json as extract


def _names(facts: dict) -> set[str]:
    return {b["name"] for b in facts["battles"]}


def _units(facts: dict) -> set[tuple[str, str]]:
    return {(u["name"], u["side"]) for u in facts["units"]}


# a chatty local page about a county: the fight is told once, at a bridge of a village
CHATTY = ('河北定州的青石县,就是那个出过好几个状元的地方。这里地势平坦,过去农民以种麦子为主。老人们说,1939年的5月,一伙好汉在柳树屯桥头杀了20多名日本鬼子,还打死一个鬼子小队长,烧了鬼子3辆汽车,那是何等的痛快!\n'
          '1938年初,日本人占领了青石县,在青石县四处烧杀抢掠。青石县的老百姓没有屈服,打鬼子是有传统的。\n'
          '1938年冬,王有田在青石县北乡组建起一支游击队。日本人的暴行,激起了队员们的怒火,纷纷请战,要求与日军拼个死活。王有田决定在公路上组织一场伏击战,打鬼子一个措手不及。\n')


def test_a_fight_told_in_passing_takes_the_site_of_its_killing_clause_not_the_county(tmp_path):
    names = _names(extract(tmp_path, CHATTY))
    assert "柳树屯战斗" in names and not any(n.startswith("青石") for n in names), names


def test_the_killing_clause_needs_the_enemy_as_its_object(tmp_path):
    # the enemy kills at the village (an atrocity told by the villagers): no fight at the village's name
    text = CHATTY.replace("一伙好汉在柳树屯桥头杀了20多名日本鬼子", "日军在柳树屯桥头杀了20多名百姓")
    names = _names(extract(tmp_path, text))
    assert not any(n.startswith("柳树屯") for n in names), names


# an oral history: the speaker's village, an incident at another village, then the breakout the story is about
ORAL = ('那时候各村都有民兵,哪个村子要来鬼子,就有人跑去报信,游击队员们埋伏在村口,趁鬼子不注意,打死几个掉队的鬼子兵也是常有的。\n'
        '有一次在石门村,有个鬼子在抢东西,被两个后生撞见,用扁担打死了,鬼子后来烧了几间房报复。\n'
        '我们王家坞还算太平,鬼子没来过几次。要说打仗,还是数他们临河的自卫队最厉害,经常主动对鬼子搞偷袭,鬼子很受打击。\n'
        '1944年冬天的一个早晨,日军封锁包围了北面的山区,临河的自卫队被逼在了山上,他们决定从青溪突围,最后鬼子在山上扑了个空。\n')


def test_a_breakout_from_a_place_is_the_fight_of_an_oral_history(tmp_path):
    facts = extract(tmp_path, ORAL)
    names = _names(facts)
    # named by the act, as histories name a breakout (f3, 22nd session: 青溪突围), 青溪战斗 another of its names
    assert "青溪突围" in names and "石门战斗" not in names, names
    b = next(b for b in facts["battles"] if b["name"] == "青溪突围")
    assert "青溪战斗" in b["alt_labels"], b["alt_labels"]
    assert str(b.get("start", "")).startswith("1944"), b


def test_a_breakout_toward_a_place_is_no_fight_there(tmp_path):
    text = ORAL.replace("他们决定从青溪突围", "他们决定向青溪方向转移")
    names = _names(extract(tmp_path, text))
    assert "青溪战斗" not in names, names


def test_a_places_own_force_with_de_between_is_a_unit(tmp_path):
    assert ("临河自卫队", "CN") in _units(extract(tmp_path, ORAL))


def test_a_numbered_guerrilla_column_is_a_unit_keyed_as_written(tmp_path):
    text = ("龙湾战斗\n1938年初,国民党第三游击纵队在北乡组建。1938年4月,第三游击纵队在龙湾伏击日军,"
            "击毙日军40余名。\n")
    units = _units(extract(tmp_path, text))
    assert ("第三游击纵队", "CN") in units, units


def test_a_guerrilla_word_without_a_number_is_no_numbered_column(tmp_path):
    text = "龙湾战斗\n1938年4月,游击纵队在龙湾伏击日军,击毙日军40余名。\n"
    units = {n for n, _s in _units(extract(tmp_path, text))}
    assert not any(n.startswith("第") and "游击" in n for n in units), units


def _commands(facts: dict) -> set[tuple[str, str]]:
    return {(c["person"], c["unit"]) for c in facts["commands"]}


# a county history's founder of a guerrilla column, untitled, and the column's one fight
FOUNDED = ("1938年初,南乡李长顺在南乡组建起国民党第三游击纵队。1938年4月,第三游击纵队在龙湾伏击日军,"
           "在龙湾桥头打死了40多个鬼子。\n")


def test_the_founder_of_a_force_leads_it(tmp_path):
    facts = extract(tmp_path, FOUNDED)
    assert ("李长顺", "第三游击纵队") in _commands(facts), facts["commands"]


def test_a_force_founded_by_no_named_man_has_no_commander(tmp_path):
    facts = extract(tmp_path, FOUNDED.replace("南乡李长顺在南乡组建起", "县里在南乡组建起"))
    assert not any(u == "第三游击纵队" for _p, u in _commands(facts)), facts["commands"]


def test_a_spoken_kill_of_the_enemy_counts_the_japanese_dead(tmp_path):
    facts = extract(tmp_path, FOUNDED)
    cas = {(c["side"], c["count"], c["category"]) for b in facts["battles"] for c in b["figures"]}
    assert any(side == "JP" and count == 40 for side, count, _k in cas), cas


def test_a_spoken_kill_of_villagers_is_no_enemy_loss(tmp_path):
    facts = extract(tmp_path, FOUNDED.replace("在龙湾桥头打死了40多个鬼子", "日军在龙湾桥头打死了40多个百姓"))
    cas = [c for b in facts["battles"] for c in b["figures"] if c["count"] == 40]
    assert not any(c["side"] == "JP" for c in cas), cas


def _place_names(text: str) -> set[str]:
    from kangzhan.extract.mentions.places import find_places
    return {p.value.get("name", p.text) for p in find_places(text)}


def test_zai_x_de_shihou_is_a_time_clause_not_a_place():
    assert "抢粮" not in _place_names("有个鬼子在抢粮的时候,被两个后生撞见。")
    assert "石门" in _place_names("部队到达石门的时候,天已经黑了。")  # arriving at a place: the place stays


def test_a_place_name_after_a_degree_word_closing_its_clause_is_an_adjective():
    assert "太平" not in _place_names("我们村还算太平,鬼子没来过几次。")
    assert "太平" in _place_names("日军进攻太平,守军奋起抵抗。")


def test_a_pronouns_village_names_no_militia():
    from kangzhan.extract.mentions.units import find_units
    assert [u.value["key"] for u in find_units("我们村自卫队神出鬼没,当年本村自卫队痛打日军。")] == []
    assert [u.value["key"] for u in find_units("王家村自卫队神出鬼没。")] == ["王家村自卫队"]


def test_a_spoken_kill_of_one_man_is_no_tally():
    from kangzhan.extract.mentions.figures import find_figures
    assert [f.value["count"] for f in find_figures("他率部伏击,还干掉了一个日军少将。")] == []
    assert [f.value["count"] for f in find_figures("他率部伏击,干掉了20多个鬼子。")] == [20]
