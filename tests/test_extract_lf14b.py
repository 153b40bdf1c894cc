"""Leftovers of the blind rounds, each on sentences written for this test (other fights, units and places than the
seed, dev and held-out texts), run through `kangzhan extract` as a user would.

- a fight told first and named after (…与日军激战,史称X战斗 / 后称X阻击战 / 即著名的X之战): the name after the naming
  word is the battle of the clause before it, with its units, place and date, whatever the gazetteer makes of the
  name; the naming word is never read into a place (史称高城);
- a sentence of several dated clauses (1933年…参加A抗战,1937年…又在Y抗击日军): each date belongs to the battle its clause
  names, and a later year's clause that names none and tells no end is no end of the battle named before it;
- X抗战 as a frame (纪念X抗战的先烈, X抗战史研究 in a title) is no battle; X抗战打响 in the text is one;
- a rare Traditional character in a name (暐, 鈆) stays as written, not OpenCC's form beyond the BMP (𬀩, 𫓪) that no
  reader or knowledge base writes, and the tagger's guess across it (长是松尾) hides no title before the name;
- a Japanese record quoted by a Chinese text (据日军战史记载:“我…遭敌…”): inside the quotation 我 is the Japanese army
  and 敌 the Chinese one; a Chinese report quoted the same way keeps them.
"""

from __future__ import annotations

from helpers import extract_json


def _battles(facts: dict) -> dict[str, dict]:
    return {b["name"]: b for b in facts["battles"]}


def _places(b: dict) -> set[str]:
    return {p["name"] for p in b["places"]}


def _units(b: dict) -> set[str]:
    return {u["name"] for u in b["units"]}


# --- 史称X: the name of the fight told before ---------------------------------------------------------------

NAMED_AFTER = (
    "1940年3月,新四军第二支队在当涂以东的官陡门与日军激战,史称官陡门战斗。\n"
)
NAMED_AFTER_CITY = (
    "1939年5月,第十三军在随县以北的高城一带与日军第三师团激战三昼夜,史称高城阻击战。\n"
)
NAMED_LATER = (
    "1943年秋,山东纵队一部在刘家井与日军激战一昼夜,后称刘家井战斗。\n"
)
FAMOUS = (
    "1938年4月,第二十军一部在大王庄与日军激战,即著名的大王庄阻击战。\n"
)


def test_named_after_the_fight_is_its_battle(tmp_path):
    b = _battles(extract_json(tmp_path, NAMED_AFTER))
    assert set(b) == {"官陡门战斗"}
    fight = b["官陡门战斗"]
    assert fight["start"] == "1940-03" and "官陡门" in _places(fight) and "第2支队" in _units(fight)


def test_naming_word_is_no_part_of_a_place(tmp_path):
    b = _battles(extract_json(tmp_path, NAMED_AFTER_CITY))
    assert set(b) == {"高城阻击战"}
    fight = b["高城阻击战"]
    assert fight["start"] == "1939-05" and {"第13军", "第3师团"} <= _units(fight)
    assert not any("称" in p for p in _places(fight))


def test_named_later_and_famous(tmp_path):
    b = _battles(extract_json(tmp_path, NAMED_LATER))
    assert set(b) == {"刘家井战斗"} and b["刘家井战斗"]["start"] == "1943"
    b = _battles(extract_json(tmp_path, FAMOUS))
    assert set(b) == {"大王庄阻击战"} and b["大王庄阻击战"]["start"] == "1938-04"


# under the title of its campaign: the part named after its fight takes that sentence (its units and its place)
UNDER_CAMPAIGN = (
    "豫南会战回顾\n"
    "1941年1月25日,日军第十七师团进犯确山。1月28日,第八十五军第二十三师在确山以西的瓦岗一带与日军激战,"
    "毙伤日军五百余人,史称瓦岗阻击战。此后第八十五军转移至桐柏山区。\n"
)


def test_a_named_part_takes_the_sentence_it_closes(tmp_path):
    b = _battles(extract_json(tmp_path, UNDER_CAMPAIGN))
    part = b["瓦岗阻击战"]
    assert part["part_of"] == "豫南会战"
    assert {"第85军", "第23师"} <= _units(part) and "瓦岗" in _places(part)


# look-alike: a reference after the naming word (史称这场战斗为…) names no fight and no place
REFERENCE = (
    "1941年冬,八路军一部在某村与日军激战,史称这场战斗为反扫荡的序幕。\n"
)


def test_naming_word_before_no_name(tmp_path):
    names = set(_battles(extract_json(tmp_path, REFERENCE)))
    assert not any(n.startswith(("这场", "史称")) for n in names)
    assert not any("史称" in p for b in _battles(extract_json(tmp_path, REFERENCE)).values() for p in _places(b))


# --- dates clause by clause -----------------------------------------------------------------------------------

TWO_YEARS = (
    "部队简史\n"
    "第三十二军是一支老部队。1933年3月,该军在罗文峪参加长城抗战,1937年7月,又在北平以南抗击日军进攻。\n"
)
TWO_BATTLES = (
    "部队简史\n"
    "1938年3月,第五十九军参加台儿庄战役,1939年4月,该军又参加随枣会战。\n"
)
# look-alike: the later clause, of the same year, tells how the battle named before it ended
SAME_BATTLE_END = (
    "部队简史\n"
    "1938年3月24日,台儿庄战役打响,第二集团军在台儿庄与日军激战,4月7日,日军全线溃退,中国军队取得胜利。\n"
)
# look-alike: a later year's clause that tells the end of a long siege
LONG_SIEGE = (
    "部队简史\n"
    "1942年10月,太岳军区部队在沁源展开沁源围困战,1945年4月,日军被迫撤离沁源,围困战胜利结束。\n"
)


def test_later_clause_of_another_year_is_no_end(tmp_path):
    b = _battles(extract_json(tmp_path, TWO_YEARS))["长城抗战"]
    assert b["start"] == "1933-03" and b["end"] is None


def test_each_clause_dates_its_own_battle(tmp_path):
    b = _battles(extract_json(tmp_path, TWO_BATTLES))
    assert b["台儿庄战役"]["start"] == "1938-03" and b["台儿庄战役"]["end"] is None
    assert b["随枣会战"]["start"] == "1939-04"


def test_a_clause_that_tells_the_end_still_ends_it(tmp_path):
    b = _battles(extract_json(tmp_path, SAME_BATTLE_END))["台儿庄战役"]
    assert b["start"] == "1938-03-24" and b["end"] == "1938-04-07"
    b = _battles(extract_json(tmp_path, LONG_SIEGE))["沁源围困战"]
    assert b["start"] == "1942-10" and b["end"] == "1945-04"


# --- X抗战 as a frame -------------------------------------------------------------------------------------------

FIGHT = "1943年5月,第十八军在石牌与日军激战三昼夜,毙伤日军三千余人。\n"


def test_war_of_a_region_as_a_frame_in_a_title_is_no_battle(tmp_path):
    for title in ("纪念鄂西抗战的先烈", "湘北抗战史研究", "绥西抗战将士录"):
        names = set(_battles(extract_json(tmp_path, title + "\n" + FIGHT)))
        assert not any(n.endswith("抗战") for n in names), title


def test_war_of_a_place_titled_or_opened_is_a_battle(tmp_path):
    assert "鄂西抗战" in _battles(extract_json(tmp_path, "鄂西抗战\n" + FIGHT))
    opened = "老兵访谈录\n1937年8月,晋北抗战打响。第十五军在茹越口与日军激战三昼夜。\n"
    assert "晋北抗战" in _battles(extract_json(tmp_path, opened))
    region = "老兵访谈录\n1937年8月,华北抗战爆发。第十五军在茹越口与日军激战三昼夜。\n"
    assert "华北抗战" not in _battles(extract_json(tmp_path, region))


# --- rare characters in names -------------------------------------------------------------------------------

RARE_TRADITIONAL = (
    "第三十五師團簡史\n"
    "該師團於民國28年編成,在中國期間的師團長是前田暐平、原田熊吉、鈴木正一。\n"
)
RARE_SIMPLIFIED = (
    "第三十五师团简史\n"
    "该师团于1939年编成,在中国期间的师团长是松尾鈆次、原田熊吉、铃木正一。\n"
)
# look-alike: the title inside an idiom (师团长驱直入) still names no one
IDIOM = (
    "第三十五师团简史\n"
    "1938年5月,日军第三十五师团长驱直入,进占开封。\n"
)


def _persons(facts: dict) -> set[str]:
    return {p["name"] for p in facts["persons"]}


def test_rare_character_of_a_name_stays_as_written(tmp_path):
    names = _persons(extract_json(tmp_path, RARE_TRADITIONAL))
    assert {"前田暐平", "原田熊吉", "铃木正一"} <= names  # 鈴 → 铃 still: its Simplified form is in the BMP
    names = _persons(extract_json(tmp_path, RARE_SIMPLIFIED))
    assert {"松尾鈆次", "原田熊吉", "铃木正一"} <= names
    assert not any(ord(c) > 0xFFFF for n in names for c in n)


def test_title_inside_an_idiom_names_no_one(tmp_path):
    assert not any("驱" in n or "直入" in n for n in _persons(extract_json(tmp_path, IDIOM)))


# --- quoted Japanese records ----------------------------------------------------------------------------------

JP_RECORD = (
    "韩侯岭战斗述评\n"
    "1938年3月,第二十一军在韩侯岭一带伏击日军。据日军战史记载:“我运输队行至韩侯岭附近,突遭敌第一四五师伏击,"
    "我军死伤二百余人,汽车五十余辆被毁。”此战第二十一军亦伤亡四百余人。\n"
)
# look-alike: a Chinese report quoted, 我 the Chinese army
CN_REPORT = (
    "韩侯岭战斗述评\n"
    "1938年3月,第二十一军在韩侯岭一带伏击日军。据该军战报记载:“我第一四五师在韩侯岭附近伏击敌运输队,"
    "毙敌二百余人,我军伤亡四百余人。”\n"
)


def _figures(b: dict) -> set[tuple[str, str | None, int]]:
    return {(f["kind"], f["side"], f["count"]) for f in b["figures"]}


def test_inside_a_quoted_japanese_record_we_are_the_japanese(tmp_path):
    facts = extract_json(tmp_path, JP_RECORD)
    b = next(iter(_battles(facts).values()))
    assert ("第145师", "CN") in {(u["name"], u["side"]) for u in b["units"]}
    figs = _figures(b)
    assert ("casualties", "JP", 200) in figs and ("casualties", "CN", 200) not in figs


def test_a_quoted_chinese_report_keeps_its_sides(tmp_path):
    b = next(iter(_battles(extract_json(tmp_path, CN_REPORT)).values()))
    assert ("第145师", "CN") in {(u["name"], u["side"]) for u in b["units"]}
    assert ("casualties", "CN", 400) in _figures(b)
