"""Rules found probing unseen encyclopedia pages of lesser-known battles and of commanders (infobox cards,
dictionary entries, biographies of generals of both sides); every sentence here is written for the test."""
from helpers import extract_json as extract


def _persons(d: dict) -> set[str]:
    return {p["name"] for p in d["persons"]}


def _places(d: dict) -> set[str]:
    return {p["name"] for b in d["battles"] for p in b["places"]}


def test_a_conjunction_or_adverb_before_a_known_commander_is_no_part_of_his_name(tmp_path):
    """但X / 和X where X is a commander found elsewhere: the function word opens the clause, no family name."""
    text = ("1940年3月,五原战役打响。傅作义率第35军反攻五原。上级要他固守待援,但傅作义决定夜袭。"
            "1941年5月,晋南会战时,卫立煌率第14集团军防守中条山,而卫立煌的援军迟迟未到。\n")
    names = _persons(extract(tmp_path, text))
    assert {"傅作义", "卫立煌"} <= names
    assert not names & {"但傅作义", "而卫立煌"}


def test_a_list_conjunction_and_a_unit_kind_before_a_unit_are_no_name(tmp_path):
    """X团和警备旅的Y团: 和 joins two units; 和警备 is no man of the family 和."""
    text = ("1939年12月,包头战役打响。师长董其武命第602团和警备旅的一个营攻城,第603团和保安旅的两个连阻援。\n")
    names = _persons(extract(tmp_path, text))
    assert "董其武" in names
    assert not names & {"和警备", "和保安"}


def test_a_numbered_division_in_an_order_of_battle_bracket_is_no_commander(tmp_path):
    """第N军(A兼,新N师、…): the bracket lists the commander and the divisions; 新三十五师 is a unit."""
    text = ("1940年春,绥西作战开始。参战部队有第八十一军(马鸿宾,新三十五师、暂编第九师)、"
            "骑兵第四军(何柱国兼,新三十三师、骑兵第二师)。\n")
    d = extract(tmp_path, text)
    names = _persons(d)
    assert {"马鸿宾", "何柱国"} <= names
    assert not any(n.endswith("师") for n in names)
    units = {u["name"] for u in d["units"]}
    assert {"新编第35师", "新编第33师"} <= units


def test_a_verb_of_promotion_before_a_rank_is_no_name(tmp_path):
    """晋升为陆军少将 in a general's career: the words before the rank are his promotion, not his name."""
    text = ("冈部直三郎\n1938年1月,冈部直三郎晋升为陆军中将,任第1军司令官,指挥晋南作战。"
            "1939年3月,又调任驻蒙军司令官,晋升为陆军大将。\n")
    names = _persons(extract(tmp_path, text))
    assert not any("晋升" in n or "陆军" in n for n in names)


def test_a_verb_or_adverb_opening_a_feature_name_is_no_part_of_it(tmp_path):
    """阻截X、Y方向之敌, 转任X台, 西接X关Y (borders X on the west), 既设河防阵地 (river-defence positions already
    built), (今X河) (the present name): verbs, adverbs and glosses before a name or a feature word."""
    text = ("1940年2月,五原战役中第101师负责掩护,阻截安北、固阳方向增援之敌。\n"
            "1941年10月1日,转任仙台师管区司令官,次年升任中将。\n"
            "1941年1月,豫南会战打响。该部北靠太行山、中条山,西接关陕。第31集团军依托沙河既设河防阵地阻击日军第3师团。"
            "日军强渡老运河(今小清河)。\n")
    places = _places(extract(tmp_path, text))
    assert not places & {"阻截安北", "转任仙台", "西接关", "既设河", "今小清河"}
    assert {"固阳", "太行山", "沙河"} <= places


def test_a_region_word_before_and_is_no_county(tmp_path):
    """绥西和五原: the region 绥西 and the town 五原; the county 西和 of Gansu is not meant."""
    text = "1940年春,五原战役打响。傅作义率第35军转战于绥西和五原一带,日军第26师团伤亡甚重。\n"
    places = _places(extract(tmp_path, text))
    assert "五原" in places
    assert "西和" not in places


def _sides(d: dict) -> dict[str, str | None]:
    return {u["name"]: u["side"] for u in d["units"]}


def test_the_main_force_named_after_a_unit_has_its_side(tmp_path):
    """X主力Y: Y is X's main force, so of X's side; a bare 第N军 decides nothing by itself."""
    text = ("1944年5月,腾冲战役打响。远征军第20集团军主力第53军强渡怒江,第 20 集团军主力第 54 军随后跟进,"
            "日军第56师团退守高黎贡山。\n")
    sides = _sides(extract(tmp_path, text))
    assert sides.get("第53军") == "CN" and sides.get("第54军") == "CN"
    assert sides.get("第56师团") == "JP"


def test_a_japanese_commander_leads_units_of_his_side_whatever_their_echelon_word(tmp_path):
    """Chinese texts call Japanese battalions 营 and brigades 旅: the one who leads them (率) decides the side."""
    text = ("1940年4月,涞源战斗打响。日军独立混成第2旅团旅团长小林茂雄少将率第3营、第4营自涞源出动,"
            "杨成武率第1团在雁宿崖设伏。\n")
    sides = _sides(extract(tmp_path, text))
    assert sides.get("第3营") == "JP" and sides.get("第4营") == "JP"
    assert sides.get("第1团") == "CN"


def test_the_subject_of_a_biography_is_known_by_his_life_span_and_commands_his_battle(tmp_path):
    """A commander's page opens with his name and life span (X(1889—1945)); the battle he took part in has him."""
    text = ("小林茂雄\n小林茂雄(1889—1945),日本陆军中将。1941年任第32师团师团长,1942年5月参加浙赣会战,"
            "率第32师团自金华向衢州进攻。\n")
    d = extract(tmp_path, text)
    assert "小林茂雄" in _persons(d)
    b = {x["name"]: x for x in d["battles"]}
    assert "小林茂雄" in {c["name"] for c in b["浙赣会战"]["commanders"]}


def test_a_place_and_kangzhan_after_a_verb_of_taking_part_is_a_battle(tmp_path):
    """参加过X抗战 in a career: the fight the man took part in, named by its place; 参加了华北抗战 is the war."""
    text = "董其武(1899—1989),山西河津人。抗战开始后任第218旅旅长,率部参加过忻口抗战,后任第101师师长。\n"
    d = extract(tmp_path, text)
    assert [b["name"] for b in d["battles"]] == ["忻口抗战"]
    assert {c["name"] for c in d["battles"][0]["commanders"]} == {"董其武"}


def test_a_range_told_after_the_lead_date_and_ending_before_it_is_background(tmp_path):
    """X战斗 / 1939年11月, … / 1939年6月至8月,日军反复扫荡: the range tells what came before, not the fight's dates."""
    text = ("黄土岭战斗\n1939年11月,八路军晋察冀军区第1分区在黄土岭伏击日军独立混成第2旅团。\n"
            "1939年6月至8月,日军对晋察冀边区反复扫荡。11月7日,日军进入黄土岭伏击圈,八路军歼敌900余人。\n")
    b = extract(tmp_path, text)["battles"][0]
    assert b["name"] == "黄土岭战斗"
    assert b["start"].startswith("1939-11") and b["end"] == "1939-11-07"


def test_the_dates_of_a_career_are_no_dates_of_the_battle_it_lists(tmp_path):
    """A biography names a fight without its date, then dates appointments and promotions: the fight stays undated."""
    text = ("董其武(1899—1989),山西河津人。抗战开始后任第218旅旅长,率部参加过忻口抗战。"
            "1940年6月12日任暂编第4军军长。12月5日晋任少将。\n")
    b = extract(tmp_path, text)["battles"]
    assert [x["name"] for x in b] == ["忻口抗战"]
    assert b[0]["start"] is None and b[0]["end"] is None


def test_a_brigade_sharing_the_ordinal_of_a_list_is_no_short_form_of_a_japanese_brigade(tmp_path):
    """骑兵第一、二旅: the second brigade borrows the 第 of the first; a bare 2旅 near the 第2旅团 is that brigade's
    short form, a listed one in a Chinese order of battle is not."""
    text = ("1940年2月,五原战役打响。第八十一军(马鸿宾,第三十五师、第十七集团军骑兵第一、二旅)防守五原,"
            "日军独立第2旅团、骑兵集团第1旅团进犯。\n")
    sides = _sides(extract(tmp_path, text))
    assert sides.get("骑兵第1旅") == "CN" and sides.get("骑兵第2旅") == "CN"
    assert sides.get("独立第2旅团") == "JP"
