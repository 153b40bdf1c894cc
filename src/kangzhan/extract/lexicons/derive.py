"""Derive the toponym lexicons (admin.tsv, features.tsv) from their public sources.

Run once by a maintainer, not at extraction time; see SOURCES.md for the versions used:

    python -m kangzhan.extract.lexicons.derive ADCODES_CSV NATIONS_CSV JIEBA_DICT

- ADCODES_CSV, NATIONS_CSV: ``cpca/resources/adcodes.csv`` and ``56_nations.csv`` from the cpca
  0.5.5 wheel (MIT) — China's administrative divisions with coordinates.
- JIEBA_DICT: ``jieba/dict.txt`` of jieba 0.42.1 (MIT) — words tagged ``ns`` (place) that end in a
  natural-feature suffix give rivers, lakes, mountains, passes … (no coordinates).

Short forms need a 2+ character stem (忠县 → 忠 is refused); those jieba knows as a frequent non-name
word (公安县 → 公安, 石门县 → 石门, 和平区 → 和平) are flagged ``common``: the extractor accepts them
only in a place context.
"""

from __future__ import annotations

import csv
import re
import sys
from collections.abc import Sequence
from pathlib import Path

HERE = Path(__file__).parent

_SUFFIXES = ("特别行政区", "自治区", "自治州", "自治县", "自治旗", "地区", "林区", "省", "市", "县", "区", "盟", "旗")
_PROPER = {"ns", "nr", "nrt", "nrfg", "nz", "nt"}  # proper-noun tags: a short form tagged so is no common word
_GENERIC = {"市辖区", "城区", "郊区", "矿区", "新区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"}
# natural-feature suffix → place kind (keys of kangzhan.rdf.vocab.PLACE_TYPES)
FEATURE_SUFFIX = {
    "江": "river", "河": "river", "水": "river", "溪": "river",
    "湖": "lake", "泽": "lake",
    "山": "mountain", "岭": "mountain", "峰": "mountain", "岗": "mountain", "山脉": "mountain",
    "关": "pass", "口": "pass", "隘": "pass",
    "湾": "bay", "港": "bay", "岛": "island", "群岛": "island",
    "镇": "town", "铺": "town", "圩": "town", "坪": "town", "渡": "town", "桥": "town", "街": "town",
    "寨": "village", "村": "village", "庄": "village",
}


# characters of verbs, pronouns and function words: a "toponym" holding one is an idiom (猛虎下山, 港人治港)
_NOT_TOPONYM = re.compile("[给登治留得猛虎风无根入流人的了是不之与和及在有着我你他她们打还移测隔喷指渡强兵戈水河]"
                          "(?=.*[江河水溪湖泽山岭峰岗关口隘湾港岛镇铺圩坪渡桥街寨村庄]$)|^.[山河水江湖]$(?<=[山河水江湖]{2})")
# transliterated foreign names may be long (密西西比河); native ones are 2-4 characters
_FOREIGN = re.compile("[斯尔拉特克伦亚比巴阿奥德尼西罗卡诺瓦乌]")
_NOT_PLACES = {"攸关", "直属机关", "利害攸关"}  # common phrases jieba tags ns
_GENERIC_STEMS = {"大", "小", "上", "下", "内", "外", "长", "新", "旧", "东", "西", "南", "北", "中", "前", "后", "入海",
                  "上下", "城市", "河", "山", "水", "湖", "江", "海", "无根", "内流", "界", "护城", "运", "大运"}


def _common_words(jieba_dict: Path) -> dict[str, tuple[int, str]]:
    out: dict[str, tuple[int, str]] = {}
    for line in jieba_dict.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if len(parts) == 3:
            out[parts[0]] = (int(parts[1]), parts[2])
    return out


def short_form(name: str, nations: Sequence[str] = ()) -> str | None:
    """The short form of a division's official name (长沙市 → 长沙, 兴安盟 → 兴安), or None when it has
    no administrative suffix or the stem would be one character (忠县 → 忠 is refused).

    `nations` (longest first) are stripped before 自治…: 长阳土家族自治县 → 长阳. The one rule for the
    lexicon (admin.tsv) and for the map gazetteer (export/geo.py), which lists every division under
    its short form, also where admin.tsv gave that form to another division.
    """
    for suf in _SUFFIXES:
        if name.endswith(suf) and len(name) > len(suf):
            stem = name[: -len(suf)]
            if suf == "林区" and len(stem) < 3:
                continue  # 万柏林区, 西林区 are 林 + 区; the one forest district is 神农架林区
            if suf.startswith("自治"):
                changed = True
                while changed:
                    changed = False
                    for n in nations:
                        for form in (n, n[:-1]):
                            if form and stem.endswith(form) and len(stem) > len(form):
                                stem = stem[: -len(form)]
                                changed = True
            return stem if len(stem) >= 2 else None
    return None


def _kind(adcode: str, name: str) -> str:
    if adcode[2:] == "0" * 10:
        return "city" if name.endswith("市") else "province"
    if adcode[4:] == "0" * 8:
        return "city"
    return "county"


def derive_admin(adcodes: Path, nations_csv: Path, words: dict[str, tuple[int, str]]) -> list[tuple]:
    nations = [n.strip() for n in nations_csv.read_text(encoding="utf-8").splitlines() if n.strip()]
    nations.sort(key=len, reverse=True)
    rank = {"province": 0, "city": 1, "county": 2}
    best: dict[str, tuple] = {}
    with adcodes.open(encoding="utf-8") as f:
        for row in csv.DictReader(f):
            name, code = row["name"], row["adcode"]
            if name in _GENERIC or not re.fullmatch(r"[\u4e00-\u9fff]{2,}", name):
                continue
            kind = _kind(code, name)
            entries = [(name, kind, row["longitude"], row["latitude"], code, name, "")]
            short = short_form(name, nations)
            if short:
                freq, tag = words.get(short, (0, "ns"))
                weak = "" if tag in _PROPER or freq < (2000 if kind != "county" else 300) else "common"
                entries.append((short, kind, row["longitude"], row["latitude"], code, name, weak))
            for e in entries:
                old = best.get(e[0])
                if old is None or (not e[6], -rank[e[1]]) > (not old[6], -rank[old[1]]):
                    best[e[0]] = e
    return sorted(best.values(), key=lambda e: e[4])


def _common_stem(stem: str, words: dict[str, tuple[int, str]]) -> bool:
    """A stem that is itself a common non-name word (高山, 开山, 直属机关) makes no toponym."""
    freq, tag = words.get(stem, (0, "ns"))
    return tag not in _PROPER and freq > (300 if len(stem) == 1 else 1000)


def derive_features(words: dict[str, tuple[int, str]], admin_names: set[str]) -> list[tuple]:
    out = []
    sufs = sorted(FEATURE_SUFFIX, key=len, reverse=True)
    for w, (_freq, tag) in words.items():
        if tag != "ns" or w in admin_names or w in _NOT_PLACES or not re.fullmatch(r"[\u4e00-\u9fff]{2,5}", w):
            continue
        if len(w) > 4 and not _FOREIGN.search(w) or _NOT_TOPONYM.search(w):
            continue
        for s in sufs:
            if w.endswith(s) and len(w) > len(s):
                stem, kind = w[: -len(s)], FEATURE_SUFFIX[s]
                if stem in _GENERIC_STEMS or kind == "village" or s == "街" or _common_stem(stem, words):
                    break
                if len(w) == 4 and _common_stem(w[:2], words):
                    break  # 深山峻岭: an idiom, not a name
                out.append((w, kind))
                break
    return sorted(out)


def main(argv: list[str]) -> int:
    adcodes, nations, jdict = map(Path, argv[1:4])
    words = _common_words(jdict)
    admin = derive_admin(adcodes, nations, words)
    with (HERE / "admin.tsv").open("w", encoding="utf-8") as f:
        f.write("# name\tkind\tlon\tlat\tadcode\tofficial_name\tflag ('common': also an everyday word)  (derived from cpca 0.5.5 adcodes.csv; see SOURCES.md)\n")
        for e in admin:
            f.write("\t".join(e) + "\n")
    feats = derive_features(words, {e[0] for e in admin})
    with (HERE / "features.tsv").open("w", encoding="utf-8") as f:
        f.write("# name\tkind  (jieba 0.42.1 dict.txt words tagged ns with a natural-feature suffix; see SOURCES.md)\n")
        for e in feats:
            f.write("\t".join(e) + "\n")
    with (HERE / "common_words.tsv").open("w", encoding="utf-8") as f:
        f.write("# word\tfreq\tpos  (jieba 0.42.1 dict.txt: words of 1-4 characters with freq >= 20, or >= 5 when no "
                "proper noun; used to tell everyday words from toponyms)\n")
        n_common = 0
        for w, (freq, tag) in words.items():
            if len(w) <= 4 and (freq >= 20 or tag not in _PROPER and freq >= 5):
                f.write(f"{w}\t{freq}\t{tag}\n")
                n_common += 1
    print(f"admin {len(admin)} names, features {len(feats)} names, common words {n_common}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
