"""A toponym that opens the name of a party organ or of a local force (榆社县委, 黄县二支队, 平山县大队, 冀中区党委)
or of a high command (东京参谋总部, 东京大本营) or a war-crimes court (远东国际军事法庭) names who they were, not where the fight was: the gold files count such toponyms as ok places only ("inside an
organisation or unit name", tests/data/dev/NOTES.md). Numbered units (第N师) hold no toponym and named units drop
theirs already (pipeline._outside_units); these names are no unit mention of their own. Only the mention so
placed is dropped: the same county named where the fight is told stays a place of the battle.
The same holds for a society named after its town (澳门学生赈济会, 上海各界抗敌后援会), a newspaper's regional edition
(《某某报》上海版, 人民日报海外版) and a region's war as a whole used as a frame (澳门抗战的英雄, 东北抗战史): they name
who published or which war, no battlefield; not where the war is a verb done at the place (在上海抗战). A firm's name
(X烧锅, X商号) that a place finder took for a place by its context is none either, wherever it is written.
"""

from __future__ import annotations

import re

from kangzhan.extract.mentions.base import Mention
from kangzhan.extract.mentions.scan import occurrences

# after the place: the level (县, 区 …), then an organ of the party or the local government, or a local force,
# numbered without 第 (二支队) or not at all (县大队, 游击队)
_ORG_AFTER = re.compile(
    r"(?:县|区|市|地|省|特|分区)?"
    r"(?:委员会|党委|工委|特委|地委|县委|区委|委(?![员托派任屈])|党部|抗日民主政府|民主政府|抗日政府"
    r"|游击大队|游击支队|游击队|独立营|独立团|大队|支队|总队|区队"
    r"|警备司令|警备区|守备司令"  # 黑河警备司令兼…旅长X: the garrison's post, not where the fight was
    r"|(?:日军|日本|陆军|海军)?(?:参谋总部|参谋本部|大本营|军令部)"  # 东京参谋总部: the high command's seat
    r"|(?:远东)?(?:国际)?军事法庭|国际法庭"  # 远东国际军事法庭: the court that tried the war criminals, no battlefield;
    # 在某城远东国际军事法庭: the city the court sat in, no battlefield either
    r"|[一二三四五六七八九十]{1,3}(?:支队|大队|中队|区队))"
)
# a society named after its town: up to four characters of its members or aim (学生, 各界), then the society's word
_SOCIETY_AFTER = re.compile(r"[\u4e00-\u9fff]{0,4}?(?:赈济会|救济会|协会|学会|商会|联合会|同乡会|后援会|救国会|救亡会|"
                            r"促进会|研究会|基金会|慰劳会|抗敌会)")
# a newspaper's regional edition: the paper's name or title just before, 版 after (not 版图, 版纳)
_PAPER_BEFORE = re.compile(r"(?:》|」|报)$")
_EDITION_AFTER = re.compile(r"版(?![图纳画])")
# the region's war as a frame (澳门抗战的, 东北抗日战争史); 在/于X抗战 is a verb phrase, fought there
_WAR_AFTER = re.compile(r"抗战|抗日战争")
_WAR_VERB_BEFORE = re.compile(r"(?:在|于|到|赴|留|坚持)$")


# a firm's trade word after its name (同和裕烧锅, 德兴号酒厂, 万顺商号): a shop or a works named by its owner's
# lucky words, which a place finder reading its context (从X到Y) may take for a place
_FIRM_AFTER = re.compile(r"号?(?:烧锅|酒厂|酒坊|糟坊|油坊|商号|商行|药铺|药房|钱庄|银号|当铺|布庄|绸庄|粮栈|货栈|作坊)")


def _firms(text: str, places: list[Mention]) -> set[str]:
    """The names of places no gazetteer knows (found by their context only, no kind) that the text writes elsewhere
    before a firm's trade word: the firm's name, wherever it is written (从同和裕到新华: its history, no place)."""
    out = set()
    tried = set()  # each name's occurrences are looked at once, however many mentions it has
    for m in places:
        if m.value.get("kind") is None and m.value.get("source") == "context":
            name = m.value.get("name", m.text)
            if name in tried:
                continue
            tried.add(name)
            if any(_FIRM_AFTER.match(text, e) for _, e in occurrences(text, name)):
                out.add(name)
    return out


# a force stationed at the place (驻X乡Y桥大队, 驻扎某镇日军中队): 驻 puts the place in a station's slot, and
# the unit after it is the garrison there (called after its post), so the place is where it stood, no name's part
_STATIONED_BEFORE = re.compile(r"驻(?:扎|守|防|屯)?(?:在|于)?$")
_DIVISION_WORD = "省市县乡镇区村"


def _stationed(text: str, m: Mention, ends: dict[int, int]) -> bool:
    """The place m follows 驻 over a chain of the places that locate it (驻|某县|某乡|m): a garrison's post."""
    j = m.start
    for _ in range(5):
        if _STATIONED_BEFORE.search(text, max(0, j - 4), j):
            return True
        if j > 0 and text[j - 1] in _DIVISION_WORD and j - 1 in ends:
            j -= 1
        if j not in ends:
            return False
        j = ends[j]
    return False


def outside_org_names(text: str, places: list[Mention]) -> list[Mention]:
    """The place mentions that open no organ's, local force's or society's name, no paper's edition and no region's
    war (see the module docstring), and no firm's name (_firms)."""
    firms = _firms(text, places)
    ends = {p.end: p.start for p in places}
    return [m for m in places if m.value.get("name", m.text) not in firms and not (
        _ORG_AFTER.match(text, m.end) and not _stationed(text, m, ends) or _SOCIETY_AFTER.match(text, m.end)
                                      or (_EDITION_AFTER.match(text, m.end)
                                          and _PAPER_BEFORE.search(text, max(0, m.start - 1), m.start))
                                      or (_WAR_AFTER.match(text, m.end)
                                          and not _WAR_VERB_BEFORE.search(text, max(0, m.start - 2), m.start)))]
