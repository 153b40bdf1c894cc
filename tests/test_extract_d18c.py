"""Rules from round 18's diagnosis (a place-name dictionary entry with a portal's teaser list, a storyteller's
script): every sentence here is written for the test."""
from helpers import extract_json as extract
from helpers import extract_jsonl

from kangzhan.text.boilerplate import blank_furniture


def _places(b: dict) -> set[str]:
    return {p["name"] for p in b["places"]}


def _figures(tmp_path, text: str) -> list[dict]:
    return [m["value"] for m in extract_jsonl(tmp_path, text) if m.get("kind") == "figure"]


# --- a portal's teaser list: marked items, each with its first words, apart by blank lines

_ENTRY = "原名李家寨。1943年日军侵入李家寨,与抗日部队发生激战。日伪军八百人围攻李家寨,20名战士牺牲。\n\n"


def test_a_teaser_list_of_marked_items_with_their_first_words_is_furniture():
    teasers = ("猜你喜欢\n\n  • 龙泉驿\n\n    即今四川成都市东。明置驿于此,属简州。\n\n"
               "  • 望夫石\n\n    在今湖北黄石市西。卷47武昌府: 有石如人立,旁有古祠\n")
    out = blank_furniture(_ENTRY + teasers)
    assert out.startswith(_ENTRY) and "成都" not in out and "黄石" not in out and "47" not in out
    numbered = "相关阅读\n1. 白马关\n在今甘肃文县南。古关名,唐置。\n2. 青龙镇\n即今上海青浦区东北。宋为市舶之所\n"
    out = blank_furniture(_ENTRY + numbered)
    assert "文县" not in out and "青浦" not in out


def test_the_places_of_a_teaser_list_are_no_places_of_the_fight(tmp_path):
    text = _ENTRY + "猜你喜欢\n\n  • 龙泉驿\n\n    即今四川成都市东。明置驿于此,属简州。\n"
    b = extract(tmp_path, text)["battles"][0]
    assert "李家寨" in _places(b) and not _places(b) & {"成都市", "成都", "四川", "简州"}


def test_a_text_after_an_unmarked_head_is_no_teaser():
    """A head line with short titles under it and then the article again: the titles go, the article stays."""
    text = "推荐阅读\n台儿庄大战\n\n1938年4月,第2集团军在台儿庄与日军激战。\n"
    out = blank_furniture(text)
    assert "台儿庄大战" not in out and "第2集团军在台儿庄与日军激战" in out


def test_an_article_paragraph_after_a_marked_list_and_a_plain_line_stays():
    text = "相关阅读\n  • 万家岭大捷\n\n战后统计:日军伤亡三千余人。\n第二段:第74军坚守阵地。\n"
    out = blank_furniture(text)
    assert "万家岭大捷" not in out and "第74军坚守阵地" in out  # one teaser paragraph per item, no more


# --- 损失只有N人: the loss, not a force


def test_a_loss_of_only_n_men_is_a_casualty_figure(tmp_path):
    for text, n in (("1941年冬,据战报日军伤亡四千余人,但也有人考证日军实际损失只有九百多人。\n", 900),
                    ("战后统计,日军损失仅有三百余人。\n", 300)):
        figs = [f for f in _figures(tmp_path, text) if f["count"] == n]
        assert figs and all(f["kind"] == "casualties" for f in figs), text


def test_a_force_of_only_n_men_stays_a_strength(tmp_path):
    figs = _figures(tmp_path, "守城的第9团只有八百余人,却坚守了七天。\n")
    assert any(f["count"] == 800 and f["kind"] == "strength" for f in figs)


# --- 属 (belongs to) opens no toponym


def test_belongs_to_is_no_part_of_a_place_name(tmp_path):
    text = "村名。在河北省定兴县北部。属固城镇。1942年日军千余人围攻该村,八路军某部三十人牺牲。\n"
    names = {m["value"]["name"] for m in extract_jsonl(tmp_path, text) if m.get("kind") == "place"}
    assert not any(n.startswith("属") for n in names)


def test_a_place_after_a_belonging_word_in_a_compound_stays(tmp_path):
    text = "1940年,第3营在张家庄与日军激战。\n"
    b = extract(tmp_path, text)["battles"][0]
    assert "张家庄" in _places(b)


# --- a place the text denies


def test_places_the_text_denies_are_no_places_of_the_fight(tmp_path):
    for text in ("1940年春,新四军第3支队在繁昌与日军激战,毙敌二百余人。战后部队转移,去的不是皖南、不是苏北,而是浙西。\n",
                 "1939年冬,第5团在灵丘与日军激战三日。有人说此战在山西,其实并非大同,也不是雁北。\n"):
        b = extract(tmp_path, text)["battles"][0]
        assert not _places(b) & {"皖南", "苏北", "大同", "雁北"}, text
        assert _places(b) & {"繁昌", "灵丘"}


def test_a_place_that_opens_a_phrase_after_a_negation_stays(tmp_path):
    text = "1938年5月,第60军在禹王山与日军激战,打退日军的不是徐州守军,而是第60军。\n"
    names = {m["value"]["name"] for m in extract_jsonl(tmp_path, text) if m.get("kind") == "place"}
    b = extract(tmp_path, text)["battles"][0]
    assert "禹王山" in _places(b) and "徐州" in names


# --- a name, a short adverbial, then a verb of command


def test_a_name_before_an_adverb_and_a_verb_of_command_is_a_person(tmp_path):
    for text in ("1939年9月,日军进攻宜昌以北。张自忠又是指挥大军一路追杀,日军伤亡三千余人。\n",
                 "1940年5月,日军沿汉水北犯。孙连仲再次率部反击,日军伤亡二千余人。\n",
                 "1941年春,日軍進犯上高。王耀武又是指揮大軍一路追殺,日軍傷亡萬餘人。\n"):
        persons = {p["name"] for p in extract(tmp_path, text)["persons"]}
        assert persons & {"张自忠", "孙连仲", "王耀武"}, text


def test_an_adverb_and_a_verb_after_a_common_word_make_no_person(tmp_path):
    text = "1940年5月,日军沿汉水北犯。部队又是指挥不灵,伤亡二千余人。\n"
    assert not extract(tmp_path, text)["persons"]
