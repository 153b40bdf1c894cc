"""The data lexicons the unit and person finders use (files in extract/lexicons/, sources in their headers)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

# one-character verbs and copulas that open a clause right before the name they govern (派X率…, 令X部…, 是X军区)
LEAD_VERBS = frozenset("派令命由任是遣调率据")
LEXICONS = Path(__file__).resolve().parents[1] / "lexicons"


def _lines(name: str) -> list[str]:
    text = (LEXICONS / name).read_text(encoding="utf-8")
    return [ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]


@cache
def named_units() -> dict[str, tuple[str | None, str | None]]:
    """Named formations (八路军, 关东军 …) → (side, echelon word)."""
    out = {}
    for ln in _lines("named_units.tsv"):
        name, side, echelon = (ln.split("\t") + ["", ""])[:3]
        out[name] = (side or None, echelon or None)
    return out


@cache
def cn_surnames() -> frozenset[str]:
    """Chinese family names: 百家姓's in modern use (surnames_cn.txt) and those of a frequency ranking it lacks
    (surnames_cn_ranked.txt: 粟, 覃, 冼 …)."""
    return frozenset(w for f in ("surnames_cn.txt", "surnames_cn_ranked.txt") for ln in _lines(f) for w in ln.split())


@cache
def jp_surnames() -> frozenset[str]:
    return frozenset(w for ln in _lines("surnames_jp.txt") for w in ln.split())


@cache
def jp_wordlike_surnames() -> frozenset[str]:
    """Japanese family names that are also Chinese words or family names (原, 中山, 谷): names only where a
    rank closes the full name."""
    return frozenset(w for ln in _lines("surnames_jp_wordlike.txt") for w in ln.split())


@cache
def jp_surnames_by_rank() -> frozenset[str]:
    """Every family name of the list, word-like ones too: what a rank-closed full name may open with."""
    return jp_surnames() | jp_wordlike_surnames()


def _lengths(names: frozenset[str]) -> tuple[frozenset[str], tuple[int, ...]]:
    return names, tuple(sorted({len(w) for w in names}, reverse=True))


# two tables without arguments (not one keyed by by_rank): a lexicon, which benchmarks/extract_bench.py does not
# empty with the text-keyed caches before each document (it empties every cached function that takes arguments)
@cache
def _surname_table() -> tuple[frozenset[str], tuple[int, ...]]:
    return _lengths(jp_surnames())


@cache
def _surname_table_by_rank() -> tuple[frozenset[str], tuple[int, ...]]:
    return _lengths(jp_surnames_by_rank())


def jp_surname_len(text: str, pos: int = 0, by_rank: bool = False) -> int:
    """The length of the longest Japanese family name of the list that starts text at pos, 0 if none:
    a few set look-ups, whatever the size of the list. by_rank: the word-like names count too (the text
    closes the full name with a rank)."""
    names, lengths = _surname_table_by_rank() if by_rank else _surname_table()
    for n in lengths:  # a loop, not next() over a generator: this runs for every candidate name
        if text[pos:pos + n] in names:
            return n
    return 0
