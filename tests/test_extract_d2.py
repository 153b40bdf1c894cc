"""Round 39 diagnosis (family story, veteran's memoir): a 战争 named after a village is one fight; a stem with an
aspect particle is no fight's place; bodies 撂下 count the leaver's killed; X岩 is a crag's name. Invented sentences,
each with a look-alike."""

from __future__ import annotations

from helpers import extract_json as extract


def _names(facts: dict) -> set[str]:
    return {b["name"] for b in facts["battles"]}


def _places(facts: dict, name: str) -> set[str]:
    b = next(b for b in facts["battles"] if b["name"] == name)
    return {p["name"] for p in b["places"]}


def test_a_war_named_after_a_county_and_its_village_is_one_fight(tmp_path):
    # a grandchild's story: the grandfather's fights, each called 战争, named after a village and a crag
    text = ("我的爷爷生于1923年。1940年春,他被抽了壮丁。\n\n"
            "在爷爷经历的十几场战争里,他最常说起的是临安横溪战争和鹰嘴岩战争。“那时死了好多人。”\n")
    facts = extract(tmp_path, text)
    names = _names(facts)
    assert {"临安横溪战争", "鹰嘴岩战争"} <= names
    assert "横溪" in _places(facts, "临安横溪战争")
    assert "鹰嘴岩" in _places(facts, "鹰嘴岩战争")


def test_wars_named_after_countries_causes_or_provinces_are_no_fights(tmp_path):
    # the look-alike: wars named after a country, an era, a cause or a province
    text = ("我的爷爷生于1923年。他经历过抗日战争和解放战争,后来又去了朝鲜战争。\n\n"
            "他常说浙江战争时期家里很苦,山村战争年代没有饭吃。\n")
    facts = extract(tmp_path, text)
    assert not any(n.endswith("战争") for n in _names(facts))


def test_a_verb_with_its_particle_before_zhandou_is_no_fight(tmp_path):
    # 战斗 as a modifier (战斗工事) after a verb and 了; the text writes 进了村 elsewhere, which is no village's name
    text = ("石岭战斗\n\n半夜哨兵鸣枪报警,全连跑进了战斗工事。鬼子冲了三次,都被打了回去。"
            "天亮后一队日军进了村。\n")
    facts = extract(tmp_path, text)
    names = _names(facts)
    assert "石岭战斗" in names
    assert not any("了" in n for n in names)


def test_bodies_left_behind_colloquially_are_the_leavers_killed(tmp_path):
    # a veteran's memoir: 撂下 N具尸体, said of the attackers who fell back
    text = ("石岭战斗\n\n拂晓,鬼子兵向石岭村连冲两次,都没能进村,撂下三十多具尸体,退到河边去了。\n")
    facts = extract(tmp_path, text)
    figs = [f for b in facts["battles"] for f in b["figures"]]
    assert any(f["count"] == 30 and f["side"] == "JP" and f["kind"] == "casualties" for f in figs), figs


def test_a_load_put_down_is_no_body_count(tmp_path):
    # the look-alike: 撂下 a load (斤), no bodies
    text = "石岭战斗\n\n拂晓,鬼子兵向石岭村连冲两次,都没能进村。老乡撂下三十多斤粮食就走了。\n"
    facts = extract(tmp_path, text)
    figs = [f for b in facts["battles"] for f in b["figures"]]
    assert not any(f["count"] == 30 for f in figs), figs


def test_a_long_teller_before_the_telling_verb_in_a_title_is_no_part_of_the_name(tmp_path):
    # a feature's title: the county, 抗战老兵, the veteran's name, then 讲述 and the battle
    text = ("临溪抗战老兵王大山讲述石岭战役——守在家乡的山口\n\n"
            "1942年6月,日军出动800余人进攻石岭,王大山所在部队在山口阻击三天,日军退去。\n")
    names = _names(extract(tmp_path, text))
    assert "石岭战役" in names
    assert not any("讲述" in n for n in names)
