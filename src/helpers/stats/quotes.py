"""Quotes over a corpus: speakers by number of quotes, over time, the entities they
speak about, and a keyword-in-context list of one speaker's quotes.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import pandas as pd

from .. import tables
from ..nlp.quotes.marks import words
from .periods import bucket_start, normalize_freq

COUNT_COLUMNS = ("speaker", "quotes", "direct", "indirect", "words", "articles")


def quote_counts(
    corpus, by: str | Iterable[str] | None = None, headline_repeats: bool = False
) -> pd.DataFrame:
    """Speakers by number of quotes: ``[*by], speaker, quotes, direct, indirect, words, articles``.

    Quotes without a speaker (``сообщается, что``) are left out. ``by`` names columns of
    ``corpus.articles`` (e.g. ``"date"``, ``"source"``) to break the counts down. A headline
    that restates a body quote of the same speaker (``in_headline_repeat``) is one statement:
    it is counted once, unless ``headline_repeats=True`` counts every row.

    >>> helpers.quote_counts(corpus).head(1)  # doctest: +SKIP
          speaker  quotes  direct  indirect  words  articles
    0  Сергей Шойгу       9       6         3    230         1
    """
    by = [by] if isinstance(by, str) else list(by or [])
    quotes = corpus.quotes
    missing = [name for name in by if name not in corpus.articles.columns]
    if missing:
        raise KeyError(f"quote_counts(by=...) takes columns of corpus.articles; missing {missing}")
    frame = quotes[quotes["speaker"].notna()]
    if not headline_repeats and "in_headline_repeat" in frame.columns:
        frame = frame[~frame["in_headline_repeat"].astype(bool)]
    if by:
        frame = frame.merge(corpus.articles[["article_id", *by]], on="article_id", how="left")
    frame = frame.assign(
        words=frame["text"].map(lambda s: len(words(s))).astype("int64"),
        direct=(frame["kind"] == "direct").astype("int64"),
        indirect=(frame["kind"] == "indirect").astype("int64"),
    )
    columns = [*by, *COUNT_COLUMNS]
    if frame.empty:
        return pd.DataFrame({name: pd.Series(dtype="int64") for name in columns}).astype(
            {"speaker": tables.STRING}
        )
    out = (
        frame.groupby([*by, "speaker"], dropna=False, observed=True)
        .agg(
            quotes=("kind", "size"),
            direct=("direct", "sum"),
            indirect=("indirect", "sum"),
            words=("words", "sum"),
            articles=("article_id", "nunique"),
        )
        .reset_index()
    )
    out = out.sort_values([*by, "quotes", "speaker"], ascending=[True] * len(by) + [False, True])
    return out[columns].reset_index(drop=True)


MENTION_COLUMNS = ("speaker", "entity", "mentions")


OVER_TIME_COLUMNS = ("period", "speaker", "quotes")


KWIC_COLUMNS = ("article_id", "date", "kind", "left", "quote", "right", "cue")


def speaker_mentions(
    corpus, top: int = 10, types: Sequence[str] = ("PER", "ORG", "LOC")
) -> pd.DataFrame:
    """Who is quoted about whom: ``speaker, entity, mentions`` for the ``top`` speakers.

    An entity counts when its mention lies inside a quote's text; the speaker's own name
    is left out. ``Сергей Шойгу, Казахстан, 3`` = three mentions of Казахстан in his quotes.
    """
    quotes = corpus.quotes[corpus.quotes["speaker"].notna()]
    speakers = quotes["speaker"].value_counts().head(top).index
    quotes = quotes[quotes["speaker"].isin(speakers)]
    entities = corpus.entities[corpus.entities["type"].isin(list(types))]
    pairs = quotes.merge(entities, on="article_id", suffixes=("", "_entity"))
    inside = pairs[
        (pairs["start_entity"] >= pairs["start"])
        & (pairs["stop_entity"] <= pairs["stop"])
        & (pairs["name"] != pairs["speaker"])
    ]
    if inside.empty:
        return pd.DataFrame(
            {
                c: pd.Series(dtype=t)
                for c, t in zip(
                    MENTION_COLUMNS, (tables.STRING, tables.STRING, "int64"), strict=True
                )
            }
        )
    out = (
        inside.groupby(["speaker", "name"], observed=True)
        .size()
        .rename("mentions")
        .reset_index()
        .rename(columns={"name": "entity"})
        .sort_values(["mentions", "speaker", "entity"], ascending=[False, True, True])
    )
    return out[list(MENTION_COLUMNS)].reset_index(drop=True)


def quotes_over_time(corpus, freq: str = "day", top: int = 5) -> pd.DataFrame:
    """Quotes per ``period`` (``freq``: "day", "week", "month", "year"; pandas aliases
    such as "D" or "M" are accepted) for the ``top`` speakers:
    ``period, speaker, quotes``. Articles without a date (or a corpus without a ``date``
    column) are left out; an empty frame then."""
    freq = normalize_freq(freq)
    quotes = corpus.quotes[corpus.quotes["speaker"].notna()]
    if "date" not in corpus.articles.columns:  # undated corpora: nothing to place in time
        quotes = quotes.iloc[:0]
    speakers = quotes["speaker"].value_counts().head(top).index
    dates = corpus.articles.reindex(columns=["article_id", "date"])
    frame = quotes[quotes["speaker"].isin(speakers)].merge(dates, on="article_id")
    frame = frame.assign(date=pd.to_datetime(frame["date"], errors="coerce")).dropna(
        subset=["date"]
    )
    if frame.empty:
        return pd.DataFrame(
            {
                "period": pd.Series(dtype="datetime64[ns]"),
                "speaker": pd.Series(dtype=tables.STRING),
                "quotes": pd.Series(dtype="int64"),
            }
        )
    frame = frame.assign(period=bucket_start(frame["date"], freq))
    out = frame.groupby(["period", "speaker"], observed=True).size().rename("quotes").reset_index()
    out = out[list(OVER_TIME_COLUMNS)]
    out.attrs["freq"] = freq
    return out


def speaker_quotes(corpus, speaker: str, width: int = 60) -> pd.DataFrame:
    """KWIC list of one speaker's quotes: ``article_id, date, kind, left, quote, right, cue``
    (``width`` characters of context on each side)."""
    quotes = corpus.quotes[corpus.quotes["speaker"] == speaker]
    texts = corpus.articles.set_index("article_id")["text"]
    dates = (
        corpus.articles.set_index("article_id")["date"]
        if "date" in corpus.articles.columns
        else pd.Series(dtype=object)
    )
    rows = []
    for q in quotes.itertuples():
        text = texts[q.article_id]
        rows.append(
            {
                "article_id": q.article_id,
                "date": dates.get(q.article_id),
                "kind": q.kind,
                "left": text[max(0, q.start - width) : q.start].replace("\n", " "),
                "quote": q.text,
                "right": text[q.stop : q.stop + width].replace("\n", " "),
                "cue": q.cue,
            }
        )
    return pd.DataFrame(rows, columns=list(KWIC_COLUMNS))
