"""A table of the fallen flattened to lines (殉国将领表, 阵亡将士名录, a list of officers killed): each line one person's
record, its columns run together or parted by spaces and commas, in any order — the name with a rank ("张某中将"), the
post held ("第5军军长"), the date of death ("1940、5、16", "1940.5", "1940年5月16日") and where he fell, the province
glued before the place ("湖北某店"). No clause says "fell in the battle of X": the table is the only trace of the fights.

Each such line of the war's years is read as the person falling in a fight at that place on that date: one fight per
distinct place (X战斗, coined, as roll.py and local_entries.py name an unnamed fight), its date the line's date, its
commander the person, its unit the one his post names, and a command where the post is the unit's chief (军长, 师长,
总司令; not a deputy or staff post). Only a table: three such lines or more, with a word of death (追授, 殉国, 阵亡,
自杀 …) in a line or in the lines above the table, and no line of appointment, birth or schooling (任, 出生, 毕业):
a list of births, of appointments or a roster of the living has the same columns and tells no fight.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from kangzhan.extract.deaths import DEATH_WORDS
from kangzhan.extract.implied import implied_mention
from kangzhan.extract.lexicons import admin, regions
from kangzhan.extract.mentions.base import Mention
from kangzhan.extract.mentions.lexdata import cn_surnames
from kangzhan.extract.mentions.persons import RANKS, TITLES
from kangzhan.extract.mentions.places import place_kind
from kangzhan.extract.model import DateValue
from kangzhan.extract.resolve import CommandLink, ResolvedUnit

_SP = r"[ \t\u3000]"
# a written date of death: year (1931–1945 checked below), month, day; separators 、 . ． / - or 年月日
_DATE = re.compile(r"(?<![0-9])(?P<y>19[34][0-9])\s*(?:[、.．/\-]|年)\s*(?P<m>1[0-2]|0?[1-9])\s*月?"
                   r"(?:\s*(?:(?<=月)|[、.．/\-])\s*(?P<d>3[01]|[12][0-9]|0?[1-9])(?![0-9])\s*[日号]?)?(?![0-9])")
_NOTE = re.compile(r"[(（](?P<note>[\u4e00-\u9fff]{1,6})[)）]")
_CUT = re.compile(r"[ \t\u3000,，;；|｜]+")
_LEAD_NUMBER = re.compile(rf"^{_SP}*(?:[0-9]{{1,3}}[.、．]|[(（][0-9]{{1,3}}[)）])?{_SP}*")
_RANK = "|".join(sorted((r for r in RANKS if r != "将军"), key=len, reverse=True))
_RANK_ONLY = re.compile(f"(?:{_RANK})")
_NAME_ONLY = re.compile(r"[\u4e00-\u9fff]{2,4}")
_PERSON = re.compile(rf"(?P<name>[\u4e00-\u9fff]{{2,4}}?)(?P<rank>{_RANK})")
_POST = re.compile("|".join(sorted((re.escape(t) for t, _ in TITLES), key=len, reverse=True)) + r"|高参|参议|主任|参谋")
# a chief's post: the unit's commander (not 副…, 参谋长, 高参, 政治部主任 …)
_CHIEF = re.compile(r"(?<!副)(?:总司令|司令官|司令员|司令|总指挥|军长|师长|旅长|团长|纵队长|支队长)$")
# a word of death in a line or above the table: the table is of the fallen (any death, also by suicide or at the
# enemy's hands, and the honours of the dead: 追授, 烈士)
_DEATH = re.compile("|".join((*DEATH_WORDS, "追授", "追赠", "追晋", "追认", "战殁", "自杀", "自戕", "遇难", "就义", "烈士", "英烈",
                              "忠烈")))
# a line of appointment, birth or schooling: no record of a death
_NOT_DEATH = re.compile(r"(?<!主)任(?!务|何)|晋升|出生|生于|诞生|毕业|入学|结婚|授衔|授予")  # not 主任 (a post)
_NOT_NAME = re.compile(r"[0-9军师旅团营连部队战区司令的和与]")  # 第5军少将: a unit's rank, no person
_JP_ECHELONS = ("师团", "旅团", "联队", "方面军", "派遣军")
_MIN_ROWS = 3
_HEAD_REACH = 300  # characters above the first row where a heading may give the word of death
_WAR = (1931, 1945)


@dataclass(frozen=True)
class Row:
    """One line of the table: the person (title: his rank), the date of death, the place he fell at (None when the
    line gives only a province or a country), the place column's span (the province with it), the span of the
    post's text, whether the post is the unit's chief, and the line's span."""

    person: Mention
    date: Mention
    place: Mention | None
    column: tuple[int, int]
    post: tuple[int, int] | None
    chief: bool
    start: int
    end: int


def fallen_rows(text: str) -> list[Row]:
    """The rows of a table of the fallen in ``text``, or none (see the module docstring)."""
    rows: list[Row] = []
    pos = 0
    for line in text.splitlines(keepends=True):
        a, pos = pos, pos + len(line)
        row = _row(text, a, a + len(line.rstrip("\r\n")))
        if row is not None:
            rows.append(row)
    if len(rows) < _MIN_ROWS:
        return []
    lo = max(0, rows[0].start - _HEAD_REACH)
    if not (_DEATH.search(text, lo, rows[0].start) or any(_DEATH.search(text, r.start, r.end) for r in rows)):
        return []
    return rows


def _row(text: str, a: int, b: int) -> Row | None:
    """The row a line is, or None: one date of the war's years, one name with a rank, one place column."""
    if text.find("19", a, b) < 0:
        return None  # no year of _DATE (most lines): not scanned for one
    lead = _LEAD_NUMBER.match(text, a, b)
    a = lead.end() if lead else a
    dates = list(_DATE.finditer(text, a, b))
    if len(dates) != 1 or not _WAR[0] <= int(dates[0].group("y")) <= _WAR[1] or _NOT_DEATH.search(text, a, b):
        return None
    d = dates[0]
    cells = _cells(text, a, b, d)  # the columns around the date, brackets (追授, 自杀) left out
    person = post = place = None
    for k, (s, t) in enumerate(cells):
        nxt = cells[k + 1] if k + 1 < len(cells) else None
        if person is None and nxt and _RANK_ONLY.fullmatch(text, *nxt) and _NAME_ONLY.fullmatch(text, s, t) \
                and text[s] in cn_surnames():
            person = (s, t, text[nxt[0]:nxt[1]])  # 张某 中将: the rank a column of its own
            continue
        if person is not None and (s, t) != cells[0] and _RANK_ONLY.fullmatch(text, s, t):
            continue
        m = _PERSON.match(text, s, t)
        if person is None and m and m.end() == t and not _NOT_NAME.search(m.group("name")):
            person = (s, m.end("name"), m.group("rank"))
            continue
        if person is None and m and _POST.search(text, m.end(), t) and text[s] in cn_surnames():
            person, post = (s, m.end("name"), m.group("rank")), (m.end(), t)  # 张某少将第5军军长: all glued
            continue
        if _POST.search(text, s, t) or re.search(r"[0-9]", text[s:t]):
            if post is None:
                post = (s, t)
            continue
        if place is None and re.fullmatch(r"[\u4e00-\u9fff]{2,12}", text[s:t]):
            place = (s, t)
    if person is None or place is None:
        return None
    ps, pe, rank = person
    who = Mention("person", ps, pe, text[ps:pe], {"name": text[ps:pe], "title": rank, "how": "roll"})
    y, mo, dd = d.group("y"), d.group("m"), d.group("d")
    iso = f"{int(y):04d}-{int(mo):02d}" + (f"-{int(dd):02d}" if dd else "")
    # the day he fell: the fight of the row began and ended then, as far as the table tells
    when = Mention("date", d.start(), d.end(), d.group(0).strip(), {
        "date": DateValue(iso), "end": DateValue(iso), "year_inherited": False, "month_inherited": False,
        "year_from_later": False})
    chief = post is not None and bool(_CHIEF.search(text, post[0], post[1]))
    return Row(who, when, _narrow_place(text, *place), place, post, chief, a, b)


def _spans_between(s: int, t: int, holes: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The parts of [s, t) outside the holes (in order, not overlapping)."""
    out, pos = [], s
    for x, y in holes:
        if x > pos:
            out.append((pos, x))
        pos = max(pos, y)
    if pos < t:
        out.append((pos, t))
    return out


def _cells(text: str, a: int, b: int, d: re.Match) -> list[tuple[int, int]]:
    """The cells of the line (a..b) around the date, as spans of the text, in order."""
    out = []
    for s, t in ((a, d.start()), (d.end(), b)):
        holes = [n.span() for n in _NOTE.finditer(text, s, t)]
        for x, y in _spans_between(s, t, holes):
            out += [(x + c.start(), x + c.end()) for c in re.finditer(r"[^ \t\u3000,，;；|｜]+", text[x:y])]
    return out


@cache
def _provinces() -> list[str]:
    """The provinces (Republican ones too) and neighbouring countries that a table writes before the place."""
    names = {n for n, p in admin().items() if p.kind == "province"}
    names |= {n for n, k in regions().items() if k in ("province", "country")}
    return sorted(names, key=len, reverse=True)


def _narrow_place(text: str, s: int, t: int) -> Mention | None:
    """The place column without the province or country written before it (湖北某店 → 某店); None when the column
    is a province or country alone (no place of a fight)."""
    cell = text[s:t]
    head = next((p for p in _provinces() if cell.startswith(p)), "")
    if len(cell) - len(head) < 2:
        return None
    s += len(head)
    name = text[s:t]
    kind = place_kind(name) or "town"
    short = name[:-1] if name.endswith("村") and len(name) >= 3 else None
    return Mention("place", s, t, name, {"name": name, "kind": kind, "lon": None, "lat": None, "official": None,
                                         "source": "roll", "short": short})


def _overlaps(m: Mention, spans: list[tuple[int, int]]) -> bool:
    return any(m.start < t and s < m.end for s, t in spans)


def row_persons(rows: list[Row], persons: list[Mention]) -> list[Mention]:
    """The persons found, each row's person in place of what was found over his name or his place column (戴|民权
    read as a county, 王凤|山 as a mountain)."""
    if not rows:
        return persons
    spans = [(r.person.start, r.person.end) for r in rows] + [(r.place.start, r.place.end) for r in rows if r.place]
    return sorted([*(p for p in persons if not _overlaps(p, spans)), *(r.person for r in rows)], key=lambda m: m.start)


def row_dates(rows: list[Row], dates: list[Mention]) -> list[Mention]:
    """The dates found, each row's date of death in place of what was read over it."""
    if not rows:
        return dates
    spans = [(r.date.start, r.date.end) for r in rows]
    return sorted([*(d for d in dates if not _overlaps(d, spans)), *(r.date for r in rows)], key=lambda m: m.start)


def row_places(rows: list[Row], places: list[Mention]) -> list[Mention]:
    """The places found, each row's place (its province cut off) in place of what was found over its place column
    or its person (山西台|寨 read across the province and the village, 戴|民权); none in its post (豫南游击纵队 司令:
    the region names the unit, no battlefield)."""
    if not rows:
        return places
    spans = [(r.person.start, r.person.end) for r in rows] + [r.column for r in rows] + [r.post for r in rows if r.post]
    return sorted([*(p for p in places if not _overlaps(p, spans)), *(r.place for r in rows if r.place)],
                  key=lambda m: m.start)


def row_events(sentences: list[tuple[int, int]], labels: list[str | None], rows: list[Row],
               battles: list[Mention]) -> tuple[list[str | None], list[Mention]]:
    """Labels with each row's sentences given the fight at its place (one per place: rows that share it are one
    fight) and the battles coined for them (X战斗 after the place, as implied.implied_mention names them). A row
    with no place (a province alone) is no battle's."""
    labels = list(labels)
    coined: dict[str, Mention] = {}
    named = {m.value.get("name") for m in battles}
    for r in rows:
        if r.place is None:
            name = None
        else:
            m = implied_mention(r.place, "战斗", coined=True)
            name = m.value["name"]
            if name not in named and name not in coined:
                coined[name] = m
        for k, (s, t) in enumerate(sentences):
            if r.start <= s < r.end or s <= r.start < t:
                labels[k] = name
    return labels, list(coined.values())


def row_commands(text: str, rows: list[Row], units: list[ResolvedUnit], commands: list[CommandLink]) -> list[CommandLink]:
    """The commands linked, with each row's own in place of those linked to its person: the unit his post names when
    the post is its chief's (X师师长), none for a deputy or a staff post (X师参谋长, X师副师长). The units a row's post
    names take the side of its person when he bears a Chinese surname (第17军 is no Japanese army in such a row)."""
    if not rows:
        return commands
    own = {r.person.value["name"] for r in rows}
    out = [c for c in commands if c.person not in own]
    for r in rows:
        if r.post is None:
            continue
        inside = [k for k, u in enumerate(units) if r.post[0] <= u.mention.start and u.mention.end <= r.post[1]]
        for k in inside:
            if units[k].side != "CN" and r.person.text[:1] in cn_surnames() and units[k].echelon not in _JP_ECHELONS:
                units[k].side, units[k].weak = "CN", True
        if r.chief and inside:
            # the unit right before the title (第45师第267团团长: the regiment)
            out.append(CommandLink(r.person.value["name"], inside[-1], r.person.start, r.person.end))
    return out
