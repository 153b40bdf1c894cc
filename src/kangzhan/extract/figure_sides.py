"""Sides of strength figures from the units their sentence names, once the units' sides are resolved.

The figure finder reads sides from words (日军, 我军 …) and one-sided echelon words (师团, 战区); a sentence such as
"13军辖4师和89师,两个师共有8个团,兵力28000人" has neither, yet its units are Chinese by the rest of the text.
A strength figure with no side takes the side of the units named before its number in its sentence when they all
have that one side (the figure's mention may open before the unit: "参加守城的第10军将士约18000人"). Losses are
left alone: their side depends on who inflicted them (第13军毙…人 counts the enemy).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence

from kangzhan.extract.mentions.base import Mention


def strength_sides(figures: list[Mention], units: Sequence, sentences: list[tuple[int, int]]) -> list[Mention]:
    """``figures`` with the side of a side-less strength figure filled from the units (ResolvedUnit: .mention,
    .side) named before it in its sentence, when they agree on one side."""
    if not any(f.value.get("category") == "strength" and f.value.get("side") is None for f in figures):
        return figures
    sent_starts = [s for s, _ in sentences]
    named_at = sorted((u.mention.start, u.side) for u in units)
    unit_starts = [a for a, _ in named_at]
    out = []
    for f in figures:
        if f.value.get("category") == "strength" and f.value.get("side") is None:
            at = f.value.get("count_start", f.start)  # the number: its mention may open on the force (参加守城的X军约N人)
            i = bisect_right(sent_starts, at) - 1
            s0 = sentences[i][0] if i >= 0 else 0
            sides = {side for _, side in named_at[bisect_left(unit_starts, s0):bisect_left(unit_starts, at)]}
            if len(sides) == 1 and None not in sides:
                f = Mention(f.kind, f.start, f.end, f.text, {**f.value, "side": next(iter(sides))})
        out.append(f)
    return out
