"""SPARQL UPDATE on a built store (`serve --allow-update`): the merged default graph stays the set union
of the named graphs, whichever graph an update writes, and nothing written is lost."""

from __future__ import annotations

import json
import shutil

import pytest
from endpoint_server import seed_store, start_server

AUTH = {"Authorization": "Bearer s3cret"}
X = "<https://w3id.org/kangzhan/resource/battle/test-x>"
LABEL = "<http://www.w3.org/2000/01/rdf-schema#label>"


@pytest.fixture(scope="module", params=["2", "0"], ids=["pooled", "in-process"])
def server(request, tmp_path_factory):
    store = tmp_path_factory.mktemp("upd") / "store"
    shutil.copytree(seed_store(), store)
    srv = start_server(store, "--allow-update", "--token", "s3cret", "--workers", request.param)
    yield srv
    srv.stop()


def update(srv, text: str) -> None:
    status = srv.post("/sparql", text.encode(), "application/sparql-update", AUTH)[0]
    assert status == 204, status


def count(srv, pattern: str) -> int:
    """Solutions of PATTERN over the default graph (no DISTINCT: duplicates would show)."""
    r = srv.get("/sparql", {"query": f"SELECT (COUNT(*) AS ?n) WHERE {{ {pattern} }}"},
                {"Accept": "application/sparql-results+json"})
    assert r[0] == 200, r
    return int(json.loads(r[2])["results"]["bindings"][0]["n"]["value"])


def test_named_graph_writes_show_in_the_default_graph_once(server):
    update(server, f'INSERT DATA {{ GRAPH <urn:a> {{ {X} {LABEL} "甲"@zh }} GRAPH <urn:b> {{ {X} {LABEL} "甲"@zh }} }}')
    assert count(server, f'{X} {LABEL} "甲"@zh') == 1
    update(server, f'DELETE DATA {{ GRAPH <urn:a> {{ {X} {LABEL} "甲"@zh }} }}')
    assert count(server, f'{X} {LABEL} "甲"@zh') == 1  # <urn:b> still states it
    update(server, f'DELETE DATA {{ GRAPH <urn:b> {{ {X} {LABEL} "甲"@zh }} }}')
    assert count(server, f'{X} {LABEL} "甲"@zh') == 0


def test_a_default_graph_insert_is_kept_in_the_updates_graph(server):
    update(server, f'INSERT DATA {{ {X} {LABEL} "乙"@zh }}')
    assert count(server, f'{X} {LABEL} "乙"@zh') == 1
    assert count(server, f'GRAPH <https://w3id.org/kangzhan/graph/updates> {{ {X} {LABEL} "乙"@zh }}') == 1


def test_a_default_graph_delete_removes_the_statement_everywhere(server):
    update(server, f'INSERT DATA {{ GRAPH <urn:c> {{ {X} {LABEL} "丙"@zh }} }}')
    update(server, f'DELETE DATA {{ {X} {LABEL} "丙"@zh }}')
    assert count(server, f'{X} {LABEL} "丙"@zh') == 0
    assert count(server, f'GRAPH ?g {{ {X} {LABEL} "丙"@zh }}') == 0


def test_the_built_data_is_untouched_by_the_sync(server):
    battles = count(server, "?b a <https://w3id.org/kangzhan/ontology#Battle>")
    assert battles > 0
    update(server, f'INSERT DATA {{ GRAPH <urn:d> {{ {X} {LABEL} "丁"@zh }} }}')
    assert count(server, "?b a <https://w3id.org/kangzhan/ontology#Battle>") == battles
