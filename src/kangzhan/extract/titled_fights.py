"""Fights a page title names by what happened at a place, and incidents named by their date.

A picture book, an album or a feature titles a page or a section by what happened at a place rather than by a
battle's name: X中日开战, X激战, X失守, X沦陷 / 血战X, 首战X, 死守X. When the title stands alone on its line and
the prose under it tells fighting (a fighting word besides the title's own, and a date or a unit), the title
names a fight at that place: it heads a section like a battle's name and is coined X战斗 (the form histories give
a fight the text does not name), the title kept as another name. A place is a settlement, mountain, pass … (not a
region or a province: 东北沦陷 is no fight's title).

Chinese names incidents by their day (“九一八”事变: the 18th of the 9th month; “一·二八”事变, 七七事变): such a name,
anywhere in the text, is another name of a titled fight whose section opens on that day."""

from __future__ import annotations

import re
from bisect import bisect_right

from kangzhan.extract.atrocities import atrocity_at
from kangzhan.extract.implied import FIGHTING, INCURSION, NAMESAKE_KINDS, SKIRMISH
from kangzhan.extract.local_action import CAMPAIGN_WORDS
from kangzhan.extract.mentions.base import Mention
from kangzhan.extract.mentions.battles import name_days
from kangzhan.extract.mentions.places import place_kind
from kangzhan.text.sentences import split_sentences

# the title's verb after the place (X中日开战, X两军激战, X失守) or before it (血战X, 首战X, 死守X)
_AFTER = re.compile(r"(?P<place>[\u4e00-\u9fff]{2,6}?)(?:中日|两军|军民|守军|将士)?"
                    r"(?P<verb>开战|激战|血战|鏖战|失守|沦陷|失陷|陷落|告急)")
_BEFORE = re.compile(r"(?P<verb>首战|血战|激战|鏖战|决战|死守|固守|坚守|夜袭|奇袭|突袭|收复|光复|克复)"
                     r"(?P<place>[\u4e00-\u9fff]{2,6})")
# fighting told in the prose under the title (besides the title's own verb)
_FIGHT = re.compile("|".join((FIGHTING.pattern, INCURSION.pattern, SKIRMISH.pattern,
                              r"开枪|开炮|还击|抗击|迎击|攻入|攻陷|攻占|争夺|鏖战|失守|沦陷|开战")))
# an account titled by the fight it tells (百花洞杀敌记, X歼敌记, X伏击记): a memoir's or a history's chapter
_ACCOUNT = re.compile(r"(?P<place>[\u4e00-\u9fff]{2,6}?)(?P<verb>杀敌记|歼敌记|战斗记|激战记|血战记|伏击记|阻击记|突围记|大捷记)")
# a book's chapter titled by the place its fight was at (第七章 打洛之二, 第三节 X（上）): a popular history or a
# memoir tells a campaign chapter by chapter, one fight at one place each; a chapter's number or a part's number is
# required (a bare place on a line is an address or a caption)
_CHAPTER = re.compile(r"(?:第[一二三四五六七八九十百零〇\d]{1,4}[章节回篇部]\s*[:：、]?\s*)?(?P<place>[\u4e00-\u9fff]{2,6}?)"
                      r"(?P<verb>之[一二三四五六七八九十]|[（(][一二三四五上中下][)）])?")
_CHAPTER_NO = re.compile(r"第[一二三四五六七八九十百零〇\d]{1,4}[章节回篇部]")
_PROSE = re.compile(r"[，,。；;]")
_MAX_TITLE = 12
_HEAD_LINES = 4  # the lines under an account's title that may be its head (byline, address and date, blanks)


def titled_fights(text: str, places: list[Mention], units: list, dates: list[Mention],
                  battles: list[Mention]) -> tuple[list[Mention], list[tuple[int, int]]]:
    """A coined battle mention (heading) for each title line that names a fight at a place (the line's span); and
    the spans (title and prose) of the fight titles whose prose tells no fight (a copy cut off under its title):
    no battle's, not the section's before them."""
    taken = [(m.start, m.end) for m in battles]
    named = "|".join(m.value["name"] for m in battles if m.value.get("name") and not m.value.get("coined"))
    unit_starts = sorted(u.mention.start for u in units)
    date_starts = sorted(d.start for d in dates)
    out: list[Mention] = []
    untold: list[tuple[int, int]] = []
    pos = 0
    lines = text.split("\n")
    for i, line in enumerate(lines):
        start, title = pos + len(line) - len(line.lstrip()), line.strip()
        pos += len(line) + 1
        if not title or len(title) > _MAX_TITLE or _PROSE.search(title):
            continue
        account = _ACCOUNT.fullmatch(title)
        m = _AFTER.fullmatch(title) or _BEFORE.fullmatch(title) or account
        chapter = None
        if m is None:
            chapter = _CHAPTER.fullmatch(title)
            if chapter is None or not (_CHAPTER_NO.match(title) or chapter.group("verb")):
                continue
            m = chapter
        if any(a < start + len(title) and start < b for a, b in taken):
            continue
        place = m.group("place")
        if place in named:
            continue  # 血战台儿庄 over a 台儿庄战役 the text names: a heading of that battle's account
        a, k = pos, i + 1
        while account and k < len(lines) and k <= i + _HEAD_LINES and not _PROSE.search(lines[k]):
            a += len(lines[k]) + 1  # 彭沃 王彪, a page's address and date, a blank: the head under an account's title
            k += 1
        b = _chapter_end(text, lines, k, a) if chapter else _section_end(text, lines, k, a)
        if not (_is_namesake(place, start + m.start("place"), places) or _held_in_prose(text, a, b, place)
                or (chapter and _placed_in_prose(place, a, b, places))):
            continue
        if any(a <= x.start < b and x.value.get("name") and not x.value.get("past")
               and (not (account or chapter) or place in x.value["name"]
                    or (chapter and not x.value["name"].endswith(CAMPAIGN_WORDS))) for x in battles):
            continue  # the prose under the title names its battle: the section is that battle's (an account names
            # others in passing: 在X战斗中英勇杀敌 before the fight it tells)
        told = [f.group() for f in _FIGHT.finditer(text, a, b) if f.group() != m.group("verb")]
        dated = bisect_right(date_starts, b - 1) > bisect_right(date_starts, a - 1)
        manned = bisect_right(unit_starts, b - 1) > bisect_right(unit_starts, a - 1)
        if chapter and not (told and manned):
            continue  # a chapter on a place that tells no fight by units (its history, its people): no fight's title
        if not told or not (dated or manned):
            untold.append((start, b))
            continue
        if atrocity_at(text[a:b], place, split_sentences(text[a:b])):
            continue  # 鲁家村沦陷 over the story of the 鲁家村惨案: a massacre told, no fight
        out.append(Mention("battle", start, start + len(title), title,
                           {"name": place + "战斗", "heading": True, "coined": True, "implied": True,
                            "alts": [place + "之战", title]}))
    return out, untold


def clear_untold(text: str, sentences: list[tuple[int, int]], labels: list[str | None], spans: list[tuple[int, int]],
                 battles: list[Mention]) -> None:
    """Sentences under a fight title whose prose tells no fight belong to no battle, unless they name one (in place)."""
    for a, b in spans:
        for k, (s, e) in enumerate(sentences):
            if a <= s < b and labels[k] is not None and not any(
                    s <= m.start < e and m.value.get("name") and not m.value.get("past") for m in battles):
                labels[k] = None


def _is_namesake(place: str, at: int, places: list[Mention]) -> bool:
    """The title's place is one a fight is named after: found there by the place finder, else by its form."""
    found = next((p for p in places if p.start == at and p.text == place), None)
    kind = found.value.get("kind") if found is not None else place_kind(place)
    return kind in NAMESAKE_KINDS


_WIDE_KINDS = ("region", "province", "country", "continent")


def _placed_in_prose(place: str, a: int, b: int, places: list[Mention]) -> bool:
    """A chapter's place is written again in its prose, found there as a place (在打洛以北) and no region (缅北)."""
    return any(a <= p.start < b and p.text == place and p.value.get("kind") not in _WIDE_KINDS for p in places)


# the prose fights for the title's place (收复X阵地, 占领了X, 阵地——X): a position, whatever its name's form
_HELD_BEFORE = re.compile(r"(?:收复|攻占|占领了?|夺回|夺取|攻克|攻入|突破|固守|坚守|死守|守卫|退守|反攻|进攻|攻打|阵地[——\-:：]{1,2})$")
_HELD_AFTER = re.compile(r"(?:一线)?阵地")


def _held_in_prose(text: str, a: int, b: int, place: str) -> bool:
    """The title's place (首战陈家行: a name of no settlement form the gazetteer does not know) is written again in the
    prose under the title as a position fought for: taken, held or retaken there (收复X阵地, 占领了X)."""
    at = text.find(place, a, b)
    while at >= 0:
        if _HELD_BEFORE.search(text, max(0, at - 4), at) or _HELD_AFTER.match(text, at + len(place)):
            return True
        at = text.find(place, at + 1, b)
    return False


def _section_end(text: str, lines: list[str], k: int, pos: int) -> int:
    """The end of the prose under a title: the first blank line or the next short title-like line."""
    for line in lines[k:]:
        s = line.strip()
        if not s or (len(s) <= _MAX_TITLE and not _PROSE.search(s)):
            return pos
        pos += len(line) + 1
    return len(text)


def _chapter_end(text: str, lines: list[str], k: int, pos: int) -> int:
    """The end of a chapter: the next line that opens a chapter (第N章 …), else the end of the text."""
    for line in lines[k:]:
        if _CHAPTER_NO.match(line.strip()):
            return pos
        pos += len(line) + 1
    return len(text)


_DAY_NAME = re.compile(r"[“「\"']?(?P<digits>[〇零一二三四五六七八九][·・.．]?[〇零一二三四五六七八九]{1,2}(?:[·・.．]?[〇零一二三四五六七八九])?)"
                       r"[”」\"']?事变")


def date_named_incidents(text: str, sentences: list[tuple[int, int]], labels: list[str | None],
                         fights: list[Mention], dates: list[Mention]) -> None:
    """Give a titled fight the name of the incident named by the day its section opens on (in place: its alts)."""
    named = [(n.group().replace("“", "").replace("”", "").strip("「」\"'"), name_days(n.group("digits")))
             for n in _DAY_NAME.finditer(text)]
    if not named or not fights:
        return
    starts = [s for s, _ in sentences]
    for m in fights:
        k = [i for i, x in enumerate(labels) if x == m.value["name"]]
        if not k:
            continue
        a, b = sentences[k[0]][0], sentences[k[-1]][1]
        first = next((d for d in sorted(dates, key=lambda d: d.start) if a <= d.start < b
                      and bisect_right(starts, d.start) - 1 in k), None)
        day = _month_day(first.value.get("date") if first is not None else None)
        if day is None:
            continue
        for name, days in named:
            if day in days and name not in m.value["alts"]:
                m.value["alts"] = [*m.value["alts"], name]


def _month_day(date) -> tuple[int, int] | None:
    """(month, day) of a date mention's value (a DateValue or its ISO string) at day precision, else None."""
    iso = getattr(date, "iso", date)
    if not isinstance(iso, str) or len(iso) < 10:
        return None
    return int(iso[5:7]), int(iso[8:10])
