"""`kangzhan export`: the graph (or a selection of it) as a file for Gephi, Cytoscape, yEd, Graphviz or a map."""

from __future__ import annotations

from pathlib import Path

import click

from kangzhan.cli import STORE_OPTION, _store_dir
from kangzhan.errors import KangzhanError

FORMATS = ("graphml", "gexf", "cytoscape", "csv", "dot", "geojson")


def write_atomically(path: Path, data: bytes) -> None:
    """Write beside the target, then rename: an interrupted export never leaves a half file."""
    tmp = path.with_name(f".{path.name}.tmp")
    try:
        tmp.write_bytes(data)
        tmp.replace(path)
    finally:
        tmp.unlink(missing_ok=True)


@click.command("export")
@click.option("--format", "fmt", type=click.Choice(FORMATS), required=True, help="Output format.")
@click.option("-o", "--output", type=click.Path(path_type=Path, dir_okay=False), required=True,
              help="Output file. csv: FILE.zip, or FILE.csv → FILE.nodes.csv + FILE.edges.csv; "
                   "dot: .dot, or .svg/.png/.pdf rendered with Graphviz.")
@click.option("--battle", default=None, help="Only this battle (label or IRI), its sub-battles and what is linked to them.")
@click.option("--from", "year_from", type=int, default=None, help="Only battles that overlap this year or later.")
@click.option("--to", "year_to", type=int, default=None, help="Only battles that overlap this year or earlier.")
@click.option("--query", "construct", default=None, help="A SPARQL CONSTRUCT query whose triples form the graph.")
@STORE_OPTION
def command(fmt, output, battle, year_from, year_to, construct, store_dir) -> None:
    """Export the graph as GraphML, GEXF 1.3, Cytoscape.js JSON, CSV tables, Graphviz DOT or GeoJSON."""
    from kangzhan.export import formats
    from kangzhan.export.api import export, graph_for
    from kangzhan.export.graph import Selection
    from kangzhan.store import open_store

    store = open_store(_store_dir(store_dir))
    if store is None:
        raise KangzhanError("the store is empty; run `kangzhan build` first")
    sel = Selection(battle=battle, year_from=year_from, year_to=year_to, construct=construct)
    suffix = output.suffix.lower()
    if fmt == "dot" and suffix not in ("", ".dot", ".gv", ".svg", ".png", ".pdf"):
        raise KangzhanError(f"{output}: dot writes .dot/.gv, or renders .svg, .png or .pdf")
    if fmt == "csv" and suffix != ".zip":
        g = graph_for(store, sel)
        nodes, edges = formats.csv_tables(g)
        stem = output.with_suffix("") if suffix == ".csv" else output
        targets = [(stem.with_name(stem.name + ".nodes.csv"), nodes), (stem.with_name(stem.name + ".edges.csv"), edges)]
        for path, data in targets:
            write_atomically(path, data)
        click.echo(f"wrote {g.number_of_nodes()} nodes, {g.number_of_edges()} edges → "
                   f"{targets[0][0]}, {targets[1][0]}")
        return
    data = export(store, fmt, sel)
    if fmt == "dot" and suffix in (".svg", ".png", ".pdf"):
        data = formats.render_dot(data, suffix[1:])
    write_atomically(output, data)
    click.echo(f"wrote {fmt} ({len(data)} bytes) → {output}")
