"""The matcher's rules as pure functions: names, dates at any precision, type/date/country gates."""

from __future__ import annotations

from kangzhan.link.match import decide, eras_of, interval
from kangzhan.link.model import Entity, Item
from kangzhan.link.names import battle_core, norm_ja, norm_zh

WAR = Item("Q170314", "battle", {"zh": ("中国八年抗战",)}, start="1937-07-07", end="1945-09-09", sources=("t",))
ERAS = eras_of([WAR])


def battle(label, start=None, end=None, alts=()):
    return Entity("https://w3id.org/kangzhan/resource/battle/x", "battle", ((label, "zh"),),
                  tuple((a, "zh") for a in alts), start, end)


def item(qid, kind, zh, aliases=(), **kw):
    return Item(qid, kind, {"zh": tuple(zh)}, {"zh": tuple(aliases)} if aliases else {}, sources=("t",), **kw)


def test_names_are_normalised():
    assert norm_zh("南京保衛戰") == "南京保卫战"
    assert norm_zh(" 一·二八 淞沪抗战 ") == "一二八淞沪抗战"
    assert battle_core("昆仑关大捷") == battle_core("昆仑关战役") == "昆仑关"
    assert battle_core("长沙") == ""


def test_dates_at_any_precision():
    assert interval("1939", None)[1].isoformat() == "1939-12-31"
    assert interval("1941-02", None)[1].isoformat() == "1941-02-28"
    assert interval("1939-09-14", "1939-10-08")[0].isoformat() == "1939-09-14"
    assert interval("1939-13", None) is None and interval(None, None) is None


def test_exact_label_and_overlapping_dates_make_sameas():
    d = decide(battle("南京保卫战", "1937-12-01"), [item("Q701180", "battle", ["南京保卫战"], start="1937-12-01",
                                                        end="1937-12-13")], ERAS)
    assert d.relation == "sameAs" and d.evidence.dates == "overlap" and d.evidence.score == 0.95


def test_traditional_input_matches():
    d = decide(battle("南京保衛戰"), [item("Q701180", "battle", ["南京保卫战"], part_of="Q170314")], ERAS)
    assert d.relation == "sameAs"


def test_same_core_is_only_a_close_match():
    d = decide(battle("昆仑关战役", "1939-12"), [item("Q700250", "battle", ["昆仑关"], ["昆仑关大捷"], part_of="Q170314")], ERAS)
    assert d.relation == "closeMatch" and any("core 昆仑关" in m for m in d.evidence.matched)


def test_battle_years_away_is_rejected():
    d = decide(battle("长沙会战"), [item("Q4501981", "battle", ["长沙会战"], start="1911-10-22")], ERAS)
    assert d.relation is None and "outside the War of Resistance" in d.note


def test_wrong_type_is_rejected():
    place = Entity("https://w3id.org/kangzhan/resource/place/平型关", "place", (("平型关", "zh"),))
    d = decide(place, [item("Q709396", "battle", ["平型关"], part_of="Q170314")], ERAS)
    assert d.relation is None and "is a battle, not a place" in d.note


def test_probable_identifier_is_never_sameas():
    d = decide(battle("平津会战"), [item("Q709429", "battle", ["平津会战"], part_of="Q170314", confidence="probable")], ERAS)
    assert d.relation == "closeMatch" and "probable" in d.note


def test_equal_candidates_are_ambiguous():
    cands = [item(q, "battle", ["长沙会战"], part_of="Q170314") for q in ("Q709333", "Q1759660")]
    d = decide(battle("长沙会战"), cands, ERAS)
    assert d.status == "ambiguous" and d.relation is None and "Q709333" in d.note and "Q1759660" in d.note


def test_place_in_another_country_is_rejected():
    place = Entity("https://w3id.org/kangzhan/resource/place/江陵", "place", (("江陵", "zh"),))
    korea = item("Q990000301", "place", ["江陵"], description="city in Gangwon Province, South Korea")
    hubei = item("Q990000302", "place", ["江陵"], description="county in Jingzhou, Hubei, China")
    d = decide(place, [korea, hubei], ERAS)
    assert d.item.qid == "Q990000302" and d.relation == "sameAs"
    assert decide(place, [korea], ERAS).relation is None


def test_person_of_the_other_side_is_rejected():
    person = Entity("https://w3id.org/kangzhan/resource/person/x", "human", (("某将军", "zh"),), side="China")
    d = decide(person, [item("Q990000201", "human", ["某将军"], description="Japanese general")], ERAS)
    assert d.relation is None and "belongs to Japan" in d.note


def test_an_iri_of_two_kinds_gets_one_link_at_most():
    from kangzhan.link.run import decide_offline

    iri = "https://w3id.org/kangzhan/resource/x/承德"
    ents = [Entity(iri, "battle", (("承德", "zh"),), start="1933-02"), Entity(iri, "place", (("承德", "zh"),))]
    items = [WAR, item("Q2948000", "battle", ["承德"], start="1933-02-21", end="1933-03-01"),
             item("Q58675", "place", ["承德"])]
    ds = decide_offline(ents, items)
    assert [(d.entity.kind, d.status, d.item.qid) for d in ds] == [
        ("battle", "confident", "Q2948000"),  # 0.95: label and dates
        ("place", "ambiguous", "Q58675"),  # 0.8: demoted, the IRI already has its link
    ]
    assert "matches Q2948000" in ds[1].note


def actor(label, kind="human", side=None):
    return Entity(f"https://w3id.org/kangzhan/resource/x/{label}", kind, ((label, "zh"),), side=side)


def test_japanese_labels_match_through_shinjitai():
    assert norm_ja("崑崙関の戦い") == "昆仑关之战" and norm_ja("関麟徴") == norm_zh("关麟徵") == "关麟征"
    d = decide(actor("冈村宁次", side="Japan"), [Item("Q704640", "human", {"ja": ("岡村寧次",)}, sources=("t",))], ERAS)
    assert d.evidence.matched == ("ja 岡村寧次 = label",)


def test_person_needs_evidence_of_the_war_years():
    """A namesake singer born after the war is rejected; a bare label match is only a closeMatch;
    having taken part in a battle of the war, or having lived then, makes it sameAs."""
    battle = item("Q709333", "battle", ["第一次长沙会战"], start="1939-09", end="1939-10-06")
    eras = eras_of([WAR, battle])
    singer = item("Q990000401", "human", ["薛岳"], start="1954-12-06")
    general = item("Q990000402", "human", ["薛岳"], part_of="Q709333")
    assert decide(actor("薛岳", side="China"), [singer], eras).relation is None
    assert "outside the War of Resistance" in decide(actor("薛岳", side="China"), [singer], eras).note
    assert decide(actor("薛岳", side="China"), [item("Q990000403", "human", ["薛岳"])], eras).relation == "closeMatch"
    d = decide(actor("薛岳", side="China"), [singer, general], eras)
    assert (d.relation, d.item.qid, d.evidence.side) == ("sameAs", "Q990000402", "unknown")
    lived = item("Q990000404", "human", ["某将军"], start="1887-10-31", end="1975-04-05", country="Republic of China")
    d = decide(actor("某将军", side="China"), [lived], eras)
    assert d.relation == "sameAs" and d.evidence.side == "agrees" and d.evidence.dates.startswith("overlap")


def test_unit_is_sameas_only_when_its_side_agrees():
    """第6师团 names Japanese, Finnish, Chinese… divisions: without side agreement, no sameAs."""
    jp = Item("Q990000501", "military unit", {"zh": ("第6师团",), "en": ("6th Division (Imperial Japanese Army)",)},
              start="1888", end="1945", sources=("t",))
    fi = Item("Q990000502", "military unit", {"ja": ("第6師団",)}, start="1939", end="1940",
              description="division of the Finnish Army", sources=("t",))
    d = decide(actor("第6师团", "military unit", side="Japan"), [jp, fi], ERAS)
    assert (d.relation, d.item.qid, d.evidence.side) == ("sameAs", "Q990000501", "agrees")
    d = decide(actor("第6师团", "military unit", side="China"), [jp], ERAS)
    assert d.relation is None and "belongs to Japan" in d.note
    d = decide(actor("第6师团", "military unit"), [fi], ERAS)
    assert d.relation == "closeMatch" and "only sameAs when its side agrees" in d.note


def test_battle_label_is_its_battle_name():
    from kangzhan.link.compile_snapshot import battle_name_first, file_date

    assert battle_name_first(["昆仑关", "昆仑关大捷"]) == ["昆仑关大捷", "昆仑关"]
    assert battle_name_first(["万家岭"]) == ["万家岭"]
    assert (file_date("1937-01-01"), file_date("1937-08-01"), file_date("1937-09-24")) == ("1937", "1937-08", "1937-09-24")
