"""Collocations: which lemmas keep company with a node lemma, or which bigrams stick.

Every score comes from one 2x2 contingency table per pair (Evert 2008,
"Corpora and collocations", section 5): ``O11`` co-occurrences, ``R1`` the
node's row total, ``C1`` the collocate's column total, ``N`` the sample size,
``E11 = R1 * C1 / N``. Three scopes fill the table:

- ``scope="window"`` (surface co-occurrence): collocates up to ``window`` terms
  left or right of the node inside its sentence, counted over terms (stop words
  and punctuation removed first). ``R1`` is the total size of the node's
  windows, ``C1`` the collocate's frequency, ``N`` the number of terms.
- ``scope="sentence"`` (textual co-occurrence): ``O11`` sentences holding both,
  ``R1``/``C1`` sentences holding each, ``N`` sentences.
- ``node=None``: all adjacent bigrams of terms (never across punctuation, see
  ``frequency``), ``R1`` the first word's count as a first element, ``C1`` the
  second's as a second element, ``N`` the number of bigrams.

Scores: ``log_dice = 14 + log2(2 f_xy / (f_x + f_y))`` (Rychlý 2008, with
``f_x``, ``f_y`` the node's and collocate's own frequencies in the scope's
unit), ``pmi = log2(O11 / E11)`` (Church & Hanks 1990), ``t_score = (O11 -
E11) / sqrt(O11)`` (Church et al. 1991), ``log_likelihood`` = G² of the table
(Dunning 1993). PMI overrates rare pairs, hence the frequency floor
``min_count`` on ``O11`` (default 3).
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from ..io.text import fold_text
from ..store.corpus import Corpus
from ..tables import STRING, make_frame
from .frequency import segment_ids, term_mask, tokens_of
from .keyness import log_likelihood

COLLOCATIONS = {
    "node": STRING,
    "collocate": STRING,
    "cooc": "int64",
    "node_freq": "int64",
    "collocate_freq": "int64",
    "expected": "float64",
    "log_dice": "float64",
    "pmi": "float64",
    "t_score": "float64",
    "log_likelihood": "float64",
}
SCORES = ("log_dice", "pmi", "t_score", "log_likelihood", "cooc")


def scores(o11, r1, c1, n, f_x, f_y) -> dict[str, np.ndarray]:
    """The association scores of the module docstring, vectorised."""
    o11, r1, c1, n, f_x, f_y = (np.asarray(v, dtype=float) for v in (o11, r1, c1, n, f_x, f_y))
    expected = r1 * c1 / n
    return {
        "expected": expected,
        "log_dice": 14 + np.log2(2 * o11 / (f_x + f_y)),
        "pmi": np.log2(o11 / expected),
        "t_score": (o11 - expected) / np.sqrt(o11),
        "log_likelihood": log_likelihood(o11, r1 - o11, c1 - o11, n - r1 - c1 + o11),
    }


def terms_frame(corpus, stop: bool) -> pd.DataFrame:
    """Terms in order: ``lemma``, ``sentence`` (a global id), ``segment`` (punctuation run)."""
    tokens = tokens_of(corpus)
    mask = term_mask(tokens, stop=stop).to_numpy(bool)
    article = tokens["article_id"].astype(STRING)
    new_sentence = tokens["sent_id"].ne(tokens["sent_id"].shift()) | article.ne(article.shift())
    return pd.DataFrame(
        {
            "lemma": tokens["lemma"].astype(STRING).to_numpy()[mask],
            "sentence": np.cumsum(new_sentence.to_numpy(bool))[mask],
            "segment": segment_ids(tokens)[mask],
        }
    )


def window_table(terms: pd.DataFrame, node: str, window: int) -> pd.DataFrame:
    lemma = terms["lemma"].to_numpy(object)
    sentence = terms["sentence"].to_numpy()
    at = np.flatnonzero(lemma == node)
    hits, slots = [], 0
    for offset in [*range(-window, 0), *range(1, window + 1)]:
        pos = at + offset
        pos = pos[(pos >= 0) & (pos < len(lemma))]
        pos = pos[sentence[pos] == sentence[pos - offset]]
        slots += len(pos)
        hits.append(lemma[pos])
    found = pd.Series(np.concatenate(hits) if hits else [], dtype=object)
    table = found.value_counts().rename("cooc").rename_axis("collocate").reset_index()
    freq = terms["lemma"].value_counts()
    return table.assign(
        r1=slots,
        c1=table["collocate"].map(freq).to_numpy(),
        n=len(terms),
        f_x=len(at),
        f_y=table["collocate"].map(freq).to_numpy(),
        node=node,
    )


def sentence_table(terms: pd.DataFrame, node: str) -> pd.DataFrame:
    pairs = terms[["sentence", "lemma"]].drop_duplicates()
    with_node = pairs.loc[pairs["lemma"] == node, "sentence"]
    freq = pairs["lemma"].value_counts()
    found = pairs.loc[pairs["sentence"].isin(with_node), "lemma"]
    table = found.value_counts().rename("cooc").rename_axis("collocate").reset_index()
    c1 = table["collocate"].map(freq).to_numpy()
    return table.assign(
        r1=len(with_node),
        c1=c1,
        n=terms["sentence"].nunique(),
        f_x=len(with_node),
        f_y=c1,
        node=node,
    )


def bigram_table(terms: pd.DataFrame) -> pd.DataFrame:
    nxt = terms["lemma"].shift(-1)
    valid = terms["segment"].shift(-1).eq(terms["segment"])
    pairs = pd.DataFrame({"node": terms["lemma"].loc[valid], "collocate": nxt.loc[valid]})
    table = pairs.value_counts().rename("cooc").reset_index()
    first = pairs["node"].value_counts()
    second = pairs["collocate"].value_counts()
    freq = terms["lemma"].value_counts()
    return table.assign(
        r1=table["node"].map(first).to_numpy(),
        c1=table["collocate"].map(second).to_numpy(),
        n=len(pairs),
        f_x=table["node"].map(freq).to_numpy(),
        f_y=table["collocate"].map(freq).to_numpy(),
    )


def collocations(
    corpus: Corpus | pd.DataFrame,
    node: str | None = None,
    *,
    scope: str = "window",
    window: int = 5,
    min_count: int = 3,
    sort: str = "log_dice",
    stop: bool = False,
) -> pd.DataFrame:
    """Collocates of ``node`` (a lemma) or, with ``node=None``, all adjacent bigrams.

    Columns ``node, collocate, cooc, node_freq, collocate_freq, expected,
    log_dice, pmi, t_score, log_likelihood`` (see the module docstring);
    ``cooc >= min_count``; sorted by ``sort`` (descending).

    >>> collocations(corpus, "сотрудничество", min_count=2).head(1)  # doctest: +SKIP
                 node           collocate  cooc  ...  log_dice
    0  сотрудничество  военно-технический     2  ...    13.2
    """
    if scope not in ("window", "sentence"):
        raise ValueError(f"scope must be 'window' or 'sentence', got {scope!r}")
    if sort not in SCORES:
        raise ValueError(f"sort must be one of {SCORES}, got {sort!r}")
    if not isinstance(window, int) or window < 1:
        raise ValueError(f"window must be a positive int (terms each side), got {window!r}")
    terms = terms_frame(corpus, stop)
    if not len(terms):
        return make_frame(None, COLLOCATIONS)
    if node is None:
        table = bigram_table(terms)
    else:
        node = fold_text(node.strip())
        table = (
            window_table(terms, node, window) if scope == "window" else sentence_table(terms, node)
        )
        table = table.loc[table["collocate"] != node]
    table = table.loc[table["cooc"] >= min_count]
    if not len(table):
        return make_frame(None, COLLOCATIONS)
    values = scores(*(table[c] for c in ("cooc", "r1", "c1", "n", "f_x", "f_y")))
    table = table.assign(node_freq=table["f_x"], collocate_freq=table["f_y"], **values)
    table = table.sort_values([sort, "cooc", "collocate"], ascending=[False, False, True])
    return table[list(COLLOCATIONS)].astype(COLLOCATIONS).reset_index(drop=True)


def collocation_network(
    corpus: Corpus | pd.DataFrame,
    node: str,
    *,
    top: int = 8,
    depth: int = 2,
    sort: str = "log_dice",
    **kwargs,
) -> pd.DataFrame:
    """The ``top`` collocates of ``node``, then of each of those, ``depth`` levels deep.

    A GraphColl-style network (Brezina et al. 2015) as one ``collocations``
    frame (same columns; pairs met twice kept once), ready for
    ``plot_collocation_network``. ``kwargs`` go to ``collocations``.
    """
    frames, seen, frontier = [], set(), [fold_text(node.strip())]
    for _ in range(depth):
        next_frontier = []
        for word in frontier:
            if word in seen:
                continue
            seen.add(word)
            rows = collocations(corpus, word, sort=sort, **kwargs).head(top)
            frames.append(rows)
            next_frontier.extend(rows["collocate"].astype(str))
        frontier = next_frontier
    frames = [frame for frame in frames if len(frame)]
    if not frames:
        return make_frame(None, COLLOCATIONS)
    out = pd.concat(frames, ignore_index=True)
    pair = out[["node", "collocate"]].astype(str).apply(lambda r: tuple(sorted(r)), axis=1)
    return out.loc[~pair.duplicated()].reset_index(drop=True)
