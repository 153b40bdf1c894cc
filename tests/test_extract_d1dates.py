"""The dates of a fight from round 36's diagnosis (read after its blind measurement): a fight's start is the date of
the sentence that tells its action, not a date of its setting — a unit's posting or founding, a period the fight
happened within, the month of the enemy's advance that led to it; a range of ROC years is a range. Every sentence
here is written for the test."""
from helpers import extract_json as extract

from kangzhan.extract.mentions.dates import find_dates


def _start(tmp_path, text: str, name: str) -> str | None:
    return next(b.get("start") for b in extract(tmp_path, text)["battles"] if b["name"] == name)


def _dates(text: str) -> list[tuple[str, str | None]]:
    return [(m.value["date"].iso, m.value["end"].iso if m.value.get("end") else None) for m in find_dates(text)]


def test_a_range_of_roc_years_with_the_era_written_once():
    assert _dates("民国二十七年至二十九年间,该县是游击区的中心。") == [("1938", "1940")]
    assert _dates("民国28年至30年,该镇屡遭轰炸。") == [("1939", "1941")]


def test_a_bare_number_of_years_after_a_gregorian_year_is_no_roc_year():
    assert _dates("他1938年至二十九年间一直在外。") == [("1938", None)]
    assert _dates("二十七年至二十九年间,该县是游击区的中心。") == []


def test_a_units_posting_with_the_enemys_attack_as_its_time_is_no_start(tmp_path):
    text = ("石桥镇战斗\n\n1940年3月,原驻该地的保安团在日军进攻时溃退,新四军某支队奉调开赴石桥镇一带接替防务。"
            "5月2日,支队在镇北与日军激战,毙伤日军四十余人。\n")
    assert _start(tmp_path, text, "石桥镇战斗") == "1940-05-02"


def test_a_posting_that_tells_a_fight_is_its_start(tmp_path):
    text = "石桥镇战斗\n\n1940年3月,新四军某支队调来石桥镇,当即袭击镇上的日军据点,毙敌十余人。支队随即撤离。\n"
    assert _start(tmp_path, text, "石桥镇战斗") == "1940-03"


def test_a_headquarters_founded_before_the_defence_is_no_start(tmp_path):
    text = ("梅城地处要冲。民国三十一年至三十三年间,梅城是战区的重心,屡遭日机轰炸。1944年春,战区判断日军将北犯,"
            "乃成立梅城守备指挥部,由某将军任指挥官。民国三十四年一月,守备兵力计某团、某营。梅城守备战打响后,守军依城抗击。\n")
    assert _start(tmp_path, text, "梅城守备战") == "1945-01"  # the years of the setting, the command's founding: no start


def test_the_period_of_a_movement_is_no_start_of_a_fight_within_it(tmp_path):
    text = ("1942年4月至同年10月,日伪军在冀东连续推行“治安强化”运动。在此期间发生了柳河村战斗。\n"
            "1942年7月9日晚,某大队40余人进驻柳河村。次日拂晓,村子被日伪军包围,大队奋起突围。\n")
    assert _start(tmp_path, text, "柳河村战斗").startswith("1942-07")


def test_a_range_that_tells_the_fighting_is_its_start(tmp_path):
    text = ("1942年7月9日至11日,某大队在柳河村与日伪军激战三昼夜,是为柳河村战斗。\n"
            "7月10日,日伪军增援部队赶到,大队奋起突围。\n")
    assert _start(tmp_path, text, "柳河村战斗") == "1942-07-09"


def test_the_month_of_the_advance_before_a_short_fight_is_its_lead_up(tmp_path):
    text = ("梅岭战斗1939年8月,日军攻陷甲城后继续向南进犯,先后侵占乙县、丙县。9月14日,驻乙县日军一个骑兵小队北出"
            "窥探,被我游击大队发觉。大队在梅岭以北设伏,激战两小时,毙敌二十余人。\n")
    assert _start(tmp_path, text, "梅岭战斗") == "1939-09-14"


def test_the_month_a_defence_of_a_town_opens_stays_its_start(tmp_path):
    text = ("梅城保卫战\n\n1939年8月,日军向梅城进犯,守军依城抵抗。"
            "9月14日,守军与日军巷战竟日,梅城失守。\n")
    assert _start(tmp_path, text, "梅城保卫战") == "1939-08"


def test_the_month_a_short_fight_at_its_place_opens_stays_its_start(tmp_path):
    text = ("梅岭战斗\n\n1939年8月,日军一个中队进犯梅岭,我游击大队在梅岭阻击。"
            "9月14日,日军再犯,被我击退。\n")
    assert _start(tmp_path, text, "梅岭战斗") == "1939-08"


_ORDER = ("鹰嘴山战斗\n\n1940年10月17日,八路军某旅第1团包围石门据点。临城日军闻讯北上增援。18日,旅长命令将围攻石门的"
          "任务交给特务团,令第1团火速占领鹰嘴山,阻敌增援,确保石门战斗胜利。\n第1团坚守主峰,北援日伪军500余人行至鹰嘴山下,"
          "遭我猛烈射击,伤亡惨重。战至19日拂晓,石门据点已克,第1团撤出阵地。\n")


def test_a_fight_named_in_an_order_is_dated_by_the_attack_on_its_place(tmp_path):
    assert _start(tmp_path, _ORDER, "石门战斗") == "1940-10-17"  # not the day of the order naming it


def test_a_fight_whose_place_no_dated_sentence_fights_at_stays_undated(tmp_path):
    text = _ORDER.replace("包围石门据点", "进驻石门以南的村庄")
    assert _start(tmp_path, text, "石门战斗") is None


def _end(tmp_path, text: str, name: str) -> str | None:
    return next(b.get("end") for b in extract(tmp_path, text)["battles"] if b["name"] == name)


def test_a_short_fight_told_under_one_date_ends_on_it(tmp_path):
    text = ("白石村战斗\n\n1942年7月13日,某连在白石村与日伪军一个中队遭遇。全连依托村沿土墙顽强抗击,毙伤日伪军二十余人,"
            "随后向西突围。\n")
    assert _end(tmp_path, text, "白石村战斗") == "1942-07-13"
    month = text.replace("1942年7月13日", "1942年7月")
    assert _end(tmp_path, month, "白石村战斗") == "1942-07"


def test_a_short_fight_going_on_to_the_next_day_has_no_end_from_its_one_date(tmp_path):
    text = ("白石村战斗\n\n1942年7月13日,某连在白石村与日伪军一个中队遭遇。全连依托村沿土墙顽强抗击,此后数日与敌"
            "周旋于村外,随后向西突围。\n")
    assert _end(tmp_path, text, "白石村战斗") is None  # days after it, none of them dated
