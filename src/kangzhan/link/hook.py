"""The build's hook: offline links from the shipped snapshot, recomputed inside each new generation.

Called once per build just before the commit, so the links graph always matches the documents
of the generation it lives in (same input → same IRIs → same links). A build must not fail
because linking cannot run: a missing or broken snapshot yields no links (`kangzhan link` then
reports the reason in one line).
"""

from __future__ import annotations

import pyoxigraph as ox

from kangzhan.link.snapshot import SnapshotError
from kangzhan.rdf.namespaces import LINKS_GRAPH


def refresh_links(build) -> int:
    """Replace the links graph of a StoreBuild in progress; returns the number of link quads added."""
    if hasattr(build, "flush_pending"):
        build.flush_pending()
    store: ox.Store | None = build.store
    if store is None:
        return 0
    from kangzhan.link.run import offline_link_quads

    try:
        quads = offline_link_quads(store)
    except SnapshotError:
        quads = []
    if hasattr(build, "remove_graph"):  # StoreBuild: also keeps the default graph (the merge) right
        build.remove_graph(LINKS_GRAPH)
    else:
        store.remove_graph(ox.NamedNode(LINKS_GRAPH))
    build.add(quads)
    return len(quads)
