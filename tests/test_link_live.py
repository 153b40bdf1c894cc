"""`kangzhan link --live` against real servers: `oxigraph serve` with a Wikidata-shaped fixture,
a stopped server, and a real waitress app that fails or answers too late."""

from __future__ import annotations

import csv

import pytest
from helpers import run_cli
from link_support import (
    FailingEndpoint,
    all_quads_text,
    entity_quads,
    free_port,
    links_text,
    make_store,
    oxigraph_server,
    same_as,
)

RES = "https://w3id.org/kangzhan/resource/"
FAST = ("--min-interval", "0", "--timeout", "10", "--backoff", "0")


@pytest.fixture
def store(tmp_path):
    return make_store(tmp_path / "store", entity_quads())


def live(store, url, *extra, cache=None):
    return run_cli("link", "--store", str(store), "--live", "--endpoint", url, "--cache-dir",
                   str(cache or store.parent / "cache"), *FAST, *extra)


def test_live_links_respect_type_dates_and_country(store, tmp_path):
    report = tmp_path / "links.csv"
    with oxigraph_server(tmp_path, free_port()) as url:
        r = live(store, url, "--report", str(report))
    assert r.returncode == 0, r.stderr
    assert f"from {url}" in r.stdout
    links = same_as(store)
    assert links == {
        RES + "battle/南京保卫战": "Q701180",  # dates 18 days apart: near
        RES + "battle/长沙会战": "Q709333",  # 1939: not the 1911 battle (Q4501981), not the 1941 ones
        RES + "person/蒋介石": "Q16574",
        RES + "place/武汉": "Q11746",
        RES + "place/承德": "Q58675",  # the battle labelled 承德 has the wrong type
        RES + "place/江陵": "Q990000302",  # the Hubei county, not Gangneung in Korea
    }
    rows = {(r["entity"], r["status"]): r for r in csv.DictReader(report.open(encoding="utf-8"))}
    undated = rows[(RES + "battle/长沙会战-undated", "ambiguous")]
    assert "Q709333" in undated["note"] and "Q1759660" in undated["note"]
    assert "Q4501981" not in undated["note"]  # rejected on dates before the ambiguity check
    assert "outside the theatre" in rows[(RES + "place/津市", "none")]["note"]  # Tsu, Japan
    chiang = rows[(RES + "person/蒋介石", "confident")]
    assert chiang["side"] == "agrees" and chiang["dates"].startswith("overlap")  # P27, P569/P570
    assert "Q990000602: lived 1990-01-01" in chiang["note"]  # the namesake born after the war
    assert "outside the theatre" in rows[(RES + "place/汉江", "none")]["note"]  # 漢江 (zh-hant), Korea
    # evidence as RDF, and coordinates of the linked place for maps
    text = links_text(store)
    assert '"overlap"' in text and "linkMethod" in text and '"wdqs"' in text
    assert '<http://www.wikidata.org/entity/Q11746> <http://www.wikidata.org/prop/direct/P625> "Point(114.2975 30.595)"' in text


def test_live_answers_are_cached_on_disk(store, tmp_path):
    cache = tmp_path / "cache"
    with oxigraph_server(tmp_path, free_port()) as url:
        assert live(store, url, cache=cache).returncode == 0
    first = links_text(store)
    assert len(list(cache.rglob("*.json"))) == 1  # nine entities, one batched request
    # the server is gone: the same questions are answered from the cache, the same links result
    r = live(store, url, cache=cache)
    assert r.returncode == 0, r.stderr
    assert "warning" not in r.stderr
    assert links_text(store) == first


def test_network_down_falls_back_to_the_snapshot_and_keeps_the_graph(store, tmp_path):
    assert run_cli("link", "--store", str(store)).returncode == 0  # offline links first
    before = all_quads_text(store)
    with oxigraph_server(tmp_path, port := free_port()):
        pass  # started, then stopped: nothing listens on the port any more
    r = live(store, f"http://127.0.0.1:{port}/query")
    assert r.returncode == 0, r.stderr
    assert "cannot reach" in r.stderr and "falling back to the offline snapshot" in r.stderr
    assert "Traceback" not in r.stderr
    assert all_quads_text(store) == before


@pytest.mark.parametrize("status", [500, 503])
def test_wdqs_error_is_one_line_and_changes_nothing(store, status):
    before = all_quads_text(store)
    with FailingEndpoint(status) as ep:
        r = live(store, ep.url, "--retries", "2", cache=store.parent / "empty-cache")
    assert r.returncode == 1
    assert f"answered HTTP {status}" in r.stderr and "after 3 attempts" in r.stderr
    assert len(r.stderr.strip().splitlines()) == 1 and "Traceback" not in r.stderr
    assert ep.hits == 3  # retried
    assert all_quads_text(store) == before


def test_client_error_is_not_retried(store):
    with FailingEndpoint(400) as ep:
        r = live(store, ep.url, "--retries", "3", cache=store.parent / "empty-cache")
    assert r.returncode == 1 and "answered HTTP 400" in r.stderr
    assert ep.hits == 1


def test_wdqs_timeout_is_one_line_and_changes_nothing(store):
    before = all_quads_text(store)
    with FailingEndpoint(200, delay=1.5) as ep:
        r = run_cli("link", "--store", str(store), "--live", "--endpoint", ep.url, "--timeout", "0.5",
                    "--retries", "0", "--min-interval", "0", "--backoff", "0", "--cache-dir", str(store.parent / "c"))
    assert r.returncode == 1
    assert "did not answer within 0.5 s" in r.stderr and "Traceback" not in r.stderr
    assert all_quads_text(store) == before


def test_bad_endpoint_url_is_refused(store):
    r = run_cli("link", "--store", str(store), "--live", "--endpoint", "ftp://example.org/sparql")
    assert r.returncode == 1 and "must be an http:// or https:// URL" in r.stderr


def test_live_needs_no_snapshot_until_it_must_fall_back(store, tmp_path):
    gone = tmp_path / "no-snapshot.json"
    with oxigraph_server(tmp_path, port := free_port()) as url:
        r = live(store, url, "--snapshot", str(gone))
    assert r.returncode == 0, r.stderr
    assert same_as(store)[RES + "place/江陵"] == "Q990000302"
    before = all_quads_text(store)
    r = live(store, f"http://127.0.0.1:{port}/query", "--snapshot", str(gone), cache=tmp_path / "fresh")
    assert r.returncode == 1 and "cannot reach" in r.stderr and "no fallback" in r.stderr and "missing" in r.stderr
    assert len(r.stderr.strip().splitlines()) == 1
    assert all_quads_text(store) == before


def test_endpoint_without_live_is_refused(store):
    r = run_cli("link", "--store", str(store), "--endpoint", "http://127.0.0.1:9/query")
    assert r.returncode == 1 and "--endpoint only makes sense with --live" in r.stderr
