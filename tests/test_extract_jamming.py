"""General rules from held-out round 7 (a forum repost with anti-copy jamming strings; appointments; strength and
lead-in dates), each checked on new sentences written for the test (none is taken from the held-out text)."""
from helpers import extract_json as extract
from helpers import extract_jsonl

from kangzhan.text.jamming import find_jamming
from kangzhan.text.normalize import normalize

# strings of the kind a Discuz! forum hides in every line break of a post (pairs of ASCII characters)
JAM1 = "! C/ l, ]8 u* }. I, n( `1 k"
JAM2 = "$ ]\" L. m' F. C. Z0 a$ p"
JAM3 = " 3 j. L& |6 V; C( `9 c"
JAM4 = "+ F: P1 m. g6 P; n8 U: \\"


def test_jamming_glued_to_years_dates_and_units_is_dropped_with_offsets_of_the_original(tmp_path):
    text = (f"大场争夺战\n{JAM4}1937年10月21日,第18军在大场以北布防。{JAM3}\n"
            f"{JAM1}10月25日,日军第9师团向大场猛攻。\n{JAM2}98师在大场以西阻击,兵力9000人。\n")
    mentions = extract_jsonl(tmp_path, text, "jammed.txt")
    facts = mentions.pop()
    dates = {m["value"]["date"]: m for m in mentions if m["kind"] == "date"}
    assert {"1937-10-21", "1937-10-25"} <= set(dates)
    units = {m["value"]["key"]: m for m in mentions if m["kind"] == "unit"}
    assert {"第18军", "第9师团", "第98师"} <= set(units)
    for m in [*dates.values(), *units.values()]:
        assert text[m["start"]:m["end"]] == m["text"]  # offsets into the original, jamming and all
    assert text[units["第98师"]["start"] - 1] == "p"  # the letter glued before 98师 stays outside its span
    fig = next(m for m in mentions if m["kind"] == "figure")
    assert text[fig["value"]["count_start"]:fig["value"]["count_end"]] == "9000人"  # a value's offsets too
    b = facts["battles"][0]
    assert b["start"] == "1937-10-21"
    assert {u["name"] for u in facts["units"]} == {"第18军", "第9师团", "第98师"}


def test_a_bracket_in_a_jamming_string_opens_no_order_of_battle(tmp_path):
    # the jam's "(" would pair with the ")" of the next line and put 第14师 "inside a bracket" of 第8军
    text = (f"德安战斗\n{JAM1}9月3日,日军向第8军阵地进攻,第14师在城东抵抗。\n"
            "9月5日,日军攻占德安(今属九江市)。\n")
    units = {u["name"]: u for u in extract(tmp_path, text)["units"]}
    assert {"第8军", "第14师"} <= set(units)
    assert units["第14师"]["parent"] is None


def test_unit_codes_english_urls_and_ascii_dates_are_no_jamming(tmp_path):
    line = ("1944年3月3日,N38D之Ⅱ/55iR/18D在瓦鲁班(Walawbum)附近被围, 见 http://example.org/a?b=1&c=2 "
            "及 1944-03-05 的报告 (U. S. Army, Merrill's Marauders, A-1, B/2)")
    assert find_jamming(normalize(line).text) == []
    assert find_jamming(normalize("( 1 ) a b c d e f 1 2 3 4 5 6").text) == []
    assert find_jamming(normalize("1a2b3c4d5e6f a.b.c/d_e").text) == []
    # the same line with jamming after it: only the jamming goes
    text = f"瓦鲁班战斗\n{line}。{JAM3}\n{JAM2}3月7日,日军第18师团撤退。\n"
    norm = normalize(text).text
    spans = find_jamming(norm)
    assert [norm[a:b] for a, b in spans] == [JAM3, JAM2]
    units = {m["value"]["key"] for m in extract_jsonl(tmp_path, text) if m["kind"] == "unit"}
    assert {"新编第38师", "第55联队", "第18师团"} <= units


def test_jamming_of_older_forums_without_spaces_is_found_too():
    text = "日军进攻南昌。3a,Z5k!m#Q.b;c\n8a;Z/k7m#Q9月1日,第49军到达。"
    norm = normalize(text).text
    assert [norm[a:b] for a, b in find_jamming(norm)] == ["3a,Z5k!m#Q.b;c", "8a;Z/k7m#Q"]


def test_an_appointment_names_the_men_it_appoints_and_what_they_command(tmp_path):
    text = ("昆仑关战役\n1939年11月20日,军事委员会任命广西省政府主席黄旭初上将为第16集团军总司令,"
            "湖南省政府主席张治中中将为副总司令,第5军军长杜聿明为前敌总指挥。\n"
            "12月18日,第5军向昆仑关发起进攻。\n")
    facts = extract(tmp_path, text)
    commanders = {c["name"] for c in facts["battles"][0]["commanders"]}
    assert {"黄旭初", "张治中", "杜聿明"} <= commanders
    commands = {(c["person"], c["unit"]) for c in facts["commands"]}
    assert ("黄旭初", "第16集团军") in commands
    assert ("杜聿明", "第5军") in commands
    assert not any(p == "张治中" for p, _ in commands)  # a deputy (副总司令) commands nothing


def test_an_appointment_without_a_rank_names_the_man_after_his_office(tmp_path):
    text = ("武汉会战\n1938年6月,国民政府任命湖北省政府主席何成濬为第9战区司令长官,9月起日军进攻武汉外围。\n")
    facts = extract(tmp_path, text)
    assert "何成濬" in {c["name"] for c in facts["battles"][0]["commanders"]}
    assert ("何成濬", "第9战区") in {(c["person"], c["unit"]) for c in facts["commands"]}


def test_a_title_and_is_name_the_holder(tmp_path):
    text = ("长沙会战\n1941年9月,进攻长沙的日军是第3师团、第4师团,指挥官是阿南惟几。日军于9月18日渡过新墙河。\n")
    b = extract(tmp_path, text)["battles"][0]
    assert "阿南惟几" in {c["name"] for c in b["commanders"]}
    # "是" + an everyday word is no name
    text2 = "长沙会战\n1941年9月,日军渡过新墙河,指挥官是谁并不清楚,师长为了保全实力后撤。\n"
    assert extract(tmp_path, text2)["persons"] == []


def test_an_echelon_word_after_a_number_is_no_family_name(tmp_path):
    text = "万家岭战役\n1938年10月7日,第74军向万家岭进攻,第51师、第58师担任主攻。\n"
    assert {p["name"] for p in extract(tmp_path, text)["persons"]} == set()


def test_a_strength_figure_takes_the_side_of_the_units_it_counts(tmp_path):
    text = ("台儿庄战役\n1938年3月,第52军军长关麟征率部北上。第52军辖第2师和第25师,共有6个团,兵力25000人。\n")
    figs = extract(tmp_path, text)["battles"][0]["figures"]
    assert [(f["category"], f["side"], f["count"]) for f in figs] == [("strength", "CN", 25000)]


def test_a_strength_figure_after_units_of_both_sides_keeps_no_side(tmp_path):
    text = ("徐州会战\n1938年5月,日军第2军司令官东久迩宫稔彦率部南下,第52军军长关麟征率部北上。"
            "第52军与第2军在台儿庄以北对峙,兵力共约5万人。\n")
    figs = [f for f in extract(tmp_path, text)["battles"][0]["figures"] if f["category"] == "strength"]
    assert figs and all(f["side"] is None for f in figs)


def test_a_dated_lead_in_about_other_places_and_troops_is_no_start_of_the_headed_battle(tmp_path):
    text = ("忻口抗战\n1937年7月7日,日军在卢沟桥挑起事变。9月13日,日军攻占大同,第61军向雁门关撤退。\n"
            "为保卫太原,须在忻口布置防线。10月2日,第9军开抵忻口,在南怀化一线布防。"
            "10月13日,日军第5师团向忻口发起总攻。\n")
    b = extract(tmp_path, text)["battles"][0]
    assert b["start"] == "1937-10-13"


def test_a_lead_in_whose_troops_fight_on_is_part_of_the_battle(tmp_path):
    text = ("忻口抗战\n1937年9月13日,日军第5师团攻占大同,向雁门关推进。\n"
            "10月2日,第9军开抵忻口布防。10月13日,日军第5师团向忻口发起总攻。\n")
    b = extract(tmp_path, text)["battles"][0]
    assert b["start"] == "1937-09-13"
