"""Find the line breaks a PDF-to-text copy puts around numbers, and the 日 it lost after a day number.

A PDF whose digits are set in a font run of their own comes out of text extraction with a line break after every
number: "1937\\n年", "7\\n月27\\n\\n,", "下午16\\n时", "1\\n个多月". Those breaks cut every date and count. A break
between Arabic digits and the unit word after them (年 月 日 号 时 个, an echelon 师 军 团 …, a count's 余 人 万 …)
is no text: it is dropped like a pinyin gloss
(glosses.drop_spans keeps the offsets). Such copies also lose the 日 of a day number that closes a line before an
empty one ("8\\n月6\\n\\n开始"): there the break stands where 日 stood, and a reader reads the day. Both only in a
text that shows the pattern twice or more (a line that merely ends in a number stays as it is elsewhere).

A web page copied from its HTML may set every inline run of a paragraph on a line of its own: a number, a middle
dot, a quotation mark ("1932\\n年\\n1\\n月", "一\\n·\\n二八事变", "“\\n八\\n·\\n一三\\n”"). Those breaks cut
dates and the names of incidents written by their day; they are dropped too (find_run_breaks), only in a text
where a middle dot or a quotation mark stands alone on a line between two lines twice or more (no prose sets a
lone quotation mark on a line of its own), or a number stands alone between the word before it and its counter
word thrice (于|2024|年), and never after a line that ends a sentence.
"""

from __future__ import annotations

import re

# digits, the break (with blank lines and spaces), then a unit word: the number's own unit
# (the digit consumed, the break its group "b": re scans for a digit in C, where a lookbehind-led pattern is tried at
# every position; a break holds no digit, so the matches' groups are the breaks (?<=[0-9])… finds)
_NUMBER_BREAK = re.compile(r"[0-9](?P<b>[ \t\u3000]*\n[ \t\u3000\r\n]*)(?=[年月日号时个师军团旅营连余多人名万千])")
# a day number after 月 that closes its line before an empty line, its 日 lost: 月27\n\n, / 月6\n\n开始
_LOST_DAY = re.compile(r"月(?:[ \t\u3000]*\n[ \t\u3000\r\n]*)?(?:3[01]|[12][0-9]|0?[1-9])"
                       r"(?P<gap>[ \t\u3000]*\n[ \t\u3000\r]*\n[ \t\u3000\r\n]*)(?![年月日号时个0-9])")
_MIN_BREAKS = 2


# what stands before a number that a break cut from its unit: its line's start, a Han character, a mark (日军于8|月);
# a page number ("P. 205", "- 12 -") stands after Latin letters, spaces or dashes
_BEFORE_NUMBER = re.compile(r"[\n\u3400-\u9fff，,、：:；;（(“]")


def _cut_number(text: str, end: int) -> bool:
    """The digits ending at ``end`` open their line or follow a Han character or a mark."""
    i = end
    while i > 0 and text[i - 1].isdigit():
        i -= 1
    return i == 0 or bool(_BEFORE_NUMBER.match(text, i - 1))


def find_number_breaks(text: str) -> tuple[list[tuple[int, int]], list[int]]:
    """(spans of the breaks to drop, positions where a lost 日 stood) of ``text``; both empty unless the text has
    at least two breaks between a number and its unit. A lost day's position is the first character of its
    gap, which is kept (to be read as 日); the rest of the gap is among the spans."""
    if "\n" not in text:
        return [], []
    breaks = [m.span("b") for m in _NUMBER_BREAK.finditer(text) if _cut_number(text, m.start("b"))]
    if len(breaks) < _MIN_BREAKS:
        return [], []
    days: list[int] = []
    for m in _LOST_DAY.finditer(text):
        if not re.search(r"[0-9][ \t\u3000\r\n]*$", text[max(0, m.start() - 8):m.start()]):
            continue  # 月 of an Arabic month only (三月27 is no date of this kind)
        a, b = m.span("gap")
        days.append(a)
        if b > a + 1:
            breaks.append((a + 1, b))
    return sorted(breaks), days


def restore_days(text: str, days: list[int]) -> str:
    """``text`` with 日 at each position of ``days`` (same length: offsets stay)."""
    if not days:
        return text
    chars = list(text)
    for i in days:
        chars[i] = "日"
    return "".join(chars)


# a line that holds one inline run of such a page: digits (a date's, a count's) or marks, a few characters
_RUN_LINE = re.compile(r"[0-9０-９.\-/:：·・“”「」『』‘’\"',，、。()（）|]{1,12}")
# a mark that never stands alone on a line of prose: its line is an inline run the page set apart
_LONE_MARK = re.compile(r"[·・“”「」『』‘’]")
_MIN_LONE_MARKS = 2
# or a number alone on its line between the word before it and its counter word (于|2024|年, 爆发|92|周年): thrice
_CUT_NUMBER = re.compile(r"[0-9]{1,4}")
_HAN = re.compile(r"[\u3400-\u9fff]")
_COUNTER = re.compile(r"[年月日号时个周余多人名万千师军团旅营连]")
_MIN_CUT_NUMBERS = 3


def _lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of each line's text without the spaces around it (end == start for a blank line)."""
    out, pos = [], 0
    for line in text.split("\n"):
        lead = len(line) - len(line.lstrip())
        out.append((pos + lead, pos + lead + len(line.strip())))
        pos += len(line) + 1
    return out


def find_run_breaks(text: str) -> list[tuple[int, int]]:
    """Spans of the line breaks (with the spaces around them) on either side of a line that holds one inline
    run (digits or marks: _RUN_LINE), between two lines that are not blank, in a text that sets a middle dot or a
    quotation mark alone on a line twice or more, or a number between its word and its counter thrice; none after
    a line that ends a sentence (。！？)."""
    if text.count("\n") < 4:
        return []
    lines = _lines(text)
    inner = [k for k in range(1, len(lines) - 1) if lines[k - 1][1] > lines[k - 1][0] and lines[k + 1][1] > lines[k + 1][0]]
    lone = sum(1 for k in inner if _LONE_MARK.fullmatch(text, *lines[k]))
    cut = sum(1 for k in inner if _CUT_NUMBER.fullmatch(text, *lines[k]) and _HAN.match(text, lines[k - 1][1] - 1)
              and _COUNTER.match(text, lines[k + 1][0]))
    if lone < _MIN_LONE_MARKS and cut < _MIN_CUT_NUMBERS:
        return []
    out = []
    for (s0, e0), (s1, e1) in zip(lines, lines[1:], strict=False):
        if e0 == s0 or e1 == s1 or text[e0 - 1] in "。！？!?" or text[e0 - 1].isdigit() and text[s1].isdigit():
            continue  # a sentence's end; two numbers (a dateline's 2024-03-24, then the first date of the text)
        if _RUN_LINE.fullmatch(text, s0, e0) or _RUN_LINE.fullmatch(text, s1, e1):
            out.append((e0, s1))
    return out
