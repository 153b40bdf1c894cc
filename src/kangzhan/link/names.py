"""Name normalisation for matching: Unicode, Traditional → Simplified, battle-name suffixes."""

from __future__ import annotations

import functools
import re
import unicodedata

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


def norm_en(text: str) -> str:
    """Case-folded English with one kind of dash and single spaces."""
    s = unicodedata.normalize("NFKC", text).casefold()
    s = _DASHES.sub("-", s)
    return " ".join(s.split())


def norm(text: str, lang: str) -> str:
    return norm_en(text) if lang.split("-")[0] not in ("zh", "ja") else norm_zh(text)


def battle_core(name: str) -> str:
    """The distinctive part of a normalised battle name, or '' when nothing distinctive is left."""
    s = name
    for suf in BATTLE_SUFFIXES:
        if s.endswith(suf) and len(s) - len(suf) >= 2:
            s = s[: -len(suf)]
            break
    return s if s != name else ""
