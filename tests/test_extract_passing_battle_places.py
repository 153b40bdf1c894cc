"""A battle told in passing (a sentence or two of fighting in a life, an obituary, a memorial order) has as places
only those the text puts in the war; the other towns of the text (posts, garrisons, where a unit came from or went
to) are no places of it. A battle told at length keeps the towns of its approach and terrain. New sentences, none
from the seed, dev or held-out texts."""

from helpers import extract_json as extract


def _battle(facts: dict, name: str) -> dict:
    return next(b for b in facts["battles"] if b["name"] == name)


def _places(b: dict) -> set[str]:
    return {p["name"] for p in b["places"]}


def test_a_generals_life_keeps_only_the_place_of_his_one_battle(tmp_path):
    text = ("张振华,字卫民,早年读书好学。少年时随父经商,往来于汉口与九江之间。\n"
            "后随部驻扎在宜昌,任参谋。不久又调往西安,在督署任副官。\n"
            "其间他勤学英文,常与友人论诗。三年后回到九江,办了一所小学。\n"
            "1939年冬参加昆仑关战役,率部在九塘一带与敌激战,身负重伤。\n"
            "伤愈后转任文职,派驻桂林,掌管军需。晚年以书画自娱,著有诗集两卷。\n"
            "他为人谦和,乐善好施,乡人至今称道。\n")
    got = _places(_battle(extract(tmp_path, text), "昆仑关战役"))
    assert {"昆仑关", "九塘"} <= got
    assert not got & {"宜昌", "西安", "九江", "汉口", "桂林"}


def test_an_obituary_keeps_the_place_where_he_fought_not_where_the_unit_went(tmp_path):
    text = ("老战士王德胜同志因病医治无效逝世,享年九十六岁。\n"
            "王德胜同志一生勤勤恳恳,任劳任怨。\n"
            "他早年在太原当学徒,后来到兰州谋生。\n"
            "1938年他随部由兰州开赴前线,在台儿庄战役中坚守禹王山阵地,多次负伤。\n"
            "此后部队转移至南阳休整,他在那里当了文书。\n"
            "他生活俭朴,关心后辈,深受大家敬重。\n")
    got = _places(_battle(extract(tmp_path, text), "台儿庄战役"))
    assert {"台儿庄", "禹王山"} <= got
    assert not got & {"太原", "兰州", "南阳"}


def test_a_commendation_order_keeps_the_town_of_the_battle_not_of_the_ceremony(tmp_path):
    text = ("国民政府令\n"
            "陆军某师上校团长李光华,志行忠贞,于临沂之役,扼守阵地,力竭殉国。\n"
            "应予明令褒扬,交行政院从优议恤。\n"
            "此令。\n"
            "其灵柩由郑州运回,各界在西安公祭,后建纪念亭于宝鸡金台观侧。\n"
            "碑亭今归文物局管理,游人多往观之。\n")
    facts = extract(tmp_path, text)
    got = _places(_battle(facts, facts["battles"][0]["name"]))
    assert "临沂" in got
    assert not got & {"郑州", "西安", "宝鸡", "金台观"}


def test_a_battle_told_at_length_keeps_its_approach_and_terrain(tmp_path):
    text = ("1941年9月,日军第3师团由岳阳出发,向新墙河一线进攻,第二次长沙会战开始。\n"
            "大云山海拔九百米,横亘于新墙河北岸,其东侧是港口,西侧是雷公庙。\n"
            "第4军在新墙河南岸阻击日军,激战三日。\n"
            "日军突破防线后渡过汨罗江,其先头部队进至捞刀河。\n"
            "第10军由衡山北上增援,在福临铺与敌激战。\n"
            "日军攻入长沙后,因补给断绝,于10月1日开始撤退,退回新墙河以北。\n")
    got = _places(_battle(extract(tmp_path, text), "第二次长沙会战"))
    assert {"岳阳", "大云山", "新墙河", "汨罗江", "捞刀河", "福临铺", "衡山"} <= got


def test_a_career_summary_gives_no_battle_the_town_of_another_it_lists(tmp_path):
    text = ("刘振声,1918年生于河南。早年读私塾,后在开封读中学。\n"
            "1937年考入军校,毕业后在第18军11师当排长,参加宜昌保卫战,后在第5军200师参加腾冲战役,是该部最后的老兵之一。\n"
            "抗战胜利后先后在郑州、洛阳任职。\n"
            "他那个师一个团驻在信阳,一个团驻在南阳。\n"
            "晚年他常给孩子们讲故事,还写了一本回忆录。\n"
            "他说,那些年最难忘的是战友情谊。\n")
    got = _places(_battle(extract(tmp_path, text), "宜昌保卫战"))
    assert "宜昌" in got
    assert not got & {"腾冲", "郑州", "洛阳", "信阳", "南阳", "开封"}


def test_where_he_fell_is_a_place_of_the_battle_told_in_passing(tmp_path):
    text = ("陈国栋,1910年生,幼年家贫。\n"
            "少年时在杭州当学徒,后来到宁波一家商行做账房。\n"
            "1942年5月,浙赣会战爆发,他随部开赴前线。\n"
            "同年6月他在衢州城外阵亡,年仅三十二岁。\n"
            "战后其家人把他的遗物带回宁波保存。\n"
            "乡人每年清明都会说起他的故事。\n")
    got = _places(_battle(extract(tmp_path, text), "浙赣会战"))
    assert "衢州" in got  # a death in battle puts the place in the war, with no word of fighting in its sentence
    assert not got & {"杭州", "宁波"}
