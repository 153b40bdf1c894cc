"""`kangzhan serve` answers SPARQL over real HTTP (the foundation's acceptance check)."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request

from helpers import SEED002, run_cli


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_serve_answers_count(tmp_path):
    store = tmp_path / "store"
    assert run_cli("build", str(SEED002), store=store).returncode == 0
    port = _free_port()
    env = dict(os.environ, KANGZHAN_STORE=str(store))
    p = subprocess.Popen([sys.executable, "-m", "kangzhan", "serve", "--port", str(port)], env=env,
                         stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        q = urllib.parse.urlencode({"query": "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"})
        url = f"http://127.0.0.1:{port}/sparql?{q}"
        deadline = time.time() + 60
        while True:
            try:
                req = urllib.request.Request(url, headers={"Accept": "application/sparql-results+json"})
                with urllib.request.urlopen(req, timeout=10) as r:
                    data = json.load(r)
                break
            except OSError:
                if time.time() > deadline or p.poll() is not None:
                    raise
                time.sleep(0.2)
        n = int(data["results"]["bindings"][0]["n"]["value"])
        assert n > 100
    finally:
        p.terminate()
        p.wait(timeout=30)
