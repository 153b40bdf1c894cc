"""Real headless Chromium opens the query page, runs an example query and reads the result table."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from endpoint_server import default_server

ARTIFACTS = Path(__file__).parent / "artifacts"
pytestmark = pytest.mark.browser


def _need(tool: str) -> str:
    path = shutil.which(tool) or (f"/usr/bin/{tool}" if Path(f"/usr/bin/{tool}").exists() else None)
    if path:
        return path
    if os.environ.get("CI") == "true":
        pytest.fail(f"{tool} is missing (install the Debian packages chromium and chromium-driver)")
    pytest.skip(f"{tool} is not installed")


@pytest.fixture(scope="module")
def browser():
    chromium, driver_path = _need("chromium"), _need("chromedriver")
    webdriver = pytest.importorskip("selenium.webdriver") if os.environ.get("CI") != "true" else \
        __import__("selenium.webdriver", fromlist=["webdriver"])
    from selenium.webdriver.chrome.service import Service

    opts = webdriver.ChromeOptions()
    opts.binary_location = chromium
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--window-size=1400,1000", "--lang=zh-CN"):
        opts.add_argument(arg)
    d = webdriver.Chrome(service=Service(driver_path), options=opts)
    d.set_page_load_timeout(60)
    yield d
    d.quit()


def _wait(driver, condition, timeout=30):
    from selenium.webdriver.support.ui import WebDriverWait

    return WebDriverWait(driver, timeout).until(condition)


def test_query_page_runs_an_example_and_shows_the_table(browser):
    from selenium.webdriver.common.by import By

    server = default_server()
    ARTIFACTS.mkdir(exist_ok=True)
    browser.get(server.url + "/")
    _wait(browser, lambda d: d.execute_script("return !!window.kangzhanYasgui"))
    editor_text = browser.execute_script("return window.kangzhanYasgui.getTab().getYasqe().getValue()")
    assert "PREFIX kz: <https://w3id.org/kangzhan/ontology#>" in editor_text
    assert len(browser.find_elements(By.CSS_SELECTOR, "button.kz-example")) >= 10
    browser.find_element(By.ID, "example-02-battles-with-dates").click()  # rows: battle IRI + name
    rows = _wait(browser, lambda d: d.find_elements(By.CSS_SELECTOR, ".yasr table tbody tr") or False)
    browser.save_screenshot(str(ARTIFACTS / "endpoint-query-page.png"))
    cells = [r.text for r in rows]
    assert len(cells) >= 5
    assert any("战" in c or "役" in c for c in cells), cells[:5]
    headers = [h.text for h in browser.find_elements(By.CSS_SELECTOR, ".yasr table thead th")]
    assert any("name" in h for h in headers), headers
    browser.find_element(By.CSS_SELECTOR, ".yasr .select_graph").click()
    circles = _wait(browser, lambda d: d.find_elements(By.CSS_SELECTOR, ".kz-graph svg circle") or False)
    assert len(circles) >= 2
    browser.save_screenshot(str(ARTIFACTS / "endpoint-query-graph.png"))
    errors = [e for e in browser.get_log("browser") if e.get("level") == "SEVERE"
              and "favicon" not in e.get("message", "")]
    assert not errors, errors


def test_resource_page_in_the_browser(browser):
    from selenium.webdriver.common.by import By

    server = default_server()
    import json

    status, _, body = server.get("/sparql", {"query": "SELECT ?b WHERE { ?b a kz:Battle } LIMIT 1"})
    iri = json.loads(body)["results"]["bindings"][0]["b"]["value"]
    local = iri.replace("https://w3id.org/kangzhan/resource/", server.url + "/resource/")
    browser.get(local)
    h1 = browser.find_element(By.TAG_NAME, "h1").text
    assert h1
    assert browser.find_elements(By.CSS_SELECTOR, "table.facts tbody tr")
    browser.save_screenshot(str(ARTIFACTS / "endpoint-resource-page.png"))
