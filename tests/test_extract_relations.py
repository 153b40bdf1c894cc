"""Sides, dates and commands that come from how a sentence relates its units and persons, not from a
side word next to the unit: the target of an attack, a unit ordered by a commander or that killed an
officer, units sent back to Japan or added to a Japanese army, the date a plan sets for the attack,
names next to titles and ranks. Every text is written for these tests (`kangzhan extract FILE --json`)."""

from __future__ import annotations

import pytest
from helpers import extract_json as extract
from helpers import extract_jsonl, run_cli


def all_units(facts: dict) -> set[tuple[str, str | None]]:
    return {(u["name"], u["side"]) for u in facts["units"]}


ATTACKS = ("一、宜北会战\n"
           "1940年5月2日,日军第13师团一部,从宜城北面沿襄河支流向第33军防地逼进。"
           "5月3日,日军开始渡河前的炮火准备,以猛烈炮火轰击第55、第77军阵地达两小时后,主力强渡襄河。\n"
           "枣阳方面,日军第3师团主力由新集附近开始攻击守军第84、第68军阵地,4日,又以一部由唐县镇北渡,"
           "进攻第92军阵地。5月6日,日军第13师团进至宜城以东,与第41军激战。\n")


@pytest.fixture(scope="module")
def attacks(tmp_path_factory):
    return extract(tmp_path_factory.mktemp("attacks"), ATTACKS)


def test_target_of_an_attack_is_the_other_side_of_the_sentence_subject(attacks):
    got = all_units(attacks)
    # 日军…,向X防地逼进 / 日军…,以炮火轰击X、Y阵地: the subject is in an earlier clause of the sentence
    for want in [("第33军", "CN"), ("第55军", "CN"), ("第77军", "CN")]:
        assert want in got, (want, got)
    assert ("第33军", "JP") not in got and ("第55军", "JP") not in got
    assert ("第41军", "CN") in got and ("第41军", "JP") not in got  # 日军…与X激战: X is the enemy


def test_subject_of_a_later_clause_is_the_sentence_subject_not_an_earlier_target(attacks):
    got = all_units(attacks)
    # 守军第84、第68军阵地 are targets: the subject of "又以一部…进攻第92军阵地" is still 日军第3师团
    assert ("第92军", "CN") in got and ("第92军", "JP") not in got
    assert ("第3师团", "JP") in got


def test_commander_ordering_a_unit_gives_it_his_side(tmp_path):
    text = ("一、湘北会战\n1941年9月18日,日军第6师团开始进攻。城内只有保安部队,汤恩伯急令第13军由新墙河一线退守岳阳;"
            "冈村宁次即令第27军向长沙追击。第13军只有两个团到达。\n")
    got = all_units(extract(tmp_path, text))
    assert ("第13军", "CN") in got and ("第13军", None) not in got  # every mention of it
    assert ("第27军", "JP") in got  # a Japanese name orders it


def test_unit_that_killed_a_japanese_officer_is_chinese(tmp_path):
    text = ("一、常德会战\n1943年11月5日,日军进攻常德。战后《陆军战史》宣称布上照一为第74军所击毙,"
            "而据其联队史,布上照一大佐是在城北被狙击而死。\n")
    got = all_units(extract(tmp_path, text))
    assert ("第74军", "CN") in got


def test_units_sent_back_to_japan_or_added_to_a_japanese_army_are_japanese(tmp_path):
    text = ("1940年2月,第13集团军增加独立混成第9旅,4月2日,增加第40、第41师;同年8月,第5、第18师先后调回日本。\n"
            "一、浙东会战\n1941年4月19日,日军第13集团军发起攻击。\n")
    facts = extract(tmp_path, text)
    got = all_units(facts)
    for want in [("第13集团军", "JP"), ("第40师团", "JP"), ("第41师团", "JP"), ("第5师团", "JP"), ("第18师团", "JP")]:
        assert want in got, (want, got)
    # one army, not a Chinese and a Japanese one: the echelon default gives way to the cue on the same designation
    assert ("第13集团军", "CN") not in got and ("第40师", "CN") not in got


def test_a_chinese_army_group_keeps_its_side_and_hands_it_down(tmp_path):
    text = ("一、桂南会战\n1939年12月18日,第16集团军增加第31、第46军,向南宁进攻。\n")
    got = all_units(extract(tmp_path, text))
    for want in [("第16集团军", "CN"), ("第31军", "CN"), ("第46军", "CN")]:
        assert want in got, (want, got)


def test_date_a_plan_sets_for_the_attack_is_an_action_date_not_the_decision_date(tmp_path):
    text = ("一、鄂西会战\n1943年4月2日,日军第11集团军制定作战计划。4月28日,日军确定5月5日发起攻击。"
            "5月3日,日军第3师团一部向第87军防地逼进。5月5日,日军开始总攻。5月30日,日军撤回原防,会战结束。\n")
    battle = extract(tmp_path, text)["battles"][0]
    assert battle["start"] == "1943-05-03"  # the first action; 4月2日/4月28日 are planning dates
    text2 = ("一、鄂西会战\n1943年4月28日,日军确定5月5日发起攻击。5月30日,日军撤回原防,会战结束。\n")
    assert extract(tmp_path, text2)["battles"][0]["start"] == "1943-05-05"  # the planned attack, no other


OFFICERS = ("一、常德会战\n1943年11月2日,日军第116师团开始进攻常德。据战史记录,第116师团长岩永汪中将在前线督战,"
            "而后116师团长由武内俊二郎中将接任。第40师团长天野正一中将率部增援。\n"
            "黑濑平一大佐,步兵第236联队联队长,在11月20日于城北被中国军队狙击手击毙。"
            "宫本幸雄大尉,步兵第236联队第2大队大队长,在同日阵亡。\n"
            "守城的第57师炮兵营的张惠民营长用望远镜发现了敌指挥所。\n"
            "城外是孙连仲、邓锡侯指挥的第6战区,城西为王耀武指挥的第74军。\n")


@pytest.fixture(scope="module")
def officers(tmp_path_factory):
    return extract(tmp_path_factory.mktemp("officers"), OFFICERS)


def test_unit_title_name_rank_gives_a_person_and_a_command(officers):
    names = {p["name"] for p in officers["persons"]}
    cmds = {(c["person"], c["unit"]) for c in officers["commands"]}
    # a 4-character Japanese name between a fused unit title and a rank, its surname in no list
    assert "天野正一" in names and ("天野正一", "第40师团") in cmds
    # 师团长由X中将接任: the successor commands that division
    assert "武内俊二郎" in names and ("武内俊二郎", "第116师团") in cmds


def test_name_rank_then_unit_title_apposition(officers):
    cmds = {(c["person"], c["unit"]) for c in officers["commands"]}
    assert ("黑濑平一", "第236联队") in cmds
    assert ("宫本幸雄", "第2大队") in cmds  # the title names the leaf of the unit chain


def test_name_before_its_title_is_not_title_plus_verb(officers):
    names = {p["name"] for p in officers["persons"]}
    assert "张惠民" in names
    assert not any(n.startswith("用") for n in names), names


def test_names_listed_before_a_command_verb_all_command(officers):
    cmds = {(c["person"], c["unit"]) for c in officers["commands"]}
    assert ("孙连仲", "第6战区") in cmds and ("邓锡侯", "第6战区") in cmds
    assert ("王耀武", "第74军") in cmds  # 为X指挥的Z


PLACES = ("一、湘西会战\n1945年4月9日,日军第116师团一部由白鹤口南渡,进攻第100军阵地,企图切断江北的交通。"
          "日军在沅江南岸李家埠遇到顽强阻击,其第47师团在安化西北黄花岭遭第18军沉重打击。"
          "4月15日,日军第116师团今井支队从常德南下。日军华中派遣军下达命令。第100军在益阳以南黄土岭构筑阵地。"
          "湘西是湖南省的西部。\n")


@pytest.fixture(scope="module")
def placed(tmp_path_factory):
    return extract(tmp_path_factory.mktemp("places"), PLACES)


def test_crossing_and_verb_are_not_swallowed_by_place_suffixes(placed):
    names = {p["name"] for p in placed["battles"][0]["places"]}
    assert "白鹤口" in names and "白鹤口南渡" not in names  # 由X南渡: X crossed southward
    assert not any(n.startswith("切断") for n in names), names  # 切断江北: a verb, no river 切断江


def test_a_name_after_a_place_and_a_direction_or_bank_is_a_place(placed):
    names = {p["name"] for p in placed["battles"][0]["places"]}
    assert "李家埠" in names and "黄花岭" in names and "黄土岭" in names


def test_region_inside_a_unit_name_is_no_place_and_a_named_detachment_is_found(placed):
    names = {p["name"] for p in placed["battles"][0]["places"]}
    assert "华中" not in names
    got = all_units(placed)
    assert ("今井支队", "JP") in got and ("华中派遣军", "JP") in got
    assert ("第18军", "CN") in got  # 日军…遭第18军沉重打击: the agent of a blow the Japanese took


def test_a_province_has_its_short_name_as_an_alt_label(tmp_path):
    p = tmp_path / "doc.txt"
    p.write_text(PLACES, encoding="utf-8")
    out = tmp_path / "out.nt"
    r = run_cli("build", str(p), "-o", str(out), store=tmp_path / "store")
    assert r.returncode == 0, r.stderr
    nt = out.read_text(encoding="utf-8")
    node = next(line.split()[0] for line in nt.splitlines() if '"湖南省"@zh' in line and "label" in line)
    assert any(line.startswith(node) and "altLabel" in line and '"湖南"@zh' in line for line in nt.splitlines())


def test_rank_closes_a_name_and_a_bare_surname_before_a_rank_is_no_name(tmp_path):
    text = ("一、腾冲战役\n1944年6月2日,第2营营长王正三少校率第5连攻击来凤山,"
            "在参谋长赵少将的统一指挥之下,第3营攻占了鹅山(即宝凤山)。\n")
    facts = extract(tmp_path, text)
    names = {p["name"] for p in facts["persons"]}
    assert "王正三" in names and "王正" not in names  # a given name ending in a numeral, closed by the rank
    assert not any(n.startswith(("赵少", "参谋长")) for n in names), names
    places = {p["name"] for p in facts["battles"][0]["places"]}
    assert "宝凤山" in places  # (即X) after a place: its other name


def test_pronoun_before_a_unit_is_no_name_and_a_listed_name_before_its_title_is_found(tmp_path):
    text = ("一、长衡会战\n1944年6月20日,敌第68师团一部亦向我第3团阵地猛攻,被我击退。"
            "我营迫击炮排的王国栋排长用炮火压制敌人。\n")
    facts = extract(tmp_path, text)
    names = {p["name"] for p in facts["persons"]}
    assert "王国栋" in names  # a name jieba knows is still a name before its title
    assert not any(n.endswith("我") for n in names), names


def test_one_designation_keeps_one_side_and_the_attacker_of_a_japanese_unit_is_chinese(tmp_path):
    text = ("一、赣北会战\n1941年3月19日,日军第33师团进至奉新,第49军在高安附近集结。"
            "3月20日,日军第33师团进至奉新以东,在某地一带与第49军主力相持。"
            "3月22日,第49军向日军第33师团阵地猛攻,日军伤亡甚重。\n")
    got = all_units(extract(tmp_path, text))
    # the side word 日军 in the first sentence is no evidence for 第49军: the attack in the second is
    assert ("第49军", "CN") in got and ("第49军", "JP") not in got


def test_units_ordered_by_a_unit_share_its_side_and_a_rank_may_stand_before_the_killer(tmp_path):
    text = ("一、宜昌会战\n1940年6月10日,日军第13师团攻占宜昌。第6战区令第18、第79军向宜昌以东反击。\n"
            "据战报,川口清四郎大佐为第10军所击毙。\n")
    got = all_units(extract(tmp_path, text))
    assert ("第18军", "CN") in got and ("第79军", "CN") in got
    assert ("第10军", "CN") in got


def test_a_chinese_army_group_with_the_number_of_a_japanese_one_stays_chinese(tmp_path):
    text = ("一、随枣会战\n1939年4月,日军第11集团军集中第3、第13师团进攻随县。中国第5战区以第11集团军、"
            "第31集团军防守随县以西。5月1日,日军第11集团军主力发起进攻。第11集团军总司令李品仙率部抵抗。\n")
    rows = extract_jsonl(tmp_path, text, "doc.txt")
    sides = [(text[x["start"]:x["end"]], x["value"]["side"]) for x in rows if x["kind"] == "unit" and "集团军" in x["text"]]
    # 日军第11集团军 twice JP; the one in a sentence naming 中国 and the one before 总司令 (a Chinese title) CN
    assert sides == [("第11集团军", "JP"), ("第11集团军", "CN"), ("第31集团军", "CN"), ("第11集团军", "JP"),
                     ("第11集团军", "CN")], sides


def test_a_division_name_in_a_list_of_railways_is_a_railway(tmp_path):
    text = "一、南昌会战\n1939年3月17日,日军开始进攻。南昌是江西省省会,南浔、浙赣铁路相交其南。\n"
    rows = extract_jsonl(tmp_path, text, "doc.txt")
    kinds = {x["text"]: x["value"]["kind"] for x in rows if x["kind"] == "place"}
    assert kinds.get("南浔") == "railway" and kinds.get("浙赣铁路") == "railway", kinds  # not the district 南浔


def test_a_verb_before_a_rank_is_no_name(tmp_path):
    text = ("一、桂南会战\n1939年12月18日,第5军向某关发起攻击。战后,某师长被晋升为中将,并被授予少将军衔。"
            "日军第21旅团旅团长中村正雄少将被击毙。\n")
    names = {p["name"] for p in extract(tmp_path, text)["persons"]}
    assert "中村正雄" in names
    assert not any(n.startswith(("晋升", "授予")) or n.endswith("为") for n in names), names
