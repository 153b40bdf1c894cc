"""Rules for official after-action reports (驻印军-style summaries), found by blind held-out round 4; each is
checked on new sentences written for the test (other places, units, names and numbers than the held-out text)."""
import pytest
from helpers import extract_json as extract

_REPORT = (
    "## 某军第三期作战经过概要\n"
    "我军攻占加迈后，乃于一九四三年（民国三十二年九月间）继续南进。N5A（附山炮营第三连）沿公路南下，"
    "25D/N5A为预备队。\n"
    "### （二）腊戍区围攻\n"
    "当加迈失守之际，敌急由后方抽调7D一部赶赴腊戍。旋以7D搜索联队为基干，附II/21iR、Ⅲ/44iR/9D编成一支队，"
    "由搜索联队长青木正三大佐指挥，固守腊戍。八月九日敌抵达城区，赶筑工事，以待我军进攻。\n"
    "九月廿三日，N12D集中完毕，向腊戍攻击前进，一部(207R)经曼育向南进击。十月卅一日，N12D主力续攻。"
    "十一月四日，敌守城司令青木大佐被我击毙，我遂将腊戍完全占领。\n"
)


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    """The facts of _REPORT (one extraction shared by the tests that read it) and its battles by name."""
    facts = extract(tmp_path_factory.mktemp("report"), _REPORT)
    return facts, {b["name"]: b for b in facts["battles"]}


def test_report_unit_codes_are_read_with_side_and_parent(report):
    facts, battles = report
    units = {(u["name"], u["side"]) for u in battles["腊戍战役"]["units"]}
    assert {("新编第12师", "CN"), ("第207团", "CN"), ("第7师团", "JP"), ("第21联队", "JP"), ("第44联队", "JP"),
            ("第9师团", "JP")} <= units
    ents = {u["name"]: u for u in facts["units"]}
    assert ents["第44联队"]["parent"] == ["第9师团", "JP"]  # Ⅲ/44iR/9D: a battalion of the 44th of the 9th
    assert ents["第25师"]["parent"] == ["新编第5军", "CN"]  # 25D/N5A
    assert "N12D" in ents["新编第12师"]["alt_labels"]
    assert not any(u["number"] == 3 and u["echelon"] == "连" for u in facts["units"])  # 山炮营第三连: no bare 第3连


def test_codes_in_ordinary_latin_text_are_no_units(tmp_path):
    text = ("长沙会战\n1941年9月，第4军在长沙以北阻击日军。战后放映了2D和3D的纪录片，"
            "又以USB 2D扫描仪翻拍地图。\n")
    facts = extract(tmp_path, text)
    assert {u["name"] for u in facts["units"]} == {"第4军"}


def test_phase_overview_title_is_no_battle_and_the_siege_heading_names_it(report):
    _facts, battles = report
    assert "腊戍战役" in battles
    assert not any("第三期" in n for n in battles)
    b = battles["腊戍战役"]
    assert "腊戍区围攻" in b["alt_labels"]
    assert b["end"] == "1943-11-04"


def test_start_is_the_attack_not_the_defenders_preparation_and_nian_sa_days(report):
    _facts, battles = report
    b = battles["腊戍战役"]
    assert b["start"] == "1943-09-23"  # 九月廿三日 (廿 = 20), year from the chapter intro, not 八月九日 (fortifying)


def test_impossible_sa_day_gives_no_date_and_no_crash(tmp_path):
    text = "1942年3月，第200师守同古。四月卅一日，第200师突围。四月卅日，第200师撤至叶达西。\n"
    facts = extract(tmp_path, text)
    dates = {b.get("end") for b in facts["battles"]} | {b.get("start") for b in facts["battles"]}
    assert "1942-04-31" not in dates
    from kangzhan.extract.mentions.dates import find_dates
    assert [m.value["date"].iso for m in find_dates(text)] == ["1942-03", "1942-04-30"]


def test_japanese_full_name_before_rank_and_later_surname_rank_corefer(report):
    facts, battles = report
    persons = {p["name"]: p for p in facts["persons"]}
    assert "青木正三" in persons and "青木" not in persons and "青木大佐" not in persons
    assert persons["青木正三"]["side"] == "JP"
    assert {c["name"] for c in battles["腊戍战役"]["commanders"]} == {"青木正三"}  # 青木大佐 is he
    # 搜索联队长: the head of the unnumbered reconnaissance regiment, not of the 21st or 44th
    assert not [c for c in facts["commands"] if c["person"] == "青木正三"]


def test_full_name_in_bracket_apposition_commands_its_unit(tmp_path):
    text = ("密支那战役\n1944年5月，新编第30师进攻密支那。日军守备队长丸山房安大佐（第114联队长）率部固守，"
            "丸山大佐后撤至八莫。\n")
    facts = extract(tmp_path, text)
    persons = {p["name"] for p in facts["persons"]}
    assert "丸山房安" in persons and "丸山" not in persons
    assert {(c["person"], c["unit"]) for c in facts["commands"]} >= {("丸山房安", "第114联队")}


def test_place_fragments_across_word_boundaries_and_generic_words(tmp_path):
    text = ("腊戍战役\n1944年12月，新编第38师攀越南坎以西山地，沿大平江南岸前进，敌在沿河南岸及腊戍南郊构筑工事，"
            "我军经崇山峻岭，由铁索桥渡江，攻占南坎，切断腊戍、南坎公路。\n")
    places = {p["name"] for p in extract(tmp_path, text)["battles"][0]["places"]}
    assert {"南坎", "大平江"} <= places
    assert not {"越南", "平江", "沿河", "河南", "南郊", "崇山峻岭", "铁索桥", "南坎公路"} & places  # 甲、乙公路: a road


def test_romanized_and_transliterated_foreign_places(tmp_path):
    text = ("曼德勒战役\n1945年2月，第50师进抵那加（NAGAH）及卡丹（KADAN）地区，另一部攻占宜良宾加，续向曼德勒推进。\n")
    places = {p["name"] for p in extract(tmp_path, text)["battles"][0]["places"]}
    assert {"那加", "卡丹", "宜良宾加", "曼德勒"} <= places
    assert "宜良" not in places  # a county's name opening a longer transliterated one
