"""Exports over HTTP (/export/<format>) and the built-in views: battle network, timeline, map.

The pages are templates plus scripts under static/viz/ (no inline script: the app's CSP forbids
it); the libraries are vendored from npm under static/vendor/, so nothing is fetched from a CDN.
Bad filters answer 400 with one line, the same messages as `kangzhan export`.
"""

from __future__ import annotations

import json
import re

import networkx as nx
import pyoxigraph as ox
from flask import Blueprint, Response, current_app, render_template, request, url_for

from kangzhan.errors import KangzhanError
from kangzhan.export import formats
from kangzhan.export.api import export, graph_for
from kangzhan.export.graph import Selection, find_battles, load_graph

blueprint = Blueprint("viz", __name__)
SUFFIX = {fmt: suffix for fmt, (_, _, suffix) in formats.WRITERS.items()}


def _store() -> ox.Store:
    ex = current_app.config.get("KANGZHAN_EXECUTOR")
    return ex.read_store() if ex is not None else current_app.config["KANGZHAN_STORE"]


_graphs: dict = {}


def _graph() -> nx.MultiDiGraph:
    """load_graph of the live store, cached per store generation (pages and exports share it; don't mutate)."""
    store = _store()
    ex = current_app.config.get("KANGZHAN_EXECUTOR")
    key = (id(store), ex.generation() if ex is not None else None, getattr(ex, "version", None))
    g = _graphs.get(key)
    if g is None:
        g = load_graph(store)
        _graphs.clear()
        _graphs[key] = g
    return g


def _bad(message: str) -> Response:
    return Response(message.splitlines()[0] + "\n", 400, mimetype="text/plain")


def _year(name: str) -> int | None:
    raw = request.args.get(name, "").strip()
    if not raw:
        return None
    try:
        return int(raw)
    except ValueError:
        raise KangzhanError(f"'{name}' must be a year, not {raw!r}") from None


def _selection() -> Selection:
    return Selection(battle=request.args.get("battle") or None, year_from=_year("from"), year_to=_year("to"),
                     construct=request.args.get("query") or None)


def _constructed(sel: Selection) -> list | None:
    """Run the selection's CONSTRUCT like /sparql does: size limit, no SERVICE, in a worker with a time limit."""
    if not sel.construct:
        return None
    cfg = current_app.config.get("KANGZHAN_CONFIG")
    limit = getattr(cfg, "max_query_bytes", 64 * 1024)
    text = sel.construct
    if len(text.encode("utf-8")) > limit:
        raise KangzhanError(f"query longer than {limit} bytes")
    if re.search(r"\bSERVICE\b", text, re.IGNORECASE):
        raise KangzhanError("SERVICE is not allowed in an export query (use /sparql)")
    if not re.search(r"\bCONSTRUCT\b", text, re.IGNORECASE):
        raise KangzhanError("query must be a SPARQL CONSTRUCT query")
    executor = current_app.config.get("KANGZHAN_EXECUTOR")
    if executor is None or cfg is None:
        return None  # a bare app (no worker pool): the export runs the query itself
    from kangzhan.serve.formats import RESULTS
    from kangzhan.serve.pool import PoolBusy, QueryTimeout, WorkerLost

    req = {"query": text, "form": "CONSTRUCT", "results_mime": "application/sparql-results+json",
           "results_fmt": RESULTS["application/sparql-results+json"], "graph_mime": "application/n-triples",
           "max_rows": cfg.max_rows, "default_graphs": [], "named_graphs": []}
    try:
        answer = executor.query(req, cfg.timeout)
        body = b"".join(answer.body)
    except QueryTimeout:
        raise KangzhanError(f"query stopped: it ran past the time limit of {cfg.timeout:g} s") from None
    except (PoolBusy, WorkerLost) as e:
        raise KangzhanError(f"query not run: {e or 'the server is busy'}") from None
    if answer.status != 200:
        raise KangzhanError(body.decode("utf-8", "replace").strip().splitlines()[0][:160])
    if not answer.mime.startswith("application/n-triples"):
        raise KangzhanError("query must be a SPARQL CONSTRUCT query")
    return list(ox.parse(body, format=ox.RdfFormat.N_TRIPLES))


@blueprint.route("/export/<fmt>")
def export_format(fmt: str) -> Response:
    """/export/graphml|gexf|cytoscape|csv|dot|geojson?battle=&from=&to=&query= (csv: &table=nodes|edges;
    dot: &render=svg|png)."""
    if fmt not in formats.WRITERS:
        return _bad(f"unknown format {fmt!r} (use {', '.join(formats.FORMATS)})")
    try:
        sel = _selection()
        table, render = request.args.get("table"), request.args.get("render")
        if fmt == "csv" and table:
            if table not in ("nodes", "edges"):
                return _bad("table must be 'nodes' or 'edges'")
            nodes, edges = formats.csv_tables(graph_for(_store(), sel, _constructed(sel), _graph()))
            return _file(nodes if table == "nodes" else edges, "text/csv; charset=utf-8", f"kangzhan.{table}.csv")
        body = export(_store(), fmt, sel, _constructed(sel), _graph())
        if fmt == "dot" and render:
            body = formats.render_dot(body, render)
            mime = {"svg": "image/svg+xml", "png": "image/png", "pdf": "application/pdf"}[render]
            return _file(body, mime, f"kangzhan.{render}")
    except KangzhanError as e:
        return _bad(str(e))
    mime = formats.WRITERS[fmt][1]
    if mime.endswith(("json", "xml")) or mime.startswith("text/"):
        mime += "; charset=utf-8"
    return _file(body, mime, "kangzhan" + SUFFIX[fmt])


def _file(body: bytes, mime: str, name: str) -> Response:
    resp = Response(body, content_type=mime)
    disposition = "attachment" if request.args.get("download") else "inline"
    resp.headers["Content-Disposition"] = f'{disposition}; filename="{name}"'
    cors = getattr(current_app.config.get("KANGZHAN_CONFIG"), "cors_origin", "*")
    if cors:  # so web tools (Gephi Lite, kepler.gl …) can fetch exports, as the operator allows for /sparql
        resp.headers["Access-Control-Allow-Origin"] = cors
        resp.headers.add("Vary", "Origin")
    return resp


# --------------------------------------------------------------------------------------- pages


@blueprint.route("/viz/")
def index() -> str:
    g = _graph()
    battles = sorted((d.get("start", "9999"), d["label"], n, d.get("start_text", "")) for n, d in g.nodes(data=True)
                     if d["kind"] == "battle")
    kinds: dict[str, int] = {}
    for _, d in g.nodes(data=True):
        kinds[d["kind"]] = kinds.get(d["kind"], 0) + 1
    return render_template("viz_index.html", battles=battles, kinds=kinds, edges=g.number_of_edges(),
                           formats=formats.FORMATS)


@blueprint.route("/viz/network")
def network() -> Response | str:
    battle = request.args.get("battle", "").strip()
    title = ""
    if battle:
        g = _graph()
        found = find_battles(g, battle)
        if not found:
            return Response(render_template("viz_error.html", message=f"no battle named {battle!r} in the store"), 400)
        d = g.nodes[found[0]]
        title = " · ".join(filter(None, [d["label"], d.get("label_en"), d.get("start_text")]))
    data_url = url_for("viz.export_format", fmt="cytoscape", **({"battle": battle} if battle else {}))
    return render_template("viz_network.html", battle=battle, title=title, data_url=data_url)


@blueprint.route("/viz/timeline")
def timeline() -> str:
    return render_template("viz_timeline.html", data_url=url_for("viz.timeline_data"))


@blueprint.route("/viz/timeline.json")
def timeline_data() -> Response:
    """Dated battles with the sides and units that took part, for the timeline's filters."""
    g = _graph()
    items, units = [], {}
    for n, d in g.nodes(data=True):
        if d["kind"] != "battle" or "start" not in d:
            continue
        parts = [v for _, v, rel in g.out_edges(n, keys=True) if rel in ("participant", "commander")]
        for v in parts:
            vd = g.nodes[v]
            if vd["kind"] == "unit":
                units[v] = {"id": v, "label": vd["label"], "side": vd.get("side", "")}
        items.append({
            "id": n, "content": d["label"], "start": d["start"], "end": d["end"] if d["end"] != d["start"] else None,
            "title": f"{d['label']} {d.get('start_text', '')}" + (f" – {d['end_text']}" if d.get("end_text") else ""),
            "sides": sorted({g.nodes[v].get("side", "") for v in parts} - {""}),
            "units": sorted(v for v in parts if g.nodes[v]["kind"] == "unit"),
        })
    items.sort(key=lambda i: i["start"])
    body = {"items": items, "units": sorted(units.values(), key=lambda u: (u["side"], u["label"]))}
    return Response(json.dumps(body, ensure_ascii=False), content_type="application/json; charset=utf-8")


@blueprint.route("/viz/map")
def map_view() -> str:
    return render_template("viz_map.html", data_url=url_for("viz.export_format", fmt="geojson"),
                           base_url=url_for("static", filename="vendor/china-provinces/china-provinces.geojson"))
