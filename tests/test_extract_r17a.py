"""Round 17 (helper r17a): fights that only a table row or one clause tells.

- a table of the fallen flattened to lines (name+rank, post, date of death, province+place; columns in any order,
  parted by commas, spaces or bars): each row the fight at its place, rows at one place and date one fight, the
  person its commander, a command only for a chief's post; never for a list of appointments, of honours or births;
- a war chronology's line that says an officer fell at a place (在X阵亡, 于X殉国): the fight there, not the province;
- object labels or captions that tell their fight in one clause (在X阻击日军, 敌人进犯X遭我军痛击): the fight at that
  place; labels with no fight give none, and 抗战 before a noun in the title (抗战文物) is no battle;
- a market street after a town (X花市街, X菜市街): the town and its street, not a town X花市.
New sentences (other persons, units, places than the round's texts)."""
from helpers import extract_json


def _battles(facts: dict) -> dict[str, dict]:
    return {b["name"]: b for b in facts["battles"]}


def _commanders(b: dict) -> set[str]:
    return {c["name"] if isinstance(c, dict) else c for c in b["commanders"]}


def _commands(facts: dict) -> set[tuple[str, str]]:
    return {(c["person"], c["unit"]) for c in facts["commands"]}


TABLE_COMMAS = ("抗战殉职校官名录(节选)\n"
                "刘振邦上校,第45师第267团团长 1938.10.2 江西万家铺\n"
                "孙继武中校,第45师第267团副团长 1938.10.2 江西万家铺\n"
                "何立中少将,第8军参谋长 1939.4.18 湖南黄土岭\n"
                "钱汉卿少将 1943.11.3 湖北石门坎\n")


def test_each_row_of_a_table_of_the_fallen_is_the_fight_at_its_place(tmp_path):
    facts = extract_json(tmp_path, TABLE_COMMAS)
    bs = _battles(facts)
    assert set(bs) == {"万家铺战斗", "黄土岭战斗", "石门坎战斗"}
    wjp = bs["万家铺战斗"]
    assert (wjp["start"], wjp["end"]) == ("1938-10-02", "1938-10-02")
    assert _commanders(wjp) == {"刘振邦", "孙继武"}  # two rows, one place and date: one fight
    assert [p["name"] for p in wjp["places"]] == ["万家铺"]  # the province glued before it is cut off
    assert _commanders(bs["黄土岭战斗"]) == {"何立中"}
    cmds = _commands(facts)
    assert ("刘振邦", "第267团") in cmds  # 团长 of the regiment, not of the division before it
    assert not {c for c in cmds if c[0] in ("孙继武", "何立中")}  # a deputy and a chief of staff command nothing


def test_a_table_in_columns_with_bars_and_the_rank_apart(tmp_path):
    text = ("阵亡将领一览\n"
            "周铁山 中将 | 第99军军长 | 1944年6月12日 | 湖南新墙\n"
            "吴国栋 少将 | 暂编第9师师长 | 1944年6月20日 | 湖南汨罗\n"
            "郑宝华 少将 | 第99军副军长 | 1944年6月12日 | 湖南新墙\n")
    facts = extract_json(tmp_path, text)
    bs = _battles(facts)
    assert set(bs) == {"新墙战斗", "汨罗战斗"}
    assert _commanders(bs["新墙战斗"]) == {"周铁山", "郑宝华"}
    assert bs["汨罗战斗"]["start"] == "1944-06-20"
    assert {("周铁山", "第99军"), ("吴国栋", "暂编第9师")} <= _commands(facts)
    assert not {c for c in _commands(facts) if c[0] == "郑宝华"}


def test_a_list_of_appointments_is_no_table_of_the_fallen(tmp_path):
    text = ("抗战烈士生前任职一览\n"
            "刘振邦少将,1938.5.1任第45师师长,湖北武昌\n"
            "孙继武少将,1939.2.3任第8军参谋长,湖南长沙\n"
            "何立中中将,1940.7.9任第99军军长,湖南平江\n")
    assert extract_json(tmp_path, text)["battles"] == []


def test_a_list_of_honours_with_no_word_of_death_tells_no_fight(tmp_path):
    text = ("授勋将领名单\n"
            "刘振邦中将,第45师师长 1945.10.10 四川重庆\n"
            "孙继武少将,第8军参谋长 1945.10.10 四川重庆\n"
            "何立中中将,第99军军长 1945.10.10 四川重庆\n")
    assert extract_json(tmp_path, text)["battles"] == []


def test_a_list_of_births_tells_no_fight(tmp_path):
    text = ("将领生年一览(后均殉国)\n"
            "刘振邦上校,第45师第267团团长 1902.3.2 江西万载\n"
            "孙继武中校,第45师第267团副团长 1905.8.9 湖南醴陵\n"
            "何立中少将,第8军参谋长 1899.4.18 湖北黄陂\n")
    assert extract_json(tmp_path, text)["battles"] == []


def test_a_chronology_line_where_an_officer_fell_at_a_place_is_the_fight_there(tmp_path):
    text = ("1938年\n10月\n"
            "2日 第45师第267团团长刘振邦在江西阵亡。\n"
            "9日 第8军参谋长何立中于湖南黄土岭殉国。\n"
            "23日 暂编第9师师长吴国栋在湖北石门坎作战牺牲。\n")
    bs = _battles(extract_json(tmp_path, text))
    assert {"黄土岭战斗", "石门坎战斗"} <= set(bs)
    assert bs["黄土岭战斗"]["start"] == "1938-10-09" and _commanders(bs["黄土岭战斗"]) == {"何立中"}
    assert "江西战斗" not in bs and "湖南战斗" not in bs  # a death in a province names no fight


LABELS_REPULSE = ("馆藏抗战文物选介【三】\n2021-05-12 09:10:11  来源:某某纪念馆\n\n"
                  "21. 陶勇给三团一营的嘉奖令\n\n年代:1942年3月\n\n文物等级:国家二级文物\n\n来源:某部队捐赠\n\n"
                  "说明:这是陶勇团长在日伪军三次进犯掘港镇遭新四军痛击后给三团一营的嘉奖令。\n\n"
                  "22. 边区印制的国语课本\n\n年代:1942年\n\n来源:某某捐赠\n\n说明:该课本由晋察冀边区教育处编印,共分四册。\n")


def test_an_object_label_that_tells_an_attack_repulsed_is_the_fight_at_the_place(tmp_path):
    bs = _battles(extract_json(tmp_path, LABELS_REPULSE))
    assert list(bs) == ["掘港镇战斗"]  # not 馆藏抗战 (the title's relics of the war)
    assert "新编第4军" in {u["name"] for u in bs["掘港镇战斗"]["units"]}


def test_an_object_label_that_tells_an_ambush_in_one_clause(tmp_path):
    text = ("馆藏文物选介【五】\n\n31. 八路军某部使用过的军号\n\n年代:1940年\n\n尺寸:长45厘米\n\n来源:山西省博物馆\n\n"
            "说明:这只军号是1940年8月八路军第386旅在狮垴山阻击日军时吹响冲锋号用的。\n\n"
            "32. 晋察冀边区银行发行的纸币\n\n年代:1941年\n\n来源:河北省某县捐赠\n\n说明:该纸币面值五元,由边区银行印制。\n")
    bs = _battles(extract_json(tmp_path, text))
    assert list(bs) == ["狮垴山战斗"]
    b = bs["狮垴山战斗"]
    assert b["start"] == "1940-08" and "第386旅" in {u["name"] for u in b["units"]}
    # the other label (a banknote of 1941, the border region's bank) is no part of the fight
    assert b["end"] is None and "晋察冀边区" not in {p["name"] for p in b["places"]}


def test_object_labels_with_no_fight_give_no_battle(tmp_path):
    text = ("馆藏文物选介【六】\n\n41. 冼星海用过的小提琴\n\n年代:1939年\n\n来源:中央音乐学院\n\n"
            "说明:这把小提琴是冼星海在延安鲁迅艺术学院任教时使用的。\n\n"
            "42. 陕甘宁边区发行的邮票\n\n年代:1943年\n\n来源:某某捐赠\n\n说明:该邮票由边区邮政管理局印制,共三枚。\n")
    assert extract_json(tmp_path, text)["battles"] == []


def test_a_market_street_after_a_town_is_the_town_and_its_street(tmp_path):
    text = "1943年春,日伪军两次进犯栟茶菜市街,遭新四军第3旅痛击,狼狈退回。"
    facts = extract_json(tmp_path, text)
    bs = _battles(facts)
    assert list(bs) == ["栟茶战斗"]
    assert "栟茶菜市" not in {p["name"] for b in facts["battles"] for p in b["places"]}
