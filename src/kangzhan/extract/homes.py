"""A person's home is no battlefield: where a veteran lives, was born, comes from or settled (家住X, 祖籍X, 生于X,
来自X的某人, 定居X, 现居X, 晚年在X; 在X家中去世, X老家, 在X解甲归田) is told of his life, not of the fight. An obituary or an interview names these
places next to the battles he fought; they are no places of those battles. The same holds for the other places of a
life and of its remembrance: a dead man's native county on a roll (年二十八岁湖北黄陂人), a school (考入X, X步兵学校),
a wedding (在X结婚), a writer's or scholar's place in a byline (X英语教育作家), where news of the fight reached someone
(在X得知), where a unit did propaganda or raised men (在X一带宣传抗战, 在X招兵), a burial or memorial site
(安葬于X, 衣冠冢在X, 碑原立于X, 遗体运抵X, X烈士陵园). Only the
mention so placed is dropped: the same town named where the fight is told stays that battle's place.
"""

from __future__ import annotations

import re

from kangzhan.extract.mentions.base import Mention, in_sorted_spans

# a home word, then the places of the home up to the clause's end (家住云南X县Y镇)
_HOME_BEFORE = re.compile(r"(?:家住|住在|祖籍|籍贯|原籍|出生于|出生在|生于|老家在|定居(?:于|在)?|落户(?:于|在)?|故乡是|"
                          r"安家(?:于|在)?|"
                          # where he lives now or spent his last years (现居X, 居住在X, 移居X, 晚年在X养病)
                          r"现居(?:于|在)?|现住(?:于|在)?|居住(?:于|在)|寓居(?:于|在)?|侨居(?:于|在)?|"
                          r"移居(?:于|在|到|至)?|迁居(?:于|在|到|至)?|晚年(?:在|于|定居|寓居|居住在?|住在?|回到))"
                          r"(?P<where>[^，,。；;：:!！?？\n]{2,30})")
# (every alternative of the words before a place opens with a literal: re scans for those characters in C)
# a word of a life's other places or of remembrance, then the places up to the clause's end (a shorter reach: an
# unpunctuated inscription runs on into the fight): schools entered, an interview's place, burial, where a
# monument stood or is kept, where a body was carried (遗体运抵X)
_LIFE_BEFORE = re.compile(r"(?:考入|毕业于|就读于?|入读于?|肄业于|采访地点[:：]?|葬于|葬在|安葬(?:于|在)|迁葬(?:于|至)|厝于|"
                          r"冢(?:在|位于)|墓(?:在|位于)|原立于|存放于|存于|藏于|陈列于|征集自|发现于|散落于|"
                          + "|".join(w + r"[^，,。；;\n]{0,6}?(?:运抵|运至|运往|运回|移至|送至)"
                                     for w in ("遗体", "遗骸", "忠骸", "灵柩", "灵榇", "骨灰")) + ")"
                          r"(?P<where>[^，,。；;：:!！?？\n]{2,16})")
# where a person comes from (一位是来自浙江省X县的张某, 他来自湖南X县): a fallen soldier's or a veteran's native place, as a
# 寻亲 report or an obituary names it; not what comes from a place toward the fight (来自X的日军援兵, 来自X的敌机, 来自X的命令)
_FROM_BEFORE = re.compile(r"(?:来自(?P<where>[^，,。；;：:!！?？\n的]{2,16})的"
                          r"(?!(?:日|敌|我|美|苏|英|中国|国|友|伪|顽|援)?(?:军|援|增援|部队|炮|飞机|机群|舰|船|命令|电|消息|"
                          r"情报|报告|威胁|进攻|攻击|压力|补给|物资|粮|弹))"
                          r"|(?:他|她|我|其|本人|父亲|祖父|外公|爷爷)(?:们)?(?:都|也)?来自(?P<own>[^，,。；;：:!！?？\n]{2,16}))")
# a place, then a word of the home (X老家, 在X家中去世, 在X解甲归田, X的家中)
_HOME_AFTER = re.compile(r"(?:的)?(?:老家|家中|家乡|故乡|故居|解甲归田|定居|安家|落户|养老)")
# a place, then what makes it a life's place or a name, not a battlefield: X人 (a native, not 人民/人员/人数…), an age
# (郑X山年三十岁: a person's name read as a place), a school, a grave or memorial, a wedding or schooling there
_LIFE_AFTER = re.compile(r"人(?![民员口马数们群士质力心物手工造家次命气称身道])"
                         r"|年?[一二三四五六七八九十\d]{1,3}(?:周)?岁"
                         # up to four characters of the school's or grave's own name between (X步兵学校, X王某衣冠墓)
                         r"|[^，,。；;、\s\d后把被在于从向与和及并]{0,4}?"
                         r"(?:学校|军校|分校|中学|小学|大学|学院|书院|公学|学堂|讲武堂|师范|碑林|陵园|公墓|墓地|墓园|衣冠冢|衣冠墓)"
                         # a veteran or a schoolmate named by his academy (X老兵, X四期学员, X毕业生): no battlefield
                         r"|(?:第?[一二三四五六七八九十\d]{1,2}期)?(?:老兵|学员|毕业生|同学)"
                         r"|(?:安厝|安葬|结婚|成亲|完婚|读书|读高小|读小学|读中学|上学|求学)"
                         # a writer's or a scholar's place, as a byline or a bio gives it (X英语教育作家, X著名学者)
                         r"|[^，,。；;、\s\d后把被在于从向与和及并]{0,4}?(?:作家|记者|学者|教授|画家|诗人|编辑|律师|专栏作者)"
                         # where a unit campaigned with words or raised men (在X、Y那一带宣传抗战, 在X招兵); not where it
                         # trained (在X地区整训): an order of battle's training areas are places of the campaign
                         r"|(?:那|这)?(?:一带|地区|附近|等地)?(?:宣传|募捐|演出|招兵|征兵)"
                         # where someone far off heard of the fight (在延安得知…, 在重庆惊悉…): a memorial's or poem's place
                         r"|(?:得知|获悉|惊悉|闻悉|惊闻|闻讯)")


def outside_homes(text: str, places: list[Mention]) -> list[Mention]:
    """The place mentions that name no one's home, school, wedding or grave (see the module docstring)."""
    spans = sorted([m.span("where") for m in _HOME_BEFORE.finditer(text)]
                   + [m.span("where") for m in _LIFE_BEFORE.finditer(text)]
                   + [m.span("where") if m.group("where") else m.span("own") for m in _FROM_BEFORE.finditer(text)])
    spans = _disjoint(spans)
    starts = [a for a, _ in spans]
    life = _life_places(text, places)
    return [m for m in places if not (in_sorted_spans(spans, starts, m.start) or _HOME_AFTER.match(text, m.end)
                                      or (m.start, m.end) in life)]


def _disjoint(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted spans merged where they overlap (two finditer passes)."""
    out: list[tuple[int, int]] = []
    for a, b in spans:
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out


def _life_places(text: str, places: list[Mention]) -> set[tuple[int, int]]:
    """(start, end) of the places a life word follows (_LIFE_AFTER), and of the places chained before such a place
    (湖北黄陂人, 贵阳龙里辎重学校: the province before the county; at most one character between them)."""
    out: set[tuple[int, int]] = set()
    nxt: tuple[int, int] | None = None  # the span of the next place (in text order) when it is a life's place
    for m in sorted(places, key=lambda p: p.start, reverse=True):
        if _LIFE_AFTER.match(text, m.end) or (nxt is not None and m.end <= nxt[0] <= m.end + 1):
            out.add((m.start, m.end))
            nxt = (m.start, m.end)
        elif nxt is None or m.end <= nxt[0]:
            nxt = None
    return out
