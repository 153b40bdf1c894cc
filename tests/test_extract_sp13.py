"""The speed rewrites of sp13 give exactly what the plain forms give, on sentences of our own."""

from __future__ import annotations

import re

from kangzhan.extract import pipeline
from kangzhan.extract.mentions.base import Mention
from kangzhan.extract.pipeline import Analysis, analyse
from kangzhan.text.read import source_from_string

_RUNS = [
    "展示:日军进攻路线图\n1931年,日军发动九一八事变,强占中国东北,1944年又发动新的攻势,先后在湘北、衡阳发起进攻。\n"
    "十七万中国军队在衡阳奋起反击,一次次打退日军的进攻,\n在长衡会战中,守衡阳的方先觉部与日军血战四十七天。",
    "1931年,日军发动九一八事变,强占中国东北,1939年又发动新的攻势,先后在赣北、南昌发起进攻。\n"
    "十万中国军队在南昌奋起反击,一次次打退日军的进攻,\n南昌会战中,守高安的某部与日军血战。",
    "1931年,日军发动九一八事变,强占中国东北,1939年又发动新的攻势,先后在赣北、南昌发起进攻。"
    "十万中国军队在南昌奋起反击,一次次打退日军的进攻,南昌会战中,守高安的某部与日军血战。",
    "1938年,日军发动徐州会战。1941年,日军又在宜昌、沙市发起进攻,攻占当阳。\n守军在荆门奋起反击,\n"
    "宜昌战役中,我军在宜昌反攻。1942年,浙赣会战爆发,日军先后在金华、衢州发起进攻。\n我军在衢州阻击。",
]


def _plain_date_into_run(a: Analysis, name: str) -> Mention | None:
    """_date_into_run as first written: the battle's places collected over all its sentences, then the clause's."""
    ks = [k for k, lab in enumerate(a.labels) if lab == name]
    if not ks or ks[0] == 0 or a.labels[ks[0] - 1] == name:
        return None
    s, e = a.sentences[ks[0] - 1]
    mine = {m.value.get("name", m.text) for m in a.places
            if any(a.sentences[k][0] <= m.start < a.sentences[k][1] for k in ks)}
    before = [d for d in a.dates if s <= d.start < e and not d.value.get("year_inherited")]
    if not before or not mine:
        return None
    d = before[-1]
    if any(d.end <= m.start < e for m in a.battles) or pipeline._CLAUSE_STOP.search(a.text, d.end, e):
        return None
    return d if any(d.end <= m.start < e and m.value.get("name", m.text) in mine for m in a.places) else None


def test_date_into_run_as_the_plain_form() -> None:
    found = 0
    for t in [*_RUNS, "\n".join(_RUNS), "".join(_RUNS)]:
        a = analyse(source_from_string(t))
        told = pipeline._sentences_told(a.labels)
        for name in {lab for lab in a.labels if lab}:
            assert told[name] == [k for k, lab in enumerate(a.labels) if lab == name]
            got = pipeline._date_into_run(a, name, told[name])
            assert got is _plain_date_into_run(a, name)
            found += got is not None
    assert found >= 2
    a = analyse(source_from_string(_RUNS[1]))
    assert [b.start.iso for b in a.facts.battles if b.name == "南昌会战"] == ["1939"]  # the run's date, not 1931


_FORCES = [
    "敌军三百余人据守县城,我军二百多人坚守阵地;还留下五百人左右,\n  死守北门。营长率一百二十人扼守渡口。",
    "1938年5月,日军三千余人分两路进犯某镇,伪军八百余人窜扰某村,敌一千五百余名日军向我军进攻。第3师团一部据守。",
    "某团1,200人 固守某城;约二千名日伪军由某地出动,日伪军五百余人携带辎重,上千日军包围某村;三个据点守卫森严。",
    "我军在7月7日日军进攻前,有士兵四百名守卫桥头;数百日军被包围,2至3千敌军来犯,第五千人队。",
    "该连八十余人突围,全营四百多人坚守某村;一个排三十余人阻击,,约三百人由北门出城，1100余人突然出动,敌伪军五百余人及伪军向某镇进犯。",
    "八路军一部千余人夜袭某城,守军二百余人被日军包围,新四军某支队部队三百人向东转移,国军第5军官兵一千余人进入阵地。",
]


def _force_texts() -> list[str]:
    whole = "\n".join(_FORCES)
    return [*_FORCES, whole, whole.replace("\n", ""), whole.replace(",", "")]


def test_count_runs_before_an_anchor_as_the_plain_finditer() -> None:
    from kangzhan.extract.mentions import figures
    from kangzhan.extract.mentions.numbers import COUNT_RE

    plain = {
        figures._men_holding: r"(?<![第0-9.])(?P<count>" + COUNT_RE.pattern + r")(?:左右|上下)?[,，]?\s*"
                              r"(?:据守|坚守|固守|死守|驻守|扼守|守卫|留守)",
        figures._count_side_moves: figures._COUNT_SIDE_MOVES.pattern,
        figures._side_count_moves: figures._SIDE_COUNT_MOVES.pattern,
    }
    found = 0
    for fast, slow in plain.items():
        for t in _force_texts():
            got = [(m.span(), m.groupdict()) for m in fast(t)]
            assert got == [(m.span(), m.groupdict()) for m in re.compile(slow).finditer(t)]
            found += len(got)
    assert found >= 10
    assert figures._MEN_HOLDING.pattern == plain[figures._men_holding]
    # every character a count consumes is one of _COUNT_CHARS (the pattern's classes, [0-9] included)
    assert set("0123456789") <= figures._COUNT_CHARS


def test_run_anchor_finditer_tries_each_run_from_the_last_match() -> None:
    from kangzhan.extract.mentions.scan import run_anchor_finditer

    rx = re.compile(r"[0-9]+[ab]?X|[ab]Y")
    anchor = re.compile("X|Y")
    for t in ["12X 3bX aY1aX", "ab12aX", "X1X2X", "9 9X", "1aYbX"]:
        assert [m.span() for m in run_anchor_finditer(rx, t, anchor, set("0123456789ab"))] == \
               [m.span() for m in rx.finditer(t)]


def test_within_km_as_pairwise_km() -> None:
    from kangzhan.extract.lexicons import km, within_km

    pts = [(114.3, 30.6), (113.0, 28.2), (114.31, 30.59), (121.5, 31.2), (112.9, 28.25), (114.3, 30.6)]
    for limit in (0.0, 5.0, 60.0, 400.0, 2000.0):
        assert within_km(pts, limit) == [[j for j, b in enumerate(pts) if km(a, b) <= limit] for a in pts]


def test_figure_source_words_end_every_source() -> None:
    from kangzhan.extract.model import Evidence, Figure

    for sentence, source in [("据日方战报统计,敌伤亡三千余人。", "据日方战报"), ("日军战史载,此役损失千人。", "日军战史"),
                             ("此役毙敌三千余人。", ""), ("据老兵回忆日军伤亡两千人。", "据老兵回忆"), ("敌伤亡二千人,缴获甚多。", "")]:
        fig = Figure("casualties", 3000, "JP", "exact", "casualties", "", Evidence(0, 2, sentence[:2], sentence, 0))
        m = pipeline._FIGURE_SOURCE.search(sentence)
        assert pipeline._figure_source(fig) == (m.group(0) if m else "") == source


def test_named_units_found_in_one_scan_as_per_name() -> None:
    from kangzhan.extract.mentions import units
    from kangzhan.extract.mentions.scan import occurrences

    texts = ["新四军第一支队与八路军一部会合,中国远征军和远征军司令部,驻印军即中国驻印军。",
             "关东军关东军,华北方面军与华北驻屯军;伪满洲国军、满洲国军和伪满军;川军滇军桂军粤军。",
             "东北抗日联军简称抗联,江南抗日义勇军即江抗;和平建国军、皇协军与伪治安军。", ""]
    for t in [*texts, "".join(texts)]:
        held = units._named_occurrences(t)
        for name in units._named_lexicon():
            assert held.get(name, []) == occurrences(t, name)
    assert units._named_occurrences("关东军关东军")["关东军"] == [(0, 3), (3, 6)]


def test_lexicon_prefix_scan_and_han_test_as_the_plain_forms() -> None:
    from kangzhan.extract.mentions import places

    scan = places._prefix_scan()
    first, second = scan.pattern[:-1].split("(?=")  # [first characters](?=[second characters])
    plain = re.compile(f"(?={first}{second})")  # the form before: both characters looked ahead at
    texts = ["我军由长沙经湘潭、衡阳退守桂林,敌在宜昌以西、当阳一带集结。江西南昌,湖南平江;abc 12。",
             "从江西进入福建,在连平型关一线;九龙、香港与深圳河北岸。", "", "长"]
    for t in texts:
        for i in range(len(t) + 2):
            a, b = scan.search(t, i), plain.search(t, i)
            assert (a and a.start()) == (b and b.start())
            assert places._han_at(t, i) == bool(places._HAN.match(t, i))


def test_starts_at_finditer_tries_each_anchor_from_the_last_match() -> None:
    from kangzhan.extract.mentions.scan import starts_at_finditer

    rx = re.compile(r"(?:ab|(?<=,))[0-9]+c?")
    anchor = re.compile(r",(?=[0-9])|ab")
    for t in ["ab12,34 ,5c ab,6", ",,1ab2", "ab1,2ab", "1,x,2,", "ab,1c,2"]:
        assert [m.span() for m in starts_at_finditer(rx, t, anchor, ",")] == [m.span() for m in rx.finditer(t)]


def test_namesake_in_the_provinces_named_once_per_battle() -> None:
    from kangzhan.extract import fight_places
    from kangzhan.extract.lexicons import admin
    from kangzhan.extract.mentions.places import find_places

    text = "1941年,八路军在河北平山、灵寿一带与日军激战,后转战山西五台、盂县,又在辽宁海城、河北元氏作战。"
    ms = find_places(text)
    plain = {a.adcode[:2] for x in ms if x.value.get("kind") == "province"
             and (a := admin().get(fight_places._name(x))) is not None and a.adcode}
    assert fight_places._provinces_named(ms) == plain and plain
    for m in ms:
        assert fight_places._namesake_in(m, fight_places._provinces_named(ms)) == fight_places._namesake_in(m, plain)
