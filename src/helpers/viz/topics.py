"""Plots of topic models: top terms, document-topic heatmap, shares over time, quality.

Each takes a tidy frame from ``helpers.topics`` / ``helpers.topic_quality`` and an
optional ``ax``; ``plot_topic_terms`` draws small multiples and returns the
flat numpy array of their Axes (the Figure is ``axes[0].figure``).
"""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
from matplotlib.axes import Axes

from .common import new_axes, setup_style


def _label_of(labels: pd.DataFrame | None, topic: int) -> str:
    if labels is None or not len(labels):
        return f"тема {topic}"
    match = labels.loc[labels["topic"] == topic, "label"]
    return f"{topic}: {match.iloc[0]}" if len(match) else f"тема {topic}"


def plot_topic_terms(
    terms: pd.DataFrame,
    labels: pd.DataFrame | None = None,
    axes: np.ndarray | None = None,
    ncols: int = 4,
    top_n: int = 8,
) -> np.ndarray:
    """Small multiples: one horizontal bar chart of top terms per topic.

    ``terms``: ``topic, rank, term, weight`` (``TopicModel.topic_terms``);
    ``labels``: ``topic, label`` for the panel titles. ``axes``: an array of at
    least as many Axes as topics (else a new figure). Returns the flat array of
    Axes (unused panels hidden).

    >>> plot_topic_terms(model.topic_terms(8), model.labels())  # doctest: +SKIP
    """
    setup_style()
    topics = sorted(terms["topic"].unique()) if len(terms) else []
    if axes is None:
        import matplotlib.pyplot as plt

        n = max(1, len(topics))
        cols = min(ncols, n)
        rows = math.ceil(n / cols)
        _, axes = plt.subplots(rows, cols, figsize=(3.6 * cols, 2.6 * rows), squeeze=False)
    axes = np.asarray(axes).ravel()
    if len(axes) < len(topics):
        raise ValueError(f"need {len(topics)} Axes for {len(topics)} topics, got {len(axes)}")
    if not topics:
        axes[0].text(0.5, 0.5, "нет тем", ha="center", va="center")
    for ax, topic in zip(axes, topics, strict=False):
        mine = terms[(terms["topic"] == topic) & (terms["rank"] <= top_n)].sort_values("rank")
        ax.barh(mine["term"].astype(str)[::-1], mine["weight"][::-1], color=f"C{topic % 10}")
        ax.set_title(_label_of(labels, topic), fontsize=9)
        ax.set_xlabel("вес термина", fontsize=8)
        ax.tick_params(labelsize=8)
    for ax in axes[len(topics) :]:
        ax.set_visible(False)
    axes[0].figure.tight_layout()
    return axes


def plot_doc_topics(
    weights: pd.DataFrame,
    labels: pd.DataFrame | None = None,
    ax: Axes | None = None,
    max_articles: int = 40,
) -> Axes:
    """Heatmap of article x topic weights (``article_id, topic, weight``).

    Shows at most ``max_articles`` articles (the first ones, sorted by their main
    topic so that blocks appear).
    """
    table = weights.pivot_table(
        index="article_id", columns="topic", values="weight", aggfunc="sum", fill_value=0.0
    )
    if labels is not None and len(labels):
        table = table.reindex(columns=sorted(labels["topic"]), fill_value=0.0)
    table = table.iloc[:max_articles]
    if len(table):
        table = table.assign(_main=table.to_numpy().argmax(axis=1)).sort_values("_main")
        table = table.drop(columns="_main")
    height = max(3.0, 0.22 * len(table) + 1.5)
    ax = new_axes(ax, figsize=(max(6.0, 0.7 * table.shape[1] + 3), height))
    image = ax.imshow(table.to_numpy(), aspect="auto", cmap="Blues", vmin=0, vmax=1)
    ax.set_xticks(range(table.shape[1]))
    ax.set_xticklabels(
        [_label_of(labels, topic) for topic in table.columns], rotation=45, ha="right", fontsize=8
    )
    ax.set_yticks(range(len(table)))
    ax.set_yticklabels([str(name)[:30] for name in table.index], fontsize=7)
    ax.set_xlabel("тема")
    ax.set_ylabel("статья")
    ax.set_title("Доли тем в статьях")
    ax.figure.colorbar(image, ax=ax, label="вес темы")
    return ax


def plot_topic_shares(shares: pd.DataFrame, ax: Axes | None = None) -> Axes:
    """Stacked area of topic shares on a calendar axis (``topic_shares_over_time``).

    With no dated articles the Axes says so instead of failing.
    """
    ax = new_axes(ax, figsize=(10, 5))
    ax.set_xlabel("дата")
    ax.set_ylabel("доля статей")
    ax.set_title("Темы во времени")
    if not len(shares):
        ax.text(0.5, 0.5, "нет дат у статей", ha="center", va="center", transform=ax.transAxes)
        return ax
    table = shares.pivot_table(index="period", columns="topic", values="share", fill_value=0.0)
    names = shares.drop_duplicates("topic").set_index("topic")["label"]
    dates = pd.to_datetime(table.index)
    if len(dates) == 1:  # one period: draw it as a band one period wide
        dates = dates.append(dates + pd.Timedelta(days=1))
        table = pd.concat([table, table])
    ax.stackplot(
        dates.to_pydatetime(),
        table.to_numpy().T,
        labels=[f"{topic}: {names.get(topic, '')}" for topic in table.columns],
        alpha=0.85,
    )
    ax.set_ylim(0, 1)
    ax.set_xlim(dates.min(), dates.max())
    ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1), fontsize=8, frameon=False)
    ax.figure.autofmt_xdate()
    return ax


def plot_topic_quality(
    quality: pd.DataFrame, chosen: int | None = None, ax: Axes | None = None
) -> Axes:
    """NPMI, diversity and stability against the number of topics (``choose_n_topics``).

    ``chosen`` draws a vertical line at the picked number.
    """
    ax = new_axes(ax)
    names = {"npmi": "NPMI (связность)", "diversity": "разнообразие", "stability": "стабильность"}
    for column, name in names.items():
        ax.plot(quality["n_topics"], quality[column], marker="o", label=name)
    if chosen is not None:
        ax.axvline(chosen, color="grey", linestyle="--", label=f"выбрано: {chosen}")
    ax.set_xlabel("число тем")
    ax.set_ylabel("значение меры")
    ax.set_title("Качество тем")
    ax.legend(frameon=False)
    return ax
