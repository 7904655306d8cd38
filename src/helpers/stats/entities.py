"""Entity counts and co-occurrence over a Corpus (its ``entities`` table, dateline mentions
left out).

>>> entity_counts(corpus).head(1)  # doctest: +SKIP
  type       name  mentions  articles
0  LOC  Казахстан         7         1
"""

from __future__ import annotations

from collections import Counter

import pandas as pd

from .. import tables

COUNT_COLUMNS = {
    "type": tables.STRING,
    "name": tables.STRING,
    "mentions": "int64",
    "articles": "int64",
}
PAIR_COLUMNS = {
    "name_a": tables.STRING,
    "type_a": tables.STRING,
    "name_b": tables.STRING,
    "type_b": tables.STRING,
    "count": "int64",
    "score": "float64",
}
LEVELS = ("sentence", "article")


def content_mentions(corpus, nested: bool = False) -> pd.DataFrame:
    """The corpus's mentions without the dateline ones (МОСКВА, ТАСС) and, unless
    ``nested``, without places and organisations inside a longer organisation name
    (``России`` in ``Минобороны России``)."""
    entities = corpus.entities
    keep = ~entities["in_dateline"].astype(bool)
    if not nested and "nested" in entities.columns:
        keep &= ~entities["nested"].astype(bool)
    return entities[keep]


def by_columns(by) -> list[str]:
    if by is None:
        return []
    return [by] if isinstance(by, str) else list(by)


def entity_counts(corpus, by: str | list[str] | None = None, nested: bool = False) -> pd.DataFrame:
    """One row per entity: ``[by...,] type, name, mentions, articles``, most mentioned first.

    Dateline mentions are not counted. ``by`` names article columns ("date", "source") for
    breakdowns. On the seed: ``Сергей Шойгу`` (PER) 7 mentions in 1 article, no ``Москва``
    or ``ТАСС`` from the dateline.
    """
    keys = by_columns(by)
    missing = [key for key in keys if key not in corpus.articles.columns]
    if missing:
        raise ValueError(
            f"by={by!r}: the articles have no column {missing}; "
            f"choose from {list(corpus.articles.columns)}"
        )
    spec = {**{key: corpus.articles[key].dtype for key in keys}, **COUNT_COLUMNS}
    mentions = content_mentions(corpus, nested)
    if mentions.empty:
        return tables.make_frame(None, spec)
    if keys:
        mentions = mentions.merge(
            corpus.articles[["article_id", *keys]].astype({"article_id": tables.STRING}),
            on="article_id",
            how="left",
        )
    grouped = mentions.groupby([*keys, "type", "name"], dropna=False, observed=True)
    counts = grouped.agg(
        mentions=("article_id", "size"), articles=("article_id", "nunique")
    ).reset_index()
    counts = counts.sort_values(
        ["mentions", "articles", "name"], ascending=[False, False, True], kind="stable"
    )
    return tables.conform(counts, spec)


def mention_units(corpus, level: str, nested: bool = False) -> pd.DataFrame:
    """Content mentions with a ``unit`` column: their sentence or article."""
    if level not in LEVELS:
        raise ValueError(f"level must be one of {LEVELS}, not {level!r}")
    mentions = content_mentions(corpus, nested)[["article_id", "start", "type", "name"]]
    if level == "article" or mentions.empty:
        return mentions.assign(unit=mentions["article_id"].astype(str))
    parts = []
    sentences = corpus.sentences
    for article_id, group in mentions.groupby("article_id", observed=True):
        sents = sentences[sentences["article_id"] == article_id].sort_values("start")
        index = sents["start"].searchsorted(group["start"], side="right") - 1
        sent_ids = sents["sent_id"].to_numpy()[index.clip(0)] if len(sents) else [0] * len(group)
        parts.append(group.assign(unit=[f"{article_id}/{s}" for s in sent_ids]))
    return pd.concat(parts, ignore_index=True)


def cooccurrence(
    corpus, level: str = "sentence", min_count: int = 1, nested: bool = False
) -> pd.DataFrame:
    """Entity pairs named in the same sentence (or article): ``name_a, type_a, name_b,
    type_b, count, score``, most frequent first.

    ``count``: units (sentences or articles) naming both; ``score``: the Dice coefficient
    2·count / (units naming a + units naming b), from 0 (never together) to 1 (always
    together), which unlike PMI does not favour entities seen once. Dateline mentions are
    left out, and so are mentions nested in an organisation's name unless ``nested``
    (``Минобороны России`` does not pair with ``Россия``). On the seed, at article level:
    Сергей Шойгу – Казахстан, count 1, score 1.0.
    """
    units = mention_units(corpus, level, nested)
    if units.empty:
        return tables.make_frame(None, PAIR_COLUMNS)
    entities_in = (
        units.drop_duplicates(["unit", "type", "name"])
        .groupby("unit")[["type", "name"]]
        .apply(
            lambda group: sorted(
                zip(group["type"], group["name"], strict=False), key=lambda e: (e[1], e[0])
            )
        )
    )
    singles: Counter = Counter()
    pairs: Counter = Counter()
    for members in entities_in:
        singles.update(members)
        for i, first in enumerate(members):
            for second in members[i + 1 :]:
                pairs[first, second] += 1
    rows = [
        (a[1], a[0], b[1], b[0], count, 2 * count / (singles[a] + singles[b]))
        for (a, b), count in pairs.items()
        if count >= min_count
    ]
    frame = pd.DataFrame(rows, columns=list(PAIR_COLUMNS))
    frame = frame.sort_values(
        ["count", "score", "name_a", "name_b"], ascending=[False, False, True, True], kind="stable"
    )
    return tables.conform(frame, PAIR_COLUMNS)
