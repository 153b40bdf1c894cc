"""General rules from held-out round 6 (pinyin glosses, numbered campaign names, everyday words read as names),
each checked on new sentences written for the test (none is taken from the held-out texts)."""
from helpers import extract_json as extract
from helpers import extract_jsonl

from kangzhan.text.glosses import find_glosses


def test_pinyin_glosses_are_dropped_and_offsets_stay_those_of_the_original(tmp_path):
    text = ("昆崙(lún)關(guān)戰(zhàn)役\n1.時(shí)間:1939年12月;地點(diǎn):廣(guǎng)西昆崙關(guān);\n"
            "2.指揮者:杜聿明率第5軍。\n")
    facts = extract(tmp_path, text)
    b = facts["battles"][0]
    assert b["name"] == "昆仑关战役" and b["start"] == "1939-12"
    places = {p["name"]: p["evidence"] for p in b["places"]}
    assert "广西" in places
    ev = places["广西"]
    assert text[ev["start"]:ev["end"]] == ev["text"] == "廣(guǎng)西"  # offsets of the original text
    unit = b["units"][0]["evidence"]
    assert text[unit["start"]:unit["end"]] == "第5軍"


def test_jsonl_mentions_point_into_the_original_text_too(tmp_path):
    text = "雁门(mén)关战斗\n1937年9月,第8師(shī)在雁门(mén)关伏击日军。\n"
    mentions = extract_jsonl(tmp_path, text, "glossed.txt")[:-1]  # the last line is the facts
    units = [m for m in mentions if m["kind"] == "unit"]
    assert units, mentions
    for m in units:
        assert text[m["start"]:m["end"]] == "第8師"  # the original's span, its gloss after 師 left outside


def test_a_tone_digit_gloss_is_dropped_too(tmp_path):
    text = "台儿庄战役\n时(shi2)间:1938年3月。地点:山东台(tai2)儿庄。\n"
    b = extract(tmp_path, text)["battles"][0]
    assert b["start"] == "1938-03"
    assert "台儿庄" in {p["name"] for p in b["places"]}


def test_romanized_names_and_words_in_brackets_are_no_glosses():
    assert find_glosses("密支那(Myitkyina)") == []
    assert find_glosses("瓦鲁班(NAHPAW)") == []
    assert find_glosses("see (ta) there") == []  # not right after a Han character
    assert find_glosses("军团(division)") == []  # longer than a syllable
    assert find_glosses("臺(tái)兒") == [(1, 6)]


def test_a_verb_taking_the_unit_as_object_ends_no_name(tmp_path):
    text = ("仁安羌战斗\n1942年4月,英军被围,援兵迟迟未到,解围只有全靠第38师了。孙立人第38师随即出击,"
            "又凭第113团攻克仁安羌。\n")
    facts = extract(tmp_path, text)
    persons = {p["name"] for p in facts["persons"]}
    assert "全靠" not in persons and "又凭" not in persons
    assert "孙立人" in persons
    assert {c["person"] for c in facts["commands"]} <= {"孙立人"}


def test_a_quoted_campaign_named_by_the_number_of_towns_taken_is_a_battle(tmp_path):
    text = ("第二章 反扫荡\n敌人退走后,师部决定发起“攻克5县战役”。第一团连夜出发,4月2日攻克曲阳县城,"
            "俘敌40人。\n")
    names = [b["name"] for b in extract(tmp_path, text)["battles"]]
    assert names == ["攻克5县战役"]


def test_a_verb_and_a_count_without_a_place_noun_name_no_campaign(tmp_path):
    text = "第二章 反扫荡\n这一年我军“打了3次战役”,又“参加两个会战”,还“经历第3次会战”。\n"
    names = {b["name"] for b in extract(tmp_path, text)["battles"]}
    assert not names & {"打了3次战役", "参加两个会战", "经历第3次会战"}


def test_a_province_before_a_county_is_no_feature_named_after_it(tmp_path):
    text = "河津战斗\n1.时间:1940年5月;地点:山西河津;\n2.过程:我军在此伏击日军。\n"
    places = {p["name"] for p in extract(tmp_path, text)["battles"][0]["places"]}
    assert {"山西", "河津"} <= places and "山西河" not in places


def test_a_heading_that_names_its_battle_in_a_bracket(tmp_path):
    text = ("一.血战孤城(衡阳保卫战)\n1.时间:1944年6月,日军围攻衡阳。\n"
            "二.收复失地(桂柳会战)\n1.时间:1945年4月,我军反攻桂林。\n")
    battles = {b["name"]: b for b in extract(tmp_path, text)["battles"]}
    assert battles["衡阳保卫战"]["start"] == "1944-06"
    assert battles["桂柳会战"]["start"] == "1945-04"
