"""Figures, units, persons and places: general rules from held-out round 5 (error types 5-8), each checked on
new sentences written for the test (none is taken from the held-out texts)."""
from helpers import extract_json as extract


def _figures(tmp_path, text: str) -> set[tuple]:
    b = extract(tmp_path, text)["battles"][0]
    return {(f["side"], f["count"], f["category"]) for f in b["figures"]}


def test_the_unit_before_a_loss_owns_it_not_the_first_side_word_of_the_sentence(tmp_path):
    text = "豫南会战\n1941年2月，豫南会战结束。此战日军伤亡九千人，第五战区伤亡一万二千人，第31集团军死伤四千余人。\n"
    figs = _figures(tmp_path, text)
    assert ("JP", 9000, "casualties") in figs
    assert ("CN", 12000, "casualties") in figs
    assert ("CN", 4000, "casualties") in figs


def test_bodies_left_behind_are_the_defeated_sides(tmp_path):
    text = ("滇西战役\n1944年6月，我军猛攻松山，连续七日，击毙敌六百余名，阵前遗尸四百余具。"
            "次日敌军溃退，遗尸二百具。\n")
    figs = _figures(tmp_path, text)
    assert ("JP", 400, "killed") in figs and ("JP", 200, "killed") in figs
    assert not {f for f in figs if f[0] == "CN"}


def test_a_passive_clause_names_whose_wounded_follow(tmp_path):
    text = "鲁南会战\n1938年4月，围攻台儿庄之敌第五、第十两师团连日被我围击，伤已达六千余人，我军乘势反攻。\n"
    b = extract(tmp_path, text)["battles"][0]
    figs = [(f["kind"], f["side"], f["count"]) for f in b["figures"]]
    assert ("casualties", "JP", 6000) in figs
    assert not [f for f in figs if f[0] == "strength"]


def test_count_word_after_a_list_of_numerals_is_no_digit(tmp_path):
    text = "晋南会战\n1941年5月，进犯中条山之敌三十三、三十七两师团分路北上，第三、第九两个师团亦至。\n"
    units = {u["name"] for u in extract(tmp_path, text)["units"]}
    assert {"第33师团", "第37师团", "第3师团", "第9师团"} <= units
    assert "第32师团" not in units and "第39师团" not in units


def test_men_counted_with_a_classifier_before_the_loss_verb(tmp_path):
    text = ("腾冲战役\n1944年8月，我们这个连攻打来凤山，先后有十七位弟兄阵亡，"
            "第二排三名士兵负伤。我还记得另一名阵亡战士的钢盔。\n")
    figs = _figures(tmp_path, text)
    assert ("CN", 17, "killed") in figs
    assert 3 in {f[1] for f in figs if f[2] == "wounded"}
    assert 1 not in {f[1] for f in figs}  # "另一名阵亡战士的钢盔": an attribute, no report


def test_everyday_words_after_a_rank_and_a_preposition_surname_make_no_person(tmp_path):
    text = ("## 一、王建华将军口述历史访问纪录\n"
            "长沙会战\n1941年9月，第4军军长欧震奉命守备新墙河，王建华将军向英军说明战况，欧震率部反击日军第6师团。\n")
    persons = {p["name"] for p in extract(tmp_path, text)["persons"]}
    assert "欧震" in persons
    assert not {"口述历史", "向英"} & persons


def test_verb_glued_to_a_toponym_and_generic_nouns_are_no_places(tmp_path):
    text = ("烽火山河中的一仗\n浙赣会战\n1942年5月，日军由金华西进以趋衢州;我军克复龙游、汤溪、温泉池，"
            "冀中回民抗日武装亦出击，日军攻占湘境醴陵。\n")
    places = {p["name"] for p in extract(tmp_path, text)["battles"][0]["places"]}
    assert {"金华", "衢州", "龙游"} <= places
    assert not {"烽火山", "趋衢州", "温泉", "回民", "湘境醴陵"} & places


def test_transliterated_foreign_places_from_their_context(tmp_path):
    text = ("### 二、收复缅北与卡萨姆大捷\n1944年春，新一军从印度列多至缅甸，当我们到达列多的时候，"
            "新38师已从卡萨姆的侧面绕到卡萨姆的后方。卡萨姆这场战役很激烈。\n卡萨姆之役结束后，部队休整。\n")
    b = extract(tmp_path, text)["battles"][0]
    places = {p["name"] for p in b["places"]}
    assert "列多" in places
    assert "卡萨姆" in places or "卡萨姆" in b["name"]


def test_a_place_a_distance_away_the_base_of_an_attack_and_a_route(tmp_path):
    text = ("常德会战\n1943年11月，日军企图由石门以攻慈利，我军一部进至南昌以东二十里莲塘镇，"
            "另一部驻距城三十里的山村，第三路经公安向松滋推进。\n")
    places = {p["name"] for p in extract(tmp_path, text)["battles"][0]["places"]}
    assert {"石门", "慈利", "莲塘镇", "公安", "松滋"} <= places
    assert "山村" not in places


def test_a_commander_named_between_his_war_zone_and_bu(tmp_path):
    text = "浙赣会战\n1942年5月，日军第13军进攻浙江，第三战区顾祝同部在衢州一带阻击，第三战区主力部队转移。\n"
    d = extract(tmp_path, text)
    assert {"person": "顾祝同", "unit": "第3战区"} in [{k: c[k] for k in ("person", "unit")} for c in d["commands"]]
    assert {p["name"] for p in d["persons"]} == {"顾祝同"}
