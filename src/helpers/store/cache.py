"""A cache of per-article analyses: a partitioned Parquet dataset, no pickle.

Layout under ``<cache_dir>/v<PIPELINE_VERSION>/``::

    sentences/part-<chunk>.parquet   tokens/part-<chunk>.parquet
    entities/part-<chunk>.parquet    quotes/part-<chunk>.parquet
    chunks/<chunk>.json              the commit record: keys of the chunk

Every row carries ``key``: the hash of the article text and the pipeline version.
A chunk is trusted only once its commit record exists; parts are written to a
temporary name and renamed, and the record is written last, so a killed run
leaves nothing that is later trusted. An unreadable chunk is dropped with a
warning and its articles are analysed again.
"""

from __future__ import annotations

import hashlib
import json
import os
import uuid
import warnings
from collections.abc import Iterable
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from .. import tables
from ..io.files import atomic_write


class CacheWarning(UserWarning):
    """A cache entry could not be used and is recomputed."""


def text_key(text: str, version: str) -> str:
    """The cache key of a text: sha1 of the pipeline version and the text."""
    return hashlib.sha1(f"{version}\0{text}".encode("utf-8", "surrogatepass")).hexdigest()


def _write_table(frame: pd.DataFrame, path: Path, version: str) -> None:
    table = pa.Table.from_pandas(frame, preserve_index=False)
    table = table.replace_schema_metadata(
        {**(table.schema.metadata or {}), b"helpers_pipeline_version": version.encode()}
    )
    sink = pa.BufferOutputStream()
    pq.write_table(table, sink)
    atomic_write(path, sink.getvalue().to_pybytes())


class Cache:
    """Per-article analysis tables stored under ``root``, keyed by text hash."""

    def __init__(self, root: str | os.PathLike, version: str):
        self.version = version
        self.dir = Path(root) / f"v{version}"

    def _record_paths(self) -> list[Path]:
        folder = self.dir / "chunks"
        return sorted(folder.glob("*.json")) if folder.is_dir() else []

    def _part(self, name: str, chunk: str) -> Path:
        return self.dir / name / f"part-{chunk}.parquet"

    part = _part

    def chunks_of(self, keys: Iterable[str]) -> dict[str, set[str]]:
        """Committed chunk -> those of ``keys`` it holds (a key is read from one chunk)."""
        wanted = set(keys)
        by_chunk: dict[str, set[str]] = {}
        for key, chunk in self.index().items():
            if key in wanted:
                by_chunk.setdefault(chunk, set()).add(key)
        return by_chunk

    def check_version(self, table: pa.Table | pq.ParquetFile, path: Path) -> None:
        metadata = (
            table.schema.metadata if isinstance(table, pa.Table) else table.schema_arrow.metadata
        )
        stored = (metadata or {}).get(b"helpers_pipeline_version", b"").decode()
        if stored != self.version:
            raise ValueError(f"{path.name} was written by pipeline version {stored!r}")

    def index(self) -> dict[str, str]:
        """Map of key -> chunk for every committed chunk."""
        found: dict[str, str] = {}
        for record in self._record_paths():
            try:
                keys = json.loads(record.read_text(encoding="utf-8"))["keys"]
            except (OSError, ValueError, KeyError, TypeError) as error:
                self._drop(record.stem, f"unreadable commit record ({error})")
                continue
            found.update(dict.fromkeys(keys, record.stem))
        return found

    def _read_chunk(self, chunk: str, keys: set[str]) -> dict[str, pd.DataFrame]:
        frames = {}
        for name in tables.TABLES:
            path = self._part(name, chunk)
            table = pq.read_table(path)
            self.check_version(table, path)
            if not set(table.column("key").unique().to_pylist()) <= keys:
                table = table.filter(pc.is_in(table["key"], value_set=pa.array(sorted(keys))))
            frame = table.to_pandas(types_mapper=_arrow_strings)
            frames[name] = tables.ensure(frame, tables.key_spec(name))
        return frames

    def load(self, keys: Iterable[str]) -> dict[str, pd.DataFrame]:
        """The cached rows for ``keys`` (each table with a ``key`` column)."""
        by_chunk = self.chunks_of(keys)
        parts: dict[str, list[pd.DataFrame]] = {name: [] for name in tables.TABLES}
        found: set[str] = set()
        for chunk, chunk_keys in sorted(by_chunk.items()):
            try:
                frames = self._read_chunk(chunk, chunk_keys)
            except Exception as error:  # any unreadable part: recompute, never trust
                self._drop(chunk, f"{type(error).__name__}: {error}")
                continue
            for name, frame in frames.items():
                parts[name].append(frame)
            found |= chunk_keys
        result = {name: _concat(frames, name) for name, frames in parts.items()}
        result["found"] = found  # type: ignore[assignment]
        return result

    def store(self, keyed: dict[str, pd.DataFrame], keys: list[str]) -> None:
        """Write one chunk: tables whose rows carry ``key``, then the commit record."""
        if not keys:
            return
        chunk = uuid.uuid4().hex
        for name in tables.TABLES:
            (self.dir / name).mkdir(parents=True, exist_ok=True)
            frame = tables.ensure(keyed[name], tables.key_spec(name))
            _write_table(frame, self._part(name, chunk), self.version)
        (self.dir / "chunks").mkdir(parents=True, exist_ok=True)
        record = json.dumps({"version": self.version, "keys": keys}).encode()
        atomic_write(self.dir / "chunks" / f"{chunk}.json", record)

    def drop(self, chunk: str, reason: str) -> None:
        """Forget a chunk that cannot be used (with a ``CacheWarning``)."""
        self._drop(chunk, reason)

    def _drop(self, chunk: str, reason: str) -> None:
        warnings.warn(
            f"cache chunk {chunk} in {self.dir} is unusable and will be recomputed: {reason}",
            CacheWarning,
            stacklevel=3,
        )
        for path in [self.dir / "chunks" / f"{chunk}.json"] + [
            self._part(name, chunk) for name in tables.TABLES
        ]:
            path.unlink(missing_ok=True)


def _arrow_strings(dtype: pa.DataType):
    """Read Parquet strings straight into the tables' Arrow-backed string dtype."""
    if pa.types.is_string(dtype) or pa.types.is_large_string(dtype):
        return tables.STRING
    return None


def _concat(frames: list[pd.DataFrame], name: str) -> pd.DataFrame:
    if not frames:
        return tables.make_frame(None, tables.key_spec(name))
    return pd.concat(frames, ignore_index=True)
