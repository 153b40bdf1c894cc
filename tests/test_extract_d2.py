"""Rules from round 16's diagnosis (read after its blind measurement); every sentence here is written for the test."""
from helpers import extract_json as extract


def test_a_local_history_defence_told_with_meet_and_strike_words_is_a_fight(tmp_path):
    """迎击/抗击/痛击 (to meet, resist, strike the enemy) are how a county history tells a defence: with the enemy's
    进犯 and a unit they make the account of a fight even when the copy breaks off as the fighting starts."""
    text = ("民国三十三年(1944)春,日军一部由海上登陆,企图进犯平和县。平和县政府闻讯,即派保安团第三营营长陈志远"
            "率两个连驻守平和、南靖交界的大芹岭,迎击来犯之敌。陈志远定计分兵,一连守岭口,一连守石门坑,"
            "以便相互策应,痛击日寇。农历四月初九日(5月1日)拂晓,日军先头部队抵达岭下。\n")
    battles = extract(tmp_path, text)["battles"]
    assert len(battles) == 1
    b = battles[0]
    assert b["name"] in {"平和战斗", "大芹岭战斗"} and b["start"] == "1944-05-01"
    assert "大芹岭" in {p["name"] for p in b["places"]}
    assert "陈志远" in {c["name"] for c in b["commanders"]}


def test_resisting_the_invasion_in_general_is_no_fight(tmp_path):
    """抗击/迎击 said of a whole people, with no unit and no fight, coins nothing."""
    text = ("抗战时期,福建各地民众踊跃支前,抗击日本侵略者。许多青年报名参军,妇女缝制军鞋,商人捐献钱粮,"
            "迎击来犯之敌的决心遍及城乡。\n")
    assert extract(tmp_path, text)["battles"] == []


def test_a_battle_named_twice_late_does_not_swallow_one_told_sentences_before(tmp_path):
    """A forum post or a commentary cites one battle, argues for sentences, then cites another whose place comes
    twice (X之战 … X阵地): the later one is no single topic of the text; the first keeps its own figures and is
    no part of the second."""
    text = ("关于双方伤亡,各方说法不一。比如在淞沪会战中,中方认为击毙日军四万余人,而日方公布的阵亡人数只有九千余,"
            "相差四倍。一些学者认为中方统计有所夸大。但日军的作战记录也有很多疑点。又如昆仑关之战,"
            "日军第五师团第二十一旅团伤亡惨重,在昆仑关阵地上几乎全军覆没。\n")
    battles = {b["name"]: b for b in extract(tmp_path, text)["battles"]}
    assert set(battles) == {"淞沪会战", "昆仑关之战"}
    assert battles["昆仑关之战"].get("part_of") is None
    assert 40000 in {f["count"] for f in battles["淞沪会战"]["figures"]}
    assert "昆仑关" not in {p["name"] for p in battles["淞沪会战"]["places"]}


def test_a_count_of_officers_before_their_title_is_no_name(tmp_path):
    """马、何两名营长 / 李、郭二位连长: the surnames are counted before the title; 何两名 is no person."""
    text = "1942年秋,新编第十二师师长刘志诚命其属下马、何两名营长分守东西两门。\n"
    names = {p["name"] for p in extract(tmp_path, text)["persons"]}
    assert "刘志诚" in names
    assert not any(n.endswith(("两名", "二位")) for n in names)
