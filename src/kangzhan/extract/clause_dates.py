"""Which battle each date of a sentence with several dates belongs to, clause by clause.

A sentence often strings events of several years together, each clause opened by its own date: "1933年3月,该军在
X参加A抗战,1937年7月,又在Y抗击日军" or "1938年参加A战役,1939年又参加B会战". A date's clause runs from the date to the
next date of the sentence (or the sentence's end). A date whose clause names one battle belongs to that battle,
whatever battle the sentence is filed under; a date in another year whose clause names no battle, tells no end and
follows a clause that named one, belongs to a later event, not to the battle named before it (no end of A in 1937).
"""

from __future__ import annotations

import re
from bisect import bisect_right
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
    by_sentence: dict[int, list[Mention]] = {}
    for d in sorted(dates, key=lambda x: x.start):
        k = bisect_right(starts, d.start) - 1
        if k >= 0 and d.start < sentences[k][1]:
            by_sentence.setdefault(k, []).append(d)
    for k, ds in by_sentence.items():
        if len(ds) < 2:
            continue
        end_of_sentence = sentences[k][1]
        last: tuple[str, str] | None = None  # (battle, year) of the latest clause that named one
        for i, d in enumerate(ds):
            run_end = ds[i + 1].start if i + 1 < len(ds) else end_of_sentence
            named = {n for m in battles if d.start <= m.start < run_end and (n := name_of(m))}
            year = d.value["date"].iso[:4]
            if len(named) == 1:
                owned[d.start] = next(iter(named))
                last = (owned[d.start], year)
            elif not named and last is not None and year != last[1] and not d.value.get("year_inherited") \
                    and not _END_TOLD.search(text, d.end, run_end):
                cut[d.start] = last[0]
    return owned, cut
