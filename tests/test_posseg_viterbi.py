"""The faster posseg Viterbi gives jieba's own answer (probability and route) on real and random text."""

from __future__ import annotations

import importlib
import random
import re

import jieba.posseg
from helpers import SEED000, SEED002
from jieba.posseg import char_state_tab_P, emit_P, start_P, trans_P

from kangzhan.text import posseg_viterbi

JIEBA_VITERBI = importlib.import_module("jieba.posseg.viterbi").viterbi


def _windows() -> list[str]:
    han = "".join(re.findall("[\u4e00-\u9fd5]+", SEED000.read_text(encoding="utf-8") + SEED002.read_text(encoding="utf-8")))
    rng = random.Random(4)
    real = [han[i:i + n] for n in (1, 2, 3, 5, 8) for i in rng.sample(range(len(han) - n), 40)]
    pool = list(set(han)) + ["\u9fd0", "𠀀", "a"]  # plus characters the model has never seen
    return real + ["".join(rng.choice(pool) for _ in range(rng.randint(1, 9))) for _ in range(100)]


def test_same_probability_and_route_as_jieba():
    posseg_viterbi.install()  # the memo serves jieba's own tables
    for obs in _windows():
        want = JIEBA_VITERBI(obs, char_state_tab_P, start_P, trans_P, emit_P)
        got = posseg_viterbi.viterbi(obs, char_state_tab_P, start_P, trans_P, emit_P)
        assert got == want, obs
        assert posseg_viterbi.memo_viterbi(obs, char_state_tab_P, start_P, trans_P, emit_P) == want, obs


def test_extractor_installs_it_into_jieba():
    import kangzhan.extract.mentions.persons  # noqa: F401 - installs on import (before the tables are compared)

    assert jieba.posseg.viterbi is posseg_viterbi.memo_viterbi
    assert [tuple(p) for p in jieba.posseg.cut("薛岳指挥第九战区")] == [("薛岳", "nr"), ("指挥", "v"), ("第九", "m"),
                                                                   ("战区", "n")]
