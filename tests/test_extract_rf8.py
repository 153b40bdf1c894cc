"""The merged readers keep what each of their parts read (refactor rf8), on new sentences: the characters before a
gazetteer place that belong to a battle's name (one more character the text writes again, a family village's 姓家,
the prefix always written before a two-character place) and the units named instead of numbered (a village's
militia, a place's 自卫团, a 民兵大队 after its formation)."""
from helpers import extract_jsonl


def _names(records: list[dict], kind: str, key: str) -> set[str]:
    return {r["value"][key] for r in records if r.get("kind") == kind and r["value"].get(key)}


def test_the_name_of_a_battle_starts_before_the_place_the_gazetteer_knows(tmp_path):
    text = ("日军猛攻石金山。石金山战役持续三日。\n"  # one character more, the text writes the longer name again
            "三月，陈家河口战斗打响，守军击退敌人。\n"  # a family village: 陈家 and the place 河口
            "守军退至北古城。北古城争夺战十分激烈。\n")  # 古城 is always written after 北
    names = _names(extract_jsonl(tmp_path, text), "battle", "name")
    assert {"石金山战役", "陈家河口战斗", "北古城争夺战"} <= names
    assert not names & {"金山战役", "河口战斗", "古城争夺战"}


def test_units_named_after_a_village_a_place_or_their_formation(tmp_path):
    text = ("赵庄民兵大队在村口伏击日军。\n石桥自卫团配合县大队作战。\n冀中第五军分区民兵大队转移到山区。\n")
    units = {r["value"]["key"]: r["value"] for r in extract_jsonl(tmp_path, text) if r.get("kind") == "unit"}
    assert units["赵庄民兵大队"]["side"] == "CN" and units["赵庄民兵大队"]["echelon"] is None  # a village's force
    assert units["石桥自卫团"]["echelon"] == "自卫团"  # after a place that is no village: a named local unit
    assert units["民兵大队"]["echelon"] == "大队"  # no village before: the formation's militia battalion
