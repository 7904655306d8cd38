"""Plots of entity tables: top entities, word cloud, mentions over time, co-occurrence network.

Each takes a tidy frame from ``entity_counts`` / ``cooccurrence`` and an optional ``ax``,
and returns the Axes.
"""

from __future__ import annotations

import pandas as pd
from matplotlib.axes import Axes

from ..i18n import message
from ..stats.periods import bucket_range, bucket_start, resolve_freq
from .common import (
    PALETTE,
    WIDTH,
    blank_axes,
    draw_cloud,
    finish,
    fit_texts,
    integer_axis,
    legend_outside,
    new_axes,
    no_data,
    shorten,
    time_axis,
    too_little_data,
    wrap,
)

TYPE_COLORS = {"PER": PALETTE["orange"], "ORG": PALETTE["blue"], "LOC": PALETTE["green"]}


def _need(frame: pd.DataFrame, columns: list[str], made_by: str) -> None:
    missing = [column for column in columns if column not in frame.columns]
    if missing:
        raise ValueError(f"the frame lacks {missing}; pass the output of helpers.{made_by}")


def type_label(type: str | None) -> str:
    """ "люди" / "организации" / "места" (any other or None: "сущности")."""
    return message(f"entities.type.{type}") if type in TYPE_COLORS else message("entities.any")


def plot_top_entities(
    counts: pd.DataFrame,
    type: str | None = None,
    top: int = 15,
    ax: Axes | None = None,
    *,
    source: str | None = None,
) -> Axes:
    """Horizontal bars of the ``top`` most mentioned entities (of one ``type``: PER/ORG/LOC);
    names longer than the chart allows end in "…".

    >>> plot_top_entities(helpers.entity_counts(corpus), type="PER")  # doctest: +SKIP
    """
    _need(counts, ["type", "name", "mentions"], "entity_counts(corpus)")
    rows = counts if type is None else counts[counts["type"] == type]
    rows = rows.groupby(["type", "name"], observed=True)["mentions"].sum().reset_index()
    rows = rows.sort_values("mentions", ascending=False).head(top).iloc[::-1]
    ax = new_axes(ax, figsize=(WIDTH, max(2.5, 0.32 * len(rows) + 1.6)))
    label = type_label(type)
    finish(
        ax,
        message("entities.top.title", n=len(rows), label=label),
        message("entities.mentions_axis"),
        label,
        source,
    )
    if rows.empty:
        return no_data(ax, message("entities.none_found", label=label))
    colors = [TYPE_COLORS.get(t, PALETTE["grey"]) for t in rows["type"]]
    ax.barh([shorten(name) for name in rows["name"].astype(str)], rows["mentions"], color=colors)
    integer_axis(ax, "x")
    ax.grid(axis="y", visible=False)
    return ax


def plot_entity_cloud(
    counts: pd.DataFrame, max_words: int = 100, ax: Axes | None = None, *, source=None
) -> Axes:
    """A word cloud of entity names sized by mentions, coloured by type."""
    _need(counts, ["type", "name", "mentions"], "entity_counts(corpus)")
    ax = new_axes(ax, figsize=(WIDTH, 4.6))
    finish(
        ax,
        message("entities.cloud.title"),
        message("entities.cloud.xlabel"),
        message("entities.cloud.ylabel", n=max_words),
        source,
    )
    blank_axes(ax)
    totals = counts.groupby(["name", "type"], observed=True)["mentions"].sum().reset_index()
    totals = totals.sort_values("mentions", ascending=False).drop_duplicates("name")
    if totals.empty:
        return no_data(ax, message("entities.none"))
    frequencies = dict(zip(totals["name"].astype(str), totals["mentions"], strict=True))
    types = dict(zip(totals["name"].astype(str), totals["type"], strict=True))

    def color(word, **_):
        return TYPE_COLORS.get(types.get(word), "#495057")

    return draw_cloud(ax, frequencies, max_words, width=1000, color_func=color)


def plot_entity_trends(
    counts_by_date: pd.DataFrame,
    names: list[str] | None = None,
    top: int = 5,
    freq: str | None = "auto",
    ax: Axes | None = None,
    *,
    source: str | None = None,
) -> Axes:
    """Mentions per "day", "week", "month" or "year" (``freq``; "auto" or None: chosen from
    the span of dates) of the ``top`` entities (or of ``names``), each period labelled.

    Takes ``entity_counts(corpus, by="date")``. With fewer than two dates it says
    "too little data" in the plot instead of drawing a trend.
    """
    _need(counts_by_date, ["date", "name", "mentions"], 'entity_counts(corpus, by="date")')
    ax = new_axes(ax, figsize=(WIDTH, 4.5))
    frame = counts_by_date.assign(date=pd.to_datetime(counts_by_date["date"], errors="coerce"))
    frame = frame.dropna(subset=["date"])
    freq = resolve_freq(freq, frame["date"])
    finish(
        ax,
        message("entities.trends.title"),
        message("axis.period"),
        message("entities.trends.ylabel", period=message(f"freq.{freq}")),
        source,
        frame,
    )
    if frame["date"].nunique() < 2:
        return too_little_data(ax, message("too_little.dates"))
    if names is None:
        totals = frame.groupby("name", observed=True)["mentions"].sum()
        names = totals.sort_values(ascending=False).head(top).index.tolist()
    starts = bucket_range(frame["date"].min(), frame["date"].max(), freq)
    table = (
        frame[frame["name"].isin(names)]
        .assign(date=bucket_start(frame["date"], freq))
        .pivot_table(index="date", columns="name", values="mentions", aggfunc="sum")
        .reindex(starts)
        .fillna(0)
    )
    for name in names:
        if name in table.columns:
            ax.plot(range(len(starts)), table[name], marker="o", label=shorten(name, 30))
    time_axis(ax, starts, freq)
    integer_axis(ax, "y")
    legend_outside(ax, fontsize="small")
    return ax


def network_layout(graph) -> dict:
    """The biggest connected group spread over the plot (Kamada-Kawai: even distances),
    smaller ones in rows below it (one layout for all squeezes the big group into a
    corner). Unweighted, so heavy edges do not pull their nodes on top of each other."""
    import networkx as nx

    groups = sorted(nx.connected_components(graph), key=len, reverse=True)
    main = graph.subgraph(groups[0])
    layout = (
        nx.kamada_kawai_layout(main, weight=None) if len(main) > 2 else nx.circular_layout(main)
    )
    per_row = 4
    for index, group in enumerate(groups[1:]):
        row, column = divmod(index, per_row)
        center = (-1 + (2 * column + 1) / per_row, -1.35 - 0.4 * row)
        small = graph.subgraph(group)
        if len(small) > 2:  # a ring keeps three or more names apart
            layout.update(nx.circular_layout(small, center=center, scale=0.14))
        else:
            layout.update(nx.spring_layout(small, seed=0, center=center, scale=0.1))
    return layout


def plot_cooccurrence_network(
    pairs: pd.DataFrame,
    top: int = 30,
    min_count: int = 1,
    ax: Axes | None = None,
    *,
    source: str | None = None,
) -> Axes:
    """The ``top`` most frequent entity pairs as a graph: edge width = count, node colour = type.
    Long names are wrapped onto lines and the plot widened until every name fits.

    Takes ``cooccurrence(corpus)``.
    """
    import networkx as nx

    _need(pairs, ["name_a", "type_a", "name_b", "type_b", "count"], "cooccurrence(corpus)")
    ax = new_axes(ax, figsize=(WIDTH, 6.5))
    rows = pairs[pairs["count"] >= min_count].head(top)
    finish(
        ax,
        message("entities.network.title", n=len(rows)),
        message("entities.network.xlabel"),
        message("entities.network.ylabel"),
        source,
    )
    if rows.empty:
        return no_data(ax, message("entities.no_pairs"))
    graph = nx.Graph()
    for row in rows.itertuples():
        graph.add_node(row.name_a, type=row.type_a)
        graph.add_node(row.name_b, type=row.type_b)
        graph.add_edge(row.name_a, row.name_b, weight=row.count)
    layout = network_layout(graph)
    weights = [graph.edges[edge]["weight"] for edge in graph.edges]
    widest = max(weights)
    degrees = {node: graph.degree(node, weight="weight") for node in graph}
    biggest = max(degrees.values())
    nx.draw_networkx_edges(
        graph,
        layout,
        ax=ax,
        width=[0.5 + 4 * w / widest for w in weights],
        alpha=0.5,
        edge_color=PALETTE["grey"],
    )
    nx.draw_networkx_nodes(
        graph,
        layout,
        ax=ax,
        node_color=[TYPE_COLORS.get(graph.nodes[n]["type"], PALETTE["grey"]) for n in graph],
        node_size=[120 + 900 * (degrees[n] / biggest) ** 0.5 for n in graph],
        alpha=0.85,
    )
    labels = nx.draw_networkx_labels(
        graph,
        layout,
        labels={node: wrap(node) for node in graph},
        ax=ax,
        font_size=8,
        font_family="DejaVu Sans",
    )
    network_frame(ax)
    fit_texts(ax, labels.values())
    return ax


def network_frame(ax: Axes) -> None:
    """A network's Axes: no ticks, no grid, no spines, but the axis labels kept."""
    ax.set_xticks([])
    ax.set_yticks([])
    ax.grid(False)
    for spine in ax.spines.values():
        spine.set_visible(False)
