"""Persons in the address of a Republican telegram or letter: "吉总指挥世五弟,邓左指挥宪章弟,…均鉴". The writer
names each addressee by family name, title and courtesy name (字), then 弟/兄 (a junior or a senior), and the
list ends in …鉴 (均鉴, 钧鉴, 勋鉴). The person is family name + courtesy name (吉世五); the family name + title
(吉总指挥) names him elsewhere in the same text (顷接吉总指挥文电). Mentions found inside such an address by other
rules (世五弟 after a title, 邓左 before a verb) give way.
"""

from __future__ import annotations

import re

from kangzhan.extract.mentions.base import Mention
from kangzhan.extract.mentions.lexdata import cn_surnames
from kangzhan.extract.mentions.persons import TITLES

_TITLE = "|".join(sorted({re.escape(t) for t, _ in TITLES} | {"指挥"}, key=len, reverse=True))
_ADDRESSEE = re.compile(rf"(?P<s>[\u4e00-\u9fff])(?P<t>(?:[左右前后中]路?)?(?:{_TITLE}))(?P<z>[\u4e00-\u9fff]{{2}})"
                        r"(?:仁兄|吾兄|贤弟|兄|弟)(?=[,，、;；])")
_GREETING = re.compile(r"(?:均|钧|勋|台|公|同)鉴")


def addressees(text: str, persons: list[Mention]) -> list[Mention]:
    """``persons`` with the addressees of telegram and letter salutations read as family + courtesy name."""
    found: list[Mention] = []
    for m in _ADDRESSEE.finditer(text):
        stop = text.find("。", m.end())
        greeting = _GREETING.search(text, m.end(), min(len(text), m.end() + 80))
        if m.group("s") not in cn_surnames() or greeting is None or 0 <= stop < greeting.start():
            continue
        name = m.group("s") + m.group("z")
        found.append(Mention("person", m.start(), m.end("z"), m.group(0)[:m.end("z") - m.start()],
                             {"name": name, "title": m.group("t"), "how": "salutation"}))
    if not found:
        return persons
    by_title = {m.text[:len(m.text) - 2]: m.value for m in found}  # 吉总指挥 → 吉世五
    for short, value in by_title.items():
        for m in re.finditer(re.escape(short), text):
            if not any(f.start <= m.start() < f.end for f in found):
                found.append(Mention("person", m.start(), m.end(), short, dict(value)))
    kept = [p for p in persons if not any(f.start < p.end and p.start < f.end + 1 for f in found)]
    return sorted([*kept, *found], key=lambda p: (p.start, -p.end))
