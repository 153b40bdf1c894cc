"""The link report as CSV or Markdown: one row per entity with a candidate, and why."""

from __future__ import annotations

import csv
import io
from collections import Counter
from pathlib import Path

from kangzhan.errors import KangzhanError
from kangzhan.link.model import Decision

COLUMNS = ["entity", "kind", "label", "status", "relation", "qid", "wikidata_label", "score", "matched_labels",
           "languages", "type_compatible", "dates", "side", "context", "sources", "note"]


def rows(decisions: list[Decision]) -> list[dict[str, str]]:
    out = []
    for d in decisions:
        if d.status == "none" and (not d.note or d.note.startswith("no candidate")):
            continue  # nothing in Wikidata carries this name: not worth a line
        it, ev = d.item, d.evidence
        out.append({
            "entity": d.entity.iri, "kind": d.entity.kind, "label": d.entity.name, "status": d.status,
            "relation": d.relation or "",
            "qid": it.qid if it else "",
            "wikidata_label": (it.labels.get("zh") or it.labels.get("en") or ("",))[0] if it else "",
            "score": f"{ev.score:.3f}" if ev else "",
            "matched_labels": " | ".join(ev.matched) if ev else "",
            "languages": " ".join(dict.fromkeys(m.split(" ", 1)[0] for m in ev.matched)) if ev else "",
            "type_compatible": ("yes" if ev.type_ok else "no") if ev else "",
            "dates": ev.dates if ev else "", "side": ev.side if ev else "", "context": ev.context if ev else "",
            "sources": " ; ".join(it.sources) if it else "", "note": d.note,
        })
    return out


def to_csv(decisions: list[Decision]) -> str:
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=COLUMNS, lineterminator="\n")
    w.writeheader()
    w.writerows(rows(decisions))
    return buf.getvalue()


def _cell(s: str) -> str:
    return s.replace("|", "\\|").replace("\n", " ")


def to_markdown(decisions: list[Decision]) -> str:
    counts = Counter(d.status for d in decisions)
    lines = ["# Wikidata links", "",
             f"{len(decisions)} entities: {counts['confident']} owl:sameAs, {counts['plausible']} skos:closeMatch, "
             f"{counts['ambiguous']} ambiguous (not linked), {counts['weak']} weak (not linked), "
             f"{counts['none']} without a candidate.", "",
             "| label | kind | status | relation | QID | Wikidata label | score | matched | type | dates | side | context | note |",
             "|---|---|---|---|---|---|---|---|---|---|---|---|---|"]
    for r in rows(decisions):
        qid = f"[{r['qid']}](https://www.wikidata.org/wiki/{r['qid']})" if r["qid"] else ""
        lines.append("| " + " | ".join(_cell(x) for x in (
            r["label"], r["kind"], r["status"], r["relation"], qid, r["wikidata_label"], r["score"],
            r["matched_labels"], r["type_compatible"], r["dates"], r["side"], r["context"], r["note"])) + " |")
    return "\n".join(lines) + "\n"


def write_report(decisions: list[Decision], path: Path) -> None:
    """Write CSV (.csv) or Markdown (.md); atomically, so a failure leaves no half-written file."""
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".md", ".markdown"):
        raise KangzhanError(f"{path}: the report must end in .csv or .md")
    text = to_csv(decisions) if suffix == ".csv" else to_markdown(decisions)
    tmp = path.with_name(f".{path.name}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp.write_text(text, encoding="utf-8")
        tmp.replace(path)
    except OSError as e:
        tmp.unlink(missing_ok=True)
        raise KangzhanError(f"{path}: cannot write the report ({e.strerror or e})") from None
