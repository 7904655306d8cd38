"""Write tables and statistics to CSV or Parquet.

CSV files are written as UTF-8 *with* a byte-order mark (``utf-8-sig``): Excel
then opens Cyrillic text correctly on double-click, and pandas, LibreOffice and
Python's ``csv`` module (``encoding="utf-8-sig"``) read them unchanged. Parquet
keeps the exact dtypes. A whole corpus is saved with ``save_corpus`` (``store.corpus``).
"""

from __future__ import annotations

import os
from pathlib import Path

import pandas as pd

from ..io.files import atomic_write
from .corpus import parquet_bytes

CSV_ENCODING = "utf-8-sig"
FORMATS = {".csv": "csv", ".tsv": "tsv", ".parquet": "parquet", ".pq": "parquet"}


def export(frame: pd.DataFrame | pd.Series, path: str | os.PathLike) -> Path:
    """Write a table or statistic to ``path``; the extension picks the format.

    ``.csv`` (UTF-8 with BOM, comma), ``.tsv`` (same, tab) or ``.parquet``. A Series
    (``value_counts()`` and the like) or a frame with a meaningful index is written
    with its index as leading column(s); a plain 0..n-1 index is left out.
    Returns the path written.

    >>> export(corpus.entities, "exports/entities.csv")  # doctest: +SKIP
    >>> export(corpus.tokens.lemma.value_counts(), "exports/lemmas.parquet")  # doctest: +SKIP
    """
    path = Path(path)
    kind = FORMATS.get(path.suffix.lower())
    if kind is None:
        raise ValueError(
            f"cannot tell the format of {path.name!r}: end the file name with {', '.join(FORMATS)}"
        )
    frame = as_frame(frame)
    path.parent.mkdir(parents=True, exist_ok=True)
    if kind == "parquet":
        atomic_write(path, parquet_bytes(frame))
    else:
        sep = "," if kind == "csv" else "\t"
        data = frame.to_csv(index=False, sep=sep, lineterminator="\r\n")
        atomic_write(path, data.encode(CSV_ENCODING))
    return path


def as_frame(data: pd.DataFrame | pd.Series) -> pd.DataFrame:
    """A frame with plain columns: a Series or a meaningful index become columns."""
    if isinstance(data, pd.Series):
        name = data.name if data.name is not None else "value"
        data = data.to_frame(name)
    if not isinstance(data, pd.DataFrame):
        raise TypeError(f"export() takes a DataFrame or Series, got {type(data).__name__}")
    default_index = isinstance(data.index, pd.RangeIndex) and data.index.name is None
    if not default_index:
        data = data.reset_index()
    if isinstance(data.columns, pd.MultiIndex):
        data = data.set_axis(["_".join(map(str, c)).strip("_") for c in data.columns], axis=1)
    return data.set_axis([str(column) for column in data.columns], axis=1)
