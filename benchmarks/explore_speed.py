"""Speed of ``helpers.explore`` on N synthetic articles (copies of the seed's tables).

    PYTHONPATH=src python benchmarks/explore_speed.py [N]    # default 10000

The seed article is analysed once; its five tables are copied N times with new
article ids and dates one day apart every 4 copies (about 80 months for 10,000),
so every name occurs N times as often. Prints the index build time, then the
median and maximum of 20 updates (selections from code, clicks on co-mentioned
names and on bars, period changes) and of 5 searches as typed in the box.
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd

import helpers
from helpers.tables import STRING

REPO = Path(__file__).resolve().parents[1]


def copies(frame: pd.DataFrame, ids: np.ndarray) -> pd.DataFrame:
    """``frame`` (one article) repeated once per id, with that ``article_id``."""
    out = pd.DataFrame({name: np.tile(frame[name].to_numpy(), len(ids)) for name in frame.columns})
    out["article_id"] = pd.array(np.repeat(ids, len(frame)), dtype=STRING)
    return out.astype({name: frame[name].dtype for name in frame.columns})


def synthetic_corpus(seed: helpers.Corpus, n: int) -> helpers.Corpus:
    ids = np.array([f"seed-{i:05d}" for i in range(n)], dtype=object)
    articles = copies(seed.articles, ids)
    articles["date"] = seed.articles["date"].iloc[0] - pd.to_timedelta(np.arange(n) // 4, "D")
    return helpers.Corpus(
        articles,
        copies(seed.sentences, ids),
        copies(seed.tokens, ids),
        copies(seed.entities, ids),
        copies(seed.quotes, ids),
    )


def timed(action) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    seed = helpers.analyze(helpers.load_articles(REPO / "data" / "raw"), cache_dir=None)
    start = time.perf_counter()
    corpus = synthetic_corpus(seed, n)
    print(
        f"{n} synthetic articles: {len(corpus.tokens):,} tokens, {len(corpus.entities):,} "
        f"mentions, {len(corpus.quotes):,} quotes (built in {time.perf_counter() - start:.1f} s)"
    )
    start = time.perf_counter()
    panel = helpers.explore(corpus)
    print(f"explore(): indexes and first view in {time.perf_counter() - start:.1f} s")
    last = len(panel.index.periods) - 1
    steps = [
        lambda: panel.select("entity", "Сергей Шойгу"),
        lambda: panel.comention_buttons[0].click(),
        lambda: panel.comention_buttons[1].click(),
        lambda: panel.bar_buttons[last].click(),
        lambda: panel.whole.click(),
        lambda: panel.select("speaker", "Сергей Шойгу"),
        lambda: panel.select("lemma", "сотрудничество"),
        lambda: panel.select("lemma", "и"),
        lambda: panel.set_period(last // 2, last),
        lambda: panel.select("entity", "Россия"),
        lambda: panel.bar_buttons[last // 3].click(),
        lambda: panel.back.click(),
        lambda: panel.select("entity", "ОДКБ"),
        lambda: panel.comention_buttons[0].click(),
        lambda: panel.whole.click(),
        lambda: panel.select("entity", "Руслан Жаксылыков"),
        lambda: panel.select("lemma", "военный"),
        lambda: panel.set_period(0, last // 4),
        lambda: panel.select("speaker", "Сергей Шойгу"),
        lambda: panel.whole.click(),
    ]
    updates = [timed(step) for step in steps]
    print(
        f"{len(updates)} updates: median {statistics.median(updates) * 1000:.0f} ms, "
        f"max {max(updates) * 1000:.0f} ms"
    )
    searches = [
        timed(lambda q=q: setattr(panel.search, "value", q))
        for q in ("ш", "шо", "шойгу", "казах", "сотруд")
    ]
    print(
        f"{len(searches)} searches: median {statistics.median(searches) * 1000:.0f} ms, "
        f"max {max(searches) * 1000:.0f} ms"
    )


if __name__ == "__main__":
    main()
