"""Round-22 leftovers, each on sentences written for this test (other fights, units, places and persons than the
seed, dev and held-out texts):

- ambush and blocking verbs (伏击, 阻击, 截击, 狙击) make a sentence an action of its battle (its date is the fight's);
  the same words as a role (阻击部队, 伏击圈) do not;
- a relative month (同月, 当月, 也是在这个月, 该月下旬) is the month of the date told before it; 当月亮 (the moon) and
  同月15日 (the day carries its month already) give no second date;
- a deputy named by his unit's post (第84军副军长X) commands that unit; a deputy of no echelon (副参谋长) does not;
- a rare place name of the dictionary (ns) before 战斗 is the fight's place though written once (当年的乍浦战斗); a
  frequent one (山村) is not;
- an army of the 东北抗日联军 (抗联三军, 东北抗联第三军) is a unit of its own, keyed 抗联第N军 with the text's form as
  altLabel, never the NRA's 第N军; a bare 三军 stays no unit;
- a Japanese family name written alone after the full name (牧野 for 牧野四郎) is the man, no county; before a place
  word (山田村) it names the place;
- an idiom of the lexicon (夸下海口) holds no place, not even the city its last characters spell;
- a county written only after one family name, again and again (张永和), is a man's given name;
- a drama's retelling (在电视剧《X》中的A…, until 而…的原型) names no unit of the real fight; a source quoted so
  (在《X》中记载) is no fiction.
"""

from __future__ import annotations

from pathlib import Path

from helpers import extract_json, extract_jsonl

from kangzhan.extract.mentions.dates import find_dates


def _battles(tmp_path: Path, text: str) -> list[dict]:
    return extract_json(tmp_path, text)["battles"]


def _mentions(tmp_path: Path, text: str, kind: str) -> list[dict]:
    return [m for m in extract_jsonl(tmp_path, text) if m["kind"] == kind]


# --- ambush and blocking verbs ------------------------------------------------------------------------------------

_BLOCKING = ("石岭关阻击战\n\n1940年9月18日,八路军第358旅第716团奉命由岚县南下,进驻石岭关以北的王家庄。"
             "9月21日拂晓,该团在石岭关附近阻击由忻县北犯的日军,激战至黄昏,毙伤日军百余人。\n")


def test_a_blocking_action_dates_its_fight(tmp_path):
    (b,) = _battles(tmp_path, _BLOCKING)
    assert b["start"] == "1940-09-21"


def test_a_blocking_role_is_no_action(tmp_path):
    text = _BLOCKING.replace("进驻石岭关以北的王家庄。", "进驻石岭关以北的王家庄,担任阻击部队。").replace(
        "该团在石岭关附近阻击由忻县北犯的日军,激战至黄昏,毙伤日军百余人", "日军由忻县北犯,激战至黄昏,被毙伤百余人")
    (b,) = _battles(tmp_path, text)
    assert b["start"] == "1940-09-18"


# --- relative months ----------------------------------------------------------------------------------------------

def test_a_relative_month_is_the_month_told_before():
    text = "1941年5月,日军向中条山发起进攻。\n也是在这个月,第三军在垣曲以北苦战。同月下旬,该军突围。"
    got = [(m.text, m.value["date"].iso, m.value["date"].note) for m in find_dates(text)]
    assert ("这个月", "1941-05", None) in got
    assert ("同月下旬", "1941-05", "下旬") in got


def test_the_moon_and_a_month_with_its_day_give_no_relative_month():
    text = "1942年8月,游击队夜袭车站。每当月亮升起,战士们便出发。当月15日,该队再袭车站。"
    got = [(m.text, m.value["date"].iso) for m in find_dates(text)]
    assert got == [("1942年8月", "1942-08"), ("15日", "1942-08-15")]


# --- deputies named by their unit's post --------------------------------------------------------------------------

def test_a_deputy_of_the_units_echelon_commands_it(tmp_path):
    text = "1939年5月,第84军在随县以北与日军激战。第84军副军长覃连芳亲临一线督战,副参谋长韦云淞负伤。"
    cmds = {(c["person"], c["unit"]) for c in extract_json(tmp_path, text)["commands"]}
    assert ("覃连芳", "第84军") in cmds
    assert not any(p == "韦云淞" for p, _ in cmds)  # a deputy of no echelon: no command


# --- a rare dictionary place before 战斗 --------------------------------------------------------------------------

def test_a_rare_dictionary_place_names_its_fight(tmp_path):
    names = [m["value"]["name"] for m in _mentions(tmp_path, "老兵回忆起当年的乍浦战斗,仍然心有余悸。", "place")]
    assert "乍浦" in names


def test_a_frequent_dictionary_word_before_zhandou_is_no_place(tmp_path):
    assert not _mentions(tmp_path, "老兵回忆起当年的山村战斗,仍然心有余悸。", "place")


# --- armies of the 东北抗日联军 ----------------------------------------------------------------------------------

def test_an_army_of_the_kanglian_is_its_own_unit(tmp_path):
    text = "1936年秋,东北抗联第三军在汤原一带伏击日伪军,赵尚志指挥抗联三军连战连捷。国民革命军第三军则在晋南作战。"
    units = {(m["text"], m["value"]["key"], m["value"]["side"]) for m in _mentions(tmp_path, text, "unit")}
    assert ("东北抗联第三军", "抗联第3军", "CN") in units
    assert ("抗联三军", "抗联第3军", "CN") in units
    assert ("第三军", "第3军", "CN") in units  # the NRA's army stays 第3军
    facts = extract_json(tmp_path, text)
    alts = {a for u in facts["units"] if u["name"] == "抗联第3军" for a in u.get("alt_labels", [])}
    assert {"东北抗联第三军", "抗联三军"} <= alts


def test_a_bare_small_army_number_is_no_unit(tmp_path):
    text = "1936年秋,三军将士在汤原一带伏击日伪军。"
    assert not [m for m in _mentions(tmp_path, text, "unit") if m["text"].endswith("三军")]


# --- family names, idioms and given names -------------------------------------------------------------------------

def test_a_japanese_family_name_alone_is_the_man_not_a_county(tmp_path):
    text = "1944年10月,日军第16师团师团长牧野四郎中将坐镇莱特岛,大本营严令牧野死守。"
    persons = [(m["text"], m["value"]["name"]) for m in _mentions(tmp_path, text, "person")]
    assert ("牧野", "牧野四郎") in persons
    facts = extract_json(tmp_path, text)
    assert not any(p["name"] == "牧野" for b in facts["battles"] for p in b["places"])
    assert not any(b["name"].startswith("牧野") for b in facts["battles"])


def test_a_family_name_alone_needs_the_full_name_in_the_text(tmp_path):
    text = "1944年10月,日军第16师团坐镇莱特岛,大本营严令死守。牧野一带的民众纷纷捐款。"
    assert not [m for m in _mentions(tmp_path, text, "person") if m["text"] == "牧野"]


def test_an_idiom_holds_no_place(tmp_path):
    text = "1941年秋,日军师团长夸下海口,要在三日之内攻占长沙城。"
    names = [m["value"]["name"] for m in _mentions(tmp_path, text, "place")]
    assert "海口" not in names and "夸下海口" not in names
    assert "长沙" in names


def test_a_county_written_only_after_one_surname_is_a_given_name(tmp_path):
    text = "小说中的张永和曾经率部夜袭县城,张永和的部队一战成名,而张永和的原型是八路军的一位营长。"
    assert not [m for m in _mentions(tmp_path, text, "place") if m["value"]["name"] == "永和"]


def test_a_county_written_alone_too_stays_a_place(tmp_path):
    text = "1938年3月,日军进犯永和,张永和率民团在永和城外阻击。"
    assert [m for m in _mentions(tmp_path, text, "place") if m["value"]["name"] == "永和"]


# --- a drama's retelling --------------------------------------------------------------------------------------

def test_a_dramas_retelling_names_no_unit_of_the_fight(tmp_path):
    text = ("在电视剧《烽火》中的赵铁柱率领独立团伏击日军,让第七师的钱师长佩服不已,而赵铁柱的原型就是新四军的一位团长。"
            "1941年3月,新四军第二师在来安县伏击日军。")
    units = {u["name"] for b in _battles(tmp_path, text) for u in b["units"]}
    assert "第7师" not in units
    assert "第2师" in units


def test_a_source_quoted_so_is_no_fiction(tmp_path):
    text = "在《抗战史料选编》中记载,1938年3月,第七师在临城以东阻击日军。"
    units = {u["name"] for b in _battles(tmp_path, text) for u in b["units"]}
    assert "第7师" in units


def test_a_family_name_before_a_place_word_names_the_place(tmp_path):
    text = "1939年5月,日军第15师团(师团长山田清一)由山田村出发,向金溪进攻。"
    assert not [m for m in _mentions(tmp_path, text, "person") if m["text"] == "山田"]
