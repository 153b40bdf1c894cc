"""Rules the lead added while merging the thirteenth session's branches; every sentence is written for the test."""
from helpers import extract_json as extract

BATTLE = ("1938年7月27日\n\n"
          "九江的戰鬥已經結束了。守軍在城東一帶抵抗了一整天,渡江時成百人被淹死。\n\n")


def _places(text: str, tmp_path) -> set[str]:
    return {p["name"] for b in extract(tmp_path, text)["battles"] for p in b["places"]}


def test_the_city_a_war_crimes_court_sat_in_is_no_battlefield(tmp_path):
    """在某城远东国际军事法庭作证: the court's seat (a city named right before the court's region-led name) is no
    place of the fight told before."""
    places = _places(BATTLE + "戰爭結束後,她又在東京遠東國際軍事法庭出庭作證。\n", tmp_path)
    assert "九江" in places
    assert "东京" not in places


def test_the_fights_city_named_with_the_court_stays_a_place(tmp_path):
    """The look-alike: the fight's own city in the court's sentence, not right before the court's name, stays."""
    places = _places(BATTLE + "九江的倖存者後來在遠東國際軍事法庭出庭作證。\n", tmp_path)
    assert "九江" in places
