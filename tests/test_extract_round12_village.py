"""Round 12: the village of an unnamed fight, written in full after its county, names the fight.

A life summary or a chronicle sets an unnamed fight at a village it writes in full after its county (X县Y村): the
village is the place and names the fight, even where the tail of its name is a district's short name in the gazetteer
(Y村 with 村 ending some 周村区). A place located from a town by a bearing (盐城西之Y, X东南Y之驻军) is that more
specific place. Each text is written for this test (no name, number or place of the held-out texts), run through
`kangzhan extract` as a user would.
"""

from __future__ import annotations

from helpers import extract_json, extract_jsonl


def _battles(facts: dict) -> dict[str, dict]:
    return {b["name"]: b for b in facts["battles"]}


def _places(tmp_path, text: str) -> set[str]:
    return {m["value"]["name"] for m in extract_jsonl(tmp_path, text) if m.get("kind") == "place"}


def test_a_village_after_its_county_is_not_cut_to_a_district_short_name(tmp_path):
    """蠡县高罗庄, 繁昌县李周村: 罗庄 and 周村 are districts' short names, but the text spells the village in full."""
    text = ("1943年4月17日凌晨,日军两千余人突然包围八路军第5团团部驻地蠡县高罗庄。\n"
            "1940年9月3日,日伪军800余人袭击新四军第3支队驻地繁昌县李周村,我军奋起还击。\n")
    places = _places(tmp_path, text)
    assert {"高罗庄", "李周村", "蠡县", "繁昌县"} <= places
    assert not {"罗庄", "周村"} & places


def test_a_county_then_its_district_short_name_alone_is_still_the_district(tmp_path):
    """No village is written before the short name (淄博周村, a county and 周村 right after it): nothing changes."""
    places = _places(tmp_path, "1938年1月,日军占领张店、周村,我军退守博山县。\n")
    assert {"张店", "周村"} <= places


LIFE = (
    "李振华,1905年生于河北省蠡县。1937年抗战爆发后,任八路军第5团团长。\n"
    "1942年5月,第5团在蠡县北辛庄与日伪军作战,毙伤敌百余人。\n"
    "1943年4月17日凌晨,日军两千余人突然包围第5团团部驻地蠡县高罗庄。李振华和政治委员赵明远指挥部队与敌血战,"
    "打退敌人六次冲锋,毙伤敌300余人,团部得以突出重围。\n"
)


def test_an_unnamed_fight_is_named_after_the_village_not_its_county(tmp_path):
    """The county is named twice (two fights in it), the village once: the coined battle is the village's."""
    battles = _battles(extract_json(tmp_path, LIFE))
    assert "高罗庄战斗" in battles, list(battles)
    assert not any(n.startswith("蠡县") for n in battles)
    b = battles["高罗庄战斗"]
    assert b["named_in_text"] is False
    assert b["start"] == "1943-04-17"
    assert "高罗庄" in {p["name"] for p in b["places"]}


def test_a_place_located_from_a_town_by_a_bearing(tmp_path):
    """阜宁西之Y / X东南Y之驻军: the located place is found, not only the town it is located from."""
    text = ("三月二十日,我军进攻盐城西之王家集,战至天明。\n"
            "敌伪三百余秘密进攻,企图歼灭我驻在东台东南白驹场之驻军。\n")
    places = _places(tmp_path, text)
    assert {"王家集", "白驹场"} <= places


LIFE_TWO = (
    "王德胜,1903年生于山东省沂水县。1929年入西北军当兵,同年随部到河南。\n\n"
    "1938年参加八路军,任第115师第686团营长。\n\n"
    "1940年3月上旬,第686团在费县石门山与日军激战两昼夜,歼敌200余人。\n\n"
    "1942年10月12日拂晓,日伪军1500余人突然合击第686团团部驻地沂南县马家庄。王德胜指挥部队与敌血战,"
    "毙伤敌300余人,王德胜在突围中牺牲。\n"
)


def test_two_dated_fights_of_a_life_summary_are_two_battles(tmp_path):
    """Each dated entry that sets fighting at a place (在X县Y山, the quarters attacked 驻地X县Y庄) is a fight of its
    own, with its own date, named after the narrowest place; the career before the war is no fight's."""
    battles = _battles(extract_json(tmp_path, LIFE_TWO))
    assert set(battles) == {"石门山战斗", "马家庄战斗"}, list(battles)
    assert battles["石门山战斗"]["start"] == "1940-03"
    assert battles["马家庄战斗"]["start"] == "1942-10-12"
    assert "石门山" in {p["name"] for p in battles["石门山战斗"]["places"]}
    assert "河南" not in {p["name"] for b in battles.values() for p in b["places"]}


def test_one_dated_fight_of_a_life_summary_stays_the_one_battle(tmp_path):
    """One dated fight only: the account's one coined battle, as before (no split)."""
    text = LIFE_TWO.replace("1940年3月上旬,第686团在费县石门山与日军激战两昼夜,歼敌200余人。", "1940年3月上旬,第686团移驻费县。")
    assert list(_battles(extract_json(tmp_path, text))) == ["马家庄战斗"]
