"""Figures as forum posts and oral histories write them: ranges (阵亡2100-3500人, 伤亡三四千人, 2至3万) are one report,
their low end, at least (the gold's convention) — two reports when the text says the sources disagree; a passive loss
takes the side of the force its sentence sized; the men counted after the officers; "伤亡人数共在N人以上" is a loss.
New sentences, written for these tests."""
import pytest
from helpers import extract_json

from kangzhan.extract.mentions.numbers import parse_count


def _figures(tmp_path, text: str) -> set[tuple]:
    battles = extract_json(tmp_path, text)["battles"]
    return {(f["side"], f["count"], f["qualifier"], f["category"]) for b in battles for f in b["figures"]}


@pytest.mark.parametrize("stated, want", [
    ("三四千人", (3000, "atLeast")),          # two neighbouring digits before the magnitude: a rough count
    ("五六万人", (50000, "atLeast")),         # was read as 560000
    ("一万二三千人", (12000, "atLeast")),
    ("十五六人", (15, "atLeast")),
    ("2至3万人", (20000, "atLeast")),         # the magnitude written once, after the high end
    ("1.5至2万人", (15000, "atLeast")),
    ("2100-3500人", (2100, "atLeast")),
    ("5000至3万人", (5000, "atLeast")),       # the low end has its own size
    ("一九四五", (1945, "exact")),            # digits read one by one: no pair
    ("七七", (77, "exact")),                  # not neighbours
])
def test_ranges_and_rough_pairs_read_as_their_low_end(stated, want):
    assert parse_count(stated) == want


def test_a_range_of_losses_is_one_report_of_its_low_end(tmp_path):
    text = ("1942年5月，浙赣会战中，第88军在金华城外与日军第22师团激战三昼夜，我军阵亡2100-3500人，"
            "日军伤亡三四千人。\n")
    got = _figures(tmp_path, text)
    assert ("CN", 2100, "atLeast", "killed") in got
    assert ("JP", 3000, "atLeast", "casualties") in got
    assert not {c for _, c, _, _ in got} & {3500, 4000, 34000, 2}


def test_a_range_with_the_magnitude_once_is_not_its_first_digit(tmp_path):
    text = "1938年5月兰封会战，日军第14师团兵力约2至3万，我军伤亡1至2万人。\n"
    got = _figures(tmp_path, text)
    assert ("JP", 20000, "atLeast", "strength") in got
    assert ("CN", 10000, "atLeast", "casualties") in got
    assert not {c for _, c, _, _ in got} & {1, 2}


def test_ends_from_disagreeing_sources_are_two_reports(tmp_path):
    text = ("1940年3月五原战役结束时，守城的新编第32师官兵约9000人，死伤2600余人，"
            "其中阵亡800-1300人（各方资料统计数字不一）。\n")
    got = _figures(tmp_path, text)
    assert ("CN", 800, "exact", "killed") in got
    assert ("CN", 1300, "exact", "killed") in got


def test_a_range_without_a_word_on_sources_stays_one_report(tmp_path):
    text = "1940年3月五原战役结束时，守城的新编第32师官兵约9000人，其中阵亡800-1300人。\n"
    got = _figures(tmp_path, text)
    assert ("CN", 800, "atLeast", "killed") in got
    assert all(c != 1300 for _, c, _, _ in got)


def test_a_passive_loss_belongs_to_the_force_its_sentence_sized(tmp_path):
    text = "至龙陵会战结束时，参加守城的国民党第87师官兵约6000人，死伤4000余人。\n"
    got = _figures(tmp_path, text)
    assert ("CN", 6000, "about", "strength") in got
    assert ("CN", 4000, "atLeast", "casualties") in got


def test_an_active_loss_does_not_take_the_units_side(tmp_path):
    text = "至龙陵会战结束时，参加反攻的第87师官兵约6000人，歼灭900余人。\n"
    got = _figures(tmp_path, text)
    assert ("CN", 900, "atLeast", "killed") not in got


def test_the_men_after_the_officers_are_a_second_report(tmp_path):
    text = "1944年腾冲战役中，日军从7月1日至8月10日伤亡军官120人，士兵 2860名。\n"
    got = _figures(tmp_path, text)
    assert ("JP", 120, "exact", "casualties") in got
    assert ("JP", 2860, "exact", "casualties") in got


def test_losses_said_to_be_above_a_number_are_losses_not_a_strength(tmp_path):
    text = "1943年11月常德会战，据统计，日军攻占常德的伤亡人数共在 10000人以上。\n"
    got = _figures(tmp_path, text)
    assert ("JP", 10000, "atLeast", "casualties") in got
    assert all(k != "strength" for _, _, _, k in got)


def test_the_losses_of_an_allied_force_are_the_third_sides(tmp_path):
    text = "1942年4月，仁安羌战役中，英军被俘七千余人，美军伤亡三百人，日军第33师团伤亡1200余人。\n"
    got = _figures(tmp_path, text)
    assert ("OTHER", 7000, "atLeast", "captured") in got
    assert ("OTHER", 300, "exact", "casualties") in got
    assert ("JP", 1200, "atLeast", "casualties") in got
    assert not any(s == "CN" for s, _, _, _ in got)


def test_allied_losses_listed_after_the_chinese_keep_their_own_side(tmp_path):
    text = "1944年8月密支那战役结束，中国驻印军伤亡6000余人，美军2200余人，日军战死2400余人。\n"
    got = _figures(tmp_path, text)
    assert ("CN", 6000, "atLeast", "casualties") in got
    assert ("OTHER", 2200, "atLeast", "casualties") in got
    assert ("JP", 2400, "atLeast", "killed") in got


def test_a_loss_nobody_claims_goes_on_with_the_losses_told_just_before(tmp_path):
    text = ("1944年腾冲战役中，日军从7月1日至8月10日伤亡军官120人，士兵2860名。"
            "8月10日以后，档案只记有约计伤亡1500余人。\n")
    got = _figures(tmp_path, text)
    assert ("JP", 1500, "atLeast", "casualties") in got


def test_no_carry_across_an_unrelated_sentence(tmp_path):
    text = ("1944年腾冲战役中，日军伤亡军官120人。预备第2师奉命攻击来凤山，兵力约3000人。"
            "此后档案只记有伤亡1500余人。\n")
    got = _figures(tmp_path, text)
    assert ("JP", 1500, "atLeast", "casualties") not in got


def test_a_force_the_allies_joined_keeps_the_side_that_counts_it(tmp_path):
    text = ("1945年4月湘西会战，参加作战兵力我方动员四个军，两个炮兵团，还有美军空中支援部队，共约十余万人。\n")
    got = _figures(tmp_path, text)
    assert ("CN", 100000, "atLeast", "strength") in got
