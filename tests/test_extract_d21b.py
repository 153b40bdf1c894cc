"""A local fight a short record sets inside the campaign it names, by place, and refers back to as one fight.

A relic's note, a caption or a citation writes "X战役中于Y县…, 此次战斗…": the campaign is the frame, the fight told
is the one at Y (coined Y战斗, part of the campaign). Each text is written for this test (other campaigns, places,
units), run through `kangzhan extract`; a campaign named with 此次战役 (the campaign itself) coins nothing.
"""

from __future__ import annotations

from helpers import extract_json

RELIC = (
    "馆藏文物介绍\n"
    "35.平型关战役中缴获的日军军刀\n"
    "年代:1937年\n"
    "质地:钢\n"
    "说明:1937年9月平型关战役中于山西灵丘县缴获,此次战斗毙伤日军百余人,这把军刀由一位老战士保存至今。\n"
)

CAPTION = (
    "老照片背后的故事\n"
    "1941年春,在豫南会战中,新编第五团在河南泌阳县与日军激战两昼夜。这次战斗中该团夺回阵地三处,缴获机枪四挺。\n"
)

WHOLE = (
    "文物说明\n"
    "说明:1940年秋豫南会战中于河南泌阳县缴获,此次战役我军收复失地多处。\n"
)


def _names(facts: dict) -> dict[str, dict]:
    return {b["name"]: b for b in facts["battles"]}


def test_a_relics_note_sets_its_fight_at_a_county_inside_the_campaign(tmp_path):
    battles = _names(extract_json(tmp_path, RELIC))
    assert "灵丘战斗" in battles
    fight = battles["灵丘战斗"]
    assert fight["part_of"] == "平型关战役"
    assert fight["start"] == "1937-09"
    assert any(p["name"] in ("灵丘县", "灵丘") for p in fight["places"])


def test_a_caption_with_a_unit_before_the_place_and_zheci_zhandou(tmp_path):
    battles = _names(extract_json(tmp_path, CAPTION))
    assert "泌阳战斗" in battles
    assert battles["泌阳战斗"]["part_of"] == "豫南会战"


def test_a_campaign_referred_back_to_as_a_campaign_coins_no_fight(tmp_path):
    battles = _names(extract_json(tmp_path, WHOLE))
    assert "泌阳战斗" not in battles
    assert "豫南会战" in battles
