"""What was built is no battlefield: the roads, ports, dams and mills a text says someone built (战后…兴建横贯公路、
水库、海港、高速公路等; veterans who later built a country's highways). Their names look like places (a 公路, a
港, a 铁路, a district called 海港), but they are the works of the builders, told of a later time, not where a battle
was fought. The list after a building verb, up to its clause's end, holds no place of the battle. 修筑 (building
fieldworks, 修筑工事) is left out: it is what troops do in a battle.
"""

from __future__ import annotations

import re

from kangzhan.extract.mentions.base import Mention, in_sorted_spans

# a building verb, not an attribute (兴建的X: the thing named after it is the subject, told for itself), then the
# works it built, up to the clause's end
_BUILT = re.compile(r"(?:兴建|修建|建设|建造|兴修|新建|扩建|建成)(?![的成])(?P<works>[^，,。；;：:!！?？\n]{2,80})")

# what such a list holds: roads, railways, ports, dams, mills, plants (建设冀中根据地 builds no works: its places stay)
_WORKS = re.compile(r"公路|铁路|水库|港|厂|机场|大桥|桥梁|电站|水坝|大坝|工程|农场|隧道|运河|码头|矿")


def outside_built_works(text: str, places: list[Mention]) -> list[Mention]:
    """The places that stand in no list of works built (the objects of 兴建, 修建, 建设 … in one clause)."""
    if "建" not in text:
        return places
    spans = [m.span("works") for m in _BUILT.finditer(text) if _WORKS.search(m.group("works"))]
    if not spans:
        return places
    starts = [a for a, _ in spans]  # sorted, disjoint (finditer)
    return [m for m in places if not in_sorted_spans(spans, starts, m.start)]
