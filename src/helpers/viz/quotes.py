"""Quote plots: top speakers, direct vs indirect, quote lengths, who about whom, over time."""

from __future__ import annotations

import pandas as pd
from matplotlib.axes import Axes

from ..i18n import message
from ..stats.periods import bucket_range, frame_freq, period_label
from .common import (
    PALETTE,
    WIDTH,
    finish,
    integer_axis,
    legend_outside,
    new_axes,
    no_data,
    shorten,
    time_axis,
)

KIND_COLORS = {"direct": PALETTE["blue"], "indirect": PALETTE["orange"]}


def kind_label(kind: str) -> str:
    """ "прямая речь" / "косвенная речь"."""
    return message(f"quotes.kind.{kind}")


def plot_top_speakers(
    counts: pd.DataFrame, ax: Axes | None = None, top: int = 15, *, source: str | None = None
) -> Axes:
    """Stacked horizontal bars of ``direct`` and ``indirect`` quotes per ``speaker``
    (the frame of ``quote_counts``)."""
    ax = new_axes(ax, figsize=(WIDTH, max(2.5, 0.32 * min(top, len(counts)) + 1.8)))
    finish(
        ax,
        message("quotes.top.title"),
        message("quotes.axis"),
        message("quotes.speaker"),
        source,
    )
    if counts.empty:
        return no_data(ax, message("quotes.no_speakers"))
    data = (
        counts.groupby("speaker", observed=True)[["direct", "indirect", "quotes"]]
        .sum()
        .sort_values("quotes", ascending=False)
        .head(top)
        .iloc[::-1]
    )
    names = [shorten(name) for name in data.index.astype(str)]
    left = pd.Series(0, index=data.index)
    for kind in ("direct", "indirect"):
        ax.barh(names, data[kind], left=left, color=KIND_COLORS[kind], label=kind_label(kind))
        left = left + data[kind]
    integer_axis(ax, "x")
    ax.grid(axis="y", visible=False)
    legend_outside(ax)
    return ax


def plot_quote_kinds(
    quotes: pd.DataFrame, ax: Axes | None = None, *, source: str | None = None
) -> Axes:
    """Share of direct and indirect quotes (the ``corpus.quotes`` table), as a bar of shares."""
    ax = new_axes(ax, figsize=(WIDTH, 3.5))
    finish(
        ax,
        message("quotes.kinds.title"),
        message("quotes.kinds.xlabel"),
        message("quotes.kinds.ylabel"),
        source,
        quotes,
    )
    if quotes.empty:
        return no_data(ax, message("quotes.none"))
    share = quotes["kind"].value_counts(normalize=True).reindex(list(KIND_COLORS), fill_value=0)
    bars = ax.bar(
        [kind_label(k) for k in share.index],
        share.to_numpy(),
        color=[KIND_COLORS[k] for k in share.index],
        width=0.6,
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
    ax.yaxis.set_major_formatter(lambda value, _: f"{value:.0%}")
    ax.grid(axis="x", visible=False)
    return ax


def plot_quote_lengths(
    quotes: pd.DataFrame, ax: Axes | None = None, bins: int = 20, *, source: str | None = None
) -> Axes:
    """Histogram of quote lengths in words, direct and indirect overlaid."""
    ax = new_axes(ax, figsize=(WIDTH, 3.5))
    finish(
        ax,
        message("quotes.lengths.title"),
        message("quotes.lengths.xlabel"),
        message("quotes.axis"),
        source,
        quotes,
    )
    if quotes.empty:
        return no_data(ax, message("quotes.none"))
    lengths = quotes["text"].str.split().str.len()
    for kind, color in KIND_COLORS.items():
        values = lengths[quotes["kind"] == kind]
        if len(values):
            ax.hist(values, bins=bins, alpha=0.6, color=color, label=kind_label(kind))
    integer_axis(ax, "y")
    integer_axis(ax, "x")
    ax.legend()
    return ax


def plot_speaker_entities(
    mentions: pd.DataFrame,
    ax: Axes | None = None,
    top_entities: int = 15,
    *,
    source: str | None = None,
) -> Axes:
    """Heatmap speaker x mentioned entity (the frame of ``speaker_mentions``)."""
    ax = new_axes(ax, figsize=(WIDTH, 5))
    finish(
        ax,
        message("quotes.about.title"),
        message("quotes.about.xlabel"),
        message("quotes.speaker"),
        source,
    )
    if mentions.empty:
        return no_data(ax, message("quotes.about.none"))
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
    ax.set_xticks(
        range(matrix.shape[1]),
        [shorten(name, 24) for name in matrix.columns.astype(str)],
        rotation=45,
        ha="right",
        rotation_mode="anchor",
    )
    ax.set_yticks(range(matrix.shape[0]), [shorten(name, 28) for name in matrix.index.astype(str)])
    ax.grid(False)
    bar = ax.figure.colorbar(image, ax=ax, label=message("quotes.about.colorbar"))
    integer_axis(bar.ax, "y")
    return ax


def plot_quotes_over_time(
    per_period: pd.DataFrame,
    ax: Axes | None = None,
    *,
    freq: str | None = None,
    source: str | None = None,
) -> Axes:
    """Quotes per ``period`` and ``speaker`` (the frame of ``quotes_over_time``); bars when
    there is a single period (named in the axis label, "июнь 2022"), lines otherwise.
    ``freq`` defaults to the frame's own, else to the spacing of its periods."""
    ax = new_axes(ax, figsize=(WIDTH, 4))
    finish(
        ax,
        message("quotes.time.title"),
        message("axis.period"),
        message("quotes.axis"),
        source,
        per_period,
    )
    if per_period.empty:
        return no_data(ax, message("quotes.no_dated"))
    freq = frame_freq(per_period, "period", freq)
    table = per_period.pivot_table(
        index="period", columns="speaker", values="quotes", aggfunc="sum"
    ).fillna(0)
    integer_axis(ax, "y")
    if len(table) == 1:
        names = [shorten(name, 24) for name in table.columns.astype(str)]
        ax.bar(names, table.iloc[0].to_numpy(), color=PALETTE["blue"], width=0.6)
        period = period_label(table.index[0], freq)
        ax.set_xlabel(message("quotes.time.one_period", period=period))
        ax.tick_params(axis="x", labelrotation=30)
        for label in ax.get_xticklabels():
            label.set_horizontalalignment("right")
            label.set_rotation_mode("anchor")
        ax.grid(axis="x", visible=False)
        return ax
    starts = bucket_range(table.index.min(), table.index.max(), freq)
    table = table.reindex(starts, fill_value=0)
    for speaker in table.columns:
        ax.plot(range(len(starts)), table[speaker], marker="o", label=shorten(speaker, 30))
    time_axis(ax, starts, freq)
    legend_outside(ax, fontsize="small")
    return ax
