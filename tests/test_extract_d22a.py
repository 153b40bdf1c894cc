"""Battle identification in web copies and personal genres, each on sentences written for this test (other fights,
units, places and persons than the seed, dev and held-out texts), run through `kangzhan extract` as a user would.

- a page copied with its HTML markup (<p class="…">, <div><font …>, <br>, &nbsp;): a block tag is a line break, the
  rest no text, so a fight's name that opens a paragraph is read as one; a "<" of prose is no tag.
"""

from __future__ import annotations

from helpers import extract_json

from kangzhan.text.markup import find_markup


def _battles(facts: dict) -> dict[str, dict]:
    return {b["name"]: b for b in facts["battles"]}


def _units(b: dict) -> set[str]:
    return {u["name"] for u in b["units"]}


# --- HTML markup ----------------------------------------------------------------------------------------------

QL_BLOCKS = (
    '<p class="ql-block ql-indent-1">读完这本回忆录,心情久久不能平静。</p><p class="ql-block ql-indent-1">'
    "杨楼突围战,是新四军第二支队在皖南遭敌合围后的一次成功突围。</p><p class=\"ql-block ql-indent-1\">"
    "杨楼突围战时,我军被三千多日伪军包围,刘振山带领第四团冲在第一线,掩护支队机关安全撤退。</p>\n"
)
DIV_FONT = (
    '<div><font color="#333333"><b>怀念我的外公</b></font></div><div><br></div><div><span style="font-size:16px">'
    "外公生于1915年,早年读过私塾。</span></div><div><span style=\"font-size:16px\">&nbsp;&nbsp;柳泉阻击战,"
    "是外公一生最难忘的一仗。</span></div><div>柳泉阻击战中,他所在的八路军第七团阻击日军一个大队,毙敌六十余人。</div>\n"
)


def test_paragraph_tags_are_line_breaks(tmp_path):
    b = _battles(extract_json(tmp_path, QL_BLOCKS)).get("杨楼突围战")
    assert b is not None
    assert "第4团" in _units(b)


def test_inline_tags_and_entities_are_no_text(tmp_path):
    facts = extract_json(tmp_path, DIV_FONT)
    b = _battles(facts).get("柳泉阻击战")
    assert b is not None
    assert "第7团" in _units(b)
    # evidence stays that of the original text: the name's span is the name
    text = DIV_FONT
    for u in b["units"]:
        ev = u["evidence"]
        assert text[ev["start"]:ev["end"]] == ev["text"]


def test_prose_angle_brackets_are_no_markup():
    text = "敌我兵力之比为3<5,我军<b>处于劣势</b>;<<孙子兵法>>有云。"
    plain, spans = find_markup("敌我兵力之比为3<5,我军处于劣势;<<孙子兵法>>有云。")
    assert spans == [] and plain.startswith("敌我")
    blanked, spans = find_markup(text)
    assert len(blanked) == len(text)
    assert [text[s:e] for s, e in spans] == ["<b>", "</b>"]


# --- a list of a veteran's fights: an act's phrase, day-named fights ----------------------------------------------

VETERAN_LIST = (
    "我的祖父王德顺生于1917年,1937年参军。抗战时期,他所在部队隶属第二战区第十四军第八十五师,先后参加晋南的"
    "血战运城、三一五战役、七二一战斗等大小战斗八次。解放后回乡务农,1989年病逝。\n"
)
RAID_LIST = (
    "老人名叫赵长林,河北人。抗战中他随八路军第七六九团转战太行,参加过夜袭沁水、四二九战斗、六一二战役,多次负伤。"
    "晚年他常给孙辈讲这些往事。\n"
)
JOINED_CAMPAIGN = (
    "1944年春,日军发动豫西、鄂北会战,第五战区第二十二集团军在老河口一带阻击日军,血战多日,弹尽援绝后撤至西峡口。\n"
)


def test_bloody_fight_and_day_named_fights_of_one_list(tmp_path):
    battles = _battles(extract_json(tmp_path, VETERAN_LIST))
    assert {"运城战斗", "三一五战役", "七二一战斗"} <= set(battles)
    assert "血战运城" in battles["运城战斗"]["alt_labels"]
    assert {p["name"] for p in battles["运城战斗"]["places"]} >= {"运城"}
    for name in ("三一五战役", "七二一战斗"):  # no place of the list's first item, no battle name as a place
        assert "第85师" in _units(battles[name])
        assert not {p["name"] for p in battles[name]["places"]} & {"运城", name}


def test_raid_first_in_a_list_keeps_the_next_item(tmp_path):
    battles = _battles(extract_json(tmp_path, RAID_LIST))
    assert "四二九战斗" in battles and "六一二战役" in battles
    assert not any("、" in name for name in battles)
    assert "第769团" in _units(battles["四二九战斗"])


def test_campaign_named_by_two_regions_stays_one(tmp_path):
    battles = _battles(extract_json(tmp_path, JOINED_CAMPAIGN))
    assert len(battles) == 1 and "鄂北会战" not in battles


def test_one_fight_word_inside_longer_words(tmp_path):
    text = "抗战时期,在统一战线的旗帜下,第一战区长官部移驻洛阳。1938年春,台儿庄一战,日军第十师团溃退。\n"
    assert set(_battles(extract_json(tmp_path, text))) == {"台儿庄之战"}


def test_counts_of_fights_are_no_day_names(tmp_path):
    text = "王振武一生参加大小战斗一百二十余次,其中三次战斗负伤,又在二三十次战斗中立功。\n"
    assert _battles(extract_json(tmp_path, text)) == {}


# --- the place a breakout is named after ------------------------------------------------------------------------

def test_breakout_named_after_a_two_character_village(tmp_path):
    for text in ("杨楼突围战,是新四军第三团的一次成功突围。杨楼突围战时,我军被三千多日军包围。\n",
                 "1942年冬,新四军第三团在皖东被日伪军合围。柳泉突围战中,团长刘振山率部夜间突出重围。\n"):
        battles = _battles(extract_json(tmp_path, text))
        name = next(n for n in battles if n.endswith("突围战"))
        assert name[:2] in {p["name"] for p in battles[name]["places"]}


def test_breakout_of_no_place(tmp_path):
    text = "1942年冬,新四军第三团在皖东被日伪军合围,这次胜利突围战中,团长刘振山率部夜间突出重围。\n"
    for b in extract_json(tmp_path, text)["battles"]:
        assert "胜利" not in {p["name"] for p in b["places"]}


# --- 带领: a verb of leading like 率领 -------------------------------------------------------------------------------

def _commands(facts: dict) -> set[tuple[str, str]]:
    return {(c["person"], c["unit"]) for c in facts["commands"]}


def test_led_with_dailing(tmp_path):
    text = ("1941年秋,日伪军两千余人合围石门村。副旅长孙振邦带领第七团坚守村东高地,掩护旅部转移。"
            "石门村战斗中,我军毙伤敌二百余人。\n")
    assert ("孙振邦", "第7团") in _commands(extract_json(tmp_path, text))
    text = ("1943年夏,日军一个大队进犯青龙口。支队长周明远带领第二大队从侧翼出击,激战至黄昏。"
            "青龙口战斗,我军毙伤日军一百余人。\n")
    assert ("周明远", "第2大队") in _commands(extract_json(tmp_path, text))


def test_leading_the_people_is_no_command(tmp_path):
    text = ("1941年秋,日伪军两千余人合围石门村。区长孙振邦带领群众转移到山里,第七团坚守村东高地。"
            "石门村战斗中,我军毙伤敌二百余人。\n")
    assert not _commands(extract_json(tmp_path, text))


# --- the post-war army that printed a book or that a general led later ----------------------------------------------

POSTWAR_PRINTER = (
    "《烽火岁月》一书由解放军第三十八军于1960年编印。书中有三十八军首任军长梁兴初的回忆文章。\n"
    "关家垴战斗,是八路军第三八六旅在太行山区的一次攻坚战。关家垴战斗中,第七七二团团长叶成焕率部攻击,日军五百余人据守山顶。\n"
)
POSTWAR_CODE = (
    "这本文集由人民解放军八三一一部队即第四十军编印,四十军的老战士读了都很激动。\n"
    "大王庄战斗,是新四军第三师第七旅在苏北的一次歼灭战。大王庄战斗中,旅长彭雄率第十九团夜袭日伪军。\n"
)
WARTIME_FIRST = (
    "1937年8月,第二十六军奉命开赴上海。罗店战斗中,第二十六军第三十二师与日军激战七昼夜。"
    "战后该部改编为解放军第二十六军的说法并不准确。\n"
)


def test_postwar_army_is_no_unit_of_the_fight(tmp_path):
    facts = extract_json(tmp_path, POSTWAR_PRINTER)
    assert "第38军" not in _units(_battles(facts)["关家垴战斗"])
    assert not any(unit == "第38军" for _, unit in _commands(facts))
    assert ("叶成焕", "第772团") in _commands(facts)
    facts = extract_json(tmp_path, POSTWAR_CODE)
    assert _units(_battles(facts)["大王庄战斗"]) >= {"第7旅", "第19团"}
    assert "第40军" not in _units(_battles(facts)["大王庄战斗"])


def test_wartime_unit_written_before_its_postwar_name_stays(tmp_path):
    assert "第26军" in _units(_battles(extract_json(tmp_path, WARTIME_FIRST))["罗店战斗"])
