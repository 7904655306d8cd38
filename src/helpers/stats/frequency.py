"""Term counts on lemmas, surface forms or lemma n-grams: ``term_counts``.

Shared plumbing for the corpus statistics (collocations, keyness, dispersion,
trends): which tokens count as *terms*, how terms are spelt, how n-grams are
built, and the running-word totals that relative frequencies divide by.

Definitions used throughout
- **running words**: tokens that are not punctuation (stop words included).
  ``per_10k = count / running words * 10 000``, with the running words of the
  same slice (the whole corpus, or the ``by`` group). The denominator does not
  change when stop words are switched off, so rates stay comparable.
- **terms**: by default tokens that are neither punctuation nor stop words and
  contain a letter (``numbers=True`` keeps "2022", "23").
- **n-grams**: ``n`` consecutive terms of one sentence. Removed stop words are
  skipped ("конференция по безопасности" -> "конференция безопасность"), but
  an n-gram never bridges punctuation: a comma, dash or quote between two words
  ends the run, so "России, Казахстана" gives no bigram.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd

from ..store.corpus import Corpus
from ..tables import INT, STRING, make_frame
from .periods import FREQS, bucket_start, normalize_freq

UNITS = ("lemma", "token", "ngram")
PER = 10_000
TERM_COUNTS = {"term": STRING, "count": "int64", "per_10k": "float64", "docs": "int64"}
BUCKETS = FREQS
TERM_OCCURRENCES = {
    "article_id": STRING,
    "sent_id": INT,
    "token_id": INT,
    "start": INT,
    "stop": INT,
    "term": STRING,
}


# --- inputs ---------------------------------------------------------------------------


def tokens_of(corpus: Corpus | pd.DataFrame) -> pd.DataFrame:
    """The tokens table of a ``Corpus`` (or a tokens frame passed as is)."""
    tokens = corpus.tokens if isinstance(corpus, Corpus) else corpus
    if not isinstance(tokens, pd.DataFrame):
        raise TypeError(
            f"expected a Corpus from helpers.analyze() or its tokens frame, got {type(corpus).__name__}"
        )
    missing = [
        c for c in ("article_id", "sent_id", "lemma", "is_stop", "is_punct") if c not in tokens
    ]
    if missing:
        raise ValueError(f"tokens lack the column(s) {missing}; build them with helpers.analyze()")
    return tokens


def articles_of(corpus: Corpus | pd.DataFrame) -> pd.DataFrame:
    """The articles table (``article_id`` only when given a bare tokens frame)."""
    if isinstance(corpus, Corpus):
        return corpus.articles
    ids = pd.unique(tokens_of(corpus)["article_id"])
    return pd.DataFrame({"article_id": pd.Series(ids, dtype=STRING)})


def check_unit(unit: str, n: int | None) -> int:
    if unit not in UNITS:
        raise ValueError(f"unit must be one of {UNITS}, got {unit!r}")
    n = (2 if unit == "ngram" else 1) if n is None else n
    if not isinstance(n, int) or not 1 <= n <= 5:
        raise ValueError(f"n must be an int from 1 to 5, got {n!r}")
    return n


def fold_series(values: pd.Series) -> pd.Series:
    """Lowercase, ё -> е (vectorised ``fold_text`` for single words)."""
    return values.astype(STRING).str.lower().str.replace("ё", "е", regex=False)


def has_letter(values: pd.Series) -> pd.Series:
    """True where a string holds a cased letter (Cyrillic, Latin ...): its case can change."""
    values = values.astype(STRING)
    return (values.str.upper() != values.str.lower()).fillna(False).astype(bool)


def term_mask(
    tokens: pd.DataFrame, *, stop: bool = False, punct: bool = False, numbers: bool = False
) -> pd.Series:
    """Which tokens are terms (see the module docstring)."""
    mask = pd.Series(True, index=tokens.index)
    if not punct:
        mask &= ~tokens["is_punct"].astype(bool)
    if not stop:
        mask &= ~tokens["is_stop"].astype(bool)
    if not numbers:
        mask &= has_letter(tokens["lemma"]) | (tokens["is_punct"].astype(bool) & punct)
    return mask


def segment_ids(tokens: pd.DataFrame) -> np.ndarray:
    """An id per run of tokens not broken by punctuation, a sentence or an article end."""
    article = tokens["article_id"].astype(STRING)
    new_sentence = (tokens["sent_id"].ne(tokens["sent_id"].shift())) | article.ne(article.shift())
    breaks = new_sentence.to_numpy(bool) | tokens["is_punct"].to_numpy(bool)
    return np.cumsum(breaks)


def unit_text(tokens: pd.DataFrame, unit: str) -> pd.Series:
    """Lemmas for ``lemma``/``ngram``, folded surface forms for ``token``."""
    return fold_series(tokens["text"]) if unit == "token" else tokens["lemma"].astype(STRING)


def term_occurrences(
    corpus: Corpus | pd.DataFrame,
    *,
    unit: str = "lemma",
    n: int | None = None,
    stop: bool = False,
    punct: bool = False,
    numbers: bool = False,
) -> pd.DataFrame:
    """One row per term occurrence: ``article_id, sent_id, token_id, start, stop, term``.

    For n-grams, ``token_id``/``start`` are the first word's and ``stop`` the last
    word's; the parts of ``term`` are joined by one space.
    """
    n = check_unit(unit, n)
    tokens = tokens_of(corpus)
    if not len(tokens):
        return make_frame(None, TERM_OCCURRENCES)
    mask = term_mask(tokens, stop=stop, punct=punct, numbers=numbers).to_numpy(bool)
    segment = segment_ids(tokens)[mask]
    kept = tokens.loc[mask]
    frame = pd.DataFrame(
        {
            "article_id": kept["article_id"].astype(STRING),
            "sent_id": kept["sent_id"].astype(INT),
            "token_id": kept["token_id"].astype(INT) if "token_id" in kept else 0,
            "start": kept["start"].astype(INT) if "start" in kept else 0,
            "stop": kept["stop"].astype(INT) if "stop" in kept else 0,
            "term": unit_text(kept, unit),
        }
    ).reset_index(drop=True)
    if n == 1:
        return frame
    seg = pd.Series(segment)
    parts = [frame["term"]]
    stop_col = frame["stop"]
    for k in range(1, n):
        same = seg.shift(-k).eq(seg)
        parts.append(frame["term"].shift(-k).where(same))
        stop_col = frame["stop"].shift(-k).where(same)
    valid = pd.concat(parts, axis=1).notna().all(axis=1).to_numpy()
    term = parts[0].str.cat(parts[1:], sep=" ")
    out = frame.assign(term=term, stop=stop_col).loc[valid]
    return out.astype({"stop": INT, "term": STRING}).reset_index(drop=True)


def running_words(corpus: Corpus | pd.DataFrame) -> pd.Series:
    """Running words (non-punctuation tokens) per article, indexed by ``article_id``."""
    tokens = tokens_of(corpus)
    words = tokens.loc[~tokens["is_punct"].astype(bool), "article_id"].astype(STRING)
    counts = words.value_counts(sort=False)
    ids = articles_of(corpus)["article_id"].astype(STRING)
    return counts.reindex(pd.Index(ids.unique(), dtype=STRING), fill_value=0).astype("int64")


# --- grouping by article columns ------------------------------------------------------


def bucket_dates(dates: pd.Series, freq: str) -> pd.Series:
    """Start of the day/week (Monday)/month/year of each date (NaT stays NaT); ``freq`` in
    the one bucket vocabulary (pandas aliases accepted, see ``stats.periods``)."""
    return bucket_start(dates, normalize_freq(freq))


def article_keys(corpus: Corpus | pd.DataFrame, by: Sequence[str]) -> pd.DataFrame:
    """``article_id`` plus the ``by`` columns; "day"/"week"/"month"/"year" bucket ``date``."""
    articles = articles_of(corpus)
    out = pd.DataFrame({"article_id": articles["article_id"].astype(STRING)})
    for name in by:
        if name in articles.columns:
            out[name] = articles[name].to_numpy()
        elif name in BUCKETS and "date" in articles.columns:
            out[name] = bucket_dates(articles["date"], name).to_numpy()
        else:
            raise ValueError(
                f"by={name!r} is neither an article column {list(articles.columns)} "
                f"nor a date bucket {list(BUCKETS)} (which needs a 'date' column)"
            )
    return out


def as_list(by: str | Sequence[str] | None) -> list[str]:
    if by is None:
        return []
    return [by] if isinstance(by, str) else list(by)


# --- term counts ----------------------------------------------------------------------


def term_counts(
    corpus: Corpus | pd.DataFrame,
    unit: str = "lemma",
    n: int | None = None,
    *,
    by: str | Sequence[str] | None = None,
    min_count: int = 1,
    stop: bool = False,
    punct: bool = False,
    numbers: bool = False,
) -> pd.DataFrame:
    """Frequency table of terms: ``[by...], term, count, per_10k, docs``.

    ``count`` is the number of occurrences, ``per_10k`` occurrences per 10 000
    running words (non-punctuation tokens, stop words included) of the same
    ``by`` group, ``docs`` the number of articles the term occurs in. ``unit``:
    "lemma" (Казахстан, Казахстана, Казахстаном -> казахстан), "token" (folded
    surface forms) or "ngram" (lemma n-grams, ``n`` defaults to 2; see the module
    docstring). ``by``: article columns ("source") or date buckets ("day",
    "week", "month", "year"). Sorted by group, then count (descending), term.

    >>> term_counts(corpus).head(2)  # doctest: +SKIP
             term  count  per_10k  docs
    0       шойгу      8    250.0     1
    1   казахстан      7    218.8     1
    """
    by = as_list(by)
    spec = {name: object for name in by} | TERM_COUNTS
    occ = term_occurrences(corpus, unit=unit, n=n, stop=stop, punct=punct, numbers=numbers)
    keys = article_keys(corpus, by)
    if not len(occ):
        return make_frame(None, spec)
    occ = occ.merge(keys, on="article_id", how="left")
    group = [*by, "term"]
    counts = occ.groupby(group, sort=False, dropna=False).agg(
        count=("article_id", "size"), docs=("article_id", "nunique")
    )
    counts = counts.reset_index()
    counts = counts.loc[counts["count"] >= min_count]
    words = running_words(corpus).rename("words").rename_axis("article_id").reset_index()
    words = words.merge(keys, on="article_id", how="left")
    if by:
        totals = words.groupby(by, sort=False, dropna=False)["words"].sum().rename("total")
        counts = counts.merge(totals.reset_index(), on=by, how="left")
    else:
        counts = counts.assign(total=words["words"].sum())
    counts["per_10k"] = counts["count"] / counts["total"].where(counts["total"] > 0) * PER
    counts = counts.sort_values([*by, "count", "term"], ascending=[True] * len(by) + [False, True])
    out = counts[list(spec)].reset_index(drop=True)
    return out.astype({"term": STRING, "count": "int64", "per_10k": "float64", "docs": "int64"})
