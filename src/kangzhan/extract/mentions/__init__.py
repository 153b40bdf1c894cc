"""Mention finders: each module scans normalized text for one kind of span and returns Mentions."""
