"""Dispersion of terms over articles, and near-duplicate articles.

Dispersion tells a corpus-wide theme from a word that one article repeats. The
parts are the articles, sized by their running words (non-punctuation tokens):

- Juilland's D (Juilland & Chang-Rodríguez 1964, for parts of unequal size as
  in Gries 2008, 5.1): with ``p_i = f_i / s_i`` the term's relative frequency
  in article i and ``n`` articles, ``V = sd(p) / mean(p)`` (population sd) and
  ``D = 1 - V / sqrt(n - 1)``; 1 = perfectly even, 0 = all in one article.
- Gries' DP (Gries 2008; normalised by Lijffijt & Gries 2012): with ``v_i =
  f_i / f`` the share of the term's occurrences in article i and ``s_i`` the
  article's share of the corpus, ``DP = 0.5 * Σ |v_i - s_i|``; 0 = even, near
  1 = concentrated; ``dp_norm = DP / (1 - min s_i)`` reaches 1 exactly.

Near duplicates (wire copy republished with a new first line) are found with
MinHash over word shingles (``shingle`` consecutive folded words) and LSH
(datasketch); pairs at or above an estimated Jaccard ``threshold`` are joined
into groups (connected components). ``collapse_duplicates`` keeps one article
per group (the first in corpus order) so counts are not inflated by copies.
"""

from __future__ import annotations

import re

import numpy as np
import pandas as pd

from ..io.text import fold_text
from ..store.corpus import Corpus
from ..tables import STRING, make_frame
from .frequency import articles_of, running_words, term_occurrences
from .keyness import subcorpus

DISPERSION = {
    "term": STRING,
    "count": "int64",
    "docs": "int64",
    "juilland_d": "float64",
    "dp": "float64",
    "dp_norm": "float64",
}
DUPLICATES = {
    "group": "int64",
    "article_id": STRING,
    "representative": STRING,
    "jaccard": "float64",
}
WORD = re.compile(r"\w+(?:-\w+)*")


def dispersion(
    corpus: Corpus | pd.DataFrame,
    unit: str = "lemma",
    n: int | None = None,
    *,
    min_count: int = 1,
    stop: bool = False,
) -> pd.DataFrame:
    """Dispersion of each term over articles: ``term, count, docs, juilland_d, dp, dp_norm``.

    Sorted by count (descending). With one article D is NaN (undefined) and DP 0.

    >>> dispersion(corpus, min_count=10).head(1)  # doctest: +SKIP
             term  count  docs  juilland_d    dp  dp_norm
    0      россия    310   182        0.61  0.45     0.45
    """
    occ = term_occurrences(corpus, unit=unit, n=n, stop=stop)
    sizes = running_words(corpus)
    sizes = sizes.loc[sizes > 0]
    if not len(occ) or not len(sizes):
        return make_frame(None, DISPERSION)
    parts, total = len(sizes), float(sizes.sum())
    cells = occ.groupby(["term", "article_id"], sort=False).size().rename("f").reset_index()
    cells["s"] = cells["article_id"].map(sizes).to_numpy(float)
    cells = cells.dropna(subset=["s"])
    cells["p"] = cells["f"] / cells["s"]
    cells["p2"] = cells["p"] ** 2
    cells["share"] = cells["s"] / total
    per_term = cells.groupby("term", sort=False).agg(
        count=("f", "sum"),
        docs=("f", "size"),
        sum_p=("p", "sum"),
        sum_p2=("p2", "sum"),
        share_in=("share", "sum"),
    )
    cells["v"] = cells["f"] / cells["term"].map(per_term["count"]).to_numpy(float)
    gap = (cells["v"] - cells["share"]).abs().groupby(cells["term"], sort=False).sum()
    mean = per_term["sum_p"] / parts
    sd = np.sqrt(np.maximum(per_term["sum_p2"] / parts - mean**2, 0))
    juilland = 1 - (sd / mean) / np.sqrt(parts - 1) if parts > 1 else np.nan
    # articles without the term contribute |0 - s_i| = s_i
    dp = 0.5 * (gap + (1 - per_term["share_in"]))
    min_share = float(sizes.min()) / total
    out = per_term.assign(
        juilland_d=np.clip(juilland, 0, 1),  # float noise can cross the bounds
        dp=dp.clip(lower=0),
        dp_norm=(dp / (1 - min_share)).clip(lower=0) if parts > 1 else 0.0,
    ).reset_index()
    out = out.loc[out["count"] >= min_count].sort_values(["count", "term"], ascending=[False, True])
    return out[list(DISPERSION)].astype(DISPERSION).reset_index(drop=True)


# --- near duplicates ------------------------------------------------------------------


def shingles(text: str, size: int) -> set[bytes]:
    """Word ``size``-grams of the folded text (the whole text if shorter)."""
    words = WORD.findall(fold_text(text))
    if len(words) <= size:
        return {" ".join(words).encode()} if words else set()
    return {" ".join(words[i : i + size]).encode() for i in range(len(words) - size + 1)}


def find_groups(pairs: list[tuple[int, int]], count: int) -> np.ndarray:
    """Connected components (union-find) of ``count`` items joined by ``pairs``."""
    parent = np.arange(count)

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for a, b in pairs:
        ra, rb = root(a), root(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    return np.array([root(i) for i in range(count)])


def near_duplicates(
    corpus: Corpus | pd.DataFrame,
    *,
    threshold: float = 0.8,
    shingle: int = 5,
    num_perm: int = 128,
    seed: int = 1,
) -> pd.DataFrame:
    """Groups of near-duplicate articles: ``group, article_id, representative, jaccard``.

    Only articles with at least one near duplicate are listed; ``representative``
    is the group's first article in corpus order, ``jaccard`` the MinHash
    estimate of the shingle Jaccard similarity to it (1.0 for itself). Takes a
    ``Corpus`` or an articles frame (``article_id``, ``text``), so copies can be
    dropped before analysing.

    >>> near_duplicates(articles)  # doctest: +SKIP
       group     article_id representative  jaccard
    0      0   tass-1        tass-1            1.00
    1      0   rg-7          tass-1            0.91
    """
    from datasketch import MinHash, MinHashLSH

    if not 0 < threshold <= 1:
        raise ValueError(f"threshold is a Jaccard similarity in (0, 1], got {threshold!r}")
    is_articles = isinstance(corpus, pd.DataFrame) and "lemma" not in corpus.columns
    articles = corpus if is_articles else articles_of(corpus)
    if "text" not in articles:
        raise ValueError("near_duplicates needs the articles' text (a Corpus or load_articles())")
    ids = articles["article_id"].astype(str).tolist()
    lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
    hashes = []
    for i, text in enumerate(articles["text"]):
        minhash = MinHash(num_perm=num_perm, seed=seed)
        minhash.update_batch(list(shingles(text, shingle)))
        hashes.append(minhash)
        lsh.insert(i, minhash)
    pairs = [
        (i, j)
        for i, minhash in enumerate(hashes)
        for j in lsh.query(minhash)
        if j > i and minhash.jaccard(hashes[j]) >= threshold
    ]
    if not pairs:
        return make_frame(None, DUPLICATES)
    roots = find_groups(pairs, len(ids))
    sizes = np.bincount(roots, minlength=len(ids))
    members = [i for i in range(len(ids)) if sizes[roots[i]] > 1]
    group_number = {root: k for k, root in enumerate(dict.fromkeys(roots[members]))}
    frame = {
        "group": [group_number[roots[i]] for i in members],
        "article_id": [ids[i] for i in members],
        "representative": [ids[roots[i]] for i in members],
        "jaccard": [hashes[i].jaccard(hashes[roots[i]]) for i in members],
    }
    return make_frame(frame, DUPLICATES)


def collapse_duplicates(corpus: Corpus, duplicates: pd.DataFrame | None = None, **kwargs) -> Corpus:
    """The corpus with one article per near-duplicate group (its representative).

    ``duplicates`` is ``near_duplicates(corpus)`` (computed with ``kwargs`` when None).
    """
    if duplicates is None:
        duplicates = near_duplicates(corpus, **kwargs)
    copies = duplicates.loc[duplicates["article_id"] != duplicates["representative"], "article_id"]
    keep = ~corpus.articles["article_id"].astype(str).isin(set(copies.astype(str)))
    return subcorpus(corpus, keep)
