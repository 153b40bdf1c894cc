"""lf15: a county's name straddling two places written side by side (北平|南苑 read 北|平南|苑), a major city
after a word of motion (向|西安, not 向西), and a date before a fight's length (激战三昼夜: the date starts the
fight). New sentences of other places and fights than the set's texts."""
from helpers import extract_jsonl


def _places(tmp_path, text: str) -> list[str]:
    return [m["value"]["name"] for m in extract_jsonl(tmp_path, text) if m.get("kind") == "place"]


def _battles(tmp_path, text: str) -> list[dict]:
    facts = next(m for m in extract_jsonl(tmp_path, text) if m.get("kind") == "facts")
    return facts["battles"]


def test_a_county_straddling_two_places_side_by_side_is_no_place(tmp_path):
    places = _places(tmp_path, "1937年7月下旬,日军集中兵力进犯北平西苑,守军一个团依托营房顽强抵抗。")
    assert "平西" not in places and "北平" in places  # 北平|西苑, no county 平西 (nor any county of that name)
    places = _places(tmp_path, "1937年7月28日,日军向北平南苑发起猛攻,守军奋起抵抗。")
    assert "平南" not in places and "北平" in places


def test_the_county_alone_or_with_its_suffix_is_still_read(tmp_path):
    assert "平南" in _places(tmp_path, "1944年秋,日军一部进犯平南以北,守军节节抵抗。")
    assert "平南县" in _places(tmp_path, "1944年秋,日军侵入广西平南县境,当地民团奋起抵抗。")


def test_a_major_city_after_a_word_of_motion_is_the_city(tmp_path):
    assert "西安" in _places(tmp_path, "1938年春,该师奉命向西安开进,沿途遭敌机轰炸。")
    # a direction then an everyday word (以北|平原) is no city
    assert "北平" not in _places(tmp_path, "该团转移到铁路以北平原地带,与敌周旋。")


def test_a_date_before_a_fights_length_is_its_start(tmp_path):
    text = "1942年6月9日,新四军某团在溧阳县城外与日军激战三昼夜,毙伤日军二百余人。"
    b = _battles(tmp_path, text)[0]
    assert b["start"] == "1942-06-09"  # not moved back three days into the month before


def test_days_passed_before_an_outcome_still_count_back(tmp_path):
    text = "1939年3月4日,我游击支队经过五昼夜激战,收复了被日军占据的灵丘县城。"
    b = _battles(tmp_path, text)[0]
    assert b["end"] == "1939-03-04" and b["start"].startswith("1939-02")
