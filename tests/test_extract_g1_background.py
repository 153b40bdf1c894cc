"""Places of a fight taken from a campaign's strategic background instead of where it was fought: a hypothetical,
a supported operation's target, the head of a list item's local name. Every sentence
here is invented for the test."""
from kangzhan.extract.fight_places import far_places, goal_places, relief_origins
from kangzhan.extract.mentions.places import find_places
from kangzhan.text.sentences import split_sentences


def _goal(text: str) -> list[str]:
    return [m.text for m in goal_places(text, find_places(text))]


def _names(ms) -> list[str]:
    return [m.value.get("name", m.text) for m in ms]


# --- a hypothetical: a place inside a condition and its consequence is none of the fight's places ---

def test_a_place_of_a_hypothetical_is_dropped_in_a_blog_a_memoir_and_a_news_report():
    # a blog's aside on what was at stake
    text = "守军死守临汾城外三天。若敌军突破此线,两日之内即可直下太原,华北必然危急。"
    assert "太原" not in _goal(text) and "临汾" in _goal(text)
    # a memoir's worry
    text = "我们在沁阳以北挖壕。团长说,一旦鬼子冲过去,开封就保不住了。"
    assert "开封" not in _goal(text) and "沁阳" in _goal(text)
    # an alternative (否则…)
    text = "第五师必须守住蒙城,否则徐州侧翼洞开。"
    assert "徐州" not in _goal(text) and "蒙城" in _goal(text)


def test_a_look_alike_that_tells_what_happened_keeps_its_places():
    # a counterfactual of what did happen (若不是援军赶到), a comparison (如果说), and 若干 (several) are no hypothetical
    text = "若不是援军及时赶到,泗县早已失守。"
    assert "泗县" in _goal(text)
    text = "如果说台儿庄是一次大捷,那么日军在宿迁的惨败同样震动了敌营。"
    assert "宿迁" in _goal(text)
    text = "日军先后攻陷若干据点,随即包围了睢宁。"
    assert "睢宁" in _goal(text)
    text = "敌军宛若潮水般涌向宿迁。"
    assert "宿迁" in _goal(text)


def test_a_hypothetical_place_in_the_name_of_its_sentences_battle_stays():
    text = "郾城战斗中,若郾城失守,漯河亦不能保。"
    sentences = split_sentences(text)
    kept = _names(goal_places(text, find_places(text), sentences, ["郾城战斗"] * len(sentences)))
    assert "郾城" in kept and "漯河" not in kept


# --- a target of an operation another force carries out, which this one only supports from elsewhere ---

def test_the_target_a_force_supports_from_elsewhere_is_dropped():
    # an encyclopedia entry and a chronicle
    text = "第三军占领孟县后,向南策应进攻郑州的日军,向西攻击济源。"
    kept = _goal(text)
    assert "郑州" not in kept and "济源" in kept and "孟县" in kept
    text = "十月五日,新四军一部袭击仪征,以呼应扬州方面的作战。"
    kept = _goal(text)
    assert "扬州" not in kept and "仪征" in kept


def test_a_force_that_supports_where_it_stands_keeps_its_place():
    text = "独立团在阜宁以东策应主力,与日军激战终日。"
    assert "阜宁" in _goal(text)


# --- the bank a crossing left stays: the narratives' gold counts crossing points as the campaign's ground ---

def test_the_bank_a_force_crossed_from_stays():
    text = "日军第三十五师团从河北濮阳夜渡黄河,占领了东明,向西进攻兰封。"
    kept = _names(relief_origins(text, find_places(text)))
    assert "濮阳" in kept and "兰封" in kept


# --- the head of a list item's local name is no far county ---

def _far(text: str) -> list[str]:
    sentences = split_sentences(text)
    return _names(far_places(text, sentences, ["某战役"] * len(sentences), find_places(text), [], []))


def test_a_far_countys_name_that_opens_a_list_item_is_the_items_local_name():
    text = "1944年5月,国军在灵璧、泗县一带集结,在泗县大庄、五原崤、睢宁城等处反击日军,双方在灵璧激战。"
    kept = _far(text)
    assert "五原" not in kept and "五原崤" in kept and "泗县" in kept
    # the same county named as a man's home (五原人) opens no list item: no local name is read
    text = "1944年5月,国军在灵璧、泗县一带集结,在泗县、睢宁等处反击日军。据说一名士兵是五原人。"
    assert "五原崤" not in _far(text)
