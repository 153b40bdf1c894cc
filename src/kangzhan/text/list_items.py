"""The marks of list items and the labels of an exam item's answer: the structure that separates the battles of a list.

An exam or quiz item lists battles as options (A./B./C./D., ①②③, (1)(2), 一、二、, 选项A), then an answer line
(正确答案:B, 参考答案) and an explanation (解析:) that takes the options one by one. Each option is its own
battle: what one option's explanation says belongs to that option, never to the one listed before it.

Public API:

    ITEM_MARK          regex source of one item mark (no anchor, no trailing space)
    bare_mark(line)    the line holds nothing but an item mark ("A", "B.", "①", "(3)", "选项C")
    answer_breaks(text)  offsets of the lines that open an answer or an explanation block
    option_letter(text, start)  the letter of the option whose text starts at start (A. X / A on the line above)
    letter_ref(text, start, end)  the option letter a sentence opens with (A项错误, 选项B, C选项正确), or None
"""

from __future__ import annotations

import re

_HAN_NUM = "一二三四五六七八九十"
# a circled number or a bracketed one ((2), （三）): an item's mark even inside a line of prose
NUMBERED_MARK = rf"[\u2460-\u2473\u2776-\u277f]|[(（](?:[0-9]{{1,2}}|[{_HAN_NUM}]{{1,3}})[)）]"
# a letter option (A. / B、 / C: / (D) / 选项A), a circled number, a bracketed or a dotted number, 一、
ITEM_MARK = (rf"(?:选项\s*[A-Ha-h](?:\s*[.．、:：)）])?|[A-H]\s*[.．、:：)）]|[(（][A-Ha-h][)）]|{NUMBERED_MARK}"
             rf"|[0-9]{{1,3}}[、.．]|[{_HAN_NUM}]{{1,3}}、)")
_BARE = re.compile(rf"\s*(?:{ITEM_MARK}|[A-H])\s*")
# 答案解析 / 正确答案:B / 【解析】 / 解析: … — the label that opens an exam item's answer or its explanation
_ANSWER = re.compile(r"^[ \t\u3000]*[【\[]?(?:答案解析|试题解析|参考答案|正确答案|标准答案|答案|解析|详解|点评|解答)[】\]]?"
                     r"[ \t\u3000]*(?=[:：]|$)", re.M)


def bare_mark(line: str) -> bool:
    """The line holds an item mark alone (a quiz page prints the option letter on its own line, the option below)."""
    return bool(line.strip()) and _BARE.fullmatch(line) is not None


def answer_breaks(text: str) -> list[int]:
    """Offsets of the lines that open an exam item's answer or explanation (答案解析, 正确答案:B, 解析:…): the list
    of options ends there."""
    if "答" not in text and "解" not in text and "评" not in text:
        return []
    return [m.start() for m in _ANSWER.finditer(text)]


# the letter mark right before an option's text, at the line's start or after another option (A.X B.Y)
_LETTER_BEFORE = re.compile(r"(?:^|(?<=\s))[#\s]*(?:(?:选项\s*)?([A-H])\s*[.．、:：)）]?|[(（]([A-H])[)）])\s*$")
# an explanation that takes the options by letter: A项错误, 选项B正确, C选项, (D)项 — near the sentence's start
_LETTER_REF = re.compile(r"(?:选项\s*([A-H])|[(（]?([A-H])[)）]?\s*(?:项|选项))")
_REF_WINDOW = 8  # characters before the letter: 解析:, 故, 其中


def option_letter(text: str, start: int) -> str | None:
    """The letter of the option whose text starts at start: the mark before it on its line (A. X, 选项B:X, (C)X), or a
    letter alone on the line above it (a quiz page prints A on one line and the option below)."""
    line_start = text.rfind("\n", 0, start) + 1
    head = text[line_start:start]
    if head.strip():
        m = _LETTER_BEFORE.search(head)
        return (m.group(1) or m.group(2)) if m else None
    if line_start == 0:
        return None
    above = text[text.rfind("\n", 0, line_start - 1) + 1:line_start - 1].strip()
    return above if re.fullmatch(r"[A-H]", above) else None


def letter_ref(text: str, start: int, end: int) -> str | None:
    """The option letter a sentence of an explanation opens with (A项错误, 选项B正确, 解析:C选项), or None."""
    m = _LETTER_REF.search(text, start, min(end, start + _REF_WINDOW + 4))
    if not m or m.start() - start > _REF_WINDOW:
        return None
    return m.group(1) or m.group(2)
