"""`kangzhan link` offline (the shipped snapshot): precision/recall on the seeds against the
confirmed identifiers of tests/data/wikidata_refs.tsv, stable links, SHACL, reports, bad input."""

from __future__ import annotations

import csv
import json
import re
import shutil
import unicodedata

import pytest
from helpers import ROOT, SEEDS, run_cli
from link_support import all_quads_text, entity_quads, links_text, make_store, same_as

from kangzhan.store import current_generation

REFS = ROOT / "tests" / "data" / "wikidata_refs.tsv"
SNAPSHOT = ROOT / "src" / "kangzhan" / "link" / "snapshot"
SUFFIXES = ("会战", "战役", "大捷", "保卫战", "抗战", "作战")
# Words that make a name a battle's name rather than a place's.
BATTLE_WORDS = (*SUFFIXES, "攻势", "之战", "战斗", "战争", "攻防战", "阻击战")


def gold(kinds: tuple[str, ...]) -> dict[str, set[str]]:
    """QID → the Chinese names a confirmed row of the reference table gives for it."""
    out: dict[str, set[str]] = {}
    with REFS.open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            if row["kind"] not in kinds or row["confidence"] != "confirmed":
                continue
            names = set()
            for part in re.split(r"\s*/\s*|（|）", row["label_zh"]):
                part = part.strip()
                if part and not re.search(r"[0-9A-Za-z，]", part) and part not in SUFFIXES:
                    names.add(part)
            out[row["qid"]] = names
    return out


def owner(gold_names: dict[str, set[str]], label: str) -> str | None:
    hits = [q for q, names in gold_names.items() if label in names]
    return hits[0] if len(hits) == 1 else None


def labelled_links(store, cls: str) -> list[tuple[str, str, str]]:
    """(entity, zh label, QID) of every owl:sameAs link of entities of class kz:CLS."""
    r = run_cli("query", f"""SELECT DISTINCT ?s ?l ?o WHERE {{
        GRAPH <https://w3id.org/kangzhan/graph/links> {{ ?s owl:sameAs ?o }}
        ?s a kz:{cls} ; rdfs:label ?l . FILTER(LANGMATCHES(LANG(?l), "zh")) }}""", "--format", "csv", store=store)
    assert r.returncode == 0, r.stderr
    rows = list(csv.DictReader(r.stdout.splitlines()))
    return [(x["s"], unicodedata.normalize("NFC", x["l"]), x["o"].rsplit("/", 1)[-1]) for x in rows]


def battle_labels(store) -> set[str]:
    r = run_cli("query", "SELECT DISTINCT ?l WHERE { ?b a kz:Battle ; rdfs:label ?l }", "--format", "csv", store=store)
    assert r.returncode == 0, r.stderr
    return {line.strip() for line in r.stdout.splitlines()[1:]}


@pytest.fixture(scope="module")
def seed_store(tmp_path_factory):
    store = tmp_path_factory.mktemp("link") / "store"
    r = run_cli("build", str(SEEDS), store=store)
    assert r.returncode == 0, r.stderr
    return store


def named_in(text: str, battles: dict[str, set[str]]) -> tuple[set[str], set[str]]:
    """(strict, filtered): the confirmed battle rows one of whose names occurs in the text, and
    those of them named with a battle word somewhere (昆仑关大捷, not only the pass 昆仑关)."""
    strict = {q for q, names in battles.items() if any(n in text for n in names)}
    filtered = {q for q in strict if any(n in text and n.endswith(BATTLE_WORDS) for n in battles[q])}
    return strict, filtered


def test_seed_battle_links_precision_and_recall(seed_store, tmp_path):
    """Gold: the confirmed battle rows of the reference table.

    Precision: a link is right when its entity's label is one of the names of the row of its QID.
    Recall (strict, asserted): over every confirmed row one of whose names occurs in the seed
    texts, whether or not the extractor found it. The filtered figure (printed) leaves out rows
    whose names occur only as bare place names used as places (seed 002: 平型关, 忻口, 台儿庄,
    万家岭 name the pass, the town, the village where fighting happened, never 'X战役'), which
    an extractor rightly reads as places.
    """
    battles = gold(("battle",))
    links = labelled_links(seed_store, "Battle")
    judged = [(label, qid) for _, label, qid in links if qid in battles or owner(battles, label)]
    right = [(label, qid) for label, qid in judged if label in battles.get(qid, ())]
    linked = {qid for label, qid in right}
    precision = len(right) / len(judged) if judged else 0.0
    seed_text = "".join(p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt")))
    strict, filtered = named_in(seed_text, battles)
    found = {q for q, names in battles.items() if names & battle_labels(seed_store)}
    recall = len(linked & strict) / len(strict)
    recall_filtered = len(linked & filtered) / len(filtered)
    print(f"\nbattle links: {len(judged)} judged, precision {precision:.3f}; "
          f"recall strict {recall:.3f} ({len(linked & strict)}/{len(strict)} confirmed battles named in the seeds), "
          f"filtered {recall_filtered:.3f} ({len(linked & filtered)}/{len(filtered)} named as battles); "
          f"{len(found)} extracted; not linked: {sorted(strict - linked)}")
    assert len(strict) >= 25 and filtered < strict  # the gold is read as intended
    assert judged, "no battle link could be judged"
    assert precision >= 0.95, sorted(set(judged) - set(right))
    assert recall >= 0.80, sorted(strict - linked)


def cited_people() -> dict[str, set[str]]:
    """QID → names (normalised to Simplified Chinese) of the people of the reference table and of
    the participants table the snapshot cites (ww2-atlas's Wikidata export: identifier and ja/en
    label side by side)."""
    from kangzhan.link.names import norm

    out = {q: {norm(n, "zh") for n in names} for q, names in gold(("person",)).items()}
    with (SNAPSHOT / "ww2atlas_wikidata_events.tsv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            if row["kind"] == "human":
                out.setdefault(row["qid"], set()).update({norm(row["label_ja"], "ja"), norm(row["label_en"], "en")})
    return out


def test_no_person_or_place_link_is_wrong(seed_store, tmp_path):
    """On the seed build and on hand-made entities: every person or place link goes to an item a
    cited table names exactly so, and the seed's commanders of both sides are linked. (Rejection
    of the other side, of another time, and of units without side agreement: test_link_match.)"""
    from kangzhan.link.names import norm

    people, places = cited_people(), gold(("place",))
    store = make_store(tmp_path / "store", entity_quads([
        ("person/蒋介石", "human", "蒋介石", None, "China"),
        ("person/陈诚", "human", "陈诚", None, "China"),
        *[(f"place/{n}", "place", n, None, None) for n in ("长沙", "宜昌", "南京", "武汉", "承德", "长江", "江陵", "津市")],
    ]))
    assert run_cli("link", "--store", str(store)).returncode == 0
    checked = 0
    for st in (seed_store, store):
        for _, label, qid in labelled_links(st, "Person"):
            assert qid in people and norm(label, "zh") in people[qid], f"wrong Person link: {label} → {qid}"
            checked += 1
        for _, label, qid in labelled_links(st, "Place"):
            assert qid in places and label in places[qid], f"wrong Place link: {label} → {qid}"
            checked += 1
    seed_people = {label: qid for _, label, qid in labelled_links(seed_store, "Person")}
    print(f"\nperson links on the seeds: {seed_people}")
    # commanders of both sides named in the seed texts, whose identifiers a cited table holds
    assert {"薛岳", "冈村宁次", "杨森", "关麟徵", "蒋介石"} <= set(seed_people), seed_people
    links = same_as(store)
    assert links["https://w3id.org/kangzhan/resource/person/蒋介石"] == "Q16574"
    assert links["https://w3id.org/kangzhan/resource/person/陈诚"] == "Q701313"
    assert links["https://w3id.org/kangzhan/resource/place/承德"] == "Q58675"  # the city, not the battle
    assert "https://w3id.org/kangzhan/resource/place/江陵" not in links  # no cited item for it
    assert checked >= 12


@pytest.mark.slow
def test_links_survive_rebuilds_identically(seed_store, tmp_path):
    first = links_text(seed_store)
    assert "owl#sameAs" in first and "LinkEvidence" in first
    other = tmp_path / "again"
    assert run_cli("build", str(SEEDS), store=other).returncode == 0
    assert links_text(other) == first  # a fresh build: same IRIs, same links, byte for byte
    assert run_cli("build", str(SEEDS), store=other).returncode == 0  # an incremental rebuild
    assert links_text(other) == first
    assert run_cli("link", store=other).returncode == 0  # `kangzhan link` agrees with the build
    assert links_text(other) == first


def test_links_graph_passes_shacl_and_bad_sameas_fails(seed_store, tmp_path):
    r = run_cli("query", "CONSTRUCT { ?s ?p ?o } WHERE { GRAPH <https://w3id.org/kangzhan/graph/links> { ?s ?p ?o } }",
                "--format", "nt", store=seed_store)
    good = tmp_path / "links.nt"
    good.write_text(r.stdout, encoding="utf-8")
    v = run_cli("validate", str(good))
    assert v.returncode == 0, v.stdout + v.stderr
    v = run_cli("validate", store=seed_store)  # the store check covers the links graph too
    assert v.returncode == 0 and "no violations" in v.stdout, v.stdout + v.stderr
    bad = tmp_path / "bad.nt"
    bad.write_text(r.stdout + "<https://w3id.org/kangzhan/resource/battle/x> "
                   "<http://www.w3.org/2002/07/owl#sameAs> <http://dbpedia.org/resource/Battle_of_Wuhan> .\n",
                   encoding="utf-8")
    v = run_cli("validate", str(bad))
    assert v.returncode == 1 and "must be a Wikidata entity IRI" in v.stdout


def test_reports_carry_the_evidence(seed_store, tmp_path):
    csv_path, md_path = tmp_path / "r" / "links.csv", tmp_path / "links.md"
    for path in (csv_path, md_path):
        r = run_cli("link", "--report", str(path), store=seed_store)
        assert r.returncode == 0, r.stderr
        assert f"report → {path}" in r.stdout
    rows = list(csv.DictReader(csv_path.open(encoding="utf-8")))
    sure = [x for x in rows if x["relation"] == "sameAs"]
    assert sure and all(x["matched_labels"] and x["languages"] and x["score"] and x["type_compatible"] == "yes"
                        and x["dates"] and x["sources"] for x in sure)
    people = [x for x in sure if x["kind"] == "human"]
    assert people and all(x["side"] in ("agrees", "unknown") and x["dates"] != "unknown" for x in people)
    assert {"zh", "ja"} <= {lang for x in sure for lang in x["languages"].split()}
    md = md_path.read_text(encoding="utf-8")
    assert md.startswith("# Wikidata links") and "| label | kind | status |" in md and "| side |" in md and "owl:sameAs" in md


def test_bad_report_name_is_refused_before_anything_changes(seed_store, tmp_path):
    before = all_quads_text(seed_store)
    r = run_cli("link", "--report", str(tmp_path / "links.xlsx"), store=seed_store)
    assert r.returncode == 1 and "must end in .csv or .md" in r.stderr
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    r = run_cli("link", "--report", str(blocker / "links.csv"), store=seed_store)
    assert r.returncode == 1 and "cannot write the report" in r.stderr and "Traceback" not in r.stderr
    assert all_quads_text(seed_store) == before


@pytest.mark.parametrize("content, message", [
    (None, "is missing"),
    ("{not json", "is not valid JSON"),
    ('{"format": "something else", "items": []}', "is not a kangzhan Wikidata snapshot"),
    ('{"format": "kangzhan-wikidata-snapshot", "items": [{"qid": "Q1", "kind": "battle", "labels": {"zh": ["x"]}}]}',
     "without a source"),
    ('{"format": "kangzhan-wikidata-snapshot", "items": [{"qid": "P31", "kind": "battle", "sources": ["s"]}]}',
     "must look like Q123"),
])
def test_bad_or_missing_snapshot_is_one_line_and_changes_nothing(seed_store, tmp_path, content, message):
    snap = tmp_path / "snapshot.json"
    if content is not None:
        snap.write_text(content, encoding="utf-8")
    gen = current_generation(seed_store)
    before = all_quads_text(seed_store)
    r = run_cli("link", "--snapshot", str(snap), store=seed_store)
    assert r.returncode == 1 and message in r.stderr
    assert len(r.stderr.strip().splitlines()) == 1 and "Traceback" not in r.stderr
    assert current_generation(seed_store) == gen and all_quads_text(seed_store) == before


def test_shipped_snapshot_is_the_compiled_cited_tables(tmp_path):
    """items.json is exactly what compile_snapshot makes of the cited tables; every item has a source."""
    from kangzhan.link import compile_snapshot

    snap = ROOT / "src" / "kangzhan" / "link" / "snapshot"
    shipped = json.loads((snap / "items.json").read_text(encoding="utf-8"))
    assert shipped["items"] == compile_snapshot.compile_items(snap)
    assert all(it["sources"] for it in shipped["items"])
    assert (snap / "refs_seed_entities.tsv").read_bytes() == REFS.read_bytes()
    # the traps of the reference table's README are not in it
    assert not {"Q4501981"} & {it["qid"] for it in shipped["items"]}


def test_link_on_empty_store_is_one_line(tmp_path):
    r = run_cli("link", store=tmp_path / "nothing")
    assert r.returncode == 1 and "the store is empty" in r.stderr


@pytest.mark.slow
def test_build_without_snapshot_still_builds(tmp_path, monkeypatch):
    """A broken installation (snapshot gone) must not break `kangzhan build`: no links, a clean build."""
    import kangzhan.link.snapshot as snapmod

    missing = tmp_path / "gone.json"
    monkeypatch.setattr(snapmod, "DEFAULT_SNAPSHOT", missing)
    from kangzhan.corpus import build_store

    build_store(sorted(SEEDS.glob("*.txt"))[:1], tmp_path / "store")
    assert links_text(tmp_path / "store") == ""
    shutil.rmtree(tmp_path / "store")
