"""Plain data for linking: Wikidata items, kangzhan entities, and the decision for each entity."""

from __future__ import annotations

from dataclasses import dataclass, field

KINDS = ("battle", "human", "military unit", "place")
WD_ENTITY = "http://www.wikidata.org/entity/"


@dataclass(frozen=True)
class Item:
    """A Wikidata item as the linker sees it (from the snapshot or from WDQS)."""

    qid: str
    kind: str  # one of KINDS, or "other" for an item of an incompatible type
    labels: dict[str, tuple[str, ...]]  # language → preferred labels
    aliases: dict[str, tuple[str, ...]] = field(default_factory=dict)
    start: str | None = None  # battles: start time; people: birth; units: inception
    end: str | None = None  # battles: end time; people: death; units: dissolution
    coords: tuple[float, float] | None = None  # (lat, lon)
    part_of: str | None = None  # the war or battle the item is part of (or, for people and units, took part in)
    country: str | None = None  # English name of the item's country, when known
    description: str = ""
    confidence: str = "confirmed"  # confirmed | probable
    sources: tuple[str, ...] = ()
    origin: str = "snapshot"  # snapshot | wdqs

    @property
    def iri(self) -> str:
        return WD_ENTITY + self.qid


@dataclass(frozen=True)
class Entity:
    """A battle, person, unit or place of the kangzhan graph."""

    iri: str
    kind: str
    labels: tuple[tuple[str, str], ...]  # (text, language tag)
    alt_labels: tuple[tuple[str, str], ...] = ()
    start: str | None = None  # earliest start date the graph gives
    end: str | None = None  # latest end date
    side: str | None = None  # "China" | "Japan"

    @property
    def name(self) -> str:
        zh = [t for t, lang in self.labels if lang.startswith("zh")]
        return (zh or [t for t, _ in self.labels] or [self.iri.rsplit("/", 1)[-1]])[0]


@dataclass(frozen=True)
class Evidence:
    matched: tuple[str, ...]  # e.g. "zh 南京保卫战 = label"
    label_score: float
    type_ok: bool
    dates: str  # overlap | near | far | era | n/a | unknown | disjoint
    context: str  # side / country / coordinates reading
    score: float
    side: str = "n/a"  # people and units: agrees | unknown (a conflict rejects the candidate)


@dataclass(frozen=True)
class Decision:
    entity: Entity
    status: str  # confident | plausible | ambiguous | weak | none
    item: Item | None = None
    evidence: Evidence | None = None
    others: tuple[tuple[Item, Evidence], ...] = ()  # the competing candidates (ambiguous) or runners-up
    note: str = ""

    @property
    def relation(self) -> str | None:
        return {"confident": "sameAs", "plausible": "closeMatch"}.get(self.status)
