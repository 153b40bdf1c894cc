"""Round 17's novel chapter and annotated poem, read for their genres (new sentences, other places and persons):

- a county renamed after a fallen commander (左权县) is his name before 将军/同志/烈士 (memorials, poems, novels);
- 政治部主任 names who led, heads no unit;
- units named by their duty (特务团, 警卫团, 教导团) carry no number;
- a novel calls its hero "X团长" and names his regiment once, elsewhere: the one regiment named is his;
- a compound family name alone (司马营长) stands for the one full name;
- a poem's or letter's date of writing and the day news reached someone date the telling, not the fight;
  where the news was heard is no place of it;
- a force sized then holding out (…部队四千余人坚持…) is its strength;
- places: a one-character county before a suffixed place (X县Y岭), 接近我X, 驻X地区, X北口, X峪/洼 + 村.
"""
from helpers import extract_json


def _battle(facts: dict, name: str) -> dict:
    return next(b for b in facts["battles"] if b["name"] == name)


def test_a_county_name_before_an_honorific_is_the_man_and_a_glued_verb_is_no_part_of_it(tmp_path):
    text = ("悼念左权将军\n\n一九四〇年九月，关家垴战斗打响。八路军副参谋长左权在前沿指挥部队攻击日军冈崎大队。"
            "左权将军亲临前沿，战斗十分激烈。\n")
    facts = extract_json(tmp_path, text)
    assert [p["name"] for p in facts["persons"]] == ["左权"]
    assert [c["name"] for c in _battle(facts, "关家垴战斗")["commanders"]] == ["左权"]


def test_the_county_itself_and_a_three_character_name_stay_what_they_are(tmp_path):
    text = "青石岭战斗\n1941年4月，日军进攻左权县青石岭。赵尚志同志曾在东北率部作战。\n"
    facts = extract_json(tmp_path, text)
    assert "尚志" not in {p["name"] for p in facts["persons"]}
    assert "左权" not in {p["name"] for p in facts["persons"]}  # no honorific after it: the county's name


def test_a_staff_title_names_the_leader_without_a_command_and_a_duty_unit_is_found(tmp_path):
    text = ("王家岭战斗\n一九四三年三月，日军一千余人进攻苏北王家岭。新四军政治部主任袁国平亲自指挥部队阻击，"
            "新四军警卫团奉命坚守王家岭。\n赵明远团长站在山头上，用望远镜观察着敌人的动向。\n")
    facts = extract_json(tmp_path, text)
    battle = _battle(facts, "王家岭战斗")
    assert {"袁国平", "赵明远"} <= {c["name"] for c in battle["commanders"]}
    assert "警卫团" in {u["name"] for u in battle["units"]}
    commands = {(c["person"], c["unit"]) for c in facts["commands"]}
    assert ("赵明远", "警卫团") in commands  # the one regiment the text names
    assert not any(p == "袁国平" for p, _u in commands)


def test_two_regiments_named_give_a_title_after_the_name_no_command(tmp_path):
    text = ("黄土坡战斗\n一九四三年三月，日军一千余人进攻黄土坡。新四军警卫团和教导团奉命坚守黄土坡。"
            "赵明远团长站在山头上观察敌情。日军特务机关事先派人侦察。\n")
    facts = extract_json(tmp_path, text)
    units = {u["name"] for u in facts["units"]}
    assert {"警卫团", "教导团"} <= units and not any("特务" in u for u in units)
    assert facts["commands"] == []


def test_a_compound_family_name_alone_is_the_full_name(tmp_path):
    text = ("石桥战斗\n一九四〇年五月，日军进攻石桥镇。八路军特务营奉命阻击，营长司马文龙率部坚守。"
            "司马营长回到营部，命令各连准备战斗。\n")
    facts = extract_json(tmp_path, text)
    assert "司马" not in {p["name"] for p in facts["persons"]}
    assert "司马文龙" in {p["name"] for p in facts["persons"]}


def test_the_date_of_writing_and_of_the_news_are_no_dates_of_the_fight_nor_the_place_of_the_news(tmp_path):
    text = ("这首诗写于1941年5月。1941年5月，作者在桂林惊悉青石岭战斗的消息，写下此诗。\n"
            "青石岭战斗：4月9日拂晓，新四军某部在青石岭伏击日军运输队，激战三小时。\n")
    battle = _battle(extract_json(tmp_path, text), "青石岭战斗")
    assert battle["start"] == "1941-04-09"
    assert [p["name"] for p in battle["places"]] == ["青石岭"]


def test_a_poem_note_dated_by_composition_falls_back_to_the_day_of_the_fight(tmp_path):
    text = ("这首诗作于1940年9月。1940年9月,作者在重庆得知王家岭战斗中八路军某团全体壮烈牺牲。\n"
            "王家岭战斗发生于1940年8月12日,八路军某团在王家岭阻击日军,激战终日。\n")
    battle = _battle(extract_json(tmp_path, text), "王家岭战斗")
    assert battle["start"] == "1940-08-12"
    assert "重庆" not in {p["name"] for p in battle["places"]}


def test_a_force_sized_then_holding_out_is_its_strength_and_losses_stay_losses(tmp_path):
    text = ("石门岭战斗\n1942年6月，日军进攻石门岭。八路军总部机关及其直属部队四千余人坚持内线作战。"
            "我军伤亡三百余人，仍坚守阵地。\n")
    battle = _battle(extract_json(tmp_path, text), "石门岭战斗")
    figures = {(f["kind"], f["side"], f["count"]) for f in battle["figures"]}
    assert ("strength", "CN", 4000) in figures
    assert ("strength", "CN", 300) not in figures


def test_places_of_a_one_character_county_an_approach_a_station_and_a_valley_mouth(tmp_path):
    text = ("石门岭战斗\n1942年6月，日军进攻山西桑县石门岭。驻榆次地区日军一部接近我石窑峪，"
            "到达黄羊沟北口外的杨家洼村。\n")
    places = {p["name"] for p in _battle(extract_json(tmp_path, text), "石门岭战斗")["places"]}
    assert {"桑县", "石门岭", "榆次", "石窑峪", "黄羊沟", "杨家洼村"} <= places
    assert not any(p.startswith("驻") or p.endswith("北口") for p in places)


def test_side_nouns_after_a_place_verb_and_references_to_counties_are_no_places(tmp_path):
    text = "黄土坡战斗\n一九四三年三月，日军接近我军阵地，进攻黄土坡。各县黄土岭一带的民众支援前线。\n"
    places = {p["name"] for p in _battle(extract_json(tmp_path, text), "黄土坡战斗")["places"]}
    assert "黄土坡" in places
    assert not any(p.startswith(("军", "各县")) or p == "各县" for p in places)
