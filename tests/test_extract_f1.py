"""The site of a fight the text never names: the place in the slot of its action (where troops attack, are
surrounded, fight, or strike the enemy where it holds), not the county or city the text names most or first, nor
the town of its memorial. Every sentence here is written for the test, about invented places and units, in
several genres: a memorial's news report, a veteran's memoir, a monument's site page, a county's list of years."""
from helpers import extract_json as extract

# a news report on a memorial: the memorial's town opens it, the county is named throughout, the fight is at a
# village in another county where the company was surrounded
_NEWS = ("缅怀先烈丨孤楼里的最后一战\n"
         "在青河县西柳镇后杨村有一座烈士墓,里面合葬着40位烈士,墓后建有青河县烈士纪念馆。\n"
         "青河县地处两省交界,1939年这里组建了一支游击队,1940年编为八路军某支队二营五连。\n"
         "1941年3月5日,五连奉命转移,途中与2000余名日伪军遭遇。日军将五连战士包围在安平县刘官寨村的一座院子内。"
         "全连40位战士与日伪军血战两天,打退敌人多次进攻,歼敌80余名。\n"
         "青河县人民至今怀念他们。青河县政府每年在纪念馆举行祭扫活动。\n")

# a veteran's memoir: the city he enlisted in named often, the fight at a railway station of another county
_MEMOIR = ("1942年我在长沙一家布厂做工,后来到长沙城防部队报名当兵,编入某师某团二营三连。长沙的日子很苦。"
           "1944年冬随军调离长沙,开往湘桂路一带抗击日军。当时我在连里任排长。\n"
           "在同年冬的一个晚上,营长带领我们加强连一百多人,在广西宜山县的白石火车站,和一股日军交上了火,"
           "战斗断断续续一直打到天亮,那次日军伤亡很重。第二天,我们沿铁路向后撤退。\n"
           "后来我回到长沙,在长沙住了几十年。\n")

# a monument's page: the county named in every line, the fight at a village where the force was attacked
_SITE = ("东平县抗日英烈纪念碑\n"
         "东平县抗日英烈纪念碑为文化旅游景点。东平县革命历史悠久。\n"
         "1942年5月3日,某军分区第七团的150多名战士在北町村被400多名日伪军围击,我军战士浴血奋战,"
         "打死打伤日伪军30多人,我军战士牺牲12人,安葬于北町村北。\n"
         "2009年,东平县政协在东平县城东刻立了纪念碑。东平县人民永远怀念烈士。\n")

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


def test_a_village_only_named_where_the_enemy_withdrew_or_a_memorial_stands_is_no_site(tmp_path):
    """Look-alike: 退守X村 with no one striking it, a memorial at a village: the fight stays at the county town
    attacked (进攻Y县城), no fight is coined at the village."""
    text = ("1938年5月,日军三千余人进攻汾阳县城,守军某团与日军激战三日,毙敌四百余名。守军伤亡很重。"
            "日军占领汾阳县城后,守军退守南岭村,日军没有追击。\n"
            "战后,在南岭村修建了烈士墓。\n")
    d = extract(tmp_path, text)
    assert "南岭村战斗" not in _names(d) and "南岭战斗" not in _names(d)


# a memorial park's introduction: a year's entry with two fights at different sites and days
_PARK = ("石竹岭抗日烈士纪念园简介\n\n"
         "1944年9月29日,日军占领宜山县。当日,某军某师一个营三个连夜袭驻扎在青石岭的日军。毙敌十余而阵亡百多人。"
         "此后月余,县乡抗日自卫队在牛角岭、石竹村等地连续袭击日军。次年中秋,乡民集资合葬阵亡军民遗骨于青石岭之南。\n"
         "1945年7月29日,某军先遣团收复石竹飞机场。8月2日,联军和地方自卫队向退守石门村凤凰坡一带的日军展开进攻,"
         "双方激战三日,最后日军败退,全县光复。\n"
         "2017年5月,宜山县决定重修青石岭烈士墓,并扩建成纪念园。\n")


def test_two_fights_of_one_entry_at_different_sites_and_days_are_two_fights(tmp_path):
    """收复X机场 on one day, 向退守Y村Z坡一带的日军展开进攻 on the next told day: two fights, each at its own site (of
    places written together, the last, the narrower); the county the entry names first is none."""
    d = extract(tmp_path, _PARK)
    battles = {b["name"]: b for b in d["battles"]}
    assert {"青石岭战斗", "石竹飞机场战斗", "凤凰坡战斗"} <= set(battles)
    assert battles["石竹飞机场战斗"]["start"] == "1945-07-29"
    assert battles["凤凰坡战斗"]["start"] == "1945-08-02"
    assert "宜山战斗" not in battles


# a monument's page: a village's militia fought twice, years apart, 在此 "here"; a company later at another village
_MONUMENT = ("东阳县抗日英烈纪念碑\n\n"
             "东阳县革命历史悠久,1938年,李庄村也组建了抗日游击大队,该村是当地抗日的发源地。"
             "1941年农历9月初9,县抗日游击大队在此遭到日伪军的围击,伤亡80多人,是东阳县抗日史上伤亡最重的一次战斗。"
             "1943年5月12日,某军分区第七团的120多名战士在北町村被300多名日伪军围击,我军战士浴血奋战,打死打伤日伪军20多人,"
             "我军战士牺牲15人,安葬于北町村北。\n"
             "2008年,东阳县政协在李庄村东刻立了纪念碑。\n")


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
