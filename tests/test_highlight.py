"""Highlighting renders article text as text: escaped, marks at the right offsets, tags balanced."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

import pandas as pd
import pytest
from IPython.display import HTML

import helpers
from helpers import tables
from helpers.viz import highlight as highlight_module
from helpers.viz.highlight import (
    DATELINE_STYLE,
    ENTITY_COLORS,
    OTHER_ENTITY_COLOR,
    Markup,
    highlight,
    highlight_article,
    highlight_entities,
)

REPO = Path(__file__).resolve().parents[1]
SEED = REPO / "data" / "raw" / "2022-06-23-shoigu-kazakhstan.txt"
ALLOWED_TAGS = {"div", "span", "h4"}
HOSTILE = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    '"><svg onload=alert(1)>',
    "&lt;b&gt; и &amp; как текст",
    "</span></div><iframe src=javascript:alert(1)>",
]


class Rendered(HTMLParser):
    """Reads the HTML back: every tag, the visible article text, the text under each mark."""

    def __init__(self, markup: str):
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, dict]] = []
        self.tags: list[tuple[str, dict]] = []
        self.pieces: list[str] = []
        self.marked: dict[tuple[str, int, int], list[str]] = {}
        self.labels: list[str] = []
        self.feed(markup)
        self.close()
        assert not self.stack, f"unclosed tags {self.stack}"

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        self.stack.append((tag, dict(attrs)))

    def handle_startendtag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_endtag(self, tag):
        assert self.stack and self.stack[-1][0] == tag, f"</{tag}> closes {self.stack[-1:]}"
        self.stack.pop()

    def handle_data(self, data):
        classes = [attrs.get("class") for _, attrs in self.stack]
        if "hl-label" in classes:
            self.labels.append(data)
            return
        if any(tag == "h4" for tag, _ in self.stack):
            return
        self.pieces.append(data)
        for _, attrs in self.stack:
            if "data-start" in attrs:
                key = (attrs["class"], int(attrs["data-start"]), int(attrs["data-stop"]))
                self.marked.setdefault(key, []).append(data)

    @property
    def text(self) -> str:
        return "".join(self.pieces)

    def mark_text(self, kind: str, start: int, stop: int) -> str:
        return "".join(self.marked[(f"hl-{kind}", start, stop)])


def span_of(text: str, part: str) -> tuple[int, int]:
    start = text.index(part)
    return start, start + len(part)


def entities_frame(text: str, parts: list[tuple[str, str]]) -> pd.DataFrame:
    rows = [(*span_of(text, part), kind, part) for part, kind in parts]
    return pd.DataFrame(rows, columns=["start", "stop", "type", "name"])


@pytest.mark.parametrize("payload", HOSTILE)
def test_article_text_renders_as_text(payload):
    text = f"Сергей Шойгу заявил: «{payload}» — и уехал в Казахстан."
    entities = entities_frame(text, [("Сергей Шойгу", "PER"), ("Казахстан", "LOC")])
    entities.loc[0, "name"] = payload  # tooltips come from the text too
    quote_start, quote_stop = span_of(text, f"«{payload}»")
    quotes = pd.DataFrame(
        {"start": [quote_start], "stop": [quote_stop], "kind": ["direct"], "speaker": [payload]}
    )
    markup = highlight(text, entities, quotes, title=payload)
    rendered = Rendered(markup)
    assert {tag for tag, _ in rendered.tags} <= ALLOWED_TAGS
    assert not [name for _, attrs in rendered.tags for name in attrs if name.startswith("on")]
    for raw in ("<script", "<img", "<svg", "<iframe"):
        assert raw not in markup.lower()
    assert rendered.text == text  # every character shown, as text
    assert rendered.mark_text("quote", quote_start, quote_stop) == f"«{payload}»"


def test_marks_sit_at_their_offsets_and_quotes_contain_entities():
    text = (
        "МОСКВА, 23 июня. /ТАСС/. «Мы высоко ценим уровень взаимодействия с Казахстаном», "
        "- сказал Шойгу.\nМинистр обороны РФ встретился с Русланом Жаксылыковым."
    )
    entities = entities_frame(
        text,
        [
            ("МОСКВА", "LOC"),
            ("ТАСС", "ORG"),
            ("Казахстаном", "LOC"),
            ("Шойгу", "PER"),
            ("РФ", "LOC"),
            ("Русланом Жаксылыковым", "PER"),
        ],
    )
    quote = span_of(text, "«Мы высоко ценим уровень взаимодействия с Казахстаном»")
    speaker = span_of(text, "Шойгу")
    quotes = pd.DataFrame(
        {
            "start": [quote[0]],
            "stop": [quote[1]],
            "kind": ["direct"],
            "speaker": ["Сергей Шойгу"],
            "speaker_start": pd.array([speaker[0]], dtype="Int32"),
            "speaker_stop": pd.array([speaker[1]], dtype="Int32"),
        }
    )
    rendered = Rendered(highlight(text, entities, quotes))
    assert rendered.text == text
    for start, stop in zip(entities.start, entities.stop, strict=True):
        assert rendered.mark_text("entity", start, stop) == text[start:stop]
    assert rendered.mark_text("quote", *quote) == text[quote[0] : quote[1]]
    assert rendered.mark_text("speaker", *speaker) == "Шойгу"
    # the entity inside the quote is nested in the quote's mark
    assert "Казахстаном" in rendered.marked[("hl-quote", *quote)]
    assert sorted(rendered.labels) == sorted([*entities.type, "цитата"])


@pytest.mark.parametrize(
    "spans",
    [
        [(0, 12), (7, 21)],  # crossing
        [(0, 21), (0, 12), (13, 21)],  # nested, sharing edges
        [(7, 12), (7, 12)],  # the same stretch twice
        [(0, 0), (3, 3), (0, 21)],  # empty spans are ignored
    ],
)
def test_overlapping_spans_stay_balanced(spans):
    text = "Сергей Шойгу, министр"
    entities = pd.DataFrame(
        [(start, stop, "PER") for start, stop in spans], columns=["start", "stop", "type"]
    )
    rendered = Rendered(highlight(text, entities))
    assert rendered.text == text
    for start, stop in spans:
        if start < stop:
            assert rendered.mark_text("entity", start, stop) == text[start:stop]


def test_offsets_outside_the_text_are_an_error():
    entities = pd.DataFrame({"start": [5], "stop": [50], "type": ["PER"]})
    with pytest.raises(ValueError, match="outside the text"):
        highlight("Шойгу", entities)


def test_plain_text_and_empty_tables():
    text = "Без сущностей: 2 < 3 & 5 > 4\nвторая строка"
    empty = tables.make_frame(None, tables.ENTITIES)
    for markup in (highlight(text), highlight(text, empty, empty.iloc[:0])):
        assert Rendered(markup).text == text
        assert "2 &lt; 3 &amp; 5 &gt; 4" in markup


def test_markup_displays_in_jupyter():
    markup = highlight("Шойгу", pd.DataFrame({"start": [0], "stop": [5], "type": ["PER"]}))
    assert isinstance(markup, Markup) and isinstance(markup, str)
    assert markup._repr_html_() == str(markup)
    assert HTML(markup).data == str(markup)


def entity_styles(rendered: Rendered) -> dict[tuple[int, int], dict]:
    """The attributes of each entity mark, by (start, stop)."""
    return {
        (int(attrs["data-start"]), int(attrs["data-stop"])): attrs
        for tag, attrs in rendered.tags
        if attrs.get("class") == "hl-entity"
    }


def test_highlight_entities_colours_mentions_from_the_one_palette():
    text = "МОСКВА, 23 июня. /ТАСС/. Глава Минобороны России Сергей Шойгу <b>прибыл</b> & уехал."
    entities = entities_frame(
        text,
        [
            ("МОСКВА", "LOC"),
            ("ТАСС", "ORG"),
            ("Минобороны России", "ORG"),
            ("России", "LOC"),
            ("Сергей Шойгу", "PER"),
            ("уехал", "MISC"),
        ],
    )
    entities["in_dateline"] = [True, True, False, False, False, False]
    entities.loc[4, "name"] = "<i>Сергей</i> Шойгу"
    markup = helpers.highlight_entities(text, entities)
    assert isinstance(markup, str)
    assert "<b>" not in markup and "&lt;b&gt;прибыл&lt;/b&gt; &amp; " in markup
    rendered = Rendered(markup)
    assert rendered.text == text
    marks = entity_styles(rendered)
    assert len(marks) == len(entities)
    for row in entities.itertuples():
        attrs = marks[row.start, row.stop]
        assert rendered.mark_text("entity", row.start, row.stop) == text[row.start : row.stop]
        assert attrs["data-label"] == row.type and attrs["title"] == row.name
        color = ENTITY_COLORS.get(row.type, OTHER_ENTITY_COLOR)
        assert f"background: {color}" in attrs["style"]
        assert (DATELINE_STYLE in attrs["style"]) == row.in_dateline
    # the nested place is marked inside the organisation
    assert "России" in rendered.marked[("hl-entity", *span_of(text, "Минобороны России"))]
    assert sorted(rendered.labels) == sorted(entities.type)


def test_one_highlighter_and_one_palette():
    assert helpers.highlight_entities is highlight_entities
    assert not hasattr(highlight_module, "MARK_COLORS")
    text = "Шойгу"
    entities = pd.DataFrame({"start": [0], "stop": [5], "type": ["PER"], "name": ["Шойгу"]})
    assert highlight_entities(text, entities) == highlight(text, entities)
    empty = tables.make_frame(None, tables.ENTITIES)
    assert Rendered(highlight_entities("2 < 3", empty)).text == "2 < 3"


@pytest.fixture(scope="module")
def seed_corpus():
    text = SEED.read_text(encoding="utf-8")
    articles = pd.DataFrame({"article_id": [SEED.stem], "title": ["<b>ТАСС</b>"], "text": [text]})
    return helpers.analyze(articles, cache_dir=None, progress=False)


def test_highlight_article_marks_every_entity_of_the_seed(seed_corpus):
    markup = highlight_article(seed_corpus, SEED.stem)
    rendered = Rendered(markup)
    text = seed_corpus.articles.text[0]
    assert rendered.text == text
    entities = seed_corpus.entities
    assert len(entities) > 10
    for start, stop, surface in zip(entities.start, entities.stop, entities.text, strict=True):
        assert rendered.mark_text("entity", start, stop) == surface
    assert "&lt;b&gt;ТАСС&lt;/b&gt;" in markup  # the title is escaped too


def test_highlight_article_unknown_id(seed_corpus):
    with pytest.raises(KeyError, match="no article 'nope'"):
        highlight_article(seed_corpus, "nope")
