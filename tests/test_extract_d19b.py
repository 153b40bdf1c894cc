"""Rules found reading a book-shop blurb of round 19 (a fight likened to a foreign battle, 被称为中国的“X”; one
battle named twice among several named once); every sentence here is written for the test."""
from helpers import extract_json as extract


def _battles(d: dict) -> dict[str, dict]:
    return {b["name"]: b for b in d["battles"]}


def test_a_foreign_battle_named_as_an_epithet_is_no_battle_of_the_text(tmp_path):
    """被称为中国的“X” / 誉为东方的X: the country word says the name is a likeness; the figures are the fight's own."""
    text = ("1939年冬,昆仑关攻坚战打响,第5军反复争夺昆仑关,被称为中国的“凡尔登战役”。"
            "战至12月31日,昆仑关攻坚战以歼敌5000余人告终。\n")
    d = _battles(extract(tmp_path, text))
    assert "凡尔登战役" not in d
    assert "昆仑关攻坚战" in d
    assert any(f["kind"] == "casualties" and f["count"] == 5000 for f in d["昆仑关攻坚战"]["figures"])


def test_an_epithet_written_with_a_praise_verb_and_no_quotes(tmp_path):
    """誉为东方马恩河会战 (no quotes): the same likeness; the battle told keeps the account."""
    text = ("1942年春,中条山保卫战中守军死守阵地,此役被誉为东方马恩河会战。"
            "中条山保卫战中,第3军毙敌3000余人。\n")
    d = _battles(extract(tmp_path, text))
    assert "东方马恩河会战" not in d and "马恩河会战" not in d
    assert "中条山保卫战" in d


def test_a_chinese_battle_after_the_country_word_without_likeness_is_kept(tmp_path):
    """中国军队发动的“X”: 中国 names the side, not a likeness; the quoted battle is the text's own."""
    text = ("1940年8月,中国军队在华北发动“正太路破袭战”,八路军第129师破坏铁路百余里。\n")
    d = _battles(extract(tmp_path, text))
    assert any("正太" in n for n in d)


def test_one_battle_named_twice_among_many_named_once_does_not_swallow_them(tmp_path):
    """A blurb that names one fight twice and four other fights once each, one with its own year and commander:
    the twice-named fight is no single topic of the text, the other dated battle keeps its sentence."""
    text = ("这是一部全景式反映中日两军常德大血战的纪实作品。\n"
            "常德数度攻防战,与1943年冬的石门阻击战,拱卫着湘西。\n"
            "作品写到日军分别于1938年和1939年发动的武汉会战和南昌会战。\n"
            "1941年薛岳指挥长沙会战,对日军予以重创。\n"
            "1943年冬,石门阻击战以中国军队歼敌3000多日军而结束。\n")
    d = _battles(extract(tmp_path, text))
    assert "石门阻击战" in d
    assert "长沙会战" in d
    assert (d["长沙会战"]["start"] or "").startswith("1941")


def test_a_battle_named_three_times_still_heads_the_text(tmp_path):
    """Look-alike: the main battle named three times beside three named once stays the text's single topic."""
    text = ("1938年3月,台儿庄战役打响。台儿庄战役中,第2集团军死守台儿庄。"
            "此前的临沂战斗和滕县保卫战迟滞了日军,淮河阻击战也牵制了敌军。"
            "台儿庄战役歼敌1万余人。\n")
    d = _battles(extract(tmp_path, text))
    assert "台儿庄战役" in d
    assert any(f["kind"] == "casualties" for f in d["台儿庄战役"]["figures"])


def test_a_commander_named_right_after_a_year_commands_the_battle(tmp_path):
    """1944年薛岳指挥X: the year closes before the family name; he is the battle's commander."""
    text = ("本书写到了湖南的几次大战。1944年薛岳指挥长衡会战,对日军予以重创。\n")
    d = _battles(extract(tmp_path, text))
    assert "薛岳" in {c["name"] for c in d["长衡会战"]["commanders"]}


def test_a_commander_named_after_a_month_and_a_decade(tmp_path):
    """1942年4月下旬孙立人率…: a date with its decade (下旬) closes before the name too."""
    text = ("1942年4月下旬孙立人率新38师驰援仁安羌,仁安羌战斗中击退日军。\n")
    names = {p["name"] for p in extract(tmp_path, text)["persons"]}
    assert "孙立人" in names


def test_a_word_after_a_date_that_merely_starts_with_a_family_name_is_no_person(tmp_path):
    """Look-alike: 1940年夏日军指挥部…, 1941年底部队指挥所…: 日军, 部队 are no names after the date."""
    text = ("1940年夏日军指挥部决定进攻襄阳。1941年底部队指挥所迁往老河口。随后襄阳战斗打响。\n")
    names = {p["name"] for p in extract(tmp_path, text)["persons"]}
    assert not any(n.startswith(("日军", "夏日", "部队", "底部")) for n in names)


def _units(d: dict) -> set[str]:
    return {u["name"] for u in d["units"]}


def test_a_numbered_army_followed_by_its_soldiers_is_a_unit(tmp_path):
    """第58军士兵, 26师士兵: 士兵 are the unit's soldiers, no count of sergeants (军士)."""
    text = ("1939年9月,第一次长沙会战中,坚守新墙河的第52军士兵与日军激战三昼夜。"
            "另一路的195师士兵也在新墙河北岸阻击日军。\n")
    units = _units(extract(tmp_path, text))
    assert "第52军" in units
    assert "第195师" in units


def test_the_place_held_by_a_unit_is_no_commander_of_it(tmp_path):
    """守卫X的第N军, 进攻Y的第N师团: the object of the verb is a place, even when it starts with a family name."""
    text = ("1938年春,守卫滕县的第122师与日军血战,进攻高家集的第10师团伤亡甚重。滕县保卫战由此闻名。\n")
    d = extract(tmp_path, text)
    names = {p["name"] for p in d["persons"]}
    assert "滕县" not in names and "高家集" not in names
    assert "第122师" in _units(d)


def test_a_commander_written_before_his_unit_is_still_found(tmp_path):
    """Look-alike: 命令王铭章的第122师…: a name before 的 + unit, after no verb of holding, stays a commander."""
    text = ("1938年3月,滕县保卫战中,李宗仁命令王铭章的第122师死守滕县。\n")
    names = {p["name"] for p in extract(tmp_path, text)["persons"]}
    assert "王铭章" in names


def test_a_year_opening_a_title_is_no_count_of_men(tmp_path):
    """2015中国…, 1938日军…: a bare year before a side word opens a title, no strength; 3000日军 still counts."""
    text = ("2015中国抗战胜利70周年纪念活动介绍\n"
            "1938日军侵占徐州始末\n"
            "1938年5月,徐州会战中,3000日军向我军阵地猛扑。\n")
    d = extract(tmp_path, text)
    counts = {f["count"] for b in d["battles"] for f in b["figures"] if f["kind"] == "strength"}
    assert 2015 not in counts and 1938 not in counts
    assert 3000 in counts


def test_numbered_items_titled_by_a_battle_head_their_descriptions(tmp_path):
    """N.X战役。…: an exhibit or stamp catalogue; each item's description is its battle's, and a fight named inside
    the item of a campaign is a part of that campaign, not of the item before."""
    text = ("展览介绍\n"
            "1.昆仑关战役。展品为第5军官兵使用过的钢盔;背景为昆仑关的群山。\n"
            "2.枣宜会战。展品为张自忠将军的遗物;背景为南瓜店战斗中的阵地。\n"
            "3.滇西反攻。展品为远征军的军旗。\n")
    d = _battles(extract(tmp_path, text))
    assert {"昆仑关战役", "枣宜会战"} <= set(d)
    assert d.get("南瓜店战斗", {}).get("part_of") in (None, "枣宜会战")
    assert d.get("南瓜店战斗", {}).get("part_of") != "昆仑关战役"


def test_a_numbered_sentence_that_tells_a_battle_is_no_title(tmp_path):
    """Look-alike: 1.我军参加了X战役。: a numbered sentence with a verb, not an item titled by the battle."""
    text = ("1.我军参加了武汉会战。2.部队转战鄂北。1939年5月,随枣会战中第84军在随县阻击日军。\n")
    d = _battles(extract(tmp_path, text))
    assert "我军参加了武汉会战" not in d and "参加了武汉会战" not in d
