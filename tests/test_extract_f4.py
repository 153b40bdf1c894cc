"""A fight named after one site (X战斗, X伏击战, X保卫战 — not a campaign: X会战, X战役, X大战) is fought around that
site: a place of its stretch is its own when it is named where the fight is told — in a sentence that names the
site, in a clause of war or of a unit, as ground moved over or held (进至X, X东侧) — and a wide place (a province, a
region, a city) only as the division that holds a narrower place (河北省X县) or in a slot of the action (在X以北与敌
血战, 攻克X, X失守). Wide places named otherwise — where a man studied, where he went back to, where the guests came
from, where a secretary went to a meeting — are the frame, in a narrative, a news report and a chronicle alike. A
campaign keeps the provinces of its stretch. New sentences, none from the seed, dev or held-out texts."""

from helpers import extract_json as extract


def _places(facts: dict, name: str) -> set[str]:
    return {p["name"] for b in facts["battles"] if b["name"] == name for p in b["places"]}


def test_a_narratives_ambush_drops_the_cities_of_its_frame_and_keeps_its_approach(tmp_path):
    text = ("黄石岭伏击战\n"
            "1941年3月,新四军某团第二营奉命在黄石岭设伏。\n"
            "营长早年在杭州读书,后来到过上海。\n"
            "部队从北山村出发,经过张家桥,进至黄石岭东侧的松林。\n"
            "上午九时,日军一个中队沿公路进入伏击圈,我军突然开火,激战一小时,毙敌四十余人。\n"
            "战后,营长奉调回到南京,战士们把缴获的机枪送往延安。\n")
    got = _places(extract(tmp_path, text), "黄石岭伏击战")
    assert {"黄石岭", "北山村", "张家桥"} <= got
    assert not got & {"杭州", "上海", "南京", "延安"}


def test_a_news_report_keeps_the_divisions_that_hold_the_site_not_where_the_guests_came_from(tmp_path):
    text = ("赵家庄战斗纪念碑落成\n"
            "本报讯 1943年5月,八路军某部一个连在河北省邢台县赵家庄与日军激战一昼夜,毙伤日军六十余人,"
            "全连大部壮烈牺牲。\n"
            "连长刘大勇是山东人,1938年从济南参军。\n"
            "日前,烈士后代从北京、天津专程赶来参加落成仪式。\n"
            "当地群众说,英雄的事迹永远不会被忘记。\n")
    got = _places(extract(tmp_path, text), "赵家庄战斗")
    assert {"赵家庄", "邢台县", "河北省"} <= got
    assert not got & {"北京", "天津", "山东", "济南"}


def test_a_memoirs_stand_keeps_the_city_it_was_fought_by(tmp_path):
    text = ("柳泉车站战斗\n"
            "1938年5月,第二营奉命坚守柳泉车站,掩护主力撤离。\n"
            "营长是湖南人,毕业于黄埔军校,曾在南昌任教官。\n"
            "日军一部猛攻车站,营长率部在徐州以北与敌血战三天,车站两度易手。\n"
            "最后全营仅剩三十余人,奉命突围,退至王庄一带。\n")
    got = _places(extract(tmp_path, text), "柳泉车站战斗")
    assert {"柳泉车站", "徐州", "王庄"} <= got
    assert "南昌" not in got


def test_a_chronicles_ambush_is_not_where_the_secretary_went_next(tmp_path):
    text = ("县志·大事记\n"
            "1942年\n"
            "6月3日,县大队在马家沟伏击日军运输队,毙敌十一人,缴获步枪九支。\n"
            "6月20日,县委书记赴石家庄参加会议,其后转往太原。\n"
            "7月,全县小麦丰收。\n")
    facts = extract(tmp_path, text)
    got = {p["name"] for b in facts["battles"] for p in b["places"]}
    assert "马家沟" in got
    assert not got & {"石家庄", "太原"}


def test_a_campaign_keeps_the_provinces_of_its_stretch(tmp_path):
    text = ("第一次长沙会战\n"
            "1939年9月,日军第11军分三路向长沙进犯。\n"
            "会战之前,湖南、江西两省民众踊跃支前,修筑公路,运送粮食。\n"
            "第15集团军在新墙河南岸阻击日军,激战数日。\n"
            "日军渡过汨罗江后进至捞刀河,因补给困难,于10月初撤退。\n")
    got = _places(extract(tmp_path, text), "第一次长沙会战")
    assert {"长沙", "湖南", "江西", "新墙河", "捞刀河"} <= got


def test_an_encyclopedia_entrys_origin_city_is_frame_even_in_the_sentence_that_names_the_site(tmp_path):
    text = ("王家渡战斗\n"
            "王家渡战斗是1939年春国民革命军一个营在王家渡与日军进行的战斗。\n"
            "该营官兵大多是四川人,从成都一路步行到前线,王家渡战斗是他们的第一仗。\n"
            "日军一个大队在码头登陆,向王家渡猛攻,守军坚守三天,毙伤日军二百余人。\n")
    got = _places(extract(tmp_path, text), "王家渡战斗")
    assert "王家渡" in got
    assert not got & {"成都", "四川"}


def test_a_campaigns_towns_at_stake_are_no_places_of_it(tmp_path):
    text = ("第一次长沙会战\n"
            "1939年9月,日军第11军分三路向长沙进犯,湖北、江西两省的日军同时南下。\n"
            "我广西部队在新墙河南岸阻击日军,激战数日,衡阳、常德岌岌可危。\n"
            "日军渡过汨罗江后进至捞刀河,因补给困难,于10月初撤退。\n")
    got = _places(extract(tmp_path, text), "第一次长沙会战")
    assert {"长沙", "湖北", "江西", "新墙河", "捞刀河"} <= got
    assert not got & {"衡阳", "常德", "广西"}
