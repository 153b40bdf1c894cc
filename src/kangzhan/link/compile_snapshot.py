"""Regenerate snapshot/items.json from the cited source tables in snapshot/ (see SOURCES.md).

    python -m kangzhan.link.compile_snapshot

Only the identifiers in those tables go in; each item keeps the sources it was seen in. Labels
come from the tables as written: `label_zh` may hold alternatives ("A / B", "A（B/C）"), which
are split here into a preferred label and aliases. A later table only fills what the earlier ones
left empty (a date, coordinates, a language), so the first-cited value stays.
"""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path

from kangzhan.link.names import BATTLE_SUFFIXES, battle_core, norm

HERE = Path(__file__).resolve().parent / "snapshot"
REFS = "refs_seed_entities.tsv"
M42 = "m42_second_sino_japanese_war.tsv"
M42_SOURCE = "goncalojacob/atlas-causal:docs/m42-umbrella-children.md"
WW2 = "ww2atlas_wikidata_events.tsv"
WW2_SOURCE = "tanimutomo/ww2-atlas:data/raw/wikidata-events.json"
FACTS = "item_facts.tsv"
REFS_SOURCE = "kangzhan shared data: wikidata_refs.tsv"
KIND = {"battle": "battle", "person": "human", "place": "place", "unit": "military unit"}
WAR_UMBRELLA = {"second-sino-japanese-war(asia)": "Q170314"}
_NOT_A_NAME = re.compile(r"[0-9A-Za-z，,]|^日军")


def _strip_suffix(name: str) -> str:
    for suf in BATTLE_SUFFIXES:
        if name.endswith(suf) and len(name) > len(suf):
            return name[: -len(suf)]
    return name


def split_zh(raw: str) -> list[str]:
    """'台儿庄（台儿庄战役/大捷）' → ['台儿庄', '台儿庄战役', '台儿庄大捷']; descriptive notes are dropped."""
    out: list[str] = []
    for part in (p.strip() for p in raw.split(" / ")):
        m = re.fullmatch(r"([^（]+)(?:（(.*)）)?", part)
        if not m:
            continue
        main, inner = m.group(1).strip(), m.group(2)
        if main and not _NOT_A_NAME.search(main):
            out.append(main)
        if inner and not _NOT_A_NAME.search(inner):
            prev = main
            for alt in (a.strip() for a in inner.split("/")):
                if alt in BATTLE_SUFFIXES and prev:
                    alt = _strip_suffix(prev) + alt
                if alt:
                    out.append(alt)
                    prev = alt
    return list(dict.fromkeys(out))


def battle_name_first(names: list[str]) -> list[str]:
    """A battle's preferred label is its first name that names a battle: ['昆仑关', '昆仑关大捷'] →
    ['昆仑关大捷', '昆仑关'] (the bare place name stays an alias)."""
    named = [n for n in names if n.endswith(BATTLE_SUFFIXES)]
    return named[:1] + [n for n in names if n not in named[:1]]


def _coords(raw: str) -> list[float] | None:
    if not raw.strip():
        return None
    lat, lon = (float(x) for x in raw.split(","))
    return [lat, lon]


def file_date(raw: str) -> str | None:
    """A date of the ww2-atlas export read at the precision it can carry: that export writes a
    year-precision Wikidata date as YYYY-01-01 and a month-precision one as YYYY-MM-01 (Nanking:
    1937-01-01, Operation Chahar: 1937-08-01), so those become 1937 and 1937-08 — wider, never wrong."""
    raw = raw.strip()
    if not raw:
        return None
    if raw.endswith("-01-01"):
        return raw[:4]
    if raw.endswith("-01"):
        return raw[:7]
    return raw


def _blank(qid: str, kind: str) -> dict:
    return {"qid": qid, "kind": kind, "labels": {"zh": [], "en": []}, "aliases": {"zh": []}, "start": None,
            "end": None, "coords": None, "partOf": None, "confidence": "confirmed", "sources": []}


def _add_source(item: dict, source: str) -> None:
    if source not in item["sources"]:
        item["sources"].append(source)


def _names_agree(item: dict, row: dict) -> bool:
    """Does the row's ja label name the item as one of its zh names does (平津作戦 ~ 平津)?"""
    if not row["label_ja"]:
        return False
    theirs = norm(row["label_ja"], "ja")
    keys = {theirs, battle_core(theirs)} - {""}
    for name in (*item["labels"].get("zh", []), *item["aliases"].get("zh", [])):
        ours = norm(name, "zh")
        if {ours, battle_core(ours)} & keys:
            return True
    return False


def _add_ww2atlas(items: dict[str, dict], folder: Path) -> None:
    """Battles of the war with their Japanese labels, dates and coordinates, and the commanders and
    armies Wikidata lists as their participants (P710), from the ww2-atlas export of Wikidata."""
    with open(folder / WW2, encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            item = items.setdefault(row["qid"], _blank(row["qid"], row["kind"]))
            if item["kind"] != row["kind"]:
                raise ValueError(f"{row['qid']}: {WW2} calls it a {row['kind']}, another table a {item['kind']}")
            for lang, text in (("en", row["label_en"]), ("ja", row["label_ja"])):
                if not text:
                    continue
                labels = item["labels"].setdefault(lang, [])
                if not labels:
                    labels.append(text)
                elif text not in labels:
                    item["aliases"].setdefault(lang, []).append(text)
            for key in ("start", "end"):
                item[key] = item[key] or file_date(row[key])
            if row["coord_lon_lat"] and not item["coords"]:
                lon, lat = (float(x) for x in row["coord_lon_lat"].split(","))
                item["coords"] = [lat, lon]
            item["partOf"] = item["partOf"] or row["part_of"] or None
            if item["confidence"] != "confirmed" and _names_agree(item, row):
                item["confidence"] = "confirmed"  # a second file shows the identifier with a name we had
            _add_source(item, WW2_SOURCE)


def _add_facts(items: dict[str, dict], folder: Path) -> None:
    """Descriptions, countries and dates read in a cited file, for items already in the snapshot."""
    with open(folder / FACTS, encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            item = items[row["qid"]]
            item["description"] = item.get("description") or row["description"] or None
            item["country"] = item.get("country") or row["country"] or None
            for key in ("start", "end"):
                item[key] = item[key] or row[key] or None
            _add_source(item, row["source"])


def compile_items(folder: Path = HERE) -> list[dict]:
    items: dict[str, dict] = {}
    with open(folder / REFS, encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            zh = split_zh(row["label_zh"])
            if row["kind"] == "battle":
                zh = battle_name_first(zh)
            sources = [f"{s.strip()}" for s in row["source"].split(";") if s.strip()]
            items[row["qid"]] = {
                "qid": row["qid"],
                "kind": KIND[row["kind"]],
                "labels": {"zh": zh[:1], "en": [row["label_en"]] if row["label_en"] else []},
                "aliases": {"zh": zh[1:]},
                "start": row["start"] or None,
                "end": row["end"] or None,
                "coords": _coords(row["coords"]),
                "partOf": None,
                "confidence": row["confidence"],
                "sources": sources + [REFS_SOURCE],
            }
    with open(folder / M42, encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            item = items.setdefault(row["qid"], {
                "qid": row["qid"], "kind": "battle", "labels": {"zh": [], "en": []}, "aliases": {"zh": []},
                "start": None, "end": None, "coords": None, "partOf": None, "confidence": "confirmed",
                "sources": [],
            })
            en = item["labels"].setdefault("en", [])
            for label in (row["wikidata_label_en"], row["article_en"]):
                if label and label not in en:
                    (en if not en else item["aliases"].setdefault("en", [])).append(label)
            item["partOf"] = WAR_UMBRELLA.get(row["under"], item["partOf"])
            if M42_SOURCE not in item["sources"]:
                item["sources"].append(M42_SOURCE)
    _add_ww2atlas(items, folder)
    _add_facts(items, folder)
    for item in items.values():  # an alias that is also a label is not an alias
        for lang, als in item["aliases"].items():
            item["aliases"][lang] = [a for a in dict.fromkeys(als) if a not in item["labels"].get(lang, [])]
    return sorted(items.values(), key=lambda i: (i["kind"], int(i["qid"][1:])))


def main() -> None:
    items = compile_items()
    doc = {"format": "kangzhan-wikidata-snapshot", "version": 1,
           "sources": [REFS, M42, WW2, FACTS], "items": items}
    (HERE / "items.json").write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{len(items)} items → {HERE / 'items.json'}")


if __name__ == "__main__":
    main()
