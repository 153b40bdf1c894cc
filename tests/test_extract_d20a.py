"""Battle identification on relic-site records and relic news (a war site's entry named after the fight it keeps,
a restoration story): texts written for these tests, through `kangzhan extract FILE --json`."""

from __future__ import annotations

from helpers import extract_json as extract
from helpers import extract_jsonl


def names(out: dict) -> set[str]:
    return {b["name"] for b in out["battles"]}


def test_a_site_record_names_the_fight_only_as_its_site(tmp_path):
    text = ("青石岭伏击战遗址\n\n青石岭伏击战遗址,位于桓仁县城东南28公里的青石岭北坡。遗址包括部队宿营地和指挥所旧址。\n\n"
            "1937年5月,日伪军一个营从桓仁出发,准备进山“讨伐”。抗联第一军第三师得知消息后,埋伏于青石岭两侧山坡,"
            "待敌进入伏击圈后突然开火。")
    out = extract(tmp_path, text)
    assert "青石岭伏击战" in names(out)


def test_a_battle_site_written_with_zhandou_is_the_fight_too(tmp_path):
    text = ("柳河口战斗旧址坐落在柳河口村西的山梁上。1941年8月,八路军某部一个营在此阻击日军,"
            "激战终日,毙伤日军百余人。现旧址立有石碑一座。")
    out = extract(tmp_path, text)
    assert "柳河口战斗" in names(out)


def test_a_museum_visited_is_still_no_battle(tmp_path):
    # 纪念馆 is a building of a later time, not the ground: the visit names no fight of its own
    text = "今年清明,我们一行来到青石岭抗战纪念馆参观。馆内陈列着三百多件文物,讲解员向我们介绍了展品。"
    out = extract(tmp_path, text)
    assert not any(n.startswith("青石岭") for n in names(out))


def test_a_site_beside_a_named_battle_stays_a_site(tmp_path):
    # the text names its battle outright: the site named after another fight is only where a wreath was laid
    text = ("1938年3月,第二十二集团军在滕县与日军激战,滕县保卫战打了四天三夜,守军伤亡殆尽。"
            "战后多年,老兵们又到界河战斗遗址献花。")
    out = extract(tmp_path, text)
    assert "滕县保卫战" in names(out)
    assert "界河战斗" not in names(out)


def test_a_glossed_traditional_site_record_names_its_fight(tmp_path):
    # a repost in Traditional characters with the reading glossed inside the words (戰(zhàn), 聯(lián))
    text = ("黑瞎子溝伏擊戰(zhàn)遺址\n\n黑瞎子溝伏擊戰(zhàn)遺址,位于撫松縣城北20公里的山谷中,現(xiàn)無明顯遺跡。\n\n"
            "1939年,日偽當(dāng)局調(diào)集重兵“圍剿”抗聯(lián)部隊(duì)。8月中旬,抗聯(lián)第二軍一部埋伏于溝口兩側(cè),準(zhǔn)備伏擊敵人。")
    out = extract(tmp_path, text)
    assert "黑瞎子沟伏击战" in names(out) or "黑瞎子溝伏擊戰" in names(out)


def places_of(out: dict, battle: str) -> set[str]:
    return {p["name"] for b in out["battles"] if b["name"] == battle for p in b["places"]}


def test_an_ambush_named_after_everyday_words_the_text_writes_as_a_gully_is_placed_there(tmp_path):
    # 木头车子 reads as two everyday nouns (wood, cart); the text writes it as a gully's head (木头车子沟口)
    text = ("木头车子伏击战\n\n1940年4月,八路军某团得知日军运输队要经过木头车子,"
            "团长率部连夜埋伏于木头车子沟口两侧山坡。次日拂晓敌人进入伏击圈,我军突然开火,毙伤日军五十余人。")
    out = extract(tmp_path, text)
    assert "木头车子伏击战" in names(out)
    assert "木头车子" in places_of(out, "木头车子伏击战")


def test_a_hill_town_whose_hills_are_described_is_no_hill(tmp_path):
    text = ("1938年5月,日军一个联队开到临江,因临江山高、林密,只得弃马步行。"
            "抗联第一军一部在临江以北的大阳岔伏击日军,毙敌四十余人。")
    out = extract(tmp_path, text)
    places = {p["name"] for b in out["battles"] for p in b["places"]}
    assert "临江山" not in places


def test_a_hill_named_before_its_height_stays_a_hill(tmp_path):
    # 高约千米 gives the hill's height: the hill is named, no description of a town's hills
    text = "1939年6月,日军进攻鸡冠山,鸡冠山高约千米,守军第三营据险固守三日,毙伤日军二百余人。"
    out = extract(tmp_path, text)
    places = {p["name"] for b in out["battles"] for p in b["places"]}
    assert "鸡冠山" in places


def commanders_of(out: dict) -> set[str]:
    return {c["name"] for b in out["battles"] for c in b.get("commanders", [])}


def test_a_slope_before_a_command_post_is_no_commander(tmp_path):
    # 指挥部/指挥所 is the post (a noun): the words before it say where it stood, they name no commander
    text = ("1939年7月,八路军某团在马家岭伏击日军运输队,毙伤日军六十余人。"
            "遗址包括岭下的宿营地,西北山梁上指挥部旧址。战斗中,团长王大海亲自指挥部队冲锋。")
    out = extract(tmp_path, text)
    assert "西北山梁上" not in commanders_of(out)
    assert "王大海" in commanders_of(out)


def test_a_place_inside_a_nickname_is_no_place_of_the_fight(tmp_path):
    text = ("1940年3月,号称“华北治安之花”的伪军一个团从保定开到唐县,"
            "八路军某部在唐县以西的北店头伏击该团,毙伤伪军百余人。")
    out = extract(tmp_path, text)
    places = {p["name"] for b in out["battles"] for p in b["places"]}
    assert "华北" not in places
    assert places & {"北店头", "唐县"}


def test_a_civilian_named_like_a_county_is_no_place_of_the_fight(tmp_path):
    # 安吉 is a county; 市民赵安吉 is the man the story is about, and so is every later 赵安吉
    text = ("县文物局日前给市民赵安吉颁发了文物保护奖。赵安吉离开这个小院已有多年,赵安吉决定修复村里的炮楼。\n\n历史资料\n\n"
            "1941年5月,驻守在县城的日军一个中队进犯张家湾,遭到八路军伏击,毙伤日军四十余人。")
    rows = extract_jsonl(tmp_path, text)
    assert not any(r.get("kind") == "place" and r.get("text") == "安吉" for r in rows)


def test_a_county_after_a_surname_like_word_stays_a_place(tmp_path):
    text = "1942年2月,日军进攻平山,八路军一个团在平山以西阻击日军,毙伤日军百余人。"
    out = extract(tmp_path, text)
    places = {p["name"] for b in out["battles"] for p in b["places"]}
    assert "平山" in places


def test_a_spam_sites_keyword_line_gives_no_place(tmp_path):
    text = ("国产精品视频app,日本一区二区高清视频,中文字幕在线观看,美女图片大全,久久精品免费\n\n"
            "1939年9月,八路军某部在梁家沟伏击日军运输队,毙伤日军八十余人,缴获大车二十辆。")
    rows = extract_jsonl(tmp_path, text)
    assert not any(r.get("kind") == "place" and r.get("text") == "日本" for r in rows)


def test_a_sentence_about_a_film_stays_text(tmp_path):
    # a clause of the text that speaks of a video is no keyword line: its places stay
    text = "这段视频记录了日军轰炸重庆、成都、乐山、宜宾的情景,高清修复后在线播出。1939年8月,日军轰炸乐山。"
    rows = extract_jsonl(tmp_path, text)
    assert any(r.get("kind") == "place" and r.get("text") == "乐山" for r in rows)
