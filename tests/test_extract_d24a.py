"""Rules from round 24's diagnosis (a judge's Q&A retelling a fight behind a defamation judgment; a weapon article
on a forum with the ambush the gun is famous for). Every sentence here is written for the test: other battles,
places, units and names than the texts'."""
from helpers import extract_json as extract
from helpers import extract_jsonl

# a weapon article: the campaign named as the frame, the ambush's scene set, then referred back to as "this ambush"
_AMBUSH = ("1939年9月中旬,第一次长沙会战激战正酣。日军第6师团一部被中国军队阻于新墙河一线,各路日军援兵昼夜南下。 "
           "石坳位于杨林街以东,是两山夹峙的一个隘口。通城到平江的公路在石坳绕过一座小山。某日拂晓,一路日军辎重队"
           "以装甲车开路,行至此地。 突然,山腰的山炮开火,最前面的两辆装甲车中弹起火,殿后的卡车也被击毁。 "
           "这次伏击战,日军损失惨重。战区特意向策划这次伏击的第20军第133师397旅794团团长赵振华发电嘉奖。\n")


def _battles(tmp_path, text):
    return {b["name"]: b for b in extract(tmp_path, text)["battles"]}


def test_an_ambush_a_campaign_text_refers_back_to_is_coined_at_its_scene(tmp_path):
    bs = _battles(tmp_path, _AMBUSH)
    fight = bs["石坳伏击战"]
    assert fight["part_of"] == "第一次长沙会战"
    assert fight["start"] == "1939-09"  # the campaign raging at that time: the ambush's month
    assert "石坳" in {p["name"] for p in fight["places"]}
    assert "第794团" in {u["name"] for u in fight["units"]}
    assert [c["name"] for c in fight["commanders"]] == ["赵振华"]
    campaign = bs["第一次长沙会战"]
    assert "第6师团" in {u["name"] for u in campaign["units"]}  # the force held at the river stays the campaign's
    assert "第6师团" not in {u["name"] for u in fight["units"]}


def test_a_campaign_text_that_refers_back_to_the_campaign_coins_no_fight(tmp_path):
    text = _AMBUSH.replace("这次伏击战", "这次会战").replace("策划这次伏击的", "")
    assert set(_battles(tmp_path, text)) == {"第一次长沙会战"}


def test_a_subject_located_somewhere_is_a_place_only_with_a_place_word(tmp_path):
    def places(text):
        return {m["text"] for m in extract_jsonl(tmp_path, text) if m["kind"] == "place"}
    assert "石坳" in places("石坳位于杨林街以东,是一个隘口。")
    assert not {"该村", "司令部"} & places("该村位于杨林街以东。司令部位于杨林街以西。")


def test_a_group_of_heroes_names_the_place_of_their_fight(tmp_path):
    """“X岭七勇士”: the mountain of the heroes is the fight's, not the village a diversion attacked once."""
    text = ("“黄草岭七勇士”后人诉某网站侵害名誉案昨日宣判。 问:“黄草岭七勇士”事迹的由来? 答:1942年10月中旬,日军"
            "藤田部纠集2800名日伪军,完成了对我黄草岭根据地的合围,战斗部队仅有二团五连。10月17日,日伪军占领东庄村。 "
            "在这危急关头,我晋察冀军区第四军分区周建国将军急令四分区十团,向北寨村的日伪军发起攻击。同时命令五团"
            "猛攻南寨村的日伪军。 为了掩护群众突围,二团团长孙立平命令五连在黄草岭阻击日伪军,这就是“黄草岭七勇士”。\n")
    data = extract(tmp_path, text)
    assert [b["name"] for b in data["battles"]] == ["黄草岭战斗"]
    b = data["battles"][0]
    assert {"第2团", "第4军分区"} <= {u["name"] for u in b["units"]}
    assert {"周建国", "孙立平"} <= {c["name"] for c in b["commanders"]}
    assert ("孙立平", "第2团") in {(c["person"], c["unit"]) for c in data["commands"]}
    assert "圈中" not in {p["name"] for p in b["places"]}


def test_a_village_attacked_once_is_the_fight_when_nothing_else_is_named_often(tmp_path):
    text = ("1942年10月,日伪军2000余人扫荡平山县。我二团团长孙立平率部猛攻南寨村的日伪军,激战半日,毙伤日伪军百余人,"
            "日伪军被迫撤退。\n")
    assert [b["name"] for b in extract(tmp_path, text)["battles"]] == ["南寨战斗"]


def test_a_one_character_number_with_its_own_part_or_leader_is_a_unit(tmp_path):
    def units(text):
        return [m["value"]["key"] for m in extract_jsonl(tmp_path, text) if m["kind"] == "unit"]
    assert "第3团" in units("1940年8月,三团二营奉命袭击王村据点。")
    assert "第3团" in units("1940年8月,三团团长刘子明率部袭击王村据点。")
    assert not units("1940年8月,敌人乱成一团,连忙撤退。")
    assert "第3团" not in units("1940年8月,我军三团两营袭击王村据点。")  # three regiments and two battalions


def test_a_general_named_after_his_military_district(tmp_path):
    data = extract(tmp_path, "1941年5月,日军合围王村。冀中军区第三军分区李宏远将军急令十七团袭击日军后方,王村之围遂解。\n")
    assert "李宏远" in {p["name"] for p in data["persons"]}


def test_a_count_cut_off_at_the_end_of_an_excerpt_is_no_figure(tmp_path):
    head = "1940年3月,第17团在王村伏击日军,日军损失"
    assert extract(tmp_path, head + "85")["battles"][0]["figures"] == []
    figures = extract(tmp_path, head + "85人。\n")["battles"][0]["figures"]
    assert [(f["side"], f["count"]) for f in figures] == [("JP", 85)]


def test_a_county_written_in_full_then_a_village_is_no_village_of_the_county_name(tmp_path):
    places = {m["text"] for m in extract_jsonl(tmp_path, "1942年10月,日伪军占领阜平县塘湖、东庄村,并开始屠杀。")
              if m["kind"] == "place"}
    assert "阜平县塘" not in places
    places = {m["text"] for m in extract_jsonl(tmp_path, "1942年10月,日伪军占领沛县桥头镇,并开始屠杀。")
              if m["kind"] == "place"}
    assert "沛县桥" not in places and "桥头镇" in places


def test_the_namesake_place_of_a_group_of_heroes(tmp_path):
    def places(text):
        return {m["text"] for m in extract_jsonl(tmp_path, text) if m["kind"] == "place"}
    assert "桃花峪" in places("“桃花峪五勇士”的后人起诉某网站。")
    assert not places("“英雄五壮士”的后人起诉某网站。这些烈士七勇士。")


_LOOK_BACK = ("“黄草岭七勇士”后人诉某网站侵害名誉案昨日宣判。 问:“黄草岭七勇士”事迹的由来? 答:{y}年秋,我八路军发起了"
              "著名的“百团大战”,晋东北军民积极参战。从1942年起,驻华北日军多次对我平山、灵寿等地进行扫荡。1942年10月中旬,日军藤田部纠集2800名日伪军,完成了对我黄草岭根据地的"
              "合围,战斗部队仅有二团五连。10月17日,日伪军占领东庄村。 在这危急关头,我晋察冀军区第四军分区周建国将军"
              "急令四分区十团,向北寨村的日伪军发起攻击。 为了掩护群众突围,二团团长孙立平命令五连在黄草岭阻击日伪军,"
              "这就是“黄草岭七勇士”。\n")


def test_a_campaign_looked_back_on_a_year_before_is_no_whole_of_the_fight(tmp_path):
    bs = _battles(tmp_path, _LOOK_BACK.format(y=1941))
    assert bs["黄草岭战斗"]["part_of"] is None


def test_a_campaign_of_the_same_year_stays_the_whole_of_its_local_fight(tmp_path):
    bs = _battles(tmp_path, _LOOK_BACK.format(y=1942))
    assert bs["黄草岭战斗"]["part_of"] == "百团大战"


def test_the_army_and_people_of_a_region_name_no_force(tmp_path):
    def units(text):
        return [m["value"]["key"] for m in extract_jsonl(tmp_path, text) if m["kind"] == "unit"]
    assert "东北军" not in units("1938年春,晋东北军民积极参战,粉碎了日军的扫荡。")
    assert "东北军" in units("1938年春,东北军第57军在苏北积极参战。")


def test_a_mountain_gun_after_a_makers_name_is_no_hill(tmp_path):
    def places(text):
        return {m["text"] for m in extract_jsonl(tmp_path, text) if m["kind"] == "place"}
    assert "斯山" not in places("本文记抗战中的博福斯山炮。1938年,第2团配属博福斯山炮一连。")
    assert "斯山" in places("1938年5月,第2团向斯山进攻。")


def test_a_campaign_text_that_refers_back_to_this_fight_coins_no_local_fight(tmp_path):
    """此次战斗 is written of a campaign or any of its phases: no ambush or holding action singled out."""
    text = _AMBUSH.replace("这次伏击战", "此次战斗").replace("策划这次伏击的", "")
    assert set(_battles(tmp_path, text)) == {"第一次长沙会战"}
