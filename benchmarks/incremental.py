"""Incremental rerun: cold analysis of 200 articles, then the same plus one new article.

    PYTHONPATH=src python benchmarks/incremental.py [N=200]

Prints both times and their ratio, and checks that the rerun's tables equal a
fresh analysis of all N+1 articles without the cache.
"""

from __future__ import annotations

import sys
import tempfile
import time

import pandas as pd
from baseline import wikinews_texts

import helpers
from helpers.store.corpus import TABLE_NAMES


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 200
    texts = wikinews_texts(n + 1)
    articles = pd.DataFrame({"article_id": [f"w{i}" for i in range(len(texts))], "text": texts})
    models = helpers.load_models()
    helpers.analyze(articles.head(2), models=models, cache_dir=None, progress=False)  # warm up
    with tempfile.TemporaryDirectory() as cache_dir:
        start = time.perf_counter()
        helpers.analyze(articles.head(n), models=models, cache_dir=cache_dir, progress=False)
        cold = time.perf_counter() - start
        start = time.perf_counter()
        rerun = helpers.analyze(articles, models=models, cache_dir=cache_dir, progress=False)
        warm = time.perf_counter() - start
    fresh = helpers.analyze(articles, models=models, cache_dir=None, progress=False)
    for name in ("articles", *TABLE_NAMES):
        pd.testing.assert_frame_equal(getattr(rerun, name), getattr(fresh, name), obj=name)
    print(f"cold {n} articles: {cold:.2f} s")
    print(f"rerun with 1 new article ({rerun.stats}): {warm:.2f} s")
    print(f"ratio cold / rerun: {cold / warm:.1f}x; rerun tables equal a fresh analysis: yes")


if __name__ == "__main__":
    main()
