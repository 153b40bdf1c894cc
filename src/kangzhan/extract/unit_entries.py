"""The entries of a unit lineage (番号沿革: a reference book's list of divisions, each entry opening its line with the
unit, "(12)第9师团(常设):…", "第3师:…"), which tell the unit's life clause by clause (；): its formation, the fights
it joined, its transfers, its surrender, its commanders. Such an entry is no account of one battle: a clause that
names a fight is that fight's, a clause that names none (编成, 调回, 隶属, 投降, 师团长是…) is no battle's, and the
entry's unit fought every fight its entry names, though it is written once, at the entry's head.

Public API:

    unit_entries(text, units) -> list[tuple[int, int, int]]
        (start, end, index of the head unit in units) of each entry; empty unless two entries or more open lines so
    entry_labels(text, sentences, labels, battles, entries, names) -> None
        relabel the sentences of the entries: the battle a clause names (one of names), else None
    entry_fights(text, sentences, labels, places, dates, battles, entries, names) -> (sentences, labels, coined)
        the entries cut into dated steps, each the battle it names, else the fight it tells unnamed (在X作战, 攻X)
    entry_commands(text, persons, units, entries) -> list[CommandLink]
        the holders of the head unit's title listed in its entry (师团长是A、B、C): each commanded the head unit
"""

from __future__ import annotations

import re
from bisect import bisect_left

from kangzhan.extract.mentions.base import Mention
from kangzhan.extract.resolve import CommandLink, ResolvedUnit
from kangzhan.text.list_items import ITEM_MARK

_MIN_ENTRIES = 2
# what stands before the head unit on its line: spaces and an item mark ((12), 3., 一、)
_LEAD = re.compile(rf"[ \t\u3000]*(?:(?:{ITEM_MARK})[ \t\u3000]*)?")
# what follows it: a bracketed note (常设, 3单位制) and a colon
_HEAD_TAIL = re.compile(r"[ \t\u3000]*(?:[(（][^()（）\n]{1,12}[)）][ \t\u3000]*)?[:：]")
# a commander's title whose holders the entry lists (师团长是A、B, 历任军长为A、B)
_HOLDERS = re.compile(r"(?P<title>师团长|旅团长|联队长|军长|师长|旅长|团长|司令官|司令)(?:先后|依次|历任)?[是为]")


def unit_entries(text: str, units: list[ResolvedUnit]) -> list[tuple[int, int, int]]:
    """(start, end, head unit index) of the entries of a unit lineage (see the module docstring)."""
    heads: list[tuple[int, int]] = []
    for k, u in enumerate(units):
        if not _HEAD_TAIL.match(text, u.mention.end):  # first: the rare colon after the unit, not a scan back to the
            continue  # line's start (a long line without breaks, many units on it)
        line_start = text.rfind("\n", 0, u.mention.start) + 1
        if _LEAD.fullmatch(text, line_start, u.mention.start) and (not heads or heads[-1][0] != line_start):
            heads.append((line_start, k))
    if len(heads) < _MIN_ENTRIES:
        return []
    ends = [s for s, _ in heads[1:]] + [len(text)]
    return [(s, e, k) for (s, k), e in zip(heads, ends, strict=True)]


def entry_labels(text: str, sentences: list[tuple[int, int]], labels: list[str | None], battles: list[Mention],
                 entries: list[tuple[int, int, int]], names: set[str]) -> None:
    """Each sentence (clause) of an entry takes the battle it names, or none (see the module docstring)."""
    starts = [s for s, _ in sentences]
    named = sorted((m for m in battles if m.value.get("name") in names), key=lambda m: m.start)
    for s, e, _k in entries:
        for i in range(max(bisect_left(starts, s) - 1, 0), bisect_left(starts, e)):
            a, b = sentences[i]
            if b <= s or a >= e:
                continue
            own = next((m.value["name"] for m in named if a <= m.start < b), None)
            labels[i] = own


# a dated step of the record that tells a fight the entry does not name: 在X作战 (fought on a front, a line), 攻X
# (an attack on a town); the step opens with its date (26年8月在X作战, 10月中旬沿Y攻X)
_FOUGHT_ON = re.compile(r"在(?P<at>[\u4e00-\u9fff]{2,10}?)作战")
_ATTACKED = re.compile(r"(?:进攻|攻击|攻占|攻陷|攻打|围攻|攻)(?=[\u4e00-\u9fff])")
_STEP_SPLIT = re.compile(r"[，,]")
_VERB_BEFORE_DATE = 2  # characters of a verb before a step's date (参加, 于)
_TOWNS = ("city", "county", "town", "pass")


def entry_fights(text: str, sentences: list[tuple[int, int]], labels: list[str | None], places: list[Mention],
                 dates: list[Mention], battles: list[Mention], entries: list[tuple[int, int, int]],
                 names: set[str]) -> tuple[list[tuple[int, int]], list[str | None], list[Mention]]:
    """(sentences, labels, coined battles): the sentences of the entries cut into dated steps (at a comma a date
    follows, 9月抵达X,参加11月3日Y战斗), each the battle it names, else the fight it tells without naming it —
    在X作战 on a place the text reads (X作战), an attack on a town (攻X: X战斗), coined — else none."""
    date_starts = sorted(d.start for d in dates)
    named = sorted((m for m in battles if m.value.get("name") in names), key=lambda m: m.start)
    taken = set(names)
    out_s: list[tuple[int, int]] = []
    out_l: list[str | None] = []
    coined: list[Mention] = []
    for (a, b), lab in zip(sentences, labels, strict=True):
        if not any(s <= a < e for s, e, _k in entries):
            out_s.append((a, b))
            out_l.append(lab)
            continue
        cuts = [a] + [c.end() for c in _STEP_SPLIT.finditer(text, a, b) if _dated(date_starts, c.end())] + [b]
        for x, y in zip(cuts, cuts[1:], strict=False):
            own = next((m.value["name"] for m in named if x <= m.start < y), None)
            m = _step_fight(text, x, y, places, taken) if own is None and _dated(date_starts, x) else None
            if m is not None:
                coined.append(m)
                own = m.value["name"]
            out_s.append((x, y))
            out_l.append(own)
    return out_s, out_l, coined


def _dated(date_starts: list[int], pos: int) -> bool:
    """A date opens the step at pos, or follows its verb (参加11月3日…, 于10月…)."""
    i = bisect_left(date_starts, pos)
    return i < len(date_starts) and date_starts[i] - pos <= _VERB_BEFORE_DATE


def _step_fight(text: str, a: int, b: int, places: list[Mention], taken: set[str]) -> Mention | None:
    """The fight a dated step text[a:b] tells without naming it, coined after its place (see entry_fights)."""
    inside = [p for p in places if a <= p.start < b]
    for f in _FOUGHT_ON.finditer(text, a, b):
        p = next((p for p in inside if p.start == f.start("at")), None)
        if p is not None:
            name, alts = text[p.start:f.end()], [p.value.get("name", p.text) + "作战"]
            break
    else:
        p = next((p for p in inside for t in _ATTACKED.finditer(text, a, b) if p.start == t.end()
                  and p.value.get("kind") in _TOWNS), None)
        if p is None:
            return None
        town = p.value.get("short") or p.value.get("name", p.text)
        name, alts = town + "战斗", [town + "之战", "攻" + town]
    if name in taken:
        return None
    taken.add(name)
    return Mention("battle", p.start, p.end, p.text, {"name": name, "coined": True, "implied": True,
                                                       "alts": [x for x in alts if x != name]})


def entry_battles(entries: list[tuple[int, int, int]], sentences: list[tuple[int, int]],
                  labels: list[str | None]) -> dict[int, set[str]]:
    """The head unit index of each entry → the battles its clauses name (after entry_labels)."""
    out: dict[int, set[str]] = {}
    for s, e, k in entries:
        out.setdefault(k, set()).update(lab for (a, b), lab in zip(sentences, labels, strict=True)
                                        if lab and a < e and b > s)
    return out


def entry_commands(text: str, persons: list[Mention], units: list[ResolvedUnit],
                   entries: list[tuple[int, int, int]]) -> list[CommandLink]:
    """The persons listed after a title of the head unit's echelon in its entry (师团长是A、B、C)."""
    out: list[CommandLink] = []
    for s, e, k in entries:
        echelon = units[k].echelon
        for t in _HOLDERS.finditer(text, s, e):
            if not t.group("title").startswith(echelon):
                continue  # 师团长 of a 师团, 军长 of a 军: the head unit's own commander
            pos = t.end()
            while True:
                p = next((p for p in persons if p.start == pos), None)
                if p is None:
                    break
                out.append(CommandLink(p.value["name"], k, p.start, p.end))
                if text[p.end:p.end + 1] not in ("、", "和", "及"):
                    break
                pos = p.end + 1
    return out
