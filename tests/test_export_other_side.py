"""A third party's units (kz:OtherSide: the Allies, 英缅第1师, 美军第475团) have their own colour in the exports
and in the web views' legends, beside China's and Japan's, instead of the grey of a unit with no side.
The text is written for this test (a battle of the Burma campaign, no document of the repository)."""

from __future__ import annotations

import json
import re

import networkx as nx
import pytest
from helpers import ROOT, run_cli

TEXT = ("同古保卫战\n1942年3月，英缅第1师在同古以西被日军第55师团压迫后撤，我第200师死守同古，"
        "美军第5307团尚未到达，英军第7装甲旅掩护其侧翼。\n")


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    root = tmp_path_factory.mktemp("other")
    src = root / "tonggu.txt"
    src.write_text(TEXT, encoding="utf-8")
    proc = run_cli("build", str(src), store=root / "store")
    assert proc.returncode == 0, proc.stderr
    return root / "store"


def _export(store, fmt, out):
    proc = run_cli("export", "--format", fmt, "-o", str(out), store=store)
    assert proc.returncode == 0, proc.stderr
    return out


def _dot_colours(source: str) -> dict[str, str]:
    """label's first line → the node's outline colour, from the DOT source."""
    out = {}
    for m in re.finditer(r'\bn\d+ \[(?P<attrs>.*?)\]\n', source, re.S):
        label = re.search(r'label="([^"\\]*)', m.group("attrs"))
        colour = re.search(r'\bcolor="([^"]*)"', m.group("attrs"))
        if label and colour:
            out[label.group(1)] = colour.group(1)
    return out


def test_allied_units_have_their_own_colour_in_the_dot_export(store, tmp_path):
    colours = _dot_colours(_export(store, "dot", tmp_path / "g.dot").read_text(encoding="utf-8"))
    allied, china, japan = colours["英缅第1师"], colours["第200师"], colours["第55师团"]
    assert allied == colours["英军第7装甲旅"]
    assert len({allied, china, japan, "#555555"}) == 4  # none of the two sides', nor the grey of no side


def test_allied_units_carry_their_side_in_graphml_and_cytoscape(store, tmp_path):
    g = nx.read_graphml(_export(store, "graphml", tmp_path / "g.graphml"))
    sides = {d["label"]: d.get("side") for _, d in g.nodes(data=True) if d["kind"] == "unit"}
    assert sides["英缅第1师"] == "OtherSide" and sides["第200师"] == "China" and sides["第55师团"] == "Japan"
    cy = json.loads(_export(store, "cytoscape", tmp_path / "g.cyjs").read_text(encoding="utf-8"))
    assert {n["data"]["side"] for n in cy["elements"]["nodes"] if n["data"]["kind"] == "unit"} \
        == {"China", "Japan", "OtherSide"}


def test_the_web_views_colour_and_list_the_other_side_as_the_exports_do():
    from kangzhan.export.formats import SIDE_COLOURS

    viz = ROOT / "src" / "kangzhan" / "serve"
    css = (viz / "static" / "viz" / "viz.css").read_text(encoding="utf-8")
    js = (viz / "static" / "viz" / "network.js").read_text(encoding="utf-8")
    page = (viz / "templates" / "viz_network.html").read_text(encoding="utf-8")
    for side, legend in (("China", "cn"), ("Japan", "jp"), ("OtherSide", "other")):
        colour = SIDE_COLOURS[side]
        assert f".legend .{legend} {{ border-color: {colour}; }}" in css
        assert f"[side = '{side}']\", style: {{ \"border-color\": \"{colour}\"" in js
        assert f'class="k unit {legend}"' in page
