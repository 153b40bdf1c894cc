"""A compilation of local entries (a 县志 / 文史资料 summary: a county's name alone on its line, or "X县:" at the
start of a paragraph, then what happened there). Each entry is about its town, and a sentence of it that opens
with a written year starts another event (the town's fall in 1937, its liberation in 1945): dated entries of a
chronicle are separate events, never one battle. An event that names its battle (…战役) is that battle's. An event that tells fighting for the town (two fighting words
or more: 围攻, 守城, 登城, 攻占, 包围, 击毙 …, or one and the town's liberation) is a battle the chronicle does not name: X战斗 after the town, or
X解放 / X收复 … (the chronicle's own word) when it tells the town's liberation or recapture. The battle holds the
event's sentences from the first to the last one that tells fighting (the massacre after the fall is no part of it); an event
without fighting (a bombing and a withdrawal, a takeover) is no battle. 县城 in an entry is the entry's town.
"""

from __future__ import annotations

import datetime
import re
from bisect import bisect_left, bisect_right

from kangzhan.extract.deaths import DEATH_WORDS
from kangzhan.extract.facts import BattleInfo
from kangzhan.extract.implied import SITE_KINDS, action_site
from kangzhan.extract.mentions.base import SETTLEMENT_KINDS, Mention
from kangzhan.extract.mentions.numbers import cn_to_int
from kangzhan.extract.model import DateValue, Evidence

_TOWN = ("county", "city")
_MIN_ENTRIES = 3
# fighting for a town (the attacker's and the defender's words, and the outcome of a fight)
_FIGHT = re.compile(r"围攻|攻城|守城|登城|城破|攻占|攻克|包围|激战|战斗|击毙|总攻|伤亡|突围|巷战|血战|反攻|歼灭|俘虏|被俘|毙伤")
_OUTCOME = re.compile(r"撤退|撤走|撤离|投降|入城|沦陷|失守|解放|收复|光复|克复")
_FREED = re.compile(r"解放|收复|光复|克复")
_YEAR_OPEN = re.compile(r"\s*(?:(?:19|[一][九])[0-9〇零一二三四五六七八九]{2}|民国[0-9一二三四五六七八九十]{1,3})年")


def entry_headings(text: str, places: list[Mention]) -> list[Mention]:
    """The town mentions that head an entry: alone on their line, or opening a line before a colon."""
    out = []
    for m in places:
        if m.value.get("kind") not in _TOWN:
            continue
        line_start = text.rfind("\n", 0, m.start) + 1
        if not _LEAD.fullmatch(text, line_start, m.start):
            continue
        line_end = text.find("\n", m.end)
        rest = text[m.end:line_end if line_end >= 0 else len(text)].strip()
        if rest in ("", "】", "]") or rest[:1] in (":", "：") or rest[:2] in ("】:", "]:"):
            out.append(m)
    return out


# what may stand before a heading's town on its line: spaces, a number (一、, 3., (二)), an opening bracket
_LEAD = re.compile(r"\s*(?:[一二三四五六七八九十]{1,3}、|[0-9]{1,2}[.、]|[(（][一二三四五六七八九十0-9]{1,3}[)）])?\s*[【\[]?")


def local_events(text: str, sentences: list[tuple[int, int]], places: list[Mention],
                 battles: list[Mention]) -> list[tuple[Mention, list[int], Mention]]:
    """(battle mention, its sentence indices, the entry's heading) for each fighting event of a compilation of
    local entries (the battle the event names, else one coined after the town); empty when the text is no
    such compilation."""
    heads = entry_headings(text, places)
    if len(heads) < _MIN_ENTRIES:
        return []
    starts = [s for s, _ in sentences]
    out: list[tuple[Mention, list[int], Mention]] = []
    taken: set[str] = set()
    for h, nxt in zip(heads, [*heads[1:], None], strict=True):
        end = nxt.start if nxt is not None else len(text)
        first = bisect_right(starts, h.start) - 1
        ks = [k for k in range(max(first, 0), len(sentences)) if sentences[k][0] < end]
        events: list[list[int]] = []
        for k in ks:
            s = sentences[k][0]
            if not events or _YEAR_OPEN.match(text, s):
                events.append([])
            events[-1].append(k)
        for ev in events:
            named = [m for m in battles if m.value.get("name") and not m.value.get("past")
                     and sentences[ev[0]][0] <= m.start < sentences[ev[-1]][1]]
            if named:  # the entry names its battle (…战役): the event is that battle's, as the chronicle calls it
                out.append((named[0], ev, h))
                continue
            cues = {w for k in ev for w in _FIGHT.findall(text, *sentences[k])}
            freed = any(_FREED.search(text, *sentences[k]) for k in ev)
            if len(cues) < 2 and not (cues and freed):  # a siege that frees the town (包围县城 … 县城解放) is a fight
                continue
            told = [k for k in ev if _FIGHT.search(text, *sentences[k]) or _OUTCOME.search(text, *sentences[k])]
            begun = next(k for k in ev if _FIGHT.search(text, *sentences[k]))  # (日本投降后,X由伪军占领: before it)
            run = [k for k in ev if begun <= k <= told[-1]]
            m = _coined(text, sentences, run, h, taken)
            if m is not None:
                out.append((m, run, h))
    return out


def _coined(text: str, sentences, run: list[int], head: Mention, taken: set[str]) -> Mention | None:
    town = head.value.get("short") or head.value.get("name", head.text)
    freed = next((f for k in run for f in _FREED.findall(text, *sentences[k])), None)
    if freed:
        name, alts = town + freed, {freed + town}
        if any(re.search("县城" + freed, text[a:b]) for a, b in (sentences[k] for k in run)):
            alts.add(town + "县城" + freed)
    else:
        name, alts = town + "战斗", {town + "之战"}
    if name in taken:
        return None
    taken.add(name)
    # the evidence is the entry's heading, the town (as an implied battle's is its place)
    return Mention("battle", head.start, head.end, head.text,
                   {"name": name, "coined": True, "implied": True, "alts": sorted(alts)})


def by_local_event(n_sentences: int, events: list[tuple[Mention, list[int], Mention]]) -> tuple[dict[str, BattleInfo], list[str | None]]:
    """The battles of the events and each sentence's battle (None outside a fighting event)."""
    infos: dict[str, BattleInfo] = {}
    labels: list[str | None] = [None] * n_sentences
    for m, run, _ in events:
        name = m.value["name"]
        if name not in infos:
            infos[name] = BattleInfo(name, alts=set(m.value.get("alts", ())), first=m)
        for k in run:
            labels[k] = name
    return infos, labels


def town_of_entry(facts, events: list[tuple[Mention, list[int], Mention]], raw: str) -> None:
    """The entry's town is the place of each battle of the entry (the text says 县城, 全城 for it)."""
    by_name = {b.name: b for b in facts.battles}
    for m, _, head in events:
        b = by_name.get(m.value["name"]) if m.value.get("coined") else None
        name = head.value.get("name", head.text)
        if b is None or any(p[0] == name for p in b.places):
            continue
        line_end = raw.find("\n", head.start)
        line_end = len(raw) if line_end < 0 else line_end
        b.places.append((name, Evidence(head.start, head.end, raw[head.start:head.end],
                                        raw[head.start:line_end], head.start)))


_TAKEN = re.compile(r"攻占|占领|攻克|城破|解放|收复|光复|克复|失守|沦陷")


def outcome_only(text: str, sentences, facts, events: list[tuple[Mention, list[int], Mention]], dates: list[Mention]) -> None:
    """An event dated once, on the day the town was taken or freed (十二日,日军攻占X县城): that day ends the
    fight, which began in the days before it: the start is given to the month only."""
    by_name = {b.name: b for b in facts.battles}
    for m, run, _ in events:
        b = by_name.get(m.value["name"]) if m.value.get("coined") else None
        if b is None or b.start is None or b.end is not None or b.start.precision != "day":
            continue
        inside = [d for d in dates if any(sentences[k][0] <= d.start < sentences[k][1] for k in run)]
        if len(inside) != 1:
            continue
        k = next(k for k in run if sentences[k][0] <= inside[0].start < sentences[k][1])
        if _TAKEN.search(text, *sentences[k]):
            b.end, b.start = b.start, DateValue(b.start.iso[:7])


# A list of dated entries ("历史上的今天", a chronicle of years, an operations log 作战日志, a 大事记 of one year):
# each line opens with its own date ("[ 1944 年 ] 10月11日 …", "1938年5月20日 …") and tells one event of its own.
# (a numbered list of dated events is such a list: "1. 1938年6月…", "(二)1939年…", "③1940年…"; so are lines
# opening with a dotted date, "1944.1.2 …", which under a chronology's year heading may all be of one year, and
# lines whose date a copied page glued together, its 年 and 月 lost: "1939723日", "19398 2日", "19397月下旬")
# a bullet that leads a chronicle's line (●7月15日,… / ◆1938年…): layout, as a list number is
_BULLET = r"[●◆◇■□▪▸►▶○◎★☆•※]"
_ENTRY_YEAR = re.compile(r"[ \t\u3000]*(?:(?:[0-9]{1,2}[、.．]|[\u2460-\u2473]|" + _BULLET + r"|[(（](?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})[)）]"
                         r"|[一二三四五六七八九十]{1,3}、)[ \t\u3000]*)?[\[【(（]?[ \t\u3000]*(?:([0-9]{3,4})"
                         r"(?:[ \t\u3000]*年|[.．](?=[01]?[0-9][.．][0-3]?[0-9](?![0-9])))"  # or a dotted date (1944.1.2)
                         r"|(193[1-9]|194[0-5])(?=(?:1[0-2]|0?[1-9])月|[0-9]{2,3}[日号]|(?:1[0-2]|[1-9])[ \t\u3000]+[0-9]{1,2}[日号]))")
_ENTRY_YEAR_LINE = re.compile(r"^" + _ENTRY_YEAR.pattern, re.M)
# the written date that opens an entry (1941年5月, 1939723日): entries of one year are told apart by it
_ENTRY_DATE = re.compile(r"[0-9〇零一二三四五六七八九十 \t\u3000.．年月日号上中下旬初底末]*")
# a sub-item under a dated entry, its own line led by its number and no date ("2)…", "(3)…", "②…", "4、…"): one more
# event of the entry's date (an operations log lists the day's fights so, "1939年8月2日,(1)…" then "2)…", "3)…"; a
# chronicle its year's events, "1936年" then "●…")
_SUB_ITEM_LINE = re.compile(r"^[ \t\u3000]*(?:" + _BULLET + r"|[(（]?[0-9]{1,2}[)）]|[(（][一二三四五六七八九十]{1,3}[)）]|[\u2460-\u2473]"
                            r"|[0-9]{1,2}、)(?![ \t\u3000]*[0-9]{3,4})", re.M)
_YEAR_IN = re.compile(r"(?:19[0-9]{2}|一九[〇零一二三四五六七八九]{2})[ \t\u3000]*年")
_MIN_LIST = 3
_MIN_YEARS = 3
# a fight at a town told in one entry line (日军包围X, 我军攻克X)
_ENTRY_FIGHT = re.compile(r"包围|围攻|进攻|攻打|猛攻|强攻|攻占|攻陷|攻克|激战|血战|鏖战|突围|夜袭|反攻|收复|克复|光复|巷战")


def dated_list_entries(text: str) -> list[tuple[int, int]]:
    """The (start, end) of each line of a list of dated entries: a run of three lines or more (blank lines
    between allowed, and a dated entry's numbered sub-items) that each open with a written date, across three
    different dates or more (years, or days of one year); or the day-led lines of a chronology (大事记) under its
    year and month headings (see _day_entries). Such a list is a sequence of separate events: no fact of one entry
    belongs to another, nor to the account before it."""
    return [(a, b) for a, b, _, _ in _dated_entries(text)]


def _dated_entries(text: str) -> list[tuple[int, int, int, str | None]]:
    """(start, end, year, the day the chronology's headings give it or None) of each entry line."""
    out: list[tuple[int, int, int, str | None]] = []
    # (start, end, year, the opening date's text (None: a sub-item), where the entry's text after it begins)
    run: list[tuple[int, int, int, str | None, int]] = []
    lines = [(m.start(), m, True) for m in _ENTRY_YEAR_LINE.finditer(text)]  # the lines that open with a year
    lines += [(m.start(), m, False) for m in _SUB_ITEM_LINE.finditer(text)]  # and the numbered sub-items
    months = {m.start(): m for m in _MONTH_LINE.finditer(text)} if "月" in text else {}
    lines += [(a, m, False) for a, m in months.items()]  # and the lines led by a month alone (4月,…)
    # (a line read both ways is read once: as dated when it opens with a year, as a month's when with a month, ●7月,…)
    for a, m, dated in sorted(lines, key=lambda x: (x[0], not x[2], x[1] is not months.get(x[0]))):
        if run and a < run[-1][1]:
            continue
        end = text.find("\n", a)
        end = len(text) if end < 0 else end
        if run and text[run[-1][1]:a].strip():  # another line between: the run is over
            _keep(text, run, out)
            run = []
        if m is months.get(a):
            if run and run[-1][3] is not None:  # a month of the year the entry before wrote (its year goes on)
                run.append((a, end, run[-1][2], f"{run[-1][2]}年{m.group(1)}月", m.end()))
            continue
        if dated:
            key = _ENTRY_DATE.match(text, m.end())
            run.append((a, end, int(m.group(1) or m.group(2)), (m.group(1) or m.group(2)) + key.group().replace(" ", ""),
                        key.end()))
        elif run:
            run.append((a, end, run[-1][2], None, a))
    _keep(text, run, out)
    return sorted([*out, *_day_entries(text)])


def _keep(text: str, run: list[tuple[int, int, int, str | None, int]],
          out: list[tuple[int, int, int, str | None]]) -> None:
    dated = [(a, b, y, k, c) for a, b, y, k, c in run if k is not None]
    month_led = {a for a, _, _, _, _ in dated if _ENTRY_YEAR_LINE.match(text, a) is None}
    if month_led and not _months_of_year(text, dated):
        # no chronicle's year told by months (1940年5月,… / 6月18日,甲城失守 / 1940年6月下旬,…): a line led by a
        # month alone is a paragraph of a story, which ends the run as any other line does
        part: list[tuple[int, int, int, str | None, int]] = []
        for x in run:
            if x[0] in month_led:
                _keep(text, part, out)
                part = []
            elif part or x[3] is not None:
                part.append(x)
        _keep(text, part, out)
        return
    # dotted full dates (1944.1.2) under a chronology's year heading are entries of one year
    dotted = [a for a, *_ in dated if _DOTTED.match(text, a)]
    headed = len(dotted) >= _MIN_LIST and _YEAR_HEAD_BEFORE.search(text, 0, dotted[0]) is not None
    # a log of one year: its entries are told apart by their days, and each tells the one event of its date (a
    # paragraph that writes another year after its opening one is a stage of a life or a story, no log's entry)
    log = len({y for _, _, y, _, _ in dated}) == 1 and len({k for _, _, _, k, _ in dated}) >= _MIN_YEARS \
        and not any(_YEAR_IN.search(text, c, b) for _, b, _, _, c in dated)
    if len(dated) >= _MIN_LIST and (len({y for _, _, y, _, _ in dated}) >= _MIN_YEARS or headed or log
                                    or _monthly(text, dated) or _months_of_year(text, dated)):
        out.extend((a, b, y, None) for a, b, y, _, _ in run)


_ENTRY_MONTH = re.compile(r"(1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])月")
_MIN_MONTHS = 4


def _monthly(text: str, dated: list[tuple[int, int, int, str | None, int]]) -> bool:
    """A chronicle by months (a county history's paragraphs: 1940年3月…, 1940年7月…, 1941年2月…): four entries or
    more, each led by its year and month, in the order of time, over four months or more, and none writing a
    year other than its own (a life's stages do: 1938年入伍…1940年任…). Its entries are separate events though
    they span only two years."""
    months = []
    for _a, b, y, k, c in dated:
        m = _ENTRY_MONTH.match(k or "", len(str(y)))
        if m is None:
            return False
        months.append((y, _numeral(m.group(1))))
        if any(_numeral(w.group().rstrip("年 \t\u3000")) != y for w in _YEAR_IN.finditer(text, c, b)):
            return False
    return len(months) >= _MIN_MONTHS and len(set(months)) >= _MIN_MONTHS and months == sorted(months)


# a line led by a month alone (4月,… / 5月某日,… / 6月25日,…): in a chronicle, the next entry of the year written before
_MONTH_LINE = re.compile(r"^[ \t\u3000]*(?:" + _BULLET + r"[ \t\u3000]*)?(1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])月"
                         r"(?:份|某日|上旬|中旬|下旬|初|底|末|中|间|(?:3[01]|[12][0-9]|0?[1-9]|[一二三四五六七八九十]{1,3})[日号])?"
                         r"[ \t\u3000]*[,，、]", re.M)


def _months_of_year(text: str, dated: list[tuple[int, int, int, str | None, int]]) -> bool:
    """A county chronicle's year told by months (1944年春,… / 4月,… / 5月某日,… / 6月25日,…): a line led by its
    year, then three lines or more led by a month alone, in the order of time (a later year's heading starts its
    months again), none writing another year. Its
    month-led paragraphs are separate events, as the year-led entries of a longer chronicle are."""
    led = [(b, y, k, c) for a, b, y, k, c in dated if _ENTRY_YEAR_LINE.match(text, a) is None]
    if len(led) < _MIN_LIST or len(led) == len(dated):
        return False
    # (year, month): a year heading (1937年 … 1938年) starts its months again
    months = [(y, _numeral(_ENTRY_MONTH.match(k or "", len(str(y)) + 1).group(1))) for _, y, k, _ in led]
    if months != sorted(months) or len(set(months)) < _MIN_LIST:
        return False
    return not any(_numeral(w.group().rstrip("年 \t\u3000")) != y for b, y, _, c in led for w in _YEAR_IN.finditer(text, c, b))


# A chronology of a year or a month (大事记): a year line ("1944年", "一九四四年大事记"), a month heading alone on its
# line ("1月", "三月", "1944年1月", or "19447" where a copy lost 年 and 月), then day-led lines ("2日  …", "24日,…",
# "24  …" where the 日 is lost, set apart by a column's spaces) that each tell one event of that day, and lines led
# by 本月/是月 that tell an event of the month. An entry's wrapped lines (no date of their own, no blank line
# before them) are its own. Only lines so laid out: a narrative's "3日,…" sentences stand under no month heading.
_YEAR_W = r"(?:19[0-9]{2}|一九[〇零一二三四五六七八九]{2})"
_MONTH_W = r"(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])"
_DAY_W = r"(?:3[01]|[12][0-9]|0?[1-9]|三十一?|二十[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九])"
_CHRONO_LINE = re.compile(
    rf"^[ \t\u3000]*(?:(?P<y>{_YEAR_W})[ \t\u3000]*年(?:[ \t\u3000]*(?P<ym>{_MONTH_W})[ \t\u3000]*月份?)?"
    r"[ \t\u3000]*(?:大事记|大事年表|纪事)?[ \t\u3000]*$"
    rf"|(?P<m>{_MONTH_W})[ \t\u3000]*月份?[ \t\u3000]*$"
    r"|(?P<gy>193[1-9]|194[0-5])(?P<gm>1[0-2]|[1-9])[ \t\u3000]*$"
    rf"|(?P<d>{_DAY_W})[ \t\u3000]*[日号](?=[ \t\u3000]|[,，:：、])"
    r"|(?P<bd>3[01]|[12][0-9]|0?[1-9])(?=[ \t\u3000]{2,}[^ \t\u3000\n0-9])"
    r"|(?P<me>本月|是月|当月)(?=[ \t\u3000]|[,，:：]))", re.M)
_ENTRY_GROUPS = ("d", "bd", "me")
_YEAR_HEAD_BEFORE = re.compile(rf"^[ \t\u3000]*{_YEAR_W}[ \t\u3000]*年[ \t\u3000]*(?:大事记|大事年表|纪事)?[ \t\u3000]*$", re.M)
_DOTTED = re.compile(r"[ \t\u3000]*19[0-9]{2}[.．][01]?[0-9][.．][0-3]?[0-9](?![0-9])")


def _numeral(s: str) -> int:
    """A year, month or day _CHRONO_LINE matched (1944, 一九四四, 十二, 24): numbers.cn_to_int reads every form it
    allows; 0 (no date: datetime refuses it below) for anything else."""
    return cn_to_int(s) or 0


def _day_entries(text: str) -> list[tuple[int, int, int, str | None]]:
    """The day-led lines of a chronology, each with its day (year and month from the headings above it); none
    unless three lines or more are so dated."""
    year = month = None
    out: list[tuple[int, int, int, str | None]] = []
    for m in _CHRONO_LINE.finditer(text):  # headings and day-led lines only
        if m.group("y"):
            year, month = _numeral(m.group("y")), (_numeral(m.group("ym")) if m.group("ym") else None)
        elif m.group("gy"):
            year, month = int(m.group("gy")), int(m.group("gm"))
        elif m.group("m"):
            month = _numeral(m.group("m")) if year is not None else None
        elif year is not None and month is not None:
            if m.group("me"):
                iso = f"{year:04d}-{month:02d}"
            else:
                try:
                    iso = datetime.date(year, month, _numeral(m.group("d") or m.group("bd"))).isoformat()
                except ValueError:
                    continue
            out.append((m.start(), _entry_end(text, m.start()), year, iso))
    return out if len(out) >= _MIN_LIST else []


def _entry_end(text: str, a: int) -> int:
    """The end of a chronology's entry that opens at ``a``: its line, and while a line ends mid-sentence (no 。 or
    the like), the next line that is not blank and opens with no heading or date of its own (a wrapped line)."""
    end = text.find("\n", a)
    while end >= 0 and text[a:end].rstrip()[-1:] not in ("。", "！", "？", "!", "?", "；", ";", ""):
        nxt = end
        while nxt < len(text) and text[nxt] in " \t\u3000\r\n":
            nxt += 1
        line_start = text.rfind("\n", 0, nxt) + 1
        if nxt >= len(text) or _CHRONO_LINE.match(text, line_start):
            break
        end = text.find("\n", nxt)
    return len(text) if end < 0 else end


def chronology_dates(text: str, dates: list[Mention]) -> list[Mention]:
    """The day each day-led line of a chronology gives (2日 under 1944年 and 1月: 1944-01-02), in place of what
    the date finder read there (a day whose month a year written in an entry reset is lost)."""
    dates = _sub_item_dates(text, dates)
    entries = [(a, iso) for a, _, _, iso in _day_entries(text)]
    if not entries:
        return dates
    added = []
    for a, iso in entries:
        m = _CHRONO_LINE.match(text, a)
        g = next(g for g in _ENTRY_GROUPS if m.group(g))
        s, e = m.start(g), m.end() if g == "d" else m.end(g)
        added.append(Mention("date", s, e, text[s:e], {"date": DateValue(iso), "end": None, "year_inherited": True,
                                                        "month_inherited": True, "year_from_later": False}))
    spans = [(m.start, m.end) for m in added]
    kept = [d for d in dates if not any(a < d.end and d.start < b for a, b in spans)]
    return sorted([*kept, *added], key=lambda d: d.start)


def _sub_item_dates(text: str, dates: list[Mention]) -> list[Mention]:
    """The date of a dated entry's numbered sub-items ("1939年8月2日,(1)…" then "2)…"): the date that opens the
    entry, given to each sub-item at its number (its own date, if it writes one, stands)."""
    added = []
    head: Mention | None = None
    for a, b, _, day in _dated_entries(text):
        if day is not None:
            continue
        own = next((d for d in dates if a <= d.start < b), None)
        sub = _SUB_ITEM_LINE.match(text, a)
        if sub is None or _ENTRY_YEAR_LINE.match(text, a) is not None:
            head = own if own is not None and own.start - a <= 12 else None  # the date that opens the entry
            continue
        if head is None or own is not None and own.start - sub.end() <= 2:
            continue
        s, e = sub.start() + len(sub.group()) - len(sub.group().lstrip()), sub.end()
        added.append(Mention("date", s, e, text[s:e], {**head.value, "year_inherited": True, "month_inherited": True,
                                                       "year_from_later": False}))
    return sorted([*dates, *added], key=lambda d: d.start) if added else dates


# what a day's entry tells of a fight (besides _ENTRY_FIGHT): a raid, an ambush, a kill, a sweep resisted
_DAY_FIGHT = re.compile(_ENTRY_FIGHT.pattern + r"|袭击|伏击|设伏|围困|截击|阻击|(?<!进行)(?<!开展)(?<!坚持)抗击|迎击|抵抗|作战|击毙|毙伤|毙(?=[日敌伪顽])|歼灭"
                        r"|反扫荡|反“扫荡”|反清剿"
                        # a post taken by a ruse, its garrison disarmed or taken (智取X据点, 将敌全部缴械俘虏)
                        r"|智取|缴械|俘虏|俘获|活捉|生擒"
                        r"|粉碎[^，,。；;\n]{0,16}?(?:进攻|扫荡|“扫荡”|围攻)")
_ANTI_SWEEP = re.compile(r"反[“\"]?扫荡")
# the enemy's sweep the entry tells (扫荡, 清剿), fought against (粉碎其“扫荡”, 奋起抵抗)
_SWEPT = re.compile(r"(?:粉碎|反)[^，,。；;\n]{0,16}?[“\"]?(?P<w>扫荡|清剿)|[“\"]?(?P<w2>扫荡|清剿)[\s\S]{0,40}?(?:抵抗|抗击|反击|粉碎)")
_WIDE = ("province", "country", "region")
# an officer or soldier fell at a place (X在Y阵亡, 于Y殉国): a chronology of the dead tells the fight there so
_FELL_AT = re.compile(rf"[在于][^，,。；;\n]{{2,12}}?(?:{'|'.join(DEATH_WORDS)})")


# the words that end the locative phrase of an entry's action (在X地区粉碎…, 在Y附近设伏, 在Z伏击): the action's verb
# or a clause's end
_SLOT_STOP = re.compile(_DAY_FIGHT.pattern + r"|粉碎|设伏|设下|阻击|截击|抗击|迎击|痛击|打击|毙|歼|遭遇|抵抗|与|同|对|向|[，,。；;：:\n]")
# what closes the name of a site in that phrase (X地区, X附近, X一带) and what stands before it (Y县以西X, Y附近X,
# (今属Z)X, Y至Z之间公路上的X)
_SLOT_TAIL = re.compile(r"(?:地区|附近|一带|地带|境内|周围|之间|间)$")
_SLOT_HEAD = re.compile(r"(?:以[东南西北]|[东南西北]面|附近|之间|一带|地区|公路上的|上的|的|[)）])")
_SITE_NAME = re.compile(r"[\u4e00-\u9fff]{2,5}")
_SENTENCE_END = re.compile(r"[。；;！？!?\n]")
_NOT_SITE = re.compile(r"[的了和与及等在是有为被把将从向对同之中内外里时后前日军敌我伪部队团营连师旅]")


def _slot_site(text: str, a: int, fight: int, places: list[Mention]) -> Mention | None:
    """The site of an entry's action in its locative phrase (在苏南X县Y村地区粉碎…, 在X以西Y附近设伏): the last name
    of the phrase before its verb, the narrowest (a place read there, or a name no gazetteer holds, read from the
    phrase: what stands after the last place or locative word and before 地区/附近/一带 or the verb)."""
    at = text.rfind("在", a, fight)
    if at < 0 or _SENTENCE_END.search(text, at, fight):
        return None  # 埋伏在X。…将村包围: the place of another sentence than the action's
    stop = _SLOT_STOP.search(text, at + 1, fight + 2)
    end = stop.start() if stop else fight
    phrase = text[at + 1:end]
    tail = _SLOT_TAIL.search(phrase)
    end -= len(tail.group()) if tail else 0
    inside = [m for m in places if at < m.start and m.end <= end]
    if inside and inside[-1].end == end:
        return inside[-1]  # the phrase ends in a place read there (在Y县以南X村伏击)
    lo = max([at + 1, *(m.end for m in inside), *(at + 1 + h.end() for h in _SLOT_HEAD.finditer(phrase[:end - at - 1]))])
    name = text[lo:end]
    if "、" in name:  # 在X、Y间截击: between two places, the first names the site
        name = name[:name.index("、")]
        end = lo + len(name)
    if _SITE_NAME.fullmatch(name) and not _NOT_SITE.search(name):
        from kangzhan.extract.mentions.places import village_or_kind
        return village_or_kind(lo, end, name)
    return inside[-1] if inside else None


# the target of the enemy's attack or sweep (日伪军对X进行“扫荡”, 对X村庄清剿): where the fight against it was; the
# force stationed at a place its attacker besieged (围攻驻X的Y部): that place
_TARGET = re.compile(r"对(?P<t>[^，,。；;\n对]{1,16}?)(?:进行|发动|实行|实施)?大?[“\"]?(?:清剿|扫荡|进攻|围攻|合围|蚕食|攻击)")
_STATIONED = re.compile(r"(?:驻|驻守|驻扎)(?:在|于)?(?P<t>[\u4e00-\u9fff]{2,5}?)的")


def _target_site(text: str, a: int, b: int, fight: re.Match, places: list[Mention]) -> Mention | None:
    """The place the entry's action was aimed at (see _TARGET, _STATIONED): a place read there, or for a force's
    station a name no gazetteer holds."""
    st = _STATIONED.match(text, fight.end())
    if st is not None:
        inside = [m for m in places if st.start("t") <= m.start and m.end <= st.end("t")]
        if inside:
            return inside[-1]
        if not _NOT_SITE.search(st.group("t")):
            from kangzhan.extract.mentions.places import village_or_kind
            return village_or_kind(st.start("t"), st.end("t"), st.group("t"))
    t = _TARGET.search(text, a, b)
    if t is not None:
        return next((m for m in places if t.start("t") <= m.start and m.end <= t.end("t")), None)
    return None


def _entry_place(text: str, a: int, b: int, places: list[Mention], towns_only: bool = False) -> Mention | None:
    """Where a day's fight was: the site of the locative phrase that leads to its action (see _slot_site), else
    the place its action was aimed at (see _target_site), else the site in another slot of an action
    (implied.action_site), else the first place after its fighting word or the 在
    of a death (the last of places written together, 苏南句容县: the narrower), else the line's first settlement,
    else its first place (towns_only: no place but a settlement, when no slot tells the site)."""
    fight = _DAY_FIGHT.search(text, a, b) or _FELL_AT.search(text, a, b)  # 在Y阵亡: from 在 on
    site = _slot_site(text, a, fight.start(), places) if fight and fight.group()[0] != "在" else None
    site = site or (_target_site(text, a, b, fight, places) if fight and fight.group()[0] != "在" else None)
    site = site or action_site(text, [m for m in places if a <= m.start < b])  # 包围在X村, 向退守X岭的敌人进攻
    if site is not None:
        return site
    # the object right after the action's verb (袭击X, 攻克X, 夜袭X机场): its site, whatever its kind
    obj = next((m for m in places if fight and fight.end() <= m.start <= fight.end() + 1 and m.start < b), None)
    inside = [m for m in places if a <= m.start < b
              and (not towns_only or m.value.get("kind") in SETTLEMENT_KINDS or obj is not None and m.start >= obj.start)]
    if not inside:
        return None
    after = [m for m in inside if fight and m.start >= fight.start()] if fight else []
    if after:
        k = 0
        while k + 1 < len(after) and after[k + 1].start == after[k].end:
            k += 1
        return after[k]
    towns = [m for m in inside if m.value.get("kind") in SETTLEMENT_KINDS]
    return (towns or inside)[0]


# the mode of an attack on a place, right before it (夜袭X城, 再一次围困X城, 被…包围): fights at one place on other
# dates are told apart by it (夜袭X / 围困X), the plain X战斗 left to the one told as a plain attack (进攻X)
_ORDINALS = "〇一二三四五六七八九十"
_MODE_BEFORE = re.compile(r"(?P<v>夜袭|偷袭|奇袭|突袭|奔袭|围困|围攻|伏击|袭击)了?我?$")


def _act_name(text: str, p: Mention, name: str) -> Mention | None:
    """The fight named by its act (夜袭X城) when the verb right before its place tells the attack's mode."""
    verb = _MODE_BEFORE.search(text, max(0, p.start - 4), p.start)
    if verb is None:
        return None
    town = p.text + ("城" if text.startswith("城", p.end) and not p.text.endswith("城") else "")
    v = verb.group("v")
    return Mention("battle", p.start, p.end, p.text, {"name": v + town, "coined": True, "implied": True, "act": True,
                                                      "alts": [town + v + "战", town + v], "site": p})


def _day_battle(text: str, a: int, b: int, places: list[Mention], taken: set[str],
                towns_only: bool = False, repeated: frozenset[str] = frozenset()) -> Mention | None:
    """A day's fight the chronology does not name: X反扫荡 when the line tells a sweep and the resistance to
    it, else X战斗 after its place; None when the line tells no fight. repeated: the names coined for two
    entries or more (one place's fights on other dates), each then named by its act where the entry tells one."""
    if not (_DAY_FIGHT.search(text, a, b) or _FELL_AT.search(text, a, b)):
        return None
    p = _entry_place(text, a, b, places, towns_only)
    if p is None or not _DAY_FIGHT.search(text, a, b) and p.value.get("kind") in _WIDE:
        return None  # 在江西阵亡: a death in a province names no fight
    place = p.value.get("short") or p.value.get("name", p.text)
    sweep = _SWEPT.search(text, a, b)
    if _ANTI_SWEEP.search(text, a, b) or sweep:  # a sweep told and fought against (粉碎…“扫荡”, 清剿…奋起抵抗)
        word = (sweep.group("w") or sweep.group("w2")) if sweep else "扫荡"
        name, alts = place + "反" + word, [place + "反" + word + "战斗", place + "战斗"]
    else:
        name, alts = place + "战斗", [place + "之战"]
    if name in repeated:
        told = sum(1 for t in taken if t.startswith("\0" + name + "\0"))  # the place's fights told before it
        taken.add(f"\0{name}\0{told}")
        if (act := _act_name(text, p, name)) is not None and act.value["name"] not in taken:
            taken.add(act.value["name"])
            return act
        ordinal = f"第{_ORDINALS[told + 1]}次" if told < len(_ORDINALS) - 1 else None  # 第二次: the place's next fight
        if name in taken and ordinal and p.value.get("kind") in SETTLEMENT_KINDS:
            # another plain attack on the town: 第二次X战斗, its ordinal (a region's name is no one fight's site)
            taken.add(ordinal + name)
            return Mention("battle", p.start, p.end, p.text, {"name": ordinal + name, "coined": True, "implied": True,
                                                              "alts": [ordinal + place + "之战"], "site": p})
        alts = [*alts, ordinal + name] if ordinal else alts
    if name in taken:
        return None
    taken.add(name)
    return Mention("battle", p.start, p.end, p.text, {"name": name, "coined": True, "implied": True, "alts": alts,
                                                      "site": p})


def dated_list_events(text: str, sentences: list[tuple[int, int]], places: list[Mention], battles: list[Mention],
                      war_years: tuple[int, int]) -> list[tuple[Mention | None, list[int]]]:
    """For each entry of a list of dated entries, (its battle, its sentence indices): the battle the entry
    names; else, for an entry of the war's years that tells a fight at a settlement (日军包围X), a battle
    the list does not name, X战斗 after the town (coined); else None (the entry is no battle's)."""
    entries = _dated_entries(text)
    first_day = next((a for a, _, _, day in entries if day is not None), None)
    # (a battle named in a look back, "X事变后,…", heads no list: it is told as what came before, not as the list's course)
    if first_day is not None and any(m.value.get("name") and not m.value.get("implied") and not m.value.get("past")
                                     and m.start < first_day for m in battles):  # 涞源战役 / 1940年9月 / 22日,…: the days of the battle's course
        entries = [e for e in entries if e[3] is None]
    year_led = [e for e in entries if e[3] is None]
    if len({y for _, _, y, _ in year_led}) in (1, 2) and any(  # (or the months of a battle over a new year)
            m.value.get("name") and not m.value.get("implied") and not m.value.get("past") and m.start < year_led[0][0]
            for m in battles):
        entries = [e for e in entries if e[3] is not None]  # 郑州战斗 / 1941年10月2日… / 10月4日…: the battle's course
    if not entries:
        return []
    # the names each entry's fight would take were no name taken before: one place's fights on other dates
    coined = [m.value["name"] for m, _ in _entry_events(text, sentences, places, battles, war_years, entries,
                                                        frozenset(), _Untaken()) if m is not None and m.value.get("coined")]
    repeated = frozenset(n for n in coined if coined.count(n) > 1)
    return _entry_events(text, sentences, places, battles, war_years, entries, repeated)


class _Untaken(set):
    """A set of names that never holds one (every entry coins its name as if it were the first)."""

    def add(self, _name: str) -> None:
        return None


def _entry_events(text: str, sentences: list[tuple[int, int]], places: list[Mention], battles: list[Mention],
                  war_years: tuple[int, int], entries: list[tuple[int, int, int, str | None]],
                  repeated: frozenset[str], taken: set[str] | None = None) -> list[tuple[Mention | None, list[int]]]:
    """dated_list_events over the entries; repeated: the coined names of one place's fights on other dates."""
    starts = [s for s, _ in sentences]
    out: list[tuple[Mention | None, list[int]]] = []
    taken = set() if taken is None else taken
    days = [(a, b) for a, b, _, day in entries if day is not None]
    if days:  # a chronology's headings, its source line and any text between its days tell no fight
        lo = max((m.start() for m in _CHRONO_LINE.finditer(text, 0, days[0][0]) if m.group("y") or m.group("gy")),
                 default=days[0][0])
        inside = [k for k in range(bisect_right(starts, lo) - 1, bisect_left(starts, days[-1][1]))
                  if k >= 0 and not any(a < sentences[k][1] and sentences[k][0] < b for a, b in days)]
        out.append((None, inside))
    for a, b, year, day in entries:
        first = max(bisect_right(starts, a) - 1, 0)
        ks = [k for k in range(first, bisect_left(starts, b)) if sentences[k][1] > a]
        if not ks:
            continue
        named = [m for m in battles if m.value.get("name") and a <= m.start < b
                 and not m.value.get("implied") and not m.value.get("coined")]  # (not one coined from the whole list
        # or from its act, 率部夜袭X: the entry's own is coined below)
        if named:
            out.append((named[0], ks))
            continue
        if day is not None:  # a chronology's day: the fight it tells, at its own place
            coined = _day_battle(text, a, b, places, taken, repeated=repeated) if war_years[0] <= year <= war_years[1] else None
            out.append((coined, ks))
            continue
        war = war_years[0] <= year <= war_years[1]
        for part in _fights_of_entry(text, sentences, ks, places) if war else [ks]:
            lo, hi = max(a, sentences[part[0]][0]), min(b, sentences[part[-1]][1])
            out.append((_entry_fight(text, lo, hi, places, battles, taken, repeated) if war else None, part))
    return out


# a sentence that opens with a day of the entry's year (5月3日,…; 次日…): the next step of its story, maybe a new fight
# (同月/是月/当月 and a month's 某日 too: a county chronicle's next action of the month, 同月,某县大队袭击X)
_DAY_OPENS = re.compile(r"\s*(?:(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})月(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})[日号]|次日|翌日"
                        r"|(?:同|是|当)月[,，]|(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})月某日)")


def _fights_of_entry(text: str, sentences: list[tuple[int, int]], ks: list[int], places: list[Mention]) -> list[list[int]]:
    """The entry's sentences cut into its fights: a sentence that opens with a new day and tells an action at
    another site than the fight before it (某年5月1日,…收复X机场。5月3日,…向退守Y岭的敌人发起攻击) begins a fight
    of its own; several fights told at different sites and days are different fights, each with what follows it."""
    parts: list[list[int]] = []
    last = None
    for k in ks:
        s, e = sentences[k]
        site = action_site(text, [m for m in places if s <= m.start < e])
        if site is None and _DAY_OPENS.match(text, s) and _DAY_FIGHT.search(text, s, e):
            # a dated sentence that tells a fight (同月,某队混进X村,…向敌人发起攻击): at its first settlement
            site = next((m for m in places if s <= m.start < e and m.value.get("kind") in SITE_KINDS), None)
        name = site.value.get("name", site.text) if site is not None else None
        if parts and name is not None and last is not None and name != last and _DAY_OPENS.match(text, s):
            parts.append([k])
        elif parts:
            parts[-1].append(k)
        else:
            parts.append([k])
        last = name or last
    return parts


def _entry_fight(text: str, a: int, b: int, places: list[Mention], battles: list[Mention],
                 taken: set[str], repeated: frozenset[str] = frozenset()) -> Mention | None:
    """The fight an entry (or a part of it) tells: the battle the text names when the entry's site is that
    battle's town (X战役 … 日军攻占X); else the fight coined at the site of its action (failing one, at a
    settlement of the entry: 向X河发起进攻 tells no fight at a place); else None."""
    towns = [m for m in places if a <= m.start < b and m.value.get("kind") in SETTLEMENT_KINDS]
    site = action_site(text, [m for m in places if a <= m.start < b])
    towns = [site, *towns] if site is not None else towns
    town = (towns[0].value.get("short") or towns[0].value.get("name", towns[0].text)) if towns else None
    own = [m for m in battles if town and m.value.get("name") and town in m.value["name"]
           and not m.value.get("implied") and not m.value.get("coined")]  # (a battle coined from the whole text is no entry's: it coins its own)
    if own and _ENTRY_FIGHT.search(text, a, b):
        return own[0]
    return _day_battle(text, a, b, places, taken, towns_only=True, repeated=repeated)


def untold_before_entries(text: str, sentences: list[tuple[int, int]], labels: list[str | None],
                          events: list[tuple[Mention | None, list[int]]], battles: list[Mention]) -> set[str]:
    """The battles implied by the whole text (coined, never named) that a list of dated entries leaves only
    sentences outside its entries that tell no fight (its title, a byline, a trailing heading): no fight of the
    text. Their labels are cleared."""
    runs = {k for _, run in events for k in run}
    if not any(m is not None for m, _ in events):
        return set()
    own = {m.value["name"] for m, _ in events if m is not None}
    out = set()
    for m in battles:
        name = m.value.get("name")
        if not m.value.get("implied") or name in own or name in out:
            continue
        ks = [k for k, x in enumerate(labels) if x == name]
        if ks and all(k not in runs and not _DAY_FIGHT.search(text, *sentences[k]) for k in ks):
            for k in ks:
                labels[k] = None
            out.add(name)
    return out


def entry_starts(text: str, sentences: list[tuple[int, int]], facts, events: list[tuple[Mention | None, list[int]]],
                 dates: list[Mention]) -> None:
    """A fight an entry of a dated list tells (coined for it) starts on the date that opens the entry (1944年9月29日,
    …; a sub-item's, a chronology's day): a later date the entry tells (次年, 同年冬: what came after) is no start;
    a date that refines the entry's (its month's day) stands."""
    by_name = {b.name: b for b in facts.battles}
    for m, run in events:
        b = by_name.get(m.value["name"]) if m is not None and "site" in m.value else None
        if b is None or not run:
            continue
        a = sentences[run[0]][0]
        line_start = text.rfind("\n", 0, a) + 1
        # a part of an entry that opens with its own day (…。6月14日,…): that day; else the date opening the entry's line
        d = next((d for d in dates if a <= d.start <= a + 2 and not text[a:d.start].strip()), None) if a > line_start else None
        d = d or next((d for d in dates if line_start <= d.start and not text[line_start:d.start].strip(" \t\u3000()（）[]【】")
                       or line_start <= d.start <= line_start + 6 and d.start < sentences[run[0]][1]), None)
        if d is None or d.start >= sentences[run[-1]][1]:
            continue
        v = d.value["date"]
        if b.start is None or not b.start.iso.startswith(v.iso):
            b.start = v
            if b.end is not None and b.end.iso < v.iso:
                b.end = None
