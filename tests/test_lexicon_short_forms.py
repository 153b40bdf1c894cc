"""One short-form rule (derive.short_form) serves the extractor's lexicon and the map gazetteer."""

from __future__ import annotations

import pytest

from kangzhan.export.geo import gazetteer, km
from kangzhan.extract.lexicons import admin
from kangzhan.extract.lexicons.derive import short_form


@pytest.mark.parametrize("official, nations, short", [
    ("长沙市", (), "长沙"),
    ("湖南省", (), "湖南"),
    ("兴安盟", (), "兴安"),
    ("和田地区", (), "和田"),
    ("香港特别行政区", (), "香港"),
    ("神农架林区", (), "神农架"),
    ("万柏林区", (), "万柏林"),  # 林 + 区, not a forest district (林区)
    ("西林区", (), "西林"),
    ("长阳土家族自治县", ("土家族",), "长阳"),
    ("长阳土家族自治县", (), "长阳土家族"),
    ("忠县", (), None),  # a one-character stem is refused
    ("长沙", (), None),  # no suffix
])
def test_short_form(official, nations, short):
    assert short_form(official, nations) == short


def test_gazetteer_lists_every_division_under_its_short_form():
    # admin.tsv gives a shared short form to one division; the map still knows all of them
    assert admin()["东安"].official in {"东安区", "东安县"}
    points = [pt for _, pt in gazetteer()["东安"]]
    assert len(points) == 2 and km(*points) > 1000  # Hunan and Heilongjiang
