"""List items and quiz options are boundaries between battles (held-out round 11, a party-history quiz: four battles
as options A–D, an answer line and a 解析 per option). An item that names a battle owns its sentences; an answer or
explanation label (答案解析, 正确答案:B, 解析:) ends the item before it; a sentence of an explanation that names a
battle gives its facts to that battle, not to the option before it. Each is checked on new sentences written for
the test (none is taken from the held-out text)."""
from helpers import extract_json as extract

QUIZ = ("12、下列战役中,由第五战区指挥的是( )\n"
        "A\n 台儿庄战役\nB\n 百团大战\nC\n 昆仑关战役\nD\n 长沙会战\n\n"
        "答案解析\n\n正确答案:A\n\n解析:\n\n"
        "这道题目问的是哪一场战役由第五战区指挥。正确答案是A. 台儿庄战役。\n\n"
        "A. 台儿庄战役:1938年3月下旬,第五战区第2集团军在山东台儿庄与日军第10师团激战,歼敌1万余人。\n\n"
        "B. 百团大战:1940年8月20日,八路军第129师等部在正太铁路沿线发动进攻。\n\n"
        "C. 昆仑关战役:1939年12月18日,第5军在广西昆仑关向日军第5师团第21旅团发起攻击。\n\n"
        "D. 长沙会战:第九战区部队在湘北新墙河一带抗击日军第11军。\n")

CIRCLED = ("抗战初期正面战场的战役:\n"
           "①忻口战役:1937年10月13日,第14集团军在山西忻口抗击日军第5师团。\n"
           "②徐州会战:1938年5月,日军第16师团进攻徐州,第五战区部队突围。\n"
           "③武汉会战:1938年6月12日,日军第11军沿长江西进,第九战区部队在万家岭歼灭日军第106师团一部。\n")

OPTIONS = ("单选题:下列哪一次战斗是八路军打的?\n"
           "选项A:黄土岭战斗\n"
           "选项B:南口战役\n"
           "参考答案:A\n"
           "解析:选项A正确。黄土岭战斗发生于1939年11月,晋察冀军区第1军分区在河北涞源黄土岭伏击日军独立混成第2旅团。"
           "选项B错误,南口战役发生于1937年8月,第13军在南口抗击日军第5师团。\n")

INLINE = ("5.下列战役中,中国军队主动出击的是\n"
          "A.台儿庄战役 B.百团大战 C.昆仑关战役 D.豫中会战\n"
          "答案:B\n"
          "解析:百团大战发生于1940年8月20日,八路军第129师等部在正太铁路沿线发动进攻。昆仑关战役发生于1939年12月18日,"
          "第5军在广西昆仑关向日军第5师团发起攻击。豫中会战发生于1944年4月,第1战区部队在河南抗击日军第12军。\n")

BRACKETED = ("两次胜仗:\n"
             "(1)台儿庄战役:1938年4月,第2集团军在台儿庄歼灭日军第10师团一部。\n"
             "(2)昆仑关战役:1939年12月,第5军攻克昆仑关,击毙日军第21旅团旅团长。\n"
             "一、忻口战役:1937年10月,第14集团军在忻口抗击日军第5师团。\n"
             "二、万家岭大捷:1938年10月,第9战区部队在万家岭歼灭日军第106师团。\n")


def _battles(facts: dict) -> dict[str, dict]:
    return {b["name"]: b for b in facts["battles"]}


def _units(b: dict) -> set[str]:
    return {u["name"] for u in b["units"]}


def _places(b: dict) -> set[str]:
    return {p["name"] for p in b["places"]}


def test_options_of_a_quiz_are_separate_battles(tmp_path):
    bs = _battles(extract(tmp_path, QUIZ))
    assert {"台儿庄战役", "百团大战", "昆仑关战役", "长沙会战"} <= set(bs)
    for b in bs.values():
        assert not {"台儿庄战役", "百团大战", "昆仑关战役", "长沙会战"} & set(b["alt_labels"])


def test_each_option_explanation_gives_its_facts_to_its_battle_only(tmp_path):
    bs = _battles(extract(tmp_path, QUIZ))
    assert bs["百团大战"]["start"] == "1940-08-20"
    assert bs["昆仑关战役"]["start"] == "1939-12-18"
    assert (bs["台儿庄战役"]["start"] or "").startswith("1938-03")
    assert "第129师" in _units(bs["百团大战"]) and "第129师" not in _units(bs["昆仑关战役"])
    assert "第5军" in _units(bs["昆仑关战役"]) and "第5军" not in _units(bs["百团大战"]) | _units(bs["长沙会战"])
    assert "第11军" in _units(bs["长沙会战"]) and "第11军" not in _units(bs["昆仑关战役"])
    assert "昆仑关" in _places(bs["昆仑关战役"]) and "昆仑关" not in _places(bs["百团大战"])
    assert "台儿庄" not in _places(bs["长沙会战"]) | _places(bs["百团大战"])


def test_circled_numbers_open_one_battle_each(tmp_path):
    bs = _battles(extract(tmp_path, CIRCLED))
    assert bs["忻口战役"]["start"] == "1937-10-13"
    assert bs["徐州会战"]["start"] == "1938-05"
    assert bs["武汉会战"]["start"] == "1938-06-12"
    assert "第16师团" in _units(bs["徐州会战"]) and "第16师团" not in _units(bs["忻口战役"]) | _units(bs["武汉会战"])
    assert "第106师团" in _units(bs["武汉会战"]) and "第106师团" not in _units(bs["徐州会战"])


def test_an_explanation_sentence_gives_its_facts_to_the_battle_it_names(tmp_path):
    bs = _battles(extract(tmp_path, OPTIONS))
    assert bs["黄土岭战斗"]["start"] == "1939-11"
    assert bs["南口战役"]["start"] == "1937-08"
    assert "第13军" in _units(bs["南口战役"]) and "第13军" not in _units(bs["黄土岭战斗"])
    assert "南口" not in _places(bs["黄土岭战斗"]) and "涞源" not in _places(bs["南口战役"])


def test_options_written_on_one_line_are_battles_their_explanation_sentences_name(tmp_path):
    bs = _battles(extract(tmp_path, INLINE))
    assert {"台儿庄战役", "百团大战", "昆仑关战役", "豫中会战"} <= set(bs)
    assert bs["百团大战"]["start"] == "1940-08-20" and bs["豫中会战"]["start"] == "1944-04"
    assert bs["昆仑关战役"]["start"] == "1939-12-18"
    assert "第129师" in _units(bs["百团大战"]) and "第12军" in _units(bs["豫中会战"])
    assert "第5军" in _units(bs["昆仑关战役"]) and "第5军" not in _units(bs["百团大战"]) | _units(bs["豫中会战"])
    assert not bs["台儿庄战役"]["units"] and bs["台儿庄战役"]["start"] is None  # named as an option only


def test_bracketed_and_han_numbered_items_with_a_colon_open_one_battle_each(tmp_path):
    bs = _battles(extract(tmp_path, BRACKETED))
    assert [bs[n]["start"] for n in ("台儿庄战役", "昆仑关战役", "忻口战役", "万家岭大捷")] == \
        ["1938-04", "1939-12", "1937-10", "1938-10"]
    assert _units(bs["昆仑关战役"]) == {"第5军", "第21旅团"}
    assert "第106师团" in _units(bs["万家岭大捷"]) and "第106师团" not in _units(bs["忻口战役"])


def test_an_item_whose_name_is_followed_by_a_dated_bracket_or_a_dash_heads_its_battle(tmp_path):
    text = ("考点梳理\n"
            "①淞沪会战(1937年8月—11月):中国军队第9集团军在上海抗击日军第3师团。日军伤亡4万余人。\n"
            "②太原会战——1937年9月,第2战区部队在忻口抗击日军第5师团。\n"
            "③徐州会战(1938年):第5战区部队在台儿庄歼灭日军第10师团一部。\n")
    bs = _battles(extract(tmp_path, text))
    assert bs["淞沪会战"]["start"] == "1937-08" and bs["太原会战"]["start"] == "1937-09"
    assert "第3师团" in _units(bs["淞沪会战"]) and "第3师团" not in _units(bs["太原会战"]) | _units(bs["徐州会战"])
    assert "第5师团" in _units(bs["太原会战"]) and "第10师团" in _units(bs["徐州会战"])
    assert "台儿庄" not in _places(bs["太原会战"]) and "上海" not in _places(bs["徐州会战"])


def test_another_name_given_after_an_items_colon_is_an_alias_of_its_battle(tmp_path):
    text = ("A. 淞沪会战:又称八一三战役,发生于1937年8月,第9集团军在上海抗击日军第3师团。\n"
            "B. 兰封会战:1938年5月,第1战区部队在兰封抗击日军第14师团。\n")
    facts = extract(tmp_path, text)
    assert not [b["name"] for b in facts["battles"] if b["name"].startswith("又称")]
    bs = _battles(facts)
    assert "八一三战役" in bs["淞沪会战"]["alt_labels"] and bs["淞沪会战"]["start"] == "1937-08"
    assert "第14师团" not in _units(bs["淞沪会战"]) and "第3师团" not in _units(bs["兰封会战"])


def test_an_analysis_line_inside_an_item_with_an_account_stays_that_items(tmp_path):
    text = ("1、台儿庄战役\n"
            "时间:1938年3月—4月\n"
            "过程:第5战区第2集团军在台儿庄与日军第10师团激战。\n"
            "解析:此役歼敌1万余人,是抗战以来正面战场的重大胜利。\n"
            "2、武汉会战\n"
            "时间:1938年6月—10月\n"
            "过程:第9战区部队在万家岭歼灭日军第106师团。\n")
    bs = _battles(extract(tmp_path, text))
    assert 10000 in {f["count"] for f in bs["台儿庄战役"]["figures"]}
    assert 10000 not in {f["count"] for f in bs["武汉会战"]["figures"]}


TWO_QUESTIONS = ("1.中国军队在抗战中的第一次大捷是( )\n"
                 "A.平型关大捷 B.台儿庄战役\n"
                 "答案:A\n"
                 "解析:平型关大捷发生于1937年9月25日,八路军第115师在平型关伏击日军第5师团第21旅团。\n"
                 "2.1938年春歼灭日军一万余人的战役是( )\n"
                 "A.台儿庄战役 B.武汉会战\n"
                 "答案:A\n"
                 "解析:台儿庄战役发生于1938年3月至4月,第5战区第2集团军在台儿庄歼灭日军第10师团一部。"
                 "武汉会战则发生于1938年6月至10月。\n")


def test_a_page_of_questions_keeps_each_explanation_with_the_battle_it_names(tmp_path):
    bs = _battles(extract(tmp_path, TWO_QUESTIONS))
    assert set(bs) == {"平型关大捷", "台儿庄战役", "武汉会战"}  # a numbered question is no title naming a battle
    assert bs["平型关大捷"]["start"] == "1937-09-25" and bs["台儿庄战役"]["start"] == "1938-03"
    assert bs["武汉会战"]["start"] == "1938-06"
    assert "第115师" in _units(bs["平型关大捷"]) and "第115师" not in _units(bs["台儿庄战役"])
    assert "第10师团" in _units(bs["台儿庄战役"]) and not bs["武汉会战"]["units"]


def test_an_explanation_that_takes_the_options_by_letter_gives_each_its_facts(tmp_path):
    text = ("下列战役中,发生在1938年的是( )\n"
            "A.忻口战役\n"
            "B.徐州会战\n"
            "答案:B\n"
            "解析:A项错误,该战役发生于1937年10月,第14集团军在山西抗击日军第5师团。"
            "B项正确,该会战发生于1938年5月,日军第16师团进攻徐州。\n")
    bs = _battles(extract(tmp_path, text))
    assert bs["忻口战役"]["start"] == "1937-10" and bs["徐州会战"]["start"] == "1938-05"
    assert _units(bs["忻口战役"]) == {"第14集团军", "第5师团"} and _units(bs["徐州会战"]) == {"第16师团"}
