"""General rules from held-out round 19 (a volunteers' report on finding the families of fallen soldiers): where an
identified soldier comes from (来自X的某人) and a veteran's academy (X老兵) are no places of the fight. Every text
here is written for the test (other battles, places, persons); none is taken from the held-out texts."""
from helpers import extract_json as extract


def _places(facts: dict, name: str) -> set[str]:
    b = next(b for b in facts["battles"] if b["name"] == name)
    return {p["name"] for p in b["places"]}


def test_an_identified_soldiers_native_place_is_no_place_of_his_fight(tmp_path):
    text = ("10月12日,广西全州县石塘镇举行安葬仪式,在全州阻击战中牺牲的11名战士遗骸入葬烈士陵园。"
            "1944年桂柳会战中的全州阻击战后,村民收殓了阵亡将士遗体。其中两位已确定身份:一位是来自江苏省盐城市阜宁县的"
            "王德顺,另一位是来自四川省南充市的刘正清。")
    places = _places(extract(tmp_path, text), "全州阻击战")
    assert "全州" in places or "全州县" in places
    assert not places & {"江苏省", "盐城市", "阜宁县", "四川省", "南充市"}


def test_he_comes_from_a_county_and_an_academy_veteran_are_no_battle_places(tmp_path):
    text = ("1939年冬,昆仑关战役打响,第5军在昆仑关与日军激战。老兵周国栋回忆,他来自河北沧州,"
            "是保定老兵,曾在昆仑关身负重伤。")
    places = _places(extract(tmp_path, text), "昆仑关战役")
    assert "昆仑关" in places
    assert not places & {"河北", "沧州", "保定"}


def test_enemy_reinforcements_from_a_town_still_leave_the_fight_its_places(tmp_path):
    # the look-alike: what comes from a place toward the fight is no one's home; the fight's places stay
    text = ("1938年5月,来自蒙城的日军援兵向永城进犯,第92军在永城城外阻击,激战三日,毙敌800余人。")
    facts = extract(tmp_path, text)
    places = {p["name"] for b in facts["battles"] for p in b["places"]}
    assert {"永城", "蒙城"} <= places  # 蒙城 is not dropped as a home: the troops come from it, no person


def test_the_town_of_a_fight_a_grandfather_once_joined_is_no_place_of_the_fight_told(tmp_path):
    text = ("1939年3月,南昌会战中的高安阻击战打响,第74军在高安城外与日军激战。志愿者陈晓梅的祖父是老兵,"
            "参加过武汉会战,她从小听祖父讲抗战故事。高安阻击战拖住了日军主力。")
    places = _places(extract(tmp_path, text), "高安阻击战")
    assert "高安" in places and "武汉" not in places
    text = ("1944年6月,衡阳保卫战打响,第10军在衡阳城内坚守47天。守军营长赵宗福曾经历了台儿庄战役,"
            "在衡阳城南的阵地上率部反击。")
    places = _places(extract(tmp_path, text), "衡阳保卫战")
    assert "衡阳" in places and "台儿庄" not in places


def test_the_town_of_the_fight_the_text_tells_stays_when_a_unit_joined_it(tmp_path):
    # the look-alike: 参加了X when X is the battle the text tells; its town stays
    text = ("1938年10月,第74军参加了万家岭战役,在万家岭与日军第106师团激战,毙敌3000余人。")
    facts = extract(tmp_path, text)
    places = {p["name"] for b in facts["battles"] for p in b["places"]}
    assert "万家岭" in places


def _killed(facts: dict, name: str) -> set[tuple[str, int]]:
    b = next(b for b in facts["battles"] if b["name"] == name)
    return {(c["side"], c["count"]) for c in b["figures"] if c["kind"] == "casualties" and c["category"] == "killed"}


def test_the_fallen_counted_after_their_death_are_the_fights_killed(tmp_path):
    text = ("4月5日,山西代县举行公祭,在雁门关阻击战中牺牲的23名战士遗骸安葬于烈士陵园。"
            "1937年雁门关阻击战中,八路军在雁门关与日军激战。")
    assert ("CN", 23) in _killed(extract(tmp_path, text), "雁门关阻击战")
    text = ("1940年5月,第33集团军在南瓜店与日军激战。南瓜店战斗中壮烈殉国的140余名官兵,后来合葬在山坡上。")
    assert ("CN", 140) in _killed(extract(tmp_path, text), "南瓜店战斗")


def test_a_count_near_the_fallen_that_is_not_theirs_is_no_loss(tmp_path):
    # the look-alike: the fallen without a count, then the villagers who came to the rite
    text = ("1937年雁门关阻击战中,八路军在雁门关与日军激战。村民为牺牲的战士立碑,全村300名村民参加了公祭。")
    facts = extract(tmp_path, text)
    assert facts["battles"] and all(c["count"] != 300 for b in facts["battles"] for c in b["figures"])


def _strengths(facts: dict) -> set[tuple[str, int]]:
    return {(f["side"], f["count"]) for b in facts["battles"] for f in b["figures"] if f["kind"] == "strength"}


def test_a_unit_of_only_so_many_men_gives_its_strength(tmp_path):
    text = ("1938年3月,滕县保卫战打响。日军第10师团2万余人猛攻滕县,而守城的国民革命军第122师仅3000余人,兵力悬殊。")
    assert 3000 in {n for _, n in _strengths(extract(tmp_path, text))}  # its side is figure_sides' job
    text = ("1939年12月,昆仑关战役中,第5军新编第22师只有8000余人,在昆仑关与日军第5师团激战。")
    assert ("CN", 8000) in _strengths(extract(tmp_path, text))


def test_the_men_who_came_out_alive_are_no_strength(tmp_path):
    # the look-alike: only so many men broke out or survived at the end
    text = ("1937年11月,第88师在城内与日军激战七日,伤亡惨重,最后第88师仅600余人突围。")
    assert all(n != 600 for _, n in _strengths(extract(tmp_path, text)))
