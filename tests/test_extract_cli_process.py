"""`kangzhan extract` as its own process: the same output as the in-process runs the rule tests use
(tests/helpers.extract_json / extract_jsonl), and one clear line with a non-zero exit for bad files."""
from __future__ import annotations

import json

import pytest
from helpers import extract_json, extract_jsonl, run_cli

TEXT = ("1942年5月，新编第9师在石门镇与日军第58师团激战三日，毙伤敌800余人。\n"
        "师长李明远率部固守北岗，次日日军增援部队被击退。\n")


def _write(tmp_path, name: str, data: bytes):
    p = tmp_path / name
    p.write_bytes(data)
    return p


def test_json_output_of_the_process_equals_the_in_process_run(tmp_path):
    p = _write(tmp_path, "doc.txt", TEXT.encode())
    r = run_cli("extract", str(p), "--json")
    assert r.returncode == 0, r.stderr
    out = json.loads(r.stdout)
    assert out == extract_json(tmp_path, TEXT)
    assert out["battles"], "the text tells a fight: the comparison must not be between two empty results"


def test_jsonl_output_of_the_process_equals_the_in_process_run(tmp_path):
    p = _write(tmp_path, "doc.txt", TEXT.encode())
    r = run_cli("extract", str(p), "--format", "jsonl")
    assert r.returncode == 0, r.stderr
    rows = [json.loads(line) for line in r.stdout.splitlines()]
    assert rows == extract_jsonl(tmp_path, TEXT)
    assert rows[-1]["kind"] == "facts" and len(rows) > 1


def test_text_output_names_the_battle_and_its_units(tmp_path):
    r = run_cli("extract", str(_write(tmp_path, "doc.txt", TEXT.encode())))
    assert r.returncode == 0, r.stderr
    assert "石门" in r.stdout and "第58师团[JP]" in r.stdout


@pytest.mark.parametrize("name,data,words", [
    ("empty.txt", b"", "empty"),
    ("blob.bin", b"\x00\x01\xff\xfe\x89PNG\r\n\x1a\n" * 64, "binary"),
])
def test_a_bad_file_gives_one_line_and_a_non_zero_exit(tmp_path, name, data, words):
    r = run_cli("extract", str(_write(tmp_path, name, data)), "--json")
    assert r.returncode != 0
    assert r.stdout == ""
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error:") and words in lines[0], r.stderr
    assert "Traceback" not in r.stderr
