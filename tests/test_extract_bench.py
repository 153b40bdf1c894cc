"""The extraction benchmark runs end to end and prints its columns (no timing is asserted)."""

from __future__ import annotations

import re
import subprocess
import sys

from helpers import ROOT


def test_extract_bench_prints_rates_ratio_and_linearity():
    r = subprocess.run([sys.executable, "-m", "benchmarks.extract_bench", "--scales", "1,2", "--runs", "1",
                        "--no-posseg", "--no-pin"], capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert r.returncode == 0, r.stderr[-2000:]
    head = next(line for line in r.stdout.splitlines() if line.startswith("| scale"))
    for col in ("chars/s", "triples/s", "jieba chars/s", "kz/jieba speed", "t/(N·t1×)"):
        assert col in head
    rows = {m.group(1): [c.strip() for c in m.group(0).strip("|").split("|")]
            for m in re.finditer(r"^\|\s+(\d+)×.*$", r.stdout, re.M)}
    assert set(rows) == {"1", "2"}
    num = lambda s: float(s.replace(",", ""))  # noqa: E731
    one, two = rows["1"], rows["2"]
    assert (num(one[1]), num(two[1])) == (2, 4)  # documents: every seed, once and twice
    assert num(two[2]) == 2 * num(one[2])  # the copies are as long as the seeds
    assert num(one[3]) > 0 and num(two[3]) == 2 * num(one[3])  # each copy gives its own graph
    assert num(two[9]) > 0  # kangzhan over jieba.cut speed
    assert "Stages at 2×" in r.stdout and "extract" in r.stdout
