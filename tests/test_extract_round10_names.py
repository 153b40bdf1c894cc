"""Battle names from held-out round 10 (a memorial site's page, a journal article's head), each checked on new sentences
written for the test (none is taken from the held-out texts): a village named after a family keeps its family name,
a fight named after an unknown place that the text keeps naming as its subject is a battle, and a list of other
names (也称A、B、C等) gives another name of the battle, never one name joined by 、 nor battles of their own."""
from helpers import extract_json as extract
from helpers import extract_jsonl


def _battle_names(tmp_path, text: str) -> set[str]:
    rows = extract_jsonl(tmp_path, text)
    return {r["value"]["name"] for r in rows if r.get("kind") == "battle" and r["value"].get("name")}


def test_a_village_named_after_a_family_keeps_the_family_name_in_the_battle_name(tmp_path):
    names = _battle_names(tmp_path, "张老庄战斗结束后,乡亲们掩埋了牺牲的战士。")
    assert "张老庄战斗" in names and "老庄战斗" not in names
    names = _battle_names(tmp_path, "1941年春,王家集战斗打响,游击队坚持到天黑。")
    assert "王家集战斗" in names
    facts = extract(tmp_path, "1944年5月,李老庄战斗中,民兵击退日军三次进攻。")
    assert [b["name"] for b in facts["battles"]] == ["李老庄战斗"]


def test_a_fight_named_after_an_unknown_place_and_repeated_as_the_subject_is_a_battle(tmp_path):
    text = ("梅岗战斗,因发生在梅岗而得名。梅岗战斗由游击支队司令员陈大勇指挥,歼敌四十余人。"
            "梅岗战斗是该支队的第一个胜仗。")
    facts = extract(tmp_path, text)
    assert [b["name"] for b in facts["battles"]] == ["梅岗战斗"]
    text = "石坳战斗发生于1940年秋。石坳战斗中,独立营伏击日军运输队。"
    assert [b["name"] for b in extract(tmp_path, text)["battles"]] == ["石坳战斗"]


def test_a_word_before_a_fight_named_once_is_no_battle_name(tmp_path):
    # once only, not as a subject: 空中战斗 / 夜间战斗 are kinds of fighting, not places (a stem shaped like a place,
    # 梅岗 in X岗, is a place's name said once since nm9: tests/test_extract_nm9.py)
    assert _battle_names(tmp_path, "部队进入阵地后,夜间战斗的准备才开始。") == set()
    assert _battle_names(tmp_path, "部队进入阵地后,空中战斗的准备才开始。") == set()


def test_other_names_listed_after_also_called_are_aliases_of_the_battle(tmp_path):
    text = ("松岭战斗,因发生在松岭而得名,在一些书中也称之为松岭伏击战、松岭之战、松岭大捷等。"
            "松岭战斗由独立团团长赵志远指挥。")
    facts = extract(tmp_path, text)
    assert [b["name"] for b in facts["battles"]] == ["松岭战斗"]
    alts = set(facts["battles"][0]["alt_labels"])
    assert {"松岭伏击战", "松岭之战", "松岭大捷"} <= alts
    assert not any("、" in a for a in alts)
    # a stem no gazetteer knows: the list itself says these are names
    text = ("梅岗战斗,因发生在梅岗而得名,也称之为梅岗伏击战、梅岗初战、梅岗大捷等。梅岗战斗由游击支队司令员陈大勇指挥。")
    facts = extract(tmp_path, text)
    assert [b["name"] for b in facts["battles"]] == ["梅岗战斗"]
    alts = set(facts["battles"][0]["alt_labels"])
    assert {"梅岗伏击战", "梅岗大捷"} <= alts and not any("、" in a for a in alts)


def test_a_name_is_never_two_battle_names_joined_by_a_list_comma(tmp_path):
    text = "平型关战斗后,八路军又打了广阳伏击战、阳明堡之战等,日军损失很大。"
    names = _battle_names(tmp_path, text)
    assert not any("、" in n for n in names)
    assert "阳明堡之战" in names


def test_a_role_named_detachment_of_a_named_army_is_a_unit_of_its_own_with_the_army_in_its_name(tmp_path):
    facts = extract(tmp_path, "1940年春,八路军先遣支队司令员王光华指挥部队在石门伏击日军,歼敌百余人。")
    units = {(u["name"], u["side"]) for u in facts["units"]}
    assert ("八路军先遣支队", "CN") in units
    assert ("王光华", "八路军先遣支队") in {(c["person"], c["unit"]) for c in facts["commands"]}
    facts = extract(tmp_path, "1939年夏,新四军挺进纵队在江边袭击日军据点。")
    assert ("新四军挺进纵队", "CN") in {(u["name"], u["side"]) for u in facts["units"]}
    # a role word alone names no unit (先遣支队 of any army, 右翼支队 of an order of battle)
    facts = extract(tmp_path, "1939年夏,先遣支队在江边袭击日军据点。")
    assert "先遣支队" not in {u["name"] for u in facts["units"]}


def _place_names(tmp_path, text: str) -> set[str]:
    return {r["value"]["name"] for r in extract_jsonl(tmp_path, text) if r.get("kind") == "place"}


def test_a_name_the_text_glosses_as_a_village_or_as_the_place_a_battle_is_named_after_is_a_place(tmp_path):
    assert "梅岗" in _place_names(tmp_path, "梅岗,村名,位于县城东郊,地处两县交界之处。")
    assert "石坳" in _place_names(tmp_path, "石坳战斗,因发生在石坳而得名。")
    assert "柳坪" in _place_names(tmp_path, "柳坪，山村名，抗战时是游击区的中心。")
    # a person glossed by his role is no place
    assert "陈大勇" not in _place_names(tmp_path, "陈大勇,支队司令员,指挥了这次战斗。")


def test_a_division_word_after_a_place_closes_it_and_is_no_part_of_the_next_name(tmp_path):
    names = _place_names(tmp_path, "纪念馆位于山东省临沂市沂南县孙老庄乡孙老庄街东头。")
    assert "孙老庄" in names
    assert not any(n.startswith("乡") for n in names)


def _figures(tmp_path, text: str) -> set[tuple]:
    rows = extract_jsonl(tmp_path, text)
    return {(r["value"]["count"], r["value"]["side"], r["value"]["category"]) for r in rows if r.get("kind") == "figure"}


def test_men_who_gave_their_lives_all_of_them_are_a_count_of_the_own_sides_dead(tmp_path):
    text = "黄土坡战斗中,日军进攻黄土坡。守军一个排与敌人肉搏,终因寡不敌众,排长以下36位勇士全部以身殉国。"
    assert (36, "CN", "killed") in _figures(tmp_path, text)
    text = "战至黄昏,阵地上的19名壮士全都壮烈殉国。"
    assert (19, "CN", "killed") in _figures(tmp_path, text)
