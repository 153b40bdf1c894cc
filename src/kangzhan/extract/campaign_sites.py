"""A fight at one place told inside a campaign's account by its result: a part of the campaign.

A summary of a campaign (a revision sheet's item, an encyclopedia's paragraph) often tells its decisive fight in one
clause: where it was fought and what it cost the enemy ("X会战:…。某将领指挥中国军队,在Y消灭日军1万余人。"). The
place of that clause is no theatre of the whole: a kill tallied at one place is a fight of its own, which histories
name after the place (Y战役, Y战斗, Y之战), fought within the campaign. So: in a sentence the segmenter gave to a
campaign (a name ending in 会战, 战役, 大战, 作战), a clause 在 + place (+ 附近/一带) + a verb of killing or
destroying + a count of the enemy coins the place's fight (Y战斗, coined, with Y之战 and Y战役 as its other names), a
part of the campaign. The sentence becomes the part's (its tally, its place); the campaign keeps it too for its
leader, units and date (the commander named for the campaign leads its part: listed_mates' shared sentences).
Not coined: a place the campaign is named after or that a battle of the text is named after (the campaign's own city,
a fight already named), a province, a region or a country (a theatre, no site), a tally of the text's own side.
"""

from __future__ import annotations

import re

from kangzhan.extract.mentions.base import Mention, sentence_index

_CAMPAIGN_ENDS = ("会战", "战役", "大战", "作战")
# the killing verbs of a tally the clause gives (消灭, 歼灭, 毙伤, 击毙 …): the figure's mention opens on its cue
_KILLING = re.compile(r"(?:一举)?(?:全歼|歼灭|歼|消灭|毙伤|击毙|毙|杀伤|重创)")
# between the place and the verb: where about it (附近, 一带, 地区) and an adverb of the blow (一举, 共, 先后)
_PLACE_TO_VERB = re.compile(r"(?:附近|一带|地区|周围|城下|城郊)?(?:一举|共|先后|又|还)?")
_NO_SITE_KINDS = ("province", "region", "country", "continent", "ocean", "sea")


def campaign_site_fights(text: str, sentences: list[tuple[int, int]], labels: list[str | None],
                         battles: list[Mention], places: list[Mention], figures: list[Mention],
                         known: set[str]) -> tuple[list[Mention], dict[int, str]]:
    """The fights coined at the places of tallies told in campaigns' sentences (see the module), as battle mentions
    (value: name, coined, implied, alts, site, part_of), and {sentence: the campaign} of each relabelled sentence;
    ``labels`` is updated in place."""
    if "在" not in text:
        return [], {}
    sent_of = sentence_index(sentences)
    place_end = {q.end: q for q in places}
    named = [m.value["name"] for m in battles if m.value.get("name")]
    place_names = {q.value.get("name", q.text) for q in places}
    out: list[Mention] = []
    kept: dict[int, str] = {}
    taken = set(known)
    for f in figures:
        v = f.value
        if v.get("kind") != "casualties" or v.get("side") != "JP" or not _KILLING.match(text, f.start):
            continue
        k = sent_of(f.start)
        if k is None or k in kept:
            continue
        campaign = labels[k]
        if not campaign or not campaign.endswith(_CAMPAIGN_ENDS):
            continue
        site = _site_before(text, f.start, place_end, sentences[k][0])
        if site is None:
            continue
        name = site.value.get("name", site.text)
        if any(name in n or site.text in n for n in named) or site.value.get("kind") in _NO_SITE_KINDS:
            continue  # the campaign's own city (X会战 at X), a fight the text names: no new fight
        if _abbreviated_site(campaign, name, place_names):
            continue  # 甲乙会战 and 在甲县歼敌…: a city the campaign's abbreviated name stands for is its own
        coined = name + "战斗"
        if coined in taken:
            continue
        taken.add(coined)
        out.append(Mention("battle", site.start, site.end, site.text, {
            "name": coined, "coined": True, "implied": True, "alts": [name + "之战", name + "战役"],
            "site": site, "part_of": campaign}))
        labels[k] = coined
        kept[k] = campaign
    return out, kept


def _site_before(text: str, at: int, place_end: dict[int, Mention], s0: int) -> Mention | None:
    """The place of 在 + place (+ 附近 …) that ends right before the verb at ``at``, in the same clause."""
    for e in range(at, max(s0, at - 6) - 1, -1):
        q = place_end.get(e)
        if q is None:
            continue
        if _PLACE_TO_VERB.fullmatch(text, e, at) and text[q.start - 1:q.start] == "在":
            return q
        return None
    return None


def _abbreviated_site(campaign: str, name: str, place_names: set[str]) -> bool:
    """Whether ``name`` is one of the cities a campaign's short name abbreviates (随枣会战: 随县 and 枣阳, one
    character each): the name opens with a character of the campaign's stem, and the stem, two or three characters,
    is no place the text names itself (徐州会战 is named after 徐州 whole, and 徐家庄 is no part of its name)."""
    stem = campaign[:-2]
    return 2 <= len(stem) <= 3 and name[:1] in stem and stem not in place_names

