"""Topic quality of NMF, LDA and navec clusters on the Wikinews corpus, side by side.

Per method: ``choose_n_topics`` over the candidate numbers (NPMI and diversity of
the seed-0 model on all articles; stability over 5 seeds, each on a seeded 80%
sample), the "auto" pick, the seeds-only stability at the pick (all articles,
only the seed changes) and the picked model's labels.

    PYTHONPATH=src python benchmarks/topics.py [--methods nmf,lda,navec] [--candidates 5,10]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import pandas as pd

import helpers
from helpers.topics.model import TopicModel, documents
from helpers.topics.quality import choose_n_topics, pick_n_topics, topic_stability

ROOT = Path(__file__).resolve().parents[1]
WIKINEWS = ROOT.parent / "shared" / "corpora" / "wikinews-ru" / "articles.jsonl"


def wikinews_corpus() -> helpers.Corpus:
    if not WIKINEWS.exists():
        sys.exit(f"Wikinews corpus not found at {WIKINEWS} (expected ../shared/corpora)")
    raw = pd.read_json(WIKINEWS, lines=True)
    articles = pd.DataFrame(
        {"article_id": raw["id"].astype(str), "title": raw["title"], "text": raw["text"]}
    )
    return helpers.analyze(articles, cache_dir=ROOT / "data" / "processed", progress=False)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--methods", default="nmf,lda,navec")
    parser.add_argument("--candidates", default="auto", help='"auto" or e.g. 5,10,15')
    parser.add_argument("--seeds", type=int, default=5)
    args = parser.parse_args()
    candidates = (
        "auto" if args.candidates == "auto" else [int(n) for n in args.candidates.split(",")]
    )
    corpus = wikinews_corpus()
    docs = documents(corpus)
    print(f"{len(corpus.articles)} Wikinews articles, {int((docs.map(len) > 0).sum())} with terms")
    summary = []
    for method in args.methods.split(","):
        start = time.perf_counter()
        quality = choose_n_topics(docs, candidates, method=method, seeds=args.seeds)
        chosen = pick_n_topics(quality)
        seeds_only = topic_stability(docs, chosen, method=method, seeds=args.seeds, subsample=1)
        model = TopicModel(n_topics=chosen, method=method).fit_documents(docs)
        seconds = time.perf_counter() - start
        print(f"\n== {method}: quality per number of topics ({seconds:.0f} s)")
        print(quality.round(3).to_string(index=False))
        print(f"chosen: {chosen} topics")
        print(model.labels().to_string(index=False))
        row = quality.loc[quality["n_topics"] == chosen].iloc[0]
        summary.append(
            {
                "method": method,
                "n_topics": chosen,
                "npmi": row["npmi"],
                "diversity": row["diversity"],
                "stability (80% samples)": row["stability"],
                "stability (seeds only)": seeds_only,
                "seconds": round(seconds),
            }
        )
    print(f"\n== side by side (top 10 terms, {args.seeds} seeds)")
    print(pd.DataFrame(summary).round(3).to_string(index=False))


if __name__ == "__main__":
    main()
