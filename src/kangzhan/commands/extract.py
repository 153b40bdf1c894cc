"""`kangzhan extract FILE`: what the extractor found in one file — battles with their facts, and with
`--format jsonl` every mention with its offsets (a debugging aid; nothing is stored)."""

from __future__ import annotations

import json
from pathlib import Path

import click

from kangzhan.text.glosses import original_span


def _ev(ev) -> dict | None:
    return None if ev is None else {"start": ev.start, "end": ev.end, "text": ev.text}


def facts_record(facts) -> dict:
    """The facts of one document as plain JSON-ready data."""
    units = {k: u for k, u in facts.units.items()}
    return {
        "document": facts.source_name,
        "encoding": facts.encoding,
        "traditional": facts.traditional,
        "battles": [{
            "name": b.name, "alt_labels": sorted(b.alt_labels), "part_of": b.part_of,
            "named_in_text": b.named_in_text,
            "start": b.start.iso if b.start else None, "start_note": b.start.note if b.start else None,
            "end": b.end.iso if b.end else None, "end_note": b.end.note if b.end else None,
            "span": list(b.span) if b.span else None, "evidence": _ev(b.evidence),
            "units": [{"name": k[0], "side": k[1], "evidence": _ev(e)} for k, e in b.units],
            "commanders": [{"name": n, "side": facts.persons[n].side if n in facts.persons else None,
                            "evidence": _ev(e)} for n, e in b.commanders],
            "places": [{"name": n, "evidence": _ev(e)} for n, e in b.places],
            "figures": [{"kind": f.kind, "category": f.category, "side": f.side, "count": f.count,
                         "qualifier": f.qualifier, "stated": f.stated, "evidence": _ev(f.evidence),
                         **({"also": [_ev(e) for e in f.also]} if f.also else {})}
                        for f in b.figures],
        } for b in facts.battles],
        "units": [{"name": u.key, **({"label": u.label} if u.label else {}), "side": u.side, "echelon": u.echelon,
                   "number": u.number,
                   "modifiers": list(u.modifiers), "alt_labels": sorted(u.alt_labels),
                   "parent": list(u.parent) if u.parent else None} for u in units.values()],
        "persons": [{"name": p.name, "side": p.side, "titles": sorted(p.titles)} for p in facts.persons.values()],
        "commands": [{"person": c.person, "unit": c.unit[0], "side": c.unit[1], "evidence": _ev(c.evidence)}
                     for c in facts.commands],
        "warnings": facts.warnings,
    }


def _to_original(value: dict, offsets: list[int]) -> None:
    """A mention value's own offsets (a figure's count span, a code's parent) mapped to the original text."""
    if isinstance(value.get("count_start"), int) and isinstance(value.get("count_end"), int):
        value["count_start"], value["count_end"] = original_span(offsets, value["count_start"], value["count_end"])
    if isinstance(value.get("parent_at"), int):
        value["parent_at"] = offsets[value["parent_at"]]


def mention_records(analysis) -> list[dict]:
    """Every mention the finders returned, with offsets into the original text (jsonl mode)."""
    def span(m) -> tuple[int, int]:
        return (m.start, m.end) if analysis.offsets is None else original_span(analysis.offsets, m.start, m.end)

    out = []
    for u in analysis.units:
        start, end = span(u.mention)
        out.append({"kind": "unit", "start": start, "end": end, "text": u.mention.text,
                    "value": {"key": u.key, "side": u.side, "echelon": u.echelon}})
    for group in (analysis.persons, analysis.battles, analysis.dates, analysis.figures, analysis.places):
        for m in group:
            value = {k: (v.iso if hasattr(v, "iso") else v) for k, v in m.value.items()
                     if isinstance(v, (str, int, float, bool, type(None))) or hasattr(v, "iso")}
            if analysis.offsets is not None:  # offsets inside the value point into the original too
                _to_original(value, analysis.offsets)
            start, end = span(m)
            out.append({"kind": m.kind, "start": start, "end": end, "text": m.text, "value": value})
    out.sort(key=lambda r: (r["start"], r["end"]))
    return out


@click.command("extract")
@click.argument("file", type=click.Path(path_type=Path, dir_okay=True))
@click.option("--format", "fmt", type=click.Choice(["text", "json", "jsonl"]), default="text",
              help="text: a readable summary; json: the facts; jsonl: every mention, then the facts.")
@click.option("--json", "as_json", is_flag=True, help="Same as --format json.")
def command(file: Path, fmt: str, as_json: bool) -> None:
    """Show what the extractor finds in FILE (battles, units, commanders, places, dates, figures)."""
    from kangzhan.extract.pipeline import analyse
    from kangzhan.text.read import read_source

    src = read_source(file)
    a = analyse(src)
    record = facts_record(a.facts)
    if as_json or fmt == "json":
        click.echo(json.dumps(record, ensure_ascii=False, indent=2))
        return
    if fmt == "jsonl":
        for r in mention_records(a):
            click.echo(json.dumps(r, ensure_ascii=False))
        click.echo(json.dumps({"kind": "facts", **record}, ensure_ascii=False))
        return
    if not record["battles"]:
        click.echo(f"{file}: no battle found")
    for b in record["battles"]:
        dates = f"{b['start'] or '?'} – {b['end'] or '?'}"
        part = f" (part of {b['part_of']})" if b["part_of"] else ""
        click.echo(f"{b['name']}{part}  {dates}")
        if b["alt_labels"]:
            click.echo("  also: " + "、".join(b["alt_labels"]))
        click.echo("  units: " + "、".join(f"{u['name']}[{u['side'] or '?'}]" for u in b["units"]))
        click.echo("  commanders: " + "、".join(c["name"] for c in b["commanders"]))
        click.echo("  places: " + "、".join(p["name"] for p in b["places"]))
        for f in b["figures"]:
            click.echo(f"  {f['kind']}: {f['side'] or '?'} {f['count']} ({f['qualifier']}, {f['category']}) «{f['stated']}»")
    if record["commands"]:
        click.echo("commands: " + "; ".join(f"{c['person']} → {c['unit']}" for c in record["commands"]))
