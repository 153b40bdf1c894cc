"""Rules from round 25's diagnosis (a witness's diary in translation, a village's wiki entry); every sentence here is
written for the test (other cities, villages, units and names than the round's texts)."""
from helpers import extract_json as extract

from kangzhan.extract.mentions.dates import find_dates
from kangzhan.extract.mentions.figures import find_figures
from kangzhan.extract.mentions.units import find_units

DIARY = ("一位外國護士日記裡的九江\n\n"
         "7月26日,九江各界紀念活動在九江舉行。我們摘編了她的這段日記。\n\n"
         "1935年起她在九江一所教會醫院工作,戰後回國。\n\n"
         "1938年7月27日\n\n"
         "九江的戰鬥已經結束了,我上一次寫日記是在上星期六……\n\n"
         "在星期一,日本人的炮彈不斷落在江岸,守軍在城東一帶抵抗了一整天。星期一夜裡守軍撤退,"
         "渡江時成百人被淹死。\n\n"
         "在26日星期二早晨,日本兵從北面進入城市,到中午他們完全控制了九江。\n")


def test_a_diary_tells_the_fight_of_a_city_as_over_and_dates_it_by_weekdays(tmp_path):
    """A diarist's "X的战斗已经结束" is the fight of X; its days are the weekdays under the entry's heading date
    (星期一 the last Monday before it), not the memorial day of the editor's preface, the writer's job year, the
    heading itself or the day the last entry was written."""
    battles = extract(tmp_path, DIARY)["battles"]
    assert len(battles) == 1
    b = battles[0]
    assert "九江" in b["name"]
    assert (b["start"], b["end"]) == ("1938-07-25", "1938-07-26")
    assert "城市" not in {p["name"] for p in b["places"]}
    assert ("casualties", "CN", 100) in {(f["kind"], f["side"], f["count"]) for f in b["figures"]}


def test_a_meeting_over_in_a_city_is_no_fight(tmp_path):
    """…的会议已经结束: no fight word, no battle (the look-alike of the diary's "X的战斗已经结束")."""
    text = "1938年7月27日\n\n九江的会议已经结束了,各国代表昨天离开。我们在星期一见过他们。\n"
    assert extract(tmp_path, text)["battles"] == []


def test_weekdays_count_back_from_a_diary_heading_only():
    """上星期六 is the Saturday of the week before the heading date, a bare 星期二 the last Tuesday up to it; the
    weekday written right after a date (26日星期三) is that date's, and without a heading date alone on its line
    a weekday dates nothing."""
    text = "1938年10月27日\n\n我上次写信是在上星期六。在星期二,炮声不断。在26日星期三早晨,城门失守。"
    days = {d.text: d.value["date"].iso for d in find_dates(text)}
    assert days["上星期六"] == "1938-10-22" and days["星期二"] == "1938-10-25"
    assert "星期三" not in days
    inline = "1938年10月27日他来信说,星期二城里很平静。"
    assert all(d.text != "星期二" for d in find_dates(inline))


def test_thousands_drowned_is_a_loss_and_thousands_upon_thousands_no_count():
    """成千人被淹死: at least 1000 killed; 成千上万 (a headline's "countless") is no count."""
    figs = find_figures("守军撤退时渡船不足,成千人被淹死。")
    assert [(f.value["count"], f.value["qualifier"], f.value["category"]) for f in figs] == [(1000, "atLeast", "killed")]
    assert find_figures("成千上万的难民涌向码头。") == []


VILLAGE = ("共找到2條詞條名為和坪村的結果 展開\n\n"
           "和坪村\n\n"
           "河北省阜平縣某鄉下轄村\n\n"
           "和坪村基本情況\n\n"
           "全村180戶,700多口人,耕地560畝。\n\n"
           "抗戰歷史\n\n"
           "1941年9月3日,遭到八路軍“破襲戰”重創的日軍,派遣小林挺進隊600人偷襲駐紮在和坪村的晉察冀軍區第三軍分區機關。"
           "敵人從村東、村西兩路包圍過來,用機槍掃射,和坪村頓時陷入一片火海。"
           "留下來掩護群眾轉移的八路軍戰士,與敵展開了激烈的戰鬥。"
           "司令員在9月1日晚上已經轉移,使敵人合圍我軍機關的計劃落空。"
           "戰鬥中,48名軍民慘遭殺害。\n")


def test_a_village_entry_tells_the_raid_on_its_village(tmp_path):
    """A village's entry: the village its title names is the place (whatever its first character: 和), no man
    inside its name; the battle named as the blow the enemy had suffered is a look back; the leader-named raiding
    party and its men (派遣X挺进队N人), the soldiers and people killed (N名军民惨遭杀害) are the fight's; the day the
    commander left before it, in the clause of the foiled plan, dates nothing."""
    facts = extract(tmp_path, VILLAGE)
    assert [b["name"] for b in facts["battles"]] in (["和坪村战斗"], ["和坪战斗"])  # 和坪村战斗 its other name
    b = facts["battles"][0]
    assert b["start"] == "1941-09-03"
    assert "和坪村" in {p["name"] for p in b["places"]}
    assert ("JP", "小林挺进队") in {(u["side"], u["name"]) for u in b["units"]}
    figs = {(f["kind"], f["side"], f["count"]) for f in b["figures"]}
    assert ("strength", "JP", 600) in figs and ("casualties", "CN", 48) in figs
    assert not any("坪村" in p["name"] for p in facts["persons"])


def test_villagers_killed_alone_and_a_party_without_a_leader_name_are_none():
    """N名村民惨遭杀害 counts civilians (no soldiers among them): no battle loss; 小股挺进队 names no leader."""
    assert find_figures("日军进村后,30名村民惨遭杀害。") == []
    assert find_units("日军派遣小股挺进队袭击村庄。") == []


def test_a_battle_that_dealt_the_blow_is_still_the_one_told(tmp_path):
    """X战役重创日军 (the battle as the subject that deals the blow) is no look back: it stays the battle told."""
    text = ("1940年8月20日,八路军发动百团大战,重创日军。各部队破袭正太铁路,攻克据点数十处,"
            "毙伤日伪军两万余人。\n")
    names = [b["name"] for b in extract(tmp_path, text)["battles"]]
    assert "百团大战" in names


def test_a_diary_day_the_enemy_entered_the_city_ends_the_fight_implied_from_it(tmp_path):
    """A fight implied from its city (bombing, shelling, the defenders resisting) takes its dates from the sentences
    that name the city, and from those that tell the enemy bombing or entering "the city" unnamed (轰炸城区, 进入城市)."""
    text = ("一位美國牧師筆下的信陽陷落\n\n一位美國牧師筆下的信陽陷落\n\n"
            "10月12日,信陽各界紀念活動在信陽舉行。\n\n"
            "1938年10月14日\n\n信陽的戰鬥已經結束了。\n\n"
            "在星期二,日本人的飛機不斷轟炸城區,炮彈落在車站,守軍在城東一帶抵抗了一整天。星期二晚上守軍開始撤退,"
            "許多士兵向南退去,渡河時成百人被淹死。\n\n"
            "在12日星期三上午,日本兵從北門進入城市,到中午他們已經完全控制了全城……\n")
    battles = extract(tmp_path, text)["battles"]
    assert len(battles) == 1 and "信阳" in battles[0]["name"]
    assert (battles[0]["start"], battles[0]["end"]) == ("1938-10-11", "1938-10-12")
