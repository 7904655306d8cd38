"""Plots of the corpus statistics: each takes a tidy frame and an optional ``ax``, returns the Axes.

Empty frames give an Axes that says "no data" instead of an error, so a
notebook on a tiny corpus still runs.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
from matplotlib.axes import Axes
from matplotlib.colors import ListedColormap

from ..i18n import has_message, message
from ..stats.periods import frame_freq
from .common import (
    PALETTE,
    WIDTH,
    blank_axes,
    draw_cloud,
    finish,
    fit_texts,
    integer_axis,
    new_axes,
    no_data,
    shorten,
    time_axis,
    wrap,
)

TARGET_COLOR = PALETTE["vermillion"]
REFERENCE_COLOR = PALETTE["blue"]
BAR_COLOR = PALETTE["blue"]
# dark Okabe-Ito colours: every word readable on white
CLOUD_COLORS = [PALETTE[name] for name in ("blue", "vermillion", "green", "purple", "black")]


def need(frame: pd.DataFrame, columns: list[str], what: str) -> None:
    if not isinstance(frame, pd.DataFrame):
        raise TypeError(f"{what} takes a DataFrame, got {type(frame).__name__}")
    missing = [c for c in columns if c not in frame.columns]
    if missing:
        raise ValueError(f"{what} needs the column(s) {missing}; got {list(frame.columns)}")


def value_label(value: str) -> str:
    """Axis label of a value column ("count": "употреблений")."""
    return message(f"value.{value}") if has_message(f"value.{value}") else value


def plot_top_terms(
    counts: pd.DataFrame,
    n: int = 20,
    *,
    value: str = "count",
    ax: Axes | None = None,
    title: str | None = None,
    source: str | None = None,
) -> Axes:
    """Horizontal bars of the ``n`` most frequent terms of ``term_counts`` (largest on top)."""
    need(counts, ["term", value], "plot_top_terms")
    ax = new_axes(ax, figsize=(WIDTH, max(3, 0.28 * min(n, len(counts)) + 1.5)))
    finish(
        ax,
        title or message("terms.top.title", n=n),
        value_label(value),
        message("terms.term"),
        source,
    )
    if not len(counts):
        return no_data(ax)
    top = counts.nlargest(n, value).iloc[::-1]
    ax.barh([shorten(term) for term in top["term"].astype(str)], top[value], color=BAR_COLOR)
    if value == "count":
        integer_axis(ax, "x")
    ax.grid(axis="y", visible=False)
    return ax


def plot_wordcloud(
    counts: pd.DataFrame,
    *,
    value: str = "count",
    max_words: int = 100,
    ax: Axes | None = None,
    title: str | None = None,
    seed: int = 0,
    source: str | None = None,
) -> Axes:
    """A word cloud drawn from term frequencies (never from raw text), Cyrillic font."""
    need(counts, ["term", value], "plot_wordcloud")
    ax = new_axes(ax, figsize=(WIDTH, 4.6))
    finish(
        ax,
        title or message("terms.cloud.title"),
        message("terms.cloud.xlabel", value=value_label(value)),
        message("terms.cloud.ylabel", n=max_words),
        source,
    )
    blank_axes(ax)
    top = counts.loc[counts[value] > 0].nlargest(max_words, value)
    if not len(top):
        return no_data(ax)
    frequencies = dict(zip(top["term"].astype(str), top[value].astype(float), strict=True))
    colors = ListedColormap(CLOUD_COLORS)
    return draw_cloud(ax, frequencies, max_words, seed=seed, colormap=colors)


def plot_zipf(
    counts: pd.DataFrame,
    *,
    ax: Axes | None = None,
    title: str | None = None,
    source: str | None = None,
) -> Axes:
    """Rank-frequency plot on log-log axes, with Zipf's law (frequency ~ 1 / rank) fitted
    through the middle of the terms for reference."""
    need(counts, ["count"], "plot_zipf")
    ax = new_axes(ax, figsize=(WIDTH, 5))
    finish(
        ax,
        title or message("zipf.title"),
        message("zipf.xlabel"),
        message("zipf.ylabel"),
        source,
    )
    freq = np.sort(counts["count"].to_numpy(float))[::-1]
    freq = freq[freq > 0]
    if not len(freq):
        return no_data(ax)
    rank = np.arange(1, len(freq) + 1)
    # the line of slope -1 closest to the points, each decade of ranks weighing the same
    scale = np.exp(np.average(np.log(freq) + np.log(rank), weights=1 / rank))
    ax.loglog(rank, freq, marker=".", linestyle="none", markersize=4, label=message("zipf.terms"))
    ax.loglog(
        rank,
        scale / rank,
        color=PALETTE["vermillion"],
        linestyle="--",
        linewidth=1.2,
        label=message("zipf.law"),
    )
    ax.legend()
    return ax


def plot_keyness(
    keyness: pd.DataFrame,
    n: int = 15,
    *,
    max_p: float = 0.05,
    labels: tuple[str, str] | None = None,
    ax: Axes | None = None,
    title: str | None = None,
    source: str | None = None,
) -> Axes:
    """Two-sided bars of Log Ratio: the ``n`` keyest terms of each side (by G², p <= ``max_p``);
    the legend names only the sides drawn."""
    need(keyness, ["term", "log_ratio", "g2", "p_value", "side"], "plot_keyness")
    labels = labels or (message("keyness.target"), message("keyness.reference"))
    significant = keyness.loc[keyness["p_value"] <= max_p]
    sides = {
        side: significant.loc[significant["side"] == side].nlargest(n, "g2")
        for side in ("reference", "target")
    }
    rows = pd.concat(list(sides.values())).sort_values("log_ratio")
    ax = new_axes(ax, figsize=(WIDTH, max(3, 0.28 * len(rows) + 1.8)))
    finish(
        ax,
        title or message("keyness.title"),
        message("keyness.xlabel", target=labels[0], reference=labels[1]),
        message("terms.term"),
        source,
    )
    if not len(rows):
        return no_data(ax)
    colors = np.where(rows["side"] == "target", TARGET_COLOR, REFERENCE_COLOR)
    ax.barh(np.arange(len(rows)), rows["log_ratio"], color=colors)
    ax.set_yticks(np.arange(len(rows)), [shorten(term) for term in rows["term"].astype(str)])
    ax.axvline(0, color="black", linewidth=0.8)
    ax.grid(axis="y", visible=False)
    from matplotlib.patches import Patch

    handles = [
        Patch(color=color, label=message("keyness.more", label=label))
        for side, color, label in (
            ("target", TARGET_COLOR, labels[0]),
            ("reference", REFERENCE_COLOR, labels[1]),
        )
        if len(sides[side])
    ]
    ax.legend(handles=handles, loc="lower right")  # bars sorted: that corner stays empty
    return ax


def plot_collocation_network(
    collocations: pd.DataFrame,
    top: int | None = None,
    *,
    weight: str = "log_dice",
    ax: Axes | None = None,
    title: str | None = None,
    seed: int = 0,
    source: str | None = None,
) -> Axes:
    """A network of the ``top`` pairs of ``collocations`` (by ``weight``; None: all), edge width ~ weight.

    Feed it ``collocation_network(corpus, node)`` for a node's neighbourhood, or
    ``collocations(corpus)`` for the strongest bigrams.
    """
    import networkx as nx

    from .entities import network_frame

    need(collocations, ["node", "collocate", weight], "plot_collocation_network")
    ax = new_axes(ax, figsize=(WIDTH, 6.5))
    finish(
        ax,
        title or message("collocations.title"),
        message("collocations.xlabel", weight=value_label(weight)),
        message("collocations.ylabel"),
        source,
    )
    network_frame(ax)
    rows = collocations.nlargest(top or len(collocations), weight)
    if not len(rows):
        return no_data(ax)
    graph = nx.Graph()
    for node, collocate, value in zip(rows["node"], rows["collocate"], rows[weight], strict=True):
        graph.add_edge(str(node), str(collocate), weight=float(value))
    values = np.array([d["weight"] for *_, d in graph.edges(data=True)])
    span = values.max() - values.min()
    widths = 1 + 4 * ((values - values.min()) / span if span > 0 else np.ones_like(values))
    if nx.is_connected(graph):
        layout = nx.kamada_kawai_layout(graph)  # spreads tree-like networks evenly
    else:
        layout = nx.spring_layout(graph, seed=seed, k=2.5 / np.sqrt(len(graph)))
    degree = dict(graph.degree())
    nx.draw_networkx_edges(graph, layout, ax=ax, width=widths, edge_color="#999999")
    nx.draw_networkx_nodes(
        graph,
        layout,
        ax=ax,
        node_size=[200 + 120 * degree[v] for v in graph],
        node_color=PALETTE["sky"],
    )
    texts = nx.draw_networkx_labels(
        graph,
        layout,
        labels={node: wrap(node) for node in graph},
        ax=ax,
        font_size=9,
        font_family="DejaVu Sans",
    )
    fit_texts(ax, texts.values())
    return ax


def plot_trends(
    trends: pd.DataFrame,
    *,
    value: str = "per_10k",
    ax: Axes | None = None,
    title: str | None = None,
    show_articles: bool = True,
    freq: str | None = None,
    source: str | None = None,
) -> Axes:
    """Lines of ``value`` per term, one point per period ("июнь 2022"); grey bars: articles per
    period (right axis). ``freq`` defaults to the frame's own (``trends(..., freq=)``)."""
    need(trends, ["date", "term", value, "articles"], "plot_trends")
    ax = new_axes(ax, figsize=(WIDTH, 4.5))
    finish(ax, title or message("trends.title"), message("axis.period"), value_label(value), source)
    if not len(trends):
        return no_data(ax)
    freq = frame_freq(trends, "date", freq)
    starts = pd.DatetimeIndex(sorted(trends["date"].dropna().unique()))
    position = pd.Series(range(len(starts)), index=starts)
    if show_articles:
        buckets = trends.drop_duplicates("date").set_index("date")["articles"].reindex(starts)
        twin = ax.twinx()
        twin.bar(range(len(starts)), buckets.fillna(0), width=0.8, color="#dddddd", zorder=0)
        twin.set_ylabel(message("trends.articles_axis"))
        twin.grid(False)
        twin.spines["right"].set_visible(True)
        integer_axis(twin, "y")
        ax.set_zorder(twin.get_zorder() + 1)
        ax.patch.set_visible(False)
    for term, rows in trends.sort_values("date").groupby("term", sort=False):
        ax.plot(
            position[rows["date"]].to_numpy(),
            rows[value],
            marker="o",
            markersize=3,
            label=shorten(term, 30),
        )
    if value == "count":
        integer_axis(ax, "y")
    time_axis(ax, starts, freq)
    ax.legend(loc="upper left")
    return ax
