"""Leftovers of dates, places and persons, each on sentences written for this test (other fights, units, places and
persons than the seed, dev and held-out texts):

- a next day (次日, 翌日, 第二天) carries the day it counts from: an account that tells its fight on that day and
  goes on with 次日 starts on it; an account that opens with 次日 (the day before only a march) starts on the next
  day; a next day after a next day counts from it;
- "small/old/stone + a place word" described (一座小石桥, 一个小山村) is an everyday noun, one rule for the suffix
  finder and the final filter; standing as a name (在小石桥一带) it is a place;
- family names beyond 百家姓 (粟, 覃, 鹿 …, from a frequency ranking) make persons; the same characters as everyday
  words before a title or a verb of command (斯时命令, 何况师长, 晋军团长) make none;
- the incidents named by their day (九一八 …) are data (lexicons/day_incidents.tsv): every row dates the months
  told after it;
"""

from __future__ import annotations

from pathlib import Path

from helpers import extract_json

from kangzhan.extract.mentions.dates import find_dates
from kangzhan.extract.mentions.persons import find_persons
from kangzhan.extract.mentions.places import find_places

LEXICONS = Path(__file__).resolve().parents[1] / "src" / "kangzhan" / "extract" / "lexicons"


def _dates(text: str) -> list[str]:
    return [m.value["date"].iso for m in find_dates(text)]


def _spans(tmp_path: Path, text: str) -> list[tuple[str, str | None, str | None]]:
    return [(b["name"], b["start"], b["end"]) for b in extract_json(tmp_path, text)["battles"]]


# --- next days at the right depth --------------------------------------------------------------------------------

def test_a_next_day_carries_the_day_it_counts_from():
    ms = [m for m in find_dates("1944年6月10日,第七团开赴马家集。次日夜,该团突袭马家集,激战至翌日拂晓。")
          if m.value.get("next_day")]
    assert [(m.text, m.value["date"].iso, m.value["anchor"].iso) for m in ms] == [
        ("次日", "1944-06-11", "1944-06-10"), ("翌日", "1944-06-12", "1944-06-11")]  # a next day of a next day


def test_an_account_that_opens_with_the_next_day_starts_on_it(tmp_path):
    text = "1944年6月10日,新四军第七团奉命开赴马家集一带待机。次日夜,该团突袭马家集据点,激战至翌日拂晓,全歼守敌伪军一个中队。\n"
    assert _spans(tmp_path, text) == [("马家集战斗", "1944-06-11", "1944-06-12")]  # the 10th: only the march


def test_a_fight_told_before_the_next_day_starts_on_the_day_it_counts_from(tmp_path):
    text = "1940年11月7日,决死队第二团奉命夜袭张店。当夜十一时,部队进攻张店车站,激战一小时,次日拂晓撤回驻地。\n"
    assert _spans(tmp_path, text) == [("张店战斗", "1940-11-07", "1940-11-08")]


def test_a_next_day_that_continues_and_ends_an_account(tmp_path):
    text = ("1939年9月8日,日军第六师团一部向桃林进犯,我守军第九团依托工事顽强阻击,激战竟日。次日,敌增兵再攻,"
            "我军撤出桃林。\n")
    assert _spans(tmp_path, text) == [("桃林战斗", "1939-09-08", "1939-09-09")]
    ended = "1938年10月2日,国军第五十二师在石门镇阻击日军,激战竟日,伤亡甚重,次日奉命撤出石门镇。\n"
    assert _spans(tmp_path, ended) == [("石门镇战斗", "1938-10-02", "1938-10-03")]


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


# --- family names beyond 百家姓 ----------------------------------------------------------------------------------

def _persons(text: str) -> list[str]:
    return [m.text for m in find_persons(text)]


def test_family_names_of_the_ranking_make_persons_before_a_verb_of_command():
    assert _persons("粟裕命令第三纵队向东出击。") == ["粟裕"]
    assert _persons("鹿钟麟率部北上。") == ["鹿钟麟"]
    assert _persons("覃连芳指挥部队渡河。") == ["覃连芳"]


def test_the_same_characters_as_everyday_words_make_no_person():
    assert _persons("斯时命令已下,全团出发。") == []  # 斯时: "at that time"
    assert _persons("何况师长已经负伤,全团只得撤退。") == []
    assert _persons("晋军团长率部向东转移。") == []
    assert _persons("冶金厂厂长组织工人转移。") == []
