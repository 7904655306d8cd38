"""Rows of the quote extractor in a shape that parametrised tests compare easily."""

from __future__ import annotations

import pandas as pd

from helpers.pipeline.analysis import extract_quotes


def found(text: str, models) -> list[tuple[str, str, str | None, str]]:
    """(kind, text, speaker, rule) of every quote; each row's offsets checked against its text."""
    out = []
    for row in extract_quotes(text, models).itertuples():
        assert text[row.start : row.stop] == row.text
        speaker = None if pd.isna(row.speaker) else row.speaker
        out.append((row.kind, row.text, speaker, row.rule))
    return out


def direct_rows(text: str, models) -> list[tuple[str, str | None, str]]:
    """(text, speaker, rule) of the direct quotes."""
    return [
        (quote, speaker, rule)
        for kind, quote, speaker, rule in found(text, models)
        if kind == "direct"
    ]


def indirect_rows(text: str, models) -> list[tuple[str, str | None]]:
    """(text, speaker) of the indirect quotes."""
    return [
        (quote, speaker) for kind, quote, speaker, _ in found(text, models) if kind == "indirect"
    ]


def speaker_of(text: str, quote: str, models, lower: bool = False) -> str | None:
    """The speaker of the first row whose text starts with ``quote`` (None when it has none;
    ``lower``: in lower case)."""
    rows = [r for r in extract_quotes(text, models).itertuples() if r.text.startswith(quote)]
    assert rows, f"no row for {quote!r}"
    speaker = None if pd.isna(rows[0].speaker) else str(rows[0].speaker)
    return speaker.lower() if lower and speaker else speaker
