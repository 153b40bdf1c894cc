"""An engagement told at a site while the text names other battles only in passing: a sentence that tells a fight
(a site in the action slot 在X, the fight in its clause, a date or a force, the losses or the result) that no named
battle's account holds is a fight of its own, X战斗. Invented sentences in several genres."""
from kangzhan.extract.pipeline import analyse
from kangzhan.text.read import SourceText


def _battles(text: str) -> set[str]:
    a = analyse(SourceText(doc_id="t", source_name="t.txt", text=text, encoding="utf-8", sha256="0"))
    return {b.name for b in a.facts.battles} if a.facts else set()


def test_a_county_history_one_stand_among_campaigns_named_in_passing():
    text = ("某县抗战纪略\n\n"
            "1937年秋,日军沿铁路南下,经过台儿庄战役、徐州会战,我军虽付出重大牺牲,未能阻敌前进。\n\n"
            "一、日军第一次进犯某县\n\n"
            "1938年4月,日军分两路进犯。一路由北面南下的日军于4月12日在李家庄遭到某师某团三营的顽强抵抗,双方均有重大伤亡。"
            "我七连连长率部与敌拼杀,全连八十余名官兵全部壮烈牺牲。日军于4月13日进入县城,城关居民都到乡下躲避。\n")
    assert "李家庄战斗" in _battles(text)


def test_a_memoir_one_fight_at_a_village():
    text = ("回忆我的战斗岁月\n\n那年我十八岁,刚参军不久,部队驻在县城,日军常来扫荡。"
            "1940年5月3日拂晓,我们营在王家集与日军一个中队激战,毙敌四十余人,我营也伤亡二十多人。"
            "战后部队转移到山里休整。\n")
    assert "王家集战斗" in _battles(text)


def test_no_fight_without_a_result():
    """在X遭到… with no loss and no result in it or the next sentence: a march, not an engagement."""
    text = ("某县大事记\n\n1938年,经过台儿庄战役,日军南下。4月12日日军在李家庄遭到游击队的袭扰。"
            "此后日军进入县城,居民外出躲避。\n")
    assert "李家庄战斗" not in _battles(text)


def test_two_sites_alike_give_no_one_fight():
    text = ("某县大事记\n\n1938年,经过台儿庄战役,日军南下。4月12日日军在李家庄遭到某团的阻击,伤亡数十人。"
            "4月15日日军在张家庄遭到某营的伏击,死伤二十余人。\n")
    got = _battles(text)
    assert "李家庄战斗" not in got and "张家庄战斗" not in got


def _parts(text: str) -> dict[str, str | None]:
    a = analyse(SourceText(doc_id="t", source_name="t.txt", text=text, encoding="utf-8", sha256="0"))
    return {b.name: b.part_of for b in a.facts.battles} if a.facts else {}


_BLOG = ("【某县战役】那年的战场\n\n某县战役 马家凹——刘庄塬(马家洼-刘庄原)战斗经过\n\n"
         "1943年冬,日军第二军从北面渡河,占领了县城,双方十余万部队聚集在某县一带。\n\n"
         "我的家乡就在马家洼,日军从东面追击而来,向西攻击刘庄原,双方激战一昼夜,伤亡数百人。\n")


def test_a_heading_names_the_part_by_its_places_respelled():
    """The bracket respells the places before it piece by piece: the fight under the standard spelling, a part of
    the campaign the heading names first; the background under the heading stays the campaign's."""
    got = _parts(_BLOG)
    assert got.get("马家洼-刘庄原战斗") == "某县战役"


def test_a_region_in_the_bracket_respells_nothing():
    """石门(冀中)-like: a region glossed after the place shares no character with it: no respelled name."""
    from kangzhan.extract.mentions.battles import _respelled_heading
    assert _respelled_heading("某县战役 马家凹——刘庄塬(冀中-鲁西)战斗经过") is None
    assert _respelled_heading("马家凹——刘庄塬(马家洼-刘庄原)战斗经过") is not None


def test_battles_listed_in_passing_hold_no_account():
    """经过A战役、B会战: a list of battles in the background; the stand told after it is a fight of its own."""
    text = ("抗战时期的本县\n\n1937年冬,日军沿铁路南下,经过淞沪会战、南京保卫战,国军虽浴血奋战,仍未能阻敌前进。"
            "1938年5月,日军侵入县境。5月20日,日军一部在马家庄遭到某军一个营的阻击,双方激战半日,守军伤亡六十余人。"
            "次日,日军占领县城。\n")
    assert "马家庄战斗" in _battles(text)


def test_a_battle_named_on_its_own_keeps_its_account():
    """The battle named alone and its fight told at a village after: the village fight is its account, no fight of
    its own."""
    text = ("1938年春,台儿庄战役打响。4月2日拂晓,我营在马家庄与日军激战,毙敌百余人,我营伤亡数十人。\n")
    assert "马家庄战斗" not in _battles(text)
