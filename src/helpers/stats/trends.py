"""Trends: how often chosen lemmas, n-grams or entities occur per day, week or month.

Every bucket of the calendar between the first and the last dated article is a
row, also the empty ones (count 0), so a line plot shows gaps honestly. Rates
divide by the bucket's running words (non-punctuation tokens); ``articles`` is
the number of articles published in the bucket, the base every rate rests on.
Articles without a date are left out.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd

from ..io.text import fold_text
from ..store.corpus import Corpus
from ..tables import STRING, make_frame
from .entities import content_mentions
from .frequency import PER, bucket_dates, running_words, term_occurrences
from .periods import bucket_range, choose_freq, normalize_freq

TRENDS = {
    "date": "datetime64[ns]",
    "term": STRING,
    "count": "int64",
    "docs": "int64",
    "articles": "int64",
    "words": "int64",
    "per_10k": "float64",
    "doc_share": "float64",
}
KINDS = ("lemma", "entity")


def dated_articles(corpus: Corpus, freq: str, start=None, end=None) -> pd.DataFrame:
    """``article_id, date`` (the bucket start) of the articles dated within [start, end]."""
    articles = corpus.articles
    if "date" in articles and (start is not None or end is not None):
        dates = pd.to_datetime(articles["date"], errors="coerce")
        inside = pd.Series(True, index=articles.index)
        if start is not None:
            inside &= dates >= pd.Timestamp(start)
        if end is not None:
            inside &= dates <= pd.Timestamp(end)
        articles = articles.loc[inside.to_numpy(bool)]
    if "date" not in articles:
        return pd.DataFrame(
            {"article_id": pd.Series(dtype=STRING), "date": pd.Series(dtype="datetime64[ns]")}
        )
    frame = pd.DataFrame(
        {
            "article_id": articles["article_id"].astype(STRING),
            "date": bucket_dates(articles["date"], freq).astype("datetime64[ns]"),
        }
    )
    return frame.dropna(subset=["date"])


def calendar(dates: pd.Series, freq: str) -> pd.DatetimeIndex:
    """Every bucket start from the first to the last date."""
    return bucket_range(dates.min(), dates.max(), freq)


def lemma_hits(corpus: Corpus, terms: list[str]) -> pd.DataFrame:
    """``article_id, term`` per occurrence of each lemma or lemma n-gram in ``terms``."""
    frames = []
    for n in sorted({len(term.split()) for term in terms}):
        wanted = [term for term in terms if len(term.split()) == n]
        occ = term_occurrences(corpus, unit="lemma", n=n, stop=True, numbers=True)
        frames.append(occ.loc[occ["term"].isin(wanted), ["article_id", "term"]])
    return pd.concat(frames, ignore_index=True)


def entity_hits(corpus: Corpus, terms: list[str], nested: bool = False) -> pd.DataFrame:
    """``article_id, term`` per mention whose ``name`` folds to one of ``terms``: the
    mentions ``entity_counts`` counts (no dateline; nested ones only if ``nested``)."""
    entities = content_mentions(corpus, nested)
    names = entities["name"].astype(STRING).str.lower().str.replace("ё", "е", regex=False)
    hits = entities.assign(term=names).loc[names.isin(terms), ["article_id", "term"]]
    return hits.astype({"article_id": STRING, "term": STRING})


def trends(
    corpus: Corpus,
    terms: str | Sequence[str],
    *,
    freq: str = "week",
    kind: str = "lemma",
    start: str | pd.Timestamp | None = None,
    end: str | pd.Timestamp | None = None,
    nested: bool = False,
) -> pd.DataFrame:
    """Counts per calendar bucket: ``date, term, count, docs, articles, words, per_10k, doc_share``.

    ``terms``: lemmas ("казахстан"), lemma n-grams ("военный сотрудничество")
    or, with ``kind="entity"``, entity names as in ``corpus.entities.name``
    ("Сергей Шойгу"; dateline mentions left out, and, unless ``nested``, places and
    organisations inside a longer organisation name, as in ``entity_counts``); matched folded (lowercase,
    ё -> е) and reported folded. ``freq``: "day", "week" (Monday starts),
    "month" or "year" (pandas aliases "D", "W", "M", "MS", "Y" ... accepted);
    ``date`` is the bucket start. ``docs``: articles of the
    bucket mentioning the term, ``doc_share = docs / articles``. One row per
    bucket and term, empty buckets included. ``start``/``end`` leave out
    articles dated before/after them (a stray 1875 date would stretch the axis).

    >>> trends(corpus, ["казахстан", "шойгу"], freq="month").head(2)  # doctest: +SKIP
            date       term  count  docs  articles  words  per_10k  doc_share
    0 2022-06-01  казахстан      7     1         1    290   241.38        1.0
    """
    freq = normalize_freq(freq)
    if kind not in KINDS:
        raise ValueError(f"kind must be one of {KINDS}, got {kind!r}")
    terms = [terms] if isinstance(terms, str) else list(terms)
    terms = list(dict.fromkeys(" ".join(fold_text(t).split()) for t in terms))
    if not terms or any(not t for t in terms):
        raise ValueError("terms must be non-empty lemmas, n-grams or entity names")
    dated = dated_articles(corpus, freq, start, end)
    if not len(dated):
        return with_freq(make_frame(None, TRENDS), freq)
    hits = lemma_hits(corpus, terms) if kind == "lemma" else entity_hits(corpus, terms, nested)
    hits = hits.merge(dated, on="article_id", how="inner")
    counts = hits.groupby(["date", "term"]).agg(
        count=("article_id", "size"), docs=("article_id", "nunique")
    )
    words = running_words(corpus).rename("words").rename_axis("article_id").reset_index()
    per_bucket = (
        dated.merge(words, on="article_id", how="left")
        .groupby("date")
        .agg(articles=("article_id", "size"), words=("words", "sum"))
    )
    grid = pd.MultiIndex.from_product(
        [calendar(dated["date"], freq), terms], names=["date", "term"]
    )
    out = counts.reindex(grid, fill_value=0).reset_index()
    out = out.merge(per_bucket.reset_index(), on="date", how="left").fillna(
        {"articles": 0, "words": 0}
    )
    out["per_10k"] = out["count"] / out["words"].where(out["words"] > 0) * PER
    out["doc_share"] = out["docs"] / out["articles"].where(out["articles"] > 0)
    out = out.astype({"count": "int64", "docs": "int64", "articles": "int64", "words": "int64"})
    return with_freq(out[list(TRENDS)].astype(TRENDS).reset_index(drop=True), freq)


def with_freq(frame: pd.DataFrame, freq: str) -> pd.DataFrame:
    """``frame`` with its bucket in ``attrs["freq"]`` (read by the plots' period labels)."""
    frame.attrs["freq"] = freq
    return frame


def enough_dates(frame: pd.DataFrame, minimum: int = 2) -> bool:
    """Whether a trends frame spans at least ``minimum`` buckets with articles."""
    return bool(np.sum(frame.drop_duplicates("date")["articles"] > 0) >= minimum)


def suggest_freq(dates: pd.Series) -> str:
    """A bucket size giving a readable line: day (< 2 months), week (< 1 year), month (< 5 years), else year."""
    return choose_freq(dates)
