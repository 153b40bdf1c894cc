"""Find emoji and other pictographs inside the text, to drop them with offsets kept (see glosses.drop_spans).

Content farms that copy a history page sprinkle emoji through it, often in brackets, to defeat duplicate
detection: "新四(✒)军太湖游(📒)击纵队", "保(👃)卫(🧤)战大捷". Left in, each one cuts the name it stands in. A
pictograph never carries a fact of a battle, so every run of them goes, with its brackets when the brackets hold
nothing else. Symbols that Chinese texts use as bullets or marks (★ ☆ ● ○ ※ ① …) are not in these ranges and stay.
"""

from __future__ import annotations

import re

# Unicode's emoji and pictograph blocks (Miscellaneous Symbols and Pictographs … Symbols and Pictographs
# Extended-A), Dingbats, Miscellaneous Symbols without its stars (★☆ are bullets), the variation selector that
# asks for emoji presentation and the zero-width joiner of emoji sequences.
_PICTO = "\U0001f000-\U0001faff\u2700-\u27bf\u2600-\u2604\u2607-\u26ff\ufe0f\u200d"
# = [(（][P]+[)）]|[P]+ with the first character taken by one class (then which branch, by a lookbehind over it): a
# pattern that opens with a class is scanned for it in C, an alternation of classes is tried at every position
_RUN = re.compile(rf"[(（{_PICTO}](?:(?<=[(（])[{_PICTO}]+[)）]|(?<=[{_PICTO}])[{_PICTO}]*)")


def find_pictographs(text: str) -> list[tuple[int, int]]:
    """(start, end) of every run of pictographs in ``text``, with the brackets that hold only them."""
    return [m.span() for m in _RUN.finditer(text)]
