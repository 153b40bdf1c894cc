"""Leftovers of persons and commands, on sentences written for this test (other persons, units and places than
the seed, dev and held-out texts):

- a man named after the post he then held and 的 (时任第N集团军总司令的X, 身为师长的X) is a person even when no
  list knows him; a title and 的 with no verb of holding before it (军长的命令) names nobody;
- 高级参谋 (高参) before a name names him, with no command;
- X领导的 + a military unit (X领导的抗联第二路军) is X's command; 领导 of a party (党领导的新四军, 党中央领导的
  根据地) gives no person and no command.
"""

from __future__ import annotations

from pathlib import Path

from helpers import extract_json

from kangzhan.extract.mentions.persons import find_persons


def _names(text: str) -> set[str]:
    return {m.value["name"] for m in find_persons(text)}


def _commands(tmp_path: Path, text: str) -> set[tuple[str, str]]:
    return {(c["person"], c["unit"]) for c in extract_json(tmp_path, text)["commands"]}


def test_the_post_held_then_de_names_the_man_after_it():
    assert "邓汉祥" in _names("1938年3月，时任第二十二集团军总司令的邓汉祥率部在滕县一带与日军激战。")
    assert "韦云松" in _names("身为第一七〇师师长的韦云松亲赴前沿督战。")


def test_a_title_and_de_without_a_post_held_names_nobody():
    assert not _names("师长的命令下达后，各团迅速出击。")
    assert not _names("军长的指挥所设在山后。")


def test_a_senior_staff_officer_is_named():
    assert "冯雁秋" in _names("1939年5月，高级参谋冯雁秋随军赴前线，在随县与日军激战。")
    assert not _names("高级参谋处设在城内。")


def test_a_man_who_led_a_military_unit_commands_it(tmp_path):
    text = "1940年，周保中领导的抗联第二路军在宝清一带袭击日军。"
    assert "周保中" in _names(text)
    assert ("周保中", "抗联第2路军") in _commands(tmp_path, text)


def test_leadership_of_a_party_gives_no_person_or_command(tmp_path):
    text = "1940年，中国共产党领导的新四军在苏北与日军作战。"
    assert not _names(text)
    assert not _commands(tmp_path, text)
    assert not _names("1941年春，在党中央领导的各抗日根据地，军民展开大生产运动。")


# --- one claim told twice ----------------------------------------------------------------------------------------

def _figures(tmp_path: Path, text: str) -> list[dict]:
    return [f for b in extract_json(tmp_path, text)["battles"] for f in b["figures"] if f["kind"] == "casualties"]


def test_the_same_count_told_twice_is_one_report_with_both_evidences(tmp_path):
    text = ("1941年春，日军千余人进犯马鞍山，我军在马鞍山设伏，击毙日军二百余人。"
            "战后清点，阵地前留下了二百多具日军尸体。")
    figs = [f for f in _figures(tmp_path, text) if f["count"] == 200]
    assert len(figs) == 1
    assert len(figs[0].get("also", [])) == 1


def test_different_counts_or_sources_stay_apart(tmp_path):
    text = ("1941年春，日军千余人进犯马鞍山，我军在马鞍山设伏，击毙日军二百余人。"
            "据日方战史记载，日军被击毙二百余人。战后清点，阵地前留下了三百多具日军尸体。")
    figs = _figures(tmp_path, text)
    assert sorted(f["count"] for f in figs if f["category"] == "killed") == [200, 200, 300]
    figs = _figures(tmp_path, text)
    assert not any(f.get("also") for f in figs)


# --- a month pointed back to dates the next sentence's fight -------------------------------------------------------

def _starts(tmp_path: Path, text: str) -> dict[str, str | None]:
    return {b["name"]: b["start"] for b in extract_json(tmp_path, text)["battles"]}


def test_the_month_pointed_back_to_dates_the_fight_told_next(tmp_path):
    text = "1939年3月,八路军在冀中平原与日军周旋。\n也是在这个月,南昌会战打响。罗卓英率部血战高安,挫败了日军的进攻。"
    assert _starts(tmp_path, text).get("高安战斗") == "1939-03"


def test_a_sentence_that_leaves_the_month_keeps_no_date_of_it(tmp_path):
    text = "1939年3月,八路军在冀中平原与日军周旋。\n也是在这个月,南昌会战打响。此前,罗卓英率部血战高安,挫败了日军的进攻。"
    starts = _starts(tmp_path, text)
    assert "高安战斗" in starts and starts["高安战斗"] is None


# --- a later date's clause that runs up to the next battle ---------------------------------------------------------

def _span_of(tmp_path: Path, text: str) -> dict[str, tuple[str | None, str | None]]:
    return {b["name"]: (b["start"], b["end"]) for b in extract_json(tmp_path, text)["battles"]}


def test_a_later_date_running_up_to_the_next_battle_ends_no_earlier_one(tmp_path):
    text = ("1933年,日军进犯长城各口,冷口战斗打响,1937年又发动全面侵华,先后在华北、太原发起进攻。"
            "中国守军在太原奋起抵抗,一次次打退日军的进攻。一个月的太原会战,毙伤日军数千人。")
    got = _span_of(tmp_path, text)
    assert got["冷口战斗"] == ("1933", None)
    assert got["太原会战"][0] == "1937"


def test_a_later_date_of_the_same_fight_still_ends_it(tmp_path):
    text = ("1933年3月,日军进犯长城各口,冷口战斗打响,4月又在冷口发起进攻。"
            "中国守军在太原奋起抵抗,一次次打退日军的进攻。一个月的太原会战,毙伤日军数千人。")
    assert _span_of(tmp_path, text)["冷口战斗"] == ("1933-03", "1933-04")


def test_a_party_leader_who_led_a_whole_army_is_no_commander_of_it(tmp_path):
    # lead review: 领导的 before 八路军/新四军 is the party's leadership; a numbered unit after it stays a command
    text = ("1939年，毛泽东领导的八路军深入敌后。同年，赵石岭领导的抗联第三军在青松岭与日军激战，毙敌百余人。\n")
    commands = {(c["person"], c["unit"]) for c in extract_json(tmp_path, text)["commands"]}
    assert ("赵石岭", "抗联第3军") in commands
    assert not any(p == "毛泽东" for p, _ in commands)
