"""Shared plot plumbing: a Cyrillic-capable font and the ``ax`` convention."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import matplotlib
from matplotlib import font_manager
from matplotlib.axes import Axes

# DejaVu Sans ships with matplotlib and has full Cyrillic coverage
FONT_FAMILY = "DejaVu Sans"


@lru_cache(maxsize=1)
def cyrillic_font_path() -> str:
    """Path of a TTF with Cyrillic glyphs (for wordcloud, which needs a file)."""
    path = font_manager.findfont(
        font_manager.FontProperties(family=FONT_FAMILY), fallback_to_default=True
    )
    if not Path(path).exists():  # pragma: no cover - matplotlib always ships DejaVu
        raise FileNotFoundError("no Cyrillic-capable font found; install fonts-dejavu")
    return path


def setup_style() -> None:
    """Use a Cyrillic-capable font in every later plot."""
    matplotlib.rcParams["font.family"] = FONT_FAMILY
    matplotlib.rcParams["axes.unicode_minus"] = False


def new_axes(ax: Axes | None = None, figsize: tuple[float, float] = (8, 5)) -> Axes:
    """``ax`` if given, else the Axes of a new figure (Cyrillic font set)."""
    setup_style()
    if ax is not None:
        return ax
    import matplotlib.pyplot as plt

    _, ax = plt.subplots(figsize=figsize)
    return ax


def no_data(ax: Axes, message: str = "нет данных") -> Axes:
    """Write ``message`` in the middle of an empty plot instead of failing."""
    ax.text(0.5, 0.5, message, ha="center", va="center", transform=ax.transAxes, color="grey")
    return ax
