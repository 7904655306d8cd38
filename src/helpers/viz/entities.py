"""Plots of entity tables: top entities, word cloud, mentions over time, co-occurrence network.

Each takes a tidy frame from ``entity_counts`` / ``cooccurrence`` and an optional ``ax``,
and returns the Axes.
"""

from __future__ import annotations

import pandas as pd
from matplotlib.axes import Axes

from .common import cyrillic_font_path, new_axes, no_data

TYPE_LABELS = {"PER": "люди", "ORG": "организации", "LOC": "места"}
TYPE_COLORS = {"PER": "#e8590c", "ORG": "#1971c2", "LOC": "#2f9e44"}


def _need(frame: pd.DataFrame, columns: list[str], made_by: str) -> None:
    missing = [column for column in columns if column not in frame.columns]
    if missing:
        raise ValueError(f"the frame lacks {missing}; pass the output of helpers.{made_by}")


PERIOD_NAMES = {"D": "день", "W": "неделю", "M": "месяц", "Y": "год"}


def auto_freq(dates: pd.Series) -> str:
    """Day for up to two months of dates, week up to a year, month up to five, else year."""
    days = (dates.max() - dates.min()).days
    if days <= 62:
        return "D"
    if days <= 366:
        return "W"
    return "M" if days <= 5 * 366 else "Y"


def plot_top_entities(
    counts: pd.DataFrame, type: str | None = None, top: int = 15, ax: Axes | None = None
) -> Axes:
    """Horizontal bars of the ``top`` most mentioned entities (of one ``type``: PER/ORG/LOC).

    >>> plot_top_entities(helpers.entity_counts(corpus), type="PER")  # doctest: +SKIP
    """
    _need(counts, ["type", "name", "mentions"], "entity_counts(corpus)")
    ax = new_axes(ax, figsize=(7, max(2.5, 0.35 * top)))
    rows = counts if type is None else counts[counts["type"] == type]
    rows = rows.groupby(["type", "name"], observed=True)["mentions"].sum().reset_index()
    rows = rows.sort_values("mentions", ascending=False).head(top).iloc[::-1]
    label = TYPE_LABELS.get(type, "сущности") if type else "сущности"
    if rows.empty:
        return no_data(ax, f"не найдено: {label}")
    colors = [TYPE_COLORS.get(t, "#868e96") for t in rows["type"]]
    ax.barh(rows["name"].astype(str), rows["mentions"], color=colors)
    ax.set_xlabel("упоминаний (без датлайна)")
    ax.set_ylabel(label)
    ax.set_title(f"Топ-{len(rows)}: {label}")
    ax.figure.tight_layout()
    return ax


def plot_entity_cloud(counts: pd.DataFrame, max_words: int = 100, ax: Axes | None = None) -> Axes:
    """A word cloud of entity names sized by mentions, coloured by type."""
    from wordcloud import WordCloud

    _need(counts, ["type", "name", "mentions"], "entity_counts(corpus)")
    ax = new_axes(ax, figsize=(10, 5))
    totals = counts.groupby(["name", "type"], observed=True)["mentions"].sum().reset_index()
    totals = totals.sort_values("mentions", ascending=False).drop_duplicates("name")
    if totals.empty:
        return no_data(ax, "сущности не найдены")
    frequencies = dict(zip(totals["name"].astype(str), totals["mentions"], strict=True))
    types = dict(zip(totals["name"].astype(str), totals["type"], strict=True))

    def color(word, **_):
        return TYPE_COLORS.get(types.get(word), "#495057")

    cloud = WordCloud(
        font_path=cyrillic_font_path(),
        width=1000,
        height=500,
        background_color="white",
        max_words=max_words,
        color_func=color,
        random_state=0,
    ).generate_from_frequencies(frequencies)
    ax.imshow(cloud, interpolation="bilinear")
    ax.set_axis_off()
    ax.set_title(
        "Сущности по числу упоминаний (оранжевые: люди, синие: организации, зелёные: места)"
    )
    return ax


def plot_entity_trends(
    counts_by_date: pd.DataFrame,
    names: list[str] | None = None,
    top: int = 5,
    freq: str = "auto",
    ax: Axes | None = None,
) -> Axes:
    """Mentions per day, week, month or year (``freq`` "D"/"W"/"M"/"Y"; "auto" picks by the
    span of dates) of the ``top`` entities (or of ``names``).

    Takes ``entity_counts(corpus, by="date")``. With fewer than two dates it says
    "too little data" in the plot instead of drawing a trend.
    """
    _need(counts_by_date, ["date", "name", "mentions"], 'entity_counts(corpus, by="date")')
    ax = new_axes(ax, figsize=(9, 4.5))
    frame = counts_by_date.dropna(subset=["date"])
    dates = pd.to_datetime(frame["date"], errors="coerce")
    frame = frame.assign(date=dates).dropna(subset=["date"])
    if frame["date"].nunique() < 2:
        return no_data(ax, "мало данных: для динамики нужны статьи хотя бы за 2 даты")
    if names is None:
        totals = frame.groupby("name", observed=True)["mentions"].sum()
        names = totals.sort_values(ascending=False).head(top).index.tolist()
    period = freq if freq != "auto" else auto_freq(frame["date"])
    table = (
        frame[frame["name"].isin(names)]
        .assign(date=frame["date"].dt.to_period(period).dt.start_time)
        .pivot_table(index="date", columns="name", values="mentions", aggfunc="sum")
        .fillna(0)
        .sort_index()
    )
    for name in names:
        if name in table.columns:
            ax.plot(table.index, table[name], marker="o", label=name)
    ax.set_xlabel("дата")
    ax.set_ylabel(f"упоминаний за {PERIOD_NAMES.get(period, period)}")
    ax.set_title("Упоминания во времени")
    ax.legend(loc="upper left", fontsize="small")
    ax.figure.autofmt_xdate()
    return ax


def network_layout(graph) -> dict:
    """The biggest connected group spread over the plot, smaller ones in a row below it
    (one spring layout for all squeezes the big group into a corner). Unweighted, so heavy
    edges do not pull their nodes on top of each other."""
    import networkx as nx

    groups = sorted(nx.connected_components(graph), key=len, reverse=True)
    main = graph.subgraph(groups[0])
    layout = nx.spring_layout(
        main, seed=0, k=1.5 / max(1, len(main) ** 0.5), weight=None, iterations=200
    )
    per_row = 4
    for index, group in enumerate(groups[1:]):
        row, column = divmod(index, per_row)
        center = (-1 + (2 * column + 1) / per_row, -1.35 - 0.4 * row)
        layout.update(nx.spring_layout(graph.subgraph(group), seed=0, center=center, scale=0.1))
    return layout


def plot_cooccurrence_network(
    pairs: pd.DataFrame, top: int = 30, min_count: int = 1, ax: Axes | None = None
) -> Axes:
    """The ``top`` most frequent entity pairs as a graph: edge width = count, node colour = type.

    Takes ``cooccurrence(corpus)``.
    """
    import networkx as nx

    _need(pairs, ["name_a", "type_a", "name_b", "type_b", "count"], "cooccurrence(corpus)")
    ax = new_axes(ax, figsize=(9, 7))
    rows = pairs[pairs["count"] >= min_count].head(top)
    if rows.empty:
        return no_data(ax, "пары сущностей не найдены")
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
        graph, layout, ax=ax, width=[0.5 + 4 * w / widest for w in weights], alpha=0.5
    )
    nx.draw_networkx_nodes(
        graph,
        layout,
        ax=ax,
        node_color=[TYPE_COLORS.get(graph.nodes[n]["type"], "#868e96") for n in graph],
        node_size=[120 + 900 * (degrees[n] / biggest) ** 0.5 for n in graph],
        alpha=0.85,
    )
    nx.draw_networkx_labels(graph, layout, ax=ax, font_size=9, font_family="DejaVu Sans")
    ax.set_title(f"Сущности, упомянутые вместе ({len(rows)} самых частых пар)")
    ax.set_axis_off()
    return ax
