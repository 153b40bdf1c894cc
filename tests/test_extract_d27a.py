"""Round d27a: a county gazetteer's section of small fights (a heading that sizes the fighting, then day-led
paragraphs, one fight each, some led by their month alone) and an encyclopedia entry on a general (an incident's
outbreak that sends him in command of the army named after its place; his later posts told without his name).
New texts written for these tests (invented fights, places, units and persons)."""

from helpers import extract_json

GAZETTEER = """第九节抗日战争期间的主要战斗

1939年4月12日,伪军张某部二百余人由沙河镇出发,偷袭八路军某支队驻地柳树屯。该支队30余人据守院墙,激战半日,伪军退回沙河镇。
  5月初,日军汽艇妄图由石湾登陆,遭到县大队阻击,敌艇退走。
  1940年6月3日,日伪军五百余人由北关进犯,途经小赵家,遭独立营伏击,激战一日,毙敌40余人。
  6月9日,县大队在护送伤员途中,在马家庄附近与敌遭遇,击毙日军小队长1人。
"""


def _battles(facts: dict) -> dict[str, dict]:
    return {b["name"]: b for b in facts["battles"]}


def test_each_day_led_paragraph_of_a_gazetteer_section_is_its_own_fight(tmp_path):
    battles = _battles(extract_json(tmp_path, GAZETTEER))
    assert {"柳树屯战斗", "石湾战斗", "小赵家战斗", "马家庄战斗"} <= set(battles)
    assert "主要战斗" not in battles  # the section's heading sizes or ranks the fighting, it names no battle


def test_a_month_led_paragraph_takes_the_year_of_the_entry_before(tmp_path):
    battles = _battles(extract_json(tmp_path, GAZETTEER))
    assert battles["马家庄战斗"]["start"] == "1940-06-09"
    assert battles["石湾战斗"]["start"] == "1939-05"


def test_a_raided_garrison_and_a_village_passed_through_are_the_fights_places(tmp_path):
    battles = _battles(extract_json(tmp_path, GAZETTEER))
    assert "柳树屯" in {p["name"] for p in battles["柳树屯战斗"]["places"]}
    assert "小赵家" in {p["name"] for p in battles["小赵家战斗"]["places"]}


def test_a_sized_heading_is_no_battle_but_a_place_heading_is(tmp_path):
    battles = _battles(extract_json(tmp_path, "小规模战斗\n\n1940年,日军一部进犯,我军奋起抵抗。"))
    assert "小规模战斗" not in battles
    battles = _battles(extract_json(tmp_path, "沙岭战斗\n\n1940年5月,日军一部进犯沙岭,我军第12团奋起抵抗,激战一日。"))
    assert "沙岭战斗" in battles


def test_month_led_sentences_inside_one_paragraph_stay_one_account(tmp_path):
    text = ("1941年3月2日,日军五百余人进攻李家集,八路军某团在李家集坚守,激战一日。3月3日,日军增兵再攻,"
            "我军在李家集继续抵抗,至3月4日撤出。")
    battles = _battles(extract_json(tmp_path, text))
    assert "李家集战斗" in battles
    assert len([n for n in battles if n.endswith("战斗")]) == 1


ENTRY = ("畑中一郎\n\n畑中一郎(1880年3月2日—1946年5月9日),日本陆军中将,甲级战犯。畑中一郎1880年3月2日出生在日本大阪,"
         "毕业于日本陆军大学。济南事变爆发后,重新服现役,担任日本济南派遣军司令。后改任日军华北方面军司令官。1946年被盟军逮捕。")


def test_an_incident_whose_army_he_is_sent_to_command_is_a_battle_he_fought(tmp_path):
    facts = extract_json(tmp_path, ENTRY)
    battles = _battles(facts)
    assert "济南事变" in battles
    assert "畑中一郎" in {c["name"] for c in battles["济南事变"]["commanders"]}
    assert ("畑中一郎", "济南派遣军") in {(c["person"], c["unit"]) for c in facts["commands"]}


def test_an_incident_that_only_dates_a_career_stays_a_date(tmp_path):
    text = ("木村次郎(1885年—1950年),日本陆军少将。卢沟桥事变爆发后,重新服现役,担任日军第10师团参谋长。"
            "1950年病死。")
    assert "卢沟桥事变" not in _battles(extract_json(tmp_path, text))


def test_a_verb_of_taking_office_ends_no_name(tmp_path):
    facts = extract_json(tmp_path, ENTRY)
    assert not any(p["name"].endswith(("调", "改")) for p in facts["persons"])


def test_a_fight_that_lasted_one_day_or_a_morning_ended_the_day_it_began(tmp_path):
    battles = _battles(extract_json(tmp_path, GAZETTEER))
    assert (battles["小赵家战斗"]["start"], battles["小赵家战斗"]["end"]) == ("1940-06-03", "1940-06-03")
    battles = _battles(extract_json(tmp_path, GAZETTEER.replace("激战半日", "战斗一上午")))
    assert battles["柳树屯战斗"]["end"] == "1939-04-12"


def test_a_day_of_fighting_followed_by_another_day_does_not_end_that_day(tmp_path):
    text = ("1942年7月8日,日军六百余人进攻王家峪,八路军某团在王家峪阻击,激战一日。次日敌增兵再犯,我军又战至黄昏。\n"
            "1942年8月2日,日军三百余人偷袭八路军某部驻地红石岭,激战一日,我军撤出。\n")
    battles = _battles(extract_json(tmp_path, text))
    assert battles["王家峪战斗"]["end"] != "1942-07-08"
    assert battles["红石岭战斗"]["end"] == "1942-08-02"
