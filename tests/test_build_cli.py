"""The build command end to end: files in, RDF out, through the real CLI."""

from __future__ import annotations

import pyoxigraph as ox
import pytest
from helpers import SEED002, run_cli

KZ = "https://w3id.org/kangzhan/ontology#"


def _load(path, fmt=None):
    s = ox.Store()
    s.bulk_load(path=str(path), format=fmt or ox.RdfFormat.from_extension(path.suffix[1:]))
    return s


def _count(store, q):
    return int(next(iter(store.query(q, use_default_graph_as_union=True)))["n"].value)


def test_build_one_file_writes_valid_ntriples(tmp_path):
    out = tmp_path / "g.nt"
    r = run_cli("build", str(SEED002), "-o", str(out))
    assert r.returncode == 0, r.stderr
    s = _load(out)
    assert _count(s, f"SELECT (COUNT(DISTINCT ?b) AS ?n) WHERE {{ ?b a <{KZ}Battle> }}") >= 10
    # a graph built from one file holds that file alone: one source document, no ontology axioms
    assert _count(s, f"SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE {{ ?d a <{KZ}Document> }}") == 1
    assert _count(s, "SELECT (COUNT(*) AS ?n) WHERE { ?c a <http://www.w3.org/2002/07/owl#Class> }") == 0


def test_build_is_deterministic(tmp_path):
    a, b = tmp_path / "a.nt", tmp_path / "b.nt"
    assert run_cli("build", str(SEED002), "-o", str(a)).returncode == 0
    assert run_cli("build", str(SEED002), "-o", str(b)).returncode == 0
    assert a.read_bytes() == b.read_bytes()
    lines = a.read_text(encoding="utf-8").splitlines()
    assert lines == sorted(lines)


@pytest.mark.parametrize("ext", ["ttl", "nq", "trig", "jsonld"])
def test_output_formats_parse_back(tmp_path, ext):
    ref = tmp_path / "ref.nt"
    out = tmp_path / f"g.{ext}"
    assert run_cli("build", str(SEED002), "-o", str(ref)).returncode == 0
    r = run_cli("build", str(SEED002), "-o", str(out))
    assert r.returncode == 0, r.stderr
    n_ref = _count(_load(ref), "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
    assert _count(_load(out), "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }") == n_ref
    if ext in ("nq", "trig"):  # the document's named graph is kept
        s = _load(out)
        graphs = [g.value for g in s.named_graphs()]
        assert graphs == ["https://w3id.org/kangzhan/graph/document/002_1263db974dd0ab26"]


def test_unknown_output_extension_is_refused(tmp_path):
    r = run_cli("build", str(SEED002), "-o", str(tmp_path / "g.xyz"))
    assert r.returncode != 0
    assert "unknown output format" in r.stderr
    assert not (tmp_path / "g.xyz").exists()


SAMPLE = "1、台儿庄战役\n\n时间：1938年3月16日-1938年4月6日\n\n过程：中国第五战区李宗仁指挥部队在台儿庄与日军第10师团激战。\n"


def _one_line_error(r):
    assert r.returncode != 0
    assert "Traceback" not in r.stderr and "Traceback" not in r.stdout
    lines = [x for x in r.stderr.strip().splitlines() if x.strip()]
    assert len(lines) == 1, r.stderr
    return lines[0]


def test_missing_file(tmp_path):
    msg = _one_line_error(run_cli("build", str(tmp_path / "nope.txt"), "-o", str(tmp_path / "g.nt")))
    assert "no such file" in msg


def test_directory_without_text(tmp_path):
    d = tmp_path / "empty"
    d.mkdir()
    (d / "notes.md").write_text("x")
    msg = _one_line_error(run_cli("build", str(d), "-o", str(tmp_path / "g.nt")))
    assert "no .txt" in msg


def test_empty_file(tmp_path):
    f = tmp_path / "empty.txt"
    f.write_bytes(b"  \n")
    msg = _one_line_error(run_cli("build", str(f), "-o", str(tmp_path / "g.nt")))
    assert "empty" in msg
    assert not (tmp_path / "g.nt").exists()


def test_binary_file(tmp_path):
    f = tmp_path / "blob.txt"
    f.write_bytes(bytes(range(256)) * 40)
    msg = _one_line_error(run_cli("build", str(f), "-o", str(tmp_path / "g.nt")))
    assert "binary" in msg


def test_too_large_file(tmp_path):
    f = tmp_path / "big.txt"
    f.write_text(SAMPLE * 200, encoding="utf-8")
    msg = _one_line_error(run_cli("build", str(f), "--max-bytes", "1000", "-o", str(tmp_path / "g.nt")))
    assert "larger than the limit" in msg


@pytest.mark.parametrize("encoding", ["gb18030", "big5"])
def test_legacy_encodings_are_detected(tmp_path, encoding):
    """GB18030 and Big5 files are decoded (issue 4); the battle is found either way."""
    text = SAMPLE if encoding == "gb18030" else "1、台兒莊戰役\n\n時間：1938年3月16日-1938年4月6日\n\n過程：中國軍隊在台兒莊與日軍激戰。\n"
    f = tmp_path / f"{encoding}.txt"
    f.write_bytes(text.encode(encoding))
    out = tmp_path / "g.nt"
    r = run_cli("build", str(f), "-o", str(out))
    assert r.returncode == 0, r.stderr
    s = _load(out)
    rows = list(s.query(f"SELECT ?e WHERE {{ ?d <{KZ}encoding> ?e }}"))
    assert rows[0]["e"].value == encoding


def test_forced_encoding_mismatch_is_a_one_line_error(tmp_path):
    f = tmp_path / "gbk.txt"
    f.write_bytes(SAMPLE.encode("gb18030"))
    msg = _one_line_error(run_cli("build", str(f), "--encoding", "utf-8", "-o", str(tmp_path / "g.nt")))
    assert "not valid utf-8" in msg


def test_help_everywhere():
    for cmd in ([], ["build"], ["validate"], ["query"], ["stats"], ["serve"]):
        r = run_cli(*cmd, "--help")
        assert r.returncode == 0 and "Usage" in r.stdout, (cmd, r.stderr)
