"""Benchmarks of kangzhan: corpus-sized builds and a large store. Run with `python -m benchmarks`."""
