"""The militia's ways of fighting as fight names (nineteenth session): 地雷战/地道战/麻雀战 after a place's own name
name that place's fight (X村地雷战); after a verb or alone they are tactics, no fight."""

from __future__ import annotations

from helpers import extract_json as extract


def _names(tmp_path, text: str) -> set[str]:
    return {b["name"] for b in extract(tmp_path, text)["battles"]}


def test_a_village_s_mine_or_tunnel_fight_is_named_so(tmp_path):
    # an encyclopedia entry and a county history line, invented
    assert "柳树湾地雷战" in _names(tmp_path, "柳树湾地雷战是1943年秋某县柳树湾村民兵对日军进行的一次战斗,炸死日军十余人。\n")
    assert "石桥庄地道战" in _names(tmp_path, "石桥庄地道战\n1942年5月,日军包围石桥庄,民兵依托地道打退日军三次进攻。\n")


def test_the_tactics_after_a_verb_or_alone_name_no_fight(tmp_path):
    names = _names(tmp_path, "1943年,东王民兵联防迅速开展地雷战、麻雀战,打退日军。\n")
    assert not any(n.endswith(("地雷战", "麻雀战")) for n in names)
    names = _names(tmp_path, "电影《地道战》是一部经典影片。作为重要战术之一,地雷战、地道战、麻雀战等脍炙人口。\n")
    assert not any(n.endswith(("地雷战", "地道战", "麻雀战")) for n in names)
