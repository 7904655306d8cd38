"""Scale: N distinct synthetic articles analysed into the cache, then the top lemmas.

    PYTHONPATH=src python benchmarks/scale.py N [--workers=auto] [--cache-dir=DIR] [--keep]

Articles are built by recombining sentences of ../shared/corpora (Wikinews,
factRuEval, the TASS seed) with a fixed seed: a title sentence and 8-20 body
sentences each, all distinct. They go through ``helpers.analyze_to_cache`` (flat
memory: nothing is kept but the cache) and the top lemmas are counted from the
Parquet dataset. Prints articles/s and peak RSS of this process and of the
largest worker (``resource.getrusage``).
"""

from __future__ import annotations

import json
import random
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

import pandas as pd
from baseline import CORPORA
from razdel import sentenize

import helpers

SEED = 7


def source_sentences() -> list[str]:
    texts = []
    for path in (
        CORPORA / "wikinews-ru" / "articles.jsonl",
        CORPORA / "factrueval-2016" / "devset.jsonl",
    ):
        with open(path, encoding="utf-8") as handle:
            texts += [json.loads(line)["text"] for line in handle if line.strip()]
    texts += [path.read_text(encoding="utf-8") for path in (CORPORA / "tass").glob("*.txt")]
    sentences = {s.text for text in texts for s in sentenize(text) if 20 <= len(s.text) <= 400}
    return sorted(sentences)


def synthetic_articles(n: int, seed: int = SEED) -> pd.DataFrame:
    """``n`` distinct articles (``article_id, text``) from recombined real sentences."""
    rng = random.Random(seed)
    sentences = source_sentences()
    seen: set[str] = set()
    texts: list[str] = []
    while len(texts) < n:
        title = rng.choice(sentences)
        body = " ".join(rng.choice(sentences) for _ in range(rng.randint(8, 20)))
        text = f"{title}\n\n{body}"
        if text not in seen:
            seen.add(text)
            texts.append(text)
    return pd.DataFrame({"article_id": [f"s{i:06d}" for i in range(n)], "text": texts})


def peak_rss_mb(who: int) -> float:
    return resource.getrusage(who).ru_maxrss / 1024  # Linux: kilobytes


def main() -> None:
    args = [arg for arg in sys.argv[1:] if not arg.startswith("--")]
    options = dict(
        arg[2:].split("=", 1) if "=" in arg else (arg[2:], "1")
        for arg in sys.argv[1:]
        if arg.startswith("--")
    )
    n = int(args[0]) if args else 2000
    workers = options.get("workers", "auto")
    workers = workers if workers == "auto" else int(workers)
    start = time.perf_counter()
    articles = synthetic_articles(n)
    built = time.perf_counter() - start
    chars = articles["text"].str.len().mean()
    print(f"{n} synthetic articles ({chars:.0f} characters on average) built in {built:.1f} s")
    print(f"peak RSS after building them: {peak_rss_mb(resource.RUSAGE_SELF):.0f} MB")
    cache_dir = options.get("cache-dir") or tempfile.mkdtemp(prefix="helpers-scale-")
    try:
        start = time.perf_counter()
        lazy = helpers.analyze_to_cache(articles, cache_dir=cache_dir, workers=workers)
        analysed = time.perf_counter() - start
        start = time.perf_counter()
        top = lazy.lemma_counts(15)
        counted = time.perf_counter() - start
        size = sum(path.stat().st_size for path in Path(cache_dir).rglob("*") if path.is_file())
    finally:
        if "keep" not in options and "cache-dir" not in options:
            shutil.rmtree(cache_dir, ignore_errors=True)
    print(
        f"analysed {lazy.stats['analysed']} articles in {analysed:.1f} s with workers={workers}:"
        f" {lazy.stats['analysed'] / analysed:.1f} articles/s"
    )
    print(f"top lemmas counted from the Parquet dataset in {counted:.1f} s:")
    print(top.to_string(index=False))
    print(f"cache size: {size / 2**20:.0f} MB")
    print(
        f"peak RSS: main process {peak_rss_mb(resource.RUSAGE_SELF):.0f} MB,"
        f" largest worker {peak_rss_mb(resource.RUSAGE_CHILDREN):.0f} MB"
    )


if __name__ == "__main__":
    main()
