"""The extractor on genres the seeds do not show, through `kangzhan extract FILE --json`: a Chinese
translation of a Japanese war history (Markdown sections, ranks 大佐/中佐, 'X司令官Y中将'), an academic
study whose title announces a battle's background, and an article quoting Japanese archives. The texts
are written for these tests; they name no facts of the dev texts."""

from __future__ import annotations

import pytest
from helpers import extract_json as extract

SENSHI = """### 第三章、第12军开始华中作战

第12军于5月1日全力投入华中作战，首先向宜阳方向攻击前进。

#### 一、第40师团及第3师团先遣部队的宜阳进攻战

第12军司令官内山中将决定以第40师团攻占宜阳。师团长青木诚中将率部北进，以步兵第236联队（队长松井武夫大佐）为前卫，川口支队（长谷川吉藏大佐指挥的骑兵第40联队基干）为右翼。

#### 二、中国军的抵抗

中国第9军以第47师、第54师为基干，只有在宜阳的第54师陷入危急时第47师方可支援。华中作战因第12军指挥得力，进展十分有利。
"""


@pytest.fixture(scope="module")
def senshi(tmp_path_factory):
    return extract(tmp_path_factory.mktemp("senshi"), SENSHI)


def test_section_heading_with_a_phrase_names_the_battle_after_its_last_genitive(senshi):
    by = {b["name"]: b for b in senshi["battles"]}
    assert "宜阳进攻战" in by, list(by)
    assert by["宜阳进攻战"]["part_of"] == "华中作战"  # the preamble's operation frames the sections
    assert not any("的" in n or n.endswith("抵抗") for n in by)


def test_a_numbered_heading_that_names_no_battle_ends_the_section_before_it(senshi):
    by = {b["name"]: b for b in senshi["battles"]}
    section = {u["name"] for u in by["宜阳进攻战"]["units"]}
    frame = {u["name"] for u in by["华中作战"]["units"]}
    assert {"第40师团", "第236联队"} <= section
    assert {"第47师", "第54师"} <= frame and not {"第47师", "第54师"} & section
    # the heading's own numbering (#### 一、第40师团) is no 第1师团
    assert "第1师团" not in {u["name"] for u in senshi["units"]}


def test_japanese_field_ranks_close_names_and_titles_do_not_leak_into_them(senshi):
    persons = {p["name"] for p in senshi["persons"]}
    assert {"青木诚", "松井武夫", "长谷川吉藏", "内山"} <= persons, persons
    assert not any(n.endswith(("大佐", "大", "中")) or n.startswith("官") for n in persons), persons
    assert "宜阳" not in persons  # 在宜阳的第54师: a place before 的, not the division's commander
    cmds = {(c["person"], c["unit"]) for c in senshi["commands"]}
    assert ("内山", "第12军") in cmds and ("青木诚", "第40师团") in cmds
    assert ("松井武夫", "第236联队") in cmds  # 联队（队长X大佐）: the title inside the bracket after the unit
    assert ("长谷川吉藏", "川口支队") in cmds and ("长谷川吉藏", "骑兵第40联队") in cmds  # X大佐指挥的…联队


def test_a_side_stated_by_a_title_wins_over_a_guess_from_enemy_words(senshi):
    sides = {u["side"] for u in senshi["units"] if u["name"] == "第12军"}
    assert sides == {"JP"}  # 第12军司令官 …; 歼敌 in a Japanese-side text must not make it Chinese


BACKGROUND = """3.1.凤凰岭战斗的背景

晋冀豫辺区,南北约200公里。为了消灭八路军主力,1940年6月2日,华北方面军制定了一个新的“晋冀豫边区肃正作战”计划。

作战期间定为7-9月,共使用兵力如下:第二十七师团主力组成,本间雅晴中将指挥。独立混成第8旅团亦参加,作战总兵力逾2万名。第一期从7月5日至8月1日,第二期从8月2日至9月20日。

凤凰岭战斗,即发生在第二期作战的结尾。作战关联部队为步兵第3联队,联队长田村和藏大佐。
"""


@pytest.fixture(scope="module")
def background(tmp_path_factory):
    return extract(tmp_path_factory.mktemp("background"), BACKGROUND)


def test_a_background_title_heads_no_section_and_a_quoted_operation_is_a_battle(background):
    by = {b["name"]: b for b in background["battles"]}
    assert {"晋冀豫边区肃正作战", "凤凰岭战斗"} <= set(by), list(by)
    op = {u["name"] for u in by["晋冀豫边区肃正作战"]["units"]}
    assert {"第27师团", "独立混成第8旅团"} <= op, op
    assert "第27师团" not in {u["name"] for u in by["凤凰岭战斗"]["units"]}
    persons = {p["name"] for p in background["persons"]}
    assert "田村和藏" in persons, persons


def test_an_operation_runs_over_its_stated_months_not_from_the_day_of_its_plan(background):
    op = next(b for b in background["battles"] if b["name"] == "晋冀豫边区肃正作战")
    assert op["start"] == "1940-07" and op["end"] == "1940-09-20", (op["start"], op["end"])  # 7-9月, not 6月2日
    assert "晋冀豫边区" in {p["name"] for p in op["places"]}  # 辺区: the Japanese form of 边区
    cmds = {(c["person"], c["unit"]) for c in background["commands"]}
    assert ("本间雅晴", "第27师团") in cmds, cmds  # …师团主力组成,X中将指挥。


ARCHIVE = """发生在1943年4月2日的曹甸战斗,是新四军三师集中约三个团的兵力,在师长黄克明的指挥下,对敌伪盘踞的重镇曹甸发起攻击。此战收复曹甸据点,共歼日军大队长森田大佐以下官兵300人,其中生俘少尉以下12人,歼伪军近400人。战后,报纸发表社论,祝贺“苏中新四军大捷”。

去年,太原市方志办在整理史料时发现了函件。函件记载了陆军中佐山本和夫接任混合第21旅团独立步兵第75大队大队长。
"""


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    return extract(tmp_path_factory.mktemp("archive"), ARCHIVE)


def test_appointment_verbs_and_ranks_around_japanese_officers(archive):
    persons = {p["name"] for p in archive["persons"]}
    assert "山本和夫" in persons and "森田" in persons, persons
    assert not any(n.startswith("任") or n.endswith("大") for n in persons), persons
    cmds = {(c["person"], c["unit"]) for c in archive["commands"]}
    assert ("山本和夫", "独立第75大队") in cmds, cmds  # the unit of the title's echelon, not the brigade
    assert ("黄克明", "第3师") in cmds, cmds  # 新四军三师: a bare division number after the army's name


def test_a_part_of_a_count_keeps_its_side_and_strongholds_are_places(archive):
    battle = next(b for b in archive["battles"] if b["name"] == "曹甸战斗")
    figs = {(f["side"], f["count"]) for f in battle["figures"]}
    assert {("JP", 300), ("JP", 12), ("JP", 400)} <= figs, figs  # 其中生俘…12人: a part of the Japanese loss
    places = {p["name"] for p in battle["places"]}
    assert "曹甸" in places, places  # 重镇曹甸, 收复曹甸据点
    assert not any(p.startswith("太原") for p in places), places  # 太原市方志办 is an office
    assert [b["name"] for b in archive["battles"]] == ["曹甸战斗"]  # “苏中新四军大捷” is named after a force


ABROAD = """#### 二、第18师团的密支那进攻战

第18师团于5月1日向孟拱及卡萨方向前进。由于5、6两日八莫、杰沙附近的空战，敌机未再来。北纬25度以北的胡康地区由该师团负责。在缅中国军受盟军司令官亚历山大上将的指挥。
"""


def test_foreign_places_in_paired_and_locative_frames_but_not_inside_names(tmp_path):
    facts = extract(tmp_path, ABROAD)
    places = {p["name"] for b in facts["battles"] for p in b["places"]}
    assert {"孟拱", "卡萨", "八莫", "杰沙", "胡康"} <= places, places
    assert not {"亚历山", "缅中"} & places, places  # a person's name and 在缅|中国军 hold no place


CHRONICLE = """民国二十七年(1938年)
5月17日,日军第十六师团一部由单县犯境,县城失守。国民党军第一九九师在城西李家集一带阻击,毙伤日军300余人。
民国二十八年(1939年)
2月,八路军一一五师第三四三旅六八六团进入县境,在梁山附近伏击日军,毙敌300余人,俘日军24人。此即梁山战斗。
"""


def test_a_chronicle_entry_closed_by_ci_ji_names_that_entry_only(tmp_path):
    facts = extract(tmp_path, CHRONICLE)
    assert [b["name"] for b in facts["battles"]] == ["梁山战斗"]  # 此即X: a name, not an alias of nothing
    b = facts["battles"][0]
    assert b["start"] == "1939-02"
    units = {u["name"] for u in b["units"]}
    assert {"第115师", "第343旅", "第686团"} <= units and not {"第16师团", "第199师"} & units, units


def test_an_engagement_told_after_an_operation_is_its_part(background):
    by = {b["name"]: b for b in background["battles"]}
    assert by["凤凰岭战斗"]["part_of"] == "晋冀豫边区肃正作战"


PAPER = """1944年4月18日,日军第12军司令官内山英太郎指挥第37、第62师团等部共约14.8万人①,由中牟渡过黄河,发动豫中会战。第一战区副司令长官汤恩伯指挥第13、第29、第85军等部约40万人抵抗②。

① 日本防卫厅防卫研究所战史室:《一号作战之一:河南会战》,第120页。
"""


def test_an_academic_paragraph_with_notes(tmp_path):
    facts = extract(tmp_path, PAPER)
    b = next(x for x in facts["battles"] if x["name"] == "豫中会战")
    figs = {(f["side"], f["count"]) for f in b["figures"] if f["kind"] == "strength"}
    assert {("JP", 148000), ("CN", 400000)} <= figs, figs  # 指挥第13、第29…军等部约40万人: past the ordinals
    places = {p["name"] for p in b["places"]}
    assert {"中牟", "黄河"} <= places and "河南" not in places, places  # 《…河南会战》 is a cited title


MEMOIR_ZHHANT = """民國三十年一月下旬，敵第十一軍園部和一郎，以第三、第十七、第四十師團各一部約六萬人，由信陽、確山北犯。我第三十一集團軍湯恩伯部，以第十三軍、第八十五軍於舞陽、葉縣一帶側擊敵軍。二月七日，我軍克復上蔡、汝南。是役，斃傷敵九千餘人。此即豫南會戰。
"""


def test_a_japanese_commander_written_after_his_army_in_a_traditional_memoir(tmp_path):
    facts = extract(tmp_path, MEMOIR_ZHHANT)
    b = next(x for x in facts["battles"] if x["name"] == "豫南会战")
    assert b["start"] == "1941-01" and b["end"] == "1941-02-07"
    cmds = {(c["person"], c["unit"]) for c in facts["commands"]}
    assert ("园部和一郎", "第11军") in cmds and ("汤恩伯", "第31集团军") in cmds, cmds


JAPANESE_VIEW = """#### 三、第33师团的卑谬进攻战

3月20日，我第33师团由仰光北进，敌第5军第200师固守东吁。我军于3月28日击破当面之敌，歼敌约2000人，我军战死150人。军司令官饭田中将命令第33师团追击。
"""


def test_a_history_told_from_the_japanese_side_reads_wo_and_di_the_other_way(tmp_path):
    facts = extract(tmp_path, JAPANESE_VIEW)
    b = facts["battles"][0]
    assert {(u["name"], u["side"]) for u in b["units"]} == {("第33师团", "JP"), ("第5军", "CN"), ("第200师", "CN")}
    figs = {(f["side"], f["count"]) for f in b["figures"]}
    assert figs == {("CN", 2000), ("JP", 150)}, figs  # 歼敌 (the Chinese), 我军战死 (the Japanese)


def test_a_chinese_account_keeps_its_reading_of_wo_and_di(tmp_path):
    facts = extract(tmp_path, "1941年9月，我第4军在新墙河阻击敌第6师团，毙敌2000余人。\n")
    assert {(u["name"], u["side"]) for u in facts["units"]} == {("第4军", "CN"), ("第6师团", "JP")}


BAIKE = """豫南会战
中文名：豫南会战
发生时间：1941年1月25日-2月10日
地    点：河南南部
参战方兵力：中国军队约15万人；日军约6万人
伤亡情况：日军伤亡9000余人
主要指挥官：汤恩伯；园部和一郎

豫南会战是抗日战争时期中国第五战区部队在河南南部地区对日军第11军进行的防御战役。
"""


def test_an_encyclopedia_infobox_with_a_strength_line_per_side(tmp_path):
    facts = extract(tmp_path, BAIKE)
    b = facts["battles"][0]
    assert (b["name"], b["start"], b["end"]) == ("豫南会战", "1941-01-25", "1941-02-10")
    strength = {(f["side"], f["count"]) for f in b["figures"] if f["kind"] == "strength"}
    assert strength == {("CN", 150000), ("JP", 60000)}, strength  # 参战方兵力：中国军队约15万人；日军约6万人
    assert {"汤恩伯", "园部和一郎"} <= {c["name"] for c in b["commanders"]}


def test_japanese_air_formations_and_the_enemy_chief(tmp_path):
    facts = extract(tmp_path, "1942年3月，敌酋饭田祥二郎以第33师团北进，第5飞行集团与第3飞行师团配合作战，猛攻卑谬。\n")
    assert {("第5飞行集团", "JP"), ("第3飞行师团", "JP")} <= {(u["name"], u["side"]) for u in facts["units"]}
    assert "饭田祥二郎" in {p["name"] for p in facts["persons"]}  # 敌酋X: the enemy chief X


ORDER_THEN_NAME = """参战部队
日军：第5师团（师团长板垣征四郎中将）、第11独立混成旅团。
中国军队：第6集团军（杨爱源）、第18集团军第115师（林彪）。
1937年9月25日，第115师在平型关伏击日军第5师团第21旅团辎重部队，歼敌1000余人。此即平型关战斗。
"""


def test_ci_ji_after_an_order_of_battle_names_the_whole_account(tmp_path):
    facts = extract(tmp_path, ORDER_THEN_NAME)
    b = facts["battles"][0]
    assert b["name"] == "平型关战斗"
    units = {u["name"] for u in b["units"]}
    assert {"第5师团", "独立混成第11旅团", "第6集团军", "第115师"} <= units, units  # no chronicle: all lines


def test_a_local_history_engagement_named_by_shi_cheng_at_a_village(tmp_path):
    text = "1940年3月12日，日伪军500余人由县城出发进犯王家庄，八路军冀中军区第27团在刘家村一带伏击，毙伤日伪军120余人。史称刘家村伏击战。\n"
    facts = extract(tmp_path, text)
    assert [b["name"] for b in facts["battles"]] == ["刘家村伏击战"]  # 伏击战 at a village (jieba: a person's name)
    b = facts["battles"][0]
    assert b["start"] == "1940-03-12" and {"王家庄", "刘家村"} <= {p["name"] for p in b["places"]}
    assert ("第27团", "CN") in {(u["name"], u["side"]) for u in b["units"]}


def test_an_encyclopedia_lead_defining_a_resistance_campaign(tmp_path):
    text = ("長城抗戰，是指1933年1月至5月，中華民國國軍在長城沿線抵抗大日本帝國關東軍進攻的一系列戰役。"
            "3月11日夜，第29軍趙登禹旅以大刀隊夜襲日軍陣地，斃敵數百人。\n")
    facts = extract(tmp_path, text)
    assert [b["name"] for b in facts["battles"]] == ["长城抗战"]  # the defined subject; 一系列战役 is no name
    b = facts["battles"][0]
    assert (b["start"], b["end"]) == ("1933-01", "1933-05")
    assert "赵登禹" in {c["name"] for c in b["commanders"]}  # 第29军赵登禹旅: the brigade called by its commander


def test_resistance_in_passing_is_still_the_war(tmp_path):
    facts = extract(tmp_path, "1938年5月，第5战区部队在台儿庄坚持华北抗战，歼敌万余人。此役史称台儿庄大捷。\n")
    assert "华北抗战" not in {b["name"] for b in facts["battles"]}


OPERATIONS = """日军为摆脱困境,在1940年4月、6月先后发动鲁南作战、豫北作战(见后文),以打击中国军队。两次作战均由华北方面军统一指挥,鲁南作战的兵力较多。

一、豫北会战

4月20日,日军第35师团由新乡北进,司令官土桥一次中将亲临前线。中国第40军在漳河一线阻击。
"""


def test_operations_listed_in_a_preamble_are_siblings_and_no_frame(tmp_path):
    facts = extract(tmp_path, OPERATIONS)
    by = {b["name"]: b for b in facts["battles"]}
    # 发动A作战、B作战: a list of operations is no frame of the sections, and A作战 names the
    # section's own 豫北会战 again (same stem), so nothing becomes a part of either
    assert not any(b.get("part_of") for b in facts["battles"]), by
    persons = {p["name"] for p in facts["persons"]}
    assert "土桥一次" in persons and not any(n.startswith("官") for n in persons), persons  # 司令|官X: no 官
