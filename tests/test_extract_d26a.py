"""Rules from round 26's diagnosis (read after its blind measurement); every sentence here is written for the test."""
from helpers import extract_json as extract


def test_a_memorial_address_lists_fights_headed_by_their_places(tmp_path):
    """A 祭文 lists the fights of the fallen in one sentence, each headed by its place and a colon (X岭:四战四捷、
    Y河:将士浴血…、Z山:三百勇士…全部牺牲、为W会战筑起…屏障): each item is a fight of its own, named after its
    place (a hill no gazetteer holds included), and the campaign named at the end stays a battle of its own."""
    text = ("祭 文\n维公元二〇二四年四月四日,岁次甲辰,清明时节。吾辈桐柏县老区建设促进会同仁,谨以鲜花清酒,遥祭忠魂。\n"
            "松柏含悲,山河垂泪。忆往昔:国土沦丧,壮士出征。鹰嘴岭:四战四捷威名扬、淮源河:将士浴血守阵地、"
            "狮子山:三百勇士,坚守五昼夜至弹尽援绝、最后全部牺牲、为武汉会战筑起了豫南第一道屏障,为抗战胜利立下了不朽功勋。\n"
            "魂兮归来,伏惟尚飨!\n")
    battles = {b["name"]: b for b in extract(tmp_path, text)["battles"]}
    assert set(battles) == {"鹰嘴岭战斗", "淮源河战斗", "狮子山战斗", "武汉会战"}
    assert {p["name"] for p in battles["狮子山战斗"]["places"]} == {"狮子山"}
    assert 300 in {f["count"] for f in battles["狮子山战斗"]["figures"]}
    assert not battles["鹰嘴岭战斗"]["figures"]


def test_a_guide_listing_sights_by_place_and_colon_is_no_fight(tmp_path):
    """The same colon list of places in a travel guide tells sights, not deeds of war: no battle."""
    text = ("桐柏旅游指南\n桐柏县山水秀美,景点众多。鹰嘴岭:奇松怪石闻天下、淮源河:清流见底可垂钓、"
            "狮子山:登高远眺,日出壮观、最后一站可去县城品尝美食。\n")
    assert extract(tmp_path, text)["battles"] == []


def test_a_provinces_troops_named_by_the_province_are_a_chinese_unit(tmp_path):
    """国民革命军四川部队, 我四川部队: the troops of a provincial army named by the province and 部队 (as 川军 in
    short) are a Chinese force of the fight."""
    text = ("1938年3月16日,日军先头部队沿公路进犯滕县东关。在东关和北关,日军遭到国民革命军四川部队的顽强阻击,"
            "我四川部队以城墙和护城河为阵地与日军展开激战,双方伤亡惨重。\n")
    battles = extract(tmp_path, text)["battles"]
    assert battles
    units = {(u["name"], u["side"]) for b in battles for u in b["units"]}
    assert ("四川部队", "CN") in units


def test_troops_stationed_in_a_province_are_no_provincial_army(tmp_path):
    """日军驻广东部队: the Japanese troops stationed in the province, no Chinese 广东部队."""
    text = ("1938年10月12日,日军驻广东部队在大亚湾登陆,随即向惠州进攻,守军第151师与日军激战于淡水一带,"
            "双方伤亡惨重。\n")
    battles = extract(tmp_path, text)["battles"]
    assert battles
    assert "广东部队" not in {u["name"] for b in battles for u in b["units"]}


_BRIDGE_PAST = ("安德桥守军血战日寇 阅读量:12\n\n"
                " 吴江平望镇是大运河畔的千年古镇,已有一千多年的历史,平望镇地处水陆要冲,商贾云集。相传春秋时吴王夫差曾在此屯兵,"
                "平望镇还是诗人陆龟蒙的隐居之地。早在400多年前,明代的《吴江县志》就有平望镇和安德桥的记载。"
                "清乾隆皇帝南巡时也经过平望镇,当年杭州知府曾在此迎驾。\n\n")
_BRIDGE_FIGHT = (" 1937年11月19日,日寇先头部队沿着苏嘉铁路和大运河进犯平望古镇。在安德桥,日寇遭到守军的英勇阻击,"
                 "守军以平望镇北街为阵地与日军展开激战,双方子弹如雨\n")


def test_a_sites_distant_past_before_its_fight_gives_no_places(tmp_path):
    """A bridge's history entry tells the town's past (a legend, the dynasty, the emperor who passed, the prefect who
    met him) before the fight: those sentences' towns are no places of the fight; the bridge and the town are."""
    battles = extract(tmp_path, _BRIDGE_PAST + _BRIDGE_FIGHT)["battles"]
    assert len(battles) == 1
    places = {p["name"] for p in battles[0]["places"]}
    assert {"安德桥", "平望古镇"} <= places
    assert "杭州" not in places and "吴江" not in places


def test_a_sites_description_without_its_past_keeps_its_places(tmp_path):
    """The same lead describing the site today (no dynasty, no emperor, no centuries ago) is the battlefield's
    geography: its places stay."""
    lead = ("安德桥守军血战日寇 阅读量:12\n\n"
            " 吴江平望镇是大运河畔的重镇,平望镇地处水陆要冲,商贾云集。平望镇东连莺脰湖,西接杭州方向的公路。"
            "安德桥横跨运河,是镇上交通的咽喉。镇北有一条长街直通桥头。\n\n")
    battles = extract(tmp_path, lead + _BRIDGE_FIGHT)["battles"]
    assert len(battles) == 1
    assert "吴江" in {p["name"] for p in battles[0]["places"]}


def test_a_martyrs_cemetery_named_after_a_place_is_no_man(tmp_path):
    """浏阳县高平烈士陵园: a cemetery named after the place written after its county; 高平 is no fallen man and
    no commander of the fight."""
    text = ("1941年9月,日军第6师团进攻汨罗江南岸,我第37军在浏阳县高平一带与日军激战三昼夜,击退日军多次进攻。"
            "战后,阵亡将士安葬于浏阳县高平烈士陵园。\n")
    facts = extract(tmp_path, text)
    assert facts["battles"]
    assert "高平" not in {p["name"] for p in facts["persons"]}
    assert not [c for b in facts["battles"] for c in b["commanders"]]


def test_a_martyrs_tomb_of_a_man_keeps_him(tmp_path):
    """高平烈士墓 with no county before it: the tomb of a man whose name a county bears, as 左权将军's."""
    text = ("1941年9月,日军第6师团进攻汨罗江南岸,我第37军在浏阳一带与日军激战三昼夜,击退日军多次进攻。"
            "战后,人们在高平烈士墓前悼念这位团长。\n")
    assert "高平" in {p["name"] for p in extract(tmp_path, text)["persons"]}


def test_a_memorial_list_told_one_item_a_sentence_is_each_a_fight(tmp_path):
    """The list items may stand one a sentence (X河:血战七昼夜;Y岭:…全部殉国。): each opening with its place and a
    colon, a run of them is the list (a head no place, 青山界, keeps it going but is no fight)."""
    text = ("公祭文\n岁在甲辰,时维清明,谨以清酌庶羞之奠,致祭于湘西抗战阵亡将士之灵曰:\n"
            "呜呼!倭寇犯境,山河破碎。我辈先烈,挺身赴难。龙潭河:血战七昼夜;青山界:将士浴血,尸横遍野;"
            "鸡公岭:二百勇士死守阵地,全部殉国。\n英魂不泯,浩气长存。伏惟尚飨!\n")
    battles = {b["name"]: b for b in extract(tmp_path, text)["battles"]}
    assert set(battles) == {"龙潭河战斗", "鸡公岭战斗"}
    assert 200 in {f["count"] for f in battles["鸡公岭战斗"]["figures"]}


def test_a_museum_floor_plan_in_colon_items_is_no_fight(tmp_path):
    """一楼:…;二楼:…: heads that are no places, whatever the words of war in the items."""
    text = ("参观指南\n一楼:抗战史料展,陈列血战台儿庄的照片;二楼:英烈厅,介绍将士浴血奋战的事迹;"
            "三楼:文物厅。\n")
    assert extract(tmp_path, text)["battles"] == []


def test_men_who_all_fell_together_are_the_whole_force(tmp_path):
    """十二名战士…阻击日军…全部牺牲: every man of the counted group fell, so the count is the force's strength as
    well as its dead."""
    text = ("1940年5月,日军一个中队进犯黄龙岭。十二名战士奉命在岭上阻击日军,坚守两昼夜,子弹打光后全部壮烈牺牲。\n")
    figs = [(f["kind"], f["count"]) for b in extract(tmp_path, text)["battles"] for f in b["figures"]]
    assert ("casualties", 12) in figs and ("strength", 12) in figs


def test_men_praised_for_falling_are_no_count_of_the_force(tmp_path):
    """260名官兵在战斗中壮烈牺牲: the dead of a larger force, not its strength."""
    text = ("1940年5月,日军一个联队进犯黄龙岭,守军第9师与日军激战三昼夜,260名官兵在战斗中壮烈牺牲。\n")
    figs = [(f["kind"], f["count"]) for b in extract(tmp_path, text)["battles"] for f in b["figures"]]
    assert ("casualties", 260) in figs and ("strength", 260) not in figs
