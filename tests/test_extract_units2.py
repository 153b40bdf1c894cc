"""Units that are not "第N + echelon": the named units of the base areas and guerrilla forces (X警卫团, X游击大队,
X纵队, 来六支队-style abbreviations written after the formation they belong to), a province's security units
(江苏省保安第9旅), the puppet forces (伪X师, 伪自卫团, 和平军第N师, 伪X师第N团) and a short numbered part after
its parent (二师四旅). Sides follow the text's cue (伪/日/敌 → JP), Chinese by default for the named local units.

The sentences are new, written after the patterns of public pages on these forces (local histories of the
base areas: fx361.cc 陈庄战斗, handandangshi.gov.cn 邯郸县抗日游击大队, 360doc 任邱伪军反正; 华南游击队 pages:
news.hndaily.cn, 东江/琼崖/珠江纵队; 东北抗联: xibaipo.com 王德泰 (伪自卫团); puppet armies: sinovision.net 伪军
(和平建国军, 华北治安军), jizihe.com 河北民军 (皇协军), handmsg.com 泰兴县独立团), with other places and numbers.
"""
from helpers import extract_json

from kangzhan.extract.mentions.units import find_units


def _units(tmp_path, text: str) -> dict[str, str | None]:
    facts = extract_json(tmp_path, text)
    return {u["name"]: u["side"] for b in facts["battles"] for u in b["units"]}


def _keys(text: str) -> dict[str, str | None]:
    return {m.value["key"]: m.value["cue"] for m in find_units(text)}


def test_a_named_unit_after_its_military_subdistrict_is_a_chinese_unit(tmp_path):
    units = _units(tmp_path, "石桥战斗\n1943年5月12日，新四军淮北第三军分区西北警卫团夜袭石桥镇日军据点，"
                             "毙伤日军40余人。\n")
    assert units.get("西北警卫团") == "CN"


def test_an_abbreviated_detachment_after_its_subdistrict_and_a_part_after_its_division(tmp_path):
    units = _units(tmp_path, "柳河集战斗\n1942年8月3日，新四军三师七旅兼淮海军分区泗沭支队，攻克伪军据点柳河集，"
                             "全歼伪保安团1个营。\n")
    assert units.get("泗沭支队") == "CN"
    assert units.get("第7旅") == "CN"  # 三师七旅: the brigade of the 3rd division
    assert units.get("第3师") == "CN"


def test_a_numbered_regiment_of_a_puppet_division_is_on_the_japanese_side(tmp_path):
    units = _units(tmp_path, "马集战斗\n1944年3月9日，八路军冀鲁豫军分区部队攻克马集，全歼伪苏北警备师第五团一个营，"
                             "俘伪军营长以下200余人。\n")
    assert units.get("第5团") == "JP"  # the regiment of a puppet division: keyed by its own number, Japanese side
    units = _units(tmp_path, "马集战斗\n1944年3月9日，八路军冀鲁豫军分区部队攻克马集，全歼伪和平救国军第五团一个营。\n")
    assert units.get("伪和平救国军第五团") == "JP"  # after the puppet army's name: the name leads the key, as written


def test_units_named_after_a_place_are_chinese():
    keys = _keys("1943年冬，惠阳大队与东江纵队一部攻占伪军据点沙头圩，冀中警备旅、磐石游击队亦同时出击。")
    assert {"惠阳大队", "东江纵队", "冀中警备旅", "磐石游击队"} <= set(keys)
    assert all(keys[k] is None for k in ("惠阳大队", "东江纵队", "冀中警备旅", "磐石游击队"))  # no cue: CN by default
    units = {m.value["key"]: m.value["implied"] for m in find_units("泰兴县独立团夜袭黄桥日军。")}
    assert units.get("泰兴县独立团") == "CN"
    assert "涉县抗日游击大队" in _keys("涉县抗日游击大队在河南店伏击日军运输队。")  # the cause between place and force


def test_puppet_forces_by_name_are_japanese():
    keys = _keys("日伪军纠集伪自卫团、伪警备旅和伪蒙疆军向游击区进犯，和平军第二师随后跟进。")
    assert keys.get("伪自卫团") == "JP"
    assert keys.get("伪警备旅") == "JP"
    assert keys.get("和平军第二师") == "JP"  # keyed as written: no army's numbering reads a puppet army's name
    assert "第2师" not in keys  # the puppet division is no Chinese 第2师


def test_a_security_brigade_keeps_its_province_in_the_name():
    keys = _keys("原为河南省保安第6旅旅长，后投敌，任伪河南省保安旅旅长。")
    assert keys.get("河南省保安第6旅") == "CN"
    assert keys.get("伪河南省保安旅") == "JP"
    assert "第6旅" not in keys


def test_no_unit_from_ordinary_words():
    keys = _keys("该团全团撤至团部以北，一个团守备县城，伪军一部向我军进攻，他在冀中游击队伍中战斗多年，"
                 "确保安全第一，各县游击队员三百余人。")
    assert not {k for k in keys if k.endswith(("团", "队", "旅")) and not k.startswith("第")}
    assert "第74军" in _keys("第74军一师兵力") and "第1师" not in _keys("第74军一师兵力")  # 一师: a count


def test_wings_of_an_order_of_battle_are_units_with_a_cue_a_parent_or_in_a_list(tmp_path):
    units = _units(tmp_path, "万家岭战斗\n1938年10月，我军右翼兵团、中路兵团主力在德安以西合围日军第106师团，"
                             "右翼兵团第4军攻占张古山。\n")
    assert units.get("右翼兵团") == "CN"
    assert units.get("中路兵团") == "CN"
    assert units.get("第4军") == "CN"
    keys = _keys("第五战区左翼兵团向北推进。命令右翼兵团坚守。")
    assert "左翼兵团" in keys  # after its war zone
    assert "右翼兵团" not in keys  # alone: any side's role
