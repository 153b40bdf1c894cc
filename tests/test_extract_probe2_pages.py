"""Rules found probing unseen Nationalist-front pages (encyclopedia cards, war reports, commemorative articles,
Traditional-character pages); every sentence here is written for the test."""
from helpers import extract_json as extract


def test_a_battle_named_after_ji_behind_a_phase_word_is_a_battle_not_an_alias(tmp_path):
    """X即Y names Y as another name of the battle X only where X is a battle: 第二期即Y names the battle Y."""
    text = "1939年冬季的作战分为三期,第二期即绥西会战。日军第26师团进犯五原,傅作义率第35军迎击。\n"
    b = extract(tmp_path, text)["battles"]
    assert [x["name"] for x in b] == ["绥西会战"]
    assert {"第26师团", "第35军"} <= {u["name"] for u in b[0]["units"]}


def test_ji_after_a_battle_name_still_gives_an_alias(tmp_path):
    text = "1940年的第一次粤北会战,即翁英作战,第12集团军在从化一带阻击日军第104师团。\n"
    b = extract(tmp_path, text)["battles"]
    assert [x["name"] for x in b] == ["第一次粤北会战"] and "翁英作战" in b[0]["alt_labels"]


def test_an_idiom_after_a_title_is_no_name(tmp_path):
    """师长英勇殉国, 将军临危受命: a four-character idiom after the title is what he did, not who he was."""
    text = ("1938年10月,德安战役打响。第91师李师长英勇殉国,全师官兵无不落泪。"
            "第51师王将军临危受命率部坚守张古山。师长王耀武率第51师反击。\n")
    d = extract(tmp_path, text)
    names = {p["name"] for p in d["persons"]}
    assert not names & {"英勇殉国", "英勇殉", "临危受", "临危受命"}
    assert "王耀武" in names


def test_a_country_label_in_a_battle_card_is_no_commander_and_gives_the_side(tmp_path):
    """A flattened encyclopedia card puts the flag's country before every commander and unit line."""
    text = ("随枣会战\n日期1939年5月1日-5月24日\n参战方\n 中華民國  大日本帝國\n指挥官与领导者\n"
            "中華民國 李宗仁\n中華民國 汤恩伯\n大日本帝國 冈村宁次\n参战单位\n中華民國 第13军\n中華民國 第84军\n"
            "大日本帝國 第3师团\n")
    b = extract(tmp_path, text)["battles"][0]
    cmdrs = {(c["name"], c["side"]) for c in b["commanders"]}
    assert cmdrs == {("李宗仁", "CN"), ("汤恩伯", "CN"), ("冈村宁次", "JP")}
    sides = {u["name"]: u["side"] for u in b["units"]}
    assert sides == {"第13军": "CN", "第84军": "CN", "第3师团": "JP"}


def test_a_five_character_japanese_name_closing_a_card_line_is_kept_whole(tmp_path):
    text = ("鄂西会战\n日期1943年5月-6月\n指挥官与领导者\n中華民國 陈诚\n大日本帝國 横山勇\n大日本帝國 佐久間為人\n"
            "兵力\n约150,000人 约100,000人\n")
    names = {c["name"] for c in extract(tmp_path, text)["battles"][0]["commanders"]}
    assert names == {"陈诚", "横山勇", "佐久间为人"}


def test_plain_as_a_word_and_clauses_before_a_city_word_are_no_places(tmp_path):
    """平原 "plain" is the short form of a county but above all a word; 仅余城内 "only inside the town left",
    当X河 "when at X river", 饮弹殉城 "shot himself for the town" are no toponyms."""
    text = ("1938年3月,临沂保卫战打响。日军机械化部队在平原上长驱直入,第40军在临沂城外阻击。城破之时,守军仅余城内一隅,"
            "当界牌河方面战事吃紧,旅长饮弹殉城。\n")
    d = extract(tmp_path, text)
    places = {p["name"] for p in d["battles"][0]["places"]}
    assert "临沂" in places
    assert not places & {"平原", "仅余城", "当界牌河", "饮弹殉城", "弹殉城"}
    assert not {p["name"] for p in d["persons"]} & {"饮弹殉城", "饮弹殉"}


def test_a_leader_who_goes_to_the_front_to_direct_the_battle_is_a_commander(tmp_path):
    """X亲赴…督战, X坐镇…: he directs the battle in person, with no title in the sentence."""
    text = "1939年4月,随枣会战打响。李宗仁亲赴襄樊督战,白崇禧坐镇老河口,第84军在随县以北阻击日军。\n"
    b = extract(tmp_path, text)["battles"][0]
    assert {"李宗仁", "白崇禧"} <= {c["name"] for c in b["commanders"]}


def test_the_units_the_japanese_fought_are_not_japanese(tmp_path):
    """日军与X激战: X is the enemy of the sentence's side word, not of its side."""
    text = ("1944年10月,桂林保卫战开始。日军与桂林守城部队第31、第46军各一个师在城郊激战。"
            "日军与第79军在兴安以南发生战斗。\n")
    sides = {u["name"]: u["side"] for u in extract(tmp_path, text)["battles"][0]["units"]}
    assert sides == {"第31军": "CN", "第46军": "CN", "第79军": "CN"}


def test_strength_given_as_men_on_the_rolls_or_as_myriads_of_troops(tmp_path):
    """兵员(:)N人 is a force's head count (a Japanese archive's table, quoted); 约N万军队 too."""
    text = ("1941年3月,上高会战开始。据战后公布的档案,双方兵员对比如下:\n日军第34师团:兵员约2万人;\n"
            "中国第74军:兵员9000人。\n战后,日军称击溃了第9战区3个集团军约10万军队。\n")
    figs = {(f["side"], f["count"], f["qualifier"]) for f in extract(tmp_path, text)["battles"][0]["figures"]}
    assert {("JP", 20000, "about"), ("CN", 9000, "exact"), ("CN", 100000, "about")} <= figs


def test_a_larger_battle_named_as_what_came_before_is_no_whole(tmp_path):
    """继X会战之后 / X会战以后: the battle before this one, not the campaign it belongs to."""
    text = ("1938年10月,广州沦陷。广州战役是继武汉会战之后,日军在华南发动的作战。第4战区余汉谋部节节后退,"
            "日军第21军于10月21日占领广州。\n")
    b = extract(tmp_path, text)["battles"]
    assert [(x["name"], x["part_of"]) for x in b] == [("广州战役", None)]


def test_an_attack_told_with_its_aim_dates_the_start(tmp_path):
    """5月5日,日军开始进攻,企图…: the aim (企图) after the attack makes no plan of the sentence."""
    text = ("鄂西会战\n1943年5月5日,日军第3师团开始进攻,企图打通长江航道。5月9日,日军占领公安。"
            "在北线,5月12日开始,日军第13师团猛攻渔洋关。\n")
    b = extract(tmp_path, text)["battles"][0]
    assert b["name"] == "鄂西会战" and b["start"] == "1943-05-05"


def test_an_adverb_after_a_name_is_no_part_of_it(tmp_path):
    """总司令X乃电令…: 乃 "thereupon" opens the predicate; jieba's name guess swallows it."""
    text = "1938年3月,鲁南会战中,第22集团军总司令孙震乃电令各部死守,第122师师长王铭章率部坚守。\n"
    names = {p["name"] for p in extract(tmp_path, text)["persons"]}
    assert {"孙震", "王铭章"} <= names and "孙震乃" not in names


def test_a_table_head_line_gives_the_side_of_the_figures_under_it(tmp_path):
    text = ("1941年3月,上高会战开始。据战后公布的档案:\n日军第34师团:\n兵员:约2万人;火炮:40门\n"
            "中国第74军:\n兵员:9000人;火炮:12门\n")
    figs = {(f["side"], f["count"]) for f in extract(tmp_path, text)["battles"][0]["figures"]}
    assert figs == {("JP", 20000), ("CN", 9000)}


def test_cavalry_and_honour_divisions_written_short(tmp_path):
    """骑N师 (骑兵第N师) and 荣N师 (荣誉第N师) are short designations, not the infantry division N; since session 20
    (c5) they are named as the text writes them (the arm's one character is no modifier the key expands)."""
    text = "1940年5月,枣宜会战。张自忠亲率第74师、骑9师及总部特务营与日军血战。荣1师在宜昌以北阻击。\n"
    units = {u["name"] for u in extract(tmp_path, text)["battles"][0]["units"]}
    assert {"第74师", "骑9师", "荣1师"} <= units and "第9师" not in units


def test_a_detachment_written_after_its_chinese_division_is_chinese(tmp_path):
    """37师前进支队: the division's detachment; 支队 implies Japan only when nothing else says."""
    text = "1933年3月,喜峰口战役开始。我军团命37师前进支队停留建平,另以第109旅向喜峰口增援。\n"
    sides = {u["name"]: u["side"] for u in extract(tmp_path, text)["battles"][0]["units"]}
    assert sides.get("前进支队") == "CN"


def test_a_named_army_after_the_state_name_has_no_character_of_it(tmp_path):
    text = "1937年12月,南京保卫战爆发。大日本帝國中支那方面軍司令官松井石根指挥各部进攻南京。\n"
    b = extract(tmp_path, text)["battles"][0]
    assert [u["name"] for u in b["units"]] == ["中支那方面军"]


def test_the_verb_of_a_retreat_is_no_part_of_the_place_it_left(tmp_path):
    text = "1938年3月,滕县保卫战。守军残部由西门退至西关车站,一部由东关撤往城内。\n"
    places = {p["name"] for p in extract(tmp_path, text)["battles"][0]["places"]}
    assert "滕县" in places and not places & {"西门退", "东关撤"}


def test_a_part_named_with_qizhong_leaves_the_account_to_the_whole(tmp_path):
    """其中“X”成了这场战役最惨烈的战斗之一: X is one part of the battle told; what follows is still the whole's
    (这场战役 there names the battle told, it closes nothing)."""
    text = ("1944年4月,豫中会战爆发,日军第12军进攻第1战区。其中“许昌保卫战”成了这场战役最为惨烈的战斗之一。\n"
            "4月17日夜,日军第37师团强渡新黄河,守军暂27师奋起应战。\n")
    b = {x["name"]: x for x in extract(tmp_path, text)["battles"]}
    assert b["许昌保卫战"]["part_of"] == "豫中会战"
    assert {"第37师团", "暂编第27师"} <= {u["name"] for u in b["豫中会战"]["units"]}


def test_the_names_each_side_gave_are_other_names_of_the_battle(tmp_path):
    """日方称该战为“A”或“B”, (中方称C): other names of the battle the sentence is about, no battles of their own."""
    text = ("1939年11月,桂南会战爆发,日方称该战为“南宁作战”或“邕宁作战”。日军第5师团在钦州湾登陆,"
            "第16集团军节节抵抗。\n")
    b = extract(tmp_path, text)["battles"]
    assert [x["name"] for x in b] == ["桂南会战"]
    assert {"南宁作战", "邕宁作战"} <= set(b[0]["alt_labels"])


def test_an_attack_named_as_the_enemy_s_intent_dates_no_start(tmp_path):
    """11月1日,日军进攻企图已明,…下令…: 进攻 heads the noun 进攻企图, no attack is told that day."""
    text = ("常德会战\n1943年11月1日,日军进攻企图已极明显,第6战区下令各部备战。11月2日,日军第13师团开始进攻,"
            "企图渡过澧水。\n")
    b = extract(tmp_path, text)["battles"][0]
    assert b["start"] == "1943-11-02"


def test_a_japanese_name_before_wei_in_an_appointment_stays_four_characters(tmp_path):
    text = "1938年6月,武汉会战开始。日军以冈村宁次为第11军军长,率第6、第106师团进攻。\n"
    names = {p["name"] for p in extract(tmp_path, text)["persons"]}
    assert "冈村宁次" in names and "冈村宁次为" not in names
