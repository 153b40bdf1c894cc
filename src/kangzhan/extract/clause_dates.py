"""Which battle each date of a sentence with several dates belongs to, clause by clause.

A sentence often strings events of several years together, each clause opened by its own date: "1933年3月,该军在
X参加A抗战,1937年7月,又在Y抗击日军" or "1938年参加A战役,1939年又参加B会战". In a sentence whose dates are of two years or
more, the clause of a year runs from its first date to the first date of the next year (or the sentence's end). The
dates of a clause that names one battle belong to that battle, whatever battle the sentence is filed under; those of
a clause that names no battle and tells no end, after a clause that named one, belong to a later event, not to the
battle named before (no end of A in 1937). A sentence of one year (6月6日发起A,至6月8日…支援了B) is left whole.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence

from kangzhan.extract.mentions.base import Mention

# what tells that a fight ended or its ground changed hands: the clause may give the end of the battle named before
_END_TOLD = re.compile(r"结束|告终|撤回|撤走|撤出|撤离|退出|失守|沦陷|陷落|失陷|攻陷|占领|收复|光复|解放|胜利|告捷|突围|歼灭|全歼")


def clause_owners(text: str, sentences: Sequence[tuple[int, int]], dates: Sequence[Mention],
                  battles: Sequence[Mention], name_of: Callable[[Mention], str | None]
                  ) -> tuple[dict[int, str], dict[int, str]]:
    """({date start: the battle its clause names}, {date start: the battle named before that it does not date}) for
    the sentences holding two dates or more; ``name_of`` gives a mention's battle (None: no battle of the facts,
    a look back or a reference)."""
    owned: dict[int, str] = {}
    cut: dict[int, str] = {}
    starts = [s for s, _ in sentences]
    in_order = sorted(battles, key=lambda m: m.start)  # a clause's battles by bisection (not all battles per clause)
    battle_starts = [m.start for m in in_order]
    by_sentence: dict[int, list[Mention]] = {}
    for d in sorted(dates, key=lambda x: x.start):
        k = bisect_right(starts, d.start) - 1
        if k >= 0 and d.start < sentences[k][1]:
            by_sentence.setdefault(k, []).append(d)
    for k, ds in by_sentence.items():
        groups: list[list[Mention]] = []  # the dates of one year in a row (1938年3月…,4月7日…: one group)
        for d in ds:
            if groups and d.value["date"].iso[:4] == groups[-1][-1].value["date"].iso[:4]:
                groups[-1].append(d)
            else:
                groups.append([d])
        if len(groups) < 2:
            continue  # one year: the sentence tells one time, its dates go with the sentence's battle
        last: str | None = None  # the battle of the latest group that named one
        for i, group in enumerate(groups):
            run_end = groups[i + 1][0].start if i + 1 < len(groups) else sentences[k][1]
            lo, hi = bisect_left(battle_starts, group[0].start), bisect_left(battle_starts, run_end)
            named = {n for m in in_order[lo:hi] if (n := name_of(m))}
            if len(named) == 1:
                last = next(iter(named))
                owned.update((d.start, last) for d in group)
            elif not named and last is not None and not group[0].value.get("year_inherited") \
                    and not _END_TOLD.search(text, group[0].end, run_end):
                cut.update((d.start, last) for d in group)
    return owned, cut
