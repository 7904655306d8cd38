"""Keyness: which terms are over- or under-used in a subcorpus.

Two comparisons, both with log-likelihood G² (Dunning 1993, on the full 2x2
table; see ``g2_two_corpora``) and its p-value (chi-square, 1 degree of freedom), plus the Log Ratio
effect size (Hardie 2014: binary log of the ratio of relative frequencies):

- ``keyness(corpus, target)``: a subcorpus (a boolean mask over articles, or a
  ``(column, value)`` pair) against the rest of the corpus;
- ``keyness(corpus, reference="general")``: the corpus (or a subcorpus)
  against general Russian, the ``wordfreq`` frequency list.

``wordfreq`` lists surface forms (казахстана, казахстаном ...) while the corpus
counts lemmas. ``general_lemma_frequencies`` therefore lemmatises wordfreq's top
``size`` Russian words with the pymorphy analyser of the models (``Models.morph_vocab``;
its most probable parse, folded ё -> е) and sums their frequencies per lemma. The list is a set of proportions without
a corpus size, so the general comparison treats it as exact population
proportions: G² is the binomial likelihood-ratio test of the corpus count
against ``p * running words``. Lemmas outside the top ``size`` take
``wordfreq.word_frequency(lemma)``, the frequency of the citation form alone (a
lower bound); words wordfreq does not know take its smallest listed frequency.
Hyphenated lemmas (премьер-министр, что-то, из-за) are left out: wordfreq splits
them into parts and would guess their frequency from the parts.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

import numpy as np
import pandas as pd
from scipy.stats import chi2

from ..pipeline.models import Models, default_models
from ..store.corpus import Corpus
from ..tables import STRING, make_frame
from .frequency import PER, articles_of, term_counts, tokens_of

KEYNESS = {
    "term": STRING,
    "count": "int64",
    "per_10k": "float64",
    "ref_count": "float64",
    "ref_per_10k": "float64",
    "g2": "float64",
    "p_value": "float64",
    "log_ratio": "float64",
    "side": STRING,
}
ZERO = 0.5  # Hardie (2014): a zero frequency counts as 0.5 in Log Ratio


# --- the statistics, vectorised --------------------------------------------------------


def xlogx_ratio(observed: np.ndarray, expected: np.ndarray) -> np.ndarray:
    """``O * ln(O / E)``, with ``0 * ln 0 = 0``."""
    observed = np.asarray(observed, dtype=float)
    expected = np.asarray(expected, dtype=float)
    with np.errstate(divide="ignore", invalid="ignore"):
        out = observed * np.log(observed / expected)
    return np.where(observed > 0, out, 0.0)


def log_likelihood(o11, o12, o21, o22) -> np.ndarray:
    """G² of a 2x2 contingency table, ``2 Σ O ln(O/E)`` with ``E = row * column / N``."""
    o11, o12, o21, o22 = (np.asarray(x, dtype=float) for x in (o11, o12, o21, o22))
    r1, r2 = o11 + o12, o21 + o22
    c1, c2 = o11 + o21, o12 + o22
    n = r1 + r2
    with np.errstate(divide="ignore", invalid="ignore"):
        cells = [(o11, r1 * c1 / n), (o12, r1 * c2 / n), (o21, r2 * c1 / n), (o22, r2 * c2 / n)]
    return 2 * sum(xlogx_ratio(o, e) for o, e in cells)


def g2_two_corpora(a, b, c, d) -> np.ndarray:
    """G² of term count ``a`` in ``c`` words vs ``b`` in ``d`` words.

    The full 2x2 table (term / other words x target / reference; Dunning 1993),
    whose G² follows chi-square with 1 df. Rayson & Garside (2000) and UCREL's
    log-likelihood calculator sum the term's two cells only, ``2 (a ln(a/E1) +
    b ln(b/E2))`` with ``E1 = c (a+b) / (c+d)``; on news-sized corpora the two
    agree to a fraction of a unit, on tiny tables the full one is the test.
    """
    a, b, c, d = (np.asarray(x, dtype=float) for x in (a, b, c, d))
    return log_likelihood(a, b, c - a, d - b)


def g2_proportion(a, c, p) -> np.ndarray:
    """Binomial likelihood-ratio G² of ``a`` hits in ``c`` words against a known rate ``p``."""
    a, c, p = (np.asarray(x, dtype=float) for x in (a, c, p))
    return 2 * (xlogx_ratio(a, c * p) + xlogx_ratio(c - a, c * (1 - p)))


def log_ratio(a, b, c, d) -> np.ndarray:
    """Hardie (2014): ``log2((a / c) / (b / d))``, zero counts taken as 0.5."""
    a, b = (np.where(np.asarray(x, dtype=float) > 0, x, ZERO) for x in (a, b))
    return np.log2((a / np.asarray(c, dtype=float)) / (b / np.asarray(d, dtype=float)))


def p_value(g2) -> np.ndarray:
    """p-value of G² (chi-square, 1 degree of freedom)."""
    return chi2.sf(np.asarray(g2, dtype=float), 1)


# --- general Russian ------------------------------------------------------------------


GENERAL_SIZE = 20_000
# particles written only inside hyphenated words (что-нибудь, кто-либо, кое-где,
# всё-таки): wordfreq splits on hyphens and lists them as words of their own
HYPHEN_PARTS = frozenset({"нибудь", "либо", "кое", "таки"})


def general_lemma_frequencies(
    size: int = GENERAL_SIZE,
    unit: str = "lemma",
    cache_dir: str | None = None,
    models: Models | None = None,
) -> pd.Series:
    """Proportions of general Russian per lemma (or folded word form), from ``wordfreq``.

    The top ``size`` words of wordfreq's Russian list, lemmatised with the models'
    pymorphy analyser (``default_models()`` when none are given; most probable parse,
    ~10 s for 20 000 words) and summed per lemma; indexed by term, named ``p``.
    With ``cache_dir`` the list is kept there as Parquet. The list depends only on
    wordfreq and pymorphy's dictionary, so it is built once per ``size`` and ``unit``.

    >>> general_lemma_frequencies()["казахстан"] > general_lemma_frequencies()["шойгу"]  # doctest: +SKIP
    True
    """
    if unit not in ("lemma", "token"):
        raise ValueError(f"unit must be 'lemma' or 'token', got {unit!r}")
    key = (int(size), unit, str(cache_dir) if cache_dir else None)
    if key not in _GENERAL:
        if len(_GENERAL) >= GENERAL_KEPT:
            del _GENERAL[next(iter(_GENERAL))]
        _GENERAL[key] = _general_frequencies(*key, models)
    return _GENERAL[key].copy()


# (size, unit, cache_dir) -> the general list; the oldest is dropped past GENERAL_KEPT
_GENERAL: dict[tuple[int, str, str | None], pd.Series] = {}
GENERAL_KEPT = 4


def lemmas(words: Sequence[str], models: Models | None = None) -> list[str]:
    """The most probable lemma of each word, folded ё -> е: ``["казахстана"] -> ["казахстан"]``."""
    morph = (models or default_models()).morph_vocab
    return [lemma_of(word, morph) for word in words]


def lemma_of(word: str, morph) -> str:
    forms = morph.parse(word)  # [] for a word pymorphy cannot read: it stays as it is
    return (forms[0].normal_form if forms else word).replace("ё", "е")


def _general_frequencies(
    size: int, unit: str, cache_dir: str | None, models: Models | None
) -> pd.Series:
    path = Path(cache_dir) / f"wordfreq-ru-{unit}-{size}.parquet" if cache_dir else None
    if path is not None and path.exists():
        frame = pd.read_parquet(path)
        return pd.Series(
            frame["p"].to_numpy(), index=pd.Index(frame["term"], dtype=STRING), name="p"
        )
    import wordfreq

    freq = wordfreq.get_frequency_dict("ru")
    words = [
        w
        for w in wordfreq.top_n_list("ru", size)
        if w.replace("-", "").isalpha() and w not in HYPHEN_PARTS
    ]
    if unit == "token":
        terms = [w.lower().replace("ё", "е") for w in words]
    else:
        terms = lemmas(words, models)
    series = pd.Series(
        [freq.get(w, 0.0) for w in words], index=pd.Index(terms, dtype=STRING), name="p"
    )
    series = series.groupby(level=0).sum().sort_values(ascending=False)
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
        series.rename_axis("term").reset_index().to_parquet(path)
    return series


# --- keyness --------------------------------------------------------------------------


def target_mask(corpus: Corpus, target) -> pd.Series:
    """A boolean mask over ``corpus.articles`` from a mask or a ``(column, value)`` pair."""
    articles = articles_of(corpus)
    if isinstance(target, tuple) and len(target) == 2 and isinstance(target[0], str):
        column, value = target
        if column not in articles.columns:
            raise ValueError(f"no article column {column!r}; have {list(articles.columns)}")
        return pd.Series(
            (articles[column] == value).fillna(False).to_numpy(bool), index=articles.index
        )
    mask = np.asarray(target, dtype=bool)
    if mask.shape != (len(articles),):
        raise ValueError(
            f"target must be a boolean mask with one value per article ({len(articles)}), "
            "or a (column, value) pair such as ('source', 'ТАСС')"
        )
    return pd.Series(mask, index=articles.index)


def subcorpus(corpus: Corpus, mask: pd.Series) -> Corpus:
    """The articles where ``mask`` holds, with their rows of every table."""
    articles = articles_of(corpus).loc[mask.to_numpy(bool)]
    ids = articles["article_id"].astype(STRING).unique()

    def keep(frame: pd.DataFrame) -> pd.DataFrame:
        return frame.loc[frame["article_id"].isin(ids)].reset_index(drop=True)

    return Corpus(
        articles=articles.reset_index(drop=True),
        sentences=keep(corpus.sentences),
        tokens=keep(corpus.tokens),
        entities=keep(corpus.entities),
        quotes=keep(corpus.quotes),
    )


def total_words(corpus: Corpus) -> int:
    tokens = tokens_of(corpus)
    return int((~tokens["is_punct"].astype(bool)).sum())


def finish(frame: pd.DataFrame, min_count: int) -> pd.DataFrame:
    frame = frame.loc[(frame["count"] + frame["ref_count"].fillna(0) >= min_count)]
    frame = frame.assign(side=np.where(frame["log_ratio"] >= 0, "target", "reference"))
    frame = frame.sort_values(["g2", "term"], ascending=[False, True])
    return frame[list(KEYNESS)].astype(KEYNESS).reset_index(drop=True)


def keyness(
    corpus: Corpus,
    target=None,
    *,
    reference: str = "rest",
    unit: str = "lemma",
    n: int | None = None,
    min_count: int = 5,
    stop: bool = False,
    size: int = GENERAL_SIZE,
    cache_dir: str | None = None,
    models: Models | None = None,
) -> pd.DataFrame:
    """Key terms of ``target`` vs the rest (or vs general Russian), both sides.

    Columns ``term, count, per_10k, ref_count, ref_per_10k, g2, p_value,
    log_ratio, side``: ``count``/``per_10k`` in the target, ``ref_*`` in the
    reference (``ref_count`` is NaN against general Russian, which has rates
    only), ``g2`` log-likelihood, ``p_value`` its chi-square p, ``log_ratio``
    log2 of the ratio of relative frequencies (+1 = twice as frequent in the
    target), ``side`` "target" (over-used there) or "reference". Terms with
    ``count + ref_count < min_count`` are left out; sorted by G².

    ``target``: a boolean mask over ``corpus.articles`` or ``(column, value)``,
    e.g. ``("source", "ТАСС")``; with ``reference="general"`` it may be None
    (the whole corpus). ``models`` lemmatise the general list (default: ``default_models()``).

    >>> keyness(corpus, ("source", "ТАСС")).head(1)  # doctest: +SKIP
            term  count  per_10k  ref_count  ref_per_10k    g2  p_value  log_ratio    side
    0  казахстан     41     12.1        3.0          0.2  97.5  5.3e-23       5.9  target
    """
    if reference not in ("rest", "general"):
        raise ValueError(f"reference must be 'rest' or 'general', got {reference!r}")
    if target is None and reference == "rest":
        raise ValueError("keyness against the rest needs a target: a mask or (column, value)")
    if target is not None:
        mask = target_mask(corpus, target)
        inside = subcorpus(corpus, mask)
    else:
        mask, inside = None, corpus
    c = total_words(inside)
    counts = term_counts(inside, unit, n, stop=stop)[["term", "count"]]
    if reference == "general":
        if unit == "ngram" or (n or 1) > 1:
            raise ValueError("general Russian (wordfreq) has single words only: use unit='lemma'")
        return general_keyness(
            counts,
            c,
            unit=unit,
            min_count=min_count,
            size=size,
            stop=stop,
            cache_dir=cache_dir,
            models=models,
        )
    outside = subcorpus(corpus, ~mask)
    d = total_words(outside)
    if c == 0 or d == 0:
        return make_frame(None, KEYNESS)
    ref = term_counts(outside, unit, n, stop=stop)[["term", "count"]]
    frame = counts.merge(ref.rename(columns={"count": "ref_count"}), on="term", how="outer")
    frame = frame.fillna({"count": 0, "ref_count": 0})
    a, b = frame["count"].to_numpy(float), frame["ref_count"].to_numpy(float)
    g2 = g2_two_corpora(a, b, c, d)
    frame = frame.assign(
        count=a.astype("int64"),
        per_10k=a / c * PER,
        ref_per_10k=b / d * PER,
        g2=g2,
        p_value=p_value(g2),
        log_ratio=log_ratio(a, b, c, d),
    )
    return finish(frame, min_count)


@lru_cache(maxsize=1)
def wordfreq_floor() -> float:
    """The smallest frequency wordfreq lists for Russian."""
    import wordfreq

    return float(min(value for value in wordfreq.get_frequency_dict("ru").values() if value > 0))


def fallback_frequencies(terms: pd.Series) -> pd.Series:
    """wordfreq's own frequency of the terms that the lemma list lacks (rarer words), 0 dropped."""
    import wordfreq

    values = {term: wordfreq.word_frequency(term, "ru") for term in pd.unique(terms.astype(str))}
    series = pd.Series(values, dtype=float)
    return series.loc[series > 0]


def general_keyness(
    counts: pd.DataFrame,
    c: int,
    *,
    unit: str,
    min_count: int,
    size: int,
    stop: bool,
    cache_dir: str | None = None,
    models: Models | None = None,
) -> pd.DataFrame:
    """Terms of ``counts`` (of ``c`` running words) against wordfreq's general Russian."""
    if c == 0:
        return make_frame(None, KEYNESS)
    general_unit = "token" if unit == "token" else "lemma"
    general = general_lemma_frequencies(size, general_unit, cache_dir, models)
    counts = counts.loc[~counts["term"].str.contains("-", regex=False)]
    if not stop:
        from ..pipeline.stopwords import stop_words

        general = general.loc[~general.index.isin(list(stop_words()))]
    # both sides: the corpus terms, and the general terms frequent enough to be missed
    expected_enough = general.loc[general * c >= min_count]
    frame = counts.merge(
        expected_enough.rename("p").rename_axis("term").reset_index(), on="term", how="outer"
    )
    frame["p"] = frame["term"].map(general).astype(float)
    missing = frame.loc[frame["p"].isna() & (frame["count"] >= min_count), "term"]
    fallback = frame["term"].astype(object).map(fallback_frequencies(missing)).astype(float)
    frame["p"] = frame["p"].fillna(fallback)
    frame["p"] = frame["p"].fillna(wordfreq_floor())
    frame = frame.fillna({"count": 0})
    a, p = frame["count"].to_numpy(float), frame["p"].to_numpy(float)
    g2 = g2_proportion(a, c, p)
    frame = frame.assign(
        count=a.astype("int64"),
        per_10k=a / c * PER,
        ref_count=np.nan,
        ref_per_10k=p * PER,
        g2=g2,
        p_value=p_value(g2),
        log_ratio=np.log2(np.where(a > 0, a, ZERO) / c / p),
    )
    keep = (frame["count"] >= min_count) | (frame["p"] * c >= min_count)
    return finish(frame.loc[keep], 0)


def key_terms(
    frame: pd.DataFrame, side: str = "target", top: int = 20, max_p: float = 0.05
) -> pd.DataFrame:
    """The ``top`` significant rows (``p_value <= max_p``) of one side of a keyness table."""
    if side not in ("target", "reference"):
        raise ValueError(f"side must be 'target' or 'reference', got {side!r}")
    rows = frame.loc[(frame["side"] == side) & (frame["p_value"] <= max_p)]
    return rows.head(top).reset_index(drop=True)
