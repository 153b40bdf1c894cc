"""The last resort (extract/last_resort.py): a text that tells fighting against the enemy but yields no battle gets
the fight of the place its fighting is about. Every text here is written for the test (places, units and persons
of no text in the set)."""
from helpers import extract_json as extract


def _battles(tmp_path, text):
    return {b["name"]: b for b in extract(tmp_path, text)["battles"]}


def test_a_chapter_heading_over_a_defence_yields_the_fight_of_its_place(tmp_path):
    text = ("第三章 血染青石岭\n1943年秋,敌人调集两千余人向我根据地合击。独立营营长刘振山率部在青石岭一线坚守三天,"
            "打退敌人七次进攻,掩护机关安全转移。\n第四章 重建家园\n")
    got = _battles(tmp_path, text)
    assert set(got) == {"青石岭战斗"}
    fight = got["青石岭战斗"]
    assert fight["start"] == "1943"
    assert [c["name"] for c in fight["commanders"]] == ["刘振山"]
    assert {(f["side"], f["count"]) for f in fight["figures"] if f["kind"] == "strength"} == {("JP", 2000)}


def test_a_veterans_file_names_where_he_was_wounded_fighting(tmp_path):
    text = ("【老兵档案】张有福,1918年生,河南人。1940年参军,在新编第5师当机枪手。"
            "1942年在白马坡与日军作战时腿部负伤,伤愈后回乡务农。现居住在县城东关。\n")
    assert set(_battles(tmp_path, text)) == {"白马坡战斗"}


def test_a_gunboat_bombed_near_a_place_and_its_name_is_no_place(tmp_path):
    text = ("“江宁”号炮艇小史\n“江宁”号炮艇1930年在上海江南造船所下水,排水量三百吨。抗战爆发后编入第二舰队,担负长江下游巡防任务。\n"
            "1938年6月,日机九架轮番轰炸停泊在马垱附近江面的“江宁”号,艇长赵国华指挥官兵用高射机枪还击,击伤敌机一架。"
            "炮艇中弹起火,官兵伤亡三十余人,终于沉没。\n")
    got = _battles(tmp_path, text)
    assert set(got) == {"马垱战斗"}
    assert "江宁" not in {p["name"] for p in got["马垱战斗"]["places"]}


def test_no_fight_is_proposed_without_the_enemy_or_fighting(tmp_path):
    assert _battles(tmp_path, "今天学校举行了运动会,同学们在操场上进行了激烈的比赛,最后三年级获得了冠军。\n") == {}


def test_no_fight_is_proposed_for_a_fight_outside_the_war(tmp_path):
    text = "1926年8月,北伐军第四军在汀泗桥向敌军发起猛攻,激战两昼夜,击溃守敌,俘虏两千余人。\n"
    assert _battles(tmp_path, text) == {}


def test_no_fight_is_proposed_for_a_massacre(tmp_path):
    text = ("1941年春,日军包围了下柳村,将来不及转移的村民驱赶到打谷场上,用机枪扫射,杀害村民一百二十余人,"
            "制造了骇人听闻的下柳惨案。\n")
    assert _battles(tmp_path, text) == {}


def test_no_fight_is_proposed_for_a_drill_before_a_sweep(tmp_path):
    text = "民兵训练记:1944年,区小队在北岗村组织民兵进行射击训练和投弹演练,准备迎接敌人的扫荡。\n"
    assert _battles(tmp_path, text) == {}


def test_a_town_before_a_word_of_turns_is_still_a_place(tmp_path):
    text = ("1939年冬,日军一个中队进犯石桥镇,我游击队在石桥镇轮番阻击,毙伤日军二十余人。\n")
    got = _battles(tmp_path, text)
    assert any(n.startswith("石桥") for n in got)
