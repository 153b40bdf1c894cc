"""Battle identification and attribution that round 15's exam item and monument inscription missed, taught by
general rules on new sentences (other battles, places, units, persons; none from any document here): a list of
battles looked back on (继A、B等战役后) tells none of them; a battle named as what was told (史称“X”) heads its
sentence whatever its rank; the whole a victory is one of (也是X会战中…的一次胜利) heads no sentence; parallel
clauses framed 在A中…;在B中… tell A and B apart; an exam's answer block ends the question's battle; 军官X指挥了,
将军 before no name, UNIT总部在X的指挥下; a title below the unit before it (集团军 + 旅长) commands the unit of its echelon
he leads; a coined battle's frame sentences (a trip before the quoted inscription) give no places; a quoted site
named after a battle (“X歼灭战纪念碑”) names it; 欲夺|X."""
from helpers import extract_json


def _battle(facts: dict, name: str) -> dict:
    return next(b for b in facts["battles"] if b["name"] == name)


def _names(facts: dict) -> set[str]:
    return {b["name"] for b in facts["battles"]}


def _commands(facts: dict) -> set[tuple[str, str]]:
    return {(c["person"], c["unit"]) for c in facts["commands"]}


def test_a_list_of_battles_looked_back_on_tells_none_of_them(tmp_path):
    facts = extract_json(tmp_path, "1939年12月,第5军在昆仑关战役中击败日军第12旅团。此役是继忻口会战、太原会战等战役后,"
                                   "中国军队的又一次胜利。1940年春,第5军在宾阳一带休整,补充兵员。\n")
    assert "昆仑关战役" in _names(facts)
    for name in ("忻口会战", "太原会战"):
        assert name not in _names(facts) or not _battle(facts, name)["units"]


def test_a_battle_named_as_what_was_told_heads_its_item(tmp_path):
    facts = extract_json(tmp_path, "【题目】填空。\n\n(1) 1939年南昌会战的指挥者为第九战区司令长官薛岳。\n\n"
                                   "(2) 1941年新四军第1师对日伪军发动反击,史称“苏中大战”。\n")
    b = _battle(facts, "苏中大战")
    assert b["start"] == "1941"
    assert "新四军" in {u["name"] for u in b["units"]} or any("1师" in u["name"] for u in b["units"])
    assert not any("1师" in u["name"] for u in _battle(facts, "南昌会战")["units"])


def test_the_whole_a_victory_is_one_of_heads_no_sentence(tmp_path):
    facts = extract_json(tmp_path, "(1) 1939年,第5军军长杜聿明指挥了昆仑关战役,攻克昆仑关。此次大捷也是桂南会战中国军队取得的"
                                   "一次重大胜利。(2) 1942年,第200师在同古与日军激战,史称“同古保卫战”。\n")
    b = _battle(facts, "昆仑关战役")
    assert b["part_of"] == "桂南会战"
    assert "杜聿明" in {c["name"] for c in b["commanders"]}
    assert "桂南会战" not in _names(facts) or not _battle(facts, "桂南会战")["commanders"]


def test_parallel_framed_clauses_tell_two_battles(tmp_path):
    facts = extract_json(tmp_path, "1942年,在浙赣会战中,第九集团军总司令罗卓英率部坚守;在冀中反“扫荡”作战中,"
                                   "八路军冀中军区司令员吕正操率部突围。\n")
    zhe = _battle(facts, "浙赣会战")
    assert "吕正操" not in {c["name"] for c in zhe["commanders"]}
    assert "八路军" not in {u["name"] for u in zhe["units"]}


def test_an_answer_key_after_the_question_joins_no_battle(tmp_path):
    facts = extract_json(tmp_path, "【题目】填空。\n\n(1) 1937年淞沪会战中,第九集团军总司令      指挥作战。\n\n答案解析\n\n"
                                   "(1)张治中(2)孙立人\n\n(1) 1937年淞沪会战中,张治中率第九集团军在上海与日军激战。\n")
    b = _battle(facts, "淞沪会战")
    assert "孙立人" not in {c["name"] for c in b["commanders"]}
    assert "张治中" in {c["name"] for c in b["commanders"]}


def test_an_officer_named_after_the_word_officer_commands(tmp_path):
    facts = extract_json(tmp_path, "1939年,国民党军官薛岳指挥了长沙会战,击退了日军的进攻。\n")
    assert "薛岳" in {c["name"] for c in _battle(facts, "长沙会战")["commanders"]}


def test_general_before_a_phrase_is_no_name(tmp_path):
    facts = extract_json(tmp_path, "1942年,在滇缅作战中,第200师师长      将军为国捐躯。\n")
    persons = {p["name"] for p in facts["persons"]}
    assert not any(n.startswith("为国") for n in persons)


def test_a_headquarters_under_its_commander_gives_the_unit_a_command(tmp_path):
    facts = extract_json(tmp_path, "1940年,新四军军部在叶挺的指挥下,对日伪军发动了黄桥战役。\n")
    assert {("叶挺", "新四军"), ("叶挺", "新编第4军")} & _commands(facts)


def test_a_title_below_the_army_before_it_commands_the_unit_he_leads(tmp_path):
    facts = extract_json(tmp_path, "1937年10月,第十八集团军旅长陈赓获悉后,亲率第386旅连夜赶到七亘村,伏击日军辎重部队。\n")
    commands = _commands(facts)
    assert ("陈赓", "第386旅") in commands
    assert not any(p == "陈赓" and "集团军" in u for p, u in commands)


def test_the_trip_before_a_quoted_inscription_gives_no_places(tmp_path):
    facts = extract_json(tmp_path,
                         "“马家岭伏击战纪念碑”立在山西省昔阳县的一座山坡上。\n我们从太原出发,在阳泉吃了午饭。"
                         "车停在张家庄村口,村里新修了一排排的砖瓦房。那天是周一,纪念馆不开门。我们沿着小路上山。\n"
                         "在此,敬录碑文如下:\n一九四〇年八月二十日,日伪军八百余人进犯马家岭。我八路军某部在马家岭设伏,"
                         "激战竟日,毙伤敌二百余人。\n")
    places = {p["name"] for b in facts["battles"] for p in b["places"]}
    assert "马家岭" in places
    assert not places & {"太原", "阳泉", "张家庄"}


def test_a_quoted_site_named_after_its_battle_names_the_battle(tmp_path):
    # the battle is named only inside the monument's and the museum's names: it is that battle, not one coined
    facts = extract_json(tmp_path,
                         "我们先到了“黄崖沟歼灭战陈列馆”,恰逢闭馆。沿大坝上山,山顶就是“黄崖沟歼灭战纪念碑”亭。\n"
                         "碑文如下:\n一九四一年十月,日伪军一千余人进犯黄崖沟。我军民在沟口设伏,激战至夜,日军死伤三百余人。\n")
    assert "黄崖沟歼灭战" in _names(facts)


def test_an_adverb_and_a_verb_glued_to_a_village_named_alone_elsewhere(tmp_path):
    facts = extract_json(tmp_path, "王家峪是边区重镇。1940年5月,日军欲夺王家峪,纠集三千余人进犯。"
                                   "八路军在王家峪以北设伏,毙伤日军三百余人。\n")
    places = {p["name"] for b in facts["battles"] for p in b["places"]}
    assert not any(n.startswith("欲夺") for n in places)
