"""Write tables and statistics to CSV or Parquet; save a corpus and reopen it.

CSV files are written as UTF-8 *with* a byte-order mark (``utf-8-sig``): Excel
then opens Cyrillic text correctly on double-click, and pandas, LibreOffice and
Python's ``csv`` module (``encoding="utf-8-sig"``) read them unchanged. Parquet
keeps the exact dtypes and is what ``load_corpus`` reads.

A saved corpus is a folder with one Parquet file per table plus ``manifest.json``
(format, pipeline version, row counts, the ``stats`` of the run). The manifest is
written last, so a folder without one is an interrupted save.
"""

from __future__ import annotations

import dataclasses
import json
import os
import uuid
import warnings
from datetime import UTC, datetime
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from . import analysis, tables

CSV_ENCODING = "utf-8-sig"
FORMATS = {".csv": "csv", ".tsv": "tsv", ".parquet": "parquet", ".pq": "parquet"}
MANIFEST = "manifest.json"
MANIFEST_FORMAT = "helpers-corpus"
MANIFEST_VERSION = 1


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
        _atomic_write(path, _parquet_bytes(frame))
    else:
        sep = "," if kind == "csv" else "\t"
        data = frame.to_csv(index=False, sep=sep, lineterminator="\r\n")
        _atomic_write(path, data.encode(CSV_ENCODING))
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


def save_corpus(corpus, directory: str | os.PathLike) -> Path:
    """Write every table of ``corpus`` as Parquet, plus ``manifest.json``.

    Reopen with ``load_corpus(directory)`` (no re-analysis). Files: ``articles.parquet``,
    ``sentences.parquet``, ``tokens.parquet``, ``entities.parquet``, ``quotes.parquet``
    and any other table the corpus carries.

    >>> save_corpus(corpus, "exports/tass")  # doctest: +SKIP
    """
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    frames = corpus_tables(corpus)
    manifest_path = directory / MANIFEST
    manifest_path.unlink(missing_ok=True)  # an interrupted save must not look complete
    for name, frame in frames.items():
        _atomic_write(directory / f"{name}.parquet", _parquet_bytes(frame))
    manifest = {
        "format": MANIFEST_FORMAT,
        "format_version": MANIFEST_VERSION,
        "pipeline_version": analysis.PIPELINE_VERSION,
        "created": datetime.now(UTC).isoformat(timespec="seconds"),
        "tables": {name: {"file": f"{name}.parquet", "rows": len(f)} for name, f in frames.items()},
        "stats": getattr(corpus, "stats", {}) or {},
    }
    text = json.dumps(manifest, ensure_ascii=False, indent=2, default=str)
    _atomic_write(manifest_path, text.encode("utf-8"))
    return directory


def load_corpus(directory: str | os.PathLike):
    """Reopen a corpus written by ``save_corpus`` (or ``Corpus.to_parquet``), without analysis.

    >>> corpus = load_corpus("exports/tass")  # doctest: +SKIP
    """
    from .corpus import Corpus

    directory = Path(directory)
    manifest = read_manifest(directory)
    if manifest.get("pipeline_version") != analysis.PIPELINE_VERSION:
        warnings.warn(
            f"{directory} was saved by pipeline version {manifest.get('pipeline_version')!r}, "
            f"this is {analysis.PIPELINE_VERSION!r}: the tables are loaded as saved; "
            "re-run helpers.analyze() for the current analysis",
            UserWarning,
            stacklevel=2,
        )
    fields = {field.name for field in dataclasses.fields(Corpus)}
    frames = {}
    for name, entry in manifest["tables"].items():
        if name not in fields:
            continue
        path = directory / entry["file"]
        try:
            frame = pq.read_table(path).to_pandas()
        except (OSError, pa.ArrowException) as error:
            raise ValueError(
                f"{path} is missing or unreadable ({error}); save the corpus again"
            ) from error
        if len(frame) != entry["rows"]:
            raise ValueError(
                f"{path} has {len(frame)} rows, the manifest says {entry['rows']}; "
                "save the corpus again"
            )
        spec = tables.TABLES.get(name)
        frames[name] = tables.conform(frame, spec) if spec else frame
    missing = [name for name in ("articles", *tables.TABLES) if name not in frames]
    if missing:
        raise ValueError(f"{directory / MANIFEST} lists no {missing}; save the corpus again")
    return Corpus(stats=dict(manifest.get("stats") or {}), **frames)


def read_manifest(directory: Path) -> dict:
    """The manifest of a saved corpus, with a clear error when there is none."""
    path = directory / MANIFEST
    if not path.is_file():
        raise FileNotFoundError(
            f"{directory} holds no saved corpus ({MANIFEST} missing: not saved, or the save "
            "was interrupted); write one with helpers.save_corpus(corpus, directory)"
        )
    try:
        manifest = json.loads(path.read_text(encoding="utf-8"))
    except ValueError as error:
        raise ValueError(f"{path} is not valid JSON ({error}); save the corpus again") from error
    if not isinstance(manifest, dict) or manifest.get("format") != MANIFEST_FORMAT:
        raise ValueError(f"{path} is not a helpers corpus manifest")
    return manifest


def corpus_tables(corpus) -> dict[str, pd.DataFrame]:
    """Every DataFrame field of a Corpus, by name (articles first)."""
    return {
        field.name: getattr(corpus, field.name)
        for field in dataclasses.fields(corpus)
        if isinstance(getattr(corpus, field.name), pd.DataFrame)
    }


def _parquet_bytes(frame: pd.DataFrame) -> bytes:
    table = pa.Table.from_pandas(frame, preserve_index=False)
    sink = pa.BufferOutputStream()
    pq.write_table(table, sink)
    return sink.getvalue().to_pybytes()


def _atomic_write(path: Path, data: bytes) -> None:
    """Write to a temporary sibling, then rename: a reader never sees half a file."""
    tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex}.tmp")
    try:
        tmp.write_bytes(data)
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
