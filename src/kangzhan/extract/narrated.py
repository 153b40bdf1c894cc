"""A fight the narrator took part in: a veteran's memoir or oral account that tells, in the first person, how
his side (我, 我们, 我军, the 游击队 he joined) and the enemy met, and never names the fight.

Principle: in a first-person text that names no battle, a run of sentences in which fire is exchanged or an
action is taken against the enemy with a result (开枪击毙, 扔手榴弹…逃跑, 包围…突围/脱险, 把X的炮楼拔掉), with the
narrator's side and the enemy both in it, is one fight; its site is the place the run or the sentence that sets
its scene names in a slot: a village the narrator passed or stayed at (路过一个叫X的村庄, X这个地方), the station of
the enemy force it met (驻Y县X的日军, 驻X大队), the place
the narrator's side stayed or lay in wait at or beat the enemy at (在Y县X驻训, 在X村外埋伏, 消灭在X附近; a
gazetteer's place only), else the narrowest place those sentences name (a village, a town,
a fort; never a county or a city a slot does not name: the narrator's home district is no battlefield). A run with no such site is
none: the telling of a career (我参加了…那样的战斗) has no place the fire was exchanged at.

Examples (invented): 我们路过一个叫石家屯的村子…敌人包围了院子…我们开枪还击，冲了出去 → 石家屯战斗;
我军获知驻某县柳树湾大队出动…游击队先开枪击毙两名敌兵 → 柳树湾战斗."""

from __future__ import annotations

import re

from kangzhan.extract.implied import SITE_KINDS, implied_mention
from kangzhan.extract.mentions.base import Mention
from kangzhan.extract.mentions.places import village_or_kind

# the singular or plural first person (not 我军/我部/我国…, which third-person histories use as well)
_FIRST_PERSON = re.compile(r"我(?![军部方国党师旅团营连排县区省边])")
_OURS = re.compile(r"我|咱们|游击队|别动队|民兵|武工队|突击队|八路军?|新四军")
_ENEMY = re.compile(r"日军|日寇|日伪|日本兵|日本士兵|鬼子|伪军|敌|皇协军|汉奸队|岗楼|炮楼|碉堡|据点")
# fire exchanged (a grenade thrown, not one issued: 每人三个手榴弹) or an action against the enemy with its result
_CUE = re.compile(r"开枪|开火|还击|射击|枪声|(?:扔|投|甩|掷|拉)[^，,。；;\n]{0,12}手榴弹|手榴弹[^，,。；;\n]{0,12}?(?:扔|投|甩|掷|炸|爆)|"
                  r"埋伏|设伏|近战|白刃战|肉搏|拼刺|交手|击毙|打死|毙敌|毙伤|歼灭|伏击|突击|袭击|包围|围住|突围|脱险|"
                  r"逃跑|逃窜|溃逃|缴获|打退|击退|交火|(?:拔|端|炸|攻)[掉了下除毁]?[^，,。；;\n]{0,3}"
                  r"(?:岗楼|炮楼|碉堡|据点)|(?:岗楼|炮楼|碉堡|据点)[“”\"‘’]?[拔端炸][“”\"‘’]?[掉除毁]")
_QUOTED = re.compile(r"《[^》\n]{0,30}》|“[^”\n]{0,80}”")
# a village named in passing (一个叫X的村庄, 名叫X的小镇) or pointed at (X这个地方, X这个村子)
_NAMED_SITE = re.compile(r"(?:叫|名叫|叫做|名为|称为)(?P<n>[\u4e00-\u9fff]{2,4}?)的(?:小)?(?:村庄|村子|村|庄子|镇子|小镇|镇|地方)"
                         r"|(?<![\u4e00-\u9fff])(?P<m>[\u4e00-\u9fff]{2,4}?)这个[\u4e00-\u9fff]{0,4}?(?:地方|村庄|村子|村|镇子|镇)")
# the station of the enemy force (驻X的日军, 驻Y县X大队): X, after the places that locate it
_STATION = re.compile(r"驻(?:扎|守)?(?:在|于)?(?P<t>[\u4e00-\u9fff]{2,12}?)(?:的|之)?(?:日军|敌军?|伪军|守军|"
                      r"[大中小]队|联队|部队|据点)")
# where the narrator's side stayed or lay in wait when the enemy came (在Y县X驻训, 在X村外埋伏): X
_STAY = re.compile(r"在(?P<t>[\u4e00-\u9fff]{2,12}?)(?:村外|村口|一带|附近)?(?:驻训|驻扎|驻防|宿营|休整|住宿|过夜|埋伏|设伏|"
                   r"伏击|阻击|截击)")
# the enemy beaten or a side surrounded at a place (把这股敌人消灭在X附近, 将我们包围在X上): X
_BEATEN_AT = re.compile(r"(?:消灭|歼灭|击毙|击退|打退|截住|包围|围困|围|堵|阻)在(?P<t>[\u4e00-\u9fff]{2,12}?)"
                        r"(?:村外|村口|一带|附近|以[东南西北]|上|里|中|[，,。；;\n])")
_NOT_NAME = re.compile(r"[的了和与及等在是有为被把将从向对同之中内外里时后前日军敌我伪部队个这那一某边旁路]")
_LOCATING = re.compile(r"(?:省|县|市|乡|镇|区)$")
_DIVISIONS = "省县市乡镇区"
_WIDE = ("province", "country", "region")
# a sentence after a run that tells the same action on: the narrator's side or the enemy's post acting in it
_GOES_ON = re.compile(r"我们|我军|游击队|别动队|岗楼|炮楼|碉堡|据点")
# a sentence that opens a new episode by its date (卅四年七月, 1943年春, 次年): no telling on of the run's action
_NEW_EPISODE = re.compile(r"\s*(?:[0-9０-９]{2,4}|[一二三四五六七八九十廿卅〇零]{1,4})年|\s*(?:次年|翌年|后来|战后|抗战胜利)")
_GAP = 1  # sentences without a cue a run may span
_SCENE = 2  # sentences before a run that may set its scene


def first_person(text: str) -> bool:
    """The text is told in the first person: the narrator's 我 at least three times outside quotations."""
    return len(_FIRST_PERSON.findall(_QUOTED.sub("", text))) >= 3


def narrated_fights(text: str, sentences: list[tuple[int, int]], places: list[Mention],
                    battles: list[Mention]) -> list[tuple[Mention, list[int]]]:
    """The fights of a first-person account that names none (see the module docstring): (coined battle mention,
    its sentences) each, the site read from its slot in value["site"] (a place of its own when no gazetteer holds
    it)."""
    if battles or not first_person(text):
        return []
    cued = [k for k, (s, e) in enumerate(sentences) if _cue(text, s, e)]
    runs: list[list[int]] = []
    for k in cued:
        if runs and k - runs[-1][-1] <= _GAP + 1:
            runs[-1].extend(range(runs[-1][-1] + 1, k + 1))
        else:
            runs.append([k])
    out: list[tuple[Mention, list[int]]] = []
    taken = -1
    starts = [r[0] for r in runs]
    for i, run in enumerate(runs):
        lo = max(run[0] - _SCENE, taken + 1)
        nxt = starts[i + 1] - _SCENE if i + 1 < len(runs) else len(sentences)
        while len(run) < 12 and run[-1] + 1 < min(nxt, len(sentences)) \
                and _GOES_ON.search(text, *sentences[run[-1] + 1]) \
                and not _NEW_EPISODE.match(text, sentences[run[-1] + 1][0]):  # 我们接受了任务…: the action told on
            run = [*run, run[-1] + 1]
        a, b = sentences[lo][0], sentences[run[-1]][1]
        if not (_OURS.search(text, a, b) and _ENEMY.search(text, a, b)):
            continue
        site = _site(text, sentences, run[0], run[-1], places)  # where the fire was exchanged, else the scene's
        if site is None and lo < run[0]:
            site = _site(text, sentences, lo, run[0] - 1, places)
        if site is None:
            continue
        first = next(k for k in range(lo, run[-1] + 1) if sentences[k][0] <= site.start < sentences[k][1])
        m = implied_mention(site, "战斗", coined=True)
        m.value["site"] = site
        same = next((i for i, (o, _) in enumerate(out) if o.value["name"] == m.value["name"]), None)
        span = list(range(min(first, run[0]), run[-1] + 1))
        if same is not None:
            out[same][1].extend(k for k in span if k not in out[same][1])
        else:
            out.append((m, span))
        taken = run[-1]
    return out


def _cue(text: str, s: int, e: int) -> bool:
    """The sentence tells fire exchanged or an action against the enemy, outside a title or a quotation."""
    return any(not _in_quote(text, c.start(), s) for c in _CUE.finditer(text, s, e))


def _in_quote(text: str, pos: int, s: int) -> bool:
    """pos stands inside 《…》 opened in its sentence."""
    return text.rfind("《", s, pos) > text.rfind("》", s, pos)


def _site(text: str, sentences: list[tuple[int, int]], lo: int, hi: int, places: list[Mention]) -> Mention | None:
    """The site of a run's fight (see the module docstring) in sentences lo..hi, or None."""
    a, b = sentences[lo][0], sentences[hi][1]
    for pattern, read in ((_NAMED_SITE, True), (_STATION, True), (_STAY, False), (_BEATEN_AT, False)):
        for f in pattern.finditer(text, a, b):
            g = "n" if pattern is _NAMED_SITE and f.group("n") else ("m" if pattern is _NAMED_SITE else "t")
            gs, ge = f.start(g), f.end(g)
            inside = [p for p in places if gs <= p.start and p.end <= ge]
            if inside and inside[-1].end == ge:
                if inside[-1].value.get("kind") not in _WIDE:  # 在X县附近埋伏: the slot names it the site
                    return inside[-1]
                continue
            if not read:
                continue  # 在大路两边埋伏: where one lay in wait, a name only when the gazetteer knows it
            start = max([gs, *(p.end for p in inside)])
            cut = [start + i + 1 for i, c in enumerate(text[start:ge - 2]) if c in _DIVISIONS]
            start = cut[-1] if cut else start  # 某县柳树乡|杏花湾: the divisions that locate it, not the site
            name = text[start:ge]
            if 2 <= len(name) <= 4 and not _NOT_NAME.search(name) and not _LOCATING.search(name):
                return village_or_kind(start, ge, name)
    narrow = [p for p in places if a <= p.start and p.end <= b and p.value.get("kind") in SITE_KINDS]
    return narrow[0] if narrow else None
