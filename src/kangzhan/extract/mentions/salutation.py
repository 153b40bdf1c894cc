"""Persons named with a title between family and given name, the Republican style of respect.

In the address of a telegram or letter: "吉总指挥世五弟,邓左指挥宪章弟,…均鉴". The writer
names each addressee by family name, title and courtesy name (字), then 弟/兄 (a junior or a senior), and the
list ends in …鉴 (均鉴, 钧鉴, 勋鉴). The person is family name + courtesy name (吉世五); the family name + title
(吉总指挥) names him elsewhere in the same text (顷接吉总指挥文电). Mentions found inside such an address by other
rules (世五弟 after a title, 邓左 before a verb) give way.

In official histories and orders: "我第三战区顾长官祝同令…", "薛长官岳电…", "蒋委员长中正手令" — family name, title,
then the given name before the verb of the order. The person is 顾祝同, not 祝同令.

The address names where its addressee sits ("南京外交部罗部长钧任兄勋鉴", "重庆委员长蒋钧鉴"): a place there is
the seat of an office, no place of what the telegram reports (outside_address).
"""

from __future__ import annotations

import re

from kangzhan.extract.mentions.base import Mention
from kangzhan.extract.mentions.lexdata import cn_surnames
from kangzhan.extract.mentions.persons import TITLES
from kangzhan.extract.mentions.scan import near_anchor_finditer, occurrences

_TITLE = "|".join(sorted({re.escape(t) for t, _ in TITLES} | {"指挥"}, key=len, reverse=True))
_ADDRESSEE = re.compile(rf"(?P<s>[\u4e00-\u9fff])(?P<t>(?:[左右前后中]路?)?(?:{_TITLE}))(?P<z>[\u4e00-\u9fff]{{2}})"
                        r"(?:仁兄|吾兄|贤弟|兄|弟)(?=[,，、;；])")
# _ADDRESSEE tried only before its closing 兄/弟 (near_anchor_finditer visits every start): that word starts at most
# 1 (family name) + 2 (左路 …) + the longest title + 2 (courtesy name) characters after a match's start
_CLOSING = re.compile("(?:仁兄|吾兄|贤弟|兄|弟)(?=[,，、;；])")  # literal-led: scanned for its first characters in C
_ADDRESSEE_REACH = 1 + 2 + max(len(t) for t in _TITLE.split("|")) + 2
_GREETING = re.compile(r"(?:均|钧|勋|台|公|同)鉴")
# family name + title + given name + the verb of an order (顾长官祝同令, 薛长官岳电, 蒋委员长中正手令); the family
# name opens the phrase (after punctuation, a side word or the unit the man heads: 第三战区顾长官)
_HONORIFIC = re.compile(rf"(?<=[，,。；;：:、\s我敌据由经将与和及区军部师])(?P<s>[\u4e00-\u9fff])(?P<t>{_TITLE})"
                        r"(?P<z>[\u4e00-\u9fff]{1,2}?)(?=手令|电令|下令|亲率|亲自|督率|指挥|令|命|率|电|饬|以|即|乃|遂|于)")


def addressees(text: str, persons: list[Mention]) -> list[Mention]:
    """``persons`` with the addressees of telegram and letter salutations read as family + courtesy name."""
    found: list[Mention] = []
    for m in near_anchor_finditer(_ADDRESSEE, text, _CLOSING, _ADDRESSEE_REACH):  # = _ADDRESSEE.finditer(text)
        stop = text.find("。", m.end())
        greeting = _GREETING.search(text, m.end(), min(len(text), m.end() + 80))
        if m.group("s") not in cn_surnames() or greeting is None or 0 <= stop < greeting.start():
            continue
        name = m.group("s") + m.group("z")
        found.append(Mention("person", m.start(), m.end("z"), m.group(0)[:m.end("z") - m.start()],
                             {"name": name, "title": m.group("t"), "how": "salutation"}))
    for m in _HONORIFIC.finditer(text):
        if m.group("s") not in cn_surnames() or any(f.start <= m.start() < f.end for f in found):
            continue
        if _adverb_after(text, m.end("z")):
            continue  # 刘师长立即召开, 刘师长当即决定: an adverb (立即, 当即) after the title, no given name
        found.append(Mention("person", m.start(), m.end("z"), m.group(0), {
            "name": m.group("s") + m.group("z"), "title": m.group("t"), "how": "honorific"}))
    if not found:
        return persons
    by_title = {m.text[:len(m.text) - 2]: m.value for m in found if m.value["how"] == "salutation"}  # 吉总指挥 → 吉世五
    for short, value in by_title.items():
        for a, b in occurrences(text, short):  # = re.finditer(re.escape(short), text)
            if not any(f.start <= a < f.end for f in found):
                found.append(Mention("person", a, b, short, dict(value)))
    kept = [p for p in persons if not any(f.start < p.end and p.start < f.end + 1 for f in found)]
    return sorted([*kept, *found], key=lambda p: (p.start, -p.end))


def _adverb_after(text: str, end: int) -> bool:
    """The given name's last character and the next one make a common adverb (立|即, 当|即, 随|即): the title is
    followed by the adverb of the verb, the person is named by family name and title only."""
    from kangzhan.extract.lexicons import common_words
    freq, flag = common_words().get(text[end - 1:end + 1], (0, ""))
    return flag.startswith("d") and freq >= 100


# an address line: up to the greeting (…勋鉴, …钧鉴) within one line and one clause from its start
_ADDRESS_LINE = re.compile(r"(?m)^[ \t\u3000]*(?P<where>[^\n。，,；;:：]{2,30}?)(?:均|钧|勋|台|公|同)鉴")


def outside_address(text: str, places: list[Mention]) -> list[Mention]:
    """``places`` without those standing in a telegram's or letter's address line (南京外交部罗部长钧任兄勋鉴: where the
    addressee's office sits)."""
    spans = [m.span("where") for m in _ADDRESS_LINE.finditer(text)] if "鉴" in text else []
    return [m for m in places if not any(a <= m.start < b for a, b in spans)] if spans else places
