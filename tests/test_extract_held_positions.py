"""Men named by the place they held. An enemy posted somewhere or come from somewhere, between the verb and its
count (全歼了驻X日军N人, 歼灭来犯之敌N余人, 全歼守敌N余人), and a unit's men that held a place (第N联队固守X的N多官兵,
a strength). New sentences, through `kangzhan extract --format jsonl`."""
from helpers import extract_jsonl


def _figs(tmp_path, text: str) -> set[tuple]:
    return {(m["value"]["kind"], m["value"]["category"], m["value"]["side"], m["value"]["count"],
             m["value"]["qualifier"]) for m in extract_jsonl(tmp_path, text) if m["kind"] == "figure"}


def test_the_garrison_of_a_village_wiped_out(tmp_path):
    got = _figs(tmp_path, "1940年3月,新四军一部发起周家桥歼灭战,至3月8日全歼了驻周家桥日军180多人。\n")
    assert ("casualties", "killed", "JP", 180, "atLeast") in got


def test_the_enemy_that_came_and_the_enemy_that_held(tmp_path):
    got = _figs(tmp_path, "1941年5月,游击支队在石门岭设伏,歼灭来犯之敌300余人。"
                          "次年春,我军攻克县城,全歼守敌一百二十余人;又歼灭盘踞在马家堡的伪军四十余人。\n")
    assert ("casualties", "killed", "JP", 300, "atLeast") in got
    assert ("casualties", "killed", "JP", 120, "atLeast") in got
    assert ("casualties", "killed", "JP", 40, "atLeast") in got


def test_a_garrison_of_our_side_gives_no_enemy_loss(tmp_path):
    """The posted men after the verb must be the enemy's words: our garrison wiped out is no figure read so."""
    got = _figs(tmp_path, "是役日军全歼驻守河口的国军一个营,我方驻城部队二百余人突围。\n")
    assert not any(f[2] == "JP" for f in got)


def test_the_men_a_unit_held_a_place_with_are_its_strength(tmp_path):
    got = _figs(tmp_path, "1942年,日军第58联队固守石门镇的2000多官兵据城顽抗。\n")
    assert ("strength", "strength", "JP", 2000, "atLeast") in got


def test_the_fallen_of_a_unit_stay_a_loss(tmp_path):
    got = _figs(tmp_path, "第74师在此牺牲的3000多官兵长眠山下。\n")
    assert not any(f[0] == "strength" for f in got)
    assert ("casualties", "killed", "CN", 3000, "atLeast") in got
