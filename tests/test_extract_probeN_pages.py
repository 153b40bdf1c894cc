"""Rules found probing unseen Nationalist-front pages (文史资料 memoirs, division histories, Taiwan veterans' pages,
encyclopedia cards); every sentence here is written for the test, none is copied from a page."""
from helpers import extract_json as extract


def _places(d: dict) -> set[str]:
    return {p["name"] for b in d["battles"] for p in b["places"]}


def test_provinces_run_together_are_no_mountain_or_river(tmp_path):
    """江苏山东安徽河南: a province, then one whose first character is a feature suffix (山东, 河南)."""
    text = ("1938年春,鲁南会战期间,日军从河北山西两省南下,第5战区部队在湖北河南一带阻击。"
            "各军其后转战浙江山东两省。\n")
    places = _places(extract(tmp_path, text))
    assert {"河北", "湖北"} <= places
    assert not places & {"河北山", "湖北河", "浙江山"}


def test_a_bearing_after_xiang_and_a_verb_is_no_place(tmp_path):
    """向西策应攻击X: 向西 "westward", 策应 the action; no place called 西策应."""
    text = "1938年4月,台儿庄战役激烈。第20军向西策应攻击台儿庄的友军,第31师固守台儿庄。\n"
    places = _places(extract(tmp_path, text))
    assert "台儿庄" in places and "西策应" not in places


def test_an_adverb_of_manner_after_jingguo_is_no_place(tmp_path):
    """经过仓促整训: "after hasty training", 经过 is no place verb here and 仓促 opens no toponym."""
    text = "1939年冬,绥西会战打响。第101师经过仓促整训,开赴五原前线。\n"
    places = _places(extract(tmp_path, text))
    assert "五原" in places and "仓促整训" not in places


def test_a_verb_of_marching_before_a_province_list_is_cut_off(tmp_path):
    """转战湖南、广西: the troops' verb before the first province of a list is no part of its name."""
    text = "1944年,豫湘桂战役期间,第93军转战湖南、广西、贵州等省,在全州一带阻击日军第3师团。\n"
    places = _places(extract(tmp_path, text))
    assert {"湖南", "广西", "贵州"} <= places and "转战湖南" not in places


def test_the_copula_before_a_name_and_rank_is_no_part_of_the_name(tmp_path):
    """军长为何柱国中将: 为何 is a word ("why"), yet here 为 is the copula and 何柱国 the name."""
    text = "1939年冬,绥西会战打响。骑兵第2军军长为何柱国中将,参谋长为郭忏少将。\n"
    d = extract(tmp_path, text)
    names = {p["name"] for p in d["persons"]}
    assert "何柱国" in names and not any(n.startswith("为") for n in names)
    assert {u["name"]: u["side"] for u in d["battles"][0]["units"]}["骑兵第2军"] == "CN"


def test_a_given_name_may_end_in_nian_but_a_time_word_is_no_name(tmp_path):
    """张鹤年, 李松年: 年 closes many given names; 同年, 青年 stay time and age words."""
    text = ("1938年9月,田家镇战斗打响。第85师师长张鹤年奉命率部增援,第2军军长李松年奉命率领两个师驰援。"
            "同年10月,青年军第201师成立。\n")
    d = extract(tmp_path, text)
    names = {p["name"] for p in d["persons"]}
    assert {"张鹤年", "李松年"} <= names
    assert not names & {"张鹤", "李松", "同年", "青年"}
    cmds = {(c["person"], c["unit"]) for c in d["commands"]}
    assert ("张鹤年", "第85师") in cmds


def test_new_and_provisional_designations_are_chinese(tmp_path):
    """新5军, 暂编第2师: designations only Chinese units have; the list shares the side with its neighbour."""
    text = "1939年冬,绥西会战打响。随后该省又组成第60军、新5军开赴前线。\n"
    sides = {u["name"]: u["side"] for u in extract(tmp_path, text)["battles"][0]["units"]}
    assert sides == {"第60军": "CN", "新编第5军": "CN"}


def test_an_unmarked_loss_after_fighting_the_enemy_is_the_subjects(tmp_path):
    """X和日军Y激战,伤亡N,歼敌M: the loss left unmarked is the subject's, the enemy's is marked (歼敌)."""
    text = "1942年7月,赣东会战打响。第18师和日军第3师团在城郊激战五日,伤亡3100余人,歼敌1800余人。\n"
    cas = {(f["side"], f["count"]) for f in extract(tmp_path, text)["battles"][0]["figures"] if f["kind"] == "casualties"}
    assert cas == {("CN", 3100), ("JP", 1800)}


def test_two_listed_months_are_one_period(tmp_path):
    """1942年7、8月间: from July to August, not August alone."""
    text = "1942年7、8月间,赣东会战打响,日军第40师团进犯临川,第79军在抚河一带阻击。\n"
    b = extract(tmp_path, text)["battles"][0]
    assert (b["start"], b["end"]) == ("1942-07", "1942-08")


def test_an_item_number_before_a_month_opens_no_period(tmp_path):
    text = "主要战事:\n1、8月,淞沪会战打响,第9集团军在闸北阻击日军。\n"
    b = extract(tmp_path, text)["battles"]
    assert all(x["start"] != "1937-01" for x in b)


def test_the_commanders_headquarters_after_an_army_is_no_title_and_name(tmp_path):
    """远征军长官部参谋处: 军 + 长官部 (the headquarters), no 军长 followed by a man called 官部参谋."""
    text = "1942年3月,同古战役打响。据远征军长官部参谋处的记录,第200师坚守同古。\n"
    names = {p["name"] for p in extract(tmp_path, text)["persons"]}
    assert not any(n.startswith("官部") for n in names)


def test_a_verb_and_a_schools_name_after_a_title_are_no_name(tmp_path):
    """师长特派黄埔军校毕业的X: what the commander did, cut inside the school's name, is no person."""
    for school in ("黄埔军校", "保定军校"):
        text = f"1937年9月,平绥路作战开始。骑兵第7师师长特派{school}毕业的军官担任各团团长。\n"
        names = {p["name"] for p in extract(tmp_path, text)["persons"]}
        assert not any(n.startswith("特派") for n in names)


def test_a_city_defence_heading_in_a_memoir_is_the_battle_and_dates_it(tmp_path):
    """X城防战 (the Taiwan histories' word for a city's defence) heads the account; the memoir's earlier years
    (the author's schooling) are no date of it."""
    text = ("第三章 从军记\n民国三十年五月,余自军校毕业,奉派第10军任参谋。\n一、长沙城防战\n"
            "民国三十三年六月十六日,日军第34师团进攻长沙,第4军奉命固守岳麓山。\n")
    b = extract(tmp_path, text)["battles"]
    assert [x["name"] for x in b] == ["长沙城防战"]
    assert b[0]["start"] == "1944-06-16"


def test_fighting_in_an_area_is_no_battle_name_nor_the_ground_a_place(tmp_path):
    """与敌在平原地区作战: 在 + an area + 作战 is the verb "to fight there"; 平原 "plain" is no county here."""
    text = "1938年9月,田家镇战斗打响。长官部鉴于与敌在平原地区作战不利,命令各部转进。第2军军长李鸿年率部坚守田家镇。\n"
    d = extract(tmp_path, text)
    assert [b["name"] for b in d["battles"]] == ["田家镇战斗"]
    assert "平原" not in _places(d)
    assert ("李鸿年", "第2军") in {(c["person"], c["unit"]) for c in d["commands"]}


def test_a_japanese_given_name_may_end_in_a_numeral(tmp_path):
    """森英三 (a one-character family name, a given name ending in 三) on a card's commander line."""
    text = "随枣会战\n指挥官与领导者\n李宗仁 (第五战区司令长官)\n森英三(第13师团长)\n"
    names = {c["name"] for c in extract(tmp_path, text)["battles"][0]["commanders"]}
    assert names == {"李宗仁", "森英三"}


def test_a_name_before_a_high_title_and_no_time_clause_after_one(tmp_path):
    """X司令长官下令, 与Y总司令会商后: the name before the title (as before 军长); 会商后 "after talks" is no name."""
    text = "1939年5月,随枣会战打响。孙连仲副总司令与张自忠总司令会商后,李品仙司令长官下令各部反击。\n"
    d = extract(tmp_path, text)
    names = {p["name"] for p in d["persons"]}
    assert {"孙连仲", "张自忠", "李品仙"} <= names
    assert "会商后" not in names


def test_a_river_before_its_bank_keeps_its_suffix(tmp_path):
    """永定河南岸: 河南 is a province too, but before 岸 the 河 is the river's (the run-together rule stands back)."""
    text = "1937年7月,卢沟桥事变爆发。第29军在永定河南岸阻击日军,一部退守江苏山东两省交界。\n"
    places = _places(extract(tmp_path, text))
    assert {"永定河", "江苏"} <= places and "江苏山" not in places


def test_zhanshang_is_the_wounded_of_a_statistics_line(tmp_path):
    """战死N人,战伤M人: the Japanese statistics' words for killed and wounded."""
    text = "1938年5月,徐州会战结束。据日方统计,该军共伤亡20,000人,其中战死4,100人,战伤15,900人。\n"
    figs = {(f["category"], f["count"]) for f in extract(tmp_path, text)["battles"][0]["figures"]}
    assert {("killed", 4100), ("wounded", 15900)} <= figs


def test_an_allys_unit_is_of_neither_side_but_the_army_in_india_is_chinese(tmp_path):
    """英缅军第1师 is British (no Chinese division because 师 is a Chinese word); 驻印军新38师 is Chinese."""
    text = ("1942年4月,仁安羌战役打响。英缅军第1师被日军第33师团包围,第113团奉命驰援。"
            "1944年,驻印军新38师在胡康河谷作战。\n")
    sides = {u["name"]: u["side"] for b in extract(tmp_path, text)["battles"] for u in b["units"]}
    assert sides.get("第1师") is None
    assert sides["第33师团"] == "JP" and sides["第113团"] == "CN" and sides.get("新编第38师") == "CN"
