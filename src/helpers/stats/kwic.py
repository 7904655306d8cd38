"""Concordance (keyword in context): ``kwic``.

A query is a lemma (every inflected form: "сотрудничество" finds сотрудничества,
сотрудничеством ...), a phrase of lemmas ("военный сотрудничество" finds
"военного сотрудничества"), or with ``regex=True`` a regular expression over
the article text (case-insensitive). Contexts are ``window`` tokens (words and
punctuation) either side, cut from the article text, whitespace squeezed.
"""

from __future__ import annotations

import re

import numpy as np
import pandas as pd

from ..io.text import fold_text
from ..store.corpus import Corpus
from ..tables import INT, STRING, make_frame
from .frequency import articles_of, fold_series, tokens_of

KWIC = {
    "article_id": STRING,
    "date": "datetime64[ns]",
    "left": STRING,
    "match": STRING,
    "right": STRING,
    "start": INT,
    "stop": INT,
}
SPACE = re.compile(r"\s+")


def squeeze(text: str) -> str:
    return SPACE.sub(" ", text).strip()


def lemma_hits(tokens: pd.DataFrame, query: str) -> np.ndarray:
    """Row positions (first token of each hit) where the lemma phrase ``query`` occurs."""
    words = fold_text(query).split()
    lemma = fold_series(tokens["lemma"]).to_numpy(object)
    article = tokens["article_id"].astype(STRING).to_numpy(object)
    hit = lemma == words[0]
    for k, word in enumerate(words[1:], start=1):
        shifted = np.empty_like(lemma)
        shifted[:-k], shifted[-k:] = lemma[k:], None
        same = np.zeros(len(lemma), bool)
        same[:-k] = article[k:] == article[:-k]
        hit &= (shifted == word) & same
    return np.flatnonzero(hit)


def regex_hits(articles: pd.DataFrame, pattern: re.Pattern) -> pd.DataFrame:
    rows = [
        (article_id, m.start(), m.end())
        for article_id, text in zip(articles["article_id"], articles["text"], strict=True)
        for m in pattern.finditer(text)
        if m.end() > m.start()
    ]
    return pd.DataFrame(rows, columns=["article_id", "start", "stop"])


def kwic(
    corpus: Corpus,
    query: str,
    *,
    window: int = 8,
    regex: bool = False,
) -> pd.DataFrame:
    """Concordance lines: ``article_id, date, left, match, right, start, stop``.

    ``start``/``stop`` are the match's character offsets in the article's
    ``text``; ``date`` is NaT when the articles have no dates.

    >>> kwic(corpus, "сотрудничество", window=3).head(1)  # doctest: +SKIP
                         article_id       date                        left           match                   right
    0  2022-06-23-shoigu-kazakhstan 2022-06-23  ПВО, а также военно-техническое  сотрудничество  являются ключевыми ...
    """
    if not isinstance(query, str) or not query.strip():
        raise ValueError("query must be a non-empty lemma, phrase of lemmas or regular expression")
    if not isinstance(window, int) or window < 0:
        raise ValueError(f"window must be a non-negative int (tokens each side), got {window!r}")
    tokens = tokens_of(corpus).reset_index(drop=True)
    articles = articles_of(corpus)
    if not len(tokens) or "text" not in articles:
        return make_frame(None, KWIC)
    article = tokens["article_id"].astype(STRING).to_numpy(object)
    starts = tokens["start"].to_numpy(np.int64)
    stops = tokens["stop"].to_numpy(np.int64)
    if regex:
        pattern = re.compile(query, re.IGNORECASE)
        hits = regex_hits(articles, pattern)
        if not len(hits):
            return make_frame(None, KWIC)
        # first token at or after the match start, last token ending at or before its end
        codes = pd.Index(pd.unique(article))
        token_key = codes.get_indexer(article).astype(np.int64) * 2**32 + starts
        hit_code = codes.get_indexer(hits["article_id"].astype(object)).astype(np.int64)
        first = np.searchsorted(token_key, hit_code * 2**32 + hits["start"].to_numpy())
        last = np.searchsorted(token_key, hit_code * 2**32 + hits["stop"].to_numpy()) - 1
        hit_start, hit_stop = hits["start"].to_numpy(), hits["stop"].to_numpy()
        hit_article = hits["article_id"].astype(object).to_numpy()
    else:
        n_words = len(fold_text(query).split())
        first = lemma_hits(tokens, query)
        last = first + n_words - 1
        hit_start, hit_stop, hit_article = starts[first], stops[last], article[first]
    if not len(first):
        return make_frame(None, KWIC)
    # context token positions, clipped to the hit's article
    bounds = pd.Series(np.arange(len(article))).groupby(article, sort=False).agg(["min", "max"])
    lo = bounds.loc[hit_article, "min"].to_numpy()
    hi = bounds.loc[hit_article, "max"].to_numpy()
    left_from = starts[np.clip(first - window, lo, hi)]
    right_to = stops[np.clip(last + window, lo, hi)]
    text = dict(zip(articles["article_id"].astype(str), articles["text"], strict=True))
    dates = (
        articles.set_index(articles["article_id"].astype(str))["date"]
        if "date" in articles
        else pd.Series(dtype="datetime64[ns]")
    )
    rows = [
        (text[a][lf:s], text[a][s:e], text[a][e:rt])
        for a, lf, s, e, rt in zip(
            hit_article, left_from, hit_start, hit_stop, right_to, strict=True
        )
    ]
    left, match, right = zip(*rows, strict=True)
    frame = {
        "article_id": hit_article,
        "date": pd.to_datetime(pd.Series(hit_article).map(dates), errors="coerce").to_numpy(),
        "left": [squeeze(x) for x in left],
        "match": [squeeze(x) for x in match],
        "right": [squeeze(x) for x in right],
        "start": hit_start,
        "stop": hit_stop,
    }
    return make_frame(frame, KWIC)
