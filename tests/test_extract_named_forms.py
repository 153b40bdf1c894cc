"""Fights the text names in forms other than place + 战斗: a breakout or a counter-attack named by its act (X突围,
X反攻) where it stands as a noun, an ordinal counter-sweep the subject conducts (展开第二次反扫荡,在…一带), a place's
fight against Japan after a naming cue (是为X抗日之役), a village named with a size's head before a known place
(大X战斗; 大小X, 大、小X: two villages named together), X突围战斗 as written. Each name is kept as the text writes it.
Invented sentences in several genres; look-alikes where the act is a verb must name nothing new."""
from helpers import extract_json as extract


def _names(battles: list[dict]) -> set[str]:
    return {b["name"] for b in battles}


def _labels(battles: list[dict]) -> set[str]:
    return {x for b in battles for x in (b["name"], *b["alt_labels"])}


def test_a_memoir_names_a_breakout_after_shi_as_the_fight(tmp_path):
    text = ("父亲参加过很多战斗，他说最难忘的是青龙沟突围。那是1942年5月，部队被日军包围在青龙沟，"
            "他们趁夜从山沟里突围出去，牺牲了十几个同志。\n")
    battles = extract(tmp_path, text)["battles"]
    assert "青龙沟突围" in _names(battles)
    assert "青龙沟" in {p["name"] for b in battles for p in b["places"]}


def test_a_dated_breakout_after_de_is_named_by_its_act(tmp_path):
    text = "老兵回忆，1943年的下河湾突围是他打过最苦的一仗，连里三十多人只剩下九个。\n"
    assert "下河湾突围" in _names(extract(tmp_path, text)["battles"])


def test_a_news_item_names_a_counter_attack_launched_at_a_place(tmp_path):
    text = "（本报讯）1940年夏，我军发起小河口反攻，一举夺回小河口阵地，毙敌百余名。\n"
    battles = extract(tmp_path, text)["battles"]
    assert "小河口反攻" in _names(battles)


def test_a_title_that_recalls_a_breakout_names_the_breakout_not_the_recalling(tmp_path):
    text = ("回忆石门寨突围\n\n1942年秋，我们三个人被二十多个日本兵围在石门寨的破庙里。天黑以后，我们从后墙翻出去，"
            "一路打到河边，才算突围出来。这次石门寨突围，我记了一辈子。\n")
    names = _names(extract(tmp_path, text)["battles"])
    assert "石门寨突围" in names
    assert not any(n.startswith("回忆") for n in names)


def test_a_breakout_toward_a_place_is_a_verb_and_names_no_breakout(tmp_path):
    text = "1942年5月，部队被包围，连长带领大家向村后的青龙沟突围。\n"
    labels = _labels(extract(tmp_path, text)["battles"])
    assert "青龙沟突围" not in labels


def test_a_counter_attack_in_a_region_as_a_verb_names_nothing(tmp_path):
    text = "1945年8月，我军在豫北反攻，收复三座县城。日军的反攻被击退，各地掀起大反攻。\n"
    labels = _labels(extract(tmp_path, text)["battles"])
    assert "豫北反攻" not in labels
    assert "大反攻" not in labels


def test_a_chronicle_names_an_ordinal_counter_sweep_the_people_conducted_and_placed(tmp_path):
    text = ("1941年秋，日伪军对根据地发动第二次大“扫荡”，我军民展开第二次反扫荡，在马家河、柳林一带毙伤敌二百余人。\n")
    battles = extract(tmp_path, text)["battles"]
    assert "第二次反扫荡" in _names(battles)
    b = next(b for b in battles if b["name"] == "第二次反扫荡")
    assert {"马家河", "柳林"} <= {p["name"] for p in b["places"]}


def test_a_counter_sweep_joined_in_passing_and_never_placed_names_none(tmp_path):
    text = "他1939年参军，参加了第二次反扫荡，后来调到县大队当文书。\n"
    assert "第二次反扫荡" not in _labels(extract(tmp_path, text)["battles"])


def test_an_inscription_names_a_streams_fight_against_japan_after_shi_wei(tmp_path):
    text = ("前言\n\n民国二十九年十月，日军犯境，乡人奋起抵抗，是为柳溪抗日之役。是役毙敌三十余名，乡勇死者十一人。\n\n"
            "后记\n")
    assert "柳溪抗日之役" in _names(extract(tmp_path, text)["battles"])


def test_a_village_named_with_a_size_head_keeps_it_and_the_known_places_name_is_another(tmp_path):
    text = "前言\n\n1942年秋天的大平安战斗中，游击队缴获了日军一批文件。\n"
    battles = extract(tmp_path, text)["battles"]
    assert "大平安战斗" in _names(battles)
    assert "平安战斗" in _labels(battles)


def test_a_citys_praising_da_is_no_part_of_the_name(tmp_path):
    text = "前言\n\n1938年夏，他随部队参加了大武汉保卫战，在万家岭一带与日军激战。\n"
    names = _names(extract(tmp_path, text)["battles"])
    assert "武汉保卫战" in names
    assert "大武汉保卫战" not in names


def test_two_villages_named_together_make_one_breakout_written_two_ways(tmp_path):
    text = ("1944年冬，县大队被日伪军包围在大小李庄。\n"
            "父亲说，他经历大小战斗几十次，唯有大、小李庄突围战斗打得最苦。大小李庄突围战斗后，部队转移到山区。\n")
    battles = extract(tmp_path, text)["battles"]
    names = _names(battles)
    assert "大小李庄突围战" in names
    assert "小李庄突围战" not in names
    assert "大小李庄突围战斗" in _labels(battles)


def test_a_breakout_told_from_a_village_is_the_fight_there_named_by_the_act(tmp_path):
    text = "1941年冬，敌人包围了我们，经过一夜苦战，全连从王家峪突围，到达安全地带。\n"
    battles = extract(tmp_path, text)["battles"]
    assert "王家峪突围" in _names(battles)
    assert "王家峪战斗" in _labels(battles)


def test_a_breakout_by_a_path_or_a_side_names_no_place(tmp_path):
    text = "1939年5月，部队被合围在山谷里。师长决定从小路秘密突围，一部从西北角突围，天亮前全部脱险。\n"
    labels = _labels(extract(tmp_path, text)["battles"])
    assert not any(x.endswith("突围") for x in labels)


def test_a_chronicle_entry_that_retakes_a_county_gives_its_fight_the_name_it_writes(tmp_path):
    text = ("县抗战大事记\n1937年10月3日，日军侵占县城。\n1938年4月，八路军第三十一支队收复宁阳，建立抗日民主政府。\n"
            "1939年2月，日军再次侵占宁阳。\n")
    assert "收复宁阳" in _labels(extract(tmp_path, text)["battles"])


def test_a_heading_that_storms_a_town_is_another_name_of_its_fight(tmp_path):
    text = "三、攻克马头镇\n7月12日夜，部队猛攻马头镇，经四昼夜血战，全歼守敌，解放马头镇。\n"
    assert "攻克马头镇" in _labels(extract(tmp_path, text)["battles"])
