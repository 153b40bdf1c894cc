"""The text layer: normalization keeps offsets, converts Traditional, fixes OCR slips by context only;
sentences split at end marks but not inside brackets. Examples are written for these tests (not from
the seed texts)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kangzhan.text.normalize import normalize
from kangzhan.text.sentences import split_sentences


@pytest.mark.parametrize(
    ("raw", "want"),
    [
        # width folding: digits, letters, brackets and punctuation; 。、 stay
        ("第７４军（王耀武）于１９３９年到达。", "第74军(王耀武)于1939年到达。"),
        ("ＡＢＣ：１２３；", "ABC:123;"),
        ("淞沪\u3000会战", "淞沪 会战"),
        # Traditional → Simplified
        ("臺兒莊戰役，國軍擊退日軍第十師團。", "台儿庄战役,国军击退日军第十师团。"),
        ("萬家嶺大捷", "万家岭大捷"),
        ("衞立煌指揮僞軍", "卫立煌指挥伪军"),  # Hong Kong / Taiwan variant forms
        # 竿/弟/苐/笫 for 第 before a numeral and an echelon word
        ("竿52军在台儿庄以北集结", "第52军在台儿庄以北集结"),
        ("弟八十七师进攻", "第八十七师进攻"),
        ("笫3战区司令长官", "第3战区司令长官"),
        ("苐二次长沙会战", "第二次长沙会战"),
        # 帅 for 师 after a numeral or a numbered unit
        ("国军3个帅增援", "国军3个师增援"),
        ("第88帅在闸北坚守", "第88师在闸北坚守"),
        ("该军帅长负伤", "该军师长负伤"),
        # 人 for 入 in verb contexts
        ("日军攻人城内", "日军攻入城内"),
        ("第5军突人敌阵", "第5军突入敌阵"),
        ("敌遂人侵闽北", "敌遂入侵闽北"),
        # 汩/泪 for 汨 only where the corrected word is a known toponym
        ("守军退至汩罗江南岸", "守军退至汨罗江南岸"),
        ("部队沿泪罗江布防", "部队沿汨罗江布防"),
        # visually similar characters where only the right one makes a word with its neighbour
        ("主力隼结于衡山以南", "主力集结于衡山以南"),
        ("将来犯之敌击迟", "将来犯之敌击退"),
        ("各师侍命出击", "各师待命出击"),
        ("该部己经渡河", "该部已经渡河"),
        ("经三日战门,末能攻克", "经三日战斗,未能攻克"),
        ("官兵作战能カ甚强", "官兵作战能力甚强"),
        ("残敌逃向瑟琶湖畔", "残敌逃向琵琶湖畔"),  # 瑟/琵 share the 珏 top; 琵琶 is the word
        ("主力集结干衡阳以北", "主力集结于衡阳以北"),
        # 全 for 将 in a rank right after a title and a personal name
        ("师团长山田太郎中全阵亡", "师团长山田太郎中将阵亡"),
        ("旅团长铃木一雄少全亦被击毙", "旅团长铃木一雄少将亦被击毙"),
        # military shorthand D for 师 after an ordinal, and next to such a unit in a list
        ("第45D与128D奉命增援", "第45师与128师奉命增援"),
        ("新编第三十D接防", "新编第三十师接防"),
        ("77D、第9D向北转进", "77师、第9师向北转进"),
        # 州/洲 inside a word that is no toponym, where the corrected word is one
        ("敌机轰炸株州车站", "敌机轰炸株洲车站"),
        ("日军在广洲湾登陆", "日军在广州湾登陆"),
        # Japanese names in a name slot: 大郎 for 太郎, 营 for 菅 opening a family name
        ("第9师团(石田信大郎,欠一部)", "第9师团(石田信太郎,欠一部)"),
        ("飞行团(营原信男,侦察机一个中队)", "飞行团(菅原信男,侦察机一个中队)"),
    ],
)
def test_normalize_fixes(raw: str, want: str) -> None:
    out = normalize(raw)
    assert out.text == want
    assert len(out.text) == len(raw)


@pytest.mark.parametrize(
    "raw",
    [
        "兄弟三人同赴前线",  # 弟 before a numeral that is no ordinal
        "统帅部下令反攻",  # 帅 without a numeral
        "三易主帅",
        "敌人侵占县城",  # 敌人 + 侵占: 人 belongs to 敌人
        "引进人员和物资",
        "战士们流下了泪水",  # 泪水 is "tears" outside a geographic frame
        "水流汩汩",
        "蒋介石任军事委员会委员长",
        "援军迟到一日",  # 迟到 is a word: 迟 stays
        "部队土气低落",  # 土气 is a word (though 士气 was meant, the text is kept)
        "周末能否到达",
        "城门已被攻破",
        "若干长沙籍官兵",  # 若干 is a word
        "韩复榘率第3集团军著名的一战",  # 榘 and 著 are Simplified too (GB2312): no T→S in a Simplified text
        "师长李大中全力反击",  # 李大中 may be the whole name and 全力 is a word: no rank here
        "全团上下全力以赴",  # 全 with no title and name before it
        "各地放映3D电影",  # D after a bare number is no division
        "团长王明大全集",
        "守军退至沙洲上",  # 沙洲 is a word
        "九州岛上的机场",  # 九州 is a word (Kyushu)
        "琴瑟和鸣",  # 琴瑟 is a word: 瑟 stays
        "武大郎卖炊饼",  # no name slot with two characters before 大郎
        "军营原地待命,营原有三个连",  # 营原 not in a name slot before a given name
    ],
)
def test_normalize_leaves_correct_text(raw: str) -> None:
    out = normalize(raw)
    assert out.text == raw
    assert out.fixes == []


def test_fixes_are_recorded_with_offsets() -> None:
    raw = "弟74军攻人万家岭,泪罗江"
    out = normalize(raw)
    assert out.fixes == [(0, "弟", "第"), (5, "人", "入"), (10, "泪", "汨")]
    for offset, old, new in out.fixes:
        assert raw[offset] == old and out.text[offset] == new


def test_traditional_detection() -> None:
    assert normalize("第三戰區司令長官顧祝同指揮國軍反攻").traditional
    assert not normalize("第三战区司令长官顾祝同指挥国军反攻").traditional
    assert not normalize("").traditional
    # a Simplified text keeps characters that are also Simplified (乾 in 乾隆)
    assert normalize("乾隆年间修筑的炮台").text == "乾隆年间修筑的炮台"
    assert normalize("乾隆年間修築的砲臺，國軍據守").text.startswith("干隆年间")  # Traditional text: full table


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=200))
def test_normalize_keeps_length_on_any_input(raw: str) -> None:
    out = normalize(raw)
    assert len(out.text) == len(raw)
    for offset, old, _new in out.fixes:
        assert 0 <= offset < len(raw) and len(old) == 1


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("日军进攻。国军反击！战斗激烈？", ["日军进攻。", "国军反击！", "战斗激烈？"]),
        ("第20集团军(商震,辖3个军。另配属炮兵)位于洞庭湖以西。次日开战。",
         ["第20集团军(商震,辖3个军。另配属炮兵)位于洞庭湖以西。", "次日开战。"]),
        ("时间:1938年3月\n地点:台儿庄\n\n结果:中国胜利", ["时间:1938年3月", "地点:台儿庄", "结果:中国胜利"]),
        ("他说：“守住阵地！”随即出发。", ["他说：“守住阵地！”随即出发。"]),
        ("甲;乙；丙", ["甲;", "乙；", "丙"]),
        ("", []),
        ("   \n  ", []),
    ],
)
def test_split_sentences(text: str, want: list[str]) -> None:
    spans = split_sentences(text)
    assert [text[a:b] for a, b in spans] == want
    assert all(a < b for a, b in spans)
    assert all(spans[i][1] <= spans[i + 1][0] for i in range(len(spans) - 1))


def test_unclosed_bracket_does_not_swallow_the_text() -> None:
    text = "日军(第6师团" + "继续进攻。" * 200
    assert len(split_sentences(text)) > 100


def test_traditional_paragraph_in_a_simplified_text() -> None:
    simp = "乾隆年间修筑的炮台后来成为要塞。" + "守军依托旧城墙与河流构筑阵地,抵抗日军的多次进攻。" * 12
    trad = "國軍戰史稱：於是乾脆撤出陣地，後來據守山區。"
    out = normalize(simp + "\n" + trad + "\n" + simp)
    assert not out.traditional
    lines = out.text.split("\n")
    assert lines[0] == lines[2] == simp  # the Simplified paragraphs keep 乾 (乾隆)
    assert lines[1] == "国军战史称:于是干脆撤出阵地,后来据守山区。"  # the Traditional one is converted fully
