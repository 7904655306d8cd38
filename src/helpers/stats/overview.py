"""Corpus overview tables: one row per article with its size, and articles per period."""

from __future__ import annotations

import pandas as pd

from .entities import content_mentions
from .periods import bucket_range, bucket_start, resolve_freq

ARTICLE_STATS = [
    "article_id",
    "title",
    "date",
    "source",
    "chars",
    "sentences",
    "words",
    "entities",
    "quotes",
]


def article_stats(corpus, nested: bool = False) -> pd.DataFrame:
    """One row per article: ``article_id, title, date, source, chars, sentences, words,
    entities, quotes`` (words: tokens that are not punctuation; entities: the mentions
    ``entity_counts`` counts, outside the dateline and, unless ``nested``, not inside a
    longer organisation name).

    >>> article_stats(corpus).loc[0, "words"]  # doctest: +SKIP
    335
    """
    articles = corpus.articles
    ids = articles["article_id"].astype(str)
    tokens = corpus.tokens
    counts = {
        "sentences": corpus.sentences.groupby("article_id").size(),
        "words": tokens[~tokens["is_punct"]].groupby("article_id").size(),
        "entities": content_mentions(corpus, nested).groupby("article_id").size(),
        "quotes": corpus.quotes.groupby("article_id").size(),
    }
    out = pd.DataFrame({"article_id": articles["article_id"]})
    for column in ("title", "date", "source"):
        out[column] = articles[column] if column in articles else pd.NA
    out["chars"] = articles["text"].str.len().astype("int64")
    for column, series in counts.items():
        series.index = series.index.astype(str)
        out[column] = ids.map(series).fillna(0).astype("int64").to_numpy()
    return out[ARTICLE_STATS]


def articles_per_period(
    articles: pd.DataFrame, freq: str | None = "day", *, period: str | None = None
) -> pd.DataFrame:
    """Articles per calendar period, empty periods included: ``period, articles``
    (``period`` is the period's first day; undated articles are left out).

    ``freq``: "day", "week", "month" or "year" (or a pandas alias; None: chosen from
    the span of dates); ``period=`` is the old name of ``freq``. The frame's
    ``attrs["freq"]`` keeps the bucket for the plot's period labels.

    >>> articles_per_period(load_articles("data/raw"), "month")  # doctest: +SKIP
          period  articles
    0 2022-06-01         1
    """
    dates = pd.to_datetime(articles.get("date", pd.Series(dtype="datetime64[ns]"))).dropna()
    freq = resolve_freq(period if period is not None else freq, dates)
    if dates.empty:
        out = pd.DataFrame(
            {"period": pd.Series(dtype="datetime64[ns]"), "articles": pd.Series(dtype="int64")}
        )
    else:
        starts = bucket_start(dates, freq)
        full = bucket_range(starts.min(), starts.max(), freq)
        counts = starts.value_counts().reindex(full, fill_value=0)
        out = pd.DataFrame({"period": full, "articles": counts.to_numpy().astype("int64")})
    out.attrs["freq"] = freq
    return out


def articles_per_source(articles: pd.DataFrame) -> pd.DataFrame:
    """Articles per source: ``source, articles`` (missing source shown as "(unknown)")."""
    sources = (
        articles["source"].astype("string").fillna("(unknown)") if "source" in articles else None
    )
    if sources is None or sources.empty:
        return pd.DataFrame(
            {"source": pd.Series(dtype="string"), "articles": pd.Series(dtype="int64")}
        )
    counts = sources.value_counts()
    return counts.rename_axis("source").reset_index(name="articles").astype({"articles": "int64"})
