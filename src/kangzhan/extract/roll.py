"""A roll of the dead (英烈谱, 烈士名录, a biographical register): each entry is a name alone on its line (often spaced
out to a fixed width: "王　二　虎", "赵 铁") over its life dates in brackets ("(1910.03—1940.07.16)"), or a line
that opens with the name and its life dates ("1.刘某(1908.4—1941.9.18),山东临沂人,…": a roll only when several
lines do so, else it is one biography), then a short biography: origin, posts held, how the person died
("在攻打X县城的战斗中牺牲") and where he lies.

An entry is about its person, and only the clause that says he fell in a fight is about a battle: the fight named
there, else one named after the place attacked (X战斗, coined). The fight's date is the clause's own, else the
death date of the life dates; its commander is the entry's person when the entry gives him a command post
(司令员, 团长 …); the other clauses (birthplace, posts, grave, a later poem) are no battle's.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from kangzhan.extract.deaths import DEATH_WORDS
from kangzhan.extract.mentions.base import SETTLEMENT_KINDS, Mention
from kangzhan.extract.mentions.lexdata import cn_surnames
from kangzhan.extract.mentions.persons import TITLES
from kangzhan.extract.model import DateValue

_SP = r"[ \t\u3000]"
# the name line (2–4 Han characters, spaces between them allowed), at most two blank lines, the life dates line
_ENTRY = re.compile(rf"^{_SP}*(?:[0-9]{{1,3}}[.、．]|[一二三四五六七八九十]{{1,3}}、)?{_SP}*(?P<name>[\u4e00-\u9fff](?:{_SP}{{0,4}}[\u4e00-\u9fff]){{1,3}}){_SP}*(?:\r?\n{_SP}*){{0,3}}"
                    rf"(?P<life>[(（]{_SP}*(?P<birth>1[89][0-9]{{2}})[^()（）\n]{{0,12}}?{_SP}*[—–\-－~～至]{{1,3}}{_SP}*"
                    rf"(?P<death>(?P<y>1[89][0-9]{{2}})(?:[.．年](?P<m>[01]?[0-9])月?(?:[.．](?P<d>[0-3]?[0-9])|(?P<d2>[0-3]?[0-9])日)?)?)"
                    rf"{_SP}*[)）])(?P<alone>{_SP}*$)?", re.M)
_MAX_ENTRY = 500  # characters: a roll's entry is a few lines
_MIN_INLINE = 2  # entries whose biography goes on after the life dates on the same line: a roll only if several
_NOT_NAME = re.compile(r"[战役军抗党会部省县市]")  # 抗日战争 (1931—1945), 东北军 over a date range: no person
_MIN_AGE = 12  # a life span shorter than this is a battle's date range under a heading (台儿庄 (1938.3—1938.4))
# a death in the fight the clause names: any death at the enemy's hands, also executed (就义) or killed (遇难)
_DIED = (*DEATH_WORDS, "就义", "遇难")
_FELL = re.compile(r"[在于](?P<what>[^，,。；;：:\n在于]{1,40}?)的?(?P<word>保卫战|阻击战|伏击战|突围战|战斗|战役|作战|会战|之战|之役)中"
                   rf"[^，,。；;\n]{{0,8}}?(?P<how>{'|'.join(_DIED)}|负伤|受伤|被俘)(?!的)")  # 负伤的战友: who they are
# 指挥X战斗时,右腿被炸伤 / 参加X战役时身负重伤: the fight he led or joined and what befell him in it
_FELL_WHEN = re.compile(r"(?:指挥|参加|参与)了?(?P<what>[^，,。；;：:\n]{1,20}?)的?(?P<word>保卫战|阻击战|伏击战|突围战|战斗|战役|作战|会战|之战|之役)时"
                        rf"[^。；;\n]{{0,24}}?(?P<how>{'|'.join(_DIED)}|负重?伤|受重?伤|炸伤|炸断|中弹|致残|被俘)(?!的)")
# 于X与日军激战中左臂中弹 / 在X同敌人作战中牺牲: the fight at the place with the enemy, and what befell him in it
_FELL_FIGHTING = re.compile(r"[在于](?P<what>[^，,。；;：:\n在于与同]{2,20}?)[与同](?:日伪军|日军|日寇|敌军|敌人|敌|伪军|鬼子)"
                            r"(?P<word>激战|交战|作战|战斗|血战|鏖战|苦战)中"
                            rf"[^，,。；;\n]{{0,8}}?(?P<how>{'|'.join(_DIED)}|负重?伤|受重?伤|炸伤|炸断|中弹|致残|被俘)(?!的)")
# a post that commands a force (not a political or civil one)
_COMMAND_POST = re.compile(r"司令员|司令|总指挥|指挥长|指挥员|军长|师长|旅长|团长|营长|连长|支队长|大队长|中队长|纵队长|队长")
_CLAUSE_END = re.compile(r"[，,；;]")
# a written date, each part optional: year (Arabic or Chinese), month, day, a part of the month
_DATE_CORE = (r"(?:(?:1[89][0-9]{2}|[一][八九][〇零一二三四五六七八九]{2})年)?(?:[0-9一二三四五六七八九十]{1,2}月)?"
              r"(?:[0-9一二三四五六七八九十]{1,3}[日号])?(?:[上中下]旬|初|底)?")
_DATE_ONLY = re.compile(rf"\s*{_DATE_CORE}\s*[，,]?\s*")


@dataclass(frozen=True)
class Entry:
    """One entry of a roll: the person's name as printed, the life dates' span, the death date and the block
    of text from the name line to the next entry."""

    name: Mention
    life: tuple[int, int]
    death: Mention | None
    start: int
    end: int


def roll_entries(text: str) -> list[Entry]:
    """The entries of a roll in ``text`` (none when it has no name line over a life-dates line)."""
    found = []
    for m in _entry_matches(text):
        name = re.sub(f"{_SP}+", "", m.group("name"))
        # a family name first, or a name spaced out to the roll's width (a nom de guerre: 理 琪); no war, no army
        spaced = name != m.group("name")
        if not (spaced or name[:1] in cn_surnames() or name[:2] in cn_surnames()) or _NOT_NAME.search(name) \
                or int(m.group("y")) - int(m.group("birth")) < _MIN_AGE:
            continue
        found.append(m)
    if len(found) < _MIN_INLINE and not all(m.group("alone") is not None and "\n" in m.group(0) for m in found):
        return []  # one biography (张某(1891—1940),字…): an article about him, no roll
    if len(found) == 1 and len(text) - found[0].start() > _MAX_ENTRY:
        return []  # one name and life dates over a whole biography: an article about him, no roll's entry
    if not found:
        return _headword_entries(text)
    out = []
    for i, m in enumerate(found):
        name = re.sub(f"{_SP}+", "", m.group("name"))
        person = Mention("person", m.start("name"), m.end("name"), m.group("name"), {"name": name, "title": None, "how": "roll"})
        y, mo = int(m.group("y")), m.group("m")
        d = m.group("d") or m.group("d2")
        iso = f"{y:04d}" + (f"-{int(mo):02d}" if mo else "") + (f"-{int(d):02d}" if mo and d else "")
        death = Mention("date", m.start("death"), m.end("death"), m.group("death"),
                        {"date": DateValue(iso), "end": None, "year_inherited": False, "month_inherited": False,
                         "year_from_later": False}) if _valid_iso(iso) else None
        end = found[i + 1].start() if i + 1 < len(found) else len(text)
        out.append(Entry(person, m.span("life"), death, m.start(), end))
    return out


# a register of officers by rank (将帅录, a 人物辞典's page): each entry a line that opens with the name and the rank
# before a colon ("王某少将:"), then the career in a few sentences; the entry's own date opens it
# ("抗日战争的1942年7月13日,", "1938年春,"): the date of what befell him, no life span
_RANKS = "上将|中将|少将|大将|元帅|大校|上校|中校|少校"
_HEADWORD = re.compile(rf"^{_SP}*(?P<name>[\u4e00-\u9fff]{{2,4}}?)(?:{_RANKS}){_SP}*[:：]", re.M)
_HEADWORD_DATE = re.compile(r"[^，,。；;:：\n]{0,10}?(?P<death>(?P<y>1[89][0-9]{2})年(?:(?P<m>[01]?[0-9])月(?:(?P<d>[0-3]?[0-9])日)?)?)")
_MIN_HEADWORDS = 3  # one or two such lines are a speaker's or a letter's, no register


def _headword_entries(text: str) -> list[Entry]:
    """The entries of a register of officers by rank (three lines at least open "Name+rank:"), each with the
    date that opens it as its date (the life span is that date's span); none when the text is no such register."""
    found = [m for m in _HEADWORD.finditer(text) if m.group("name")[:1] in cn_surnames()
             or m.group("name")[:2] in cn_surnames()]
    if len(found) < _MIN_HEADWORDS:
        return []
    out = []
    for i, m in enumerate(found):
        name = m.group("name")
        person = Mention("person", m.start("name"), m.end("name"), name, {"name": name, "title": None, "how": "roll"})
        end = found[i + 1].start() if i + 1 < len(found) else len(text)
        d = _HEADWORD_DATE.match(text, m.end(), end)
        death, life = None, (m.end(), m.end())
        if d:
            y, mo, day = int(d.group("y")), d.group("m"), d.group("d")
            iso = f"{y:04d}" + (f"-{int(mo):02d}" if mo else "") + (f"-{int(day):02d}" if mo and day else "")
            if _valid_iso(iso):
                life = d.span("death")
                death = Mention("date", *life, d.group("death"),
                                {"date": DateValue(iso), "end": None, "year_inherited": False,
                                 "month_inherited": False, "year_from_later": False})
        out.append(Entry(person, life, death, m.start(), end))
    return out


# a bracket that opens with a year: the year's digits first (the engine looks for them in C), the bracket behind
_LIFE_OPEN = re.compile(rf"1[89][0-9]{{2}}(?:(?<=[(（][0-9]{{4}})|(?<=[(（]{_SP}[0-9]{{4}}))")


def _entry_matches(text: str) -> list[re.Match]:
    """The matches of _ENTRY, tried only at the starts of the line of each bracket that opens with a year and of
    the lines above it (a name line is at most three lines up): no scan of every line of the text."""
    out, tried = [], set()
    for o in _LIFE_OPEN.finditer(text):
        bracket = max(text.rfind("(", 0, o.start()), text.rfind("（", 0, o.start()))  # right before the year
        ls = text.rfind("\n", 0, o.start()) + 1
        starts = [ls]
        for _ in range(3):
            if ls == 0:
                break
            ls = text.rfind("\n", 0, ls - 1) + 1
            starts.append(ls)
        for a in reversed(starts):
            if a in tried:
                continue
            tried.add(a)
            m = _ENTRY.match(text, a)
            if m and m.start("life") == bracket:
                out.append(m)
                break
    return out


# a name spaced out to a column's width right after a post (一分区司令员  杨 成 武, 团长 王　克): one Han character
# and spaces, two or three times, then a column gap or the end of the clause
_SPACED_AFTER_TITLE = re.compile(rf"(?:{'|'.join(sorted((t for t, _ in TITLES), key=len, reverse=True))}){_SP}*"
                                 rf"(?P<name>[\u4e00-\u9fff](?:{_SP}{{1,4}}[\u4e00-\u9fff]){{1,2}})"
                                 rf"(?={_SP}{{2,}}|{_SP}*(?:\r?\n|$|[，,。；;、:：(（]))")


def spaced_names(text: str, persons: list[Mention]) -> list[Mention]:
    """The persons found, with the names spaced out after a post (司令员  杨 成 武 is 杨成武) where none was found."""
    new = []
    for m in _SPACED_AFTER_TITLE.finditer(text):
        printed = m.group("name")
        name = re.sub(f"{_SP}+", "", printed)
        if name[:1] not in cn_surnames() or any(p.start < m.end("name") and m.start("name") < p.end for p in persons):
            continue
        title = m.group(0)[:m.start("name") - m.start()].strip(" \t\u3000")
        new.append(Mention("person", m.start("name"), m.end("name"), printed, {"name": name, "title": title, "how": "spaced"}))
    return sorted([*persons, *new], key=lambda p: p.start) if new else persons


def _valid_iso(iso: str) -> bool:
    parts = [int(x) for x in iso.split("-")]
    return (len(parts) < 2 or 1 <= parts[1] <= 12) and (len(parts) < 3 or 1 <= parts[2] <= 31)


def roll_persons(entries: list[Entry], persons: list[Mention]) -> list[Mention]:
    """The persons found, with each entry's name (joined: "理 琪" is 理琪) where no person was found on it."""
    new = [e.name for e in entries if not any(p.start < e.name.end and e.name.start < p.end for p in persons)]
    return sorted([*persons, *new], key=lambda p: p.start) if new else persons


def life_dates(entries: list[Entry], dates: list[Mention]) -> list[Mention]:
    """The dates without the life dates of the entries, but with each entry's death date (a battle's date only
    where the entry says he fell in it: the roll's battles decide)."""
    if not entries:
        return dates
    spans = [e.life for e in entries]
    kept = [d for d in dates if not any(a <= d.start < b for a, b in spans)]
    return sorted([*kept, *(e.death for e in entries if e.death is not None)], key=lambda d: d.start)


def roll_events(text: str, sentences: list[tuple[int, int]], labels: list[str | None], entries: list[Entry],
                battles: list[Mention], places: list[Mention]) -> tuple[list[tuple[int, int]], list[str | None], list[Mention]]:
    """Sentences and labels with each entry's block relabelled: None everywhere but on the clause that tells the
    fight the person fell in (split off its sentence), on the name line when he held a command post, and on the
    life dates when the clause gives no date. Returns (sentences, labels, the battles coined)."""
    coined: list[Mention] = []
    taken = {m.value.get("name") for m in battles}
    out_s: list[tuple[int, int]] = []
    out_l: list[str | None] = []
    k = 0
    for e in entries:
        while k < len(sentences) and sentences[k][0] < e.start:
            out_s.append(sentences[k])
            out_l.append(labels[k])
            k += 1
        block: list[tuple[int, int]] = []
        while k < len(sentences) and sentences[k][0] < e.end:
            block.append(sentences[k])
            k += 1
        fights = _fights(text, block, battles, places, taken, coined)
        if not fights:
            out_s.extend(block)
            out_l.extend([None] * len(block))
            continue
        main = next((x for x in reversed(fights) if x[2]), fights[-1])[1]
        commands = any(_COMMAND_POST.search(text, s, t) for s, t in block)
        dated = any(_HAS_DATE.search(text, a, b) for spans, _, _ in fights for a, b in spans)
        marks = [(span, name) for spans, name, _ in fights for span in spans]
        if commands:
            marks.append(((e.name.start, e.name.end), main))
        if not dated and e.life[1] > e.life[0]:
            marks.append((e.life, main))
        _pieces(block, [None] * len(block), marks, out_s, out_l)
    out_s.extend(sentences[k:])
    out_l.extend(labels[k:])
    # a battle first named in an entry is that entry's: the roll's preamble (a page's intro) is none of it
    blocks = [(e.start, e.end) for e in entries]
    first = {}
    for m in [*battles, *coined]:
        name = m.value.get("name")
        if name and (name not in first or m.start < first[name]):
            first[name] = m.start
    starts = [a for a, _ in blocks]

    def in_block(pos: int) -> bool:
        i = bisect_right(starts, pos) - 1
        return i >= 0 and pos < blocks[i][1]

    own = {n for n, pos in first.items() if in_block(pos)}
    for i, (s, _) in enumerate(out_s):
        if out_l[i] in own and not in_block(s):
            out_l[i] = None
    return out_s, out_l, coined


def fell_in_prose(text: str, sentences: list[tuple[int, int]], labels: list[str | None], battles: list[Mention],
                  places: list[Mention], persons: list[Mention]) -> tuple[list[tuple[int, int]], list[str | None], list[Mention]]:
    """For a text that names no battle but where someone fell in it (an obituary, a table of the dead) and says
    someone fell in a fight at a place ("1940年3月，在攻打X县城的战斗中牺牲"): that fight is a battle (named, or X战斗 coined),
    its clause split off its sentence; its commander is the last person named before it in the paragraph when
    his title or the paragraph before the clause gives a command post (司令员, 团长 …). Returns (sentences, labels, coined)."""
    coined: list[Mention] = []
    fights = _fights(text, sentences, battles, places, {m.value.get("name") for m in battles}, coined)
    if not fights:
        return sentences, labels, []
    told = [span for spans, _, _ in fights for span in spans]
    if any(m.value.get("name") and not any(a <= m.start < b for a, b in told) for m in battles):
        return sentences, labels, []  # a battle told elsewhere: the text's account, not a register of deaths
    labels = [None] * len(sentences)
    marks = [(span, name) for spans, name, _ in fights for span in spans]
    for spans, name, _ in fights:
        a = spans[-1][0]
        para = text.rfind("\n", 0, a)
        before = [p for p in persons if para < p.start and p.end <= a]
        if before and (_COMMAND_POST.fullmatch(before[-1].value.get("title") or "") or _COMMAND_POST.search(text, para + 1, a)):
            marks.append(((before[-1].start, before[-1].end), name))
    out_s: list[tuple[int, int]] = []
    out_l: list[str | None] = []
    _pieces(sentences, labels, marks, out_s, out_l)
    return out_s, out_l, coined


def _fights(text: str, sentences: list[tuple[int, int]], battles: list[Mention], places: list[Mention], taken: set,
            coined: list[Mention]) -> list[tuple[list[tuple[int, int]], str, bool]]:
    """(spans, battle name, whether he died in it) of each clause of ``sentences`` that says someone fell in a
    fight the text names or that has a settlement to be named after. The spans: from 在/于 to the clause's end,
    and the date that opens the clause or stands alone before it (1939年4月28日，在…); not the subject and his post
    between them (冀南军区…司令员X在…: the post names no force that fought)."""
    out = []
    for s, t in sentences:
        found = [*_FELL.finditer(text, s, t), *_FELL_WHEN.finditer(text, s, t)]
        found += [f for f in _FELL_FIGHTING.finditer(text, s, t)  # (在X与日军战斗中牺牲 is _FELL's already)
                  if not any(g.start() < f.end() and f.start() < g.end() for g in found)]
        for f in found:
            name = _battle_of(f, battles, places, taken, coined)
            if name:
                b = _CLAUSE_END.search(text, f.end(), t)
                spans = [(f.start(), b.end() if b else t)]
                date = _opening_date(text, s, f.start())
                if date:
                    spans.insert(0, date)
                out.append((spans, name, f.group("how") in _DIED))
    return out


def _opening_date(text: str, s: int, at: int) -> tuple[int, int] | None:
    """The span of the date that opens the clause holding ``at`` (in its sentence from ``s``), or of a clause
    before it that is a date alone, or None."""
    cut = [c.end() for c in _CLAUSE_END.finditer(text, s, at)]
    start = cut[-1] if cut else s
    lo = max(start, at - _DATE_REACH)
    just = _DATE_BEFORE.search(text[lo:at])  # 1941年5月在攻打…: the date right before 在
    if just and _HAS_DATE.search(just.group(0)):
        return (lo + just.start(), at)
    own = _DATE_ONLY.match(text, start, at)
    if own and _HAS_DATE.search(own.group(0)):
        return own.span()
    if cut:
        prev = cut[-2] if len(cut) >= 2 else s
        alone = _DATE_ONLY.fullmatch(text, prev, start)
        if alone and _HAS_DATE.search(alone.group(0)):
            return (prev, start)
    return None


_DATE_BEFORE = re.compile(rf"{_DATE_CORE}[ \t\u3000]*$")
_DATE_REACH = 16
_HAS_DATE = re.compile(r"[0-9一二三四五六七八九十][年月日号]")


def _pieces(sentences: list[tuple[int, int]], labels: list[str | None], marks: list[tuple[tuple[int, int], str]],
            out_s: list[tuple[int, int]], out_l: list[str | None]) -> None:
    """Each marked span its own piece of its sentence, with the mark's battle; the rest of the sentence keeps
    the sentence's label."""
    marks = sorted(marks)
    for (s, t), lab in zip(sentences, labels, strict=True):
        pos = s
        for (a, b), name in marks:
            if not (s <= a < t) or a < pos:
                continue
            if a > pos:
                out_s.append((pos, a))
                out_l.append(lab)
            out_s.append((a, min(b, t)))
            out_l.append(name)
            pos = min(b, t)
        if pos < t:
            out_s.append((pos, t))
            out_l.append(lab)


def _battle_of(f: re.Match, battles: list[Mention], places: list[Mention], taken: set, coined: list[Mention]) -> str | None:
    """The battle the clause names (a battle mention inside it), else one coined after the first settlement in
    it (阳谷县 → 阳谷战斗; of settlements written together, 某县某村, the last: the narrower), else None."""
    a, b = f.start("what"), f.end("word")
    named = [m for m in battles if m.value.get("name") and a <= m.start and m.end <= b]
    if named:
        return named[-1].value["name"]
    towns = [m for m in places if a <= m.start and m.end <= f.end("what") and m.value.get("kind") in SETTLEMENT_KINDS]
    if not towns:
        return None
    town = towns[0]
    for m in towns[1:]:  # places written together (威县大宋家): the last, the narrower, is where it was fought
        if m.start != town.end:
            break
        town = m
    full = town.value.get("name", town.text)
    stem = town.value.get("short") or full
    name = stem + "战斗"
    if name not in taken:
        taken.add(name)
        alts = sorted({stem + "之战", full + "战斗"} - {name})
        coined.append(Mention("battle", town.start, town.end, town.text,
                              {"name": name, "coined": True, "implied": True, "alts": alts}))
    return name
