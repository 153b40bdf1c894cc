"""Rules from round 18's diagnosis (terse biographical entries, a table of battles); every sentence here is written
for the test (other persons, places, units than the round's texts)."""
from helpers import extract_json as extract
from helpers import extract_jsonl


def _battle_mentions(tmp_path, text: str) -> dict[str, dict]:
    return {r["value"]["name"]: r["value"] for r in extract_jsonl(tmp_path, text) if r.get("kind") == "battle"}


def test_a_fight_he_led_when_he_was_wounded_is_told_not_a_look_back(tmp_path):
    text = "王德胜少将:1941年5月,任某军分区独立营营长,指挥柳树沟战斗时,左臂被日军机枪打伤,后截去左臂。\n"
    names = [b["name"] for b in extract(tmp_path, text)["battles"]]
    assert "柳树沟战斗" in names


def test_a_fight_he_took_part_in_when_he_fell_is_told(tmp_path):
    text = "李国华,河北人,早年参加八路军。1943年秋,李国华率部参加石门寨战斗时身负重伤,仍坚持指挥。\n"
    assert _battle_mentions(tmp_path, text)["石门寨战斗"]["past"] is False


def test_a_fight_as_the_time_of_something_else_stays_a_look_back(tmp_path):
    # no part of his in it, and no wound: 时 dates what follows
    text = "1940年冬,八路军某团在青石岭以南设伏,歼灭日军一个中队,史称青石岭伏击战。石门寨战斗时,他正在后方医院养伤。\n"
    assert _battle_mentions(tmp_path, text)["石门寨战斗"]["past"] is True
    # his part in it, but what follows is no harm to him in it
    text = "1940年冬,八路军某团在青石岭以南设伏,歼灭日军一个中队,史称青石岭伏击战。参加石门寨战斗时的老战友,如今只剩三人。\n"
    assert _battle_mentions(tmp_path, text)["石门寨战斗"]["past"] is True


_REGISTER = (
    "将帅录 第7页\n"
    "刘振山中将:抗日战争的1940年8月,任八路军某旅第3团团长,指挥黄崖村战斗时,胸部中弹,伤愈后重返前线。\n"
    "何立本少将:抗日战争的1941年2月,任新四军某支队参谋长。一次在试验新造的地雷时,地雷意外爆炸,左手被炸断。\n"
    "吴长庚少将:抗日战争的1943年6月,在柳河集战斗中负伤,右腿致残。\n"
    "郑兆祥少将:解放战争时期任纵队司令员。\n"
)


def test_a_register_of_officers_by_rank_keeps_each_entrys_fight_apart(tmp_path):
    battles = {b["name"]: b for b in extract(tmp_path, _REGISTER)["battles"]}
    assert "黄崖村战斗" in battles and "柳河集战斗" in battles
    first = battles["黄崖村战斗"]
    assert first["start"] == "1940-08"
    assert {c["name"] for c in first["commanders"]} == {"刘振山"}  # 团长: his command; no other entry's man
    assert {c["name"] for c in battles["柳河集战斗"]["commanders"]} <= {"吴长庚"}
    assert all("地雷" not in name for name in battles)  # an accident is no fight


def test_two_lines_with_a_rank_and_a_colon_are_no_register(tmp_path):
    text = ("王大同少将:同志们,今天我讲一讲黄崖村战斗。\n"
            "李向前上校:请首长讲。\n"
            "1940年8月,八路军某团攻打黄崖村,激战两昼夜,毙伤日军三百余人。\n")
    battles = {b["name"]: b for b in extract(tmp_path, text)["battles"]}
    assert battles["黄崖村战斗"]["start"] == "1940-08"


def test_each_row_of_a_table_of_battles_is_a_battle_whatever_its_name(tmp_path):
    text = ("下面是几次作战的对比:\n"
            "| 序号 | 战斗 | 我方战报 | 敌方记录 |\n"
            "|---|---|---|---|\n"
            "| 1 | 冀南反九路围攻 | 毙伤敌800余人 | 伤亡120人 |\n"
            "| 2 | 两次破袭同蒲铁路 | 毙伤敌300余人 | 伤亡41人 |\n"
            "以上数字,仅供参考。\n")
    names = {b["name"] for b in extract(tmp_path, text)["battles"]}
    assert {"冀南反九路围攻", "两次破袭同蒲铁路"} <= names


def test_a_table_headed_by_its_battle_column_without_an_index(tmp_path):
    text = ("战例一览\n"
            "| 战役名称 | 时间 | 地点 |\n"
            "| --- | --- | --- |\n"
            "| 夜袭阳明堡机场 | 1937年10月 | 山西代县 |\n"
            "| 火烧黄河渡口 | 1938年3月 | 河南 |\n")
    names = {b["name"] for b in extract(tmp_path, text)["battles"]}
    assert {"夜袭阳明堡机场", "火烧黄河渡口"} <= names


def test_a_table_without_a_column_of_battles_names_none(tmp_path):
    text = ("1938年春,第五战区在台儿庄一带与日军激战,史称台儿庄战役。参战部队如下:\n"
            "| 部队 | 军长 | 兵力 |\n"
            "|---|---|---|\n"
            "| 第二集团军 | 孙连仲 | 三万余人 |\n"
            "| 第二十军团 | 汤恩伯 | 五万余人 |\n")
    names = {b["name"] for b in extract(tmp_path, text)["battles"]}
    assert not names & {"第二集团军", "孙连仲", "第二十军团", "三万余人"}
