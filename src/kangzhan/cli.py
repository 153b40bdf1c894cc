"""The `kangzhan` command: one thin command per verb (parse arguments, call the library, print).

Errors a user can cause print one line (`error: …`) and exit non-zero; no tracebacks unless
KANGZHAN_DEBUG=1 is set.
"""

from __future__ import annotations

import os
import signal
import sys
from pathlib import Path

import click

from kangzhan import __version__
from kangzhan.errors import KangzhanError, ValidationFailed

STORE_OPTION = click.option(
    "--store", "store_dir", type=click.Path(path_type=Path), default=None, envvar="KANGZHAN_STORE",
    help="Store directory (default: $KANGZHAN_STORE or the user data directory).",
)


def _store_dir(store_dir: Path | None) -> Path:
    from kangzhan.store import default_store_dir

    return store_dir or default_store_dir()


def _default_seeds() -> Path:
    """./seeds when run from a checkout, else the seeds folder next to the source tree."""
    here = Path("seeds")
    if here.is_dir():
        return here
    return Path(__file__).resolve().parents[2] / "seeds"


def _terminate(signum, frame):  # SIGTERM behaves like Ctrl-C: clean up, then exit
    raise KeyboardInterrupt


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="kangzhan")
def cli() -> None:
    """kangzhan: a knowledge graph of the battles of the War of Resistance (抗日战争), from Chinese text."""


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path, readable=False))
@click.option("-o", "--output", type=click.Path(path_type=Path), help="Write one RDF file (.nt .ttl .nq .trig .jsonld) instead of the store.")
@STORE_OPTION
@click.option("--no-validate", is_flag=True, help="Skip the SHACL gate (not recommended).")
@click.option("--max-bytes", type=int, default=None, help="Refuse files larger than this (default 64 MiB).")
@click.option("--encoding", default=None, help="Force the input encoding instead of detecting it (e.g. utf-8).")
@click.option("-j", "--workers", type=click.IntRange(min=1), default=None,
              help="Extraction worker processes (default: all cores).")
@click.option("--remote", metavar="URL", default=None,
              help="Load into a remote store through its Graph Store Protocol endpoint "
                   "(e.g. http://host:7878/store for `oxigraph serve`) instead of the local store.")
def build(paths, output, store_dir, no_validate, max_bytes, encoding, workers, remote) -> None:
    """Extract PATHS (files or folders of .txt; default: seeds/), validate, and write the store or -o FILE.

    Store builds are incremental: files whose content is unchanged since the last build are not
    extracted again; their graphs are carried over.
    """
    import time

    from kangzhan.build import collect_sources
    from kangzhan.corpus import build_file, build_remote, build_store, default_workers
    from kangzhan.text.read import DEFAULT_MAX_BYTES

    if output and remote:
        raise KangzhanError("use either -o FILE or --remote URL, not both")
    sources = collect_sources(paths or [_default_seeds()])
    kwargs = dict(validate=not no_validate, max_bytes=max_bytes or DEFAULT_MAX_BYTES, encoding=encoding,
                  workers=min(workers or default_workers(), len(sources)))
    total = sum(p.stat().st_size for p in sources if p.is_file())
    t0, done = time.perf_counter(), {"chars": 0}

    def rate(item) -> str:
        return f"{done['chars'] / max(time.perf_counter() - t0, 1e-6):,.0f} chars/s" if item else ""

    with click.progressbar(length=max(total, 1), label="extracting", file=sys.stderr, item_show_func=rate,
                           hidden=not sys.stderr.isatty()) as bar:
        def progress(out) -> None:
            done["chars"] += out.chars
            bar.update(Path(out.source).stat().st_size if Path(out.source).is_file() else 0, out)

        if output:
            st = build_file(sources, output, progress=progress, **kwargs)
        elif remote:
            st = build_remote(sources, remote, progress=progress, **kwargs)
        else:
            st = build_store(sources, _store_dir(store_dir), progress=progress, **kwargs)
    for w in st.warnings:
        click.echo(f"warning: {w}", err=True)
    click.echo(f"built {st.docs} document(s), {st.battles} battle(s), {st.triples} triples → {st.target}")
    detail = f"extracted {st.extracted}"
    if not output and not remote:
        detail += f", unchanged {st.reused}, removed {st.removed}"
    speed = st.chars / st.wall_s if st.wall_s else 0
    click.echo(f"{detail}; {st.chars:,} chars in {st.wall_s:.1f} s ({speed:,.0f} chars/s, "
               f"{st.workers or 'no'} worker process(es)); SHACL {st.validate_s:.1f} s", err=True)


@cli.command()
@click.argument("file", required=False, type=click.Path(path_type=Path, readable=False))
@STORE_OPTION
def validate(file, store_dir) -> None:
    """Validate an RDF FILE (or the store) against the SHACL shapes; exit 1 on violations."""
    import pyoxigraph as ox

    from kangzhan.build import FORMATS
    from kangzhan.store import open_store
    from kangzhan.validate import format_report, validate_quads

    if file:
        fmt = FORMATS.get(file.suffix.lower())
        if fmt is None:
            raise KangzhanError(f"{file}: unknown RDF format (use {', '.join(sorted(FORMATS))})")
        try:
            with open(file, "rb") as fh:
                quads = list(ox.parse(fh, format=fmt))
        except OSError as e:
            raise KangzhanError(f"{file}: cannot read ({e.strerror or e})") from None
        except SyntaxError as e:
            raise KangzhanError(f"{file}: not valid RDF: {e}") from None
        groups = {str(file): quads}
    else:
        store = open_store(_store_dir(store_dir))
        if store is None:
            raise KangzhanError("the store is empty; run `kangzhan build` first")
        groups = {}
        for g in store.named_graphs():
            if "/graph/document/" in g.value or g.value.endswith("/graph/links"):  # links: see kangzhan link
                groups[g.value] = list(store.quads_for_pattern(None, None, None, g))
    total = 0
    for name, quads in groups.items():
        violations = validate_quads(quads)
        if violations:
            total += len(violations)
            click.echo(format_report(violations, name))
    if total:
        sys.exit(1)
    links = " and the Wikidata links graph" if any(n.endswith("/graph/links") for n in groups) else ""
    docs = sum(1 for n in groups if not n.endswith("/graph/links"))
    click.echo(f"conforms: {docs} graph(s) checked{links}, no violations")


@cli.command()
@click.argument("sparql")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "tsv", "json", "xml", "ttl", "nt"]), default="table")
@STORE_OPTION
def query(sparql, fmt, store_dir) -> None:
    """Run a SPARQL query (standard prefixes are added) over all documents."""
    from kangzhan.query import render, run
    from kangzhan.store import open_store

    store = open_store(_store_dir(store_dir))
    if store is None:
        raise KangzhanError("the store is empty; run `kangzhan build` first")
    click.echo(render(run(store, sparql), fmt), nl=False)


@cli.command()
@STORE_OPTION
def stats(store_dir) -> None:
    """Counts per class and per document graph."""
    from kangzhan.query import STATS_CLASSES, STATS_GRAPHS, render, run
    from kangzhan.store import open_store

    store = open_store(_store_dir(store_dir))
    if store is None:
        raise KangzhanError("the store is empty; run `kangzhan build` first")
    click.echo(render(run(store, STATS_CLASSES)), nl=False)
    click.echo()
    click.echo(render(run(store, STATS_GRAPHS)), nl=False)


@cli.command()
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8000, type=int, show_default=True)
@click.option("--threads", default=8, type=click.IntRange(min=1), show_default=True, help="Waitress worker threads.")
@click.option("--workers", default=4, type=click.IntRange(min=0), show_default=True,
              help="Serving processes, each answering HTTP and running its queries (one is ended and replaced "
                   "when a query in it times out; 0: one process, without the hard timeout; with --allow-update "
                   "or a remote store: query worker processes behind one web process).")
@click.option("--timeout", default=30.0, type=click.FloatRange(min=0.1), show_default=True, help="Seconds per query.")
@click.option("--max-rows", default=10_000, type=click.IntRange(min=1), show_default=True, help="Rows/triples per answer.")
@click.option("--max-query-bytes", default=64 * 1024, type=click.IntRange(min=16), show_default=True)
@click.option("--max-body-bytes", default=1024 * 1024, type=click.IntRange(min=16), show_default=True)
@click.option("--worker-memory-mb", default=2048, type=click.IntRange(min=0), show_default=True,
              help="Address-space limit per worker process (0: none).")
@click.option("--allow-update", is_flag=True,
              help="Accept SPARQL UPDATE carrying the --token. Queries keep the hard timeout (they run on a "
                   "checkpoint taken after each update); updates themselves are not time-limited.")
@click.option("--token", envvar="KANGZHAN_TOKEN", default=None, help="Bearer token for updates ($KANGZHAN_TOKEN).")
@click.option("--cors", "cors_origin", default="*", show_default=True, help="Access-Control-Allow-Origin ('' for none).")
@click.option("--service-allow", multiple=True, help="Endpoint allowed in SERVICE (repeatable; default: Wikidata).")
@click.option("--no-service", is_flag=True, help="Refuse every SERVICE clause.")
@click.option("--store", "store_dir", default=None, envvar="KANGZHAN_STORE", metavar="DIR|URL",
              help="Store directory (default: $KANGZHAN_STORE or the user data directory), or the http(s) "
                   "query endpoint of a remote SPARQL server (same as --sparql-endpoint).")
@click.option("--sparql-endpoint", "remote_query", metavar="URL", default=None,
              help="Proxy to this remote SPARQL 1.1 query endpoint (e.g. http://host:7878/query for "
                   "`oxigraph serve`, http://host:3030/ds/sparql for Fuseki) instead of the embedded store.")
@click.option("--update-endpoint", "remote_update", metavar="URL", default=None,
              help="The remote's update endpoint for --allow-update (default: …/query or …/sparql → …/update).")
def serve(host, port, threads, workers, timeout, max_rows, max_query_bytes, max_body_bytes, worker_memory_mb,
          allow_update, token, cors_origin, service_allow, no_service, store_dir, remote_query,
          remote_update) -> None:
    """Serve SPARQL at /sparql, a query page at / (builds the seeds into the store first when it is empty).

    With --sparql-endpoint URL (or --store URL) queries go to that remote SPARQL server under the same
    rules (read-only unless --allow-update, limits, timeout, row cap, SERVICE allow-list).
    """
    import logging

    import waitress

    from kangzhan.build import collect_sources, process_paths, write_store
    from kangzhan.serve.app import create_app
    from kangzhan.serve.config import WIKIDATA_SPARQL, ServeConfig
    from kangzhan.store import current_generation

    if allow_update and not token:
        raise KangzhanError("--allow-update needs --token (or $KANGZHAN_TOKEN): updates must be authenticated")
    for url in service_allow:
        if not url.startswith(("http://", "https://")):
            raise KangzhanError(f"--service-allow {url}: give the endpoint's full http(s) address")
    if store_dir and str(store_dir).startswith(("http://", "https://")):
        remote_query, store_dir = remote_query or str(store_dir), None
    for opt, url in (("--sparql-endpoint", remote_query), ("--update-endpoint", remote_update)):
        if url is not None and not url.startswith(("http://", "https://")):
            raise KangzhanError(f"{opt} {url}: give the remote endpoint's full http(s) address")
    root = None if remote_query else _store_dir(Path(store_dir) if store_dir else None)
    if root is not None and current_generation(root) is None:
        seeds = _default_seeds()
        click.echo(f"store {root} is empty: building {seeds} first", err=True)
        write_store(process_paths(collect_sources([seeds])), root)
    cfg = ServeConfig(timeout=timeout, max_rows=max_rows, max_query_bytes=max_query_bytes,
                      max_body_bytes=max_body_bytes, workers=workers, worker_memory_mb=worker_memory_mb,
                      allow_update=allow_update, token=token, cors_origin=cors_origin,
                      service_allow=[] if no_service else list(service_allow or [WIKIDATA_SPARQL]),
                      remote_query=remote_query, remote_update=remote_update)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s", stream=sys.stderr)
    if root is not None and workers > 0 and not allow_update and os.environ.get("KANGZHAN_SERVE_POOL") != "1":
        from kangzhan.serve import prefork  # each of `workers` processes serves HTTP and runs its queries

        prefork.serve(root, cfg, host, port, threads=max(4, -(-threads // workers)))
        return
    app = create_app(root, config=cfg)
    if remote_query:
        from kangzhan.serve.remote import startup_notes

        for note in startup_notes(app.config["KANGZHAN_EXECUTOR"]):
            click.echo(f"warning: {note}", err=True)
    click.echo(f"kangzhan serving {root or remote_query} at http://{host}:{port}/ (SPARQL at /sparql)", err=True)
    try:
        waitress.serve(app, host=host, port=port, threads=threads, ident="kangzhan",
                       max_request_body_size=max_body_bytes + 65536, channel_timeout=60,
                       connection_limit=200, cleanup_interval=10, _quiet=True)
    finally:
        app.config["KANGZHAN_EXECUTOR"].close()


def _add_plugin_commands() -> None:
    from kangzhan.commands import discover

    for cmd in discover():
        cli.add_command(cmd)


_add_plugin_commands()


def main() -> None:
    """Entry point: run the CLI, turning user-facing errors into one line and an exit code."""
    signal.signal(signal.SIGTERM, _terminate)
    debug = os.environ.get("KANGZHAN_DEBUG") == "1"
    try:
        cli.main(standalone_mode=False)
    except click.exceptions.Abort:
        click.echo("interrupted", err=True)
        sys.exit(130)
    except click.ClickException as e:
        e.show()
        sys.exit(e.exit_code)
    except ValidationFailed as e:
        click.echo(e.report)
        click.echo(f"error: {e}", err=True)
        sys.exit(1)
    except KangzhanError as e:
        click.echo(f"error: {e}", err=True)
        sys.exit(1)
    except KeyboardInterrupt:
        click.echo("interrupted; the store was left unchanged", err=True)
        sys.exit(130)
    except OSError as e:  # disk full, permissions, vanished files: the OS's words, one line
        where = f" ({e.filename})" if getattr(e, "filename", None) else ""
        click.echo(f"error: {e.strerror or e}{where}; nothing was changed", err=True)
        sys.exit(1)
    except Exception as e:  # a bug: one line, the traceback only on request
        if debug:
            raise
        click.echo(f"internal error: {e.__class__.__name__}: {e} (set KANGZHAN_DEBUG=1 for details)", err=True)
        sys.exit(2)


if __name__ == "__main__":
    main()
