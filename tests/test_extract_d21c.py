"""A book's chapter titled by the place of the fight it tells (round 21's diagnosis): every sentence here is written
for the test (other places, units and persons than any gold text)."""
from helpers import extract_json as extract


def _names(doc):
    return {b["name"] for b in doc["battles"]}


def test_a_chapter_titled_by_a_place_and_its_part_number_names_the_fight_it_tells(tmp_path):
    text = ("第五章 瓦鲁班之一\n\n"
            "日军第18师团第114联队第二大队被截断了退路,大队长山本下令向东突围。\n\n"
            "新22师第66团在瓦鲁班以南堵住了去路,日军连攻三天毫无进展。在缅北作战中,这样的阻击并不少见。\n")
    doc = extract(tmp_path, text)
    assert "瓦鲁班战斗" in _names(doc)
    b = next(b for b in doc["battles"] if b["name"] == "瓦鲁班战斗")
    assert "瓦鲁班" in {p["name"] for p in b["places"]}
    assert "第66团" in {u["name"] for u in b["units"]}


def test_a_numbered_chapter_with_the_place_alone_names_its_fight(tmp_path):
    text = ("第十二节 孟拱\n\n"
            "英军第77旅在孟拱以北同日军第53师团展开激战,双方反复争夺河边的高地。在缅北作战中,这一仗最为惨烈。\n")
    doc = extract(tmp_path, text)
    assert "孟拱战斗" in _names(doc)


def test_a_chapter_on_a_place_that_tells_no_fight_by_units_names_none(tmp_path):
    text = ("第三章 瓦鲁班之二\n\n"
            "瓦鲁班是一个小村,村民以种稻为生,雨季道路泥泞。在缅北作战中,这里曾经是后方的集市。\n")
    doc = extract(tmp_path, text)
    assert "瓦鲁班战斗" not in _names(doc)


def test_a_chapter_whose_prose_names_its_own_fight_keeps_that_name(tmp_path):
    text = ("第四章 于邦之二\n\n"
            "新38师第112团在于邦以西坚守阵地,日军第55联队连续猛攻,史称于邦战斗。\n")
    doc = extract(tmp_path, text)
    assert _names(doc) == {"于邦战斗"}
