"""Load the offline Wikidata snapshot (snapshot/items.json) and check it before any use."""

from __future__ import annotations

import json
import re
from pathlib import Path

from kangzhan.errors import KangzhanError
from kangzhan.link.model import KINDS, Item

DEFAULT_SNAPSHOT = Path(__file__).resolve().parent / "snapshot" / "items.json"
_QID = re.compile(r"^Q[1-9][0-9]*$")
_DATE = re.compile(r"^-?\d{4}(-\d{2}(-\d{2})?)?$")


class SnapshotError(KangzhanError):
    """The snapshot file is missing or malformed."""


def _item(raw: dict, where: str) -> Item:
    qid = raw.get("qid")
    if not isinstance(qid, str) or not _QID.match(qid):
        raise SnapshotError(f"{where}: 'qid' must look like Q123, not {qid!r}")
    if raw.get("kind") not in KINDS:
        raise SnapshotError(f"{where} ({qid}): 'kind' must be one of {', '.join(KINDS)}")
    for key in ("start", "end"):
        v = raw.get(key)
        if v is not None and not (isinstance(v, str) and _DATE.match(v)):
            raise SnapshotError(f"{where} ({qid}): '{key}' must be a date like 1938-06-12, not {v!r}")
    if not raw.get("sources"):
        raise SnapshotError(f"{where} ({qid}): an item without a source cannot be used")
    coords = raw.get("coords")
    if coords is not None and not (isinstance(coords, list) and len(coords) == 2
                                   and all(isinstance(c, (int, float)) for c in coords)):
        raise SnapshotError(f"{where} ({qid}): 'coords' must be [lat, lon]")

    def langmap(key: str) -> dict[str, tuple[str, ...]]:
        m = raw.get(key) or {}
        if not isinstance(m, dict) or not all(isinstance(v, list) for v in m.values()):
            raise SnapshotError(f"{where} ({qid}): '{key}' must map languages to lists of strings")
        return {lang: tuple(str(x) for x in v) for lang, v in m.items() if v}

    return Item(
        qid=qid, kind=raw["kind"], labels=langmap("labels"), aliases=langmap("aliases"),
        start=raw.get("start"), end=raw.get("end"), coords=tuple(coords) if coords else None,
        part_of=raw.get("partOf"), country=raw.get("country"), description=raw.get("description") or "",
        confidence=raw.get("confidence") or "confirmed", sources=tuple(raw["sources"]), origin="snapshot",
    )


def load_snapshot(path: Path | None = None) -> list[Item]:
    """All items of the snapshot; SnapshotError with a one-line reason when it cannot be used."""
    path = Path(path) if path else DEFAULT_SNAPSHOT
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise SnapshotError(f"the Wikidata snapshot {path} is missing; reinstall kangzhan or pass --snapshot FILE") from None
    except (OSError, UnicodeDecodeError) as e:
        raise SnapshotError(f"cannot read the Wikidata snapshot {path}: {getattr(e, 'strerror', None) or e}") from None
    except json.JSONDecodeError as e:
        raise SnapshotError(f"the Wikidata snapshot {path} is not valid JSON (line {e.lineno}: {e.msg})") from None
    if not isinstance(doc, dict) or doc.get("format") != "kangzhan-wikidata-snapshot" or not isinstance(doc.get("items"), list):
        raise SnapshotError(f"{path} is not a kangzhan Wikidata snapshot (expected format 'kangzhan-wikidata-snapshot' with a list of items)")
    items = []
    for n, raw in enumerate(doc["items"], 1):
        if not isinstance(raw, dict):
            raise SnapshotError(f"{path}: item {n} is not an object")
        items.append(_item(raw, f"{path.name} item {n}"))
    if not items:
        raise SnapshotError(f"the Wikidata snapshot {path} holds no items")
    return items
