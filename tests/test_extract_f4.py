"""f4: a clause that lists several fights (先后袭击了甲、乙、丙; 三打甲、二打乙; 在甲、乙、丙三次战斗中) gives each listed
fight the clause's units, leader and date; its total figures go to none. Invented sentences, each with a look-alike."""

from __future__ import annotations

from kangzhan.extract.pipeline import analyse
from kangzhan.text.read import source_from_string


def _facts(text: str) -> dict[str, tuple[list[str], list[str], str | None, int]]:
    a = analyse(source_from_string(text))
    return {b.name: ([c[0] for c in b.commanders], [p[0] for p in b.places], b.start.iso if b.start else None,
                     len(b.figures)) for b in a.facts.battles}


_RAIDS = ("1940年春,游击支队在队长赵铁山率领下,先后袭击了石河镇、柳家集、黄土坡等地的日伪据点,共毙伤日伪军80余人。"
          "同年秋,支队在青石岭伏击日军运输队,毙敌20余名。")


def test_each_listed_raid_is_a_fight_with_the_clause_leader_and_date() -> None:
    got = _facts(_RAIDS)
    for site in ("石河镇", "柳家集", "黄土坡"):
        leaders, places, start, figures = got[site + "战斗"]
        assert leaders == ["赵铁山"] and places == [site] and start == "1940"
        assert figures == 0  # 共毙伤…80余人: the total of the three, no one fight's
    assert got["青石岭战斗"][0] == []


def test_an_area_listed_is_one_fight() -> None:
    got = _facts("1942年冬,日军集中兵力扫荡,县大队在石河镇、柳家集一带与敌激战,毙敌30余人。"
                 "次年春,县大队在青石岭伏击日军,毙敌20余名。")
    assert "柳家集战斗" not in got
    assert got["石河镇战斗"][3] == 1


def test_counted_fights_after_a_list() -> None:
    got = _facts("1941年秋,独立营在营长孙大川指挥下,在石河镇、柳家集、黄土坡三次战斗中,共毙伤日伪军百余人。"
                 "次年春,该营在青石岭伏击日军,毙敌20余名。")
    assert "黄土坡三次战斗" not in got
    for site in ("石河镇", "柳家集", "黄土坡"):
        assert got[site + "战斗"][0] == ["孙大川"]


def test_a_campaign_moving_through_towns_stays_one() -> None:
    got = _facts("1938年,第五战区部队在台儿庄战役中先后收复峄县、枣庄、临城,歼敌万余。")
    assert list(got) == ["台儿庄战役"]
