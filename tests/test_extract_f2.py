"""A force's reorganisation told with no fighting (X缩编为A、B支队, A团（原B师某团）): what the force became, or was,
is no fighter of the account that holds the sentence; a list of what a force holds (X军下辖A师、B师) stays.
Invented sentences, each with a look-alike."""

from __future__ import annotations

from helpers import extract_json as extract


def _units(facts: dict, name: str) -> set[str]:
    b = next(b for b in facts["battles"] if b["name"] == name)
    return {u if isinstance(u, str) else (u.get("key") or u.get("name") or str(u)) for u in b["units"]}


def _battles(facts: dict) -> list[str]:
    return [b["name"] for b in facts["battles"]]


_STORY = ("石岭战斗\n1939年春,游击第一路军缩编为第11、第12、第13支队;游击第二路军缩编为第14支队。"
          "1939年5月3日,第11支队在石岭伏击日军运输队,毙敌40余人。\n")


def test_the_units_a_force_is_cut_down_to_are_no_fighters(tmp_path):
    facts = extract(tmp_path, _STORY)
    units = " ".join(_units(facts, "石岭战斗"))
    assert "第11支队" in units
    assert "第13支队" not in units and "第14支队" not in units


def test_a_forces_old_identity_in_brackets_is_no_fighter(tmp_path):
    text = "石岭战斗\n1939年5月3日,第7团(原某某军区某团)在石岭伏击日军运输队,毙敌40余人。\n"
    units = " ".join(_units(extract(tmp_path, text), "石岭战斗"))
    assert "第7团" in units
    assert "军区" not in units


def test_a_forces_holdings_told_with_its_fight_stay(tmp_path):
    # the look-alike: an order of battle (下辖) in the account's sentence is no reorganisation
    text = ("石岭战斗\n1939年5月,第5军下辖第11师、第12师,由陈坤指挥,在石岭一线防守。"
            "5月3日,日军进攻石岭,第11师、第12师奋起抗击,毙敌40余人。\n")
    units = " ".join(_units(extract(tmp_path, text), "石岭战斗"))
    assert "第11师" in units and "第12师" in units and "第5军" in units


def test_a_reorganised_force_that_goes_on_to_fight_stays(tmp_path):
    # the look-alike: the sentence goes on to tell the new force's fight (将X改编为Y,随即向某村进攻)
    text = ("石岭战斗\n1939年5月3日,上级将游击第一路军改编为第11支队,随即向石岭日军发起攻击,毙敌40余人。\n")
    units = " ".join(_units(extract(tmp_path, text), "石岭战斗"))
    assert "第11支队" in units
