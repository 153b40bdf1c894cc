"""A fight at one city inside a campaign the text names only in passing (来参加X会战, 配合X会战) or whose
battlefield it names (X战场): the fight is coined after the city (X战斗), part of the campaign.

A Q&A answer or a memoir tells the attack on and the defence of one city, again and again (向X发起猛攻, 增援X),
and names the campaign only as what a unit came to take part in. The campaign is the parent, the fight the
account's battle, with its units and leaders. A campaign narrative that moves through many cities coins nothing.
Each text is written for this test (other campaigns, other cities), run through `kangzhan extract`.
"""

from __future__ import annotations

from helpers import extract_json

REFERENCED = (
    "欧震军长是怎样守住德安的\n"
    "9月上旬,日军第106师团向德安发起进攻,飞机大炮轮番轰炸。欧震军长要求各部严守阵地。\n"
    "9月12日,日军再次向德安发起猛烈的攻击,第4军官兵坚守阵地,激战一昼夜,日军始终无法突破防线。\n"
    "日军指挥官松浦淳六郎恼羞成怒,命令第113联队继续对德安发起猛攻。第4军伤亡很大,欧震连发急电请求支援。\n"
    "第9集团军总司令吴奇伟为确保武汉外围的安全,随即调第66军增援德安。此前欧震曾对部下说,本军来参加武汉会战,只求守住阵地。\n"
)

BATTLEFIELD = (
    "随县战场的第一次胜利\n"
    "5月初,日军第3师团在坦克掩护下向随县发起猛攻。第84军军长覃连芳要求部队固守阵地。\n"
    "日军连日猛攻随县,第84军伤亡过半,仍坚守不退。第13军军长张轸率部驰援随县,从侧翼袭击日军。\n"
    "日军第3师团被迫后撤,随县转危为安,随枣一线暂时稳住。第84军是奉命配合随枣会战的部队。\n"
)

MOVING = (
    "第5军来参加桂南会战后,军长杜聿明率部先在宾阳与日军作战,随后进攻上林,又在武鸣阻击日军。"
    "第200师向南宁发起进攻,新22师在宾阳以北坚守阵地。日军第5师团从南宁分兵进攻上林和武鸣。"
    "第5军在宾阳、武鸣一带与日军反复争夺,最后撤至柳州休整。\n"
)


def _battles(facts: dict) -> dict[str, dict]:
    return {b["name"]: b for b in facts["battles"]}


def test_a_city_attacked_again_and_again_inside_a_campaign_named_in_passing_is_the_fight(tmp_path):
    battles = _battles(extract_json(tmp_path, REFERENCED))
    assert "德安战斗" in battles, list(battles)
    b = battles["德安战斗"]
    assert b["named_in_text"] is False
    assert b["part_of"] == "武汉会战"
    assert {"第4军", "第66军"} <= {u["name"] for u in b["units"]}
    assert {"欧震", "吴奇伟"} <= {c["name"] for c in b["commanders"]}
    assert "德安" in {p["name"] for p in b["places"]}
    assert "德安保卫战" in b["alt_labels"]  # a defence (坚守阵地, 防线): its other form


def test_the_battlefield_of_a_city_marks_the_fight_inside_the_campaign(tmp_path):
    battles = _battles(extract_json(tmp_path, BATTLEFIELD))
    assert "随县战斗" in battles, list(battles)
    b = battles["随县战斗"]
    assert b["part_of"] == "随枣会战"
    assert {"第84军", "第13军"} <= {u["name"] for u in b["units"]}
    assert {"覃连芳", "张轸"} <= {c["name"] for c in b["commanders"]}


def test_a_campaign_moving_through_many_cities_coins_no_fight_at_one(tmp_path):
    names = set(_battles(extract_json(tmp_path, MOVING)))
    assert not any(n.endswith("战斗") for n in names), names


STRONGHOLD = (
    "新闻影片逐字稿\n"
    "这是1938年武汉会战中拍摄的照片\n"
    "照片上是坚守大华仓库的一个营\n"
    "日军以坦克和大炮猛攻大华仓库\n"
    "守军营长李振华率部死守,击毙日军50余人\n"
    "次日日军再次向大华仓库发起进攻\n"
    "守军坚守阵地三昼夜,最终奉命撤出大华仓库\n"
)


def test_a_warehouse_held_inside_a_campaign_named_in_passing_is_the_fight_part_of_it(tmp_path):
    """A transcript's defence of a warehouse (a building held as a stronghold), the campaign named once."""
    battles = _battles(extract_json(tmp_path, STRONGHOLD))
    assert "大华仓库战斗" in battles, list(battles)
    b = battles["大华仓库战斗"]
    assert b["part_of"] == "武汉会战"
    assert "大华仓库" in {p["name"] for p in b["places"]}
    assert ("casualties", "JP", 50) in {(f["kind"], f["side"], f["count"]) for f in b["figures"]}
    assert battles["武汉会战"]["start"] == "1938"  # the sentence that names the campaign dates the campaign


def test_a_storehouse_burnt_is_no_place(tmp_path):
    """仓库 makes a named warehouse a place (大华仓库); a common word before it (粮食仓库, 军用仓库) does not."""
    text = "1940年5月,日军第3师团进攻枣阳,焚毁了城外的粮食仓库和军用仓库。第33集团军与敌激战。\n"
    places = {p["name"] for b in extract_json(tmp_path, text)["battles"] for p in b["places"]}
    assert "枣阳" in places
    assert not any(p.endswith("仓库") for p in places), places


VETERAN = (
    "参加长衡会战的李老\n"
    "李老回忆,民国三十三年,他所属的第七十九军于六月参加长衡会战,在湖南的醴陵、攸县一带与日军第三师团遭遇,"
    "发生激烈战斗,伤亡很大。后来衡阳防务吃紧,第七十九军奉令驰援衡阳,途中在一处村落休息。日军已攻占衡阳外围的据点。"
    "到达衡阳外围时,衡阳已经被围。李老说,衡阳的老百姓给他们送来饭菜。战后他回到衡阳,看到城内一片废墟。\n"
)


def test_a_veteran_who_took_part_in_a_campaign_and_passed_a_city_coins_no_fight_there(tmp_path):
    """The campaign only referenced, a city named often but never assaulted or held: the campaign's account."""
    names = set(_battles(extract_json(tmp_path, VETERAN)))
    assert "长衡会战" in names
    assert not any(n.startswith("衡阳") for n in names), names
