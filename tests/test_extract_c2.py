"""Episodes and frames (extract/episodes.py): a text that tells fighting but yields no battle of its own — nothing, or
only a theatre's campaign it names as its frame — still yields its fight; 一仗 at a place is an episode at that place;
aircraft and ships fight too. Every text here is written for the test (places, units and persons of no text in the
set)."""
from helpers import extract_json as extract


def _battles(tmp_path, text):
    return {b["name"]: b for b in extract(tmp_path, text)["battles"]}


def _names(b):
    return {b["name"], *b.get("alt_labels", ())}


# --- episodes: 一仗 at a place


def test_a_grandfathers_proudest_fight_by_a_lake_no_gazetteer_holds(tmp_path):  # social post
    text = ("我外公年轻时在县大队当兵,说起鬼子的掷弹筒就直摇头。有一回他们藏在高粱地里,炮弹就在身边炸开了花。"
            "外公最得意的一仗,是在柳叶荡边上。那天他们把船撑得慢悠悠的,装成打鱼的老乡,两艘汽艇追了上来,"
            "芦苇里的土炮一齐开火,鬼子落水的落水,沉底的沉底。\n")
    got = _battles(tmp_path, text)
    assert set(got) == {"柳叶荡战斗"}
    assert "柳叶荡" in {p["name"] for p in got["柳叶荡战斗"]["places"]}


def test_the_fight_fought_at_a_pass_told_as_that_one_fight(tmp_path):  # memoir
    text = ("老人打开了话匣子:“那几年,仗是打了不少,记不清了。在青牛坳打的那一仗,我们连牺牲了九个人,"
            "鬼子也扔下了二十多具尸体。”说到这里,他沉默了很久。\n")
    got = _battles(tmp_path, text)
    assert any(n.startswith("青牛坳") for n in got)


def test_a_planned_fight_at_a_place_is_no_episode(tmp_path):  # look-alike: a plan, never fought there
    text = ("团长原本打算在青牛坳打一仗,后来接到命令,部队连夜转移到了山后。第二天鬼子扑了个空,"
            "烧了几间空房子就走了。\n")
    assert not any(n.startswith("青牛坳") for n in _battles(tmp_path, text))


def test_this_fight_without_a_place_coins_nothing(tmp_path):  # look-alike: an anaphor with no site
    text = "这一仗打得真漂亮,大家都说连长指挥得好。晚上炊事班杀了一头猪,全连美美地吃了一顿。\n"
    assert _battles(tmp_path, text) == {}


# --- frames: a theatre's campaign named only as the time or setting of the fighting


def test_bombers_over_a_port_under_a_campaign_named_as_its_frame(tmp_path):  # history site
    text = ("在临江会战初期,日军在江北没有陆上机场,其航空队只能从海上母舰起飞。\n"
            "9月3日,中国空军第八大队的9架轰炸机飞往青石港,轰炸停泊在港内的日军舰艇,炸沉运输舰1艘。"
            "日机12架随即起飞拦截,我机击落敌机2架。\n"
            "次日,第八大队再次出动6架轰炸机,攻击青石港码头的日军仓库,炸毁仓库两座。\n")
    got = _battles(tmp_path, text)
    fight = next((b for n, b in got.items() if n.startswith("青石港")), None)
    assert fight is not None, got
    assert {"青石港空战", "青石港海空战"} & _names(fight)
    assert fight["part_of"] == "临江会战"


def test_ships_attacked_at_a_river_fort_while_a_campaign_raged(tmp_path):  # web history article, no year
    text = ("随着临江会战愈加激烈,日军对白沙口要塞的攻击也越来越猛。\n"
            "10月5日,日机30余架轮番轰炸白沙口江面的中国舰艇,“镇远”号中弹起火,官兵奋勇还击,击落日机3架。"
            "10月7日,日机再次袭击白沙口,“镇远”号被炸沉,官兵伤亡二十余人。\n")
    got = _battles(tmp_path, text)
    fight = next((b for n, b in got.items() if n.startswith("白沙口")), None)
    assert fight is not None, got
    assert "白沙口海空战" in _names(fight)


def test_a_campaign_told_as_its_own_fighting_keeps_its_account(tmp_path):  # look-alike: the campaign is the account
    text = ("临江会战是1939年秋中日两军在江北进行的一次大战。中国军队在临江、白石、青岗等地与日军激战二十余天,"
            "毙伤日军三千余人,临江会战以日军退回原防告终。\n")
    got = _battles(tmp_path, text)
    assert "临江会战" in got
    assert not any(n.endswith("战斗") for n in got)


def test_a_force_that_could_not_come_to_fight_in_a_region_is_no_battle(tmp_path):  # chronicle
    text = ("在临江会战初期,日本陆军航空队因没有机场而未能前来江北作战。\n"
            "9月3日,中国空军第八大队的9架轰炸机轰炸了青石港的日军舰艇,炸沉运输舰1艘,日机12架起飞拦截,我机击落敌机2架。"
            "当晚,第五大队的6架驱逐机再次袭击青石港,击伤日舰1艘。\n")
    got = _battles(tmp_path, text)
    assert "江北作战" not in got
    assert any(n.startswith("青石港") for n in got)


def test_a_news_story_of_a_campaigns_anniversary_coins_no_fight(tmp_path):  # look-alike: no fighting told
    text = ("本报讯 今年是临江会战胜利80周年。昨日,纪念馆举办了专题展览,展出飞机残骸、舰艇模型等文物200余件,"
            "吸引了众多市民参观。\n")
    got = _battles(tmp_path, text)
    assert not any(n.endswith("战斗") for n in got)


def test_a_chronicle_entrys_fight_at_a_mountain_named_with_a_middle(tmp_path):  # chronicle entry
    text = "1941年5月,县大队在中条山打了一场硬仗,毙伤日军三十余人,县大队伤亡十一人。\n"
    assert any(n.startswith("中条山") for n in _battles(tmp_path, text))


def test_a_fight_somewhere_in_a_region_is_no_episode(tmp_path):  # look-alike: a region is no site
    text = "他说自己当年在华北打了一仗又一仗,鬼子见了他们就跑,后来部队南下,他就留在了地方工作。\n"
    assert not any(n.startswith("华北") for n in _battles(tmp_path, text))


def test_an_episodes_account_begins_where_it_is_singled_out(tmp_path):  # family story: anecdotes, then the episode
    text = ("外公当年在县里打游击,最怕鬼子的掷弹筒。有一回,独立营三连在河口摸了鬼子两个哨兵,转眼就被三面包围,"
            "最后从地道里钻了出去。\n外公最得意的一仗,是在柳叶荡边上。那天他们把船撑得慢悠悠的,装成打鱼的老乡,"
            "两艘汽艇追了上来,芦苇里的土炮一齐开火,鬼子落水的落水,沉底的沉底。\n")
    got = _battles(tmp_path, text)
    assert set(got) == {"柳叶荡战斗"}
    assert not got["柳叶荡战斗"]["units"]
