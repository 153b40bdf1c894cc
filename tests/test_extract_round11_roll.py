"""Round 11 martyrs' rolls (英烈谱, 烈士名录): entries of a name line, a life-dates line, then a short biography.

A roll prints each name alone on its line, often spaced out to a fixed width ("王　二　虎", "赵 铁"), then the
life dates in brackets, dotted ("(1910.03—1940.07.16)", "(1905—1939.5)"), then the origin, the posts held, and
how the person died ("在攻打X县城的战斗中牺牲", "在收复X县战斗中阵亡"). The fight he died in is a battle: named
when the text names it, else coined from the place attacked; its date is the clause's own date, else the death
date of the life dates; its commander is the entry's person when he held a command post; its place is the place
of that clause, not his birthplace nor his grave. Each text is written for this test (no name, number or place
of the held-out texts), run through `kangzhan extract` as a user would.
"""

from __future__ import annotations

from helpers import extract_json, extract_jsonl

ROLL = (
    "抗日英烈名录\n\n"
    "  王　二　虎\n\n"
    "  （1910.03—1940.07.16）\n\n"
    "  山西五台人，1932年参加革命，八路军晋察冀军区第三军分区第二团团长，在攻打曲阳县城的战斗中牺牲。"
    "遗体安葬于河北省唐县烈士陵园。\n\n"
    "  赵 铁\n\n"
    "  (1905—1939.5)\n\n"
    "  河北献县人，1927年入党，冀中军区第五支队司令员。1939年4月28日，在收复深泽县战斗中负伤，不久牺牲。"
    "1950年，当地群众在安平县为他立碑。\n"
)


def _battles(facts: dict) -> dict[str, dict]:
    return {b["name"]: b for b in facts["battles"]}


def _of(battles: dict[str, dict], place: str) -> dict:
    found = [b for name, b in battles.items() if place in name]
    assert len(found) == 1, list(battles)
    return found[0]


def test_a_spaced_name_on_its_own_line_above_life_dates_is_a_person(tmp_path):
    persons = {p["name"] for p in extract_json(tmp_path, ROLL)["persons"]}
    assert {"王二虎", "赵铁"} <= persons


def test_dotted_dates_are_dates(tmp_path):
    text = "1941.3.5，日军三千余人进攻莒县，守军激战一日。1943.11日军再犯沂水。\n"
    dates = [m["value"]["date"] for m in extract_jsonl(tmp_path, text) if m["kind"] == "date"]
    assert dates == ["1941-03-05", "1943-11"]
    assert [m for m in extract_jsonl(tmp_path, "该县面积1938.5平方公里，人口12.3万。\n") if m["kind"] == "date"] == []


def test_the_fight_an_entry_died_in_is_a_battle_with_his_command_and_its_place(tmp_path):
    battles = _battles(extract_json(tmp_path, ROLL))
    assert len(battles) == 2, list(battles)
    quyang, shenze = _of(battles, "曲阳"), _of(battles, "深泽")
    assert quyang["named_in_text"] is False
    assert [c["name"] for c in quyang["commanders"]] == ["王二虎"]
    assert [c["name"] for c in shenze["commanders"]] == ["赵铁"]
    assert {p["name"] for p in quyang["places"]} <= {"曲阳", "曲阳县"} and quyang["places"]
    assert {p["name"] for p in shenze["places"]} <= {"深泽", "深泽县"} and shenze["places"]


def test_the_battle_date_is_the_clause_date_else_the_death_date_of_the_life_line(tmp_path):
    battles = _battles(extract_json(tmp_path, ROLL))
    assert _of(battles, "曲阳")["start"] == "1940-07-16"
    assert _of(battles, "深泽")["start"] == "1939-04-28"


def test_an_entry_without_a_command_post_gives_the_fight_no_commander(tmp_path):
    text = (
        "  李 小 梅\n\n  (1920—1942.5)\n\n  河北阜平人，1938年参加革命，区妇救会主任，"
        "在灵寿县陈庄战斗中牺牲。\n"
    )
    battles = extract_json(tmp_path, text)["battles"]
    assert [b["commanders"] for b in battles] == [[]]
    assert battles and battles[0]["start"] == "1942-05"


INLINE = (
    "沂蒙英烈（部分）\n"
    "1.刘振华（1908.4—1941.9.18），山东临沂人，八路军山东纵队第二旅第五团团长。1941年9月18日，在攻打费县县城的战斗中牺牲。\n"
    "2.陈玉秀（1915—1943.2），女，山东莒南人，滨海区妇救会干部，在莒县战斗中被俘，英勇就义。\n"
)


def test_numbered_lines_that_open_with_name_and_life_dates_are_a_roll(tmp_path):
    battles = _battles(extract_json(tmp_path, INLINE))
    assert len(battles) == 2, list(battles)
    feixian, juxian = _of(battles, "费县"), _of(battles, "莒县")
    assert feixian["start"] == "1941-09-18" and juxian["start"] == "1943-02"
    assert [c["name"] for c in feixian["commanders"]] == ["刘振华"]
    assert juxian["commanders"] == []
    assert not {p["name"] for p in feixian["places"]} & {"临沂", "莒南"}


def test_one_biography_opening_with_life_dates_is_no_roll(tmp_path):
    """An article about one man (his name and life dates, then his battles) keeps its battles' accounts."""
    text = (
        "孙立功（1898年3月—1940年5月16日），河南商丘人，国民革命军第84军军长。1940年5月，枣阳会战爆发，"
        "孙立功率第84军在枣阳以北与日军第13师团激战三日，毙伤日军两千余人，5月16日在战斗中阵亡。\n"
    )
    battles = _battles(extract_json(tmp_path, text))
    assert "枣阳会战" in battles
    assert "第84军" in {u["name"] for u in battles["枣阳会战"]["units"]}


def test_a_count_of_battles_in_a_page_title_is_no_battle(tmp_path):
    text = "晋察冀英烈谱与晋察冀抗战八大战役\n\n  王　二　虎\n\n  （1910.03—1940.07.16）\n\n  山西五台人，第二团团长，在攻打曲阳县城的战斗中牺牲。\n"
    names = [b["name"] for b in extract_json(tmp_path, text)["battles"]]
    assert not [n for n in names if "大战役" in n] and names, names


def test_an_obituary_that_names_no_battle_gives_the_fight_he_fell_in(tmp_path):
    text = (
        "1940年3月12日，冀南军区第四军分区司令员杨一民在攻打临清县城的战斗中牺牲，时年32岁。"
        "他牺牲后，冀南军区在威县为他召开了追悼大会。\n"
    )
    battles = extract_json(tmp_path, text)["battles"]
    assert [b["name"] for b in battles] == ["临清战斗"]
    b = battles[0]
    assert b["start"] == "1940-03-12" and b["named_in_text"] is False
    assert [c["name"] for c in b["commanders"]] == ["杨一民"]
    assert {p["name"] for p in b["places"]} == {"临清"}


def test_the_fight_is_named_after_the_place_in_its_own_clause_not_an_earlier_one(tmp_path):
    text = "孙大成，1937年在临沂参加游击队后于攻打费县县城的战斗中英勇牺牲。\n"
    assert [b["name"] for b in extract_json(tmp_path, text)["battles"]] == ["费县战斗"]


def test_a_fight_without_a_place_gives_no_battle(tmp_path):
    text = "张连长，1938年参军，在一次战斗中负伤，1940年在反击日军的战斗中牺牲。\n"
    assert extract_json(tmp_path, text)["battles"] == []


BIOGRAPHY = (
    "赵 铁 山\n\n"
    "（1895.3—1942.6.1）\n\n"
    "赵铁山，字子坚，河南商丘人。早年入保定陆军军官学校，毕业后在西北军中历任排长、连长、营长、团长，"
    "以治军严明著称。九一八事变后，他多次上书请缨抗日，并在驻地组织官兵学习野战筑城和夜间战斗。"
    "1936年，他率部驻防豫东，整训部队，修筑工事，与当地士绅共同兴办学校，颇得民心。\n\n"
    "1938年3月，鲁南会战爆发，赵铁山任第30师师长，奉命率第30师开赴峄县以北，与日军第10师团一部激战。"
    "3月20日，日军以飞机大炮掩护步兵向第30师阵地猛攻，赵铁山亲临前线指挥，官兵奋勇反击，多次击退日军进攻。"
    "3月24日，第30师与友军第27师协同，向峄县以北之日军发起反攻，收复村庄多处，毙伤日军一千余人。"
    "4月初，鲁南会战结束，第30师奉命撤至运河南岸整补，全师伤亡官兵三千余人。\n\n"
    "此后，他率部转战豫皖边区，多次袭击日军交通线，破坏铁路桥梁，缴获大批军用物资。"
    "1939年冬，他奉调任第68军副军长，参加冬季攻势，率部袭击开封外围日军据点，所部在城郊与日军激战竟夜。"
    "1941年，他在豫东主持游击干部训练班，为各部队培养基层军官数百人，并编写了游击战术讲义。"
    "他治军之余，常与士兵同吃同住，深受官兵爱戴，当地百姓称他为“赵老总”。\n\n"
    "1942年5月，日军调集重兵“扫荡”豫东，赵铁山率部掩护地方政府和群众转移，连续作战二十余日。"
    "6月1日，在太康县城外的战斗中牺牲，时年四十七岁。国民政府明令褒扬，追赠陆军中将。"
    "抗战胜利后，商丘各界人士为他修建了纪念碑，碑文记述了他的生平事迹和抗战功绩，供后人瞻仰。\n"
)


def test_a_long_biography_under_one_name_and_life_dates_is_no_roll(tmp_path):
    """One name line over its life dates, then a whole biography: an article about him; the battles it tells
    keep their accounts (a roll's entry is a few lines)."""
    battles = _battles(extract_json(tmp_path, BIOGRAPHY))
    assert "鲁南会战" in battles
    assert "第30师" in {u["name"] for u in battles["鲁南会战"]["units"]}


TABLE = (
    "晋中抗日烈士名录\n\n"
    "第三支队司令员　　赵 大 勇　　1941年5月在攻打榆次县城的战斗中牺牲\n"
    "第五团团长　　　　钱　平　　　1942年2月在收复太谷县战斗中阵亡\n"
)


def test_a_name_spaced_to_a_column_after_a_post_is_a_person(tmp_path):
    persons = {p["name"] for p in extract_json(tmp_path, TABLE)["persons"]}
    assert {"赵大勇", "钱平"} <= persons


def test_a_table_of_posts_names_and_deaths_gives_each_fight_its_commander_and_date(tmp_path):
    battles = _battles(extract_json(tmp_path, TABLE))
    assert len(battles) == 2, list(battles)
    yuci, taigu = _of(battles, "榆次"), _of(battles, "太谷")
    assert (yuci["start"], taigu["start"]) == ("1941-05", "1942-02")
    assert [c["name"] for c in yuci["commanders"]] == ["赵大勇"]
    assert [c["name"] for c in taigu["commanders"]] == ["钱平"]


def test_a_post_holder_who_fell_in_a_named_fight_commands_it_but_his_post_is_no_unit_that_fought(tmp_path):
    text = "1939年5月8日，第十团团长周文龙于随县之役中殉国，年仅三十岁。\n"
    battles = extract_json(tmp_path, text)["battles"]
    assert [b["name"] for b in battles] == ["随县之役"]
    assert battles[0]["start"] == "1939-05-08"
    assert [c["name"] for c in battles[0]["commanders"]] == ["周文龙"]
    assert battles[0]["units"] == []
