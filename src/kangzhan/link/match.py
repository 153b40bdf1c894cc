"""Score Wikidata candidates for one kangzhan entity and decide: sameAs, closeMatch, or no link.

Labels alone never decide. A candidate must have a compatible type (battle / human / military
unit / place); battles must agree in time (the 1911 Battle of Changsha is years away from any
battle of 1931–1945); places must not lie in a country outside the theatre of the war (江陵 is not
Gangneung, 津市 is not Tsu); people and units must not belong to the other side, must have lived or
existed during the war, and a unit is sameAs only when its side agrees (第6师团 names divisions of
several armies and eras). Two candidates
that score about the same make the entity ambiguous: no link, a line in the report.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable
from datetime import date

from kangzhan.link.model import Decision, Entity, Evidence, Item
from kangzhan.link.names import battle_core, norm

SAME_AS = 0.8  # at or above: owl:sameAs (only for items whose identifier a source confirms)
CLOSE_MATCH = 0.55  # at or above: skos:closeMatch
MARGIN = 0.1  # a rival this close to the best makes the entity ambiguous
LABEL, ALIAS, CORE = 0.7, 0.6, 0.45
NEAR_DAYS, FAR_DAYS = 183, 730
# The period kangzhan covers (抗日战争, 1931–1945): the implicit time of an entity without dates.
PROJECT_ERA = (date(1931, 9, 18), date(1945, 9, 9))
# Countries where the war was fought, by their English names (Wikidata descriptions and labels).
THEATRE = ("china", "hong kong", "taiwan", "myanmar", "burma", "india", "vietnam", "mongolia", "manchukuo")
ELSEWHERE = ("korea", "japan", "united states", "united kingdom", "france", "germany", "russia", "italy",
             "australia", "canada", "philippines", "thailand", "indonesia", "malaysia", "singapore")
SIDES = {"China": ("china", "chinese", "taiwan"), "Japan": ("japan",)}
ZH_LANGS = ("zh", "zh-hans", "zh-hant", "zh-cn", "zh-tw", "zh-hk", "ja")


def _parse(d: str, last: bool) -> date | None:
    try:
        parts = [int(p) for p in d.lstrip("-").split("T")[0].split("-")[:3]]
    except ValueError:
        return None
    if not parts or not 1 <= parts[0] <= 9999:
        return None
    y = parts[0]
    m = parts[1] if len(parts) > 1 else (12 if last else 1)
    try:
        day = parts[2] if len(parts) > 2 else (calendar.monthrange(y, m)[1] if last else 1)
        return date(y, m, day)
    except (ValueError, calendar.IllegalMonthError):
        return None


def interval(start: str | None, end: str | None) -> tuple[date, date] | None:
    """The days a (start, end) pair at any precision can cover; None when nothing is known."""
    lo = _parse(start, False) if start else (_parse(end, False) if end else None)
    hi = _parse(end, True) if end else (_parse(start, True) if start else None)
    if lo is None or hi is None:
        return None
    return (lo, hi) if lo <= hi else (hi, lo)


def gap_days(a: tuple[date, date], b: tuple[date, date]) -> int:
    """0 when the intervals overlap, else the days between them."""
    return max(0, (b[0] - a[1]).days, (a[0] - b[1]).days)


def _labels(item: Item, zh: bool) -> Iterable[tuple[str, float, str]]:
    for src, weight, kind in ((item.labels, LABEL, "label"), (item.aliases, ALIAS, "alias")):
        for lang, texts in src.items():
            if (lang in ZH_LANGS) == zh:
                for t in texts:
                    yield lang, weight, t + "\x00" + kind


def label_match(entity: Entity, item: Item) -> tuple[float, tuple[str, ...]]:
    """Best label agreement and which labels agreed, e.g. ('zh 南京保卫战 = label',)."""
    best, matched = 0.0, []
    for texts, own in ((entity.labels, LABEL), (entity.alt_labels, ALIAS)):
        for text, lang in texts:
            zh = lang.split("-")[0] in ("zh", "ja") or not lang
            n = norm(text, "zh" if zh else "en")
            if not n:
                continue
            for ilang, weight, tagged in _labels(item, zh):
                itext, kind = tagged.split("\x00")
                m = norm(itext, ilang)
                score = 0.0
                if m == n:
                    score = min(weight, own)
                elif zh and entity.kind == "battle" and item.kind == "battle":
                    cn, cm = battle_core(n) or n, battle_core(m) or m
                    if cn == cm and len(cn) >= 2 and (cn != n or cm != m):
                        score, kind = CORE, "core " + cn
                if score:
                    matched.append((score, f"{ilang} {itext} = {kind}" + ("" if m == n else f" (ours: {text})")))
                    best = max(best, score)
    top = tuple(dict.fromkeys(t for s, t in sorted(matched, key=lambda x: -x[0]) if s == best))
    return best, top


def _dates(entity: Entity, item: Item, eras: dict[str, tuple[date, date]]) -> tuple[float, str, str]:
    """(score, reading, rejection reason or '') for a battle."""
    ours = interval(entity.start, entity.end)
    theirs = interval(item.start, item.end)
    era = eras.get(item.part_of or "")
    if ours and theirs:
        g = gap_days(ours, theirs)
        if g == 0:
            return 0.25, "overlap", ""
        if g <= NEAR_DAYS:
            return 0.15, f"near ({g} days apart)", ""
        if g <= FAR_DAYS:
            return 0.0, f"far ({g} days apart)", ""
        return 0.0, "disjoint", f"dates {item.start or ''}–{item.end or ''} are {g // 365} years from ours"
    if ours and era:
        g = gap_days(ours, era)
        return (0.1, "era (within the war it is part of)", "") if g == 0 else (
            (0.0, "far from the war it is part of", "") if g <= FAR_DAYS else
            (0.0, "disjoint", "our dates are outside the war the item is part of"))
    if theirs:
        g = gap_days(PROJECT_ERA, theirs)
        if g == 0:
            return 0.1, "era (item dated within 1931–1945)", ""
        if g <= FAR_DAYS:
            return 0.0, "far (item dated just outside 1931–1945)", ""
        return 0.0, "disjoint", f"item dated {item.start or item.end}, outside the War of Resistance"
    if era and gap_days(PROJECT_ERA, era) == 0:
        return 0.1, "era (item part of the war)", ""
    return 0.0, "unknown", ""


def _words(item: Item) -> str:
    return f"{item.country or ''} | {item.description}".casefold()


def _place_context(item: Item) -> tuple[float, str, str]:
    country = (item.country or "").casefold()
    text = _words(item)
    in_theatre = any(w in text for w in THEATRE)
    if country and not any(w in country for w in THEATRE):
        return 0.0, f"country {item.country}", f"in {item.country}, outside the theatre of the war"
    if not in_theatre and any(w in text for w in ELSEWHERE):
        return 0.0, "foreign", f"described as '{item.description}', outside the theatre of the war"
    score, notes = 0.1, []
    if in_theatre:
        score, notes = 0.2, [f"country/description: {item.country or item.description}"]
    if item.coords:
        lat, lon = item.coords
        if 8 <= lat <= 54 and 73 <= lon <= 135:
            score += 0.05
            notes.append(f"coordinates {lat:.3f},{lon:.3f} in the theatre")
        else:
            return 0.0, "coordinates", f"coordinates {lat:.3f},{lon:.3f} outside the theatre of the war"
    return score, "; ".join(notes) or "country unknown", ""


def _side_of(item: Item) -> str | None:
    """China / Japan when the item's country or description (for a unit also its English name, such
    as 'Imperial Japanese Army') names one side and not the other; None otherwise."""
    text = _words(item)
    if item.kind == "military unit":
        text += " | " + " ".join(item.labels.get("en", ())).casefold()
    sides = {s for s, words in SIDES.items() if any(w in text for w in words)}
    return next(iter(sides)) if len(sides) == 1 else None


def _open_interval(start: str | None, end: str | None) -> tuple[date, date] | None:
    """A life or an existence: from birth/inception to death/dissolution, open where unknown."""
    lo = _parse(start, False) if start else None
    hi = _parse(end, True) if end else None
    if lo is None and hi is None:
        return None
    return (lo or date.min, hi or date.max)


def _actor_context(entity: Entity, item: Item, eras: dict[str, tuple[date, date]]
                   ) -> tuple[float, str, str, str, str]:
    """(score, dates reading, context, side reading, rejection reason) for a person or a unit.

    Side: the item must not belong to the other side (+0.15 when it names ours). Time: the person
    must have lived, the unit existed, during the War of Resistance — or the item took part in a
    battle of it (+0.1); a life or an existence wholly outside it rejects the candidate."""
    theirs = _side_of(item)
    if entity.side and theirs and theirs != entity.side:
        return 0.0, "n/a", f"side {theirs}", "conflict", f"the item belongs to {theirs}, ours to {entity.side}"
    side = "agrees" if entity.side and theirs == entity.side else "unknown"
    score = 0.15 if side == "agrees" else 0.0
    notes = [f"side {entity.side} agrees" if side == "agrees" else "side unknown"]
    life = _open_interval(item.start, item.end)
    took_part = eras.get(item.part_of or "")
    if life and gap_days(PROJECT_ERA, life) > 0:
        what = "lived" if item.kind == "human" else "existed"
        return 0.0, "disjoint", "; ".join(notes), side, f"{what} {item.start or '?'}–{item.end or '?'}, outside the War of Resistance"
    if life:
        score, dates = score + 0.1, f"overlap ({item.start or '?'}–{item.end or '?'} covers part of 1931–1945)"
    elif took_part and gap_days(PROJECT_ERA, took_part) == 0:
        score, dates = score + 0.1, f"era (took part in {item.part_of}, of 1931–1945)"
    else:
        dates = "unknown"
    if item.description:
        notes.append(item.description)
    return score, dates, "; ".join(notes), side, ""


def score_candidate(entity: Entity, item: Item, eras: dict) -> tuple[Evidence | None, str]:
    """Evidence for one candidate, or None and the reason it was rejected."""
    lscore, matched = label_match(entity, item)
    if not lscore:
        return None, ""
    if item.kind != entity.kind:
        return None, f"{item.qid} is a {item.kind}, not a {entity.kind}"
    if entity.kind == "battle":
        cscore, dates, reason = _dates(entity, item, eras)
        context = f"part of {item.part_of}" if item.part_of else ""
    elif entity.kind == "place":
        cscore, context, reason = _place_context(item)
        dates = "n/a"
    else:
        cscore, dates, context, side, reason = _actor_context(entity, item, eras)
    if reason:
        return None, f"{item.qid}: {reason}"
    score = round(lscore + cscore, 3)
    if entity.kind in ("human", "military unit"):
        return Evidence(matched, lscore, True, dates, context, score, side), ""
    return Evidence(matched, lscore, True, dates, context, score), ""


def eras_of(items: Iterable[Item]) -> dict[str, tuple[date, date]]:
    """The periods of dated items (wars), so 'part of the war' can be checked against dates."""
    out = {}
    for it in items:
        iv = interval(it.start, it.end)
        if iv:
            out[it.qid] = iv
    return out


def decide(entity: Entity, candidates: Iterable[Item], eras: dict | None = None) -> Decision:
    eras = eras or {}
    best_by_qid: dict[str, tuple[Item, Evidence]] = {}
    rejected: list[str] = []
    for item in candidates:
        ev, why = score_candidate(entity, item, eras)
        if ev is None:
            if why:
                rejected.append(why)
            continue
        if item.qid not in best_by_qid or ev.score > best_by_qid[item.qid][1].score:
            best_by_qid[item.qid] = (item, ev)
    ranked = sorted(best_by_qid.values(), key=lambda p: (-p[1].score, int(p[0].qid[1:])))
    note = "; ".join(dict.fromkeys(rejected))
    if not ranked:
        return Decision(entity, "none", note=note or "no candidate with a matching label")
    (item, ev), rest = ranked[0], tuple(ranked[1:])
    if ev.score < CLOSE_MATCH:
        return Decision(entity, "weak", item, ev, rest, note=note or "score below the closeMatch threshold")
    rivals = tuple(r for r in rest if r[1].score >= CLOSE_MATCH and ev.score - r[1].score < MARGIN)
    if rivals:
        names = ", ".join(f"{i.qid} ({e.score})" for i, e in ((item, ev), *rivals))
        return Decision(entity, "ambiguous", item, ev, rivals, note=f"candidates score alike: {names}")
    if entity.kind == "military unit" and ev.side != "agrees" and ev.score >= SAME_AS:
        # 第6师团 names a Japanese division of 1937 and divisions of other armies and eras alike
        note = "; ".join(x for x in (note, "a unit is only sameAs when its side agrees") if x)
        return Decision(entity, "plausible", item, ev, rest, note=note)
    if ev.score >= SAME_AS and item.confidence == "confirmed":
        return Decision(entity, "confident", item, ev, rest, note=note)
    if ev.score >= SAME_AS:
        note = "; ".join(x for x in (note, f"identifier only {item.confidence} in its source") if x)
    return Decision(entity, "plausible", item, ev, rest, note=note)
