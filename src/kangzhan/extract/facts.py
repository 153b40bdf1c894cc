"""Battle boundaries (which sentences belong to which battle) and the assembly of Battle records.

Two genres:
- sectioned text (numbered lists, infobox titles, `名称:日期` lines): a heading opens the section of its
  battle, which runs to the next heading;
- narrative: a sentence that names a battle (not as a look back: 第一次长沙会战之后 …) belongs to it; the
  sentences in between are filled from both sides: a closing summary (此次会战…, …会战结束) ends the
  battle before it, a paragraph opening with a later year starts the one after it.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field

from kangzhan.extract.fight_words import FIGHT_WORDS
from kangzhan.extract.mentions.base import Mention, sentence_index
from kangzhan.extract.mentions.battles import EVENT_ITEM, list_gap, name_before, section_breaks
from kangzhan.text.list_items import (
    ITEM_MARK,
    NUMBERED_MARK,
    answer_breaks,
    bare_mark,
    letter_ref,
    option_letter,
)

MAJOR = ("会战", "战役", "保卫战", "大捷", "抗战", "事变", "之战", "之役", "大会战", "攻势")
CAMPAIGN = ("会战", "战役", "大会战", "抗战", "事变", "攻势", "大战", "之战", "之役")
_PART_OF = re.compile(r"(?:是|为|属于?)(?:[^,，。]{0,12}?中的?)?([\u4e00-\u9fff·]{2,14}?(?:会战|战役|作战|抗战|大战))"
                      r"(?:(?:的)?(?:一部分|组成部分|一部)"
                      # 也是X会战中国民革命军取得的一次重大胜利: one victory of the whole X
                      r"|中[^，,。；;]{0,16}?的一[次场个][^，,。；;]{0,6}?(?:胜利|大捷|战斗|战役|作战|胜仗|败仗)"
                      # 是X会战后期,极为关键的一个战役: a phase of the whole, then one fight of it
                      r"|(?:初期|前期|中期|后期|末期|期间|阶段)[，,]?[^，,。；;]{0,12}?的一[次场个][^，,。；;]{0,6}?"
                      r"(?:胜利|大捷|战斗|战役|作战|胜仗|败仗))")
# the part whose end marked the end of the whole (它的结束标志着X会战的结束, 该城失守标志着X战役的结束): the last
# fight of the whole, part of it
_ENDS_WHOLE = re.compile(r"(?:结束|失守|陷落|沦陷|告终)(?:也|即|便)?(?:标志着|宣告了?|意味着)"
                         r"([\u4e00-\u9fff·]{2,14}?(?:会战|战役|作战|大战))的?(?:结束|终结|落幕|告一段落)")
# a count before the battle word (X是…四大战役中的一次, 滇西三大会战之一): a group of battles counted, no battle's name
_COUNTED = re.compile(r"[两二三四五六七八九十几数多]+[大次场个]$")
# a line that opens with a year or a month: the entries of a chronicle (民国二十七年(1938年) / 5月17日,…)
_DATED_LINE = re.compile(r"^\s*(?:民国|民國)?[0-9一二三四五六七八九十〇]{1,4}年|^\s*[0-9]{1,2}月", re.M)
_YEAR_START = re.compile(r"\s*(?:民国)?(19[0-9]{2})年")
# the year a sentence opens with (1941年, 一九四一年): the opening of a dated entry
_LED_YEAR = re.compile(r"\s*(?:民国)?(?:(19[0-9]{2})|(一九[〇零○一二三四五六七八九]{2}))年")
_ENTRY_GAP = 2  # a dated entry this many years after a battle's own dated entry tells a later part of a life
_ITEM_BEFORE = re.compile(rf"\s*#*\s*(?:{ITEM_MARK})\s*")


@dataclass
class BattleInfo:
    name: str
    alts: set[str] = field(default_factory=set)
    first: Mention | None = None
    part_of: str | None = None
    heading: bool = False
    ends_whole: bool = False  # its end is said to mark the end of its whole (它的结束标志着X会战的结束)


def _is_major(name: str) -> bool:
    return name.endswith(MAJOR)


def _part_level(name: str, owner: str) -> bool:
    """Inside a headed section, a battle of another place that is no campaign (昆仑关大捷, X战斗, X保卫战 in
    桂南会战's section) is a part of the section's battle; a 会战/战役 named there is another campaign."""
    return not name.endswith(CAMPAIGN) and bool(_stem(name)) and _stem(name) != _stem(owner)


def _part_to_paragraph_end(text: str, sentences: list[tuple[int, int]], battles: list[Mention],
                           labels: list[str | None], k: int, owner: str, name: str) -> None:
    """The sentences of the whole from k to the end of its paragraph (up to another battle's naming) tell the part
    that sentence k named as one of the whole's parts."""
    line_end = text.find("\n", sentences[k][0])
    line_end = len(text) if line_end < 0 else line_end
    others = [x.start for x in battles if x.value.get("name") not in (None, owner, name)]
    j = k
    while j < len(sentences) and sentences[j][0] < line_end and labels[j] == owner \
            and not any(sentences[j][0] <= x < sentences[j][1] for x in others if j > k):
        labels[j] = name
        j += 1


def segment(text: str, sentences: list[tuple[int, int]], battles: list[Mention],
            lists: dict[int, list[Mention]]) -> tuple[dict[str, BattleInfo], list[str | None]]:
    """Battles of the text and, for each sentence, the battle it belongs to (or None); lists: record_lists."""
    sent_of = sentence_index(sentences)
    raids = [m for m in battles if m.value.get("raid")]
    battles = [m for m in battles if not m.value.get("raid")]
    infos: dict[str, BattleInfo] = {}
    labels: list[str | None] = [None] * len(sentences)
    headings = [m for m in battles if m.value.get("heading")]
    alias_of: dict[str, str] = {}
    later_fights: set[str] = set()  # fights named under a later year than the battle before them: no parts of it

    def info(name: str, m: Mention, heading: bool = False) -> BattleInfo:
        canon = alias_of.get(name, name)
        if canon not in infos:
            infos[canon] = BattleInfo(canon, first=m, heading=heading)
        return infos[canon]

    # a heading right after another one, with no account between them, is another name of it (infobox)
    merged: list[Mention] = []
    for m in headings:
        if merged and m.value["name"] != merged[-1].value["name"] and \
                len(re.sub(r"\s", "", text[merged[-1].end:m.start])) < 30 and not _is_numbered(text, m) \
                and _alone_on_line(text, m):
            alias_of[m.value["name"]] = alias_of.get(merged[-1].value["name"], merged[-1].value["name"])
            continue
        merged.append(m)
    headings = merged
    entries = timeline_entries(text)
    records = record_sentences(lists, sent_of)
    if entries and not any(m.start < entries[0][0] for m in battles):  # no account before the first entry
        _by_entry(entries, battles, labels, [a for a, _ in sentences], alias_of, info)
    elif headings:
        for m in headings:
            info(m.value["name"], m, True)
            for alias, owner in alias_of.items():
                if owner == m.value["name"]:
                    infos[owner].alts.add(alias)
        frame = _frame(text, battles, headings)
        if not frame and len(headings) > 1 and headings[0].value.get("title"):
            frame = headings[0]  # the title's battle: a section that names no battle returns to it
        if frame:  # the preamble's battle: the sections are its parts
            info(frame.value["name"], frame)
            for m in headings:
                if m is frame:
                    continue
                owner = infos[alias_of.get(m.value["name"], m.value["name"])]
                if not owner.part_of and owner.name != frame.value["name"] and _rank(frame.value["name"]) >= _rank(owner.name):
                    owner.part_of = frame.value["name"]
        answers = _after_options(text, headings, answer_breaks(text))  # 正确答案:B / 解析: ends a quiz's options
        breaks = sorted({*section_breaks(text, headings), *answers})
        hi = bi = 0
        current: str | None = frame.value["name"] if frame else _lead(text, battles, headings, alias_of)
        for i in range(len(sentences)):
            while True:
                h = headings[hi].start if hi < len(headings) else len(text)
                b = breaks[bi] if bi < len(breaks) else len(text)
                if min(h, b) >= sentences[i][1]:
                    break
                if b < h:
                    current, bi = (frame.value["name"] if frame else None), bi + 1
                else:
                    current = alias_of.get(headings[hi].value["name"], headings[hi].value["name"])
                    hi += 1
            labels[i] = current
        if not frame:
            _lead_of_first_section(text, battles, headings, alias_of, labels, sent_of)
        if answers:
            _explained_by_name(text, sentences, battles, headings, answers, labels, alias_of)
    else:
        _canonical_names(battles, sent_of, alias_of)
        for m in battles:
            if m.value.get("name"):
                m.value["name"] = alias_of.get(m.value["name"], m.value["name"])
        anchors = [m for m in battles if m.value.get("name") and not m.value.get("past") and not m.value.get("alias")
                   and not m.value.get("whole")
                   and not (m.value.get("part") and any(x.value.get("name") and x.start < m.start and x.value["name"]
                                                        != m.value["name"] for x in battles))]
        anchors = [m for m in anchors if not _in_quoted_speech(text, m)] or anchors  # 电讯:「X战役遭受…」
        placed = [m for m in anchors if not m.value.get("timed")]
        anchors = placed or anchors  # a season's offensive (冬季攻势) named in passing heads no part of the text
        # a battle named as what the sentence told (史称X, 这就是X) heads that sentence whatever its rank
        majors = [m for m in anchors if _is_major(m.value["name"]) or m.value.get("told")] or anchors
        dom = _dominant(text, anchors, alias_of)
        if dom:
            main, aliases = dom
            for alias in aliases:
                alias_of[alias] = main
            anchors = [m for m in anchors if m.value["name"] not in aliases]
            _single_topic(text, sentences, anchors, labels, sent_of, main, info)
            infos[main].alts |= set(aliases)
        else:
            for m in majors:
                k = sent_of(m.start)
                if k is not None and labels[k] is None:
                    labels[k] = info(m.value["name"], m).name
            if majors is not anchors:
                later_fights = _fights_of_later_years(text, sentences, [m for m in anchors if m not in majors], labels,
                                                      sent_of, info)
            _fill_gaps(text, sentences, battles, labels, sent_of, records)
            if records:  # a battle whose sentence no neighbour filled (a record beside it): that sentence is its own
                alone = [(k, m) for m in anchors if (k := sent_of(m.start)) is not None and labels[k] is None]
                for k, m in alone:
                    labels[k] = labels[k] or info(m.value["name"], m).name
                if alone:
                    _fill_gaps(text, sentences, battles, labels, sent_of, records)
    if not entries or any(m.start < entries[0][0] for m in battles):
        _flashbacks(text, sentences, battles, labels, sent_of, info)
    if not headings and not entries:
        _parallel_frames(text, sentences, battles, labels, info)
    # aliases (又称 …) and parts (是 Y 的一部分), nested minor battles; one of a list (A作战、B作战) is no part
    listed = _listed(text, battles)
    named_in_order = sorted((x for x in battles if x.value.get("name")), key=lambda x: x.start)
    for m in battles:
        name = m.value.get("name")
        k = sent_of(m.start)
        if not name or k is None:
            continue
        owner = labels[k]
        if m.value.get("alias") and owner and name != owner and not m.value.get("past") and name not in infos:
            infos[owner].alts.add(name)
            alias_of.setdefault(name, owner)
        elif m.value.get("part") and owner and name != owner and name not in infos and not m.value.get("past"):
            infos[name] = BattleInfo(name, first=m, part_of=owner)  # 其中X…: a part of the battle told
            if m.value.get("one_of"):  # 作为Y的战场之一,X发生于…: the account turns to the part, to its paragraph's end
                _part_to_paragraph_end(text, sentences, battles, labels, k, owner, name)
        elif owner and m.text != owner and alias_of.get(m.text) == owner:
            infos[owner].alts.add(m.text)
        elif owner and name != owner and name not in infos and not m.value.get("past") and _same_place(name, owner):
            infos[owner].alts.add(name)  # 瓦鲁班之役 told in the section of 瓦鲁班大捷: the same battle
            alias_of.setdefault(name, owner)
        elif name != owner and name not in infos and not m.value.get("past") and m.value.get("timed"):
            infos[name] = BattleInfo(name, first=m)  # an offensive of its own, named in passing (in a sentence of
            # another battle or, told years after it, of none): no part of owner
        elif name != owner and name not in infos and not m.value.get("past") and not headings and k in records \
                and ("list" in m.value or name in records[k]):
            infos[name] = BattleInfo(name, first=m)  # one of a record's list (参加了A、B和C): a battle of its own
        elif owner and name != owner and name not in infos and not m.value.get("past") and not headings \
                and (m.start in listed and (m.value.get("shared") or _listed_with_own(m, named_in_order, infos, text))
                     or not _is_major(name) and m.start not in listed and infos[owner].first is not None
                     and infos[owner].first.start > m.start and not infos[owner].first.value.get("closer")):
            # a sibling in a list of battles (A、B等战役; A战役和B战役) is a battle as its siblings are; a smaller
            # battle told before the first naming of the one whose sentences surround it is no part of it: a
            # narrative names the whole before its parts (a career tells its battles one after the other),
            # unless it names the whole only where it closes its account (…会战结束: all before was of it)
            infos[name] = BattleInfo(name, first=m)
            if labels[k] == owner and _first_named_in(m, battles, sent_of, k):
                j = k
                while j >= 0 and labels[j] == owner:
                    labels[j] = name
                    j -= 1
        elif headings and owner and name != owner and name not in infos and not m.value.get("past") \
                and not m.value.get("alias") and _launched_another_year(text, sentences[k], m, infos[owner].first):
            infos[name] = BattleInfo(name, first=m)  # 4.1944年初,日军…发动了X战役 in the section of a 1941 battle
            line_end = text.find("\n", m.end)
            line_end = len(text) if line_end < 0 else line_end
            j = k
            while j < len(sentences) and sentences[j][0] < line_end and labels[j] == owner:
                labels[j] = name  # the rest of its item (its line) tells it
                j += 1
        elif owner and name != owner and name not in infos and not m.value.get("past") and m.value.get("whole") \
                and not _is_major(name):
            infos[name] = BattleInfo(name, first=m)  # X是Y大战中…的一场战斗: Y is the whole X belongs to, never its
            # part, though 大战 is no major word (a major whole stays a bare parent); _PART_OF below ties X to it
        elif owner and name != owner and name not in infos and not m.value.get("past") and m.start not in listed \
                and (not _is_major(name) if not headings else _part_level(name, owner)):
            infos[name] = BattleInfo(name, first=m, part_of=owner)
            if m.value.get("act") and not headings and not any(
                    x is not m and x.value.get("name") and sent_of(x.start) == k for x in battles):
                labels[k] = name  # X率部血战Y: the sentence tells the part's act (its leader, its foe), not the whole
            elif m.value.get("told") and labels[k] == owner:
                labels[k] = name  # …在Y与日军激战三昼夜,史称Y阻击战: the sentence told the part it names at its end
    _retold_parts(battles, infos, labels, sent_of)
    _fought_at_named_place(text, sentences, battles, infos, labels, sent_of)
    _launched_in_support(text, battles, infos, labels, sent_of)
    if not headings and not entries:
        _own_raids(text, sentences, raids, infos, labels, sent_of)
    for i, (s, e) in enumerate(sentences):
        owner = labels[i]
        if owner:
            pm = _PART_OF.search(text, s, e) or _ENDS_WHOLE.search(text, s, e)
            if pm and pm.group(1) != owner and not infos[owner].part_of:
                whole = pm.group(1)
                suffix = next(x for x in ("会战", "战役", "作战", "抗战", "大战") if whole.endswith(x))
                prefix = name_before(whole, len(whole) - len(suffix), suffix)
                if prefix and prefix + suffix != owner and not _COUNTED.search(prefix):
                    infos[owner].part_of = prefix + suffix
                    infos[owner].ends_whole = pm.re is _ENDS_WHOLE
    _joined_siblings(text, sentences, battles, infos, labels, sent_of)
    # one battle only: a larger battle named in the text (会战 over 战役 over 作战) is what it is part of
    owners = {lab for lab in labels if lab}
    if len(owners) == 1:
        main_name = next(iter(owners))
        if not infos[main_name].part_of:
            larger = [m.value["name"] for m in battles if m.value.get("name") and m.value["name"] != main_name
                      and not m.value.get("past")  # 继淞沪会战之后…: a battle before it, not the whole it is part of
                      and (_rank(m.value["name"]) > _rank(main_name) or _regional_over(m.value["name"], main_name))
                      and not m.value["name"].endswith(_INCIDENT) and m.value["name"] not in alias_of
                      and m.start not in listed  # a sibling of a list is no whole of the others
                      and m.value["name"] not in infos[main_name].alts and not _same_campaign(m.value["name"], main_name)]
            infos[main_name].alts |= {m.value["name"] for m in battles if m.value.get("name")
                                      and _same_campaign(m.value["name"], main_name)}
            if larger:  # the highest rank first (桂南会战 over 桂南战役, both named), then the first named
                infos[main_name].part_of = max(larger, key=lambda n: (_rank(n), -larger.index(n)))
    # a narrative of an operation and one engagement told after it (…作战 … 狼牙山战斗): the engagement is its part
    if not headings and len(owners) == 2:
        first_of = {n: labels.index(n) for n in owners}
        small, big = sorted(owners, key=lambda n: (not n.endswith("战斗"), first_of[n]))
        if small.endswith("战斗") and big.endswith(("作战", "会战", "战役")) and first_of[big] < first_of[small] \
                and not infos[small].part_of and small not in later_fights:
            infos[small].part_of = big
    # an alias that was also used as an anchor: merge into its owner
    for alias, owner in alias_of.items():
        if alias in infos and alias != owner and owner in infos:
            infos[owner].alts |= infos[alias].alts | {alias}
            del infos[alias]
            labels[:] = [owner if x == alias else x for x in labels]
    if not headings and not entries:
        _lead_of_titled_whole(text, sentences, battles, infos, labels)
    return infos, labels


_SENTENCE_END = re.compile(r"[。！？!?…][”」』\"]?$")
# a text's own title in 《》 on a line of its own, with at most its author or class after it (《观X大战》 四年级二班 某某)
_OWN_TITLE = re.compile(r"^[ \t\u3000]*《(?P<title>[^》\n]{2,30})》[^\n《]{0,30}$", re.M)


def _lead_of_titled_whole(text: str, sentences: list[tuple[int, int]], battles: list[Mention],
                          infos: dict[str, BattleInfo], labels: list[str | None]) -> None:
    """A composition or an essay under its own 《》 title that names the whole its told fight is part of (《观Y大战》,
    then X是Y大战中的一场战斗): the sentences between the title and the first naming of a battle tell the whole (its
    commander choosing the next target, the enemy's counter-offensive), not yet the part."""
    named = [m.start for m in battles if m.value.get("name")]
    if not named:
        return
    first = min(named)
    titles = list(_OWN_TITLE.finditer(text, 0, first))
    if not titles:
        return
    title = titles[-1]
    whole = next((i.part_of for i in infos.values() if i.part_of in infos and i.part_of in title.group("title")), None)
    if whole is None:
        return
    parts = {n for n, i in infos.items() if i.part_of == whole}
    for k, (s, e) in enumerate(sentences):  # the text's sentences, not a diary's date line (3月5日 星期二 晴)
        if title.end() <= s and e <= first and labels[k] in parts and _SENTENCE_END.search(text[s:e].rstrip()):
            labels[k] = whole


_ENTRY_DATE = r"(?:19|20|[一二][九〇零])[0-9〇零一二三四五六七八九]{2}年[0-9一二三四五六七八九十]{1,2}月(?:[0-9一二三四五六七八九十]{1,3}日)?"
_SP = r"[ \t\u3000]*"
# an entry of a chronicle: "【title】 [date]" or "title（date）" alone on its line
_ENTRY = re.compile(rf"^{_SP}(?:【[^】\n]{{1,30}}】{_SP}[\[［(（]?{_SP}{_ENTRY_DATE}{_SP}[\]］)）]?"
                    rf"|[^\s【】()（）\[\]，。,;；:：]{{2,30}}{_SP}[（(]{_ENTRY_DATE}[)）]){_SP}$", re.M)


_TIMELINE_PREAMBLE = 200  # characters before the first entry: a page title, a year, a line of navigation


def timeline_entries(text: str) -> list[tuple[int, int]]:
    """The entries of a timeline (a chronicle page of dated titles): (start, end) of each, from its title line
    to the next one. Empty unless the text has at least three such lines and is such a page from its start
    (an article with a chronology appended keeps the reading of articles; so does one whose lead names its
    battle, see segment)."""
    starts = [m.start() for m in _ENTRY.finditer(text)]
    if len(starts) < 3 or len(re.sub(r"\s", "", text[:starts[0]])) > _TIMELINE_PREAMBLE:
        return []
    return list(zip(starts, [*starts[1:], len(text)], strict=True))


def _by_entry(entries: list[tuple[int, int]], battles: list[Mention], labels: list[str | None],
              starts: list[int], alias_of: dict[str, str], info) -> None:
    """A timeline: each entry is its own event. An entry that names a battle (in its title or its text) is
    that battle's; an entry that names none (a world event, a meeting) belongs to no battle, whatever the
    entries around it say. Names of one entry with one place are one battle, the one with an ordinal the
    name (长沙会战结束 / 第一次长沙会战结束); entries of the same place and ordinal under campaign words
    (随枣会战 / 随枣战役) are one battle. No name is equated across entries on a guess (长沙会战 of one entry
    stays apart from 第一次长沙会战 of another)."""
    named = [m for m in battles if m.value.get("name") and not m.value.get("past")]
    per_entry: list[tuple[tuple[int, int], Mention, str, list[str]]] = []
    for a, b in entries:
        inside = [m for m in named if a <= m.start < b]
        if not inside:
            continue
        head = inside[0]
        same = [m.value["name"] for m in inside if _stem(m.value["name"]) == _stem(head.value["name"])]
        main = next((n for n in same if _ordinal(n)), head.value["name"])
        per_entry.append(((a, b), head, main, [n for n in dict.fromkeys(same) if n != main]))
    groups: dict[tuple[str, str], list[str]] = {}
    for _, _, main, _ in per_entry:
        key = (_stem(main), _ordinal(main)) if main.endswith(_SAME_KIND) else (main, "")
        groups.setdefault(key, []).append(main)
    canon_of = {n: max(g, key=lambda x: (_rank(x), -g.index(x))) for g in groups.values() for n in g}
    for (a, b), head, main, rest in per_entry:
        canon = canon_of[main]
        aliases = ({main} - {canon}) | {n for n in rest if n not in canon_of}  # another entry's battle stays apart
        for n in aliases:
            alias_of.setdefault(n, canon)
        info(canon, head).alts.update(aliases)
        for k in range(bisect_left(starts, a), bisect_left(starts, b)):
            labels[k] = canon


def _after_options(text: str, headings: list[Mention], answers: list[int]) -> list[int]:
    """The answer and explanation labels that end a list of bare options (A\\n X战役\\n B\\n Y会战 … 正确答案:B): those
    after a heading whose item tells nothing before them (only marks, labels and blank lines). A 解析: line inside an
    item that has an account (时间:…/过程:…/解析:…) goes on telling that item's battle."""
    if not answers:
        return []
    ends = sorted(h.end for h in headings)
    kept: list[int] = []
    for i, e in enumerate(ends):
        nxt = ends[i + 1] if i + 1 < len(ends) else len(text) + 1
        inside = [p for p in answers if e <= p < nxt]
        if not inside:
            continue
        lines = text[e:inside[0]].split("\n")
        if all(not ln.strip() or bare_mark(ln) or answer_breaks(ln) for ln in lines):
            kept.extend(inside)
    return kept


def _explained_by_name(text: str, sentences: list[tuple[int, int]], battles: list[Mention], headings: list[Mention],
                       answers: list[int], labels: list[str | None], alias_of: dict[str, str]) -> None:
    """An exam item's answer and explanation, outside any option's item: a sentence that names one of the listed
    battles alone is that battle's (选项B错误,X战役发生于…), and so is one that names none but opens with an option's
    letter (A项错误,该战役…: the last option of that letter), and the sentences after either on its line that name
    none; a sentence that names several (选项包括A、B、C) or none before any is named belongs to no battle."""
    listed = {alias_of.get(h.value["name"], h.value["name"]) for h in headings}
    lettered = sorted((h.start, letter, alias_of.get(h.value["name"], h.value["name"])) for h in headings
                      if (letter := option_letter(text, h.start)))
    named = sorted((m.start, alias_of.get(m.value["name"], m.value["name"])) for m in battles
                   if m.value.get("name") and not m.value.get("past"))
    starts = [p for p, _ in named]
    first = answers[0]
    current: str | None = None
    for k, (s, e) in enumerate(sentences):
        if s < first or labels[k] is not None:
            current = None
            continue
        if k and "\n" in text[sentences[k - 1][1]:s]:
            current = None  # a new line of the explanation: a name must be written again
        names = {n for _, n in named[bisect_left(starts, s):bisect_left(starts, e)]}
        if names:
            current = next(iter(names)) if len(names) == 1 and names <= listed else None
        elif (letter := letter_ref(text, s, e)) is not None:  # A项错误,该战役…: the option of that letter
            current = next((n for p, x, n in reversed(lettered) if x == letter and p < s), None)
        labels[k] = current


def _lead_of_first_section(text: str, battles: list[Mention], headings: list[Mention], alias_of: dict[str, str],
                           labels: list[str | None], sent_of) -> None:
    """An encyclopedia page: an order of battle and a lead that name the battle of the first heading (上高战役
    … #### 上高战役), no other frame. Everything before that heading is about it: its units and persons too.
    Not a numbered section (一、A会战) after a background naming several operations (先后发动A作战、B作战)."""
    h0 = headings[0]
    if _is_numbered(text, h0):
        return
    main = alias_of.get(h0.value["name"], h0.value["name"])
    k0 = sent_of(h0.start)
    if k0 is None or any(labels[:k0]):
        return
    lead = [m for m in battles if m.start < h0.start and m.value.get("name") and not m.value.get("heading")
            and not m.value.get("past") and not m.value.get("timed") and m.start not in _listed(text, battles)]
    if any(alias_of.get(m.value["name"], m.value["name"]) == main or _stem(m.value["name"]) == _stem(main)
           for m in lead):
        labels[:k0] = [main] * k0


def _frame(text: str, battles: list[Mention], headings: list[Mention]) -> Mention | None:
    """A battle named in the preamble, before the first section heading, and not a section's own name
    (全力投入缅甸作战 … #### 一、…东吁进攻战): the frame whose parts the sections tell. Not one of a list
    of operations (先后发动A作战、B作战: siblings), nor another name of a section's battle (A作战 / 一、A会战)."""
    if not headings:
        return None
    first = headings[0].start
    names = {m.value["name"] for m in headings}
    stems = {_stem(n) for n in names}
    told = [m.value["name"] for m in battles if m.value.get("name")]
    listed = _listed(text, battles)
    return next((m for m in battles if m.start < first and m.value.get("name") and not m.value.get("heading")
                 and not m.value.get("past") and not m.value.get("alias") and not m.value.get("timed")
                 and m.value["name"] not in names and told.count(m.value["name"]) >= 2
                 and m.start not in listed and _stem(m.value["name"]) not in stems
                 and len(_stem(m.value["name"])) >= 2 and _stem(_stem(m.value["name"])) == _stem(m.value["name"])),
                None)  # named again later (a frame, not a passing word), and no suffix doubled (会战战役)


def _listed(text: str, battles: list[Mention]) -> set[int]:
    """Starts of the named battles that stand in a list with another one (先后发动A作战、B作战, 「A会战」和「B会战」、
    1938年的「C会战」): siblings."""
    named = sorted((m for m in battles if m.value.get("name")), key=lambda m: m.start)
    pairs = zip(named, named[1:], strict=False)
    return {m.start for a, b in pairs if list_gap(text, a.end, b.start) for m in (a, b)}


# what introduces a record of the battles someone fought (参加了A、B, 先后经历A和B, 转战A、B): a career's list
_RECORD_VERB = re.compile(r"参加|参与|经历|亲历|历经|转战|投身|打过|参战|先后")


def record_lists(text: str, sentences: list[tuple[int, int]], battles: list[Mention]) -> dict[int, list[Mention]]:
    """Lists of battles that are a record (参加了A、B和C; three names or more in one list), keyed by the start of
    the list's first name → its names: the sentence names them, it tells none of them, so it lends its battle
    to no sentence around it (a biography's birthplace and the town it settled in are no places of the first
    battle of its list). Read once on the text's first sentences: keyed by position, a record holds when a later
    stage splits the sentences anew, and its names are read when asked (segment gives them their canonical
    names): see record_sentences."""
    sent_of = sentence_index(sentences)
    lists: dict[int, list[Mention]] = {}
    for m in battles:
        if m.value.get("name") and "list" in m.value:
            lists.setdefault(m.value["list"], []).append(m)
    out: dict[int, list[Mention]] = {}
    for members in lists.values():
        first = min(members, key=lambda m: m.start)
        k = sent_of(first.start)
        names = {m.value["name"] for m in members}
        if k is None or len(names) < 2:
            continue
        if len(members) >= 3 or _RECORD_VERB.search(text, sentences[k][0], first.start):
            out[first.start] = members
    for members in _joined_each(text, sentences, battles, sent_of).values():
        if not any(m.start in out or any(m in v for v in out.values()) for m in members):
            out[min(m.start for m in members)] = members
    return out


# the verb of a career right before a battle's name (参加常德保卫战, 参加了X战役, 亲历过X会战)
_JOINED_BEFORE = re.compile(r"(?:参加|参与|亲历|经历|投入)(?:了|过)?\s*[“\"「]?$")


def _joined(text: str, m: Mention) -> bool:
    """The battle is named right after a career's joining verb (参加X, 亲历过X)."""
    return _JOINED_BEFORE.search(text, max(0, m.start - 6), m.start) is not None


def _joined_siblings(text: str, sentences: list[tuple[int, int]], battles: list[Mention], infos: dict[str, BattleInfo],
                     labels: list[str | None], sent_of) -> None:
    """A career's battles (参加X保卫战 … 1939年参加了Y战役): when the one battle that holds the sentences was itself
    joined, another battle joined in a sentence that names no other is a battle of its own, with that sentence,
    not the whole of the first: the life joined one after the other, neither is part of the other."""
    owners = {lab for lab in labels if lab}
    if len(owners) != 1:
        return
    main = next(iter(owners))
    first = infos[main].first if main in infos else None
    if first is None or not _joined(text, first):
        return
    for m in battles:
        name = m.value.get("name")
        k = sent_of(m.start)
        if not name or name == main or name in infos or m.value.get("past") or k is None or labels[k] not in (main, None) \
                or not _joined(text, m) or _is_major(main) and not _is_major(name):
            continue
        if any(x is not m and x.value.get("name") and sent_of(x.start) == k for x in battles):
            continue
        infos[name] = BattleInfo(name, first=m)
        labels[k] = name


def _joined_each(text: str, sentences: list[tuple[int, int]], battles: list[Mention], sent_of) -> dict[int, list[Mention]]:
    """Sentences of a career that name two battles or more, each after its own joining verb (…当排长,参加A保卫战,后在
    第N军参加B保卫战): a record as a list is (record_lists), though no list mark joins the names; sentence → names."""
    per: dict[int, list[Mention]] = {}
    for m in battles:
        if m.value.get("name") and not m.value.get("past") and _joined(text, m):
            k = sent_of(m.start)
            if k is not None:
                per.setdefault(k, []).append(m)
    out = {k: ms for k, ms in per.items() if len({m.value["name"] for m in ms}) >= 2}
    for ms in out.values():
        for m in ms:
            m.value["joined"] = True  # each name after its own verb: a unit named before a verb joined that battle
    return out


def record_sentences(lists: dict[int, list[Mention]], sent_of: Callable[[int], int | None]) -> dict[int, set[str]]:
    """The sentences that hold a record (record_lists) → the names they list, by the sentence index sent_of gives."""
    out: dict[int, set[str]] = {}
    for pos, members in lists.items():
        k = sent_of(pos)
        if k is not None:
            out.setdefault(k, set()).update(m.value["name"] for m in members)
    return out


def _retold_parts(battles: list[Mention], infos: dict[str, BattleInfo], labels: list[str | None],
                  sent_of: Callable[[int], int | None]) -> None:
    """A coined part of the battle told (强渡X河 in X会战之强渡X河) named again in the body (a diary's order, then
    its outcome) is the account from there on: the run of sentences another battle holds from its second naming is
    its own."""
    for name, inf in infos.items():
        if not inf.part_of or inf.first is None or not inf.first.value.get("coined"):
            continue
        ks = sorted({k for m in battles if m.value.get("name") == name and (k := sent_of(m.start)) is not None})
        owner = labels[ks[1]] if len(ks) > 1 else None
        if owner is None or owner == name:
            continue
        for j in range(ks[1], len(labels)):
            if labels[j] != owner:
                break
            labels[j] = name


# a sentence that tells fighting: an attack, a clash, hand-to-hand fighting, the enemy destroyed
_FOUGHT_HERE = re.compile("|".join((*FIGHT_WORDS, "突袭", "肉搏", "交战", "鏖战", "歼敌", "战至", "截断", "阻击", "攻占", "激战")))


def _fought_at_named_place(text: str, sentences: list[tuple[int, int]], battles: list[Mention],
                           infos: dict[str, BattleInfo], labels: list[str | None],
                           sent_of: Callable[[int], int | None]) -> None:
    """A sentence that names no battle but tells fighting at the place another battle of the text is named after
    (甲山大捷 … 某日,日军突袭甲山乙坡阵地,双方肉搏…) tells that battle, not the wider campaign whose sentences
    surround it (第三次丙城会战 named just before): the sentence is the battle's, and the battle part of the campaign."""
    named = {k for m in battles if m.value.get("name") and (k := sent_of(m.start)) is not None}
    stems = {n: st for n in infos if len(st := _stem(n)) >= 2}
    if len(stems) < 2:
        return
    for k, (s, e) in enumerate(sentences):
        owner = labels[k]
        if owner is None or k in named or not owner.endswith(("会战", "战役", "保卫战")) \
                or not _FOUGHT_HERE.search(text, s, e):  # an operation's (X作战) report keeps its sentences
            continue
        seg = text[s:e]
        own = stems.get(owner, owner)
        hits = [n for n, st in stems.items() if n != owner and st in seg and st not in own and own not in st]
        if len(hits) != 1 or own in seg or _rank(hits[0]) > 1:
            continue  # the campaign's own place named too, two candidates, or the other is itself a campaign
        b = hits[0]  # (…在进犯甲地的同时,日军向乙省进攻 in 乙省会战's entry is not 甲地会战's)
        if (first := infos[b].first) is None or first.start > s:
            continue  # told before the text names that fight (…在甲山战斗中已损失 after): the campaign's, as told
        labels[k] = b
        if not infos[b].part_of and _rank(owner) >= _rank(b) and infos[owner].part_of != b:
            infos[b].part_of = owner


# the part launched in the sentence (6月6日发起了X, 打响了X) and the whole named there only as what it supported
# (支援了Y的最后胜利, 配合Y, 策应Y): the sentence tells the part
_LAUNCHED = re.compile(r"(?:发起|发动|打响|展开|进行)了?\s*[“「\"]?$")
_SUPPORTED = re.compile(r"(?:支援|配合|策应|掩护|保障|保证|有利于|促进)了?[^，,。；;]{0,6}$")


def _launched_in_support(text: str, battles: list[Mention], infos: dict[str, BattleInfo], labels: list[str | None],
                         sent_of: Callable[[int], int | None]) -> None:
    """A part named in a sentence of the whole it is part of, where the part is launched and the whole is named
    only as what the part supported (发起了镇安X战,…有力地支援了Y攻坚战): the sentence is the part's account (its
    day, its places and its troops), not the whole's. A township's or a county's page tells its own fight so,
    beside the famous siege it helped."""
    for name, inf in infos.items():
        owner = inf.part_of
        if not owner or inf.first is None:
            continue
        k = sent_of(inf.first.start)
        if k is None or labels[k] != owner or not _LAUNCHED.search(text, max(0, inf.first.start - 6), inf.first.start):
            continue
        of_owner = [m for m in battles if m.value.get("name") == owner and sent_of(m.start) == k]
        if of_owner and all(_SUPPORTED.search(text, max(0, m.start - 12), m.start) for m in of_owner):
            labels[k] = name


def _own_raids(text: str, sentences: list[tuple[int, int]], raids: list[Mention], infos: dict[str, BattleInfo],
               labels: list[str | None], sent_of) -> None:
    """A raid told by its action (率部夜袭X) is a battle of its own where no named battle's account holds it: its
    sentence belongs to none, or only to a battle first named later. Its sentence and the run before it that
    the later battle got by filling are then the raid's; with no battle there (a record of battles after it
    lends none), the sentences of its paragraph before it that belong to none (任X团团长。…率部夜袭Y)."""
    for m in raids:
        name, k = m.value["name"], sent_of(m.start)
        if k is not None and name in infos and labels[k] is None:
            labels[k] = name  # the raid told again (奇袭X机场) where no battle's account holds it
            continue
        if k is None or name in infos:
            continue
        owner = labels[k]
        if owner is not None and (infos[owner].first is None or infos[owner].first.start < m.start):
            continue
        infos[name] = BattleInfo(name, alts=set(m.value.get("alts", ())), first=m)
        j = k
        while j >= 0 and labels[j] == owner and (j == k or owner is not None
                                                 or _same_line(text, sentences[j], sentences[j + 1])):
            labels[j] = name
            j -= 1


def _listed_with_own(m: Mention, named: list[Mention], infos: dict[str, BattleInfo], text: str) -> bool:
    """m stands in a list (、/和/与/及) right after or before a battle that is a battle of its own (no part);
    named: the named battle mentions in text order."""
    i = bisect_left([x.start for x in named], m.start)
    while i < len(named) and named[i] is not m:
        i += 1
    sibs = [named[j] for j in (i - 1, i + 1) if 0 <= j < len(named)]
    return any(list_gap(text, min(x.end, m.end), max(x.start, m.start))
               and x.value["name"] in infos and not infos[x.value["name"]].part_of for x in sibs)


def _first_named_in(m: Mention, battles: list[Mention], sent_of, k: int) -> bool:
    """m is the first battle named in sentence k (the sentence is about it)."""
    return all(x.start >= m.start for x in battles if x.value.get("name") and sent_of(x.start) == k)


_SAME_KIND = ("会战", "战役", "大会战", "作战")


def _same_place(a: str, b: str) -> bool:
    """Two names of one battle: the same place and ordinal under two battle words (X大捷 / X之役 / X战役)."""
    return a != b and bool(_stem(a)) and (_stem(a), _ordinal(a)) == (_stem(b), _ordinal(b))


def _same_campaign(a: str, b: str) -> bool:
    """上高战役 and 上高会战: one campaign under two names (same place, ordinal and a campaign suffix each)."""
    return a != b and a.endswith(_SAME_KIND) and b.endswith(_SAME_KIND) and bool(_stem(a)) \
        and (_stem(a), _ordinal(a)) == (_stem(b), _ordinal(b))


def _lead(text: str, battles: list[Mention], headings: list[Mention], alias_of: dict[str, str]) -> str | None:
    """One heading, and a paragraph of the lead before it opens with its battle (X战役是… / X会战…, heading
    X战役): the lead tells that battle too (not a lead that names it in passing: 先后发动X作战、Y作战)."""
    if len(headings) != 1:
        return None
    name = alias_of.get(headings[0].value["name"], headings[0].value["name"])
    before = [m.value["name"] for m in battles if m.start < headings[0].start and m.value.get("name")
              and text[max(0, m.start - 1):m.start] in ("", "\n")]
    return name if any(n == name or _same_campaign(n, name) for n in before) else None


def _ordinal(name: str) -> str:
    m = re.match(r"第[一二三四五六七八九十0-9]+次", name)
    return m.group(0) if m else ""


def _canonical_names(battles: list[Mention], sent_of, alias_of: dict[str, str]) -> None:
    """One battle, several names: 中原会战(…称之为晋南会战,即中条山会战) gives aliases of the name before them
    in the sentence; names at the same place with the same ordinal (中条山作战 / 中条山会战) are one battle."""
    named = [m for m in battles if m.value.get("name")]
    for idx, m in enumerate(named):
        if not m.value.get("alias"):
            continue
        k = sent_of(m.start)
        for prev in reversed(named[:idx]):
            if prev.value.get("alias"):
                continue
            if sent_of(prev.start) == k and prev.value["name"] != m.value["name"]:
                alias_of.setdefault(m.value["name"], alias_of.get(prev.value["name"], prev.value["name"]))
            break
    places: dict[tuple[str, str], str] = {}
    written: dict[tuple[str, str], str] = {}  # the stem as the name that gave the key writes it
    for m in named:
        name = m.value["name"]
        canon = alias_of.get(name, name)
        for n in (canon, name):
            key = (_feature_stem(_stem(n)), _ordinal(n))
            if not key[0]:
                continue
            written.setdefault(key, _stem(n))
            if key in places and places[key] != canon and name not in alias_of and name != places[key]:
                if len(_stem(name)) > len(written[key]) and places[key] == n.replace(_stem(name), written[key], 1) \
                        and not any(owner == places[key] for owner in alias_of.values()):
                    # 某某战役 then 某某关战役 (no other name of it yet): the name with its place in full is the main one
                    alias_of[places[key]], places[key] = name, name
                else:
                    alias_of[name] = places[key]
            else:
                places.setdefault(key, canon)


# the feature word that ends a pass's or a mountain's name (X关, X山, X口, X岭): a writer may drop it from a battle
# named after the place (a typo or a short form: 某某战役 beside 某某关战役), and the two names are one battle
_FEATURE_END = re.compile(r"(?<=..)[关山口岭]$")


def _feature_stem(stem: str) -> str:
    """The stem of a battle's name without the feature word that closes its place (X关 → X), for matching names."""
    return _FEATURE_END.sub("", stem)


# an incident (珍珠港事变, 九一八事变) opens a war or a phase of it: the battles after it are no parts of it
_INCIDENT = ("事变", "事件")

# a battle launched or breaking out in its own sentence (日军发动了X战役, X爆发)
_LAUNCH_BEFORE = re.compile(r"(?:发动|发起|展开)了?[^,，。；;]{0,12}$")
_LAUNCH_AFTER = re.compile(r"[”」』\"]?\s*(?:爆发|打响)")


def _launched_another_year(text: str, sent: tuple[int, int], m: Mention, heading: Mention | None) -> bool:
    """A battle named in the section of another (a heading's) as launched in its own sentence, which writes a year
    that the section never wrote before it: another event (第三次长沙会战 1941…; 4.1944年初,日军发动了X战役)."""
    if heading is None or not heading.value.get("heading") or heading.start > sent[0]:
        return False
    if not (_LAUNCH_BEFORE.search(text, sent[0], m.start) or _LAUNCH_AFTER.match(text, m.end)):
        return False
    own = set(written_years(text, *sent))
    before = set(written_years(text, heading.start, sent[0]))
    return bool(own) and bool(before) and not own & before
# a campaign named for a region: a province's abbreviation and a direction (滇西, 鄂西, 桂南, 豫中)
_REGION_STEM = re.compile(r"[湘鄂赣豫皖苏浙闽粤桂黔滇川陕甘晋冀鲁辽吉察绥热](?:[东西][南北]|[东南西北中])")


def _regional_over(name: str, main: str) -> bool:
    """name is a campaign over a region (滇西之役, 滇西反攻之役) and main a battle at one place (松山之战): the
    region's campaign holds the place's battle, whatever battle words the two names use."""
    return bool(_REGION_STEM.match(_stem(name))) and not _REGION_STEM.match(_stem(main)) \
        and _rank(name) >= _rank(main) and not name.endswith(("战斗", "之战"))


def _rank(name: str) -> int:
    if name.endswith("会战"):
        return 3
    if name.endswith(("战役", "抗战", "事变", "攻势")):  # an offensive (秋季攻势) is fought over many places, as a 战役
        return 2
    return 1


def _stem(name: str) -> str:
    stem = re.sub(r"^第[一二三四五六七八九十0-9]+次", "", name)
    for suf in ("保卫战", "攻坚战", "守城战", "大会战", "会战", "战役", "战斗", "大捷", "作战", "抗战", "事变", "之战", "之役",
                "攻势", "决战", "大战", "攻防战", "阻击战", "歼灭战", "争夺战", "进攻战", "攻略战", "伏击战", "遭遇战", "突围战",
                "反击战", "夜袭战", "追击战", "破袭战", "围歼战", "战事"):
        if stem.endswith(suf):
            return stem[: -len(suf)]
    return stem


def _dominant(text: str, anchors: list[Mention], alias_of: dict[str, str] | None = None) -> tuple[str, list[str]] | None:
    """The one battle a narrative is about: its place name is named at least twice as often as any
    other battle's. Returns (name, other names with the same place: aliases)."""
    names = list(dict.fromkeys(m.value["name"] for m in anchors))
    by_stem: dict[str, list[str]] = {}
    for n in names:
        if _stem(n):
            by_stem.setdefault(_stem(n), []).append(n)
    if not by_stem:
        return None
    extra: dict[str, set[str]] = {}  # stems of a battle's other names count for it
    for alias, owner in (alias_of or {}).items():
        if _stem(owner) in by_stem and _stem(alias):
            extra.setdefault(_stem(owner), set()).add(_stem(alias))

    def score(st: str) -> int:
        return sum(text.count(x) for x in {st} | extra.get(st, set()))
    ranked = sorted(by_stem, key=lambda st: -score(st))
    if len(ranked) > 1 and score(ranked[0]) < 2 * score(ranked[1]):
        return None
    if score(ranked[0]) < 3 and len(ranked) > 3:
        return None  # named twice among three or more other battles named once: a text of several battles
    group = by_stem[ranked[0]]
    if any(m.value.get("closer") for m in anchors if m.value["name"] not in group):
        return None  # another battle has its own closing summary: a narrative of several battles
    first_main = min(m.start for m in anchors if m.value["name"] in group)
    if any(m.start < first_main and _rank(m.value["name"]) == _rank(n) and text.count("\n", m.start, first_main) >= 2
           for m in anchors if m.value["name"] not in group for n in group):
        return None  # a battle of the same rank is told paragraphs before the place is first named: two accounts
    if score(ranked[0]) < 3 and any(m.start < first_main and text.count("。", m.end, first_main) >= 3
                                    for m in anchors if m.value["name"] not in group):
        return None  # named twice, after another battle told sentences before it: a text of several battles
    if len(group) > 1 and len({re.sub(r"^第[一二三四五六七八九十0-9]+次", "", n) for n in group}) < len(group):
        return None  # 第一次/第二次长沙会战: several battles at one place
    main = max(group, key=lambda n: (_rank(n), -group.index(n)))
    return main, [n for n in group if n != main]


# a battle fought before the one told (此前的X, 从X说起): a battle of its own, no part of the main one
_PRIOR_BEFORE = re.compile(r"(?:此前|之前|先前|早先|前此|从)的?$")
# …从X说起: the story goes back to X, and the sentences after it tell X until another battle is named
_TOLD_FROM = re.compile(r"[^,，。；;!！?？]{0,30}?(?:说起|讲起|谈起)")


def _flashbacks(text: str, sentences, battles: list[Mention], labels: list[str | None], sent_of, info) -> None:
    """A battle named as the earlier one the story starts from (要从此前的X战斗…说起) is a battle of its own; the
    sentences after a 从X…说起 belong to it, up to the next sentence that names another battle."""
    named = [m for m in battles if m.value.get("name") and not m.value.get("heading")]
    for m in named:
        name, k = m.value["name"], sent_of(m.start)
        if k is None or not labels[k] or labels[k] == name or not _PRIOR_BEFORE.search(text, max(0, m.start - 4), m.start):
            continue
        info(name, m)
        if not _TOLD_FROM.match(text, m.end, sentences[k][1]) or "从" not in text[sentences[k][0]:m.start]:
            continue
        others = {sent_of(o.start) for o in battles if o.value.get("name") and o.value["name"] != name}
        for j in range(k + 1, len(sentences)):
            if j in others:
                break
            labels[j] = name


def _single_topic(text, sentences, anchors, labels, sent_of, main: str, info) -> None:
    """Every sentence belongs to the main battle, except paragraphs that name another battle of no
    larger rank (and not the main one): those belong to that one."""
    first = next(m for m in anchors if m.value["name"] == main)
    info(main, first)
    para_of = [text.count("\n", 0, s) for s, _ in sentences]
    mains = {para_of[k] for m in anchors if m.value["name"] == main for k in [sent_of(m.start)] if k is not None}
    if all(m.value.get("told") for m in anchors if m.value["name"] == main) and len(_DATED_LINE.findall(text)) >= 2:
        for k in range(len(sentences)):  # 此即X at the end of an entry of a chronicle (大事记): X is that entry only
            if para_of[k] in mains:
                labels[k] = main
        return
    for k in range(len(sentences)):
        labels[k] = main
    _survey_preamble(text, sentences, labels, first.start)
    _other_years_apart(text, sentences, labels, main, {k for m in anchors if m.value["name"] == main
                                                        for k in [sent_of(m.start)] if k is not None})
    for m in anchors:
        name = m.value["name"]
        k = sent_of(m.start)
        if name == main or k is None or _rank(name) > _rank(main) or para_of[k] in mains:
            continue
        other = info(name, m).name
        for j in range(len(sentences)):
            if para_of[j] == para_of[k]:
                labels[j] = other


# a section heading of an article: a short line of its own, no sentence in it (娘子关:晋东的门户, 一、战前形势)
_SECTION_HEADING = re.compile(r"^[ \t\u3000]*[^\s。!！?？;；,，][^\n。!！?？;；,，]{1,23}$", re.M)
# what makes a preamble part of the account, not a survey: a date of any precision or a numbered unit (an abstract
# of the fight: 26日…预10师…30团)
_ACCOUNT_MARK = re.compile(r"[0-9一二三四五六七八九〇]{4}年|民国[0-9一二三四五六七八九十]{1,3}年|[0-9一二三四五六七八九十]{1,2}月"
                           r"|[0-9一二三四五六七八九十]{1,3}日|[0-9一二三四五六七八九十百〇]+(?:师|旅|团|军|营|连|联队)")


def _survey_preamble(text: str, sentences, labels: list[str | None], first: int) -> None:
    """An article in sections whose battle is first named in a later section: the paragraphs of prose before that
    section's heading are the article's survey of its subject (长城诸关…在抗日战争中, A、B、C等雄关成为…阵地), no part
    of the battle's account: their sentences get no battle. Nothing changes when no heading stands between them and
    the first naming, or the preamble holds no full sentence, writes a date or a numbered unit (an abstract of the
    account: 26日…预10师…)."""
    heads = [h for h in _SECTION_HEADING.finditer(text, 0, first) if text.startswith("\n", h.end())]
    if not heads:
        return
    cut = heads[-1].start()
    prose = [k for k, (s, e) in enumerate(sentences) if e <= cut and text[s:e].rstrip().endswith(("。", "！", "!", "；"))]
    if len(prose) < 2 or _ACCOUNT_MARK.search(text, 0, cut):
        return
    for k, (_s, e) in enumerate(sentences):
        if e <= cut:
            labels[k] = None


_UNDER_YEAR = 3  # sentences from a later year to the fight named under it


def _fights_of_later_years(text: str, sentences, minors: list[Mention], labels: list[str | None], sent_of,
                           info) -> set[str]:
    """A fight with no campaign word (X战斗, X伏击战) named after a later year than the battle told before it (a
    song's or a person's story: 1933年…X口一役… 1937年…当时的Y苑战斗 … 1938年3月,X伏击战): a fight of its own,
    no part of the earlier battle, told from the sentence that writes its year (at most three sentences before it).
    Without a later year between them a small fight named after a campaign is one of its parts (see segment); one
    named many sentences after the year is a part of that year's account. Returns the names of such fights."""
    out: set[str] = set()
    for m in sorted(minors, key=lambda x: x.start):
        k = sent_of(m.start)
        if k is None or labels[k] is not None:
            continue
        kp = next((j for j in range(k - 1, -1, -1) if labels[j] is not None), None)
        if kp is None or _stem(labels[kp]) == _stem(m.value["name"]):
            continue
        before = [y for j in range(kp + 1) for y in _war_years(text, *sentences[j])]
        later = next((j for j in range(kp + 1, k + 1) if before and any(y > before[-1] for y in
                                                                          _war_years(text, *sentences[j]))), None)
        if later is None or k - later > _UNDER_YEAR:
            continue  # a fight named many sentences after the year: a part of an account of that year, not its own
        name = info(m.value["name"], m).name
        out.add(name)
        for j in range(later, k + 1):
            labels[j] = name
    return out


def _war_years(text: str, s: int, e: int) -> list[int]:
    """The years of the war written between s and e, in order (see written_years)."""
    return [v for v in written_years(text, s, e) if WAR_YEARS[0] <= v <= WAR_YEARS[1]]


def written_years(text: str, s: int, e: int) -> list[int]:
    """The years written between s and e, in order: the times told, none cited as an edition ((1983年版),
    朝云新闻社,1983年), none inside a bracket, no post's stamp (匿名回答于2021-11-15 19:31:00)."""
    from kangzhan.extract.mentions.numbers import cn_to_int
    out: list[int] = []
    first = _YEAR_AT.search(text, s, e)  # _WRITTEN_YEAR opens with a lookbehind: re would try it at every position
    if first is None:
        return out
    for y in _WRITTEN_YEAR.finditer(text, first.start(), e):
        if _CITED.match(text, y.end()) or _in_bracket(text, s, y.start()) or _STAMP.match(text, y.start()):
            continue
        out.append(int(y.group(1) or y.group(2)) if (y.group(1) or y.group(2)) else cn_to_int(y.group(3)))
    return out


def _other_years_apart(text: str, sentences, labels: list[str | None], main: str, named: set[int]) -> None:
    """A text that names its one battle under a year and goes on to later years (a career: 1937年…参与指挥X战役。
    1939年在Y建兵工厂…1942年5月牺牲): the sentences told two and more years after the battle's (a battle may run
    into the next year) are not that battle's. Earlier years stay: an account opens with its background (1944年
    日军打通湘桂线… before a battle of 1945). The year in force is the last one written so far, carried over
    paragraphs."""

    def written(k: int) -> list[int]:
        return _war_years(text, *sentences[k])

    own = sorted({y for k in named for y in written(k)})
    if not own:
        return
    last = own[-1] + 1
    year: int | None = None
    for k in range(len(sentences)):
        ys = written(k)
        first = ys[0] if ys else year
        year = ys[-1] if ys else year
        if k not in named and first is not None and first > last:
            labels[k] = None


_SPEECH_OPEN = re.compile(r"[:：]\s*[「“『\"]")
_QUOTE_CLOSE = "」”』\""


# a clause framed by the battle it tells: "在X中," at its start (after an item mark)
_FRAME_BEFORE = re.compile(rf"(?:^|[。；;！!？?\n])\s*(?:{ITEM_MARK})?\s*(?:[^，,。；;\n]{{1,10}}[，,])?\s*在[“\"「]?$")
_FRAME_AFTER = re.compile(r"[”\"」]?(?:中|期间|当中)[,，]")
# looser, the time of what is told: 在 a few characters before (在1938年X会战中), 中/期间/时/之际 after, anywhere in a
# clause (not 从X战役中休整: a look back)
_TIME_BEFORE = re.compile(r"在[^，,。；;]{0,6}$")
_TIME_AFTER = re.compile(r"\s*(?:中|期间|时|之际)")


def framed(text: str, start: int, end: int, clause: bool = True) -> bool:
    """The battle named at text[start:end] stands in a "在X中" frame: with clause, one that opens a clause (the clause
    is the battle's own account); without, one anywhere (the battle is the time of what is told)."""
    if clause:
        return bool(_FRAME_BEFORE.search(text, max(0, start - 24), start)) and bool(_FRAME_AFTER.match(text, end))
    return bool(_TIME_BEFORE.search(text, max(0, start - 8), start)) and bool(_TIME_AFTER.match(text, end))


def _parallel_frames(text: str, sentences, battles: list[Mention], labels: list[str | None], info) -> None:
    """Clauses framed in parallel (在A会战中,…;在B作战中,…) tell one battle each: the second is B's own, not a part
    of A whose clause comes before it, whatever B's rank."""
    starts = [s for s, _ in sentences]
    named = [m for m in battles if m.value.get("name") and not m.value.get("past") and not m.value.get("alias")]
    frames = {k: m for m in named if framed(text, m.start, m.end) and (k := bisect_left(starts, m.start + 1) - 1) >= 0}
    for k, m in sorted(frames.items()):
        before = frames.get(k - 1)
        if before is None or labels[k] is None or labels[k] == m.value["name"] \
                or labels[k - 1] != labels[k] or before.value["name"] != labels[k]:
            continue
        labels[k] = info(m.value["name"], m).name


def _in_quoted_speech(text: str, m: Mention) -> bool:
    """The battle is named inside words quoted after a colon (截获的电讯:「X战役遭受…」, 他说:“…”) that go on past the
    name: the speaker's name for a fight, no account of its own (a name alone in quotes, 「X会战」, is a title)."""
    o = max(text.rfind("「", max(0, m.start - 60), m.start), text.rfind("“", max(0, m.start - 60), m.start),
            text.rfind("『", max(0, m.start - 60), m.start))
    if o < 1 or not _SPEECH_OPEN.match(text, max(0, o - 2)) and not _SPEECH_OPEN.match(text, o - 1):
        return False
    if any(c in _QUOTE_CLOSE for c in text[o + 1:m.start]):
        return False
    close = min((i for i in (text.find(c, m.end, m.end + 200) for c in _QUOTE_CLOSE) if i >= 0), default=-1)
    return close - m.end >= 4


def _alone_on_line(text: str, m: Mention) -> bool:
    line_start = text.rfind("\n", 0, m.start) + 1
    line_end = text.find("\n", m.end)
    line = text[line_start:line_end if line_end >= 0 else len(text)]
    return re.sub(r"[\s|]", "", line) == m.text


def _is_numbered(text: str, m: Mention) -> bool:
    """m heads an item of a list: a number or an option mark before it on its line (3、X会战, B. X战斗, ①X战役), or
    a mark alone on the line above it (a quiz page prints the option letter on its own line)."""
    line_start = text.rfind("\n", 0, m.start) + 1
    head = text[line_start:m.start]
    if re.search(r"[0-9一二三四五六七八九十][、.．,，]\s*$", head) or _ITEM_BEFORE.fullmatch(head):
        return True
    if head.strip():
        return False
    above = text.rfind("\n", 0, max(0, line_start - 1)) + 1
    return line_start > 0 and bare_mark(text[above:line_start - 1])


def _fill_gaps(text: str, sentences: list[tuple[int, int]], battles: list[Mention], labels: list[str | None],
               sent_of, records: dict[int, set[str]] | None = None) -> None:
    """Label the sentences between two named ones from both sides; a record of battles (record_sentences) lends its
    label to neither side."""
    records = records or {}
    answers = [b for b in answer_breaks(text) if text[b:b + 40].strip()]
    closers: set[int] = set()
    for m in battles:
        if m.value.get("closer") or m.value.get("context"):
            k = sent_of(m.start)
            if k is not None:
                closers.add(k)
    n = len(sentences)
    i = 0
    prev: str | None = None
    prev_closed = False
    while i < n:
        if labels[i] is not None:
            prev = labels[i] if i not in records else None
            prev_closed = i in closers
            i += 1
            continue
        j = i
        while j < n and labels[j] is None:
            j += 1
        nxt = labels[j] if j < n and j not in records else None
        gap = list(range(i, j))
        cut = next((k for k in gap if any(sentences[k][0] <= b < sentences[k][1] for b in answers)), None)
        if cut is not None:  # an exam's answer block (答案解析, 参考答案:): the question's battle ends before it, and
            lead = j  # the bare key lines after it belong to no battle; the explanation's first line to the next
            while nxt is not None and lead > cut and _same_line(text, sentences[lead - 1], sentences[min(lead, n - 1)]):
                lead -= 1
            for k in gap:
                labels[k] = prev if k < cut else (nxt if k >= lead else None)
            i = j
            continue
        clusters = _closer_clusters(text, sentences, [k for k in gap if k in closers])
        if prev is None and len(clusters) >= 2:
            # an unnamed battle's account closes first (…会战结束 / 此次会战…): it belongs to none
            split = clusters[0][1]
            for k in gap:
                labels[k] = None if k < split else nxt
            i = j
            continue
        if clusters and prev is not None:
            split = clusters[-1][1]
        elif prev is None:
            split = i
            if clusters and clusters[0][1] <= j and nxt is not None:
                split = clusters[0][1]  # a closed account (…会战结束) before the next battle's paragraph: unnamed
        elif prev_closed:  # the rest of the closing paragraph still belongs to the battle before
            split = i
            while split < j and _same_line(text, sentences[split - 1], sentences[split]):
                split += 1
        else:
            split = j
            if nxt is not None:  # the next battle's paragraph starts with it, or its numbered item ((2) …) within the line
                while split > i and _same_line(text, sentences[split - 1], sentences[split]) \
                        and not _INLINE_ITEM.match(text, sentences[split][0]):
                    split -= 1
            head = next((k for k in gap if _section_heading(text, sentences[k][0])), None)
            if nxt is not None and head is not None:
                split = min(split, head)  # 2.3.1 日军的记录: a numbered heading opens the section of the fight named next
            years = _years(text, sentences, labels, prev)
            dated_entry = i > 0 and _led_year(text, sentences[i - 1][0]) is not None  # 1939年任…,同年十二月,参加X战役
            for k in gap:
                y = _YEAR_START.match(text, sentences[k][0])  # a paragraph that opens with a later year
                if y and _para_start(text, sentences[k][0]) and years and int(y.group(1)) > max(years):
                    split = k
                    break
                y = _led_year(text, sentences[k][0])
                if y and years and dated_entry and y >= max(years) + _ENTRY_GAP:
                    split = k  # a career told entry by entry: the entry of a later year is no part of the battle
                    break
        for k in gap:
            labels[k] = prev if k < split else nxt
        other = next((k for k in gap if _event_item(text, sentences[k][0])), None)
        if other is not None:  # 某某会议:1937年秋,…: an item of the list that tells a meeting, a treaty …, no battle
            for k in range(other, j):
                labels[k] = None
        i = j


def _event_item(text: str, pos: int) -> bool:
    """The sentence at pos opens a line that is a list item headed by an event of politics (X会议:, EVENT_ITEM)."""
    return _para_start(text, pos) and bool(EVENT_ITEM.match(text, pos))


# a numbered item opening a sentence inside a line ((2) 1942年…, ②…): the items of one line are told one by one
_INLINE_ITEM = re.compile(rf"[ \t\u3000]*(?:{NUMBERED_MARK})")


def _closer_clusters(text: str, sentences, ks: list[int]) -> list[tuple[int, int]]:
    """Runs of consecutive closing sentences as (first, end): end is past the rest of the last one's paragraph."""
    out: list[list[int]] = []
    for k in ks:
        if out and k == out[-1][1]:
            out[-1][1] = k + 1
        else:
            out.append([k, k + 1])
    res = []
    for a, e in out:
        while e < len(sentences) and _same_line(text, sentences[e - 1], sentences[e]) \
                and not _starts_mid_bracket(text, *sentences[e]):
            e += 1
        res.append((a, e))
    return res


def _starts_mid_bracket(text: str, start: int, end: int) -> bool:
    """The sentence closes a bracket it never opened: it starts inside another passage's order of battle
    (a splice of scanned pages), so it does not continue the paragraph before it."""
    depth = 0
    for ch in text[start:end]:
        if ch in "(（":
            depth += 1
        elif ch in ")）":
            if depth == 0:
                return True
            depth -= 1
    return False


def _same_line(text: str, a: tuple[int, int], b: tuple[int, int]) -> bool:
    return "\n" not in text[a[1]:b[0]]


def _led_year(text: str, pos: int) -> int | None:
    """The year the sentence at pos opens with (1941年, 一九四一年, 民国 + a Western year), or None."""
    from kangzhan.extract.mentions.numbers import cn_to_int
    y = _LED_YEAR.match(text, pos)
    if y is None:
        return None
    return int(y.group(1)) if y.group(1) else cn_to_int(y.group(2).replace("○", "〇"))


# a decimal section number opening a line (2.3.1 / 2.3.1. / 1.3.): a study's or a report's section heading
_SECTION_NUMBER = re.compile(r"[ \t\u3000]*[0-9]{1,2}(?:\.[0-9]{1,2})+\.?(?![0-9])")


def _section_heading(text: str, pos: int) -> bool:
    """The sentence at pos opens a line that is a numbered section heading (a decimal section number, a short line
    that ends no sentence): a new section starts there."""
    if not _para_start(text, pos):
        return False
    m = _SECTION_NUMBER.match(text, pos)
    if not m:
        return False
    end = text.find("\n", pos)
    line = text[pos:len(text) if end < 0 else end].rstrip()
    return len(line) <= 40 and not re.search(r"[。！？!?；;]", line)


def _para_start(text: str, pos: int) -> bool:
    return pos == 0 or text[:pos].rstrip(" \t\u3000").endswith("\n")


def _years(text: str, sentences, labels, name) -> set[int]:
    out: set[int] = set()
    for k, lab in enumerate(labels):
        if lab == name:
            out |= {y for y in written_years(text, *sentences[k]) if 1900 <= y <= 1999}
    return out


# a year written in the text: 1915年, 一九三七年, or the year of an ISO date line (2013-01-14)
_WRITTEN_YEAR = re.compile(r"(?<![0-9])(1[89][0-9]{2}|20[0-9]{2}) ?年|(?<![0-9])(19[0-9]{2}|20[0-9]{2})(?=[-/.][01]?[0-9][-/.][0-3]?[0-9])"
                           r"|(一[八九][〇零一二三四五六七八九]{2})年")
# what every match of _WRITTEN_YEAR opens with (its lookbehinds see before a finditer's start): a scan for it in C
_YEAR_AT = re.compile(r"1[89][0-9]{2}|20[0-9]{2}|一[八九]")
WAR_YEARS = (1931, 1945)
_CITED = re.compile(r"\s*(?:[0-9一二三四五六七八九十]{1,2}月)?\s*(?:版|出版|印|第[0-9一二三四五六七八九十]+[期版卷]|[,，]\s*第?[0-9]+页)")


def _in_bracket(text: str, start: int, pos: int) -> bool:
    """pos is inside a bracket opened after start (a note: (1983年版), (1915-1999))."""
    seg = text[start:pos]
    return max(seg.rfind("("), seg.rfind("（"), seg.rfind("〔")) > max(seg.rfind(")"), seg.rfind("）"), seg.rfind("〕"))


_SPACE = re.compile(r"\s")  # a space or line break between two sentences: a new paragraph
# a post's stamp, a date with the clock time (2021-11-15 19:31:00, 2013/10/15 22:12): the page's record of when an
# answer or a comment went up; no account of the war writes a time so
_STAMP = re.compile(r"(?:19|20)[0-9]{2}[-/.][01]?[0-9][-/.][0-3]?[0-9]\s*[0-2]?[0-9]:[0-5][0-9]")


def outside_the_war(text: str, sentences: list[tuple[int, int]], labels: list[str | None], battles: list[Mention]) -> None:
    """Sentences told under a year outside the war (a life before it: 1915年生于…, 1929年参加红军; the present of a
    report: 2013年1月13日正午…) belong to no battle unless they name one. The year in force is the last one written
    in the paragraph so far (a paragraph, also one run into the line after a space, opens without one)."""
    sent_of = sentence_index(sentences)
    named = {k for m in battles if m.value.get("name") for k in [sent_of(m.start)] if k is not None}
    year: int | None = None
    for k, (s, e) in enumerate(sentences):
        if _para_start(text, s) or (k and _SPACE.search(text, sentences[k - 1][1], s)):  # "。 X": a paragraph run in
            year = None
        written = written_years(text, s, e) or [int(g.group(1)) for g in _GLOSSED_YEAR.finditer(text, s, e)]
        shown = written[0] if written else year
        year = written[-1] if written else year
        if labels[k] and k not in named and shown is not None and not WAR_YEARS[0] <= shown <= WAR_YEARS[1] \
                and year is not None and not WAR_YEARS[0] <= year <= WAR_YEARS[1]:
            labels[k] = None
        elif labels[k] and k not in named and _AFTER_THE_WAR.match(text, s) and not _FOUGHT.search(text, s, e):
            labels[k] = None  # 日本投降后,X军区接管了该厂: what became of a place or a firm after the war


# a reign's or the Republic's year glossed with its Gregorian year (咸丰八年(1858年), 民国二十七年(1938)): the gloss is
# the year told, though it stands in a bracket
_GLOSSED_YEAR = re.compile(r"年\s*[(（]\s*(1[89][0-9]{2})\s*年?\s*[)）]")
# between a year before the war and a battle's name: the text moved on to this war (次年, 后来, 日军, 抗战 …)
_TO_THIS_WAR = re.compile(r"次年|翌年|第二年|后来|此后|其后|以后|之后|年后|日军|日寇|日本|日伪|抗战|抗日|侵华|七七|九一八")


def before_the_war(text: str, sentences: list[tuple[int, int]], labels: list[str | None], battles: list[Mention],
                   infos: dict) -> None:
    """A battle the text names only under a year before this war (a county gazetteer's 兵事 section that tells an
    1858 rising before the 1938 fight: 咸丰八年(1858年)…七月…X作战), or in a clause set in another war (北伐时,于X战役中
    立功), is a fight of another war, no battle of this one: it leaves the inventory and its sentences. The year in
    force is the last one written in the paragraph before the name (a Gregorian gloss of an era year counts); a battle
    named again under a war year, or after the text turned to this war (次年, 日军, 抗战 …) stays. In place."""
    from kangzhan.extract.mentions.numbers import cn_to_int
    sent_starts = [s for s, _ in sentences]
    marks: list[tuple[int, int]] = []  # (where a year is written, the year), in the text's order
    for s, e in sentences:
        if _YEAR_AT.search(text, s, e) is None:
            continue
        marks += [(g.start(), int(g.group(1))) for g in _GLOSSED_YEAR.finditer(text, s, e)]
        marks += [(y.start(), int(y.group(1) or y.group(2)) if (y.group(1) or y.group(2)) else cn_to_int(y.group(3)))
                  for y in _WRITTEN_YEAR.finditer(text, s, e)
                  if not (_CITED.match(text, y.end()) or _in_bracket(text, s, y.start()) or _STAMP.match(text, y.start()))]
    marks.sort()
    at = [p for p, _ in marks]
    verdict: dict[str, bool] = {}  # name → every mention of another war
    for m in battles:
        name = m.value.get("name")
        if not name or m.value.get("implied") or m.value.get("coined") or m.value.get("context"):
            continue
        k = bisect_right(sent_starts, m.start) - 1
        s0 = sentences[k][0] if k >= 0 else 0
        para = max(text.rfind("\n", 0, m.start) + 1, 0)
        i = bisect_right(at, m.start - 1) - 1
        y = marks[i] if i >= 0 and marks[i][0] >= para else None
        early = y is not None and y[1] < WAR_YEARS[0] and not _TO_THIS_WAR.search(text, y[0], m.start)
        other = bool(_OTHER_WAR.search(text, max(s0, m.start - 16), m.start))
        verdict[name] = verdict.get(name, True) and (early or other)
    for name, gone in verdict.items():
        if gone and name in infos:
            infos.pop(name)
            for k, lab in enumerate(labels):
                if lab == name:
                    labels[k] = None


# a clause set in another war of the country's (北伐时, 中原大战中, 长征途中, 解放战争时期): a battle named in it is that war's
_OTHER_WAR = re.compile(r"(?:北伐|东征|护国|护法|辛亥|甲午|中原大战|长征|围剿|反围剿|解放战争|内战|抗美援朝)"
                        r"(?:战争)?(?:时|中|期间|时期|途中|初期|后期|之际)[，,]?[^。；;]{0,8}$")


# a sentence that opens after the war's end (日本投降后, 抗战胜利以后, 新中国成立后): a story's epilogue, no fight's
_AFTER_THE_WAR = re.compile(r"\s*(?:在|到了?)?(?:日本(?:宣布)?(?:无条件)?投降|日寇投降|抗战胜利|抗日战争胜利|新中国成立|建国)"
                            r"(?:以后|之后|后)[,，]")
_FOUGHT = re.compile("|".join((*FIGHT_WORDS, "日军", "日寇", "敌人", "敌军", "缴械", "受降")))



def campaign_before_the_fight(sentences: list[tuple[int, int]], labels: list[str | None], battles: list[Mention],
                              dates: list[Mention], infos: dict[str, BattleInfo]) -> None:
    """A sentence of a fight's run that names the campaign the fight is part of (and not the fight) and is dated a
    month or more before every other date of the run is the campaign's (an article's 背景: 1940年5月中旬,X会战
    正面,甲军团以第N军…在Y激战 … under a fight of 1940年6月): its units, leaders and places fought the campaign
    before this fight began. In place."""
    starts = [s for s, _ in sentences]

    def sent(pos: int) -> int:
        return bisect_left(starts, pos + 1) - 1

    named: dict[int, set[str]] = {}
    for m in battles:
        if m.value.get("name"):
            named.setdefault(sent(m.start), set()).add(m.value["name"])
    dated: dict[int, list[str]] = {}
    for d in dates:
        v = getattr(d.value.get("date"), "iso", d.value.get("date"))
        if isinstance(v, str) and len(v) >= 7 and not d.value.get("year_inherited"):
            dated.setdefault(sent(d.start), []).append(v[:7])
    for k, label in enumerate(labels):
        info = infos.get(label) if label else None
        whole = info.part_of if info else None
        if not whole or whole not in named.get(k, ()) or label in named.get(k, ()) or not dated.get(k):
            continue
        others = [v for j, vs in dated.items() if j != k and labels[j] == label for v in vs]
        if others and max(dated[k]) < min(others):
            labels[k] = whole
            infos.setdefault(whole, BattleInfo(whole, first=next(m for m in battles if m.value.get("name") == whole
                                                                 and sent(m.start) == k)))
