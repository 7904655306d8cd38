"""How good are the topics? NPMI coherence, diversity and stability across seeds.

- **NPMI coherence** (Bouma 2009; Lau et al. 2014) of a topic: the mean, over
  all pairs of its top-N terms, of ``log(P(a,b) / (P(a) P(b))) / -log P(a,b)``
  where ``P`` counts *documents* of the corpus itself: ``P(a)`` is the share of
  articles containing term ``a``, ``P(a,b)`` of those containing both. No
  smoothing epsilon: a pair that never co-occurs gets -1, the limit of NPMI as
  ``P(a,b) -> 0`` (so unseen pairs are penalised as strongly as possible, and
  no epsilon shifts the other pairs); a pair in every article (``P(a,b) = 1``)
  gets 1. Ranges from -1 (never together) through 0 (independent) to 1 (always
  together). The model's figure is the mean over topics.
- **Diversity** (Dieng et al. 2020): unique terms among all topics' top-N
  divided by ``n_topics * N``; 1 = no term shared between topics.
- **Stability** (Greene et al. 2014): fit with several seeds (by default each
  also on a seeded 80% sample of the articles), match the topics of every two
  runs one-to-one by the Hungarian method on the Jaccard similarity of their
  top-N term sets, and average the matched similarities over topics and pairs
  of runs; 1 = the same topics every time.

``choose_n_topics`` tabulates the three per candidate number of topics and
``pick_n_topics`` is the "auto" rule.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from itertools import combinations

import numpy as np
import pandas as pd
from scipy import sparse
from scipy.optimize import linear_sum_assignment

from .. import tables
from ..store.corpus import Corpus
from .model import (
    ARTICLES_PER_TOPIC,
    FLOAT,
    MIN_DOCUMENTS,
    TooFewDocuments,
    TopicModel,
    documents,
    too_few_message,
)

QUALITY = {"n_topics": tables.INT, "npmi": FLOAT, "diversity": FLOAT, "stability": FLOAT}
TOP_N = 10
SEEDS = 5
SUBSAMPLE = 0.8
CANDIDATES = (5, 8, 10, 12, 15, 20)


# --- coherence and diversity ---------------------------------------------------------


def presence(topics: Sequence[Sequence[str]], docs: Iterable[Iterable[str]]):
    """Binary document x term matrix for the topics' terms, and the terms' columns."""
    terms = sorted({term for topic in topics for term in topic})
    column = {term: i for i, term in enumerate(terms)}
    rows, cols = [], []
    n_docs = 0
    for row, doc in enumerate(docs):
        n_docs += 1
        for term in set(doc):
            if term in column:
                rows.append(row)
                cols.append(column[term])
    matrix = sparse.csr_matrix(
        (np.ones(len(rows)), (rows, cols)), shape=(n_docs, len(terms)), dtype=FLOAT
    )
    return matrix, column


def npmi(p_a: float, p_b: float, p_ab: float) -> float:
    """Normalised PMI of two terms from document probabilities (-1 if never together)."""
    if p_ab <= 0:
        return -1.0
    if p_ab >= 1:
        return 1.0
    return float(np.log(p_ab / (p_a * p_b)) / -np.log(p_ab))


def npmi_coherence(topics: Sequence[Sequence[str]], docs: Iterable[Iterable[str]]) -> np.ndarray:
    """NPMI coherence of each topic (its top terms) on the documents (term lists).

    >>> docs = [["матч", "гол"], ["матч", "гол", "ракета"], ["ракета"], ["матч"]]
    >>> npmi_coherence([["матч", "гол"]], docs).round(3)
    array([0.415])
    """
    matrix, column = presence(topics, docs)
    n_docs = matrix.shape[0]
    if n_docs == 0:
        raise ValueError("NPMI needs documents: got none")
    together = (matrix.T @ matrix).toarray() / n_docs
    single = np.diag(together)
    out = []
    for topic in topics:
        pairs = list(combinations([column[term] for term in topic], 2))
        scores = [npmi(single[a], single[b], together[a, b]) for a, b in pairs]
        out.append(float(np.mean(scores)) if scores else np.nan)
    return np.asarray(out, dtype=FLOAT)


def topic_diversity(topics: Sequence[Sequence[str]]) -> float:
    """Share of unique terms among all topics' top terms (1: no term repeats).

    >>> topic_diversity([["матч", "гол"], ["ракета", "гол"]])
    0.75
    """
    terms = [term for topic in topics for term in topic]
    return len(set(terms)) / len(terms) if terms else np.nan


# --- stability ----------------------------------------------------------------------


def jaccard(a: Iterable[str], b: Iterable[str]) -> float:
    a, b = set(a), set(b)
    return len(a & b) / len(a | b) if a | b else 1.0


def match_topics(a: Sequence[Sequence[str]], b: Sequence[Sequence[str]]) -> float:
    """Mean Jaccard similarity of the best one-to-one matching of two runs' topics.

    >>> match_topics([["матч", "гол"], ["ракета"]], [["ракета"], ["матч", "тренер"]])
    0.6666666666666666
    """
    similarity = np.array([[jaccard(x, y) for y in b] for x in a])
    rows, cols = linear_sum_assignment(similarity, maximize=True)
    # unmatched topics (runs of unequal size) count as similarity 0
    return float(similarity[rows, cols].sum() / max(len(a), len(b)))


def stability_of_runs(runs: Sequence[Sequence[Sequence[str]]]) -> float:
    """Mean best-match similarity over all pairs of runs (each run: topics' top terms)."""
    pairs = list(combinations(runs, 2))
    if not pairs:
        raise ValueError("stability needs at least two runs (seeds)")
    return float(np.mean([match_topics(a, b) for a, b in pairs]))


def _as_documents(data: Corpus | pd.Series, bigrams: bool) -> pd.Series:
    docs = documents(data, bigrams) if isinstance(data, Corpus) else data
    return docs[docs.map(len) > 0]


def seed_runs(
    docs: pd.Series,
    n_topics: int,
    seeds: int | Sequence[int] = SEEDS,
    subsample: float = SUBSAMPLE,
    top_n: int = TOP_N,
    **params,
) -> list[list[list[str]]]:
    """Top terms of models fitted with each seed (on a seeded sample when ``subsample`` < 1)."""
    seeds = range(seeds) if isinstance(seeds, int) else seeds
    runs = []
    for seed in seeds:
        sample = docs
        if subsample < 1:
            size = max(MIN_DOCUMENTS, round(subsample * len(docs)))
            rng = np.random.default_rng(seed)
            sample = docs.iloc[np.sort(rng.choice(len(docs), size=size, replace=False))]
        model = TopicModel(n_topics=n_topics, random_state=seed, **params)
        runs.append(model.fit_documents(sample).top_terms(top_n))
    return runs


def topic_stability(
    data: Corpus | pd.Series,
    n_topics: int,
    seeds: int | Sequence[int] = SEEDS,
    subsample: float = SUBSAMPLE,
    top_n: int = TOP_N,
    **params,
) -> float:
    """Stability of the topics across seeds (see the module doc); 1 = identical topics.

    ``params`` go to ``TopicModel`` (method, min_df, ...). With ``subsample=1``
    only the seed changes (NMF: the randomized SVD of its NNDSVDa start; LDA:
    its random start; k-means: its starting centres).

    >>> topic_stability(corpus, 10, method="lda")  # doctest: +SKIP
    0.62
    """
    docs = _as_documents(data, params.get("bigrams", False))
    return stability_of_runs(seed_runs(docs, n_topics, seeds, subsample, top_n, **params))


# --- choosing the number of topics ----------------------------------------------------


def evaluate(model: TopicModel, data: Corpus | pd.Series, top_n: int = TOP_N) -> dict:
    """NPMI (on ``data``'s documents) and diversity of a fitted model's top terms."""
    docs = _as_documents(data, model.bigrams)
    topics = model.top_terms(top_n)
    return {
        "npmi": float(np.nanmean(npmi_coherence(topics, docs))),
        "diversity": topic_diversity(topics),
    }


def topic_npmi(model: TopicModel, data: Corpus | pd.Series, top_n: int = TOP_N) -> pd.DataFrame:
    """NPMI of each topic: ``topic, label, npmi`` (on ``data``'s documents)."""
    docs = _as_documents(data, model.bigrams)
    return pd.DataFrame(
        {
            "topic": pd.Series(range(model.n_topics), dtype=tables.INT),
            "label": pd.Series(model.topic_labels_, dtype=tables.STRING),
            "npmi": npmi_coherence(model.top_terms(top_n), docs),
        }
    )


def default_candidates(n_documents: int) -> list[int]:
    """Candidate numbers of topics a corpus can support (about 10 articles per topic)."""
    most = n_documents // ARTICLES_PER_TOPIC
    out = [n for n in CANDIDATES if n <= most]
    if not out:  # a small corpus (paragraphs of a few articles): 2, 3, ... topics
        out = list(range(2, max(2, n_documents // 4) + 1))[:4]
    return out


def choose_n_topics(
    data: Corpus | pd.Series,
    candidates: Sequence[int] | str = "auto",
    method: str = "nmf",
    seeds: int | Sequence[int] = SEEDS,
    subsample: float = SUBSAMPLE,
    top_n: int = TOP_N,
    **params,
) -> pd.DataFrame:
    """Quality per candidate number of topics: ``n_topics, npmi, diversity, stability``.

    NPMI and diversity are of the model fitted with ``random_state=0`` on all
    articles; stability is over ``seeds`` runs. ``candidates="auto"`` tries the
    numbers in ``CANDIDATES`` that leave about 10 articles per topic. Pick with
    ``pick_n_topics``; draw with ``helpers.plot_topic_quality``.

    >>> choose_n_topics(corpus, [5, 10], method="nmf")  # doctest: +SKIP
       n_topics   npmi  diversity  stability
    0         5  0.12       0.92       0.81
    """
    docs = _as_documents(data, params.get("bigrams", False))
    if len(docs) < 2 * MIN_DOCUMENTS:
        raise TooFewDocuments(too_few_message(len(docs)))
    if candidates == "auto":
        candidates = default_candidates(len(docs))
    rows = {name: [] for name in QUALITY}
    for n_topics in candidates:
        model = TopicModel(n_topics=n_topics, method=method, **params).fit_documents(docs)
        quality = evaluate(model, docs, top_n)
        runs = seed_runs(docs, n_topics, seeds, subsample, top_n, method=method, **params)
        rows["n_topics"].append(n_topics)
        rows["npmi"].append(quality["npmi"])
        rows["diversity"].append(quality["diversity"])
        rows["stability"].append(stability_of_runs(runs))
    return tables.make_frame(rows, QUALITY)


def pick_n_topics(quality: pd.DataFrame) -> int:
    """The "auto" number of topics: best mean of the min-max scaled NPMI, diversity, stability.

    Each measure is scaled to [0, 1] over the candidates (a measure equal for all
    candidates counts 1 for each), the three are averaged with equal weight, and
    the candidate with the highest mean wins; ties go to the fewer topics.
    """
    if not len(quality):
        raise ValueError("no candidates in the quality table: run choose_n_topics first")
    measures = quality[["npmi", "diversity", "stability"]].astype(FLOAT)
    low, high = measures.min(), measures.max()
    span = (high - low).replace(0, np.nan)
    scaled = ((measures - low) / span).fillna(1.0)
    score = scaled.mean(axis=1).to_numpy()
    order = np.lexsort((quality["n_topics"].to_numpy(), -np.round(score, 12)))
    return int(quality["n_topics"].iloc[order[0]])


def explain_quality(quality: pd.DataFrame, n_topics: int) -> str:
    """A few plain sentences on the quality figures of ``n_topics`` (a ``choose_n_topics`` row).

    >>> print(explain_quality(quality, 10))  # doctest: +SKIP
    10 topics: NPMI 0.12 — the top words of a topic ...
    """
    row = quality.loc[quality["n_topics"] == n_topics]
    if not len(row):
        raise ValueError(
            f"no row for {n_topics} topics; candidates: {quality['n_topics'].tolist()}"
        )
    row = row.iloc[0]
    npmi_word = (
        "far more often than by chance"
        if row["npmi"] >= 0.2
        else "more often than by chance"
        if row["npmi"] > 0.05
        else "hardly more often than by chance"
        if row["npmi"] > -0.05
        else "less often than by chance"
    )
    shared = 1 - row["diversity"]
    stable = (
        "nearly the same topics come back"
        if row["stability"] >= 0.8
        else "most topics come back"
        if row["stability"] >= 0.5
        else "many topics change"
    )
    return (
        f"{n_topics} topics. NPMI coherence {row['npmi']:.3f}: the top words of a topic "
        f"occur together in the same articles {npmi_word} (0 = independent, 1 = always "
        f"together, -1 = never). Diversity {row['diversity']:.2f}: {shared:.0%} of the top "
        f"words are shared between topics. Stability {row['stability']:.2f}: refitted with "
        f"other seeds (and samples of the articles), {stable} (1 = identical top words)."
    )
