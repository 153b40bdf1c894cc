"""c1: an attack on a place or a post is a fight at that place (攻克X, 袭击X的日军机场, 奇袭X据点, 拿下驻在X的据点),
and a sentence right after it that refers back to one fight (这一仗, 此战, 这次战斗) is that fight's. Every sentence
here is invented for the test, in several genres; the look-alikes (a plan, a quote, a nameless post, a purpose with
no fight, peacetime) must coin nothing."""
from helpers import extract_json as extract


def _battles(tmp_path, text):
    return {b["name"]: b for b in extract(tmp_path, text)["battles"]}


def _names(tmp_path, text):
    out = set()
    for b in extract(tmp_path, text)["battles"]:
        out |= {b["name"], *b.get("alt_labels", ())}
    return out


def test_a_memoir_raid_on_a_mine_referred_back_to_is_a_fight_at_its_place(tmp_path):
    text = ("姥姥说起那年冬天的事。那一天夜里,区队长王守信率领游击队三十余人,奇袭日伪石门沟(土话念gou)铁矿。"
            "这一仗游击队缴获步枪二十支、子弹两箱。\n")
    bs = _battles(tmp_path, text)
    assert "石门沟战斗" in bs
    assert "石门沟" in {p["name"] for p in bs["石门沟战斗"]["places"]}
    assert "奇袭石门沟" in _names(tmp_path, text)


def test_a_news_item_taking_a_post_where_the_enemy_was_stationed(tmp_path):
    text = ("老兵今年九十岁。1944年5月,为了拿下日伪军驻扎在泗阳县王集乡的据点,某团官兵智取敌营,全歼守敌。"
            "他至今记得那个雨夜。\n")
    bs = _battles(tmp_path, text)
    assert "王集战斗" in bs
    assert bs["王集战斗"]["start"] == "1944-05"
    assert "王集据点战斗" in _names(tmp_path, text)


def test_a_forum_post_raid_on_an_airfield_with_that_fight_after_it(tmp_path):
    text = ("那个老人年轻时是游击队的。他参加最大的一次行动,是和自卫队一起袭击桑园坡的日军机场。"
            "那一战他说缴获了大批弹药。\n")
    names = _names(tmp_path, text)
    assert "桑园坡战斗" in names
    assert "桑园坡机场战斗" in names


def test_an_encyclopedia_entry_storming_a_town_then_this_fight(tmp_path):
    text = ("1939年11月2日,游击大队和地方武装三百余人围攻驻马家集的日伪军,次日攻克马家集。"
            "此战击毙日军小队长1名,俘伪军四十余名。\n")
    bs = _battles(tmp_path, text)
    assert "马家集战斗" in bs
    assert "马家集" in {p["name"] for p in bs["马家集战斗"]["places"]}


def test_a_chronicle_entry_takes_a_village_with_a_result(tmp_path):
    text = "1940年6月3日,独立营攻克柳条屯,毙伪军十余名,缴枪二十支。\n"
    assert "柳条屯战斗" in _battles(tmp_path, text)


def test_a_post_named_after_the_post_word(tmp_path):
    text = "1941年春,八路军某团乘胜攻打敌人重要据点高家窝棚,毙伤日伪军五十余人。\n"
    assert "高家窝棚战斗" in _battles(tmp_path, text)


def test_a_planned_attack_is_no_fight(tmp_path):
    text = "1942年,日军企图袭击柳条屯据点,计划在春节前动手,后因大雪作罢。\n"
    assert not {"袭击柳条屯", "柳条屯据点战斗"} & _names(tmp_path, text)


def test_a_boast_in_quoted_speech_is_no_fight(tmp_path):
    text = "队长对大家说:“过几天我们去端掉柳条屯的炮楼!”大家都很高兴,回村休整。\n"
    assert "柳条屯战斗" not in _battles(tmp_path, text)


def test_a_nameless_post_is_no_site(tmp_path):
    text = "1943年,游击队在县境内多次袭击该地区的据点,打击了日伪的气焰。\n"
    assert not any(n.startswith("该") for n in _battles(tmp_path, text))


def test_a_purpose_without_fighting_is_no_fight(tmp_path):
    text = "1943年8月,为了攻打柳条屯,游击大队进行了三天的准备和训练。\n"
    assert "柳条屯战斗" not in _battles(tmp_path, text)


def test_peacetime_taking_is_no_fight(tmp_path):
    text = "去年公司攻克了技术难关,今年又拿下了南方市场,营业额翻了一番。\n"
    assert _battles(tmp_path, text) == {}


def test_a_city_attacked_without_a_fight_told_is_no_fight(tmp_path):
    text = "1938年夏,日军分兵攻打九江,同时沿江西进。\n"
    assert "攻打九江" not in _names(tmp_path, text)


def test_an_institution_destroyed_is_no_place(tmp_path):
    text = "其间,第五支队捣毁农村保甲政权,分化与争取伪警察,打击了日伪统治。\n"
    assert not any("保甲" in n for n in _battles(tmp_path, text))


def test_an_attack_on_a_force_is_a_fight_where_the_attackers_had_gone(tmp_path):
    text = ("这一年,第三支队在大清河两岸坚持游击。11月,第三支队渡过大清河进入新城县柳泉山东部地区,与友军会合,"
            "共同袭击了伪军保安队,击毙日军教官一名,俘伪军五十余人。\n")
    bs = _battles(tmp_path, text)
    assert "柳泉山战斗" in bs
    assert "柳泉山" in {p["name"] for p in bs["柳泉山战斗"]["places"]}


def test_a_campaigns_sentence_telling_a_raid_as_a_fight_gives_its_part(tmp_path):
    text = ("1938年春,日军沿津浦路南北对进。徐州会战中,某旅三营在山东滕县石门镇夜袭日军飞机场的战斗事迹被广为传扬。"
            "此后该旅转战鲁南。\n")
    bs = _battles(tmp_path, text)
    assert bs["石门战斗"]["part_of"] == "徐州会战"


def test_an_order_to_attack_a_force_is_no_fight_of_its_own(tmp_path):
    text = ("1942年10月,日伪军合围黄土岭根据地。在这危急关头,军分区急令十团向东庄的日伪军发起攻击,同时命令三团"
            "猛攻北庄村的日伪军。为了掩护群众突围,二团五连在黄土岭阻击日伪军,坚持到黄昏。\n")
    assert "猛攻北庄村" not in _names(tmp_path, text)  # (the fallback may still coin the text's one fight)
