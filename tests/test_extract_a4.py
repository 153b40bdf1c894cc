"""a4 DATES: a found fight gets the date the text gives for its fighting, at the precision given.

Invented sentences only (narrative, memoir, chronicle, encyclopedia fact box, news): the same day named again
(是日, 当日) dates its clause; a bare day earlier than the day before it in the same sentence is of the next month;
a day on which news was heard and acted on at once is the action's day; a fact box's 【战争时间】 field is the fight's;
a fight said to go on to a time of that day (战至当日深夜, 持续到黄昏) ended that day; a fight whose name is the
subject of its date (X是1942年…展开的) ended within that period.
"""

from __future__ import annotations

from pathlib import Path

from helpers import extract_json

from kangzhan.extract.mentions.dates import find_dates


def _dates(text: str) -> list[str]:
    return [m.value["date"].iso for m in find_dates(text)]


def _battles(tmp_path: Path, text: str) -> dict[str, dict]:
    return {b["name"]: b for b in extract_json(tmp_path, text)["battles"]}


# --- the same day named again ----------------------------------------------------------------------------------------

def test_the_same_day_named_again_is_a_date():
    assert _dates("1942年4月3日,日军在某港登陆。是日,县大队在某桥设伏。") == ["1942-04-03", "1942-04-03"]
    assert _dates("1943年6月2日,我军出发,当晚包围某镇。") == ["1943-06-02", "1943-06-02"]


def test_when_or_with_the_enemy_is_no_same_day():
    assert _dates("1943年6月2日,部队转移。当日军进村时,乡亲们早已躲进山里。") == ["1943-06-02"]
    assert _dates("1943年6月2日,部队转移。于是日夜兼程赶到某镇。") == ["1943-06-02"]
    assert _dates("1943年6月2日,部队转移。每当夜幕降临,群众便送来粮食。") == ["1943-06-02"]
    assert _dates("他当日军翻译多年。") == []


def test_a_memoirs_same_day_fight_is_dated_and_ends_that_day(tmp_path):
    text = ("某县游击队长期坚持某县抗战\n1942年4月3日,日军千余人在丁港登陆,守军后撤,丁港沦陷。是日,县大队派一个中队"
            "在敌西进必经的戊桥设伏,战斗从早晨持续到黄昏。戊桥阻击战,揭开了全县抗战的序幕。\n")
    b = _battles(tmp_path, text)["戊桥阻击战"]
    assert (b["start"], b["end"]) == ("1942-04-03", "1942-04-03")


# --- a bare day after a later day of the month -----------------------------------------------------------------------

def test_a_smaller_bare_day_in_the_same_sentence_is_of_the_next_month():
    assert _dates("1941年8月14日,游击总队围攻驻庚镇的日伪军,3日攻克庚镇。") == ["1941-08-14", "1941-09-03"]
    assert _dates("1941年12月20日,我军围攻某城,5日攻克。") == ["1941-12-20", "1942-01-05"]


def test_a_smaller_bare_day_after_a_stop_or_a_dispatch_keeps_the_month():
    assert _dates("1941年8月14日,部队出发。此前,3日晚敌已撤走。") == ["1941-08-14", "1941-08-03"]
    assert _dates("1941年8月14日,部队出发,16日攻克某镇。") == ["1941-08-14", "1941-08-16"]


def test_a_chronicle_fight_runs_forward_to_the_next_month(tmp_path):
    text = "1941年8月14日,游击总队和地方武装二千余人围攻驻庚镇的日伪军,3日攻克庚镇。这次战斗,俘伪军五十余名。\n"
    b = _battles(tmp_path, text)["庚镇战斗"]
    assert b["start"] == "1941-08-14"


# --- the news acted on at once ---------------------------------------------------------------------------------------

def test_a_day_of_news_acted_on_at_once_dates_the_fight(tmp_path):
    text = ("1940年秋,日军三千余人由南向北进犯辛集。9月12日,守军师长闻讯后,即派兵于壬桥阻击。"
            "战斗中毙敌百余人,壬桥战斗遂告结束。\n")
    assert _battles(tmp_path, text)["壬桥战斗"]["start"] == "1940-09-12"


def test_a_day_of_news_only_is_no_date_of_the_fight(tmp_path):
    text = ("1940年9月3日,某团在壬桥伏击日军,毙敌百余人。9月12日,远在延安的老战友闻讯,悲痛万分。"
            "壬桥战斗是该团的第一仗。\n")
    assert _battles(tmp_path, text)["壬桥战斗"]["start"] == "1940-09-03"


# --- an encyclopedia's fact box --------------------------------------------------------------------------------------

def test_a_fact_box_war_time_field_dates_the_fight(tmp_path):
    text = ("甲岭村战斗\n\n【战争时间】:1940.3.6\n\n【介绍】:\n\n1940年3月5日,日军一个中队由乙镇向丙县进犯。"
            "八路军某团即令第2营在甲岭村设伏。6日8时许,日军进入伏击圈,遭到突然袭击,被歼80余人。"
            "8日,日军再经甲岭村,又遭伏击,伤亡30余人。\n")
    b = _battles(tmp_path, text)["甲岭村战斗"]
    assert (b["start"], b["end"]) == ("1940-03-06", "1940-03-08")


def test_a_page_publication_date_is_no_time_field():
    from kangzhan.extract.pipeline import _TIME_LINE

    assert _TIME_LINE.match("【战争时间】:1940.3.6")
    assert _TIME_LINE.match("战斗时间：1940年3月")
    assert _TIME_LINE.match("时间:1940年3月")
    assert not _TIME_LINE.match("发布时间:2015-03-06")
    assert not _TIME_LINE.match("出版日期:1982-08-20")


# --- a fight that ended the day it began -----------------------------------------------------------------------------

def test_a_great_battle_fought_until_that_nights_end_is_one_day(tmp_path):
    text = ("民国三十年五月九日这一天,我游击大队与日军在己庄发生遭遇战,一直战至当日深夜,击毙日军四十余名。"
            "己庄大战,使敌人再也不敢轻易下乡。\n")
    b = _battles(tmp_path, text)["己庄大战"]
    assert (b["start"], b["end"]) == ("1941-05-09", "1941-05-09")


def test_a_fight_fought_into_the_next_dawn_has_no_end_that_day(tmp_path):
    text = ("民国三十年五月九日这一天,我游击大队与日军在己庄发生遭遇战,一直战至次日天明,击毙日军四十余名。"
            "己庄大战,使敌人再也不敢轻易下乡。\n")
    b = _battles(tmp_path, text)["己庄大战"]
    assert b["start"] == "1941-05-09" and b["end"] != "1941-05-09"


# --- the period the whole fight took place in ------------------------------------------------------------------------

def test_a_fight_said_to_take_place_in_a_year_ends_in_it(tmp_path):
    text = "第二次反扫荡战斗是1942年在癸山、子河一带展开的,前后打了几十仗,部队消灭日伪军三百多人。\n"
    b = _battles(tmp_path, text)["第二次反扫荡"]
    assert (b["start"], b["end"]) == ("1942", "1942")


def test_a_year_before_the_fight_is_not_said_of_the_whole(tmp_path):
    text = "1942年,日军增兵癸山。1943年3月至5月,第二次反扫荡战斗在癸山、子河一带展开,部队消灭日伪军三百多人。\n"
    b = _battles(tmp_path, text)["第二次反扫荡"]
    assert b["end"] != "1942"


# --- the march's day and the dateline's day --------------------------------------------------------------------------

def test_the_day_a_force_moved_up_is_not_the_fights_day(tmp_path):
    text = ("某团奉命挺进敌后,于1938年3月11日进至甲县以南的乙山一带。14日,在甲县至丙镇公路两侧的丁村附近,先后以伏击战"
            "消灭了两批日军,击毁汽车4辆,丁村伏击战大获全胜。15日,该团东撤。\n")
    assert _battles(tmp_path, text)["丁村伏击战"]["start"] == "1938-03-14"


def test_a_force_moving_up_into_a_clash_keeps_its_day(tmp_path):
    text = "1938年3月11日,日军进至丁村,遭我伏击,伤亡数十人。14日,日军再犯丁村,又被击退。丁村战斗是该团的首次胜利。\n"
    assert _battles(tmp_path, text)["丁村战斗"]["start"] == "1938-03-11"


def test_a_news_datelines_day_is_no_fights_day(tmp_path):
    text = ("某新闻网7月16日电 戊沟,一个听起来很土气的地名,见证了一场伏击战。\n\n1940年4月,日伪军对游击队穷追不舍。\n\n"
            "4月30日,游击队500多人抵达戊沟。当天下午2点钟左右,敌军先头部队200多人进入伏击圈,游击队突然发起攻击。"
            "经过4小时激战,歼敌百余人。戊沟伏击战鼓舞了军民的抗日士气。\n")
    assert _battles(tmp_path, text)["戊沟伏击战"]["start"] == "1940-04-30"


# --- a diary's entries -----------------------------------------------------------------------------------------------

def test_a_commemoration_heading_and_todays_fight_in_a_diary(tmp_path):
    ds = _dates("某某于一九四〇年六月十一日至九月二十八日在冀南活动。\n“八一三”纪念\n今日拂晓各部出发。\n八月十四日\n部队休息。\n")
    assert ds[1:] == ["1940-08-13", "1940-08-13", "1940-08-14"]


def test_a_commemoration_week_or_the_incidents_own_year_is_no_date():
    assert _dates("1940年8月12日,准备完成“八一三”纪念周工作。") == ["1940-08-12"]
    assert _dates("1937年8月1日,部队开赴前线。“八一三”纪念") == ["1937-08-01"]


def test_today_in_a_news_sentence_is_no_entry_day():
    assert _dates("1940年8月12日,我军攻克某镇,今日该镇已恢复平静。") == ["1940-08-12"]


def test_a_fight_told_in_a_diary_entry_gets_the_entrys_day(tmp_path):
    text = ("按:某将军于一九四〇年六月十一日至九月二十八日在冀南活动,现摘录其日记如下。\n"
            "八月十三日\n今日一时各部进入战斗。\n结果:某团第三营袭占甲城北关,俘伪军二十人。\n"
            "八月十四日\n部队撤回乙村一带休息。\n八月十五日\n开会。\n")
    bs = _battles(tmp_path, text)
    b = next(b for n, b in bs.items() if "北关" in n or "甲城" in n)
    assert b["start"] == "1940-08-13"


def test_a_fight_told_as_over_does_not_take_the_entry_day(tmp_path):
    # a diary entry that says the fight is over (某城的战斗已结束) tells no fighting on its own day: the weekdays it
    # goes back to date the fight
    text = ("某医生日记\n\n1938年6月14日\n\n丙城的战斗已结束并过去，我想起来最后的日记是在上星期五写的……\n\n"
            "在星期六，日本人在有些地方不断地炮击城墙，他们派出一支分队接近东门，但被击退。然而在星期六晚上守军突然撤退。\n\n"
            "在13日星期一早晨，日本人从几个城门进入丙城，一夜间他们完全控制了这城市。\n")
    got = _battles(tmp_path, text)["丙城战斗"]
    assert (got["start"], got["end"]) == ("1938-06-11", "1938-06-13")


def test_a_smaller_day_looked_back_on_stays_in_its_month():
    # the day an order was of (18日晚的命令) and a step back too long for one sentence's run are no next month
    got = _dates("1940年9月16日,敌渡河。20日晨,敌军司令看到其情报机构破译的我军18日晚的命令,当即改变计划。")
    assert got[-1] == "1940-09-18"
    assert _dates("1940年9月20日,某团出发,18日攻克某镇。") == ["1940-09-20", "1940-09-18"]
