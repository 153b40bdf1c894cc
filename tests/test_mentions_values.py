"""Value mentions: counts, dates, figures and places, table-driven, on sentences written for these tests
in the style of other accounts (台儿庄战役, 百团大战, 淞沪会战, 武汉会战 …), not taken from the seeds."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kangzhan.extract.mentions.dates import find_dates, year_at
from kangzhan.extract.mentions.figures import find_figures
from kangzhan.extract.mentions.numbers import cn_to_int, find_numbers, parse_count
from kangzhan.extract.mentions.persons import find_persons
from kangzhan.extract.mentions.places import find_places, place_kind
from kangzhan.rdf.vocab import FIGURE_CATEGORIES, PLACE_TYPES
from kangzhan.text.normalize import normalize

# ---------------------------------------------------------------- numbers


@pytest.mark.parametrize(
    ("s", "want"),
    [
        ("3550", (3550, "exact")),
        ("3,550人", (3550, "exact")),
        ("1.1万余人", (11000, "atLeast")),
        ("2万余", (20000, "atLeast")),
        ("约4万", (40000, "about")),
        ("近万", (10000, "atMost")),
        ("十余万", (100000, "atLeast")),
        ("二十余万人", (200000, "atLeast")),
        ("九千九百九十九万", (99990000, "exact")),
        ("5万人左右", (50000, "about")),
        ("不足2万", (20000, "atMost")),
        ("约37.8万余", (378000, "atLeast")),
        ("千余人", (1000, "atLeast")),
        ("3千", (3000, "exact")),
        ("100,000+人", (100000, "atLeast")),
        ("一千二百", (1200, "exact")),
        ("两千", (2000, "exact")),
        ("数千人", None),
        ("若干", None),
        ("", None),
        ("abc", None),
    ],
)
def test_parse_count(s: str, want: tuple[int, str] | None) -> None:
    assert parse_count(s) == want


def test_cn_to_int() -> None:
    assert cn_to_int("一九四〇") == 1940
    assert cn_to_int("二十八") == 28
    assert cn_to_int("十") == 10
    assert cn_to_int("两万五千") == 25000
    assert cn_to_int("万") == 10000
    assert cn_to_int("战役") is None
    assert cn_to_int("") is None


def test_find_numbers_skips_ordinals_and_dates() -> None:
    text = "1940年8月20日,八路军第129师等部105个团约20万人发动百团大战,第3次战斗"
    got = {(m.value["count"], m.value["unit"]) for m in find_numbers(text)}
    assert (200000, "人") in got
    assert (105, "个团") in got
    assert not any(c in (1940, 8, 20, 129, 3) for c, _ in got)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="0123456789,.万亿千百十一二两三五九余多约近以上下左右人个师第年月日数", max_size=40))
def test_numbers_never_raise(s: str) -> None:
    parse_count(s)
    for m in find_numbers(s):
        assert m.value["count"] >= 0


# ---------------------------------------------------------------- dates


def _iso(ms):
    return [(m.value["date"].iso, m.value["end"].iso if m.value["end"] else None) for m in ms]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("1938年3月24日,日军进攻台儿庄。", [("1938-03-24", None)]),
        ("一九三八年三月二十四日", [("1938-03-24", None)]),
        ("民国二十六年八月十三日淞沪抗战爆发", [("1937-08-13", None)]),
        ("民国26年", [("1937", None)]),
        ("昭和13年", [("1938", None)]),
        ("时间:1938年6月12日至10月25日", [("1938-06-12", "1938-10-25")]),
        ("1940年8月20日-12月5日", [("1940-08-20", "1940-12-05")]),
        ("1938年6月至10月", [("1938-06", "1938-10")]),
        ("1944年12月-1945年1月", [("1944-12", "1945-01")]),
        ("1937年8月13日-26日", [("1937-08-13", "1937-08-26")]),
        ("会战:1938年6月11日----10月27日:", [("1938-06-11", "1938-10-27")]),
        ("第三阶段(1940年10月6日至翌年1月24日)", [("1940-10-06", "1941-01-24")]),
        ("1944年9月——11月", [("1944-09", "1944-11")]),
        ("1939 年 9 月 14 日", [("1939-09-14", None)]),  # OCR spacing
        ("1940年9月,22-24日连续激战", [("1940-09", None), ("1940-09-22", "1940-09-24")]),
        ("1942年底", [("1942", None)]),
        ("1932年2月30日", []),  # no such day
        ("2008年奥运会", []),  # outside the war's years
        ("激战6日夜", []),  # a duration
        ("历时3个月", []),
        ("日军", []),
    ],
)
def test_find_dates(text: str, want: list) -> None:
    assert _iso(find_dates(text)) == want


def test_date_notes_and_inheritance() -> None:
    text = "1940年8月,八路军发动攻势。9月中旬转入第二阶段,10月初结束。12月5日完全结束。1941年春,日军报复。"
    ms = find_dates(text)
    assert [(m.value["date"].iso, m.value["date"].note) for m in ms] == [
        ("1940-08", None), ("1940-09", "中旬"), ("1940-10", "初"), ("1940-12-05", None), ("1941", "春")]
    assert ms[1].value["year_inherited"] and not ms[0].value["year_inherited"]
    assert text[ms[1].start:ms[1].end] == "9月中旬"


def test_year_rolls_over_and_relative_years() -> None:
    text = "1941年12月24日,日军渡河。31日进至城郊。1月4日国军反击。"
    assert _iso(find_dates(text)) == [("1941-12-24", None), ("1941-12-31", None), ("1942-01-04", None)]
    assert _iso(find_dates("1938年10月武汉失守,次年3月日军进攻南昌。同年5月随枣会战")) == [
        ("1938-10", None), ("1939-03", None), ("1939-05", None)]
    assert year_at(text, text.index("1月4日")) == 1941  # the year in force before that date
    assert year_at("没有日期", 3, default=1939) == 1939


def test_bare_roc_year_before_a_month() -> None:
    text = "自三十年元月起，我军北进。四月初抵达河岸。五月二日攻克渡口。"
    assert _iso(find_dates(text)) == [("1941-01", None), ("1941-04", None), ("1941-05-02", None)]
    assert _iso(find_dates("离开家乡已二十八年了。")) == []  # no month after it: a count of years
    assert _iso(find_dates("二十八年六月，1950年回忆")) == [("1950", None)]  # a Gregorian year nearby: not certain
    assert _iso(find_dates("四十年三月")) == []  # outside ROC 20-34


def test_default_year_and_no_year() -> None:
    assert _iso(find_dates("9月14日日军南犯")) == []
    assert _iso(find_dates("9月14日日军南犯", default_year=1939)) == [("1939-09-14", None)]


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="0123456789年月日至-—中上下旬初底民国二十三一九八五同次号", max_size=30))
def test_dates_always_valid(text: str) -> None:
    for m in find_dates(text, default_year=1940):
        for v in (m.value["date"], m.value["end"]):
            if v is not None:
                y = int(v.iso[:4])
                assert 1894 <= y <= 1950 and len(v.iso) in (4, 7, 10)


# ---------------------------------------------------------------- figures


def _figs(text: str):
    return [(m.value["kind"], m.value["side"], m.value["count"], m.value["qualifier"], m.value["category"])
            for m in find_figures(normalize(text).text)]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("此役国军毙伤日军1.1万余人。", [("casualties", "JP", 11000, "atLeast", "killedAndWounded")]),
        ("是役歼敌2000余人。", [("casualties", "JP", 2000, "atLeast", "killed")]),
        ("台儿庄一役,日军伤亡约2万人,国军伤亡约3万人。",
         [("casualties", "JP", 20000, "about", "casualties"), ("casualties", "CN", 30000, "about", "casualties")]),
        ("中国军队伤亡及失踪14104人。", [("casualties", "CN", 14104, "exact", "casualtiesAndMissing")]),
        ("八路军俘虏日军281人。", [("casualties", "JP", 281, "exact", "captured")]),
        ("日军被歼3千余人。", [("casualties", "JP", 3000, "atLeast", "killed")]),
        ("此战我军阵亡官兵近五千名。", [("casualties", "CN", 5000, "atMost", "killed")]),
        ("武汉会战中,日军投入兵力约35万人,中国军队参战兵力100余万人。",
         [("strength", "JP", 350000, "about", "strength"), ("strength", "CN", 1000000, "atLeast", "strength")]),
        ("日军集结4个师团、2个旅团共12万人进攻。", [("strength", "JP", 120000, "exact", "strength")]),
        ("八路军以105个团20万人参战。", [("strength", "CN", 200000, "exact", "strength")]),
        # no figures: unit counts, dates, unit numbers, things
        ("第5战区以4个师增援,第88师坚守。", []),
        ("1938年3月24日,日军击落我机3架。", []),
        ("被俘战马3300余匹。", []),
    ],
)
def test_find_figures(text: str, want: list) -> None:
    assert _figs(text) == want


def test_infobox_lines() -> None:
    text = "淞沪会战\n兵力:中国军队约70万人;日军约30万人\n伤亡:中国军队约25万人;日军4万余人\n"
    got = sorted(_figs(text))
    assert got == sorted([
        ("strength", "CN", 700000, "about", "strength"), ("strength", "JP", 300000, "about", "strength"),
        ("casualties", "CN", 250000, "about", "casualties"), ("casualties", "JP", 40000, "atLeast", "casualties"),
    ])


def test_wiki_infobox_columns() -> None:
    text = ("百团大战\n参战方\n中华民国 | 大日本帝国\n兵力\n约200,000人 | 约300,000人\n"
            "伤亡与损失\n约17,000人 | 约20,000人\n")
    got = sorted((k, side, n) for k, side, n, _q, _c in _figs(text))
    assert got == [("casualties", "CN", 17000), ("casualties", "JP", 20000),
                   ("strength", "CN", 200000), ("strength", "JP", 300000)]


def test_figure_values_use_the_vocabulary() -> None:
    text = "此役日军伤亡2万余人,被俘500人;国军伤亡失踪约4万人,参战兵力30余万人。"
    ms = find_figures(text)
    assert ms
    for m in ms:
        assert m.value["category"] in FIGURE_CATEGORIES
        assert text[m.value["count_start"]:m.value["count_end"]] == m.value["stated"]
        assert m.start <= m.value["count_start"] < m.value["count_end"] == m.end


# ---------------------------------------------------------------- places


def _places(text: str) -> list[tuple[str, str | None]]:
    return [(m.value["name"], m.value["kind"]) for m in find_places(normalize(text).text)]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("日军第10师团由滕县南下,进攻台儿庄。", [("滕县", "county"), ("台儿庄", "county")]),
        ("国军主力退守衡阳,一部沿湘江布防。", [("衡阳", "city"), ("湘江", "river")]),
        ("敌军强渡新墙河,向汨罗江推进。", [("新墙河", "river"), ("汨罗江", "river")]),
        ("第5军攻克昆仑关。", [("昆仑关", "pass")]),
        ("日军攻陷罗店、大场、闸北等地。", [("罗店", "town"), ("大场", None), ("闸北", None)]),
        ("晋察冀军区部队破袭正太路与平汉线。", [("晋察冀", "region"), ("正太路", "railway"), ("平汉线", "railway")]),
        ("1938年夏,日军沿长江西进,逼近九江。", [("长江", "river"), ("九江", "city")]),
        # no places: people, units, common words that share a suffix
        ("阎锡山任第二战区司令长官。", []),
        ("国军配属山炮1个营,突破口已被封闭。", []),
    ],
)
def test_find_places(text: str, want: list) -> None:
    assert _places(text) == want


def test_place_values() -> None:
    ms = find_places("日军占领长沙以北地区")
    (m,) = ms
    assert m.value["name"] == "长沙" and m.value["official"] == "长沙市"
    assert 112 < m.value["lon"] < 114 and 27 < m.value["lat"] < 29
    for kind in ("river", "mountain", "pass", "county", "city", "province", "region", "railway", "town"):
        assert kind in PLACE_TYPES
    assert place_kind("鄱阳湖") == "lake"
    assert place_kind("某某山") == "mountain"


def test_gazetteer_fixes_ocr_toponym_via_normalize() -> None:
    # 泪罗江 is no toponym, 汨罗江 is: normalize fixes it and the place is found with its right name
    assert _places("部队沿泪罗江两岸布防") == [("汨罗江", "river")]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="长沙南京华北年月日1、,。向攻陷占领山河江口县镇塘桥第军师日敌我的了是大小东西南北", max_size=40))
def test_value_finders_never_raise(text: str) -> None:
    for finder in (find_places, find_figures, find_numbers):
        for m in finder(text):
            assert 0 <= m.start < m.end <= len(text)
            assert text[m.start:m.end] == m.text
    for m in find_dates(text, default_year=1940):
        assert 0 <= m.start < m.end <= len(text)


def test_year_from_a_later_date() -> None:
    ms = find_dates("12月4日日军进占南宁以北。18日国军反攻。1940年1月初战斗结束。")
    assert _iso(ms) == [("1939-12-04", None), ("1939-12-18", None), ("1940-01", None)]
    assert ms[0].value["year_from_later"] and not ms[2].value["year_from_later"]


def test_figure_scope() -> None:
    text = ("10月3日,第5军一部在九塘截击日军,毙敌800余人。\n"
            "战果:此役日军伤亡1.2万余人,国军伤亡2.5万人。\n")
    got = [(m.value["count"], m.value["scope"]) for m in find_figures(text)]
    assert got == [(800, "local"), (12000, "summary"), (25000, "summary")]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("是役击毙日军少将以下官兵4000余人。", ("JP", 4000, "killed")),
        ("歼灭日军第106师团3000余人。", ("JP", 3000, "killed")),
        ("敌遗尸千余具,狼狈北窜。", ("JP", 1000, "killed")),
        ("此役毙伤日伪军1500余人。", ("JP", 1500, "killedAndWounded")),
        ("日军死伤达万人以上。", ("JP", 10000, "casualties")),
        ("日军1200余人被歼。", ("JP", 1200, "killed")),
        ("此役我军阵亡将士3000余人。", ("CN", 3000, "killed")),
        ("国军在此役中付出了12000多人的损失。", ("CN", 12000, "losses")),  # count, then 的损失
        ("此战造成日军约4000人的伤亡。", ("JP", 4000, "casualties")),
        ("伪军携械反正者600余人。", ("JP", 600, "losses")),  # men who went over: their side's loss
    ],
)
def test_find_figures_phrasings(text: str, want: tuple) -> None:
    got = [(m.value["side"], m.value["count"], m.value["category"]) for m in find_figures(text)]
    assert got == [want]


def test_enumerated_cues_and_continuations() -> None:
    text = "总计毙、伤、俘日伪军达3万余人。其中毙、伤日军12000人,伪军3000人;俘虏日军200人,伪军9000人。另歼日军一部。"
    got = [(m.value["side"], m.value["count"], m.value["category"]) for m in find_figures(text)]
    assert got == [("JP", 30000, "casualties"), ("JP", 12000, "killedAndWounded"), ("JP", 3000, "killedAndWounded"),
                   ("JP", 200, "captured"), ("JP", 9000, "captured")]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("国军计划将5万日军围歼于城郊。", [("strength", "JP", 50000)]),
        ("日军以第3、第13师团等部共4个师团;总兵力约8万人。", [("strength", "JP", 80000)]),
        ("每师团有官兵2万余人。", []),
        ("该地之敌兵力约有两个大队(官兵约二四五〇员,山炮四门)。", [("strength", "JP", 2450)]),  # 员 counts people
    ],
)
def test_strength_phrasings(text: str, want: list) -> None:
    assert [(m.value["kind"], m.value["side"], m.value["count"]) for m in find_figures(text)] == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("日军第106师团被围于万家岭地区。", ["万家岭"]),  # a common word (万家) may open a mountain's name
        ("第4军奉令放弃金官桥阵地。", ["金官桥"]),
        ("日军在中国战场发动攻势。", []),  # a country as a theatre is no location
        ("正太路连接平汉、同蒲两铁路。", ["正太路", "平汉", "同蒲"]),
        ("守军在德安、大冶、阳新一带游击。", ["德安", "大冶", "阳新"]),
        ("日军在吴淞口、川沙口登陆。", ["吴淞口", "川沙口"]),
        ("汤恩伯部由峄县、枣庄一带南下。", ["峄县", "枣庄"]),
        ("9月中旬,罗店一带成为血肉磨坊。", ["罗店"]),
        ("八路军破袭正太、同蒲、平汉等铁路。", ["正太", "同蒲", "平汉"]),
        ("部队从江西进入湖南。", ["江西", "湖南"]),  # 从江 (a county) inside 从江西 must not hide 江西
        ("太平洋战争爆发后,古交通线中断。", []),
        ("德国占领巴黎和意大利宣战。", ["巴黎"]),
        ("敌退守六塘罗马林一带。", []),  # a transliteration, not Rome
        ("专机降落在东京机场。", ["东京"]),  # a foreign city before a place suffix is no transliteration
        ("敌攻占县城后,转向北进。", []),  # 北进 is a movement, no place
        ("第30集团军位于蒲田桥,梁门地域。", ["蒲田桥", "梁门"]),  # OCR'd commas for 、
        ("第一步确保平江,三角塘,第二步转入反攻。", ["平江", "三角塘"]),
        ("占领长沙,敌军撤退。", ["长沙"]),
        # villages named by a numeral: in a series, or in a place context
        ("残敌退至四塘三塘之间。", ["四塘", "三塘"]),
        ("我军攻占七铺后,续向十铺前进。", ["七铺", "十铺"]),
        ("粮秣经二堡、三堡转运。", ["二堡", "三堡"]),
        ("村民挖了一塘水养鱼。", []),  # a measure word, no series, no place context
        ("敌已陷入重围,进退失据。", []),  # 陷入 is a word: no place follows the verb 陷
        # a name found as a place once is a place where it stands again as a word (黄沙 here, then in a list)
        ("主力转移至新江。部队暂在新江、白阳地区休整。", ["新江", "新江", "白阳"]),
        ("部队暂在新江、白阳地区休整。", []),  # alone, neither name is known as a place
        ("游击队破击阳泉至寿川段铁路。", ["阳泉", "寿川"]),  # 至X段: one end of a stretch of line
        ("主要将领:张三李四(白塔庙)", ["白塔庙"]),  # 庙: a temple that names a place
        # an enumeration its tail calls places: names the other rules doubt are places there
        ("该团攻占长沙、地都、南峪等敌军据点。", ["长沙", "地都", "南峪"]),
        ("攻克长沙、军部、我部等处。", ["长沙"]),  # unit words are no places, whatever the tail
        # a division whose short name is a word, right after the province that holds it (adcodes agree)
        ("该师驻广西全州,整训待命。", ["广西", "全州"]),
        ("湖南公安人员到场。", ["湖南"]),  # 公安 (a county of Hubei) is no place after 湖南
        ("各部集结于清水河间之蔡圩、石桥圩地区。", ["清水河", "蔡圩", "石桥圩"]),  # 之 opens the list's first item
    ],
)
def test_find_places_contexts(text: str, want: list) -> None:
    assert [m.value["name"] for m in find_places(text)] == want


def test_no_duplicate_figures_from_infobox_and_prose() -> None:
    text = "台儿庄战役\n参战方\n中华民国 | 大日本帝国\n伤亡与损失\n约2万人 | 战死2,369,负伤9,615\n其射击准确,杀敌官兵六千名。\n"
    got = [(m.value["side"], m.value["count"]) for m in find_figures(text)]
    assert got == [("CN", 20000), ("JP", 2369), ("JP", 9615), ("JP", 6000)]


def test_wiki_infobox_one_line_per_side() -> None:
    text = "武汉会战\n参战方\n中华民国\n大日本帝国\n指挥官\n蒋介石\n兵力\n1,100,000人\n350,000人\n"
    got = [(m.value["kind"], m.value["side"], m.value["count"]) for m in find_figures(text)]
    assert got == [("strength", "CN", 1100000), ("strength", "JP", 350000)]


@pytest.mark.parametrize("text", ["全县人口达30万人。", "难民伤亡3万余人。", "此役救出被围难民5000余人。",
                                  "沿途收容伤兵2000余人。"])
def test_civilians_are_no_figures(text: str) -> None:
    assert find_figures(text) == []


def test_chinese_day_alone_after_a_month() -> None:
    text = "一九三九年十二月十八日晨开始攻击,二十日攻克,激战十日,三十一日收复。"
    assert _iso(find_dates(text)) == [("1939-12-18", None), ("1939-12-20", None), ("1939-12-31", None)]


def test_war_totals_are_no_battle_figures() -> None:
    assert find_figures("八年抗战,中国投入兵力达1400万人以上,伤亡380余万人。") == []


def test_every_lexicon_kind_is_a_place_type() -> None:
    from kangzhan.extract.lexicons import admin, features, regions
    from kangzhan.extract.mentions.places import _SUFFIX

    kinds = {p.kind for p in admin().values()} | set(features().values()) | set(regions().values()) | set(
        _SUFFIX.values())
    assert kinds <= set(PLACE_TYPES)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("联队长佐藤次雄少将亲率部队突围。", ["佐藤次雄"]),  # the rank closes the name; none follows it
        ("师团长山田太郎中全都被击毙。", ["山田太郎"]),  # OCR 全 for 将, fixed by normalize
        # a third given-name character that jieba cut off, or that is also a stop character (达)
        ("由集团军参谋长黄振达负责联络。", ["黄振达"]),
        ("工兵指挥官林孟缉等人赶到。", ["林孟缉"]),
        ("师长周明到达前线。", ["周明"]),  # 到达 is a word: 到 is no name character
        # a name is spelled one way: 周明 elsewhere, so 周明站 is 周明 + 站在
        ("师长周明站在阵地前。师长周明率部反击。", ["周明", "周明"]),
        ("车辆集中在江口待命,随后出发。", []),  # 待命 is a word: 江口 + 待 is no name
        ("另有美军空军和后勤部队参战。", []),  # 和 is the conjunction here, not the rare surname
        # names the context marks, whatever jieba guesses for them
        ("以赵缵乾第31集团军向北迂回。", ["赵缵乾"]),  # a name jieba tags as a verb
        ("周宜和的12团坚守东门。", ["周宜和"]),  # 和 … 的 + unit: the name's last character
        ("敌军猛扑,孔先德见势率9团出击。", ["孔先德"]),  # an adverbial between name and verb of command
        ("另命钱博、孙海涛两集团军袭扰敌后。", ["钱博", "孙海涛"]),  # names before the count of their formations
        ("王明和李华两人同行。", []),  # 两人 counts people, not formations
    ],
)
def test_rank_after_a_name_is_no_name(text: str, want: list) -> None:
    assert [m.value["name"] for m in find_persons(normalize(text).text)] == want


def test_one_name_a_line_under_the_commanders_heading() -> None:
    # names with surnames in no list (寸, 多川) are names here because the infobox heading says so
    text = "指挥官与领导者\n\n张自强\n寸元方 \n多川光雄\n兵力\n10,000人\n"
    assert [m.text for m in find_persons(text)] == ["张自强", "寸元方", "多川光雄"]
    # a common word alone on a line is still no name
    assert [m.text for m in find_persons("指挥官与领导者\n\n张自强\n部队\n")] == ["张自强"]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a bracket after a unit holds a whole name, whatever jieba cuts of it
        ("第9师团(长谷二十一)、骑兵第2旅团(吉久间为人)", ["长谷二十一", "吉久间为人"]),
        ("第5军(配属炮兵)向北推进", []),  # a verb of the dictionary: no name
        # Japanese given names ending in a numeral or 郎 after a known surname
        ("师团长加藤信一率部南下", ["加藤信一"]),
        ("师团长松本淳四郎命令", ["松本淳四郎"]),
        ("师团长石浦明六郎命令", ["石浦明六郎"]),  # a surname in no list, a given name in 郎
        ("敌方是石原信六郎中将指挥的第9师团", ["石原信六郎"]),  # 是 X 中将; 六|郎中 cut apart by jieba
        # a Japanese-style name opening a clause before its verb of command
        ("为求速胜,冈部和三郎即令各部推进", ["冈部和三郎"]),
        ("次日,国民政府命各部撤退", []),  # a common word, not a name
        # a unit, then its commander's name and 部 / 团
        ("第201团1营周立山部坚守北门", ["周立山"]),
        ("暂编5师韩文杰团担任掩护", ["韩文杰"]),
        ("残部被围困于石口的第8军阵地", []),  # 于 after a verb is the preposition
        ("据载,周立华系第3师第8团团长。", ["周立华"]),  # X系 + unit + title
        ("据载,此时系第3师第8团团长负责。", []),  # a time word is no name
        ("联队长冈田宁次大将阵亡", ["冈田宁次"]),  # the rank follows the name
    ],
)
def test_japanese_names(text: str, want: list) -> None:
    assert [m.value["name"] for m in find_persons(text)] == want


def test_infobox_loss_columns_give_the_side() -> None:
    # the blocks under 伤亡与损失, apart by blank lines, are the columns of the 参战方 row, in order
    text = ("参战方\n 中华民国  大日本帝国\n兵力\n50,000人 30,000人\n伤亡与损失\n\n"
            "甲方统计:\n(8,000人阵亡2,000人被俘)\n\n乙方统计:战死900名\n")
    got = [(m.value["side"], m.value["count"], m.value["category"]) for m in find_figures(text)
           if m.value["kind"] == "casualties"]
    assert got == [("CN", 8000, "killed"), ("CN", 2000, "captured"), ("JP", 900, "killed")]


def test_names_of_the_dictionary_in_a_list() -> None:
    # two names jieba's dictionary knows as persons, listed together: both are persons (有|何应钦, not 有何)
    assert [m.text for m in find_persons("出席者有何应钦、蒋介石二人。")] == ["何应钦", "蒋介石"]
    # alone, or in a roll closed by 等, they are left to the other rules
    assert find_persons("出席者有何应钦。") == []
    assert find_persons("涌现了何应钦、蒋介石等名将。") == []


def test_wiki_infobox_labelled_blocks() -> None:
    text = ("台儿庄战役\n参战方\n中华民国\n大日本帝国\n兵力\n\n国民革命军:\n290000人\n\n八路军第129师:\n46000人\n约50000人\n"
            "伤亡与损失\n\n国民革命军:\n约30000人\n约20000人\n")
    got = sorted((k, side, n) for k, side, n, _q, _c in _figs(text))
    assert got == sorted([("strength", "CN", 290000), ("strength", "CN", 46000), ("strength", "JP", 50000),
                          ("casualties", "CN", 30000), ("casualties", "JP", 20000)])


def test_order_of_battle_brackets_hold_no_names() -> None:
    assert [m.text for m in find_persons("第二营(欠第六连)向北推进。")] == []
    assert [m.text for m in find_persons("第十八师团(辖五十五、五十六两联队)据守。")] == []
    assert [m.text for m in find_persons("第19集团军(罗卓英,4个师)进攻")] == ["罗卓英"]


def test_title_de_name_rank() -> None:
    assert [m.text for m in find_persons("选定了第三连连长的王志远少校担任前卫。")] == ["王志远"]
    assert [m.text for m in find_persons("第三连连长的任务是守桥。")] == []  # no rank closes it: no name
