"""Round 13: a forum or e-mail copy hard-wrapped at a width in columns (Han characters two columns, ASCII digits and
commas one) cuts numbers and unit lists at its line ends ("一万二|千…", "8000余|人", "第27、|第 17等师团"); and a
list of ordinals closed by 等 shares the echelon written once after it (第3、第13、第40等师团).
New texts written for these tests."""
from helpers import extract_json, extract_jsonl

# a forum post quoting figures, wrapped at 72 columns: lines of 67–72 columns, half-width digits and commas
COLUMN_WRAPPED = (
    "转帖: 关于万家岭战役的几个数字,供各位参考\n"
    "\n"
    "据战后的统计,万家岭战役中我第4军、第74军等部将士约30000人参战,伤亡8000余\n"
    "人,其中阵亡约3000人。日军第106师团在万家岭一带被我军围困,死伤共一万二\n"
    "千三百四十人。此后日军又从各地抽调第101、第 9、第27、第 17、第 15、\n"
    "第 116等师团的部队增援,据日方资料记载,增援部队伤亡军官412人,另有约计伤\n"
    "亡5600余人字样,并无确切数目。根据以上数字,日军在此役的伤亡人数共在 18000\n"
    "人以上,几为我伤亡人数之两倍左右。\n"
)


def _battle(facts: dict, name: str) -> dict:
    return next(b for b in facts["battles"] if b["name"] == name)


def test_numbers_cut_by_a_page_wrapped_in_columns_are_read_whole_and_quoted_from_the_original(tmp_path):
    rows = extract_jsonl(tmp_path, COLUMN_WRAPPED)
    battle = _battle(rows[-1], "万家岭战役")
    figures = {(f["count"], f["side"]) for f in battle["figures"]}
    assert {(12340, "JP"), (5600, "JP"), (3000, "CN")} <= figures  # 一万二|千三百四十人, 伤|亡5600, 3000 after 余|人
    cut = next(f for f in battle["figures"] if f["count"] == 12340)
    assert cut["evidence"]["text"].endswith("一万二\n千三百四十人")  # the original span, line break included


def test_a_division_list_wrapped_across_lines_shares_the_echelon_written_once_at_its_end(tmp_path):
    battle = _battle(extract_json(tmp_path, COLUMN_WRAPPED), "万家岭战役")
    units = {(u["name"], u["side"]) for u in battle["units"]}
    assert {(f"第{n}师团", "JP") for n in (101, 9, 27, 17, 15, 116)} <= units
    assert ("第4军", "CN") in units and ("第74军", "CN") in units


def test_a_list_closed_by_deng_shares_its_echelon(tmp_path):
    text = ("1939年5月，随枣会战爆发，日军第11军以第3、第13、第16等师团进攻随县、枣阳，"
            "我第84军、第13军等部节节抵抗。\n")
    battle = _battle(extract_json(tmp_path, text), "随枣会战")
    units = {(u["name"], u["side"]) for u in battle["units"]}
    assert {("第3师团", "JP"), ("第13师团", "JP"), ("第16师团", "JP"), ("第84军", "CN")} <= units


def test_a_short_line_before_a_number_is_no_wrap_even_on_a_page_wrapped_in_columns(tmp_path):
    text = COLUMN_WRAPPED.replace("左右。\n", "左右。\n回复数: 3\n千余名读者浏览了这个帖子, 欢迎转载, 转载请注明出处。\n")
    battle = _battle(extract_json(tmp_path, text), "万家岭战役")
    assert 3000 not in {f["count"] for f in battle["figures"] if f["side"] != "CN"}  # 3|千余名读者: no figure
    assert 12340 in {f["count"] for f in battle["figures"]}  # the page's wraps are still read


def test_guomindang_before_a_designation_marks_a_chinese_unit(tmp_path):
    text = ("1941年9月，第二次长沙会战打响。参加防守的国民党第4军全军将士约20000人，"
            "在新墙河一线阻击日军第6师团，伤亡过半。\n")
    battle = _battle(extract_json(tmp_path, text), "第二次长沙会战")
    assert ("第4军", "CN") in {(u["name"], u["side"]) for u in battle["units"]}


def test_a_strength_whose_phrase_opens_before_its_unit_takes_the_units_side(tmp_path):
    # 参加守城的第57师官兵约8000人: the figure's phrase opens on 参加, before the unit it counts
    text = ("1943年11月，常德保卫战打响，守城的是国军第74军第57师。此役参加守城的第57师官兵约8000人，"
            "与日军第116师团血战十六昼夜。\n")
    battle = _battle(extract_json(tmp_path, text), "常德保卫战")
    assert (8000, "CN") in {(f["count"], f["side"]) for f in battle["figures"] if f["kind"] == "strength"}


def test_a_unit_list_closed_by_deng_keeps_no_deng_in_its_last_label(tmp_path):
    text = "1944年4月，豫中会战爆发，日军第12军以第37、第62、第110等师团进攻郑州、许昌。\n"
    rows = extract_jsonl(tmp_path, text)
    labels = {r["text"] for r in rows if r.get("kind") == "unit"}
    assert "第110师团" in labels and not any("等" in t for t in labels)
