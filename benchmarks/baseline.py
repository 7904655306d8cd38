"""The plain natasha pipeline a notebook author writes by hand (the speed baseline).

One document at a time: ``Doc(text).segment``, ``tag_morph``, ``lemmatize`` each
token, ``tag_ner``, ``normalize`` each span. ``benchmarks/throughput.py`` runs it
side by side with ``helpers.analyze``.
"""

from __future__ import annotations

import json
from pathlib import Path

from natasha import Doc

CORPORA = Path(__file__).resolve().parents[1].parent / "shared" / "corpora"
WIKINEWS = CORPORA / "wikinews-ru" / "articles.jsonl"


def wikinews_texts(limit: int | None = None) -> list[str]:
    """The first ``limit`` Wikinews texts (from ../shared/corpora)."""
    if not WIKINEWS.exists():
        raise SystemExit(f"{WIKINEWS} is missing: the benchmarks need ../shared/corpora")
    with open(WIKINEWS, encoding="utf-8") as handle:
        texts = [json.loads(line)["text"] for line in handle if line.strip()]
    return texts[:limit]


def plain_natasha(text: str, models) -> Doc:
    """natasha's README pipeline for one text."""
    doc = Doc(text)
    doc.segment(models.segmenter)
    doc.tag_morph(models.morph_tagger)
    for token in doc.tokens:
        token.lemmatize(models.morph_vocab)
    doc.tag_ner(models.ner_tagger)
    for span in doc.spans:
        span.normalize(models.morph_vocab)
    return doc


def run_baseline(texts: list[str], models) -> list[Doc]:
    return [plain_natasha(text, models) for text in texts]
