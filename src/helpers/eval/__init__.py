"""Scorers that benchmarks and tests share (quotes, entities)."""
