"""Find the layout spaces that web pages and typeset copies put between a number and its counter word.

A page typeset for mixed scripts (or copied from a CMS that pads Latin runs) writes "民國31 年5 月", "約10 萬人",
"第13 軍", "5 個師團": one space after every run of Arabic digits. Left in, it cuts every date, figure and unit
designation. A layout space is a single space between an Arabic digit and the word a number is counted with
(年/月/日/时, 万/千/百, 个, 人/名, 余/多, and the echelon words of units: 军/师/团/旅/营/连/集团军/战区/纵队/支队 …),
or between 第 and its digit. Dropped like inline glosses (glosses.drop_spans), so offsets map back. Two spaces
(a table's cell gap), a space before other words (a numbered heading "1 长沙会战") and the space after a number that
opens a line ("1 军事形势": an item's number, unless a date goes on) stay. A space between a Han character and a
number that goes on to its counter word ("殲敵 3400 餘人", "即 23 日") is the same padding: dropped too, and so the
space after a unit's type modifier (新编, 暂编, 预备 …) before its designation ("暂编 第5军", "预备 第二师").
A space that groups a number's thousands ("击毙敌军3 000余人", "12 500人": the typographic thousands separator) is
dropped too when the number goes on to its counter word, so the count is read whole.
"""

from __future__ import annotations

import re

# the first characters of the words that follow a number (Simplified: the text is normalized before)
_COUNTED = "年月日号时万千百亿个人名余多架艘辆门次路军师团旅营连排集战纵支联混"
# and the space such a page also puts before the number, after the word it counts for (殲敵 3400 餘人, 伤亡 1.2 万人,
# 兵力 10 万): a Han character, the space, then a number that goes on to its counter word.
# = (?<=[0-9]) (?=[…])|(?<=第) (?=[0-9])|(?<=[Han]) (?=number counter), the space first (its left context a lookbehind
# over it): re scans for it in C
# (not before a date: "桂林18日电 18日上午" is a dateline, then the report's first sentence)
_FIGURE_COUNTED = _COUNTED.replace("年月日号时", "")
# the two-character type modifiers written before a unit's designation (units.PRE_MODS), and that designation:
# 第 and a numeral (Arabic or Chinese), each maybe padded, then an echelon word's first character
_MODIFIER = "新编|暂编|预备|独立|骑兵|荣誉"
_DESIGNATION = "第? ?(?:[0-9]+|[〇一二三四五六七八九十百两]+) ?[军师旅团营纵支]"
_LAYOUT_SPACE = re.compile(rf" (?:(?<=[0-9] )(?=[{_COUNTED}])|(?<=第 )(?=[0-9])"
                           rf"|(?<=[\u4e00-\u9fff] )(?=[0-9]+(?:\.[0-9]+)? ?[{_FIGURE_COUNTED}])"
                           rf"|(?<=(?:{_MODIFIER}) )(?={_DESIGNATION}))")


# a thousands separator written as a space: 1-3 digits, the space, groups of three digits, then the counter word
# (3 000余人, 12 500 人); a table's two cells ("100 200") have no counter word right after the second number
_THOUSANDS_SPACE = re.compile(rf"(?<![0-9])[0-9]{{1,3}}(?P<groups>(?: [0-9]{{3}})+)(?![0-9.,])(?= ?(?:[余多]|[{_FIGURE_COUNTED}]))")
_ITEM_NUMBER = re.compile(r"(?:^|(?<=\n))[ \t]*[0-9]{1,3}$")  # "1 军事形势": a numbered line, its number and a space


def find_layout_spaces(text: str) -> list[tuple[int, int]]:
    """(start, end) of every layout space of ``text``: a lone space inside a number and its counter word. A number
    that opens a line is an item's number ("1 军事形势", "2 战役经过") unless a date goes on from it ("5 月14 日")."""
    if " " not in text:
        return []
    out = []
    for m in _LAYOUT_SPACE.finditer(text):
        a, b = m.span()
        if text[b:b + 1] == " " or a and text[a - 1] == " ":
            continue
        if text[a - 1:a].isdigit() and text[b] not in "年月日" \
                and _ITEM_NUMBER.search(text, text.rfind("\n", 0, a) + 1, a):
            continue
        out.append((a, b))
    for m in _THOUSANDS_SPACE.finditer(text):
        if not text[text.rfind("\n", 0, m.start()) + 1:m.start()].strip():
            continue  # "1 200人" opening a line: an item's number, then its count
        g0 = m.start("groups")
        out += [(i, i + 1) for i in range(g0, m.end("groups"), 4)]
    return sorted(set(out))
