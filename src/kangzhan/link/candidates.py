"""Find the snapshot items whose labels, aliases or battle-name cores agree with an entity's names."""

from __future__ import annotations

from collections import defaultdict

from kangzhan.link.match import ZH_LANGS
from kangzhan.link.model import Entity, Item
from kangzhan.link.names import battle_core, norm


def _keys(text: str, lang: str) -> list[str]:
    base = lang.split("-")[0]
    zh = base in ("zh", "ja") or not lang
    n = norm(text, "ja" if base == "ja" else "zh" if zh else "en")
    if not n:
        return []
    keys = [n]
    if zh:
        keys.append("core:" + (battle_core(n) or n))
    return keys


class SnapshotIndex:
    """Label → items lookup over the snapshot (all languages, aliases, battle cores)."""

    def __init__(self, items: list[Item]):
        self.items = items
        self._by_key: dict[str, list[Item]] = defaultdict(list)
        for it in items:
            keys: set[str] = set()
            for src in (it.labels, it.aliases):
                for lang, texts in src.items():
                    for t in texts:
                        keys.update(_keys(t, lang if lang in ZH_LANGS else "en"))
            for k in sorted(keys):
                self._by_key[k].append(it)

    def candidates(self, entity: Entity) -> list[Item]:
        seen: dict[str, Item] = {}
        for text, lang in (*entity.labels, *entity.alt_labels):
            for k in _keys(text, lang):
                for it in self._by_key.get(k, ()):
                    seen.setdefault(it.qid, it)
        return list(seen.values())
