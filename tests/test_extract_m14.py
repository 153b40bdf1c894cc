"""Merge fixes of the fourteenth session, each checked on new sentences written for the test: rules of two helpers
that met only on main."""
from helpers import extract_json as extract

_LIST = ("    鲁西游击队\n"
         "    七七事变爆发后,地方组织领导人赵立言等就着手在阳谷、莘县等县发动武装斗争。1937年9月5日,"
         "“鲁西人民抗日自卫军”在莘县宣告成立。赵立言任自卫军司令。\n"
         "  1937年11月,自卫军袭击了由聊城出发进犯莘县的四百余日军,攻克了临汾城西北日伪军据点五里铺,毙伤日伪军70余人。"
         "不久,自卫军改称“第六战区游击第五支队”。\n"
         "  1938年3月中旬,该支队攻克阳谷城,歼日军20余人、伪军120余人。\n")


def test_a_post_stormed_in_a_list_keeps_its_sentence_from_the_career_fights(tmp_path):
    """fights.career_fights (d29b) took the sentence of a post stormed in a list (place_fights, d32b) for the town
    that only locates the post (攻克了X城西北据点Y): Y's fight lost its date and figures to a fight at X."""
    by_name = {b["name"]: b for b in extract(tmp_path, _LIST)["battles"]}
    assert "临汾战斗" not in by_name
    post = by_name["五里铺战斗"]
    assert post["start"] == "1937-11"
    assert ("JP", 70) in {(f["side"], f["count"]) for f in post["figures"]}
    assert by_name["阳谷战斗"]["start"] == "1938-03"
