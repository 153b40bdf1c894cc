"""Rules from round 18's diagnosis (terse biographical entries, a table of battles); every sentence here is written
for the test (other persons, places, units than the round's texts)."""
from helpers import extract_json as extract
from helpers import extract_jsonl


def _battle_mentions(tmp_path, text: str) -> dict[str, dict]:
    return {r["value"]["name"]: r["value"] for r in extract_jsonl(tmp_path, text) if r.get("kind") == "battle"}


def test_a_fight_he_led_when_he_was_wounded_is_told_not_a_look_back(tmp_path):
    text = "王德胜少将:1941年5月,任某军分区独立营营长,指挥柳树沟战斗时,左臂被日军机枪打伤,后截去左臂。\n"
    names = [b["name"] for b in extract(tmp_path, text)["battles"]]
    assert "柳树沟战斗" in names


def test_a_fight_he_took_part_in_when_he_fell_is_told(tmp_path):
    text = "李国华,河北人,早年参加八路军。1943年秋,李国华率部参加石门寨战斗时身负重伤,仍坚持指挥。\n"
    assert _battle_mentions(tmp_path, text)["石门寨战斗"]["past"] is False


def test_a_fight_as_the_time_of_something_else_stays_a_look_back(tmp_path):
    # no part of his in it, and no wound: 时 dates what follows
    text = "1940年冬,八路军某团在青石岭以南设伏,歼灭日军一个中队,史称青石岭伏击战。石门寨战斗时,他正在后方医院养伤。\n"
    assert _battle_mentions(tmp_path, text)["石门寨战斗"]["past"] is True
    # his part in it, but what follows is no harm to him in it
    text = "1940年冬,八路军某团在青石岭以南设伏,歼灭日军一个中队,史称青石岭伏击战。参加石门寨战斗时的老战友,如今只剩三人。\n"
    assert _battle_mentions(tmp_path, text)["石门寨战斗"]["past"] is True
