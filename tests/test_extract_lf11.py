"""Leftovers of dates, places and persons, each on sentences written for this test (other fights, units, places and
persons than the seed, dev and held-out texts):

- "small/old/stone + a place word" described (一座小石桥, 一个小山村) is an everyday noun, one rule for the suffix
  finder and the final filter; standing as a name (在小石桥一带) it is a place;
- the incidents named by their day (九一八 …) are data (lexicons/day_incidents.tsv): every row dates the months
  told after it;
"""

from __future__ import annotations

from pathlib import Path

from kangzhan.extract.mentions.dates import find_dates
from kangzhan.extract.mentions.places import find_places

LEXICONS = Path(__file__).resolve().parents[1] / "src" / "kangzhan" / "extract" / "lexicons"


def _dates(text: str) -> list[str]:
    return [m.value["date"].iso for m in find_dates(text)]


# --- the incident table is data ----------------------------------------------------------------------------------

def _incident_rows() -> list[tuple[str, str]]:
    rows = [ln.split("\t") for ln in (LEXICONS / "day_incidents.tsv").read_text(encoding="utf-8").splitlines()
            if ln and not ln.startswith("#")]
    return [(r[0], r[1]) for r in rows]


def test_every_row_of_the_incident_table_dates_the_month_told_after_it():
    rows = _incident_rows()
    assert len(rows) >= 4
    for name, iso in rows:
        year, month = int(iso[:4]), int(iso[5:7])
        for written in (name.replace("·", ""), name, name.replace("·", ".")):  # 九一八, 九·一八, 九.一八
            text = f"“{written}”事变以后,游击队转入山区。{month}月28日,游击队袭击了河口的敌军仓库。"
            assert _dates(text) == [f"{year}-{month:02d}-28"], (written, text)


def test_a_day_name_that_is_no_row_dates_nothing():
    assert _dates("“五一五”事变以后,游击队转入山区。11月28日,游击队袭击了河口的敌军仓库。") == []


# --- one rule for "small/old + a place word" ---------------------------------------------------------------------

def _place_texts(text: str) -> list[str]:
    return [m.text for m in find_places(text)]


def test_a_small_or_old_place_word_described_is_no_place():
    assert _place_texts("区小队在河汊里找到一座小石桥,连夜拆了桥板。") == []
    assert _place_texts("部队进驻一座小渔村,休整三天。") == []
    assert _place_texts("傍晚,游击队转移到一个小山村。") == []
    assert _place_texts("日军占领青石镇后,又进犯一片小山村。") == ["青石镇"]


def test_the_same_words_standing_as_a_name_are_a_place():
    assert _place_texts("三营在小石桥一带阻击日军骑兵。") == ["小石桥"]
    assert _place_texts("敌人窜入小山村一带抢粮。") == ["小山村"]
