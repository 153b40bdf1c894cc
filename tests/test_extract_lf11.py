"""Leftovers of dates, places and persons, each on sentences written for this test (other fights, units, places and
persons than the seed, dev and held-out texts):

- the incidents named by their day (九一八 …) are data (lexicons/day_incidents.tsv): every row dates the months
  told after it;
"""

from __future__ import annotations

from pathlib import Path

from kangzhan.extract.mentions.dates import find_dates

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
