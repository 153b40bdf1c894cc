"""The site of a fight the text never names: the place in the slot of its action (where troops attack, are
surrounded, fight, or strike the enemy where it holds), not the county or city the text names most or first, nor
the town of its memorial. Every sentence here is written for the test, about invented places and units, in
several genres: a memorial's news report, a veteran's memoir, a monument's site page, a county's list of years."""
from helpers import extract_json as extract

# a news report on a memorial: the memorial's town opens it, the county is named throughout, the fight is at a
# village in another county where the company was surrounded
_NEWS = ("清明祭英烈:青河县烈士陵园迎来祭扫人群\n"
         "青河县西柳镇南坡上的烈士陵园,安葬着一个排的三十七名战士。陵园由青河县民政局管理,今年青河县又修缮了展厅。\n"
         "这个排原是青河县的一支民兵队伍,后来编入某独立团。1942年11月14日拂晓,全排转移途中被日伪军追上,"
         "敌军把全排战士包围在安平县刘官寨村东头的一所大院里。战士们据院坚守到黄昏,击退敌人四次冲锋,毙伤敌六十余人。\n"
         "青河县的中学生每年都来陵园献花。\n")
# a veteran's memoir: the city he enlisted in named often, the fight at a railway station of another county
_MEMOIR = ("我是1942年在长沙参的军,那时长沙城里到处是逃难的人。新兵连在长沙练了半年,我分到第二〇三团三营七连当文书。"
           "1944年秋,部队离开长沙南下。\n"
           "记得是十一月初的一个夜里,连长领着全连九十来人在广西宜山县的白石火车站,和守在那里的一小队日军接上了火,"
           "敌人的机枪火力很猛,双方激战到天快亮,敌人丢下十几具尸体跑了。天亮后我们顺着公路往西走。\n"
           "复员以后我又回到长沙,在长沙教了三十年书。\n")
# a monument's page: the county named in every line, the fight at a village where the force was attacked
_SITE = ("东平县烈士纪念亭\n"
         "东平县烈士纪念亭位于东平县城西,是东平县的爱国主义教育基地。\n"
         "1942年10月7日,某军分区一个连九十余人宿营在北町村,被五百多名日伪军合围,全连依托院墙抵抗,"
         "击毙日伪军二十余名,连长以下十一人牺牲。\n"
         "1995年,东平县人民政府在县城西修建了纪念亭。\n")
# a county's list of years: the entry names the county the enemy took first, its fight at a ridge that day
_YEARS = ("1938年4月,日军飞机轰炸合山县城。\n"
          "1943年8月10日,日军占领合山县。当日,某军某师一个营三个连夜袭驻扎在青石岭的日军,毙敌二十余名。\n"
          "1946年,合山县政府在县城修建烈士陵园。\n"
          "2015年,合山县重修烈士陵园。\n")

def _names(d: dict) -> set[str]:
    return {b["name"] for b in d["battles"]}


def test_a_company_surrounded_at_a_village_fights_there_not_at_the_memorials_town(tmp_path):
    """包围在X县Y村: the village (its stem holding the 官 of an estate, written after its county) is the site; the
    memorial's town (西柳镇) and the county named throughout (青河县) are not."""
    d = extract(tmp_path, _NEWS)
    assert "刘官寨战斗" in _names(d)
    assert not {"西柳镇战斗", "青河战斗", "西柳战斗"} & _names(d)


def test_a_memoirs_fight_at_a_railway_station_is_named_after_the_station(tmp_path):
    """在X省Y县的Z火车站,和日军交上了火: the station is the site; the city the writer lived in is not."""
    d = extract(tmp_path, _MEMOIR)
    assert "白石火车站战斗" in _names(d)
    assert "长沙战斗" not in _names(d)


def test_a_force_attacked_at_a_village_fights_there_not_in_the_county_of_the_monument(tmp_path):
    """在X村被日伪军围击: the village is the site, the county named in every line only where it lies."""
    d = extract(tmp_path, _SITE)
    assert "北町村战斗" in _names(d) or "北町战斗" in _names(d)
    assert "东平战斗" not in _names(d)


def test_a_dated_entrys_raid_is_at_the_ridge_the_enemy_held_not_the_county_it_took(tmp_path):
    """夜袭驻扎在X岭的日军 in an entry that opens with 日军占领Y县: the ridge is the entry's fight."""
    d = extract(tmp_path, _YEARS)
    assert "青石岭战斗" in _names(d)
    assert "合山战斗" not in _names(d)
    assert {b["name"]: b for b in d["battles"]}["青石岭战斗"]["start"] == "1943-08-10"  # 当日: the day told before


def test_a_village_only_named_where_the_enemy_withdrew_or_a_memorial_stands_is_no_site(tmp_path):
    """Look-alike: 退守X村 with no one striking it, a memorial at a village: the fight stays at the county town
    attacked (进攻Y县城), no fight is coined at the village."""
    text = ("1938年5月,日军三千余人进攻汾阳县城,守军某团与日军激战三日,毙敌四百余名。守军伤亡很重。"
            "日军占领汾阳县城后,守军退守南岭村,日军没有追击。\n"
            "战后,在南岭村修建了烈士墓。\n")
    d = extract(tmp_path, text)
    assert "南岭村战斗" not in _names(d) and "南岭战斗" not in _names(d)


# a memorial park's introduction: a year's entry with two fights at different sites and days
_PARK = ("石竹岭烈士公园\n\n"
         "1943年5月6日,日军侵入宜山县城。次日凌晨,某师一个营分三路奔袭驻扎在青石岭的日军,击毙日军二十余人,我营伤亡六十余人。"
         "战后乡民把烈士遗骨收殓在青石岭下。\n"
         "1944年6月10日,某军搜索营收复石竹飞机场。6月14日,该军主力和县自卫队向退守石门村黄牛坡一带的日军发起攻击,"
         "激战两昼夜,日军弃阵而逃。\n"
         "2012年,宜山县把烈士墓扩建为烈士公园。\n")

def test_two_fights_of_one_entry_at_different_sites_and_days_are_two_fights(tmp_path):
    """收复X机场 on one day, 向退守Y村Z坡一带的日军发起攻击 on the next told day: two fights, each at its own site (of
    places written together, the last, the narrower); the county the entry names first is none."""
    d = extract(tmp_path, _PARK)
    battles = {b["name"]: b for b in d["battles"]}
    assert {"青石岭战斗", "石竹飞机场战斗", "黄牛坡战斗"} <= set(battles)
    assert battles["石竹飞机场战斗"]["start"] == "1944-06-10"
    assert battles["黄牛坡战斗"]["start"] == "1944-06-14"
    assert "宜山战斗" not in battles


# a monument's page: a village's militia fought twice, years apart, 在此 "here"; a company later at another village
_MONUMENT = ("东阳县烈士纪念墙\n\n"
             "东阳县东北的李庄村是抗战时期的堡垒村,1938年村里成立了抗日自卫队。"
             "1941年农历9月初9,自卫队在此遭到日伪军的突然包围,四十多名队员战死,村里至今每年祭奠。"
             "1943年5月12日,某军分区一个连在北町村被三百多名日伪军围困,战士们坚守一天,击毙日伪军十余名,"
             "十五名战士牺牲。\n"
             "2010年,东阳县在李庄村口修建了纪念墙。\n")

def test_a_fight_told_here_after_the_village_is_named_is_the_villages(tmp_path):
    """在此遭到日伪军的围击 after the village is named (a lunar date opening the entry): the village's fight, apart
    from the later fight at another village; none named after the county."""
    d = extract(tmp_path, _MONUMENT)
    names = _names(d)
    assert "李庄战斗" in names or "李庄村战斗" in names
    assert "北町战斗" in names or "北町村战斗" in names
    assert "东阳战斗" not in names


def test_a_village_the_company_rested_in_before_its_fight_is_no_site(tmp_path):
    """Look-alike (a memoir): 在X村休整了半个月,随后开赴前线与日军激战 — the fight is not in X's clause; the ridge
    where the company was surrounded is the site."""
    text = ("我的连队\n\n1943年春,我们连在石桥村休整了半个月,随后开赴前线与日军激战。连长叫李大成。"
            "4月3日夜,日军将我们连包围在黄石岭上,我们打退敌人五次冲锋,毙敌三十余人,全连伤亡四十多人。"
            "第二天拂晓我们突出重围。\n")
    d = extract(tmp_path, text)
    names = _names(d)
    assert "黄石岭战斗" in names
    assert not {"石桥村战斗", "石桥战斗"} & names


def test_the_station_a_force_set_out_from_is_no_place_of_its_fight(tmp_path):
    """Look-alike (a soldier's diary): 从X火车站开始出征 — the station is recognised as a place, but a starting point
    is no place of the fight at the town attacked later."""
    text = ("出征日记\n\n9月1日,本联队编成,从北山火车站开始出征。\n"
            "10月2日,联队奉命进攻吴家镇,与守军激战终日,伤亡很大。\n10月3日,攻占吴家镇。\n")
    d = extract(tmp_path, text)
    places = {p["name"] for b in d["battles"] for p in b["places"]}
    assert "北山火车站" not in places
