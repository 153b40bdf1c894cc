"""Units, their side and who led them as texts other than battle narratives write them (biographies, county party
histories, news): the order-of-battle notation UNIT + NAME + 部, a duty regiment of a numbered army, a county's own
force, 集团 that is no army group, a small force's head count, an appointment by transfer. Invented sentences."""

from __future__ import annotations

from helpers import extract_json as extract


def _commands(facts: dict) -> set[tuple[str, str]]:
    return {(c["person"], c["unit"]) for c in facts["commands"]}


def _units(facts: dict) -> set[tuple[str, str]]:
    return {(u["name"], u["side"]) for u in facts["units"]}


def test_a_name_between_a_unit_and_bu_commands_it_even_after_a_duty_regiment_or_a_numbered_division(tmp_path):
    text = ("石门城防战\n1944年6月,日军进攻石门。城防兵力计第七集团军教导团王大明部,补充团赵小山部及战前赶到之"
            "一二三师四五六团孙立人部。\n")
    facts = extract(tmp_path, text)
    assert {("王大明", "第七集团军教导团"), ("赵小山", "补充团"), ("孙立人", "第456团")} <= _commands(facts)
    assert {("第七集团军教导团", "CN"), ("补充团", "CN")} <= _units(facts)


def test_a_regiments_headquarters_after_the_unit_is_no_name(tmp_path):
    text = "石门城防战\n1944年6月,日军进攻石门。第七集团军教导团团部设在城北,补充团营部设在城南。\n"
    facts = extract(tmp_path, text)
    assert facts["commands"] == []


def test_a_duty_regiment_of_a_named_army_keeps_its_short_name(tmp_path):
    text = "黄岗战斗\n1941年5月,日军进攻黄岗。八路军特务团奉命坚守黄岗。\n"
    facts = extract(tmp_path, text)
    assert ("特务团", "CN") in _units(facts)


def test_jituan_without_jun_is_no_army_group(tmp_path):
    text = ("柳河扫荡\n1942年4月,伪治安军出动第三、第五两个集团(每集团辖2个团),对柳河一带进行扫荡。"
            "八路军与敌激战于柳河。\n")
    facts = extract(tmp_path, text)
    names = {u["name"] for u in facts["units"]}
    assert "第3集团军" not in names and "第5集团军" not in names


def test_an_army_group_written_whole_is_still_one(tmp_path):
    text = "南岭战斗\n1940年3月,第三集团军一部在南岭与日军激战。\n"
    facts = extract(tmp_path, text)
    assert ("第3集团军", "CN") in _units(facts)


def test_a_battalion_of_a_county_force_is_chinese_and_its_leader_too(tmp_path):
    text = ("杨家店战斗\n1942年5月,东平县基干队第二大队由队长郑长林带领两个中队30余人进驻杨家店。次日拂晓,"
            "日伪军包围杨家店,基干队奋起还击。\n")
    facts = extract(tmp_path, text)
    assert ("第2大队", "CN") in _units(facts)
    assert ("郑长林", "第2大队") in _commands(facts)
    battle = next(b for b in facts["battles"] if b["name"] == "杨家店战斗")
    assert any(f.get("count") == 30 for f in battle.get("figures", [])), battle.get("figures")


def test_a_japanese_battalion_stays_japanese(tmp_path):
    text = "杨家店战斗\n1942年5月,日军第二大队进攻杨家店,县基干队奋起还击。\n"
    facts = extract(tmp_path, text)
    assert ("第2大队", "JP") in _units(facts)


def test_a_count_of_men_per_company_is_no_strength(tmp_path):
    text = "杨家店战斗\n1942年5月,日军进攻杨家店。全县有两个中队,每中队30余人,奋起还击。\n"
    facts = extract(tmp_path, text)
    battle = next(b for b in facts["battles"] if b["name"] == "杨家店战斗")
    assert not any(f.get("count") == 30 for f in battle.get("figures", []))


def test_a_county_volunteer_guerrilla_battalion_keeps_its_county(tmp_path):
    text = ("河口战斗\n1940年3月,日寇进犯河口,新兴县义勇游击大队据守河口,击退敌人。\n")
    facts = extract(tmp_path, text)
    assert ("新兴县义勇游击大队", "CN") in _units(facts)


def test_a_transfer_to_a_post_makes_the_man_its_head(tmp_path):
    text = ("1943年12月,周振华调任第九集团军教导团团长。1944年6月,日军进攻石门,教导团在城北坚守,"
            "石门保卫战打响。\n")
    facts = extract(tmp_path, text)
    assert ("周振华", "第九集团军教导团") in _commands(facts)
    assert {u["name"] for u in facts["units"]} == {"第九集团军教导团"}  # the short name again is the same regiment


def test_a_double_spaced_page_whose_blank_lines_hold_spaces_is_still_wrapped():
    from kangzhan.text.wraps import find_wraps

    lines = ["第四章 守城", " ", "  民国三十三年六月,日军由北面来犯,守城兵力计第七集", "团军教导团及新到之两个补充团,依托城墙工事与日军激战了",
             "三昼夜,毙伤敌军甚众,日军攻城不下,终于向北撤退,石门", "城防战遂告结束,守城部队伤亡亦重,城内民房多毁于炮火。",
             " ", " ", "  次年春,守城部队奉命移防。", " "]
    text = "\n\n".join(lines) + "\n"
    assert any(text[a - 1:b + 1] == "集\n\n团" for a, b in find_wraps(text))
    # the look-alike: short paragraphs between blank lines of spaces, no page width
    assert find_wraps("第四章 守城\n\n \n\n守城部队奋勇作战。\n\n \n\n日军撤退。\n\n \n\n城内民房多毁。\n") == []


def test_men_led_by_a_leader_are_a_small_forces_strength_and_a_volunteer_armys_men_no_civilians(tmp_path):
    text = ("孤山子战斗\n1932年5月,李长河率领吉东民众自卫军第十二路军2000余人进驻孤山子,与日伪军激战。"
            "区长赵德带领40余人赶来增援。\n")
    facts = extract(tmp_path, text)
    battle = next(b for b in facts["battles"] if b["name"] == "孤山子战斗")
    counts = {f["count"] for f in battle.get("figures", []) if f["kind"] == "strength"}
    assert 2000 in counts


def test_civilians_led_away_are_no_strength(tmp_path):
    text = "孤山子战斗\n1932年5月,日伪军进攻孤山子。村长带领群众300余人转移到山里。\n"
    facts = extract(tmp_path, text)
    battle = next(b for b in facts["battles"] if b["name"] == "孤山子战斗")
    assert not any(f["count"] == 300 for f in battle.get("figures", []))


def test_jituan_before_an_army_groups_command_post_is_the_army_group_cut_short(tmp_path):
    text = "北口战役\n1937年8月,李振华被任命为第9集团前敌总指挥,负责北口防御。日军进攻北口,我军苦守一周。\n"
    facts = extract(tmp_path, text)
    assert ("第9集团军", "CN") in _units(facts)


def test_duty_regiments_counted_in_an_establishment_are_no_unit(tmp_path):
    text = "石门战斗\n1944年6月,日军进攻石门。第九军下辖三个师,军直属队有两个步兵补充团,守军坚守石门。\n"
    facts = extract(tmp_path, text)
    assert not any("补充团" in u["name"] for u in facts["units"])
