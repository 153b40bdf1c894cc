"""Recall of fights the text never names (在X伏击日军, X失守, 收复X, X一役 …), and false positives on look-alikes.

    PYTHONPATH=src python -m benchmarks.unnamed_fight_recall [--misses] [--limit N] [--kind KIND]

Places: tests/data/places/fight_places.tsv (real county towns, towns, villages, passes, rivers, mountains and
strongpoints, from the gazetteers the project ships and from general knowledge, see its README; ``in_repo_texts``
marks the places a seed, dev or held-out text also writes). Each place is put into the FRAMES that fit its kind:
sentences written for this benchmark that tell a fight at the place without naming it (narrative, news, memoir,
a translated Japanese record, classical 之役/一役, list items, captions; with and without a date; with the units of
one side, of both, or none). The text goes through the public extract pipeline (``extract``); a frame is found
when a battle of the facts is at the place (a place of the battle, or its name, holds the place's name without its
kind word: 灵丘县 → 灵丘) and, when the frame gives a date, starts on it (at the frame's precision).
NEGATIVES are frames that write the place and war words but tell no fight (纪念馆, 出生于X, 驻防X, 庆祝X解放 …):
any battle they yield is a false positive. Prints recall per frame and overall (all places, and the places no
repository text writes), the false-positive rate, and the misses.
"""

from __future__ import annotations

import argparse
import csv
from dataclasses import dataclass
from functools import cache
from pathlib import Path

PLACES = Path(__file__).resolve().parents[1] / "tests" / "data" / "places" / "fight_places.tsv"

# a first line without a battle word: a document's first line may be read as its title, the frames test the sentence
PREFACE = "以下据地方史料整理。\n"

ALL = frozenset({"county", "town", "village", "pass", "river", "mountain", "fort"})
POINT = ALL - {"river"}  # a place that can be entered, held or besieged
SETTLED = frozenset({"county", "town", "village", "fort"})  # a place that can be taken, lost or lived in
HELD = SETTLED | {"pass"}


@dataclass(frozen=True)
class Frame:
    pattern: str
    date: str | None  # the ISO date (prefix) the fight starts on, when the frame gives one
    kinds: frozenset[str] = ALL


# frames that tell a fight at {p} without naming it (written for this benchmark)
FRAMES: dict[str, Frame] = {
    "ambush": Frame("1939年5月，八路军一部在{p}伏击日军运输队，毙伤日军五十余人。", "1939-05"),
    "invaded": Frame("日军进犯{p}，守军奋起抵抗，激战两昼夜。", None, POINT),
    "recovered": Frame("1940年8月，我军收复{p}。", "1940-08", HELD),
    "fell": Frame("1938年2月，{p}失守，守军大部殉国。", "1938-02", HELD),
    "night_raid": Frame("1938年10月，第三营夜袭{p}，毙敌二十余名。", "1938-10", SETTLED),
    "yi_yi": Frame("{p}一役，我军歼敌三百余人。", None),
    "zhi_yi": Frame("民国二十七年四月{p}之役，我军伤亡甚重。", "1938-04"),
    "heroes": Frame("{p}五壮士为掩护主力转移，与日军激战至弹尽，毁枪跳崖。", None, POINT),
    "theme": Frame("展览以{p}突围为主线，再现了当年的战斗历程。", None, POINT),
    "news": Frame("本报讯 日军一个大队昨日向{p}进犯，我守军迎头痛击，敌遗尸百余具后溃退。", None, POINT),
    "memoir": Frame("那年冬天，我们连奉命攻打{p}，打了整整一夜才拿下来。", None, HELD),
    "jp_record": Frame("昭和十四年五月，我部队于{p}附近与敌约二千交战，击退之。", "1939-05"),
    "list_item": Frame("（三）1941年3月12日，新四军某部在{p}与日伪军激战，毙伤敌四十余名。", "1941-03-12"),
    "caption": Frame("图为1944年秋，八路军战士在{p}与日军激战。", "1944"),
    "siege": Frame("日伪军五百余人围攻{p}，我守备部队坚守三日，终于击退敌人。", None, HELD | {"mountain"}),
    "encounter": Frame("1942年5月，八路军某团在{p}与日军遭遇，激战竟日。", "1942-05"),
    "both_units": Frame("1938年4月，第八十九军一部在{p}阻击日军第十四师团，双方激战五昼夜。", "1938-04"),
    "repulsed": Frame("日军三次进攻{p}，均被我军击退。", None, POINT),
    "crossing": Frame("1938年6月，日军强渡{p}，我军凭河阻击，毙伤敌二百余人。", "1938-06", frozenset({"river"})),
}

# frames that write the place and war words but tell no fight (written for this benchmark)
NEGATIVES: dict[str, Frame] = {
    "memorial": Frame("{p}抗日战争纪念馆于1995年建成开放。", None),
    "born": Frame("他1915年出生于{p}，1938年参加八路军。", None, SETTLED),
    "visit": Frame("代表团一行访问了{p}，参观了当年的战斗遗址。", None, POINT),
    "hero_title": Frame("他被授予“{p}战斗英雄”称号。", None),
    "meeting": Frame("1940年5月，作战会议在{p}召开，部署下一步行动。", None, SETTLED),
    "training": Frame("部队在{p}进行了为期三个月的整训。", None),
    "garrison": Frame("1939年，该团驻防{p}。", None, HELD),
    "passing": Frame("部队行军路过{p}，当地群众送来粮食。", None),
    "anniversary": Frame("{p}各界群众集会，庆祝{p}解放70周年。", None, SETTLED),
    "official": Frame("他在{p}担任抗日县长，组织群众支援前线。", None, SETTLED),
    "base": Frame("{p}是当年八路军的后方根据地。", None, POINT),
    "posted": Frame("1944年，他调往{p}，任军分区司令员。", None, SETTLED),
    "surrender": Frame("日军投降后，受降仪式在{p}举行。", None, SETTLED),
    "militia": Frame("{p}民兵积极参军参战，送子参军者达百余人。", None, SETTLED),
    "rest": Frame("部队在{p}附近休整，补充弹药，准备再战。", None),
    "toward": Frame("部队奉命向{p}突围，转移到山区休整。", None, POINT),
    "monument": Frame("{p}五壮士纪念碑位于山顶，每年清明都有学生前来祭扫。", None, POINT),
    "exile": Frame("{p}沦陷后，他随家人流亡到重庆。", None, SETTLED),
    "posts_built": Frame("日军在{p}修筑炮楼三座，强征民夫百余人。", None, SETTLED - {"fort"}),
    "title": Frame("1946年，他荣获“{p}战斗模范”光荣称号。", None),
}

# the kind word a place's name ends with, left out when it is looked for in a battle's places or name
_KIND_WORDS = ("据点", "车站", "炮楼", "县", "镇", "村")


@dataclass
class Result:
    frame: str
    place: str
    found: bool
    battles: tuple[str, ...]


def load_places(kind: str | None = None) -> list[tuple[str, str, bool]]:
    """(name, kind, written by a repository text) of each place of the data file, of one kind when given."""
    with PLACES.open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    return [(r["name"], r["kind"], r["in_repo_texts"] == "yes") for r in rows if kind in (None, r["kind"])]


def core(place: str) -> str:
    """The place's name without its kind word (灵丘县 → 灵丘, 马坊据点 → 马坊), when two characters are left."""
    for w in _KIND_WORDS:
        if place.endswith(w) and len(place) - len(w) >= 2:
            return place[:-len(w)]
    return place


@cache
def _battles(text: str) -> tuple[tuple[str, tuple[str, ...], str | None], ...]:
    """(name, place names, start date) of each battle the pipeline extracts from text."""
    from kangzhan.extract.pipeline import extract
    from kangzhan.text.read import source_from_string
    facts = extract(source_from_string(text, doc_id="bench"))
    return tuple((b.name, tuple(p for p, _ in b.places), b.start.iso if b.start else None) for b in facts.battles)


def fight_found(text: str, place: str, date: str | None) -> bool:
    """A battle at place (its places or its name hold the place's core) that starts on date when one is given."""
    c = core(place)
    for name, places, start in _battles(text):
        at = c in name or any(c in q or (len(q) >= 2 and q in place) for q in places)
        if at and (date is None or (start or "").startswith(date)):
            return True
    return False


def run(places: list[tuple[str, str, bool]]) -> list[Result]:
    out = []
    for key, fr in FRAMES.items():
        for place, kind, _ in places:
            if kind not in fr.kinds:
                continue
            text = PREFACE + fr.pattern.format(p=place)
            out.append(Result(key, place, fight_found(text, place, fr.date), tuple(n for n, _, _ in _battles(text))))
    return out


def false_positives(places: list[tuple[str, str, bool]]) -> tuple[int, list[tuple[str, str, tuple[str, ...]]]]:
    """The number of framed negatives, and (frame, place, battles found) for every one that yields a battle."""
    total, out = 0, []
    for key, fr in NEGATIVES.items():
        for place, kind, _ in places:
            if kind not in fr.kinds:
                continue
            total += 1
            got = tuple(n for n, _, _ in _battles(PREFACE + fr.pattern.format(p=place)))
            if got:
                out.append((key, place, got))
    return total, out


def recall(results: list[Result], frame: str | None = None, places: set[str] | None = None) -> float:
    rs = [r for r in results if (frame is None or r.frame == frame) and (places is None or r.place in places)]
    return sum(r.found for r in rs) / len(rs) if rs else 0.0


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--misses", action="store_true", help="print every missed (frame, place) and the battles found")
    ap.add_argument("--limit", type=int, default=0, help="the first N places only (a quick look)")
    ap.add_argument("--kind", help="the places of one kind only (county, town, village, pass, river, mountain, fort)")
    args = ap.parse_args(argv)
    places = load_places(args.kind)
    if args.limit:
        places = places[:args.limit]
    unseen = {p for p, _, seen in places if not seen}
    results = run(places)
    print(f"places: {len(places)} ({len(unseen)} written by no repository text); frames: {len(FRAMES)}")
    print(f"{'frame':<12}{'n':>5}{'recall':>8}{'unseen':>8}")
    for key in FRAMES:
        n = sum(r.frame == key for r in results)
        print(f"{key:<12}{n:>5}{recall(results, key):>8.3f}{recall(results, key, unseen):>8.3f}")
    print(f"{'overall':<12}{len(results):>5}{recall(results):>8.3f}{recall(results, None, unseen):>8.3f}")
    kinds = sorted({k for _, k, _ in places})
    print("by kind: " + "  ".join(
        f"{k} {recall(results, None, {p for p, kk, _ in places if kk == k}):.3f}" for k in kinds))
    total, fps = false_positives(places)
    print(f"negatives: {total} framed; false positives {len(fps)} (rate {len(fps) / total if total else 0:.3f})")
    for key, place, got in fps:
        print(f"  FP {key:<12}{place} → {'、'.join(got)}")
    misses = [r for r in results if not r.found]
    print(f"misses: {len(misses)}")
    if args.misses:
        for r in misses:
            print(f"  {r.frame:<12}{r.place}  → {'、'.join(r.battles) or '-'}")


if __name__ == "__main__":
    main()
