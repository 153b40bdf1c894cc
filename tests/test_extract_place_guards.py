"""Guards of the place finder: a place name glued to the verb or word before it (守住|老鹰嘴) is the place the
text names elsewhere (one name, one reading in one text); a span of time after a preposition (经过|十余天) is
no place. New sentences."""
from helpers import extract_jsonl


def _places(tmp_path, text: str) -> list[str]:
    return [m["value"]["name"] for m in extract_jsonl(tmp_path, text) if m.get("kind") == "place"]


def test_a_complement_before_a_village_named_elsewhere_is_not_part_of_its_name(tmp_path):
    text = ("王营长说：“死也要守住黑龙嘴！”新编第11旅第2营坚守黑龙嘴阵地三天，日军一个大队轮番进攻，"
            "黑龙嘴下尸横遍野。")
    places = _places(tmp_path, text)
    assert places and set(places) == {"黑龙嘴"}


def test_a_name_that_only_occurs_with_the_character_keeps_it(tmp_path):
    text = "新编第11旅第2营坚守上龙嘴阵地三天，日军一个大队轮番进攻。"
    assert "上龙嘴" in _places(tmp_path, text)  # 上龙嘴 is never written without 上: the name keeps it


def test_a_span_of_days_after_a_preposition_is_no_place(tmp_path):
    places = _places(tmp_path, "经过十余天激战，第198师攻占冷水关。历时三昼夜激战，敌遂溃退。")
    assert places == ["冷水关"]


def test_a_gully_village_whose_stem_is_an_everyday_word_is_a_place_when_twice_the_goal_of_a_move(tmp_path):
    text = "第36师推进至冷水沟东侧高地，与敌激战。日军占据冷水沟最高点。我军终于占领冷水沟。\n"
    assert set(_places(tmp_path, text)) == {"冷水沟"}
    once = "战士们喝了冷水沟里的水，又跳进交通沟，沿着壕沟向前爬。\n"
    assert _places(tmp_path, once) == []  # a ditch of cold water, a trench: no goal of a move, no place
