"""Republican official style puts the title between family and given name (顾长官祝同令, 薛长官岳电, 蒋委员长中正
手令): the person is family + given name, and he heads the unit named before him. New sentences."""
from helpers import extract_json, extract_jsonl


def test_a_title_between_family_and_given_name_gives_the_whole_name_and_its_command(tmp_path):
    text = ("第三节 浙赣会战\n民国三十一年五月，敌第13军向我进犯。我第三战区顾长官祝同令第10集团军节节抵抗，"
            "诱敌深入于衢州附近。是役敌伤亡三万余人。\n")
    facts = extract_json(tmp_path, text)
    [battle] = facts["battles"]
    assert [c["name"] for c in battle["commanders"]] == ["顾祝同"]
    assert ("顾祝同", "第3战区") in {(c["person"], c["unit"]) for c in facts["commands"]}


def test_a_one_character_given_name_before_the_verb_and_a_plain_title_name_stay_apart(tmp_path):
    text = "民国二十八年九月，我第九战区薛长官岳电令各部抵抗。第九战区司令长官陈诚亦到前线视察。\n"
    names = {m["value"]["name"] for m in extract_jsonl(tmp_path, text) if m.get("kind") == "person"}
    assert names == {"薛岳", "陈诚"}
