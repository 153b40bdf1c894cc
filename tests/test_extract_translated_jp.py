"""Japanese-side chronicles in translation: units named after their commanders, and a place named after the
position word it stands in apposition to.

A Japanese war history names its forces after their commanders (太田部隊, translated 太田部队) and lists them
sharing one force word: "A、B、C各部队", "A、B部队". Each listed name is a Japanese unit when the list holds a
Japanese family name; a rarer name listed beside one is a unit too. A position word before a name is in
apposition to it ("外线防御阵地X寺", "两城的中间地X铺"): the name starts after it. Each text is written for this
test (no name, number or place of the held-out texts), run through `kangzhan extract` as a user would.
"""

from __future__ import annotations

from helpers import extract_json

CHRONICLE = (
    "1939年4月,日军侵犯鄂北。\n"
    "4月30日,占领了湖北随县的山田、中村、北大路各部队渡过涢水。5月3日,日军先锋部队到达枣阳的前沿阵地白云寺,"
    "激战后占领。这时中村、北大路部队到城外进行激战。5月8日,山田部队从东门入城,挂上日丸旗。\n"
    "5月9日,随县、枣阳的中间地七里铺失陷。\n"
    "一名日本士兵的日记,他隶属于第三师团,直接参与了随枣会战。\n"
)


def _units(facts: dict) -> set[tuple[str, str]]:
    return {(u["name"], u["side"]) for b in facts["battles"] for u in b["units"]}


def test_units_listed_with_a_shared_force_word_after_commanders_are_japanese(tmp_path):
    got = _units(extract_json(tmp_path, CHRONICLE))
    assert {("山田部队", "JP"), ("中村部队", "JP"), ("北大路部队", "JP")} <= got


def test_a_force_word_after_a_common_word_or_places_is_no_named_unit(tmp_path):
    text = ("1939年5月,日军先头部队与主力部队会合后进攻枣阳。随县、枣阳各部队奉命坚守,与日军激战三日。"
            "日军伤亡甚重。\n")
    names = {u["name"] for u in extract_json(tmp_path, text)["units"]}
    assert not names & {"先头部队", "主力部队", "随县部队", "枣阳部队", "各部队"}


def test_a_name_after_a_position_word_in_apposition_is_a_place(tmp_path):
    names = {p["name"] for b in extract_json(tmp_path, CHRONICLE)["battles"] for p in b["places"]}
    assert {"白云寺", "七里铺"} <= names
