"""Figures in the forms of war reports, tallies and summaries (战报, 统计, 史话): the enemy post wiped out (守敌N被我消灭),
N人被全歼, enumerated cues (击毙、击伤), a colon after the cue (战死:N名), a lone 伤 in a tally, 敌兵, long 以下 chains,
伤亡、走失, 已过N / 约为N, Arabic counts after 总数, sums (合计N), and the whole war's figures kept from any battle.
New sentences, through `kangzhan extract --format jsonl`."""
from helpers import extract_json, extract_jsonl


def _figs(tmp_path, text: str) -> set[tuple]:
    return {(m["value"]["kind"], m["value"]["category"], m["value"]["side"], m["value"]["count"],
             m["value"]["qualifier"]) for m in extract_jsonl(tmp_path, text) if m["kind"] == "figure"}


def test_enemy_post_wiped_out_by_us_counts_his_killed(tmp_path):
    got = _figs(tmp_path, "九月三日夜,我独立团突袭石门镇,守敌共三百余,被我完全消灭。"
                          "同时我二营攻占王家庄据点,守敌八十余亦被我歼灭。"
                          "另一路攻李家寨,守敌二百余,被我击退。\n")
    assert ("casualties", "killed", "JP", 300, "atLeast") in got
    assert ("casualties", "killed", "JP", 80, "atLeast") in got
    assert not any(f[3] == 200 for f in got)  # driven off, not destroyed


def test_counted_men_wiped_out_after_their_count(tmp_path):
    got = _figs(tmp_path, "1944年秋,据守平安街的日军1260人被全歼;困守河口的伪军400余人被歼灭。"
                          "而日军2000人被击退。\n")
    assert ("casualties", "killed", "JP", 1260, "exact") in got
    assert ("casualties", "killed", "JP", 400, "atLeast") in got
    assert not any(f[3] == 2000 and f[0] == "casualties" for f in got)


def test_enumerated_cues_and_enemy_soldiers(tmp_path):
    got = _figs(tmp_path, "是役击毙、击伤日军1870人,生俘敌兵七名;翌日击毙和击伤伪军320余人,歼敌四十余。\n"
                          "战后清点,发现敌兵尸体,无从计数。\n")
    assert ("casualties", "killedAndWounded", "JP", 1870, "exact") in got
    assert ("casualties", "captured", "JP", 7, "exact") in got
    assert ("casualties", "killedAndWounded", "JP", 320, "atLeast") in got
    assert ("casualties", "killed", "JP", 40, "atLeast") in got


def test_tally_with_colons_and_a_lone_wounded_count(tmp_path):
    got = _figs(tmp_path, "日军第九师团损失统计如下:战死:1843名,战伤:4410名。\n"
                          "守城的中国军队官兵阵亡2310人,伤4800余人。\n"
                          "伤员送往后方,伤口多已感染。\n")
    assert ("casualties", "killed", "JP", 1843, "exact") in got
    assert ("casualties", "wounded", "JP", 4410, "exact") in got
    assert ("casualties", "wounded", "CN", 4800, "atLeast") in got
    assert ("casualties", "killed", "CN", 2310, "exact") in got


def test_infobox_key_with_colon_is_left_to_the_infobox(tmp_path):
    got = _figs(tmp_path, "宁武战役\n伤亡：中国军队约6000人；日军约2000人\n")
    assert ("casualties", "casualties", "CN", 6000, "about") in got
    assert ("casualties", "casualties", "JP", 2000, "about") in got


def test_long_chain_before_below(tmp_path):
    got = _figs(tmp_path, "是役共击毙日军第58师团独立步兵第106大队长山本一郎少佐以下官兵1100余人,俘获12人。\n"
                          "又毙伤敌第3联队第2大队长以下300余人。\n")
    assert ("casualties", "killed", "JP", 1100, "atLeast") in got
    assert ("casualties", "killedAndWounded", "JP", 300, "atLeast") in got


def test_casualties_and_stragglers_and_passed_counts(tmp_path):
    got = _figs(tmp_path, "激战至黄昏,第201旅伤亡、走失人员已过1500。\n"
                          "第45师伤亡及走失官兵约为3000人。\n")
    assert ("casualties", "casualtiesAndMissing", "CN", 1500, "atLeast") in got
    assert ("casualties", "casualtiesAndMissing", "CN", 3000, "about") in got


def test_arabic_count_after_total_word(tmp_path):
    got = _figs(tmp_path, "1938年,中国方面先后投入42个师,兵力总数40万人以上。参战人数3000余人的日军支队随后赶到。\n"
                          "日军数万人来犯。\n")
    assert ("strength", "strength", "CN", 400000, "atLeast") in got
    assert not any(f[3] == 10000 for f in got)  # 数万: no count


def test_a_sum_after_losses_is_their_sum(tmp_path):
    got = _figs(tmp_path, "此役我军阵亡1240人,负伤2650人,合计3890人。\n"
                          "日军伤亡已达8300人;其后两周伤亡约为5000人;两项合计约为1.3万人。\n"
                          "我军伤亡300人,日军合计伤亡2000人。\n")
    assert ("casualties", "casualties", "CN", 3890, "exact") in got
    assert ("casualties", "casualties", "JP", 13000, "about") in got
    assert not any(f[0] == "strength" for f in got)
    assert ("casualties", "casualties", "JP", 2000, "exact") in got


def test_the_whole_wars_figures_belong_to_no_battle(tmp_path):
    text = ("1939年12月,第五战区发动冬季攻势,在横山战斗中歼敌一千余人。\n"
            "八年抗战,国军海军阵亡二千六百三十人,损失舰艇殆尽。\n")
    got = _figs(tmp_path, text)
    assert ("casualties", "killed", "JP", 1000, "atLeast") in got
    assert not any(f[3] == 2630 for f in got)
    for b in extract_json(tmp_path, text)["battles"]:
        assert all(f["count"] != 2630 for f in b["figures"])
