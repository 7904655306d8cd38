"""Plots of the corpus statistics: each takes a tidy frame and an optional ``ax``, returns the Axes.

Empty frames give an Axes that says "no data" instead of an error, so a
notebook on a tiny corpus still runs.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
from matplotlib.axes import Axes

from .common import cyrillic_font_path, new_axes, no_data

TARGET_COLOR = "#c0392b"
REFERENCE_COLOR = "#2c7fb8"
BAR_COLOR = "#4c72b0"


def need(frame: pd.DataFrame, columns: list[str], what: str) -> None:
    if not isinstance(frame, pd.DataFrame):
        raise TypeError(f"{what} takes a DataFrame, got {type(frame).__name__}")
    missing = [c for c in columns if c not in frame.columns]
    if missing:
        raise ValueError(f"{what} needs the column(s) {missing}; got {list(frame.columns)}")


def titled_no_data(ax: Axes, title: str) -> Axes:
    ax.set_title(title)
    return no_data(ax, "нет данных")


def plot_top_terms(
    counts: pd.DataFrame,
    n: int = 20,
    *,
    value: str = "count",
    ax: Axes | None = None,
    title: str | None = None,
) -> Axes:
    """Horizontal bars of the ``n`` most frequent terms of ``term_counts`` (largest on top)."""
    need(counts, ["term", value], "plot_top_terms")
    ax = new_axes(ax, figsize=(7, max(3, 0.28 * min(n, len(counts)) + 1)))
    ax.set_xlabel(
        {"count": "употреблений", "per_10k": "употреблений на 10 000 слов"}.get(value, value)
    )
    ax.set_ylabel("термин")
    title = title or f"Топ-{n} терминов"
    if not len(counts):
        return titled_no_data(ax, title)
    top = counts.nlargest(n, value).iloc[::-1]
    ax.barh(top["term"].astype(str), top[value], color=BAR_COLOR)
    ax.set_title(title)
    return ax


def plot_wordcloud(
    counts: pd.DataFrame,
    *,
    value: str = "count",
    max_words: int = 100,
    ax: Axes | None = None,
    title: str | None = None,
    seed: int = 0,
) -> Axes:
    """A word cloud drawn from term frequencies (never from raw text), Cyrillic font."""
    from wordcloud import WordCloud

    need(counts, ["term", value], "plot_wordcloud")
    ax = new_axes(ax, figsize=(9, 5))
    ax.set_xticks([])
    ax.set_yticks([])
    ax.set_xlabel(f"размер слова ~ {value}")
    ax.set_ylabel(f"топ-{max_words} терминов")
    title = title or "Облако слов"
    top = counts.loc[counts[value] > 0].nlargest(max_words, value)
    if not len(top):
        return titled_no_data(ax, title)
    frequencies = dict(zip(top["term"].astype(str), top[value].astype(float), strict=True))
    cloud = WordCloud(
        font_path=cyrillic_font_path(),
        width=900,
        height=500,
        background_color="white",
        max_words=max_words,
        random_state=seed,
        collocations=False,
    ).generate_from_frequencies(frequencies)
    ax.imshow(cloud.to_array(), interpolation="bilinear")
    ax.set_title(title)
    return ax


def plot_zipf(counts: pd.DataFrame, *, ax: Axes | None = None, title: str | None = None) -> Axes:
    """Rank-frequency plot on log-log axes, with Zipf's law (slope -1) for reference."""
    need(counts, ["count"], "plot_zipf")
    ax = new_axes(ax, figsize=(6, 5))
    ax.set_xlabel("ранг (лог. шкала)")
    ax.set_ylabel("частота (лог. шкала)")
    title = title or "Ранг и частота (закон Ципфа)"
    freq = np.sort(counts["count"].to_numpy(float))[::-1]
    freq = freq[freq > 0]
    if not len(freq):
        return titled_no_data(ax, title)
    rank = np.arange(1, len(freq) + 1)
    ax.loglog(rank, freq, marker=".", linestyle="none", markersize=3, label="термины")
    ax.loglog(
        rank, freq[0] / rank, color="grey", linestyle="--", linewidth=1, label="Ципф: f ~ 1/ранг"
    )
    ax.legend()
    ax.set_title(title)
    return ax


def plot_keyness(
    keyness: pd.DataFrame,
    n: int = 15,
    *,
    max_p: float = 0.05,
    labels: tuple[str, str] = ("изучаемый", "опорный"),
    ax: Axes | None = None,
    title: str | None = None,
) -> Axes:
    """Two-sided bars of Log Ratio: the ``n`` keyest terms of each side (by G², p <= ``max_p``)."""
    need(keyness, ["term", "log_ratio", "g2", "p_value", "side"], "plot_keyness")
    ax = new_axes(ax, figsize=(7, max(3, 0.28 * 2 * n + 1)))
    ax.set_xlabel(f"Log Ratio (log2 отношения относительных частот, {labels[0]} / {labels[1]})")
    ax.set_ylabel("термин")
    title = title or "Ключевые слова (keyness)"
    significant = keyness.loc[keyness["p_value"] <= max_p]
    sides = [
        significant.loc[significant["side"] == side].nlargest(n, "g2")
        for side in ("reference", "target")
    ]
    rows = pd.concat(sides).sort_values("log_ratio")
    if not len(rows):
        return titled_no_data(ax, title)
    colors = np.where(rows["side"] == "target", TARGET_COLOR, REFERENCE_COLOR)
    ax.barh(np.arange(len(rows)), rows["log_ratio"], color=colors)
    ax.set_yticks(np.arange(len(rows)), rows["term"].astype(str))
    ax.axvline(0, color="black", linewidth=0.8)
    from matplotlib.patches import Patch

    ax.legend(
        handles=[
            Patch(color=TARGET_COLOR, label=f"чаще: {labels[0]}"),
            Patch(color=REFERENCE_COLOR, label=f"чаще: {labels[1]}"),
        ],
        loc="lower right",
    )
    ax.set_title(title)
    return ax


def plot_collocation_network(
    collocations: pd.DataFrame,
    top: int | None = None,
    *,
    weight: str = "log_dice",
    ax: Axes | None = None,
    title: str | None = None,
    seed: int = 0,
) -> Axes:
    """A network of the ``top`` pairs of ``collocations`` (by ``weight``; None: all), edge width ~ weight.

    Feed it ``collocation_network(corpus, node)`` for a node's neighbourhood, or
    ``collocations(corpus)`` for the strongest bigrams.
    """
    import networkx as nx

    need(collocations, ["node", "collocate", weight], "plot_collocation_network")
    ax = new_axes(ax, figsize=(8, 7))
    ax.set_xticks([])
    ax.set_yticks([])
    ax.set_xlabel(f"толщина связи ~ {weight}")
    ax.set_ylabel("размер узла ~ число связей")
    title = title or "Коллокации"
    rows = collocations.nlargest(top or len(collocations), weight)
    if not len(rows):
        return titled_no_data(ax, title)
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
        graph, layout, ax=ax, node_size=[200 + 120 * degree[v] for v in graph], node_color="#a6cee3"
    )
    nx.draw_networkx_labels(graph, layout, ax=ax, font_size=9, font_family="DejaVu Sans")
    ax.margins(0.12)  # room for the labels of outer nodes
    ax.set_title(title)
    return ax


def plot_trends(
    trends: pd.DataFrame,
    *,
    value: str = "per_10k",
    ax: Axes | None = None,
    title: str | None = None,
    show_articles: bool = True,
) -> Axes:
    """Lines of ``value`` per term over the calendar; grey bars: articles per bucket (right axis)."""
    need(trends, ["date", "term", value, "articles"], "plot_trends")
    ax = new_axes(ax, figsize=(9, 4.5))
    ax.set_xlabel("дата")
    ax.set_ylabel(
        {"per_10k": "употреблений на 10 000 слов", "count": "употреблений"}.get(value, value)
    )
    title = title or "Динамика"
    if not len(trends):
        return titled_no_data(ax, title)
    if show_articles:
        buckets = trends.drop_duplicates("date").sort_values("date")
        width = buckets["date"].diff().median()
        width = width if pd.notna(width) else pd.Timedelta(days=1)
        twin = ax.twinx()
        twin.bar(buckets["date"], buckets["articles"], width=width * 0.8, color="#dddddd", zorder=0)
        twin.set_ylabel("статей за период")
        ax.set_zorder(twin.get_zorder() + 1)
        ax.patch.set_visible(False)
    for term, rows in trends.sort_values("date").groupby("term", sort=False):
        ax.plot(rows["date"], rows[value], marker="o", markersize=3, label=str(term))
    ax.legend(loc="upper left")
    ax.set_title(title)
    for label in ax.get_xticklabels():
        label.set_rotation(30)
        label.set_horizontalalignment("right")
    return ax
