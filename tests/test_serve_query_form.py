"""The direct /sparql path reads a plain query's form without tokenizing it whole (guard.plain_query_form);
whenever it answers, it must agree with the full analysis, and it must step aside for anything else."""

from __future__ import annotations

import pytest

from kangzhan.query import with_prefixes
from kangzhan.serve.guard import analyse, plain_query_form

MAX = 200
AGREES = [
    with_prefixes("SELECT ?s WHERE { ?s a kz:Battle } LIMIT 3"), "ASK {}", "select * {}", "ſelect * {}",
    "# comment\nPREFIX : <http://x/>\nSELECT * WHERE { ?s ?p ?o }", "BASE <http://a/> CONSTRUCT WHERE { ?s ?p ?o }",
    "DESCRIBE <x>", "PREFIX a: <x> PREFIX b:<y>ASK{}", "#SELECT\nASK {}", "PREFIX : <a>SELECT{}",
    'SELECT * { ?s ?p "{[(" }',
]
STEPS_ASIDE = [
    "SELECT * { SERVICE <http://example.org/sparql> { ?s ?p ?o } }", "SELECT * { ?s ?p 'load' }",
    "INSERT DATA { <a> <b> <c> }", "# x\nDELETE {} WHERE {}", 'SELECT ?x { ?x ?p "\\u0053ERVICE" }',
    "SELECT * {" + "{" * (MAX + 1) + "}" * (MAX + 2), "PREFIX é: <x> SELECT * {}", "SELECTX", "select:x", "#a SELECT",
    "PREFIXkz: <x> SELECT * {}", "PREFIX a: <x y> SELECT * {}", " " * 5000 + "X", "LOAD <http://x/>",
]


@pytest.mark.parametrize("text", AGREES)
def test_plain_queries_get_the_form_the_full_analysis_finds(text):
    info = analyse(text)
    assert plain_query_form(text, MAX) == info.form
    assert not info.services and not info.loads and info.depth <= MAX


@pytest.mark.parametrize("text", STEPS_ASIDE)
def test_anything_else_goes_to_the_full_analysis(text):
    assert plain_query_form(text, MAX) is None
