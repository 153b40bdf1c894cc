"""`kangzhan export` writes every format; each one parses back with the counts SPARQL gives on the same store."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import zipfile

import networkx as nx
import pytest
import xmlschema
from export_helpers import DATA, fixture_store, need_tool, seed_store, sparql_counts
from helpers import run_cli
from jsonschema import Draft7Validator

R = "https://w3id.org/kangzhan/resource/"


@pytest.fixture(scope="module", params=["fixture", "seeds"])
def store(request, tmp_path_factory):
    root = tmp_path_factory.mktemp(request.param) / "store"
    return fixture_store(root) if request.param == "fixture" else seed_store()


@pytest.fixture(scope="module")
def fixture(tmp_path_factory):
    return fixture_store(tmp_path_factory.mktemp("fx") / "store")


def export(store, fmt, out, *extra):
    proc = run_cli("export", "--format", fmt, "-o", str(out), *extra, store=store)
    assert proc.returncode == 0, proc.stderr
    return out


def test_graphml_round_trip(store, tmp_path):
    g = nx.read_graphml(export(store, "graphml", tmp_path / "g.graphml"))
    nodes, edges = sparql_counts(store)
    assert nodes > 0
    assert (g.number_of_nodes(), g.number_of_edges()) == (nodes, edges)
    assert all(n.startswith(R) for n in g.nodes)
    assert {d["kind"] for _, d in g.nodes(data=True)} <= {"battle", "unit", "person", "place"}
    assert all(d["label"] for _, d in g.nodes(data=True))


def test_gexf_validates_against_1_3_schema_and_round_trips(store, tmp_path):
    out = export(store, "gexf", tmp_path / "g.gexf")
    xmlschema.XMLSchema(str(DATA / "gexf-1.3" / "gexf.xsd")).validate(str(out))
    g = nx.read_gexf(out, version="1.3")
    assert (g.number_of_nodes(), g.number_of_edges()) == sparql_counts(store)
    dated = [d for _, d in g.nodes(data=True) if d.get("kind") == "battle" and d.get("start_text")]
    assert all(d.get("spells") for d in dated)


def test_gexf_spells_follow_battle_dates(fixture, tmp_path):
    g = nx.read_gexf(export(fixture, "gexf", tmp_path / "g.gexf"), version="1.3")
    assert g.nodes[R + "battle/台儿庄战役"]["spells"] == [("1938-03-16", "1938-04-07")]
    # a gYearMonth start is its first day; a gYear-only battle spans its year
    assert g.nodes[R + "battle/徐州会战"]["spells"] == [("1938-01-01", "1938-05-19")]
    # a unit is on stage while its battles are: two overlapping 1938 battles merge into one spell
    assert g.nodes[R + "unit/CN/第2集团军"]["spells"] == [("1938-01-01", "1938-12-31")]
    assert "spells" not in g.nodes[R + "battle/无日期战斗"]
    spells = [d["spells"] for u, v, d in g.edges(data=True) if (u, v) == (R + "battle/台儿庄战役", R + "unit/JP/第10师团")]
    assert spells == [[("1938-03-16", "1938-04-07")]]


def test_graphml_attributes_are_typed(fixture, tmp_path):
    out = export(fixture, "graphml", tmp_path / "g.graphml")
    g = nx.read_graphml(out)
    b = g.nodes[R + "battle/台儿庄战役"]
    assert b["casualties_japan_max"] == 11000 and b["casualties_reports"] == 1
    assert g.nodes[R + "unit/JP/第10师团"]["side"] == "Japan"
    assert g.nodes[R + "unit/JP/第10师团"]["echelon"] == "师团"
    assert g.nodes[R + "battle/徐州会战"]["label_en"] == "Battle of Xuzhou"
    assert isinstance(g.nodes[R + "place/徐州"]["lon"], float)
    rels = {d["relation"] for _, _, d in g.edges(data=True)}
    assert rels == {"participant", "commander", "location", "partOf", "commands", "subUnitOf"}


def test_cytoscape_json_matches_schema_and_counts(store, tmp_path):
    data = json.loads(export(store, "cytoscape", tmp_path / "g.cyjs").read_text(encoding="utf-8"))
    Draft7Validator(json.loads((DATA / "viz" / "cytoscape.schema.json").read_text())).validate(data)
    nodes, edges = data["elements"]["nodes"], data["elements"]["edges"]
    assert (len(nodes), len(edges)) == sparql_counts(store)
    ids = {n["data"]["id"] for n in nodes}
    assert all(e["data"]["source"] in ids and e["data"]["target"] in ids for e in edges)
    assert len({e["data"]["id"] for e in edges}) == len(edges)


def test_csv_tables_both_ways(store, tmp_path):
    export(store, "csv", tmp_path / "g.csv")
    nodes = list(csv.DictReader(io.StringIO((tmp_path / "g.nodes.csv").read_text(encoding="utf-8"))))
    edges = list(csv.DictReader(io.StringIO((tmp_path / "g.edges.csv").read_text(encoding="utf-8"))))
    assert (len(nodes), len(edges)) == sparql_counts(store)
    with zipfile.ZipFile(export(store, "csv", tmp_path / "g.zip")) as z:
        assert sorted(z.namelist()) == ["edges.csv", "nodes.csv"]
        assert len(list(csv.DictReader(io.TextIOWrapper(z.open("nodes.csv"), encoding="utf-8")))) == len(nodes)


def test_dot_lays_out_every_node_and_edge(store, tmp_path):
    dot = need_tool("dot")
    out = export(store, "dot", tmp_path / "g.dot")
    plain = subprocess.run([dot, "-Tplain", str(out)], capture_output=True, text=True, check=True).stdout
    lines = [line.split()[0] for line in plain.splitlines() if line]
    assert (lines.count("node"), lines.count("edge")) == sparql_counts(store)


def test_dot_renders_png(fixture, tmp_path):
    need_tool("dot")
    png = export(fixture, "dot", tmp_path / "g.png").read_bytes()
    assert png[:8] == b"\x89PNG\r\n\x1a\n" and len(png) > 5000


def test_geojson_places_and_battles(fixture, tmp_path):
    data = json.loads(export(fixture, "geojson", tmp_path / "g.geojson").read_text(encoding="utf-8"))
    Draft7Validator(json.loads((DATA / "geojson-schema" / "FeatureCollection.json").read_text())).validate(data)
    feats = {f["id"]: f for f in data["features"]}
    places = [f for f in data["features"] if f["properties"]["kind"] == "place"]
    assert len(places) <= sparql_counts(fixture, "FILTER(?c = kz:Place)")[0]
    # coordinates stated in the store (wdt:P625 through owl:sameAs) win over the gazetteer
    assert feats[R + "place/武汉"]["geometry"]["coordinates"] == [114.3, 30.6]
    assert feats[R + "place/武汉"]["properties"]["coord_source"] == "store"
    lon, lat = feats[R + "place/徐州"]["geometry"]["coordinates"]
    assert 116 < lon < 119 and 33 < lat < 35.5
    assert R + "place/运河" not in feats  # a river is not the district 运河区: left off, not guessed
    # namesakes are resolved by the battle's other places, or left off: never put 1000 km away
    from kangzhan.export.geo import km

    changsha = tuple(feats[R + "place/长沙"]["geometry"]["coordinates"])
    assert R + "place/新市" not in feats
    if R + "place/东安" in feats:
        assert km(tuple(feats[R + "place/东安"]["geometry"]["coordinates"]), changsha) < 600
    b = feats[R + "battle/台儿庄战役"]
    assert b["geometry"]["type"] == "Point"  # one of its two places has coordinates
    assert (b["properties"]["start"], b["properties"]["end"]) == ("1938-03-16", "1938-04-07")
    assert R + "battle/无日期战斗" not in feats


def test_battle_selection_includes_sub_battles(fixture, tmp_path):
    g = nx.read_graphml(export(fixture, "graphml", tmp_path / "b.graphml", "--battle", "徐州会战"))
    from kangzhan.query import run
    from kangzhan.store import open_store

    root = f"<{R}battle/徐州会战>"
    q = f"""SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE {{ {{ ?x kz:partOf* {root} }} UNION
      {{ ?b kz:partOf* {root} . VALUES ?p {{ kz:participant kz:commander kz:location }} ?b ?p ?x }} }}"""
    assert g.number_of_nodes() == int(next(iter(run(open_store(fixture), q)))["n"].value)
    assert R + "battle/台儿庄战役" in g and R + "battle/长沙会战" not in g
    by_alt = nx.read_graphml(export(fixture, "graphml", tmp_path / "a.graphml", "--battle", "臺兒莊戰役"))
    assert R + "battle/台儿庄战役" in by_alt and R + "battle/徐州会战" not in by_alt
    by_iri = nx.read_graphml(export(fixture, "graphml", tmp_path / "i.graphml", "--battle", R + "battle/长沙会战"))
    assert set(by_iri.nodes) == {R + "battle/长沙会战", R + "unit/JP/第11军"} | {R + "place/" + p for p in ("长沙", "湘潭", "东安", "新市")}


def test_year_range_and_construct_query(fixture, tmp_path):
    g = nx.read_graphml(export(fixture, "graphml", tmp_path / "y.graphml", "--from", "1941", "--to", "1945"))
    assert {d["kind"] for _, d in g.nodes(data=True) if d["kind"] == "battle"} == {"battle"}
    assert [n for n, d in g.nodes(data=True) if d["kind"] == "battle"] == [R + "battle/长沙会战"]
    q = "CONSTRUCT { ?p kz:commands ?u } WHERE { ?p a kz:Person ; kz:commands ?u }"
    c = nx.read_graphml(export(fixture, "graphml", tmp_path / "q.graphml", "--query", q))
    assert (c.number_of_nodes(), c.number_of_edges()) == (2, 1)
    assert c.nodes[R + "person/孙连仲"]["kind"] == "person"  # attributes come along from the store


@pytest.mark.parametrize("args, message", [
    (["--battle", "不存在的战役"], "no battle named"),
    (["--from", "1950", "--to", "1960"], "no dated battle"),
    (["--from", "1945", "--to", "1931"], "empty range"),
    (["--query", "CONSTRUCT { ?s ?p"], "SPARQL syntax error"),
    (["--query", "SELECT * WHERE { ?s ?p ?o }"], "CONSTRUCT"),
    (["--query", "CONSTRUCT { ?s ?p ?o } WHERE { ?s kz:noSuchProperty ?o }"], "no triples"),
])
def test_bad_filters_give_one_line_and_no_file(fixture, tmp_path, args, message):
    out = tmp_path / "bad.gexf"
    proc = run_cli("export", "--format", "gexf", "-o", str(out), *args, store=fixture)
    assert proc.returncode == 1
    assert message in proc.stderr and len(proc.stderr.strip().splitlines()) == 1
    assert "Traceback" not in proc.stderr
    assert not out.exists() and list(tmp_path.iterdir()) == []


def test_dot_refuses_an_image_format_it_cannot_render(fixture, tmp_path):
    proc = run_cli("export", "--format", "dot", "-o", str(tmp_path / "x.gif"), store=fixture)
    assert proc.returncode == 1 and ".svg, .png or .pdf" in proc.stderr
    assert list(tmp_path.iterdir()) == []


def test_geojson_without_coordinates_is_an_error(fixture, tmp_path):
    proc = run_cli("export", "--format", "geojson", "-o", str(tmp_path / "x.geojson"), "--battle", "无日期战斗",
                   store=fixture)
    assert proc.returncode == 1 and "coordinates" in proc.stderr
    assert not (tmp_path / "x.geojson").exists()


def test_empty_store_is_an_error(tmp_path):
    proc = run_cli("export", "--format", "graphml", "-o", str(tmp_path / "x.graphml"), store=tmp_path / "none")
    assert proc.returncode == 1 and "store is empty" in proc.stderr
