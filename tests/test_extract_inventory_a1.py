"""Battle inventory: each fight a text tells is one battle, and nothing that is not a fight of this war is one.

Principle: a fight is counted where the text tells or names one — a chronicle's dated entry (a Republic-era year
too) that attacks a place (the place the attacked enemy holds: 袭击盘踞在X的日军, 向占领X的敌发起袭击), a fight named
by its engagement word after a place and 抗日 (X抗日阻击战), by a route (X公路伏击战, won: 取得…的胜利), by its act in a
record of fights (首战X, 攻克X县城等战斗) — and never where the text tells no fight of this war: 作战 as the verb after
a modal (不能上马作战), a fight named only under a year before the war (咸丰四年(1854年)…, 1930年…中原大战).
Each text is invented for this test (chronicle, gazetteer, biography, memoir, a news-like line), run through
`kangzhan extract` as a user would.
"""

from __future__ import annotations

from helpers import extract_json

CHRONICLE = (
    "铁路沿线的游击战\n"
    "民国二十九年(1940)3月5日,我游击队袭击了盘踞在津浦铁路明光、张八岭附近的日军,炸毁铁桥一座,激战一小时,"
    "毙敌三十余名。\n"
    "民国三十年(1941)8月,地方部队再次出击。当月12日,县大队向占领管店的日伪军据点发起进攻,激战至天明,"
    "毙伤敌二十余人。\n"
)

GAZETTEER = (
    "一、兵事纪略\n"
    "太平军过境咸丰四年(1854年)五月初三日,太平军数千人向县城进发。知县率乡勇在东门外抵御,乡勇溃散。"
    "太平军围攻三日,知县受伤不能出城作战,县城遂陷。\n"
    "石岭抗日伏击战民国28年(1939年)4月3日拂晓,日军一个中队由县城向石岭一带进犯,我游击第二支队在石岭两侧设伏,"
    "激战三小时,毙敌四十余人。\n"
)

BIOGRAPHY = (
    "王某某,1905年生。抗日战争爆发后,任某团团长,率部参加忻口等战斗,并取得黄崖公路伏击战的胜利。"
    "1940年4月率部东进,指挥该团取得首战柳林铺的胜利。1943年组织指挥部队进行了攻克郯城县城等战斗。\n"
)

NO_FIGHT = "我军首战告捷,士气大振。他受伤后不能上马作战,只好留在后方。1930年,他参加了中原大战。部队攻克县城后,继续前进。\n"


def _battles(facts: dict) -> dict[str, dict]:
    return {b["name"]: b for b in facts["battles"]}


def test_a_chronicle_of_dated_raids_tells_one_fight_per_entry(tmp_path):
    battles = _battles(extract_json(tmp_path, CHRONICLE))
    assert len(battles) == 2, list(battles)
    assert "管店战斗" in battles
    first = next(b for n, b in battles.items() if n != "管店战斗")
    assert first["start"].startswith("1940-03-05")
    assert {"明光", "张八岭"} & {p["name"] for p in first["places"]}
    assert battles["管店战斗"]["start"].startswith("1941-08")


def test_a_gazetteer_names_the_fight_against_japan_and_not_the_rising_of_another_century(tmp_path):
    battles = _battles(extract_json(tmp_path, GAZETTEER))
    assert list(battles) == ["石岭抗日伏击战"], list(battles)
    b = battles["石岭抗日伏击战"]
    assert {p["name"] for p in b["places"]} == {"石岭"}
    assert b["start"].startswith("1939-04-03")


def test_a_biography_lists_each_fight_it_names(tmp_path):
    battles = _battles(extract_json(tmp_path, BIOGRAPHY))
    assert "黄崖公路伏击战" in battles
    assert "柳林铺战斗" in battles and "首战柳林铺" in battles["柳林铺战斗"]["alt_labels"]
    assert "攻克郯城县城" in battles and "郯城战斗" in battles["攻克郯城县城"]["alt_labels"]


def test_no_fight_from_a_verb_an_outcome_or_a_war_before_this_one(tmp_path):
    assert _battles(extract_json(tmp_path, NO_FIGHT)) == {}


ANOTHER_WAR = (
    "李某某,1900年生。1924年入军校学习,毕业后任连长。北伐时,于汀泗桥战役中立功,升营长,1936年任某师旅长。"
    "1937年8月率部参加淞沪会战,在罗店与日军激战,壮烈殉国。\n"
)

ARCHIVE = (
    "档案说明\n"
    "这份统计包括了后勤部队一年半中的主要作战记录,八路军宣传的几个重要的“大捷”战斗中,日军方面的损失都包罗于此。"
    "1938年春,某部在石门村附近遭八路军伏击,死伤六十余人。\n"
)

DIARY = (
    "“七七”纪念\n"
    "今日一时各部进入战斗。某团第三营袭占临城南关,日寇闭城固守。我毁坏临城车站附近铁路约一公里,完成任务后撤回。"
    "这是我们以实际的行动纪念“七七”。\n"
)


def test_a_battle_of_another_war_in_a_life_is_no_battle_of_this_one(tmp_path):
    battles = _battles(extract_json(tmp_path, ANOTHER_WAR))
    assert "汀泗桥战役" not in battles, list(battles)
    assert "淞沪会战" in battles


def test_a_bare_battle_word_in_quotes_names_no_fight(tmp_path):
    battles = _battles(extract_json(tmp_path, ARCHIVE))
    assert not any(n in ("大捷", "大捷战斗") for n in battles), list(battles)


def test_an_anniversary_kept_by_a_raid_is_no_event_of_its_own(tmp_path):
    battles = _battles(extract_json(tmp_path, DIARY))
    assert "七七" not in battles, list(battles)
    assert battles, "the raid told under the anniversary is still a fight"
