"""Overview plots: articles over time, per source, text lengths."""

from __future__ import annotations

import pandas as pd
from matplotlib.axes import Axes

from ..i18n import message
from ..stats.periods import frame_freq
from .common import (
    PALETTE,
    WIDTH,
    finish,
    integer_axis,
    new_axes,
    no_data,
    shorten,
    time_axis,
)


def plot_articles_over_time(
    per_period: pd.DataFrame,
    ax: Axes | None = None,
    *,
    freq: str | None = None,
    source: str | None = None,
) -> Axes:
    """Bars of ``articles`` per ``period`` (the frame of ``articles_per_period``), each bar
    labelled with its period ("июнь 2022"); ``freq`` defaults to the frame's own."""
    ax = new_axes(ax, figsize=(WIDTH, 3.5))
    finish(
        ax,
        message("overview.over_time.title"),
        message("axis.period"),
        message("axis.articles"),
        source,
        per_period,
    )
    if per_period.empty:
        return no_data(ax, message("overview.no_dated"))
    freq = frame_freq(per_period, "period", freq)
    rows = per_period.sort_values("period")
    ax.bar(range(len(rows)), rows["articles"], width=0.8, color=PALETTE["blue"])
    time_axis(ax, rows["period"], freq)
    integer_axis(ax, "y")
    ax.grid(axis="x", visible=False)
    return ax


def plot_articles_by_source(
    per_source: pd.DataFrame, ax: Axes | None = None, top: int = 15, *, source: str | None = None
) -> Axes:
    """Horizontal bars of ``articles`` per ``source`` (the frame of ``articles_per_source``)."""
    ax = new_axes(ax, figsize=(WIDTH, max(2.5, 0.3 * min(top, len(per_source)) + 1.5)))
    finish(
        ax,
        message("overview.by_source.title"),
        message("axis.articles"),
        message("axis.source"),
        source,
    )
    if per_source.empty:
        return no_data(ax, message("overview.no_articles"))
    data = per_source.head(top).iloc[::-1]
    names = [shorten(name) for name in data["source"].astype(str)]
    ax.barh(names, data["articles"], color=PALETTE["green"])
    integer_axis(ax, "x")
    ax.grid(axis="y", visible=False)
    return ax


def plot_text_lengths(
    stats: pd.DataFrame, ax: Axes | None = None, column: str = "words", *, source=None
) -> Axes:
    """Histogram of article lengths (``words`` or ``chars`` of ``article_stats``)."""
    ax = new_axes(ax, figsize=(WIDTH, 3.5))
    xlabel = message(f"overview.lengths.{column}") if column in ("words", "chars") else column
    finish(ax, message("overview.lengths.title"), xlabel, message("axis.articles"), source, stats)
    if stats.empty:
        return no_data(ax, message("overview.no_articles"))
    ax.hist(
        stats[column],
        bins=min(30, max(1, len(stats))),
        color=PALETTE["vermillion"],
        edgecolor="white",
    )
    integer_axis(ax, "y")
    integer_axis(ax, "x")
    return ax
