"""One entry point for the CLI and the web app: a selection of the store in one format, as bytes."""

from __future__ import annotations

import networkx as nx
import pyoxigraph as ox

from kangzhan.errors import KangzhanError
from kangzhan.export import formats
from kangzhan.export.geo import add_coordinates
from kangzhan.export.graph import Selection, select


def graph_for(store: ox.Store, sel: Selection, constructed: list | None = None,
              base: nx.MultiDiGraph | None = None) -> nx.MultiDiGraph:
    """The selected graph with coordinates on the places that can be placed."""
    g = select(store, sel, constructed, base)
    add_coordinates(store, g)
    return g


def export(store: ox.Store, fmt: str, sel: Selection, constructed: list | None = None,
           base: nx.MultiDiGraph | None = None) -> bytes:
    """Serialize a selection; an export that would be empty is an error, never an empty file."""
    if fmt not in formats.WRITERS:
        raise KangzhanError(f"unknown format {fmt!r} (use {', '.join(formats.FORMATS)})")
    g = graph_for(store, sel, constructed, base)
    if fmt == "geojson" and not any("lon" in d for _, d in g.nodes(data=True)):
        raise KangzhanError("no place in this selection has coordinates; nothing to put on a map")
    return formats.WRITERS[fmt][0](g)
