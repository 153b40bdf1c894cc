"""Extraction quality on hand-made gold: each seed and each held-out dev text (other sources,
genres, scripts and one Big5 file) is built through the CLI and scored by the vendored scorer
(tests/eval/score.py, as a subprocess); its macro F1 must not fall below the document's floor
in tests/data/dev/manifest.json. The gold files themselves are checked too: well-formed, and
scoring 1.0 against themselves. A document x field F1 table is printed for the CI log
(also: python benchmarks/extract_quality.py)."""

from __future__ import annotations

import dataclasses
import importlib.util
import json
import re
import subprocess
import sys

import pytest
from helpers import ROOT, run_cli

_spec = importlib.util.spec_from_file_location("extract_quality", ROOT / "benchmarks" / "extract_quality.py")
quality = importlib.util.module_from_spec(_spec)
sys.modules[_spec.name] = quality  # dataclasses look their module up
_spec.loader.exec_module(quality)

DOCS = quality.documents()
IDS = [d.id for d in DOCS]
DEV = ROOT / "tests" / "data" / "dev"
GOLD_TO_RDF = ROOT / "tests" / "eval" / "gold_to_rdf.py"
SIDES = {"CN", "JP", "OTHER"}
QUALIFIERS = {"exact", "at_least", "at_most", "about"}
DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")


def _cli_build(text, out, store):
    return run_cli("build", str(text), "-o", str(out), store=store)


@pytest.fixture(scope="module")
def results(tmp_path_factory, request):
    """Build and score every document once (in parallel) and print the table."""
    res = quality.evaluate_all(DOCS, tmp_path_factory.mktemp("quality"), build=_cli_build)
    table = "\nextraction quality (F1 per field; '-' = not in gold and not predicted):\n" + quality.table(res)
    capman = request.config.pluginmanager.get_plugin("capturemanager")  # show it in CI logs, even captured
    if capman is not None:
        with capman.global_and_fixture_disabled():
            print(table, flush=True)
    else:
        print(table)
    return {r.doc.id: r for r in res}


@pytest.mark.slow  # builds all documents once: ~30 s of CPU, 1-2 min on a quiet machine, 10+ under load
@pytest.mark.timeout(1800)  # the first test also pays for the fixture's builds of all 156 documents
@pytest.mark.parametrize("doc", DOCS, ids=IDS)
def test_macro_f1_stays_above_floor(doc, results):
    r = results[doc.id]
    assert r.macro is not None, f"{doc.id}: {r.report}"
    assert r.macro >= doc.floor, (f"{doc.id} ({doc.genre}): macro F1 {r.macro:.3f} fell below its floor "
                                  f"{doc.floor:.2f}\n{r.report}")


@pytest.mark.parametrize("doc", DOCS, ids=IDS)
def test_gold_scores_itself_perfectly(doc, tmp_path):
    """The gold, written as RDF by gold_to_rdf.py, gets F1 1.0 in every core field that applies."""
    nt = tmp_path / "gold.nt"
    subprocess.run([sys.executable, str(GOLD_TO_RDF), str(doc.gold), str(nt)], check=True, timeout=120)
    scored, report = quality.score(doc.gold, nt, tmp_path / "self.json")
    assert scored["macro_f1"] == 1.0, report
    assert all(scored["fields"][f]["f1"] == 1.0 for f in quality.CORE if f in scored["fields"]), report


@pytest.mark.parametrize("doc", [d for d in DOCS if d.set in ("dev", "heldout")],
                         ids=[d.id for d in DOCS if d.set in ("dev", "heldout")])
def test_dev_gold_is_well_formed(doc):
    gold = json.loads(doc.gold.read_text(encoding="utf-8"))
    battles = gold["battles"]
    assert gold["document"] == doc.text.name and battles
    people = {c["name"] for b in battles for c in b["commanders"] + b["ok_commanders"]}
    units = {u["name"] for b in battles for u in b["units"] + b["ok_units"]}
    for b in battles:
        assert b["name"] and all(DATE.fullmatch(b[k]) for k in ("start", "end") if b.get(k)), b["name"]
        for u in b["units"] + b["ok_units"] + b["commanders"] + b["ok_commanders"]:
            assert u["side"] in SIDES and u["name"].strip() == u["name"] != "", (b["name"], u)
        for r in b["casualties"] + b["strength"]:
            assert r["side"] in SIDES and isinstance(r["count"], int) and r["count"] > 0, (b["name"], r)
            assert r["qualifier"] in QUALIFIERS, (b["name"], r)
        for c in b["commands"] + b["ok_commands"]:  # a command links a known person to a known unit
            assert c["side"] in SIDES and c["person"] in people and c["unit"] in units, (b["name"], c)


def test_dev_set_files_are_all_listed_and_sourced():
    listed = {d.text.name for d in DOCS if d.set == "dev"}
    on_disk = {p.name for p in DEV.glob("*.txt")}
    assert listed == on_disk
    sources = (DEV / "SOURCES.md").read_text(encoding="utf-8")
    assert all(name in sources for name in listed)
    assert len({d.id for d in DOCS}) == len(DOCS)


def test_heldout_files_are_all_listed_and_sourced():
    """The held-out texts (annotated after tuning, never tuned on) are all in the manifest and sourced."""
    heldout = ROOT / "tests" / "data" / "heldout"
    listed = {d.text.name for d in DOCS if d.set == "heldout"}
    assert listed == {p.name for p in heldout.glob("*.txt")} and listed
    sources = (heldout / "SOURCES.md").read_text(encoding="utf-8")
    assert all(name in sources for name in listed)


def test_big5_copy_really_needs_decoding():
    """The Big5 copy is not UTF-8 and decodes to exactly the UTF-8 original."""
    raw = (DEV / "dev07_wanjialing_zhhant_big5.txt").read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    assert raw.decode("big5") == (DEV / "dev07_wanjialing_zhhant.txt").read_text(encoding="utf-8")


def test_update_floors_puts_each_floor_just_below_its_measurement(tmp_path):
    manifest = tmp_path / "manifest.json"
    manifest.write_text((DEV / "manifest.json").read_text(encoding="utf-8"), encoding="utf-8")
    a, b, c = quality.documents(manifest)[:3]
    quality.update_floors([quality.Result(a, 0.8567), quality.Result(b, 0.85), quality.Result(c, None)], 0.02, manifest)
    data = json.loads(manifest.read_text(encoding="utf-8"))
    floors = {d["id"]: d["floor"] for d in data["documents"]}
    assert (floors[a.id], floors[b.id], floors[c.id]) == (0.83, 0.83, 0.0)
    assert data["measured"]["margin"] == 0.02 and data["measured"]["at"]


def test_table_flags_failed_builds_and_documents_below_their_floor():
    a, b, c = (dataclasses.replace(d, floor=0.5) for d in DOCS[:3])
    f = {"battles": {"gold": 2, "pred": 2, "tp": 2, "f1": 1.0}, "units": {"gold": 0, "pred": 0, "tp": 0, "f1": 1.0}}
    lines = quality.table([quality.Result(a, 0.4, f), quality.Result(b, None), quality.Result(c, 0.9, f)]).splitlines()
    assert lines[2].startswith(a.id) and lines[2].endswith(" <") and " 1.00 " in lines[2]
    assert "FAILED" in lines[3] and lines[3].endswith(" <")
    assert not lines[4].endswith(" <")
    merged = {"battles": {"gold": 7, "pred": 5, "tp": 7, "f1": 1.167}}
    assert "F1 > 1 in " + a.id + ":battles" in quality.table([quality.Result(a, 0.9, merged)])
