"""The ``Corpus``: one tidy table per unit; saved as Parquet and reopened without analysis.

A saved corpus is a folder with one Parquet file per table plus ``manifest.json``
(format, pipeline version, row counts, the ``stats`` of the run). The manifest is
written last, so a folder without one is an interrupted save.
"""

from __future__ import annotations

import dataclasses
import json
import os
import warnings
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from .. import tables
from ..io.files import atomic_write
from ..pipeline import analysis

TABLE_NAMES = tuple(tables.TABLES)
MANIFEST = "manifest.json"
MANIFEST_FORMAT = "helpers-corpus"
MANIFEST_VERSION = 1


@dataclass
class Corpus:
    """The analysed corpus: one tidy table per unit (article, sentence, token, mention, quote)."""

    articles: pd.DataFrame
    sentences: pd.DataFrame
    tokens: pd.DataFrame
    entities: pd.DataFrame
    quotes: pd.DataFrame
    stats: dict = field(default_factory=dict)

    def __repr__(self) -> str:
        sizes = ", ".join(
            f"{len(getattr(self, name))} {name}" for name in ("articles", *TABLE_NAMES)
        )
        return f"Corpus({sizes})"

    def to_parquet(self, directory: str | os.PathLike) -> Path:
        """Write every table as Parquet (see ``helpers.save_corpus``); returns the folder."""
        return save_corpus(self, directory)

    @classmethod
    def from_parquet(cls, directory: str | os.PathLike) -> Corpus:
        """Reopen a corpus written by ``to_parquet`` without analysing anything again."""
        return load_corpus(directory)

    def article(self, article_id: str) -> pd.Series:
        """One article's row of ``articles``."""
        return self.articles.set_index("article_id").loc[article_id]


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
        atomic_write(directory / f"{name}.parquet", parquet_bytes(frame))
    manifest = {
        "format": MANIFEST_FORMAT,
        "format_version": MANIFEST_VERSION,
        "pipeline_version": analysis.PIPELINE_VERSION,
        "created": datetime.now(UTC).isoformat(timespec="seconds"),
        "tables": {name: {"file": f"{name}.parquet", "rows": len(f)} for name, f in frames.items()},
        "stats": getattr(corpus, "stats", {}) or {},
    }
    text = json.dumps(manifest, ensure_ascii=False, indent=2, default=str)
    atomic_write(manifest_path, text.encode("utf-8"))
    return directory


def load_corpus(directory: str | os.PathLike):
    """Reopen a corpus written by ``save_corpus`` (or ``Corpus.to_parquet``), without analysis.

    >>> corpus = load_corpus("exports/tass")  # doctest: +SKIP
    """
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


def parquet_bytes(frame: pd.DataFrame) -> bytes:
    table = pa.Table.from_pandas(frame, preserve_index=False)
    sink = pa.BufferOutputStream()
    pq.write_table(table, sink)
    return sink.getvalue().to_pybytes()
