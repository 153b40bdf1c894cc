"""Headless Chromium draws the three views (network, timeline, map) over a real server; screenshots are
kept in tests/artifacts/ (gitignored) for people to look at."""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

import pytest
from export_helpers import Server, fixture_store, need_tool, seed_store

ARTIFACTS = Path(__file__).parent / "artifacts"
pytestmark = [pytest.mark.browser, pytest.mark.slow]
# pixels of the network's canvases that are not transparent: a drawn graph has thousands
PAINTED = """var n = 0; document.querySelectorAll('#cy canvas').forEach(function (c) {
  var d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
  for (var i = 3; i < d.length; i += 4) { if (d[i] > 0) { n++; } } }); return n;"""


@pytest.fixture(scope="module")
def browser():
    chromium, driver_path = need_tool("chromium"), need_tool("chromedriver")
    if os.environ.get("CI") == "true":
        from selenium import webdriver
    else:
        webdriver = pytest.importorskip("selenium.webdriver")
    from selenium.webdriver.chrome.service import Service

    opts = webdriver.ChromeOptions()
    opts.binary_location = chromium
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--window-size=1400,1000", "--lang=zh-CN"):
        opts.add_argument(arg)
    opts.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    d = webdriver.Chrome(service=Service(driver_path), options=opts)
    d.set_page_load_timeout(60)
    yield d
    d.quit()


@pytest.fixture(scope="module", params=["seeds", "fixture"])
def site(request, tmp_path_factory):
    root = tmp_path_factory.mktemp(f"viz-{request.param}") / "store"
    store = seed_store() if request.param == "seeds" else fixture_store(root)
    server = Server(store)
    yield request.param, server
    server.stop()


def _open(browser, server, path: str) -> dict:
    """Load a page, wait until its script says it drew (or failed), return what it drew."""
    browser.get_log("browser")  # drop earlier pages' messages
    browser.get(server.url + path)
    deadline = time.time() + 40
    while time.time() < deadline:
        ready, error = browser.execute_script(
            "return [document.body.getAttribute('data-viz-ready'), document.body.getAttribute('data-viz-error')]")
        if error:
            pytest.fail(f"{path}: the page reported an error: {error}")
        if ready:
            time.sleep(0.5)  # let the last frame paint before the screenshot
            return json.loads(ready)
        time.sleep(0.2)
    pytest.fail(f"{path}: the page never finished drawing")


def _no_js_errors(browser, path: str) -> None:
    severe = [e["message"] for e in browser.get_log("browser")
              if e["level"] == "SEVERE" and "favicon.ico" not in e["message"]]
    assert not severe, f"{path}: {severe}"


def _shot(browser, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    browser.save_screenshot(str(ARTIFACTS / f"{name}.png"))


def test_network_view_draws_the_export(browser, site):
    name, server = site
    exported = json.loads(server.get("/export/cytoscape")[2])["elements"]
    drawn = _open(browser, server, "/viz/network")
    _shot(browser, f"viz-{name}-network")
    assert drawn == {"nodes": len(exported["nodes"]), "edges": len(exported["edges"])}
    assert browser.execute_script(PAINTED) > 2000
    _no_js_errors(browser, "/viz/network")


def test_battle_page_shows_its_network(browser, site):
    name, server = site
    items = json.loads(server.get("/viz/timeline.json")[2])["items"]
    battle = max(items, key=lambda i: len(i["units"]))["id"] if items else None
    if battle is None:
        pytest.skip("no dated battle in this store")
    import urllib.parse

    q = "?battle=" + urllib.parse.quote(battle)
    exported = json.loads(server.get("/export/cytoscape" + q)[2])["elements"]
    drawn = _open(browser, server, "/viz/network" + q)
    _shot(browser, f"viz-{name}-battle")
    assert drawn["nodes"] == len(exported["nodes"]) >= 1
    _no_js_errors(browser, "/viz/network" + q)


def test_timeline_draws_and_filters_by_side(browser, site):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    name, server = site
    data = json.loads(server.get("/viz/timeline.json")[2])
    drawn = _open(browser, server, "/viz/timeline")
    _shot(browser, f"viz-{name}-timeline")
    assert drawn == {"items": len(data["items"]), "total": len(data["items"])}
    assert len(data["items"]) > 0
    root = browser.find_element(By.CSS_SELECTOR, "#timeline .vis-timeline")
    assert root.value_of_css_property("visibility") == "visible"
    frame = root.rect
    boxes = [e.rect for e in browser.find_elements(By.CSS_SELECTOR, "#timeline .vis-item:not(.vis-dot)")]
    assert len(boxes) == len(data["items"])
    assert all(b["width"] > 0 and frame["x"] <= b["x"] <= frame["x"] + frame["width"] for b in boxes)
    assert browser.find_elements(By.CSS_SELECTOR, "#timeline .vis-time-axis .vis-text")  # the year axis is drawn
    for side in ("Japan", "China"):
        browser.execute_script("document.body.removeAttribute('data-viz-ready')")
        Select(browser.find_element(By.ID, "side")).select_by_value(side)
        want = sum(1 for i in data["items"] if side in i["sides"])
        got = json.loads(browser.execute_script("return document.body.getAttribute('data-viz-ready')"))
        assert got["items"] == want
    _no_js_errors(browser, "/viz/timeline")


def test_map_draws_provinces_and_features(browser, site):
    from selenium.webdriver.common.by import By

    name, server = site
    status, _, body = server.get("/export/geojson")
    features = json.loads(body)["features"] if status == 200 else []
    drawn = _open(browser, server, "/viz/map")
    _shot(browser, f"viz-{name}-map")
    assert drawn["provinces"] >= 30 and drawn["features"] == len(features)
    paths = browser.find_elements(By.CSS_SELECTOR, "#map path.leaflet-interactive")
    assert len(paths) == drawn["provinces"] + len(features)  # one marker per place and per battle
    assert not browser.find_elements(By.CSS_SELECTOR, "#map img.leaflet-tile")  # no tile server involved
    _no_js_errors(browser, "/viz/map")
