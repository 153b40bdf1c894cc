"""Round d26b: a campaign named once and told at its main position (Y成为此战的主阵地: no local fight of Y's own), a
film script's speaker labels (X:, X冷冷地:, X指着地图说:) as persons, an Arabic zero in a numeral read digit by
digit (一二0旅), a unit named by number and commander (一〇二王某旅), a unit called by its commander's name in an
order (把X团留在Y), a man leading a count of battalions (X带着两个营) as the regiment's commander, 攻不下X as a place
context, and where a force came from (从A从B过来) as no battlefield.
New texts written for these tests (invented battles, places, units, persons)."""

from helpers import extract_json


def _battles(facts: dict) -> dict[str, dict]:
    return {b["name"]: b for b in facts["battles"]}


def _commands(facts: dict) -> set[tuple[str, str]]:
    return {(c["person"], c["unit"]) for c in facts["commands"]}


MAIN_POSITION = ("1938年秋,武汉外围日渐吃紧,中国军队为阻敌西进,组织了鄂东战役。黄土关成为此战的主阵地之一。\n"
                 "9月3日,两军展开前哨战。9月6日,日军向黄土关攻击前进,守军凭险阻击。8日,日军倾全力进攻黄土关,"
                 "一度突入黄土关东门,后被守军击退。12日,日军再攻黄土关,守军伤亡惨重,退守黄土关以西高地。")
NO_POSITION = MAIN_POSITION.replace("黄土关成为此战的主阵地之一。", "")


def test_a_place_declared_the_named_battles_main_position_is_no_fight_of_its_own(tmp_path):
    battles = _battles(extract_json(tmp_path, MAIN_POSITION))
    assert set(battles) == {"鄂东战役"}
    assert "黄土关" in {p["name"] for p in battles["鄂东战役"]["places"]}
    assert battles["鄂东战役"]["start"].startswith("1938-09")


def test_without_the_position_sentence_the_local_fight_is_still_coined(tmp_path):
    battles = _battles(extract_json(tmp_path, NO_POSITION))
    assert "黄土关战斗" in battles
    assert battles["黄土关战斗"]["part_of"] == "鄂东战役"


SCRIPT = ("电影剧本\n"
          "刘振山厉声地:谁让你们撤下来的?\n"
          "一士兵说:连长都跑了,我们还怎么打!\n"
          "刘振山对众士兵:弟兄们,跟着我们独立旅守住渡口!\n"
          "58、旅部。(夜,内)\n"
          "孟昭武指着地图说:把第三团调到渡口死守,日本人攻不下河口,就会来抢渡口。\n"
          "何子清:各团都打得不差,只是伤亡大些。\n")


def test_a_scripts_speaker_labels_name_persons_and_a_role_is_no_name(tmp_path):
    facts = extract_json(tmp_path, SCRIPT)
    persons = {p["name"] for p in facts["persons"]}
    assert {"刘振山", "孟昭武", "何子清"} <= persons
    assert not any(n.endswith(("士兵", "兵")) for n in persons)


def test_field_labels_of_a_card_are_no_speakers(tmp_path):
    text = ("战斗经过\n时间:1940年3月\n地点:河口镇\n结果:日军进攻河口镇,被我军击退\n"
            "参战部队:第三团\n")
    persons = {p["name"] for p in extract_json(tmp_path, text)["persons"]}
    assert not persons


def test_two_labelled_lines_are_no_script(tmp_path):
    text = ("1940年3月,日军进攻河口镇,我军第三团与日军激战一昼夜。\n"
            "刘振山回忆:那一仗打得很苦。\n孟昭武补充:我们守了三天。\n")
    persons = {p["name"] for p in extract_json(tmp_path, text)["persons"]}
    assert "孟昭武" not in persons


NUMBERED_COMMANDER = ("1940年春,日军进攻河口镇。第五师一0二王铁汉旅奉命驰援河口镇,与日军激战三日,"
                      "日军伤亡甚重,被迫后撤。")


def test_a_unit_named_by_number_and_commander_is_the_numbered_unit_he_commands(tmp_path):
    facts = extract_json(tmp_path, NUMBERED_COMMANDER)
    assert {"第5师", "第102旅"} <= {u["name"] for u in facts["units"]}
    assert ("王铁汉", "第102旅") in _commands(facts)


def test_a_count_of_units_after_a_numeral_is_no_named_unit(tmp_path):
    text = "1940年春,日军进攻河口镇。第五师以一二个团的兵力驰援河口镇,与日军激战三日。"
    facts = extract_json(tmp_path, text)
    assert not facts["commands"]
    assert "第12团" not in {u["name"] for u in facts["units"]}


def test_an_arabic_zero_in_a_chinese_numeral_is_read(tmp_path):
    text = "一九四0年十月,日军进攻河口镇,第二0三团坚守河口镇,与日军激战三日。"
    facts = extract_json(tmp_path, text)
    assert "第203团" in {u["name"] for u in facts["units"]}
    assert facts["battles"][0]["start"].startswith("1940-10")


COMMANDER_REGIMENT = ("1939年冬,日军进攻河口镇。师长命把李国华团留在河口镇,坚守阵地,与日军激战数日。"
                      "就说那个第三团吧,李国华带着两个营,各营都缺了一个连的兵力。")


def test_a_regiment_called_by_its_commanders_name_and_his_battalions(tmp_path):
    facts = extract_json(tmp_path, COMMANDER_REGIMENT)
    assert "李国华" in {p["name"] for p in facts["persons"]}
    assert ("李国华", "第3团") in _commands(facts)


def test_a_special_regiment_after_ba_is_no_name(tmp_path):
    text = "1939年冬,日军进攻河口镇。师长命把警卫团留在河口镇,坚守阵地,与日军激战数日。"
    assert not extract_json(tmp_path, text)["persons"]


def test_leading_battalions_without_a_regiment_before_gives_no_command(tmp_path):
    text = "1939年冬,日军进攻河口镇。第五师奉命驰援,师长孟昭武下令,刘振山带着两个营坚守河口镇,与日军激战数日。"
    assert ("刘振山", "第5师") not in _commands(extract_json(tmp_path, text))


def test_where_a_force_came_from_is_no_place_of_its_fight(tmp_path):
    text = ("1938年春,日军进攻河口镇。我们独立旅从湖南从贵州过来,和日军在河口镇激战三日,"
            "日军攻不下河口镇,被迫后撤。")
    places = {p["name"] for b in extract_json(tmp_path, text)["battles"] for p in b["places"]}
    assert "河口镇" in places or "河口" in places
    assert not places & {"湖南", "贵州"}


def test_a_place_fought_at_after_cong_stays(tmp_path):
    text = "1938年春,日军从湖南方向进攻。我军独立旅在湖南醴陵与日军激战三日,日军攻不下醴陵,被迫后撤。"
    places = {p["name"] for b in extract_json(tmp_path, text)["battles"] for p in b["places"]}
    assert "醴陵" in places


SURVEY = ("烽火中的黄河渡口\n\n"
          "  在漫长的岁月里,黄河诸渡口是南北交通的咽喉。近代以后,渡口的军事作用有所消减,但仍是重要的屏障。"
          "在抗日战争中,风陵渡、龙门渡、禹门口等要津,成为敌我双方反复争夺的重要阵地。\n\n"
          "  风陵渡:晋南的门户\n\n"
          "  1938年3月,日军进逼晋南,中国军队为阻敌西渡,组织了晋南战役。风陵渡成为此战的主阵地之一。"
          "3月5日,日军向风陵渡攻击前进,守军凭河阻击。8日,日军猛攻风陵渡,守军伤亡三百余人。")


def test_an_articles_survey_before_the_battles_section_gives_it_no_place(tmp_path):
    battles = _battles(extract_json(tmp_path, SURVEY))
    places = {p["name"] for p in battles["晋南战役"]["places"]}
    assert "风陵渡" in places
    assert not places & {"龙门渡", "禹门口", "黄河"}


def test_a_dated_preamble_before_a_section_stays_the_battles(tmp_path):
    text = SURVEY.replace("在漫长的岁月里,", "1937年冬,")
    places = {p["name"] for b in extract_json(tmp_path, text)["battles"] for p in b["places"]}
    assert "禹门口" in places


def test_a_count_of_cities_or_passes_in_general_is_no_place(tmp_path):
    text = ("1938年5月,郑州、开封两大城市相继告急,长城关塞早已失守。中国军队在兰封与日军激战,"
            "日军第14师团攻占兰封。")
    places = {p["name"] for b in extract_json(tmp_path, text)["battles"] for p in b["places"]}
    assert "兰封" in places
    assert not any(n.startswith(("两大", "长城关")) for n in places)


TWO_FRONTS = ("电影剧本\n"
              "刘振山厉声地:你们是撤下来的吧?\n"
              "一士兵说:炮楼全被炸塌了,我们还怎么守!\n"
              "刘振山对众士兵:弟兄们,北关开打了,鬼子没那么可怕,跟着独立旅回去!\n"
              "58、旅部。(夜,内)\n"
              "孟昭武指着地图说:把第三团调到石桥镇死守。\n"
              "第五师一0二王铁汉旅接替北关防务,把李国华团留在北关。\n"
              "何子清:鬼子攻不下北关,又夸口三日内攻占石桥镇,我们要让他们处处碰壁。\n")


def test_a_dialogues_second_front_is_a_fight_of_its_own(tmp_path):
    battles = _battles(extract_json(tmp_path, TWO_FRONTS))
    assert set(battles) == {"石桥镇战斗", "北关战斗"} or set(battles) == {"石桥战斗", "北关战斗"}
    north = battles["北关战斗"]
    assert "第102旅" in {u["name"] for u in north["units"]}
    assert "北关" in {p["name"] for p in north["places"]}


def test_a_place_named_once_as_a_front_is_no_second_fight(tmp_path):
    text = TWO_FRONTS.replace("北关开打了", "听说南边打得凶").replace("鬼子攻不下北关,", "")
    assert "北关战斗" not in _battles(extract_json(tmp_path, text))


def test_an_interviews_speakers_are_witnesses_no_persons_of_the_fight(tmp_path):
    text = ("主持人:今天我们请到了当年守卫河口镇的老兵。\n"
            "刘振山:那时候我们独立旅守在河口镇,鬼子天天进攻。\n"
            "孟昭武:我们连打到最后只剩十几个人。\n"
            "主持人:1940年3月的那一仗打了几天?\n"
            "刘振山:三天三夜。\n")
    persons = {p["name"] for p in extract_json(tmp_path, text)["persons"]}
    assert not persons & {"刘振山", "孟昭武"}


def test_a_documentarys_quoted_witness_is_no_speaker(tmp_path):
    text = ("1937年9月,我军在罗店与日军激战。\n"
            "刘振山:“我们班长说,你挂彩了,赶快下去吧。”\n"
            "孟昭武:“到了营部,遍地都是伤兵。”\n"
            "何子清:“打得伤票都发不了了。”\n")
    persons = {p["name"] for p in extract_json(tmp_path, text)["persons"]}
    assert not persons & {"刘振山", "孟昭武", "何子清"}


def test_a_title_of_a_subject_and_the_war_names_no_battle(tmp_path):
    text = SURVEY.replace("烽火中的黄河渡口", "黄河渡口与抗战")
    assert "黄河渡口与抗战" not in _battles(extract_json(tmp_path, text))


def test_a_title_naming_a_places_war_of_resistance_stays(tmp_path):
    text = "风陵渡抗战\n\n1938年3月,日军进逼风陵渡,守军与日军激战三日,伤亡三百余人。"
    assert "风陵渡抗战" in _battles(extract_json(tmp_path, text))


def test_a_unit_a_speaker_compares_others_with_is_no_fighter(tmp_path):
    text = ("1938年春,日军进攻河口镇。独立旅营长刘振山对溃兵说:我们第五师来这里打鬼子,"
            "难道是来看你们和第九军比赛逃跑的吗?随后独立旅在河口镇与日军激战三日。")
    units = {u["name"] for b in extract_json(tmp_path, text)["battles"] for u in b["units"]}
    assert "第5师" in units
    assert "第9军" not in units


def test_a_unit_fighting_beside_another_stays(tmp_path):
    text = "1938年春,日军进攻河口镇。第五师和第九军在河口镇与日军激战三日。"
    units = {u["name"] for b in extract_json(tmp_path, text)["battles"] for u in b["units"]}
    assert {"第5师", "第9军"} <= units


def test_an_abstract_of_the_fight_before_a_repeated_title_stays_the_battles(tmp_path):
    text = ("风陵渡的日日夜夜\n\n"
            "【摘要】:守军第三团坚守渡口,伤亡惨重。26日,第177师一部赶到禹门口增援,与日军激战。\n\n"
            "风陵渡的日日夜夜\n\n"
            "1938年3月,日军进逼晋南,中国军队组织了晋南战役。风陵渡成为此战的主阵地之一。"
            "3月5日,日军向风陵渡攻击前进,守军凭河阻击。8日,日军猛攻风陵渡,守军伤亡三百余人。")
    battles = _battles(extract_json(tmp_path, text))
    assert "禹门口" in {p["name"] for p in battles["晋南战役"]["places"]}
