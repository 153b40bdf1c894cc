"""normalize's fast first steps give exactly what the plain code gives: _fold_width is str.translate with the
width table, _any_converted is "not disjoint from the T→S characters", on the manifest texts and random mixes
(full-width forms, convertible Traditional characters, astral characters, lone surrogates, chunk borders)."""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

from kangzhan.extract.lexicons import ocr_context_confusions
from kangzhan.text import normalize as N

ROOT = Path(__file__).resolve().parents[1]


def _pool() -> list[str]:
    width = N._tables()[0]
    return ([chr(c) for c in sorted(width)[:2000]] + sorted(N._converted_chars())[:2000]
            + [chr(c) for c in range(0x4E00, 0x4E00 + 2000)] + list("ab ,.\n") + ["\ud800", "\U00020000", "\uffff"])


def test_same_as_translate_and_isdisjoint(monkeypatch):
    width, conv = N._tables()[0], N._converted_chars()
    rnd, pool = random.Random(7), _pool()
    monkeypatch.setattr(N, "_CHUNK", 5)  # several chunks per string: a hit in any of them counts
    for _ in range(3000):
        s = "".join(rnd.choice(pool) for _ in range(rnd.randrange(0, 30)))
        assert N._fold_width(s) == s.translate(width), repr(s)
        assert N._any_converted(s) == (not conv.isdisjoint(s)), repr(s)


def test_same_on_manifest_texts():
    width, conv = N._tables()[0], N._converted_chars()
    docs = json.loads((ROOT / "tests/data/dev/manifest.json").read_text(encoding="utf-8"))["documents"]
    for d in docs:
        t = (ROOT / d["text"]).read_bytes().decode("utf-8", "replace")
        folded = N._fold_width(t)
        assert folded == t.translate(width), d["id"]
        assert N._any_converted(folded) == (not conv.isdisjoint(folded)), d["id"]


def _plain_rules() -> dict[str, re.Pattern]:
    """The one-character context rules as first written, left context before the character (the slower form)."""
    table = ocr_context_confusions()

    def cls(chars) -> str:
        return "[" + "".join(re.escape(c) for c in chars) + "]" if chars else "(?!)"

    echelon, motion, jp = cls(table.get("echelon", {})), cls(table.get("motion", {})), cls(table.get("jp_surname", {}))
    cn = N.CN_NUM
    return {
        "echelon": re.compile(rf"(?:(?<=[0-9])|(?<=第[{cn}])|(?<=第[{cn}]{{2}})|(?<=[{cn}0-9]个)){echelon}"
                              rf"|(?<=[军团]){echelon}(?=长|部)"),
        "motion_after": re.compile(rf"(?<=[攻侵进突窜冲渗闯深驶涌陷潜撤转]){motion}(?![员才口民物数马手力类士家们群心])"),
        "motion_before": re.compile(rf"(?<=[即遂乃又再并而始先已未均皆曾亦将拟欲图企,.;:!?，。；、\s]){motion}"
                                    r"(?=[侵境城寇缅川滇湘桂黔越闽粤赣鄂豫皖浙苏鲁晋冀陕甘关])"),
        "jp_surname": re.compile(rf"(?:(?<=[(（,，、:：])|(?<=长)|(?<=官))(?P<c>{jp})(?=[\u4e00-\u9fff]{{3,4}}[,，、)）])"),
        "gan": re.compile(r"(?<=[\u4e00-\u9fff])干(?=[\u4e00-\u9fff]{2})"),
    }


def _sig(rx: re.Pattern, s: str) -> list:
    return [(m.span(), m.groupdict()) for m in rx.finditer(s)]


def test_character_first_rules_match_the_plain_rules():
    """The rules written character first (X(?<=[…]X)) match exactly where the plain ones (?<=[…])X do."""
    rules = {k: rx for k, (rx, _fix) in N._context_rules().items()} | {"gan": N._GAN}
    chars = "帅人干营第个军团长部官攻进遂侵境，、(（:0123一二十三百 \n5a" + "".join(ocr_context_confusions().get("echelon", {}))
    rnd = random.Random(13)
    texts = ["".join(rnd.choice(chars) for _ in range(rnd.randrange(0, 25))) for _ in range(4000)]
    docs = json.loads((ROOT / "tests/data/dev/manifest.json").read_text(encoding="utf-8"))["documents"]
    texts += [N._fold_width((ROOT / d["text"]).read_bytes().decode("utf-8", "replace")) for d in docs]
    hits = 0
    for name, plain in _plain_rules().items():
        for s in texts:
            want = _sig(plain, s)
            assert _sig(rules[name], s) == want, (name, s[:60])
            hits += len(want)
    assert hits > 100


def test_rewrite_writes_the_corrections():
    fixes = {0: "第", 3: "师", 5: "入"}
    assert N._rewrite("竿五十帅攻人城", fixes) == "第五十师攻入城" and fixes == {}
