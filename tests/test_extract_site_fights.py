"""A fight told at a place without a name (site_fights): the clause that ambushes, blocks or clashes with the enemy
at a place, a passive 遭到…的阻击 after the route, a heading 首战X、Y / 夜袭X车站 run in before its paragraph. Every
text here is invented for the test (places, units, persons); none is taken from the held-out texts."""
from helpers import extract_json as extract


def _names(facts: dict) -> set[str]:
    out = set()
    for b in facts["battles"]:
        out.add(b["name"])
        out.update(b.get("alt_labels") or ())
    return out


def _battle(facts: dict, stem: str) -> dict | None:
    return next((b for b in facts["battles"] if b["name"].startswith(stem)
                 or any(a.startswith(stem) for a in b.get("alt_labels") or ())), None)


def test_an_ambush_at_the_head_of_a_locative_slot_is_a_fight_after_a_named_one(tmp_path):
    # narrative: a named victory first, then an ambush on another day at a place located by a longer phrase
    text = ("1939年4月2日,三团取得青石桥大捷,毙敌百余名。"
            "4月15日,三团二营在县城东南离青石桥不远的石槽岭,首次伏击了日军一支运输队。"
            "经短促激战,击毁敌汽车三辆,毙敌十余名。")
    facts = extract(tmp_path, text)
    names = _names(facts)
    assert "青石桥大捷" in names
    assert "石槽岭战斗" in names and "石槽岭伏击战" in names


def test_a_passive_block_on_the_enemys_route_in_a_chronicle_entry(tmp_path):
    # chronicle: the enemy passes two places and suffers a block: one fight, named after its places
    text = ("民国28年(1939年) 3月,县城各界成立抗日救亡宣传队。"
            "秋,日军乘汽艇沿河西上,经河边的柳塘湾、石板集一带,遭到游击第五支队的阻击,毁敌汽艇5艘,毙敌50余人。"
            " 冬,县立中学迁往乡间。")
    facts = extract(tmp_path, text)
    names = _names(facts)
    assert "石板集战斗" in names or "石板集阻击战" in names
    b = _battle(facts, "石板集") or _battle(facts, "柳塘湾")
    assert b is not None


def test_a_run_in_heading_names_fights_at_its_places(tmp_path):
    # unit history: headings run in before their paragraphs (a scraped page lost their line breaks)
    text = ("1938年夏,二团进入平原敌后,开展游击战争。\n"
            "首战白马岭、青龙沟 8月3日,二团一营在白马岭伏击日军车队,击毁汽车四辆。"
            "战斗结束后部队转移到青龙沟,敌步兵200余人追来,我各连密切配合,毙敌20余名。\n"
            "夜袭石门车站 8月10日夜,二团参谋长率三营,在地方武装配合下突入车站,毙伤日军30余人。\n")
    facts = extract(tmp_path, text)
    names = _names(facts)
    assert "白马岭战斗" in names
    assert "青龙沟战斗" in names
    assert "石门车站战斗" in names and "夜袭石门车站" in names


def test_a_clash_with_the_enemy_at_a_village_in_a_news_report(tmp_path):
    text = ("本报讯 1944年3月5日,县大队取得黄土坡大捷,毙敌40余名。"
            "3月20日,县大队一部在柳树屯与日军激战两小时,毙伤敌30余人,缴获步枪十余支。")
    names = _names(extract(tmp_path, text))
    assert "柳树屯战斗" in names


def test_an_ambush_waited_for_is_no_fight(tmp_path):
    # look-alike: 待机伏击 is a plan; the fight told is the named one
    text = ("1939年4月2日,三团取得青石桥大捷,毙敌百余名。"
            "4月15日,部队转移到杏花岭待机伏击日军,敌人始终未来,部队遂返回驻地。")
    names = _names(extract(tmp_path, text))
    assert not any(n.startswith("杏花岭") for n in names)


def test_a_campaigns_sentence_keeps_its_moves(tmp_path):
    # look-alike: inside a named campaign, a block at a town is one of its moves
    text = ("1938年5月,徐州会战进入最后阶段。第六十军在禹王山一带阻击日军,激战二十余日,毙敌数千人。"
            "徐州会战中,中国军队成功突围。")
    names = _names(extract(tmp_path, text))
    assert "徐州会战" in names
    assert "禹王山战斗" not in names


def test_a_passive_without_a_fight_and_a_heading_without_a_place(tmp_path):
    # look-alikes: 组织遭到破坏 is no fight; 首战告捷 names no place; a province in the slot is no site
    text = ("1934年,县党组织遭到破坏,书记被捕。\n"
            "首战告捷 1938年6月,游击队在华北遭到日军围攻,突围而出。\n")
    names = _names(extract(tmp_path, text))
    assert not any(n.startswith(("华北", "告捷", "县党")) for n in names)


def test_the_sentence_after_the_ambush_that_tells_its_result_is_the_ambushs(tmp_path):
    text = ("1939年4月2日,三团取得青石桥大捷,毙敌百余名。"
            "4月15日,三团二营在县城东南离青石桥不远的石槽岭,首次伏击了日军一支运输队。"
            "经短促激战,击毁敌汽车三辆,毙敌十余名。")
    facts = extract(tmp_path, text)
    b = _battle(facts, "石槽岭")
    assert any(f.get("count") == 10 for f in b["figures"])
    named = next(b for b in facts["battles"] if b["name"] == "青石桥大捷")
    assert not any(f.get("count") == 10 for f in named["figures"])


def test_an_ambush_at_villages_a_county_fight_only_locates_is_their_fight(tmp_path):
    # encyclopedia-like: the county named to locate the villages is no fight's site of its own
    text = ("1939年2月,八路军某团奉命渗入敌后,进至甲山以南的青龙山一带。"
            "14日,在柳县至甲县公路两侧的小李庄、前王村附近,先后以伏击战消灭了两批日军,击毁汽车4辆,毙敌30余人。"
            "15日,该团东撤至田家镇,尔后返回防地。")
    names = _names(extract(tmp_path, text))
    assert "小李庄战斗" in names or "小李庄伏击战" in names


def test_a_veteran_counts_his_first_fight_at_a_city(tmp_path):
    # oral history: the first fight, counted and placed, before the campaign he names next
    text = ("问:您跟日本人正面打过吗? 答:打过。第一次是在山西省太谷,我们人少,人家势力强,我们就往后撤,一边撤一边打。"
            "到了1938年,武汉会战,我在那里负了伤,住进医院。")
    names = _names(extract(tmp_path, text))
    assert "太谷战斗" in names
    assert "武汉会战" in names


def test_a_first_meeting_counted_at_a_city_is_no_fight(tmp_path):
    # look-alike: an ordinal time with a place but no fighting
    text = ("问:您还记得第一次见到他吗? 答:第一次是在北京,那时候他刚从学校毕业,穿一件长衫。"
            "后来他参加了八路军,1940年在百团大战中牺牲。")
    names = _names(extract(tmp_path, text))
    assert "北京战斗" not in names


def test_a_force_stationed_at_a_village_and_surrounded_there_fights_there(tmp_path):
    # chronology: the force's station is the slot, the passive 被…包围 the fight
    text = ("1939年1月,县城沦陷。\n"
            "1939年2月末,李守田自卫队驻扎河间县柳家庄被日军一个大队包围,自卫队奋力突围,毙敌十余名。\n"
            "1939年5月,日军在县城修筑炮楼。\n")
    names = _names(extract(tmp_path, text))
    assert "柳家庄战斗" in names


def test_villagers_surrounded_by_the_enemy_are_no_fight(tmp_path):
    # look-alike: the surrounded are no force (a massacre's opening, not a fight)
    text = ("1941年秋,日军在县城集结。\n"
            "1941年10月3日,躲在柳家庄的村民被日军包围,百余人遇难。\n")
    names = _names(extract(tmp_path, text))
    assert "柳家庄战斗" not in names
