"""Sides of figures and commands that round 14's blind texts missed, taught by general rules on new sentences
(other battles, places, units; none from any document here): the men of a named unit who fell (N名将士阵亡) are
that unit's loss; a count praised as fallen heroes (英勇牺牲) is the narrator's own side; a figure counting both
sides together (敌我/双方/两军) is no strength of one side; 以X为军长的UNIT and TITLE NAME after a unit give commands."""
from helpers import extract_json


def _figures(facts: dict) -> set[tuple[str, str | None, int]]:
    return {(f["category"], f["side"], f["count"]) for b in facts["battles"] for f in b["figures"]}


def test_the_fallen_men_of_a_named_unit_are_its_loss(tmp_path):
    facts = extract_json(tmp_path, "滕县战役\n1938年3月，川军41军在滕县阻击日军。半个月里，英勇善战的川军41军付出了"
                                   "沉重的代价，5000名将士阵亡，血染鲁南。\n")
    assert ("killed", "CN", 5000) in _figures(facts)


def test_fallen_heroes_counted_before_a_place_phrase_are_the_narrators_side(tmp_path):
    facts = extract_json(tmp_path, "南口战役\n1937年8月，第13军在南口阻击日军。纪念碑上刻着，"
                                   "260名官兵在战斗中壮烈牺牲，他们的名字永远留在长城脚下。\n")
    assert ("killed", "CN", 260) in _figures(facts)


def test_a_count_of_both_sides_together_is_no_strength(tmp_path):
    facts = extract_json(tmp_path, "韩庄战斗\n韩庄战斗是一次规模较大的战斗，双方参战人数超过六千人。"
                                   "1940年秋，新四军第4支队在韩庄一带伏击日军，共1200人左右。\n")
    figs = _figures(facts)
    assert not any(count == 6000 for _, _, count in figs)


def test_a_commander_appointed_to_a_title_of_the_unit_after_him(tmp_path):
    facts = extract_json(tmp_path, "中条山战役\n1941年5月，以唐淮源为军长的第3军在中条山与日军激战多日。\n")
    commands = {(c["person"], c["unit"]) for c in facts["commands"]}
    assert ("唐淮源", "第3军") in commands


def test_a_title_without_its_unit_heads_the_unit_of_that_echelon_told_last_by_its_short_form(tmp_path):
    # 三支队 alone (no 第) is the 第三支队 named before, not "three detachments"; the 支队长 heads it, and the
    # force he led (共N人) is his unit's side
    facts = extract_json(tmp_path, "郭庄战斗\n郭庄战斗是八路军第三支队的一次伏击战。\n\n1940年夏，三支队在郭庄一带休整。"
                                   "当时的部署是：支队长韩明、参谋长周平率领支队机关和骑兵连，共700人左右，驻郭庄。\n")
    commands = {(c["person"], c["unit"]) for c in facts["commands"]}
    assert ("韩明", "第3支队") in commands
    assert ("strength", "CN", 700) in _figures(facts)


def test_a_bare_small_numeral_before_an_echelon_word_stays_a_count_without_a_unit_named_before(tmp_path):
    facts = extract_json(tmp_path, "黄桥战役\n1940年10月，新四军在黄桥一带与韩德勤部作战，敌人五支队伍先后溃退。\n")
    units = {u["name"] for b in facts["battles"] for u in b["units"]}
    assert "第5支队" not in units
