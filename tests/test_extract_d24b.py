"""Rules from round 24's diagnosis (read after its blind measurement): a forum page that sets every number, middle
dot and quotation mark on a line of its own; a fight named by its day before the place and 抗战 (八一三淞沪抗战);
a breakout named with 胜利 (X胜利突围战); the branches of the Communist military university as a force of the
fight (抗大二分校). Every sentence here is written for the test."""
from helpers import extract_json as extract

from kangzhan.text.number_breaks import find_run_breaks


def _battles(tmp_path, text: str) -> list[dict]:
    return extract(tmp_path, text)["battles"]


# a forum page: the quoted name, the dot of the day-name and every number on a line of their own
_FORUM = "\n".join([
    "論壇", "瀏覽", "57", "|回應", "0", "|", "紀念八", "·", "一三淞滬抗戰", "87", "周年", "新華訊", ",", "2024-08-13", ",",
    "1937", "年", "8", "月", "13", "日上午,日軍向閘北發起進攻,駐守閘北的第八十七師奮起抵抗,揭開了八", "·",
    "一三淞滬抗戰的序幕。在八", "·", "一三淞滬抗戰爆發", "87", "周年之際,", "“", "紀念八一三淞滬抗戰學術研討會", "”",
    "於", "2024", "年", "8", "月", "10", "日在上海舉行。", ""])


def test_a_page_of_lines_split_at_every_number_and_mark_reads_as_prose(tmp_path):
    got = _battles(tmp_path, _FORUM)
    assert [b["name"] for b in got] == ["八一三淞沪抗战"]
    assert got[0]["start"] == "1937-08-13"
    assert [u["name"] for u in got[0]["units"]] == ["第87师"]


def test_lines_split_at_numbers_only_stay_lines():
    text = "阵亡官兵\n第一连\n32\n第二连\n41\n第三连\n27\n合计\n100\n"  # a table's cells: no lone mark, no run page
    assert find_run_breaks(text) == []


def test_the_break_after_a_sentence_end_stays_on_a_run_page():
    text = "他說\n“\n八\n·\n一三\n”\n是轉折。\n“\n七\n·\n七\n”\n在前。\n"
    kept = {(a, b) for a, b in find_run_breaks(text)}
    end = text.index("。") + 1
    assert all(a != end for a, _ in kept)  # 是轉折。|“: a new sentence, its break kept
    assert any(a == text.index("八") + 1 for a, _ in kept)  # 八|·: a break inside the day-name, dropped


def test_a_fight_named_by_its_day_before_place_and_kangzhan(tmp_path):
    text = "1937年8月13日上午，日军向上海闸北发起进攻，驻守闸北的第八十七师奋起抵抗，八一三淞沪抗战由此爆发。\n"
    got = _battles(tmp_path, text)
    assert [b["name"] for b in got] == ["八一三淞沪抗战"]
    assert got[0]["start"] == "1937-08-13"


def test_two_day_names_before_a_count_and_a_regions_war_name_no_fight(tmp_path):
    text = ("1943年春，他毕业于抗大二分校，后任某团政治处主任。作为“一·二八”和“八·一三”两次淞沪抗战的亲历者，"
            "他常向学生讲述华北抗战的往事。\n")
    got = extract(tmp_path, text)
    assert got["battles"] == []
    assert got["units"] == []  # 毕业于抗大二分校: his schooling, no force


def test_a_breakout_named_with_shengli_and_the_university_branch_that_fought(tmp_path):
    text = ("1941年冬，日军集结万余人合围沂蒙山区。11月30日，抗大二分校学员与地方机关人员被围于马家峪，"
            "经一昼夜激战，冲出重围，史称马家峪胜利突围战。\n")
    got = _battles(tmp_path, text)
    assert [b["name"] for b in got] == ["马家峪胜利突围战"]
    assert [u["name"] for u in got[0]["units"]] == ["抗大二分校"]


def test_shengli_tuweizhan_without_a_place_names_nothing(tmp_path):
    text = "1942年5月，某团在冀中转战多日，干部们总结了这次胜利突围战的经验，部队随即转入休整。\n"
    assert [b["name"] for b in _battles(tmp_path, text) if "突围" in b["name"]] == []



# a forum page with no lone mark: the numbers alone on their lines between their word and their counter, a
# dateline of digits, then the first date of the text on the next line
_NUMBERS_APART = "\n".join([
    "论坛", "浏览", "33", "|回应", "0", "|", "纪念昆仑关战役", "84", "周年", "来源:某报", "2023-12-18", "1939", "年", "12",
    "月", "18", "日,日军第二十一旅团据守昆仑关,守军第五军奋起进攻。座谈会于", "2023", "年", "12", "月", "15",
    "日在南宁举行,纪念昆仑关战役爆发", "84", "周年。", ""])


def test_numbers_set_apart_join_but_two_numbers_stay_apart_and_the_venue_is_no_place(tmp_path):
    got = _battles(tmp_path, _NUMBERS_APART)
    assert [b["name"] for b in got] == ["昆仑关战役"]
    assert got[0]["start"] == "1939-12-18" and got[0]["end"] is None  # 2023年12月15日: the meeting, read whole
    assert [p["name"] for p in got[0]["places"]] == ["昆仑关"]  # 座谈会…在南宁举行: the meeting's venue


def test_a_place_where_the_enemy_held_a_ceremony_in_the_war_stays(tmp_path):
    text = "1938年5月19日,日军攻占徐州。次日,日军在徐州举行入城式。徐州会战至此结束。\n"
    got = _battles(tmp_path, text)
    assert "徐州" in [p["name"] for p in got[0]["places"]]


def test_an_outlet_line_in_xun_is_no_place_of_the_fight(tmp_path):
    text = ("纪念台儿庄大捷85周年\n新华讯\n1938年4月6日,第二集团军在台儿庄全线反击,日军第十师团溃退。"
            "台儿庄大捷是全面抗战以来的重大胜利。\n")
    got = _battles(tmp_path, text)
    assert [b["name"] for b in got] == ["台儿庄大捷"]
    assert [p["name"] for p in got[0]["places"]] == ["台儿庄"]


def test_a_title_and_the_account_name_the_day_named_fight_alike(tmp_path):
    text = ("纪念七·七卢沟桥抗战86周年\n"
            "1937年7月7日夜,日军借口士兵失踪进攻宛平城,第二十九军第三十七师奋起抵抗,七七卢沟桥抗战由此爆发。\n")
    got = _battles(tmp_path, text)
    assert [b["name"] for b in got] == ["七七卢沟桥抗战"]
    assert got[0]["start"] == "1937-07-07"
