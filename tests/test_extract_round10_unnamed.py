"""Round 10 unnamed accounts: the fight is named after the place attacked, not where the force camps; a sweep
account that names no battle is the counter-sweep of its place.

A diary or a memoir tells a night attack without naming it: the force gathers or camps at a village
(集结于X, 宿营X) and from there attacks a town (袭击Y, 进攻Y, 夜袭Y); histories name the fight after the town
attacked (Y战斗). A report of a Japanese sweep (扫荡, 清乡) that the local force resisted (反扫荡) names no battle
either: it is the counter-sweep of the place it keeps coming back to (X反扫荡). Each text is written for this test
(no name, number or place of the held-out texts), run through `kangzhan extract` as a user would.
"""

from __future__ import annotations

from helpers import extract_json, extract_jsonl

DIARY = (
    "1940年8月\n\n  8月3日\n\n  黄昏时,全部进到李家寨。第一营即位置于李家寨作预备队。"
    "第二营由我带领,经王庄袭击沙河,于夜十时开始战斗,受阻于敌之铁丝网,敌人向我猛烈射击。"
    "拂晓撤出,回到李家寨早餐。\n\n  8月4日\n\n  部队撤回东岭一带休整。\n"
)

MEMOIR = (
    "1941年3月5日,八路军第五支队集结于高家堡,准备夜袭临城。当晚部队从高家堡出发,进攻临城东关,"
    "与守敌激战两小时,敌人的机枪火力很猛,我们伤亡了一些同志,次日返回高家堡休整。\n"
)

SWEEP = (
    "日军自去年十月起对“游击队”根据地进行所谓“扫荡”。本县北乡的游击队与八路军部队一起坚持斗争,"
    "以陈家湾为大本营,在黄村、石桥一带活动。去年十一月,日军调集大军来青县,会同驻军大举进攻,"
    "企图一鼓“扫荡”。游击队化整为零,展开反“扫荡”,青县日军终无所获。青县北乡至今仍在游击队手中。\n"
)


def _battles(facts: dict) -> dict[str, dict]:
    return {b["name"]: b for b in facts["battles"]}


def test_a_diary_night_attack_is_named_after_the_town_attacked_not_the_camp(tmp_path):
    battles = _battles(extract_json(tmp_path, DIARY))
    assert list(battles) == ["沙河战斗"]
    assert battles["沙河战斗"]["named_in_text"] is False
    assert {"李家寨", "沙河"} <= {p["name"] for p in battles["沙河战斗"]["places"]}


def test_a_diary_month_heading_is_refined_by_its_first_entry_day(tmp_path):
    """1940年8月 heads the page, 8月3日 the entry that tells the fight: the battle starts on the day."""
    assert _battles(extract_json(tmp_path, DIARY))["沙河战斗"]["start"] == "1940-08-03"
    journal = "1943年10月\n\n10月12日 晴\n\n八路军第二团夜袭柳镇,柳镇守敌向我猛烈射击,我团激战至拂晓撤出,伤亡十余人。\n"
    assert [b["start"] for b in extract_json(tmp_path, journal)["battles"]] == ["1943-10-12"]


def test_an_attack_launched_from_an_assembly_village_is_named_after_its_target(tmp_path):
    battles = _battles(extract_json(tmp_path, MEMOIR))
    assert list(battles) == ["临城战斗"]
    assert battles["临城战斗"]["start"] == "1941-03-05"


def test_a_sweep_account_that_names_no_battle_is_the_counter_sweep_of_its_place(tmp_path):
    battles = _battles(extract_json(tmp_path, SWEEP))
    assert list(battles) == ["青县反扫荡"]
    b = battles["青县反扫荡"]
    assert b["named_in_text"] is False
    assert {"青县战斗", "青县扫荡"} <= set(b["alt_labels"])
    assert any("8路军" in u["name"] or "八路军" in u["name"] for u in b["units"])


def test_a_surname_glued_to_the_word_before_is_no_name_before_a_unit(tmp_path):
    """自从得八路军派人训练: 从 closes 自从, so 从得 is no person commanding 八路军; 王振东的第十团 still is a name."""
    text = ("各县民团自从得八路军派人训练后,战术大有进步,日军多次进攻均被击退。"
            "那一带的乡民自从得第五师的支援后,纷纷组织起来。王振东的第十团在村东阻击日军。\n")
    facts = extract_json(tmp_path, text)
    names = {p["name"] for p in facts["persons"]}
    assert "从得" not in names
    assert "王振东" in names


def test_last_year_in_a_dated_report_is_the_year_before_its_date(tmp_path):
    """A report headed 1941年3月2日 tells of 去年十月下旬: 1940-10; 十二月初 after it stays in 1940; a second 去年 is 1940
    too, and so is one after a year told of (1939年); 失去年轻的 is no date."""
    text = ("本报讯(1941年3月2日) 日军自去年十月下旬起,对游击区反复进攻,十二月初又增兵来犯,"
            "许多战士失去年轻的生命。去年十二月底,敌军撤走。此地在1939年已被占领,去年五月又遭扫荡。\n")
    dates = [m["value"]["date"] for m in extract_jsonl(tmp_path, text) if m["kind"] == "date"]
    assert dates == ["1941-03-02", "1940-10", "1940-12", "1940-12", "1939", "1940-05"]


def test_the_head_count_of_a_force_is_its_strength(tmp_path):
    """人数约一千余人 after the units stationed somewhere: the force's strength, on the side of its units."""
    text = ("1942年5月,八路军第三团驻在柳村一带,人数约一千余人。"
            "新四军两个营开到河口,人数约八百余人。伤亡人数约六百人。\n")
    figs = [m["value"] for m in extract_jsonl(tmp_path, text) if m["kind"] == "figure"]
    strength = sorted((f["side"], f["count"]) for f in figs if f["kind"] == "strength")
    assert strength == [("CN", 800), ("CN", 1000)]


def test_columns_named_after_their_commanders_are_units(tmp_path):
    """李支队, 刘纵队 (a surname), 振华纵队 (a given name): Chinese units; 挺进纵队, 游击支队 are kinds, not names."""
    text = ("当夜,李支队与刘纵队一部配合振华纵队,向县城发起进攻,挺进纵队和游击支队在城外警戒,第一纵队为预备队。"
            "全师分为两个纵队,右纵队攻城,但左纵队进展迟缓。\n")
    units = {(m["value"]["key"], m["value"]["side"]) for m in extract_jsonl(tmp_path, text) if m["kind"] == "unit"}
    assert {("李支队", "CN"), ("刘纵队", "CN"), ("振华纵队", "CN")} <= units
    assert not any(k in ("游击支队", "挺进纵队", "击支队", "右纵队", "左纵队", "但左纵队") for k, _ in units)


def test_clan_villages_on_a_route_and_closing_a_list_are_places(tmp_path):
    """经孟庄袭击: the village on the attack's route; 石坪、柳湾、杜村一带: a list closed by a clan village and a locative,
    every item a place; 城市、农村一带 stays no list of villages."""
    text = ("1943年6月,八路军一个营经孟庄袭击县城。县城以北,以及石坪、柳湾、杜村一带,均有民兵潜伏。"
            "城市、农村一带的群众都支援部队。\n")
    places = {m["value"]["name"] for m in extract_jsonl(tmp_path, text) if m["kind"] == "place"}
    assert {"孟庄", "石坪", "柳湾", "杜村"} <= places
    assert not places & {"农村", "城市"}


def test_the_short_forms_of_named_formations_are_units_but_not_inside_a_word(tmp_path):
    """“江抗” (江南抗日义勇军) and 抗联 (东北抗日联军), the short forms histories use, are Chinese units; 长江抗日 is none."""
    text = ("“江抗”部队与新四军在沿江各县共同活动。抗联一部袭击了日军据点。"
            "长江抗日游击队的活动也很活跃。\n")
    units = [(m["value"]["key"], m["value"]["side"], m["start"]) for m in extract_jsonl(tmp_path, text)
             if m["kind"] == "unit"]
    keys = {(k, s) for k, s, _ in units}
    assert {("江抗", "CN"), ("抗联", "CN")} <= keys
    assert [k for k, _, _ in units].count("江抗") == 1


def test_a_diarys_unmarked_loss_of_the_fight_told_the_day_before_is_the_narrators(tmp_path):
    """昨晚战斗共伤亡十二名 in the next entry, no side word: the diarist's own (我们 attacked 敌 the night before);
    a loss marked 敌 stays the enemy's."""
    text = ("1941年9月\n\n9月8日\n\n我们于夜间向柳镇发起攻击,敌人凭工事顽抗,我团激战至拂晓。\n\n"
            "9月9日\n\n部队撤回后山休整。昨晚战斗共伤亡十二名。据俘虏供称,敌伤亡二十余名。\n")
    figs = [m["value"] for m in extract_jsonl(tmp_path, text) if m["kind"] == "figure"]
    losses = sorted((f["side"] or "?", f["count"]) for f in figs if f["kind"] == "casualties")
    assert ("CN", 12) in losses
    assert ("JP", 20) in losses


def test_a_name_after_a_title_is_kept_though_title_and_surname_make_a_word(tmp_path):
    """军长石志远的第九军: 长石 is a word (feldspar), yet 石志远 after the title 军长 is a name."""
    text = "1940年3月,军长石志远的第九军在河口一带阻击日军,激战三日。\n"
    names = {p["name"] for p in extract_json(tmp_path, text)["persons"]}
    assert "石志远" in names
