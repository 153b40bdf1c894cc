"""Round d25a: a fight named as one of a larger 大战 (X是Y大战中…的一场战斗: Y is the whole, never X's part), a fight
whose length is given in hours (one day), a whole dated only through its part, and what a fight or its site is
compared with (与A、B等齐名, 与C烈士祠、D国殇园等并列: other battles and memorials, elsewhere).
New texts written for these tests (invented battles, places, units)."""

from helpers import extract_json

PART_OF_DAZHAN = ("雁门岭战斗是晋北大战中最艰苦的一场战斗。1941年3月5日,八路军第358旅两个团向雁门岭日军据点发起进攻,"
                  "战斗共7个小时,全歼守敌一个中队。")


def _battles(facts: dict) -> dict[str, dict]:
    return {b["name"]: b for b in facts["battles"]}


def test_a_dazhan_named_as_the_whole_of_the_fight_is_its_whole_not_its_part(tmp_path):
    battles = _battles(extract_json(tmp_path, PART_OF_DAZHAN))
    assert battles["雁门岭战斗"]["part_of"] == "晋北大战"
    assert battles["晋北大战"]["part_of"] is None  # no cycle: the whole is part of nothing here


def test_a_whole_no_sentence_dates_takes_the_year_of_its_dated_part(tmp_path):
    battles = _battles(extract_json(tmp_path, PART_OF_DAZHAN))
    assert battles["晋北大战"]["start"] == "1941"
    assert battles["晋北大战"]["end"] is None


def test_a_fight_given_in_hours_ends_the_day_it_began(tmp_path):
    battles = _battles(extract_json(tmp_path, PART_OF_DAZHAN))
    assert (battles["雁门岭战斗"]["start"], battles["雁门岭战斗"]["end"]) == ("1941-03-05", "1941-03-05")


def test_a_fight_in_hours_that_goes_on_to_the_next_day_keeps_that_day(tmp_path):
    text = ("白沙渡战斗是湘北大战中的一场战斗。1942年4月9日,我军第77师一个团向白沙渡之敌发起攻击,激战6个小时未克,"
            "次日拂晓再攻,终将白沙渡攻占。")
    battles = _battles(extract_json(tmp_path, text))
    assert battles["白沙渡战斗"]["end"] != "1942-04-09"


COMPARED = ("1944年夏发生在湖南境内的衡山战役,是正面战场国军以少胜多的著名战例。此战重创日军第40师团,"
            "成为与长沙会战、常德会战等齐名的抗战名篇。战后当地修建了纪念碑,"
            "成为与江西万家岭纪念园、湖北宜昌烈士陵园等并列的抗战纪念地。")


def test_battles_a_fight_is_compared_with_are_no_battles_of_the_text_and_give_it_no_place(tmp_path):
    battles = _battles(extract_json(tmp_path, COMPARED))
    assert set(battles) == {"衡山战役"}
    assert {u["name"] for u in battles["衡山战役"]["units"]} == {"第40师团"}
    places = {p["name"] for p in battles["衡山战役"]["places"]}
    assert "衡山" in places
    assert not places & {"长沙", "常德", "江西", "万家岭", "湖北", "宜昌"}


def test_a_place_in_a_clause_without_a_comparison_word_stays(tmp_path):
    text = "1944年夏,国军第10军与日军第40师团在衡山激战十日。日军随后转攻湘阴,与我军在湘阴、汨罗一线对峙。"
    places = {p["name"] for b in extract_json(tmp_path, text)["battles"] for p in b["places"]}
    assert {"衡山", "湘阴", "汨罗"} <= places


COMPOSITION = ("《观长城大战》 五年级一班 李红\n\n"
               "       傅作义将军听说日军也出兵十万前来增援,他决定先打下虎头山车站。虎头山车站是敌人的补给中心。\n"
               "      虎头山战斗是第35军的两个团参加的。战斗共4个小时,是长城大战中最惨烈的一场战斗。1938年3月2日,"
               "战士们冲进了虎头山车站,和鬼子展开了白刃战。\n")


def test_the_lead_of_a_composition_titled_by_the_whole_tells_the_whole(tmp_path):
    battles = _battles(extract_json(tmp_path, COMPOSITION))
    assert battles["虎头山战斗"]["part_of"] == "长城大战"
    assert {c["name"] for c in battles["长城大战"]["commanders"]} == {"傅作义"}
    assert {u["name"] for u in battles["虎头山战斗"]["units"]} == {"第35军"}  # the part keeps its own sentences


def test_the_lead_under_a_title_that_names_no_battle_stays_with_the_fight(tmp_path):
    text = COMPOSITION.replace("《观长城大战》", "《我的爷爷》")
    battles = _battles(extract_json(tmp_path, text))
    assert not battles.get("长城大战", {}).get("commanders")


def test_troops_sent_counted_in_myriads_are_a_strength(tmp_path):
    battles = _battles(extract_json(tmp_path, COMPOSITION))
    assert ("JP", 100000) in {(f["side"], f["count"]) for f in battles["长城大战"]["figures"] if f["kind"] == "strength"}


def test_troops_sent_counted_without_myriads_are_no_strength(tmp_path):
    text = COMPOSITION.replace("出兵十万", "出兵三路")
    assert not [f for b in extract_json(tmp_path, text)["battles"] for f in b["figures"] if f["kind"] == "strength"]
