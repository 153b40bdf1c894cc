"""Extraction: normalized text → mentions → resolved entities → battle facts (plain dataclasses, no RDF)."""
