"""Speed rewrites that must answer exactly as the code they replace (branch sp11).

- whole-text patterns that open with a class or a lookbehind (re tries them at every position) scanned from a rare
  anchor (scan.near_anchor_finditer): fight_places._RELIEF_LIST from 等地, persons._LIFESPAN_NAME from its bracket,
  battles._ACT_AFTER from 突围;
- patterns written character first, their lookbehind over that character: persons._surname_candidates,
  figures._UNIT_ARM_COUNT;
- per-item work done once: fight_content.dated_before stops at the first year that decides it, places'
  _battle_named_longer reads the characters before a name until two differ, fight_places.relief_origins tests each
  place against the spans by bisection, _speaks_of_war takes memorial names out only of a sentence that has one,
  fallen_rows reads a line for its date only when it holds "19".
Each is compared with its plain form on the manifest texts and on sentences made up here.
"""

from __future__ import annotations

import random
import re

import pytest
from test_scan_speedups import _real_texts

import kangzhan.extract.fight_content as fight_content
import kangzhan.extract.fight_places as fight_places
import kangzhan.extract.mentions.battles as battles
import kangzhan.extract.mentions.figures as figures
import kangzhan.extract.mentions.persons as persons
import kangzhan.extract.mentions.places as places
from kangzhan.extract.fallen_rows import fallen_rows
from kangzhan.extract.mentions.base import Mention
from kangzhan.extract.mentions.numbers import CN_DIGITS
from kangzhan.extract.mentions.scan import near_anchor_finditer, occurrences

_PIECES = ["潍县", "昌乐", "等地", "等地的", "日军", "伪军", "敌", "之敌", "向", "寿光", "增援", "来援", "驰援", "，", ",", "。",
           "、", "；", "\n", " ", "(", "（", ")", "）", "1893", "1938", "—", "-", "~", "生卒:", "年", "冈村宁次", "孙连仲",
           "突围", "战", "黑石关", "在", "中", "第", "3", "十二", "个", "师", "团", "营", "骑兵", "步兵", "炮兵", "张自忠部",
           "500余人", "八百", "人", "1939年", "一九四一年", "1942年", "战斗", "纪念碑", "纪念馆", "抗战", "遗址", "王",
           "李", "率部", "指挥", "日", "月", "上旬", "春", "由", "令", "和", "与", "国", "刘", "赵", "司令", "於"]


def _made_up(n: int, seed: int = 11) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(_PIECES) for _ in range(rng.randrange(1, 40))) for _ in range(n)]


_TEXTS = _real_texts()
_MADE_UP = _made_up(600)


def _spans(matches) -> list[tuple]:
    return [(m.span(), m.groupdict()) for m in matches]


@pytest.mark.parametrize("texts", [_TEXTS, _MADE_UP], ids=["manifest", "made-up"])
def test_anchor_first_scans_find_what_finditer_finds(texts):
    for text in texts:
        assert _spans(near_anchor_finditer(fight_places._RELIEF_LIST, text, fight_places._RELIEF_LIST_AT, 30)) \
            == _spans(fight_places._RELIEF_LIST.finditer(text)), text
        assert _spans(near_anchor_finditer(persons._LIFESPAN_NAME, text, persons._BRACKET, 5)) \
            == _spans(persons._LIFESPAN_NAME.finditer(text)), text
        assert _spans(near_anchor_finditer(battles._ACT_AFTER, text, battles._BREAKOUT, 6)) \
            == _spans(battles._ACT_AFTER.finditer(text)), text


def _plain_surname_candidates() -> re.Pattern:
    one = "".join(w for w in persons._TRIGGER.pattern.split("|") if len(w) == 1)
    two = "|".join(w for w in persons._TRIGGER.pattern.split("|") if len(w) == 2)
    leader = "".join(f"|(?<={w})" for w in persons._LEADER_NOUNS)  # 将领X指挥: a leader's noun before the name
    return re.compile(rf"(?:(?<![{persons._HAN}])|(?<=[{persons._AFTER_OK}])|(?<=[0-9一二三四五六七八九十〇零][年月日号])"
                      rf"|(?<=年[春夏秋冬初底末])|(?<=[上中下]旬){leader}){persons._surname_initial().pattern}"
                      rf"(?=(?s:.){{1,7}}[{one}]|(?s:.){{1,6}}(?:{two}))")


_PLAIN_UNIT_ARM_COUNT = re.compile(
    rf"(?P<cue>(?<![0-9{CN_DIGITS}个])第?[0-9{CN_DIGITS}]+(?:师团|旅团|联队|大队|军|师|旅|团|营))"
    rf"(?P<mid>(?:[\u4e00-\u9fff]{{2,3}}部)?(?:骑兵|步兵|炮兵|工兵))(?P<count>{figures._COUNT})(?P<tail>)")


@pytest.mark.parametrize("texts", [_TEXTS, _MADE_UP], ids=["manifest", "made-up"])
def test_character_first_patterns_match_as_the_lookbehind_first_ones(texts):
    plain = _plain_surname_candidates()
    for text in texts + ["王" + t for t in texts[:50]]:
        assert _spans(persons._surname_candidates().finditer(text)) == _spans(plain.finditer(text)), text
        assert _spans(figures._UNIT_ARM_COUNT.finditer(text)) == _spans(_PLAIN_UNIT_ARM_COUNT.finditer(text)), text


def _plain_dated_before(text: str, stretch: tuple[int, int]) -> bool:
    before = fight_content.years(text, *stretch)
    after = fight_content.years(text, stretch[1], len(text))
    return bool(before and after and max(before) < min(after))


@pytest.mark.parametrize("texts", [_TEXTS[::4], _MADE_UP], ids=["manifest", "made-up"])
def test_dated_before_answers_as_reading_every_later_year(texts):
    rng = random.Random(5)
    for text in texts:
        cuts = sorted({0, len(text), *(rng.randrange(len(text) + 1) for _ in range(6))})
        for a, b in zip(cuts, cuts[1:], strict=False):
            assert fight_content.dated_before(text, (a, b)) == _plain_dated_before(text, (a, b)), (text, a, b)


def test_chars_before_a_name_tell_one_or_more_as_all_occurrences_do():
    rng = random.Random(6)
    for text in _TEXTS[::3] + _MADE_UP:
        names = {text[i:i + 2] for i in (rng.randrange(max(1, len(text) - 1)) for _ in range(8))} | {"等地", "战斗"}
        for name in sorted(n for n in names if len(n) == 2):
            full = {text[a - 1] if a > 0 else "" for a, _ in occurrences(text, name)}
            got = places._chars_before(text, name)
            assert got <= full and (len(got) == 1) == (len(full) == 1) and bool(got) == bool(full), (text, name)


def _plain_relief_origins(text: str, found: list[Mention]) -> list[Mention]:
    spans = [(x.start("where"), x.end("where")) for x in fight_places._RELIEF_FROM.finditer(text)]
    spans += [(x.start("where"), x.end("where")) for x in fight_places._RELIEF_LIST.finditer(text)]
    spans += [(x.start("where"), x.end("where")) for x in fight_places._CAME_FROM.finditer(text)]
    spans += [(x.start("where"), x.end("where")) for x in fight_places._SET_OUT.finditer(text)]
    spans += [(x.start("where"), x.end("where")) for x in fight_places._POSTS_SET_OUT.finditer(text)]
    spans += [(x.start("where"), x.end("where")) for x in fight_places._SET_OUT_FROM.finditer(text)]
    spans += [(x.start("where"), x.end("where")) for x in fight_places._MUSTERED_FROM.finditer(text)]
    if not spans:
        return found
    return [m for m in found if not any(s <= m.start and m.end <= e for s, e in spans)]


def test_relief_origins_drops_the_places_the_plain_span_test_drops():
    rng = random.Random(7)
    texts = [t for t in _TEXTS + _MADE_UP if "等地" in t or "调来" in t] + [
        "由徐州调来的援军,与潍县、昌乐、寿光等地的日军一道向益都增援。", "从济南、泰安调集援兵,于是淮阴、涟水等地之敌向车桥增援。"]
    for text in texts:
        found = []
        for _ in range(40):
            a = rng.randrange(len(text))
            found.append(Mention("place", a, min(len(text), a + rng.randrange(1, 5)), "x"))
        assert fight_places.relief_origins(text, found) == _plain_relief_origins(text, found), text


def test_relief_origins_on_a_sentence_of_relief():
    text = "潍县、昌乐等地的日军三百余人向寿光增援。"
    found = [Mention("place", 0, 2, "潍县"), Mention("place", 3, 5, "昌乐"), Mention("place", 13, 15, "寿光")]
    assert [m.text for m in fight_places.relief_origins(text, found)] == ["寿光"]


def _plain_speaks_of_war(text: str, s: int, e: int) -> bool:
    return fight_places._WAR_OR_RESISTANCE.search(
        fight_places._SITE_NAME.sub(lambda m: " " * len(m.group(0)), text[s:e])) is not None


def test_speaks_of_war_answers_as_blanking_every_memorial_name():
    for text in _TEXTS[::2] + _MADE_UP + ["黑石关战斗纪念碑立在山上。", "这里是抗战遗址,也打过一场战斗。"]:
        for s, e in ((0, len(text)), (len(text) // 3, len(text))):
            assert fight_places._speaks_of_war(text, s, e) == _plain_speaks_of_war(text, s, e), text


def test_a_table_of_the_fallen_is_still_read_line_by_line():
    rows = "\n".join(f"{n} 少将 第{k}师副师长 1938.{k}.1{k} 山东{p}" for k, (n, p) in
                     enumerate([("赵登禹", "临沂"), ("王铭章", "滕县"), ("佟麟阁", "台儿庄"), ("郝梦龄", "忻口")], start=1))
    text = "抗战殉国将领表(阵亡)\n" + rows + "\n以上诸将军为国捐躯。"
    got = fallen_rows(text)
    assert [r.person.text for r in got] == ["赵登禹", "王铭章", "佟麟阁", "郝梦龄"]
    assert fallen_rows("没有年份的一行\n又一行\n第三行\n第四行") == []
