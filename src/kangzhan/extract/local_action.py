"""A local action told inside a named campaign: the fight the text is about, never named, at one place.

A film synopsis, a unit history or a memoir sets its fight in a campaign it names ("1940年“X大战”中,…率部在Y县Z堡,
一举消灭了…") and then tells only that fight, at one stronghold named again and again (Z堡据点里…, 攻克Z堡). The
campaign is the parent, not the fight: histories name such an action after its place (Z堡战斗). When every sentence
of the text went to one named campaign and the account's fighting keeps pointing at one settlement or stronghold
that is in no battle's name (attacked, taken, held, fought at: at least twice) and that the text names more often
than the campaign itself and at least twice as often as any other place of its kind, the fight is coined as
place + 战斗 (as the other coined fights of the extractor), a part of the campaign. It takes the sentences from the
first naming of its place on, but those that name the campaign and not the place: the campaign keeps what is said
of it. A campaign whose local fights are named (X战斗, Y战役 inside it) or that the text names as often as its
places is told as a whole and is left alone.
A city or a county the text keeps returning to is the campaign's theatre, unless it is assaulted or held again and
again (向X发起猛攻, 坚守X: twice) and the campaign is only referenced
(every naming of it is what a unit came to take part in: 来参加X会战, 配合X会战, 属于X会战) or the text names the
place as the battlefield (X战场): then the account is of the fight for that city (a Q&A answer on how a city was
held), coined and made part of the campaign the same way. A defence told in it (坚守, 防线) gives X保卫战 as
another form of its name.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter

from kangzhan.extract.atrocities import atrocity_at
from kangzhan.extract.facts import _stem
from kangzhan.extract.fight_words import FIGHT_WORDS
from kangzhan.extract.mentions.base import Mention
from kangzhan.extract.mentions.scan import occurrences

# the kinds of place a local action is named after: villages, towns, strongholds, heights and passes (a city or a
# county a campaign text keeps coming back to is the campaign's theatre: the city a front is fought for)
_LOCAL_KINDS = ("town", "village", "fort", "mountain", "pass", "airfield", "station")
# the places it must be named more often than: every settlement, stronghold and height, cities and counties too
_RIVAL_KINDS = (*_LOCAL_KINDS, "city", "county")
# a campaign: a named battle above a single fight (会战, 战役, 大战 …), not an X战斗 of its own
CAMPAIGN_WORDS = ("会战", "战役", "大战", "大会战", "攻势", "作战", "抗战")
# fighting in the sentence of a place: the place is fought at, attacked, taken or held; FIGHT_WORDS and, on purpose
# broader, any word of attacking, striking, encircling or holding by its character (攻, 击, 袭, 围, 守: 猛攻, 炮击)
_FOUGHT = re.compile("|".join((*FIGHT_WORDS, "攻", "袭", "占领", "夺", "围", "歼", "毙", "击", "鏖战", "战斗", "交战", "守",
                               "突入", "冲锋", "肉搏", "白刃")))
# the campaign only referenced: what a unit came to take part in or to support (来参加X会战, 配合X会战, 属于X会战)
REFERENCED = re.compile(r"(?:参加|参与|配合|属于|投入|加入)了?\s*$")
# the place as the battlefield (X战场): the fight the text is about is there
_BATTLEFIELD = "战场"
# a defence told in the fight's sentences: X保卫战 is another form of its name
_DEFENCE = re.compile(r"坚守|固守|死守|严守|守卫|保卫|防守|防线|守住")
# a city assaulted or held (向X发起猛攻, 对X发起攻击, 猛攻X, 坚守X): twice, for a city to be the fight's place
_ASSAULT_BEFORE = re.compile(r"(?:进攻|猛攻|攻击|围攻|攻打|坚守|固守|死守|保卫|守卫)\s*$")
_ASSAULT_AFTER = re.compile(r"[^,，。;；]{0,6}?(?:发起|发动)[^,，。;；]{0,4}(?:进攻|攻击|猛攻|冲锋)")
_TOWARD = re.compile(r"(?:向|对|朝)\s*$")
_MIN_MENTIONS = 4  # again and again: an article on a campaign may name its key pass or town three times
_MIN_FOUGHT = 2


# the place declared a position of the battle just named (Y成为此战的主阵地之一, Y是该战役的主战场)
_POSITION_OF = re.compile(r"\s*(?:成为|成了|是|为|作为)了?(?:此战|此役|该战|该役|该战役|此次战役|这次战役|这一战役|本次战役|本役)"
                          r"的?(?:主|主要|核心|重要|前沿)?(?:阵地|战场)")


def position_of_named(text: str, name: str, told: set[str]) -> bool:
    """Some occurrence of the place is declared a position of this battle (此战/该战役) at most 200 characters
    after a battle of told is named: the fighting there is that battle's, however rarely it is named again (an
    article names the campaign once, then tells its days at its main position)."""
    if not told:
        return False
    for a, b in occurrences(text, name):
        if _POSITION_OF.match(text, b) and any(n in text[max(0, a - 200):a] for n in told):
            return True
    return False


def sole_campaign(labels: list[str | None]) -> str | None:
    """The campaign every labelled sentence went to, when there is one and it is a campaign (X会战, X战役 …)."""
    told = {lab for lab in labels if lab is not None}
    campaign = next(iter(told)) if len(told) == 1 else None
    return campaign if campaign is not None and campaign.endswith(CAMPAIGN_WORDS) else None


def local_action(text: str, sentences: list[tuple[int, int]], labels: list[str | None], places: list[Mention],
                 battles: list[Mention]) -> tuple[Mention, list[int], str | None] | None:
    """(the coined battle's mention, the indices of its sentences, the campaign it is part of), or None. The campaign
    is None when every sentence naming it is dated before the rest of the text (the background of a later fight)."""
    campaign = sole_campaign(labels)
    if campaign is None:
        return None
    names = [m.value["name"] for m in battles if m.value.get("name")]
    spans = sorted((m.start, m.end) for m in battles)
    starts = [s for s, _ in spans]

    def in_name(m: Mention) -> bool:
        k = bisect_right(starts, m.start) - 1
        return k >= 0 and m.end <= spans[k][1]
    sent_starts = [s for s, _ in sentences]

    def sent(pos: int) -> int:
        return bisect_right(sent_starts, pos) - 1
    free = [m for m in places if m.value.get("kind") in _RIVAL_KINDS and not in_name(m)
            and 0 <= sent(m.start) < len(labels) and labels[sent(m.start)] == campaign]
    ends = {p.end: p.value.get("name", p.text) for p in places}
    parents = {ends[e] for m in free for e in (m.start, m.start - 1) if e in ends and text[e:m.start] in ("", "的")}
    glossed = _glossed_names(text, places)
    counts = Counter(glossed.get(m.value.get("name", m.text), m.value.get("name", m.text)) for m in free
                     if m.value.get("name", m.text) not in parents)
    ranked = counts.most_common(2)
    if not ranked:
        return None
    place, n = ranked[0]
    if not any(m.value.get("name", m.text) == place and m.value.get("kind") in _LOCAL_KINDS for m in free) \
            and not (_assaulted(text, [m for m in free if m.value.get("name", m.text) == place])
                     and (_referenced(text, campaign, battles)
                          or any(text.startswith(_BATTLEFIELD, m.end) for m in free
                                 if m.value.get("name", m.text) == place))):
        return None  # a city or a county the text keeps returning to: the campaign's theatre
    if len(ranked) > 1 and n < 2 * ranked[1][1] or any(place in x for x in names):
        return None
    if position_of_named(text, place, {campaign}):
        return None  # Y成为此战的主阵地: the campaign told at its main position, no fight of Y's own
    # every time the text writes it (in no battle's name: above), found in context or not, or another name of it
    n = text.count(place) + sum(text.count(g) for g, p in glossed.items() if p == place)
    if n < _MIN_MENTIONS or n <= sum(1 for m in battles if m.value.get("name") == campaign):
        return None  # the campaign named as often as the place: the text is about the campaign
    mine = [m for m in free if glossed.get(m.value.get("name", m.text), m.value.get("name", m.text)) == place]
    fought = {sent(m.start) for m in mine if _FOUGHT.search(text, *sentences[sent(m.start)])}
    if len(fought) < _MIN_FOUGHT or atrocity_at(text, place, sentences):
        return None  # fought at once, or the place of a massacre the text names (X惨案): no fight of its own
    at = {sent(m.start) for m in mine}
    named = {sent(m.start) for m in battles if m.value.get("name") == campaign}
    first = min(at)
    run = [k for k in range(first, len(sentences)) if labels[k] == campaign and (k in at or k not in named)]
    m = mine[0]
    stem = re.sub(r"(?<=..)村$", "", place)
    alts = {stem + "之战", stem + "攻坚战", place + "战斗"} - {stem + "战斗"}
    if sum(1 for k in run if _DEFENCE.search(text, *sentences[k])) >= 2:
        alts.add(stem + "保卫战")
    alts = sorted(alts)
    mention = Mention("battle", m.start, m.end, m.text,
                      {"name": stem + "战斗", "coined": True, "implied": True, "alts": alts, "local": campaign})
    from kangzhan.extract.fight_content import dated_before  # fight_content reads REFERENCED from here

    if all(dated_before(text, sentences[k]) for k in named):
        return mention, run, None  # 1940年秋,X大战… 1941年9月,…: a campaign looked back on is no whole of the fight
    return mention, run, campaign



def whole_sentences(text: str, sentences: list[tuple[int, int]], labels: list[str | None],
                    battles: list[Mention]) -> tuple[str, str, object, list[int]] | None:
    """The sentences of the campaign a part is written inside (长衡会战衡阳保卫战 … 1944年5月27日,长衡会战爆发。…进攻长沙。
    then the part's account): when the part took every sentence, a sentence that names the campaign on its own and not
    the part's place, and the sentences after it that name neither the place nor a battle, are the campaign's.
    Returns (campaign, part, the campaign's first mention there, sentence indices) or None."""
    parts = [m for m in battles if m.value.get("within")]
    if len(parts) != 1:
        return None
    part = parts[0]
    name, whole = part.value["name"], part.value["within"]
    if whole in labels or not any(lab == name for lab in labels):
        return None
    stem = _stem(name)
    if len(stem) < 2:
        return None
    sent_starts = [s for s, _ in sentences]
    named = {bisect_right(sent_starts, m.start) - 1 for m in battles if m.value.get("name")}
    run: list[int] = []
    first = None
    for m in battles:
        if m.value.get("name") != whole or m.end == part.start:
            continue
        k = bisect_right(sent_starts, m.start) - 1
        if k < 0 or labels[k] != name or stem in text[slice(*sentences[k])]:
            continue
        first = first or m
        while k < len(sentences) and labels[k] == name and stem not in text[slice(*sentences[k])] \
                and (k not in named or k == bisect_right(sent_starts, m.start) - 1):
            run.append(k)
            k += 1
    return (whole, name, first, run) if run else None


def _glossed_names(text: str, places: list[Mention]) -> dict[str, str]:
    """Another name of a place given in a bracket right after it, the bracket's last words (某某高地(日军地图标为
    850高地), 某村(今某镇)): the other name → the place named first. Only a name of the same kind (two heights, two
    villages), so that a county or a province glossed after a village (某村(某县)) stays a place of its own."""
    out: dict[str, str] = {}
    for m in places:
        name = m.value.get("name", m.text)
        if not text.startswith(("(", "（"), m.end):
            continue
        close = min((i for i in (text.find(")", m.end), text.find("）", m.end)) if i > 0), default=-1)
        if close < 0 or close - m.end > 20:
            continue
        other = next((q for q in places if q.end == close and m.end < q.start
                      and q.value.get("kind") == m.value.get("kind")), None)
        if other is not None and other.value.get("name", other.text) != name:
            out.setdefault(other.value.get("name", other.text), name)
    return out


def _referenced(text: str, campaign: str, battles: list[Mention]) -> bool:
    """Every naming of the campaign is what a unit came to take part in (来参加X会战, 配合X会战, 属于X会战)."""
    mine = [m for m in battles if m.value.get("name") == campaign]
    return bool(mine) and all(REFERENCED.search(text, max(0, m.start - 4), m.start) for m in mine)


def _assaulted(text: str, mentions: list[Mention]) -> bool:
    """The place is assaulted or held at least twice (向X发起猛攻, 对X发起攻击, 猛攻X, 坚守X)."""
    n = sum(1 for m in mentions if _ASSAULT_BEFORE.search(text, max(0, m.start - 3), m.start)
            or (_TOWARD.search(text, max(0, m.start - 1), m.start) and _ASSAULT_AFTER.match(text, m.end)))
    return n >= 2


# a unit caught at a place (在X遭到日军…的突袭, 在X陷入重围, 在X与日军遭遇): the scene of the one fight told there
_CAUGHT_AFTER = re.compile(r"(?:附近|一带|地区)?(?:(?:遭到|遭受|受到|遭|陷入|被)[^，,。；;]{0,16}?"
                           r"(?:突袭|袭击|偷袭|伏击|包围|围攻|夹击|合围|重围)|与[^，,。；;]{1,12}?遭遇)")
# the fight going on in the sentences after (还击, 抵抗, 肉搏, 阵亡 …): the account of that one fight
_FIGHT_ON = re.compile(_FOUGHT.pattern + r"|抵抗|还击|反击|作战|阵亡|负伤|殉国|牺牲|战至")
_MIN_TOLD = 2  # the sentence of the attack and at least one more of the fight


def caught_action(text: str, sentences: list[tuple[int, int]], labels: list[str | None], places: list[Mention],
                  battles: list[Mention]) -> tuple[Mention, list[int], str] | None:
    """The fight a biography or a memorial note tells inside the campaign its hero came to take part in (率部参加X会战,
    …16日拂晓在Y遭到日军…的突袭. 战至…, 激战中…阵亡): a unit caught at one village or town by a surprise attack, an
    encirclement or an encounter, and the fight told on in the sentences after, where the place is named only once.
    When every sentence went to one campaign that is only referenced (参加X会战) and exactly one such place is
    caught, the fight is coined as place + 战斗, part of the campaign, with the sentence of the attack and those right
    after it that tell the fight (the fight ends where the account stops telling it: a later honour, another
    subject). The campaign, only the frame of the hero's fight, keeps the sentences from its naming to the fight;
    those before (the hero's or another's introduction) and after (honours, other heroes) are no battle's: their
    indices are the mention's "released". Returns (mention, sentence indices, campaign) or None."""
    campaign = sole_campaign(labels)
    if campaign is None or not _referenced(text, campaign, battles):
        return None
    names = [m.value["name"] for m in battles if m.value.get("name")]
    caught = [m for m in places if m.value.get("kind") in _LOCAL_KINDS and text[max(0, m.start - 1):m.start] == "在"
              and _CAUGHT_AFTER.match(text, m.end)
              and not any(m.value.get("name", m.text) in n for n in names)]
    if len({m.value.get("name", m.text) for m in caught}) != 1:
        return None
    m = caught[0]
    sent_starts = [s for s, _ in sentences]
    k = bisect_right(sent_starts, m.start) - 1
    run = [k]
    while run[-1] + 1 < len(sentences) and labels[run[-1] + 1] == campaign \
            and _FIGHT_ON.search(text, *sentences[run[-1] + 1]):
        run.append(run[-1] + 1)
    if len(run) < _MIN_TOLD or labels[k] != campaign:
        return None
    named = min(bisect_right(sent_starts, b.start) - 1 for b in battles if b.value.get("name") == campaign)
    released = [j for j in range(len(sentences)) if labels[j] == campaign and (j < named or j > run[-1])]
    place = m.value.get("name", m.text)
    mention = Mention("battle", m.start, m.end, m.text,
                      {"name": place + "战斗", "coined": True, "implied": True, "alts": [place + "之战"],
                       "local": campaign, "released": released})
    return mention, run, campaign


# a defence told in one clause of a campaign's sentence: 守(卫)X的Y部,与日军血战 — the men holding one stronghold, a
# village or a town, and their fight with the enemy right after (与/同 the enemy + a word of hard fighting)
# ((?<![X])守 written 守(?<![X]守): the same matches, each alternative opening with a character re scans for in C)
_HELD_CLAUSE = re.compile(r"(?:坚守|据守|死守|固守|扼守|防守|守卫|守(?<![驻留看]守))(?P<where>[^，,。；;！!？?、的]{2,8})的"
                          r"[^，,。；;！!？?]{1,8}?[,，]?\s*(?:与|同|和)(?:日军|日寇|日本侵略者|敌军|敌人|敌|鬼子)"
                          r"[^，,。；;！!？?]{0,4}?(?:血战|激战|苦战|鏖战|死战|恶战|浴血奋战|殊死搏斗|拼杀)")
# the strongpoints one force held, counted (王某守的A和B这两个据点, 坚守A、B、C三个村庄): the defence of them, when the
# rest of the sentence tells its fight or its losses (_HELD_FOUGHT)
_HELD_POSTS = re.compile(r"(?:坚守|据守|死守|固守|扼守|防守|守卫|守(?<![驻留看]守))(?:的|着|住)?"
                         r"(?P<where>[^，,。；;！!？?]{2,14}?)[这那]?[两二三四五六七八九十]个?"
                         r"(?:据点|阵地|村庄|村子|村落|高地|山头|要点|堡垒|村|庄|寨|镇)")
_HELD_FOUGHT = re.compile(r"阵亡|伤亡|死伤|负伤|血战|激战|苦战|鏖战|硬拼|死战|恶战|拼杀|肉搏|寸土未失")
_HELD_KINDS = ("fort", "village", "town", "mountain", "pass", "airfield", "station")
_CLAUSE_OPEN = re.compile(r"[，,；;]")


def held_clause(text: str, sentences: list[tuple[int, int]], labels: list[str | None], places: list[Mention],
                battles: list[Mention]) -> tuple[list[tuple[int, int]], list[str | None], Mention, str] | None:
    """A stronghold's defence a campaign's sentence tells in passing (70万军队在X奋起反击,…,尤其是守Y仓库的Z部,与日军
    血战,…; 像某人守的A和B这两个据点…阵亡了…): the fight the text singles out inside the campaign, never named. When a
    sentence that went to a campaign (X会战, X战役 …) holds such a clause (see _HELD_CLAUSE; or _HELD_POSTS, counted
    strongpoints, with fighting or losses after them) about strongholds, villages or towns in no battle's name,
    the defence is coined as place + 保卫战 (place + 战斗 another form), part of the campaign, and takes the clause
    and the rest of its sentence: the campaign keeps the clauses before (its theatre, its strength). Returns
    (sentences, labels, mention, campaign) with that sentence split in two, or None."""
    names = [m.value["name"] for m in battles if m.value.get("name")]
    for k, ((s, e), lab) in enumerate(zip(sentences, labels, strict=True)):
        if lab is None or not lab.endswith(CAMPAIGN_WORDS):
            continue
        posts = [x for x in _HELD_POSTS.finditer(text, s, e) if _HELD_FOUGHT.search(text, x.end(), e)]
        for x in [*_HELD_CLAUSE.finditer(text, s, e), *posts]:
            where = [m for m in places if x.start("where") <= m.start and m.end <= x.end("where")
                     and m.value.get("kind") in _HELD_KINDS]
            if not where or len(where) > 1 and x.re is _HELD_CLAUSE \
                    or any(w.value.get("name", w.text) in n for w in where for n in names):
                continue
            place = where[0]
            stem = place.value.get("short") or place.value.get("name", place.text)
            opening = [c.end() for c in _CLAUSE_OPEN.finditer(text, s, x.start())]
            a = opening[-1] if opening else s
            others = [w.value.get("short") or w.value.get("name", w.text) for w in where[1:]]
            mention = Mention("battle", place.start, place.end, place.text,
                              {"name": stem + "保卫战", "coined": True, "implied": True,
                               "alts": [stem + "战斗", stem + "之战", *(o + "战斗" for o in others)], "local": lab})
            pieces = [(s, a), (a, e)] if a > s else [(s, e)]
            own = [lab, mention.value["name"]] if a > s else [mention.value["name"]]
            return ([*sentences[:k], *pieces, *sentences[k + 1:]], [*labels[:k], *own, *labels[k + 1:]],
                    mention, lab)
    return None


# the fight referred back to as one fight of a small kind (这次伏击战, 此次伏击, 这场阻击战): not a campaign (此次会战,
# 此役), nor 此次战斗, which a campaign's account writes of the campaign or of any of its phases
_REFERRED = re.compile(r"(?:这次|此次|这场|本次|该次)(?P<word>伏击战|阻击战|遭遇战|伏击|阻击)")
_WORD_FORM = {"伏击": "伏击战", "阻击": "阻击战"}


def referred_action(text: str, sentences: list[tuple[int, int]], labels: list[str | None], places: list[Mention],
                    battles: list[Mention]) -> tuple[Mention, list[int], str] | None:
    """The local fight a campaign text sets the scene of and then refers back to (a weapon's or a unit's article:
    "…X会战激战正酣。Y坳位于Z以西… 某日黄昏, 日军援军行至此地… 这次伏击战, …"): when every sentence went to one
    campaign (X会战, X战役 …) and the text refers back to one fight of a small kind (_REFERRED), the fight is the one
    at the village, town, height or pass (in no battle's name) named most often between the campaign's first naming
    and that reference (the first of them on a tie): coined as place + the text's word (伏击战, 阻击战), a part
    of the campaign, with the sentences from the place's first naming on but those that name the campaign and not
    the place (the campaign keeps what is said of it). Returns (mention, sentence indices, campaign) or None."""
    campaign = sole_campaign(labels)
    if campaign is None:
        return None
    first = min((m.end for m in battles if m.value.get("name") == campaign), default=None)
    back = _REFERRED.search(text, first) if first is not None else None
    if back is None:
        return None
    names = [m.value["name"] for m in battles if m.value.get("name")]
    scene = [m for m in places if first <= m.start < back.start() and m.value.get("kind") in _LOCAL_KINDS
             and not any(m.value.get("name", m.text) in n for n in names)]
    if not scene:
        return None
    counts = Counter(m.value.get("name", m.text) for m in scene)
    place = max(counts, key=lambda n: (text.count(n), -next(i for i, m in enumerate(scene)
                                                             if m.value.get("name", m.text) == n)))
    sent_starts = [s for s, _ in sentences]

    def sent(pos: int) -> int:
        return bisect_right(sent_starts, pos) - 1
    m = next(x for x in scene if x.value.get("name", x.text) == place)
    at = {sent(x.start) for x in places if x.value.get("name", x.text) == place}
    named = {sent(b.start) for b in battles if b.value.get("name") == campaign}
    run = [k for k in range(sent(m.start), len(sentences)) if labels[k] == campaign and (k in at or k not in named)]
    if not run or atrocity_at(text, place, sentences):
        return None
    word = back.group("word")
    word = _WORD_FORM.get(word, word)
    stem = re.sub(r"(?<=..)村$", "", place)
    alts = sorted({stem + "战斗", stem + "之战", place + word} - {stem + word})
    mention = Mention("battle", m.start, m.end, m.text,
                      {"name": stem + word, "coined": True, "implied": True, "alts": alts, "local": campaign})
    return mention, run, campaign


# an engagement told at a site in one sentence: 在X (a village, a town, a height, a pass) and, in X's clause or the
# next, the fight itself — the force stopped there (遭到…的顽强抵抗, 受到…阻击), caught (遭…伏击), or fighting (与…激战)
_ENGAGED_AFTER = re.compile(r"(?:附近|一带|地区|以[东南西北])?[^，,。；;！!？?]{0,4}?"
                            r"(?:(?:遭到|遭受|受到|遭|陷入|被)[^，,。；;！!？?]{0,24}?"
                            r"(?:抵抗|阻击|伏击|截击|痛击|袭击|突袭|偷袭|包围|围攻|夹击|合围|重围|狙击|堵击|反击)"
                            r"|(?:与|同|和)[^，,。；;！!？?]{1,24}?(?:激战|血战|交战|遭遇|苦战|鏖战|恶战|拼杀|展开战斗|发生战斗|作战)"
                            r"|(?:激战|血战|交战|苦战|鏖战|恶战|阻击|伏击|抗击|截击))")
# the fight's outcome in the sentence of the site or the next: the losses or the result
_ENGAGED_RESULT = re.compile(r"伤亡|死伤|阵亡|牺牲|殉国|负伤|歼|毙|击退|击溃|溃退|溃逃|俘|全部战死|壮烈")
# the engagement's own account: a date (3月18日, 拂晓) or a force in the sentence of the site
_ENGAGED_WHEN_WHO = re.compile(r"\d{1,2}月|[一二三四五六七八九十]{1,3}月|\d{1,2}日|拂晓|黄昏|深夜|凌晨|当晚|当夜"
                               r"|[师旅团营连队部军]")
# the fight going on in the sentences after the site's: fighting hand to hand, holding, the losses (not an occupation
# the next day: 次日,日军占领县城 is what followed the fight)
_ENGAGED_ON = re.compile(r"拼杀|激战|血战|苦战|鏖战|肉搏|白刃|拼刺|抵抗|还击|反击|阵亡|牺牲|殉国|负伤|伤亡|战至|歼|毙|击退")
_NEW_DAY = re.compile(r"\s*(?:次日|翌日|第二天|隔日|[0-9]{1,2}日|[0-9]{1,2}月|[一二三四五六七八九十]{1,3}[月日])")
_ENGAGED_KINDS = ("town", "village", "fort", "mountain", "pass", "airfield", "station")


def engaged_action(text: str, sentences: list[tuple[int, int]], labels: list[str | None], places: list[Mention],
                   battles: list[Mention]) -> tuple[Mention, list[int], str | None] | None:
    """The one engagement a text tells at a site while it names other battles only in passing (a county history:
    "…经过A战役、B战役…。…日军于3月5日在X村遭到某师某团的顽强抵抗,双方均有重大伤亡。某连长率部与敌拼杀,…全部牺牲。"):
    a sentence that tells an engagement — a site of the local kinds in the action slot (在X) with the fight in its
    clause (_ENGAGED_AFTER), a date or a force, and the losses or the result in it or the next sentence — and that no
    named battle's account holds (its sentence went to no battle, to a battle the text implies but never names, or
    to one the text names only in a list of battles: 经过A战役、B会战), at a site in no battle's name, is a fight of its own: X战斗, with that sentence and the ones right after
    it that go on telling the fight without naming another place. Only when the text tells exactly one such site.
    Returns (mention, sentence indices, None) or None."""
    names = [m.value["name"] for m in battles if m.value.get("name")]
    sent_starts = [s for s, _ in sentences]

    def sent(pos: int) -> int:
        return bisect_right(sent_starts, pos) - 1
    # a quoted event a memorial names (“X”纪念碑) is named too: its sentences are its account
    named = {m.value["name"] for m in battles if m.value.get("name")
             and (not m.value.get("implied") or m.value.get("event"))}
    named -= _listed_only(text, battles)
    found: list[tuple[Mention, int]] = []
    for m in places:
        if m.value.get("kind") not in _ENGAGED_KINDS or text[max(0, m.start - 1):m.start] != "在" \
                or not _ENGAGED_AFTER.match(text, m.end):
            continue
        k = sent(m.start)
        if k < 0 or k >= len(labels) or labels[k] in named:
            continue
        place = m.value.get("name", m.text)
        if any(place in n for n in names):
            continue
        s, e = sentences[k]
        nxt = sentences[k + 1] if k + 1 < len(sentences) else (e, e)
        if not _ENGAGED_WHEN_WHO.search(text, s, m.start) and not _ENGAGED_WHEN_WHO.search(text, m.end, e):
            continue
        if not (_ENGAGED_RESULT.search(text, m.end, e) or _ENGAGED_RESULT.search(text, *nxt)):
            continue
        found.append((m, k))
    if len({m.value.get("name", m.text) for m, _ in found}) != 1:
        return None
    m, k = found[0]
    place = m.value.get("name", m.text)
    if atrocity_at(text, place, sentences):
        return None
    run = [k]
    while run[-1] + 1 < len(sentences) and labels[run[-1] + 1] == labels[k]:
        j = run[-1] + 1
        a, b = sentences[j]
        if not _ENGAGED_ON.search(text, a, b) or _NEW_DAY.match(text, a) or any(a <= q.start < b and q.value.get("name", q.text) != place
                                                   for q in places) or any(a <= q.start < b for q in battles):
            break
        run.append(j)
    stem = re.sub(r"(?<=..)村$", "", place)
    alts = sorted({stem + "之战", place + "战斗"} - {stem + "战斗"})
    mention = Mention("battle", m.start, m.end, m.text,
                      {"name": stem + "战斗", "coined": True, "implied": True, "alts": alts})
    return mention, run, None


def _listed_only(text: str, battles: list[Mention]) -> set[str]:
    """The battles the text names only in lists of battles (经过A战役、B战役、C会战; A战役和B战役): every naming of
    them is joined to another battle's name by 、, 和, 与 or 及 — named in passing, no account of theirs follows."""
    named = sorted((m for m in battles if m.value.get("name")), key=lambda m: m.start)
    listed: set[str] = set()
    for a, b in zip(named, named[1:], strict=False):
        if a.value["name"] != b.value["name"] and 0 < b.start - a.end <= 1 and text[a.end:b.start] in "、和与及,，":
            listed |= {a.start, b.start}
    out = {m.value["name"] for m in named if m.start in listed}
    return {n for n in out if all(m.start in listed for m in named if m.value["name"] == n)}
