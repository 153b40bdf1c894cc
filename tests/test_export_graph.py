"""Dates at the precision the text gives become full spans; spells merge; the gazetteer distance is sane."""

from __future__ import annotations

import networkx as nx
import pytest

from kangzhan.export.geo import km
from kangzhan.export.graph import date_bounds, node_spells


@pytest.mark.parametrize("value, start, end", [
    ("1938-03-16", "1938-03-16", "1938-03-16"),
    ("1940-02", "1940-02-01", "1940-02-29"),  # leap year
    ("1941-02", "1941-02-01", "1941-02-28"),
    ("1937", "1937-01-01", "1937-12-31"),
    ("not a date", None, None),
])
def test_date_bounds(value, start, end):
    assert (date_bounds(value), date_bounds(value, end=True)) == (start, end)


def test_spells_of_a_unit_merge_overlapping_battles_and_keep_gaps():
    g = nx.MultiDiGraph()
    g.add_node("u", kind="unit")
    for b, s, e in [("b1", "1938-01-01", "1938-03-01"), ("b2", "1938-02-01", "1938-05-01"), ("b3", "1941-09-07", "1941-10-09")]:
        g.add_node(b, kind="battle", start=s, end=e)
        g.add_edge(b, "u", key="participant", start=s, end=e)
    g.add_node("b4", kind="battle")  # undated: no spell
    g.add_edge("b4", "u", key="participant")
    assert node_spells(g, "u") == [("1938-01-01", "1938-05-01"), ("1941-09-07", "1941-10-09")]
    assert node_spells(g, "b4") == []


def test_km_between_two_cities():
    assert 290 < km((112.94, 28.23), (114.31, 30.59)) < 310  # 长沙 – 武汉 ≈ 300 km
