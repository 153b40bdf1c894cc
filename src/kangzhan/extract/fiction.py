"""The stretch of a sentence that tells a work of fiction, not the war.

An article on the historical prototype of a TV drama or a novel («某某» and its hero) first retells the fiction
("在《X》中的A曾经率部伏击…,让Y军的B佩服不已") and then names the real fight it was drawn from ("而A的这场战斗的原型
就是Z战斗"). The units, persons and places of the retelling are the fiction's, none of the real fight's. A fiction
frame is a title in 《》 read as a setting (《X》中, 《X》里) in a sentence that names a work of fiction (电视剧, 电影,
小说, 影片, 话剧, 剧中) or speaks of its prototype (原型); it runs from the title to the sentence's end or to the first
clause that turns to the real events (而, 但, 其实, 实际上, 事实上, 历史上, 真实, or a clause naming the 原型). A source
quoted the same way (在《X》中记载, 《X》里写道: a history or a memoir) is no fiction: a verb of writing after the
setting closes it.
"""

from __future__ import annotations

import re
from functools import lru_cache

from kangzhan.extract.fight_places import outside_spans
from kangzhan.extract.mentions.base import Mention

_SETTING = re.compile(r"《[^《》\n]{1,30}》(?:一剧|剧)?(?:中|里)")
_WRITTEN = re.compile(r"[,，]?(?:的)?(?:记载|写道|记述|描述|提到|说|称|指出|回忆|载|记录)")  # a source quoted, not fiction
_FICTION_WORD = re.compile(r"电视剧|电影|小说|影片|话剧|剧中|原型")
_SENTENCE_END = re.compile(r"[。！？!?\n]")
# a clause that turns from the fiction to the real events
_TURN = re.compile(r"[,，;；](?=\s*(?:而|但|其实|实际上|事实上|历史上|真实|[^,，;；。]{0,12}原型))")


@lru_cache(maxsize=8)
def fiction_spans(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of each fiction frame of ``text`` (see the module docstring)."""
    out = []
    for m in _SETTING.finditer(text):
        if _WRITTEN.match(text, m.end()):
            continue
        s = max(text.rfind(c, 0, m.start()) for c in "。！？!?\n") + 1
        end = _SENTENCE_END.search(text, m.end())
        e = end.start() if end else len(text)
        if not _FICTION_WORD.search(text, s, e):
            continue
        turn = _TURN.search(text, m.end(), e)
        out.append((m.start(), turn.start() if turn else e))
    return tuple(out)


def outside_fiction(text: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions that stand outside every fiction frame of the text."""
    return outside_spans(mentions, list(fiction_spans(text))) if "《" in text else mentions
