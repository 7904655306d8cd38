"""Tidy results of a fitted topic model: typical articles, topic shares over time and sources.

>>> typical_articles(model, corpus, n=1)[["topic", "title"]].head(1)  # doctest: +SKIP
   topic                                  title
0      0  Сборная России вышла в финал чемпионата
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from .. import tables
from ..store.corpus import Corpus
from .model import FLOAT, TopicModel, article_vectors, cosine, documents, tfidf

TYPICAL_ARTICLES = {
    "topic": tables.INT,
    "label": tables.STRING,
    "rank": tables.INT,
    "article_id": tables.STRING,
    "title": tables.STRING,
    "weight": FLOAT,
    "snippet": tables.STRING,
}


def typical_articles(
    model: TopicModel, corpus: Corpus, n: int = 3, words: int = 25
) -> pd.DataFrame:
    """The ``n`` articles most typical of each topic.

    Columns: ``topic, label, rank, article_id, title, weight, snippet``; weight is
    the article's topic weight (for "navec": cosine to the cluster centre among
    the cluster's articles); snippet is the first ``words`` words of the text
    (after the title, when the text starts with it, as Wikinews texts do).
    """
    docs = documents(corpus, model.bigrams)
    weights = model.weights(docs)
    if model.method == "navec":
        counts = model._vectorizer.transform(docs.tolist()).astype(FLOAT)
        vectors = article_vectors(tfidf(counts, model.idf_), model.term_vectors_)
        weights = weights * cosine(vectors, model.cluster_centers_)
    articles = corpus.articles.assign(article_id=corpus.articles["article_id"].astype(str))
    articles = articles.set_index("article_id").reindex(docs.index)
    titles = (
        articles["title"].astype(object)
        if "title" in articles.columns
        else pd.Series([None] * len(articles), index=articles.index)
    )
    rows = {name: [] for name in TYPICAL_ARTICLES}
    for topic in range(model.n_topics):
        column = weights[:, topic]
        order = np.lexsort((np.arange(len(column)), -column))[:n]
        for rank, index in enumerate(order[column[order] > 0], start=1):
            text = articles["text"].iloc[index]
            title = titles.iloc[index]
            rows["topic"].append(topic)
            rows["label"].append(model.topic_labels_[topic])
            rows["rank"].append(rank)
            rows["article_id"].append(docs.index[index])
            rows["title"].append(title if isinstance(title, str) and title else None)
            rows["weight"].append(float(column[index]))
            rows["snippet"].append(snippet(str(text), title, words))
    return tables.make_frame(rows, TYPICAL_ARTICLES)


def snippet(text: str, title: str | None = None, words: int = 25) -> str:
    """The first ``words`` words of ``text``, after the title when the text repeats it."""
    if isinstance(title, str) and title and text.lstrip().startswith(title):
        text = text.lstrip()[len(title) :]
    pieces = text.split()
    return " ".join(pieces[:words]) + (" …" if len(pieces) > words else "")


TOPIC_SHARES = {
    "period": "datetime64[ns]",
    "topic": tables.INT,
    "label": tables.STRING,
    "share": FLOAT,
    "articles": FLOAT,
}
SOURCE_SHARES = {
    "source": tables.STRING,
    "topic": tables.INT,
    "label": tables.STRING,
    "share": FLOAT,
    "articles": FLOAT,
}
# periods: calendar days, weeks from Monday to Sunday, calendar months
FREQUENCIES = {"day": "D", "week": "W-SUN", "month": "M"}


def _weighted(model: TopicModel, corpus: Corpus, column: str) -> pd.DataFrame:
    weights = model.transform(corpus)
    meta = corpus.articles[["article_id", column]].assign(
        article_id=corpus.articles["article_id"].astype(str)
    )
    return weights.astype({"article_id": str}).merge(meta, on="article_id")


def topic_shares_over_time(model: TopicModel, corpus: Corpus, freq: str = "month") -> pd.DataFrame:
    """Share of each topic per calendar day, week or month.

    Columns ``period, topic, label, share, articles``: ``period`` is the first
    day of the period (every period between the first and last date appears,
    empty ones with share 0); ``articles`` is the summed topic weight (the
    number of articles, counting split articles fractionally); shares of a
    period sum to 1. Articles without a date are left out; no dates: empty frame.

    >>> topic_shares_over_time(model, corpus, "week").head(1)  # doctest: +SKIP
          period  topic              label  share  articles
    0 2022-06-20      0  матч · команда ...   0.25       2.0
    """
    if freq not in FREQUENCIES:
        raise ValueError(f"freq must be one of {list(FREQUENCIES)}, got {freq!r}")
    if "date" not in corpus.articles.columns:
        return tables.make_frame(None, TOPIC_SHARES)
    frame = _weighted(model, corpus, "date")
    frame["date"] = pd.to_datetime(frame["date"], errors="coerce", utc=True).dt.tz_localize(None)
    frame = frame.dropna(subset=["date"])
    if not len(frame):
        return tables.make_frame(None, TOPIC_SHARES)
    frame["period"] = frame["date"].dt.to_period(FREQUENCIES[freq]).dt.start_time
    table = frame.pivot_table(
        index="period", columns="topic", values="weight", aggfunc="sum", fill_value=0.0
    )
    periods = pd.period_range(frame["date"].min(), frame["date"].max(), freq=FREQUENCIES[freq])
    table = table.reindex(
        index=periods.start_time, columns=range(model.n_topics), fill_value=0.0
    ).rename_axis(index="period", columns="topic")
    return _shares(table, model, "period", TOPIC_SHARES)


def topic_shares_by_source(model: TopicModel, corpus: Corpus) -> pd.DataFrame:
    """Share of each topic per source: ``source, topic, label, share, articles``.

    Articles without a source count as source "—".
    """
    if "source" not in corpus.articles.columns:
        return tables.make_frame(None, SOURCE_SHARES)
    frame = _weighted(model, corpus, "source")
    frame["source"] = frame["source"].astype(object).where(frame["source"].notna(), "—")
    if not len(frame):
        return tables.make_frame(None, SOURCE_SHARES)
    table = frame.pivot_table(
        index="source", columns="topic", values="weight", aggfunc="sum", fill_value=0.0
    ).reindex(columns=range(model.n_topics), fill_value=0.0)
    return _shares(table.rename_axis(columns="topic"), model, "source", SOURCE_SHARES)


def _shares(table: pd.DataFrame, model: TopicModel, key: str, spec) -> pd.DataFrame:
    totals = table.sum(axis=1).replace(0, np.nan)
    shares = table.div(totals, axis=0).fillna(0.0)
    long = shares.stack().rename("share").reset_index()
    long["articles"] = table.stack().to_numpy()
    long["label"] = [model.topic_labels_[topic] for topic in long["topic"]]
    return tables.conform(long.rename(columns={long.columns[0]: key}), spec)
