"""Fights a text tells but never names: a judgment, a letter, a picture book's page titles.

A war-crimes judgment tells the taking of a city as a defence and a capture by divisions named after their
commanders, then the atrocities; it never names the battle: the fight is coined after the city it defends or
attacks (X战斗). A picture book or an album titles a page by what happened at a place (X中日激战, X失守, 血战X): the
title names a fight there. An incident named by its date (“九一八”事变, “一·二八”事变), quoted next to such a
fight whose day it is, is that fight's name. A text with no fighting (a poet's life, a travel note, a list of
museums) coins nothing, whatever its headings. Each text is written for this test (other battles, other places),
run through `kangzhan extract` as a user would.
"""

from __future__ import annotations

from helpers import extract_json

JUDGMENT = (
    "国防部审判战犯军事法庭判决\n"
    "被告:某某某,男,日本人,日本陆军中将师团长。\n"
    "主文:某某某在作战期间,纵兵屠杀俘虏及平民,处死刑。\n"
    "事实\n"
    "民国二十七年(1938年)5月,我军在鲁南转移阵地,以一部扼守徐州。日军第十师团濑谷部队、第五师团板垣部队等,"
    "在畑俊六大将指挥之下,分路会攻,并以遭遇我军顽强抵抗,乃于入城后纵兵屠杀。\n"
    "5月19日拂晓,第十师团攻陷北关,先头部队越墙而入,即开始屠杀。\n"
    "查屠杀最烈之时期,为5月19日至25日,被害平民三千余人。\n"
)

JUDGMENT_SIEGE = (
    "判决书\n"
    "被告:某某,日本陆军少将旅团长。\n"
    "事实\n"
    "1941年9月,被告所部第十四旅团奉命南犯,渡过汨罗江后围攻新市,我守军第二十军第一三三师与敌激战三昼夜,"
    "于9月27日撤出。被告入镇后,纵兵焚烧民房四百余栋,并杀害平民一百余人。\n"
)

LETTER = (
    "父亲大人膝下:\n"
    "儿自三月下旬随第三十一师开抵运河北岸,奉命固守台儿庄。敌军以坦克大炮连日猛攻,庄内房屋尽成焦土,我军与敌逐屋争夺,"
    "伤亡甚重。儿所在之连,仅余二十余人。四月六日夜,我军全线反攻,敌遗尸遍野,狼狈北窜。儿幸未受伤,勿念。\n"
    "儿 国华 叩上\n"
    "民国二十七年四月十日\n"
)

DIARY = (
    "一九四〇年六月九日 晴\n"
    "敌机一早就来轰炸,城里烟火四起。听说敌军已过当阳,我们营奉命开赴东山,构筑工事。营长说第十八军要死守宜昌。\n"
    "六月十日 阴\n"
    "整日炮声不断,敌第十三师团以坦克开路,猛攻东门,我连伤亡过半。\n"
    "六月十二日 雨\n"
    "傍晚传来消息,城已失守,我们连夜撤往三斗坪。\n"
)

PAGES = (
    "台儿庄中日激战\n"
    "1938年3月下旬,日军第10师团一部沿津浦路南下,猛攻台儿庄。守军第31师与敌逐屋争夺,伤亡惨重。\n"
    "\n"
    "宜昌失守\n"
    "1940年6月12日,日军第13师团攻入城内,守军第18军被迫后撤。\n"
    "\n"
    "血战万家岭\n"
    "1938年10月,第74军在德安西北与日军第106师团激战十余日,歼敌甚众。\n"
)

DATE_NAMED = (
    "沈阳中日开战\n"
    "1931年9月18日夜,日军炸毁柳条湖附近的南满铁路,反诬中国军队所为,随即炮轰北大营,进攻沈阳城。"
    "东北军第7旅官兵奋起还击后撤出。\n"
    "\n"
    "江桥抗战\n"
    "1931年11月4日,日军继“九一八”事变之后进犯嫩江桥,黑龙江省代理主席马占山率部奋起抵抗。\n"
)

CUT_OFF = (
    "淞沪会战\n"
    "1937年8月13日,日军进攻上海,第9集团军奋起抵抗,保卫上海。\n"
    "\n"
    "血战嘉定\n"
    "此后,日本又从国内调来援军\n"
)

NAMED_UNDER_TITLE = (
    "血战台儿庄\n"
    "1938年3月,台儿庄战役打响。日军第10师团猛攻台儿庄,守军第31师与敌逐屋争夺,伤亡惨重。\n"
)

POET = (
    "诗人小传\n"
    "某某,1905年生于浙江绍兴,早年留学日本,归国后在上海任教。\n"
    "武汉沦陷\n"
    "1938年10月武汉沦陷后,诗人随报馆迁往重庆,在北碚写下长诗,1946年返回南京。\n"
)

TRAVEL = (
    "重游宛平城\n"
    "周末我们一家去了宛平城。城墙上还留着弹痕,卢沟桥的石狮子一个个神态各异。"
    "中午在城里吃了炸酱面,下午又去了附近的公园。\n"
)

MUSEUMS = (
    "山东抗战纪念场馆一览\n"
    "1. 台儿庄大战纪念馆:位于枣庄市台儿庄区,1993年建成开放。\n"
    "2. 孟良崮战役纪念馆:位于临沂市蒙阴县。\n"
    "3. 铁道游击队纪念园:位于枣庄市薛城区,免费开放。\n"
)


def _battles(facts: dict) -> dict[str, dict]:
    return {b["name"]: b for b in facts["battles"]}


def test_a_judgment_that_tells_a_defence_and_a_capture_coins_the_fight_at_the_city(tmp_path):
    battles = _battles(extract_json(tmp_path, JUDGMENT))
    assert list(battles) == ["徐州战斗"], list(battles)
    b = battles["徐州战斗"]
    assert b["named_in_text"] is False
    assert "徐州之战" in b["alt_labels"]
    assert "徐州" in {p["name"] for p in b["places"]}
    assert {"第10师团", "第5师团"} <= {u["name"] for u in b["units"]}
    assert "畑俊六" in {c["name"] for c in b["commanders"]}
    assert b["start"].startswith("1938-05")


def test_a_judgment_that_tells_a_siege_coins_the_fight_at_the_town_besieged(tmp_path):
    battles = _battles(extract_json(tmp_path, JUDGMENT_SIEGE))
    assert list(battles) == ["新市战斗"], list(battles)
    b = battles["新市战斗"]
    assert {"第14旅团", "第133师"} <= {u["name"] for u in b["units"]}
    assert b["start"].startswith("1941-09")


def test_a_letter_home_from_a_defended_town_coins_the_fight_there(tmp_path):
    battles = _battles(extract_json(tmp_path, LETTER))
    assert list(battles) == ["台儿庄战斗"], list(battles)
    b = battles["台儿庄战斗"]
    assert "第31师" in {u["name"] for u in b["units"]}
    assert b["start"].startswith("1938")  # the year of the letter's date line


def test_a_diary_coins_the_fight_at_the_city_defended_not_the_village_retreated_to(tmp_path):
    battles = _battles(extract_json(tmp_path, DIARY))
    assert list(battles) == ["宜昌战斗"], list(battles)  # 撤往三斗坪: where the diarist went after it
    b = battles["宜昌战斗"]
    assert {"第18军", "第13师团"} <= {u["name"] for u in b["units"]}
    assert b["start"] == "1940-06-09"


def test_page_titles_that_tell_a_fight_at_a_place_name_one_fight_each(tmp_path):
    battles = _battles(extract_json(tmp_path, PAGES))
    assert {"台儿庄战斗", "宜昌战斗", "万家岭战斗"} <= set(battles), list(battles)
    units = {n: {u["name"] for u in b["units"]} for n, b in battles.items()}
    assert {"第10师团", "第31师"} <= units["台儿庄战斗"]
    assert {"第13师团", "第18军"} <= units["宜昌战斗"]
    assert {"第74军", "第106师团"} <= units["万家岭战斗"]
    assert "第13师团" not in units["台儿庄战斗"]  # each page keeps its own facts
    assert battles["宜昌战斗"]["start"] == "1940-06-12"
    assert "宜昌失守" in battles["宜昌战斗"]["alt_labels"]  # the title as the text writes it
    assert all(not b["named_in_text"] for b in battles.values())


def test_an_incident_named_by_its_date_is_the_name_of_the_titled_fight_of_that_day(tmp_path):
    battles = _battles(extract_json(tmp_path, DATE_NAMED))
    assert "沈阳战斗" in battles, list(battles)
    b = battles["沈阳战斗"]
    assert "九一八事变" in b["alt_labels"]  # “九一八”事变: the 18th of the 9th month, the day the page tells
    assert b["start"] == "1931-09-18"
    assert "九一八事变" not in battles.get("江桥抗战", {}).get("alt_labels", [])


def test_a_fight_title_cut_off_before_its_account_is_not_the_page_before(tmp_path):
    battles = _battles(extract_json(tmp_path, CUT_OFF))
    assert list(battles) == ["淞沪会战"], list(battles)  # no fight told under 血战嘉定: nothing coined
    assert "嘉定" not in {p["name"] for p in battles["淞沪会战"]["places"]}
    assert "上海" in {p["name"] for p in battles["淞沪会战"]["places"]}


def test_a_title_over_the_account_of_a_battle_the_text_names_coins_nothing(tmp_path):
    battles = _battles(extract_json(tmp_path, NAMED_UNDER_TITLE))
    assert "台儿庄战役" in battles, list(battles)
    assert "台儿庄战斗" not in battles  # 血战台儿庄 heads the named battle's account
    assert "第31师" in {u["name"] for u in battles["台儿庄战役"]["units"]}


def test_texts_without_fighting_coin_nothing(tmp_path):
    for text in (POET, TRAVEL, MUSEUMS):
        battles = extract_json(tmp_path, text)["battles"]
        assert not [b["name"] for b in battles if not b["named_in_text"]], text[:10]
