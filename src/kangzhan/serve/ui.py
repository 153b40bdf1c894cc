"""The query page at /: YASGUI (vendored from npm) with the standard prefixes and example queries.

Examples are .rq files in static/examples/ whose first comment lines give `# title:` and `# zh:`;
adding a file adds an example.
"""

from __future__ import annotations

import functools
from dataclasses import asdict, dataclass
from pathlib import Path

from flask import Blueprint, Response, current_app, render_template

from kangzhan.rdf.namespaces import RES, sparql_prefixes

blueprint = Blueprint("ui", __name__)
EXAMPLES_DIR = Path(__file__).parent / "static" / "examples"


@dataclass(frozen=True)
class Example:
    id: str
    title: str
    zh: str
    query: str


def parse_example(name: str, text: str) -> Example:
    """Split the `# title:` / `# zh:` header from the query body."""
    meta: dict[str, str] = {}
    body = []
    for line in text.splitlines():
        key, _, value = line.lstrip("# ").partition(":")
        if line.startswith("#") and not body and key in ("title", "zh"):
            meta[key] = value.strip()
        else:
            body.append(line)
    return Example(name, meta.get("title", name), meta.get("zh", ""), "\n".join(body).strip() + "\n")


@functools.lru_cache(maxsize=1)
def examples() -> tuple[Example, ...]:
    return tuple(parse_example(p.stem, p.read_text(encoding="utf-8")) for p in sorted(EXAMPLES_DIR.glob("*.rq")))


@blueprint.route("/")
def index() -> Response:
    exs = examples()
    cfg = current_app.config["KANGZHAN_CONFIG"]
    page_config = {"endpoint": "/sparql", "prefixes": sparql_prefixes(), "resourceBase": RES,
                   "examples": [asdict(e) for e in exs]}
    html = render_template("index.html", examples=exs, cfg=cfg, page_config=page_config)
    return Response(html, content_type="text/html; charset=utf-8")
