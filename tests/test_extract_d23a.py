"""Round d23a: a unit lineage (番号沿革: entries that open a line with a division and tell its life clause by clause,
民國 years written once and then bare, "26年8月"), a flipbook's double-spaced, indented text layer, a title's holders
listed after 是, a fight named after a place no gazetteer holds, a fight counted by its occasion (首次作战).
New texts written for these tests (invented divisions' careers, places and names)."""

from helpers import extract_json

from kangzhan.extract.mentions.dates import find_dates

LINEAGE = (
    "(7)第9師團(常設):民國26年9月從日本抵達上海,參加10月5日北塢戰鬥;27年5、6月在津浦路南段作戰,7月中旬沿長江攻九江;"
    "28年4月調回日本;在中國期間的師團長是三宅次郎、大野直彥。\n"
    "(8)第13師團(常設):民國26年9月抵達上海,參加11月3日西崗戰鬥;29年5月宜昌作戰擔任主攻;"
    "在中國期間的師團長是岡部一郎、木下勝男。\n"
)


def _battles(facts: dict) -> dict[str, dict]:
    return {b["name"]: b for b in facts["battles"]}


def test_each_clause_of_a_lineage_entry_is_its_own_fight_fought_by_the_entry_unit(tmp_path):
    battles = _battles(extract_json(tmp_path, LINEAGE))
    assert set(battles) == {"北坞战斗", "津浦路南段作战", "九江战斗", "西岗战斗", "宜昌作战"}
    assert {u["name"] for u in battles["北坞战斗"]["units"]} == {"第9师团"}
    assert {u["name"] for u in battles["西岗战斗"]["units"]} == {"第13师团"}  # not the other entry's division
    assert "上海" not in {p["name"] for p in battles["西岗战斗"]["places"]}  # the arrival is no step of the fight
    assert (battles["津浦路南段作战"]["start"], battles["津浦路南段作战"]["end"]) == ("1938-05", "1938-06")
    assert battles["宜昌作战"]["start"] == "1940-05"  # 29年 after 民國26年: ROC 29 = 1940
    assert battles["北坞战斗"]["start"] == "1937-10-05"
    assert not battles["北坞战斗"]["commanders"]  # the entry's commanders are tied to no fight


def test_the_holders_listed_after_an_entry_title_commanded_the_entry_unit(tmp_path):
    facts = extract_json(tmp_path, LINEAGE)
    assert {(c["person"], c["unit"]) for c in facts["commands"]} == {
        ("三宅次郎", "第9师团"), ("大野直彦", "第9师团"), ("冈部一郎", "第13师团"), ("木下胜男", "第13师团")}


def test_an_attack_outside_a_lineage_is_no_coined_fight(tmp_path):
    facts = extract_json(tmp_path, "第9师团:民国27年7月沿长江攻九江。\n该师团后调回日本。\n")
    assert "九江战斗" not in _battles(facts)


def test_a_bare_year_in_digits_after_an_roc_year_is_an_roc_year():
    dates = {m.value["date"].iso for m in find_dates("民国27年3月在日本编成;28年5月参加某战斗;30年冬调回。")}
    assert {"1939-05", "1941"} <= dates


def test_a_bare_year_in_digits_after_a_gregorian_year_is_no_date():
    dates = [m.value["date"].iso for m in find_dates("该师团1905年编成,26年5月曾调回本土。")]
    assert not any(d.startswith("1937") for d in dates)


_PAGE = ("民國二十七年五月，日軍第九師團自徐州南下，與守軍在北坞一帶激戰多日，師團長松井一郎親臨前線督戰，雙方傷亡慘重。"
         "其後日軍轉攻蘭封，守軍節節抵抗，終於六月初撤出戰場，此役後來被稱為北坞戰鬥，為該年華中戰事之一。")


def _flipbook(gap: str) -> str:
    """The page cut into lines of 20 characters, indented by 12 spaces, the lines separated by gap."""
    lines = [_PAGE[i:i + 20] for i in range(0, len(_PAGE), 20)]
    return gap.join(" " * 12 + line for line in lines) + "\n"


def test_a_double_spaced_indented_page_wraps_a_name_across_the_blank_line(tmp_path):
    facts = extract_json(tmp_path, _flipbook("\n\n"))  # 松井一 | (blank line) | 郎
    assert ("松井一郎", "第9师团") in {(c["person"], c["unit"]) for c in facts["commands"]}


def test_two_blank_lines_end_a_paragraph_and_wrap_nothing(tmp_path):
    facts = extract_json(tmp_path, _flipbook("\n\n\n"))
    assert "松井一郎" not in {p["name"] for p in facts["persons"]}


def test_the_holders_listed_after_a_title_and_shi_are_all_persons(tmp_path):
    facts = extract_json(tmp_path, "1938年5月,日軍第9師團參加北坞戰鬥,該師團長是松井一郎、岡田次郎、山下三郎。")
    assert {"松井一郎", "冈田次郎", "山下三郎"} <= {p["name"] for p in facts["persons"]}


def test_places_listed_after_a_title_and_shi_are_no_persons(tmp_path):
    facts = extract_json(tmp_path, "据说该师团长是湖南、湖北一带的人,详情不明。1938年5月,该师团参加北坞战斗。")
    assert not facts["persons"]


def test_a_fight_named_after_a_place_no_gazetteer_holds_takes_it_as_its_place(tmp_path):
    battles = _battles(extract_json(tmp_path, "1938年5月,日軍第9師團參加北坞戰鬥,傷亡甚重。"))
    assert "北坞" in {p["name"] for p in battles["北坞战斗"]["places"]}


def test_a_kind_of_fighting_before_the_battle_word_is_no_place(tmp_path):
    facts = extract_json(tmp_path, "1940年秋,八路军某部在太行山区参加反扫荡战斗,夜间战斗尤为激烈。")
    places = {p["name"] for b in facts["battles"] for p in b["places"]}
    assert not places & {"反扫荡", "夜间"}


def test_a_fight_named_after_a_dash_is_the_fight_and_its_occasion_no_name(tmp_path):
    battles = _battles(extract_json(tmp_path, "档案披露了新四军取得江南首次作战的胜利—北坞战斗的详"))
    assert set(battles) == {"北坞战斗"}
    assert "北坞" in {p["name"] for p in battles["北坞战斗"]["places"]}


def test_a_fight_counted_by_its_occasion_is_no_battle(tmp_path):
    assert not extract_json(tmp_path, "新四军取得江南首次作战的胜利。")["battles"]


def test_a_date_before_a_name_is_no_part_of_it(tmp_path):
    battles = _battles(extract_json(tmp_path, "民国26年,日军第9师团抵达天津,参加7月28日北坞战斗。"))
    assert "北坞战斗" in battles and battles["北坞战斗"]["start"] == "1937-07-28"
