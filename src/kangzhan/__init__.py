"""kangzhan: a knowledge graph of the battles of the War of Resistance, built from Chinese text.

Pipeline: text (read, normalize, sentences) → extract (mentions, resolve, facts) → rdf (IRIs,
quads, provenance) → validate (SHACL) → store (Oxigraph) → serve / export / link.
"""

__version__ = "0.1.0"
