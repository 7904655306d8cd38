"""Entity mentions with canonical names (one row per mention)."""

from __future__ import annotations

from .text import Dateline


def _display_name(span) -> str:
    name = span.normal or span.text
    if name.isupper() and len(name) > 4:
        name = name.title()
    return name


def entity_records(text: str, doc, dateline: Dateline | None, models) -> dict[str, list]:
    """Columns of the per-article entity table from a natasha Doc with NER and morphology."""
    columns: dict[str, list] = {
        n: [] for n in ("start", "stop", "type", "text", "name", "in_dateline")
    }
    for span in doc.spans:
        span.normalize(models.morph_vocab)
        columns["start"].append(span.start)
        columns["stop"].append(span.stop)
        columns["type"].append(span.type)
        columns["text"].append(span.text)
        columns["name"].append(_display_name(span))
        columns["in_dateline"].append(dateline is not None and span.start < dateline.stop)
    return columns


def resolve_corpus(entities, aliases=None):
    """Corpus-level canonical names (same person across articles, alias table)."""
    return entities
