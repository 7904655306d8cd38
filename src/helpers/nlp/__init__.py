"""Per-article language analysis on top of natasha: entities and quotes."""
