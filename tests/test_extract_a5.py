"""Units and commanders of found fights (helper a5, session 21): the leader a text says led a fight and the unit he
commanded then, and no junk person or unit.

Principle: the person a text says led a fight (率部参加A、B等战斗; the clause's left-out subject beside a companion
与政委X率…; a man who opens the clause) commands every fight of that clause, and his force left unnamed (率部, 指挥部队,
指挥了X) is the unit he was last said to command (任A团副团长、团长, 因功升B团团长); a force is named wherever the text
leads or designates it (率领甲乙游击队, 番号叫丙丁队); a word's tail (国民|党政府) is no person and a pronoun
(他们|县大队) names no county. All sentences are invented, in several genres (encyclopedia entry, biography list,
memoir, chronicle, social post).
"""
from helpers import extract_json


def _battles(tmp_path, text: str) -> dict[str, dict]:
    return {b["name"]: b for b in extract_json(tmp_path, text)["battles"]}


def _units(b: dict) -> set[str]:
    return {u["name"] for u in b["units"]}


def _commanders(b: dict) -> set[str]:
    return {c["name"] for c in b["commanders"]}


def test_an_entrys_man_with_an_open_life_span_leads_his_brigade_into_his_fights(tmp_path):
    facts = extract_json(tmp_path, "词条 | 林振华 |\n释义 | 林振华1901~1940原名林德,字子安。1936年任第六十三师一八八旅旅长。"
                                   "抗战爆发后率部北上,1938年春在台头镇战斗中重创日军。5月他率部坚守西河口3昼夜,"
                                   "在西河口战斗中壮烈殉国。 |\n")
    b = {x["name"]: x for x in facts["battles"]}
    assert "林振华" in _commanders(b["西河口战斗"])
    assert "第188旅" in _units(b["西河口战斗"])
    assert ("林振华", "第188旅") in {(c["person"], c["unit"]) for c in facts["commands"]}


def test_a_post_list_gives_the_command_and_the_listed_fights_share_their_leader(tmp_path):
    facts = extract_json(tmp_path, "第1位:赵德明\n\n抗日战争爆发后,赵德明任八路军第120师358旅716团副团长、团长,"
                                   "率部参加雁门关、宁武等战斗。\n\n1940年初与政治委员孙立明率教导第2旅运用围点打援的"
                                   "战法,取得柳河镇战斗的胜利。\n")
    b = {x["name"]: x for x in facts["battles"]}
    assert ("赵德明", "第716团") in {(c["person"], c["unit"]) for c in facts["commands"]}
    assert "赵德明" in _commanders(b["宁武战斗"])
    assert {"赵德明", "孙立明"} <= _commanders(b["柳河镇战斗"])  # the companion and the subject left out


def test_deputies_only_give_no_command(tmp_path):
    facts = extract_json(tmp_path, "1937年秋,钱志远任第716团副团长、副政委,随部参加宁武战斗。\n")
    assert not facts["commands"]


def test_a_pronouns_county_force_is_no_unit_but_a_named_county_force_is(tmp_path):
    b = _battles(tmp_path, "爷爷说,鬼子的骑兵跑得比驴都快。有次他们县大队刚在白河村摸了两个哨兵,转眼就被三面包围。\n"
                           "后来平山县大队在白河村伏击日军,打死十几个鬼子。\n")
    units = set().union(*map(_units, b.values()))
    assert "平山县大队" in units
    assert not any(u.startswith("他们") for u in units)


def test_a_force_led_by_its_man_is_named_whatever_its_name_but_not_a_common_word(tmp_path):
    b = _battles(tmp_path, "1941年冬,刘长海率领禾平游击队夜袭石门据点,毙伤日伪军20余人。\n"
                           "次日,他带领当地游击队转移到山里。\n")
    units = set().union(*map(_units, b.values()))
    assert "禾平游击队" in units
    assert "当地游击队" not in units


def test_a_designation_names_a_force(tmp_path):
    from kangzhan.extract.mentions.units import find_units
    keys = {m.value["key"] for m in find_units("宝安大队抽出部分战士约30多人,番号叫华林队,到路东活动。")}
    assert "华林队" in keys
    assert not {m.value["key"] for m in find_units("他的番号叫什么,谁也说不清。")} - {"什么"}


def test_a_promotion_later_in_the_mans_clause_gives_his_regiment(tmp_path):
    facts = extract_json(tmp_path, "吴卫国,河北清苑人。吴卫国在1936年因功升第35军12师67团团长。1937年8月,吴卫国指挥部队"
                                   "在南口与日军血战10天,毙敌千余人。\n")
    assert ("吴卫国", "第67团") in {(c["person"], c["unit"]) for c in facts["commands"]}


def test_a_words_tail_is_no_person(tmp_path):
    facts = extract_json(tmp_path, "赵光荣1934年任国民党政府第二十军六十一师参谋长。1937年随部参加淞沪会战。\n")
    assert "党政府" not in {p["name"] for p in facts["persons"]}
