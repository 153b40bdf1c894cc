"""Several battles named in one sentence (a veteran's record, a summary of a theatre): each name is a battle of its own,
dated by the year written before it, and the sentence lends its battle to none of the sentences around it. Each rule is
checked on sentences written for the test (no name, number or place of the held-out texts):
- a list of quoted names, a year before some (1938年的「A战役」和「B会战」、1939年的「C会战」): four battles, the year
  carried to the names after it until the next one; the siblings are no parts of each other;
- X抗战 in quotes is a battle's name, also with the day that names it inside the quotes (“八一三X抗战”, 「8·13X抗战」);
  a great region's war (“华北抗战”) stays the war;
- ordinals that share one name (第一次、第二次、第三次X会战, 第一、二次X会战) name one battle each;
- a biography's birthplace and home are no places of the battles its record lists.
"""

from __future__ import annotations

from helpers import extract_json, extract_jsonl

RECORD = (
    "百岁老兵王德明逝世\n"
    "王德明,湖南衡阳人,1912年生。1937年抗战爆发后,他投笔从戎,先后参加了1938年的「台儿庄战役」和「徐州会战」、"
    "1939年的「随枣会战」、1940年的「枣宜会战」等著名战役。1946年他回到衡阳,在南岳镇开了一家药铺,直到去世。\n"
)


def _battles(facts: dict) -> dict[str, dict]:
    return {b["name"]: b for b in facts["battles"]}


def _places(b: dict) -> set[str]:
    return {p["name"] for p in b["places"]}


def test_each_quoted_name_of_a_list_is_a_battle_dated_by_the_year_before_it(tmp_path):
    battles = _battles(extract_json(tmp_path, RECORD))
    assert set(battles) == {"台儿庄战役", "徐州会战", "随枣会战", "枣宜会战"}
    assert {n: b["start"] for n, b in battles.items()} == {
        "台儿庄战役": "1938", "徐州会战": "1938", "随枣会战": "1939", "枣宜会战": "1940"}  # 1937 dates the war's start
    assert all(b["end"] is None for b in battles.values())
    assert all(b["part_of"] is None for b in battles.values())  # siblings of a list: none is the whole of another


def test_a_record_lends_its_battle_to_no_sentence_around_it(tmp_path):
    battles = _battles(extract_json(tmp_path, RECORD))
    assert _places(battles["台儿庄战役"]) == {"台儿庄"}
    assert _places(battles["徐州会战"]) == {"徐州"}
    assert not any(_places(b) & {"衡阳", "湖南", "南岳镇"} for b in battles.values())


def test_a_record_of_double_quoted_names_and_the_battle_told_after_it(tmp_path):
    text = ("老兵李长顺的故事\n"
            "李长顺,河南洛阳人。他参加过“昆仑关战役”、“桂南会战”和“常德会战”,身上留有三处伤疤。"
            "1944年6月,他在衡阳保卫战中随第10军坚守阵地。\n")
    battles = _battles(extract_json(tmp_path, text))
    assert set(battles) == {"昆仑关战役", "桂南会战", "常德会战", "衡阳保卫战"}
    assert "洛阳" not in set().union(*(_places(b) for b in battles.values()))
    assert _places(battles["常德会战"]) == {"常德"}
    assert "第10军" in [u["name"] for u in battles["衡阳保卫战"]["units"]]
    assert "第10军" not in [u["name"] for u in battles["昆仑关战役"]["units"]]


def test_a_quoted_war_of_a_place_is_a_battle_also_with_the_day_that_names_it(tmp_path):
    text = ("老兵访谈录\n"
            "他参加了1937年的“八一三淞沪抗战”和“太原会战”,后随部队转战山西。\n")
    battles = _battles(extract_json(tmp_path, text))
    assert set(battles) == {"八一三淞沪抗战", "太原会战"}  # the day names the fight: 淞沪抗战 alone is 1932's
    assert battles["八一三淞沪抗战"]["start"] == "1937" and battles["太原会战"]["start"] == "1937"
    text = ("烈士名录\n"
            "他先后参加了1932年的「1·28淞沪抗战」和1933年的「长城抗战」。\n")
    battles = _battles(extract_json(tmp_path, text))
    assert set(battles) == {"1·28淞沪抗战", "长城抗战"}
    assert (battles["1·28淞沪抗战"]["start"], battles["长城抗战"]["start"]) == ("1932", "1933")


def test_the_war_of_a_great_region_in_quotes_is_no_battle(tmp_path):
    rows = extract_jsonl(tmp_path, "回忆录摘编\n他在文章中回顾了“华北抗战”和“全国抗战”的历程。\n")
    assert not [r for r in rows if r.get("kind") == "battle" and r["value"].get("name")]


def test_ordinals_that_share_one_name_name_one_battle_each(tmp_path):
    text = ("战区概况\n"
            "1939年至1942年,第九战区先后进行了第一次、第二次、第三次长沙会战,日军始终未能占领长沙。\n")
    names = set(_battles(extract_json(tmp_path, text)))
    assert {"第一次长沙会战", "第二次长沙会战", "第三次长沙会战"} <= names
    text = "战区概况\n第七战区在第一、二次粤北会战中两次击退日军北犯。\n"
    battles = _battles(extract_json(tmp_path, text))
    assert {"第一次粤北会战", "第二次粤北会战"} <= set(battles)
    assert not any(a in ("第一", "二", "二次粤北会战") for b in battles.values() for a in b["alt_labels"])


def test_a_record_s_battles_stay_battles_in_a_text_about_another_battle(tmp_path):
    text = ("老兵李长顺的故事\n"
            "他参加过“昆仑关战役”、“桂南会战”和“常德会战”。1944年6月,他在衡阳保卫战中坚守衡阳西郊,衡阳失守后被俘。\n")
    battles = _battles(extract_json(tmp_path, text))
    assert {"昆仑关战役", "桂南会战", "常德会战", "衡阳保卫战"} <= set(battles)
    assert "衡阳" not in _places(battles["常德会战"])


def test_ordinals_of_a_record_share_its_place_and_its_units_and_none_takes_its_span(tmp_path):
    text = ("战区概况\n"
            "1939年9月至1942年1月,第九战区先后进行了第一次、第二次、第三次长沙会战。\n")
    battles = _battles(extract_json(tmp_path, text))
    for name in ("第一次长沙会战", "第二次长沙会战", "第三次长沙会战"):
        assert _places(battles[name]) == {"长沙"}, name
        assert [u["name"] for u in battles[name]["units"]] == ["第9战区"], name
        assert battles[name]["start"] is None and battles[name]["end"] is None, name  # the span of all three


def test_battle_names_in_title_marks_in_a_record_are_battles_not_books(tmp_path):
    text = ("老兵张守义\n"
            "张守义,山东济南人。他先后参加了1938年的《台儿庄战役》、《武汉会战》和1939年的《长沙会战》。1950年他回到济南。\n")
    battles = _battles(extract_json(tmp_path, text))
    assert set(battles) == {"台儿庄战役", "武汉会战", "长沙会战"}
    assert (battles["武汉会战"]["start"], battles["长沙会战"]["start"]) == ("1938", "1939")
    assert _places(battles["武汉会战"]) == {"武汉"}
    text = "作家王某\n王某,山东济南人。他著有《台儿庄战役》、《武汉会战》等书。\n"
    assert _battles(extract_json(tmp_path, text)) == {}  # books about the battles
