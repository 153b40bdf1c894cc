"""Text → DocumentFacts: normalize → sentences → mentions → resolve → battle sections → records.

`extract(src)` is the contract used by the CLI, the build and the tests. `analyse(src)` returns the
intermediate mentions too, for the `kangzhan extract` debugging command.
"""

from __future__ import annotations

import datetime
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field, replace

from kangzhan.extract.archives import outside_holdings
from kangzhan.extract.atrocities import outside_atrocities
from kangzhan.extract.attacked_posts import attacked_places
from kangzhan.extract.built_works import outside_built_works
from kangzhan.extract.campaign_sites import campaign_site_fights
from kangzhan.extract.clause_dates import clause_owners
from kangzhan.extract.entry_fragment import opening_fragment
from kangzhan.extract.episodes import (
    arms_stretches,
    episode,
    episode_account,
    frame_campaign,
    frames_only,
    purposes,
    with_arms,
)
from kangzhan.extract.facts import (
    WAR_YEARS,
    BattleInfo,
    before_the_war,
    campaign_before_the_fight,
    outside_the_war,
    record_lists,
    record_sentences,
    segment,
)
from kangzhan.extract.fallen_rows import (
    fallen_rows,
    row_commands,
    row_dates,
    row_events,
    row_persons,
    row_places,
)
from kangzhan.extract.fiction import outside_fiction
from kangzhan.extract.fight_content import claim_passing
from kangzhan.extract.fight_places import (
    anniversary_places,
    career_places,
    compared_places,
    distance_places,
    far_places,
    fighting_places,
    goal_places,
    journey_places,
    judged_places,
    name_places,
    negated_places,
    news_places,
    outside_spans,
    relief_origins,
    touring_places,
    wrecking_places,
)
from kangzhan.extract.fight_words import FIGHT_WORDS
from kangzhan.extract.fights import (
    career_fights,
    dated_fights,
    earlier_fights,
    fights_before_named,
    listed_fights,
    place_fights,
    swept_entries,
)
from kangzhan.extract.figure_sides import carried_loss_sides, strength_sides
from kangzhan.extract.homes import outside_homes
from kangzhan.extract.implied import (
    clause_item,
    implied_battle,
    later_paragraph,
    located_action,
    second_front,
    unnamed_accounts,
)
from kangzhan.extract.incidents import fallen_at, incident_at
from kangzhan.extract.last_resort import proposed_fight
from kangzhan.extract.lead_in import lead_in
from kangzhan.extract.listed_fights import listed_mates, listed_sites
from kangzhan.extract.local_action import (
    CAMPAIGN_WORDS,
    caught_action,
    engaged_action,
    held_clause,
    local_action,
    referred_action,
    whole_sentences,
)
from kangzhan.extract.local_entries import (
    by_local_event,
    chronology_dates,
    dated_list_events,
    entry_starts,
    local_events,
    outcome_only,
    town_of_entry,
    untold_before_entries,
)
from kangzhan.extract.memorials import commemorated_event, outside_event, purpose_fight
from kangzhan.extract.mentions.base import Mention, in_spans, sentence_index
from kangzhan.extract.mentions.battles import find_battles, name_days, retaken_names
from kangzhan.extract.mentions.dates import DISPATCH_DAY, find_dates, heads_its_line, letter_date
from kangzhan.extract.mentions.lexdata import cn_surnames, jp_surnames_by_rank
from kangzhan.extract.mentions.numbers import cn_to_int
from kangzhan.extract.mentions.persons import find_persons
from kangzhan.extract.mentions.salutation import addressees, outside_address
from kangzhan.extract.mentions.units import find_units
from kangzhan.extract.model import (
    Battle,
    Command,
    DateValue,
    DocumentFacts,
    Evidence,
    Figure,
    Person,
    Place,
    Unit,
)
from kangzhan.extract.narrated import narrated_fights
from kangzhan.extract.narrators import narrators
from kangzhan.extract.org_names import outside_org_names
from kangzhan.extract.other_events import other_event_dates
from kangzhan.extract.perspective import as_chinese_view
from kangzhan.extract.raids import raided_places
from kangzhan.extract.report_items import outside_fight_item, report_fights
from kangzhan.extract.resolve import (
    ResolvedUnit,
    life_subject,
    link_commands,
    person_side,
    resolve_units,
    sides_from_commanders,
    sides_from_persons,
    subject_posts,
    trim_names,
)
from kangzhan.extract.roll import (
    fell_in_prose,
    life_dates,
    roll_entries,
    roll_events,
    roll_persons,
    spaced_names,
)
from kangzhan.extract.site_fights import site_fights
from kangzhan.extract.titled_fights import clear_untold, date_named_incidents, titled_fights
from kangzhan.extract.unit_entries import (
    entry_battles,
    entry_commands,
    entry_fights,
    entry_labels,
    unit_entries,
)
from kangzhan.gcpause import gc_paused
from kangzhan.text.boilerplate import blank_furniture
from kangzhan.text.glosses import drop_spans, find_glosses, original_span
from kangzhan.text.jamming import find_jamming
from kangzhan.text.layout import find_layout_spaces
from kangzhan.text.markup import find_markup
from kangzhan.text.normalize import normalize, traditional_form
from kangzhan.text.number_breaks import find_number_breaks, find_run_breaks, restore_days
from kangzhan.text.pictographs import find_pictographs
from kangzhan.text.read import SourceText
from kangzhan.text.references import find_references
from kangzhan.text.sentences import split_sentences
from kangzhan.text.wraps import find_wraps

try:  # strength and casualty figures (optional until the module exists)
    from kangzhan.extract.mentions.figures import find_figures
except ImportError:  # pragma: no cover
    def find_figures(text: str) -> list[Mention]:
        return []
try:  # the gazetteer-based place finder (optional until it exists)
    from kangzhan.extract.mentions.places import find_places
except ImportError:  # pragma: no cover
    find_places = None  # type: ignore[assignment]

_END_CUE = re.compile(r"结束|告终|撤回|恢复了?(?:会战前的|原)态势|全部撤|突围|失守|沦陷|占领|攻陷|陷落|失陷")
_ENDED = re.compile(r"(?:会战|战役|战斗|之役|之战|作战|大捷)[”」』\"]?\s*(?:宣告|遂告|胜利)?(?:结束|告终)")
# a time field of a fact box (时间: X, 【战争时间】: X, 战斗日期：X): the field names the time of the war's event, not of
# the page (发布时间, 出版日期 stay out: only the event's words may lead)
_TIME_LINE = re.compile(r"^\s*[【\[]?(?:战争|战斗|战役|会战|作战|交战|发生|爆发|戰爭|戰鬥|戰役|會戰|作戰|交戰|發生)?"
                        r"(?:时间|日期|時間)[】\]]?\s*[:：]?", re.M)  # re.M: ^ at the line start given as pos
# [伏阻截狙]击(?!X) written as four words (伏击(?!X)|阻击(?!X)|…): the same matches, but every alternative opens with
# a character, which re scans for in C (a class among the alternatives made it try the pattern at every position)
_ACTION = re.compile(r"进攻|攻击|发起|开始|发动|登陆|突破|渡过|强渡|进犯|侵犯|攻占|袭击|驶近|驶入|驶抵|开来(?<![展散传分拉铺]开来)|"
                     + "|".join(c + r"击(?![地点阵位圈部任手兵])" for c in "伏阻截狙") + r"|围攻|开战|逼进|进逼|炮击|轰击"
                     r"|合击|夹击|围击|围歼|突袭|偷袭|奔袭|攻打|进至|进抵|侵入|窜犯"
                     r"|爆发了?[^,，。]{0,6}(?:会战|战役|事变)")
# a date in the clause that says the battle opened: "同年9月,著名的“X会战”打响", "3月15日凌晨战役打响"
_OPENED = re.compile(r"[^。；;]{0,20}?(?:会战|战役|之战|之役|战斗)[”」』\"]?\s*(?:正式|全面)?(?:打响|爆发|揭开序幕)")
_PLAN = re.compile(r"命令|计划|预定|制订|制定|下达|决定|确定|准备|企图|判断|预令|决心")
# a defender fortifying or waiting for the attack: its date comes before the battle (赶筑工事, 以待…进攻)
_PREPARE = re.compile(r"赶筑|抢筑|构筑|修筑|加筑|设防|布防|以待|等待")
# the date a plan sets for the attack (日军确定3月20日发起攻击): an action date, unlike the date of the decision
_PLANNED_ACT = re.compile(r"(?:前后|左右|拂晓|凌晨|晨|夜|起)?(?:开始|发起|发动)?(?:总攻击?|攻击|进攻|攻势)")


@dataclass
class Analysis:
    """Everything the pipeline saw: for debugging and tests."""

    text: str
    sentences: list[tuple[int, int]]
    units: list[ResolvedUnit]
    persons: list[Mention]
    battles: list[Mention]
    dates: list[Mention]
    figures: list[Mention]
    places: list[Mention]
    labels: list[str | None]
    infos: dict[str, BattleInfo]
    facts: DocumentFacts | None = None
    commands: list = field(default_factory=list)
    offsets: list[int] | None = None  # text index → original index, when pinyin glosses were dropped
    records: dict[int, list[Mention]] = field(default_factory=dict)  # the lists of battles that are a record
    entries: list[tuple[int, int, int]] = field(default_factory=list)  # a unit lineage's entries (unit_entries)
    shared: dict[int, list[str]] = field(default_factory=dict)  # sentence → the other fights its clause lists


def _with_place(places: list[Mention], site: Mention) -> list[Mention]:
    """``places`` with ``site`` (a place read from a slot, no gazetteer's) added in text order, unless it overlaps a
    place found already."""
    if any(q.start < site.end and site.start < q.end for q in places):
        return places
    return sorted([*places, site], key=lambda q: q.start)


@gc_paused()  # no reference cycles in a document's garbage: see kangzhan.gcpause
def analyse(src: SourceText) -> Analysis:
    """The analysis of one document; a text that tells fighting but yields no battle is analysed once more with the
    fight its content proposes (last_resort), and that analysis is kept if it holds a battle."""
    a = _analyse(src)
    if a.facts is not None and (not a.facts.battles or frames_only(a.text, a.sentences, a.battles,
                                                                   [b.name for b in a.facts.battles])):
        # an episode (一仗，是在X边上) first; else the place the fighting (aircraft and ships too) is about
        proposed = episode(a.text, a.sentences, a.places) or proposed_fight(
            a.text, a.sentences, a.places, a.battles, arms_stretches(a.text, a.sentences, a.battles))
        if proposed is not None:
            proposed = with_arms(a.text, a.sentences, a.battles, proposed)
            if a.facts.battles and (whole := frame_campaign(a.text, a.battles)) and "local" not in proposed.value:
                proposed.value["local"] = whole  # 在某会战初期, …: the fight is a part of the campaign of its frame
            again = _analyse(src, proposed)
            if again.facts is not None and again.facts.battles and (  # under a frame: only with the fight itself
                    not a.facts.battles or any(b.name == proposed.value["name"] for b in again.facts.battles)):
                gone = purposes(a.text, a.battles, [b.name for b in a.facts.battles])  # 前来某地作战: no battle
                again.facts.battles = [b for b in again.facts.battles if b.name not in gone]
                return again
    return a


def _analyse(src: SourceText, proposed: Mention | None = None) -> Analysis:
    """The analysis; proposed: the fight to take before any other coiner's when the text names none."""
    raw = src.text
    norm = normalize(raw)
    text, offsets = norm.text, None
    # what is no text: a pinyin gloss (臺(tái)兒莊), a forum's anti-copy jamming string ("k7月28日"), a printed
    # page's line breaks, a scholar's notes and citations. Analyse without them, map offsets back to the original
    breaks, lost_days = find_number_breaks(text)  # a PDF copy's breaks around numbers (1937|年, 7|月27||,)
    text = restore_days(text, lost_days)  # the 日 such a copy lost, read where it stood (same length)
    text, markup = find_markup(text)  # a copied page's HTML tags: a block tag a line break, the rest dropped
    text = blank_furniture(text)  # a page's menus, tool links, article data and bylines (same length)
    row_ends = {r.end for r in fallen_rows(text)}  # a table's rows are lines of their own, no wrapped print
    wraps = [w for w in find_wraps(text) if w[0] not in row_ends]
    breaks += find_run_breaks(text)  # a page that set each number, · and quote on a line of its own (一|·|二八)
    glosses = sorted(markup + find_glosses(text) + find_jamming(text) + wraps + find_references(text) + breaks
                     + find_layout_spaces(text)  # 民國31 年5 月, 第13 軍: the space a page puts after a number
                     + find_pictographs(text))  # 保(👃)卫(🧤)战: a copying site's emoji
    if glosses:
        text, offsets = drop_spans(text, glosses)
        raw_view = drop_spans(raw, glosses)[0]
    else:
        raw_view = raw
    text = as_chinese_view(text)  # 我/敌 read from the Chinese side (a translated Japanese history swaps them)
    sentences = split_sentences(text)
    # no unit of the post-war army, none of a drama's retelling (在《X》中的A…让Y军的B佩服不已)
    units = outside_fiction(text, find_units(text))
    units = outside_holdings(text, _outside_origins(text, _outside_training(text, _wartime_units(text, units))))
    units = _outside_comparisons(text, units)  # 和X比赛逃跑: the partner of a taunt's comparison
    units = resolve_units(text, units)  # 馆藏…档案: the holdings' makers; 出身X军: a man's origin
    persons = addressees(text, trim_names(outside_fiction(text, find_persons(text))))  # 吉总指挥世五弟 … 均鉴: courtesy
    entries = roll_entries(text)  # a roll of the dead: a name line over its life dates, then the biography
    persons = spaced_names(text, roll_persons(entries, persons))  # 司令员  杨 成 武: a name spaced to a column
    rows = [] if entries else fallen_rows(text)  # a table of the fallen: name+rank, post, date, province+place a line
    persons = row_persons(rows, persons)
    battles = find_battles(text)
    persons = _outside_battle_names(text, persons, battles)  # 某军长沙大捷: no man 沙大捷, none before 军长
    dates = life_dates(entries, _outside_lifespans(text, find_dates(text), persons))
    dates = chronology_dates(text, dates)  # 2日 under a chronology's 1944年 and 1月 headings: 1944-01-02
    dates = row_dates(rows, dates)  # 1940、5、16: a row's date of death
    figures = find_figures(text)
    places = outside_fiction(text, _outside_names(find_places(text) if find_places else [], persons))
    persons = _outside_titles(persons, places)  # 和峪村 titling its entry: no man 峪村 before 的129师
    places = _outside_units(places, units)  # 华中派遣军, 华北方面军: the region names the unit, it is no location
    places = _not_positions(text, places)
    places = _outside_vessels(text, places)  # “江宁”号, 永丰舰: a ship named after a town is no battlefield
    places = _outside_datelines(text, places)  # 新华社枣庄4月6日电: where the report was filed, today
    places = outside_address(text, places)  # 南京外交部罗部长…勋鉴: where the addressee's office sits
    places = _outside_venues(text, places)  # 座谈会于…在X举行: where the commemoration met, today
    places = outside_built_works(text, places)  # 战后兴建横贯公路、海港: the works built, no battlefield
    places = outside_homes(text, places)  # 家住X, 祖籍X, 在X家中去世: a veteran's home, no battlefield
    places = outside_org_names(text, places)  # 榆社县委, 黄县二支队: the organ or local force it names, no battlefield
    places = row_places(rows, places)  # 湖北|南瓜店: a row's place without its province
    site = proposed.value.get("site") if proposed is not None else None  # an episode's site no gazetteer holds
    if site is not None:
        places = _with_place(places, site)
    titled, untold = titled_fights(text, places, units, dates, battles)  # 芦沟桥中日开战, 血战X: a page title names a fight
    battles = sorted([*battles, *titled], key=lambda m: m.start) if titled else battles
    records = record_lists(text, sentences, battles)  # 参加了A、B和C: a record lists battles, it tells none
    implied: Mention | None = None
    unnamed: Mention | None | object = _UNASKED  # _unnamed_fight's answer, once asked
    local = local_events(text, sentences, places, battles)  # a compilation of county entries: event by event
    if local:
        battles = [*battles, *(m for m, _, _ in local if m.value.get("coined"))]
        infos, labels = by_local_event(len(sentences), local)
    else:
        reported = report_fights(text, sentences, places, battles)  # a report's numbered fights
        if reported:
            sentences, fights = sentences, reported
        else:
            sentences, fights = place_fights(text, sentences, places, battles)  # fights at two towns, none named
            fights = fights or dated_fights(text, sentences, places, battles, [u.mention for u in units])
            if not fights:  # a memorial's list of fights, each headed by its place (X山:三战三捷、Y河:…)
                sentences, places, fights = listed_fights(text, sentences, places, battles)
            if not fights:  # several fights told in a row, each opened on a day of its own at another place
                sentences, fights = place_fights(text, sentences, places, battles, told=True)
            if not fights and not proposed:  # a veteran's own fight, told in the first person and never named
                told = narrated_fights(text, sentences, places, battles)
                if told:
                    unnamed = _unnamed_fight(text, sentences, places, units, persons, battles, figures, dates)
                other = unnamed if told else None
                # the fight the text implies wins unless it is only coined at a district (甲市战斗 for a city):
                # the narrator's site is then the narrower place
                wide = other is not None and other.value.get("coined") and any(
                    q.start == other.start and q.value.get("kind") in ("city", "county", "province", "region")
                    for q in places)
                fights = told if other is None or wide else []
                for m, _run in fights:  # its site read from the slot (一个叫X的村庄): a place of its own
                    site = m.value["site"]
                    places = _with_place(places, site)
        if fights:
            battles = [*battles, *(m for m, _ in fights if m.value.get("coined"))]
            infos, labels = by_local_event(len(sentences), [(m, run, m) for m, run in fights])
        elif event := commemorated_event(text, battles):  # a memorial's quoted event (“X”纪念碑, 为纪念“X”)
            places = outside_event(places, event, text)
            battles = [*battles, event]
            first = bisect_right([s for s, _ in sentences], event.start) - 1  # the text from its first naming on
            infos, labels = by_local_event(len(sentences), [(event, list(range(max(first, 0), len(sentences))), event)])
        else:
            # a battle the text is about but never names (asked already when a first-person account was read)
            implied = proposed or (unnamed if unnamed is not _UNASKED else
                                   _unnamed_fight(text, sentences, places, units, persons, battles, figures, dates))
            if implied:
                battles = [*battles, implied]
            infos, labels = segment(text, sentences, battles, records)
            if implied and implied.value.get("clause"):  # a label's one clause: its item, not the other labels
                _within_item(text, sentences, labels, implied)
            if implied and implied.value.get("coined"):  # (二)敌攻X…伤亡过多 (三)…: the other items, other matters
                outside_fight_item(text, sentences, labels, implied)
            if implied and implied.value.get("coined") and (para := later_paragraph(text, implied, places)) is not None:
                for k, (s, _e) in enumerate(sentences):  # 整训后,…在X村打了个伏击战: the story before is no account of it
                    if s < para and labels[k] == implied.value["name"]:
                        labels[k] = None
            episode_account(sentences, labels, implied)  # 最得意的一仗，是在X: the stories before are no account of it
            if implied and implied.value.get("passing") and implied.value["name"] in infos:
                claim_passing(text, sentences, labels, battles, implied.value["name"], implied.value["passing"])
                if infos[implied.value["name"]].part_of in implied.value["passing"]:  # a look back is no whole of it
                    infos[implied.value["name"]].part_of = None
            parent = implied.value.get("local") if implied else None
            if parent and implied.value["name"] in infos:  # a fight inside a campaign the text names in passing
                infos.setdefault(parent, BattleInfo(parent, first=next(m for m in battles
                                                                     if m.value.get("name") == parent)))
                infos[implied.value["name"]].part_of = parent
                _campaign_keeps_its_sentences(text, sentences, labels, implied, battles, infos)
    front = second_front(text, sentences, labels, places, battles) if implied and not proposed else None
    if front is not None:  # 闸X开打了 … 接替闸X防务: the other fight of a dialogue's two fronts
        m, run = front
        battles = [*battles, m]
        infos[m.value["name"]] = BattleInfo(m.value["name"], alts=set(m.value["alts"]), first=m)
        for k in run:
            labels[k] = m.value["name"]
    if (opening := opening_fragment(text, sentences, labels, places, battles)) is not None:
        # a list of fight entries cut out of a book in mid-entry: the fight told before its headings
        battles = _take_fights([opening], battles, infos, labels)
        site = opening[0].value["site"]  # a village no gazetteer holds, read from the verb's object: a place of its own
        places = _with_place(places, site)
    for m, run in fights_before_named(text, sentences, labels, places, battles):  # 三打X、二打Y … then Z海战
        battles = _take_fights([(m, run)], battles, infos, labels)
        site = m.value["site"]  # a place no gazetteer holds, read from the verb's object: a place of its own
        places = _with_place(places, site)
    for m, run in unnamed_accounts(text, sentences, labels, places, units, battles):
        battles = [*battles, m]
        infos.setdefault(m.value["name"], BattleInfo(m.value["name"], first=m))
        for k in run:
            labels[k] = m.value["name"]
    # 1942年…先坚守X,与日军激战: a career's later fight; …在Y设伏。24日…。25日…到达X村: a fight before the named one
    battles = _take_fights(career_fights(text, sentences, labels, places, battles), battles, infos, labels)
    battles = _take_fights(earlier_fights(text, sentences, labels, places, battles, dates), battles, infos, labels)
    outer = whole_sentences(text, sentences, labels, battles)  # 长衡会战衡阳保卫战: the campaign's own sentences
    if outer is not None:
        whole, part, first, run = outer
        infos.setdefault(whole, BattleInfo(whole, first=first))
        if part in infos and not infos[part].part_of:
            infos[part].part_of = whole
        for k in run:
            labels[k] = whole
    _part_from_its_places(text, sentences, labels, places, battles)  # 某会战 A-B战斗经过: the campaign's before A, B
    inner = local_action(text, sentences, labels, places, battles) \
        or located_action(text, sentences, labels, places, battles) \
        or caught_action(text, sentences, labels, places, battles) \
        or referred_action(text, sentences, labels, places, battles) \
        or engaged_action(text, sentences, labels, places, battles)  # a fight told inside the campaign it names
    if inner is not None:
        m, run, parent = inner
        battles = [*battles, m]
        infos[m.value["name"]] = BattleInfo(m.value["name"], alts=set(m.value["alts"]), first=m, part_of=parent)
        for k in run:
            labels[k] = m.value["name"]
        for k in m.value.get("released", ()):  # the campaign only the frame of the fight: its text's other parts
            labels[k] = None
    elif (held := held_clause(text, sentences, labels, places, battles)) is not None:  # 守X的Y部,与日军血战
        sentences, labels, m, parent = held
        battles = [*battles, m]
        infos[m.value["name"]] = BattleInfo(m.value["name"], alts=set(m.value["alts"]), first=m, part_of=parent)
    for m, run in swept_entries(text, sentences, places, battles):  # 1942年5月,日军对X进行大扫荡。在一次反扫荡战斗中
        battles = [*battles, m]
        infos[m.value["name"]] = BattleInfo(m.value["name"], alts=set(m.value["alts"]), first=m)
        for k in run:
            labels[k] = m.value["name"]
    told_before = set(labels)
    entry_runs = dated_list_events(text, sentences, places, battles, WAR_YEARS)
    in_entries = {k for _m, run in entry_runs for k in run}
    first_entry = min(in_entries, default=0)
    for m, run in entry_runs:  # a battle implied by the whole text that an entry tells: that entry's only (not
        # another entry's, nor the title or headings before the list; undated lines after the list go on the last)
        if m is not None and m.value.get("implied"):
            inside = set(run)
            for k, name in enumerate(labels):
                if name == m.value.get("name") and k not in inside and (k in in_entries or k < first_entry):
                    labels[k] = None
    for m, run in entry_runs:  # facts never cross an entry
        if m is not None and m.value.get("coined"):
            battles = [*battles, m]
            site = m.value.get("site")  # the entry's site read from its phrase (在X地区伏击): a place of its own
            if site is not None:
                places = _with_place(places, site)
            infos.setdefault(m.value["name"], BattleInfo(m.value["name"], alts=set(m.value["alts"]), first=m))
        name = m.value["name"] if m is not None else None
        for k in run:
            labels[k] = name if name in infos else None
    # 1939年6月,日寇三犯X遭受痛击: a raid on a place and its repulse, told in passing, a fight of its
    # own (after a dated list's entries took their sentences: an entry with no fight leaves its sentence free)
    battles = _take_fights(raided_places(text, sentences, labels, places, battles, dates), battles, infos, labels)
    # 攻克X, 袭击X的日军机场, 奇袭X据点 (这一仗…): an attack on a place or a post, a fight at it
    unit_spans = [(u.mention.start, u.mention.end) for u in units]
    attacked, attack_mates, attack_names = attacked_places(text, sentences, labels, places, battles, unit_spans)
    battles = _take_fights(attacked, battles, infos, labels)
    # 首战X、Y / 在X伏击了日军 / 日军经X一带遭到某部阻击: a fight told at a place, unnamed (site_fights)
    sited = site_fights(text, sentences, labels, places, battles, unit_spans, dates)
    battles = _take_fights(sited, battles, infos, labels)
    attacked = [*attacked, *sited]
    for name, alts in attack_names.items():  # 袭击X的日军机场 told of the fight coined at X: its other names
        if name in infos:
            infos[name].alts |= alts
    for m, _run in attacked:  # its site read from the verb's object: a place of its own
        if m.value.get("part_of") in infos:  # X会战中,…在Y夜袭日军机场的战斗: the campaign's part
            infos[m.value["name"]].part_of = m.value["part_of"]
        site = m.value["site"]
        places = _with_place(places, site)
    unlisted = untold_before_entries(text, sentences, labels, entry_runs, battles)  # 某县抗日纪事 (title) / 1941年…
    # a battle implied by the whole text whose every sentence an entry took (a chronology's days) is none
    for name in told_before - set(labels) - {None} | unlisted:
        if any(m.value.get("implied") and m.value.get("name") == name for m in battles):
            infos.pop(name, None)
    relabelled = bool(entries or rows)
    if entries:  # an entry's facts are its person's; only the clause that says he fell in a fight is a battle's
        sentences, labels, coined = roll_events(text, sentences, labels, entries, battles, places)
        battles = [*battles, *coined]
    elif rows:  # a table of the fallen: each row the fight at its place, rows at one place one fight
        labels, coined = row_events(sentences, labels, rows, battles)
        battles = [*battles, *coined]
        for name in set(infos) - set(labels):  # a fight coined from the whole table before: the rows decide
            if any(m.value.get("implied") and m.value.get("name") == name for m in battles):
                infos.pop(name)
    else:  # no battle told but where someone fell: an obituary's "在攻打X的战斗中牺牲" is one
        before = labels
        sentences, labels, coined = fell_in_prose(text, sentences, labels, battles, places, persons)
        battles = [*battles, *coined]
        relabelled = labels is not before
    told = set(labels) if relabelled else set()
    for m in battles if relabelled else ():
        name = m.value.get("name")
        if name and name in told and name not in infos:
            infos[name] = BattleInfo(name, alts=set(m.value.get("alts", ())), first=m)
    lineage = unit_entries(text, units)  # 第N师团(常设):…;参加X战斗;…: each clause its own fight's, or none's
    if lineage:
        entry_labels(text, sentences, labels, battles, lineage, set(infos))
        sentences, labels, coined = entry_fights(text, sentences, labels, places, dates, battles, lineage,
                                                 set(infos))
        battles = [*battles, *coined]
        for m in coined:
            infos[m.value["name"]] = BattleInfo(m.value["name"], alts=set(m.value["alts"]), first=m)
    campaign_before_the_fight(sentences, labels, battles, dates, infos)  # 背景: the campaign before the fight began
    outside_the_war(text, sentences, labels, battles)
    before_the_war(text, sentences, labels, battles, infos)  # 咸丰八年(1858年)…X作战: a fight of another war
    _outside_editors_notes(text, sentences, labels)  # 【链接】1931年…: the editor's background note, no account
    date_named_incidents(text, sentences, labels, titled, dates)  # “九一八”事变: the titled fight of that day
    clear_untold(text, sentences, labels, untold, battles)  # 首战X cut off under its title: not the page before
    places = fighting_places(text, sentences, labels, places, battles, [u.mention for u in units],
                             {n: i.alts for n, i in infos.items()},  # a battle told in passing: where it was fought
                             {n for n, i in infos.items() if i.first is not None
                              and (i.first.value.get("implied") or i.first.value.get("coined"))})
    places = far_places(text, sentences, labels, places, battles, [u.mention for u in units])  # 前往香港避难
    places = negated_places(text, places)  # 不是广东、不是广西: where the story was not
    places = news_places(text, places)  # 消息传到上海: where the news of the fight arrived
    places = anniversary_places(text, places)  # 今年是X光复80周年: the occasion of the telling, no battlefield
    places = touring_places(text, places)  # 记者来到X、Y参观: where the visitors went today, no battlefield
    places = judged_places(text, places)  # 由此可以断言…: the argument drawn from the fight, not its telling
    places = compared_places(text, places)  # 与X大捷等齐名: what the fight is measured against
    places = career_places(text, places)  # 他在X、Y等地抗日, 历任X县县长: where a life went, not the fight
    places = distance_places(text, places)  # 从X到Y直线距离仅50公里: the lie of the land
    places = goal_places(text, places, sentences, labels)  # 日军企图经X插向Y, 若敌突破X: where the enemy meant to go
    places = outside_atrocities(text, sentences, places, battles)  # 在X大屠杀中…杀害: no battlefield
    places = relief_origins(text, places)  # 从X调来援兵: where a relief force came from
    places = wrecking_places(text, sentences, labels, places)  # 同夜破坏X至Y的公路: an action of its own
    places = journey_places(text, places, [u.mention for u in units], sentences)  # 由X到Y路过Z时: a person's trip
    places = name_places(text, battles, places)  # 石岗战斗: the place no gazetteer holds, read from the name
    for m in battles:  # an implied name, or a fight named by its act (夜袭X): its other names X战斗, X之战
        if (m.value.get("implied") or m.value.get("act") or m.value.get("quoted_whole") or m.value.get("spelled")) \
                and m.value["name"] in infos:  # (spelled: 大平安战斗 as written, its known place's own 平安战斗)
            infos[m.value["name"]].alts |= set(m.value.get("alts", ()))
            if m.value.get("coined") or m.value.get("implied"):  # 收复X, 攻克X县城: the text's name of the taking of a coined fight's site
                infos[m.value["name"]].alts |= retaken_names(text, m.value["name"])
    commands = row_commands(text, rows, units, link_commands(text, persons, units, sentences))
    for c in subject_posts(text, persons, units, sentences):  # X:字Y … 一九三九年任第N师师长: the life's subject
        if all((x.person, x.unit_index) != (c.person, c.unit_index) for x in commands):
            commands.append(c)
    for c in entry_commands(text, persons, units, lineage):
        if all((x.person, x.unit_index) != (c.person, c.unit_index) for x in commands):
            commands.append(c)
    sides_from_commanders(units, commands)
    sides_from_persons(text, persons, units)
    figures = strength_sides(figures, units, sentences, commands, persons)  # 13军辖…,兵力28000人: the side of the units it counts
    figures = carried_loss_sides(figures, sentences)  # …伤亡军官798人。此后…约计伤亡9100余人: the same side's losses
    labels = _outside_enlistments(text, sentences, labels, battles)  # 1940年他入伍,在X领导的Y团: his unit, no fight's
    # 先后袭击了甲镇、乙村: each listed fight takes the clause's units, leader and date (not only the first)
    for m in listed_sites(text, sentences, labels, battles, places, set(infos)):
        battles = [*battles, m]
        infos[m.value["name"]] = BattleInfo(m.value["name"], alts=set(m.value["alts"]), first=m)
    labels = list(labels)
    sited, kept = campaign_site_fights(text, sentences, labels, battles, places, figures, set(infos))
    for m in sited:  # X会战:…在Y消灭日军N人: the fight at Y, a part of the campaign
        battles = [*battles, m]
        infos[m.value["name"]] = BattleInfo(m.value["name"], alts=set(m.value["alts"]), first=m,
                                            part_of=m.value["part_of"])
    shared = listed_mates(text, sentences, labels, battles, [(u.mention.start, u.mention.end, u.key) for u in units],
                          set(infos), places)
    for k, campaign in kept.items():  # the campaign's leader, units and date are its part's too
        shared[k] = [*shared.get(k, ()), campaign]
    for k, mates in attack_mates.items():  # 攻打X,…攻克Y: the attack's fight shares the sentence X's fight keeps
        shared[k] = [*shared.get(k, ()), *(n for n in mates if n in infos and n not in shared.get(k, ()))]
    a = Analysis(text, sentences, units, persons, battles, dates, figures, places, labels, infos, commands=commands,
                 offsets=offsets, records=records, entries=lineage, shared=shared)
    a.facts = _assemble(src, raw_view, norm.traditional, a, original=raw, offsets=offsets)
    entry_starts(text, sentences, a.facts, entry_runs, dates)  # 1944年9月29日,…次年…: the entry's fight starts on its date
    if local and offsets is None:
        town_of_entry(a.facts, local, raw)
        outcome_only(text, sentences, a.facts, local, dates)
    return a


_UNASKED = object()


def _unnamed_fight(text: str, sentences: list[tuple[int, int]], places: list[Mention], units: list,
                   persons: list[Mention], battles: list[Mention], figures: list, dates: list[Mention]) -> Mention | None:
    """The one fight a text is about but never names: implied by its places and forces, a purpose (为了X), an
    incident at a place, or where someone fell (他于1942年在X牺牲: a family history's one fight)."""
    return implied_battle(text, places, units, battles, figures=len(figures),
                          leaders=sum(1 for p in persons if p.value.get("title")),
                          opening=_first_dated(sentences, dates), sentences=sentences) \
        or purpose_fight(text, places, battles) \
        or incident_at(text, places, units, battles) \
        or fallen_at(text, places, units, battles)


def _campaign_keeps_its_sentences(text: str, sentences: list[tuple[int, int]], labels: list[str | None],
                                  fight: Mention, battles: list[Mention], infos: dict[str, BattleInfo]) -> None:
    """A fight coined inside the campaigns a text names in passing: a sentence that names a campaign and not the
    fight's place is the campaign's (这是1937年X会战中拍摄的 dates the campaign, not the fight)."""
    starts = [s for s, _ in sentences]
    place = fight.value.get("name", fight.text).removesuffix("战斗")
    for m in battles:
        name = m.value.get("name")
        k = bisect_right(starts, m.start) - 1
        if not name or name == fight.value["name"] or k < 0 or labels[k] != fight.value["name"] \
                or place in text[slice(*sentences[k])]:
            continue
        infos.setdefault(name, BattleInfo(name, first=m))
        labels[k] = name


def _part_from_its_places(text: str, sentences: list[tuple[int, int]], labels: list[str | None],
                          places: list[Mention], battles: list[Mention]) -> None:
    """A heading that names a campaign and then its part by the part's places (某会战 A——B(A'-B')战斗经过): the
    part's account begins where the body first names one of those places; the sentences under the heading before
    that (the campaign's background, its strategy) are the campaign's, not the part's (or the battle they name)."""
    starts = [s for s, _ in sentences]
    for part in battles:
        if not part.value.get("respelled"):
            continue
        name = part.value["name"]
        line = text.rfind("\n", 0, part.start) + 1
        parent = next((m.value["name"] for m in battles if line <= m.start and m.end <= part.start
                       and (m.value.get("name") or "").endswith(CAMPAIGN_WORDS)), None)
        sites = {q.value.get("name", q.text) for q in places if part.start <= q.start and q.end <= part.end}
        if parent is None or not sites:
            continue
        head = bisect_right(starts, part.start) - 1
        for k in range(head + 1, len(sentences)):
            if any(n in text[slice(*sentences[k])] for n in sites):
                break
            if labels[k] == name:  # a sentence that names another battle (the war's wider operation) is that one's
                a, b = sentences[k]
                labels[k] = next((m.value["name"] for m in battles if a <= m.start < b and m.value.get("name")
                                  and m.value["name"] != name), parent)


def _within_item(text: str, sentences: list[tuple[int, int]], labels: list[str | None], fight: Mention) -> None:
    """The sentences of a fight told in one clause of a numbered list's item (an object label, a caption) that lie
    outside that item lose its label."""
    item = clause_item(text, fight.start)
    if item is None:
        return
    a, b = item
    for k, (s, _t) in enumerate(sentences):
        if labels[k] == fight.value["name"] and not (a <= s < b):
            labels[k] = None


def _first_dated(sentences: list[tuple[int, int]], dates: list[Mention]) -> tuple[int, int] | None:
    """The span of the first sentence that holds a date (the opening of an account), or None."""
    if not dates:
        return None
    first = min(d.start for d in dates)
    k = bisect_right([s for s, _ in sentences], first) - 1
    return sentences[k] if k >= 0 else None


def _outside_lifespans(text: str, dates: list[Mention], persons: list[Mention]) -> list[Mention]:
    """Drop the dates in a bracket right after a person's name: "X(1898年2月18日——1937年10月16日)" gives
    his birth and death, no battle's dates."""
    opens = {p.end for p in persons if text[p.end:p.end + 1] in ("(", "（")}
    if not opens:
        return dates

    def in_life_span(d: Mention) -> bool:
        # the last bracket before the date, looked for in the 29 characters a life span may open in (not back to
        # the text's start for every date): one further back fails the distance test anyway
        lo = max(0, d.start - 29)
        o = max(text.rfind("(", lo, d.start), text.rfind("（", lo, d.start))
        return o in opens and d.start - o < 30 and not re.search(r"[)）]", text[o:d.start])

    return [d for d in dates if not in_life_span(d)]


# 城东, 城南 …: a position relative to the town the text is in (在城东剿匪), and so 桥东, 路北, 港南 relative to a
# bridge, a road, a port (退守大桥东头); the urban districts so named are written with their 区. A word that ends
# in 匪 (股匪, 土匪) names a band of people, no place.
_RELATIVE = re.compile(r"[城桥路港][东南西北]")


# what only a person does or suffers (…被击毙, …于八日晨逃走, 以X为首): a name made a place by its last character
# (张某山, 韩某江: 山/江 end mountains and rivers, and given names) is the person's
_PERSON_ONLY = re.compile(r"(?:于[^,，。;；]{1,6})?(?:被(?:击毙|打死|俘|捕|炸伤|击伤|杀)|受伤|负伤|阵亡|逃走|逃跑|潜逃|为首)")


def _not_positions(text: str, places: list[Mention]) -> list[Mention]:
    """The places that are no relative position of a town, no band of people and no person's name."""
    persons = {m.value.get("name", m.text) for m in places if m.value.get("source") in ("suffix", "feature")
               and _PERSON_ONLY.match(text, m.end) and m.text[:1] in cn_surnames()
               and text[m.start - 1:m.start] not in ("由", "从", "自", "向", "往")}  # 由X镇逃跑之敌: fled from a place
    return [m for m in places if not (m.value.get("source") == "gazetteer" and _RELATIVE.fullmatch(m.text))
            and not m.text.endswith("匪")
            and not (m.value.get("source") in ("suffix", "feature") and m.value.get("name", m.text) in persons)]


# a news dateline at a paragraph's start: the agency or paper, where the report was filed (a present-day town or
# city), the day, 电/讯 (新华社枣庄4月6日电, 本报太原讯, 中央社记者某某台北13日电); not a telegram's title (X报告军情电)
_DATELINE = re.compile(r"(?m)^[ \t\u3000【\[]*[\u4e00-\u9fff]{0,6}(?:社|网|台|报(?![告道]))\s*(?P<where>[\u4e00-\u9fff]{2,10}?)\s*"
                       r"(?:(?:[0-9]{1,2}月)?[0-9]{1,2}日)?\s*(?:电|讯)(?=[\s（(【\[:：]|$)")
# a wartime dispatch's bracketed dateline: the place, the day, the agency, 电 (【广州五日同盟电】, （中央社重庆十日电）)
_BRACKET_DATELINE = re.compile(r"[【\[(（]\s*(?:[\u4e00-\u9fff]{1,4}社(?:记者)?)?(?P<where>[\u4e00-\u9fff]{2,4}?)\s*"
                               r"(?:[0-9]{1,2}|[一二三四五六七八九十廿卅]{1,3})日[\u4e00-\u9fff]{0,4}?(?:专)?电\s*[】\])）]")

# a line opened by an outlet's or a town's short name and 讯 (新华讯, 长沙讯,): the report's dateline
_NEWS_LINE = re.compile(r"(?m)^[ \t\u3000【\[]*(?P<where>[\u4e00-\u9fff]{2,4}?)讯(?=[\s,，:：]|$)")


def _outside_datelines(text: str, places: list[Mention]) -> list[Mention]:
    """The places that stand in no news dateline: the town a report was filed from is no place of the battle
    it commemorates."""
    spans = sorted(m.span("where") for rx in (_DATELINE, _BRACKET_DATELINE, _NEWS_LINE)
                   for m in rx.finditer(text)) if ("电" in text or "讯" in text) else []
    if not spans:
        return places
    return [m for m in places if not in_spans(spans, m.start)]


# a vessel's (or an armoured train's, an aircraft's) name: a town's name written before 号, 舰, 艇, 轮, the name
# perhaps quoted (“江宁”号炮艇, 永绥舰, “民生”轮)
_VESSEL_AFTER = re.compile(r"[”」』\"]?(?:号(?!召)|舰|艇|轮(?![番流换回]))")
# a quoted name in a list of quoted names the last of which is a vessel's (“甲”、“乙”、“丙”号 were sunk): each a ship
_VESSEL_LIST_AFTER = re.compile(r"[”」』\"](?:[、，,和与及]?[“「『\"][\u4e00-\u9fff]{1,6}[”」』\"])+(?:号(?!召)|舰)")


# a commemoration's venue: the meeting or ceremony named in the clause, then 在X举行 (座谈会于2023年5月在X举行)
_VENUE = re.compile(r"(?:座谈会|研讨会|纪念会|报告会|大会|论坛|仪式|典礼|开幕式|活动|展览)[^，,。；;！？\n]{0,24}?在"
                    r"(?P<where>[^，,。；;！？\n在]{2,24}?)(?:隆重)?(?:举行|召开|举办|开幕|揭幕)")


def _outside_venues(text: str, places: list[Mention]) -> list[Mention]:
    """The places that name no venue of a commemoration (see _VENUE): where a meeting sat decades later is no
    place of the fight it remembers."""
    spans = sorted(m.span("where") for m in _VENUE.finditer(text)) if "在" in text else []
    return [m for m in places if not in_spans(spans, m.start)] if spans else places


def _outside_vessels(text: str, places: list[Mention]) -> list[Mention]:
    """The places that do not name a vessel (see _VESSEL_AFTER)."""
    return [m for m in places if not _VESSEL_AFTER.match(text, m.end) and not _VESSEL_LIST_AFTER.match(text, m.end)]


# the post-war army before a unit's designation (解放军第26军, 人民解放军某部队即X军, 志愿军第38军): a unit of 1949 or
# after, which a memoir's book or a veteran's later career names
_POSTWAR_BEFORE = re.compile(r"(?:解放军|志愿军)(?:[^，,。；;\n]{0,10}?部队即)?第?$")


def _wartime_units(text: str, units: list[Mention]) -> list[Mention]:
    """The unit mentions but those of a unit the text names as the post-war army's (see _POSTWAR_BEFORE), from there
    on: the army that printed a book or that a general commanded later is no force of the fight the text tells. A
    unit of the war written before (第26军 in 1937, 战后改编为解放军第26军) stays that unit where it was written."""
    if "解放军" not in text and "志愿军" not in text:
        return units
    since: dict[str, int] = {}
    for m in units:
        if _POSTWAR_BEFORE.search(text, max(0, m.start - 16), m.start):
            since.setdefault(m.value.get("key"), m.start)
    return [m for m in units if m.start < since.get(m.value.get("key"), len(text))] if since else units


# a unit's training course a man joined (参加第四战区政工队集训, 入第五战区干训团受训): his schooling, no fight of the unit
_TRAINING = re.compile(r"(?:参加|参与|进入|入|到|赴)[^，,。；;\n]{0,4}$")
_TRAINING_AFTER = re.compile(r"[^，,。；;\n]{0,10}?(?:集训|受训|培训|训练班|干训班|干训团|讲习班|讲习所)")


def _outside_training(text: str, units: list[Mention]) -> list[Mention]:
    """The unit mentions but those that name the course a person went to for training (see _TRAINING): the command
    that ran a school or a political course took no part in the fight the text tells."""
    return [m for m in units if not (_TRAINING.search(text, max(0, m.start - 6), m.start)
                                     and _TRAINING_AFTER.match(text, m.end))]


# a man's origin in a unit (出身32军的张某, 出自第X师, 西北军出身): where his career began, no force of the fight told
_ORIGIN_BEFORE = re.compile(r"(?:出身于?|出自)(?:原|老)?$")
_ORIGIN_AFTER = re.compile(r"(?:的)?出身(?![于自])")


def _take_fights(found: list[tuple[Mention, list[int]]], battles: list[Mention], infos: dict[str, BattleInfo],
                 labels: list[str | None]) -> list[Mention]:
    """The battles with the coined fights FOUND (each with its sentences) added: their infos, their sentences
    labelled with them (in place)."""
    for m, run in found:
        battles = [*battles, m]
        infos.setdefault(m.value["name"], BattleInfo(m.value["name"], alts=set(m.value["alts"]), first=m))
        for k in run:
            labels[k] = m.value["name"]
    return battles


# a force's own origin: the Red Army's formation it was reorganized from (红X军团, 鄂豫皖红N军: the civil war's
# armies, renamed in 1937) and what a unit was formed out of (由X改编而来, 前身是X)
_RED_BEFORE = re.compile(r"红$")
_LINEAGE_BEFORE = re.compile(r"(?:由|前身(?:是|为))(?:原|老)?[^，,。；;\n]{0,4}$")
_LINEAGE_AFTER = re.compile(r"[^，,。；;\n]{0,4}?(?:改编|整编|扩编|改建)(?:而来|而成|成立|组成|的)")


def _outside_origins(text: str, units: list[Mention]) -> list[Mention]:
    """The unit mentions but those that name where a person came from (see _ORIGIN_BEFORE): a general's old army
    took no part in the fight he later led another force in; nor does the army a unit was reorganized from (the
    Red Army's before 1937, 由X改编而来: see _LINEAGE_BEFORE)."""
    return [m for m in units if not (_ORIGIN_BEFORE.search(text, max(0, m.start - 4), m.start)
                                     or _ORIGIN_AFTER.match(text, m.end)
                                     or _RED_BEFORE.search(text, max(0, m.start - 1), m.start)
                                     or _LINEAGE_BEFORE.search(text, max(0, m.start - 8), m.start)
                                     and _LINEAGE_AFTER.match(text, m.end))]


# a unit a speaker measures others by (和X比赛逃跑, 跟X一样, 与X相比): the partner of a comparison or a contest, no
# fighter of the battle told
_COMPARED_BEFORE = re.compile(r"(?:和|跟|同|与)$")
_COMPARED_AFTER = re.compile(r"(?:比赛|比谁|一样|一般|似的|相比|相比较|比较|比起来|差不多)")


def _outside_comparisons(text: str, units: list[Mention]) -> list[Mention]:
    """The unit mentions but the partners of a comparison (_COMPARED_BEFORE + unit + _COMPARED_AFTER)."""
    return [m for m in units if not (_COMPARED_BEFORE.search(text, max(0, m.start - 1), m.start)
                                     and _COMPARED_AFTER.match(text, m.end))]


def _outside_units(places: list[Mention], units: list[ResolvedUnit]) -> list[Mention]:
    """The places that are not part of a named unit's name (numbered units hold no toponym)."""
    return outside_spans(places, [(u.mention.start, u.mention.end) for u in units if u.number is None])


# a paragraph an editor opens with a bracketed label (【相关链接】, 【背景资料】, 【备注】; not 【编按】, which heads the text): his note on the
# text or on the history around it, no telling of the fight
_EDITORS_NOTE = re.compile(r"^[ \t\u3000]*【[^】\n]{0,6}(?:链接|备注|背景|延伸|相关|资料|注释|说明|阅读)[^】\n]{0,4}】", re.M)


def _outside_editors_notes(text: str, sentences: list[tuple[int, int]], labels: list[str | None]) -> None:
    """The sentences of a paragraph an editor's bracketed label opens belong to no battle."""
    if "【" not in text:
        return
    for m in _EDITORS_NOTE.finditer(text):
        end = text.find("\n", m.end())
        end = len(text) if end < 0 else end
        for k, (s, _e) in enumerate(sentences):
            if m.start() <= s < end:
                labels[k] = None


_TITLE_TAIL = ("军长", "师长", "旅长", "团长", "营长", "连长", "排长", "队长", "省长", "县长", "市长", "乡长", "镇长",
               "区长", "村长", "社长", "校长", "部长", "科长", "所长", "站长")


def _outside_battle_names(text: str, persons: list[Mention], battles: list[Mention]) -> list[Mention]:
    """Persons that are no piece of a battle's name found in running text (A军长沙大捷: 沙大捷 is the tail of the
    name 长沙大捷, after the would-be title 军长), nor a name read before a title whose last character opens a
    battle's name (某军长沙大捷: 军 + 长沙大捷, no 军长 after a man). A heading's battle (a whole line) may hold a
    man's name, and is left alone."""
    spans = [(b.start, b.end) for b in battles if not b.value.get("heading")]
    if not spans or not persons:
        return persons
    bad: set[str] = set()
    spans.sort()
    span_at = [s for s, _e in spans]
    widest = max(e - s for s, e in spans)
    for p in persons:
        # only the spans that can hold it (opening at most the widest span's length before its end) or open right
        # after it, found by position
        lo = bisect_left(span_at, p.end - widest)
        hi = bisect_right(span_at, p.end + 2)
        for s, e in spans[lo:hi]:
            inside = s < p.start and p.end <= e  # its tail (长|沙大捷); a name opening it (X|战斗) may be his verb
            if inside or p.end < s <= p.end + 2 and text[p.end:s + 1].endswith(_TITLE_TAIL):
                bad.add(p.value.get("name", p.text))
    if not bad:
        return persons
    # a name read so is no name anywhere: its other mentions were found by the same string
    return [p for p in persons if p.value.get("name", p.text) not in bad]


def _outside_titles(persons: list[Mention], places: list[Mention]) -> list[Mention]:
    """Persons whose name is no part of the settlement an entry is titled with (places.find_places, source "title"):
    峪村 read before 的129师 out of 和峪村, there or where the page misspells the village."""
    titled = {m.value.get("name", m.text) for m in places if m.value.get("source") == "title"}
    return [p for p in persons if not any(p.value.get("name", p.text) in t for t in titled)]


def _outside_names(places: list[Mention], persons: list[Mention]) -> list[Mention]:
    """Places that are no part of a longer personal name (亚历山|大上将: the place word is in the name), nor a
    suffix-made place that is a person's name found elsewhere in the text."""
    persons = _outside_titles(persons, places)  # the settlement an entry is titled with: no name inside it
    inside: dict[int, int] = {}
    for p in persons:
        for i in range(p.start, p.end):
            inside[i] = max(inside.get(i, 0), p.end - p.start)
    names = {p.text for p in persons}  # 李仙洲 named as a person once: no island 李仙洲 where no title precedes it
    # a family name standing for the full name the text gave (牧野 for 牧野四郎): the man there, no county
    aliased = {(p.start, p.end) for p in persons if p.value.get("name", p.text) != p.text}
    reach: dict[int, int] = {}  # a name's start → the farthest end of a name starting there
    for p in persons:
        if p.end > reach.get(p.start, -1):
            reach[p.start] = p.end
    return [m for m in places if not (inside.get(m.start, 0) > m.end - m.start and m.end - 1 in inside)
            and (m.start, m.end) not in aliased
            and not (m.value.get("source") == "suffix" and m.text in names)
            # 派|辻村宪吉: a place across a name's start (a name starts inside the place and ends after it)
            and not any(reach.get(a, -1) > m.end for a in range(m.start + 1, m.end))
            # 马占|山奉: a place read by its context that opens inside a name and runs past its end
            and not (m.value.get("source") in ("context", "suffix") and m.start in inside and m.start not in reach)]


def extract(src: SourceText) -> DocumentFacts:
    """Extract the facts of one document."""
    facts = analyse(src).facts
    assert facts is not None
    return facts


def _assemble(src: SourceText, raw: str, traditional: bool, a: Analysis, original: str | None = None,
              offsets: list[int] | None = None) -> DocumentFacts:
    """The facts of the analysis. ``raw`` is the text analysed (the original without pinyin glosses); ``offsets``
    maps its indices to those of ``original`` so evidence spans are offsets of the original text."""
    if original is None:
        original = raw
    facts = DocumentFacts(src.doc_id, src.source_name, src.sha256, src.encoding, len(original),
                          traditional=traditional, warnings=list(src.warnings))
    sents = a.sentences
    sent_of = sentence_index(sents)

    evidence: dict[tuple[int, int], Evidence] = {}  # a span backs several facts: one (frozen) Evidence for it

    def ev(start: int, end: int) -> Evidence:
        got = evidence.get((start, end))
        if got is None:
            k = sent_of(start)
            s, e = sents[k] if k is not None else (start, end)
            if offsets is not None:  # back to the original: a gloss after the last character stays outside
                start_o, end_o = original_span(offsets, start, end)
                s, e = original_span(offsets, s, e)
                got = evidence[(start, end)] = Evidence(start_o, end_o, original[start_o:end_o], original[s:e], s)
            else:
                got = evidence[(start, end)] = Evidence(start, end, raw[start:end], raw[s:e], s)
        return got

    def label_of(pos: int) -> str | None:
        k = sent_of(pos)
        return a.labels[k] if k is not None else None

    # entities
    for u in a.units:
        ident = (u.key, u.side)
        ent = facts.units.get(ident)
        if ent is None:
            ent = facts.units[ident] = Unit(u.key, u.side, u.echelon, u.number, u.modifiers, label=u.label)
        ent.alt_labels |= u.alts
        orig = raw[u.mention.start:u.mention.end]
        if traditional and orig != u.mention.text:
            ent.alt_labels.add(orig)
        ent.evidence.append(ev(u.mention.start, u.mention.end))
        if u.parent is not None and ent.parent is None:
            p = a.units[u.parent]
            if (p.key, p.side) != ident:
                ent.parent = (p.key, p.side)
    commanded: dict[str, list[str | None]] = {}
    paired = {(x.person, x.unit) for x in facts.commands}  # the pairs kept (not a look through all per command)
    for c in a.commands:
        u = a.units[c.unit_index]
        commanded.setdefault(c.person, []).append(u.side)
        cmd = Command(c.person, (u.key, u.side), ev(c.start, c.end))
        if (cmd.person, cmd.unit) not in paired:
            paired.add((cmd.person, cmd.unit))
            facts.commands.append(cmd)
    for p in a.persons:
        name = p.value["name"]
        ent = facts.persons.get(name)
        if ent is None:
            ent = facts.persons[name] = Person(name, person_side(name, commanded.get(name, [])))
        if p.value.get("title"):
            ent.titles.add(p.value["title"])
        orig = raw[p.start:p.end]
        if orig != name and p.text not in cn_surnames() and p.text not in jp_surnames_by_rank():
            ent.alt_labels.add(orig)  # the original (Traditional or OCR) form is another name of the person
            # (contract); a bare family name (欧阳团长, 板垣 for 板垣征四郎) is none
            if len(orig) == len(name) and any(ord(c) > 0xFFFF for c in name):  # 鈆 → 𫓪, a character few fonts show:
                ent.alt_labels.add("".join(o if ord(c) > 0xFFFF else c for c, o in zip(name, orig, strict=True)))
        ent.evidence.append(ev(p.start, p.end))
    for m in a.places:
        name = m.value.get("name", m.text)
        ent = facts.places.get(name)
        if ent is None:
            ent = facts.places[name] = Place(name, m.value.get("kind"))
        orig = raw[m.start:m.end]
        if orig != name:
            ent.alt_labels.add(orig)
        if m.text != name:
            ent.alt_labels.add(m.text)
        if m.value.get("short"):
            ent.alt_labels.add(m.value["short"])  # 江西省 is also called 江西, 常德市 常德
        elif m.value.get("source") == "suffix" and name.endswith("镇") and len(name) >= 3:
            ent.alt_labels.add(name[:-1])  # a town no gazetteer holds goes by its name without 镇 (X镇 is X)
        if m.value.get("kind") in ("county", "city") and raw.startswith("城", m.end) and not name.endswith("城"):
            ent.alt_labels.add(orig + "城")  # X城 read as the county X (the walled seat): the text's form is a name too
        ent.evidence.append(ev(m.start, m.end))
    # battles
    by_name: dict[str, Battle] = {}
    records = record_sentences(a.records, sent_of)  # a record's units fought in each battle it lists
    for name, info in a.infos.items():
        b = Battle(name, alt_labels=set(info.alts), part_of=info.part_of,
                   named_in_text=not (info.first is not None and (info.first.value.get("implied")
                                                                  or info.first.value.get("coined"))))
        if info.first is not None:
            b.evidence = ev(info.first.start, info.first.end)
            orig = raw[info.first.start:info.first.end]
            # an implied battle's evidence is its place; a shared name's (A、B等战役, 第一、二次X会战) its conjunct
            if orig != name and not info.first.value.get("implied") and not info.first.value.get("shared"):
                b.alt_labels.add(orig)
                if (quote := _INNER_QUOTES.search(orig)) and quote.start() > 0:
                    b.alt_labels.add(_INNER_QUOTES.sub("", orig))  # “八一四”空戰: the name without the quote inside
            elif traditional and not b.named_in_text and (form := traditional_form(name)) != name:
                b.alt_labels.add(form)  # a name coined for a Traditional text: in the text's script too (X反掃蕩)
        by_name[name] = b
    joined: dict[str, set[tuple[str, str | None]]] = {}  # the units each battle has already (no scan of its list)
    reorganised = _reorganised_units(a.text, [u.mention.start for u in a.units])
    for u in a.units:
        if u.mention.start in reorganised:
            continue  # X缩编为A、B支队 told with no fighting: A and B are what X became, no fighters of the account
        lab = label_of(u.mention.start)
        listed = records.get(sent_of(u.mention.start), ())
        if listed and (nxt := _joined_next(a.records, u.mention.start, sent_of)):
            listed, lab = (nxt,), nxt  # 在第73军当排长,参加A,后在第79军参加B: each unit joined the battle after it
        mates = a.shared.get(sent_of(u.mention.start), ()) if not listed else ()  # 袭击了甲、乙: each listed fight's
        for name in (sorted(listed, key=lambda n: n != lab) if lab in listed else (lab, *mates)):  # 第9战区先后参加了A、B、C
            b = by_name.get(name or "")
            ident = (u.key, u.side)
            if b is not None:
                have = joined.get(b.name)
                if have is None:
                    have = joined[b.name] = {x[0] for x in b.units}
                if ident not in have:
                    have.add(ident)
                    b.units.append((ident, ev(u.mention.start, u.mention.end)))
    _narrators_unit(a, by_name, ev)  # 我加入了X团…我们向Y村开进: the memoir's "we" is the unit he joined
    _unit_before_name(a, by_name, ev)  # 新四军“X大战”, 某师的Y战斗: the unit that owns a fight's name fought it
    told_by = narrators(a.text, a.persons, {c.person for c in a.commands})  # 老兵X回忆: no commander
    tellers = set(told_by)
    # a life's man known only by how his life opens (X,某县人,1906年生) and holding no command: a teacher's or a
    # nurse's life is no commander's; he leads a fight only where a sentence says he led it (_led_by_subject)
    tellers |= {p.value["name"] for p in a.persons if p.value.get("how") == "life"} - {c.person for c in a.commands}
    led: dict[str, set[str]] = {}  # the commanders each battle has already
    for p in a.persons:
        lab = label_of(p.start)
        if lab not in by_name or p.value["name"] in tellers:
            continue
        # the leader of a clause's listed fights (甲、乙等战斗; X率部参加甲、乙等战斗: a record the man led, not one
        # he only joined): each one's
        k = sent_of(p.start)
        listed = sorted(records.get(k, ())) if k is not None and _LEADS.search(a.text, *a.sentences[k]) else ()
        for own in (lab, *a.shared.get(k, ()), *listed):
            if own not in by_name:
                continue
            b = by_name[own]
            have = led.get(own)
            if have is None:
                have = led[own] = {x[0] for x in b.commanders}
            if p.value["name"] not in have:
                have.add(p.value["name"])
                b.commanders.append((p.value["name"], ev(p.start, p.end)))
    _led_by_subject(a, by_name, {c.person for c in a.commands}, sent_of, ev, told_by)
    _his_own_force(a, by_name, sent_of, ev)
    _leaders_force(a, by_name, ev)
    for k, names in entry_battles(a.entries, a.sentences, a.labels).items():  # an entry's unit fought its fights
        for name in sorted(names):
            if (b := by_name.get(name)) is not None:
                _join_units(b, [a.units[k]], ev)
    placed: dict[str, set[str]] = {}  # the places each battle has already (a set: no scan of its list)
    named_in = _battle_name_spans(a, by_name)
    local = {n for n, i in a.infos.items() if i.first is not None and i.first.value.get("local")}
    site_of = {(s.start, s.end): m.value["name"] for m in a.battles if (s := m.value.get("site")) is not None
               and m.value.get("name") in by_name and m.value["name"] in a.shared.get(sent_of(s.start), ())}
    for m in a.places:
        lab = named_in[(m.start, m.end)] if (m.start, m.end) in named_in else label_of(m.start)
        lab = site_of.get((m.start, m.end), lab)  # 袭击了甲、乙: 乙 is the place of the fight listed there
        if lab is None and (m.start, m.end) in named_in:  # inside a name no battle of the text bears
            if m.value.get("from_name"):
                continue  # 豫湘桂 of a campaign named in passing: read as provinces only for that campaign
            lab = label_of(m.start)
            if lab in local:
                continue  # 在“X大战”Y战役结束后: Y is the phase's place, no place of the local action told
        name = m.value.get("name", m.text)
        if lab in by_name:
            names = placed.get(lab)
            if names is None:
                names = placed[lab] = {x[0] for x in by_name[lab].places}
            if name not in names:
                names.add(name)
                by_name[lab].places.append((name, ev(m.start, m.end)))
    # a count right after a unit (113团202名官兵牺牲): the unit's men, of its side
    side_ending_at = {u.mention.end: u.side for u in a.units if u.side}
    listing = {sent_of(s.start) for m in a.battles if (s := m.value.get("site")) is not None
               and m.value.get("name") in a.shared.get(sent_of(s.start), ())}
    joint = _joint_names(a, sent_of)
    fights_of = _FigureFights(a, by_name)
    for m in a.figures:
        lab = fights_of.of(m.start, label_of(m.start), sent_of(m.start))
        if lab in by_name and sent_of(m.start) in joint and joint[sent_of(m.start)] < m.start:
            continue  # 甲村、乙村战斗…歼敌N: the total of the fights named together is no one fight's
        if lab in by_name and sent_of(m.start) not in listing:  # 袭击了甲、乙,共毙敌80人: the total is no one fight's
            v = m.value
            side = v.get("side") or side_ending_at.get(v.get("count_start", m.start))
            by_name[lab].figures.append(Figure(v["kind"], int(v["count"]), side, v.get("qualifier", "exact"),
                                               v.get("category", "casualties"), v.get("stated", ""),
                                               ev(m.start, m.end)))
    _whole_of_parts(a, by_name, ev)
    _shared_ordinal_places(a, by_name, ev)
    _dates(a, by_name, records)
    told: dict[str, list[int]] = {}  # a battle's first and last sentence, in one pass over the labels
    for k, lab in enumerate(a.labels):
        if lab is not None:
            if lab in told:
                told[lab][1] = k
            else:
                told[lab] = [k, k]
    for b in by_name.values():
        ks = told.get(b.name)
        if ks:
            b.span = (sents[ks[0]][0], sents[ks[-1]][1])
            if offsets is not None:  # the original's offsets, as every evidence span
                b.span = original_span(offsets, *b.span)
    for b in by_name.values():
        b.figures = merge_repeated_figures(b.figures)
    facts.battles = list(by_name.values())
    return facts


# a battle name that frames what follows it in its sentence: 在X战斗中…, X战役期间…, X之战里…
_FIGHT_FRAME = re.compile(r"[”」』\"]?(?:之中|中|里|期间)")
# what follows a fight's name that makes it no topic of its sentence: its time (甲战斗后, 之前, 结束), an attribute (的)
_NOT_TOPIC = re.compile(r"[”」』\"]?(?:之?后|以后|之?前|以前|结束|胜利|的|以来|时)")
_SINCE = re.compile(r"继|自从|经过|经历|参加|参与|纪念|如同|比")
# a place where the fighting is told: a fighting verb right after it (乙岭击毙日军N人, 乙村附近激战): not the place a
# force came from (乙城日军80人进犯…) nor one it went to
_FOUGHT_AT = re.compile(r"(?:附近|一带|地区|地域|周围|境内|村外|城外)?(?:之战|战斗|激战|血战|作战|伏击|阻击|截击|袭击|围歼|歼灭|"
                        r"击毙|毙伤|毙|歼|消灭|击溃|击退|打死|大捷|告捷)")
_CAMPAIGN_WORD = re.compile(r"会战|战役|大战|抗战|战争")
_FIGURE_CLAUSE = re.compile(r"[，,。；;:：!?！？\s]")
_SITE_BATTLE = re.compile(r"战斗|战役|之战|之役|会战|大捷|伏击战|阻击战|保卫战|突围战|攻坚战|袭击战|遭遇战")


class _FigureFights:
    """The fight each figure belongs to: the fight its sentence tells it of. That is the fight whose name frames it
    in the sentence (以纪念在甲村战斗中牺牲的N名将士, in a sentence labelled with the campaign named first) or whose
    name is the topic of the sentence's first clause (1943年的甲城保卫战历时15天,…N名官兵牺牲), else the fight at the
    site its own clause names (乙岭击毙日军N人, in a line under the campaign), else the label of its sentence."""

    def __init__(self, a: Analysis, by_name: dict[str, Battle]) -> None:
        self.a, self.by_name = a, by_name
        self.battles = sorted((b for b in a.battles if b.value.get("name") in by_name), key=lambda b: b.start)
        self.b_starts = [b.start for b in self.battles]
        self.places = sorted(a.places, key=lambda p: p.start)
        self.p_starts = [p.start for p in self.places]
        self.site_of: dict[str, list[str]] = {}  # place name -> the fights named after it (甲岭 -> 甲岭战斗)

    def _sited(self, place: str) -> list[str]:
        got = self.site_of.get(place)
        if got is None:
            got = self.site_of[place] = [n for n in self.by_name
                                         if n.startswith(place) and _SITE_BATTLE.fullmatch(n, len(place))]
        return got

    def _wider(self, name: str, lab: str | None) -> bool:
        """``name`` is a campaign around the fight ``lab`` (会战/战役 around a village's fight, or its part_of): a frame
        never moves a figure from a fight to its campaign (“甲会战”中,…在乙村歼灭日军N人 stays with the 乙村 fight)."""
        if lab is None or lab == name:
            return False
        b = self.by_name.get(lab)
        if b is not None and b.part_of == name:
            return True
        return _CAMPAIGN_WORD.search(name) is not None and _CAMPAIGN_WORD.search(lab) is None

    def of(self, pos: int, lab: str | None, k: int | None) -> str | None:
        if k is None:
            return lab
        text = self.a.text
        s0 = self.a.sentences[k][0]
        framed = topic = None
        first = _FIGURE_CLAUSE.search(text, s0, pos)
        for b in self.battles[bisect_left(self.b_starts, s0):bisect_left(self.b_starts, pos)]:
            if b.end > pos:
                continue
            name = b.value["name"]
            if _FIGHT_FRAME.match(text, b.end):
                framed = name
            elif (first is None or b.end <= first.start()) and not _NOT_TOPIC.match(text, b.end) \
                    and not _SINCE.search(text, s0, b.start):
                topic = name
        got = framed or topic
        if got is not None and not self._wider(got, lab):
            return got
        c0 = pos
        while c0 > s0 and not _FIGURE_CLAUSE.match(text, c0 - 1):
            c0 -= 1
        sites = set()
        for p in self.places[bisect_left(self.p_starts, c0):bisect_left(self.p_starts, pos)]:
            if p.end <= pos and (text[max(0, p.start - 1):p.start] in ("在", "于") or _FOUGHT_AT.match(text, p.end)):
                place = p.value.get("name", p.text)
                if not (lab or "").startswith(place):
                    sites.update(n for n in self._sited(place) if n != lab)
        return sites.pop() if len(sites) == 1 else lab


def _joint_names(a: Analysis, sent_of) -> dict[int, int]:
    """{sentence: the end of a battle name written for two fights at once} where a place (one the text names) and a
    list mark stand right before a battle name that opens with a place (甲村、乙村战斗, 甲村,乙村战斗: one battle word for both sites)."""
    starts = {q.start for q in a.places}
    names = {q.text for q in a.places if len(q.text) >= 2}  # a place the text names elsewhere (in its heading)
    out: dict[int, int] = {}
    for m in a.battles:
        if not m.value.get("name") or m.start < 2 or m.start not in starts or a.text[m.start - 1] not in "、,，":
            continue
        if any(a.text.endswith(n, 0, m.start - 1) for n in names):
            k = sent_of(m.start)
            if k is not None and k not in out:
                out[k] = m.end
    return out


# who a sentence says its figures are from (据日方记载, 日军战史载, 据统计): a figure with one is that source's
_SAID_AFTER_JU = ("记载", "统计", "称", "报告", "报道", "战报", "详报", "资料", "记录", "公布", "估计", "回忆", "透露", "说")
_SOURCE_WORDS = ("战史", "战报", "详报", "记载", "记录", "统计", "公布", "宣称", "声称")
_FIGURE_SOURCE = re.compile(rf"据[^，,。;；:：\s]{{1,15}}?(?:{'|'.join(_SAID_AFTER_JU)})"
                            rf"|[^，,。;；:：\s]{{2,10}}?(?:{'|'.join(_SOURCE_WORDS)})")
# a _FIGURE_SOURCE match ends in one of these words: a sentence without any has no source (searched for at re's
# speed of a first-character scan, where _FIGURE_SOURCE, led by a negated class, is tried at every position)
_FIGURE_SOURCE_WORD = re.compile("|".join(dict.fromkeys((*_SAID_AFTER_JU, *_SOURCE_WORDS))))


def _figure_source(fig: Figure) -> str:
    """The source a figure's sentence names for it, '' for the text itself."""
    if not fig.evidence or not _FIGURE_SOURCE_WORD.search(fig.evidence.sentence):
        return ""
    m = _FIGURE_SOURCE.search(fig.evidence.sentence)
    return m.group(0) if m else ""


def merge_repeated_figures(figures: list[Figure]) -> list[Figure]:
    """One claim told twice (过百名日军的尸体 … 一百多具日军尸体): two figures of one battle with the same kind,
    category, side, count and qualifier from the same source are one report with both evidences. A different count
    or a different named source (据日方记载 vs the text's own) stays a report of its own."""
    out: list[Figure] = []
    first: dict[tuple, Figure] = {}
    for f in figures:
        key = (f.kind, f.category, f.side, f.count, f.qualifier, _figure_source(f))
        kept = first.get(key)
        if kept is not None and f.evidence is not None and f.evidence != kept.evidence:
            kept.also.append(f.evidence)
            continue
        first.setdefault(key, f)
        out.append(f)
    return out


def _battle_name_spans(a: Analysis, by_name: dict[str, Battle]) -> dict[tuple[int, int], str | None]:
    """(start, end) of each place named inside a battle's name (神头岭 of 神头岭、响堂铺等战斗, 平汉路 of 平汉路破袭战)
    → that battle, when it is a battle of its own other than the one its sentence belongs to: the place
    that names a battle is where that battle was fought, not where the sentence's battle was. A battle looked
    back on (从桂林战役中休整过来的部队) that is no battle of the text keeps its place from every battle (""); a name that is
    no battle of the text otherwise maps its places to None (the sentence's battle keeps them, but a local action)."""
    spans: dict[tuple[int, int], str] = {}
    places = sorted(a.places, key=lambda p: p.start)
    starts = [p.start for p in places]
    for m in a.battles:
        name = m.value.get("name")
        if m.value.get("past") and not m.value.get("implied"):
            name = name if name in by_name else ""
        elif name not in by_name:
            name = None  # no battle of the text: the sentence's battle keeps the place, but a local action
        for i in range(bisect_left(starts, m.start), bisect_left(starts, m.end)):
            if places[i].end <= m.end:
                key = (places[i].start, places[i].end)
                if name is not None or key not in spans:
                    spans[key] = name
    return spans


def _shared_ordinal_places(a: Analysis, by_name: dict[str, Battle], ev) -> None:
    """The place in a name that ordinals share (第一次、第二次长沙会战: 长沙 stands once, after the last ordinal) is the
    place of every ordinal's battle."""
    for m in a.battles:
        end = m.value.get("ordinals")
        b = by_name.get(m.value.get("name") or "")
        if end is None or b is None:
            continue
        have = {x[0] for x in b.places}
        for p in a.places:
            name = p.value.get("name", p.text)
            if m.end <= p.start and p.end <= end and name not in have and name in b.name:
                b.places.append((name, ev(p.start, p.end)))
                have.add(name)


# the subject left out or a pronoun: 率部参加X战役, 指挥了X、Y等战役, 在X战斗中,他…; 其部
# 率团/率旅/率师参加X: the leader of a regiment, brigade or division takes it into the battle
_LED = re.compile(r"率部|率领|亲率|率所部|率本部|率全?[团旅师营军连](?![长部])|指挥了|指挥所部|他(?!们)|其部"
                  r"|(?<![^,，。；;年月\s])(?:升任|调任|任)[^，,。；;]{0,12}?(?:师|旅|团|军|纵队|支队)(?:长|司令)[,，]")  # 任X师师长,…参加Y战役


# leading a force: the verb itself, not a bare 他 (他所在部队: the unit he served in)
_LEADS = re.compile(r"率|指挥|带领|统领")
# a companion at a clause's opening, before the leader's verb (1941年与政治委员X率部…, 同副司令员Y指挥…): the
# clause's subject, left out, is the man whose life or unit the text tells
_COMPANION = re.compile(r"(?:^|[\n，,。；;]|[年月日初底后时])[^，,。；;\n]{0,4}?[与同偕](?:[\u4e00-\u9fff]{0,4}?"
                        r"(?:政治委员|政委|参谋长|司令员?|副?[军师旅团营]长|主任))?$")


def _led_by_subject(a: Analysis, by_name: dict[str, Battle], commanders: set[str], sent_of, ev,
                    tellers: set[str] = frozenset()) -> None:
    """A battle with no commander, named in a sentence that names no person but says that "he" or someone
    unnamed led his unit (率部参加X, 在X中,他…): a biography or a unit history tells its subject's battles so, and
    the leader is the last commander named before (a person the text says commands a unit)."""
    # 某某:字某,… / 某某,某县人: the life's man, unless he only tells the story (参战老兵X回忆…)
    subjects = {p.value["name"] for p in a.persons if life_subject(a.text, p)} - tellers
    persons = sorted((p for p in a.persons if p.value["name"] in commanders | subjects), key=lambda p: p.start)
    if not persons:
        return
    starts = [p.start for p in persons]
    # 与政治委员X率部…: X goes with the leader the clause leaves out, and names no other leader of it
    mates = {p.start for p in a.persons if _COMPANION.search(a.text, max(0, p.start - 12), p.start)
             and _LEADS.match(a.text, p.end, p.end + 3)}
    mate_names = {p.value["name"] for p in a.persons if p.start in mates}
    person_sents = {sent_of(p.start) for p in a.persons if p.start not in mates}
    for m in a.battles:
        b = by_name.get(m.value.get("name") or "")
        k = sent_of(m.start)
        if b is None or k is None or k in person_sents or any(c not in mate_names for c, _ in b.commanders):
            continue
        s, e = a.sentences[k]
        if not _LED.search(a.text, s, e) and not any(s <= x < e for x in mates):
            continue
        i = bisect_right(starts, s) - 1
        if i >= 0 and persons[i].value["name"] not in {c for c, _ in b.commanders}:
            p = persons[i]
            if p.value["name"] not in commanders and not _LEADS.search(a.text, s, e):
                continue  # 他所在部队参加了X: a life's man holding no command leads only where he 率/指挥/带领 it
            b.commanders.append((p.value["name"], ev(p.start, p.end)))


# a leader taking his own force, unnamed (率部, 率所部, 率本部, 率全旅): 部 is the unit he commanded then
# (指挥部队, 指挥了X战斗: the leader directing a fight or "the troops" uses the force he commands)
_HIS_FORCE_UNNAMED = re.compile(r"(?:率(?:领|同)?|指挥)(?:所部|本部|部队|部(?![署长门分下属])|全?[军师旅团营](?![长部]))"
                                r"|指挥了")


def _his_own_force(a: Analysis, by_name: dict[str, Battle], sent_of, ev) -> None:
    """A fight told as its commander taking his force unnamed (他率部坚守X, 率部参加A、B等战斗) was fought by the unit
    that commander was last said to command before that sentence (1937年任某旅旅长,…率部参加…): a biography names
    its man's post once and then says only 率部. The sentence must name no unit of its own."""
    links: dict[str, list[tuple[int, int]]] = {}
    for c in a.commands:
        links.setdefault(c.person, []).append((a.units[c.unit_index].mention.start, c.unit_index))
    if not links:
        return
    unit_starts = sorted(u.mention.start for u in a.units)
    done: set[tuple[str, int]] = set()
    for m in a.battles:
        b = by_name.get(m.value.get("name") or "")
        k = sent_of(m.start)
        if b is None or k is None or not b.commanders or (b.name, k) in done:
            continue
        done.add((b.name, k))
        s, e = a.sentences[k]
        led = _HIS_FORCE_UNNAMED.search(a.text, s, e)
        if led is None:
            continue
        i = bisect_left(unit_starts, s)
        if i < len(unit_starts) and unit_starts[i] < e:
            continue  # 率部及第N团参加X: the units are named
        for name, _ in b.commanders:
            before = [x for x in links.get(name, ()) if x[0] < s]
            if before:
                _join_units(b, [a.units[max(before)[1]]], ev)


# a force named by its leader (X所部, X部): the troops he commanded then (not 部署, 部长, 部门, 部分)
_HIS_FORCE = re.compile(r"(?:所部|部(?![署长门分下属]))")
# a leader taking units along (亲率A及B前往…, 率领A): the units listed after the verb, to the clause's end
_TOOK = re.compile(r"亲率|率领|带领|统率|率")
# a leader taking his own force along (X率师开赴Y, X率部驰援Y): the unit he was said to command
_LED_HIS = re.compile(r"(?:亲)?率(?:全?[军师旅团](?![长部])|部|所部|本部)")
_LEADERS_REACH = 2  # the sentences before the fight where his command or the force he took is told


# the force of the sentence before named again (该团, 该部, 所部) in the first clause of the fight's sentence
_THAT_FORCE = re.compile(r"[^，,。；;]{0,12}?(?<![应活])(?:该|所)(?:部(?![署长门分下属])|团|师|旅|营|军|纵队|支队)(?!长)")
# a force set moving (前往X, 开赴X, 进至X): the units written before the verb are the force that moved
_MOVED = re.compile(r"前往|开赴|赶赴|进至|开往|移驻|转移|出发|进抵|驰援|奔袭")


def _moved_force(a: Analysis, b: Battle, k: int, ev) -> None:
    """The units sentence k sets moving (3月20日,第45军一个团前往X…), written before its verb of motion, join the fight
    whose first sentence, next, names that force again (该团在Y遭到突袭)."""
    s, e = a.sentences[k]
    verb = _MOVED.search(a.text, s, e)
    if verb is None:
        return
    _join_units(b, [u for u in a.units if s <= u.mention.start < verb.start()], ev)


# a reorganisation verb whose object or result follows (X缩编为A、B支队, X改称Y, 将X改编为Y): what a force became
# (every alternative opens with a literal, each lookbehind written after the two-character word it then spans: re
# scans for the first characters in C instead of trying the whole pattern at every position)
_REORG_VERB = re.compile(r"缩编[为成]|改编[为成]|整编[为成]|扩编[为成]|合编[为成]|改组[为成]|改建[为成]|编为(?<![^，,；;、\s被]..)|"
                         r"改称|称为(?<![被又亦也]..)|更名为?|改名为?|改番号为")
# the one doing the reorganising before its object (将X改编为Y, 把X缩编为Y)
_REORG_OBJECT = re.compile(r"[将把]")
# a force's later or earlier identity in brackets (A团（原B军某团）, A支队（后改为C团）, A军（今D集团军）, （前身为E）)
_OTHER_IDENTITY = re.compile(r"[（(](?:原|后改|后编|后扩|后缩|今|现为?|前身)[^（()）\n]{0,40}[）)]")
# a clause's bounds: commas, stops, brackets, line breaks
_CLAUSE_EDGE = re.compile(r"[，,。；;！？!?（()）\n]")
# a sentence's end, or a semicolon's (the clauses that go on with the same subject)
_SENTENCE_EDGE = re.compile(r"[。；;！？!?\n]")
# a clause ending as the time of the next (X改编为Y后,开赴前线): its result is the subject of what follows
_AS_TIME_BEFORE = re.compile(r"(?:后|之后|以后|时|之时|之际)$")


def _reorganised_units(text: str, starts: list[int]) -> set[int]:
    """The unit mentions (by start) that name what a reorganisation made of a force or the force it took in, in a
    clause that tells no fighting (X缩编为A、B、C支队; 将X改编为Y: A, B, C, X and Y), and a force's other identity
    in brackets (A团（原B师某团）: B师). The subject of the reorganisation (X in X缩编为…) keeps what its other clauses
    give it; a list of what a force holds (X下辖A、B) is no reorganisation and stays."""
    if not starts:
        return set()
    spans: list[tuple[int, int]] = [m.span() for m in _OTHER_IDENTITY.finditer(text)]
    for v in _REORG_VERB.finditer(text):
        edge = _CLAUSE_EDGE.search(text, v.end())
        e = edge.start() if edge else len(text)
        s = v.start()
        while s > 0 and not _CLAUSE_EDGE.match(text, s - 1):
            s -= 1
        stop = _SENTENCE_EDGE.search(text, e)  # 将X改编为Y,随即向某村进攻: Y, the next clause's subject, fought
        if _AS_TIME_BEFORE.search(text, s, e) or _fights_told(text, s, stop.start() if stop else len(text)):
            continue
        obj = _REORG_OBJECT.search(text, s, v.start())
        spans.append((obj.end() if obj else v.end(), e))
    if not spans:
        return set()
    spans.sort()
    out: set[int] = set()
    for x in starts:
        k = bisect_right(spans, (x, len(text) + 1)) - 1
        while k >= 0 and x - spans[k][0] < 400:  # a clause or a bracket is short
            if x < spans[k][1]:
                out.add(x)
                break
            k -= 1
    return out


def _join_units(b: Battle, units: list[ResolvedUnit], ev) -> None:
    """Add to battle b each of units it does not have yet (by key and side), with its mention as evidence."""
    have = {x[0] for x in b.units}
    for u in units:
        ident = (u.key, u.side)
        if ident not in have:
            have.add(ident)
            b.units.append((ident, ev(u.mention.start, u.mention.end)))


# between a unit and the name of its fight: nothing, 的 or 之, an opening quote
_OWNS_NAME = re.compile(r"(?:的|之)?[“「『\"《]?")


def _unit_before_name(a: Analysis, by_name: dict[str, Battle], ev) -> None:
    """A unit written right before a battle's name, as its owner (新四军“X大战”, 某师的Y战斗, 八路军Z战役): the fight is
    that unit's, whatever battle the sentence is labelled with (a list of a campaign's famous fights)."""
    starts = {m.start: m.value.get("name") for m in a.battles if m.value.get("name") and not m.value.get("past")}
    for u in a.units:
        gap = _OWNS_NAME.match(a.text, u.mention.end)
        name = starts.get(gap.end()) if gap is not None else None
        if name in by_name:
            _join_units(by_name[name], [u], ev)


# the narrator telling where he enlisted or was posted (我在X加入了…Y团, 我被分到Z连): his own unit
_I_JOINED = re.compile(r"(?<![他她])我(?!军|方|国|们)[^，,。；;！!？?\n]{0,16}?(?:加入|参加|编入|分到|分配到|调到|调入|投奔)了?")
# the narrator's side fighting in the first person plural (我们向X开进, 我们团, 我军的机枪)
_WE = re.compile(r"我们|我军|咱们")


def _narrators_unit(a: Analysis, by_name: dict[str, Battle], ev) -> None:
    """A first-person memoir tells its fight as "we" (我们向X村开进, 我军的机枪一齐开火) after the narrator has said
    which unit he joined (我在X加入了A师B旅C团): "we" is that unit. A battle whose own sentences fight in the first
    person plural and whose units of our side are none or only the wider echelons of that chain (A师 named as the
    enemy's target) takes the most specific unit (the last of the chain) of the last such enlistment told before
    its first sentence."""
    told: dict[str, int] = {}
    for k, lab in enumerate(a.labels):
        if lab is not None and lab not in told:
            told[lab] = k
    for name, first in told.items():
        b = by_name.get(name)
        if b is None:
            continue
        if not any(lab == name and _WE.search(a.text, s, e)
                   for (s, e), lab in zip(a.sentences, a.labels, strict=True)):
            continue
        joined = None
        for k in range(first - 1, -1, -1):
            s, e = a.sentences[k]
            m = _I_JOINED.search(a.text, s, e)
            if m is None:
                continue
            chain = [u for u in a.units if m.end() <= u.mention.start < e and u.side == "CN"]
            if chain:
                joined = chain
                break
        # the battle's units of our side, if any, are the wider echelons of his own chain (八路军 of 八路军X师Y团)
        if joined is not None and all(key in {u.key for u in joined} for (key, side), _ in b.units if side == "CN"):
            _join_units(b, [joined[-1]], ev)


def _leaders_force(a: Analysis, by_name: dict[str, Battle], ev) -> None:
    """A fight whose first sentence names its side by the leader's force (X所部16日拂晓在Y遭到…突袭): the units he
    was said to command (时任A总司令的X) or to take along (X亲率B及C前往…) in the sentences just before, in the same
    paragraph, fought it, though the text named them before the fight began."""
    first: dict[str, int] = {}
    for k, lab in enumerate(a.labels):
        if lab is not None and lab not in first:
            first[lab] = k
    commanded: dict[str, list[int]] = {}
    for c in a.commands:
        commanded.setdefault(c.person, []).append(c.unit_index)
    for name, k in first.items():
        b = by_name.get(name)
        if b is None or k == 0:
            continue
        s, e = a.sentences[k]
        para = a.text.rfind("\n", 0, s) + 1
        leader = next((p for p in a.persons if s <= p.start < e and (_HIS_FORCE.match(a.text, p.end)
                                                                      or _LED_HIS.match(a.text, p.end))), None)
        if leader is None:
            if para <= a.sentences[k - 1][0] and _THAT_FORCE.match(a.text, s):
                _moved_force(a, b, k - 1, ev)  # 第45军一个团前往X。21日拂晓该团在Y遭到突袭
            continue
        who = leader.value["name"]
        lo = a.sentences[max(0, k - _LEADERS_REACH)][0]
        lo = max(lo, para)
        found = [a.units[i] for i in commanded.get(who, ()) if lo <= a.units[i].mention.start < s]
        for p in a.persons:
            if p.value["name"] != who or not lo <= p.start < s:
                continue
            took = _TOOK.search(a.text, p.end, min(s, p.end + 20))
            if took is None or re.search(r"[。；;]", a.text[p.end:took.start()]):
                continue
            close = re.compile(r"[，,。；;]").search(a.text, took.end())
            end = close.start() if close else s
            found += [u for u in a.units if took.end() <= u.mention.start < end]
        _join_units(b, found, ev)


def _whole_of_parts(a: Analysis, by_name: dict[str, Battle], ev) -> None:
    """A campaign the text speaks of (its name opens a sentence: X会战对于日军来说…) but whose sentences went to
    the told battle that is its part (X保卫战,是X会战的重要部分) becomes a battle of its own with the part's
    units, commanders and places: who fought in the part fought in the campaign, and the part's account is
    all the text tells of it. Dates and figures stay with the part (the campaign lasted longer and lost
    more). A campaign only named as the whole (是Y会战的一部分) stays a bare parent."""
    opens = {s for s, _ in a.sentences}
    mentions = {m.value["name"]: m for m in sorted(a.battles, key=lambda x: x.start, reverse=True)
                if m.value.get("name") and (m.start in opens or a.text[m.start - 1:m.start] == "\n")}
    for b in list(by_name.values()):
        whole = b.part_of
        if not whole or whole in by_name or whole == b.name or whole not in mentions:
            continue
        m = mentions[whole]
        w = by_name[whole] = Battle(whole, evidence=ev(m.start, m.end))
        w.units = list(b.units)
        w.commanders = list(b.commanders)
        w.places = list(b.places)


# a sentence that counts several battles (1939年9月至1942年1月…进行了三次会战, 历次战役): its dates span them all
# and date none of them
# (a count of campaigns only: 多次战斗 are the engagements of one battle, dated by its own date)
_SEVERAL = re.compile(r"(?<!第)(?:[两二三四五六七八九十]+[次场个大]|历次)(?:会战|战役|大战)")
# … unless the sentence singles one of them out (X是…四大战役中最艰苦的一次战斗, 三次会战之一): its dates are that one's
_ONE_OF_SEVERAL = re.compile(_SEVERAL.pattern + r"(?:之一|[中里][^,，。;；]{0,10}?(?:一次|一场|一个|之一))")


_FROM = re.compile(r"(?:自|从|由)$")
_UNTIL = re.compile(r"(?:[^,，。;；]{0,8}起)?[,，]?\s*(?:至|到|迄)")


_HEADING_DATE_OPEN = re.compile(r"\s*[(（]")
_HEADING_DATE_CLOSE = re.compile(r"\s*[)）]")


def _heading_date(text: str, info: BattleInfo | None, items: list[tuple[int, Mention]]) -> Mention | None:
    """The date a heading puts in brackets right after the battle's name (浙贛會戰(民國31年5月15日), X战役（1939年12月
    18日—31日）): the date of the battle itself, whatever background events the text dates before it."""
    if info is None or not info.heading or info.first is None:
        return None
    opened = _HEADING_DATE_OPEN.match(text, info.first.end)
    if opened is None:
        return None
    for _k, d in items:
        if d.start == opened.end() and _HEADING_DATE_CLOSE.match(text, d.end):
            return d
    return None


def _named_span(text: str, sents: list, name: str, items: list[tuple[int, Mention]]) -> tuple | None:
    """The battle's own dates in a sentence that opens with its name: "X之役,自六月一日十三时起,至六月九日正午"."""
    for (k, d), (k2, d2) in zip(items, items[1:], strict=False):
        if k != k2 or not text.startswith(name, sents[k][0]) or d.value.get("end"):
            continue
        if (_FROM.search(text, sents[k][0], d.start) and _UNTIL.fullmatch(text, d.end, d2.start)
                and d2.value["date"].iso > d.value["date"].iso):
            return d.value["date"], d2.value["date"]
    return None


def _about_place(text: str, info: BattleInfo | None, items: list[tuple[int, Mention]]) -> list:
    """A battle the text never names but implies from its place (收复多伦): its dates are those of the
    sentences that name the place, when some are dated (the telegrams of the advance before are not); a city's
    also those of the sentences that tell the enemy entering or holding "the city" (日本兵从东门进入城市: a diary's)."""
    if info is None or info.first is None or not info.first.value.get("implied") or info.first.value.get("coined"):
        return items
    place = info.first.text
    # 进入城市, 控制了全城: the city the battle is implied from, unnamed
    about = [(k, d) for k, d in items if place and (place in (told := text[slice(*_period(text, d))])
                                                    or _THE_CITY.search(told))]
    return about or items


def _from_place_again(text: str, info: BattleInfo | None, items: list[tuple[int, Mention]], sents: list) -> list:
    """A fight headed by the name of its place (X村战斗, X、Y战斗: an entry of a list, a section) is told from the
    sentence that names its place again: the entry opens with what led to it (the enemy's advance, an earlier sweep
    of the county under its own date), and the fight comes in with its place (同年5月9日,某团进驻X一带…): the first
    dated sentence that names the place again. The dates told before it are the background's; with no dated sentence
    naming the place, all the entry's dates stay."""
    if info is None or info.first is None or not info.heading or not info.name.endswith("战斗"):
        return items
    places = [p for p in re.split(r"[、和与及]", info.name[:-2]) if len(p) >= 2]
    if not places:
        return items

    def names_place(k: int) -> bool:
        told = text[sents[k][0]:sents[k][1]].replace(info.name, "")  # the title glued to the sentence names nothing
        return any(p in told for p in places)

    k_again = next((k for k, _ in sorted(items, key=lambda kd: kd[0]) if names_place(k)), None)
    if k_again is None or not items:
        return items
    first_k = min(k for k, _ in items)
    # the fact box's time field (时间: X) is the fight's own, wherever the place comes in again
    later = [(k, d) for k, d in items if k >= k_again or _TIME_LINE.match(text, text.rfind("\n", 0, d.start) + 1)]
    return later if k_again > first_k else items


_THE_CITY = re.compile(r"(?:进入|攻入|冲入|突入|占领|控制了?|攻陷|轰炸|炮击|进攻|包围)(?:这座?|该)?(?:城市|全城|城内|县城|城区)")


_STOPS = "。！？!?"
_STOP = re.compile(f"[{_STOPS}]")


def _period(text: str, d: Mention) -> tuple[int, int]:
    """The written sentence around a date, from stop to stop (。！？) across the line breaks of a printed
    page's layout; a date alone on its line after a title (电文 headings) reads with that title."""
    a = max(text.rfind(c, 0, d.start) for c in _STOPS) + 1
    m = _STOP.search(text, d.end)
    return a, m.end() if m else len(text)


# the days that passed before what the sentence tells (经过五昼夜激战, 历经三天的苦战): counted back from its date; a
# fight verb followed by its length (激战三昼夜, 血战五日) tells how long the fight went on from the date before it,
# which is its start, not its end
_DAYS_FOUGHT = re.compile(r"(?:经过|历经|经)([0-9一二两三四五六七八九十]{1,3})(?:昼夜|天|日|昼|晝夜)(?:的)?"
                          r"(?:激战|血战|苦战|鏖战|战斗|奋战)?")


# fighting told between the day a next day counts from and the next day: an action, or an ambush, a defence, a clash
# and what it cost (当日下午,该团伏击日军运输队…击毙日军40余人。次日…)
_FOUGHT = re.compile("|".join((_ACTION.pattern, *FIGHT_WORDS, "阻击", "截击", "狙击", "抗击", "反击", "夜袭", "交战", "接战",
                               "苦战", "鏖战", "击毁", "击伤", "击落", "击沉", "毙敌", "歼", "俘",
                               # an ambush laid (设伏, 埋伏) and the fight going on (战斗从早晨持续到黄昏): fighting told;
                               # not the fight told as over (某城的战斗已结束: a diary's day after it)
                               "设伏", "埋伏", "战斗(?![力员部单英序]|(?:已经?|早已|业已|均已|都已|就|便)?(?:结束|过去|停止|平息))")))


def _opening_day(text: str, d: Mention, account: list[tuple[int, int]]) -> DateValue:
    """The day an account starts on when its start is the date d. A next day (次日, 翌日) counts from the day written
    before it (its anchor, see mentions/dates.py): when the account tells fighting after the anchor and before the
    next day, in a sentence that tells no plan (3月5日…准备夜袭Y。当晚…进攻Y…激战两小时,次日返回), the account starts
    on the anchor, the fight being of that day; when it opens with the next day (6月10日,X团开赴Y待机。次日夜,该团
    突袭Y), the next day is its start."""
    at = d.value.get("anchor_at")
    if at is None:
        return d.value["date"]
    told = any(_FOUGHT.search(text, max(s, at), min(e, d.start)) and not _planned(text, s, e)
               for s, e in account if s < d.start and e > at)
    return d.value["anchor"] if told else d.value["date"]


def _fought_days(text: str, item: tuple[int, Mention]) -> tuple[DateValue, DateValue] | None:
    """One date, in a sentence that tells N days of fighting before the outcome (1933年7月12日,…经过五昼夜激战,
    收复了X): that day ends the battle, which began N days before (its month only: the text counts days)."""
    d = item[1]
    date = d.value["date"]
    m = _DAYS_FOUGHT.search(text, *_period(text, d))
    if m is None or date.precision != "day" or d.value.get("end"):
        return None
    n = int(m.group(1)) if m.group(1).isdigit() else cn_to_int(m.group(1).replace("两", "二"))
    if not n:
        return None
    if n == 1 and text[m.end(1):m.end(1) + 1] in "日天" and not m.group(0).startswith(("经过", "历经", "经")):
        return date, date  # 激战一日: a day's fighting, the day given (not the day after it)
    return DateValue(date.plus_days(-n).iso[:7]), date


# a day of the month the text does not give: "1937年10月的一天", "3月某日"
_VAGUE_DAY = re.compile(r"\s*(?:中|间)?的?(?:某一天|一天|某日|某天)")


def _written_day(text: str, first: Mention, dates: list[Mention]) -> Mention:
    """The first date, or when it is a month's vague day ("10月的一天,师长指着地图说…") the first day of that
    month the text writes later ("10月18日黎明前"): the vague day is the same or earlier, the written one is known."""
    if first.value["date"].precision != "month" or not _VAGUE_DAY.match(text, first.end):
        return first
    month = first.value["date"].iso
    return next((d for d in dates if d.value["date"].precision == "day" and d.value["date"].iso[:7] == month), first)


_PLAN_OF = re.compile(r"[^，,。；;]{0,10}?的(?:计划|企图|阴谋|图谋|意图)")


def _planned(text: str, s: int, e: int) -> bool:
    """The sentence tells a plan: a word of planning before its first action (决定于5月1日进攻), not one after
    it (5月1日,日军开始进攻,企图…: the attack began, the aim follows)."""
    plan = _PLAN.search(text, s, e)
    # an action word that heads a plan's noun (进攻企图, 进攻计划, 作战命令) or is the content of one (敌人围歼X的计划
    # 彻底扑空: a plan foiled) is no action told
    act = next((a for a in _ACTION.finditer(text, s, e) if not _PLAN.match(text, a.end())
                and not _PLAN_OF.match(text, a.end(), e)), None)
    return plan is not None and (act is None or plan.start() < act.start())


# a force only moving up (进至, 抵达, 开赴, 集结): the approach told before the clash, no fighting in it
_MARCH = re.compile(r"进至|进抵|抵达|到达|开赴|开进|进驻|移驻|集结|出发|转移")
_CLASHED = re.compile("|".join((*FIGHT_WORDS, "伏击", "阻击", "截击", "狙击", "突袭", "偷袭", "夜袭", "攻占", "攻克", "攻打",
                                "交战", "接战", "遭遇", "击毁", "击落", "击沉", "毙", "歼", "俘", "反击", "炮击", "轰击", "战斗",
                                "抵抗", "冲锋", "激战")))


_APPROACH_DAYS = 7  # a march dated more days before the clash is a fight of its own (3月进至X, 7月再犯X)


def _days_between(a: str, b: str) -> int:
    """Days from ISO date a to b (a month or a year counts from its first day)."""
    return (_first_day(b) - _first_day(a)).days


def _first_day(iso: str) -> datetime.date:
    """The first day of an ISO date of any precision (1941 → 1941-01-01, 1941-10 → 1941-10-01)."""
    return datetime.date(int(iso[:4]), int(iso[5:7]) if len(iso) >= 7 else 1, int(iso[8:10]) if len(iso) >= 10 else 1)


def _moved_only(text: str, sent: tuple[int, int]) -> bool:
    """The sentence tells a force moving up (see _MARCH) and no clash: the approach's day, not the fight's."""
    return _MARCH.search(text, *sent) is not None and _CLASHED.search(text, *sent) is None


def _prepares(text: str, sent: tuple[int, int]) -> bool:
    """The sentence tells a preparation first (fortifying, waiting for the attack): its action word comes after."""
    act = _ACTION.search(text, sent[0], sent[1])
    if act and _PREPARE.search(text, sent[0], act.start()):
        return True
    # 某营夜间出发,拂晓进抵X埋伏: the ambushers moving in to lie in wait; the ambush is fought the day the enemy's
    # column drives in (次日晨,敌车驶近X: the action of an ambush is the enemy's coming)
    return bool(act and act.group(0) in ("进至", "进抵") and _LIE_IN_WAIT.search(text, act.end(), sent[1])
                and not _STRUCK.search(text, sent[0], sent[1]))


_LIE_IN_WAIT = re.compile(r"埋伏|设伏|伏击阵地|待伏|隐蔽待机")
_STRUCK = re.compile(r"击毁|击毙|毙伤|毙敌|歼灭|打翻|炸毁|缴获|俘")


def _refines(month: Mention, day: Mention) -> bool:
    """The day falls in the month given just before it (a month heading over dated entries, 1938年5月 … 5月1日); a
    period of months (作战期间定为7-9月) is no heading: its first day of fighting does not narrow it."""
    m, d = month.value["date"], day.value["date"]
    return m.precision == "month" and not month.value.get("end") and d.precision == "day" and d.iso.startswith(m.iso)


def _without_earlier_years(info: BattleInfo | None, items: list[tuple[int, Mention]],
                           starts: list[int], text: str) -> list[tuple[int, Mention]]:
    """A battle named in the middle of a life or a unit's story (1937年10月组织游击队…1943年6月…参加X保卫战):
    the dates of the sentences before its name in years before the first date at or after it are the story's,
    not the battle's."""
    if info is None or info.first is None or info.heading:
        return items
    k0 = bisect_right(starts, info.first.start) - 1
    if info.first.value.get("coined") and k0 > 0 and any(k == k0 - 1 for k, _ in items) \
            and _SAME_DAY_OPEN.match(text, starts[k0]):
        k0 -= 1  # …日军侵入Y县。当日,某营奇袭X: the coined fight's sentence is dated by the day told right before
    after = [d for k, d in items if k >= k0]
    if not after or all(k >= k0 for k, _ in items):
        return items
    year = min(after, key=lambda d: d.start).value["date"].iso[:4]
    return [(k, d) for k, d in items if k >= k0 or d.value["date"].iso[:4] >= year]


# a sentence dated by reference to the day told before (当日, 是日, 当天, 同日) and telling the outcome (the town taken)
_SAME_DAY = re.compile(r"当日|是日|当天|同日|即日")
_SAME_DAY_OPEN = re.compile(rf"\s*(?:{_SAME_DAY.pattern})")  # a sentence that opens so: the day before is its own
# a sentence opened by a clock time (5时半,…; 凌晨3时许,…): the day last told goes on
_CLOCK_OPEN = re.compile(r"\s*(?:凌晨|拂晓|清晨|早晨|上午|中午|下午|傍晚|晚|夜|晨)?(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})[时点]"
                         r"(?:半|许|[0-9]{1,2}分|[一二三四五六七八九十]{1,3}分)?")
_TAKEN = re.compile(_END_CUE.pattern + r"|攻占|攻克|克复|收复|光复|解放")


def _same_day_outcomes(text: str, sents: list, labels: list, name: str,
                       items: list[tuple[int, Mention]]) -> list[Mention]:
    """The date of each undated sentence of the battle that tells its outcome on "the same day" (1月15日,…发动突袭。
    …我军于当日午完全攻占该城), or at a clock time right after a dated sentence (次日晨4时,… 5时半,…占领X): the
    date of the last dated sentence before it, in the same paragraph."""
    out = []
    dated = {k for k, d in items if not d.value.get("same_day")}  # 于当日傍晚攻克: the day again, no date of its own
    for k, lab in enumerate(labels):
        if lab != name or k in dated or not _TAKEN.search(text, *sents[k]):
            continue
        clock = not _SAME_DAY.search(text, *sents[k]) and _CLOCK_OPEN.match(text, sents[k][0]) is not None
        if not clock and not _SAME_DAY.search(text, *sents[k]):
            continue
        before = [(j, d) for j, d in items if j < k and (not clock or j >= k - 2)]
        if before:
            j, d = max(before, key=lambda x: x[1].start)
            if "\n" not in text[d.end:sents[k][0]]:
                out.append(d)
    return out


# the hours of one day (拂晓 … 上午10时 … 下午14时许 … 15时许): a fight told hour by hour
_HOUR = re.compile(r"拂晓|黎明|凌晨|清晨|早晨|上午|中午|正午|下午|午后|黄昏|傍晚|入夜"
                   r"|(?<![0-9])(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})[时点](?:许|左右|半|[0-9]{1,2}分)?(?![间候代期局势])")
_CLOCK = re.compile(r"(?<![0-9])(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})[时点](?![间候代期局势])")
# the account going on to another day, or a span of days (次日, 翌晨, 第二天, 连日, 三天三夜, 数日)
_ANOTHER_DAY = re.compile(r"次日|次晨|翌日|翌晨|第二天|第三天|隔日|连日|连续|多日|数日|几天|昼夜|天[一二两三四五六七八九十]夜"
                          r"|(?:[两二三四五六七八九十]|几|数)(?:天|日|夜)")
_MIN_HOURS = 3  # the hours of the day, one of them by the clock
# the fight's length in hours (战斗共5个小时, 激战六小时, 历时十几个钟头): under a day
# or one day or a part of it (激战一日, 战斗一上午, 激战半日, 血战终日): a gazetteer's or a chronicle's way to say so
_HOURS_LONG = re.compile(r"(?:战斗|激战|血战|苦战|鏖战|交战|战)(?:共|历时|持续|进行了?|了)?(?:(?:[0-9]{1,2}|[一二两三四五六七八九十]{1,3})"
                         r"个?多?(?:小时|钟头)|[一半]整?(?:日|天|上午|下午)(?![一二两三四五六七八九十]?夜)|终日)")


def _told_in_one_day(text: str, name: str, account: list[tuple[int, int]], items: list[tuple[int, Mention]],
                     day: DateValue) -> bool:
    """A fight (no campaign) whose one dated day the account follows hour by hour (16日拂晓…遭到突袭。战至上午10时…
    下午14时许…于15时许…阵亡), or whose length it gives in hours (战斗共6个小时), going on to no other day: it
    ended the day it began."""
    if name.endswith(CAMPAIGN_WORDS) or any(d.value["date"] != day or d.value.get("end") for _, d in items):
        return False
    told = "".join(text[s:e] for s, e in account)
    if _HOURS_LONG.search(told) and not _ANOTHER_DAY.search(told):
        return True
    at = told.find(text[items[0][1].start:items[0][1].end])
    rest = told[max(at, 0):]
    hours = [m.group(0) for m in _HOUR.finditer(rest)]
    return len(set(hours)) >= _MIN_HOURS and any(_CLOCK.match(h) for h in hours) and not _ANOTHER_DAY.search(rest)


# the fighting going on to a time of the same day (战至当日深夜, 战斗从早晨持续到黄昏, 一直打到天黑): it ended that day;
# not 战至天明/拂晓 (across the night into the next day); "same" (当日, 当晚) named: said even of a 大战
_TO_DAYS_END = re.compile(r"(?:战|打|持续|进行|坚持|相持|厮杀|拼杀)[^，,。；;！？]{0,4}?(?:至|到)(?P<same>当日|当天|当晚|是日|是晚|这天|这一天)?"
                          r"的?(?:深夜|午夜|半夜|黄昏|傍晚|天黑|日落|晚上|夜里|夜间|入夜|下午|中午|午后)")


# a fight's name, then the time the whole of it took place in (X战斗是1943年在甲地展开的, X之战发生于1940年5月, X战役
#爆发在…): the period holds its start and its end
_WHOLE_DATED = re.compile(r"(?:战斗|战役|作战|斗争|之战|之役)?[”」』\"]?\s*(?:是|系|乃)?(?:(?:发生|爆发|进行|展开|打响)(?:在|于)|(?<=[是系乃])(?:在|于)?)\s*")


def _dated_whole(a: Analysis, name: str, b: Battle) -> bool:
    """The text says when the fight as a whole took place, its name the subject (see _WHOLE_DATED), and that date
    is its start (no range): it ended within that period too."""
    if b.start is None or b.end is not None:
        return False
    text = a.text
    for d in a.dates:
        if d.value["date"] != b.start or d.value.get("end"):
            continue
        at = text.rfind(name, max(0, d.start - len(name) - 12), d.start)
        if at >= 0 and (m := _WHOLE_DATED.fullmatch(text, at + len(name), d.start)) is not None and m.group().strip():
            return True
    return False


def _ended_that_day(a: Analysis, name: str, b: Battle, told_in: list[int], per: list[tuple[int, Mention]]) -> bool:
    """A fight dated by one day whose sentence of that day (one the fight is told in, or one naming its place) says the
    fighting went on to a time of that day (see _TO_DAYS_END), and whose account goes on to no other day: it ended the
    day it began (是日,某队在X设伏,战斗从早晨持续到黄昏)."""
    if b.start is None or b.end is not None or b.start.precision != "day":
        return False
    if any(d.value["date"].iso > b.start.iso or d.value.get("end") for _, d in per):
        return False
    text, sents = a.text, a.sentences
    starts = [s for s, _ in sents]
    places = _places_named(name)
    mine = set(told_in)
    for d in a.dates:
        if d.value["date"] != b.start or d.value.get("end"):
            continue
        k = bisect_right(starts, d.start) - 1
        if k < 0 or d.start >= sents[k][1]:
            continue
        s, e = sents[k]
        if k not in mine and not any(p in text[s:e] for p in places):
            continue
        m = _TO_DAYS_END.search(text, d.end, e)
        if m is None or (name.endswith(CAMPAIGN_WORDS) and not m.group("same")) or _ANOTHER_DAY.search(text, d.end, e):
            continue
        if not any(_ANOTHER_DAY.search(text, *sents[j]) for j in told_in if j > k):
            return True
    return False


# a chronicle's entry: its date opening the line, a space after it (1943.5.9 某团袭击X)
_ENTRY_LINE = re.compile(r"[ \t\u3000]*")
_ENTRY_SPACE = re.compile(r"[ \t\u3000]")


def _one_date_told(text: str, name: str, account: list[tuple[int, int]], items: list[tuple[int, Mention]],
                   start: DateValue) -> bool:
    """A fight of hours or days (X战斗, Y伏击战) the text names, whose account gives one date, its start (a day or a
    month), and no other day (次日, 连日, 三天三夜): it ended within that date, the text telling it as one event. (A
    chronicle's entry is left without an end: its line dates an event, not its length.)"""
    if start.precision not in ("day", "month") or _SHORT_FIGHT.search(name) is None \
            or any(d.value["date"] != start or d.value.get("end") or _ENTRY_LINE.fullmatch(
                text, text.rfind("\n", 0, d.start) + 1, d.start) and _ENTRY_SPACE.match(text, d.end) for _, d in items):
        return False
    return not any(_ANOTHER_DAY.search(text, s, e) for s, e in account)


# a fight's length in minutes or hours, wherever the account gives it (仅用40分钟, 前后不到两个小时, 激战5小时)
_UNDER_A_DAY = re.compile(r"(?<![0-9])(?:[0-9]{1,3}|[一二两三四五六七八九十百]{1,4})[多余]?个?(?:分钟|小时|钟头)")


def _told_in_one_month(text: str, name: str, account: list[tuple[int, int]], items: list[tuple[int, Mention]],
                       month: DateValue) -> bool:
    """A fight (no campaign) dated by one month only (1941年3月, 3月中旬) whose account gives its length in minutes
    or hours (仅用40分钟, 激战5小时): it ended within that month, whatever days the story counts (次日凌晨)."""
    if name.endswith(CAMPAIGN_WORDS) or any(d.value["date"].iso[:7] != month.iso[:7] or d.value.get("end")
                                            for _, d in items):
        return False
    return any(_UNDER_A_DAY.search(text, s, e) for s, e in account)


def _joined_next(records: dict[int, list[Mention]], pos: int, sent_of) -> str | None:
    """The battle a unit joined in a career's sentence whose names each follow their own verb (facts._joined_each):
    the first name after the unit in its sentence; None in any other record (参加了A、B和C: all of them)."""
    k = sent_of(pos)
    for members in records.values():
        if members and members[0].value.get("joined") and sent_of(members[0].start) == k:
            after = [m for m in sorted(members, key=lambda m: m.start) if m.start > pos]
            return after[0].value["name"] if after else None
    return None


def _dates(a: Analysis, by_name: dict[str, Battle], records: dict[int, set[str]]) -> None:
    """start/end of each battle from its own sentences: a 时间: line or a range right after the heading
    first; else the first paragraph-opening dated sentence and the date of the closing sentence (or the
    latest date)."""
    text, sents = a.text, a.sentences
    per: dict[str, list[tuple[int, Mention]]] = {}
    starts = [s for s, _ in sents]
    glued, named_dates = _dated_names(a, by_name)
    local = {n: i.part_of for n, i in a.infos.items() if i.first is not None and i.first.value.get("local")}
    looked_back = {m.start for m in a.battles if m.value.get("name") and m.value.get("past")}
    owner = {n: b.name for b in by_name.values() for n in b.alt_labels}

    def name_of(m: Mention) -> str | None:
        n = m.value.get("name")
        return None if not n or m.value.get("past") else n if n in by_name else owner.get(n)

    owned, cut = clause_owners(text, sents, a.dates, a.battles, name_of)
    for d in a.dates:
        i = bisect_right(starts, d.start) - 1
        if i < 0 or d.start >= sents[i][1] or (_SEVERAL.search(text, *sents[i])
                                               and not _ONE_OF_SEVERAL.search(text, *sents[i])):
            continue
        lab = a.labels[i]
        mine = owned.get(d.start)
        if mine is not None and mine != lab:  # 1938年参加A战役,1939年又参加B会战: 1939 is B's, not the sentence's A
            if mine in a.labels:
                per.setdefault(mine, []).append((i, d))
            else:
                named_dates.setdefault(mine, d)
            if any(name_of(m) == lab for m in a.battles if sents[i][0] <= m.start < sents[i][1]):
                continue
        if cut.get(d.start) == lab:
            continue  # 1933年…参加A抗战,1937年…又在Y抗击日军: the later clause tells another event, no end of A
        if looked_back and any(e in looked_back and _DATES_LOOK_BACK.fullmatch(text, d.end, e)
                               for e in range(d.end, min(d.end + 4, len(text)))):
            continue  # 1938年5月,徐州会战结束后,…: the date of the battle looked back on, not of the one told
        if lab in records.get(i, ()) and d.start not in glued and owned.get(d.start) != lab:
            continue  # 1939年至1942年,先后进行了第一次、第二次、第三次X会战: the record's span dates none of its battles
        if lab in by_name and glued.get(d.start, lab) in (lab, local.get(lab)):  # 1938年的「X会战」 dates X, not the
            per.setdefault(lab, []).append((i, d))  # sentence's battle; but the local action told in X, in that year
            for mate in a.shared.get(i, ()):  # 1940年春先后袭击了甲、乙: the date of each fight the clause lists
                if mate in by_name and d.start not in glued:
                    per.setdefault(mate, []).append((i, d))
    told = _sentences_told(a.labels)
    other = other_event_dates(text, sents, a.dates, a.battles)  # 1939年1月,大队整编为某团: that event's date, no fight's
    runs = {name: d for name in by_name if (d := _date_into_run(a, name, told.get(name, []))) is not None
            and d.start not in other}
    for name, d in runs.items():  # 1931年,日军发动九一八事变,…,1937年发动全面侵华,先后在上海发起进攻。…在上海奋起反击:
        # the clause from the later date runs up to the battle told next; it dates that battle, not the sentence's own
        for lab in [lab for lab in per if lab != name]:
            per[lab] = [x for x in per[lab] if x[1] is not d]
            if not per[lab]:
                del per[lab]
    _battle_dates(a, by_name, per, named_dates, told, other)
    _carried_years(a, by_name, per, other)
    for name, d in named_dates.items():  # a battle none of whose sentences dates it: the date before its name
        b = by_name[name]
        if b.start is None:
            b.start, b.end = d.value["date"], d.value.get("end")
        elif _named_day_inside(b, d):  # 某日在X之役 …, X这场战斗属Y攻势,自某日至某日: the day written with the
            b.start, b.end = d.value["date"], d.value.get("end")  # name is the fight's, the longer span a whole's
    for name, b in by_name.items():  # 1937年发动全面侵华,先后在X发起进攻。…在X奋起反击…X会战: the run up to it
        if b.start is None and name in runs:
            b.start = runs[name].value["date"]
    for name, b in by_name.items():  # 也是在这个月,X战役打响。Y率部血战Z: the month the sentence before opened with
        if b.start is None and (d := _deictic_month_before(a, name, told.get(name, []))) is not None:
            b.start = d.value["date"]
    for name, b in by_name.items():  # 是年九月,进发X接战。Y、Z诱歼几尽: a fight told in turn, in the time of the one before
        if b.start is None and (d := _date_told_before(a, name, told.get(name, []))) is not None:
            b.start = d.value["date"]
    for name, b in by_name.items():  # 七月八日 / 今晨…袭占X: a diary's entry heading dates the fight told in it
        if b.start is None and (d := _entry_date(a, name)) is not None:
            b.start = d.value["date"]
    for name, b in by_name.items():  # 10月17日,某团包围X据点。…确保X战斗胜利: the day the fight's place was attacked
        if b.start is None and (d := _date_of_action_at(a, name)) is not None:
            b.start = d.value["date"]
    for name, b in by_name.items():  # a part none of whose sentences dates it (a local action, a depot held inside its campaign):
        whole = by_name.get(local.get(name) or b.part_of or "")  # what its campaign's dates say of it
        if whole is not None and b.start is None and b.end is None:
            w = _within(whole.start, whole.end)
            if w is None:  # no month or year the campaign's dates share: the date it is said to be raging at
                b.start = d.value["date"] if (d := _under_way(a, whole.name)) is not None else None
            else:
                b.start = None if _dated_otherwise(a, name, w) else w
    for name, b in by_name.items():  # 它的结束标志着Y会战的结束: the whole ended the day its last part did
        info = a.infos.get(name)
        whole = by_name.get(b.part_of or "") if info is not None and info.ends_whole else None
        if whole is not None and whole.end is None and (b.end or b.start) is not None:
            last = b.end or b.start
            if whole.start is None or whole.start.iso <= last.iso:
                whole.end = last
    for name, b in by_name.items():  # a whole none of whose sentences dates it (X是Y大战中的一场战斗, X dated): the
        parts = [p.start for p in by_name.values() if p.part_of == name and p.start is not None]  # year of its
        if b.start is None and b.end is None and parts:  # first dated part: the campaign was under way then
            b.start = DateValue(min(d.iso for d in parts)[:4])
    for name, b in by_name.items():  # 是日…设伏,战斗从早晨持续到黄昏: the fight ended the day it began
        if _ended_that_day(a, name, b, told.get(name, []), per.get(name, [])) or _dated_whole(a, name, b):
            b.end = b.start  # X战斗是1943年在甲地展开的: it ended in that year too
    issued = _issue_month(a)  # a wartime commentary or news item on the fighting of these days: its month
    for b in by_name.values():
        if issued is not None and b.start is None and b.end is None:
            b.start = issued
    for b in by_name.values():  # 1931年,“九一八”事变爆发: the day its name gives, in the year the text gives
        if (day := _day_of_name(b)) is not None and b.start is not None and b.end is None \
                and b.start.precision != "day" and (b.start.precision == "year" or int(b.start.iso[5:7]) == day[0]):
            b.start = DateValue(f"{b.start.iso[:4]}-{day[0]:02d}-{day[1]:02d}")


# words that move the time told on past a dated step (毕业后, 此后, 后来, 次年, 多年): what follows is of a later time
_LATER_ON = re.compile(r"以后|之后|此后|其后|后来|[业年]后|次年|翌年|多年|几年|数年|后(?:又|在|任|到|调|转)")


def _carried_years(a: Analysis, by_name: dict[str, Battle], per: dict[str, list[tuple[int, Mention]]],
                   other: dict[int, bool]) -> None:
    """The year a founding or a life's step gives carries over to the fight told after it (1944年10月,某大队在某镇成立。
    …某镇战斗是大队的第一仗): its date dates no fight (other_events), but a fight first named in a later sentence of the
    paragraph, none of whose own dates comes after it, took place in that year or later, not in a year written
    before it (1937年以后,日军多次进犯…)."""
    if not any(other.values()):
        return
    text, sents = a.text, a.sentences
    starts = [s for s, _ in sents]
    carriers = [d for d in a.dates if other.get(d.start)]
    for name, b in by_name.items():
        info = a.infos.get(name)
        if info is None or info.first is None:
            continue
        k = bisect_right(starts, info.first.start) - 1
        if k < 0:
            continue
        par = text.rfind("\n", 0, sents[k][0])
        before = [d for d in carriers if par < d.start < sents[k][0]]
        if not before:
            continue
        c = before[-1]
        if any(c.start < d.start < info.first.start for d in a.dates):
            continue  # 1939年任师长…1942年3月,率师开赴X…后攻克Y: a later date is told between, the year is not carried
        if _LATER_ON.search(text, c.end, info.first.start):
            continue  # 1940年考入军校…;毕业后…参加X保卫战: the time told moved on past that year
        year = c.value["date"].iso[:4]
        own = [d for _, d in per.get(name, []) if d.start > c.start and d.start not in other]
        if own or (b.start is not None and b.start.iso[:4] >= year):
            continue
        b.start = DateValue(year)
        if b.end is not None and b.end.iso[:4] < year:
            b.end = None


def _date_of_action_at(a: Analysis, name: str) -> Mention | None:
    """A fight named after its place (X战斗, X伏击战) that none of its sentences dates: the date of a dated sentence
    that tells fighting, no plan of it, and names that place (10月17日,某团包围X据点。…以确保X战斗胜利), the last
    one up to the sentence that names the fight, else the first after it: the fight's action is told where its
    place is."""
    info = a.infos.get(name)
    places = _places_named(name)
    if not places or info is None or info.first is None:
        return None
    text, sents = a.text, a.sentences
    starts = [s for s, _ in sents]
    k0 = bisect_right(starts, info.first.start) - 1
    found: dict[int, Mention] = {}
    for d in a.dates:
        k = bisect_right(starts, d.start) - 1
        if k < 0 or k in found or d.start >= sents[k][1]:
            continue
        s, e = sents[k]
        told = text[s:e].replace(name, "")
        if any(p in told for p in places) and _fights_told(text, s, e) and not _planned(text, s, e) \
                and not _date_of_telling(text, d):
            found[k] = d
    before = [k for k in found if k <= k0]
    after = [k for k in found if k > k0]
    return found[max(before)] if before else found[min(after)] if after else None


# an incident named by its day (九一八事变, 七·七事变, 8.13事件): the name is the date
_DAY_NAMED = re.compile(r"(?P<digits>[〇零一二三四五六七八九0-9][·・.．]?[〇零一二三四五六七八九0-9]{1,2}"
                        r"(?:[·・.．]?[〇零一二三四五六七八九0-9])?)(?:事变|事件)")


def _day_of_name(b: Battle) -> tuple[int, int] | None:
    """(month, day) of a battle named by its day (九一八事变 → 9/18), when the name reads as one day only (一二八
    may be 1/28 or 12/8: none), else None."""
    m = _DAY_NAMED.fullmatch(b.name)
    days = name_days(m.group("digits")) if m else set()
    return next(iter(days)) if len(days) == 1 else None


def _dated_otherwise(a: Analysis, name: str, within: DateValue) -> bool:
    """The sentence that first names the battle holds a date outside what its whole's dates say of it (5月初,我营在
    X战斗中… inside a whole of 6月12日): the text gave it a time of its own, which that month would contradict."""
    info = a.infos.get(name)
    if info is None or info.first is None:
        return False
    s, e = next(((s, e) for s, e in a.sentences if s <= info.first.start < e), (info.first.start, info.first.end))
    return any(s <= d.start < e and not (d.value["date"].iso.startswith(within.iso)
                                         or within.iso.startswith(d.value["date"].iso)) for d in a.dates)


# a campaign said to be raging at a date (1940年5月,X会战激战正酣): the moment the text's fight inside it is told at
_UNDER_WAY = re.compile(r"(?:激战|鏖战|战事|战斗)?(?:正酣|犹酣|正激|正烈|正紧|正在进行|进行中|进入白热化|如火如荼"
                        r"|进入[^，,。；;]{0,4}阶段)")


def _under_way(a: Analysis, campaign: str) -> Mention | None:
    """The date right before a naming of the campaign followed by words of its fighting going on (X年Y月初,Z会战激战
    正酣): the time a local action told inside it happened at, when no sentence of its own dates it."""
    i = a.text.find(campaign)  # the naming followed by those words first (rare): a look past every date only then
    while i != -1 and not _UNDER_WAY.match(a.text, i + len(campaign)):
        i = a.text.find(campaign, i + 1)
    if i == -1:
        return None
    for d in a.dates:
        at = d.end + len(_DATES_LOOK_BACK.match(a.text, d.end).group(0))
        if a.text.startswith(campaign, at) and _UNDER_WAY.match(a.text, at + len(campaign)) \
                and not d.value.get("end"):
            return d
    return None


def _sentences_told(labels: list[str | None]) -> dict[str, list[int]]:
    """Each battle's sentences (the indices labelled with its name, ascending), in one pass over the labels: the
    per-battle helpers of _dates each scanned all labels for their battle (battles × sentences)."""
    told: dict[str, list[int]] = {}
    for k, lab in enumerate(labels):
        if lab is not None:
            told.setdefault(lab, []).append(k)
    return told


def _date_into_run(a: Analysis, name: str, ks: list[int]) -> Mention | None:
    """The date that opens the last clause of the sentence right before a battle's first sentence when that clause
    runs on to a place of the battle and no battle is named from the date on (1937年发动全面侵华,先后在上海发起进攻。
    70万军队在上海奋起反击…3个月X会战): the campaign the text then names begins there. None for a battle any sentence
    of which dates it, or when the sentence before names a battle after the date (its own fight's date). ks: the
    battle's sentences (_sentences_told)."""
    if not ks or ks[0] == 0 or a.labels[ks[0] - 1] == name:
        return None
    s, e = a.sentences[ks[0] - 1]
    before = [d for d in a.dates if s <= d.start < e and not d.value.get("year_inherited")]
    if not before:
        return None
    d = before[-1]
    if any(d.end <= m.start < e for m in a.battles) or _CLAUSE_STOP.search(a.text, d.end, e):
        return None
    # a place of the clause that a sentence of the battle names too (the clause's names first: they are few, the
    # document's places many, so the battle's sentences are searched only for those names)
    ahead = {m.value.get("name", m.text) for m in a.places if d.end <= m.start < e}
    spans = [a.sentences[k] for k in ks]
    return d if ahead and any(m.value.get("name", m.text) in ahead and any(x <= m.start < y for x, y in spans)
                              for m in a.places) else None


# a month named by pointing back (同月, 这个月): the month of the sentence it opens, and of the story told on
_DEICTIC_MONTH = re.compile(r"(?:也是|就是|正是|还是)?(?:在|于)?(?:同月|这个月|这一个?月|当月|是月|本月|该月)")
# what opens a sentence that leaves that month (此前, 早在, 次年): its fight is of another time
_TIME_SHIFT = re.compile(r"[\s,，]*(?:此前|之前|先前|早在|早些时候|此后|其后|后来|日后|战后|事后|次年|翌年|第二年|多年|当年|这年|那年|前一年)")


def _deictic_month_before(a: Analysis, name: str, ks: list[int]) -> Mention | None:
    """The month the sentence right before a battle's first sentence opens with when it points back to a month
    (也是在这个月,台儿庄战役打响。): the next sentence of the paragraph, opening with no date or time word of its own,
    goes on telling that month (某某率部血战某城). None when any sentence of the battle has a date. ks: the battle's
    sentences (_sentences_told)."""
    if not ks or ks[0] == 0:
        return None
    s, e = a.sentences[ks[0] - 1]
    s1, e1 = a.sentences[ks[0]]
    if "\n" in a.text[e:s1] or _TIME_SHIFT.match(a.text, s1) \
            or any(a.sentences[k][0] <= d.start < a.sentences[k][1] for d in a.dates for k in ks):
        return None
    for d in a.dates:
        if s <= d.start < e:
            lead = len(a.text[s:d.start]) - len(a.text[s:d.start].lstrip(" \t　\n"))
            opens = _DEICTIC_MONTH.fullmatch(a.text, s + lead, d.end) is not None
            return d if opens and d.value["date"].precision == "month" else None
    return None


def _date_told_before(a: Analysis, name: str, ks: list[int]) -> Mention | None:
    """The date of the fights told before an undated fight of a chronicle of fights (fights.place_fights: 是年九月,
    进发X接战。Y诱歼几尽,复于Z,阻敌…): the account goes on in time, so the fight took place in the time of the last
    date written before it in its paragraph. None for a fight not so told, or when a line break comes between."""
    first = a.infos.get(name).first if name in a.infos else None
    if not ks or first is None or not first.value.get("in_turn"):
        return None
    s = a.sentences[ks[0]][0]
    before = [d for d in a.dates if d.end <= s]
    if not before or "\n" in a.text[before[-1].start:s]:
        return None
    return before[-1]


def _entry_date(a: Analysis, name: str) -> Mention | None:
    """The heading date of the diary's or log's entry an undated fight is first told in: the last date before it that
    stands alone on its line (七月八日 / “七七”纪念), in a text with two such entries at least, and no other date between
    them: the entry tells what happened on its day. None for a text of no entries."""
    first = a.infos.get(name).first if name in a.infos else None
    if first is None:
        return None
    heads = [d for d in a.dates if d.value["date"].precision == "day" and not d.value.get("end")
             and heads_its_line(a.text, d)]
    if len(heads) < 2:
        return None
    before = [d for d in heads if d.end <= first.start]
    if not before:
        return None
    head = before[-1]
    if any(head.end <= d.start < first.start and d.value["date"] != head.value["date"] for d in a.dates):
        return None
    return head


# what closes the date's clause run: the end of a clause that is no list (the date then dates that clause only)
_CLAUSE_STOP = re.compile(r"[;；]")


def _within(start: DateValue | None, end: DateValue | None) -> DateValue | None:
    """What a campaign's dates say of the date of any fight inside it: the month (or the year) its start and its end
    share (1940年8月20日至31日 → 1940-08; 1938年5月至7月 → 1938), the year of a campaign dated by its year alone
    (1937), None when they share no year or it has no end and a finer start (it may have run on for months)."""
    if start is None:
        return None
    if end is None:
        return DateValue(start.iso) if start.precision == "year" else None
    a, b = start.iso, end.iso
    for n in (7, 4):
        if len(a) >= n and len(b) >= n and a[:n] == b[:n]:
            return DateValue(a[:n])
    return None


_INNER_QUOTES = re.compile(r"[“”「」\"]")
# between a date and a battle looked back on (1938年5月,徐州会战结束后): a comma at most
_DATES_LOOK_BACK = re.compile(r"[,，]?\s*[「“\"]?")
# what stands between a date and the battle name it dates: 1938年的「X会战」, 1940年百团大战
# (…日在某县某镇抗日之役, 某日于X之战: the day, then where, then the battle's name — the date of the battle at that
# place, as an inscription or a roll of honour words it)
_BEFORE_NAME = re.compile(r"的?\s*[「“\"『《]?|[在于][\u4e00-\u9fff]{1,6}")


def _named_day_inside(b: Battle, d: Mention) -> bool:
    """The day written right before the battle's name (d, a full date) falls inside the span the battle was given
    from other sentences, after its first day: that span is a longer one (the campaign the fight belongs to), the
    written day is the fight's own."""
    day = d.value["date"]
    return day.precision == "day" and b.start is not None and b.end is not None and d.value.get("end") is None \
        and b.start.iso < day.iso <= b.end.iso


def _dated_names(a: Analysis, by_name: dict[str, Battle]) -> tuple[dict[int, str], dict[str, Mention]]:
    """The dates written right before a battle's name (1937年的「A会战」), as {date start: battle}, and the date of
    each battle so dated, {battle: date}; in a list the date carries to the names after it until the next one
    (1937年的「A会战」和「B会战」、1938年的「C会战」: A and B in 1937)."""
    owner = {n: b.name for b in by_name.values() for n in b.alt_labels}
    ends = {d.end: d for d in a.dates}
    glued: dict[int, str] = {}
    dated: dict[str, Mention] = {}
    carried: dict[int, Mention] = {}
    for m in sorted(a.battles, key=lambda x: x.start):
        name = m.value.get("name")
        name = name if name in by_name else owner.get(name or "")
        if name is None or m.value.get("past"):
            continue
        d = next((ends[e] for e in range(m.start, max(0, m.start - 8), -1)
                  if e in ends and _BEFORE_NAME.fullmatch(a.text, e, m.start)), None)
        if d is not None:
            glued[d.start] = name
        lid = m.value.get("list")
        if lid is not None:
            d = carried[lid] = d or carried.get(lid)
        if d is not None:
            dated.setdefault(name, d)
    return glued, dated


# a step of a career: an appointment or a promotion (1940年6月12日任暂编第三军军长。12月5日晋任少将)
# (时任X旅长 is the post a man held on the day told, no step of his career: 1943年10月24日,时任旅长的X率部…)
_CAREER = re.compile(r"(?:晋任|晋升为?|升任|调任|改任|转任|出任|接任|兼任|任命为|(?<![主担责时])任)[^,，。;；]{0,16}?"
                     r"(?:军长|师长|旅长|团长|司令官?|主席|委员|参谋长|联队长|少将|中将|上将|大将|大佐)")


# joining an army (1931年他加入国民革命军第29军, 1930年参加红军的时候, 1937年参军): a man's enlistment, no fight
_ENLISTED = re.compile(r"(?:加入|参加|投奔|投身|考入)了?[^,，。;；]{0,12}?(?:军(?![事区民队官长团部])|部队|游击队|军校)"
                       r"(?![^,，。;；]{0,4}(?:作战|战斗|会战|战役|进攻))|入伍|参军|从军")


# a civilian's post (1936年在某某医院工作, 1940年起在X中学任教): a witness's or a narrator's job, no fight
_CIVIL_POST = re.compile(r"在[^,，。;；]{1,12}?(?:医院|学校|大学|中学|小学|学院|教会|报社|银行|公司|工厂|使馆|领事馆)"
                         r"(?:工作|任教|执教|行医|就职|供职|任职|服务)")


_ENLISTMENT = re.compile(r"入伍|参军|从军")


def _outside_enlistments(text: str, sentences: list[tuple[int, int]], labels: list[str | None],
                         battles: list[Mention]) -> list[str | None]:
    """The labels without the sentences that tell a man's enlistment and no fight (1940年他随兄长入伍,在X将军领导的
    Y军区Z团): a veteran's portrait or a life names the unit he joined and its leader as his career, not as a force
    of the battle told around it. Only a sentence whose battle other sentences tell too (its account stays)."""
    named = sorted(m.start for m in battles if m.value.get("name"))
    out = list(labels)
    for k, (s, e) in enumerate(sentences):
        lab = labels[k]
        if lab is None or not _ENLISTMENT.search(text, s, e) or _FOUGHT.search(text, s, e) \
                or bisect_right(named, e - 1) > bisect_right(named, s - 1) or labels.count(lab) < 2:
            continue
        out[k] = None
    return out


def _career_step(a: Analysis, s: int, e: int, battle_starts: list[int] | None = None) -> bool:
    """The sentence tells a step of a career and no fight (no battle named, no action): its date is the
    appointment's, the promotion's, the enlistment's or a civilian post's, no battle's; or a unit's posting or
    founding (某支队调来X加强防御, 乃成立X指挥部) and no fighting but as the time of it (在敌进攻时).
    battle_starts: the starts of a.battles, ascending, to look them up by position."""
    def named(lo: int, hi: int) -> bool:  # a battle mention starts in [lo, hi)
        if battle_starts is None:
            return any(lo <= m.start < hi for m in a.battles)
        return bisect_left(battle_starts, hi) > bisect_left(battle_starts, lo)
    if named(s, e):
        return False
    if (_CAREER.search(a.text, s, e) is not None or _ENLISTED.search(a.text, s, e) is not None
            or _CIVIL_POST.search(a.text, s, e) is not None) and not _ACTION.search(a.text, s, e):
        return True
    # the sentence on to its stop, across a printed page's line breaks (…迄某年春,战区依情况 | 判断…乃成立X)
    stop = _STOP.search(a.text, max(s, e - 1))
    e0 = stop.end() if stop else len(a.text)
    if named(e, e0):
        return False
    return _POSTED.search(a.text, s, e0) is not None and not _fights_told(a.text, s, e0)


# a unit's posting or founding: moved to a post (奉调, 调来X加强防御, 移防), formed or reorganised (成立X指挥部, 组建X
# 支队, 改编为X团): where and since when a force stood, before the fight told after it
_POSTED = re.compile(r"奉调|调往|调至|调到|调来|调入|调回|移防|移驻|换防|(?:成立|组建|创建|改编为|整编为|扩编为)[^,，。;；]{0,16}?"
                     r"(?:部|队|团|师|旅|军|营|连)")
# a clause that gives the time of what the sentence tells (在日军进攻时, 敌进犯之际): its fighting is not told
_AS_TIME = re.compile(r"\s*(?:时|之时|的时候|之际)")


def _fights_told(text: str, s: int, e: int) -> bool:
    """The sentence tells fighting (an action or a fight word) other than as the time of what it tells."""
    return any(not _AS_TIME.match(text, m.end()) for m in _FOUGHT.finditer(text, s, e))


# a fight of hours or days (X战斗, Y伏击战, Z突围战): no campaign, no siege or defence of a town that may last months
_SHORT_FIGHT = re.compile(r"(?:战斗|伏击战?|遭遇战|袭击战|奇袭战?|突围战?|阻击战|歼灭战|反击战|突袭战?)$")


def _places_named(name: str) -> list[str]:
    """The places a fight of hours or days is named after (甲村战斗, 甲村与乙镇战斗); none for any other name."""
    short = _SHORT_FIGHT.search(name)
    return [p for p in re.split(r"[、和与及]", name[:short.start()]) if len(p) >= 2] if short else []


def _without_setting(text: str, sents: list, name: str, items: list[tuple[int, Mention]],
                     battles: list[Mention]) -> list[tuple[int, Mention]]:
    """The items but the dates of the setting a fight happened in: a period (a range: 3月30日至同年9月,日伪军推行X运动;
    民国X年至Y年间,某城是战区的重心) told in a sentence that does not name the fight and tells no fighting, with a
    later date of the account after it; and for a fight of hours or days, a month opening its account (1937年10月,日军
    占领A后继续南犯…) that a day of a later month of the account follows (11月22日,…): the lead-up, the fight is told
    from that day, when that month's sentence does not name the fight's place (the fight's own month else)."""
    if name.endswith(CAMPAIGN_WORDS) or len(items) < 2:
        return items
    last = max(d.start for _, d in items)

    def names_fight(k: int, after: int) -> bool:
        return any(after <= m.start < sents[k][1] and m.value.get("name") == name for m in battles)

    out = [(k, d) for k, d in items
           if not (d.value.get("end") and d.start < last and not names_fight(k, sents[k][0])
                   and not _fights_told(text, *sents[k]))]
    if not out:
        return items
    places = _places_named(name)
    if places:
        # each month so, not only the account's opening one: a report that opens with the fight's day and goes back
        # to the season's sweep (X日,某村村民抗击日军… / 同年9月,日军调集重兵扫荡山区…) tells its lead-up after it
        lead_up = []
        for k, month in out:
            v = month.value["date"]
            if v.precision != "month" or month.value.get("end"):
                continue
            later_day = [d for _, d in out if d.start > month.start and d.value["date"].precision == "day"
                         and d.value["date"].iso[:4] == v.iso[:4] and d.value["date"].iso[:7] > v.iso[:7]]
            # past the opening, only a month the account goes back to (a later day told before it): a chronicle's
            # months that follow one another in time are its entries, no lead-up
            back = month is min(out, key=lambda kd: kd[1].start)[1] or any(
                d.start < month.start and d.value["date"].iso[:7] > v.iso[:7] for _, d in out)
            told = text[sents[k][0]:sents[k][1]].replace(name, "")  # a title glued to it names nothing
            if back and later_day and not names_fight(k, month.end) and not any(p in told for p in places):
                lead_up.append(month)
        if lead_up and len(lead_up) < len(out):
            out = [(k, d) for k, d in out if all(d is not m for m in lead_up)]
    return out


def _without_epilogue(text: str, sents: list[tuple[int, int]], starts: list[int],
                      items: list[tuple[int, Mention]], finer: list[Mention]) -> list[Mention]:
    """The finer dates but those of an epilogue: when the account opens with a year alone (一九三七年,中日军队正在
    上海交锋), a month or day of a later year in a sentence that tells no action (一九四一年四月,指挥官遭刺杀) is what
    became of the men afterwards, no date of the fight; the opening year dates it then."""
    opening = min(items, key=lambda kd: kd[1].start)[1]
    if opening.value["date"].precision != "year" or opening.value.get("year_inherited"):
        return finer
    year = opening.value["date"].iso[:4]
    return [d for d in finer if d.value["date"].iso[:4] <= year or _SET_FOR.search(text, max(0, d.start - 6), d.start)
            or _ACTION.search(text, *sents[bisect_right(starts, d.start) - 1])]


# the time chosen for the attack (时间选定在1939年农历腊月三十夜, 日期定于次年二月三日): the fight's day, no epilogue
_SET_FOR = re.compile(r"(?:选定|选在|定在|定于|定为|选择在|约定在?)\s*$")


# the writing of a poem, letter or report (作于1942年6月, 写于…) and the day news of the fight reached someone
# (1942年6月,X在延安得知…): dates of the telling, after the fight
_WRITTEN_ON = re.compile(r"(?:作|写|写成|创作|成稿|撰)于$|写[^,，。;；]{0,4}?是在$")  # 上一次写日记是在上星期二
_WRITTEN_AFTER = re.compile(r"(?:所|时)?(?:写的|写成的?|写下的?|记下的?)")  # 最后的日记是在上星期五写的
_NEWS_AFTER = re.compile(r"[^。;；!！?？]{0,12}?(?:得知|获悉|惊悉|闻悉|惊闻|闻讯|听到消息|接到噩耗|噩耗传来)")
# the news acted on at once (闻讯后,即派兵于X阻击; 获悉敌情,立即率部…): the day of the news is the day of the action
_AT_ONCE = re.compile(r"(?:之?后)?[,，]?\s*(?:即|立即|随即|当即|立刻|马上|迅即|旋即|连夜)")


# the issue of a newspaper or a journal a text quotes or reprints (《某某日报》1938年3月2日号载, 刊于1939年5月的《某某》,
# 《某某周刊》1940年第3期, 《某某报》1941.2.10第1版): the day it was printed, after the fight it reports
_ISSUE_BEFORE = re.compile(r"(?:》|(?:刊|载|登|发表|刊载|登载)(?:于|在))\s*$")
_ISSUE_AFTER = re.compile(r"(?<=[日月])号|\s*(?:的?第\s*[0-9一二三四五六七八九十]{1,3}\s*[版期]|[0-9]{1,2}版|[出再]版|刊[出登载]|登载|发表|[所]?载"
                          r"|(?:才|就|便)?(?:开始)?(?:报道|报导))")  # 报纸在28日开始报导: the day the papers told it


# a memorial ceremony held on the day (12月13日,X死难者公祭仪式在X举行; 每年9月18日举行纪念活动): the day remembered,
# in a later year, no date of the fight even where it is the same day of the month
_CEREMONY_AFTER = re.compile(r"[^。;；!！?？\n]{0,30}?(?:公祭|祭奠|追悼|悼念|纪念)[^。;；!！?？\n]{0,12}?"
                             r"(?:仪式|大会|活动|典礼)[^。;；!！?？\n]{0,12}?(?:举行|举办|召开)")
# a diary's or a letter's heading date, alone on its line, over an entry that says the fight is over (1938年4月9日 /
# X的战斗已经结束…): the day it was written, after the fight it tells
_ENTRY_OVER = re.compile(r"[ \t\u3000]*\n\s*[^。;；!！?？\n]{0,12}?(?:战斗|战事|激战|会战|战役)(?:已经?|早已)(?:结束|告终|平息)")


# the words of a report on the fighting of these days (最近一周, 近日, 日来, 昨): the text was written while it went on
_RECENT = re.compile(r"最近|近日|近来|日来|连日|这几天|本周|本月|(?<![一二三四五六七八九十])昨[日天晚夜]?(?![天]?[的是])")


def _issue_month(a: Analysis) -> DateValue | None:
    """The month a wartime text was printed (its issue date: 某年某月某日出版, 刊于某日) when the text reports the
    fighting as recent (最近一周, 近日, 昨) and dates nothing else: the battles it tells were fought in that month.
    None otherwise (a later text looking back dates its battles itself)."""
    issues = [d for d in a.dates if d.value["date"].precision == "day" and not d.value.get("end")
              and (_ISSUE_AFTER.match(a.text, d.end) or _ISSUE_BEFORE.search(a.text, max(0, d.start - 4), d.start))]
    if len(issues) != 1 or len(a.dates) != 1 or not _RECENT.search(a.text):
        return None
    day = issues[0].value["date"]
    return DateValue(day.iso[:7]) if 1931 <= int(day.iso[:4]) <= 1945 else None


# a news dateline (中新网7月16日电, 新华社北京9月3日电): the day the report was filed, long after the fight
_AGENCY_BEFORE = re.compile(r"[ \t\u3000【\[]*[\u4e00-\u9fff]{0,6}(?:社|网|台|报)[\u4e00-\u9fff]{0,10}?\s*")
_FILED = re.compile(r"\s*电(?=[\s（(【\[:：,，]|$)")


def _date_of_telling(text: str, d: Mention) -> bool:
    """The date is when the text (or a witness) was written or heard the news, no date of the fight: a poem's
    or letter's 作于/写于 DATE, or DATE, X (在某地)得知 …; memorials, annotated poems and letters give these; the
    issue of a periodical the text quotes or reprints (《某报》DATE号载, 刊于DATE, 《X报》DATE第N版) the day it was printed,
    a dispatch's dateline (【…二十六日电】) the day it was filed, a memorial ceremony's day (DATE,…公祭仪式在X举行), a
    diary entry's heading date over "X的战斗已经结束" the day it was written, a letter's title date (某某致妻书(DATE))
    the day it was written."""
    return _WRITTEN_ON.search(text, max(0, d.start - 8), d.start) is not None \
        or _WRITTEN_AFTER.match(text, d.end) is not None \
        or ((news := _NEWS_AFTER.match(text, d.end)) is not None and not _AT_ONCE.match(text, news.end())) \
        or _ISSUE_BEFORE.search(text, max(0, d.start - 4), d.start) is not None \
        or _ISSUE_AFTER.match(text, d.end) is not None \
        or (d.value["date"].precision == "day" and DISPATCH_DAY.match(text, d.end) is not None) \
        or _CEREMONY_AFTER.match(text, d.end) is not None \
        or (text[text.rfind("\n", 0, d.start) + 1:d.start].strip() == "" and _ENTRY_OVER.match(text, d.end) is not None) \
        or ((at := letter_date(text)) is not None and at[0] <= d.start and d.end <= at[1]) \
        or (_FILED.match(text, d.end) is not None
            and _AGENCY_BEFORE.fullmatch(text, text.rfind("\n", 0, d.start) + 1, d.start) is not None)


def _ends_before(end: str, day: str) -> bool:
    """An ISO date (or month, year) ends before another at the precision both have (1939-05 before 1939-09)."""
    n = min(len(end), len(day))
    return end[:n] < day[:n]


def _battle_dates(a: Analysis, by_name: dict[str, Battle], per: dict[str, list[tuple[int, Mention]]],
                  named_dates: dict[str, Mention], told_in: dict[str, list[int]], other: dict[int, bool]) -> None:
    """start/end of each battle from the dates of its own sentences (see _dates); of years alone, the one written
    before its name (1937年抗战爆发后,他参加了1938年的X战役: 1938). told_in: each battle's sentences (_sentences_told);
    other: the starts of the dates of clauses that tell another event than fighting (other_events), no fight's."""
    text, sents = a.text, a.sentences
    starts = [s for s, _ in sents]
    career: dict[int, bool] = {}  # sentence → _career_step: each sentence's dates come up for every battle
    battle_starts = sorted(m.start for m in a.battles)
    for name, items in per.items():
        b = by_name[name]
        info = a.infos.get(name)
        account = [sents[k] for k in told_in.get(name, [])]  # the sentences that tell it
        items = _about_place(text, info, items)
        items = _from_place_again(text, info, items, sents)
        items = _without_earlier_years(info, items, starts, text)
        for k, _ in items:
            if k not in career:
                career[k] = _career_step(a, *sents[k], battle_starts)
        kept = [(k, d) for k, d in items if not career[k] and not _date_of_telling(text, d)]
        items = [(k, d) for k, d in kept if d.start not in other]
        if not items:  # only a founding's or a life step's date among its sentences: the fight is of that year at most
            # (1937年8月,在某协会成立大会上…: the month is the meeting's; its year is the time the account is in)
            k0, d0 = next(((k, d) for k, d in kept if other.get(d.start)), (None, None))
            if d0 is not None and not (info is not None and info.first is not None and d0.end <= info.first.start
                                       and _LATER_ON.search(text, d0.end, info.first.start)):  # 毕业后…参加X战
                items = [(k0, replace(d0, value={**d0.value, "date": DateValue(d0.value["date"].iso[:4]), "end": None}))]
        if not items:
            continue  # a career's dates only: the text does not date the battle
        items = _without_setting(text, sents, name, items, a.battles)
        first_k = min(told_in.get(name) or [k for k, _ in items])  # a listed fight's: its clause's sentence
        section_start = sents[first_k][0]
        timeline = [d for k, d in items if _TIME_LINE.match(text, text.rfind("\n", 0, d.start) + 1)]
        if info is not None and info.heading and info.first is not None and not timeline:
            line_end = text.find("\n", info.first.end)
            lead = lead_in(name, len(text) if line_end < 0 else line_end, sents, [k for k, _ in items],
                           a.places, a.units, a.persons)
            if lead:  # 南口抗战 opened by 7月7日 卢沟桥 and 7月28日 北平: a lead-in, not the battle's dates
                items = [(k, d) for k, d in items if k not in lead]
        ranges = [d for k, d in items if d.value.get("end") and (k <= first_k + 2 or (
            d.start - section_start < 600 and not d.value.get("year_inherited")))]
        lead = min(items, key=lambda kd: kd[1].start)[1] if items else None
        if lead is not None and not lead.value.get("end"):  # X战斗: 1939年9月…; 1939年3月至5月,日军扫荡…: a flashback
            ranges = [d for d in ranges if not _ends_before(d.value["end"].iso, lead.value["date"].iso)]
        headed = _heading_date(text, info, items)
        if headed is not None and headed.value.get("end"):
            b.start, b.end = headed.value["date"], headed.value["end"]
            continue
        if headed is not None:  # the heading dates the battle: the causes told before it do not
            b.start = headed.value["date"]
            ranges = []
        if all(_ENDED.search(text, sents[k][0], sents[k][1]) for k, _ in items):
            # every date is in a sentence that says the battle ended (【X结束】 [date] of a chronicle): an end only
            b.end = max((d.value.get("end") or d.value["date"] for _, d in items), key=lambda v: v.iso)
            continue
        if timeline and timeline[0].value.get("end"):
            b.start, b.end = timeline[0].value["date"], timeline[0].value["end"]
            continue
        span = None if timeline else _named_span(text, sents, name, items)
        if span:
            b.start, b.end = span
            continue
        own = named_dates.get(name)
        if own is not None and not own.value.get("end") and any(d is own for _, d in items):
            ranges = [d for d in ranges if d.value["date"].iso.startswith(own.value["date"].iso)]
            # 在1944年6月的X战役中: the date given the name dates the battle; a span told of the campaign's setting that
            # opens before it (1943年到1944年期间,日军…) does not (1944年的X战役(6月至8月) still does)
        if ranges and not timeline:
            b.start = min((d.value["date"] for d in ranges), key=lambda v: v.iso)
            b.end = max((d.value["end"] for d in ranges), key=lambda v: v.iso)
            continue
        if timeline:
            b.start = _opening_day(text, timeline[0], account)
        explicit = [(k, d) for k, d in items if not d.value.get("year_inherited")]
        opened = [d for k, d in items if _OPENED.match(text, d.end, sents[k][1])]
        if b.start is None and opened:  # 同年9月,著名的“X会战”打响: the date the text gives for the opening
            b.start = _opening_day(text, opened[0], account)
        if b.start is None:
            acts = [d for k, d in items if d.value["date"].precision != "year"
                    and _ACTION.search(text, sents[k][0], sents[k][1]) and not _planned(text, *sents[k])]
            fights = [d for d in acts if not _prepares(text, sents[bisect_right(starts, d.start) - 1])]
            acts = fights or acts  # 敌…抵达X,赶筑工事,以待…进攻: the defender's preparation, before the attack
            clashes = [d for d in acts if not _moved_only(text, sents[bisect_right(starts, d.start) - 1])]
            if clashes and len(clashes) < len(acts) and _days_between(
                    min(d.value["date"].iso for d in acts), min(d.value["date"].iso for d in clashes)) <= _APPROACH_DAYS:
                acts = clashes  # 11日进至X一带。14日,在Y附近以伏击战消灭日军: the march's day is no fight's
            if not acts:  # no dated action: the date the plan set for the attack, not the date of the plan
                acts = [d for k, d in items if d.value["date"].precision != "year"
                        and _PLAN.search(text, sents[k][0], d.start) and _PLANNED_ACT.match(text, d.end)]
            days = [d for d in acts if d.value["date"].precision == "day"] or acts
            finer = [d for k, d in items if d.value["date"].precision != "year"]
            every = finer
            told = [d for k, d in items if d.value["date"].precision != "year" and not _PLAN.search(text, sents[k][0], sents[k][1])]
            finer = told or finer  # 7月9日制定了…计划, 作战期间定为8-10月: the period, not the day of the plan
            finer = _without_epilogue(text, sents, starts, items, finer)
            if days:
                pick = min(days, key=lambda d: d.value["date"].iso)
            elif finer:
                pick = _written_day(text, finer[0], finer)
                # 1938年5月 heading a diary, 5月1日 its entry; 11月上旬,日军多次扫荡…。11月8日凌晨,得到报告,敌…正准备
                # 返回: the story comes down from the period to its day, whatever the day's sentence tells (a report,
                # the enemy's intent): the day that narrows the period told just before it is the day of the story
                nxt = next((d for d in every if d.start > pick.start), None)
                if pick is finer[0] and nxt is not None and _refines(pick, nxt):
                    pick = nxt
            else:
                own = named_dates.get(name)
                pick = own if own is not None and any(d is own for _, d in items) else \
                    explicit[0][1] if explicit else items[0][1]
            b.start = _opening_day(text, pick, account)
        spans = [_fought_days(text, it) for it in items] if len({d.value["date"] for _, d in items}) == 1 else []
        if any(spans):  # one day given, and the days of fighting before it
            b.start, b.end = next(x for x in spans if x)
            continue
        later = [d for k, d in items if d.value["date"].iso >= b.start.iso]
        # the cue after the date: 10月21日,广州失守 (我军…占领X阵地,11月9日敌军进攻: the defender's position taken up
        # before the date, no outcome)
        closing = [d for k, d in items if _END_CUE.search(text, d.start, sents[k][1]) and d.value["date"].iso >= b.start.iso]
        closing += [d for d in _same_day_outcomes(text, sents, a.labels, name, items) if d.value["date"].iso >= b.start.iso]
        pool = closing or later
        if pool:
            last = max(pool, key=lambda d: (d.value.get("end") or d.value["date"]).iso)
            end: DateValue = last.value.get("end") or last.value["date"]
            if end.iso > b.start.iso:
                b.end = end
        if b.end is None and b.start is not None and b.start.precision == "day" \
                and _told_in_one_day(text, name, account, items, b.start):
            b.end = b.start
        if b.end is None and b.start is not None and b.start.precision == "month" \
                and _told_in_one_month(text, name, account, items, b.start):
            b.end = b.start
        if b.end is None and b.start is not None and _one_date_told(text, name, account, items, b.start):
            b.end = b.start
