"""A unit is whatever the text names as a force, its label the whole name as written: a role word before the number
(警备第3团, 警备3团 the same), the region before a numbered military sub-district (冀鲁豫第四军分区), a role
abbreviated to one character (教三旅), a garrison named by the place it holds (石湾警备队, Japanese unless a side
word says otherwise) and a part named after the formation written right before it (东海纵队渔山大队, 石湾守备队
小林中队). Look-alikes: a common word or a side word before the force word (县城警备队, 日军警备队), a word that ends
on the role's character (单独一团), a bare number after a higher formation (军区第四军分区 stays 第4军分区).

The sentences are invented (narrative, chronicle entry, encyclopedia entry, news, memoir, list), with places and
numbers of no document.
"""
import pyoxigraph
from helpers import extract_json, run_cli

from kangzhan.extract.mentions.units import find_units


def _keys(text: str) -> dict[str, str | None]:
    return {m.value["key"]: m.value["cue"] for m in find_units(text)}


def test_a_role_word_before_the_number_stays_in_the_name_and_the_short_form_is_the_same_unit():
    text = "1939年春，河防司令部警备第3团驻守东岸渡口。日军炮击渡口，警备3团一部奋起还击。"
    keys = _keys(text)
    assert "警备第3团" in keys
    assert "第3团" not in keys and "警备3团" not in keys


def test_a_role_word_in_chinese_numerals_short_form():
    keys = _keys("（大事记）4月2日，保安第七团移驻河口镇；4月9日，保安七团与日军激战于镇北。")
    assert "保安第七团" in keys
    assert "保安七团" not in keys


def test_a_bare_numbered_regiment_is_still_read_as_one():
    keys = _keys("第3团与日军激战于镇北。")
    assert "第3团" in keys


def test_the_region_of_a_numbered_military_subdistrict_stays_in_its_name():
    keys = _keys("冀鲁豫第四军分区部队于是夜包围了敌据点。")
    assert "冀鲁豫第四军分区" in keys


def test_a_subdistrict_after_its_military_region_keeps_the_numbered_key():
    keys = _keys("冀鲁豫军区第四军分区部队于是夜包围了敌据点。")
    assert "第4军分区" in keys
    assert not any(k.endswith("第四军分区") for k in keys)


def test_a_role_abbreviated_to_one_character_is_a_unit():
    keys = _keys("八路军一二九师教三旅向敌据点发动攻击，特二团随后跟进。")
    assert keys.get("教三旅") == "CN"
    assert "特二团" in keys


def test_a_word_ending_on_the_role_character_is_no_abbreviation():
    keys = _keys("他们单独一团人马在山里转了三天。")
    assert "独一团" not in keys


def test_a_garrison_named_by_its_place_is_japanese(tmp_path):
    keys = _keys("当日下午，敌人出动兵力百余人，包括石湾警备队30余人；白沙镇守备队、宪兵队40多人，分两路包围我军。")
    assert keys.get("石湾警备队") == "JP"
    assert keys.get("白沙镇守备队") == "JP"


def test_a_garrison_word_after_a_common_word_or_a_side_word_names_no_place():
    keys = _keys("日军警备队和县城警备队先后出动，该守备队亦向西增援。")
    assert not any(k.endswith(("警备队", "守备队")) for k in keys)


def test_a_part_named_after_the_formation_before_it_takes_that_formations_side():
    keys = _keys("老战士回忆：1944年东海纵队渔山大队在岛上坚持斗争。")
    assert keys.get("渔山大队") == "CN"
    keys = _keys("据日方战史，我军重创了日军石湾守备队小林中队，毙敌20余名。")
    assert keys.get("小林中队") == "JP"
    assert keys.get("石湾守备队") == "JP"


def test_a_common_word_after_a_formation_is_no_part():
    keys = _keys("东海纵队主力大队和纵队各大队集中于山区。")
    assert "主力大队" not in keys
    assert "各大队" not in keys


def test_a_role_word_before_a_list_names_each_item():
    keys = _keys("1937年冬，留守部队的两个营分别改编为警备第5、第6团，驻守河防。")
    assert "警备第5团" in keys and "警备第6团" in keys
    assert "第5团" not in keys and "第6团" not in keys


def test_the_role_cut_to_one_character_beside_its_full_form_is_that_unit():
    keys = _keys("师部组建了教导第八旅。到了冬天，教八旅已经满编。")
    assert "教导第八旅" in keys
    assert "教八旅" not in keys


def test_a_number_inside_a_longer_name_of_a_task(tmp_path):
    keys = _keys("日方兵站史料记载：6D第三运输监视队在某村附近遭袭；同日第二野战汽车中队亦在附近交战。")
    assert keys.get("第三运输监视队") == "JP"
    assert "第二野战汽车中队" in keys


def test_a_numbered_zone_or_a_count_is_no_task_name():
    keys = _keys("第四战区政工队随军前进，第一批游击队员和第二梯队相继出发。")
    assert "第四战区政工队" not in keys
    assert not any(k.startswith(("第一批", "第二梯")) for k in keys)


def test_a_list_separator_is_no_part_of_a_name():
    keys = _keys("八路军东进纵队、北进支队相继开到。")
    assert not any(k.startswith("、") for k in keys)


def test_a_puppet_or_county_force_is_keyed_as_written():
    keys = _keys("据县志记载，伪36师一部与黄县三支队在河口激战。")
    assert keys.get("伪36师") == "JP"
    assert "黄县三支队" in keys


def test_a_numbered_battalion_of_a_garrison_formation_keeps_its_numbered_key():
    keys = _keys("日军独立守备队第三大队随即出动。")
    assert "独立守备队第3大队" in keys


def test_a_four_character_part_after_its_formation():
    keys = _keys("东海纵队渔山独立大队成立后，转战各岛。")
    assert keys.get("渔山独立大队") == "CN"


def test_a_fortress_garrison_is_its_holders():
    keys = _keys("（剧本）连长喊道：石湾要塞警备队的弟兄们，跟我上！")
    assert keys.get("石湾要塞警备队") == "CN"


def test_a_numbered_force_sent_to_china_is_japanese(tmp_path):
    # invented: an order of battle's last item, a navy's fleet named by a number and 遣华 with no side word before it
    text = "日军参战部队:第9师团、第3飞行团、海军第2遣华舰队一部。\n中国守军第5军在城北抵抗。\n"
    units = {u["name"]: u.get("side") for u in extract_json(tmp_path, text)["units"]}
    assert units.get("第2遣华舰队") == "JP"


def test_an_army_of_the_kanglian_is_one_unit_labelled_as_the_text_writes_it(tmp_path):
    # invented: two spellings of one army; the number key joins them, the label is the first as written
    text = "1937年冬,杨某率抗联二军在山林中伏击日军,毙敌30余人。东北抗联第二军随后转战北满。\n"
    units = [u for u in extract_json(tmp_path, text)["units"] if "抗联" in u["name"]]
    assert [(u["name"], u.get("label")) for u in units] == [("抗联第2军", "抗联二军")]
    src = tmp_path / "k.txt"
    src.write_text(text, encoding="utf-8")
    out = tmp_path / "k.nt"
    assert run_cli("build", str(src), "-o", str(out), store=tmp_path / "store").returncode == 0
    g = pyoxigraph.Store()
    g.load(path=str(out), format=pyoxigraph.RdfFormat.N_TRIPLES)
    rows = list(g.query('SELECT ?l ?a WHERE { ?u a <https://w3id.org/kangzhan/ontology#MilitaryUnit> ; '
                   '<http://www.w3.org/2000/01/rdf-schema#label> ?l . FILTER(CONTAINS(STR(?l), "抗联")) '
                   'OPTIONAL { ?u <http://www.w3.org/2004/02/skos/core#altLabel> ?a } }'))
    labels = {r["l"].value for r in rows}
    alts = {r["a"].value for r in rows if r["a"] is not None}
    assert labels == {"抗联二军"}
    assert {"抗联第2军", "东北抗联第二军"} <= alts
