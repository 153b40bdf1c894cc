"""A division memorial's preface listing its fights in four-character phrases, and a telegram relaying numbered
intelligence items of which one tells a fight (blind round 29). Texts written for these tests."""

from __future__ import annotations

from helpers import extract_json as extract


def battle(out: dict, name: str) -> dict | None:
    return next((b for b in out["battles"] if b["name"] == name), None)


def places(b: dict) -> list[str]:
    return [p["name"] for p in b["places"]]


# a search-result page of a hometown association: a cut biography, then a memorial's preface (Traditional)
MEMORIAL = ("-\n陳烈士守仁,某縣第三區陳家集人,生年不詳。民國二十八年秋,烈士出任鄉長,敵僞經常出沒,烈士率鄉丁...\n-\n"
            "日寇侵華,蓄謀已久。迄民國二十六年八月十三日,於是有淞滬之役。是時,本軍駐防陝西,征繕旣畢。"
            "遂於是年十月,奉令進發娘子關接戰,力挫敵鋒。舊關、雪花山誘殲幾盡,復於壽陽,阻敵西進於榆次。"
            "二十七年夏,肉搏橫嶺關,屍橫遍野。奇襲聞喜,斬獲甚衆。五月轉戰中條,間道南下,分...\n")


def test_a_memorials_four_character_phrases_tell_one_fight_each(tmp_path):
    out = extract(tmp_path, MEMORIAL)
    for name, start, place in (("娘子关战斗", "1937-10", "娘子关"), ("雪花山战斗", "1937-10", "雪花山"),
                               ("寿阳战斗", "1937-10", "寿阳"), ("横岭关战斗", "1938", "横岭关"),
                               ("闻喜战斗", "1938", "闻喜")):
        b = battle(out, name)
        assert b is not None, name
        assert b["start"] == start, name  # an undated phrase: the time of the fight told before it
        assert place in places(b), name


def test_the_place_after_a_phrase_verb_is_no_list(tmp_path):
    out = extract(tmp_path, MEMORIAL)
    b = battle(out, "闻喜战斗")
    assert b is not None and places(b) == ["闻喜"]  # 奇襲聞喜,斬獲甚衆: no place 斬獲甚衆
    assert not any("肉搏" in b["name"] for b in out["battles"])  # 肉搏|橫嶺關: the verb is no part of the pass's name


def test_a_pass_cut_to_its_stem_in_a_phrase_is_the_pass(tmp_path):
    text = ("民國二十二年三月,本師奉令進發遵化接戰,力挫敵鋒。羅文峪、喜峰誘殲幾盡,復於灤東,阻敵南犯。")
    out = extract(tmp_path, text)
    b = battle(out, "喜峰口战斗")
    assert b is not None and "喜峰口" in places(b)
    assert b["start"] == "1933-03"


def test_phrase_words_without_a_place_coin_no_fight(tmp_path):
    text = ("1938年春,我军某团奉命阻击日军。战士们与日军展开肉搏战,奇袭成功,尸横遍野。"
            "此后部队转入山区休整,补充兵员。")
    out = extract(tmp_path, text)
    assert not any(b["name"].startswith(("肉搏", "成功", "尸横")) for b in out["battles"])


TELEGRAM = ("致何部长电\n某某主编\n(1938年3月20日)\n"
            "武昌军事委员会何部长敬之兄勋鉴:密。据孙总司令“皓戌”(19日)、“号戌”(20日)各电称:"
            "(一)迭据探报,临城日军增兵约千余,伤亡不详。"
            "(二)敌攻滕指挥官山田因指挥不当,伤亡过重,被其第十师团长申斥,于本月马(21)日撤职。"
            "(三)巧(18)日枣庄车站仍停敌甲车两列。(四)滕县敌军每日在东关及西关构筑工事。"
            "(五)号晚,敌骑兵80余(名)乘车去峄县,同夜由北来滕伪军50余(名),闻系某某部。"
            "(六)连日台儿庄、韩庄情况无变化各等语。特闻。弟李宗仁。马子厅机。\n"
            "(《某某文献》第12辑,第88页)\n"
            "某某文集(上)/某某主编.-北京:某某出版社,1990\n")


def test_a_fight_told_in_one_item_of_a_telegram(tmp_path):
    out = extract(tmp_path, TELEGRAM)
    b = battle(out, "滕县战斗")
    assert b is not None  # 攻滕: the county the text names, called by its first character
    assert "滕县" in places(b)
    for other in ("峄县", "台儿庄", "韩庄", "枣庄", "武昌", "北京"):  # other items, the address, the catalogue line
        assert other not in places(b), other
    assert [c["name"] for c in b["commanders"]] == ["山田"]  # 山田|因指挥不当: the clause opens after the family name
    assert "第10师团" in [u["name"] for u in b["units"]]


def test_an_item_that_tells_fighting_too_stays_the_fights(tmp_path):
    text = TELEGRAM.replace("敌骑兵80余(名)乘车去峄县", "敌骑兵80余(名)进攻峄县,被我击退,伤亡甚重")
    out = extract(tmp_path, text)
    assert battle(out, "滕县战斗") is not None
    assert any("峄县" in places(b) for b in out["battles"])  # its own fight or the item's: not dropped


def test_a_first_character_that_makes_a_word_is_no_place(tmp_path):
    text = ("1938年3月,日军进攻临沂。敌人来临之际,守军坚守临沂城,与日军激战三日,毙敌数百。")
    out = extract(tmp_path, text)
    for b in out["battles"]:
        assert all(p["evidence"]["text"] != "临" for p in b["places"])


def test_a_place_of_the_address_line_only_stays_a_place_in_the_body(tmp_path):
    text = TELEGRAM.replace("武昌军事委员会何部长", "徐州何部长").replace("(六)连日台儿庄、韩庄情况无变化",
                                                                  "(六)徐州附近敌我激战,伤亡甚重")
    out = extract(tmp_path, text)
    assert any("徐州" in places(b) for b in out["battles"])


def test_a_normal_school_is_no_division(tmp_path):
    text = ("王烈士振华,某县人,毕业于本省第三师范学校。1938年5月,第九师奉命增援,在李家庄与日军激战,毙敌百余。")
    out = extract(tmp_path, text)
    units = [u["name"] for u in out["units"]]
    assert "第3师" not in units  # 第三师范学校: the school, no division
    assert "第9师" in units


def test_taking_over_a_post_is_no_fight_before_it(tmp_path):
    from helpers import extract_jsonl

    text = ("雨季过后,营长刘振国升为副团长,王志明就接战二营的营长。1944年3月,二营在某某河与日军激战,毙敌数十。")
    rows = extract_jsonl(tmp_path, text)
    assert not any(r["kind"] == "place" and r["text"].startswith("王志明") for r in rows)  # 接|战二营: took over


def test_a_first_character_opening_a_word_is_no_short_form(tmp_path):
    from helpers import extract_jsonl

    text = ("1944年5月,日军在中牟一带渡河,与守军激战。此时日军受到牵制,不能全力进攻中国西南。")
    rows = extract_jsonl(tmp_path, text)
    assert not any(r["kind"] == "place" and r["text"] == "中" for r in rows)  # 攻|中国: a word, no 中牟
