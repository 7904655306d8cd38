"""Too little data for a topic model of articles: model paragraphs (or sentences) instead.

``topic_units(corpus)`` returns the corpus to model and a sentence saying what it is;
``split_units`` makes a corpus whose "articles" are the paragraphs of the articles.

>>> units, note = topic_units(corpus)  # doctest: +SKIP
>>> units.articles["article_id"].head(2).tolist()  # doctest: +SKIP
['tass#p1', 'tass#p2']
"""

from __future__ import annotations

import re

import pandas as pd

from .. import tables
from ..store.corpus import Corpus
from .model import MIN_DOCUMENTS

# topic_units() switches to paragraphs below this many articles
MIN_ARTICLES = 30
PARAGRAPH_BREAK = re.compile(r"\n\s*\n|\n")


def split_units(corpus: Corpus, by: str = "paragraph") -> Corpus:
    """A corpus whose "articles" are the paragraphs (or sentences) of ``corpus``'s articles.

    Paragraphs are split at line breaks (blank lines or single newlines). Unit
    ids are ``"<article_id>#p1"`` (``#s1`` for sentences); ``date`` and
    ``source`` are copied, offsets are shifted into the unit's text. Tokens,
    sentences, entities and quotes are kept when they lie inside one unit.
    """
    if by not in ("paragraph", "sentence"):
        raise ValueError(f"by must be 'paragraph' or 'sentence', got {by!r}")
    spans = []
    for article in corpus.articles.itertuples(index=False):
        if by == "paragraph":
            bounds = paragraph_spans(article.text)
        else:
            mine = corpus.sentences[corpus.sentences["article_id"] == article.article_id]
            bounds = list(zip(mine["start"], mine["stop"], strict=True))
        for number, (start, stop) in enumerate(bounds, start=1):
            spans.append((article.article_id, f"{article.article_id}#{by[0]}{number}", start, stop))
    units = pd.DataFrame(spans, columns=["parent", "article_id", "start", "stop"])
    parents = corpus.articles.drop(columns=["article_id", "text"]).assign(
        parent=corpus.articles["article_id"].astype(str)
    )
    texts = dict(
        zip(corpus.articles["article_id"].astype(str), corpus.articles["text"], strict=True)
    )
    articles = units.merge(parents, on="parent", how="left")
    articles["text"] = [
        texts[parent][start:stop]
        for parent, start, stop in zip(units["parent"], units["start"], units["stop"], strict=True)
    ]
    if "title" in articles.columns:
        articles["title"] = [text.split("\n", 1)[0][:80] for text in articles["text"]]
    columns = ["article_id", *[c for c in corpus.articles.columns if c != "article_id"]]
    out = {"articles": articles[columns + ["parent"]].astype({"article_id": tables.STRING})}
    for name, spec in tables.TABLES.items():
        out[name] = rekey(getattr(corpus, name), units, spec)
    return Corpus(stats={"units": by}, **out)


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """(start, stop) of the non-blank paragraphs of ``text`` (split at line breaks)."""
    spans, start = [], 0
    for match in [*PARAGRAPH_BREAK.finditer(text), None]:
        stop = match.start() if match else len(text)
        piece = text[start:stop]
        if piece.strip():
            left = len(piece) - len(piece.lstrip())
            spans.append((start + left, start + len(piece.rstrip())))
        if match:
            start = match.end()
    return spans


def rekey(frame: pd.DataFrame, units: pd.DataFrame, spec) -> pd.DataFrame:
    """Move rows with offsets into the unit that contains them."""
    if not len(frame) or not len(units):
        return tables.make_frame(None, spec)
    merged = frame.assign(parent=frame["article_id"].astype(str), _row=range(len(frame))).merge(
        units.rename(columns={"article_id": "unit", "start": "u_start", "stop": "u_stop"}),
        on="parent",
    )
    inside = (merged["start"] >= merged["u_start"]) & (merged["stop"] <= merged["u_stop"])
    merged = merged[inside].sort_values("_row", kind="stable")
    shift = merged["u_start"]
    merged = merged.assign(article_id=merged["unit"])
    for column in ("start", "stop", "speaker_start", "speaker_stop"):
        if column in spec:
            merged[column] = merged[column] - shift
    return tables.conform(merged, spec)


def topic_units(corpus: Corpus, min_articles: int = MIN_ARTICLES) -> tuple[Corpus, str]:
    """The corpus to model and a sentence saying what it is.

    With at least ``min_articles`` articles: ``corpus`` itself. With fewer, a
    topic model of articles is meaningless, so the paragraphs of the articles
    are modelled instead (their sentences if there are fewer than 10
    paragraphs and more sentences).

    >>> units, note = topic_units(corpus)  # doctest: +SKIP
    >>> note                                # doctest: +SKIP
    'Only 1 article: a topic model needs more articles (30+ ...); modelling its 14 paragraphs.'
    """
    n = len(corpus.articles)
    if n >= min_articles:
        return corpus, f"Modelling the topics of {n} articles."
    units = split_units(corpus, "paragraph")
    if len(units.articles) < 2 * MIN_DOCUMENTS:
        sentences = split_units(corpus, "sentence")
        if len(sentences.articles) > len(units.articles):
            units = sentences
    word = "paragraphs" if units.stats["units"] == "paragraph" else "sentences"
    plural = "article" if n == 1 else "articles"
    return units, (
        f"Only {n} {plural}: a topic model needs more articles ({min_articles}+, better a few "
        f"hundred), so these are topics of the {len(units.articles)} {word} instead: "
        "themes inside the text rather than topics of a news corpus."
    )
