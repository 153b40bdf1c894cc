"""Facts of a found fight (session 20, category c5): units written as short designations, and losses told in a
clause order other than verb + count. Texts written for these tests."""

from __future__ import annotations

from helpers import extract_json as extract

from kangzhan.extract.mentions.figures import find_figures
from kangzhan.extract.mentions.units import find_units


def unit_keys(text: str) -> dict[str, str | None]:
    return {m.value["key"]: m.value.get("cue") for m in find_units(text)}


def losses(text: str) -> set[tuple[str | None, int, str]]:
    return {(m.value["side"], m.value["count"], m.value["category"])
            for m in find_figures(text) if m.value["kind"] == "casualties"}


# --- units: a qualifier glued to a bare numeral and an echelon is one unit's designation, named as written

def test_a_duty_or_service_before_a_bare_numeral_is_one_unit():
    # chronicle entry
    keys = unit_keys("1942年5月,某军分区警卫七团和保安八大队在东河滩伏击日军运输队。")
    assert keys.get("警卫七团") == "CN" and keys.get("保安八大队") == "CN"
    # news: a chain of parents and the duty battalion last
    keys = unit_keys("据记载,八路军第一二九师教导四旅特务五营200余名战士在某村坚守阵地。")
    assert "教导四旅" in keys and "特务五营" in keys


def test_the_veterans_nickname_of_a_regiment_is_a_unit():
    # memoir, spoken
    keys = unit_keys("老人说,他是老九团的,那年老九团跟鬼子在河湾里打了一整天。")
    assert "老九团" in keys


def test_an_arms_one_character_before_a_bare_numeral_names_the_unit_as_written():
    # narrative: no leader's title after it, yet a designation (a count would be 两个骑兵军)
    keys = unit_keys("敌人冲到渡口,与骑五军的一个排迎面相撞。")
    assert keys.get("骑五军") == "CN"
    keys = unit_keys("荣三师师长某某率部死守北门。")
    assert "荣三师" in keys


def test_counts_and_words_are_no_short_designation():
    keys = unit_keys("全军上下团结一致,老三团结起来的人心没有散。敌人调来三个营和两个骑兵团。")
    assert not any(k.startswith("老三") for k in keys)
    assert not any(k in ("三营", "特务三营") for k in keys)
    # a list of items: 一、二 opening lines are numbering, not units
    keys = unit_keys("一、警卫工作\n二、保安工作\n")
    assert not keys


# --- losses: 把 before the kill verb, a side's part after 其中, the fallen heroes counted

def test_the_enemy_put_before_the_kill_verb_by_ba_is_the_dead():
    # memoir, spoken
    assert ("JP", 5, "killed") in losses("我们摸进炮楼,一梭子把五个鬼子都打死了,伪军全投降了。")
    # look-alike: 把 + enemy + a verb of taking away is no loss
    assert not losses("我们把五个鬼子押回了村里。")


def test_a_part_of_a_loss_told_with_qizhong_is_that_sides():
    # chronicle entry
    got = losses("是役毙伤敌500余人,其中日军160余人。")
    assert ("JP", 500, "killedAndWounded") in got and ("JP", 160, "killedAndWounded") in got
    # look-alike: 其中 without a side word names no part
    assert len(losses("是役毙伤敌500余人,其中不少是军官。")) == 1


def test_counted_heroes_who_gave_their_lives_are_the_writers_own_killed():
    # stele inscription
    assert ("CN", 27, "killed") in losses("此役我军伤亡六十余人,某团27位英烈为国捐躯。")
    # news on a reburial: the place of the death between the verb and the count
    assert ("CN", 60, "killed") in losses("80年前牺牲在某岭的六十余名无名抗日英烈将迁葬于此。")
    # look-alike: a cemetery's count of graves' visitors is no loss
    assert not losses("今年清明,共有300余名群众来到烈士陵园祭扫英烈。")


def test_a_found_fight_takes_the_short_unit_and_the_losses(tmp_path):
    text = ("1941年3月8日,日军500余人进犯某镇。骑五军军长某某闻讯,即派兵于石门桥阻击。"
            "战斗中毙敌300多人,其中日军120多人。我方也伤亡80多人,骑五军27位英烈为国捐躯。\n")
    out = extract(tmp_path, text)
    b = next(b for b in out["battles"] if "石门桥" in b["name"])
    assert any(u["name"] == "骑五军" and u["side"] == "CN" for u in b["units"])
    got = {(c["side"], c["count"]) for c in b["figures"] if c["kind"] == "casualties"}
    assert {("JP", 120), ("CN", 27)} <= got


def test_a_short_designation_the_text_also_writes_in_full_is_that_unit():
    # encyclopedia-style: the full designation first, the short form after it
    keys = unit_keys("骑兵第五军奉命东调。三月,骑五军在某河东岸阻击日军。")
    assert "骑五军" not in keys and "骑兵第5军" in keys


def test_the_martyrs_resting_in_a_cemetery_are_no_loss_of_the_fight():
    # a memorial page: the graves counted, after the fight's own loss
    got = losses("我抗日战士牺牲21人,安葬于村北,后有3位烈士被移葬故土,现尚有18位烈士长眠于此。")
    assert not any(c == 18 for _s, c, _k in got)  # (a look-alike: 烈士 + 长眠 is a burial, not a death)
