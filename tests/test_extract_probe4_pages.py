"""Rules found probing unseen pages of other genres (martyrs' biographies, veterans' profiles, reportage,
translated Japanese-side accounts, wartime diaries, a garbled 年谱); every sentence here is written for the
test, none is copied from a page."""
from helpers import extract_json as extract
from helpers import extract_jsonl

from kangzhan.extract.mentions.places import find_places


def _places(d: dict) -> set[str]:
    return {p["name"] for b in d["battles"] for p in b["places"]}


def _names(d: dict) -> set[str]:
    return {p["name"] for p in d["persons"]}


def test_a_verb_of_joining_before_a_unit_is_no_given_name(tmp_path):
    """长沙加入第18军 / 吉安编入新四军: the place's last character and the verb are no person (沙加入, 安编入)."""
    text = ("1938年6月,武汉会战开始。老兵周某1936年在湖南长沙加入第18军,1938年随第18军参加武汉会战;"
            "他的同乡在江西吉安编入第79师。\n")
    d = extract(tmp_path, text)
    assert not _names(d) & {"沙加入", "长沙加入", "安编入", "吉安编入"}
    assert not any(c["person"].endswith(("加入", "编入")) for c in d["commands"])
    units = {u["name"] for b in d["battles"] for u in b["units"]}
    assert {"第18军", "第79师"} <= units


def test_a_name_before_a_unit_stays_a_name(tmp_path):
    """The rule above refuses verbs only: 王耀武第74军, 胡琏的第11师 keep their commanders."""
    text = "1943年5月,鄂西会战打响。王耀武第74军固守石牌外围,胡琏的第11师坚守石牌要塞。\n"
    d = extract(tmp_path, text)
    assert {"王耀武", "胡琏"} <= _names(d)


def test_the_tail_of_a_word_before_ling_is_no_japanese_name(tmp_path):
    """伏乞钧座明令: 明令 "an explicit order" is one word; 伏乞钧座明 is no Japanese name that gives an order."""
    text = ("1940年6月,枣宜会战中宜昌失守。军长呈文自请处分,称:职守土无方,伏乞钧座明令,严加惩处;"
            "另一军长亦称:恳求上官明令,撤职查办。\n")
    d = extract(tmp_path, text)
    assert not any("明" in n and len(n) >= 4 for n in _names(d))


def test_the_day_of_a_date_and_xiang_is_no_force_named_after_a_commander(tmp_path):
    """8月3日向部队训话: 日向 is a Japanese family name, yet here 日 closes the date and 向 means "to"."""
    text = ("1940年8月,百团大战开始。师长于8月3日向部队训话,9月21日向部队颁发嘉奖令。"
            "日军今井部队退守据点。\n")
    d = extract(tmp_path, text)
    units = {u["name"] for u in d["units"]}
    assert "今井部队" in units
    assert not any(u.startswith("日向") for u in units)


def test_a_county_named_after_a_fallen_commander_is_his_name_before_an_honorific(tmp_path):
    """左权将军, 赵尚志将军: counties were renamed after fallen commanders; before 将军/同志 the name is the man,
    in every occurrence; written with 县 it is the county."""
    text = ("1942年5月,日军对太行根据地发动大扫荡,左权将军在十字岭突围时牺牲,左权的遗体后来迁葬。"
            "1942年2月,赵尚志将军在梧桐河一带作战负伤。十字岭所在的辽县战后改名左权县。\n")
    places = {r["text"] for r in extract_jsonl(tmp_path, text) if r.get("kind") == "place"}
    assert "十字岭" in places
    assert not places & {"左权", "尚志"}
    # the county renamed after the war (战后改名左权县) is a place the text names, though no place of the fight
    named = {m.text for m in find_places(text)}
    assert "左权县" in named and not named & {"左权", "尚志"}


def test_a_career_told_years_after_its_one_battle_is_no_part_of_it(tmp_path):
    """A biography names one battle under its year, then goes on to later years: those are not that battle's
    (no end date six years later, no places of the later career)."""
    text = ("张某,湖南醴陵人。1938年4月,他随第52军参加台儿庄战役,在峄县北部阻击日军第10师团,负伤两次。"
            "同年冬升任团长。1940年入陆军大学深造,毕业后在重庆任参谋。1943年10月率部赴昆明整训,"
            "1944年5月在腾冲附近阵亡。\n")
    b = next(b for b in extract(tmp_path, text)["battles"] if b["name"] == "台儿庄战役")
    places = {p["name"] for p in b["places"]}
    assert {"台儿庄", "峄县"} <= places
    assert not places & {"重庆", "昆明", "腾冲"}
    assert not (b["end"] or "").startswith(("1943", "1944"))


def test_a_battle_running_into_the_next_year_keeps_its_last_days(tmp_path):
    """The year after the battle's is still its own (a winter battle ends in January)."""
    text = ("1941年12月24日,第三次长沙会战开始,日军第3师团、第6师团渡过新墙河。"
            "1942年1月1日,日军进攻长沙城,第10军坚守。1月15日,日军退回新墙河以北。\n")
    b = next(b for b in extract(tmp_path, text)["battles"] if b["name"] == "第三次长沙会战")
    assert (b["end"] or "").startswith("1942-01")
    assert "长沙" in {p["name"] for p in b["places"]}


def _figures(d: dict) -> list[dict]:
    return [f for b in d["battles"] for f in b.get("figures", [])]


def test_the_invaders_epithet_before_the_side_word_keeps_the_clause_subject(tmp_path):
    """侵华日军X,为消灭…八路军…,出动N人的兵力: 侵华日军 opens the sentence (its subject); 八路军 is the object of
    消灭, so the strength is Japanese."""
    text = ("1941年5月,中条山战役爆发。侵华日军华北方面军,为消灭中条山的中国第1战区部队,出动10万余人的兵力,"
            "分路进攻。在华日军为了围歼八路军主力,动用兵力5万余人。\n")
    strengths = {f["count"]: f["side"] for f in _figures(extract(tmp_path, text)) if f["kind"] == "strength"}
    assert strengths.get(100000) == "JP"
    assert strengths.get(50000) == "JP"


def test_men_taken_after_a_loss_inflicted_on_a_named_side_are_that_sides(tmp_path):
    """歼灭日军…官兵四百余人,俘十二人: the captured are the same enemy's men, not the opposite of 日军 (the object
    of 歼灭, not the subject of the sentence)."""
    text = ("1940年9月,关家垴战斗打响。此役歼灭日本精锐第36师团所属步兵冈崎大队官兵四百余人,俘十二人,"
            "缴获步枪三百支。次日的伏击又歼灭日军精锐山本联队所属官兵二百余人,俘5人。\n")
    captured = {f["count"]: f["side"] for f in _figures(extract(tmp_path, text)) if f["category"] == "captured"}
    assert captured.get(12) == "JP"
    assert captured.get(5) == "JP"


def test_a_command_named_by_its_seat_and_a_units_home_in_brackets_are_no_battle_places(tmp_path):
    """重庆统帅部通令嘉奖 / 延安总部通电表扬: the command, named by its seat, is no place of the fight; 第6师团(熊本):
    the division's home garrison, in brackets after it, neither."""
    text = ("1939年9月,第一次长沙会战爆发。日军第6师团(熊本)由岳阳南犯,在新墙河一带与守军激战。"
            "战后重庆统帅部通令嘉奖,延安总部亦通电祝贺。\n")
    b = next(b for b in extract(tmp_path, text)["battles"] if b["name"] == "第一次长沙会战")
    places = {p["name"] for p in b["places"]}
    assert {"岳阳", "新墙河"} <= places
    assert not places & {"熊本", "重庆", "延安"}
