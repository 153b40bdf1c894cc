"""analyse and to_nquads run with the cyclic garbage collector paused (kangzhan.gcpause): the collector's
state is restored afterwards, and a document's garbage holds no reference cycles (what makes the pause free)."""

from __future__ import annotations

import gc

from helpers import SEED000

from kangzhan.extract.pipeline import extract
from kangzhan.gcpause import gc_paused
from kangzhan.rdf.emit import to_nquads
from kangzhan.text.read import source_from_string


def _facts():
    return extract(source_from_string(SEED000.read_text(encoding="utf-8"), "gcpause", "gcpause.txt"))


def test_state_restored_enabled_and_disabled():
    assert gc.isenabled()
    to_nquads(_facts())
    assert gc.isenabled()
    gc.disable()
    try:
        to_nquads(_facts())
        assert not gc.isenabled()  # a caller's own pause is kept
    finally:
        gc.enable()


def test_state_restored_on_error():
    try:
        with gc_paused():
            assert not gc.isenabled()
            raise KeyError("x")
    except KeyError:
        pass
    assert gc.isenabled()


def test_no_reference_cycles_in_a_documents_garbage():
    _facts()  # lexicons and caches loaded before the count
    gc.collect()
    gc.disable()
    try:
        to_nquads(_facts())
        assert gc.collect() == 0
    finally:
        gc.enable()
