"""Who tells a battle, not who led it: a veteran who recalls or is interviewed (老兵X回忆, X少将为文回忆, 受访的X,
X口述) is the source of the account. A person named in a battle's sentences is taken for one of its commanders;
a teller is none unless the text also says he commanded (a command link to a unit, an office title such as
军长 or 司令): his rank (少将) says what he became, not what he led in the battle he recalls.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from kangzhan.extract.mentions.base import Mention

# the name, then at most a rank or a word about the telling (为文, 生前, 晚年), then the telling verb
_TELLS = re.compile(r"[^，,。；;!！?？\n率令命指]{0,6}?(?:回忆|追忆|忆述|忆起|回想|口述|讲述|自述|受访|"
                    r"接受[^，,。；;\n]{0,10}?(?:采访|专访|访问))")
# a teller's description before the name (参战老兵X, 受访者X, 亲历者X)
_TELLER_BEFORE = re.compile(r"(?:老兵|老战士|荣民|亲历者|讲述者|讲述人|口述者|口述人|口述|受访者|受访人|幸存者|见证者|见证人|"
                            r"采访对象)[:：]?\s*(?:[上中少]将|[上中少]校)?\s*$")
# an office that commands troops (军长, 师长, 司令, 指挥官): its holder may well have led them
_COMMAND_TITLE = re.compile(r"[军师旅团营连排]长|司令|指挥|统帅|队长")


def narrators(text: str, persons: Iterable[Mention], commanding: set[str]) -> set[str]:
    """The names of the persons who tell of a battle (a telling verb right after a mention of the name, or a
    teller's word right before it) and whom the text never makes commanders: no command link (``commanding``,
    the names in a command) and no commanding office among the titles of their mentions."""
    persons = list(persons)
    tellers, leaders = set(), set(commanding)
    for p in persons:
        name = p.value["name"]
        if _COMMAND_TITLE.search(p.value.get("title") or ""):
            leaders.add(name)
        if _TELLS.match(text, p.end) or _TELLER_BEFORE.search(text, max(0, p.start - 9), p.start):
            tellers.add(name)
    return tellers - leaders
