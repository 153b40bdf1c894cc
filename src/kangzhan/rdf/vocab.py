"""Mappings from the extractor's plain values to ontology terms (echelons, place types, figure kinds)."""

from __future__ import annotations

from kangzhan.rdf.namespaces import KZ

# echelon word (as written in Chinese) → local name of a SKOS concept in kz:EchelonScheme
ECHELONS: dict[str, str] = {
    "战区": "EchelonWarZone",
    "方面军": "EchelonAreaArmy",
    "派遣军": "EchelonExpeditionaryArmy",
    "集团军": "EchelonArmyGroup",
    "兵团": "EchelonCorpsGroup",
    "路军": "EchelonRouteArmy",
    "军": "EchelonArmy",
    "师": "EchelonDivision",
    "师团": "EchelonShidan",
    "旅": "EchelonBrigade",
    "旅团": "EchelonRyodan",
    "步兵团": "EchelonInfantryGroup",
    "团": "EchelonRegiment",
    "联队": "EchelonRentai",
    "营": "EchelonBattalion",
    "大队": "EchelonDaitai",
    "连": "EchelonCompany",
    "中队": "EchelonChutai",
    "支队": "EchelonDetachment",
    "纵队": "EchelonColumn",
    "挺进纵队": "EchelonColumn",
    "挺进军": "EchelonColumn",
    "飞行团": "EchelonAirGroup",
    "战队": "EchelonAirSquadron",
    "舰队": "EchelonFleet",
    "炮艇队": "EchelonGunboatGroup",
}

PLACE_TYPES: dict[str, str] = {
    "province": "Province",
    "city": "City",
    "county": "County",
    "town": "Town",
    "village": "Village",
    "river": "River",
    "lake": "Lake",
    "mountain": "Mountain",
    "pass": "Pass",
    "railway": "Railway",
    "region": "Region",
    "country": "Country",
    "island": "Island",
    "bay": "Bay",
    "fort": "Fortification",
    "airfield": "Airfield",
    "station": "Station",
}

FIGURE_CATEGORIES: dict[str, str] = {
    "casualties": "casualtiesTotal",
    "killed": "killed",
    "wounded": "wounded",
    "captured": "captured",
    "missing": "missing",
    "casualtiesAndMissing": "casualtiesAndMissing",
    "killedAndWounded": "killedAndWounded",
    "killedAndCaptured": "killedAndCaptured",
    "officersKilled": "officersKilled",
    "officersWounded": "officersWounded",
    "losses": "losses",
    "strength": "troopStrength",
}

QUALIFIERS = {"exact": "exact", "atLeast": "atLeast", "about": "about", "atMost": "atMost"}


def echelon_iri(word: str | None) -> str | None:
    name = ECHELONS.get(word or "")
    return KZ + name if name else None


def place_type_iri(kind: str | None) -> str | None:
    name = PLACE_TYPES.get(kind or "")
    return KZ + name if name else None


def figure_category_iri(category: str) -> str:
    return KZ + FIGURE_CATEGORIES.get(category, "casualtiesTotal")


def qualifier_iri(q: str) -> str:
    return KZ + QUALIFIERS.get(q, "exact")
