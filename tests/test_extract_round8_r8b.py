"""Round 8 (r8b): county-chronicle entries and Republican telegrams, on sentences written for these tests.

- a compilation of county entries: each entry is about its county town, and each sentence opening with a written
  year starts another event; an event with fighting for the town is a battle named after it (X战斗, or X解放 when
  the town is freed), ending with the fighting (the massacre after the fall is no part of it); 县城 is the entry's
  town; an event without fighting is no battle;
- OCR: 曰 for 日 after a day of a month, 筑 for 第 before a numeral + a unit's echelon (not 构筑三道防线);
- a lunar date in brackets (农历八月初五) is no second date and sets no month; a copy's "年9月7日" (year digits
  lost) is no date;
- telegrams: the recapture of a town (收复X, 克复X) implies the battle for it, dated by the sentences that name the
  town, "经过N昼夜激战" counting the days before the recapture; 韵目代日 (于漾日, the signature's 文未); the
  addressees "李总指挥子安弟 … 均鉴" are family + courtesy name; volunteer formations named by their cause or
  province (抗日救国军, 绥远自卫军); 城东 is a position relative to the town, …股匪 a band of people.
"""

from __future__ import annotations

from pathlib import Path

from helpers import extract_json, extract_jsonl

CHRONICLE = """晋北各县沦陷及光复概况
灵丘县
一九三七年九月中旬,日军进犯灵丘,九月二十日围攻灵丘县城,守军第七十三师第四三六团守城。激战至二十二日(农历八月十八)黄昏,日军攻破东门,守军撤退。日军入城后屠杀居民六百余人。二十五日,又残杀一百余人。一九四五年八月二十日,八路军晋察冀军区副司令员郭天民率筑二十团一部包围县城。二十二日(农历七月十五),日军撤走,伪军投降,县城解放。
繁峙县
一九三七年十月三曰(农历九月初),日军攻占繁峙县城。敌人在攻城中伤亡甚重,入城后烧毁民房数百间。
五台县
一九三七年九月,县政府撤离,日军入城。
  代县:年9月7日,我县支队构筑三道防线。
"""


def _battles(facts: dict) -> dict[str, dict]:
    return {b["name"]: b for b in facts["battles"]}


def test_county_entries_are_read_event_by_event(tmp_path: Path) -> None:
    facts = extract_json(tmp_path, CHRONICLE)
    bs = _battles(facts)
    assert set(bs) == {"灵丘战斗", "灵丘解放", "繁峙战斗"}  # 五台: a withdrawal, no fight; 代县: no fight
    fall, freed, other = bs["灵丘战斗"], bs["灵丘解放"], bs["繁峙战斗"]
    assert (fall["start"], fall["end"]) == ("1937-09-20", "1937-09-22")  # not the massacre of the 25th
    assert {u["name"] for u in fall["units"]} == {"第73师", "第436团"}
    assert (freed["start"], freed["end"]) == ("1945-08-20", "1945-08-22")
    assert "第20团" in {u["name"] for u in freed["units"]} and "第73师" not in {u["name"] for u in freed["units"]}
    assert [c["name"] for c in freed["commanders"]] == ["郭天民"]
    assert "灵丘县" in {p["name"] for p in freed["places"]}  # 包围县城: the entry's town
    assert "解放灵丘" in freed["alt_labels"] and "灵丘县城解放" in freed["alt_labels"]
    assert not freed["named_in_text"] and not fall["named_in_text"]
    # 十月三曰: 曰 read as 日; the only date is the day the town was taken: the end, the month its start
    assert (other["start"], other["end"]) == ("1937-10", "1937-10-03")


def test_ocr_and_calendar_notes(tmp_path: Path) -> None:
    rows = extract_jsonl(tmp_path, CHRONICLE)
    dates = {r["text"]: r["value"]["date"] for r in rows if r["kind"] == "date"}
    assert dates["二十五日"] == "1937-09-25"  # the month is September's, not the lunar 八月's
    assert not any(v.startswith("1937-08") for v in dates.values())  # (农历八月十八) is no date
    assert "9月7日" not in dates  # 年9月7日: the year's digits are lost, no year is guessed
    assert "1937-10-03" in dates.values()  # 十月三曰
    units = {r["value"]["key"] for r in rows if r["kind"] == "unit"}
    assert "第20团" in units and not any("道" in u for u in units)  # 筑二十团 → 第二十团; 构筑三道防线 stays


TELEGRAMS = """王振东报告军情电
(1938 年 4 月 8 日)
(衔略)(1)我抗日救国军第一路,于漾日在城东剿匪,击溃刘某股匪。(2)绥远自卫军军长王振东率部进至涞源以南。肃此电告,职王振东叩敬。

涞源至此,已为我军完全收复。俘获详情,另电奉告。陈明远齐未印。
注释:
1938 年 5 月 8 日,我抗日救国军经过四昼夜激战,收复了被日军盘踞两月的涞源。这是陈明远在收复涞源当天发出的电文。
陈明远犒赏克复涞源官兵电
(1938 年 5 月 8 日)
李总指挥子安弟,王右指挥伯英兄,并转前方各官兵均鉴:顷接李总指挥齐电,欣悉涞源业于今晨为我军完全克复。
"""


def test_recapture_telegrams_imply_the_battle(tmp_path: Path) -> None:
    rows = extract_jsonl(tmp_path, TELEGRAMS)
    facts = rows[-1]
    assert len(facts["battles"]) == 1
    b = facts["battles"][0]
    assert b["name"].startswith("涞源") and not b["named_in_text"]
    assert {"收复涞源", "克复涞源"} <= set(b["alt_labels"])  # the recapture as the text writes it
    # dated by the sentences about 涞源 (not the April telegram): four days of fighting up to 8 May
    assert (b["start"], b["end"]) == ("1938-05", "1938-05-08")
    assert "抗日救国军" in {u["name"] for u in b["units"]}
    assert {p["name"] for p in b["places"]} & {"涞源", "涞源县"}
    assert not {p["name"] for p in b["places"]} & {"城东", "刘某股匪", "某股匪"}
    units = {u["name"]: u["side"] for u in facts["units"]}
    assert units["绥远自卫军"] == "CN"
    assert ("王振东", "绥远自卫军") in {(c["person"], c["unit"]) for c in facts["commands"]}
    persons = {p["name"] for p in facts["persons"]}
    assert {"李子安", "王伯英"} <= persons and not persons & {"子安弟", "王右"}
    dates = {r["text"]: r["value"]["date"] for r in rows if r["kind"] == "date"}
    assert dates["漾日"] == "1938-04-23"  # 韵目代日: 漾 = the 23rd, in the month of the telegram
    assert dates["敬"] == "1938-04-24"
    assert dates["齐未印"] == "1938-05-08"  # the signature's day, its month from the note that spells it out


def test_numbered_and_bracketed_county_headings(tmp_path: Path) -> None:
    text = """冀西各县抗战纪略
一、涞水县
一九三八年三月五日,日军围攻涞水县城,守军第二十九团凭城固守。激战至七日,守军撤退,县城失守。
【易县】
一九四五年八月,由吴长山、胡振江为首的三百余伪军占据县城。二十日,冀中第九军分区第三十三团包围县城,胡振江被击毙。二十一日,吴长山逃走,伪军投降,县城解放。
(三)涞源县
一九三八年四月,县政府撤离。
"""
    bs = _battles(extract_json(tmp_path, text))
    assert set(bs) == {"涞水战斗", "易县解放"}
    assert (bs["涞水战斗"]["start"], bs["涞水战斗"]["end"]) == ("1938-03-05", "1938-03-07")
    assert "第29团" in {u["name"] for u in bs["涞水战斗"]["units"]}
    freed = {u["name"] for u in bs["易县解放"]["units"]}
    # 军分区: a military sub-district, no army; its region stays in its name, as written
    assert {"冀中第九军分区", "第33团"} <= freed and "第9军" not in freed
    assert bs["易县解放"]["start"] == "1945-08-20"  # from the siege, not the puppet troops' occupation before it
    # 以…为首, …被击毙, …逃走: persons, no mountain (…山) and no river (…江)
    assert not {"吴长山", "胡振江"} & {p["name"] for b in bs.values() for p in b["places"]}


def test_an_entry_that_names_its_battle_keeps_the_name(tmp_path: Path) -> None:
    text = """豫北各县沦陷概况
汤阴县
一九三七年十一月五日,日军围攻汤阴县城,守军第三十二军一四一师守城。激战至七日,守军突围,汤阴失守。
淇县
一九三八年二月,日军进犯淇县,守军第五十三军与敌激战三日,是为淇县战斗。十二日,淇县失守。
滑县
一九三八年二月,县政府南迁。
"""
    bs = _battles(extract_json(tmp_path, text))
    assert set(bs) == {"汤阴战斗", "淇县战斗"}
    assert bs["淇县战斗"]["named_in_text"] and not bs["汤阴战斗"]["named_in_text"]
    assert "第53军" in {u["name"] for u in bs["淇县战斗"]["units"]}
    assert "第53军" not in {u["name"] for u in bs["汤阴战斗"]["units"]}
