"""Live candidates from the Wikidata Query Service (or any SPARQL 1.1 endpoint shaped like it).

A polite client: a User-Agent naming the project, at most one request per `min_interval` seconds,
retries with backoff on 429/5xx and timeouts (honouring Retry-After), a timeout per request, and
an on-disk cache of answers so a rerun does not ask again. Errors are one-line KangzhanErrors:
WdqsUnreachable when the endpoint cannot be reached at all (the caller falls back to the
snapshot), WdqsError when it answered badly or too slowly.

Properties used (Wikidata's direct-claim namespace wdt:): P31 instance of, P580/P582 start/end
time, P585 point in time, P625 coordinates, P361 part of — the names used in the WDQS queries of
goncalojacob/atlas-causal:docs/m42-umbrella-children.md and this project's issue 6 — and, for
people and units, P569/P570 birth/death, P571/P576 inception/dissolution, P27 country of
citizenship and P17 country (their labels tell the side).
"""

from __future__ import annotations

import hashlib
import json
import re
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

from kangzhan import __version__
from kangzhan.errors import KangzhanError
from kangzhan.link.model import WD_ENTITY, Entity, Item
from kangzhan.link.names import norm, to_traditional

DEFAULT_ENDPOINT = "https://query.wikidata.org/sparql"
USER_AGENT = (f"kangzhan/{__version__} (https://w3id.org/kangzhan; knowledge graph of the War of Resistance; "
              "links battles, commanders, units and places to Wikidata) python-urllib")
RETRY_STATUS = {429, 500, 502, 503, 504}

_KIND_WORDS = [
    ("human", re.compile(r"^human$")),
    ("battle", re.compile(r"\b(battle|siege|military operation|military campaign|campaign|offensive|war|"
                          r"conflict|invasion|military engagement|operation|skirmish|ambush)\b")),
    ("place", re.compile(r"\b(administrative|city|county|town|township|village|river|mountain|pass|lake|"
                         r"province|prefecture|district|region|island|settlement|capital|municipality|"
                         r"fort|fortress|port|peninsula|valley|plain|hill)\b")),
    ("military unit", re.compile(r"\b(military unit|division|army|corps|brigade|regiment|battalion|"
                                 r"military formation|detachment|fleet|air force)\b")),
]


class WdqsError(KangzhanError):
    """The query service answered with an error, something unreadable, or not in time."""


class WdqsUnreachable(WdqsError):
    """The query service cannot be reached (network down, DNS, connection refused)."""


def kind_of(class_labels: list[str]) -> str:
    """battle / human / military unit / place from the English labels of an item's P31 classes."""
    labels = [c.casefold() for c in class_labels if c]
    for kind, rx in _KIND_WORDS:
        if any(rx.search(c) for c in labels):
            return kind
    return "other"


def _literal(text: str, lang: str) -> str:
    return json.dumps(text, ensure_ascii=False) + "@" + lang


def names_for(entity: Entity) -> list[str]:
    """SPARQL literals to look up: each zh name as zh, zh-hans, (converted) zh-hant and ja; en as en."""
    out = []
    for text, lang in (*entity.labels, *entity.alt_labels):
        if lang.startswith("en"):
            out.append(_literal(text, "en"))
        else:
            out += [_literal(text, "zh"), _literal(text, "zh-hans"), _literal(to_traditional(text), "zh-hant"),
                    _literal(to_traditional(text), "ja")]
    return list(dict.fromkeys(out))


def candidate_query(entity: Entity | list[Entity]) -> str:
    """One query for the candidates of one entity or of a batch of them (VALUES holds all names)."""
    batch = entity if isinstance(entity, list) else [entity]
    values = " ".join(dict.fromkeys(n for e in batch for n in names_for(e)))
    return f"""PREFIX wdt: <http://www.wikidata.org/prop/direct/>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX schema: <http://schema.org/>
SELECT ?item ?name ?via ?classLabel ?desc ?enLabel ?start ?end ?point ?coord ?partOf ?born ?died ?countryLabel WHERE {{
  VALUES ?name {{ {values} }}
  {{ ?item rdfs:label ?name . BIND("label" AS ?via) }} UNION {{ ?item skos:altLabel ?name . BIND("alias" AS ?via) }}
  OPTIONAL {{ ?item wdt:P31 ?class . OPTIONAL {{ ?class rdfs:label ?classLabel . FILTER(LANG(?classLabel) = "en") }} }}
  OPTIONAL {{ ?item schema:description ?desc . FILTER(LANG(?desc) = "en") }}
  OPTIONAL {{ ?item rdfs:label ?enLabel . FILTER(LANG(?enLabel) = "en") }}
  OPTIONAL {{ ?item wdt:P580 ?start }}
  OPTIONAL {{ ?item wdt:P582 ?end }}
  OPTIONAL {{ ?item wdt:P585 ?point }}
  OPTIONAL {{ ?item wdt:P625 ?coord }}
  OPTIONAL {{ ?item wdt:P361 ?partOf }}
  OPTIONAL {{ ?item wdt:P569|wdt:P571 ?born }}
  OPTIONAL {{ ?item wdt:P570|wdt:P576 ?died }}
  OPTIONAL {{ ?item wdt:P27|wdt:P17 ?country . ?country rdfs:label ?countryLabel . FILTER(LANG(?countryLabel) = "en") }}
}}
LIMIT 5000"""


def _value(b: dict, key: str) -> str | None:
    v = b.get(key)
    return v.get("value") if isinstance(v, dict) else None


def _coords(wkt: str | None) -> tuple[float, float] | None:
    m = re.match(r"^\s*Point\(\s*(-?[\d.]+)\s+(-?[\d.]+)\s*\)", wkt or "")
    return (float(m.group(2)), float(m.group(1))) if m else None


def items_from_bindings(bindings: list[dict], endpoint: str) -> list[Item]:
    """Group result rows by item into Item records (kind from the P31 class labels)."""
    grouped: dict[str, dict] = {}
    for b in bindings:
        iri = _value(b, "item") or ""
        if not iri.startswith(WD_ENTITY) or not re.fullmatch(r"Q[1-9]\d*", iri[len(WD_ENTITY):]):
            continue
        g = grouped.setdefault(iri[len(WD_ENTITY):], {"labels": {}, "aliases": {}, "classes": set(), "desc": "",
                                                       "start": [], "end": [], "coords": None, "partOf": set(),
                                                       "countries": set()})
        name = b.get("name") or {}
        lang = name.get("xml:lang", "")
        target = g["labels"] if _value(b, "via") == "label" else g["aliases"]
        if name.get("value"):
            target.setdefault(lang, set()).add(name["value"])
        if _value(b, "enLabel"):
            g["labels"].setdefault("en", set()).add(_value(b, "enLabel"))
        if _value(b, "classLabel"):
            g["classes"].add(_value(b, "classLabel"))
        g["desc"] = g["desc"] or (_value(b, "desc") or "")
        for key, dest in (("start", "start"), ("point", "start"), ("end", "end"), ("point", "end"),
                          ("born", "start"), ("died", "end")):
            if _value(b, key):
                g[dest].append(_value(b, key)[:10])
        g["coords"] = g["coords"] or _coords(_value(b, "coord"))
        if _value(b, "countryLabel"):
            g["countries"].add(_value(b, "countryLabel"))
        part = _value(b, "partOf") or ""
        if part.startswith(WD_ENTITY):
            g["partOf"].add(part[len(WD_ENTITY):])
    items = []
    for qid, g in sorted(grouped.items(), key=lambda kv: int(kv[0][1:])):
        items.append(Item(
            qid=qid, kind=kind_of(sorted(g["classes"])),
            labels={k: tuple(sorted(v)) for k, v in g["labels"].items()},
            aliases={k: tuple(sorted(v)) for k, v in g["aliases"].items()},
            start=min(g["start"]) if g["start"] else None, end=max(g["end"]) if g["end"] else None,
            coords=g["coords"], part_of=min(g["partOf"]) if g["partOf"] else None,
            country="; ".join(sorted(g["countries"])) or None,
            description=g["desc"], confidence="confirmed", sources=(endpoint,), origin="wdqs",
        ))
    return items


class WdqsClient:
    """Ask a SPARQL endpoint for the candidates of one entity at a time, politely and with a cache."""

    def __init__(self, endpoint: str = DEFAULT_ENDPOINT, cache_dir: Path | None = None, timeout: float = 30.0,
                 retries: int = 3, backoff: float = 2.0, min_interval: float = 1.0):
        if not re.match(r"^https?://", endpoint or ""):
            raise KangzhanError(f"{endpoint!r}: the endpoint must be an http:// or https:// URL")
        self.endpoint, self.cache_dir, self.timeout = endpoint, cache_dir, timeout
        self.retries, self.backoff, self.min_interval = retries, backoff, min_interval
        self._last = 0.0
        self.requests = 0

    # -- cache -------------------------------------------------------------------------------------
    def _cache_path(self, query: str) -> Path | None:
        if self.cache_dir is None:
            return None
        key = hashlib.sha256(f"{self.endpoint}\n{query}".encode()).hexdigest()
        return self.cache_dir / key[:2] / f"{key}.json"

    def _cached(self, query: str) -> list[dict] | None:
        p = self._cache_path(query)
        if p is None or not p.is_file():
            return None
        try:
            return json.loads(p.read_text(encoding="utf-8"))["results"]["bindings"]
        except (OSError, ValueError, KeyError, TypeError):
            return None  # a damaged cache entry is asked again

    def _store(self, query: str, doc: dict) -> None:
        p = self._cache_path(query)
        if p is None:
            return
        try:
            p.parent.mkdir(parents=True, exist_ok=True)
            tmp = p.with_suffix(".tmp")
            tmp.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
            tmp.replace(p)
        except OSError:
            pass  # the cache is an optimisation; a read-only disk must not stop linking

    # -- HTTP --------------------------------------------------------------------------------------
    def _wait_turn(self) -> None:
        delay = self._last + self.min_interval - time.monotonic()
        if delay > 0:
            time.sleep(delay)
        self._last = time.monotonic()

    def _post(self, query: str) -> dict:
        data = urllib.parse.urlencode({"query": query}).encode("utf-8")
        req = urllib.request.Request(self.endpoint, data=data, method="POST", headers={
            "User-Agent": USER_AGENT, "Accept": "application/sparql-results+json",
            "Content-Type": "application/x-www-form-urlencoded"})
        last = ""
        for attempt in range(self.retries + 1):
            self._wait_turn()
            self.requests += 1
            wait = self.backoff * (2 ** attempt)
            try:
                with urllib.request.urlopen(req, timeout=self.timeout) as resp:
                    body = resp.read()
                try:
                    doc = json.loads(body.decode("utf-8"))
                    doc["results"]["bindings"]  # noqa: B018 - shape check
                    return doc
                except (UnicodeDecodeError, ValueError, KeyError, TypeError):
                    raise WdqsError(f"{self.endpoint} did not answer with SPARQL JSON results") from None
            except urllib.error.HTTPError as e:
                last = f"{self.endpoint} answered HTTP {e.code} {e.reason}"
                if e.code not in RETRY_STATUS:
                    raise WdqsError(last) from None
                retry_after = e.headers.get("Retry-After", "") if e.headers else ""
                if retry_after.isdigit():
                    wait = min(float(retry_after), 60.0)
            except TimeoutError:
                last = f"{self.endpoint} did not answer within {self.timeout:g} s"
            except urllib.error.URLError as e:
                if isinstance(e.reason, TimeoutError):
                    last = f"{self.endpoint} did not answer within {self.timeout:g} s"
                else:
                    raise WdqsUnreachable(f"cannot reach {self.endpoint} ({getattr(e.reason, 'strerror', None) or e.reason})") from None
            except (ConnectionError, OSError) as e:
                raise WdqsUnreachable(f"cannot reach {self.endpoint} ({e.strerror or e})") from None
            if attempt < self.retries:
                time.sleep(wait)
        raise WdqsError(f"{last} (after {self.retries + 1} attempts)")

    def select(self, query: str) -> list[dict]:
        cached = self._cached(query)
        if cached is not None:
            return cached
        doc = self._post(query)
        self._store(query, doc)
        return doc["results"]["bindings"]

    def candidates(self, entity: Entity) -> list[Item]:
        if not names_for(entity):
            return []
        return items_from_bindings(self.select(candidate_query(entity)), self.endpoint)

    def candidates_many(self, entities: list[Entity], batch: int = 25) -> list[list[Item]]:
        """Candidates for each entity, asking for `batch` entities per request (fewer, politer requests)."""
        out: list[list[Item]] = [[] for _ in entities]
        todo = [i for i, e in enumerate(entities) if names_for(e)]
        for k in range(0, len(todo), batch):
            chunk = todo[k:k + batch]
            items = items_from_bindings(self.select(candidate_query([entities[i] for i in chunk])), self.endpoint)
            for i in chunk:
                mine = _name_keys(entities[i])
                out[i] = [it for it in items if _item_keys(it) & mine]
        return out


def _name_keys(entity: Entity) -> set[str]:
    return {norm(t, "en" if lang.startswith("en") else "zh") for t, lang in (*entity.labels, *entity.alt_labels)}


def _item_keys(item: Item) -> set[str]:
    return {norm(t, "en" if lang.startswith("en") else lang or "zh")
            for src in (item.labels, item.aliases) for lang, texts in src.items() for t in texts}
