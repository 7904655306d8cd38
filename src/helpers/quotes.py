"""Quotes: who said what (filled in by the quotes work)."""

from __future__ import annotations


def quote_records(text: str, doc, entities: dict[str, list], models) -> dict[str, list]:
    """Columns of the per-article quote table (none found yet)."""
    return {}
