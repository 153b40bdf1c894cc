"""Where a headed battle's own account begins, after a dated lead-in about other events.

An article headed by a battle named after a place (南口抗战) often opens with the events that led to it, dated
but elsewhere and with other troops: "1937年7月7日,日军在卢沟桥发动侵略。7月28日,日军向…第29军发起总攻…". Their
dates are no start of the battle. The account of the battle begins at the first sentence after the heading's line that
names the battle's place (the name's stem: 南口); the dated sentences before it are a lead-in when none of the
units or persons they name comes back from there on (the troops of the battle do), and dated sentences follow.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence

from kangzhan.extract.facts import _stem
from kangzhan.extract.mentions.base import Mention


def lead_in(name: str, body_start: int, sentences: list[tuple[int, int]], dated: Sequence[int],
            places: Sequence[Mention], units: Sequence, persons: Sequence[Mention]) -> set[int]:
    """The indices of the dated sentences (among ``dated``) that are a lead-in to the battle ``name``, whose heading
    line ends at ``body_start`` (the heading line's own dates are the battle's); empty when there is none.
    ``units`` are ResolvedUnit (.mention, .key)."""
    stem = _stem(name)
    if len(stem) < 2 or stem == name:
        return set()
    starts = [s for s, _ in sentences]
    at = next((m.start for m in places if m.start >= body_start and stem in (m.text, m.value.get("name"))), None)
    if at is None:
        return set()
    kx = bisect_right(starts, at) - 1
    lead = [k for k in dated if k < kx and sentences[k][0] >= body_start]
    if not lead or not any(k >= kx for k in dated):
        return set()
    s_lead, s_from = sentences[lead[0]][0], sentences[kx][0]
    before = {u.key for u in units if s_lead <= u.mention.start < s_from} | \
        {p.value["name"] for p in persons if s_lead <= p.start < s_from}
    after = {u.key for u in units if u.mention.start >= s_from} | {p.value["name"] for p in persons if p.start >= s_from}
    return set() if before & after else set(lead)
