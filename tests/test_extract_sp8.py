"""Speed rewrites that must answer exactly as the code they replace (branch sp8).

- battles._settled / battles._placed and the stem scans of battles._name_head, atrocities.atrocity_at and
  memorials.outside_event find a candidate's stem with str.find instead of compiling one pattern per candidate
  (re's cache of 512 patterns turned over on unseen texts, and every compile of the large alternations cost more
  than the scan): same answers as the plain patterns, on the manifest texts and on sentences made up here;
- figures._civilian walks back to the clause start with a set test instead of two regex matches per character;
- extract_bench --corpus manifest: the dev and held-out documents as the benchmark's corpus.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest
from test_scan_speedups import _real_texts

import kangzhan.extract.mentions.battles as battles
import kangzhan.extract.mentions.figures as figures
from kangzhan.extract.pipeline import extract
from kangzhan.text.read import source_from_string

_PIECES = ["盘踞", "赶到", "进驻", "在", "到", "向", "至", "攻打", "退守", "扑向", "驻", "柳树湾", "柳树", "湾", "马家集",
           "马家", "集", "村", "镇", "庄", "寨", "屯", "堡", "战斗", "战役", "会战", "之战", "的", "，", ",", "。", "；", "、",
           ":", "\n", " ", "筑", "修", "据", "城", "日军", "伪军", "据点", "敌", "人口", "居民", "难民", "3000", "余人",
           "被杀", "阵亡", "约", "二百", "名", "!", "？"]
_STEMS = ["柳树湾", "柳树", "马家", "马家集", "湾", "家集", "树湾战", "在柳"]


def _made_up(n: int, seed: int = 8) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(_PIECES) for _ in range(rng.randrange(1, 30))) for _ in range(n)]


def _plain_settled(text: str, stem: str) -> bool:
    return re.search(re.escape(stem) + f"[{battles._SETTLEMENT_WORD}]", text) is not None


def _plain_placed(text: str, stem: str) -> bool:
    return re.search(rf"(?:{battles._PLACE_TAKER_RE}){re.escape(stem)}{battles._PLACED_TAIL.pattern}", text) is not None


@pytest.mark.parametrize("text", _made_up(400))
def test_settled_and_placed_answer_as_the_plain_patterns_on_made_up_sentences(text):
    for stem in _STEMS:
        assert battles._settled(text, stem) == _plain_settled(text, stem), (text, stem)
        assert battles._placed(text, stem) == _plain_placed(text, stem), (text, stem)


def test_settled_and_placed_answer_as_the_plain_patterns_on_the_manifest_texts():
    rng = random.Random(3)
    for text in _real_texts()[::3]:
        # stems the text holds (2-4 Han characters before a settlement word, after a place verb) and random ones
        stems = {m.group(1) for m in re.finditer(r"([\u4e00-\u9fff]{2,4})[村镇庄集寨堡屯]", text)}
        stems |= {m.group(1) for m in re.finditer(r"(?:盘踞|进驻|赶到|在|向)([\u4e00-\u9fff]{2,3})", text)}
        stems |= {text[i:i + 2] for i in (rng.randrange(max(1, len(text) - 2)) for _ in range(5))}
        for stem in sorted(stems)[:60]:
            assert battles._settled(text, stem) == _plain_settled(text, stem), stem
            assert battles._placed(text, stem) == _plain_placed(text, stem), stem


def _plain_civilian(text: str, pos: int) -> bool:
    c0, lo = pos, max(0, pos - 40)
    while c0 > lo and not figures._CLAUSE_SEP.match(text, c0 - 1) and not figures._CLAUSE_END.match(text, c0 - 1):
        c0 -= 1
    return bool(figures._CIVILIAN.search(text, c0, pos))


@pytest.mark.parametrize("text", _made_up(200, seed=9))
def test_civilian_clause_test_answers_as_the_two_patterns(text):
    for pos in range(len(text) + 1):
        assert figures._civilian(text, pos) == _plain_civilian(text, pos), (text, pos)


def test_a_village_fight_named_after_a_stem_the_text_settles_is_found():
    # the stem of an unknown X战斗 is kept when the text writes it as a village (X村) or after a place verb (盘踞X的)
    for text in ("1941年春,游击队在柳树湾战斗中击退日军。柳树湾村的百姓送来粮食。",
                 "1943年秋,八路军某团在石门沟战斗中伏击日军。此前盘踞石门沟的伪军已经撤走。"):
        names = {b.name for b in extract(source_from_string(text)).battles}
        assert names & {"柳树湾战斗", "石门沟战斗"}, (text, names)


def test_extract_bench_manifest_corpus_is_the_dev_and_heldout_documents(monkeypatch):
    # benchmarks/ is no installed package: importable from the repository root, which pytest's workers need not
    # have on their path
    monkeypatch.syspath_prepend(str(Path(__file__).parents[1]))
    from benchmarks.extract_bench import corpus_texts, make_texts

    docs = corpus_texts("manifest")
    assert docs and all(not name.startswith("seed") for name, _ in docs)
    assert len(make_texts(2, "manifest")) == 2 * len(docs)
    assert make_texts(1, "manifest")[0][1].endswith(docs[0][1])
    assert len(make_texts(1)) == len(corpus_texts("seeds"))
