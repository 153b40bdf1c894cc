"""The last resort of battle finding: a text that tells fighting against the enemy and yields no battle at all.

Every coiner of a fight the text never names keys on a shape (a title, a clause, a roll, a table, a telegram) and
is gated so that it stays silent on texts of other shapes; a genre no gate expected then yields an empty graph,
and every fact it tells (units, places, figures, leaders) is lost with the battle. Measured on the blind rounds,
more than a quarter of the texts nobody had shown the extractor came out with no battle at all, and most of their
gold battles were named after the place the fighting was about (X战斗, X之战, X保卫战). So when the whole pipeline
finds no battle, the fight is proposed from the content alone: the stretches that tell fighting (fight_content),
the place they attack, defend or fight at most (none when several score alike), narrowed to the village or town a
county locates, named X战斗 and marked coined. A place named once in the fighting must have a fight in its own
clause and the enemy in its sentence (在X与日军作战时负伤, 在X一线坚守三天，打退敌人; not 在X进行射击训练，准备迎击敌人). Nothing is proposed for a text without a word of
the enemy or without fighting, for a text whose years all lie outside the war (1926年北伐军在X击溃敌军), nor for a
place the text names an atrocity after."""

from __future__ import annotations

import re
from bisect import bisect_right

from kangzhan.extract.atrocities import atrocity_at
from kangzhan.extract.fight_content import FIGHT, fighting_stretches, place_scores, years
from kangzhan.extract.implied import _DRILL_AFTER, NAMESAKE_KINDS, implied_mention, narrowest_place
from kangzhan.extract.mentions.base import Mention

# the enemy named: a fight of the War of Resistance, not a drill, a sports match or a civil war's battle
ENEMY = re.compile(r"日军|日寇|日伪|日本|日机|倭寇|鬼子|伪军|敌")
_CLAUSE_END = re.compile(r"[，,;；。！!？?\n]")
_FIRST_WAR_YEAR, _LAST_WAR_YEAR = 1931, 1945
_MIN_SCORE = 2  # fought at once (3), or named in two fighting stretches; else its clause must tell the fight


def proposed_fight(text: str, sentences: list[tuple[int, int]], places: list[Mention],
                   battles: list[Mention], extra: list[int] = ()) -> Mention | None:
    """The coined battle of the place a text's fighting is about (see the module docstring), or None. extra: more
    fighting stretches (episodes.arms_stretches: aircraft or ships fighting)."""
    fighting = sorted({*fighting_stretches(text, sentences, battles), *extra})
    if not fighting or not any(ENEMY.search(text, *sentences[k]) for k in fighting):
        return None
    told = years(text, 0, len(text))
    if told and not any(_FIRST_WAR_YEAR <= y <= _LAST_WAR_YEAR for y in told):
        return None
    score, first = place_scores(text, sentences, places, fighting,  # None: 在X附近; a bay or port: where ships fought
                                kinds=(*NAMESAKE_KINDS, None, "bay"))
    starts = [s for s, _ in sentences]
    ranked = [n for n in sorted(score, key=lambda n: (-score[n], first[n].start))
              if score[n] >= _MIN_SCORE or _clause_tells_fight(text, first[n], sentences, starts)]
    if not ranked or len(ranked) > 1 and score[ranked[0]] == score[ranked[1]]:
        return None  # the fighting is about several places alike: no one of them is its place
    if atrocity_at(text, ranked[0], sentences):
        return None
    return implied_mention(narrowest_place(text, first[ranked[0]], places), "战斗", coined=True)


def _clause_tells_fight(text: str, m: Mention, sentences: list[tuple[int, int]], starts: list[int]) -> bool:
    """The clause the place is named in tells a fight (no drill: 射击训练) and its sentence names the enemy;
    starts: the sentences' starts."""
    k = bisect_right(starts, m.start) - 1
    lo, hi = sentences[k] if k >= 0 else (0, len(text))
    before = [c.end() for c in _CLAUSE_END.finditer(text, lo, m.start)]
    after = _CLAUSE_END.search(text, m.end, hi)
    a, b = (before[-1] if before else lo), (after.start() if after else hi)
    fought = any(not _DRILL_AFTER.match(text, f.end()) for f in FIGHT.finditer(text, a, b))
    return fought and bool(ENEMY.search(text, lo, hi))
