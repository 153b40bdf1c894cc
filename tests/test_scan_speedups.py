"""The speed-ups of the extractor's hot scans give exactly what the plain code gives: posseg_fast.tag is
jieba.posseg.cut, and the anchor-first scans (mentions/scan.py) yield the matches of the whole-text
finditer they replace, on real text (seeds, dev and held-out texts) and on random mixtures of the
characters those patterns care about."""

from __future__ import annotations

import json
import random
import re

import jieba.posseg as pseg
import pytest
from helpers import ROOT

import kangzhan.extract.mentions.figures as figures
import kangzhan.extract.mentions.persons as persons  # installs kangzhan's Viterbi into jieba first
import kangzhan.extract.mentions.salutation as salutation
import kangzhan.extract.mentions.units as units
from kangzhan.extract.mentions.scan import (
    han_run_finditer,
    near_anchor_finditer,
    occurrences,
    starts_after_one_of,
)
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


# the pieces of volunteer force names and named formations (han_run_finditer's patterns): force words, causes,
# unit suffixes and their overlaps (方面军区), regions, and the non-Han characters that end a run
_FORCE_PIECES = ["同盟军", "义勇军", "救国军", "自卫军", "抗日", "救国", "民众", "人民", "国民", "东北", "察哈尔", "热河",
                 "派遣军", "方面军", "派遣兵团", "驻屯军", "混成旅团", "支队", "军区", "方面军区", "华北", "第5", "村井",
                 "的", "和", "一", "，", "。", "\n", " ", "3", "a", "(", "、", "军", "区", "队", "支", "救", "国"]

# the pieces of appointments (X中将为总司令) and salutations (吉总指挥世五弟,): ranks, 为, titles, courtesy names, 兄/弟
_NAME_PIECES = ["为", "中将", "陆军大将", "上将", "少将", "将", "总司令", "副司令长官", "前敌总指挥", "军长", "师长", "指挥",
                "左", "路", "吉", "邓", "世五", "宪章", "弟", "兄", "仁兄", "贤弟", "，", ",", "、", "；", "。", "鉴", "第七",
                "集团军", "任命", "傅作义", "1", " ", "\n", "长官", "顾", "祝同", "令", "大将军", "大佐", "由", "以", "是",
                "接任", "出任", "系", "时任", "继", "任", "(", ":", "山下奉文", "佐久间为人"]


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
    (units._FORCE_RE.finditer, lambda t: han_run_finditer(units._FORCE_RE, t, units._FORCE_WORD, units._FORCE_REACH)),
    (units._NAMED_SUFFIX.finditer, lambda t: han_run_finditer(units._NAMED_SUFFIX, t, units._NAMED_SUFFIX_AT, 4)),
    (persons._AS_TITLE.finditer, lambda t: near_anchor_finditer(persons._AS_TITLE, t, persons._WEI, persons._AS_TITLE_REACH)),
    (salutation._ADDRESSEE.finditer,
     lambda t: near_anchor_finditer(salutation._ADDRESSEE, t, salutation._CLOSING, salutation._ADDRESSEE_REACH)),
    (persons._BEFORE_RANK.finditer, lambda t: near_anchor_finditer(persons._BEFORE_RANK, t, persons._BEFORE_RANK_AT, 5)),
    (persons._APPOINTED.finditer, lambda t: near_anchor_finditer(persons._APPOINTED, t, persons._APPOINTED_AT, 5)),
], ids=["name_before_unit", "count_cue", "count_then", "force_units", "named_suffix", "as_title", "addressee",
        "before_rank", "appointed"])
def test_anchor_first_scan_is_the_whole_text_scan(old, new):
    rng = random.Random(11)
    forces = ["".join(rng.choice(_FORCE_PIECES) for _ in range(rng.randrange(1, 30))) for _ in range(3000)]
    names = ["".join(rng.choice(_NAME_PIECES) for _ in range(rng.randrange(1, 30))) for _ in range(3000)]
    texts = _real_texts() + _random_texts(1500) + forces + names + [
        "电:吉左路前敌总指挥世五弟,邓右副司令长官宪章兄,均鉴", "任命傅作义陆军大将为第七集团军总司令,刘汝明中将为副总司令",
        "由佐久间为人中将接任,以山下奉文大将军为司令。王耀武继任师长"]
    found = 0
    for t in texts:
        want = _sig(old(t))
        assert _sig(new(t)) == want, t[:80]
        found += len(want)
    assert found > 0  # the texts do exercise the pattern


def test_starts_after_one_of_is_finditer():
    """The starts of "、和与及 + a name" and the spans of a name, by str.find, are those of the regex, overlaps
    and repeats included."""
    rng = random.Random(17)
    pieces = ["、", "和", "与", "及", "薛岳", "薛", "岳", "和和", "、、", "陈诚", "，", "指挥", "a"]
    texts = ["".join(rng.choice(pieces) for _ in range(rng.randrange(0, 25))) for _ in range(3000)] + _real_texts()[:6]
    found = 0
    for t in texts:
        for word in ("薛岳", "和", "和和", "和和和", "岳薛", "、", "陈诚", "岳", ""):
            want = [m.start() for m in re.finditer("[、和与及]" + re.escape(word), t)]
            assert starts_after_one_of(t, "、和与及", word) == want, (t, word)
            assert occurrences(t, word) == [m.span() for m in re.finditer(re.escape(word), t)], (t, word)
            found += len(want)
    assert found > 1000


def test_rhyme_days_character_first_is_the_plain_pattern():
    """dates' telegraph-rhyme pattern, written rhyme character first, matches where the plain form (lookbehind
    first, one group per alternative) matches, with the same rhyme character."""
    from kangzhan.extract.lexicons import rhyme_days
    from kangzhan.extract.mentions.dates import _rhyme_re

    days = "".join(rhyme_days())
    hours = "子丑寅卯辰巳午未申酉戌亥"
    # a note mark after the signature may be a digit or a circled number (敬未3, 敬未③)
    plain = re.compile(rf"(?<=[于在至自迄])(?P<r1>[{days.replace('元', '')}])日"
                       rf"|(?<=[\u4e00-\u9fff])(?P<r2>[{days}])[{hours}][0-9\u2460-\u2473]?(?:印|叩)?(?=[。\s]|$)"
                       rf"|(?<=叩)(?P<r3>[{days}])[0-9\u2460-\u2473]?(?:印)?(?=[。\s]|$)")
    rng = random.Random(19)
    pieces = [*days[:12], "元", "于", "在", "至", "叩", "日", "子", "午", "未", "亥", "印", "1", "。", " ", "\n", "冯玉祥", "电", "a"]
    texts = ["".join(rng.choice(pieces) for _ in range(rng.randrange(0, 20))) for _ in range(4000)] + _real_texts()
    found = 0
    for t in texts:
        want = [(m.span(), m.group("r1") or m.group("r2") or m.group("r3")) for m in plain.finditer(t)]
        assert [(m.span(), m.group("r")) for m in _rhyme_re().finditer(t)] == want, t
        found += len(want)
    assert found > 200


def test_sentence_breaks_character_first_is_the_plain_pattern():
    """sentences' break pattern, written one character class first, matches what the plain alternation matches."""
    from kangzhan.text.sentences import _BREAK

    plain = re.compile(r"[。！？；!?;]+[”’」』)）]*|\r\n|\n|\r|[(（\[【《「『“)）\]】》」』”]")
    rng = random.Random(23)
    pieces = list("。！？；!?;”’」』)）(（[【《「『“]】》\r\n \t,，a中") + ["\r\n", "\n\r", "。”", "！？”）"]
    texts = ["".join(rng.choice(pieces) for _ in range(rng.randrange(0, 20))) for _ in range(4000)] + _real_texts()
    for t in texts:
        assert [m.span() for m in _BREAK.finditer(t)] == [m.span() for m in plain.finditer(t)], repr(t)


def test_range_starts_digit_first_are_the_plain_patterns():
    """dates' bare day and month range starts (22-24日, 8-10月), written digit first, match what the plain
    patterns (negative lookbehind, then the day or month alternatives) match."""
    from kangzhan.extract.mentions import dates

    day = re.compile(rf"(?<![0-9.第])(?P<d>{dates._DAY_AR})(?=\s*(?:-|—|–|至|到|~)\s*(?:{dates._DAY_AR})[日号])")
    month = re.compile(rf"(?<![0-9.第])(?P<m>{dates._MONTH_AR})(?=\s*(?:-|—|–|至|到|~)\s*(?:{dates._MONTH_AR})月)")
    rng = random.Random(29)
    pieces = [*"0123456789", "00", "31", "32", "12", "13", "09", ".", "第", "-", "—", "至", "到", "~", " ", "日", "号", "月",
              "年", "中"]
    texts = ["".join(rng.choice(pieces) for _ in range(rng.randrange(0, 16))) for _ in range(6000)] + _real_texts()
    found = 0
    for t in texts:
        for new, plain in ((dates._DAY_START, day), (dates._MONTH_START, month)):
            want = _sig(plain.finditer(t))
            assert _sig(new.finditer(t)) == want, t
            found += len(want)
    assert found > 30
