"""Battle-name recall on real names nobody wrote rules for, and false positives on phrases that only end like one.

    PYTHONPATH=src python -m benchmarks.battle_name_recall [--unseen-only] [--misses] [--limit N]

Names: tests/data/names/battle_names.tsv (real battles of 1931–1945 collected from public pages, see its
README; ``in_repo_texts`` marks the names a seed, dev or held-out text also writes). Each name is put into six
neutral frames (FRAMES) and the text is run through the public extract pipeline (``extract``); a name is
found when a battle of the facts is labelled with it (name or alternative label) and its evidence span reads
it exactly. NEGATIVES are phrases written for this benchmark that end like a battle name but name none
(作战部, 战斗力, 战斗英雄 …), each in the same frames; a false positive is any battle the text yields.
Prints recall per frame and overall (all names, and the names no repository text writes), the false-positive
rate, and the misses.
"""

from __future__ import annotations

import argparse
import csv
from dataclasses import dataclass
from functools import cache
from pathlib import Path

NAMES = Path(__file__).resolve().parents[1] / "tests" / "data" / "names" / "battle_names.tsv"

# a first line without a battle word: a document's first line may be read as its title, the frames test the sentence
PREFACE = "以下据地方史料整理。\n"
# six neutral frames: a dated clause, an opening, a career, an epithet, a definition, a heading line
FRAMES: dict[str, str] = {
    "clause": "1940年春，在{n}中，我军击退日军。",
    "opening": "{n}打响后，双方激战竟日。",
    "career": "他参加了{n}。",
    "epithet": "著名的{n}，至今为人传颂。",
    "definition": "{n}是抗日战争中的一次战斗。",
    "heading": "{n}\n当日拂晓，部队进入阵地。",
}

# phrases that end like a battle name but name no battle (written for this benchmark)
NEGATIVES: tuple[str, ...] = (
    "作战部", "作战科", "作战处", "作战室", "作战计划", "作战方案", "作战命令", "作战任务", "作战地图", "作战会议",
    "作战参谋", "作战能力", "作战经验", "作战部署", "作战指导", "作战原则", "作战意图", "作战目标", "作战区域",
    "战斗力", "战斗英雄", "战斗机", "战斗队", "战斗组", "战斗小组", "战斗部队", "战斗序列", "战斗间隙", "战斗精神",
    "战斗作风", "战斗口号", "战斗打响", "战斗经验", "战斗准备", "战斗命令", "战斗岗位", "战斗编组", "战斗减员",
    "战役学", "战役计划", "战役指挥", "战役部署", "战役预备队", "战役纪念馆", "战役总结", "战役目的",
    "会战前夕", "会战计划", "会战部署", "会战指导方针", "会战期间",
    "保卫科", "保卫处", "保卫干事", "保卫部门", "保卫工作",
    "大捷报", "捷报", "大捷消息",
    "空战技术", "空战训练", "空战战术",
    "伏击圈", "伏击阵地", "伏击部队", "伏击地点",
    "阻击阵地", "阻击部队", "阻击任务",
    "突围部队", "突围方向", "突围计划",
    "地面战斗", "山地战斗", "夜间战斗", "近距离战斗", "激烈的战斗", "残酷的战斗", "艰苦的战斗", "最后的战斗",
    "一场战斗", "这次战斗", "那次战斗", "多次战斗", "历次战斗", "大小战斗", "各次战斗", "每次战斗",
    "战斗结束", "战斗胜利", "战斗失利", "战斗中负伤", "投入战斗", "参加战斗", "结束战斗", "指挥战斗",
    "游击作战", "协同作战", "配合作战", "联合作战", "独立作战", "英勇作战", "对日作战", "持久作战", "运动作战",
    "抗战胜利", "抗战时期", "抗战老兵", "抗战精神", "抗战文物", "全面抗战", "长期抗战",
    "事变后", "事变前",
)


@dataclass
class Result:
    frame: str
    name: str
    found: bool
    battles: tuple[str, ...]


def _load_names(unseen_only: bool) -> list[tuple[str, bool]]:
    with NAMES.open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    return [(r["name"], r["in_repo_texts"] == "yes") for r in rows if not (unseen_only and r["in_repo_texts"] == "yes")]


@cache
def _battles(text: str) -> tuple[tuple[str, frozenset[str], str], ...]:
    """(name, alternative labels, evidence text) of each battle the pipeline extracts from text."""
    from kangzhan.extract.pipeline import extract
    from kangzhan.text.read import source_from_string
    facts = extract(source_from_string(text, doc_id="bench"))
    out = []
    for b in facts.battles:
        ev = b.evidence
        out.append((b.name, frozenset(b.alt_labels), text[ev.start:ev.end] if ev else ""))
    return tuple(out)


def found_as_battle(text: str, name: str) -> bool:
    """A battle labelled name (or with name among its other labels) whose evidence span reads name exactly."""
    return any((name == n or name in alts) and ev == name for n, alts, ev in _battles(text))


def run(names: list[tuple[str, bool]]) -> list[Result]:
    out = []
    for frame, pattern in FRAMES.items():
        for name, _ in names:
            text = PREFACE + pattern.format(n=name)
            out.append(Result(frame, name, found_as_battle(text, name), tuple(n for n, _, _ in _battles(text))))
    return out


def false_positives() -> list[tuple[str, str, tuple[str, ...]]]:
    """(frame, negative, battles found) for every framed negative that yields a battle."""
    out = []
    for frame, pattern in FRAMES.items():
        for neg in NEGATIVES:
            text = PREFACE + pattern.format(n=neg)
            got = tuple(n for n, _, _ in _battles(text))
            if got:
                out.append((frame, neg, got))
    return out


def recall(results: list[Result], frame: str | None = None, names: set[str] | None = None) -> float:
    rs = [r for r in results if (frame is None or r.frame == frame) and (names is None or r.name in names)]
    return sum(r.found for r in rs) / len(rs) if rs else 0.0


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--unseen-only", action="store_true", help="only the names no repository text writes")
    ap.add_argument("--misses", action="store_true", help="print every missed (frame, name) and the battles found")
    ap.add_argument("--limit", type=int, default=0, help="the first N names only (a quick look)")
    args = ap.parse_args(argv)
    names = _load_names(args.unseen_only)
    if args.limit:
        names = names[:args.limit]
    unseen = {n for n, seen in names if not seen}
    results = run(names)
    print(f"names: {len(names)} ({len(unseen)} written by no repository text); frames: {len(FRAMES)}")
    print(f"{'frame':<12}{'recall':>8}{'unseen':>8}")
    for frame in FRAMES:
        print(f"{frame:<12}{recall(results, frame):>8.3f}{recall(results, frame, unseen):>8.3f}")
    print(f"{'overall':<12}{recall(results):>8.3f}{recall(results, None, unseen):>8.3f}")
    fps = false_positives()
    total = len(NEGATIVES) * len(FRAMES)
    print(f"negatives: {len(NEGATIVES)} × {len(FRAMES)} frames; false positives {len(fps)} "
          f"(rate {len(fps) / total:.3f})")
    for frame, neg, got in fps:
        print(f"  FP {frame:<11}{neg} → {'、'.join(got)}")
    missed = sorted({r.name for r in results if not r.found})
    print(f"names missed in some frame: {len(missed)}")
    for name in missed:
        frames = [r.frame for r in results if r.name == name and not r.found]
        line = f"  {name}: {','.join(frames)}"
        if args.misses:
            got = {r.battles for r in results if r.name == name and not r.found}
            line += "  → " + " | ".join("、".join(g) or "-" for g in got)
        print(line)


if __name__ == "__main__":
    main()
