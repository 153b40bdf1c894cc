"""The speed rewrites of sp13 give exactly what the plain forms give, on sentences of our own."""

from __future__ import annotations

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
        for name in {lab for lab in a.labels if lab}:
            got = pipeline._date_into_run(a, name)
            assert got is _plain_date_into_run(a, name)
            found += got is not None
    assert found >= 2
    a = analyse(source_from_string(_RUNS[1]))
    assert [b.start.iso for b in a.facts.battles if b.name == "南昌会战"] == ["1939"]  # the run's date, not 1931
