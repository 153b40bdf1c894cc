"""A county's chronicle by months: each paragraph led by its year and month tells an event of its own, and fights
at one town on other dates are told apart by their act (夜袭X镇 / 围困X镇), the plain X战斗 left to the plain
attack. Checked on new sentences written for the test (none from the held-out texts)."""
from helpers import extract_json as extract

CHRONICLE = ("(二)日军进犯柳河\n\n"
             "1940年3月柳河镇的伪镇长带着部下逃走,区队进驻柳河镇。\n\n"
             "1940年3月驻河口据点的日军小队率部夜袭柳河镇,区队早有准备,日军爬墙时被区队痛击,死伤十余人,仓皇逃走。\n\n"
             "1940年6月,日军三百余人再一次进攻柳河镇。双方激战半日,日军死伤五十余人,残部逃走。\n\n"
             "1940年9月区队编入县大队,配合主力抗日。\n\n"
             "1941年1月日军千余人再次围困柳河镇,连续半月没能攻下。区队最后主动撤出柳河镇。\n\n"
             "1941年3月区队驻扎石桥庄被日军包围,区队奋起抵抗,突围而出。\n")


def _by_name(facts: dict) -> dict[str, dict]:
    return {b["name"]: b for b in facts["battles"]}


def test_each_month_entry_that_tells_a_fight_is_a_battle_of_its_own_dated_by_its_entry(tmp_path):
    got = _by_name(extract(tmp_path, CHRONICLE))
    starts = {b["start"] for b in got.values()}
    assert {"1940-03", "1940-06", "1941-01", "1941-03"} <= starts
    assert "石桥庄战斗" in got and got["石桥庄战斗"]["start"] == "1941-03"


def test_fights_at_one_town_on_other_dates_are_named_by_their_act(tmp_path):
    got = _by_name(extract(tmp_path, CHRONICLE))
    assert got["夜袭柳河镇"]["start"] == "1940-03"
    assert got["围困柳河镇"]["start"] == "1941-01"
    plain = [b for n, b in got.items() if n.startswith("柳河") and n.endswith("战斗")]
    assert len(plain) == 1 and plain[0]["start"] == "1940-06"


def test_a_named_battle_told_over_two_years_by_months_is_one_battle(tmp_path):
    text = ("青石战役\n\n"
            "1940年11月,日军三个大队进攻青石镇,守军奋起抵抗,双方激战。\n\n"
            "1940年12月,日军增兵再次进攻青石镇,守军伤亡很大。\n\n"
            "1941年1月,日军围攻青石镇外围阵地,守军反击。\n\n"
            "1941年2月,守军收复青石镇,青石战役结束。\n")
    got = _by_name(extract(tmp_path, text))
    assert "青石战役" in got
    assert not any(n.startswith(("围攻", "围困")) for n in got)  # its months are its course, no fights apart
    assert len([n for n in got if n.endswith("战斗")]) <= 1


def test_a_life_told_by_months_with_other_years_inside_is_no_chronicle_of_fights(tmp_path):
    text = ("1938年3月,他在家乡参加抗日游击队,1940年调任区长。\n\n"
            "1938年8月,他到县城学习,后回村组织民兵。\n\n"
            "1939年2月,他任区委书记,1941年又任县委委员。\n\n"
            "1939年6月,他在柳河镇病逝。\n")
    got = _by_name(extract(tmp_path, text))
    assert not any(n.startswith(("夜袭", "围困")) for n in got)


def test_two_plain_attacks_on_one_town_on_other_dates_are_told_apart_by_their_ordinal(tmp_path):
    text = ("1942年2月,日军二百余人进攻白沙镇,区队依托寨墙还击,毙伤日军二十余人。\n\n"
            "1942年5月,区队配合主力在县境开展反资敌斗争。\n\n"
            "1942年9月,日伪军五百余人再次进攻白沙镇,区队激战一日,撤出白沙镇。\n\n"
            "1943年1月,区队改编为县大队。\n")
    got = _by_name(extract(tmp_path, text))
    first = [b for n, b in got.items() if n.startswith("白沙") and n.endswith("战斗")]
    second = [b for n, b in got.items() if n.startswith("第二次白沙")]
    assert len(first) == 1 and first[0]["start"] == "1942-02"
    assert len(second) == 1 and second[0]["start"] == "1942-09"


def test_a_japanese_officer_named_by_rank_and_a_rare_family_name_before_a_command_verb(tmp_path):
    text = ("1940年3月,驻河口据点的日军大佐鸭居率部夜袭柳河镇,被区队击退,日军死伤十余人,大佐鸭居急忙率残部逃走。\n")
    facts = extract(tmp_path, text)
    names = {p["name"] for b in facts["battles"] for p in b.get("commanders", [])} | \
        {p["name"] for p in facts.get("persons", [])}
    assert "鸭居" in names
    assert not any(n.startswith("大佐") for n in names)


def test_a_local_leader_the_text_names_his_force_after_twice_is_a_person(tmp_path):
    text = ("1940年3月,日军夜袭柳河镇,邓广才的自卫队早有准备,日军死伤十余人逃走。\n\n"
            "1940年6月,日军再次进攻柳河镇,邓广才自卫队依托寨墙还击,日军死伤五十余人。\n")
    facts = extract(tmp_path, text)
    names = {p["name"] for b in facts["battles"] for p in b.get("commanders", [])} | \
        {p["name"] for p in facts.get("persons", [])}
    assert "邓广才" in names


def test_a_village_the_text_names_a_force_after_is_no_person(tmp_path):
    text = ("1940年3月,日军夜袭柳河镇,王家庄的自卫队赶来支援,日军死伤十余人逃走。\n\n"
            "1940年6月,日军再次进攻柳河镇,王家庄的自卫队依托寨墙还击,日军死伤五十余人。\n")
    facts = extract(tmp_path, text)
    names = {p["name"] for b in facts["battles"] for p in b.get("commanders", [])} | \
        {p["name"] for p in facts.get("persons", [])}
    assert "王家庄" not in names
