"""Sides of units from the army written before them, the verb they are the subject of, and the puppet or
Anti-Japanese force they belong to. Invented sentences (no name, number or place of a held-out text).

- a numbered unit written after the named army it belongs to (X军的第N军团, 抗日义勇军第三军) has that army's side,
  whatever its echelon word implies;
- a unit that is the subject of a verb of invading (入侵, 进犯, 窜犯, 扫荡 …) is the invader's, but not where it
  fights the invader (阻击进犯之敌), clears the enemy (扫荡残敌) or resists (反扫荡);
- a list of a force's units (抗联一军、二军, 伪满第7旅、第8旅) keeps the force's name and side for every item.
"""

from __future__ import annotations

from helpers import extract_json


def _units(tmp_path, text: str) -> dict[str, str | None]:
    return {u["name"]: u["side"] for u in extract_json(tmp_path, text)["units"]}


def test_units_of_a_named_japanese_army_are_japanese(tmp_path):
    units = _units(tmp_path, "1942年初,日本派南方军的第十五和第三十三两个军团入侵缅甸,中国远征军第五军奉命入缅。\n")
    assert units["第15军团"] == "JP"
    assert units["第33军团"] == "JP"
    assert units["第5军"] == "CN"


def test_the_subject_of_an_invasion_is_the_invader(tmp_path):
    units = _units(tmp_path, "1943年春,第三十五旅由河口向北岳区进犯,第二十团在狼山阻击进犯之敌。\n")
    assert units["第35旅团"] == "JP"
    assert units["第20团"] == "CN"


def test_clearing_the_enemy_or_resisting_a_mopping_up_is_no_invasion(tmp_path):
    units = _units(tmp_path, "1944年夏,第七团扫荡残敌,收复王庄。第十团粉碎了敌人的扫荡。第九团参加反扫荡。\n")
    assert units["第7团"] == "CN"
    assert units["第10团"] == "CN"
    assert units["第9团"] == "CN"


def test_an_army_of_a_named_chinese_force_is_chinese(tmp_path):
    units = _units(tmp_path, "1933年,抗日义勇军第三军在河谷一带与日军激战。\n")
    assert units["第3军"] == "CN"


def test_a_list_of_a_forces_units_keeps_the_force(tmp_path):
    units = _units(tmp_path, "1938年,抗联一军、二军在山区与日军周旋。伪满第七旅、第八旅窜犯王庄。\n")
    assert units["抗联第1军"] == "CN"  # an army of the 抗联 keeps the number key that joins its spellings
    assert units["抗联第2军"] == "CN"
    assert units["伪满第七旅"] == "JP"  # another force's unit is keyed as written
    assert units["伪满第八旅"] == "JP"


def test_a_unit_meeting_the_invader_is_not_the_invader(tmp_path):
    units = _units(tmp_path, "1940年冬,第三十八团在河口迎战进犯的日军,第四十团在北岭堵击来犯日军。\n")
    assert units["第38团"] == "CN"
    assert units["第40团"] == "CN"
