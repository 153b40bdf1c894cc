"""The extractor through its public interface: `kangzhan extract FILE --json` on short texts written
for these tests in the styles of other sources (list entries, narrative, infobox, Traditional script)."""

from __future__ import annotations

import pytest
from helpers import extract_json as extract
from helpers import extract_jsonl, run_cli


def units(battle: dict) -> set[tuple[str, str | None]]:
    return {(u["name"], u["side"]) for u in battle["units"]}


LIST_TEXT = """一、台儿庄战役
时间：1938年3月23日-4月7日
经过：日军第10师团濑谷支队由滕县南下，第2集团军(孙连仲,3个师)死守台儿庄。第20军团(汤恩伯)向枣庄侧击，新30师、暂编第2军、预备第10师增援。日军第5、第10师团各一部被围。
战果：毙伤日军1万余人。

二、兰封会战
时间：1938年5月21日-6月1日
经过：日军土肥原贤二率第14师团渡过黄河，进至兰封。敌第14师团被第1战区部队围攻于兰封以东。
战果：日军伤亡约3000人。
"""


@pytest.fixture(scope="module")
def listed(tmp_path_factory):
    return extract(tmp_path_factory.mktemp("list"), LIST_TEXT)


def test_list_entries_are_battles_with_their_own_dates(listed):
    by = {b["name"]: b for b in listed["battles"]}
    assert set(by) == {"台儿庄战役", "兰封会战"}
    assert (by["台儿庄战役"]["start"], by["台儿庄战役"]["end"]) == ("1938-03-23", "1938-04-07")
    assert (by["兰封会战"]["start"], by["兰封会战"]["end"]) == ("1938-05-21", "1938-06-01")


def test_units_are_canonical_with_modifiers_and_coordinated_lists(listed):
    first = {b["name"]: b for b in listed["battles"]}["台儿庄战役"]
    got = units(first)
    for want in [("第10师团", "JP"), ("第5师团", "JP"), ("第2集团军", "CN"), ("新编第30师", "CN"),
                 ("暂编第2军", "CN"), ("预备第10师", "CN"), ("第20军团", "CN")]:
        assert want in got, (want, got)
    # units of the next entry stay there
    assert ("第14师团", "JP") not in got


def test_bracket_and_verb_give_commands_and_commanders(listed):
    cmds = {(c["person"], c["unit"]) for c in listed["commands"]}
    assert ("孙连仲", "第2集团军") in cmds
    assert ("汤恩伯", "第20军团") in cmds
    assert ("土肥原贤二", "第14师团") in cmds
    by = {b["name"]: b for b in listed["battles"]}
    assert {c["name"] for c in by["兰封会战"]["commanders"]} == {"土肥原贤二"}
    persons = {p["name"]: p["side"] for p in listed["persons"]}
    assert persons["土肥原贤二"] == "JP" and persons["孙连仲"] == "CN"


def test_figures_stay_with_their_battle(listed):
    by = {b["name"]: b for b in listed["battles"]}
    figs = {(f["side"], f["count"], f["qualifier"]) for f in by["台儿庄战役"]["figures"]}
    assert ("JP", 10000, "atLeast") in figs
    assert all(f["count"] != 3000 for f in by["台儿庄战役"]["figures"])


NARRATIVE = """1944年5月，日军第11军集中5个师团向湘北进攻。守军第4军在新墙河一线阻击。27日，日军第116师团突破第20军阵地。第九战区司令长官薛岳令第4军固守长沙。
6月18日，长沙失守。此次长衡会战前期，中国军队伤亡甚重。

1944年6月下旬，日军第116师团、第68师团进抵衡阳外围，守军第10军(方先觉)坚守衡阳城。8月8日，衡阳失守。衡阳保卫战历时47天，日军伤亡1.9万余人。
"""


@pytest.fixture(scope="module")
def narrative(tmp_path_factory):
    return extract(tmp_path_factory.mktemp("narr"), NARRATIVE)


def test_narrative_battles_split_at_closing_summary(narrative):
    by = {b["name"]: b for b in narrative["battles"]}
    assert {"长衡会战", "衡阳保卫战"} <= set(by)
    assert ("第10军", "CN") in units(by["衡阳保卫战"])
    assert ("第10军", "CN") not in units(by["长衡会战"])
    assert by["长衡会战"]["start"] == "1944-05-27"
    assert by["衡阳保卫战"]["end"] == "1944-08-08"


def test_side_from_context_and_war_zone_numerals(narrative):
    first = {b["name"]: b for b in narrative["battles"]}["长衡会战"]
    got = units(first)
    assert ("第11军", "JP") in got  # 日军第11军
    assert ("第4军", "CN") in got  # 守军第4军
    assert ("第20军", "CN") in got  # the object of a Japanese attack
    assert ("第9战区", "CN") in got  # 第九战区 → canonical Arabic numeral
    u = {x["name"]: x for x in narrative["units"]}
    assert "第九战区" in u["第9战区"]["alt_labels"]
    cmds = {(c["person"], c["unit"]) for c in narrative["commands"]}
    assert ("薛岳", "第9战区") in cmds and ("方先觉", "第10军") in cmds


def test_undecided_side_is_left_open(tmp_path):
    facts = extract(tmp_path, "第二次长沙会战\n9月，第11军向长沙进攻，遭到顽强抵抗。\n")
    assert [(u["name"], u["side"]) for u in facts["units"]] == [("第11军", None)]


def test_part_of_and_aliases_from_the_text(tmp_path):
    text = ("昆仑关战役\n昆仑关战役是桂南会战的一部分，又称昆仑关大捷。1939年12月18日，第5军向昆仑关发起攻击，"
            "1940年1月2日克复昆仑关。\n")
    facts = extract(tmp_path, text)
    assert [b["name"] for b in facts["battles"]] == ["昆仑关战役"]
    b = facts["battles"][0]
    assert b["part_of"] == "桂南会战"
    assert "昆仑关大捷" in b["alt_labels"]
    assert (b["start"], b["end"]) == ("1939-12-18", "1940-01-02")


def test_infobox_commander_lines(tmp_path):
    text = ("忻口会战\n参战方\n中华民国 大日本帝国\n指挥官与领导者\n卫立煌 郝梦龄 †\n板垣征四郎\n兵力\n"
            "28万人 14万人\n忻口会战是1937年10月在山西忻口进行的战役。\n")
    facts = extract(tmp_path, text)
    b = facts["battles"][0]
    assert b["name"] == "忻口会战"
    assert {c["name"] for c in b["commanders"]} >= {"卫立煌", "郝梦龄", "板垣征四郎"}


def test_traditional_text_is_matched_in_simplified(tmp_path):
    text = "台兒莊戰役\n1938年3月，日軍第10師團進攻台兒莊，第2集團軍(孫連仲)堅守。\n"
    facts = extract(tmp_path, text, encoding="big5")
    assert facts["traditional"] is True
    b = facts["battles"][0]
    assert b["name"] == "台儿庄战役" and "台兒莊戰役" in b["alt_labels"]
    assert ("第10师团", "JP") in units(b) and ("第2集团军", "CN") in units(b)
    assert {c["name"] for c in b["commanders"]} == {"孙连仲"}


def test_no_battle_and_bad_input(tmp_path):
    facts = extract(tmp_path, "今天天气很好，我们去公园散步。\n")
    assert facts["battles"] == []
    r = run_cli("extract", str(tmp_path / "missing.txt"))
    assert r.returncode != 0 and "no such file" in r.stderr and "Traceback" not in r.stderr


def test_jsonl_mentions_point_into_the_text(tmp_path):
    rows = extract_jsonl(tmp_path, NARRATIVE, "m.txt")
    mentions = [x for x in rows if x["kind"] != "facts"]
    assert {"unit", "person", "battle", "date"} <= {x["kind"] for x in mentions}
    for x in mentions:
        assert NARRATIVE[x["start"]:x["end"]] == x["text"], x
    assert rows[-1]["kind"] == "facts"


def test_commander_and_parent_decide_sides(tmp_path):
    text = ("一、豫南会战\n时间：1941年1月25日-2月7日\n经过：1月，园部和一郎接任第11军司令官，率第3、第40师团北上。"
            "敌第40师团之二十一旅被包围，独立混成第4旅一部增援。第85军(吴绍周)与第13军由东西两面夹击。\n")
    facts = extract(tmp_path, text)
    got = units(facts["battles"][0])
    assert ("第11军", "JP") in got  # a Japanese commander's army
    assert ("第21旅团", "JP") in got  # 之: the sub-unit of a Japanese division
    assert ("独立混成第4旅团", "JP") in got  # 独立混成 formations are Japanese
    assert ("第85军", "CN") in got  # its commander's name is Chinese
    assert ("第13军", None) in got  # nothing in the text decides
    cmds = {(c["person"], c["unit"], c["side"]) for c in facts["commands"]}
    assert ("园部和一郎", "第11军", "JP") in cmds and ("吴绍周", "第85军", "CN") in cmds


def test_unit_name_bu_names_its_commander(tmp_path):
    text = ("一、晋西会战\n时间：1940年3月1日-3月20日\n经过：第15军赵寿山部固守吕梁山，第3军曾万钟部自南侧出击，"
            "日军第37师团被阻于汾河以西。\n")
    facts = extract(tmp_path, text)
    cmds = {(c["person"], c["unit"]) for c in facts["commands"]}
    assert ("赵寿山", "第15军") in cmds and ("曾万钟", "第3军") in cmds
    got = units(facts["battles"][0])
    assert ("第15军", "CN") in got and ("第3军", "CN") in got  # the commander's Chinese name decides the side


def test_unit_acting_on_the_enemy_is_chinese(tmp_path):
    text = ("一、晋南会战\n时间：1941年5月7日-5月27日\n经过：第43军与敌激战三昼夜，第98军向敌侧背猛攻。"
            "第17军被敌包围于山中。\n")
    got = units(extract(tmp_path, text)["battles"][0])
    assert ("第43军", "CN") in got and ("第98军", "CN") in got  # 与敌 / 向敌: the unit fights 敌
    assert ("第17军", "JP") not in got


IMPLIED = ("十月初，日军第40师团、第3师团分路进攻衡阳外围，守军第10军在衡阳城郊顽强阻击。\n"
           "第10军军长方先觉率部死守衡阳，第190师在衡阳西站激战竟日，伤亡甚重。\n"
           "援军第62军自祁阳驰援衡阳，在衡阳以南与日军激战，未能突破日军包围。\n"
           "此种情形，与第二次长沙会战颇为相似。\n")


def test_unnamed_battle_takes_the_name_of_its_central_place(tmp_path):
    facts = extract(tmp_path, IMPLIED)
    names = {b["name"] for b in facts["battles"]}
    assert "衡阳会战" in names  # never named: 衡阳 is named six times, every other place once
    b = next(b for b in facts["battles"] if b["name"] == "衡阳会战")
    assert ("第10军", "CN") in units(b)
    assert "衡阳" not in b["alt_labels"]  # the place is its evidence, not another name


def test_no_implied_battle_without_a_central_place(tmp_path):
    text = IMPLIED.replace("衡阳城郊", "城郊").replace("死守衡阳", "死守").replace("驰援衡阳", "驰援")
    assert "衡阳会战" not in {b["name"] for b in extract(tmp_path, text)["battles"]}


def test_name_de_unit_with_modifier_or_regiment(tmp_path):
    text = ("一、鄂西会战\n时间：1943年5月5日-6月14日\n经过：胡琏的新11师固守石牌要塞，日军第39师团屡攻不下。"
            "赵金城的52团在东侧山地阻击日军。\n")
    cmds = {(c["person"], c["unit"]) for c in extract(tmp_path, text)["commands"]}
    assert ("胡琏", "新编第11师") in cmds or ("胡琏", "新11师") in cmds
    assert ("赵金城", "第52团") in cmds


def test_modifier_marks_a_short_unit_form(tmp_path):
    text = ("一、滇西战役\n时间：1944年5月11日-1945年1月27日\n经过：新八军张贤良部与预二师向松山日军阵地进攻，"
            "暂五军一部攻击龙陵。\n")
    got = {n for n, _ in units(extract(tmp_path, text)["battles"][0])}
    assert {"新编第8军", "预备第2师", "暂编第5军"} <= got, got


def test_a_title_after_a_rank_is_not_a_name(tmp_path):
    text = ("一、豫西鄂北会战\n时间：1945年3月21日-5月30日\n经过：作者时任第5战区中将参谋长，第55军与敌激战于西峡口。\n")
    facts = extract(tmp_path, text)
    assert "参谋长" not in {p["name"] for p in facts["persons"]}


def test_unit_under_its_commander_with_zai_or_jian(tmp_path):
    text = ("一、黄土岭战斗\n时间：1939年11月3日-11月8日\n经过：冀中军区在司令员兼政治委员吕正操指挥下袭击日军，"
            "第26军在军长萧之楚指挥下固守阵地。\n")
    cmds = {(c["person"], c["unit"]) for c in extract(tmp_path, text)["commands"]}
    assert ("萧之楚", "第26军") in cmds
    assert any(p == "吕正操" for p, _ in cmds), cmds


def test_victory_inside_a_section_is_part_of_it_and_a_season_offensive_is_a_battle(tmp_path):
    text = ("一、太原会战\n时间：1937年9月11日-11月8日\n经过：日军第5师团由灵丘进犯平型关，第115师在关前伏击日军"
            "辎重部队，取得平型关大捷。其后第2战区部队发动秋季攻势，袭扰敌后交通。\n二、徐州会战\n"
            "时间：1937年12月-1938年5月\n经过：日军第10师团南下，第2集团军固守台儿庄。\n")
    by = {b["name"]: b for b in extract(tmp_path, text)["battles"]}
    assert by["平型关大捷"]["part_of"] == "太原会战"  # a victory of another place inside the section: a part
    assert by["秋季攻势"]["part_of"] is None  # an offensive named by its season is a campaign of its own
    assert ("第115师", "CN") in units(by["太原会战"])  # the section keeps its facts
    assert by["徐州会战"]["part_of"] is None


def test_season_offensive_in_passing_heads_no_part_of_a_narrative(tmp_path):
    text = ("1939年3月17日，日军第101师团向修水南岸进攻，南昌会战开始，第32军在涂家埠一带阻击日军。"
            "27日南昌失守，会战结束。1944年春，国军发动春季攻势，收复多处据点。\n")
    by = {b["name"]: b for b in extract(tmp_path, text)["battles"]}
    assert {"南昌会战", "春季攻势"} <= set(by)
    assert by["南昌会战"]["end"] == "1939-03-27"
    assert ("第101师团", "JP") in units(by["南昌会战"]) and not by["春季攻势"]["units"]


UNNAMED_FIRST = ("3月20日,日军第101师团强渡修水,向南昌进攻。第32军在涂家埠阻击,激战三日。26日,日军第106师团逼近南昌,"
                 "守军第79军退守南昌外围阵地。27日,南昌失守。第19集团军随即反攻南昌,伤亡甚重。至此,会战结束。"
                 "此次会战,日军虽占领南昌,伤亡亦达2万余人。兵1个大队)由信阳向桐柏进攻;第3师团由应山北上。\n"
                 "1941年1月,豫南会战开始,第31集团军在泌阳一带侧击日军,汤恩伯督部在豫南苦战。\n"
                 "1939年9月,日军第11军发动第一次长沙会战,第6师团强渡新墙河,第52军顽强阻击。10月初,日军在长沙以北撤退。\n")


def test_closed_account_before_any_named_battle_is_the_battle_of_its_central_place(tmp_path):
    by = {b["name"]: b for b in extract(tmp_path, UNNAMED_FIRST)["battles"]}
    assert {"南昌会战", "豫南会战", "第一次长沙会战"} <= set(by)
    first = by["南昌会战"]  # never named: its account closes (会战结束) and 南昌 is named five times
    assert {"南昌作战", "南昌战役"} <= set(first["alt_labels"])  # an inferred name's other conventional forms
    assert {("第101师团", "JP"), ("第79军", "CN")} <= units(first)
    assert 20000 in {f["count"] for f in first["figures"]}
    # the fragment after the summary starts inside a bracket (a splice): it is not the closed account's
    assert ("第3师团", "JP") not in units(first) and ("第3师团", "JP") in units(by["豫南会战"])
    assert ("第6师团", "JP") in units(by["第一次长沙会战"])


ORDER_TEXT = ("一、南昌会战\n时间：1939年3月17日-5月9日\n经过：第9战区(薛岳)以第1集团军守备修水。薛岳司令长官由长沙率第4军及"
              "第20军进驻高安。日军第6师团猛攻第49军阵地。20日,第49军放弃奉新。苏、鲁战区(于学忠)在鲁南游击。"
              "日军独立第5,第9大队增援。此役日军第6联队长山田一郎、第13联队长佐藤清受伤。\n")


@pytest.fixture(scope="module")
def order(tmp_path_factory):
    return extract(tmp_path_factory.mktemp("order"), ORDER_TEXT)


def test_commands_through_a_title_and_an_adverbial_and_a_shared_echelon_word(order):
    cmds = {(c["person"], c["unit"]) for c in order["commands"]}
    assert {("薛岳", "第4军"), ("薛岳", "第20军")} <= cmds  # NAME 司令长官 由长沙 率 UNITS
    assert ("佐藤清", "第13联队") in cmds and ("佐藤清", "第6联队") not in cmds  # 第13联队长: 联队 is both


def test_region_named_unit_comma_list_and_side_of_a_repeated_designation(order):
    got = units(order["battles"][0])
    assert ("苏鲁战区", "CN") in got  # provinces' abbreviations + 战区/挺进军, the 、 dropped from the key
    assert ("于学忠", "苏鲁战区") in {(c["person"], c["unit"]) for c in order["commands"]}
    assert {("独立第5大队", "JP"), ("独立第9大队", "JP")} <= got  # 独立第5,第9大队: one modifier, two units
    assert ("第49军", "CN") in got and ("第49军", None) not in got  # the attacked 第49军 is the one that withdraws
    assert ("第4军", "CN") in got


SIDES_TEXT = ("一、豫鄂会战\n时间：1941年1月25日-2月7日\n经过：日军抽调第9、第27师集中于信阳,以3、6、9三个师团进攻。"
              "日军第40旅团驻守县城。10日,日军第9师由信阳北上,40旅出城增援。日军北上,遭79军阻击。"
              "第1战区卫立煌率6个军防守。蒋介石亲自兼任第5战区司令长官。第5军军长杜聿明南下。"
              "日军占领南宁,军委会急调第5、第99军增援。\n")


def test_sides_of_short_japanese_forms_passive_agents_and_counted_lists(tmp_path):
    facts = extract(tmp_path, SIDES_TEXT)
    got = units(facts["battles"][0])
    # 师 implies a Chinese division, but 日军第9师 names the Japanese one, and its list member goes with it
    assert {("第9师团", "JP"), ("第27师团", "JP")} <= got and ("第27师", "CN") not in got
    assert ("第3师团", "JP") in got and ("第6师团", "JP") in got  # 3、6、9三个师团: the count agrees
    assert ("第40旅团", "JP") in got and ("第40旅", "CN") not in got  # 40旅: the bare short form of 40旅团
    assert ("第79军", "CN") in got  # 日军北上,遭79军阻击: the agent of an attack on the Japanese
    assert ("第99军", "CN") in got  # listed with the Chinese 第5军, though the sentence names 日军 first
    cmds = {(c["person"], c["unit"]) for c in facts["commands"]}
    assert ("卫立煌", "第1战区") in cmds  # UNIT NAME 率
    assert ("蒋介石", "第5战区") in cmds  # NAME 亲自兼任 UNIT TITLE


def test_subordinates_title_in_a_later_sentence_suobu_and_list_numbering(tmp_path):
    text = ("一、桂南会战\n时间：1939年11月15日-1940年2月\n经过：第5军奉命南下，集中于迁江附近。军长杜聿明召集各师长开会。"
            "第16集团军,指挥第31军、第46军防守武鸣。第4战区张发奎所部向南宁推进。\n1、荣誉第一师为正面攻击部队。\n")
    facts = extract(tmp_path, text)
    u = {x["name"]: x for x in facts["units"]}
    assert u["第31军"]["side"] == "CN" and u["第31军"]["parent"] == ["第16集团军", "CN"]  # UNIT,指挥 UNITS
    assert u["第46军"]["parent"] == ["第16集团军", "CN"]
    assert "第1师" not in u and "荣誉第1师" in u  # "1、" numbers the line
    cmds = {(c["person"], c["unit"]) for c in facts["commands"]}
    assert ("杜聿明", "第5军") in cmds  # 军长 in a sentence without a unit: the 军 just spoken of
    assert ("张发奎", "第4战区") in cmds  # UNIT NAME 所部


def test_gai_plus_echelon_refers_to_the_last_unit_of_that_echelon(tmp_path):
    text = ("一、宾阳战役\n时间：1940年1月28日-2月3日\n经过：日军第9旅团由南宁北上，被我第66军包围于宾阳以南，"
            "该旅团长今村胜次负伤。第66军随即向八塘追击，该军伤亡甚重。\n二、南宁战役\n时间：1940年10月\n"
            "经过：该旅团撤出南宁。\n")
    facts = extract(tmp_path, text)
    cmds = {(c["person"], c["unit"]) for c in facts["commands"]}
    assert ("今村胜次", "第9旅团") in cmds  # 该旅团长: the commander of the 第9旅团 named before
    u = {x["name"]: x for x in facts["units"]}
    assert not any(a.startswith("该") for x in u.values() for a in x["alt_labels"])  # 该军 is no name of it
    by = {b["name"]: b for b in facts["battles"]}
    assert ("第9旅团", "JP") in units(by["南宁战役"])  # 该旅团 in the next entry still names the brigade


def test_command_verb_after_a_short_adverbial_and_the_division_of_a_named_army(tmp_path):
    text = ("一、忻口会战\n时间：1937年10月13日-11月2日\n经过：贺龙率八路军120师挺进晋西北。第9军军长郝梦龄坚守南怀化，"
            "郝梦龄见势率第54师冲向敌阵。\n")
    cmds = {(c["person"], c["unit"]) for c in extract(tmp_path, text)["commands"]}
    assert ("贺龙", "第120师") in cmds and ("贺龙", "八路军") not in cmds  # 八路军120师: he led the division
    assert ("郝梦龄", "第54师") in cmds  # NAME 见势 率 UNIT


def test_part_of_prefers_the_campaign_word_when_both_are_named(tmp_path):
    text = ("忻口战役\n1937年10月13日，第14集团军在忻口与日军第5师团激战。在此次太原战役中，各军伤亡甚重，"
            "但太原会战主要任务之一，却经达成。11月2日忻口守军撤退。\n")
    b = {x["name"]: x for x in extract(tmp_path, text)["battles"]}["忻口战役"]
    assert b["part_of"] == "太原会战"  # 会战 ranks above 战役 though 太原战役 comes first


def test_a_unit_with_subordinates_of_one_side_has_that_side(tmp_path):
    text = "一、滇西战役\n时间：1944年5月11日-1945年1月27日\n经过：第2军辖第9、第76师，向龙陵进攻。\n"
    u = {x["name"]: x for x in extract(tmp_path, text)["units"]}
    assert u["第2军"]["side"] == "CN"  # 辖 divisions (师): a Chinese army, though 军 alone says nothing
    assert u["第76师"]["parent"] == ["第2军", "CN"]


def test_season_offensive_in_traditional_script(tmp_path):
    facts = extract(tmp_path, "12月，國軍發動冬季攻勢，各戰區同時出擊，日軍第6師團向岳陽撤退。\n")
    b = {x["name"]: x for x in facts["battles"]}
    assert "冬季攻勢" in b["冬季攻势"]["alt_labels"]  # 攻勢 matched in Simplified, the original kept


def test_genitive_battle_name_and_verb_zuozhan(tmp_path):
    text = ("缅北回忆\n我军连克数城，其中尤以瓦鲁班之役最为惨烈。连长某某因沙杜渣作战有功晋升少校。\n"
            "瓦鲁班之役，自三十年元月五日起，至元月九日止，第38师歼敌千余人。\n")
    facts = extract(tmp_path, text)
    names = [b["name"] for b in facts["battles"]]
    assert names == ["瓦鲁班之役"]  # 沙杜渣作战有功: 作战 is a verb there, no battle
    b = facts["battles"][0]
    assert (b["start"], b["end"]) == ("1941-01-05", "1941-01-09")


def test_infobox_date_line_and_label_lines(tmp_path):
    text = ("忻口战役\n忻口战役是1937年秋在山西的战役，其后是太原会战(1937年9月13日至11月8日)。\n"
            "日期1937年10月13日-11月2日\n参战方\n中华民国\n配合作战:\n第18集团军第129师\n兵力\n100000人\n")
    facts = extract(tmp_path, text)
    names = [b["name"] for b in facts["battles"]]
    assert "配合作战" not in names and names[0] == "忻口战役"
    b = facts["battles"][0]
    assert (b["start"], b["end"]) == ("1937-10-13", "1937-11-02")  # the 日期 line, not the bracketed other battle
    assert ("第129师", "CN") in units(b)


def test_battle_sentence_from_until_gives_its_dates(tmp_path):
    text = ("瓦鲁班之役\n1941年3月2日，我军开始向瓦鲁班推进。4月1日，第38师进抵河岸。\n"
            "瓦鲁班之役，自4月3日八时起，至4月9日正午我军会师止，历时七昼夜。\n")
    b = extract(tmp_path, text)["battles"][0]
    assert (b["start"], b["end"]) == ("1941-04-03", "1941-04-09")
