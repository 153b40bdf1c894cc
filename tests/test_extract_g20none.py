"""Battle identification on informal texts whose fight is never named as a battle (g20none): a unit's career dated
by an incident, villagers' fights told with their own words, and place words of everyday Chinese. Every sentence
here is written for the test (other places, units and years than the set's texts)."""
from helpers import extract_json as extract

from kangzhan.extract.mentions.places import find_places


def _names(tmp_path, text: str) -> set[str]:
    return {b["name"] for b in extract(tmp_path, text)["battles"]}


# an incident that dates a unit's career (X事变开始,即…) is no account of the incident

def test_an_incident_that_opens_a_units_career_is_no_battle_of_the_text(tmp_path):
    text = ("守在对岸的是日军第56师团。八一三事变开始,即调来中国,转战各地,烧杀抢掠。"
            "民国三十三年五月十二日,远征军一部在龙江桥以西与该敌短兵相接,毙敌二百余人。\n")
    assert "八一三事变" not in _names(tmp_path, text)


def test_an_incident_start_with_after_dates_a_life_not_the_story(tmp_path):
    text = ("张某原是一名教师。卢沟桥事变开始以后,便投笔从戎,加入游击队。"
            "1941年冬,游击队在柳树湾伏击日军运输队,击毙日军十余人,缴获步枪八支。\n")
    assert "卢沟桥事变" not in _names(tmp_path, text)


def test_an_incident_whose_start_is_told_stays_the_battle(tmp_path):
    """Look-alike: 事变开始,日军… tells the incident itself; it stays the text's battle."""
    text = ("1937年7月7日深夜,卢沟桥事变开始,日军借口士兵失踪,向宛平城发起进攻。"
            "守军第29军奋起抵抗,卢沟桥事变由此成为全面抗战的开端。\n")
    assert "卢沟桥事变" in _names(tmp_path, text)


# villagers' fights: the words a village story tells them with (围击, 打死, 缴了) and who they fight (败寇, 日本兵)

def test_villagers_surrounding_stragglers_at_a_ferry_are_a_fight(tmp_path):
    text = ("1944年秋,日军窜入桃花渡一带。桃花渡的农民发现两个落伍的日本兵躲在芦苇里,便拿起扁担、锄头群起围击,"
            "当场打死一个,缴了一支步枪。几天后,又有三名败寇逃到桃花渡,被民众围在河滩上打伤。\n")
    assert "桃花渡战斗" in _names(tmp_path, text)


def test_villagers_killing_an_enemy_straggler_in_other_words(tmp_path):
    text = ("那年冬天,一个掉队的日本兵闯进石门岭。石门岭的青壮年抄起柴刀围打,打死了这个鬼子。"
            "第二天,又有两个残寇摸到石门岭,被民众打伤后缴获三八式步枪一支。\n")
    assert "石门岭战斗" in _names(tmp_path, text)


def test_villagers_at_work_in_a_ferry_town_are_no_fight(tmp_path):
    """Look-alike: the same village words without fighting (a harvest, a market) give no battle."""
    text = ("桃花渡是资水边的一个小镇。每年秋天,桃花渡的农民打谷、晒谷,把新米挑到集市上去卖。"
            "镇上的老人说,打伤了腰的人也要下田。\n")
    assert _names(tmp_path, text) == set()


# everyday words that look like places

def test_a_small_mountain_village_is_no_village_name(tmp_path):
    text = ("我的老家是一个偏远的小山村。1944年夏,日军一个小队窜入枫木岭,当地自卫队在枫木岭阻击,"
            "打退日军两次进攻,毙敌五人。\n")
    b = extract(tmp_path, text)["battles"]
    assert [x["name"] for x in b] == ["枫木岭战斗"]
    assert "小山村" not in {p["name"] for p in b[0]["places"]}


def test_a_small_fishing_village_is_no_name_either():
    assert "小渔村" not in {m.text for m in find_places("他出生在海边一个贫穷的小渔村,十六岁参加游击队。")}


def test_a_village_whose_name_opens_with_small_stays_a_place():
    """Look-alike: 小河村 (河村 is no word of its own) is a village's name."""
    assert "小河村" in {m.text for m in find_places("1942年秋,日军包围小河村,民兵在村口阻击。")}


def test_mountains_and_rivers_of_a_land_are_no_city():
    text = "九一八事变后,抗日烽火燃遍白山黑水,义勇军四起。"
    names = {m.text for m in find_places(text)}
    assert "白山" not in names and "黑水" not in names


def test_the_idiom_in_other_words_is_no_place_either():
    text = "战士们告别了家乡的青山绿水,开赴前线。"
    assert not {m.text for m in find_places(text)} & {"青山", "绿水"}


def test_a_city_of_that_name_elsewhere_stays_a_place():
    """Look-alike: 白山 as a city, not followed by 水, is a place."""
    text = "1938年春,日军一部由白山出发,进攻临江县城。"
    assert "白山" in {m.text for m in find_places(text)}


def test_a_quarter_of_a_province_is_a_region_not_its_city():
    """湘西南 (the southwest of Hunan) is one region, not the city 湘西 and a stray 南."""
    found = [(m.text, m.value["kind"]) for m in find_places("老家在湘西南的大山里,离县城很远。")]
    assert found == [("湘西南", "region")]
    assert ("鄂东北", "region") in [(m.text, m.value["kind"]) for m in find_places("新四军在鄂东北坚持斗争。")]


def test_a_province_bearing_alone_stays_two_characters():
    """Look-alike: 湘西 followed by a battle word is the region 湘西, no longer name."""
    assert "湘西" in {m.text for m in find_places("1945年春,湘西会战爆发。")}
