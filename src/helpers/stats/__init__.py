"""Counts and statistics over a Corpus: overview, frequency, keyness, trends, entities, quotes."""
