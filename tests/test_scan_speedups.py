"""The speed-ups of the extractor's hot scans give exactly what the plain code gives: posseg_fast.tag is
jieba.posseg.cut, and the anchor-first scans (mentions/scan.py) yield the matches of the whole-text
finditer they replace, on real text (seeds, dev and held-out texts) and on random mixtures of the
characters those patterns care about."""

from __future__ import annotations

import json
import random

import jieba.posseg as pseg
import pytest
from helpers import ROOT

import kangzhan.extract.mentions.figures as figures
import kangzhan.extract.mentions.persons as persons  # installs kangzhan's Viterbi into jieba first
from kangzhan.text.normalize import normalize
from kangzhan.text.posseg_fast import tag


def _real_texts() -> list[str]:
    """The manifest's UTF-8 texts, as written and as the finders see them (normalized: "，" is "," …)."""
    docs = json.loads((ROOT / "tests/data/dev/manifest.json").read_text(encoding="utf-8"))["documents"]
    raw = [(ROOT / d["text"]).read_text(encoding="utf-8") for d in docs if d.get("encoding", "utf-8") == "utf-8"]
    return raw + [normalize(t).text for t in raw]


_PIECES = ["第", "新编", "暂", "预", "的", "师", "师团", "集团军", "军", "旅", "团", "一", "二", "十", "3", "12", "人", "名",
           "人员", "阵亡", "被俘", "的伤亡", "的损失", "伤亡", "万", "余", "多", "约", "近", "，", "。", "；", "、", "\n", " ",
           ",", ".", "日军", "敌", "我军", "王", "张", "耀武", "李", "长和", "和", "在", "于", "兵力", "大军", "之众", "共", "达",
           "有", "率", "投入", "个", "（", "）", "年", "月", "日", "3,550人阵亡", "约2万余人被俘", "1.1万余名", "胡琏的新11师",
           "a", "B7", "+", "#", "\t", "3,000日军", "之敌", "8日,日军", "万余之众", "兵力", "约10万大军", "(", ":", "1,"]


def _random_texts(n: int, seed: int = 5) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(_PIECES) for _ in range(rng.randrange(1, 40))) for _ in range(n)]


def test_tag_is_jieba_posseg_cut():
    rng = random.Random(3)
    real = "\n".join(_real_texts())
    windows = [real[i:i + k] for k in (2, 3, 5, 8, 14) for i in rng.sample(range(len(real) - k), 600)]
    for w in windows + _random_texts(600) + ["", " ", "薛岳指挥第九战区"]:
        assert tag(w) == tuple((x, f) for x, f in pseg.cut(w)), w


def _sig(matches) -> list:
    return [(m.span(), m.groups()) for m in matches]


@pytest.mark.parametrize("old,new", [
    (persons._NAME_BEFORE_UNIT.finditer, persons._name_before_unit_matches),
    (figures._COUNT_CUE.finditer, lambda t: figures.segment_finditer(
        figures._COUNT_CUE, t, figures._AFTER_CUE_WORDS, figures._count_stops(t), figures._NUMERAL)),
    (figures._COUNT_THEN.finditer, figures._count_then_matches),
], ids=["name_before_unit", "count_cue", "count_then"])
def test_anchor_first_scan_is_the_whole_text_scan(old, new):
    texts = _real_texts() + _random_texts(1500)
    found = 0
    for t in texts:
        want = _sig(old(t))
        assert _sig(new(t)) == want, t[:80]
        found += len(want)
    assert found > 0  # the texts do exercise the pattern
