"""Rules of helper f3 (session 15): news and site narratives of one or two fights. Every sentence here is invented
for the test; each rule is tried in two genres (a news headline, a chronicle entry, a memoir, an encyclopedia)."""
from helpers import extract_json as extract

from kangzhan.extract.mentions.battles import _heading, name_before


def _names(tmp_path, text: str) -> list[str]:
    return [b["name"] for b in extract(tmp_path, text)["battles"]]


# --- the left edge of a battle's name: where its place starts, not the clause's subject and verb before it ---

def test_a_headline_that_is_a_clause_names_the_battle_by_its_object():
    """国共两军共创X庄大捷: who won it (a subject) and the verb, then the name: the name starts at the place."""
    assert _heading("国共军队共创张家庄大捷") == "张家庄大捷"
    assert _heading("游击队喜获柳树屯伏击战") == "柳树屯伏击战"


def test_a_headline_that_is_only_a_name_or_an_act_on_the_place_stays_whole():
    """夜袭X战斗, 收复X战役: the verb acts on the place and names the fight; 第二次X会战: the ordinal is the name's."""
    assert _heading("夜袭阳明堡战斗") == "夜袭阳明堡战斗"
    assert _heading("第二次长沙会战") == "第二次长沙会战"
    assert _heading("（三）昆仑关战役") == "昆仑关战役"


def test_in_running_text_an_unknown_compound_verb_before_the_place_is_no_part_of_the_name():
    """共创 (read as a noun by the tagger) and the subject before it are no place: the name starts at the village."""
    s = "1941年春,两党军队共创王家屯大捷"
    assert name_before(s, len(s) - 2, "大捷") == "王家屯"
    s = "是年秋,八路军共创李庄大捷"
    assert name_before(s, len(s) - 2, "大捷") == "李庄"


def test_a_place_name_before_the_place_stays_in_the_name():
    """豫北|沁河口: a region before the place is a place too (no everyday word): not cut."""
    s = "三垛河口伏击战"
    assert name_before(s, len(s) - 3, "伏击战") == "三垛河口"


def test_a_news_page_titled_by_a_clause_gives_the_battle_its_place_name(tmp_path):
    text = ("首页 > 军事历史\n\n国共军队共创张家庄大捷\n\n2020年5月1日 作者:某某\n\n"
            "1939年3月,八路军某支队与国民党军一个团商定在张家庄外设伏。12日,日军车队进入伏击圈,被击毁汽车20辆。\n")
    assert "张家庄大捷" in _names(tmp_path, text)


def test_a_memoir_sentence_with_subject_and_verb_before_the_name(tmp_path):
    text = "我们连队在1940年6月参加了战斗。那一年,国共军队共创张家庄大捷,我在二排当战士,打死了不少鬼子。\n"
    names = _names(tmp_path, text)
    assert "张家庄大捷" in names and not any("共创" in n for n in names)


def _battles(tmp_path, text: str) -> dict[str, dict]:
    return {b["name"]: b for b in extract(tmp_path, text)["battles"]}


# --- a fight's day: the day that narrows the period before it; the days of the sentences at the fight's place ---

def test_a_day_that_narrows_the_period_told_before_it_dates_the_fight_even_in_a_report_sentence(tmp_path):
    """Site narrative: 3月上旬 sets the scene (the enemy's repeated sweeps); 3月6日 the scouts' report that day and
    the ambush laid after it: the fight's day is the 6th, not the first ten days of March."""
    text = ("柳林铺伏击战\n\n1940年3月上旬,周家集、马坊据点日军集中兵力,多次出动扫荡。区游击队隐蔽待机。\n"
            "3月6日清晨,区队长赵明远得到报告,马坊日军一个小队正准备返回据点。赵明远决定在柳林铺设伏:一排在正面,二排在侧翼。\n")
    assert _battles(tmp_path, text)["柳林铺伏击战"]["start"] == "1940-03-06"


def test_a_memoir_fight_named_after_a_village_is_dated_by_the_day_told_there(tmp_path):
    """Memoir: an ambush at one village on the 5th, then the named fight at another on the 8th: the named fight is
    the 8th's, and the ambush of the 5th is a fight of its own, named after its village."""
    text = ("老兵回忆\n\n我们连在1942年秋天打过两仗。10月5日,我们在马庄村外伏击了一队鬼子,缴获步枪五支。10月8日,鬼子来报复,"
            "进到李家寨时,被我们包围,打死鬼子四十多个,这就是有名的李家寨战斗。\n")
    b = _battles(tmp_path, text)
    assert b["李家寨战斗"]["start"] == "1942-10-08"
    assert b["马庄战斗"]["start"] == "1942-10-05"
    assert [p["name"] for p in b["李家寨战斗"]["places"]] == ["李家寨"]


def test_a_news_page_of_two_joint_fights_gives_each_its_place_and_day(tmp_path):
    """News reprint: the title names the second fight (a clause: subject and verb before the name); the first,
    an ambush set outside a village's gate under its county, is another fight on another day."""
    text = ("首页 > 历史\n\n国共两军共创张家屯大捷\n\n"
            "1939年4月,八路军某支队与国民党军一个营商定,在温县南冯北门外设伏。10日,双方部队在南冯北门外伏击日军汽车,"
            "击毁汽车一辆。\n不久,侦察员报告,日军将于12日运送物资。12日傍晚,日军车队到达张家屯外时,遭到伏击,被击毙三十余人。\n")
    b = _battles(tmp_path, text)
    assert b["张家屯大捷"]["start"] == "1939-04-12"
    assert b["南冯战斗"]["start"] == "1939-04-10"
    assert "南冯" in [p["name"] for p in b["南冯战斗"]["places"]]


def test_an_encyclopedia_entry_keeps_an_earlier_ambush_apart(tmp_path):
    text = ("王家庄战斗\n\n王家庄战斗是抗日战争时期八路军某团在河北某县王家庄进行的一次战斗。1941年5月3日,该团一营在县城以北的"
            "马家屯伏击日军运输队,毙敌20余人。5月9日,日军一个中队进犯王家庄,该团二营依托村落顽强抵抗,毙伤日军60余人。\n")
    b = _battles(tmp_path, text)
    assert b["王家庄战斗"]["start"] == "1941-05-09"
    assert b["马家屯战斗"]["start"] == "1941-05-03"


def test_an_ambush_at_another_place_on_the_named_fights_own_day_is_no_other_fight(tmp_path):
    """Look-alike: the ambush at the other village is on the same day as the named fight (one fight at two spots):
    no second fight."""
    text = ("王家庄战斗\n\n1941年5月9日,该团一营在马家屯伏击日军运输队,毙敌20余人。同日,日军一个中队进犯王家庄,"
            "该团二营顽强抵抗,5月9日夜日军退走,此役毙伤日军60余人,王家庄战斗胜利结束。\n")
    assert list(_battles(tmp_path, text)) == ["王家庄战斗"]


# --- places: an ambush set at a place under its county; 县城 closing a county's name ---

def test_an_ambush_set_at_a_village_under_its_county_places_the_village():
    from kangzhan.extract.mentions.places import find_places
    assert [m.text for m in find_places("经商议决定:在温县南冯北门外设伏,袭击日军汽车。")] == ["温县", "南冯"]
    assert [m.text for m in find_places("县大队在沁阳县柏香附近设伏")] == ["沁阳", "柏香"]
    assert [m.text for m in find_places("游击队在公路两侧设伏")] == []


def test_the_county_town_of_a_county_read_already_introduces_no_name():
    from kangzhan.extract.mentions.places import find_places
    assert [m.text for m in find_places("日军车队向博爱县城驶来,到达张家屯外时")] == ["博爱县", "张家屯"]
    assert [m.text for m in find_places("我军攻占了县城车桥,")] == ["县城车桥"]


def test_a_subject_of_weiyu_its_sentence_calls_a_village_is_a_place():
    """Site narrative: 某甲位于…,是一个小村庄 — a village's name with no village suffix; a hall so located is none."""
    from kangzhan.extract.mentions.places import find_places
    assert [m.text for m in find_places("柏甲位于沁阳西南,距城5公里,是一个40余户的小村庄,四面环水。")][:1] == ["柏甲"]
    assert "纪念馆" not in [m.text for m in find_places("纪念馆位于沁阳西南,是一座三层小楼。")]


def test_the_enemys_posts_that_set_out_are_no_place_of_the_fight(tmp_path):
    """Chronicle: the posts the enemy came from (A、B据点日军集中兵力,前往X) are its origin; the village fought at stays."""
    text = ("马家屯伏击战\n\n1940年6月中旬,周村、石门、柳镇据点日军集中兵力,多次前往马家屯一带扫荡。6月14日,区游击队在马家屯"
            "设伏,毙敌十余人。\n")
    places = [p["name"] for p in _battles(tmp_path, text)["马家屯伏击战"]["places"]]
    assert "马家屯" in places and "石门" not in places and "柳镇" not in places


def test_a_loss_inflicted_on_a_chain_of_enemy_units_is_counted():
    from kangzhan.extract.mentions.figures import find_figures
    f = find_figures("此役毙伤日军第五师团第21旅团第42联队官兵300余人。")
    assert [(m.value["side"], m.value["count"]) for m in f] == [("JP", 300)]
    f = find_figures("这次战斗歼灭日本精锐某师团某联队所属官兵120人,俘5人。")
    assert [(m.value["side"], m.value["count"]) for m in f] == [("JP", 120), ("JP", 5)]


def _sides(tmp_path, text: str) -> dict[str, str | None]:
    return {u["name"]: u["side"] for u in extract(tmp_path, text)["units"]}


def test_a_unit_written_after_its_force_and_the_area_it_operates_in_is_the_forces(tmp_path):
    """News: 八路军|某某南区|第四支队 — the detachment is the Eighth Route Army's, whatever enemy the clause names
    before it (为破坏敌人的运输线,…); chronicle: 新四军|苏南|第二支队 the same."""
    assert _sides(tmp_path, "1938年4月,日军改用古道运输。为破坏敌人的运输线,八路军太岳北区第四支队与友军取得联系。\n")["第4支队"] == "CN"
    assert _sides(tmp_path, "1939年5月,敌人出动扫荡,新四军苏南第三支队转移至山区。\n")["第3支队"] == "CN"


def test_a_village_named_after_an_officials_estate_under_its_county_and_its_full_name_with_cun():
    """News: 包围在X县赵某寨村 — right after its county, 官 is a village's own character (刘官寨, 官庄); the stockade's
    name with 村 after it is one village, and it is read again where the text names it alone."""
    from kangzhan.extract.mentions.places import find_places
    got = [m.text for m in find_places("日军将该连包围在清丰县刘官寨村的一座院子里。战后,乡亲们来到刘官寨村,掩埋烈士。")]
    assert got == ["清丰县", "刘官寨村", "刘官寨村"]
    assert [m.text for m in find_places("在张家庄村民的帮助下")] == ["张家庄"]  # 村民: the villagers, no 村
    assert [m.text for m in find_places("沁县军官兵")] == ["沁县"]


def test_a_memorial_news_report_names_its_fight_after_the_village_fought_in(tmp_path):
    """News report on a memorial: the memorial's town is named once, the village where the company was surrounded and
    fought to the end three times: the fight is the village's."""
    text = ("缅怀先烈丨他们战斗到最后一人\n在清丰县东马庄镇有一座烈士墓,合葬着40位烈士。1941年3月5日,八路军某部一个连奉命转移,"
            "途中与2000余名日伪军遭遇。日军将该连包围在清丰县刘官寨村的一座院子里。全连战士与日伪军血战一天一夜,歼敌80余名。"
            "7日,战士们弹尽粮绝,全部牺牲。战后,乡亲们来到刘官寨村,把烈士遗骨葬在刘官寨村前。\n")
    names = [b["name"] for b in extract(tmp_path, text)["battles"]]
    assert names == ["刘官寨战斗"]


def test_the_enemy_counted_riding_on_is_a_force_on_the_move():
    """News: 200余名日军分乘汽车驶来; chronicle: 日军300余人乘汽车…出发 — the enemy's strength; 乘胜 is no ride."""
    from kangzhan.extract.mentions.figures import find_figures

    def strength(s):
        return [(m.value["side"], m.value["count"]) for m in find_figures(s) if m.value["kind"] == "strength"]
    assert strength("傍晚,200余名日军分乘30余辆汽车,向县城驶来。") == [("JP", 200)]
    assert strength("5月3日,日军300余人乘汽车20辆由城关出发。") == [("JP", 300)]
    assert strength("我军乘胜追击,歼敌一部。") == []


def test_where_a_convoy_set_out_from_is_no_place_of_the_ambush(tmp_path):
    """News: 日军将于12日从X镇运送物资到县城 … 在Y村外伏击: X is the convoy's origin; chronicle: 由X开往Y the same."""
    text = ("柳家屯伏击战\n\n1940年4月,侦察员报告,日军将于12日从马坊镇运送物资到县城。12日,游击队在柳家屯外设伏,"
            "击毁汽车3辆,毙敌20余人。\n")
    places = [p["name"] for p in _battles(tmp_path, text)["柳家屯伏击战"]["places"]]
    assert "柳家屯" in places and "马坊镇" not in places
    text2 = "石桥镇战斗\n\n1941年6月3日,日军一个中队由马坊镇开往县城,途经石桥镇时遭游击队截击,毙敌十余人。\n"
    places2 = [p["name"] for p in _battles(tmp_path, text2)["石桥镇战斗"]["places"]]
    assert "石桥镇" in places2 and "马坊镇" not in places2


def test_a_defence_going_on_the_next_day_from_one_village_to_the_next_is_one_fight(tmp_path):
    """Look-alike of the earlier fight: the enemy attacks one village on the 5th and goes on to the named one on the
    6th, no word that the text moves on: one fight, not two."""
    text = ("张家庄战斗\n\n1942年5月5日,日军一个大队进攻刘家村,守军一个连依托村落阻击,毙敌30余人。6日,日军转攻张家庄,"
            "守军顽强抵抗,激战终日,毙伤日军百余人。\n")
    assert list(_battles(tmp_path, text)) == ["张家庄战斗"]
