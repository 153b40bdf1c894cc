"""A log of one year's small fights (作战日志, a unit history's 战斗纪要, a 大事记 of one year): each line opens with its
own date and tells one event, maybe with numbered sub-items under the day ("1940年3月5日,(1)…" then "2)…"). Each
entry that tells a fight is a fight of its own, named after the site of its action (在X地区粉碎…, 在Y附近设伏, 袭击Z),
dated by the entry (a sub-item by the day above it), with only its own units and figures. A copied page may lose the
年 and 月 of the dates (194035日 = 1940年3月5日): read where the digits split into one valid day. A narrative whose
dated paragraphs write other years inside them is no log. Checked on texts written for the test (none is taken
from the held-out texts)."""
from helpers import extract_json as extract

from kangzhan.extract.mentions.dates import find_dates
from kangzhan.extract.mentions.figures import find_figures

# an operations log whose page lost 年 and 月, with numbered sub-items under a day
LOG = ("某军区作战日志(二)\n\n"
       "1940315日,县独立营在东乡柳河镇以北槐树坪地区粉碎日军进攻,毙日军17人。\n\n"
       "1940318日,军区第三团一部夜袭黄石县城日军据点,击毙日军6人。\n\n"
       "19404 2日,(1)军区第五团第一营在青河县以东石榴湾附近设伏,毙日军9人,伤日军4人。\n"
       "2)民兵一部在北山县芦苇荡袭击伪军运输队,缴获大车3辆。\n\n"
       "19404 9日,军区游击大队在西平县杏子沟地区粉碎日伪军600余人的“扫荡”,毙伤日伪军30余人。\n")

# a unit history's chronicle of one year, dates written out, in a full sentence style
CHRONICLE = ("第十七团战斗纪要\n\n"
             "1942年2月3日,第十七团第二营在沙河县以南梨花堡附近伏击日军车队,击毙日军21人。\n"
             "1942年2月20日,第十七团一部奉命休整,开展练兵运动。\n"
             "1942年3月11日,第十七团第一营在清水县白杨集地区抗击日军,毙伤日军40余人。\n"
             "1942年4月6日,第十七团第三营袭击东台县城外日军据点,俘伪军15人。\n")

# a story told in dated paragraphs: each paragraph writes other years and days inside it; one fight, not a log
STORY = ("老兵的回忆\n\n"
         "1938年春天,他参加了游击队。1938年5月,部队开到北山一带,在黄土岭伏击日军,击毙日军30人。\n"
         "1939年1月,部队转移到南河。1939年3月,他负了伤,在后方医院养伤半年。\n"
         "1940年8月,他回到部队,1940年9月升任排长。\n")


def _by_name(facts: dict) -> dict[str, dict]:
    return {b["name"]: b for b in facts["battles"]}


def _counts(b: dict) -> set[int]:
    return {f["count"] for f in b["figures"]}


def test_glued_dates_are_read_where_they_split_one_way():
    got = {m.text: m.value["date"].iso for m in find_dates(LOG)}
    assert got["1940315日"] == "1940-03-15"
    assert got["19404 2日"] == "1940-04-02"
    glued = {m.text: m.value["date"].iso for m in find_dates("19417\n  本月,某村民兵伏击日军。\n19397月下旬,某部出击。\n")}
    assert glued["19417"] == "1941-07"  # a month heading alone on its line
    assert glued["19397月下旬"] == "1939-07"
    # 1939123日 may be 1月23日 or 12月3日: no date; nor digits inside a line
    assert not [m for m in find_dates("1939123日,某部出击。\n") if m.text.startswith("1939")]
    assert not [m for m in find_dates("该部共有1939723日元经费。") if m.text.startswith("1939")]


def test_each_entry_of_an_operations_log_is_a_fight_at_its_site(tmp_path):
    bs = _by_name(extract(tmp_path, LOG))
    assert {"槐树坪战斗", "黄石战斗", "石榴湾战斗", "芦苇荡战斗", "杏子沟反扫荡"} <= set(bs)
    assert bs["槐树坪战斗"]["start"] == "1940-03-15"
    assert _counts(bs["槐树坪战斗"]) == {17}
    assert bs["石榴湾战斗"]["start"] == "1940-04-02"
    assert _counts(bs["石榴湾战斗"]) == {9, 4}  # 毙日军9人,伤日军4人: the tally's wounded too
    assert bs["芦苇荡战斗"]["start"] == "1940-04-02"  # the sub-item takes the day above it
    assert 9 not in _counts(bs["芦苇荡战斗"])
    assert bs["杏子沟反扫荡"]["start"] == "1940-04-09"  # a sweep fought against


def test_each_fighting_entry_of_a_one_year_chronicle_is_its_own_fight(tmp_path):
    bs = _by_name(extract(tmp_path, CHRONICLE))
    assert {"梨花堡战斗", "白杨集战斗"} <= set(bs)
    assert bs["梨花堡战斗"]["start"] == "1942-02-03"
    assert _counts(bs["梨花堡战斗"]) == {21}
    assert bs["白杨集战斗"]["start"] == "1942-03-11"
    assert _counts(bs["白杨集战斗"]) == {40}
    assert not any("练兵" in n for n in bs)  # the entry without fighting is no battle


def test_a_story_in_dated_paragraphs_is_no_log(tmp_path):
    bs = _by_name(extract(tmp_path, STORY))
    assert len(bs) <= 1  # one ambush, not one fight per paragraph
    assert not any(n.startswith("南河") for n in bs)


# a county annal's paragraphs, one per year (a memorial's or an encyclopedia's summary): the fight of each, at the
# place of its action (夜袭驻扎在X的日军: where the enemy stood), dated by the paragraph's opening date
ANNAL = ("某县抗战纪事\n\n"
         "1939年4月3日,日军侵占河口镇。当晚,县保安团一个连夜袭驻扎在青石岭的日军,毙敌8人。次年春,乡民在青石岭立碑纪念。\n\n"
         "1940年6月10日,游击队在白水县黑松林一带伏击日军运输队,击毙日军12人。\n\n"
         "1941年2月,县政府迁往山区。\n")


def test_an_annal_entry_fight_is_at_its_action_and_starts_on_the_entry_date(tmp_path):
    bs = _by_name(extract(tmp_path, ANNAL))
    assert {"青石岭战斗", "黑松林战斗"} <= set(bs)
    assert bs["青石岭战斗"]["start"] == "1939-04-03"  # not the 次年 of the memorial stone
    assert bs["黑松林战斗"]["start"] == "1940-06-10"
    assert _counts(bs["黑松林战斗"]) == {12}
    assert not any(n.startswith("山区") or "县政府" in n for n in bs)


def test_a_tally_counts_the_enemy_wounded_as_the_killed():
    # a news report's tally and a log's: 击伤 and a lone 伤 before the side wounded are the verb of the wounded
    got = {(m.value["count"], m.value["category"], m.value["side"])
           for m in find_figures("本报讯 我军击毙日军10人,击伤日军13人,缴获步枪5支。")}
    assert {(10, "killed", "JP"), (13, "wounded", "JP")} <= got
    got = {(m.value["count"], m.value["category"]) for m in find_figures("毙伪军6人,伤伪军11人,俘3人。")}
    assert {(6, "killed"), (11, "wounded"), (3, "captured")} <= got
    got = {(m.value["count"], m.value["category"]) for m in find_figures("毙伤日军第三师团一部80余人。")}
    assert (80, "killedAndWounded") in got
    # no wounding in a wound's word (伤口, 伤员) nor in a count of aircraft hit
    assert all(m.value["category"] != "wounded" for m in find_figures("他身上的伤口有3处,伤员都送往后方。"))
