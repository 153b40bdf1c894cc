"""An archive's holdings name the units that made the records, not the forces of a fight: a news item on a release
of files lists what an archive keeps (馆所藏某部抗战档案,主要内容包括…第N战区…报告…文电; 第X军司令部全宗)
next to the battle the files tell of. The units named in the sentence that describes the holdings are the records'
creators or senders; the same unit named where the fight is told stays that fight's. An account quoting a file
(档案记载,第N战区部队在X与日军激战) describes no holdings and is left alone.
"""

from __future__ import annotations

import re

from kangzhan.extract.mentions.base import Mention

# a word of keeping, then within the clause run the kind of record kept; or a fonds (全宗), an archive's unit of
# records named after the office that made them
_HOLDINGS = re.compile(r"(?:所藏|馆藏|藏有|收藏的|珍藏的|保存的|保管的)[^。！？!?\n]{0,24}?(?:档案|文电|文献|史料|卷宗)"
                       r"|全宗")
_SENTENCE_END = "。！？!?\n"
# units as the subject of a set of files (八路军新四军抗战档案, 第X军历史档案): the records' makers, named in a headline
_FILES_AFTER = re.compile(r"(?:抗战|抗日|历史|作战)?(?:档案|全宗)")
_JOINER = ("、", "和", "与", "及", "")


def _holdings_spans(text: str) -> list[tuple[int, int]]:
    """The sentences (up to 。, ！, ？ or a line break) in which a holdings phrase stands."""
    out: list[tuple[int, int]] = []
    for m in _HOLDINGS.finditer(text):
        a = max(text.rfind(c, 0, m.start()) for c in _SENTENCE_END) + 1
        ends = [i for i in (text.find(c, m.end()) for c in _SENTENCE_END) if i != -1]
        b = min(ends) if ends else len(text)
        if not out or a > out[-1][1]:
            out.append((a, b))
        else:
            out[-1] = (out[-1][0], max(out[-1][1], b))
    return out


def _files_subjects(text: str, units: list[Mention]) -> set[int]:
    """The indices of the units written as a run (joined by 、/和/与/及 or nothing) right before a word of files."""
    out: set[int] = set()
    run: list[int] = []
    for k, m in enumerate(units):
        if run and text[units[run[-1]].end:m.start] not in _JOINER:
            run = []
        run.append(k)
        if _FILES_AFTER.match(text, m.end):
            out.update(run)
            run = []
    return out


def outside_holdings(text: str, units: list[Mention]) -> list[Mention]:
    """The unit mentions but those in a sentence that describes an archive's holdings and those named as the
    subject of a set of files (see the module docstring)."""
    if "档案" not in text and "全宗" not in text and "文电" not in text:
        return units
    units = sorted(units, key=lambda m: m.start)
    spans = _holdings_spans(text)
    files = _files_subjects(text, units)
    return [m for k, m in enumerate(units) if k not in files and not any(a <= m.start < b for a, b in spans)]
