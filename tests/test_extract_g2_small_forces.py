"""Small local fights: the head counts of the forces that act in them are their strengths (invented sentences)."""
from kangzhan.extract.mentions.figures import find_figures
from kangzhan.extract.mentions.numbers import count_at


def _strengths(text: str) -> list[tuple[str | None, int]]:
    return [(m.value["side"], m.value["count"]) for m in find_figures(text) if m.value["kind"] == "strength"]


def test_count_before_side_word_then_move():
    # memoir: a bare count or 个 before the side word, the move after it
    assert _strengths("因有人告密,三十多个日伪军包围了李家的院子。") == [("JP", 30)]
    # chronicle: Arabic digits with no measure word, an adverb before the move
    assert _strengths("1940年5月,敌大佐某某率400日军再一次进攻石桥镇。") == [("JP", 400)]


def test_side_count_adverb_then_move():
    assert _strengths("1941年2月日军800余人再一次围困石桥镇,半月未能攻下。") == [("JP", 800)]


def test_narrator_party():
    assert _strengths("我们4人趁机冲出院子,朝河边跑去。") == [("CN", 4)]
    assert _strengths("我们小分队十余人,携带步枪手榴弹,埋伏在路边。") == [("CN", 10)]


def test_side_sized_in_its_own_clause():
    # Traditional prose after normalization writes 卅 for thirty; a wrapped line inside the count
    assert _strengths("不久,敌军约\n卅余人,并有五匹驮马,沿大路走来。") == [("JP", 30)]
    assert _strengths("拂晓,伪军六十余名,由据点出动。") == [("JP", 60)]


def test_old_tens_numerals():
    assert count_at("廿五人", 0) == (25, "exact")
    assert count_at("卅余人", 0)[0] == 30


def test_look_alikes_stay_out():
    assert _strengths("我们两人向老乡借了一床被子。") == []
    assert _strengths("我们五人携带干粮出发。") == []
    assert _strengths("1942年3月20日日军进攻石桥镇。") == []
    assert _strengths("全村八百余人,被日军赶到打谷场上。") == []
    assert _strengths("这位91岁的老人回忆说,日军约有百余匹马。") == []
    assert _strengths("前方有日军三人搜索先行。") == []
    assert _strengths("敌军伤亡约三十余人,狼狈逃窜。") == []


def test_traditional_memoir_after_normalization():
    from kangzhan.text.normalize import normalize
    text = normalize("民國卅三年秋，敵軍約卅餘人，攜帶輕機槍兩挺，沿公路而來。我們游擊小組八人趁機衝出竹林，擊斃敵兵三名。").text
    assert _strengths(text) == [("JP", 30), ("CN", 8)]
    assert _strengths(normalize("是年冬，鄉民百餘人被敵驅至祠堂前，我們兩人向老鄉借糧。").text) == []


def test_side_sized_scan_equals_finditer():
    from kangzhan.extract.mentions import figures
    text = ("抗日军政大学三十人,日军约\n卅余人,并有马。伪军六十余名,由据点出动;守军二百人;"
            "我军共计三百人,敌军约五十人。日伪军八百余名,分两路南犯,十五日军民向村外转移。") * 3
    assert [m.span() for m in figures._side_sized(text)] == [m.span() for m in figures._SIDE_SIZED.finditer(text)]
