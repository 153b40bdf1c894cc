"""General rules found by blind held-out rounds, each checked on new sentences written for the test."""
from helpers import extract_json as extract


def test_life_span_bracket_is_no_battle_date_and_opening_clause_gives_start(tmp_path):
    text = ("第122师师长王铭章(1893年8月2日——1938年3月17日)，四川新都人，早年入四川陆军军官学校。\n"
            "民国二十七年(1938年)春，王铭章率部出川北上，同年3月，著名的“徐州会战”打响，第122师奉命守卫滕县。"
            "3月16日，日军第10师团向滕县发起猛攻。\n")
    b = next(b for b in extract(tmp_path, text)["battles"] if b["name"] == "徐州会战")
    assert b["start"] == "1938-03"
    assert b["end"] != "1938-03-17"
