"""The speed rewrites of sp14 give exactly what the plain forms give, on sentences of our own."""

from __future__ import annotations

import re
from types import SimpleNamespace

from kangzhan.extract import pipeline
from kangzhan.extract.clause_dates import _END_TOLD, clause_owners
from kangzhan.extract.mentions.base import Mention
from kangzhan.extract.perspective import _JP_RECORD_CUE, _QUOTE_MAX, _QUOTES, _quoted_records, as_chinese_view
from kangzhan.text.number_breaks import _NUMBER_BREAK, _cut_number, find_number_breaks

# PDF-style breaks around numbers, numbers with no break, blank lines, spaces, digits right before a break
_BROKEN = [
    "1942\n年3\n月9\n日,新编第28师在某镇\n与日军交战,毙敌400\n余人,我军伤亡120\n人。",
    "12\n\n  年 7 \n月,某部3\n个团开到城外;电话号码 5\n是假的。2024-03-24\n第1\n师 \t\n\n军\n",
    "没有数字的行\n也没有断开\n",
    "1\n年1\n月1\n日1\n号1\n时1\n个",
    "99\u3000\n\r\n万人渡河,第二天又来了 8\n千人",
]


def _plain_number_breaks(text: str) -> list[tuple[int, int]]:
    """find_number_breaks' breaks as first written: the lookbehind-led pattern's whole matches."""
    plain = re.compile(r"(?<=[0-9])[ \t\u3000]*\n[ \t\u3000\r\n]*(?=[年月日号时个师军团旅营连余多人名万千])")
    return [m.span() for m in plain.finditer(text) if _cut_number(text, m.start())]


def test_number_breaks_as_the_plain_form() -> None:
    found = 0
    for t in [*_BROKEN, "".join(_BROKEN), "\n".join(_BROKEN)]:
        assert [m.span("b") for m in _NUMBER_BREAK.finditer(t) if _cut_number(t, m.start("b"))] \
            == _plain_number_breaks(t)
        found += len(_plain_number_breaks(t))
        breaks, _days = find_number_breaks(t)
        assert set(_plain_number_breaks(t)) <= set(breaks) or len(_plain_number_breaks(t)) < 2
    assert found >= 10


_QUOTED = [
    "据日军战史记载:“我辎重部队在某河畔遭敌伏击,损失甚重。”此后我军继续北进。",
    "日方战报称「敌第5师向我阵地反扑」,又说“敌军溃退”。日本防卫厅战史丛书载:“我军于某日攻占某城",
    "“我们一定要守住”,营长说。「敌人来了」。没有记载的引号“我军”。",
    "日军档案称:“" + "我" * 900 + "”",
]


def _plain_quoted_records(text: str) -> list[tuple[int, int]]:
    """_quoted_records as first written: a loop over every character."""
    out = []
    for i, ch in enumerate(text):
        if ch in _QUOTES and _JP_RECORD_CUE.search(text, max(0, i - 30), i):
            end = text.find(_QUOTES[ch], i + 1, i + 1 + _QUOTE_MAX)
            if end > 0:
                out.append((i + 1, end))
    return out


def test_quoted_records_as_the_plain_form() -> None:
    found = 0
    for t in [*_QUOTED, "".join(_QUOTED)]:
        assert _quoted_records(t) == _plain_quoted_records(t)
        found += len(_plain_quoted_records(t))
    assert found >= 4
    assert "敌辎重部队在某河畔遭我伏击" in as_chinese_view(_QUOTED[0])  # the record's 我 is the Japanese army


def _date(start: int, stop: int, iso: str, **extra: object) -> Mention:
    return Mention("date", start, stop, "", {"date": SimpleNamespace(iso=iso), **extra})


def _plain_under_way(a: SimpleNamespace, campaign: str) -> Mention | None:
    """_under_way as first written: every date looked past."""
    for d in a.dates:
        at = d.end + len(pipeline._DATES_LOOK_BACK.match(a.text, d.end).group(0))
        if a.text.startswith(campaign, at) and pipeline._UNDER_WAY.match(a.text, at + len(campaign)) \
                and not d.value.get("end"):
            return d
    return None


def test_under_way_as_the_plain_form() -> None:
    text = "1941年9月,某某会战打响。1941年10月初,某某会战激战正酣,我营奉命;某某会战进入最后阶段。1942年,某某会战进行中,“某某会战”正在进行"
    dates = [_date(m.start(), m.end(), m.group()) for m in re.finditer(r"[0-9]{4}年(?:[0-9]{1,2}月初?)?", text)]
    found = 0
    for ds in (dates, dates[:1], dates[2:], [_date(d.start, d.end, "x", end=True) for d in dates], []):
        a = SimpleNamespace(text=text, dates=ds)
        for campaign in ("某某会战", "某某", "会战", "另一会战", ""):
            got = pipeline._under_way(a, campaign)
            assert got is _plain_under_way(a, campaign)
            found += got is not None
    assert found >= 2


def _plain_clause_owners(text, sentences, dates, battles, name_of):
    """clause_owners as first written: every battle tested against every clause."""
    from bisect import bisect_right
    owned, cut = {}, {}
    starts = [s for s, _ in sentences]
    by_sentence: dict[int, list[Mention]] = {}
    for d in sorted(dates, key=lambda x: x.start):
        k = bisect_right(starts, d.start) - 1
        if k >= 0 and d.start < sentences[k][1]:
            by_sentence.setdefault(k, []).append(d)
    for k, ds in by_sentence.items():
        groups: list[list[Mention]] = []
        for d in ds:
            if groups and d.value["date"].iso[:4] == groups[-1][-1].value["date"].iso[:4]:
                groups[-1].append(d)
            else:
                groups.append([d])
        if len(groups) < 2:
            continue
        last = None
        for i, group in enumerate(groups):
            run_end = groups[i + 1][0].start if i + 1 < len(groups) else sentences[k][1]
            named = {n for m in battles if group[0].start <= m.start < run_end and (n := name_of(m))}
            if len(named) == 1:
                last = next(iter(named))
                owned.update((d.start, last) for d in group)
            elif not named and last is not None and not group[0].value.get("year_inherited") \
                    and not _END_TOLD.search(text, group[0].end, run_end):
                cut.update((d.start, last) for d in group)
    return owned, cut


def test_clause_owners_as_the_plain_form() -> None:
    text = ("1933年3月,该军在甲地参加甲抗战,1937年7月,又在乙地抗击日军。1938年参加乙战役,1939年又参加丙会战,"
            "1939年5月丙会战结束。1940年春,1941年,丁会战与戊会战先后打响。")
    sentences = [(m.start(), m.end()) for m in re.finditer(r"[^。]+。", text)]
    dates = [_date(m.start(), m.end(), m.group()[:4]) for m in re.finditer(r"[0-9]{4}年(?:[0-9]{1,2}月|春)?", text)]
    battles = [Mention("battle", m.start(), m.end(), m.group(), {"name": m.group()})
               for m in re.finditer(r"[甲乙丙丁戊](?:抗战|战役|会战)", text)]
    name_of = lambda m: None if m.text.startswith("戊") else m.value["name"]  # noqa: E731 (a look back: no battle)
    for bs in (battles, battles[::-1], battles[:2], []):
        assert clause_owners(text, sentences, dates, bs, name_of) == _plain_clause_owners(
            text, sentences, dates, bs, name_of)
    owned, cut = clause_owners(text, sentences, dates, battles, name_of)
    assert owned and cut


_SIDES = [
    "败寇逃窜,残寇被围,散寇四散。日军一个中队与我军游击队激战,敌人溃退,守军与民兵追击。",
    "某县城东门外,河东岸、江南岸的阵地,北口外一带,南口岸边;沿河东郊,城西郊,上游下游,以西地区,东面北部。",
    "[东南西北]岸不是地名,敌军从东口径直进入,中游、西口、西面、南部、以东、沿岸、两岸、湖畔等处。",
]


def test_literal_led_as_the_plain_forms() -> None:
    from kangzhan.extract.fight_content import SIDE
    from kangzhan.extract.mentions.places import _LOCATIVE, _PHRASE_NAME
    from kangzhan.extract.mentions.scan import literal_led

    plain_side = re.compile(
        r"日军|日寇|日伪|倭寇|鬼子|伪军|日本兵|日兵|[败残散]寇|讨伐队|皇协军|敌(?:军|人|寇|兵)?|守军|我军|国军|中国军队|八路军|"
        r"新四军|红军|游击队|民兵|自卫队|县大队|区小队|武工队|支队|部队|联队|师团|旅团|大队|中队|小队|骑兵|步兵|炮兵")
    plain_locative = re.compile(
        r"以[东南西北]|[东南西北]岸|[东南西北]口(?![岸径])|两岸|沿岸|[上中下]游|江畔|河畔|湖畔|畔|南北|东西|附近|一带|地区|地域|"
        r"方面|外围|城下|城内|城外|守军|阵地|一线|之线|等地|等处|全境|境内|沿线|周围|之敌|县城|城郊|东南|西南|东北|西北|"
        r"[东南西北]面|[东南西北]部|以[东南西北]地区")
    plain_phrase = re.compile(r"沿[\u4e00-\u9fff]|[东南西北]郊")
    assert SIDE.pattern != plain_side.pattern and _LOCATIVE.pattern != plain_locative.pattern
    found = 0
    for t in [*_SIDES, "".join(_SIDES)]:
        for new, old in ((SIDE, plain_side), (_LOCATIVE, plain_locative), (_PHRASE_NAME, plain_phrase)):
            assert [m.span() for m in new.finditer(t)] == [m.span() for m in old.finditer(t)]
            for a in range(0, len(t), 7):
                assert [m.span() for m in new.finditer(t, a, a + 9)] == [m.span() for m in old.finditer(t, a, a + 9)]
            found += len(old.findall(t))
    assert found >= 40
    assert literal_led(r"\[a|[xy]z(?:b|[cd])|q") == r"\[a|xz(?:b|[cd])|yz(?:b|[cd])|q"


_LIVES = [
    "他家住某省某县,祖籍某地,晚年定居某市,后移居某镇,迁居于某村;1950年迁居至某县。遗体于次日运抵某城,骨灰后来运回某乡,"
    "冢在某山南麓,墓位于某村东,葬于某陵园,灵柩经某地移至某寺。",
    "背水一战,决一战,拚死一战,某镇一战后,某关一战区,某城之役,某河大捷,这场战斗,某山保卫战;敌酋某某,抗日名将某某,"
    "抗战将领某某,爱国将领中,抗日将领士兵,名将军。",
    "上星期五他来信,星期六又来,上个礼拜三,礼拜天;星期是周。",
]


def test_literal_led_rewrites_as_the_plain_forms() -> None:
    from kangzhan.extract import homes
    from kangzhan.extract.mentions import dates, places

    plain_home = re.compile(
        r"(?:家住|住在|祖籍|籍贯|原籍|出生于|出生在|生于|老家在|定居(?:于|在)?|落户(?:于|在)?|故乡是|安家(?:于|在)?|"
        r"现居(?:于|在)?|现住(?:于|在)?|居住(?:于|在)|寓居(?:于|在)?|侨居(?:于|在)?|"
        r"(?:移|迁)居(?:于|在|到|至)?|晚年(?:在|于|定居|寓居|居住在?|住在?|回到))(?P<where>[^，,。；;：:!！?？\n]{2,30})")
    plain_life = re.compile(
        r"(?:考入|毕业于|就读于?|入读于?|肄业于|采访地点[:：]?|葬于|葬在|安葬(?:于|在)|迁葬(?:于|至)|厝于|"
        r"(?:冢|墓)(?:在|位于)|原立于|存放于|存于|藏于|陈列于|征集自|发现于|散落于|"
        r"(?:遗体|遗骸|忠骸|灵柩|灵榇|骨灰)[^，,。；;\n]{0,6}?(?:运抵|运至|运往|运回|移至|送至))"
        r"(?P<where>[^，,。；;：:!！?？\n]{2,16})")
    plain_battle_of = re.compile(r"之役|大捷|这场战役|这次战役|这一战役|这场战斗|一役|(?<![死决水])一战(?![区线场役士])|保卫战|守卫战|"
                                 r"伏击战|突围战")
    plain_chief = re.compile(r"(?:敌酋|日酋|倭酋|寇酋|名将|(?:爱国|抗日|抗战)将领)(?![领士军])")
    new_chief = re.compile(r"(?:敌酋|日酋|倭酋|寇酋|名将|爱国将领|抗日将领|抗战将领)(?![领士军])")
    found = 0
    for t in [*_LIVES, "".join(_LIVES)]:
        for new, old in ((homes._HOME_BEFORE, plain_home), (homes._LIFE_BEFORE, plain_life),
                         (places._BATTLE_OF, plain_battle_of), (new_chief, plain_chief)):
            assert [(m.span(), m.groupdict()) for m in new.finditer(t)] == [(m.span(), m.groupdict()) for m in old.finditer(t)]
            for a in range(0, len(t), 5):
                assert [m.span() for m in new.finditer(t, a, a + 12)] == [m.span() for m in old.finditer(t, a, a + 12)]
            found += len(old.findall(t))
    assert found >= 25
    # no weekday word: the dates as they are (the guard before the weekday scan)
    for t in ("1944年6月1日\n今天阴。", "1944年6月1日\n上星期五出发。"):
        out = dates.find_dates(t)
        assert dates._with_weekdays(t, [m for m in out if not m.value.get("weekday")]) == out
    assert any(m.value.get("weekday") for m in dates.find_dates("1944年6月1日\n上星期五出发。"))


def test_month_list_start_and_bodies_as_the_plain_forms() -> None:
    from kangzhan.extract.mentions import dates, figures

    plain = re.compile(rf"(?<=[年\u4e00-\u9fff])(?P<m>{dates._MONTH_AR_FIRST})(?=、(?:{dates._MONTH_AR})月)")
    texts = ["1944年5、6月间,某部北上;1、8月,某地;又于11、12月间,某年10、11月;第3、4月;13、4月;x9、10月;于09、10月",
             "某年1939年12、1月,某地 5、6月,5.5、6月,某地0、1月"]
    found = 0
    for t in [*texts, "".join(texts)]:
        assert [(m.span(), m.group("m")) for m in dates._MONTH_LIST_START.finditer(t)] \
            == [(m.span(), m.group("m")) for m in plain.finditer(t)]
        found += len(plain.findall(t))
    assert found >= 4
    assert figures._bodies_left("日军丢下三百余人逃走。", set()) == []
    assert figures._bodies_left("日军丢下三百余具尸体逃走。", set())  # 尸 in the text: the scan runs
