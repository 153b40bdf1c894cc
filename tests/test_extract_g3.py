"""A person with no military title before the name: a civil, party or village post right before it (县长X, 农会会长X,
地委书记X), a post phrase closed by 的 (时任…助理员的X), or a clause it opens leading men (X带领十余人). The name
then is a person, and its given name no place (a county called like the given name). Checked on new sentences
written for the test (none from the held-out texts), with look-alikes that must not fire."""
from helpers import extract_json as extract

from kangzhan.extract.mentions.persons import find_persons


def _names(text: str) -> set[str]:
    return {m.text for m in find_persons(text)}


def test_name_after_a_post_phrase_closed_by_de_is_a_person():
    assert "赵松溪" in _names("1943年,我遇见了当时任区武委会主任的赵松溪(后来在外省工作)。")
    assert "孙立本" in _names("那年冬天,时任县抗日政府科员的孙立本被捕。")


def test_name_after_a_civil_or_party_post_is_a_person():
    assert "刘大成" in _names("农会会长刘大成,带领村民二十余人埋伏在村口。")
    assert "董景平" in _names("组织部长董景平带领区小队赶到村外。")
    assert "李振华" in _names("县委书记李振华率县大队转移到山区。")


def test_name_opening_a_clause_that_leads_men_is_a_person():
    assert "王明远" in _names("1942年王明远带领十余名队员夜袭据点。")


def test_look_alikes_are_no_persons():
    for s in ("日军进攻湖南省长沙市,守军顽强抵抗。", "日军沿该县长江边推进。", "我区长期坚持斗争。",
              "时任县长的时候,他常下乡。", "救国委员会主任同住在一起。", "李庄带领民兵出击。",
              "他带领三十余人突围。", "县长会议在城内召开。", "县妇救会主任孙秀英在灯下做军鞋。"):
        assert not _names(s), s


def test_traditional_memoir_post_phrase(tmp_path):
    got = extract(tmp_path, "1940年春,時任縣長的陳德芳率自衛隊守城,擊退日軍三百餘人。")
    assert "陈德芳" in {p["name"] for p in got["persons"]}


def test_given_name_of_a_person_is_no_place(tmp_path):
    text = ("1943年,我在回家途中经过一个叫石碾屯的村子,碰见了当时任区特警助理员的孙松溪(解放后在湖南衡阳做过专员)。"
            "夜里二十多个伪军包围了石碾屯,我们扔出手榴弹,趁机冲出村外,伪军逃跑了。\n")
    got = extract(tmp_path, text)
    places = {p["name"] for b in got["battles"] for p in b["places"]}
    assert "松溪" not in places and "石碾屯" in places


def test_county_named_given_name_after_a_civil_title(tmp_path):
    text = ("1941年秋,区长郑宁远带领区小队二十余人在河湾村伏击日伪军,毙伤十余人,余敌逃回据点。\n")
    got = extract(tmp_path, text)
    places = {p["name"] for b in got["battles"] for p in b["places"]}
    assert "宁远" not in places
