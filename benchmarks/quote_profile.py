"""Profile the quote pass alone: cProfile over ``quote_records`` on N Wikinews articles.

    PYTHONPATH=src python benchmarks/quote_profile.py [N_ARTICLES=200] [TOP=40]

The natasha pass and the entity table are built first (not profiled); then the memo
tables are cleared (a cold run) and ``quote_records`` runs on every article under
cProfile. Prints the quote pass's CPU seconds, the syntax parser's share of them and the
top functions by own time and by cumulative time.
"""

from __future__ import annotations

import cProfile
import pstats
import sys
import time

from baseline import wikinews_texts
from throughput import clear_caches

import helpers
from helpers.io.text import find_lead_dateline
from helpers.nlp.entities.article import entity_records
from helpers.nlp.quotes.extract import quote_records
from helpers.pipeline.analysis import natasha_docs


def prepared(texts: list[str], models) -> list[tuple]:
    docs = natasha_docs(texts, models)
    return [
        (doc, entity_records(doc.text, doc, find_lead_dateline(doc.text), models)) for doc in docs
    ]


def parser_seconds(stats: pstats.Stats) -> float:
    """Cumulative seconds inside the syntax parser's calls."""
    return sum(
        row[3]
        for (path, _, name), row in stats.stats.items()
        if name == "__call__" and path.endswith("extract.py")
    )


def main(n: int = 200, top: int = 40) -> None:
    models = helpers.load_models()
    items = prepared(wikinews_texts(n), models)
    clear_caches()
    profile = cProfile.Profile(time.process_time)
    start = time.process_time()
    profile.enable()
    for doc, entities in items:
        quote_records(doc.text, doc, entities, models)
    profile.disable()
    total = time.process_time() - start
    stats = pstats.Stats(profile)
    parser = parser_seconds(stats)
    print(f"{len(items)} articles: quote pass {total:.2f} CPU s (profiled), parser {parser:.2f} s")
    stats.sort_stats("tottime").print_stats(top)
    stats.sort_stats("cumulative").print_stats(top)


if __name__ == "__main__":
    main(*(int(arg) for arg in sys.argv[1:]))
