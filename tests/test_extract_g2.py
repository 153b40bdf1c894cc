"""g2: no name is read across a verb of fighting; (invented sentences)."""

from kangzhan.extract.mentions.persons import find_persons


def _names(text: str) -> list[str]:
    return [m.text for m in find_persons(text)]


def test_encircling_verb_before_unit_is_no_name():
    # a dictionary entry's sentence: 分五路合围 + the unit encircled
    assert _names("1940年春,敌伪千余人分五路合围新四军第6团驻地张家圩。") == []


def test_ambushing_verb_with_zhi_is_no_name():
    # a narrative's sentence: 设伏之 + the unit that laid the ambush
    assert _names("埋伏在山口的新四军见敌车驶近,设伏之新四军一齐开火,击毁敌车2辆。") == []


def test_commander_before_unit_still_read():
    # look-alike: a name before 的 + unit, with a fighting verb later in the sentence
    assert _names("周立的新四军第6团在合围中突围。") == ["周立"]


def test_market_street_names_a_fight():
    from kangzhan.extract.mentions.battles import find_battles
    # a list page's entry: the title, two places, glued to the first sentence's date
    got = [m.text for m in find_battles("王集、柳子街战斗1941 年4 月2 日,日伪军300余人进犯。")]
    assert got == ["王集、柳子街战斗"]
    # look-alike: a street of a town (南大街) names no fight
    assert find_battles("部队在南大街战斗到天明。") == []
