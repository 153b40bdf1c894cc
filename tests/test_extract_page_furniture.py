"""General rules from held-out round 11 (a veterans' e-paper page, a newspaper obituary): a web page's furniture,
the works veterans built after the war, the veteran who tells the story, a unit's head count and a Republican
province name. Every text here is written for the test (other battles, places, units, sites); none is taken from
the held-out texts."""
from helpers import extract_json as extract
from helpers import extract_jsonl


def _battle(facts: dict, name: str) -> dict:
    return next(b for b in facts["battles"] if b["name"] == name)


def _places(b: dict) -> set[str]:
    return {p["name"] for p in b["places"]}


# a local news site's page: menu, breadcrumb, tool links, article data, links to other stories, footer
PAGE = ("首页 | 新闻 | 岳阳频道 | 专题 | 联系我们\n"
        "您的位置:首页 >> 湘潭新闻 >> 正文\n"
        "【打印】 【收藏】 【关闭】\n"
        "常德会战\n"
        "1943年11月,日军第11军以5个师团进攻常德,第74军第57师奉命守城。\n"
        "第57师在常德城内与日军激战16昼夜,伤亡惨重。\n"
        "上一篇:浏阳老兵回忆录出版\n"
        "下一篇:衡阳保卫战纪念馆开馆\n"
        "责任编辑:王芳  来源:益阳日报\n"
        "版权所有 © 2015 株洲在线 http://www.example.cn\n")


def test_a_pages_menus_links_and_footer_give_no_place_and_no_battle(tmp_path):
    facts = extract(tmp_path, PAGE)
    assert [b["name"] for b in facts["battles"]] == ["常德会战"]  # 衡阳保卫战 is a link to another story
    b = _battle(facts, "常德会战")
    assert "常德" in _places(b)
    assert not _places(b) & {"岳阳", "湘潭", "浏阳", "衡阳", "益阳", "株洲"}
    assert {("第57师", "CN"), ("第11军", "JP")} <= {(u["name"], u["side"]) for u in b["units"]}


def test_a_table_drawn_with_bars_is_no_menu(tmp_path):
    text = ("昆仑关战役\n1939年12月,第5军进攻昆仑关。\n"
            "| 部队 | 指挥官 | 地点 |\n|---|---|---|\n| 第5军 | 杜聿明 | 昆仑关 |\n| 第200师 | 戴安澜 | 宾阳 |\n")
    b = _battle(extract(tmp_path, text), "昆仑关战役")
    assert "宾阳" in _places(b)
    assert "第200师" in {u["name"] for u in b["units"]}


def test_a_newspapers_byline_is_no_place_of_the_battle(tmp_path):
    text = ("百团大战亲历者辞世\n"
            "■本报记者 李明 石家庄报道\n"
            "1940年8月,八路军第129师在正太铁路沿线发起百团大战,攻克娘子关。\n")
    b = _battle(extract(tmp_path, text), "百团大战")
    assert "娘子关" in _places(b)
    assert "石家庄" not in _places(b)


def test_the_works_veterans_built_after_the_war_are_no_battlefield(tmp_path):
    text = ("台儿庄战役\n"
            "1938年3月,第2集团军在台儿庄与日军第10师团激战,守住了运河防线。\n"
            "战后他们解甲归田,又投身国家建设,兴建宝成铁路、丹江口水库、炼油厂、长江大桥等,贡献巨大。\n")
    b = _battle(extract(tmp_path, text), "台儿庄战役")
    assert "台儿庄" in _places(b)
    assert not _places(b) & {"宝成铁路", "丹江口水库", "丹江口", "炼油厂", "长江大桥", "长江"}


def test_fieldworks_troops_build_in_a_battle_keep_their_places(tmp_path):
    text = ("武汉会战\n1938年7月,第9战区部队在马当要塞修筑工事,日军第106师团进攻马当要塞。\n")
    assert "马当要塞" in _places(_battle(extract(tmp_path, text), "武汉会战"))


def test_a_veteran_who_recalls_the_battle_is_no_commander(tmp_path):
    text = ("第二次长沙会战\n"
            "退役少将刘志远为文回忆,民国三十年九月,他所在的第4军在新墙河一带与日军第6师团激战。\n"
            "第4军军长欧震率部坚守,日军受阻。\n")
    b = _battle(extract(tmp_path, text), "第二次长沙会战")
    names = {c["name"] for c in b["commanders"]}
    assert "刘志远" not in names
    assert "欧震" in names


def test_a_commander_who_recalls_his_battle_stays_its_commander(tmp_path):
    text = ("常德会战\n第57师师长余程万回忆,1943年11月,第57师在常德与日军第116师团血战。\n")
    assert "余程万" in {c["name"] for c in _battle(extract(tmp_path, text), "常德会战")["commanders"]}


def test_a_numbered_units_head_count_is_its_strength(tmp_path):
    text = ("随枣会战\n1939年5月,日军第13师团约两万余人进攻随县,我第84军近三万人迎战。\n")
    figs = {(f["side"], f["count"], f["kind"]) for f in _battle(extract(tmp_path, text), "随枣会战")["figures"]}
    assert ("JP", 20000, "strength") in figs
    assert ("CN", 30000, "strength") in figs
    # a unit no word gives a side does not take the side of the enemy named before it in the sentence
    figs = {(f["side"], f["count"]) for f in _battle(extract(tmp_path, text.replace("我第84军", "第84军")),
                                                        "随枣会战")["figures"]}
    assert ("JP", 30000) not in figs and (None, 30000) in figs


def test_a_units_men_counted_as_losses_stay_losses(tmp_path):
    text = "随枣会战\n1939年5月,我军在随县击毙日军第13师团2000余人。\n"
    figs = {(f["count"], f["kind"]) for f in _battle(extract(tmp_path, text), "随枣会战")["figures"]}
    assert (2000, "casualties") in figs and (2000, "strength") not in figs


def test_a_republican_province_name_of_an_autonomous_region_is_that_region(tmp_path):
    rows = extract_jsonl(tmp_path, "1944年11月,日军第3师团进犯广西省北部的桂林,我军退守宁夏省。\n")
    places = {r["value"]["name"]: r["value"] for r in rows if r.get("kind") == "place"}
    assert places["广西省"]["kind"] == "province" and places["广西省"]["short"] == "广西"
    assert places["宁夏省"]["short"] == "宁夏"
    assert "桂林" in places


def test_a_battle_named_in_a_quoted_telegram_is_no_account_of_its_own(tmp_path):
    text = ("纪念抗战胜利 老兵忆往\n\n"
            "  今年是抗战胜利七十周年,回顾八年抗战,令人感佩当年面对强敌,不惜牺牲生命的将士,令人尊敬。\n"
            " 本刊访问多位当年的参战老兵,忆述往事,重点如下:\n\n"
            "参加鄂西会战的王振华\n"
            " 王振华老人回忆,民国三十二年时,他所属的第18军于五月下旬参加鄂西会战,于湖北省西部的石牌、宜都一带,"
            "与日军第13、第39师团遭遇,发生激烈战斗,敌我伤亡惨重!惟敌仍据守阵地,我方曾截获日军要求增援的电讯:"
            "「宜都战役遭受罕有之猛烈攻击,未能前进攫取恩施。」\n"
            " 战况瞬息万变,后来传出恩施防务吃紧,第18军奉令将防务交由第86军接替,然后星夜驰援恩施。\n")
    facts = extract(tmp_path, text)
    assert [b["name"] for b in facts["battles"]] == ["鄂西会战"]
    b = _battle(facts, "鄂西会战")
    assert {"第18军", "第13师团", "第86军"} <= {u["name"] for u in b["units"]}  # the account after the quote
    assert "宜都" in _places(b)


def test_a_veterans_home_and_birthplace_are_no_places_of_his_battles(tmp_path):
    text = ("抗战老兵李长生辞世\n"
            "家住贵州遵义县新舟镇的抗战老兵李长生,日前在遵义县家中去世,享年98岁。李长生祖籍四川宜宾,"
            "1938年参加台儿庄战役,在台儿庄与日军第10师团激战。战后他在遵义解甲归田。\n")
    b = _battle(extract(tmp_path, text), "台儿庄战役")
    assert "台儿庄" in _places(b)
    assert not _places(b) & {"贵州", "遵义县", "遵义", "新舟镇", "四川", "宜宾"}


def test_a_town_named_home_and_battlefield_stays_where_the_fight_is_told(tmp_path):
    text = "昆仑关战役\n老兵王德明祖籍宾阳。1939年12月,第5军在宾阳、昆仑关一带与日军第5师团激战。\n"
    assert {"宾阳", "昆仑关"} <= _places(_battle(extract(tmp_path, text), "昆仑关战役"))


def test_a_tellers_words_before_a_battle_in_a_title_are_no_part_of_its_name(tmp_path):
    for title in ("老兵忆长沙会战", "王德明讲述长沙会战"):
        names = [b["name"] for b in extract(tmp_path, title + "\n1941年9月,第4军在新墙河一带与日军第6师团激战。\n")["battles"]]
        assert names == ["长沙会战"], title


def test_a_unit_that_takes_over_a_line_is_of_the_side_that_hands_it_over(tmp_path):
    cases = {"1944年10月,日军第22师团进攻桂平,国军第64军奉令将防务交由第46军接替,然后驰援柳州。": ("第46军", "CN"),
             "1944年10月,国军第64军在桂平与日军第22师团激战,后第46军接替第64军。": ("第46军", "CN"),
             "1939年9月,日军第11军在湘北受挫,日军第11军将防务交由第13军接替。": ("第13军", "JP")}
    for body, (unit, side) in cases.items():
        b = _battle(extract(tmp_path, "桂柳会战\n" + body + "\n"), "桂柳会战")
        assert (unit, side) in {(u["name"], u["side"]) for u in b["units"]}, body


def test_the_teller_named_in_an_oral_historys_header_is_no_commander(tmp_path):
    text = ("口述:少将王德明 整理:李华\n"
            "1938年3月,我所在的第31师在台儿庄与日军第10师团激战,第31师师长池峰城率部死守。台儿庄战役是一场大胜。\n")
    names = {c["name"] for c in _battle(extract(tmp_path, text), "台儿庄战役")["commanders"]}
    assert "池峰城" in names and "王德明" not in names


def test_building_a_base_area_is_no_list_of_works(tmp_path):
    text = ("百团大战\n1940年8月,八路军为巩固和建设晋察冀边区,在正太铁路沿线发起百团大战,攻克娘子关。\n")
    assert {"晋察冀边区", "娘子关"} <= _places(_battle(extract(tmp_path, text), "百团大战"))


def test_the_titles_under_a_related_stories_head_are_no_battles_of_the_page(tmp_path):
    text = ("忻口会战\n1937年10月,第14集团军在忻口与日军第5师团激战,郝梦龄军长率部坚守。\n\n"
            "相关阅读:\n衡阳保卫战老兵回忆录出版\n昆仑关战役纪念馆在南宁开馆\n\n"
            "忻口会战是华北战场规模最大的一次会战。\n")
    facts = extract(tmp_path, text)
    assert [b["name"] for b in facts["battles"]] == ["忻口会战"]
    assert "南宁" not in _places(_battle(facts, "忻口会战"))
