"""Forces that are neither the Chinese nor the Japanese army: the Allies (英军, 美军, 苏军 and their numbered
units) are a third party, kz:OtherSide (score.py reads it as OTHER); the puppet armies (汪伪, 伪满洲国军, 伪治安军,
皇协军) fought with the Japanese and take their side, as the gold files do (伪军 ok as JP everywhere); Japanese
units named after their commander (X师团, X部队) are Japanese. New sentences, not from any document here."""
from helpers import extract_json, run_cli


def _units(tmp_path, text: str) -> dict[str, str | None]:
    facts = extract_json(tmp_path, text)
    return {u["name"]: u["side"] for b in facts["battles"] for u in b["units"]}


def test_allied_units_are_a_third_side_and_keep_their_nation_in_the_name(tmp_path):
    units = _units(tmp_path, "密支那战役\n1944年5月，英印第3师一部与我新30师并肩作战，美军第475团在南坎附近截断日军"
                             "第56师团退路，英第36师随后南下。\n")
    assert units["英印第3师"] == "OTHER"
    assert units["美军第475团"] == "OTHER"
    assert units["英第36师"] == "OTHER"
    assert units["新编第30师"] == "CN"
    assert units["第56师团"] == "JP"
    assert "第3师" not in units and "第36师" not in units  # no Chinese twin of the Allied division


def test_an_allied_number_past_999_and_an_armoured_brigade_are_read(tmp_path):
    units = _units(tmp_path, "东北战役\n1945年8月，苏军第6近卫坦克集团军越过大兴安岭，苏联红军第1318团攻占海拉尔，"
                             "英军第4装甲旅则在缅甸南部作战。\n")
    assert units.get("苏联红军第1318团") == "OTHER"
    assert units.get("英军第4装甲旅") == "OTHER"


def test_puppet_units_are_on_the_japanese_side_and_are_no_japanese_division(tmp_path):
    facts = extract_json(tmp_path, "陈家集战斗\n1942年6月，日军第110师团一部纠集汪伪第14师、伪满洲国军第3旅和皇协军第5团，"
                                   "进攻冀中军区第8团驻地陈家集。\n")
    units = {u["name"]: u["side"] for b in facts["battles"] for u in b["units"]}
    assert units["汪伪第14师"] == "JP"
    assert units["伪满洲国军第3旅"] == "JP"
    assert units["皇协军第5团"] == "JP"
    assert "第14师团" not in units  # the puppet division is not the Japanese 第14师团
    assert units["第8团"] == "CN"
    persons = {c["name"] for b in facts["battles"] for c in b["commanders"]}
    places = {p if isinstance(p, str) else p["name"] for b in facts["battles"] for p in b["places"]}
    assert not {n for n in persons | places if "伪" in n}  # 汪伪, 伪满洲: no person, no place


def test_japanese_units_named_after_their_commander(tmp_path):
    units = _units(tmp_path, "平型关战斗\n1937年9月，矶谷师团沿平汉路南下，板垣师团一部进至平型关，"
                             "冈部联队与粟饭原部队随后跟进，八路军第115师在关前伏击。两个师团都未能得手，主力部队撤回。\n")
    assert units["矶谷师团"] == "JP"
    assert units["板垣师团"] == "JP"
    assert units["冈部联队"] == "JP"
    assert units["第115师"] == "CN"
    assert not {n for n in units if n.startswith(("两个", "主力"))}  # counts and type words name no commander


def test_the_allied_side_conforms_to_the_shapes(tmp_path):
    import pyoxigraph as ox

    from kangzhan.validate import validate_quads

    src = tmp_path / "burma.txt"
    src.write_text("仁安羌战役\n1942年4月，英缅第1师在仁安羌被日军第33师团包围，我新38师第113团驰援，"
                   "英军第7装甲旅亦参加战斗。\n", encoding="utf-8")
    out = tmp_path / "burma.nt"
    r = run_cli("build", str(src), "-o", str(out), store=tmp_path / "store")
    assert r.returncode == 0, r.stderr
    g = ox.Store()
    g.load(out.read_bytes(), ox.RdfFormat.N_TRIPLES)
    rows = {row["l"].value for row in g.query(
        'PREFIX kz: <https://w3id.org/kangzhan/ontology#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> '
        'SELECT ?l WHERE { ?u a kz:MilitaryUnit ; rdfs:label ?l ; kz:side kz:OtherSide }')}
    assert rows == {"英缅第1师", "英军第7装甲旅"}
    assert validate_quads(g.quads_for_pattern(None, None, None)) == []



def test_an_armoured_division_without_its_nation_is_no_chinese_unit(tmp_path):
    facts = extract_json(tmp_path, "1940年大事记\n【法国战役】 [1940年5月]\n德军第10装甲师突破色当，随后第4装甲师也渡过马斯河。\n")
    units = {u["name"]: u["side"] for u in facts["units"]}
    assert units.get("德军第10装甲师") == "OTHER"
    assert not {n for n, side in units.items() if side in ("CN", "JP")}


def test_named_puppet_armies_are_japanese_units_and_the_bare_puppet_word_is_none(tmp_path):
    units = _units(tmp_path, "大柳树战斗\n1943年2月，日军一个大队带领华北治安军一部和皇协军数百人，"
                             "连同伪军二百余人，向冀南军区第21团驻地大柳树合击。\n")
    assert units["华北治安军"] == "JP"
    assert units["皇协军"] == "JP"
    assert units["第21团"] == "CN"
    assert "伪军" not in units  # any puppet force: no formation of its own
