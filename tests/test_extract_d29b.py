"""Rules from round 29's diagnosis (a poem's biographical gloss, a military dictionary's entry); every sentence here
is written for the test, about other men, units and places than the measured texts."""
from helpers import extract_json as extract

_GLOSS = ("《挽赵振国将军》赏析\n\n作者:佚名 来源:网络转载\n\n挽赵振国将军\n\n\n铁骑出潼关,孤城血未干。\n\n\n"
          "【注释】五绝:五言绝句的简称。每首四句,每句五个字。\n\n\n"
          "赵振国:字伯坚,号松石,河南南阳人。保定军校毕业。一九三七年,率团参加忻口战役;一九三八年,率旅参加兰封会战,"
          "获云麾勋章;一九三九年任国民党军第九十八师师长,陆军少将,同年五月,参加随枣会战。一九四一年,日军大举进犯晋南。"
          "一九四一年五月,赵振国率师驰援晋南,先坚守黄河北岸重镇垣曲,与日军激战,歼敌三千余人。后收复晋南西部的马家坡,"
          "重创日军。一九四三年,在洛阳举行了追悼大会。\n")


def test_a_gloss_tells_a_careers_named_battles_and_its_later_unnamed_fights(tmp_path):
    """A biography told entry by entry (一九三九年…参加X会战。一九四一年…): the entry two years later is no part of
    the battle before; a town held or stormed there with the fighting told is a fight of its own, dated by its
    entry, led by the subject (X:字Y) who 率团/率旅 or 任…师长 led the named ones too."""
    d = extract(tmp_path, _GLOSS)
    battles = {b["name"]: b for b in d["battles"]}
    assert {"忻口战役", "兰封会战", "随枣会战", "垣曲战斗", "马家坡战斗"} <= set(battles)
    assert battles["随枣会战"]["start"] == "1939-05"
    assert not {"垣曲", "洛阳", "马家坡"} & {p["name"] for p in battles["随枣会战"]["places"]}
    assert battles["随枣会战"]["figures"] == []
    for name in ("兰封会战", "随枣会战", "垣曲战斗"):
        assert {c["name"] for c in battles[name]["commanders"]} == {"赵振国"}, name
    fight = battles["垣曲战斗"]
    assert fight["start"] == "1941-05"
    assert "垣曲" in {p["name"] for p in fight["places"]}
    assert ("JP", 3000) in {(f["side"], f["count"]) for f in fight["figures"]}
    assert "马家坡" in {p["name"] for p in battles["马家坡战斗"]["places"]}
    assert {p["name"] for p in d["persons"]} == {"赵振国"}  # 挽|赵振国: the elegy's verb is no part of the name


def test_the_subject_of_a_life_holds_the_post_told_without_his_name(tmp_path):
    """X:字Y opens the life; 一九三九年任…第N师师长 with the subject left out is his command, and the division he
    率师 into a later fight fought it."""
    d = extract(tmp_path, _GLOSS)
    assert ("赵振国", "第98师") in {(c["person"], c["unit"]) for c in d["commands"]}
    fight = next(b for b in d["battles"] if b["name"] == "垣曲战斗")
    assert "第98师" in {u["name"] for u in fight["units"]}


def test_a_post_told_without_a_subject_of_the_life_is_nobodys(tmp_path):
    """No name opens a life (no X:字Y): 任第N师师长 with the subject left out is given to no one."""
    text = ("据战史记载,一九三九年任第一一六师师长,同年五月,参加随枣会战。战后该师移驻鄂北,"
            "师部参谋周德明记下了这段经历。\n")
    d = extract(tmp_path, text)
    assert d["commands"] == []


def test_a_campaign_crossing_into_the_next_year_keeps_its_fights(tmp_path):
    """The entry of the very next year (一九三八年一月 after 一九三七年十二月) still tells the campaign, and a town held
    in a sentence the battle took is no fight of its own."""
    text = ("一九三七年十二月,第七十二军参加湘鄂会战,军长刘正平率部进至汉水北岸。一九三八年一月,日军猛攻,"
            "第七十二军坚守汉水北岸重镇石牌湾,与日军激战六昼夜,歼敌两千余人。此役后该军撤至后方整补。\n")
    battles = {b["name"]: b for b in extract(tmp_path, text)["battles"]}
    assert set(battles) == {"湘鄂会战"}
    assert ("JP", 2000) in {(f["side"], f["count"]) for f in battles["湘鄂会战"]["figures"]}


def test_a_village_that_names_the_battle_is_no_commander(tmp_path):
    """驻X县Y庄的第N团主力: the village before 的 + unit reads like a man's name (马, 杨 …); the dictionary's headword
    names the fight after it (Y庄战斗), and no battle is named after a man."""
    text = ("字词 | 杨柳庄战斗 |\n释义 | 杨柳庄战斗抗日战争时期八路军第115师第686团在山东省莒县杨柳庄地区对日军的作战。"
            "1940年3月日军集中900余人,偷袭驻莒县杨柳庄的第686团主力。第686团主力适时转移后突然折回,此战共歼日军150余人。 |\n")
    d = extract(tmp_path, text)
    assert d["persons"] == [] and d["commands"] == []
    b = d["battles"][0]
    assert b["name"] == "杨柳庄战斗" and b["commanders"] == []
    assert "杨柳庄" in {p["name"] for p in b["places"]}


def test_a_man_whose_name_ends_like_a_place_still_fights(tmp_path):
    """战斗 after a man's name is his verb (王金山战斗在最前线): no battle named after him, he stays a commander."""
    text = ("1940年8月,八路军第5团在邢台以西伏击日军。团长王金山率第5团坚守东山,王金山战斗在最前线,"
            "此战共毙伤日军120余人。\n")
    d = extract(tmp_path, text)
    assert "王金山" in {p["name"] for p in d["persons"]}


def test_a_dictionary_sites_holdings_line_is_no_text(tmp_path):
    """收录N条…词条, its function likened to other dictionaries: the site's blurb; 新华 (字典) names no place."""
    text = ("字词 | 石岭关战斗 |\n释义 | 石岭关战斗抗日战争时期第2战区部队在山西省石岭关地区对日军的作战。1937年10月,"
            "守军与日军激战三日,歼日军400余人。 |\n随便看 |\n"
            "本站收录2890000条中英文词条,其功能与新华字典、现代汉语词典等各类词典类似,是语言学习的有利工具。\n")
    b = extract(tmp_path, text)["battles"][0]
    assert "新华" not in {p["name"] for p in b["places"]}
    assert "石岭关" in {p["name"] for p in b["places"]}


def test_a_holdings_line_that_tells_a_battle_stays(tmp_path):
    """A line that counts entries but names a battle is text (a book's preface on its own contents)."""
    text = ("《抗战辞典》收录1200条词条,其中平型关战役一条写道:1937年9月25日,八路军第115师在平型关伏击日军,"
            "歼敌1000余人。\n")
    b = extract(tmp_path, text)["battles"][0]
    assert b["name"] == "平型关战役"
    assert ("JP", 1000) in {(f["side"], f["count"]) for f in b["figures"]}
