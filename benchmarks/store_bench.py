"""Store: bulk-load a synthetic kz graph (default 1M triples) and time the kind of queries users run.

Loading is timed for the build's loader (`StoreBuild`: pyoxigraph's bulk loader writing each
document's named graph and the merged default graph, then `optimize()`) against `oxigraph load`
on the same file (named graphs only, so less work). Queries run as the endpoint runs them: on the
default graph, which is the set union (RDF merge) of the named graphs, with the standard prefixes; each query of the mix is run with several parameters (sampled from
the graph), giving p50/p99 per query, checked against the endpoint's timeout.
"""

from __future__ import annotations

import multiprocessing
import random
import shutil
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from benchmarks.build_bench import oxigraph_cli
from benchmarks.measure import percentile
from benchmarks.synth import generate
from kangzhan.query import with_prefixes
from kangzhan.store import StoreBuild, default_graph_kwargs

ENDPOINT_TIMEOUT_S = 30.0  # kangzhan serve --timeout default

QUERIES: dict[str, str] = {
    # battles that started in a year, in order (the README's first query, filtered)
    "battles_by_year": """SELECT ?b ?label ?start ?end WHERE {
        ?b a kz:Battle ; rdfs:label ?label ; kz:startDate ?start . OPTIONAL { ?b kz:endDate ?end }
        FILTER (STRSTARTS(STR(?start), "$YEAR"))
      } ORDER BY ?start ?label""",
    # units of both sides in one battle, by its Chinese name
    "participants_of_battle": """SELECT ?side ?unit WHERE {
        ?b rdfs:label "$BATTLE"@zh ; kz:participant ?u .
        ?u rdfs:label ?unit . OPTIONAL { ?u kz:side ?side }
      } ORDER BY ?side ?unit""",
    # conflicting casualty figures of one battle, each with the sentence and document that state it
    "casualties_with_provenance": """SELECT ?side ?count ?qualifier ?sentence ?doc WHERE {
        ?b rdfs:label "$BATTLE"@zh ; kz:casualties ?r .
        ?r kz:count ?count ; kz:qualifier ?qualifier ; prov:wasDerivedFrom ?m .
        ?m kz:sentence ?sentence ; kz:inDocument ?doc .
        OPTIONAL { ?r kz:side ?side }
      } ORDER BY ?side ?count""",
    # the same, written as in the README (OPTIONAL before the last patterns): Oxigraph then joins
    # every mention in the store before filtering, so its cost grows with the store, not the answer
    "casualties_optional_first": """SELECT ?side ?count ?qualifier ?sentence ?doc WHERE {
        ?b rdfs:label "$BATTLE"@zh ; kz:casualties ?r .
        ?r kz:count ?count ; kz:qualifier ?qualifier ; prov:wasDerivedFrom ?m .
        OPTIONAL { ?r kz:side ?side }
        ?m kz:sentence ?sentence ; kz:inDocument ?doc .
      } ORDER BY ?side ?count""",
    # the chain of superiors of a unit (subUnitOf+), and everything under an army group
    "unit_hierarchy_up": """SELECT ?sup ?label WHERE {
        ?u rdfs:label "$UNIT"@zh ; kz:subUnitOf+ ?sup . ?sup rdfs:label ?label }""",
    "unit_hierarchy_down": """SELECT DISTINCT ?u ?label WHERE {
        ?top rdfs:label "$TOP"@zh . ?u kz:subUnitOf+ ?top ; rdfs:label ?label } ORDER BY ?label""",
    # battles of a campaign (partOf+) with their dates
    "campaign_battles": """SELECT DISTINCT ?b ?label ?start WHERE {
        ?c rdfs:label "$CAMPAIGN"@zh . ?b kz:partOf+ ?c ; rdfs:label ?label . OPTIONAL { ?b kz:startDate ?start }
      } ORDER BY ?start""",
    # who commanded in a battle, and which units they command
    "commanders_of_battle": """SELECT ?person ?unit WHERE {
        ?b rdfs:label "$BATTLE"@zh ; kz:commander ?p . ?p rdfs:label ?person .
        OPTIONAL { ?p kz:commands ?u . ?u rdfs:label ?unit } }""",
    # label search, as the web UI's search box does
    "label_search": """SELECT DISTINCT ?b ?label WHERE {
        ?b a kz:Battle ; rdfs:label ?label FILTER (CONTAINS(STR(?label), "$CHAR")) } LIMIT 100""",
    # counts per class (the stats page): a scan of every rdf:type
    "stats_classes": """SELECT ?class (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a ?class } GROUP BY ?class""",
    # the largest reported casualty figures across the corpus: a sort over all reports
    "top_casualties": """SELECT ?battle ?count ?doc WHERE {
        ?b kz:casualties ?r ; rdfs:label ?battle . ?r kz:count ?count ; prov:wasDerivedFrom ?m .
        ?m kz:inDocument ?doc } ORDER BY DESC(?count) LIMIT 20""",
}
PARAMETERISED_RUNS = 20
GLOBAL_RUNS = 5
FEW_RUNS = {"casualties_optional_first": 3}  # slow by design: a few runs show it


@dataclass
class StoreResult:
    triples: int
    gen_s: float
    load_s: float
    cli_load_s: float | None
    queries: dict[str, tuple]
    default_triples: int = 0  # distinct triples of the merged default graph  # name → (p50, p99, runs, rows of the last run, timeouts)


def _column(store: ox.Store, q: str) -> list[str]:
    return [s[0].value for s in store.query(with_prefixes(q), **default_graph_kwargs(store))]


def _params(store: ox.Store, rng: random.Random) -> dict[str, list[str]]:
    """Values to fill the queries' $PLACEHOLDERS, sampled from the loaded graph."""
    battles = _column(store, "SELECT DISTINCT ?l WHERE { ?b kz:casualties ?r ; rdfs:label ?l } LIMIT 2000")
    units = _column(store, "SELECT DISTINCT ?l WHERE { ?u kz:subUnitOf ?s ; rdfs:label ?l } LIMIT 2000")
    tops = _column(store, "SELECT DISTINCT ?l WHERE { ?u kz:subUnitOf ?t . ?t rdfs:label ?l "
                          "FILTER NOT EXISTS { ?t kz:subUnitOf ?x } } LIMIT 200")
    camps = _column(store, "SELECT DISTINCT ?l WHERE { ?b kz:partOf ?c . ?c rdfs:label ?l } LIMIT 200")
    k = PARAMETERISED_RUNS
    return {
        "$YEAR": [str(rng.randint(1931, 1945)) for _ in range(k)],
        "$BATTLE": [rng.choice(battles) for _ in range(k)],
        "$UNIT": [rng.choice(units) for _ in range(k)],
        "$TOP": [rng.choice(tops) for _ in range(k)],
        "$CAMPAIGN": [rng.choice(camps) for _ in range(k)],
        "$CHAR": [rng.choice(rng.choice(battles)) for _ in range(k)],
    }


def _query_worker(location: str, conn) -> None:
    """Runs queries on the store, read-only, in its own process (so a slow one can be killed)."""
    store = ox.Store.read_only(location)
    kwargs = default_graph_kwargs(store)  # as the endpoint's worker decides
    while True:
        q = conn.recv()
        t0, c0 = time.perf_counter(), time.process_time()
        rows = sum(1 for _ in store.query(with_prefixes(q), **kwargs))
        conn.send((time.perf_counter() - t0, time.process_time() - c0, rows))


class QueryRunner:
    """Like the endpoint: each query in a worker process, killed (and replaced) after the timeout."""

    def __init__(self, location: Path, timeout: float = ENDPOINT_TIMEOUT_S):
        self.location, self.timeout = str(location), timeout
        self.proc = None
        self._start()

    def _start(self) -> None:
        ctx = multiprocessing.get_context("spawn")
        self.conn, child = ctx.Pipe()
        self.proc = ctx.Process(target=_query_worker, args=(self.location, child), daemon=True)
        self.proc.start()

    def run(self, q: str) -> tuple[float, float, int] | None:
        """(wall seconds, CPU seconds, rows), or None when the query did not finish within the timeout."""
        self.conn.send(q)
        if self.conn.poll(self.timeout):
            return self.conn.recv()
        self.proc.kill()
        self.proc.join()
        self._start()
        return None

    def close(self) -> None:
        self.proc.kill()
        self.proc.join()


def run_mix(location: Path, seed: int = 8, skip: frozenset[str] = frozenset()) -> dict[str, tuple]:
    """name → (p50, p99, runs, rows of the last run, timeouts, CPU p50, CPU max); a timed-out run counts
    as the timeout (wall and CPU). CPU time shows what a query costs whatever else the machine runs."""
    rng = random.Random(seed)
    params = _params(ox.Store.read_only(str(location)), rng)
    runner = QueryRunner(location)
    out = {}
    try:
        for name, template in QUERIES.items():
            if name in skip:
                continue
            holders = [h for h in params if h in template]
            runs = FEW_RUNS.get(name) or (PARAMETERISED_RUNS if holders else GLOBAL_RUNS)
            times, cpu, rows, timeouts = [], [], 0, 0
            for i in range(runs):
                q = template
                for h in holders:
                    q = q.replace(h, params[h][i])
                res = runner.run(q)
                if res is None:
                    timeouts += 1
                    times.append(ENDPOINT_TIMEOUT_S)
                    cpu.append(ENDPOINT_TIMEOUT_S)
                    if timeouts >= 2:  # it is over the timeout: no need to wait for the other runs
                        break
                else:
                    times.append(res[0])
                    cpu.append(res[1])
                    rows = res[2]
            out[name] = (percentile(times, 50), percentile(times, 99), len(times), rows, timeouts,
                         percentile(cpu, 50), max(cpu))
    finally:
        runner.close()
    return out


def load_as_build(nq: Path, root: Path) -> Path:
    """Load an N-Quads file as `kangzhan build` loads its workers' output; returns the generation."""
    with StoreBuild(root) as b:
        b.add_nquads_file(nq)
        return b.commit()


def default_graph_size(location: Path) -> int:
    st = ox.Store.read_only(str(location))
    return int(next(iter(st.query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")))["n"].value)


def bench_store(triples: int, tmp: Path, log=print) -> StoreResult:
    nq = tmp / "synthetic.nq"
    log(f"  generating a synthetic kz graph of {triples:,} triples …")
    t0 = time.perf_counter()
    n = 0
    with open(nq, "wb") as fh:
        for chunk in generate(triples):
            fh.write(chunk)
            n += chunk.count(b"\n")
    gen_s = time.perf_counter() - t0
    log("  loading as `kangzhan build` does (named graphs + merged default graph, optimize) …")
    t0 = time.perf_counter()
    location = load_as_build(nq, tmp / "store")
    load_s = time.perf_counter() - t0
    log(f"  loaded {n:,} quads in {load_s:.1f} s ({n / load_s:,.0f}/s)")
    merged = default_graph_size(location)
    log(f"  default graph (merge): {merged:,} distinct triples")
    cli_s = None
    exe = oxigraph_cli()
    if exe:
        log("  loading the same file with `oxigraph load` …")
        t0 = time.perf_counter()
        subprocess.run([exe, "load", "--location", str(tmp / "cli-store"), "--file", str(nq)], check=True,
                       capture_output=True)
        cli_s = time.perf_counter() - t0
        log(f"  `oxigraph load`: {cli_s:.1f} s ({n / cli_s:,.0f}/s)")
        shutil.rmtree(tmp / "cli-store", ignore_errors=True)
    nq.unlink()
    log("  query mix …")
    # past 2M triples the slow-by-design query only takes minutes to say what 1M already shows
    queries = run_mix(location, skip=frozenset(FEW_RUNS) if n > 2_000_000 else frozenset())
    return StoreResult(n, gen_s, load_s, cli_s, queries, merged)
