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
