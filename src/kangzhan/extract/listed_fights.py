"""Fights one clause lists (先后袭击了甲镇、乙村、丙庄; 三打甲镇、二打乙村): each listed site is a fight of its own, and
the clause's actor units, its leader (in the clause, or in the sentence just before that brings the actor on) and its
date are all of theirs, not only the first's. The sentence keeps one label (the first fight's); the others are its
sentence's mates (Analysis.shared), which take its units, persons and dates but not its figures (a clause's total
is no one fight's)."""

from __future__ import annotations

import re

from kangzhan.extract.mentions.base import Mention, sentence_index

# what may stand between two listed sites: a list mark or conjunction, and the next counted blow or attack verb of
# the series (三打甲、二打乙; 攻克甲,又克乙 is no list: a comma ends the object)
_LIST_GAP = re.compile(r"(?:[、和及与]|以及)?(?:[一二三四五六七八九十两]打|[攻袭]打)?")
# a sentence that brings the actor on: someone leads or commands a force (X率领Y, 由X指挥Y)
_LEADS = re.compile(r"率领|率部|率|带领|指挥|领导")


def listed_mates(text: str, sentences: list[tuple[int, int]], labels: list[str | None], battles: list[Mention],
                 unit_spans: list[tuple[int, int, str]], known: set[str],
                 places: list[Mention]) -> dict[int, list[str]]:
    """Sentence index → the other fights its clause lists with the fight the sentence is labelled with (coined fights
    at sites, whose sites stand in one list). The sentence before such a sentence, in its paragraph, that brings on
    (X率领Y) a unit the listing sentence names again and tells no fight of its own is relabelled the first fight's and
    shares the others too. labels is changed in place. unit_spans: (start, end, key) of the text's units; known:
    the battles kept."""
    sent_of = sentence_index(sentences)
    place_at = {(q.start, q.end): q for q in places}
    at: dict[int, list[tuple[int, int, str]]] = {}
    for m in battles:
        site = m.value.get("site") or place_at.get((m.start, m.end))
        name = m.value.get("name")
        if site is None or not name or not (m.value.get("coined") or m.value.get("implied")):
            continue
        k = sent_of(site.start)
        if k is not None and name in known:
            at.setdefault(k, []).append((site.start, site.end, name))
    out: dict[int, list[str]] = {}
    for k, sites in at.items():
        sites = sorted(set(sites))
        groups: list[list[tuple[int, int, str]]] = [[sites[0]]]
        for prev, cur in zip(sites, sites[1:], strict=False):
            if prev[1] <= cur[0] and _LIST_GAP.fullmatch(text, prev[1], cur[0]):
                groups[-1].append(cur)
            else:
                groups.append([cur])
        for g in groups:
            names = list(dict.fromkeys(n for _s, _e, n in g))
            if len(names) < 2 or labels[k] not in names:
                continue
            first = labels[k]
            mates = [n for n in names if n != first]
            out.setdefault(k, []).extend(n for n in mates if n not in out[k])
            j = k - 1
            if j < 0 or "\n" in text[sentences[j][1]:sentences[k][0]] or labels[j] in names:
                continue
            s, e = sentences[j]
            if not _LEADS.search(text, s, e) or j in at:
                continue
            keys_here = {key for a, _b, key in unit_spans if s <= a < e}
            ks, ke = sentences[k]
            if keys_here & {key for a, _b, key in unit_spans if ks <= a < ke}:
                labels[j] = first
                out.setdefault(j, []).extend(n for n in mates if n not in out[j])
    return out


def listed_sites(text: str, sentences: list[tuple[int, int]], labels: list[str | None], battles: list[Mention],
                 places: list[Mention], known: set[str]) -> list[Mention]:
    """The fights at the places listed right after the site of a fight coined at its place, as one verb's object
    (先后袭击了甲镇、乙村、丙庄等地的据点: 乙村 and 丙庄 are fights too), each coined after its place (乙村战斗) with its
    site; the sentence stays the first fight's (listed_mates shares it). Only a fight the text never names has its
    list read so: a named campaign's sentence that moves through towns (先后攻占甲、乙) stays that campaign's."""
    from kangzhan.extract.fights import listed_after  # fights imports much; only here is it needed

    sent_of = sentence_index(sentences)
    place_at = {(q.start, q.end): q for q in places}
    out: list[Mention] = []
    taken = set(known)
    for m in battles:
        name = m.value.get("name")
        if not name or name not in known or not (m.value.get("coined") or m.value.get("implied")):
            continue
        site = m.value.get("site") or place_at.get((m.start, m.end))
        if site is None or name != site.value.get("name", site.text) + "战斗":
            continue
        k = sent_of(site.start)
        if k is None or labels[k] != name:
            continue
        for q in listed_after(text, [site], places):
            if q.start >= sentences[k][1]:
                break
            coined = q.value.get("name", q.text) + "战斗"
            if coined in taken:
                continue
            taken.add(coined)
            out.append(Mention("battle", q.start, q.end, q.text, {
                "name": coined, "coined": True, "implied": True, "alts": [q.value.get("name", q.text) + "之战"],
                "in_turn": True, "site": q}))
    return out
