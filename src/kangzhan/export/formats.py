"""Serialize an export graph (see graph.py) for external tools: GraphML, GEXF 1.3, Cytoscape.js JSON,
CSV tables, Graphviz DOT (and SVG/PNG/PDF through `dot`), GeoJSON.

XML is written by networkx's own writers; DOT by the `graphviz` package (which quotes for us).
Every writer returns bytes, ready for a file or an HTTP body.
"""

from __future__ import annotations

import csv
import io
import json
import shutil
import subprocess
import zipfile
from collections.abc import Callable

import networkx as nx
from networkx.readwrite.gexf import GEXFWriter

from kangzhan.errors import KangzhanError
from kangzhan.export.graph import node_spells

NODE_FIELDS = ["id", "kind", "label", "label_en", "side", "echelon", "place_type", "start", "end",
               "start_text", "end_text", "casualties_reports", "strength_reports", "casualties_china_max",
               "casualties_japan_max", "strength_china_max", "strength_japan_max", "lon", "lat", "coord_source",
               "alt_labels"]
XSI = "http://www.w3.org/2001/XMLSchema-instance"
EDGE_FIELDS = ["id", "source", "target", "relation", "label", "start", "end"]
SIDE_COLOURS = {"China": "#c0392b", "Japan": "#2c3e50", "OtherSide": "#d68910"}  # the web views use the same
KIND_SHAPES = {"battle": "box", "unit": "ellipse", "person": "diamond", "place": "house"}
KIND_COLOURS = {"battle": "#f5d76e", "unit": "#aed6f1", "person": "#d7bde2", "place": "#a9dfbf"}


def edge_id(u: str, v: str, rel: str) -> str:
    """A stable, unique edge id: the triple it stands for."""
    return f"{u} {rel} {v}"


def _clean(g: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy whose attribute values are scalars (None dropped) and whose edge keys are unique ids."""
    out = nx.MultiDiGraph(name=g.graph.get("name", "kangzhan"))
    for n, d in g.nodes(data=True):
        out.add_node(n, **{k: v for k, v in d.items() if v is not None and v != "" or k in ("label", "kind")})
    for u, v, k, d in g.edges(keys=True, data=True):
        out.add_edge(u, v, key=edge_id(u, v, k), **{kk: vv for kk, vv in d.items() if vv is not None})
    return out


def graphml(g: nx.MultiDiGraph) -> bytes:
    """GraphML with typed keys (string/int/double) for yEd, Gephi and Cytoscape desktop."""
    buf = io.BytesIO()
    nx.write_graphml(_clean(g), buf, encoding="utf-8", prettyprint=True, named_key_ids=True)
    return buf.getvalue()


def gexf(g: nx.MultiDiGraph) -> bytes:
    """GEXF 1.3; battles, their participants and their edges carry spells, so Gephi's timeline plays them."""
    c = _clean(g)
    for n, d in c.nodes(data=True):
        spells = node_spells(g, n)
        d.pop("start", None)
        d.pop("end", None)
        if spells:
            d["spells"] = spells
    for _, _, k, d in c.edges(keys=True, data=True):
        d["id"] = k  # the same edge id as in GraphML, Cytoscape and CSV (networkx would number them)
        s, e = d.pop("start", None), d.pop("end", None)
        if s and e:
            d["spells"] = [(s, e)]
    writer = GEXFWriter(version="1.3", encoding="utf-8", prettyprint=True)
    # networkx 3.x spells the XML Schema instance namespace without "www." for 1.3 (not the real one).
    writer.xml.set("xmlns:xsi", XSI)
    writer.add_graph(c)
    # networkx adds a `name` attribute that the 1.3 schema does not define; the name goes to <meta> instead.
    name = writer.graph_element.attrib.pop("name", "")
    meta = writer.xml.find("meta")
    if meta is not None and name:
        desc = meta.makeelement("description", {})
        desc.text = f"{name}: battles of the War of Resistance (抗日战争), node ids are kangzhan IRIs"
        meta.append(desc)
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


def cytoscape(g: nx.MultiDiGraph) -> bytes:
    """Cytoscape.js JSON: {"data", "directed", "multigraph", "elements": {"nodes", "edges"}}, edges with ids."""
    c = _clean(g)
    data = nx.cytoscape_data(c, name="label", ident="id")
    data["data"] = dict(c.graph)  # networkx gives a list of pairs; Cytoscape.js expects an object
    keys = list(c.edges(keys=True))
    for e, (_, _, k) in zip(data["elements"]["edges"], keys, strict=True):
        e["data"]["id"] = k
        e["data"].pop("key", None)
    return json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8")


def csv_tables(g: nx.MultiDiGraph) -> tuple[bytes, bytes]:
    """(nodes.csv, edges.csv): one row per node / edge; columns as NODE_FIELDS / EDGE_FIELDS."""
    nodes = io.StringIO()
    w = csv.DictWriter(nodes, fieldnames=NODE_FIELDS, extrasaction="ignore", lineterminator="\n")
    w.writeheader()
    for n, d in g.nodes(data=True):
        w.writerow({**d, "id": n})
    edges = io.StringIO()
    w = csv.DictWriter(edges, fieldnames=EDGE_FIELDS, extrasaction="ignore", lineterminator="\n")
    w.writeheader()
    for u, v, k, d in g.edges(keys=True, data=True):
        w.writerow({**d, "id": edge_id(u, v, k), "source": u, "target": v})
    return nodes.getvalue().encode("utf-8"), edges.getvalue().encode("utf-8")


def csv_zip(g: nx.MultiDiGraph) -> bytes:
    nodes, edges = csv_tables(g)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("nodes.csv", nodes)
        z.writestr("edges.csv", edges)
    return buf.getvalue()


def dot(g: nx.MultiDiGraph) -> bytes:
    """Graphviz DOT: shape by kind, colour by side, edges labelled with the relation (Chinese)."""
    import graphviz

    d = graphviz.Digraph("kangzhan", graph_attr={"rankdir": "LR", "fontname": "Noto Sans CJK SC", "overlap": "false"},
                         node_attr={"fontname": "Noto Sans CJK SC", "style": "filled", "fontsize": "11"},
                         edge_attr={"fontname": "Noto Sans CJK SC", "fontsize": "9", "color": "#7f8c8d"})
    ids = {n: f"n{i}" for i, n in enumerate(g.nodes)}
    for n, data in g.nodes(data=True):
        label = data.get("label") or n
        if data.get("label_en"):
            label += f"\n{data['label_en']}"
        if data.get("kind") == "battle" and data.get("start_text"):
            label += f"\n{data['start_text']}" + (f" – {data['end_text']}" if data.get("end_text") else "")
        kind = data.get("kind", "")
        d.node(ids[n], label=label, shape=KIND_SHAPES.get(kind, "ellipse"),
               fillcolor=KIND_COLOURS.get(kind, "#eeeeee"), color=SIDE_COLOURS.get(data.get("side", ""), "#555555"),
               penwidth="2" if data.get("side") else "1", URL=n, tooltip=n)
    for u, v, data in g.edges(data=True):
        d.edge(ids[u], ids[v], label=data.get("label", ""))
    return d.source.encode("utf-8")


def have_dot() -> bool:
    return shutil.which("dot") is not None


def render_dot(source: bytes, fmt: str) -> bytes:
    """Render DOT with the `dot` program (Debian package `graphviz`) to svg, png or pdf."""
    if fmt not in ("svg", "png", "pdf"):
        raise KangzhanError(f"cannot render DOT to {fmt!r} (use svg, png or pdf)")
    exe = shutil.which("dot")
    if exe is None:
        raise KangzhanError("rendering needs Graphviz's `dot` (apt-get install graphviz); write .dot instead")
    proc = subprocess.run([exe, f"-T{fmt}"], input=source, capture_output=True, timeout=300)
    if proc.returncode != 0:
        raise KangzhanError(f"dot failed: {proc.stderr.decode('utf-8', 'replace').strip().splitlines()[-1:]}")
    return proc.stdout


def geojson(g: nx.MultiDiGraph) -> bytes:
    """Places with coordinates as Points; battles at their located places (Point / MultiPoint) with their span."""
    features = []
    for n, d in g.nodes(data=True):
        if d.get("kind") == "place" and "lon" in d:
            features.append({"type": "Feature", "id": n, "geometry": {"type": "Point", "coordinates": [d["lon"], d["lat"]]},
                             "properties": _props(n, d)})
    for n, d in g.nodes(data=True):
        if d.get("kind") != "battle":
            continue
        pts, names = [], []
        for _, v, rel in g.out_edges(n, keys=True):
            vd = g.nodes[v]
            if rel == "location" and "lon" in vd:
                pts.append([vd["lon"], vd["lat"]])
                names.append(vd.get("label", v))
        if not pts:
            continue
        geom = {"type": "Point", "coordinates": pts[0]} if len(pts) == 1 else {"type": "MultiPoint", "coordinates": pts}
        props = _props(n, d)
        props["places"] = names
        features.append({"type": "Feature", "id": n, "geometry": geom, "properties": props})
    return json.dumps({"type": "FeatureCollection", "features": features}, ensure_ascii=False, indent=1).encode("utf-8")


def _props(n: str, d: dict) -> dict:
    keep = ("kind", "label", "label_en", "place_type", "start", "end", "start_text", "end_text", "coord_source")
    return {"iri": n, **{k: d[k] for k in keep if d.get(k) not in (None, "")}}


WRITERS: dict[str, tuple[Callable[[nx.MultiDiGraph], bytes], str, str]] = {
    # format → (writer, media type, file suffix)
    "graphml": (graphml, "application/graphml+xml", ".graphml"),
    "gexf": (gexf, "application/gexf+xml", ".gexf"),
    "cytoscape": (cytoscape, "application/json", ".cyjs"),
    "csv": (csv_zip, "application/zip", ".zip"),
    "dot": (dot, "text/vnd.graphviz", ".dot"),
    "geojson": (geojson, "application/geo+json", ".geojson"),
}
FORMATS = tuple(WRITERS)
