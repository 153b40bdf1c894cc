"""A local fight a short record sets inside the campaign it names, by place, and refers back to as one fight.

A relic's note, a caption or a citation writes "X战役中于Y县…, 此次战斗…": the campaign is the frame, the fight told
is the one at Y (coined Y战斗, part of the campaign). Each text is written for this test (other campaigns, places,
units), run through `kangzhan extract`; a campaign named with 此次战役 (the campaign itself) coins nothing.
"""

from __future__ import annotations

from helpers import extract_json

RELIC = (
    "馆藏文物介绍\n"
    "35.平型关战役中缴获的日军军刀\n"
    "年代:1937年\n"
    "质地:钢\n"
    "说明:1937年9月平型关战役中于山西灵丘县缴获,此次战斗毙伤日军百余人,这把军刀由一位老战士保存至今。\n"
)

CAPTION = (
    "老照片背后的故事\n"
    "1941年春,在豫南会战中,新编第五团在河南泌阳县与日军激战两昼夜。这次战斗中该团夺回阵地三处,缴获机枪四挺。\n"
)

WHOLE = (
    "文物说明\n"
    "说明:1940年秋豫南会战中于河南泌阳县缴获,此次战役我军收复失地多处。\n"
)


def _names(facts: dict) -> dict[str, dict]:
    return {b["name"]: b for b in facts["battles"]}


def test_a_relics_note_sets_its_fight_at_a_county_inside_the_campaign(tmp_path):
    battles = _names(extract_json(tmp_path, RELIC))
    assert "灵丘战斗" in battles
    fight = battles["灵丘战斗"]
    assert fight["part_of"] == "平型关战役"
    assert fight["start"] == "1937-09"
    assert any(p["name"] in ("灵丘县", "灵丘") for p in fight["places"])


def test_a_caption_with_a_unit_before_the_place_and_zheci_zhandou(tmp_path):
    battles = _names(extract_json(tmp_path, CAPTION))
    assert "泌阳战斗" in battles
    assert battles["泌阳战斗"]["part_of"] == "豫南会战"


def test_a_campaign_referred_back_to_as_a_campaign_coins_no_fight(tmp_path):
    battles = _names(extract_json(tmp_path, WHOLE))
    assert "泌阳战斗" not in battles
    assert "豫南会战" in battles


# a Q&A page: answer stamps (date and clock time) between the answers; the last answer quotes the enemy's record
QA = (
    "网友回答于2019-03-02 10:15:22\n"
    "网友回答于2019-03-02 11:40:05\n"
    "台儿庄战役是1938年春中国军队在鲁南取得的一次大胜,李宗仁指挥第五战区部队围歼日军。\n"
    "网友回答于2020-06-01 08:00:00\n"
    "据亲历者回忆,“台儿庄战役”使日军的骄横气焰受到沉重打击。日军第十师团在其战报中也承认:“我军损失惨重。”\n"
)

LATER_YEAR = (
    "台儿庄战役是1938年春中国军队在鲁南取得的一次大胜,李宗仁指挥第五战区部队围歼日军。\n"
    "2019年,日本学者在其著作中也承认日军第十师团损失惨重。\n"
)


def _units(battle: dict) -> set[str]:
    return {u["name"] for u in battle["units"]}


def test_an_answer_stamp_is_no_time_told_and_the_next_answers_units_stay_with_the_battle(tmp_path):
    battle = _names(extract_json(tmp_path, QA))["台儿庄战役"]
    assert any(u in ("第十师团", "第10师团") for u in _units(battle))
    assert battle["start"] and battle["start"].startswith("1938")


def test_a_year_written_out_after_the_war_still_takes_its_sentence_away(tmp_path):
    battle = _names(extract_json(tmp_path, LATER_YEAR))["台儿庄战役"]
    assert not any(u in ("第十师团", "第10师团") for u in _units(battle))


def _places(battle: dict) -> set[str]:
    return {p["name"] for p in battle["places"]}


def test_a_historical_countys_short_form_across_a_frequent_word_is_no_place(tmp_path):
    text = ("1941年,日军在冀中推行“治安肃正”计划,八路军发起反扫荡作战,在定县以北伏击日军。\n"
            "战后各村忙于重建安置难民,八路军继续在定县一带活动。\n")
    for b in extract_json(tmp_path, text)["battles"]:
        assert "安肃" not in _places(b) and "建安" not in _places(b)


def test_a_historical_county_written_alone_stays_a_place(tmp_path):
    text = "1937年9月,日军第六师团进攻安肃,守军奋勇抵抗,激战两日后安肃失守。\n"
    places = set().union(*(_places(b) for b in extract_json(tmp_path, text)["battles"]))
    assert places & {"安肃", "安肃县"}


def test_a_persons_trip_told_in_passing_gives_the_fight_no_place(tmp_path):
    text = ("说明:1938年春台儿庄战役中于山东峄县缴获,此次战斗歼日军一部,"
            "后来当李宗仁从徐州回桂林途经武汉时,一位旅长把这面旗送给了他。\n")
    places = set().union(*(_places(b) for b in extract_json(tmp_path, text)["battles"]))
    assert not places & {"桂林", "武汉"}


def test_a_march_that_ends_in_an_ambush_keeps_its_places(tmp_path):
    text = "1940年8月百团大战中,我们由阳泉到平定途经娘子关时,遭日军伏击,激战半日,毙敌三十余人。\n"
    places = set().union(*(_places(b) for b in extract_json(tmp_path, text)["battles"]))
    assert "娘子关" in places
