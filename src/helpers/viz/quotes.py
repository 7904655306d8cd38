"""Quote plots: top speakers, direct vs indirect, quote lengths, who about whom, over time."""

from __future__ import annotations

import pandas as pd
from matplotlib.axes import Axes

from .common import new_axes, no_data

KIND_COLORS = {"direct": "#4C72B0", "indirect": "#DD8452"}
KIND_LABELS = {"direct": "прямая речь", "indirect": "косвенная речь"}


def plot_top_speakers(counts: pd.DataFrame, ax: Axes | None = None, top: int = 15) -> Axes:
    """Stacked horizontal bars of ``direct`` and ``indirect`` quotes per ``speaker``
    (the frame of ``quote_counts``)."""
    ax = new_axes(ax, figsize=(8, 5))
    ax.set_xlabel("Цитат")
    ax.set_ylabel("Говорящий")
    ax.set_title("Кого цитируют чаще всего")
    if counts.empty:
        return no_data(ax, "Нет цитат с говорящим")
    data = (
        counts.groupby("speaker", observed=True)[["direct", "indirect", "quotes"]]
        .sum()
        .sort_values("quotes", ascending=False)
        .head(top)
        .iloc[::-1]
    )
    left = pd.Series(0, index=data.index)
    for kind in ("direct", "indirect"):
        ax.barh(
            data.index.astype(str),
            data[kind],
            left=left,
            color=KIND_COLORS[kind],
            label=KIND_LABELS[kind],
        )
        left = left + data[kind]
    ax.legend(loc="lower right")
    ax.figure.tight_layout()
    return ax


def plot_quote_kinds(quotes: pd.DataFrame, ax: Axes | None = None) -> Axes:
    """Share of direct and indirect quotes (the ``corpus.quotes`` table), as a bar of shares."""
    ax = new_axes(ax, figsize=(5, 3.5))
    ax.set_xlabel("Вид цитаты")
    ax.set_ylabel("Доля цитат")
    ax.set_title("Прямая и косвенная речь")
    if quotes.empty:
        return no_data(ax, "Нет цитат")
    share = quotes["kind"].value_counts(normalize=True).reindex(list(KIND_COLORS), fill_value=0)
    bars = ax.bar(
        [KIND_LABELS[k] for k in share.index],
        share.to_numpy(),
        color=[KIND_COLORS[k] for k in share.index],
    )
    for bar, (kind, value) in zip(bars, share.items(), strict=True):
        n = int((quotes["kind"] == kind).sum())
        ax.annotate(
            f"{value:.0%} ({n})",
            (bar.get_x() + bar.get_width() / 2, bar.get_height()),
            ha="center",
            va="bottom",
        )
    ax.set_ylim(0, 1.1)
    return ax


def plot_quote_lengths(quotes: pd.DataFrame, ax: Axes | None = None, bins: int = 20) -> Axes:
    """Histogram of quote lengths in words, direct and indirect overlaid."""
    ax = new_axes(ax, figsize=(7, 3.5))
    ax.set_xlabel("Длина цитаты, слов")
    ax.set_ylabel("Цитат")
    ax.set_title("Длина цитат")
    if quotes.empty:
        return no_data(ax, "Нет цитат")
    lengths = quotes["text"].str.split().str.len()
    for kind, color in KIND_COLORS.items():
        values = lengths[quotes["kind"] == kind]
        if len(values):
            ax.hist(values, bins=bins, alpha=0.6, color=color, label=KIND_LABELS[kind])
    ax.legend()
    return ax


def plot_speaker_entities(
    mentions: pd.DataFrame, ax: Axes | None = None, top_entities: int = 15
) -> Axes:
    """Heatmap speaker x mentioned entity (the frame of ``speaker_mentions``)."""
    ax = new_axes(ax, figsize=(10, 5))
    ax.set_title("Кто о ком говорит (упоминания в цитатах)")
    if mentions.empty:
        ax.set_xlabel("Упомянутая сущность")
        ax.set_ylabel("Говорящий")
        return no_data(ax, "В цитатах нет упоминаний сущностей")
    entities = (
        mentions.groupby("entity", observed=True)["mentions"].sum().nlargest(top_entities).index
    )
    matrix = (
        mentions[mentions["entity"].isin(entities)]
        .pivot_table(index="speaker", columns="entity", values="mentions", aggfunc="sum")
        .fillna(0)
        .reindex(columns=list(entities))
    )
    matrix = matrix.loc[matrix.sum(axis=1).sort_values(ascending=False).index]
    image = ax.imshow(matrix.to_numpy(), cmap="Blues", aspect="auto")
    ax.set_xticks(range(matrix.shape[1]), matrix.columns.astype(str), rotation=45, ha="right")
    ax.set_yticks(range(matrix.shape[0]), matrix.index.astype(str))
    ax.set_xlabel("Упомянутая сущность")
    ax.set_ylabel("Говорящий")
    ax.figure.colorbar(image, ax=ax, label="Упоминаний")
    ax.figure.tight_layout()
    return ax


def plot_quotes_over_time(per_period: pd.DataFrame, ax: Axes | None = None) -> Axes:
    """Quotes per ``period`` and ``speaker`` (the frame of ``quotes_over_time``); bars when
    there is a single period, lines otherwise."""
    ax = new_axes(ax, figsize=(9, 3.5))
    ax.set_xlabel("Дата")
    ax.set_ylabel("Цитат")
    ax.set_title("Говорящие во времени")
    if per_period.empty:
        return no_data(ax, "Нет датированных цитат")
    table = per_period.pivot_table(
        index="period", columns="speaker", values="quotes", aggfunc="sum"
    ).fillna(0)
    if len(table) == 1:
        ax.bar(table.columns.astype(str), table.iloc[0].to_numpy(), color="#4C72B0")
        ax.set_xlabel(f"Говорящий ({table.index[0]:%Y-%m-%d})")
        ax.tick_params(axis="x", rotation=30)
        ax.figure.tight_layout()
        return ax
    for speaker in table.columns:
        ax.plot(table.index, table[speaker], marker="o", label=str(speaker))
    ax.legend(fontsize="small")
    ax.figure.autofmt_xdate()
    return ax
