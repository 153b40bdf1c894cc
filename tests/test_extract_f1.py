"""A life told of one man (a martyr's page, a biography, a child's memoir of his father): his fight sentences leave
him out or call him 他 (他率部在X与日军激战, 率领全团在Y阻击日军); the man whose life the text opens is that fight's
commander. Every sentence here is invented for the test."""
from helpers import extract_json as extract

from kangzhan.extract.mentions.persons import life_subjects

MARTYR = ("抗日英烈周明远\n\n"
          "周明远,湖南某县人,1906年生于一个农民家庭。1937年任第四十三师第一二七团团长。\n\n"
          "1938年秋,他率部在黑风岭与日军激战两昼夜,毙敌三百余人,后在突围中壮烈牺牲。\n")

MEMOIR = ("忆父亲郑国栋\n\n"
          "父亲郑国栋,1899年出生于江西某县。抗战爆发后,父亲一直在前线带兵。\n\n"
          "1940年夏,率领全团在石门坎阻击日军,激战三日,毙伤敌五百余人。\n")


def _battle(facts: dict, word: str) -> dict:
    return next(b for b in facts["battles"] if word in b["name"])


def test_a_martyrs_page_makes_its_man_the_commander_of_the_fight_he_led(tmp_path):
    """周明远,湖南某县人,1906年生 opens the life; 他率部在黑风岭与日军激战: he led that fight, and his regiment (任…团长)
    is his command."""
    facts = extract(tmp_path, MARTYR)
    b = _battle(facts, "黑风岭")
    assert [c["name"] for c in b["commanders"]] == ["周明远"]
    assert ("周明远", "第127团") in {(c["person"], c["unit"]) for c in facts["commands"]}


def test_a_memoir_of_a_father_makes_him_the_leader_of_the_fight_told_without_a_subject(tmp_path):
    """父亲郑国栋,1899年出生于…: the father's life; 率领全团在石门坎阻击日军 leaves its subject out: he led it."""
    b = _battle(extract(tmp_path, MEMOIR), "石门坎")
    assert [c["name"] for c in b["commanders"]] == ["郑国栋"]


def test_another_man_named_as_the_fights_subject_keeps_it(tmp_path):
    """The clause names its own leader (营长韩子清率部…) and the life's man holds no command (a teacher): he is no
    commander of that fight."""
    text = MARTYR.replace("1937年任第四十三师第一二七团团长", "1937年在县城中学任教").replace("他率部在黑风岭", "营长韩子清率部在黑风岭")
    b = _battle(extract(tmp_path, text), "黑风岭")
    assert [c["name"] for c in b["commanders"]] == ["韩子清"]


def test_life_subjects_reads_one_life_and_no_more():
    """One man opening a life is the subject; two lives opened (a page of several heroes) make none; a village or a
    phrase followed by 人口 is no life."""
    assert life_subjects(MARTYR) == ["周明远"]
    assert life_subjects(MEMOIR) == ["郑国栋"]
    two = ("周明远,湖南某县人,1906年生。\n\n韩子清,河北某县人,1910年生。\n\n二人同在一个团。")
    assert life_subjects(two) == []
    assert life_subjects("高家庄,山西某县人口最多的村庄。1940年日军进犯。") == []
    assert life_subjects("1938年,他率部在黑风岭与日军激战。") == []


TITLED = ("抗日英烈孙长庚\n\n"
          "河北某县人,1907年生。1937年任骑兵第三团团长。\n\n"
          "1938年春,他率部在柳河口与日军激战一昼夜,毙敌二百余人,壮烈殉国。\n")


def test_a_man_named_only_in_the_title_leads_the_fight_his_life_tells(tmp_path):
    """The title names him (抗日英烈孙长庚, a name jieba does not know), the life opens without the name (河北某县人,
    1907年生): 他率部在柳河口… is his fight, his regiment his command."""
    facts = extract(tmp_path, TITLED)
    b = _battle(facts, "柳河口")
    assert [c["name"] for c in b["commanders"]] == ["孙长庚"]
    assert ("孙长庚", "骑兵第3团") in {(c["person"], c["unit"]) for c in facts["commands"]}


def test_a_title_over_no_life_names_no_subject():
    """A title over a fight's report (血战柳河口, then 1938年春…) or a life line under a place's title names no man."""
    assert life_subjects("血战柳河口\n\n1938年春,骑兵第三团在柳河口与日军激战。") == []
    assert life_subjects("高家庄\n\n河北某县人口最多的村庄,1940年遭日军扫荡。") == []


def test_a_life_opens_after_a_title_of_honour_or_a_compound_family_name_and_not_after_a_family():
    """杨某某将军,1905年生于…; 欧阳某某,某县人 (a compound family name, four characters) open lives; 陈家,江西人 (a
    family) and a name with a comma glued to it open none."""
    assert life_subjects("周明远将军,1906年生于湖南某县。") == ["周明远"]
    assert life_subjects("欧阳振远,湖南某县人。") == ["欧阳振远"]
    assert life_subjects("陈家,江西人,世代务农。") == []


def test_a_soldiers_life_told_with_his_unit_makes_him_no_leader(tmp_path):
    """父亲X,1920年生于… then 他所在部队参加了Y战斗: he served in the unit, led nothing (no 率/指挥/带领)."""
    text = ("忆父亲郑国栋\n\n父亲郑国栋,1920年生于江西某县。1938年入伍,在炮兵营当勤务兵。\n\n"
            "1940年夏,他所在部队在石门坎阻击日军,激战三日。\n")
    b = _battle(extract(tmp_path, text), "石门坎")
    assert "郑国栋" not in {c["name"] for c in b["commanders"]}
