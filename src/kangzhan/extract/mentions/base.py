"""The Mention record shared by all finders.

Offsets index the normalized text, which has the same length as the original text (the text
layer guarantees it), so they are also offsets into the original.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Mention:
    kind: str  # battle, unit, person, place, date, figure, number, title, side_cue, bracket …
    start: int
    end: int
    text: str  # the normalized surface form
    value: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)
