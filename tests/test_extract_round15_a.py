"""What round 15's blind texts missed, taught by general rules on new sentences (other villages, mountains,
units and persons; none from any document here).

A site introduction tells a village militia's unnamed fights as dated entries, dated by season and by the year of
the entry before (1940年春 …, 同年秋 …): each is a fight of its own, its killing by mines (炸死, 炸死炸伤) a loss of
the enemy, the bodies the enemy dragged away its killed, the mountain it swept (对X扫荡) a counter-sweep X反扫荡,
and a militia named after its village (X民兵联防) a Chinese unit. A wartime dispatch, OCR'd: a bracketed dateline
(【X五日Y电】) is where it was filed; a title misread (X长) before a name and its rank still tells who led the
unit; and a name and its misreading (one character off) are two names, not their common prefix."""
from helpers import extract_json, extract_jsonl

_MILITIA = (
    "景点介绍\n"
    "1940年春,石门据点的日军200余人进山扫荡,联防民兵在杨柳村埋设4颗地雷,炸死日军6名。"
    "同年秋,联防民兵在柏树庄东南河滩里布下石雷阵,炸死炸伤30余名日伪军。"
    "1941年5月,他们用自制的石雷,4次杀伤日伪军90人。"
    "1944年夏,100多个据点的日伪军共2000余人对云雾山扫荡,柏树民兵联防迅速开展地雷战、麻雀战,"
    "将敌人打得拖着160多具尸体狼狈逃回据点。1944年9月,被军区授予光荣称号。\n"
)


def _battles(facts: dict) -> dict[str, dict]:
    return {b["name"]: b for b in facts["battles"]}


def _names(b: dict) -> set[str]:
    return {b["name"], *b["alt_labels"]}


def _figures(b: dict) -> set[tuple[str, str | None, int]]:
    return {(f["kind"], f["side"], f["count"]) for f in b["figures"]}


def test_a_militias_dated_entries_are_fights_of_their_own(tmp_path):
    battles = _battles(extract_json(tmp_path, _MILITIA))
    assert len(battles) == 3, sorted(battles)
    by_place = {next(iter(p["name"] for p in b["places"]), None): b for b in battles.values()}
    assert {"杨柳村", "柏树庄", "云雾山"} <= set(by_place)
    assert "杨柳村战斗" in _names(by_place["杨柳村"]) and "柏树庄战斗" in _names(by_place["柏树庄"])


def test_a_season_dates_an_entry_and_the_year_carries_on(tmp_path):
    battles = _battles(extract_json(tmp_path, _MILITIA))
    starts = {b["places"][0]["name"]: b["start"] for b in battles.values() if b["places"]}
    assert starts["杨柳村"] == "1940" and starts["柏树庄"] == "1940" and starts["云雾山"] == "1944"


def test_the_place_swept_is_a_counter_sweep_led_by_the_village_militia(tmp_path):
    battles = _battles(extract_json(tmp_path, _MILITIA))
    sweep = battles["云雾山反扫荡"]
    assert "云雾山战斗" in sweep["alt_labels"]
    assert {"name": "柏树民兵联防", "side": "CN"} in [{"name": u["name"], "side": u["side"]} for u in sweep["units"]]
    assert ("strength", "JP", 2000) in _figures(sweep)
    assert ("casualties", "JP", 160) in _figures(sweep)  # the bodies dragged away: the killed


def test_killing_by_mines_is_the_enemys_loss(tmp_path):
    battles = _battles(extract_json(tmp_path, _MILITIA))
    by_place = {b["places"][0]["name"]: b for b in battles.values() if b["places"]}
    assert ("casualties", "JP", 6) in _figures(by_place["杨柳村"])
    assert ("strength", "JP", 200) in _figures(by_place["杨柳村"])  # sized before it went 进山扫荡
    assert ("casualties", "JP", 30) in _figures(by_place["柏树庄"])
    assert not any(c == 90 for b in battles.values() for _, _, c in _figures(b))  # four fights, one figure, no place


def test_a_dated_entry_without_a_place_is_no_fight(tmp_path):
    text = ("1939年冬,日军一部进村抢粮,民兵用地雷炸死日军3名。次年春,民兵在青石岭伏击日伪军,炸死炸伤20余名。"
            "1941年秋,日伪军对马鞍山扫荡,民兵打死打伤敌人40余名。\n")
    battles = _battles(extract_json(tmp_path, text))
    assert set(battles) == {"青石岭战斗", "马鞍山反扫荡"}, sorted(battles)


def test_a_village_militia_is_a_chinese_unit(tmp_path):
    facts = extract_json(tmp_path, "1943年6月,日军三百余人进攻刘家庄,刘家庄民兵大队在村口伏击日军,击毙日军12名。\n")
    assert {"name": "刘家庄民兵大队", "side": "CN"} in [{"name": u["name"], "side": u["side"]} for u in facts["units"]]


def test_a_bracketed_dispatch_dateline_is_no_place_of_the_battle(tmp_path):
    text = ("中条山作战失利\n【南京八日同盟电】据中央社广播称,第三军最近于中条山作战、在垣曲以北地区与日军激战、作战不利。\n")
    battles = extract_json(tmp_path, text)["battles"]
    places = {p["name"] for b in battles for p in b["places"]}
    assert "南京" not in places
    assert "中条山" in places


def test_a_misread_title_before_a_name_and_rank_still_gives_the_command(tmp_path):
    text = ("山西作战失利\n【北平九日同盟电】第三军于今春作战中已被击溃、该军新编第七师郎长赵德荣少将已被俘。"
            "第三军第七师最近于中条山作战、该师师长赵德华负伤。\n")
    facts = extract_json(tmp_path, text)
    persons = {p["name"] for p in facts["persons"]}
    assert "赵德荣" in persons and "赵德" not in persons  # the name and its misreading are no common prefix
    assert ("赵德荣", "新编第7师") in {(c["person"], c["unit"]) for c in facts["commands"]}


def test_to_whom_one_speaks_is_no_place_swept(tmp_path):
    text = ("1942年秋,日伪军对凤凰山扫荡,民兵在山口伏击,炸死日军5名。"
            "连长王德胜马上对李长峰说:“按下一步计划行动。”\n")
    places = {m["value"]["name"] for m in extract_jsonl(tmp_path, text) if m.get("kind") == "place"}
    assert "凤凰山" in places and "李长峰" not in places
