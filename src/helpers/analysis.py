"""One natasha pass over a text: sentences, tokens with lemmas, entities, quotes.

``analyze_batch`` is the unit of work everything else calls (the cache, worker
processes, Dask): it takes texts and returns the four per-article tables
concatenated, with a leading ``doc`` column giving the text's position.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

import pandas as pd
from natasha import Doc

from . import tables
from .entities import entity_records
from .models import Models, default_models
from .quotes import quote_records
from .stopwords import stop_words
from .text import Dateline, find_dateline, fold_text

# bump when anything changes what an analysis returns: old cache entries are then ignored
PIPELINE_VERSION = "7"


@dataclass
class Analysis:
    """One article's tables (no ``article_id`` column)."""

    sentences: pd.DataFrame
    tokens: pd.DataFrame
    entities: pd.DataFrame
    quotes: pd.DataFrame


def is_punct(text: str) -> bool:
    """True for tokens made only of punctuation and symbols ("«", "—", "...")."""
    return all(unicodedata.category(char)[0] in "PS" for char in text)


def natasha_doc(text: str, models: Models) -> Doc:
    """Segment, tag morphology, lemmatise and tag NER: natasha's own pipeline, once."""
    doc = Doc(text)
    doc.segment(models.segmenter)
    doc.tag_morph(models.morph_tagger)
    for token in doc.tokens:
        token.lemmatize(models.morph_vocab)
    doc.tag_ner(models.ner_tagger)
    return doc


def sentence_records(doc: Doc) -> dict[str, list]:
    sents = doc.sents
    return {
        "sent_id": list(range(len(sents))),
        "start": [s.start for s in sents],
        "stop": [s.stop for s in sents],
        "text": [s.text for s in sents],
    }


def token_records(doc: Doc, dateline: Dateline | None) -> dict[str, list]:
    stops = stop_words()
    body_start = dateline.stop if dateline else 0
    columns: dict[str, list] = {name: [] for name in tables.without_article(tables.TOKENS)}
    token_id = 0
    for sent_id, sent in enumerate(doc.sents):
        for token in sent.tokens:
            lemma = fold_text(token.lemma or token.text)
            punct = token.pos == "PUNCT" or is_punct(token.text)
            stop = token.start < body_start or lemma in stops or fold_text(token.text) in stops
            for name, value in (
                ("sent_id", sent_id),
                ("token_id", token_id),
                ("start", token.start),
                ("stop", token.stop),
                ("text", token.text),
                ("lemma", lemma),
                ("pos", token.pos),
                ("is_stop", stop and not punct),
                ("is_punct", punct),
            ):
                columns[name].append(value)
            token_id += 1
    return columns


def analyze_doc(text: str, models: Models) -> dict[str, dict[str, list]]:
    """The four tables of one text, as columns (lists)."""
    doc = natasha_doc(text, models)
    dateline = find_dateline(text)
    entities = entity_records(text, doc, dateline, models)
    return {
        "sentences": sentence_records(doc),
        "tokens": token_records(doc, dateline),
        "entities": entities,
        "quotes": quote_records(text, doc, entities, models),
    }


def analyze_batch(texts: Sequence[str], models: Models | None = None) -> dict[str, pd.DataFrame]:
    """Analyse texts; each table gets a leading ``doc`` column (index into ``texts``)."""
    models = models or default_models()
    parts: dict[str, list[pd.DataFrame]] = {name: [] for name in tables.TABLES}
    for position, text in enumerate(texts):
        for name, columns in analyze_doc(text, models).items():
            spec = tables.without_article(tables.TABLES[name])
            frame = tables.make_frame(columns, spec)
            frame.insert(0, "doc", position)
            parts[name].append(frame)
    return {name: concat_parts(frames, name) for name, frames in parts.items()}


def batch_spec(name: str) -> dict[str, object]:
    return {"doc": "int64", **tables.without_article(tables.TABLES[name])}


def concat_parts(frames: list[pd.DataFrame], name: str) -> pd.DataFrame:
    spec = batch_spec(name)
    if not frames:
        return tables.make_frame(None, spec)
    return tables.conform(pd.concat(frames, ignore_index=True), spec)


def analyze_text(text: str, models: Models | None = None) -> Analysis:
    """All four tables for one text (offsets into ``text``).

    >>> analyze_text("Сергей Шойгу посетил Казахстан.").entities["name"].tolist()
    ['Сергей Шойгу', 'Казахстан']
    """
    batch = analyze_batch([text], models)
    return Analysis(**{name: frame.drop(columns="doc") for name, frame in batch.items()})


def extract_entities(text: str, models: Models | None = None) -> pd.DataFrame:
    """Entity mentions of one text: ``start, stop, type, text, name, in_dateline``."""
    return analyze_text(text, models).entities


def extract_quotes(text: str, models: Models | None = None) -> pd.DataFrame:
    """Quotes of one text: ``start, stop, kind, text, speaker, speaker_start, speaker_stop, cue``."""
    return analyze_text(text, models).quotes
