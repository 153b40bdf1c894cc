"""An incident or a fight said to happen at a place (X发生了事变, 战斗发生在X) in talk and commemoration that names
no battle: a transcript's host, a veteran, a speech. New sentences written for these tests."""
from helpers import extract_json as extract


def _battles(tmp_path, text: str) -> list[dict]:
    return extract(tmp_path, text)["battles"]


def _names(tmp_path, text: str) -> list[str]:
    return [b["name"] for b in _battles(tmp_path, text)]


def test_an_interview_that_says_an_incident_happened_at_a_bridge_gives_that_incident(tmp_path):
    text = ("主持人:各位网友晚上好。八十年前,八字桥发生了事变,日军向中国守军开枪。\n"
            "主持人:王老先生,您当时在哪个部队?\n"
            "王德顺:我是88师262旅523团的,那时候我们团在江湾。\n")
    battles = _battles(tmp_path, text)
    assert [b["name"] for b in battles] == ["八字桥事变"]
    assert {u["name"] for u in battles[0]["units"]} >= {"第88师", "第262旅", "第523团"}


def test_a_fight_said_to_happen_at_a_village_gives_the_fight_of_that_village(tmp_path):
    text = ("老人回忆说,那年冬天,鬼子进村抢粮。那一场血战就发生在孙家庄,乡亲们都记得。"
            "新四军三师七旅的战士们守了一整天。\n")
    names = _names(tmp_path, text)
    assert names and names[0] in ("孙家庄战斗", "孙家庄之战")


def test_a_speech_that_says_fighting_broke_out_near_a_town_gives_its_fight(tmp_path):
    text = ("同志们:六十年前的今天,平型关一带爆发了激烈的战斗,八路军一一五师在这里伏击了日军。"
            "我们今天在这里纪念抗日战争中牺牲的先烈。\n")
    assert "平型关战斗" in _names(tmp_path, text)


def test_an_incident_of_peacetime_at_a_place_gives_no_battle(tmp_path):
    text = ("主持人:听众朋友们好。去年秋天,石桥镇发生了事件,两个村子为了争水打了起来。"
            "镇政府派人调解,事情很快平息了。\n")
    assert _names(tmp_path, text) == []


def test_a_date_line_that_names_no_fight_gives_no_battle(tmp_path):
    text = ("2015年9月3日,北京。今天是中国人民抗日战争胜利纪念日,天安门广场举行了纪念活动。"
            "老兵们坐在观礼台上,向人群挥手。\n")
    assert _names(tmp_path, text) == []


def test_years_back_from_the_day_the_text_writes_date_the_fight(tmp_path):
    text = ("今天是2005年8月13日,我们在这里纪念六十八年前的今天爆发的战斗。六十八年前的今天,"
            "日军在虹口向中国守军进攻,罗店发生了血战,第98师的官兵死守不退。\n")
    battles = _battles(tmp_path, text)
    assert battles and battles[0]["start"] == "1937-08-13"


def test_years_back_without_the_day_give_the_year_only(tmp_path):
    text = ("今年是2004年。六十年前,日军进犯衡阳,衡阳发生了激战,第10军坚守四十七天。\n")
    battles = _battles(tmp_path, text)
    assert battles and (battles[0]["start"] or "").startswith("1944")


def test_years_back_with_no_written_today_or_an_uncounted_many_give_no_date(tmp_path):
    from helpers import extract_jsonl
    for text in ("七十多年前,今天是2015年8月15日的那场战斗发生在台儿庄,第2集团军坚守。\n",
                 "六十年前,忻口发生了激战,第9军在这里抵抗日军。\n"):
        dates = [r for r in extract_jsonl(tmp_path, text) if r.get("kind") == "date"]
        assert not any(str(d["value"]["date"]).startswith("19") for d in dates)


def test_a_veteran_of_a_numbered_army_is_of_the_chinese_side(tmp_path):
    text = ("图为38军老兵赵振山在回忆抗日往事。七十年前,娘子关一带发生了战斗,38军的弟兄们和日军拼了三天。\n")
    units = extract(tmp_path, text)["units"]
    assert any(u["name"] == "第38军" and u["side"] == "CN" for u in units)


# a bilingual or retold story (a short account, then what became of the men): new sentences in the same shapes


def test_a_later_event_after_an_account_dated_by_its_year_does_not_date_the_fight(tmp_path):
    text = ("一九三八年,日军猛攻台儿庄。第31师坚守庄内,与日军激战,死守不退。"
            "一九四五年九月,师长池峰城在北平接受日军投降。\n")
    battles = _battles(tmp_path, text)
    assert battles and battles[0]["start"] == "1938"


def test_a_later_dated_attack_still_dates_the_fight(tmp_path):
    text = ("一九四一年,日军占领了宜昌。一九四二年五月,第18军向宜昌发起进攻,与日军激战,攻入城内。\n")
    battles = _battles(tmp_path, text)
    assert battles and battles[0]["start"].startswith("1942-05")


def test_the_leaders_elite_before_his_unit_is_no_name(tmp_path):
    text = ("一九三八年春,李宗仁精锐的第31师坚守台儿庄,与日军激战半月。\n")
    persons = [p["name"] for p in extract(tmp_path, text)["persons"]]
    assert "仁精锐" not in persons and "宗仁精锐" not in persons


def test_the_men_left_to_hold_a_post_and_the_officers_and_men_counted_are_strengths(tmp_path):
    from helpers import extract_jsonl
    text = ("第5军撤离县城后,仍留下三百人左右,据守城东的火车站。所谓千人敢死队,其实只有官兵二百六十一人。"
            "此役阵亡官兵一百二十人。\n")
    figs = [r["value"] for r in extract_jsonl(tmp_path, text) if r.get("kind") == "figure"]
    strength = {f["count"] for f in figs if f["kind"] == "strength"}
    assert {300, 261} <= strength and 120 not in strength


def test_a_writers_place_in_a_byline_is_no_place_of_the_fight(tmp_path):
    text = ("作者王明,台北历史教育作家。\n一九三九年,日军进攻昆仑关,第5军与日军激战,昆仑关战役持续一个月。\n")
    battles = _battles(tmp_path, text)
    assert battles and "台北" not in battles[0]["places"]
