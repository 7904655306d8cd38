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

from ..i18n import message
from ..stats.periods import bucket_range, frame_freq
from .common import (
    WIDTH,
    finish,
    integer_axis,
    new_axes,
    no_data,
    setup_style,
    shorten,
    time_axis,
)


def _label_of(labels: pd.DataFrame | None, topic: int) -> str:
    if labels is None or not len(labels):
        return message("topics.topic_n", topic=topic)
    match = labels.loc[labels["topic"] == topic, "label"]
    return f"{topic}: {match.iloc[0]}" if len(match) else message("topics.topic_n", topic=topic)


def plot_topic_terms(
    terms: pd.DataFrame,
    labels: pd.DataFrame | None = None,
    axes: np.ndarray | None = None,
    ncols: int = 3,
    top_n: int = 8,
    *,
    source: str | None = None,
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
        _, axes = plt.subplots(
            rows, cols, figsize=(WIDTH, 2.4 * rows + 0.8), squeeze=False, layout="constrained"
        )
    axes = np.asarray(axes).ravel()
    if len(axes) < len(topics):
        raise ValueError(f"need {len(topics)} Axes for {len(topics)} topics, got {len(axes)}")
    figure = axes[0].figure
    figure.suptitle(
        message("topics.terms.title"), fontsize=13, fontweight="bold", x=0.01, ha="left"
    )
    if not topics:
        no_data(axes[0], message("topics.none"))
    for index, (ax, topic) in enumerate(zip(axes, topics, strict=False)):
        mine = terms[(terms["topic"] == topic) & (terms["rank"] <= top_n)].sort_values("rank")
        words = [shorten(term, 18) for term in mine["term"].astype(str)[::-1]]
        ax.barh(words, mine["weight"][::-1], color=f"C{topic % 8}")
        ax.set_title(shorten(_label_of(labels, topic), 28), fontsize=9, fontweight="normal")
        ax.set_xlabel(message("topics.term_weight"), fontsize=8)
        ax.tick_params(labelsize=8)
        ax.grid(axis="y", visible=False)
        finish(ax, source=source if index == 0 else "")
    for ax in axes[len(topics) :]:
        ax.set_visible(False)
    return axes


def plot_doc_topics(
    weights: pd.DataFrame,
    labels: pd.DataFrame | None = None,
    ax: Axes | None = None,
    max_articles: int = 40,
    *,
    source: str | None = None,
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
    height = max(3.5, 0.2 * len(table) + 2.5)
    ax = new_axes(ax, figsize=(WIDTH, height))
    finish(
        ax,
        message("topics.docs.title"),
        message("topics.topic"),
        message("topics.article"),
        source,
    )
    if table.empty:
        return no_data(ax)
    image = ax.imshow(table.to_numpy(), aspect="auto", cmap="Blues", vmin=0, vmax=1)
    ax.set_xticks(range(table.shape[1]))
    ax.set_xticklabels(
        [shorten(_label_of(labels, topic), 24) for topic in table.columns],
        rotation=45,
        ha="right",
        rotation_mode="anchor",
        fontsize=8,
    )
    ax.set_yticks(range(len(table)))
    ax.set_yticklabels([shorten(name, 30) for name in table.index], fontsize=7)
    ax.grid(False)
    ax.figure.colorbar(image, ax=ax, label=message("topics.weight"))
    return ax


def plot_topic_shares(
    shares: pd.DataFrame,
    ax: Axes | None = None,
    *,
    freq: str | None = None,
    source: str | None = None,
) -> Axes:
    """Stacked area of topic shares per period (``topic_shares_over_time``), each period
    labelled ("июнь 2022"). With no dated articles the plot says so instead of failing."""
    ax = new_axes(ax, figsize=(WIDTH, 5))
    finish(
        ax,
        message("topics.shares.title"),
        message("axis.period"),
        message("topics.shares.ylabel"),
        source,
    )
    if not len(shares):
        return no_data(ax, message("topics.no_dates"))
    freq = frame_freq(shares, "period", freq)
    table = shares.pivot_table(index="period", columns="topic", values="share", fill_value=0.0)
    starts = bucket_range(table.index.min(), table.index.max(), freq)
    table = table.reindex(starts, fill_value=0.0)
    names = shares.drop_duplicates("topic").set_index("topic")["label"]
    positions = np.arange(len(starts), dtype=float)
    values = table.to_numpy().T
    if len(starts) == 1:  # one period: draw it as a band one period wide
        positions = np.array([-0.4, 0.4])
        values = np.repeat(values, 2, axis=1)
    ax.stackplot(
        positions,
        values,
        labels=[shorten(f"{topic}: {names.get(topic, '')}", 32) for topic in table.columns],
        alpha=0.85,
    )
    ax.set_ylim(0, 1)
    ax.set_xlim(positions.min(), positions.max())
    ax.yaxis.set_major_formatter(lambda value, _: f"{value:.0%}")
    time_axis(ax, starts, freq)
    ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1), fontsize=8)
    return ax


def plot_topic_quality(
    quality: pd.DataFrame,
    chosen: int | None = None,
    ax: Axes | None = None,
    *,
    source: str | None = None,
) -> Axes:
    """NPMI, diversity and stability against the number of topics (``choose_n_topics``).

    ``chosen`` draws a vertical line at the picked number.
    """
    ax = new_axes(ax, figsize=(WIDTH, 4.5))
    finish(
        ax,
        message("topics.quality.title"),
        message("topics.quality.xlabel"),
        message("topics.quality.ylabel"),
        source,
    )
    for column in ("npmi", "diversity", "stability"):
        ax.plot(
            quality["n_topics"],
            quality[column],
            marker="o",
            label=message(f"topics.quality.{column}"),
        )
    if chosen is not None:
        ax.axvline(
            chosen,
            color="grey",
            linestyle="--",
            label=message("topics.quality.chosen", n=chosen),
        )
    integer_axis(ax, "x")
    ax.legend()
    return ax
