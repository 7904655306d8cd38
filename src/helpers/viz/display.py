"""Tables for the reader: rounded rates, no all-empty columns, dates as dates, headers in words.

The frames of the package keep full precision; ``display_table`` makes a copy
for showing in a notebook or a report.
"""

from __future__ import annotations

import pandas as pd

from ..i18n import column_label

P_VALUES = ("p_value",)  # columns shown with more digits: small values matter


def display_table(
    frame: pd.DataFrame, digits: int = 2, *, rename: bool = True, max_rows: int | None = None
) -> pd.DataFrame:
    """A copy of ``frame`` for display: floats rounded to ``digits`` (p-values as text,
    "< 0.0001"),
    all-empty columns dropped, midnight timestamps shown as dates, headers renamed
    through the message catalogue (``per_10k`` -> "на 10 000 слов"); ``max_rows``: head.

    >>> display_table(helpers.key_terms(general, "target"))  # doctest: +SKIP
    """
    out = (frame.head(max_rows) if max_rows is not None else frame).copy()
    if len(out.columns) and len(out):
        out = out.loc[:, [not out[column].isna().all() for column in out.columns]]
    for column in out.columns:
        series = out[column]
        if column in P_VALUES and pd.api.types.is_float_dtype(series):
            out[column] = series.map(p_text)
        elif pd.api.types.is_float_dtype(series):
            out[column] = series.round(digits)
        elif pd.api.types.is_datetime64_any_dtype(series):
            out[column] = _as_dates(series)
    if rename:
        out = out.rename(columns={column: column_label(column) for column in out.columns})
    return out


def p_text(p: float) -> str:
    """A p-value as read in papers: "0.0312", "< 0.0001"; missing: ""."""
    if pd.isna(p):
        return ""
    return "< 0.0001" if p < 1e-4 else f"{p:.4f}"


def _as_dates(series: pd.Series) -> pd.Series:
    """Dates (no "00:00:00") when every value is a midnight, else the timestamps as they are."""
    values = series.dropna()
    if getattr(series.dt, "tz", None) is None and (values == values.dt.normalize()).all():
        return series.dt.date
    return series
