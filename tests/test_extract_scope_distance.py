"""A place of another theatre named once inside a battle's account is no place of that battle (fight_places.py
far_places): a province or city far from where the battle's places cluster, in a clause of no war, no unit, no
other place and no tie to the operations. New sentences written for these tests (battles, units and places not of
the set's texts)."""
import re
from urllib.parse import unquote

from helpers import extract_json as extract
from helpers import run_cli

LAOHEKOU = ("1945年3月,日军第110师团与第115师团进攻老河口。老河口战役中,第55军在光化、谷城一线阻击日军,双方激战十余日。"
            "日军攻占光化后,向老河口猛攻。守军第143师坚守老河口城,与敌反复争夺。{aside}4月8日,老河口失守,守军退至谷城以西。\n")


def _places(tmp_path, text: str, battle: str) -> set[str]:
    b = next(b for b in extract(tmp_path, text)["battles"] if b["name"] == battle)
    return {p["name"] for p in b["places"]}


def test_a_far_city_where_someone_went_is_no_place_of_the_battle(tmp_path):
    places = _places(tmp_path, LAOHEKOU.format(aside="此时师长的家眷已前往昆明暂住。"), "老河口战役")
    assert {"老河口", "光化", "谷城"} <= places
    assert "昆明" not in places


def test_a_far_province_of_a_soldiers_home_is_no_place_of_the_battle(tmp_path):
    places = _places(tmp_path, LAOHEKOU.format(aside="该师官兵多为广东子弟。"), "老河口战役")
    assert "广东" not in places and "老河口" in places


def test_a_far_city_in_a_clause_of_fighting_stays(tmp_path):
    places = _places(tmp_path, LAOHEKOU.format(aside="同时,另一路日军进攻长沙。"), "老河口战役")
    assert "长沙" in places  # what the gold of narratives counts: the enemy's other thrust, told in the account


def test_a_far_city_tied_to_the_operations_stays(tmp_path):
    places = _places(tmp_path, LAOHEKOU.format(aside="日军此举意在策应昆明方向。"), "老河口战役")
    assert "昆明" in places


def test_a_far_city_listed_with_other_places_stays(tmp_path):
    places = _places(tmp_path, LAOHEKOU.format(aside="此前该师曾驻防昆明、襄阳等地。"), "老河口战役")
    assert "昆明" in places  # a list of places: the text's own itinerary, not a passing aside


def test_a_near_city_of_an_aside_stays(tmp_path):
    places = _places(tmp_path, LAOHEKOU.format(aside="此时师长的家眷已前往襄阳暂住。"), "老河口战役")
    assert "襄阳" in places  # within FAR_KM of the battle's places


def test_the_province_that_holds_the_battle_is_never_far(tmp_path):
    text = ("1944年6月,日军第56师团据守腾冲城。腾冲战役中,第20集团军渡过怒江,围攻腾冲。第198师攻克来凤山后,向腾冲城猛攻。"
            "守军与敌逐屋争夺,9月14日收复腾冲。当地百姓至今以云南子弟为荣。\n")
    assert {"腾冲", "云南"} <= _places(tmp_path, text, "腾冲战役")  # 昆明, 云南's point, is far from 腾冲


def test_a_campaign_over_provinces_keeps_its_far_places(tmp_path):
    text = ("1944年4月,日军发动豫湘桂会战。豫湘桂会战中,日军先后攻占郑州、洛阳。随后日军进攻长沙、衡阳。第10军坚守衡阳四十七日。"
            "11月,日军攻陷桂林、柳州。当时不少难民逃往贵阳。\n")
    assert {"郑州", "桂林", "贵阳"} <= _places(tmp_path, text, "豫湘桂会战")  # no centre: every place stays


def _place_types(tmp_path, text: str) -> dict[str, str]:
    """place name → place type (the ontology's local name) of every place of `kangzhan build` on TEXT."""
    src, out = tmp_path / "doc.txt", tmp_path / "out.nt"
    src.write_text(text, encoding="utf-8")
    r = run_cli("build", str(src), "-o", str(out), store=tmp_path / "store")
    assert r.returncode == 0, r.stderr
    found = re.findall(r"<[^>]*/place/([^>]+)> <[^>]*#placeType> <[^>]*#(\w+)>", out.read_text(encoding="utf-8"))
    return {unquote(name): kind for name, kind in found}


def test_a_far_division_named_like_a_river_of_the_battlefield_is_the_river(tmp_path):
    text = ("1941年3月,日军第33师团与第34师团进攻上高。上高战役中,日军第20旅团沿锦江西进,第74军在高安、上高一线阻击日军,"
            "双方激战。日军攻占高安后,向上高猛攻。第74军坚守上高城,与敌反复争夺。4月9日,守军收复高安。\n")
    types = _place_types(tmp_path, text)
    assert types["锦江"] == "River"  # not the district of 成都, 1,000 km away
    assert types["高安"] == "County"
