"""Hostile files at the command line, filling the gaps of test_build_cli.py and test_hostile_cli.py:
a 200 MB file, the --max-bytes override, 0-byte and BOM-only files, compressed and image files,
unreadable files, unwritable outputs, and texts built to break the extractor. Every refusal is one
line on stderr, never a traceback; the previous store stays as it was and nothing is left behind."""

from __future__ import annotations

import gzip
import os
import shutil
import subprocess
import sys

import pyoxigraph as ox
import pytest
from helpers import run_cli

from kangzhan.validate import validate_quads

KZ = "https://w3id.org/kangzhan/ontology#"
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
SAMPLE = "1、台儿庄战役\n\n时间：1938年3月16日-1938年4月6日\n\n过程：中国第五战区李宗仁指挥部队在台儿庄与日军第10师团激战。\n"


def _one_line_error(r: subprocess.CompletedProcess) -> str:
    assert r.returncode != 0, r.stdout
    assert "Traceback" not in r.stderr + r.stdout
    lines = [x for x in r.stderr.strip().splitlines() if x.strip()]
    assert len(lines) == 1, r.stderr
    return lines[0]


def _count(store) -> int:
    r = run_cli("query", COUNT, "--format", "csv", store=store)
    assert r.returncode == 0, r.stderr
    return int(r.stdout.splitlines()[1])


@pytest.fixture(scope="module")
def built_store(tmp_path_factory):
    """A store holding one seed, built once; tests copy it so each starts from the same state."""
    base = tmp_path_factory.mktemp("base")
    src = base / "sample.txt"
    src.write_text(SAMPLE, encoding="utf-8")
    store = base / "store"
    r = run_cli("build", str(src), store=store)
    assert r.returncode == 0, r.stderr
    return store


@pytest.fixture
def store(built_store, tmp_path):
    s = tmp_path / "store"
    shutil.copytree(built_store, s, symlinks=True)
    return s


def _assert_untouched(store, before: int, listing: set[str]) -> None:
    assert _count(store) == before
    assert {p.name for p in store.iterdir()} == listing  # no new generation, no temp directory left


def _refused_into_store(store, path, *extra) -> str:
    before, listing = _count(store), {p.name for p in store.iterdir()}
    msg = _one_line_error(run_cli("build", str(path), *extra, store=store))
    _assert_untouched(store, before, listing)
    return msg


def test_200_mb_file_is_refused_without_reading_it(tmp_path, store):
    big = tmp_path / "big.txt"
    with open(big, "wb") as fh:  # sparse: 200 MB long, takes no disk space and no time to make
        fh.write(SAMPLE.encode())
        fh.truncate(200 * 1024 * 1024)
    msg = _refused_into_store(store, big)
    assert "209,715,200 bytes is larger than the limit" in msg and "--max-bytes" in msg
    out = tmp_path / "g.nt"
    _one_line_error(run_cli("build", str(big), "-o", str(out)))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["big.txt", "store"]


def test_max_bytes_override(tmp_path):
    text = SAMPLE + "\n" * 300_000  # ~300 KB, mostly blank lines (cheap to extract)
    f = tmp_path / "moderate.txt"
    f.write_text(text, encoding="utf-8")
    out = tmp_path / "g.nt"
    msg = _one_line_error(run_cli("build", str(f), "--max-bytes", "100000", "-o", str(out)))
    assert "larger than the limit of 100,000 bytes" in msg
    assert not out.exists()
    r = run_cli("build", str(f), "--max-bytes", "400000", "-o", str(out))
    assert r.returncode == 0, r.stderr
    assert f"<{KZ}Battle>" in out.read_text(encoding="utf-8")


@pytest.mark.parametrize("content, reason", [
    (b"", "empty"),
    (b"\xef\xbb\xbf", "empty"),  # a UTF-8 byte-order mark and nothing else
    (b"\xef\xbb\xbf \r\n\t\n", "empty"),
    ("\u3000\u3000\n".encode(), "empty"),  # ideographic spaces only
])
def test_empty_files(tmp_path, store, content, reason):
    f = tmp_path / "empty.txt"
    f.write_bytes(content)
    msg = _refused_into_store(store, f)
    assert msg.startswith("error: ") and str(f) in msg
    assert "empty" in msg or "no text" in msg or reason in msg


@pytest.mark.parametrize("name, content", [
    ("gzip", gzip.compress(SAMPLE.encode() * 50)),
    ("png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8),
    ("elf", b"\x7fELF\x02\x01\x01" + b"\x00" * 64 + bytes(range(256)) * 4),
])
def test_binary_files(tmp_path, store, name, content):
    f = tmp_path / f"{name}.txt"
    f.write_bytes(content)
    assert "binary" in _refused_into_store(store, f)


def _without_dac_override() -> list[str]:
    """Command prefix that makes permission bits count even for root (drop CAP_DAC_*), or []."""
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        if os.environ.get("CI") == "true":
            pytest.fail("running as root without setpriv: cannot make a file unreadable")
        pytest.skip("root reads any file and setpriv (util-linux) is missing")
    caps = "-dac_override,-dac_read_search"
    return [setpriv, f"--bounding-set={caps}", f"--inh-caps={caps}"]


def test_unreadable_file(tmp_path, store):
    prefix = _without_dac_override()
    f = tmp_path / "secret.txt"
    f.write_text(SAMPLE, encoding="utf-8")
    f.chmod(0)
    before, listing = _count(store), {p.name for p in store.iterdir()}
    env = dict(os.environ, KANGZHAN_STORE=str(store))
    env.pop("KANGZHAN_DEBUG", None)
    try:
        r = subprocess.run([*prefix, sys.executable, "-m", "kangzhan", "build", str(f)],
                           capture_output=True, text=True, env=env, timeout=300)
    finally:
        f.chmod(0o644)
    msg = _one_line_error(r)
    assert str(f) in msg and "ermission denied" in msg
    _assert_untouched(store, before, listing)


def test_unreadable_file_in_a_directory_is_named(tmp_path):
    prefix = _without_dac_override()
    d = tmp_path / "corpus"
    d.mkdir()
    (d / "a.txt").write_text(SAMPLE, encoding="utf-8")
    locked = d / "b.txt"
    locked.write_text(SAMPLE, encoding="utf-8")
    locked.chmod(0)
    out = tmp_path / "g.nq"
    try:
        r = subprocess.run([*prefix, sys.executable, "-m", "kangzhan", "build", str(d), "-o", str(out)],
                           capture_output=True, text=True, timeout=300)
    finally:
        locked.chmod(0o644)
    assert "b.txt" in _one_line_error(r)
    assert not out.exists() and not list(tmp_path.glob(".g.nq*"))


@pytest.mark.parametrize("target", ["dir", "missing-parent-is-a-file"])
def test_unwritable_output(tmp_path, target):
    if target == "dir":
        out = tmp_path / "out.nt"
        out.mkdir()
    else:
        (tmp_path / "file").write_text("x")
        out = tmp_path / "file" / "g.nt"
    src = tmp_path / "sample.txt"
    src.write_text(SAMPLE, encoding="utf-8")
    msg = _one_line_error(run_cli("build", str(src), "-o", str(out)))
    assert "cannot write" in msg or "error:" in msg
    assert not [p for p in tmp_path.rglob(".*tmp*")]


@pytest.mark.parametrize("name, content", [
    ("controls", ("1、某某战役\x00\x01\x02\x1b[31m\x7f\u2028\u202e\n时间：1938年3月16日\n" * 3).encode()),
    ("surrogates", "1、某某战役\n时间：1938年3月16日\n".encode() + b"\xed\xa0\x80" + "第10师团\n".encode()),
    ("nesting", ("（" * 10_000 + "第19集团军（罗卓英）在某某战役中伤亡1.1万余人").encode()),
    ("brackets", ("）】」第19集团军（（（罗卓英、，第4军（欧震" * 200).encode()),
    ("numbers", "1、某某战役\n时间：1938年3月16日\n结果：日军伤亡九千九百九十九万亿余人，我军伤亡99999999999999999999人。\n".encode()),
])
def test_hostile_text_builds_or_is_refused_in_one_line(tmp_path, name, content):
    f = tmp_path / f"{name}.txt"
    f.write_bytes(content)
    out = tmp_path / "g.nt"
    r = run_cli("build", str(f), "-o", str(out))
    if r.returncode == 0:
        assert out.stat().st_size > 0
        with open(out, "rb") as fh:
            assert validate_quads(list(ox.parse(fh, format=ox.RdfFormat.N_TRIPLES))) == []
    else:
        assert "binary" in _one_line_error(r) or "encoding" in r.stderr
    assert "Traceback" not in r.stderr + r.stdout
