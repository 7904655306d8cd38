"""Entities and quotes shown inside the article text, as safe HTML.

Every piece of article text (and every label or tooltip taken from it) is
HTML-escaped: an article containing ``<script>`` shows the tag as text. Spans may
nest or cross (a quote containing an entity, a speaker inside a quote); tags are
closed and reopened at the crossings so the HTML stays well formed.

>>> text = "Шойгу заявил: «Казахстан — наш союзник»."
>>> entities = pd.DataFrame({"start": [0, 15], "stop": [5, 24], "type": ["PER", "LOC"]})
>>> highlight(text, entities)  # doctest: +SKIP
"""

from __future__ import annotations

import html
from collections.abc import Iterable
from dataclasses import dataclass

import pandas as pd

# background colours of entity types (natasha's PER/LOC/ORG) and of quote kinds
ENTITY_COLORS = {"PER": "#ffd6a5", "LOC": "#caffbf", "ORG": "#a0c4ff"}
OTHER_ENTITY_COLOR = "#e0e0e0"
DATELINE_STYLE = "border: 1px dashed #888"  # mentions in the dateline (МОСКВА, ТАСС)
QUOTE_STYLE = "background: #f3e8ff; border-bottom: 2px solid #9b5de5; border-radius: 2px"
SPEAKER_STYLE = "border-bottom: 2px dashed #f15bb5"
LABEL_STYLE = (
    "font-size: 0.65em; font-weight: bold; opacity: 0.7; margin-left: 2px; "
    "vertical-align: super; line-height: 0; user-select: none"
)
BOX_STYLE = (
    "white-space: pre-wrap; line-height: 2; font-family: system-ui, 'DejaVu Sans', sans-serif; "
    "max-width: 60em"
)


@dataclass(frozen=True)
class Span:
    """A marked stretch ``text[start:stop]``: ``kind`` is entity, quote or speaker."""

    start: int
    stop: int
    kind: str
    label: str
    title: str = ""
    in_dateline: bool = False

    def style(self) -> str:
        if self.kind == "quote":
            return QUOTE_STYLE
        if self.kind == "speaker":
            return SPEAKER_STYLE
        color = ENTITY_COLORS.get(self.label, OTHER_ENTITY_COLOR)
        dateline = f"; {DATELINE_STYLE}" if self.in_dateline else ""
        return f"background: {color}; border-radius: 3px; padding: 0 1px{dateline}"


class Markup(str):
    """HTML as a string that Jupyter displays rendered (``_repr_html_``)."""

    def _repr_html_(self) -> str:
        return str(self)


def entity_spans(entities: pd.DataFrame | None) -> list[Span]:
    """Spans of an entities table (``start, stop, type``; ``name`` as tooltip, ``in_dateline``
    dashed)."""
    if entities is None or not len(entities):
        return []
    names = entities["name"] if "name" in entities.columns else entities["type"]
    flags = (
        entities["in_dateline"] if "in_dateline" in entities.columns else [False] * len(entities)
    )
    datelines = [not pd.isna(flag) and bool(flag) for flag in flags]
    return [
        Span(int(start), int(stop), "entity", str(kind), _text(name), bool(dateline))
        for start, stop, kind, name, dateline in zip(
            entities["start"], entities["stop"], entities["type"], names, datelines, strict=True
        )
    ]


def quote_spans(quotes: pd.DataFrame | None) -> list[Span]:
    """Spans of a quotes table: each quote, and its speaker mention when located."""
    if quotes is None or not len(quotes):
        return []
    spans = []
    for row in quotes.to_dict("records"):
        speaker = _text(row.get("speaker"))
        kind = _text(row.get("kind")) or "quote"
        title = f"{kind}: {speaker}" if speaker else kind
        spans.append(Span(int(row["start"]), int(row["stop"]), "quote", "цитата", title))
        start, stop = row.get("speaker_start"), row.get("speaker_stop")
        if not (pd.isna(start) or pd.isna(stop)):
            spans.append(Span(int(start), int(stop), "speaker", "кто", speaker))
    return spans


def render(text: str, spans: Iterable[Span]) -> str:
    """HTML of ``text`` with ``spans`` marked; all text escaped, tags balanced."""
    spans = list(dict.fromkeys(span for span in spans if span.start < span.stop))  # no repeats
    for span in spans:
        if span.start < 0 or span.stop > len(text):
            raise ValueError(
                f"span {span.start}:{span.stop} lies outside the text (length {len(text)}); "
                "pass the tables of this article only"
            )
    bounds = sorted({0, len(text), *(s.start for s in spans), *(s.stop for s in spans)})
    starting: dict[int, list[Span]] = {}
    for span in spans:
        starting.setdefault(span.start, []).append(span)
    out: list[str] = []
    stack: list[Span] = []
    position = 0
    for bound in bounds:
        out.append(html.escape(text[position:bound]))
        position = bound
        ending = [index for index, span in enumerate(stack) if span.stop == bound]
        if ending:  # close down to the lowest ending span, reopen the ones that go on
            lowest = min(ending)
            for span in reversed(stack[lowest:]):
                out.append(_close(span, final=span.stop == bound))
            reopen = [span for span in stack[lowest:] if span.stop != bound]
            del stack[lowest:]
            for span in reopen:
                out.append(_open(span))
                stack.append(span)
        # longer spans open first, so they enclose the shorter ones starting here
        for span in sorted(starting.get(bound, []), key=lambda s: (-s.stop, s.kind)):
            out.append(_open(span))
            stack.append(span)
    return "".join(out)


def highlight(
    text: str,
    entities: pd.DataFrame | None = None,
    quotes: pd.DataFrame | None = None,
    *,
    title: str | None = None,
) -> Markup:
    """The text with entity mentions and quotes marked, as displayable HTML.

    ``entities`` needs ``start, stop, type`` (``name`` becomes the tooltip); ``quotes``
    needs ``start, stop`` (``kind, speaker, speaker_start, speaker_stop`` are used when
    present). Offsets index ``text``.

    >>> highlight("Шойгу посетил Казахстан.", helpers.extract_entities(...))  # doctest: +SKIP
    """
    if not isinstance(text, str):
        raise TypeError(f"highlight() takes the article text as a str, got {type(text).__name__}")
    body = render(text, [*quote_spans(quotes), *entity_spans(entities)])
    heading = f"<h4>{html.escape(title)}</h4>" if title else ""
    return Markup(
        f'<div class="helpers-highlight">{heading}<div style="{BOX_STYLE}">{body}</div></div>'
    )


def highlight_entities(text: str, entities: pd.DataFrame) -> str:
    """HTML of ``text`` (escaped) with each mention of ``entities`` (``start, stop, type``,
    ``name`` and ``in_dateline`` when present) marked: ``highlight(text, entities)``.

    A mention is a ``<span class="hl-entity">`` coloured by its type (``ENTITY_COLORS``),
    with its name as tooltip and its type as label; dateline mentions get a dashed border;
    nested mentions (``России`` inside ``Минобороны России``) are marked inside the outer one.

    >>> highlight_entities("Шойгу прибыл в Казахстан.", helpers.extract_entities(...))  # doctest: +SKIP
    """
    return highlight(text, entities)


def highlight_article(corpus, article_id, *, entities: bool = True, quotes: bool = True) -> Markup:
    """One article of an analysed corpus with its entities and quotes marked.

    >>> highlight_article(corpus, corpus.articles.article_id[0])  # doctest: +SKIP
    """
    articles = corpus.articles
    wanted = str(article_id)
    rows = articles[articles["article_id"].astype(str) == wanted]
    if not len(rows):
        known = articles["article_id"].astype(str).head(5).tolist()
        raise KeyError(f"no article {wanted!r} in the corpus; ids look like {known}")
    row = rows.iloc[0]
    title = _text(row["title"]) if "title" in rows.columns else ""
    return highlight(
        row["text"],
        _of_article(corpus.entities, wanted) if entities else None,
        _of_article(corpus.quotes, wanted) if quotes else None,
        title=title or wanted,
    )


def _of_article(frame: pd.DataFrame, article_id: str) -> pd.DataFrame:
    return frame[frame["article_id"].astype(str) == article_id]


def _open(span: Span) -> str:
    title = f' title="{html.escape(span.title)}"' if span.title else ""
    return (
        f'<span class="hl-{span.kind}" data-label="{html.escape(span.label)}" '
        f'data-start="{span.start}" data-stop="{span.stop}"{title} style="{span.style()}">'
    )


def _close(span: Span, final: bool) -> str:
    if not final or span.kind == "speaker":
        return "</span>"
    return f'<span class="hl-label" style="{LABEL_STYLE}">{html.escape(span.label)}</span></span>'


def _text(value) -> str:
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return ""
    return str(value)
