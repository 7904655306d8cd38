"""Throughput: natasha's plain pipeline vs ``helpers.analyze`` (workers=1 and 2).

    PYTHONPATH=src python benchmarks/throughput.py [N_ARTICLES=300] [ROUNDS=3] [--cold]

One process, the same Wikinews articles, cache disabled, rounds alternating the
order of the runners. The baseline runs twice: as a user runs it (numpy's default
BLAS threads) and with BLAS limited to one thread (what helpers does inside a
batch), so the ratio owed to the pipeline alone is visible too. ``--cold`` clears
pymorphy's parse cache and helpers' memo tables before every run, so no runner
profits from words another runner already looked up.
"""

from __future__ import annotations

import statistics
import sys
import time

import natasha
import pandas as pd
from baseline import run_baseline, wikinews_texts
from threadpoolctl import threadpool_limits

import helpers
from helpers.nlp.entities.names import clear_span_names
from helpers.pipeline import analysis


def clear_caches() -> None:
    """Forget helpers' memo tables and pymorphy's parse caches (natasha's and any subclass')."""
    analysis._MEMOS.clear()
    clear_span_names()
    for vocab in {natasha.MorphVocab, helpers.pipeline.models.MorphVocab}:
        vocab.parse.cache_clear()


def main() -> None:
    args = [arg for arg in sys.argv[1:] if not arg.startswith("--")]
    cold = "--cold" in sys.argv
    n_articles = int(args[0]) if args else 300
    rounds = int(args[1]) if len(args) > 1 else 3
    texts = wikinews_texts(n_articles)
    articles = pd.DataFrame({"article_id": [f"w{i}" for i in range(len(texts))], "text": texts})
    models = helpers.load_models()
    chars = sum(map(len, texts))
    print(f"{len(texts)} Wikinews articles, {chars / len(texts):.0f} characters on average")

    def baseline_default():
        run_baseline(texts, models)

    def baseline_one_thread():
        with threadpool_limits(limits=1, user_api="blas"):
            run_baseline(texts, models)

    def helpers_workers(n):
        def run():
            helpers.analyze(articles, models=models, workers=n, cache_dir=None, progress=False)

        return run

    runners = {
        "natasha plain (default BLAS threads)": baseline_default,
        "natasha plain (1 BLAS thread)": baseline_one_thread,
        "helpers.analyze workers=1": helpers_workers(1),
        "helpers.analyze workers=2": helpers_workers(2),
    }
    # warm up: imports, first model calls, the stop word list
    run_baseline(texts[:3], models)
    helpers.analyze(articles.head(3), models=models, cache_dir=None, progress=False)
    times: dict[str, list[float]] = {name: [] for name in runners}
    names = list(runners)
    for round_ in range(rounds):
        order = names[round_ % len(names) :] + names[: round_ % len(names)]
        if round_ % 2:
            order.reverse()
        for name in order:
            if cold:
                clear_caches()
            start = time.perf_counter()
            runners[name]()
            times[name].append(time.perf_counter() - start)
            print(f"round {round_ + 1}: {name:40s} {times[name][-1]:7.2f} s", flush=True)
    print(f"\nmedian of {rounds} rounds{' (cold caches)' if cold else ''}:")
    median = {name: statistics.median(values) for name, values in times.items()}
    for name, value in median.items():
        print(f"  {name:40s} {value:7.2f} s  {len(texts) / value:6.1f} articles/s")
    for base in names[:2]:
        for ours in names[2:]:
            ratios = [b / o for b, o in zip(times[base], times[ours], strict=True)]
            print(
                f"  ratio {base} / {ours}: median {median[base] / median[ours]:.2f}"
                f" (per round {', '.join(f'{r:.2f}' for r in ratios)})"
            )


if __name__ == "__main__":
    main()
