"""Recall of small settlements that no gazetteer holds — the place that names an unnamed fight — with precision kept.
New sentences of other provinces and genres (chronicle, memoir, county history): hamlet suffixes (峪 屯 坨 洼 垴 窑 畈
岙 峁 坎 营子), a settlement suffix after a place verb with 了 or a garrison verb (包围了X, 进驻X), a common word
opening a village's name where the frame says place (在桃花峪伏击), clan villages whose family name is also a
function word (于家堡, 向家坪), X各庄, and enumerations their tail calls villages (A、B等村); and everyday
sentences with the same characters that must yield no place."""
from helpers import extract_jsonl

from kangzhan.extract.mentions.places import find_places


def _places(tmp_path, text: str) -> set[str]:
    return {m["value"]["name"] for m in extract_jsonl(tmp_path, text) if m.get("kind") == "place"}


def test_hamlet_suffixes_no_gazetteer_holds(tmp_path):
    text = ("1940年8月20日夜,第386旅攻占王家峪,歼敌一部。\n抗联第3军袭击黑石屯,焚毁敌军仓库。\n"
            "我军退守黄土垴,凭险阻击。\n部队翻过山梁,到达白家峁。\n区小队夜袭韩家窑据点,缴枪十余支。\n"
            "国军第26师在周家畈与日军激战。\n何家坎一战,我军毙敌五十余人。\n日军骑兵窜至李家坨。\n")
    # the recognizer finds every hamlet; the fight named last (何家坎一战) takes as its places only those of the lines
    # that tell fighting before its site is named (到达白家峁 and 退守黄土垴 are its setting, see fight_places)
    assert {m.value["name"] for m in find_places(text)} == {"王家峪", "黑石屯", "黄土垴", "白家峁", "韩家窑", "周家畈",
                                                            "何家坎", "李家坨"}
    assert _places(tmp_path, text) == {"王家峪", "黑石屯", "韩家窑", "周家畈", "何家坎", "李家坨"}


def test_a_village_after_a_verb_with_its_particle_or_a_garrison_verb(tmp_path):
    text = ("日军包围了孙家堡,村民奋起抵抗。\n第3连进驻杏花村,与民兵一道坚守。\n第2营驻防老虎洞。\n"
            "该团袭击了马家屯的日军据点。\n")
    assert _places(tmp_path, text) == {"孙家堡", "杏花村", "老虎洞", "马家屯"}


def test_an_everyday_word_opens_a_village_name_where_the_frame_says_place(tmp_path):
    text = ("我军在桃花峪伏击敌军。\n敌人攻占红土坎后,继续向北推进。\n我军退守石门坎,阻敌前进。\n"
            "天亮时,我们赶到了柳树湾。\n游击队摸进桃花岙,活捉了伪保长。\n")
    assert _places(tmp_path, text) == {"桃花峪", "红土坎", "石门坎", "柳树湾", "桃花岙"}


def test_a_move_into_generic_ground_names_no_place(tmp_path):
    text = ("部队经过一片开阔地,进入山沟。\n部队进入了战斗状态。\n我们赶到了目的地。\n战士们冲进了敌人的碉堡。\n"
            "天黑以后,部队进入山区。\n我们来到了一个小山村。\n敌人冲到了村边。\n")
    assert _places(tmp_path, text) == set()


def test_clan_villages_whose_family_name_is_also_a_function_word(tmp_path):
    text = ("日军一部窜至于家堡,烧杀抢掠。\n我军在向家坪与日军激战。\n敌军进至都镇湾附近,遭我守军迎头痛击。\n"
            "八路军在赵各庄伏击日军运输队。\n")
    assert _places(tmp_path, text) == {"于家堡", "向家坪", "都镇湾", "赵各庄"}


def test_a_family_name_and_a_settlement_word_in_a_place_frame(tmp_path):
    text = ("日军一个小队进至王庄附近。\n第2营进驻李村,构筑工事。\n我军在张集以北设伏。\n八路军夜袭赵寨据点。\n"
            "日军占领了马店,继续南犯。\n日军扫荡南马庄,杀害村民二十余人。\n日伪军二百余人包抄北辛集。\n")
    assert _places(tmp_path, text) == {"王庄", "李村", "张集", "赵寨", "马店", "南马庄", "北辛集"}


def test_a_family_name_and_a_settlement_word_outside_a_place_frame_or_everyday(tmp_path):
    text = ("他们进驻农村,发动群众。\n日军占领了钱庄和当铺。\n部队到山庄休息。\n敌人冲向村口。\n部队回到军营。\n"
            "战士们在田庄里收割。\n日军向村里开枪。\n他从小在东村长大。\n")
    assert _places(tmp_path, text) == set()


def test_enumerations_that_their_tail_calls_villages(tmp_path):
    text = ("敌军占领了西辛庄、东辛庄、南辛庄等村。\n日军分两路进攻前洼、后洼等村。\n我军攻克大营、小营等村。\n"
            "敌从窑头、后沟等地向我进攻。\n日军烧毁了周家畈、陈家湾、吴家岙等村。\n日军包围了东庄、西庄两村。\n"
            "敌人血洗了前屯、后屯、中屯三个村子。\n")
    assert _places(tmp_path, text) == {"西辛庄", "东辛庄", "南辛庄", "前洼", "后洼", "大营", "小营", "窑头", "后沟",
                                       "周家畈", "陈家湾", "吴家岙", "东庄", "西庄", "前屯", "后屯", "中屯"}


def test_everyday_sentences_with_settlement_characters_name_no_place(tmp_path):
    text = ("日军屯兵于城内,不敢出击。\n敌人在低洼地带埋设地雷。\n这位老乡家里有一座砖窑。\n他心坎里一直记着这件事。\n"
            "战士们跳进洼地,向前匍匐。\n各庄民兵配合主力作战。\n敌人在各村各庄抓壮丁。\n战士们在屯子里休息。\n"
            "敌人在山洼里设伏。\n一场大雨把道路冲得坑坑洼洼。\n他们在窑洞里召开了会议。\n孩子们在土坎上玩耍。\n"
            "至于家里的事,你就别管了。\n他们都在河边洗衣服。\n全家老小都逃到山里去了。\n")
    assert _places(tmp_path, text) == set()


def test_a_verb_with_its_particle_takes_no_common_noun_for_a_place(tmp_path):
    text = ("敌人包围了我们,我们奋力突围。\n日军占领了这个村庄。\n他们进驻了学校。\n部队开进了山区。\n"
            "敌人窜入了村子。\n攻下了两个碉堡。\n拿下了敌人的炮楼。\n趁夜色奔袭了敌人的后方。\n偷袭了敌人的指挥部。\n"
            "部队包围了日军一个中队。\n敌军开进了城里。\n攻占了高地以后,部队继续前进。\n我军围困了敌人七天七夜。\n"
            "敌人屯驻重兵于城内。\n日军占领了交通要道。\n在学校、医院等地设立了救护站。\n大家在打谷场、磨坊等处集合。\n"
            "被包围于山口的第26军伤亡惨重。\n以主力实施包围击灭,以一部尽可能击破敌人。\n")
    assert _places(tmp_path, text) == set()


def test_a_preposition_before_a_settlement_is_no_part_of_its_name(tmp_path):
    text = "拂晓,第30师在炮火掩护下,对石坎发动突袭,攻占石坎。\n"
    assert _places(tmp_path, text) == {"石坎"}  # not 对石坎: 对 "against" opens no name
