"""Rules of helper h3 (session 17): places no gazetteer holds that the sentence puts in a place slot. Every sentence
here is invented for the test; each rule fires in one sentence and must not fire in a look-alike."""
from kangzhan.extract.mentions.base import Mention
from kangzhan.extract.mentions.places import find_places
from kangzhan.extract.org_names import outside_org_names


def _places(text: str) -> list[str]:
    return [m.value["name"] for m in find_places(text)]


# --- the writer's naming frame: 叫X的村庄, X这个地方 ---

def test_a_village_called_so_is_a_place_whatever_its_last_character():
    """Memoir: 路过一个叫X营的村庄 — 营 closes no suffix rule's name (a battalion), the frame says village."""
    assert "石碾营" in _places("那年冬天,我们路过一个叫石碾营的村庄,借宿在老乡家里。")
    assert "黑松台" in _places("他们转移到一个名叫黑松台的小山村。")


def test_a_person_or_a_pronoun_called_so_is_no_place():
    assert _places("我认识一个叫王德明的人。") == []
    assert _places("老乡们都叫我们的村子为模范村。") == []


def test_a_name_in_apposition_to_this_place_is_a_place():
    """Oral account: X这个(特殊的)地方 at a clause's start: the demonstrative frame names the place."""
    assert "百户营" in _places("封锁越来越严。百户营这个特殊的地方,只有十几个伪军守着炮楼。")


def test_a_pronoun_or_a_common_word_before_this_place_is_no_name():
    assert _places("大家都说,我们这个地方很穷。") == []
    assert _places("后来,农村这个地方变化很大。") == []


# --- two anchors: 在/于 before, an encounter or a locative after ---

def test_a_hill_whose_stem_opens_with_a_doubted_character_is_a_place_between_two_anchors():
    """County history: 在人X山遭到…抵抗 — 人 keeps the suffix rule off (人员, 敌人); 在…遭到 vouches for the hill."""
    assert "人字岭" in _places("日军一部于4月2日在人字岭遭到守军的顽强抵抗。")


def test_the_same_stem_without_the_second_anchor_or_as_a_word_is_no_place():
    assert _places("日军于4月2日在人群中搜捕。") == []
    assert _places("他在人山人海中挤了出来。") == []


# --- 营 and 原: only where a frame says village ---

def test_a_camp_village_in_a_frame_is_a_place():
    """Chronicle: 驻扎X家营 / 进占X庄原: the clan's stem or the place verb makes the village."""
    assert "孙家营" in _places("3月,日军一个中队驻扎孙家营一带。")
    assert "杜庄原" in _places("敌人进占杜庄原,我军退守西沟。")


def test_a_battalion_or_the_word_original_is_no_place():
    assert _places("团部命令特务营在拂晓前出发。") == []
    assert _places("我军三营在村外遭到敌人阻击。") == []
    assert _places("原来如此,大家都笑了。") == []


def test_a_dash_between_two_villages_bounds_both_names():
    """A heading of a fight between two villages (A家凹—B家洼战斗): the dash separates two names."""
    assert {"周家凹", "吕家洼"} <= set(_places("周家凹—吕家洼战斗经过"))


# --- a garrison stationed at the place: 驻X大队 keeps the place ---

def _place(text: str, name: str) -> Mention:
    s = text.index(name)
    return Mention("place", s, s + len(name), name, {"name": name, "source": "suffix"})


def test_a_force_stationed_at_a_village_keeps_the_village_as_a_place():
    """Memoir: 日军驻某乡X桥大队 — the unit is called after its post; 驻 says the place is where it stood."""
    text = "我们得知日军驻石门乡柳叶桥大队要移防。"
    places = [_place(text, "石门"), _place(text, "柳叶桥")]
    assert [m.text for m in outside_org_names(text, places)] == ["石门", "柳叶桥"]


def test_a_local_force_named_after_its_county_drops_the_place():
    text = "柳叶县大队配合主力作战。"
    assert outside_org_names(text, [_place(text, "柳叶")]) == []


def test_a_count_of_villages_after_this_leaves_the_demonstrative_out_of_the_last_name():
    """Novel or memoir: A、B这两个村子 / A和B这两个据点 — 这 opens the count, it ends no village's name."""
    assert "北村" in _places("除了李家庄、北村这两个村子之外,再向外都是山。")
    assert "北村这" not in _places("除了李家庄、北村这两个村子之外,再向外都是山。")
    assert _places("我军先后拔掉了李家庄和大石这两个据点。")[-1] == "大石"


def test_a_verb_or_a_time_in_the_frame_is_no_place():
    """叫老乡到村里 (told someone to go), 叫王明的村民 (a person), 抗战时期这个地方 (a time): no name in the slot."""
    assert _places("连长叫老乡到村里去借粮。") == []
    assert _places("我们遇到一个叫王明的村民。") == []
    assert _places("后来。抗战时期这个地方很乱。") == []


def test_a_clan_ridge_or_loess_pass_after_a_dash_is_a_village_and_an_everyday_ridge_is_none():
    """News: 连夜赶到必经之路——X家墕 (a loess pass village); 站在山梁上, 守在堤坝上: the landform, no name."""
    assert "郝家墕" in _places("部队连夜赶到敌人撤退的必经之路——郝家墕,埋伏好了。")
    assert "冯家梁" in _places("日军一部窜至冯家梁一带。")
    assert _places("哨兵站在山梁上,民兵守在堤坝上。") == []


def test_the_subject_of_is_a_small_village_is_a_place_and_a_common_subject_is_none():
    """Memoir or entry: X曾经是一个…的小村庄 — the copula names a village whose 营 no suffix rule takes alone."""
    assert "万福营" in _places("抗战前,万福营曾经是一个和平宁静的小村庄。")
    assert _places("。老家是一个偏僻的小山村,那是一个寒冷的冬天。") == []
