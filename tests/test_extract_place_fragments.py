"""A gazetteer name that is only a piece of a longer word is no place of its own: a county whose last character
opens a known pass (连|山海关), a county running into a building (兰溪|塔), a word before 期间 (抗战期|间).
New sentences written for these tests."""
from helpers import extract_jsonl


def _places(text: str, tmp_path) -> set[str]:
    return {r["value"]["name"] for r in extract_jsonl(tmp_path, text) if r["kind"] == "place"}


def test_a_county_whose_last_character_opens_a_known_pass_cedes_to_the_pass(tmp_path):
    places = _places("1933年初，日军攻势凌厉，连山海关也丢了，守军退往秦皇岛。\n", tmp_path)
    assert "山海关" in places and "连山" not in places


def test_the_county_alone_keeps_its_reading(tmp_path):
    assert "连山" in _places("1944年冬，部队奉命开到连山，就地整补。\n", tmp_path)


def test_a_county_running_into_a_building_is_the_building_no_place_of_the_fight(tmp_path):
    places = _places("1939年宣城一战后，乡人重修兰溪塔，以志纪念阵亡将士。\n", tmp_path)
    assert "兰溪" not in places and "兰溪塔" not in places and "宣城" in places


def test_a_building_fought_at_is_a_place(tmp_path):
    places = _places("1942年5月，日军攻占兰溪塔一带，我军退守城南。\n", tmp_path)
    assert "兰溪塔" in places and "兰溪" not in places


def test_a_county_before_an_everyday_word_of_buildings_stays_the_county(tmp_path):
    places = _places("1944年夏，日军飞机连日轰炸，衡阳楼房多被炸毁。1948年，守军坚守锦州塔山阵地。\n", tmp_path)
    assert "衡阳" in places and "锦州" in places and not {p for p in places if p.endswith(("楼", "塔"))}


def test_a_word_before_qijian_is_a_time_no_place(tmp_path):
    places = _places("新四军在抗战期间多次袭击津浦铁路，在相持期间坚持于桐柏山一带游击。\n", tmp_path)
    assert not {p for p in places if p.endswith("期")} and "桐柏山" in places


def test_a_pass_after_a_verb_and_a_county_written_whole_keep_their_readings(tmp_path):
    places = _places("1937年10月，我军连克雁门关、宁武，旋即进至娘子关一带；连城县城一度失守。\n", tmp_path)
    assert {"雁门关", "宁武", "娘子关"} <= places and "连城县" in places and "城县" not in places
