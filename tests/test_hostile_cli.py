"""Hostile files and faults at the command line: clear one-line errors, nothing lost, no leftovers."""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import sys
import time

import pytest
from helpers import SEED000, SEED002, run_cli
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kangzhan.errors import InputError
from kangzhan.text.read import decode_bytes

COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"


def _count(store):
    r = run_cli("query", COUNT, "--format", "csv", store=store)
    assert r.returncode == 0, r.stderr
    return int(r.stdout.splitlines()[1])


def _error_line(r):
    assert r.returncode != 0
    assert "Traceback" not in r.stderr + r.stdout
    return r.stderr.strip().splitlines()[-1]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=4096))
def test_decoding_random_bytes_never_crashes(data):
    try:
        text, enc, warnings = decode_bytes(data, "fuzz")
    except InputError as e:
        assert str(e).startswith("fuzz: ")
    else:
        assert isinstance(text, str) and enc


def test_symlink_loop_and_dangling_link(tmp_path):
    loop = tmp_path / "loop.txt"
    loop.symlink_to(loop)
    assert "symbolic link" in _error_line(run_cli("build", str(loop), "-o", str(tmp_path / "g.nt")))
    dangling = tmp_path / "dangling.txt"
    dangling.symlink_to(tmp_path / "missing.txt")
    assert "symbolic link" in _error_line(run_cli("build", str(dangling), "-o", str(tmp_path / "g.nt")))


def test_directory_with_symlink_loop_is_walked_safely(tmp_path):
    d = tmp_path / "corpus"
    (d / "sub").mkdir(parents=True)
    (d / "sub" / "up").symlink_to(d, target_is_directory=True)
    shutil.copy(SEED002, d / "sub" / "a.txt")
    out = tmp_path / "g.nt"
    r = run_cli("build", str(d), "-o", str(out))
    assert r.returncode == 0, r.stderr
    assert out.stat().st_size > 0


def test_fifo_is_refused(tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    assert "not a regular file" in _error_line(run_cli("build", str(fifo), "-o", str(tmp_path / "g.nt"), timeout=60))


def test_truncated_multibyte_character_is_dropped_with_a_warning(tmp_path):
    f = tmp_path / "cut.txt"
    whole = SEED002.read_text(encoding="utf-8")[:1000].encode("utf-8")  # ends on a character boundary
    f.write_bytes(whole + "战".encode()[:2])
    out = tmp_path / "g.nt"
    r = run_cli("build", str(f), "-o", str(out))
    assert r.returncode == 0, r.stderr
    assert "truncated multi-byte character" in r.stderr


@pytest.fixture
def small_disk(tmp_path):
    mnt = tmp_path / "disk"
    mnt.mkdir()
    r = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=32m", "tmpfs", str(mnt)], capture_output=True)
    if r.returncode != 0:
        if os.environ.get("CI") == "true":
            pytest.fail(f"cannot mount a small tmpfs in CI: {r.stderr!r}")
        pytest.skip("mounting a tmpfs needs root")
    yield mnt
    subprocess.run(["umount", "-l", str(mnt)], check=False)


def test_full_disk_output_file(small_disk):
    _fill_leaving(small_disk, 0)
    out = small_disk / "g.nt"
    msg = _error_line(run_cli("build", str(SEED002), "-o", str(out)))
    assert "space" in msg.lower()
    assert not out.exists()
    assert not [p for p in small_disk.iterdir() if p.name.startswith(".")]


def _fill_leaving(disk, free: int) -> None:
    """Fill the small disk up, then give back `free` bytes."""
    filler = disk / "filler"
    with open(filler, "wb") as fh, contextlib.suppress(OSError):
        while True:
            fh.write(b"\0" * (1024 * 1024))
            fh.flush()
    with contextlib.suppress(OSError):
        os.truncate(filler, max(0, filler.stat().st_size - free))


def test_full_disk_store_keeps_previous(small_disk):
    store = small_disk / "store"
    assert run_cli("build", str(SEED002), store=store).returncode == 0
    before = _count(store)
    _fill_leaving(small_disk, 256 * 1024)  # room for a little, not for a new generation
    corpus = small_disk.parent / "corpus"
    corpus.mkdir()
    for i in range(4):
        shutil.copy(SEED000, corpus / f"d{i}.txt")
    r = run_cli("build", str(corpus), store=store)
    assert r.returncode != 0 and "Traceback" not in r.stderr
    assert _count(store) == before


@pytest.mark.parametrize("delay", [2, 3, 5])  # Ctrl-C in different phases: opening, extracting, loading
def test_sigint_during_build(tmp_path, delay):
    store = tmp_path / "store"
    assert run_cli("build", str(SEED002), store=store).returncode == 0
    before = _count(store)
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for i in range(60):
        shutil.copy(SEED000, corpus / f"d{i}.txt")
    p = subprocess.Popen([sys.executable, "-m", "kangzhan", "build", str(corpus)],
                         env=dict(os.environ, KANGZHAN_STORE=str(store)),
                         stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                         preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))  # Ctrl-C as at a terminal:
    time.sleep(delay)  # a background job (nohup CMD &) inherits SIGINT ignored, and the build would rightly ignore it
    p.send_signal(signal.SIGINT)
    _, err = p.communicate(timeout=60)
    assert p.returncode != 0 and "Traceback" not in err and "interrupted" in err
    assert _count(store) == before
    assert not list(store.glob(".tmp-*"))
