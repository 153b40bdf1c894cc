"""A county's name read inside other words is no place: inside a person's name (参谋|周清河, 刘宁安部), an
institution's name (河北人民出版社), a side of the town (镇西和…), a generic term (抗日解放区), a verb glued to a
preposition (抵|抗) or a stem opened by a verb (参加|秋收保卫战). New sentences; each with the place it keeps."""
from helpers import extract_jsonl


def _places(tmp_path, text: str) -> list[str]:
    return [m["value"]["name"] for m in extract_jsonl(tmp_path, text) if m.get("kind") == "place"]


def test_a_county_that_is_the_given_name_after_a_title_and_surname_is_no_place(tmp_path):
    text = ("1940年3月，伪军刘宁安部会同日军一个中队进犯石门村。第12团少校参谋周清河、上尉连长王守仁阵亡。"
            "日军随后撤回宁安。")
    places = _places(tmp_path, text)
    assert "石门村" in places and "清河" not in places
    assert places.count("宁安") == 1  # the town the Japanese withdrew to, not 刘宁安's troops


def test_a_province_that_opens_a_publisher_or_university_name_is_no_place(tmp_path):
    text = ("日军进攻湖南常德，第57师坚守城垣。（见《常德会战》，河北人民出版社1985年版；"
            "四川师范大学历史系编。）")
    places = _places(tmp_path, text)
    assert "常德" in places and "湖南" in places
    assert "河北" not in places and "四川" not in places


def test_the_side_of_a_town_is_no_county(tmp_path):
    text = "一营由镇西向镇东攻击，二连驻镇北粮站。镇西和平街一带日军据守炮楼，我军攻克白沙镇。"
    places = _places(tmp_path, text)
    assert "白沙镇" in places
    assert not {"镇西", "镇东", "镇北", "西和"} & set(places)


def test_a_generic_liberated_area_is_no_city_district(tmp_path):
    text = "1945年8月，各抗日解放区军民展开大反攻，八路军攻克张家口。"
    places = _places(tmp_path, text)
    assert "张家口" in places and "解放区" not in places


def test_a_verb_split_by_the_context_rules_is_no_place(tmp_path):
    text = "日军进犯黄土岭，守军稍事抵抗便南撤。民兵们参加秋收保卫战，在柳树沟伏击日军。"
    places = _places(tmp_path, text)
    assert "黄土岭" in places and "柳树沟" in places
    assert not [p for p in places if "抗" in p or "参加" in p or "秋收" in p]


def test_a_county_after_a_rarer_word_across_its_start_is_no_place_unless_it_stands_alone(tmp_path):
    once = "我和学长阳台上望见日军飞机轰炸宜昌。"
    assert _places(tmp_path, once) == ["宜昌"]  # 学长 (a senior schoolmate), 阳台 (balcony): no county 长阳
    alone = "第18军一部撤到长阳。我和学长阳台上望见日军飞机轰炸宜昌。"
    assert "长阳" in _places(tmp_path, alone)
