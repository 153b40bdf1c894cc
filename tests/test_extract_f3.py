"""Rules of helper f3 (session 15): news and site narratives of one or two fights. Every sentence here is invented
for the test; each rule is tried in two genres (a news headline, a chronicle entry, a memoir, an encyclopedia)."""
from helpers import extract_json as extract

from kangzhan.extract.mentions.battles import _heading, name_before


def _names(tmp_path, text: str) -> list[str]:
    return [b["name"] for b in extract(tmp_path, text)["battles"]]


# --- the left edge of a battle's name: where its place starts, not the clause's subject and verb before it ---

def test_a_headline_that_is_a_clause_names_the_battle_by_its_object():
    """国共两军共创X庄大捷: who won it (a subject) and the verb, then the name: the name starts at the place."""
    assert _heading("国共军队共创张家庄大捷") == "张家庄大捷"
    assert _heading("游击队喜获柳树屯伏击战") == "柳树屯伏击战"


def test_a_headline_that_is_only_a_name_or_an_act_on_the_place_stays_whole():
    """夜袭X战斗, 收复X战役: the verb acts on the place and names the fight; 第二次X会战: the ordinal is the name's."""
    assert _heading("夜袭阳明堡战斗") == "夜袭阳明堡战斗"
    assert _heading("第二次长沙会战") == "第二次长沙会战"
    assert _heading("（三）昆仑关战役") == "昆仑关战役"


def test_in_running_text_an_unknown_compound_verb_before_the_place_is_no_part_of_the_name():
    """共创 (read as a noun by the tagger) and the subject before it are no place: the name starts at the village."""
    s = "1941年春,两党军队共创王家屯大捷"
    assert name_before(s, len(s) - 2, "大捷") == "王家屯"
    s = "是年秋,八路军共创李庄大捷"
    assert name_before(s, len(s) - 2, "大捷") == "李庄"


def test_a_place_name_before_the_place_stays_in_the_name():
    """豫北|沁河口: a region before the place is a place too (no everyday word): not cut."""
    s = "三垛河口伏击战"
    assert name_before(s, len(s) - 3, "伏击战") == "三垛河口"


def test_a_news_page_titled_by_a_clause_gives_the_battle_its_place_name(tmp_path):
    text = ("首页 > 军事历史\n\n国共军队共创张家庄大捷\n\n2020年5月1日 作者:某某\n\n"
            "1939年3月,八路军某支队与国民党军一个团商定在张家庄外设伏。12日,日军车队进入伏击圈,被击毁汽车20辆。\n")
    assert "张家庄大捷" in _names(tmp_path, text)


def test_a_memoir_sentence_with_subject_and_verb_before_the_name(tmp_path):
    text = "我们连队在1940年6月参加了战斗。那一年,国共军队共创张家庄大捷,我在二排当战士,打死了不少鬼子。\n"
    names = _names(tmp_path, text)
    assert "张家庄大捷" in names and not any("共创" in n for n in names)
