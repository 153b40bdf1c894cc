"""The marks of list items and the labels of an exam item's answer: the structure that separates the battles of a list.

An exam or quiz item lists battles as options (A./B./C./D., ①②③, (1)(2), 一、二、, 选项A), then an answer line
(正确答案:B, 参考答案) and an explanation (解析:) that takes the options one by one. Each option is its own
battle: what one option's explanation says belongs to that option, never to the one listed before it.

Public API:

    ITEM_MARK          regex source of one item mark (no anchor, no trailing space)
    bare_mark(line)    the line holds nothing but an item mark ("A", "B.", "①", "(3)", "选项C")
    answer_breaks(text)  offsets of the lines that open an answer or an explanation block
"""

from __future__ import annotations

import re

_HAN_NUM = "一二三四五六七八九十"
# a letter option (A. / B、 / C: / (D) / 选项A), a circled number, a bracketed or a dotted number, 一、
ITEM_MARK = (rf"(?:选项\s*[A-Ha-h](?:\s*[.．、:：)）])?|[A-H]\s*[.．、:：)）]|[(（][A-Ha-h][)）]|[\u2460-\u2473\u2776-\u277f]"
             rf"|[(（](?:[0-9]{{1,2}}|[{_HAN_NUM}]{{1,3}})[)）]|[0-9]{{1,3}}[、.．]|[{_HAN_NUM}]{{1,3}}、)")
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
