"""Shared plot plumbing: one style, the ``ax`` convention, labels that fit, the source line.

Every plot helper draws through these: ``new_axes`` (the package style: a
Cyrillic font, the Okabe-Ito palette), ``finish`` (title, axis labels and a
source line at the bottom), ``no_data`` / ``too_little_data`` (a note instead
of empty axes), ``integer_axis`` for counts and ``time_axis`` for periods.
``save_figure`` writes a PNG and an SVG at publication size.
"""

from __future__ import annotations

import math
import textwrap
from functools import lru_cache
from importlib.resources import files
from pathlib import Path

import matplotlib
import matplotlib.style
import matplotlib.text
import pandas as pd
from matplotlib import font_manager
from matplotlib.axes import Axes
from matplotlib.ticker import MaxNLocator

from ..i18n import message, plural
from ..stats.periods import normalize_freq, period_label

# DejaVu Sans ships with matplotlib and has full Cyrillic coverage
FONT_FAMILY = "DejaVu Sans"
STYLE = "news.mplstyle"
# Okabe & Ito (2008): distinguishable with every common colour-vision deficiency
PALETTE = {
    "blue": "#0072B2",
    "orange": "#E69F00",
    "green": "#009E73",
    "vermillion": "#D55E00",
    "purple": "#CC79A7",
    "sky": "#56B4E9",
    "yellow": "#F0E442",
    "black": "#000000",
    "grey": "#777777",
}
WIDTH = 8.0  # inches: 1600 px at 200 dpi
LABEL_CHARS = 36  # longest category label before it is shortened with "…"
MAX_TICKS = 8  # period labels on a time axis
_SOURCE: dict[str, str | None] = {"text": None}


@lru_cache(maxsize=1)
def cyrillic_font_path() -> str:
    """Path of a TTF with Cyrillic glyphs (for wordcloud, which needs a file)."""
    path = font_manager.findfont(
        font_manager.FontProperties(family=FONT_FAMILY), fallback_to_default=True
    )
    if not Path(path).exists():  # pragma: no cover - matplotlib always ships DejaVu
        raise FileNotFoundError("no Cyrillic-capable font found; install fonts-dejavu")
    return path


def style_path() -> str:
    """The package's matplotlib style sheet (``helpers/data/news.mplstyle``)."""
    return str(files("helpers") / "data" / STYLE)


def setup_style() -> None:
    """Use the package style (Cyrillic font, colour-blind-safe palette) in every later plot."""
    matplotlib.style.use(style_path())


def new_axes(ax: Axes | None = None, figsize: tuple[float, float] = (WIDTH, 5)) -> Axes:
    """``ax`` if given, else the Axes of a new figure (package style, constrained layout)."""
    setup_style()
    if ax is not None:
        if ax.figure.get_layout_engine() is None:
            ax.figure.set_layout_engine("constrained")
        return ax
    import matplotlib.pyplot as plt

    _, ax = plt.subplots(figsize=figsize, layout="constrained")
    return ax


# --- notes instead of empty axes ---------------------------------------------------------


def blank_axes(ax: Axes) -> None:
    """No ticks and no grid: for pictures (word clouds) drawn into the axes."""
    ax.set_xticks([])
    ax.set_yticks([])
    ax.grid(False)


def draw_cloud(
    ax: Axes,
    frequencies: dict[str, float],
    max_words: int,
    *,
    width: int = 900,
    seed: int = 0,
    color_func=None,
    colormap=None,
) -> Axes:
    """A word cloud of ``frequencies`` (word -> weight) in a Cyrillic font, into ``ax``."""
    from wordcloud import WordCloud

    cloud = WordCloud(
        font_path=cyrillic_font_path(),
        width=width,
        height=500,
        background_color="white",
        max_words=max_words,
        random_state=seed,
        collocations=False,
        color_func=color_func,
        colormap=colormap,
    ).generate_from_frequencies(frequencies)
    ax.imshow(cloud.to_array(), interpolation="bilinear", aspect="auto")
    return ax


def no_data(ax: Axes, text: str | None = None) -> Axes:
    """Write ``text`` (default "нет данных") in the middle of a plot with nothing to draw;
    the empty 0-1 axes are hidden."""
    ax.set_axis_off()
    ax.text(
        0.5,
        0.5,
        text or message("no_data"),
        ha="center",
        va="center",
        wrap=True,
        transform=ax.transAxes,
        color=PALETTE["grey"],
        fontsize="large",
    )
    return ax


def too_little_data(ax: Axes, reason: str) -> Axes:
    """A note "Слишком мало данных: <reason>" instead of a chart that would mislead."""
    return no_data(ax, message("too_little", reason=reason))


# --- axes ---------------------------------------------------------------------------------


def legend_outside(ax: Axes, **options) -> None:
    """The legend right of the Axes, clear of the data and of the title."""
    ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1.0), **options)


def integer_axis(ax: Axes, which: str = "y") -> None:
    """Whole-number ticks on a count axis (no 0.25, 0.5 ...)."""
    axis = ax.yaxis if which == "y" else ax.xaxis
    axis.set_major_locator(MaxNLocator(integer=True, min_n_ticks=1))


def shorten(text, width: int = LABEL_CHARS) -> str:
    """``text`` cut to ``width`` characters with an ellipsis "…" (never silently)."""
    text = " ".join(str(text).split())
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


def wrap(text, width: int = 16) -> str:
    """``text`` broken into lines of at most ``width`` characters (long words kept whole)."""
    return "\n".join(
        textwrap.wrap(str(text), width, break_long_words=False, break_on_hyphens=False)
    ) or str(text)


# steps between labelled periods that a reader counts easily (months: quarters, halves, years)
TICK_STEPS = {
    "day": (1, 2, 7, 14, 28, 91, 182, 364),
    "week": (1, 2, 4, 13, 26, 52, 104),
    "month": (1, 2, 3, 6, 12, 24, 60, 120),
    "year": (1, 2, 5, 10, 20, 50, 100),
}


def period_number(start: pd.Timestamp, freq: str) -> int:
    """A running number of the period of ``start`` (months: year * 12 + month - 1)."""
    if freq == "year":
        return start.year
    if freq == "month":
        return start.year * 12 + start.month - 1
    days = (start - pd.Timestamp("1970-01-05")).days  # a Monday
    return days // 7 if freq == "week" else days


def time_axis(ax: Axes, starts, freq: str, max_ticks: int = MAX_TICKS) -> None:
    """Period labels ("июнь 2022") under positions 0..n-1 of bucket ``starts``: at most
    ``max_ticks`` of them, at round steps (every 3rd, 6th, 12th month ...)."""
    freq = normalize_freq(freq)
    starts = [pd.Timestamp(start) for start in starts]
    steps = TICK_STEPS[freq]
    step = next((s for s in steps if len(starts) / s <= max_ticks), None)
    step = step or math.ceil(len(starts) / max_ticks)
    ticks = [i for i, start in enumerate(starts) if period_number(start, freq) % step == 0]
    if not ticks or len(ticks) > max_ticks:
        ticks = list(range(0, len(starts), max(1, math.ceil(len(starts) / max_ticks))))
    labels = [period_label(starts[i], freq) for i in ticks]
    ax.set_xticks(ticks, labels)
    if len(starts) == 1:  # one bar or point: not stretched over the whole width
        ax.set_xlim(-1.5, 1.5)
    if len(ticks) > 1 or max(len(label) for label in labels or [""]) > 12:
        ax.tick_params(axis="x", labelrotation=30)
        for label in ax.get_xticklabels():
            label.set_horizontalalignment("right")
            label.set_rotation_mode("anchor")


def fit_texts(ax: Axes, texts, rounds: int = 3) -> None:
    """Widen the data limits until every text artist (node labels of a network) lies
    inside the Axes, so none is cut at its edge."""
    texts = list(texts)
    if not texts:
        return
    figure = ax.figure
    for _ in range(rounds):
        figure.canvas.draw()
        renderer = figure.canvas.get_renderer()
        inverse = ax.transData.inverted()
        (x0, y0), (x1, y1) = ax.get_xlim(), ax.get_ylim()
        boxes = [text.get_window_extent(renderer) for text in texts]
        corners = [inverse.transform([(b.x0, b.y0), (b.x1, b.y1)]) for b in boxes]
        left = min([x0] + [c[0][0] for c in corners])
        right = max([x1] + [c[1][0] for c in corners])
        bottom = min([y0] + [c[0][1] for c in corners])
        top = max([y1] + [c[1][1] for c in corners])
        if (left, right, bottom, top) == (x0, x1, y0, y1):
            return
        pad_x, pad_y = 0.02 * (right - left), 0.02 * (top - bottom)
        ax.set_xlim(left - pad_x, right + pad_x)
        ax.set_ylim(bottom - pad_y, top + pad_y)


def outside_figure(figure) -> list[str]:
    """What a reader would miss: the drawn artists (titles, labels, tick labels, legends)
    reaching beyond the figure, and texts cut at the edge of their Axes; [] when all fits."""
    figure.canvas.draw()
    renderer = figure.canvas.get_renderer()
    out = []
    tight = figure.get_tightbbox(renderer)
    width, height = figure.get_size_inches()
    slack = 1 / figure.dpi
    if tight.x0 < -slack or tight.y0 < -slack:
        out.append(f"figure content starts at {tight.x0:.2f}, {tight.y0:.2f} in")
    if tight.x1 > width + slack or tight.y1 > height + slack:
        out.append(f"figure content ends at {tight.x1:.2f}, {tight.y1:.2f} in")
    for ax in figure.axes:
        if not ax.get_visible():
            continue
        box = ax.bbox
        for text in ax.texts:
            if not text.get_visible() or not text.get_text().strip() or not text.get_clip_on():
                continue
            extent = text.get_window_extent(renderer)
            if (
                extent.x0 < box.x0 - 1
                or extent.x1 > box.x1 + 1
                or extent.y0 < box.y0 - 1
                or extent.y1 > box.y1 + 1
            ):
                out.append(f"text cut at the edge of its Axes: {text.get_text()!r}")
    return out


# --- title, labels, source ------------------------------------------------------------------


def set_source(data=None, name: str | None = None) -> str | None:
    """The source line of every later chart: a text as given, or computed from articles
    (a frame or a Corpus) and the corpus ``name`` / data path; None clears it.

    >>> set_source(articles, "data/raw")  # doctest: +SKIP
    'Источник: data/raw · 1 статья · 23 июня 2022'
    """
    if data is None or isinstance(data, str):
        text = data if data is not None else (source_line(None, name) if name else None)
    else:
        text = source_line(getattr(data, "articles", data), name)
    _SOURCE["text"] = text
    return text


def source_line(frame: pd.DataFrame | None, name: str | None = None) -> str:
    """ "Источник: <name> · <n> статей · <first date> – <last date>" from what ``frame`` has
    (``article_id``; ``date`` or ``period``)."""
    parts = [compact_path(name)] if name else []
    if frame is not None and "article_id" in frame:
        n = int(frame["article_id"].nunique())
        parts.append(plural(n, "article"))
    column = next((c for c in ("date", "period") if frame is not None and c in frame), None)
    if column is not None:
        dates = pd.to_datetime(frame[column], errors="coerce").dropna()
        if len(dates):
            first, last = (period_label(day, "day") for day in (dates.min(), dates.max()))
            parts.append(first if first == last else f"{first} – {last}")
    return message("source", text=" · ".join(parts)) if parts else ""


def compact_path(name, width: int = 32) -> str:
    """A data path short enough for a source line: "…/data/raw" for a long absolute one."""
    text = str(name)
    parts = Path(text).parts
    if len(text) <= width or len(parts) < 3:
        return text
    return "…/" + "/".join(parts[-2:])


def source_for(source: str | None, frame: pd.DataFrame | None) -> str:
    """The line to draw: ``source`` if given, else the one of ``set_source``, else computed
    from ``frame``; "" or False: none."""
    if source is not None:
        return str(source) if source else ""
    if _SOURCE["text"]:
        return _SOURCE["text"]
    return source_line(frame) if frame is not None else ""


def finish(
    ax: Axes,
    title: str | None = None,
    xlabel: str | None = None,
    ylabel: str | None = None,
    source: str | None = None,
    frame: pd.DataFrame | None = None,
) -> Axes:
    """Set title (wrapped to the Axes' width) and axis labels; write the source line at the
    bottom of the figure."""
    figure = ax.figure
    if xlabel is not None:
        ax.set_xlabel(xlabel)
    if ylabel is not None:
        ax.set_ylabel(ylabel)
    if title is not None:
        fit_title(ax, title)
    line = source_for(source, frame)
    if line:
        chars = max(30, int(figure.get_figwidth() * 72 / (0.6 * 8)))
        figure.supxlabel(shorten(line, chars), x=0.01, ha="left", fontsize=8, color=PALETTE["grey"])
    return ax


def fit_title(ax: Axes, title: str, share: float = 0.85) -> None:
    """Set ``title``, wrapped onto lines that take at most ``share`` of the figure's width."""
    text = ax.set_title(title)
    figure = ax.figure
    width = text.get_window_extent(figure.canvas.get_renderer()).width
    room = share * figure.bbox.width
    if width > room:
        chars = max(12, int(len(title) * room / width))
        text.set_text(textwrap.fill(title, chars, break_long_words=False))


def save_figure(ax, path, width_px: int = 1600) -> list[Path]:
    """Write the figure of ``ax`` (an Axes, an array of Axes or a Figure) as ``path``.png,
    ``width_px`` pixels wide (the package's figures are 8 inches wide: 200 dpi), and as
    ``path``.svg; returns both paths.

    >>> save_figure(plot_top_entities(counts), "reports/figures/top_orgs")  # doctest: +SKIP
    [PosixPath('reports/figures/top_orgs.png'), PosixPath('reports/figures/top_orgs.svg')]
    """
    figure = _figure_of(ax)
    base = Path(path)
    base = base.with_suffix("") if base.suffix.lower() in (".png", ".svg") else base
    base.parent.mkdir(parents=True, exist_ok=True)
    png, svg = base.with_name(base.name + ".png"), base.with_name(base.name + ".svg")
    figure.savefig(png, dpi=width_px / figure.get_figwidth())
    figure.savefig(svg, metadata={"Date": None})
    return [png, svg]


def _figure_of(ax):
    if hasattr(ax, "savefig"):
        return ax
    if hasattr(ax, "figure"):
        return ax.figure
    return next(iter(pd.Series(list(ax)).ravel())).figure
