"""Name normalisation for matching: Unicode, Traditional → Simplified, battle-name suffixes."""

from __future__ import annotations

import functools
import re
import unicodedata
from pathlib import Path

import opencc
from opencc import OpenCC

# Generic words that end Chinese battle names; stripping them gives the name's core (昆仑关大捷 → 昆仑关).
BATTLE_SUFFIXES = ("保卫战", "攻防战", "争夺战", "阻击战", "会战", "战役", "大捷", "之战", "作战", "战斗", "抗战", "攻势", "战")
_DROP = re.compile(r"[\s\u3000·•・'\"“”‘’「」『』《》〈〉()（）\[\]【】]")
_DASHES = re.compile(r"[‐‑‒–—―-]+")


@functools.lru_cache(maxsize=1)
def _t2s() -> OpenCC:
    return OpenCC("t2s")


@functools.lru_cache(maxsize=1)
def _s2t() -> OpenCC:
    return OpenCC("s2t")


@functools.lru_cache(maxsize=65536)
def to_traditional(text: str) -> str:
    """Simplified → Traditional, for looking a name up where only its Traditional label exists."""
    return _s2t().convert(text)


@functools.lru_cache(maxsize=65536)
def norm_zh(text: str) -> str:
    """NFKC, Traditional → Simplified, without spaces, quotes, brackets or middle dots."""
    s = unicodedata.normalize("NFKC", text)
    s = _t2s().convert(s)
    return _DROP.sub("", s)


@functools.lru_cache(maxsize=1)
def _shinjitai() -> dict[int, str]:
    """Japanese shinjitai → Traditional characters (関 → 關, 戦 → 戰, 団 → 團), the reverse of
    OpenCC's own JPVariants table; Wikidata's ja labels of Chinese and Japanese names use them."""
    table = Path(opencc.__file__).resolve().parent / "dictionary" / "JPVariants.txt"
    out: dict[int, str] = {}
    try:
        lines = table.read_text(encoding="utf-8").splitlines()
    except OSError:
        return out
    for line in lines:
        trad, _, variants = line.partition("\t")
        for v in variants.split():
            if len(v) == 1 and len(trad) == 1:
                out.setdefault(ord(v), trad)
    return out


@functools.lru_cache(maxsize=65536)
def norm_ja(text: str) -> str:
    """A Japanese label in the form norm_zh gives Chinese: 崑崙関の戦い → 昆仑关之战, 陳誠 → 陈诚."""
    s = unicodedata.normalize("NFKC", text).translate(_shinjitai())
    s = re.sub(r"の戰い$", "之戰", s)
    return norm_zh(s)


def norm_en(text: str) -> str:
    """Case-folded English with one kind of dash and single spaces."""
    s = unicodedata.normalize("NFKC", text).casefold()
    s = _DASHES.sub("-", s)
    return " ".join(s.split())


def norm(text: str, lang: str) -> str:
    base = lang.split("-")[0]
    return norm_ja(text) if base == "ja" else norm_zh(text) if base == "zh" else norm_en(text)


def battle_core(name: str) -> str:
    """The distinctive part of a normalised battle name, or '' when nothing distinctive is left."""
    s = name
    for suf in BATTLE_SUFFIXES:
        if s.endswith(suf) and len(s) - len(suf) >= 2:
            s = s[: -len(suf)]
            break
    return s if s != name else ""
