"""A book's chapter titled by the place of the fight it tells (round 21's diagnosis): every sentence here is written
for the test (other places, units and persons than any gold text)."""
from helpers import extract_json as extract


def _names(doc):
    return {b["name"] for b in doc["battles"]}


def test_a_chapter_titled_by_a_place_and_its_part_number_names_the_fight_it_tells(tmp_path):
    text = ("第五章 瓦鲁班之一\n\n"
            "日军第18师团第114联队第二大队被截断了退路,大队长山本下令向东突围。\n\n"
            "新22师第66团在瓦鲁班以南堵住了去路,日军连攻三天毫无进展。在缅北作战中,这样的阻击并不少见。\n")
    doc = extract(tmp_path, text)
    assert "瓦鲁班战斗" in _names(doc)
    b = next(b for b in doc["battles"] if b["name"] == "瓦鲁班战斗")
    assert "瓦鲁班" in {p["name"] for p in b["places"]}
    assert "第66团" in {u["name"] for u in b["units"]}


def test_a_numbered_chapter_with_the_place_alone_names_its_fight(tmp_path):
    text = ("第十二节 孟拱\n\n"
            "英军第77旅在孟拱以北同日军第53师团展开激战,双方反复争夺河边的高地。在缅北作战中,这一仗最为惨烈。\n")
    doc = extract(tmp_path, text)
    assert "孟拱战斗" in _names(doc)


def test_a_chapter_on_a_place_that_tells_no_fight_by_units_names_none(tmp_path):
    text = ("第三章 瓦鲁班之二\n\n"
            "瓦鲁班是一个小村,村民以种稻为生,雨季道路泥泞。在缅北作战中,这里曾经是后方的集市。\n")
    doc = extract(tmp_path, text)
    assert "瓦鲁班战斗" not in _names(doc)


def test_a_chapter_whose_prose_names_its_own_fight_keeps_that_name(tmp_path):
    text = ("第四章 于邦之二\n\n"
            "新38师第112团在于邦以西坚守阵地,日军第55联队连续猛攻,史称于邦战斗。\n")
    doc = extract(tmp_path, text)
    assert _names(doc) == {"于邦战斗"}


def _persons(doc):
    return {c["name"] for b in doc["battles"] for c in b.get("commanders", [])}


def test_an_everyday_verb_after_a_japanese_family_name_ends_the_name(tmp_path):
    text = ("1942年5月,日军第18师团第114联队在八莫以北同英军激战。战至傍晚,联队长丸山采纳了参谋的意见,"
            "向东退却。次日,中队长河野决定放弃阵地。\n")
    names = _persons(extract(tmp_path, text))
    assert "丸山" in names and "丸山采纳" not in names
    assert "河野" in names and "河野决定" not in names


def test_a_rare_verb_that_is_a_given_name_stays_in_the_name(tmp_path):
    text = "1937年8月,日军第1师团在张家口以南发动进攻,师团长石原莞尔指挥三个联队猛攻南口阵地,激战五日。\n"
    names = _persons(extract(tmp_path, text))
    assert "石原莞尔" in names


def test_fighting_in_a_region_that_describes_battles_names_no_operation(tmp_path):
    text = ("台儿庄战役是第五战区在鲁南作战的三大战役中最激烈的一次,从1938年3月23日开始至4月7日结束。\n")
    doc = extract(tmp_path, text)
    assert "鲁南作战" not in _names(doc)
    text2 = "百团大战是八路军规模最大的一次进攻。\n1940年8月,在华北作战的八路军部队破袭正太铁路,日军损失惨重。\n"
    assert "华北作战" not in _names(extract(tmp_path, text2))


def test_a_named_operation_after_zai_stays_a_battle(tmp_path):
    text = "1942年5月,日军发动浙赣作战,在浙赣作战中,日军第13军攻占金华。\n"
    assert "浙赣作战" in _names(extract(tmp_path, text))


def test_the_dates_of_one_battle_singled_out_of_several_are_its_own(tmp_path):
    text = ("腾冲攻城战,是滇西反攻的三大战役中伤亡最重的一场,从1944年6月27日开始至9月14日结束。"
            "早在1942年5月10日,日军就侵占了腾冲。\n")
    b = next(b for b in extract(tmp_path, text)["battles"] if b["name"] == "腾冲攻城战")
    assert b["start"] == "1944-06-27" and b["end"] == "1944-09-14"
    assert b.get("part_of") in (None, "滇西反攻")


def test_a_sentence_that_counts_several_battles_dates_none(tmp_path):
    text = "1939年9月至1941年12月,第九战区先后进行了三次会战,其中长沙会战最为著名。\n"
    b = next(b for b in extract(tmp_path, text)["battles"] if b["name"] == "长沙会战")
    assert b.get("start") is None


def test_a_part_launched_in_support_of_the_whole_takes_its_sentence(tmp_path):
    text = ("腾冲攻城战是滇西反攻中最惨烈的一战,从1944年6月27日开始至9月14日结束,第20集团军伤亡惨重。"
            "驻军在固东一带阻击日军援兵,8月2日发起了固东伏击战,至8月4日歼灭日军150多人,"
            "有力地支援了腾冲攻城战。\n")
    doc = extract(tmp_path, text)
    b = next(b for b in doc["battles"] if b["name"] == "固东伏击战")
    assert b["start"] == "1944-08-02"
    t = next(b for b in doc["battles"] if b["name"] == "腾冲攻城战")
    assert t["start"] == "1944-06-27" and t["end"] == "1944-09-14"


def test_a_part_launched_to_support_the_whole_second_wording(tmp_path):
    text = ("昆仑关战役从1939年12月18日开始,第5军猛攻昆仑关,双方反复争夺。"
            "12月22日,游击队在九塘以南打响了九塘破袭战,炸毁日军汽车20多辆,配合了昆仑关战役。\n")
    doc = extract(tmp_path, text)
    b = next(b for b in doc["battles"] if b["name"] == "九塘破袭战")
    assert b["start"] == "1939-12-22"


def test_a_part_told_inside_the_whole_without_support_stays_the_whole(tmp_path):
    text = ("昆仑关战役从1939年12月18日开始,第5军猛攻昆仑关,双方反复争夺。"
            "12月22日,第5军发起了九塘破袭战,昆仑关战役进入最激烈的阶段。\n")
    doc = extract(tmp_path, text)
    k = next(b for b in doc["battles"] if b["name"] == "昆仑关战役")
    assert k["start"] == "1939-12-18"


def _places(doc):
    return {p["name"] for b in doc["battles"] for p in b.get("places", [])}


def test_du_before_a_river_is_the_crossing_not_a_ferry_name(tmp_path):
    text = "1945年4月,第74军从石门镇渡河,在柳林铺以北同日军激战三日,史称柳林铺战斗。\n"
    names = _places(extract(tmp_path, text))
    assert "石门镇" in names and "石门镇渡" not in names
    text2 = "1944年6月,第11集团军一部从三江口渡江,在腊勐以南同日军激战,史称腊勐战斗。\n"
    names2 = _places(extract(tmp_path, text2))
    assert "三江口渡" not in names2


def test_a_ferry_named_x_du_is_still_a_place(tmp_path):
    text = "1944年6月,新四军第3师在白沙渡同日伪军激战,毙敌80余人,史称白沙渡战斗。\n"
    assert "白沙渡" in _places(extract(tmp_path, text))


def _units(doc):
    return {u["name"] for b in doc["battles"] for u in b.get("units", [])}


def test_a_verb_of_motion_before_a_japanese_echelon_word_names_no_unit(tmp_path):
    text = ("1944年3月,日军第18师团第114联队在孟拱以北被新22师截断,残部抄小道撤往旅团司令部所在地,"
            "另一部退往师团总部,史称孟拱战斗。\n")
    names = _units(extract(tmp_path, text))
    assert "撤往旅团" not in names and "退往师团" not in names
    assert "第114联队" in names


def test_a_division_named_after_its_commander_stays_a_unit(tmp_path):
    text = "1938年3月,矶谷师团主力猛攻滕县,守军第122师顽强抵抗,史称滕县保卫战。\n"
    assert "矶谷师团" in _units(extract(tmp_path, text))
