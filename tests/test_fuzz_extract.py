"""Extractor fuzzing through the public build step (`kangzhan.build.process`, the SHACL gate on):
whatever the text, extraction never raises and its graph always conforms to the shapes.

`process` validates the extracted graph and raises ValidationFailed (with the report) when it does
not conform, so "no exception" covers both properties. The default run is small; with
`--hypothesis-profile=ci-long` each test runs the profile's many examples.
"""

from __future__ import annotations

import sys

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from kangzhan.build import process
from kangzhan.errors import InputError
from kangzhan.text.read import read_source, source_from_string


def _n(default: int) -> int:
    """max_examples: modest by default, the profile's own number under ci-long."""
    if settings.get_current_profile_name() == "ci-long":
        return settings().max_examples
    return default


def fuzz(n: int):
    return settings(max_examples=_n(n), deadline=None, derandomize=False,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


def _extract(text: str):
    """Extract and validate; return the document's quads (raises on any failure)."""
    return process(source_from_string(text, doc_id="fuzz", source_name="fuzz.txt")).quads


# Generic vocabulary of battle accounts (no facts of any text): names, echelons, dates, figures.
WORDS = ["战役", "会战", "战斗", "保卫战", "作战", "第", "师", "师团", "旅团", "联队", "军", "集团军", "战区",
         "支队", "纵队", "新编", "暂编", "独立混成", "日军", "我军", "敌", "国军", "八路军", "司令", "军长", "师团长",
         "年", "月", "日", "上旬", "中旬", "下旬", "至", "—", "-", "~", "到", "伤亡", "毙伤", "阵亡", "负伤", "俘",
         "失踪", "余人", "多人", "约", "近", "逾", "万", "千", "百", "十", "人", "名", "兵力", "参战", "率", "指挥",
         "攻占", "收复", "县", "城", "河", "山", "关", "（", "）", "(", ")", "、", "，", "。", "；", "：", "\n",
         "1937", "1938", "1939", "1944", "1945", "3", "12", "31", "40", "0", "一", "二", "九", "廿", "卅", "两"]
SCRIPTS = st.sampled_from([
    (0x4E00, 0x9FFF), (0x3400, 0x4DBF), (0x20000, 0x2A6DF),  # CJK, ext. A, ext. B
    (0x0041, 0x007A), (0x0400, 0x04FF), (0x0600, 0x06FF), (0x0590, 0x05FF),  # Latin, Cyrillic, Arabic, Hebrew
    (0xAC00, 0xD7A3), (0x3040, 0x30FF), (0xFF00, 0xFFEF), (0x3000, 0x303F),  # Hangul, kana, fullwidth, CJK punct.
    (0x0300, 0x036F), (0x1F300, 0x1FAFF), (0x2000, 0x206F), (0xE000, 0xF8FF),  # combining, emoji, gen. punct., PUA
]).flatmap(lambda r: st.integers(r[0], r[1]).map(chr))
CONTROLS = st.sampled_from([chr(c) for c in range(32)] + ["\x7f", "\x85", "\u2028", "\u2029", "\ufeff", "\u200b",
                                                          "\u200d", "\u202e", "\ufffd", "\ufffe"])
SURROGATES = st.integers(0xD800, 0xDFFF).map(chr)
BRACKETS = st.sampled_from(list("（）()【】〔〕「」『』《》〈〉[]{}<>“”‘’\"'"))
CN_DIGITS = st.text(alphabet="零〇一二三四五六七八九十百千万亿兆两廿卅", min_size=1, max_size=30)
AR_DIGITS = st.text(alphabet="0123456789０１２３４５６７８９.,，", min_size=1, max_size=400)

MIXED = st.lists(st.one_of(st.sampled_from(WORDS), st.text(SCRIPTS, max_size=8), CONTROLS, BRACKETS),
                 max_size=120).map("".join)


@fuzz(30)
@given(st.text(max_size=2000))
@example("")
@example("战役")
def test_random_unicode(text):
    _extract(text)


@fuzz(30)
@given(MIXED)
@example("第（十九）集团军（罗卓英、）战役1938年13月40日至1938年2月30日，日军伤亡九千九百九十九万余人")
def test_mixed_scripts_and_battle_vocabulary(text):
    _extract(text)


@fuzz(30)
@given(st.sampled_from(["伤亡", "毙伤", "阵亡", "兵力", "俘获", "参战兵力"]), st.one_of(CN_DIGITS, AR_DIGITS),
       st.sampled_from(["", "余", "多", "约", "近", "万", "万余", "亿"]), st.sampled_from(["人", "名", "余人", ""]))
@example("伤亡", "九千九百九十九万", "余", "人")
@example("兵力", "9" * 400, "", "人")
@example("伤亡", "一亿亿亿亿亿亿亿", "", "人")
@example("伤亡", "1.1.1.1", "万余", "人")
@example("伤亡", "-5", "", "人")
def test_huge_and_malformed_numbers(label, number, qualifier, unit):
    text = f"1、某某战役\n\n时间：1938年3月16日-1938年4月6日\n\n结果：日军{label}{number}{qualifier}{unit}，我军{label}{number}{unit}。\n"
    _extract(text)


@fuzz(30)
@given(st.lists(st.one_of(BRACKETS, st.sampled_from(WORDS)), max_size=300).map("".join))
@example("第19集团军（罗卓英（第4军（欧震，第59师（张德能")
@example("）））日军第6师团（（（")
def test_unbalanced_brackets(text):
    _extract(text)


@fuzz(30)
@given(st.lists(st.one_of(st.sampled_from(WORDS), CONTROLS, SURROGATES, st.integers(0xE000, 0xF8FF).map(chr),
                          st.integers(0xFFF0, 0x10FFFF).map(chr)), max_size=200).map("".join))
@example("\ud800战役")  # lone surrogate → U+FFFD, which an IRI may not hold unencoded
@example("\ue000战役")  # private use character in a name
@example("\U0010fffe战役")
def test_control_characters_and_lone_surrogates(text):
    _extract(text)


@fuzz(20)
@given(st.text(alphabet="，。、；：？！…—·「」『』（）《》〈〉【】〔〕“”‘’,.;:?!-()[]{}<>\"' \n\t", max_size=3000))
def test_only_punctuation(text):
    assert _extract(text) is not None


@pytest.mark.parametrize("depth", [100, 10_000])
@pytest.mark.parametrize("closed", [True, False])
def test_deep_nesting(depth, closed):
    inner = "第19集团军罗卓英在某某战役1938年3月中伤亡1.1万余人"
    text = "（" * depth + inner + ("）" * depth if closed else "")
    limit = sys.getrecursionlimit()
    _extract(text)
    assert sys.getrecursionlimit() == limit


SENTENCE = "https://w3id.org/kangzhan/ontology#sentence"


def _long_line(repeats: int) -> str:
    return ("第19集团军（罗卓英）在某某战役中伤亡1.1万余人，" * repeats) + "战役" * (2 * repeats)  # no newline


def _assert_bounded_provenance(quads) -> None:
    """Each mention keeps a bounded window of its sentence, not the whole line (memory was quadratic)."""
    sentences = [q.object.value for q in quads if q.predicate.value == SENTENCE]
    assert sentences
    assert max(map(len, sentences)) <= 402


def test_very_long_line():
    _assert_bounded_provenance(_extract(_long_line(1000)))  # ~35k characters on one line


@pytest.mark.slow
def test_very_long_line_large():
    _assert_bounded_provenance(_extract(_long_line(4000)))  # ~0.14M characters on one line


@fuzz(10)
@given(st.binary(max_size=3000), st.sampled_from([b"\xed\xa0\x80", b"\xed\xbf\xbf", b"\xed\xb2\x80\xed\xa0\x81"]))
def test_surrogate_bytes_in_files(tmp_path_factory, data, surrogate):
    """Lone surrogates encoded in a file (CESU/WTF-8 style): refused in one line or read and extracted."""
    body = "1、某某战役\n\n时间：1938年3月16日\n".encode() + surrogate + data + surrogate
    path = tmp_path_factory.mktemp("fuzz") / "s.txt"
    path.write_bytes(body)
    try:
        src = read_source(path)
    except InputError as e:
        assert str(e).startswith(str(path)) and "\n" not in str(e)
        return
    assert not any(0xD800 <= ord(c) <= 0xDFFF for c in src.text)
    process(src)


@pytest.mark.slow
@settings(max_examples=_n(150), deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                      HealthCheck.data_too_large])
@given(st.lists(st.one_of(MIXED, st.text(max_size=200), CN_DIGITS, AR_DIGITS,
                          st.lists(BRACKETS, max_size=50).map("".join)), min_size=1, max_size=40).map("\n".join))
def test_long_mixed_documents(text):
    _extract(text)
