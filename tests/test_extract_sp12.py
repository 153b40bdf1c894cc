"""The speed rewrites of sp12 give exactly what the plain patterns give, on sentences of our own."""

from __future__ import annotations

import re

from kangzhan.extract import facts, fight_places, local_action, pipeline
from kangzhan.extract.mentions import persons, places, units
from kangzhan.extract.mentions.scan import near_anchor_finditer

_SENTENCES = [
    "1940年秋,他们由宜昌经当阳到荆门,旋往钟祥、京山等地。其后转赴襄樊,抵达老河口。",
    "其他人分到各连,调往前线,开赴枣阳;他到达随县后又赴信阳。她乘船前往汉口,步行回到孝感。",
    "据《某某日报》1941年3月2日载,二〇一七年再版(1983年版),1937-07-07 的记录,2021-11-15 19:31:00 回答。",
    "一九三八年五月,鲁纵x旅与第×师、山纵 × 团在某地会合;我某团突击,某团长负伤,3×4团无此番号。",
    "我军攻占597.9高地和1200高地,又夺取五三三八高地、三五〇号高地;十二月一二高地不是,2017.5高地也不是。",
    "某某战役后,X纵╳╳营与第某师团在12.345号高地激战;xxx营、XX支队和某军官均见于记载。",
    "独立团伏击日军运输队,阻击阵地上的一营截击了敌骑兵,狙击手狙击敌官;伏击圈、截击部队和阻击任务不算。",
    "守卫宜昌东山寺的一个营,与日军血战三昼夜;驻守当阳的某部同敌激战,看守仓库的连与敌苦战。",
    "驻守沙市的刘某部未动,留守宜都的陈某部后撤;扼守石牌要塞的胡琏部与固守城垣的王某部,守住南岸的杨某部均苦战。",
]


def _texts() -> list[str]:
    whole = "\n".join(_SENTENCES)
    return [*_SENTENCES, whole, whole.replace("\n", "")]


def test_lookbehind_moved_after_the_first_character_matches_the_plain_form() -> None:
    plain = {
        fight_places._TRAVELLER: r"他们|她们|(?<![其])他|她|坐车|乘车|搭车|坐船|乘船|搭船|乘火车|坐火车|步行",
        persons._HOLDER_BU: r"(?:守卫|坚守|据守|死守|固守|扼守|防守|(?<![驻留看])守|进攻|攻打|围攻)[^，,。；;！!？?、的]{2,8}的"
                            r"(?P<name>[\u4e00-\u9fff]{2,3}?)部(?![长署分门属队下将])",
        local_action._HELD_CLAUSE: r"(?:坚守|据守|死守|固守|扼守|防守|守卫|(?<![驻留看])守)(?P<where>[^，,。；;！!？?、的]{2,8})"
                                   r"的[^，,。；;！!？?]{1,8}?[,，]?\s*(?:与|同|和)(?:日军|日寇|日本侵略者|敌军|敌人|敌|鬼子)"
                                   r"[^，,。；;！!？?]{0,4}?(?:血战|激战|苦战|鏖战|死战|恶战|浴血奋战|殊死搏斗|拼杀)",
        pipeline._ACTION: r"进攻|攻击|发起|开始|发动|登陆|突破|渡过|强渡|进犯|侵犯|攻占|袭击|[伏阻截狙]击(?![地点阵位圈部任手兵])"
                          r"|围攻|开战|逼进|进逼|炮击|轰击|合击|夹击|围击|围歼|突袭|偷袭|奔袭|攻打|进至|进抵|侵入|窜犯"
                          r"|爆发了?[^,，。]{0,6}(?:会战|战役|事变)",
        fight_places._LEG: r"(?:途经|经过|经|旋往|转赴|转往|前往|抵达|到达|来到|回到|(?<![分调派])到|(?<![调开])往"
                           r"|(?<![调开])赴)(?=[\u4e00-\u9fff])",
    }
    for fast, slow in plain.items():
        for t in _texts():
            for s in range(0, len(t), 7):  # from inside the text too: the lookbehinds read before the start
                assert [m.span() for m in fast.finditer(t, s)] == [m.span() for m in re.compile(slow).finditer(t, s)]
    assert len(fight_places._LEG.findall(_SENTENCES[1])) == 4  # 前往, 回到, 到达, 赴; not 分到, 调往, 开赴
    assert [m.group("name") for m in persons._HOLDER_BU.finditer(_SENTENCES[8])][:1] == ["胡琏"]  # not 驻守, 留守
    assert [m.group(0) for m in pipeline._ACTION.finditer(_SENTENCES[6])] == ["伏击", "截击", "狙击"]
    assert [m.group("where") for m in local_action._HELD_CLAUSE.finditer(_SENTENCES[7])] == ["宜昌东山寺"]


def test_written_years_as_a_plain_scan() -> None:
    def plain(text: str, s: int, e: int) -> list[int]:
        from kangzhan.extract.mentions.numbers import cn_to_int
        out = []
        for y in facts._WRITTEN_YEAR.finditer(text, s, e):
            if facts._CITED.match(text, y.end()) or facts._in_bracket(text, s, y.start()) \
                    or facts._STAMP.match(text, y.start()):
                continue
            out.append(int(y.group(1) or y.group(2)) if (y.group(1) or y.group(2)) else cn_to_int(y.group(3)))
        return out

    for t in _texts():
        for s in range(0, len(t), 3):
            for e in (s + 5, s + 20, len(t)):
                assert facts.written_years(t, s, min(e, len(t))) == plain(t, s, min(e, len(t)))
    assert facts.written_years(_SENTENCES[0], 0, len(_SENTENCES[0])) == [1940]


def test_anchored_scans_match_finditer() -> None:
    for pattern, anchor, reach in ((units._CENSORED, units._CENSORED_AT, 3), (places._HEIGHT, places._HEIGHT_AT, 7)):
        for t in _texts():
            assert [m.span() for m in near_anchor_finditer(pattern, t, anchor, reach)] == \
                [m.span() for m in pattern.finditer(t)]
    assert [m.group(0) for m in places._HEIGHT.finditer(_SENTENCES[4])][:2] == ["597.9高地", "1200高地"]
