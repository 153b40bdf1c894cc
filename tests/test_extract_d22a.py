"""Battle identification in web copies and personal genres, each on sentences written for this test (other fights,
units, places and persons than the seed, dev and held-out texts), run through `kangzhan extract` as a user would.

- a page copied with its HTML markup (<p class="…">, <div><font …>, <br>, &nbsp;): a block tag is a line break, the
  rest no text, so a fight's name that opens a paragraph is read as one; a "<" of prose is no tag.
"""

from __future__ import annotations

from helpers import extract_json

from kangzhan.text.markup import find_markup


def _battles(facts: dict) -> dict[str, dict]:
    return {b["name"]: b for b in facts["battles"]}


def _units(b: dict) -> set[str]:
    return {u["name"] for u in b["units"]}


# --- HTML markup ----------------------------------------------------------------------------------------------

QL_BLOCKS = (
    '<p class="ql-block ql-indent-1">读完这本回忆录,心情久久不能平静。</p><p class="ql-block ql-indent-1">'
    "杨楼突围战,是新四军第二支队在皖南遭敌合围后的一次成功突围。</p><p class=\"ql-block ql-indent-1\">"
    "杨楼突围战时,我军被三千多日伪军包围,刘振山带领第四团冲在第一线,掩护支队机关安全撤退。</p>\n"
)
DIV_FONT = (
    '<div><font color="#333333"><b>怀念我的外公</b></font></div><div><br></div><div><span style="font-size:16px">'
    "外公生于1915年,早年读过私塾。</span></div><div><span style=\"font-size:16px\">&nbsp;&nbsp;柳泉阻击战,"
    "是外公一生最难忘的一仗。</span></div><div>柳泉阻击战中,他所在的八路军第七团阻击日军一个大队,毙敌六十余人。</div>\n"
)


def test_paragraph_tags_are_line_breaks(tmp_path):
    b = _battles(extract_json(tmp_path, QL_BLOCKS)).get("杨楼突围战")
    assert b is not None
    assert "第4团" in _units(b)


def test_inline_tags_and_entities_are_no_text(tmp_path):
    facts = extract_json(tmp_path, DIV_FONT)
    b = _battles(facts).get("柳泉阻击战")
    assert b is not None
    assert "第7团" in _units(b)
    # evidence stays that of the original text: the name's span is the name
    text = DIV_FONT
    for u in b["units"]:
        ev = u["evidence"]
        assert text[ev["start"]:ev["end"]] == ev["text"]


def test_prose_angle_brackets_are_no_markup():
    text = "敌我兵力之比为3<5,我军<b>处于劣势</b>;<<孙子兵法>>有云。"
    plain, spans = find_markup("敌我兵力之比为3<5,我军处于劣势;<<孙子兵法>>有云。")
    assert spans == [] and plain.startswith("敌我")
    blanked, spans = find_markup(text)
    assert len(blanked) == len(text)
    assert [text[s:e] for s, e in spans] == ["<b>", "</b>"]
