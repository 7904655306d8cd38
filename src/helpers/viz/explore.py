"""``explore``: one panel of linked views over a corpus, for JupyterLab (ipywidgets).

Pick an entity, a speaker or a lemma in the search box and a period on the
slider; the panel shows (a) its mentions per period as clickable bars, (b) the
concordance (KWIC), (c) quotes by it and quotes naming it, (d) the entities
named in the same sentences, as buttons. A click on a bar narrows the period,
a click on a name moves the panel to that entity; "back" returns.

The indexes are built once (``explore_index.ExploreIndex``); an update only
looks rows up, so it stays well under a second on 10,000 articles.
"""

from __future__ import annotations

import html
import time

import ipywidgets as widgets
import numpy as np
import pandas as pd

from .explore_index import KINDS, ExploreIndex, distinct

FORMATS = {"day": "%Y-%m-%d", "week": "%Y-%m-%d", "month": "%Y-%m", "year": "%Y"}
BAR_HEIGHT = 120  # pixels of the tallest bar
CONTEXT_CHARS = 48  # characters of KWIC context shown each side

LABELS = {
    "ru": {
        "title": "Обзор корпуса",
        "search": "Поиск",
        "placeholder": "имя, организация, место или слово",
        "period": "Период",
        "all": "весь период",
        "back": "← назад",
        "mentions": "Упоминания по периодам",
        "quotes_per_period": "Цитаты по периодам",
        "kwic": "Контекст",
        "quotes": "Цитаты",
        "comentions": "Упоминаются вместе",
        "own": "говорит",
        "about": "упомянут",
        "shown": "показано {shown} из {total}",
        "none": "нет",
        "pick": "Введите имя или слово в поиске и выберите вариант.",
        "summary": "<b>{name}</b> ({kind}): {hits} в {articles} ст., {period}",
        "entity": "сущность",
        "speaker": "говорящий",
        "lemma": "лемма",
        "PER": "лицо",
        "ORG": "организация",
        "LOC": "место",
        "quotes_n": "цитат",
    },
    "en": {
        "title": "Corpus explorer",
        "search": "Search",
        "placeholder": "a person, organisation, place or word",
        "period": "Period",
        "all": "whole period",
        "back": "← back",
        "mentions": "Mentions per period",
        "quotes_per_period": "Quotes per period",
        "kwic": "Keyword in context",
        "quotes": "Quotes",
        "comentions": "Named together with",
        "own": "says",
        "about": "named",
        "shown": "{shown} of {total} shown",
        "none": "none",
        "pick": "Type a name or word in the search box and pick an option.",
        "summary": "<b>{name}</b> ({kind}): {hits} in {articles} articles, {period}",
        "entity": "entity",
        "speaker": "speaker",
        "lemma": "lemma",
        "PER": "person",
        "ORG": "organisation",
        "LOC": "place",
        "quotes_n": "quotes",
    },
}


def labels_for(lang: str) -> dict[str, str]:
    if lang not in LABELS:
        raise ValueError(f"lang must be one of {list(LABELS)}, got {lang!r}")
    return LABELS[lang]


class Explorer(widgets.VBox):
    """The panel ``explore`` returns; state for code and tests.

    ``kind``, ``name``: the selection; ``period``: (first, last) bucket start shown;
    ``mentions`` (``period, count, selected``), ``kwic`` (as ``helpers.kwic``),
    ``quotes`` (``relation, article_id, date, speaker, kind, text, start, stop``),
    ``comentions`` (``name, type, count``); ``update_s``: seconds the last update took.
    """

    def __init__(self, index: ExploreIndex, *, lang: str, top_n: int, window: int, rows: int):
        self.index, self.text = index, labels_for(lang)
        self.top_n, self.window, self.rows = top_n, window, rows
        self.kind: str | None = None
        self.name: str | None = None
        self.history: list[tuple[str, str, tuple[int, int]]] = []
        self._span = (0, max(len(index.periods) - 1, 0))
        self._quiet = False
        self.mentions = pd.DataFrame(columns=["period", "count", "selected"])
        self.kwic = index.kwic(index.hits("entity", ""), window, 0)
        self.quotes, self.quote_count = index.quote_rows(
            np.zeros(0, np.int64), np.zeros(0, np.int64), 0
        )
        self.comentions = pd.DataFrame(columns=["name", "type", "count"])
        self.update_s = 0.0
        super().__init__(children=self._build())
        self.add_class("explore-panel")
        self._show_empty()

    # --- widgets ------------------------------------------------------------------------

    def _build(self) -> list[widgets.Widget]:
        t = self.text
        self.search = widgets.Text(placeholder=t["placeholder"], description=t["search"])
        self.search.add_class("explore-search")
        self.search.layout.width = "420px"
        self.search.observe(self._on_search, "value")
        self.matches = widgets.Select(options=[], rows=6, layout=widgets.Layout(width="420px"))
        self.matches.add_class("explore-matches")
        self.matches.observe(self._on_match, "value")
        self.back = widgets.Button(description=t["back"], disabled=True)
        self.back.on_click(lambda _: self.go_back())
        labels = [p.strftime(FORMATS[self.index.freq]) for p in self.index.periods]
        self.slider = widgets.SelectionRangeSlider(
            options=labels or ["—"],
            index=self._span,
            description=t["period"],
            continuous_update=False,
            disabled=not labels,
            layout=widgets.Layout(width="560px"),
        )
        self.slider.observe(self._on_slider, "index")
        self.whole = widgets.Button(description=t["all"])
        self.whole.on_click(lambda _: self.set_period(0, len(self.index.periods) - 1))
        self.status = widgets.HTML()
        self.status.add_class("explore-status")
        self.bar_buttons = [self._bar(i, label) for i, label in enumerate(labels)]
        bars = widgets.HBox(
            [
                widgets.VBox([button, widgets.HTML(f"<small>{label}</small>")])
                for button, label in zip(self.bar_buttons, labels, strict=True)
            ],
            layout=widgets.Layout(align_items="flex-end", overflow="auto", width="100%"),
        )
        bars.add_class("explore-bars")
        self.bars_title = widgets.HTML()
        self.kwic_view = widgets.HTML()
        self.kwic_view.add_class("explore-kwic")
        self.quotes_view = widgets.HTML()
        self.quotes_view.add_class("explore-quotes")
        self.comention_buttons = [self._comention(i) for i in range(self.top_n)]
        names = widgets.Box(self.comention_buttons, layout=widgets.Layout(flex_flow="row wrap"))
        names.add_class("explore-comentions")
        self.comentions_title = widgets.HTML(f"<b>{t['comentions']}</b>")
        half = widgets.Layout(width="50%", padding="0 8px 0 0")
        left = widgets.VBox(
            [self.bars_title, bars, self._title("kwic"), self.kwic_view], layout=half
        )
        right = widgets.VBox(
            [self.comentions_title, names, self._title("quotes"), self.quotes_view], layout=half
        )
        return [
            widgets.HTML(f"<h3>{t['title']}</h3>"),
            widgets.HBox([self.search, self.back]),
            self.matches,
            widgets.HBox([self.slider, self.whole]),
            self.status,
            widgets.HBox([left, right], layout=widgets.Layout(width="100%")),
        ]

    def _title(self, key: str) -> widgets.HTML:
        return widgets.HTML(f"<b>{self.text[key]}</b>")

    def _bar(self, i: int, label: str) -> widgets.Button:
        button = widgets.Button(tooltip=label, layout=widgets.Layout(width="34px", height="2px"))
        button.style.font_size = "10px"
        button.on_click(lambda _: self.set_period(i, i))
        return button

    def _comention(self, i: int) -> widgets.Button:
        button = widgets.Button(layout=widgets.Layout(width="auto", display="none"))
        button.on_click(lambda _: self.select("entity", self.comentions["name"].iloc[i]))
        return button

    # --- events -------------------------------------------------------------------------

    def _on_search(self, change) -> None:
        found = self.index.search(change["new"])
        options = [
            (self._option_label(kind, name, type_, count), (kind, name))
            for kind, name, type_, count in found[["kind", "name", "type", "count"]].itertuples(
                index=False
            )
        ]
        self._quiet = True
        try:
            self.matches.options = options
            self.matches.index = None
        finally:
            self._quiet = False

    def _option_label(self, kind: str, name: str, type_: str, count: int) -> str:
        what = self.text.get(type_, type_) if kind == "entity" else self.text[kind]
        if kind == "speaker":
            return f"{name} — {what} ({count} {self.text['quotes_n']})"
        return f"{name} — {what} ({count})"

    def _on_match(self, change) -> None:
        if not self._quiet and change["new"] is not None:
            self.select(*change["new"])

    def _on_slider(self, change) -> None:
        if not self._quiet and self.index.periods.size:
            self._span = tuple(change["new"])
            self.refresh()

    # --- public -------------------------------------------------------------------------

    @property
    def period(self) -> tuple[pd.Timestamp | None, pd.Timestamp | None]:
        """First and last period shown (bucket starts), or (None, None) without dates."""
        if not len(self.index.periods):
            return (None, None)
        return (self.index.periods[self._span[0]], self.index.periods[self._span[1]])

    def select(self, kind: str, name: str) -> Explorer:
        """Show ``name`` (an ``entity`` name, a ``speaker`` or a ``lemma``); returns the panel."""
        if kind not in KINDS:
            raise ValueError(f"kind must be one of {KINDS}, got {kind!r}")
        if not self.index.has(kind, name):
            raise ValueError(f"no {kind} {name!r} in this corpus")
        if self.kind is not None and (self.kind, self.name) != (kind, name):
            self.history.append((self.kind, self.name, self._span))
        self.kind, self.name = kind, name
        self.refresh()
        return self

    def set_period(self, first, last=None) -> Explorer:
        """Show periods ``first`` .. ``last`` (positions, or dates inside the periods)."""
        if not len(self.index.periods):
            return self
        lo, hi = self._position(first), self._position(first if last is None else last)
        self._span = (min(lo, hi), max(lo, hi))
        self.refresh()
        return self

    def go_back(self) -> Explorer:
        """Return to the previous selection and period."""
        if self.history:
            self.kind, self.name, self._span = self.history.pop()
            self.refresh()
        return self

    def _position(self, value) -> int:
        if isinstance(value, int | np.integer):
            return int(np.clip(value, 0, len(self.index.periods) - 1))
        position = self.index.periods.searchsorted(pd.Timestamp(value), side="right") - 1
        return int(np.clip(position, 0, len(self.index.periods) - 1))

    # --- views --------------------------------------------------------------------------

    def refresh(self) -> None:
        """Recompute every view for the current selection and period."""
        started = time.perf_counter()
        self._sync_slider()
        self.back.disabled = not self.history
        if self.kind is None:
            self._show_empty()
            return
        index, (lo, hi) = self.index, self._span
        hits = index.hits(self.kind, self.name)
        own = index.speakers.rows(self.name) if index.has("speaker", self.name) else hits.quote[:0]
        if self.kind == "lemma":
            own = own[:0]
        if self.kind == "speaker":
            counted = index.quote_columns["article"][own]
        else:
            counted = hits.article
        counts = index.per_period(counted) if len(index.periods) else np.zeros(0, np.int64)
        inside = hits.take(np.flatnonzero(index.in_periods(hits.article, lo, hi)))
        own_inside = own[index.in_periods(index.quote_columns["article"][own], lo, hi)]
        self.mentions = pd.DataFrame(
            {
                "period": index.periods,
                "count": counts.astype(np.int64),
                "selected": (np.arange(len(index.periods)) >= lo)
                & (np.arange(len(index.periods)) <= hi),
            }
        )
        self.kwic = index.kwic(inside, self.window, self.rows)
        self.quotes, self.quote_count = index.quote_rows(own_inside, inside.quote, self.rows)
        self.comentions = index.comentions(self.kind, self.name, inside, own_inside).head(
            self.top_n
        )
        self._draw(len(inside), len(distinct(inside.article, len(index.ids))), len(own_inside))
        self.update_s = time.perf_counter() - started

    def _sync_slider(self) -> None:
        if len(self.index.periods) and tuple(self.slider.index) != tuple(self._span):
            self._quiet = True
            try:
                self.slider.index = self._span
            finally:
                self._quiet = False

    def _show_empty(self) -> None:
        self.status.value = f"<i>{self.text['pick']}</i>"
        self.bars_title.value = f"<b>{self.text['mentions']}</b>"
        self.kwic_view.value = self.quotes_view.value = ""
        for button in self.comention_buttons:
            button.layout.display = "none"

    def _draw(self, hits: int, articles: int, quotes: int) -> None:
        t = self.text
        kind = t[self.kind]
        first, last = self.period
        fmt = FORMATS[self.index.freq]
        span = f"{first:{fmt}} — {last:{fmt}}" if first is not None else ""
        shown = hits if self.kind != "speaker" else quotes
        per_period = "quotes_per_period" if self.kind == "speaker" else "mentions"
        self.bars_title.value = f"<b>{t[per_period]}</b>"
        self._draw_bars()
        self.kwic_view.value = kwic_html(self.kwic, hits, t)
        self.quotes_view.value = quotes_html(self.quotes, self.quote_count, t)
        for i, button in enumerate(self.comention_buttons):
            if i < len(self.comentions):
                name, count = self.comentions["name"].iloc[i], self.comentions["count"].iloc[i]
                button.description = f"{name} · {count}"
                button.tooltip = name
                button.layout.display = ""
            else:
                button.layout.display = "none"
        self.status.value = (
            t["summary"]
            .format(  # last: a new status means all views are new
                name=html.escape(self.name), kind=kind, hits=shown, articles=articles, period=span
            )
            .removesuffix(", ")
        )

    def _draw_bars(self) -> None:
        top = max(int(self.mentions["count"].max()) if len(self.mentions) else 0, 1)
        rows = self.mentions.itertuples(index=False)
        for button, (_, count, selected) in zip(self.bar_buttons, rows, strict=True):
            button.layout.height = f"{max(2, round(BAR_HEIGHT * count / top))}px"
            button.description = str(count) if count else ""
            button.button_style = "info" if selected else ""


def kwic_html(frame: pd.DataFrame, total: int, text: dict[str, str]) -> str:
    if not len(frame):
        return f"<i>{text['none']}</i>"
    cell = "white-space:nowrap;overflow:hidden;padding:1px 3px"
    rows = "".join(
        "<tr>"
        f"<td style='{cell};direction:rtl'><span dir='ltr'>{html.escape(clip_left(left))}</span></td>"
        f"<td style='{cell};text-align:center'><b>{html.escape(match)}</b></td>"
        f"<td style='{cell}'>{html.escape(clip_right(right))}</td>"
        "</tr>"
        for left, match, right in frame[["left", "match", "right"]].itertuples(index=False)
    )
    note = text["shown"].format(shown=len(frame), total=total)
    columns = "<col style='width:40%'><col style='width:20%'><col style='width:40%'>"
    return (
        "<div style='max-height:320px;overflow:auto;font-size:12px;line-height:1.4'>"
        f"<table style='table-layout:fixed;width:100%'>{columns}{rows}</table></div>"
        f"<small>{note}</small>"
    )


def clip_left(text: str, size: int = CONTEXT_CHARS) -> str:
    return text if len(text) <= size else "…" + text[-size:]


def clip_right(text: str, size: int = CONTEXT_CHARS) -> str:
    return text if len(text) <= size else text[:size] + "…"


def quotes_html(frame: pd.DataFrame, total: int, text: dict[str, str]) -> str:
    if not len(frame):
        return f"<i>{text['none']}</i>"
    items = "".join(
        f"<li class='explore-quote' style='line-height:1.35;margin-bottom:4px'><small>{text[relation]} · {html.escape(str(speaker))} · "
        f"{'' if pd.isna(date) else f'{date:%Y-%m-%d}'} · {kind}</small><br>«{html.escape(quote)}»</li>"
        for relation, date, speaker, kind, quote in frame[
            ["relation", "date", "speaker", "kind", "text"]
        ].itertuples(index=False)
    )
    note = text["shown"].format(shown=len(frame), total=total)
    return (
        f"<ul style='max-height:320px;overflow:auto;font-size:12px;padding-left:1.2em'>{items}</ul>"
        f"<small>{note}</small>"
    )


def explore(
    corpus,
    *,
    kind: str | None = None,
    name: str | None = None,
    lang: str = "ru",
    freq: str | None = None,
    top_n: int = 10,
    window: int = 8,
    rows: int = 50,
) -> Explorer:
    """A panel of linked views (ipywidgets ``VBox``) over ``corpus``; display it in Jupyter.

    ``kind`` is "entity", "speaker" or "lemma" (None: the first of them with ``name``);
    without ``name`` the most mentioned entity is shown. ``freq`` buckets the dates
    ("day", "week", "month", "year"; None: month). ``top_n`` co-mentioned names,
    ``rows`` KWIC lines and quotes at most, ``window`` tokens of context each side.
    ``panel.select("entity", "Сергей Шойгу")`` moves it from code; ``panel.kwic``,
    ``panel.quotes``, ``panel.comentions`` and ``panel.mentions`` hold what it shows.

    >>> panel = explore(corpus, name="Сергей Шойгу")  # doctest: +SKIP
    >>> panel.comentions.head(1)  # doctest: +SKIP
            name type  count
    0  Казахстан  LOC      5
    """
    freq = freq or "month"
    if freq not in FORMATS:
        raise ValueError(f"freq must be one of {list(FORMATS)} or None, got {freq!r}")
    labels_for(lang)
    panel = Explorer(ExploreIndex(corpus, freq), lang=lang, top_n=top_n, window=window, rows=rows)
    choices = panel.index.choices
    if name is not None:
        found = choices[(choices["name"] == name) & ((choices["kind"] == kind) | (kind is None))]
        if not len(found):
            raise ValueError(f"no {kind or 'entity, speaker or lemma'} {name!r} in this corpus")
        panel.select(found["kind"].iloc[0], name)
    elif len(panel.index.names):
        panel.select("entity", choices[choices["kind"] == "entity"]["name"].iloc[0])
    return panel
