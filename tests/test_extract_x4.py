"""Nineteenth session, helper x4: campaigns told as study-sheet items and a study of one side's records.
Invented sentences, each rule with a case that fires and a look-alike that must not."""

from __future__ import annotations

from helpers import extract_json as extract


def _battle(facts: dict, name: str) -> dict | None:
    return next((b for b in facts["battles"] if b["name"] == name), None)


def _names(facts: dict) -> set[str]:
    return {b["name"] for b in facts["battles"]}


def _persons(facts: dict) -> set[str]:
    return {p["name"] for p in facts["persons"]}


def _figures(b: dict) -> set[tuple]:
    return {(f["side"], f["count"]) for f in b["figures"]}


def _places(b: dict) -> set[str]:
    return {p["name"] for p in b["places"]}


# --- an ordinal victory (第一次大捷) is the rank of the fight just told, no name of its own ---

def test_an_ordinal_victory_names_no_battle(tmp_path):
    text = "1939年,八路军在黄村伏击日军,取得抗战以来的第一次大捷。\n"
    facts = extract(tmp_path, text)
    assert "第一次大捷" not in _names(facts)
    assert "黄村战斗" in _names(facts)


def test_a_placed_victory_with_an_ordinal_is_still_a_name(tmp_path):
    text = "1941年春,第9师在鹰嘴关伏击日军,史称第一次鹰嘴关大捷。\n"
    facts = extract(tmp_path, text)
    assert any("鹰嘴关" in n for n in _names(facts))


# --- a leader's noun of no office (将领) before the name of the man who led ---

def test_a_name_after_a_leaders_noun_is_read(tmp_path):
    text = "石门会战:1941年春,日军进犯石门。国民党将领王景川指挥中国军队,在城下与日军激战。\n"
    assert "王景川" in _persons(extract(tmp_path, text))


def test_no_name_after_a_leaders_noun_without_a_verb_of_command(tmp_path):
    text = "石门会战:1941年春,日军进犯石门。许多将领王府旧宅都毁于战火。\n"
    assert not any(p.startswith("王府") for p in _persons(extract(tmp_path, text)))


# --- sides: the government and its party are China's; a masked party name too ---

def test_a_force_committed_by_the_government_is_chinese(tmp_path):
    text = "石门会战:1941年春,国民政府先后投入20万兵力,同日军在石门一带激战两个月。\n"
    b = _battle(extract(tmp_path, text), "石门会战")
    assert ("CN", 200000) in {(f["side"], f["count"]) for f in b["figures"]}


def test_a_masked_name_before_a_loss_is_chinese(tmp_path):
    text = "湘赣战役:1942年初,日军发动湘赣战役。******损失兵力十余万人。\n"
    b = _battle(extract(tmp_path, text), "湘赣战役")
    assert ("CN", 100000) in _figures(b)


def test_a_japanese_loss_stays_japanese(tmp_path):
    text = "湘赣战役:1942年初,日军发动湘赣战役。日军损失兵力三万余人。\n"
    b = _battle(extract(tmp_path, text), "湘赣战役")
    assert ("JP", 30000) in _figures(b)


# --- a campaign named by provinces' abbreviations takes the provinces ---

def test_provinces_of_an_abbreviated_campaign_name(tmp_path):
    text = "1942年5月,日军发动湘赣战役,中国军队节节抵抗。\n"
    b = _battle(extract(tmp_path, text), "湘赣战役")
    assert {"湖南", "江西"} <= _places(b)


def test_a_campaign_named_after_a_city_takes_no_province(tmp_path):
    text = "1942年5月,日军发动石门战役,中国军队节节抵抗。\n"
    b = _battle(extract(tmp_path, text), "石门战役")
    assert not {"湖南", "江西"} & _places(b)


# --- a date given the name outweighs a span of the campaign's setting ---

def test_the_date_given_the_name_dates_the_campaign(tmp_path):
    text = ("石门会战:1940年初到1941年期间,日军向华中发动进攻。在1941年3月的石门会战中,第7军军长王景川率部"
            "与敌人激战五昼夜。日军占领石门。\n")
    b = _battle(extract(tmp_path, text), "石门会战")
    assert b["start"] == "1941-03"


def test_a_span_of_the_campaign_itself_is_kept(tmp_path):
    text = "石门会战:1941年3月至5月,第7军军长王景川率部与敌人在石门激战。\n"
    b = _battle(extract(tmp_path, text), "石门会战")
    assert b["start"] == "1941-03" and b["end"] == "1941-05"


# --- a tally at one place inside a campaign's item: the fight at that place, a part of it ---

_SHEET = ("石门会战:1941年春,日军进犯石门。将领王景川指挥中国军队,在鹰嘴关消灭日军5千余人。这是本年最大的胜利。\n"
          "湘赣战役:1942年初,日军发动湘赣战役。\n")


def test_a_tally_at_a_place_in_a_campaign_is_a_fight_of_its_own(tmp_path):
    facts = extract(tmp_path, _SHEET)
    part = _battle(facts, "鹰嘴关战斗")
    assert part is not None and part["part_of"] == "石门会战"
    assert ("JP", 5000) in _figures(part)
    assert "王景川" in {c["name"] for c in part["commanders"]}
    whole = _battle(facts, "石门会战")
    assert "王景川" in {c["name"] for c in whole["commanders"]}
    assert ("JP", 5000) not in _figures(whole)


def test_a_tally_at_the_campaigns_own_city_coins_nothing(tmp_path):
    text = "石门会战:1941年春,日军进犯石门。将领王景川指挥中国军队,在石门消灭日军5千余人。\n"
    facts = extract(tmp_path, text)
    assert _names(facts) == {"石门会战"}
    assert ("JP", 5000) in _figures(_battle(facts, "石门会战"))


# --- an item headed by a meeting tells no battle ---

def test_a_meeting_item_is_no_part_of_the_battle_before(tmp_path):
    text = ("湘赣战役:1942年初,日军发动湘赣战役。这是规模最大的一次战役。\n2.敌后战场\n"
            "瓦窑会议:1942年秋,某党在延安召开瓦窑会议,制定了方针。\n")
    b = _battle(extract(tmp_path, text), "湘赣战役")
    assert "延安" not in _places(b)


def test_a_field_item_stays_with_its_battle(tmp_path):
    text = "湘赣战役:1942年初,日军发动湘赣战役。\n经过:日军攻占萍乡。\n"
    b = _battle(extract(tmp_path, text), "湘赣战役")
    assert "萍乡" in _places(b)


# --- a study of records: counts and sections ---

def test_a_comma_listed_count_is_no_part_of_a_name(tmp_path):
    text = "本节考证鹰嘴关,马家岭两个战斗中日军的损失。马家岭战斗中,八路军于5月3日发起总攻。\n"
    names = _names(extract(tmp_path, text))
    assert not any("两个" in n for n in names)


def test_bodies_cremated_count_the_dead(tmp_path):
    text = "1941年5月,八路军在马家岭伏击日军。战后日军收尸,火化数60具。\n"
    b = _battle(extract(tmp_path, text), "马家岭战斗")
    assert ("JP", 60) in _figures(b)


def test_a_cremation_with_no_count_is_no_figure(tmp_path):
    text = "1941年5月,八路军在马家岭伏击日军,毙敌20人。烈士遗体后被火化,葬于村东。\n"
    b = _battle(extract(tmp_path, text), "马家岭战斗")
    assert _figures(b) == {("JP", 20)}


_STUDY = ("1.2. 鹰嘴关,马家岭战斗日军战死者考证\n"
          "前节对鹰嘴关,马家岭战斗(1941年5月3日-9日)八路军所称的歼敌战果(公称歼敌900余)进行了解析。\n"
          "1.2.1. 日军的记录——收尸,火化数60具\n"
          "八路军战史中称,鹰嘴关战斗中,各路部队于5月3日发起总攻,将日军一个大队全歼。\n")


def test_a_total_told_of_two_fights_named_together_is_neither_ones(tmp_path):
    facts = extract(tmp_path, _STUDY)
    for b in facts["battles"]:
        assert ("JP", 900) not in _figures(b)


def test_a_figure_in_a_section_heading_goes_to_the_fight_of_its_section(tmp_path):
    facts = extract(tmp_path, _STUDY)
    assert ("JP", 60) in _figures(_battle(facts, "鹰嘴关战斗"))


def test_provinces_of_a_campaign_named_in_passing_go_nowhere(tmp_path):
    # the look-alike: the campaign is only an example in a sentence about another fight, no battle of the text
    text = ("平型关战斗:1937年9月,八路军在平型关伏击日军,毙敌1000余人。宣传中常拿国军的败仗来说事儿"
            "(比如韩某放弃某省、比如湘赣战役),以此暗示国军不堪一击。\n")
    facts = extract(tmp_path, text)
    for b in facts["battles"]:
        assert not {"湖南", "江西"} & _places(b)


def test_a_city_an_abbreviated_campaign_name_stands_for_coins_no_part(tmp_path):
    # 甲乙会战 names its two cities by one character each: a tally at one of them is the campaign's own, as at 徐州
    # for 徐州会战; a city outside the short name still coins its fight
    text = "枣随会战\n1939年5月,我军在枣阳附近歼灭日军3000余人。\n"
    names = {b["name"] for b in extract(tmp_path, text)["battles"]}
    assert names == {"枣随会战"}
    other = "枣随会战\n1939年5月,我军在襄阳附近歼灭日军3000余人。\n"
    assert "襄阳战斗" in {b["name"] for b in extract(tmp_path, other)["battles"]}
