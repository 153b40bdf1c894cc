"""Rhetoric is no battlefield. An editorial, an encyclopedia entry or a memoir tells its fight and then argues from
it (由此大捷可以断言…: what the enemy may yet try, where our lines stand), and its literary style opens sentences
with 兹/顷 ("now by the wire …") and doubles adjectives (彰彰, 昭昭): neither the places of the argument nor the
fragments those words leave are places of the fight. Every sentence here is written for the test, about invented
fights, in several genres: a wartime editorial, a veteran's memoir, an encyclopedia entry."""
from helpers import extract_json as extract


def _places(d: dict, name: str) -> set[str]:
    return {p["name"] for b in d["battles"] if b["name"] == name for p in b["places"]}


# a wartime editorial: the wire news of a victory, then a paragraph arguing from it about other fronts
_EDITORIAL = ("南岭大捷与敌之穷途\n"
              "兹接港电,我某军已于前日克复南岭,毙敌千余。此讯已经各报证实。\n"
              "由此大捷,可以断言:敌寇纵使倾巢来犯,亦难得逞。试看敌寇偷渡汉水,进犯襄樊,已有多次,何尝得手?"
              "至于进攻昆明,则更是妄想。\n")
# a veteran's memoir: the fight, then his reflection drawn from it, naming the fight's own village again
_MEMOIR = ("1941年春,我们营在石门村与日军一个中队激战半日,毙伤日军五十余人。\n"
           "由此看来,只要依托村落顽强抵抗,敌人并不可怕。后来在石门村,乡亲们还常说起这一仗。"
           "日军若再进犯襄樊,也必定碰得头破血流。\n")
# an encyclopedia entry: the same fight told in a following paragraph that opens with no judgment
_ENTRY = ("北岭伏击战 1940年5月,某师一个团在北岭设伏,歼灭日军一个中队。\n"
          "此后该团转战汉水两岸,又在襄樊以北与日军激战。\n")


def test_an_editorials_argument_from_the_victory_names_no_place_of_it(tmp_path):
    """由此大捷,可以断言… opens a paragraph of argument: 汉水, 襄樊, 昆明 are where the enemy tried or may try, and
    兹接港电 ("now by the Hong Kong wire") holds no harbour 兹接港."""
    d = extract(tmp_path, _EDITORIAL)
    places = _places(d, "南岭大捷")
    assert "南岭" in places
    assert not {"汉水", "襄樊", "昆明", "兹接港"} & places


def test_a_memoirs_reflection_keeps_the_fights_own_village_and_drops_the_towns_it_argues_about(tmp_path):
    """由此看来… in a memoir: the village named again is still the fight's, the city the enemy might yet attack is
    not."""
    d = extract(tmp_path, _MEMOIR)
    places = {p["name"] for b in d["battles"] for p in b["places"]}
    assert "石门村" in places or "石门" in places
    assert "襄樊" not in places


def test_a_paragraph_that_opens_without_a_judgment_keeps_its_places(tmp_path):
    """此后该团转战… is more telling, no argument: its places stay where they were."""
    d = extract(tmp_path, _ENTRY)
    places = {p["name"] for b in d["battles"] for p in b["places"]}
    assert "北岭" in places
    assert "襄樊" in places or "汉水" in places


def test_a_doubled_adjective_opens_no_county(tmp_path):
    """彰彰明著 ("plain for all to see"): no county opens inside the doubled 彰彰; a city right after its province
    whose last character it repeats (江苏苏州) is no doubling."""
    d = extract(tmp_path, "1939年冬,某团在江苏苏州城外与日军激战,毙敌三十余人。敌寇的野心,彰彰明著。\n")
    places = {p["name"] for b in d["battles"] for p in b["places"]}
    assert "苏州" in places
    assert "彰明" not in places


# an encyclopedia entry: a fight dated by its month only, its length given in minutes, the story counting a day on
_MONTH_ENTRY = ("石岭伏击战\n\n八路军某支队对日军的一次战斗。1939年4月,该支队决定在石岭打一场伏击战。4月中旬,支队派一个营"
                "在山道两侧设伏,次日拂晓,日军汽车三辆驶入伏击圈,支队猛烈射击,仅用40分钟,歼日军60余名。\n")
# a memoir's fight dated by its month, no length told: when it ended is not said
_MONTH_MEMOIR = ("1939年4月,我们连在石岭打了一次伏击。日军汽车三辆开进伏击圈,我们一齐开火,打死日军六十多个。\n")


def _dates(d: dict, name: str) -> tuple:
    return next((b["start"], b["end"]) for b in d["battles"] if b["name"] == name)


def test_a_fight_dated_by_its_month_that_lasted_minutes_ended_that_month(tmp_path):
    """1939年4月 … 仅用40分钟: a fight told in minutes ended within the month it is dated by, whatever day the
    story counts on (次日拂晓)."""
    d = extract(tmp_path, _MONTH_ENTRY)
    assert _dates(d, "石岭伏击战") == ("1939-04", "1939-04")


def test_a_fight_dated_by_its_month_with_no_length_keeps_no_end(tmp_path):
    """No length told: the month dates the start only."""
    d = extract(tmp_path, _MONTH_MEMOIR)
    assert all(b["end"] is None for b in d["battles"])


# a veteran's memoir: he names the unit he joined, then tells the fight as "we"; the enemy's target is his division
_WE_MEMOIR = ("1925年,我出生在河北一个小村。17岁那年,我在冀中加入了八路军第三纵队二旅七团。\n"
              "那时日军把消灭八路军第三纵队当作头等大事。1942年5月,我们接到命令,拔掉南王庄的伪军据点。"
              "天黑后我们向南王庄开进,我军的机枪一齐开火,激战一个小时,打死伪军二十多个。\n")
# a novel-like third-person account: someone else's enlistment, no "we" in the fight
_THEY_MEMOIR = ("1925年,他出生在河北一个小村。17岁那年,他在冀中加入了八路军第三纵队二旅七团。\n"
                "1942年5月,日伪军一个中队进犯南王庄,民兵依托院墙抵抗,打死伪军二十多个。\n")


def _units(d: dict) -> set[str]:
    return {u["name"] for b in d["battles"] for u in b["units"]}


def test_a_memoirs_we_is_the_unit_the_narrator_joined(tmp_path):
    """我在X加入了A纵队B旅C团 … 我们向Y开进: the fight's "we" is the regiment he joined."""
    d = extract(tmp_path, _WE_MEMOIR)
    assert any("7团" in u or "七团" in u for u in _units(d))


def test_a_third_persons_enlistment_gives_no_unit_to_a_fight_without_we(tmp_path):
    """他…加入了X团, then a fight of the militia told in the third person: the regiment is no force of it."""
    d = extract(tmp_path, _THEY_MEMOIR)
    assert not any("7团" in u or "七团" in u for u in _units(d))


# a Q&A answer: a campaign's famous fights listed with their owners, all its sentences labelled with the campaign
_ANSWER = ("热心网友\n"
           "江北会战是抗日战争中的一次重要战役,发生在1939年。此次战役,是第九十军与第五军在江北地区与日军作战的一次大规模战斗。\n"
           "在江北会战中,守军击退了日军的进攻。其中最为著名的是第五军“高家湾大战”和第九十军血战江南,"
           "这两场战斗造成了日本军队沉重的损失。在此次会战中,守军展现了极大的勇气。\n")
# a news report: a unit named before a place that is no fight's name
_NEWS = ("本报讯 1939年5月,第九十军在江北地区与日军激战三日,毙敌二百余人。第九十军高家湾驻地的群众纷纷慰问。\n")


def test_a_unit_written_as_the_owner_of_a_fights_name_fought_it(tmp_path):
    """第五军“高家湾大战”: the corps owns the fight's name, so it fought there, though the sentence is the
    campaign's."""
    d = extract(tmp_path, _ANSWER)
    fight = [b for b in d["battles"] if b["name"] == "高家湾大战"]
    assert fight and any("5军" in u["name"] or "五军" in u["name"] for u in fight[0]["units"])


def test_a_unit_before_a_place_that_names_no_fight_joins_no_new_battle(tmp_path):
    """第九十军高家湾驻地: a place after the unit, no fight's name: one battle, the corps in it once."""
    d = extract(tmp_path, _NEWS)
    assert len(d["battles"]) == 1


def _part_of(d: dict, name: str):
    return next(b["part_of"] for b in d["battles"] if b["name"] == name)


def test_a_fight_of_a_campaigns_later_phase_is_part_of_it(tmp_path):
    """X会战是Y会战后期,不可忽视的一个战役 (an encyclopedia's lead): the phase is inside the whole."""
    d = extract(tmp_path, "石岭会战\n\n石岭会战是江北会战后期,不可忽视的一个战役。1939年5月,日军第九师团进攻石岭,守军第五军"
                          "顽强抵抗,激战三日后撤出。\n")
    assert _part_of(d, "石岭会战") == "江北会战"


def test_a_fight_after_a_campaign_is_no_part_of_it(tmp_path):
    """X会战是Y会战之后的一个战役 (a memoir's aside): after the whole, not inside it."""
    d = extract(tmp_path, "石岭会战\n\n石岭会战是江北会战之后的一个战役。1939年9月,日军第九师团进攻石岭,守军第五军"
                          "顽强抵抗,激战三日后撤出。\n")
    assert _part_of(d, "石岭会战") != "江北会战"
