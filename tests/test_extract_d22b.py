"""Round 22 (d22b): a song's or a person's story that illustrates several fights, each under its own year, and a
commander's fight told by its act (率部血战X) inside a campaign. New sentences, through `kangzhan extract`."""
from helpers import extract_json


def _battles(tmp_path, text: str) -> dict[str, dict]:
    return {b["name"]: b for b in extract_json(tmp_path, text)["battles"]}


def test_small_fights_under_later_years_are_fights_of_their_own(tmp_path):
    got = _battles(tmp_path,
                   "这首《骑兵之歌》唱的是骑兵第7师。1936年冬,日伪军进犯绥东。骑兵第7师奉命迎敌。"
                   "红格尔图一役,骑兵威名远扬。1938年春,驻守绥西的骑兵第7师再次出击,旅长白海风阵亡。"
                   "当地县志这样记载当时的包头战斗:\n此战极其惨烈。\n"
                   "1939年5月,大青山伏击战,游击队缴获大批物资。\n")
    assert {"包头战斗", "大青山伏击战"} <= set(got)
    assert got["包头战斗"]["part_of"] is None and got["大青山伏击战"]["part_of"] is None
    assert (got["包头战斗"]["start"] or "").startswith("1938")
    assert (got["大青山伏击战"]["start"] or "").startswith("1939-05")
    assert "白海风" not in {c["name"] for b in got.values() if b["name"] != "包头战斗" for c in b["commanders"]}


def test_later_year_in_the_fights_own_sentence(tmp_path):
    got = _battles(tmp_path,
                   "这位老兵叫李长顺,今年95岁。\n老人回忆起当年的岁月。1940年,枣宜会战爆发,第33集团军在襄河东岸苦战。\n"
                   "在抗战中,中国军民奏响了凯歌。1941年9月,关家垴战斗打响,八路军三个团连续猛攻。\n")
    assert "关家垴战斗" in got and got["关家垴战斗"]["part_of"] is None
    assert (got["关家垴战斗"]["start"] or "").startswith("1941-09")


def test_small_fight_after_a_campaign_in_the_same_year_stays_its_part(tmp_path):
    got = _battles(tmp_path,
                   "1938年4月,徐州会战进入高潮,第60军奉命开赴前线。"
                   "该军在禹王山一带与日军反复争夺。此后的禹王山战斗中,第183师伤亡甚重。\n")
    assert got.get("禹王山战斗", {}).get("part_of") == "徐州会战"
