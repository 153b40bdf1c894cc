"""`kangzhan link`: link battles, people, units and places of the store to Wikidata."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import click

from kangzhan.cli import STORE_OPTION, _store_dir


@click.command("link")
@STORE_OPTION
@click.option("--live", is_flag=True, help="Ask the Wikidata Query Service instead of the shipped snapshot.")
@click.option("--endpoint", default=None, metavar="URL",
              help="SPARQL endpoint for --live (default: https://query.wikidata.org/sparql).")
@click.option("--report", "report_path", type=click.Path(path_type=Path), default=None, metavar="FILE",
              help="Also write the decisions with their evidence to FILE (.csv or .md).")
@click.option("--snapshot", "snapshot_path", type=click.Path(path_type=Path), default=None, metavar="FILE",
              help="Use another snapshot file (JSON) instead of the shipped one.")
@click.option("--cache-dir", type=click.Path(path_type=Path), default=None,
              help="Cache of WDQS answers (default: the user cache directory).")
@click.option("--timeout", type=click.FloatRange(min=0.1), default=30.0, show_default=True, help="Seconds to wait for each WDQS answer.")
@click.option("--retries", type=click.IntRange(min=0, max=10), default=3, show_default=True, help="Retries on WDQS errors and timeouts.")
@click.option("--backoff", type=click.FloatRange(min=0), default=2.0, show_default=True,
              help="First pause before a retry, doubled each time (a Retry-After header wins).")
@click.option("--min-interval", type=click.FloatRange(min=0), default=1.0, show_default=True,
              help="Seconds between two WDQS requests (rate limit).")
def command(store_dir, live, endpoint, report_path, snapshot_path, cache_dir, timeout, retries, backoff,
            min_interval) -> None:
    """Link the store's entities to Wikidata: owl:sameAs when confident, skos:closeMatch when plausible.

    Offline by default (a snapshot of Wikidata items shipped with kangzhan, each with its source).
    The store changes only when everything succeeded; the links go to their own named graph.
    """
    from kangzhan.errors import KangzhanError
    from kangzhan.link.report import write_report
    from kangzhan.link.run import link_store
    from kangzhan.link.wdqs import DEFAULT_ENDPOINT, WdqsClient

    if report_path is not None and report_path.suffix.lower() not in (".csv", ".md", ".markdown"):
        raise KangzhanError(f"{report_path}: the report must end in .csv or .md")
    if report_path is not None:  # fail before the store changes, not after
        probe = report_path.with_name(f".{report_path.name}.probe")
        try:
            report_path.parent.mkdir(parents=True, exist_ok=True)
            probe.write_bytes(b"")
            probe.unlink()
        except OSError as e:
            raise KangzhanError(f"{report_path}: cannot write the report ({e.strerror or e})") from None
    if endpoint and not live:
        raise KangzhanError("--endpoint only makes sense with --live")
    client = None
    if live:
        from platformdirs import user_cache_dir

        client = WdqsClient(endpoint or DEFAULT_ENDPOINT, cache_dir=cache_dir or Path(user_cache_dir("kangzhan")) / "wdqs",
                            timeout=timeout, retries=retries, backoff=backoff, min_interval=min_interval)
    root = _store_dir(store_dir)
    result = link_store(root, live=live, snapshot=snapshot_path, client=client)
    for w in result.warnings:
        click.echo(f"warning: {w}", err=True)
    if report_path is not None:
        write_report(result.decisions, report_path)
    c = Counter(d.status for d in result.decisions)
    click.echo(f"linked {len(result.decisions)} entities from {result.source}: {c['confident']} owl:sameAs, "
               f"{c['plausible']} skos:closeMatch, {c['ambiguous']} ambiguous, {c['weak'] + c['none']} without a link"
               + (f"; report → {report_path}" if report_path else ""))
