"""The slot of a fight's action read from any verb of the blow with the place as its complement (V在X, V于X), and a
short village name whose first character is also a preposition's (由楼, 自集 …) read in a place frame. Every sentence
here is written for the test, about invented places and units, in two genres: a local history web article, a
regimental memoir."""
from helpers import extract_json as extract

from kangzhan.extract.mentions.places import find_places

# a local history article: a city in its breadcrumb, the county named, the fight where the enemy was blocked
_ARTICLE = ("您所在的位置: 家乡网 >> 开封 >> 红色故事\n\n"
            "自卫队伏击日军的故事\n\n"
            "1941年3月,日军从县城出发向南扫荡。3月5日上午,日伪军一百余人沿大路向王店进犯,"
            "被自卫团一营堵截在由楼附近。一营集中火力猛烈射击,击毙日军十二名,缴获步枪九支。黄昏,自卫团撤出战斗。\n")
# a memoir: the town he was born in named often, the fight where the enemy was wiped out
_MEMOIR = ("我生在兰城,十六岁在兰城参加了游击队。兰城的老乡待我们很好。\n"
           "1943年冬天,我所在的县大队三连奉命截击一股下乡抢粮的日军。十二月九日拂晓,全连在大路两边埋伏好,"
           "把这股敌人消灭在自集附近,毙敌二十余名,我连伤亡五人。\n"
           "后来我又回到兰城,在兰城种了一辈子地。\n")


def _names(d: dict) -> set[str]:
    return {b["name"] for b in d["battles"]}


def test_blocked_at_a_village_names_the_fight_not_the_goal_nor_the_breadcrumb_city(tmp_path):
    """堵截在X附近: the village where the enemy was blocked is the site, not the village it marched on (向Y进犯) nor
    the city of the page's breadcrumb."""
    names = _names(extract(tmp_path, _ARTICLE))
    assert any(n.startswith("由楼") for n in names), names
    assert not any(n.startswith(("王店", "开封")) for n in names), names


def test_wiped_out_at_a_village_in_a_memoir(tmp_path):
    """消灭在X附近: the village where the enemy was wiped out is the fight's site, not the narrator's home town."""
    names = _names(extract(tmp_path, _MEMOIR))
    assert any(n.startswith("自集") for n in names), names
    assert not any(n.startswith("兰城") for n in names), names


def test_a_preposition_character_opens_a_village_name_in_a_place_frame():
    """在由楼附近: 由楼 is a village (a settlement word and the character before it); 经过, 由于 are words, no name."""
    got = {m.text: m.value.get("kind") for m in find_places("部队在由楼附近与日军激战。")}
    assert got.get("由楼") == "village", got
    assert not find_places("部队经过附近的村庄。")
    assert not any(m.text.startswith("于") for m in find_places("由于附近缺粮,部队北撤。"))


def test_the_mode_of_an_operation_stays_in_its_name():
    """X空降作战, X渡河作战: a place, the mode of the operation, then 作战 — the histories' name of the operation (the
    mode is part of it, as 反攻 and 追击 are); a mode with no place before it names nothing."""
    from kangzhan.extract.mentions.battles import find_battles
    names = {m.value.get("name") for m in find_battles("据档案记载,在江西清河空降作战中有五名官兵阵亡。")}
    assert "清河空降作战" in names, names
    names = {m.value.get("name") for m in find_battles("战后回忆录写道:1944年我团参加了安平渡河作战,伤亡很大。")}
    assert "安平渡河作战" in names, names
    assert not find_battles("伞兵部队训练了空降作战的各种技术。")


def _persons(text: str) -> set[str]:
    from kangzhan.extract.mentions.persons import find_persons
    return {m.text for m in find_persons(text)}


def test_a_classifier_after_a_demonstrative_opens_no_name():
    """这支由X改编的部队 (a novel's narration): 支 counts the force, no family name; a man called 支 with his title is."""
    assert not _persons("新一旅,这支由青山游击队改编而来的部队,打过不少硬仗。")
    assert not _persons("那是一路由南面开来的敌军。")
    assert "支德胜" in _persons("营长支德胜带着二连冲了上去,支德胜身负重伤。")


def test_the_man_whose_unit_it_was_before_any_verb_of_command(tmp_path):
    """X和他指挥的N旅 (a novelized chapter), X所率领的N团 (a memoir): the man commanded the unit."""
    assert "林远山" in _persons("这副重担,最终落在了林远山和他指挥的二十七旅身上。")
    assert "陶成功" in _persons("当年,陶成功所率领的第九团就驻在河东。")
    assert not _persons("当年,党所领导的第九团就驻在河东。")


# a county history's paragraph: a tally of fights and the famous ones picked, then the one fight told
_TALLY = ("1941年春,县大队成立。半年中打了大小战斗五十余次,其中著名的有柳岗、马家庄、石庙等战斗。\n"
          "1941年9月3日,日伪军八十余人从县城出发向北扫荡,被县大队一连伏击在桑林附近。"
          "一连集中火力猛烈射击,击毙日军九名,缴获步枪六支。\n")


def test_a_tallys_famous_fights_are_named_in_passing_the_told_fight_is_coined(tmp_path):
    """其中著名的有A、B、C等战斗 after a count of fights: each a fight of its own, a look back (past); the account
    told after it is the fight at the village where the ambush struck (伏击在X)."""
    from kangzhan.extract.mentions.battles import find_battles
    listed = {m.value["name"]: m.value.get("past") for m in find_battles(_TALLY)}
    assert listed.get("柳岗战斗") is True and listed.get("石庙战斗") is True, listed
    names = _names(extract(tmp_path, _TALLY))
    assert any(n.startswith("桑林") for n in names), names


def test_a_unit_named_by_the_verb_that_forms_it():
    """组建为X独立团, 改为X独立团 (a county history): the joint abbreviation of its counties names the unit though no
    gazetteer holds it; a unit formed with no name before its force word (合编为独立团) is none."""
    from kangzhan.extract.mentions.units import find_units
    keys = {m.value["key"] for m in find_units("1942年春,两县的游击队正式组建为濉汶独立团(同年秋改为濉汶滕独立团)。")}
    assert {"濉汶独立团", "濉汶滕独立团"} <= keys, keys
    assert not find_units("两个营合编为独立团。")


# a novelized chapter: the brigade's lineage told in the narration before its fight
_LINEAGE = ("1939年5月初,河北平山。\n"
            "天刚亮,旅长站在山梁上望着公路。这个任务落在了他和他指挥的第九旅身上。\n"
            "第九旅,这支由红七军团改编而来的部队,骨子里流着湘赣红16军的血。\n"
            "5月3日,第九旅在石门口伏击日军一个大队,毙敌二百余名。\n")


def test_the_army_a_unit_was_reorganized_from_fought_no_fight(tmp_path):
    """由红X军团改编而来, 湘赣红N军: the Red Army's formations before 1937 are the brigade's lineage, no force of the
    fight told; the brigade is."""
    d = extract(tmp_path, _LINEAGE)
    units = {u["name"] for b in d["battles"] for u in b["units"]}
    assert "第9旅" in units, units
    assert not {"第7军团", "第16军"} & units, units


def test_where_a_relief_was_sent_from_is_no_place_of_the_fight():
    """从X方向派出的援军 (a novel), 从X一带开来的援兵 (a memoir): the relief's origin; 向X增援 (its goal) stays."""
    from kangzhan.extract.fight_places import relief_origins
    from kangzhan.extract.mentions.places import find_places
    for text, origin in (("上级要我们切断日军从沙河镇方向派出的援军。", "沙河镇"),
                         ("我们在半路截住了从柳河镇一带开来的援兵。", "柳河镇")):
        places = find_places(text)
        assert origin in {m.text for m in places}, places
        assert origin not in {m.text for m in relief_origins(text, places)}
    text = "日军从县城出发向柳河镇增援。"
    assert "柳河镇" in {m.text for m in relief_origins(text, find_places(text))}
