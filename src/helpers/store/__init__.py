"""Tables at rest: the Corpus, its cache, save/load, the lazy corpus."""
