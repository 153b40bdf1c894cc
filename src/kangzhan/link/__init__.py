"""Linking kangzhan entities to Wikidata: offline from a shipped snapshot, or live over WDQS.

Pipeline: entities (read from the store) → candidates (snapshot or WDQS) → match (scores with
evidence) → links graph (owl:sameAs / skos:closeMatch + kz:LinkEvidence) and a CSV/Markdown report.
"""
