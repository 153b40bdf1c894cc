"""Round 16's diagnosis (read after its blind measurement): a forced river crossing is a fight named by the act,
a life's 'first battle' is no battle's name, and a part of the campaign told again in the body (a diary's order
and its outcome) owns the account from there; every sentence here is written for the test."""
from helpers import extract_json as extract


def _names(doc: dict) -> set[str]:
    return {b["name"] for b in doc["battles"]}


def test_a_crossing_named_as_a_campaigns_part_and_retold_in_a_diary_takes_the_account(tmp_path):
    text = ("【按语】武汉会战之强渡富水河\n"
            "1938年武汉会战历时四个多月,双方投入兵力百万以上。\n"
            "十月五日\n"
            "我们奉命在今夜强渡富水河,第二大队在左翼配合。\n"
            "十月六日\n"
            "昨夜强渡富水河没有成功,第七中队伤亡很大。\n")
    doc = extract(tmp_path, text)
    assert {"强渡富水河", "武汉会战"} <= _names(doc)
    crossing = next(b for b in doc["battles"] if b["name"] == "强渡富水河")
    assert "第7中队" in {u["name"] for u in crossing["units"]}


def test_a_crossing_named_once_in_passing_is_no_fight(tmp_path):
    text = "1940年5月,第33集团军在襄河东岸与日军激战,后奉命抢渡汉水,转移至南漳一带休整,此役史称枣宜会战。\n"
    assert not any(n.startswith(("强渡", "抢渡")) for n in _names(extract(tmp_path, text)))


def test_a_lifes_first_battle_is_no_battle_name(tmp_path):
    text = ("1939年冬,桂南会战爆发。张某在广西的第一场战役即是本次会战。"
            "第200师在昆仑关与日军激战,歼敌四千余人。\n")
    names = _names(extract(tmp_path, text))
    assert "第一场战役" not in names and "桂南会战" in names


def test_crossings_told_inside_a_campaigns_account_are_its_movements(tmp_path):
    text = ("1941年9月,第二次长沙会战爆发。日军第3师团于18日拂晓强渡汨罗江,第6师团随后亦分路强渡汨罗江,"
            "第37军在江南岸节节抵抗。\n")
    names = _names(extract(tmp_path, text))
    assert "第二次长沙会战" in names and not any(n.startswith("强渡") for n in names)
