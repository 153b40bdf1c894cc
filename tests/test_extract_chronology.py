"""A chronology (大事记) of a month: a year line, a month heading, then day-led lines ("4日  …"). Each line that
tells fighting is a fight of its own, dated by its line (year and month from the headings above), with only its
own units, places and figures; a line without fighting feeds no battle. A battle's course told day by day under
its title is no chronology. Checked on texts written for the test (none is taken from the held-out texts)."""
from helpers import extract_json as extract

CHRONOLOGY = ("1941年大事记\n"
              "编者:某地方志办公室\n"
              "  3月\n\n"
              "  1日    边区政府召开参议会,讨论春耕生产。\n\n"
              "  4日    日伪军3000余人扫荡冀中安平县以北地区。八路军冀中军区第七团和地方武装开展反扫荡,历时8天,"
              "毙伤日伪军150余人,俘40人。\n\n"
              "  9日    八路军第一二九师一部袭击武安县阳邑镇日军据点,击毙日军小队长以下12人。\n\n"
              "  12日  伪军第5团团长某某率部反正,参加八路军。\n\n"
              "  18日  八路军第一一五师教导第二旅攻克伪军据点郯城,俘伪军80余人。\n")


def _by_name(facts: dict) -> dict[str, dict]:
    return {b["name"]: b for b in facts["battles"]}


def _units(b: dict) -> set[str]:
    return {u["name"] for u in b["units"]}


def _places(b: dict) -> set[str]:
    return {p["name"] for p in b["places"]}


def _counts(b: dict) -> set[int]:
    return {f["count"] for f in b["figures"]}


def test_each_fighting_day_of_a_chronology_is_a_fight_dated_by_its_line(tmp_path):
    bs = _by_name(extract(tmp_path, CHRONOLOGY))
    assert set(bs) == {"安平反扫荡", "阳邑镇战斗", "郯城战斗"}  # the meeting and the defection are no battles
    assert bs["安平反扫荡"]["start"] == "1941-03-04"
    assert bs["阳邑镇战斗"]["start"] == "1941-03-09"
    assert bs["郯城战斗"]["start"] == "1941-03-18"
    assert all(not b["named_in_text"] for b in bs.values())


def test_a_chronology_days_fight_keeps_only_its_own_units_places_and_figures(tmp_path):
    bs = _by_name(extract(tmp_path, CHRONOLOGY))
    sweep, raid, taken = bs["安平反扫荡"], bs["阳邑镇战斗"], bs["郯城战斗"]
    assert "第7团" in _units(sweep) and "第129师" not in _units(sweep) and "第5团" not in _units(sweep)
    assert "安平县" in _places(sweep) and not _places(sweep) & {"武安县", "郯城"}
    assert _counts(sweep) == {3000, 150, 40}
    assert "第129师" in _units(raid) and "第7团" not in _units(raid)
    assert _counts(raid) == {12}
    assert "第115师" in _units(taken) and _counts(taken) == {80}


def test_dotted_dates_under_a_chronologys_year_line_are_entries_of_that_year(tmp_path):
    text = ("1943年大事记\n"
            "1943.5.2 边区召开劳动英雄大会。\n"
            "1943.5.9 太岳军区第38团袭击沁源县城日军,毙伤日军40余人。\n"
            "1943.5.16 边区政府发布减租减息布告。\n"
            "1943.5.20 第25团攻克安泽县府城据点,俘伪军30人。\n")
    bs = list(extract(tmp_path, text)["battles"])
    assert len(bs) == 2
    first, second = sorted(bs, key=lambda b: b["start"])
    assert first["start"] == "1943-05-09" and first.get("end") is None and _counts(first) == {40}
    assert second["start"] == "1943-05-20" and "第38团" not in _units(second) and _counts(second) == {30}


def test_a_battles_course_told_day_by_day_under_its_title_is_not_split(tmp_path):
    text = ("涞源战役\n"
            "1940年9月\n"
            "22日,八路军晋察冀军区第1团向涞源县城发起进攻,日军第2混成旅团一部据城固守。\n"
            "23日,第3团攻克三甲村据点,毙伤日军60余人。\n"
            "25日,日军增援部队到达,我军转攻东团堡。\n"
            "28日,我军撤出战斗,涞源战役结束。\n")
    names = [b["name"] for b in extract(tmp_path, text)["battles"]]
    assert names == ["涞源战役"]


def test_day_sentences_of_a_narrative_without_month_headings_are_not_split(tmp_path):
    text = ("1938年3月,日军第10师团沿津浦路南犯。\n"
            "14日,日军进攻滕县,第122师师长王铭章率部死守。\n"
            "16日,日军猛攻滕县县城,守军伤亡惨重。\n"
            "17日,日军攻破城垣,王铭章殉国,滕县失守。\n")
    bs = extract(tmp_path, text)["battles"]
    assert len(bs) <= 1
