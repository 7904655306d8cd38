"""The quote pass's share of analysis time: ``quote_records`` within ``analyze``.

    PYTHONPATH=src python benchmarks/quote_share.py [N_ARTICLES=300] [ROUNDS=3]

One process, the first N Wikinews articles, cache off. Each round clears the memo
tables (a cold run, as a user's first run) and times ``helpers.analyze`` in
CPU seconds, with the quote pass counted separately (the function that
builds the quote table wrapped in a timer). Prints the median share of the quote pass
(the syntax parser's calls included: it runs only on sentences the quote rules ask about).
"""

from __future__ import annotations

import statistics
import sys
import time

import pandas as pd
from baseline import wikinews_texts
from profile_parallel import SPENT, timed
from throughput import clear_caches

import helpers
from helpers.pipeline import analysis


def main(n: int = 300, rounds: int = 3) -> None:
    texts = wikinews_texts(n)
    articles = pd.DataFrame({"article_id": [f"w{i}" for i in range(len(texts))], "text": texts})
    original = analysis.quote_records
    analysis.quote_records = timed("quotes", original)
    shares, totals = [], []
    try:
        for _ in range(rounds):
            clear_caches()
            SPENT["quotes"] = 0.0
            start = time.process_time()
            helpers.analyze(articles, cache_dir=None, progress=False)
            total = time.process_time() - start
            shares.append(SPENT["quotes"] / total)
            totals.append(total)
    finally:
        analysis.quote_records = original
    print(
        f"{len(texts)} Wikinews articles, cold, {rounds} rounds: analysis "
        f"{statistics.median(totals):.2f} CPU s, quote pass "
        f"{statistics.median(shares):.1%} of it (rounds: "
        + ", ".join(f"{share:.1%}" for share in shares)
        + ")"
    )


if __name__ == "__main__":
    main(*(int(arg) for arg in sys.argv[1:]))
