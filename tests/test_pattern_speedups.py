"""Whole-text patterns rewritten so that re scans for their first character in C (or run from a rare anchor) give
exactly the matches of the plain patterns they replace: on the manifest texts (as written and normalized) and on
random mixtures of the pieces those patterns care about. re tries a pattern at every position of the text unless
it opens with a literal, a character class or an alternation of literals; these rewrites only move the pattern's
first character to the front (a lookbehind after it, a repeat unrolled once, an alternation distributed)."""

from __future__ import annotations

import random
import re

import pytest
from test_scan_speedups import _real_texts

import kangzhan.extract.mentions.battles as battles
import kangzhan.extract.mentions.dates as dates
import kangzhan.extract.mentions.figures as figures
import kangzhan.extract.mentions.persons as persons
import kangzhan.extract.mentions.places as places
import kangzhan.extract.mentions.units as units
import kangzhan.text.glosses as glosses
import kangzhan.text.layout as layout
import kangzhan.text.pictographs as pictographs
from kangzhan.extract.mentions.numbers import CN_DIGITS
from kangzhan.extract.mentions.scan import near_anchor_finditer

_PLACE_PIECES = ["攻占", "了", "陷", "占", "占领了", "沿", "向", "在", "、", "，", ",", "。", "\n", " ", "及", "以及", "和",
                 "附近", "一带", "地区", "方向", "之间", "等地", "一线", "以北", "方面", "外围", "东", "南", "西北", "以东",
                 "的", "之", "以", "方", "侧", "面", "三", "二", "十", "塘", "铺", "圩", "堡", "第", "个", "约", "湘", "鄂",
                 "赣", "晋察冀", "边区", "辺区", "边", "区", "已", "相继", "再次", "失守", "沦陷", "被攻陷", "被围", "长沙",
                 "石门", "腊戍", "(", "（", ")", "）", "NAHPAW", "TALID", "AB", "A-B", "X", "0", "5", "日",
                 # units, figures, dates, glosses, layout spaces, pictographs
                 "个", "师", "军", "团", "集团军", "纵队", "支队", "李", "先念", "游击纵队", "挺进军", "冀", "鲁", "豫",
                 "12", "3", "1938", "1951", "2005", "年", "-", "/", "05", "4", "第", "tái", "ér", "zhuāng", "2 ", " 年",
                 "第 ", "😀", "✒", "\ufe0f", "★", "兵力", "约", "共计", "人", "步兵", "等战役", "等会战", "战斗"]


def _random_texts(n: int, seed: int = 11) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(_PLACE_PIECES) for _ in range(rng.randrange(1, 40))) for _ in range(n)]


# hand-written edge cases: the longest reach of each anchored pattern, a name at the text's start and end
_EDGES = ["第13、14、15、16四个师", "1,2,3三个军", "5、6两个团", "9,10,11,12、13五个旅团",
          "共3个集团军" + "由各地调来的部队所组成的大军" * 3 + ",约10万人", "2个军" + "由各地调来的部队所组成" * 4 + ",共计3万人",
          "十二个师" + "由各地调来的部队所组成的大军" * 5 + "，近二十万人", "7个师团" + "由各地调来的部队" * 5 + ",达5万余人",
          "3个集团军" + "由各地调来的部队所组成" * 6 + ",约12万人",
          "4个步兵师团" + "连同配属的炮兵与工兵" * 4 + "、达56994人兵力", "参加了台儿庄、徐州、武汉等会战", "13、14、15个师", "1938、1939 2个团", "晋冀鲁豫挺进纵队", "，冀、鲁游击纵队",
          "1951年", "x2005/05/04", "臺(tái)兒莊", "民國31 年5 月", "第 13 軍", "保(👃)卫(✒\ufe0f)战", "1 2 年",
          "向东枝腊戍以及卑谬东吁方向", "，罗店宝山一带", "以东北的石门桥，", "之西南面的大坪", "曼德勒密支那(NAHPAW)",
          "那泡(NAHPAW,", "湘鄂赣边区", "晋察冀辺区", "二十塘", "第三塘", "约五铺", "攻占了", "已失守", "再次沦陷"]


def _texts() -> list[str]:
    return _real_texts() + _random_texts(3000) + _EDGES


def _sig(matches) -> list:
    return [(m.span(), m.groups()) for m in matches]


# the plain forms the module's patterns were written in before
_PLAIN_VERB_BEFORE = re.compile(f"(?:(?:{places._VERB_BEFORE_WORDS})了?|{places._VERB_BEFORE_CHARS})")
_PLAIN_VERB_AFTER = re.compile(f"(?:{places._VERB_AFTER_ADVERBS})?(?:{places._VERB_AFTER_WORDS})")
_PLAIN_NUMBERED = re.compile(r"(?<![0-9〇零一二两三四五六七八九十百千万个第每几数余多约近])"
                             r"(?P<name>[一二三四五六七八九十]{1,2}(?P<suf>塘|铺|圩|堡))")
_PLAIN_BORDER = re.compile(rf"[{places._ABBREV}]{{2,3}}[边辺]区")
_PLAIN_GLOSS = re.compile(glosses._GLOSS.pattern.replace("[(（](?<=[\\u3400-\\u9fff][(（])", "(?<=[\\u3400-\\u9fff])[(（]"))
_PLAIN_LAYOUT = re.compile(rf"(?<=[0-9]) (?=[{layout._COUNTED}])|(?<=第) (?=[0-9])"
                           rf"|(?<=[\u4e00-\u9fff]) (?=[0-9]+(?:\.[0-9]+)? ?[{layout._FIGURE_COUNTED}])")
_PLAIN_PICTO = re.compile(rf"[(（][{pictographs._PICTO}]+[)）]|[{pictographs._PICTO}]+")
_P = units.PROVINCE_ABBR
_PLAIN_REGION_UNIT = re.compile(units._REGION_UNIT.pattern.replace(f"(?P<region>[{_P}](?<![{_P}][{_P}])", f"(?<![{_P}])(?P<region>[{_P}]"))
_PLAIN_COUNTED = re.compile(units._COUNTED.pattern.replace("(?P<nums>[0-9][0-9]{0,2}[、,，](?:[0-9]{1,3}[、,，])*",
                                                             "(?P<nums>(?:[0-9]{1,3}[、,，])+"))
_N = f"[0-9{CN_DIGITS}]"
_PLAIN_UNITS_THEN_COUNT = re.compile(figures._UNITS_THEN_COUNT.pattern.replace(f"{_N}{_N}*个", f"{_N}+个"))
_PLAIN_UNITS_LIST_TOTAL = re.compile(figures._UNITS_LIST_TOTAL.pattern.replace(f"{_N}{_N}*个", f"{_N}+个"))
_PLAIN_OUTSIDE_YEAR = re.compile(dates._OUTSIDE_YEAR.pattern.replace("(?:1(?<![0-9]1)9[5-9][0-9]|2(?<![0-9]2)0[0-9]{2})",
                                                                     "(?<![0-9])(?:19[5-9][0-9]|20[0-9]{2})"))
_PLAIN_NUMBER_BEFORE_UNIT = re.compile("[0-9一二三四五六七八九十]+[师集军旅团]")


@pytest.mark.parametrize("plain,fast", [
    (_PLAIN_VERB_BEFORE, places._VERB_BEFORE),
    (re.compile(f"(?:{_PLAIN_VERB_BEFORE.pattern})$"), places._VERB_BEFORE_END),
    (_PLAIN_VERB_AFTER, places._VERB_AFTER),
    (_PLAIN_NUMBERED, places._NUMBERED),
    (_PLAIN_BORDER, places._BORDER_REGION),
    (_PLAIN_GLOSS, glosses._GLOSS),
    (_PLAIN_LAYOUT, layout._LAYOUT_SPACE),
    (_PLAIN_PICTO, pictographs._RUN),
    (_PLAIN_REGION_UNIT, units._REGION_UNIT),
    (_PLAIN_COUNTED, units._COUNTED),
    (_PLAIN_UNITS_THEN_COUNT, figures._UNITS_THEN_COUNT),
    (_PLAIN_UNITS_LIST_TOTAL, figures._UNITS_LIST_TOTAL),
    (_PLAIN_OUTSIDE_YEAR, dates._OUTSIDE_YEAR),
    (_PLAIN_NUMBER_BEFORE_UNIT, persons._NUMBER_BEFORE_UNIT),
], ids=["verb_before", "verb_before_end", "verb_after", "numbered", "border_region", "gloss", "layout_space",
        "pictographs", "region_unit", "counted_units", "units_then_count", "units_list_total", "outside_year",
        "number_before_unit"])
def test_rewritten_pattern_is_the_plain_one(plain, fast):
    hits = 0
    for t in _texts():
        assert _sig(fast.finditer(t)) == _sig(plain.finditer(t)), t[:80]
        for i in range(0, len(t), 7):  # match and search from inside the text, as the finders call them
            assert _sig([fast.match(t, i)] if fast.match(t, i) else []) == _sig([plain.match(t, i)] if plain.match(t, i) else [])
            assert _sig([fast.search(t, max(0, i - 4), i)] if fast.search(t, max(0, i - 4), i) else []) == \
                _sig([plain.search(t, max(0, i - 4), i)] if plain.search(t, max(0, i - 4), i) else [])
        hits += sum(1 for _ in plain.finditer(t))
    assert hits >= 5  # the texts hold matches: the comparison says something


def test_the_plain_forms_are_what_the_module_compiled():
    """Each plain form above is the module's pattern with the rewrite undone (a replace that found nothing fails)."""
    for plain, fast in ((_PLAIN_GLOSS, glosses._GLOSS), (_PLAIN_REGION_UNIT, units._REGION_UNIT),
                        (_PLAIN_COUNTED, units._COUNTED), (_PLAIN_UNITS_THEN_COUNT, figures._UNITS_THEN_COUNT),
                        (_PLAIN_UNITS_LIST_TOTAL, figures._UNITS_LIST_TOTAL), (_PLAIN_OUTSIDE_YEAR, dates._OUTSIDE_YEAR)):
        assert plain.pattern != fast.pattern


def test_the_plain_word_lists_are_the_modules():
    """The rewrite, not the words: a word dropped or added on one side fails (it is one list for both)."""
    assert re.sub(r"了\?", "", places._VERB_BEFORE.pattern).count("|") == _PLAIN_VERB_BEFORE.pattern.count("|")
    assert places._VERB_AFTER.pattern.count("(?:") == len(places._VERB_AFTER_ADVERBS.split("|"))


@pytest.mark.parametrize("pattern,anchor,reach", [
    (places._ROMANIZED, places._ROMANIZED_AT, 8),
    (places._LOCATIVE_CONTEXT, places._LOCATIVE_TAIL_AT, 3),
    (places._PAIR_CONTEXT, places._PAIR_TAIL_AT, 10),
    (places._RELATIVE, places._RELATIVE_AT, 1),
    (units._COMMANDER_COLUMN, units._COLUMN_AT, 2),
], ids=["romanized", "locative_context", "pair_context", "relative", "commander_column"])
def test_anchored_scan_is_finditer(pattern, anchor, reach):
    hits = 0
    for t in _texts():
        assert _sig(near_anchor_finditer(pattern, t, anchor, reach)) == _sig(pattern.finditer(t)), t[:80]
        hits += sum(1 for _ in pattern.finditer(t))
    assert hits > 5


@pytest.mark.parametrize("pattern,anchor,reach", [
    (places._LOCATIVE_CONTEXT, places._LOCATIVE_TAIL_AT, 2),
    (places._PAIR_CONTEXT, places._PAIR_TAIL_AT, 9),
    (places._RELATIVE, places._RELATIVE_AT, 0),
    (units._COMMANDER_COLUMN, units._COLUMN_AT, 1),
], ids=["locative_context", "pair_context", "relative", "commander_column"])
def test_a_reach_one_too_small_misses_matches(pattern, anchor, reach):
    """The reaches are the tightest that hold: one less loses matches (so the tests above can fail)."""
    assert any(_sig(near_anchor_finditer(pattern, t, anchor, reach)) != _sig(pattern.finditer(t)) for t in _texts())


def test_a_text_without_the_shared_battle_word_holds_no_shared_list():
    """_SHARED_AT (等 + a battle word) is in every match of _SHARED_LIST: the scan is skipped without it."""
    n = 0
    for t in _texts():
        found = list(battles._SHARED_LIST.finditer(t))
        assert all(battles._SHARED_AT.search(m.group(0)) for m in found)
        n += len(found)
    assert n > 0
