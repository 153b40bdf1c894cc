"""A fight the narrator took part in (narrated.py) and a bare ROC year opening a sentence, on sentences of our own."""

from __future__ import annotations

from kangzhan.extract.mentions.dates import find_dates
from kangzhan.extract.narrated import narrated_fights
from kangzhan.extract.pipeline import analyse
from kangzhan.text.read import source_from_string


def _battles(text: str) -> list[tuple[str, str | None]]:
    a = analyse(source_from_string(text))
    return [(b.name, b.start.iso if b.start else None) for b in a.facts.battles]


_ESCAPE = ("1943年,我在区小队当通讯员。那年秋天,我们路过一个叫石槽屯的村子,住在一户老乡家里。"
           "半夜,十几个伪军包围了院子,我们开枪还击,我把一颗手榴弹扔出窗外,伪军丢下两具尸体逃跑了。"
           "我们趁机冲出村子,天亮才脱险。")


def test_memoir_escape_is_a_fight_at_the_village_passed():
    assert [n for n, _ in _battles(_ESCAPE)] == ["石槽屯战斗"]


def test_memoir_ambush_at_the_station_of_the_enemy_force():
    text = ("民国卅二年,我参加了当地游击队。卅三年,日军吃紧。五月上旬,我们获知驻某县柳树乡杏花湾中队要出动。"
            "次日清晨,我们别动队七八个人选择了有利地形,秘密埋伏。不久,敌人二十余人走来。"
            "游击队先开枪击毙两名日军,其余卧倒还击,我们随即撤离。")
    assert _battles(text) == [("杏花湾战斗", "1944-05")]


def test_memoir_blockhouse_pulled_out():
    text = ("我是一九四○年参加县大队的。那时我们常常在夜里出动。"
            "柳营铺这个小地方,有一个伪军驻守的炮楼,卡着大路。上级决定把这个炮楼“拔”掉。"
            "我们连夜挖了一条通往炮楼的地道。")
    names = [n for n, _ in _battles(text)]
    assert names == ["柳营铺战斗"]


def test_third_person_account_is_no_narrated_fight():
    from kangzhan.extract.mentions.places import find_places
    from kangzhan.text.sentences import split_sentences
    text = _ESCAPE.replace("我们", "区小队").replace("我", "通讯员")
    assert narrated_fights(text, split_sentences(text), find_places(text), []) == []


def test_career_without_a_site_is_no_fight():
    from kangzhan.extract.mentions.places import find_places
    from kangzhan.text.sentences import split_sentences
    text = ("我一九三九年参军,在县大队当过兵。我参加过很多战斗,打死过好几个鬼子。"
            "那时每人只发三个手榴弹,我们常常饿着肚子行军。")
    assert narrated_fights(text, split_sentences(text), find_places(text), []) == []


def test_bare_roc_year_opening_a_sentence():
    dates = [d.value["date"].iso for d in find_dates("民国卅一年,我十八岁。卅二年,敌人来了。三月中旬,我入伍。")]
    assert dates == ["1942", "1943", "1943-03"]
    assert [d.value["date"].iso for d in find_dates("他在这里住了三十年,很少出门。")] == []


def test_later_life_aside_is_no_battlefield():
    from kangzhan.extract.fight_places import career_places
    from kangzhan.extract.mentions.places import find_places
    text = "那天我遇见了区长王大海(解放后在湖北襄阳做过专员),一起住在村里。"
    kept = {m.value.get("name", m.text) for m in career_places(text, find_places(text))}
    assert not kept & {"湖北", "襄阳"}
    text = "那天我们从湖北襄阳(今襄阳市)出发。"
    assert {m.value.get("name", m.text) for m in career_places(text, find_places(text))} & {"襄阳", "湖北"}
