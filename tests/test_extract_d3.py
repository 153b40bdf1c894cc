"""Round 16's diagnosis (read after its blind measurement): a forced river crossing is a fight named by the act,
a life's 'first battle' is no battle's name, and a part of the campaign told again in the body (a diary's order
and its outcome) owns the account from there; every sentence here is written for the test."""
from helpers import extract_json as extract

from kangzhan.extract.mentions.battles import find_battles
from kangzhan.extract.mentions.persons import find_persons
from kangzhan.extract.mentions.places import find_places


def _names(doc: dict) -> set[str]:
    return {b["name"] for b in doc["battles"]}


def test_a_crossing_named_as_a_campaigns_part_and_retold_in_a_diary_takes_the_account(tmp_path):
    text = ("【按语】武汉会战之强渡富水河\n"
            "1938年武汉会战历时四个多月,双方投入兵力百万以上。\n"
            "十月五日\n"
            "我们奉命在今夜强渡富水河,第二大队在左翼配合。\n"
            "十月六日\n"
            "昨夜强渡富水河没有成功,第七中队伤亡很大。\n")
    doc = extract(tmp_path, text)
    assert {"强渡富水河", "武汉会战"} <= _names(doc)
    crossing = next(b for b in doc["battles"] if b["name"] == "强渡富水河")
    assert "第7中队" in {u["name"] for u in crossing["units"]}


def test_a_crossing_named_once_in_passing_is_no_fight(tmp_path):
    text = "1940年5月,第33集团军在襄河东岸与日军激战,后奉命抢渡汉水,转移至南漳一带休整,此役史称枣宜会战。\n"
    assert not any(n.startswith(("强渡", "抢渡")) for n in _names(extract(tmp_path, text)))


def test_a_lifes_first_battle_is_no_battle_name(tmp_path):
    text = ("1939年冬,桂南会战爆发。张某在广西的第一场战役即是本次会战。"
            "第200师在昆仑关与日军激战,歼敌四千余人。\n")
    names = _names(extract(tmp_path, text))
    assert "第一场战役" not in names and "桂南会战" in names


def test_crossings_told_inside_a_campaigns_account_are_its_movements(tmp_path):
    text = ("1941年9月,第二次长沙会战爆发。日军第3师团于18日拂晓强渡汨罗江,第6师团随后亦分路强渡汨罗江,"
            "第37军在江南岸节节抵抗。\n")
    names = _names(extract(tmp_path, text))
    assert "第二次长沙会战" in names and not any(n.startswith("强渡") for n in names)


# Session 18 (helper d3): a unit, a man or a place joins a fight only from a clause that tells fighting or
# commanding in it; organisational, touring, commemorative and editorial clauses give none.
def _mnames(ms):
    return {m.value.get("name", m.text) for m in ms}


# -- a list of toured sites is no list of battles ------------------------------------------------------------------
def test_sites_a_tour_visited_are_no_battles():
    text = "访问团此行到了甲城、乙州、丙县等抗战旧址进行采访。"
    assert not any(n.endswith("抗战") for n in _mnames(find_battles(text)))


def test_a_list_of_battles_sharing_a_battle_word_stays():
    text = "他先后参加了甲城、乙州、丙县等战役，屡立战功。"
    assert {"甲城战役", "乙州战役", "丙县战役"} <= _mnames(find_battles(text))


# -- a count of times before a campaign names a series, an ordinal one campaign --------------------------------------
def test_a_series_of_campaigns_is_no_battle():
    assert "丁江会战" not in _mnames(find_battles("甲山是三次丁江会战的主战场，双方在此激战多次。"))


def test_an_ordinal_campaign_stays():
    assert "第三次丁江会战" in _mnames(find_battles("甲山是第三次丁江会战的主战场，双方在此激战多次。"))


# -- a name is no piece of a battle's name, nor runs into a verb --------------------------------------------------
def test_no_commander_read_out_of_a_battle_name(tmp_path):
    text = ("戊山大捷\n1942年2月3日，日军进攻戊山，守军与日军血战一昼夜，毙敌800余人。"
            "外电称：“盟军的胜利，全赖华军长沙大捷”。\n")
    d = extract(tmp_path, text)
    assert not {p["name"] for p in d["persons"]} & {"沙大捷", "全赖华"}


def test_a_commander_before_his_title_stays(tmp_path):
    d = extract(tmp_path, "戊山战斗\n1942年2月3日，第9军军长周某某率部在戊山与日军激战，毙敌300余人。\n")
    assert "周某某" in {p["name"] for p in d["persons"]}


def test_a_name_does_not_swallow_the_verb_after_it():
    assert "刘汉窜" not in _mnames(find_persons("团长刘汉窜至村口。"))
    assert "后历" not in _mnames(find_persons("1938年他任第三团团长，后历任旅长、师长。"))


def test_a_name_before_another_word_keeps_its_last_character():
    assert "刘汉林" in _mnames(find_persons("团长刘汉林率部出击，攻入村内。"))


# -- a text with an organisation clause and a fight (shared by the tests below) ------------------------------------
_ORG = ("甲村战斗\n\n1940年春，抗日游击第3路军缩编为第2、第5、第8支队，由王振山任总指挥。\n"
        "1940年5月12日，日军一个中队进犯甲村。第5支队支队长赵铁林立即命令第一中队占领村东高地，与日军激战三小时，"
        "毙敌30余人。\n")


def test_units_reorganised_in_a_fighting_sentence_stay(tmp_path):
    text = "乙镇战斗\n1941年6月，新编第2支队在乙镇与日军激战一昼夜，毙敌50余人。\n"
    b = extract(tmp_path, text)["battles"][0]
    assert "新编第2支队" in {u["name"] for u in b["units"]} or "第2支队" in {u["name"] for u in b["units"]}


# -- a company a Chinese commander orders is on his side ------------------------------------------------------------
def test_a_company_ordered_by_a_chinese_commander_is_chinese(tmp_path):
    d = extract(tmp_path, _ORG)
    assert {u["name"]: u["side"] for u in d["units"]}.get("第1中队") == "CN"


def test_a_japanese_company_stays_japanese(tmp_path):
    text = "丙庄战斗\n1941年3月，日军第三中队进犯丙庄，县大队在村口伏击，毙敌20余名。\n"
    d = extract(tmp_path, text)
    assert {u["name"]: u["side"] for u in d["units"]}.get("第3中队") == "JP"


# -- a fight at the place a named battle bears is that battle's, inside the campaign -------------------------------
_PART = ("庚岭大捷\n庚岭是第二次辛城会战的主战场之一。"
         "1941年10月5日凌晨，日军突袭庚岭北坡守军阵地，双方肉搏至中午，最终歼敌2000余人。\n")


def test_a_fight_told_at_a_named_battles_place_is_that_battle(tmp_path):
    d = extract(tmp_path, _PART)
    b = next(x for x in d["battles"] if x["name"] == "庚岭大捷")
    assert b["start"] == "1941-10-05"
    assert any(f["count"] == 2000 for f in b["figures"])


# -- editors' notes, anniversaries and visits give no places -------------------------------------------------------
def test_an_editors_bracketed_note_tells_no_fight(tmp_path):
    text = ("壬河战斗\n\n【编者链接】1931年，日军在甲州制造事端，此后在乙城挑起战争。\n\n"
            "壬河战斗:1940年3月2日，八路军某部在壬河伏击日军，毙敌60余人。\n")
    b = extract(tmp_path, text)["battles"][0]
    assert not {p["name"] for p in b["places"]} & {"甲州", "乙城"}


def test_a_paragraph_without_a_bracketed_label_stays(tmp_path):
    text = "壬河战斗\n\n1940年3月2日，八路军某部在壬河伏击日军，日军由甲州增援，毙敌60余人。\n"
    b = extract(tmp_path, text)["battles"][0]
    assert "壬河" in {p["name"] for p in b["places"]}


def test_places_of_an_anniversary_clause_are_no_battlefields(tmp_path):
    text = ("今年是抗战胜利暨海南光复80周年。\n癸山战斗\n1943年4月9日，日军进攻癸山，守军激战终日，毙敌百余人。\n")
    b = next(x for x in extract(tmp_path, text)["battles"] if x["name"] == "癸山战斗")
    assert "海南" not in {p["name"] for p in b["places"]}


def test_a_context_place_drops_the_move_after_it():
    names = _mnames(find_places("日军取道甲家庄北上，途经乙镇西去。"))
    assert "乙镇" in names and "乙镇西去" not in names


def test_a_post_of_no_echelon_after_a_list_heads_no_last_item(tmp_path):
    d = extract(tmp_path, _ORG)
    assert ("王振山", "第8支队") not in {(c["person"], c["unit"]) for c in d["commands"]}


def test_a_post_after_a_single_unit_heads_it(tmp_path):
    d = extract(tmp_path, "1940年春，第8支队进驻甲村，由王振山任总指挥。\n")
    assert ("王振山", "第8支队") in {(c["person"], c["unit"]) for c in d["commands"]}
