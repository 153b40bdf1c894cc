"""Plain-data facts produced by the extractor and consumed by the RDF layer.

Nothing here knows about IRIs or RDF. Offsets are character offsets into the *original* decoded
text of the document (before normalization), so provenance points at what the source says.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from typing import Literal

Side = Literal["CN", "JP", "OTHER"]  # OTHER: a third party, mostly the Allies (英军, 美军, 苏军)
Qualifier = Literal["exact", "atLeast", "about", "atMost"]
FigureKind = Literal["casualties", "strength"]


@dataclass(frozen=True)
class Evidence:
    """Where a fact was read: a span of the original text and the sentence around it."""

    start: int
    end: int
    text: str
    sentence: str = ""
    sentence_start: int = 0


@dataclass(frozen=True)
class DateValue:
    """A date at the precision the text gives: 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD'."""

    iso: str
    note: str | None = None  # e.g. "中旬" / "上旬" / "底" — the text's own vagueness

    @property
    def precision(self) -> Literal["year", "month", "day"]:
        return {4: "year", 7: "month"}.get(len(self.iso), "day")  # type: ignore[return-value]

    def plus_days(self, n: int) -> DateValue:
        """The day n days after this day-precision date (n < 0: before), without the note."""
        return DateValue((datetime.date.fromisoformat(self.iso) + datetime.timedelta(days=n)).isoformat())


@dataclass
class Unit:
    """A military unit of either side, identified by (key, side)."""

    key: str  # canonical label, e.g. "第11军", "独立混成第14旅团", "中国派遣军"
    side: Side | None = None
    echelon: str | None = None  # the echelon word: 战区, 集团军, 军, 师, 师团, 旅团, 联队 …
    number: int | None = None
    modifiers: tuple[str, ...] = ()  # 新编, 暂编, 预备, 独立混成, 骑兵 …
    alt_labels: set[str] = field(default_factory=set)
    parent: tuple[str, Side | None] | None = None  # (key, side) of the unit it belongs to
    evidence: list[Evidence] = field(default_factory=list)
    # the name as the text first writes it, when the key is a canonical form that joins its spellings but no text
    # need write (抗联第1军 for 抗联一军 and 东北抗联第一军): the label readers search for; the key an altLabel
    label: str | None = None

    @property
    def ident(self) -> tuple[str, Side | None]:
        return (self.key, self.side)


@dataclass
class Person:
    name: str
    side: Side | None = None
    alt_labels: set[str] = field(default_factory=set)
    titles: set[str] = field(default_factory=set)  # 司令长官, 军长, 师团长 …
    evidence: list[Evidence] = field(default_factory=list)


@dataclass
class Place:
    name: str
    kind: str | None = None  # city, county, town, river, lake, mountain, pass, railway, region …
    alt_labels: set[str] = field(default_factory=set)
    evidence: list[Evidence] = field(default_factory=list)


@dataclass
class Figure:
    """One source's statement of a number: casualties or strength of one side in one battle."""

    kind: FigureKind
    count: int
    side: Side | None = None
    qualifier: Qualifier = "exact"
    category: str = "casualties"  # casualties, killed, wounded, captured, missing, casualtiesAndMissing …
    stated: str = ""  # the text as written, e.g. "1.1万余人"
    evidence: Evidence | None = None
    also: list[Evidence] = field(default_factory=list)  # where the same source tells the same count again


@dataclass
class Command:
    """Person commanded unit, as the text says (title, bracket notation, 率/指挥)."""

    person: str
    unit: tuple[str, Side | None]
    evidence: Evidence | None = None


@dataclass
class Battle:
    name: str
    alt_labels: set[str] = field(default_factory=set)
    start: DateValue | None = None
    end: DateValue | None = None
    part_of: str | None = None  # name of the enclosing battle
    places: list[tuple[str, Evidence]] = field(default_factory=list)
    units: list[tuple[tuple[str, Side | None], Evidence]] = field(default_factory=list)
    commanders: list[tuple[str, Evidence]] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    evidence: Evidence | None = None  # where the battle is named (or its account begins)
    span: tuple[int, int] | None = None  # the battle's account in the original text
    named_in_text: bool = True  # False: a conventional name coined by rule (X会战 from the place the text is about;
    # a mention marked "implied" or "coined" gives it)


@dataclass
class DocumentFacts:
    """Everything extracted from one source document."""

    doc_id: str
    source_name: str
    sha256: str
    encoding: str
    length: int
    battles: list[Battle] = field(default_factory=list)
    units: dict[tuple[str, Side | None], Unit] = field(default_factory=dict)
    persons: dict[str, Person] = field(default_factory=dict)
    places: dict[str, Place] = field(default_factory=dict)
    commands: list[Command] = field(default_factory=list)
    traditional: bool = False
    warnings: list[str] = field(default_factory=list)
