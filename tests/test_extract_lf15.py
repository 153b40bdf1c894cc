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


def _battle_names(tmp_path, text: str) -> list[str]:
    return [b["name"] for b in _battles(tmp_path, text)]


def test_a_headline_that_tells_who_launched_an_offensive_names_the_offensive(tmp_path):
    text = ("晋西北八路军发动秋季攻势\n"
            "【本报讯】我晋西北部队自九月中旬以来连续出击,先后攻克敌伪据点七处,毙伤日伪军三百余人。\n")
    names = _battle_names(tmp_path, text)
    assert "秋季攻势" in names and not any("发动" in n for n in names)


def test_a_headline_that_names_the_battle_alone_is_unchanged(tmp_path):
    text = "发动战役的准备\n1940年8月,八路军总部决定对正太路发起破袭。\n"
    assert not any(n.startswith("战役") or "准备" in n for n in _battle_names(tmp_path, text))


def test_an_unknown_stem_said_once_is_a_fight_when_it_breaks_out_or_men_fall_in_it(tmp_path):
    assert "鹰窝伏击战" in _battle_names(tmp_path, "1941年5月,鹰窝伏击战打响,八路军一个连毙敌百余人。")
    assert "鹰窝阻击战" in _battle_names(tmp_path, "1942年冬,连长赵大成在鹰窝阻击战中英勇牺牲。")


def test_an_unknown_stem_said_once_without_such_context_stays_dropped(tmp_path):
    assert "鹰窝阻击战" not in _battle_names(tmp_path, "1942年冬,连长赵大成在鹰窝阻击战中指挥若定。")
    assert not any("正面" in n for n in _battle_names(tmp_path, "1942年冬,正面阻击战打响后,双方激战竟日。"))


def _places_of(tmp_path, text: str) -> dict[str, list[str]]:
    return {b["name"]: [p["name"] for p in b["places"]] for b in _battles(tmp_path, text)}


def test_the_places_of_a_road_wrecking_clause_are_not_the_fights(tmp_path):
    text = ("1942年4月12日,我八路军某团夜袭莱阳城外的日军据点,激战两小时,毙伤日伪军五十余人。"
            "同夜,民兵破坏了海阳至栖霞的公路十余里,并割断牟平附近的电线。")
    places = next(iter(_places_of(tmp_path, text).values()))
    assert "莱阳" in places and not {"海阳", "栖霞", "牟平"} & set(places)


def test_a_fight_named_for_the_wrecking_keeps_its_places(tmp_path):
    text = ("1940年8月20日夜,正太路破袭战打响。八路军一部在阳泉以东与日军激战,"
            "随后拆毁了娘子关至阳泉的铁路十余里,炸毁桥梁两座。")
    got = _places_of(tmp_path, text)
    assert any("阳泉" in ps for ps in got.values())


def test_a_fronted_road_wrecked_after_a_comma_is_no_place_of_the_fight(tmp_path):
    text = ("【本报讯】我游击队一部于本月七日将文登至荣成之公路,破坏二十余里,八日该部另一部夜袭石岛敌据点,"
            "与敌激战两小时,毙敌十余名,该据点当被克复。")
    for places in _places_of(tmp_path, text).values():
        assert not {"文登", "荣成"} & set(places)


def test_cutting_a_line_behind_the_enemy_keeps_the_line(tmp_path):
    text = ("1938年3月5日,八路军某部夺回保定以南三个车站,切断平汉铁路日军后方,缴获步枪二百余支。")
    assert any("平汉铁路" in ps for ps in _places_of(tmp_path, text).values())
