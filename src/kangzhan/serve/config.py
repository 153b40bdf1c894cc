"""The endpoint's limits and switches, with safe defaults (all settable from `kangzhan serve`)."""

from __future__ import annotations

from dataclasses import dataclass, field

WIKIDATA_SPARQL = "https://query.wikidata.org/sparql"
# headers on every answer (the Flask app and the direct /sparql path send the same ones)
SECURITY_HEADERS = (("X-Content-Type-Options", "nosniff"), ("Referrer-Policy", "no-referrer"),
                    ("X-Frame-Options", "DENY"), ("Cross-Origin-Opener-Policy", "same-origin"))


@dataclass
class ServeConfig:
    timeout: float = 30.0  # seconds per query; the worker running it is killed after that
    max_rows: int = 10_000  # SELECT rows / CONSTRUCT triples per answer (cut, with a header saying so)
    max_query_bytes: int = 64 * 1024  # longest query or update text accepted
    max_body_bytes: int = 1024 * 1024  # largest request body accepted (→ 413)
    workers: int = 4  # query worker processes (0: run queries in the web process, no hard timeout)
    worker_memory_mb: int = 2048  # address-space limit of each worker process (0: none)
    allow_update: bool = False  # accept SPARQL UPDATE (needs `token`)
    token: str | None = None  # bearer token that UPDATE requests must carry
    cors_origin: str = "*"  # Access-Control-Allow-Origin for the read-only API ("" to send none)
    service_allow: list[str] = field(default_factory=lambda: [WIKIDATA_SPARQL])  # SERVICE targets
    load_allow: list[str] = field(default_factory=list)  # LOAD sources (updates only)
    remote_query: str | None = None  # a remote SPARQL 1.1 query endpoint to proxy instead of the store
    remote_update: str | None = None  # its update endpoint (default: derived, see serve/remote.py)
