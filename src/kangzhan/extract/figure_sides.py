"""Sides of strength figures from the units their sentence names, once the units' sides are resolved.

The figure finder reads sides from words (日军, 我军 …) and one-sided echelon words (师团, 战区); a sentence such as
"13军辖4师和89师,两个师共有8个团,兵力28000人" has neither, yet its units are Chinese by the rest of the text.
A strength figure with no side takes the side of the units named before its number in its sentence when they all
have that one side (the figure's mention may open before the unit: "参加守城的第10军将士约18000人"). Losses are
left alone: their side depends on who inflicted them (第13军毙…人 counts the enemy) — but a passive loss (伤亡, 阵亡 …)
that no side word claims is its subject's, and the units named before it in its sentence are that subject when they
all have one side ("参加守城的第87师官兵约6000人,死伤4000余人").
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence

from kangzhan.extract.mentions.base import Mention


def strength_sides(figures: list[Mention], units: Sequence, sentences: list[tuple[int, int]],
                   commands: Sequence = (), persons: Sequence[Mention] = ()) -> list[Mention]:
    """``figures`` with the side of a side-less strength figure filled from the units (ResolvedUnit: .mention,
    .side) named before it in its sentence, when they agree on one side. A commander named before it stands for
    the unit he commands (支队长X率领支队司令部、骑兵连…,共500人左右: the men he led are his unit's side);
    ``commands`` are CommandLink (.unit_index into ``units``, .start of the name); ``persons``: every mention of a
    commander stands for his side too, where his command was told in another sentence (杨靖宇率领部队五百多人)."""
    if not any(_open(f) for f in figures):
        return figures
    sent_starts = [s for s, _ in sentences]
    commanded: dict[str, set] = {}
    for c in commands:
        commanded.setdefault(c.person, set()).add(units[c.unit_index].side)
    named_at = sorted([(u.mention.start, u.side) for u in units]
                      + [(c.start, units[c.unit_index].side) for c in commands]
                      + [(p.start, next(iter(commanded[p.text]))) for p in persons
                         if len(commanded.get(p.text, ())) == 1 and None not in commanded[p.text]])
    unit_starts = [a for a, _ in named_at]
    out = []
    for f in figures:
        if _open(f):
            at = f.value.get("count_start", f.start)  # the number: its mention may open on the force (参加守城的X军约N人)
            i = bisect_right(sent_starts, at) - 1
            s0 = sentences[i][0] if i >= 0 else 0
            sides = {side for _, side in named_at[bisect_left(unit_starts, s0):bisect_left(unit_starts, at)]}
            if len(sides) == 1 and None not in sides:
                f = Mention(f.kind, f.start, f.end, f.text, {**f.value, "side": next(iter(sides))})
        out.append(f)
    return out


def _open(f: Mention) -> bool:
    """A figure whose side the units of its sentence may decide: a strength, or a passive loss, with no side."""
    return f.value.get("side") is None and (f.value.get("category") == "strength" or bool(f.value.get("passive")))


def carried_loss_sides(figures: list[Mention], sentences: list[tuple[int, int]]) -> list[Mention]:
    """``figures`` with a passive loss that nothing claimed (no side word, no unit in its sentence) given the side of
    the loss told just before it, in its own sentence or the one before: the text goes on about the same side's losses
    ("日军…伤亡军官798人,士兵19286名。7月20日以后,资料上只载有约计伤亡9100余人")."""
    if not any(f.value.get("passive") and f.value.get("side") is None for f in figures):
        return figures
    sent_starts = [s for s, _ in sentences]
    out = list(figures)
    last: Mention | None = None
    for i in sorted(range(len(out)), key=lambda i: out[i].value.get("count_start", out[i].start)):
        f = out[i]
        if f.value.get("passive") and f.value.get("side") is None and last is not None:
            k = bisect_right(sent_starts, f.value.get("count_start", f.start)) - 1
            j = bisect_right(sent_starts, last.value.get("count_start", last.start)) - 1
            if 0 <= k - j <= 1:
                f = out[i] = Mention(f.kind, f.start, f.end, f.text, {**f.value, "side": last.value["side"]})
        if f.value.get("kind") == "casualties" and f.value.get("side") is not None:
            last = f
        elif f.value.get("kind") == "casualties" or f.value.get("category") == "strength":
            last = None  # a loss or a force of no side between: no topic to carry
    return out
