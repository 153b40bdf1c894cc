"""Battle dates the texts write in other ways than a Gregorian date: the lunar calendar (农历腊月三十), an incident
named by its day for the year (“九一八”事变后…11月4日), 从X开始到Y结束 ranges, and the time chosen for the attack
(时间选定在…); every sentence here is written for the test."""
from helpers import extract_json as extract

from kangzhan.extract.mentions.dates import find_dates
from kangzhan.extract.mentions.lunar import to_gregorian


def _dates(text: str) -> list[tuple[str, str | None]]:
    return [(m.value["date"].iso, m.value["end"].iso if m.value.get("end") else None) for m in find_dates(text)]


# --- the lunar calendar -------------------------------------------------------------------------------------------

def test_a_lunar_date_after_its_year_is_the_gregorian_day():
    assert _dates("突袭定在1941年农历腊月二十三夜间进行。") == [("1942-02-08", None)]
    assert _dates("1943年的农历五月初五,游击队在渡口伏击日军汽艇。") == [("1943-06-07", None)]
    assert _dates("攻打炮楼那天是1938年阴历正月十五。") == [("1938-02-14", None)]


def test_a_lunar_date_without_a_year_takes_the_year_in_force():
    assert _dates("1942年春,日军扫荡南山。农历三月十八,民兵在村口埋雷,炸死日军五人。") == [
        ("1942", None), ("1942-05-02", None)]


def test_a_leap_month_and_a_short_twelfth_month():
    assert to_gregorian(1944, 4, 15, leap=True)[0].isoformat() == "1944-06-05"  # 闰四月十五
    assert to_gregorian(1944, 4, 15)[0].isoformat() == "1944-05-07"  # the ordinary 四月十五
    first, last = to_gregorian(1936, 12, None)  # a 腊月 of 29 days: its 三十 is its last day
    assert to_gregorian(1936, 12, 30)[0] == last


def test_a_lunar_month_alone_is_a_gregorian_month_only_when_it_falls_within_one():
    assert _dates("1943年农历六月,日军进犯石门。") == [("1943-07", None)]
    assert _dates("1941年农历六月,日军进犯石门。") == [("1941", None)]  # 6-25 … 7-23: its year only


def test_a_lunar_date_in_brackets_after_the_gregorian_one_is_no_second_date():
    assert _dates("1940年8月20日(农历七月十七)夜,破袭战打响。") == [("1940-08-20", None)]
    assert _dates("1939年10月3日,即农历八月二十一,敌军撤退。") == [("1939-10-03", None)]


def test_a_battle_dated_by_the_lunar_new_years_eve(tmp_path):
    text = ("奇袭横山镇\n\n1939年,新四军某部在茅山一带建立根据地后,横山镇日军据点便成为东进的障碍。为了拔掉这个"
            "据点,支队把任务交给了三营,时间选定在1941年农历腊月三十(除夕)夜。\n年三十晚,三营冒雪向横山镇发起攻击,"
            "俘虏伪军四十余人,歼灭日军一个小队。\n")
    b = extract(tmp_path, text)["battles"][0]
    assert b["start"] == "1942-02-14"  # 1941 lunar year's 除夕: the day before 1942's 春节 (02-15)
    later = text.replace("时间选定在1941年农历腊月三十(除夕)夜", "1941年农历腊月三十(除夕)夜,支队长调往延安")
    assert extract(tmp_path, later)["battles"][0]["start"] == "1939"  # no time set for the attack: an epilogue


# --- an incident named by its day gives the year ---------------------------------------------------------------

def test_months_after_a_named_incident_take_its_year_when_no_year_is_written():
    assert _dates("“九一八”事变后,日军北犯。11月4日,守军在桥头阻击;5日,敌增援。") == [
        ("1931-11-04", None), ("1931-11-05", None)]
    assert _dates("一·二八事变爆发,2月4日,日军猛攻吴淞。") == [("1932-02-04", None)]


def test_a_month_before_the_incident_or_a_written_year_is_not_dated_by_it():
    assert _dates("七七事变以后,3月10日,敌军进犯县城。") == []  # March: of a later year, which the text does not say
    assert _dates("“九一八”事变后,1932年4月2日,义勇军攻打县城。") == [("1932-04-02", None)]
    assert _dates("九一八那天,大家在操场上。11月4日,学校停课。") == []  # no incident written: 九一八 alone


def test_a_battle_dated_only_after_a_named_incident(tmp_path):
    text = ("“九一八”事变后,日军向辽西进犯。\n锦西阻击战从12月28日开始到31日结束,守军第12旅在女儿河一线阻击日军,"
            "毙伤日军三百余人。\n")
    b = extract(tmp_path, text)["battles"][0]
    assert (b["start"], b["end"]) == ("1931-12-28", "1931-12-31")


# --- 从X开始到Y结束 -----------------------------------------------------------------------------------------------

def test_a_range_that_says_it_began_and_ended():
    assert _dates("会战从1939年9月14日开始到10月13日结束。") == [("1939-09-14", "1939-10-13")]
    assert _dates("战斗从5月2日起一直到5月9日。", ) == []  # no year in force: none
    assert _dates("1940年,战斗从5月2日起一直到5月9日。") == [("1940", None), ("1940-05-02", "1940-05-09")]
    assert _dates("1938年3月2日开始,到处是难民,到了4月才好转。") == [("1938-03-02", None), ("1938-04", None)]


# --- whose date: a post held on the day, a position taken up before the attack ------------------------------------

def test_the_post_a_man_held_on_the_day_is_no_career_step(tmp_path):
    text = ("柳树坪伏击战\n\n柳树坪伏击战是1944年发生在晋西北的一次战斗。1944年5月12日,时任第十团团长的李长林率部"
            "在柳树坪设伏,歼灭日军辎重队一部,毙敌四十余人。\n")
    assert extract(tmp_path, text)["battles"][0]["start"] == "1944-05-12"
    step = text.replace("1944年5月12日,时任第十团团长的李长林率部在柳树坪设伏,歼灭日军辎重队一部,毙敌四十余人。",
                        "第十团在柳树坪设伏,歼灭日军辎重队一部,毙敌四十余人。1946年3月,李长林升任第十团团长。")
    assert extract(tmp_path, step)["battles"][0]["start"] == "1944"  # a promotion's date dates no fight


def test_a_position_taken_up_before_the_attack_does_not_close_the_fight(tmp_path):
    text = ("石门岭之役\n\n1939年9月,我第七团占领石门岭阵地,10月5日日军即向我阵地发起攻击。10月6日拂晓,我军实施反击,"
            "毙敌百余人。\n")
    b = extract(tmp_path, text)["battles"][0]
    assert (b["start"], b["end"]) == ("1939-10-05", "1939-10-06")
    lost = text.replace("毙敌百余人。", "毙敌百余人。10月8日,石门岭阵地失守。")
    b = extract(tmp_path, lost)["battles"][0]
    assert (b["start"], b["end"]) == ("1939-10-05", "1939-10-08")  # the fall, after its date, still closes it
