"""Overview plots: articles over time, per source, text lengths."""

from __future__ import annotations

import pandas as pd
from matplotlib.axes import Axes

from .common import new_axes, no_data


def plot_articles_over_time(per_period: pd.DataFrame, ax: Axes | None = None) -> Axes:
    """Bars of ``articles`` per ``period`` (the frame of ``articles_per_period``)."""
    ax = new_axes(ax, figsize=(9, 3.5))
    ax.set_xlabel("Дата")
    ax.set_ylabel("Статей")
    ax.set_title("Статьи по датам")
    if per_period.empty:
        return no_data(ax, "Нет датированных статей")
    width = 0.8 if len(per_period) < 2 else (per_period["period"].diff().min() * 0.8)
    ax.bar(per_period["period"], per_period["articles"], width=width, color="#4C72B0")
    ax.figure.autofmt_xdate()
    return ax


def plot_articles_by_source(
    per_source: pd.DataFrame, ax: Axes | None = None, top: int = 15
) -> Axes:
    """Horizontal bars of ``articles`` per ``source`` (the frame of ``articles_per_source``)."""
    ax = new_axes(ax, figsize=(7, 3.5))
    ax.set_xlabel("Статей")
    ax.set_ylabel("Источник")
    ax.set_title("Статьи по источникам")
    if per_source.empty:
        return no_data(ax, "Нет статей")
    data = per_source.head(top).iloc[::-1]
    ax.barh(data["source"].astype(str), data["articles"], color="#55A868")
    return ax


def plot_text_lengths(stats: pd.DataFrame, ax: Axes | None = None, column: str = "words") -> Axes:
    """Histogram of article lengths (``words`` or ``chars`` of ``article_stats``)."""
    ax = new_axes(ax, figsize=(7, 3.5))
    ax.set_xlabel({"words": "Слов в статье", "chars": "Символов в статье"}.get(column, column))
    ax.set_ylabel("Статей")
    ax.set_title("Длина статей")
    if stats.empty:
        return no_data(ax, "Нет статей")
    ax.hist(stats[column], bins=min(30, max(1, len(stats))), color="#C44E52", edgecolor="white")
    return ax
