"""A cache of per-article analyses: a partitioned Parquet dataset, no pickle.

Layout under ``<cache_dir>/v<PIPELINE_VERSION>/``::

    sentences/part-<chunk>.parquet   tokens/part-<chunk>.parquet
    entities/part-<chunk>.parquet    quotes/part-<chunk>.parquet
    chunks/<chunk>.json              the commit record: keys and row counts of the chunk

Every row carries ``key``: the hash of the article text and the pipeline version.
A chunk is named after its keys, so a batch analysed again (a retried Dask task)
rewrites the same files. A chunk is trusted only once its commit record exists;
parts are written to a temporary name and renamed (on object stores each file is
one atomic upload), and the record is written last, so a killed run leaves nothing
that is later trusted. An unreadable chunk is dropped with a warning and its
articles are analysed again.

``cache_dir`` is a local path or an fsspec URL (``file:///data/cache``,
``s3://bucket/cache`` with s3fs installed): workers write their parts there
themselves, so every worker must be able to reach it.
"""

from __future__ import annotations

import hashlib
import json
import os
import posixpath
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


def chunk_name(keys: Iterable[str]) -> str:
    """The name of the chunk holding ``keys``: the same keys, the same files."""
    return hashlib.sha1("\n".join(keys).encode()).hexdigest()


def arrow_schema(name: str) -> pa.Schema:
    """The Arrow schema of a cached table (``key`` first), with pandas dtypes attached."""
    empty = tables.make_frame(None, tables.key_spec(name))
    return pa.Schema.from_pandas(empty, preserve_index=False)


SCHEMAS = {name: arrow_schema(name) for name in tables.TABLES}


def arrow_strings(dtype: pa.DataType):
    """Read Arrow strings straight into the tables' Arrow-backed string dtype."""
    if pa.types.is_string(dtype) or pa.types.is_large_string(dtype):
        return tables.STRING
    return None


def to_pandas(table: pa.Table, spec) -> pd.DataFrame:
    """One Arrow table as a pandas frame with the spec's dtypes (a single conversion)."""
    frame = table.to_pandas(types_mapper=arrow_strings, split_blocks=True)
    return tables.ensure(frame, spec)


def to_arrow(frame: pd.DataFrame, name: str) -> pa.Table:
    """A keyed pandas table as Arrow, with the cache's schema."""
    frame = tables.ensure(frame, tables.key_spec(name))
    return pa.Table.from_pandas(frame, schema=SCHEMAS[name], preserve_index=False)


def parquet_bytes(frame: pd.DataFrame, version: str) -> bytes:
    table = pa.Table.from_pandas(frame, preserve_index=False)
    table = table.replace_schema_metadata(
        {**(table.schema.metadata or {}), b"helpers_pipeline_version": version.encode()}
    )
    sink = pa.BufferOutputStream()
    pq.write_table(table, sink)
    return sink.getvalue().to_pybytes()


class Cache:
    """Per-article analysis tables stored under ``root``, keyed by text hash.

    Picklable (the root and version travel, the filesystem is reopened), so a worker
    process or a Dask task can write its own chunk with ``store``.
    """

    def __init__(self, root: str | os.PathLike, version: str):
        from fsspec.core import url_to_fs
        from fsspec.implementations.local import LocalFileSystem

        self.version = version
        self.fs, base = url_to_fs(os.fspath(root))
        self.local = isinstance(self.fs, LocalFileSystem)
        self.root = posixpath.join(base, f"v{version}")

    def __reduce__(self):
        return (Cache, (self.fs.unstrip_protocol(posixpath.dirname(self.root)), self.version))

    @property
    def dir(self) -> Path | str:
        """The version's folder: a ``Path`` when local, else the URL."""
        return Path(self.root) if self.local else self.fs.unstrip_protocol(self.root)

    @property
    def arrow_fs(self):
        """The filesystem for pyarrow: its own local one, else fsspec's wrapped."""
        if self.local:
            from pyarrow.fs import LocalFileSystem

            return LocalFileSystem()
        from pyarrow.fs import FSSpecHandler, PyFileSystem

        return PyFileSystem(FSSpecHandler(self.fs))

    def part(self, name: str, chunk: str) -> str:
        return posixpath.join(self.root, name, f"part-{chunk}.parquet")

    def record(self, chunk: str) -> str:
        return posixpath.join(self.root, "chunks", f"{chunk}.json")

    def _record_paths(self) -> list[str]:
        folder = posixpath.join(self.root, "chunks")
        if not self.fs.isdir(folder):
            return []
        return sorted(path for path in self.fs.ls(folder, detail=False) if path.endswith(".json"))

    def _write(self, path: str, data: bytes) -> None:
        if self.local:
            Path(path).parent.mkdir(parents=True, exist_ok=True)
            atomic_write(path, data)
        else:
            self.fs.pipe_file(path, data)  # one upload: all or nothing on object stores

    def chunks_of(self, keys: Iterable[str]) -> dict[str, set[str]]:
        """Committed chunk -> those of ``keys`` it holds (a key is read from one chunk)."""
        wanted = set(keys)
        by_chunk: dict[str, set[str]] = {}
        for key, chunk in self.index().items():
            if key in wanted:
                by_chunk.setdefault(chunk, set()).add(key)
        return by_chunk

    def check_version(self, table: pa.Table | pq.ParquetFile, path: str) -> None:
        metadata = (
            table.schema.metadata if isinstance(table, pa.Table) else table.schema_arrow.metadata
        )
        stored = (metadata or {}).get(b"helpers_pipeline_version", b"").decode()
        if stored != self.version:
            raise ValueError(
                f"{posixpath.basename(path)} was written by pipeline version {stored!r}"
            )

    def index(self) -> dict[str, str]:
        """Map of key -> chunk for every committed chunk."""
        found: dict[str, str] = {}
        for record in self._record_paths():
            chunk = posixpath.basename(record)[: -len(".json")]
            try:
                keys = json.loads(self.fs.cat_file(record).decode("utf-8"))["keys"]
            except (OSError, ValueError, KeyError, TypeError) as error:
                self._drop(chunk, f"unreadable commit record ({error})")
                continue
            found.update(dict.fromkeys(keys, chunk))
        return found

    def _read_chunk(self, chunk: str, keys: set[str], names, filesystem) -> dict[str, pa.Table]:
        out = {}
        for name in names:
            path = self.part(name, chunk)
            with pq.ParquetFile(path, filesystem=filesystem) as parquet:
                table = parquet.read()
            self.check_version(table, path)
            if not set(table.column("key").unique().to_pylist()) <= keys:
                table = table.filter(pc.is_in(table["key"], value_set=pa.array(sorted(keys))))
            out[name] = table.select(SCHEMAS[name].names).cast(SCHEMAS[name])
        return out

    def read(
        self, by_chunk: dict[str, set[str]], names: Iterable[str] = tuple(tables.TABLES)
    ) -> tuple[dict[str, list[pa.Table]], set[str]]:
        """The rows of the given chunks' keys as Arrow tables (of ``names``), and the keys read.

        A chunk that cannot be read is dropped (``CacheWarning``); its keys are missing.
        """
        parts: dict[str, list[pa.Table]] = {name: [] for name in names}
        found: set[str] = set()
        filesystem = self.arrow_fs
        for chunk, chunk_keys in sorted(by_chunk.items()):
            try:
                frames = self._read_chunk(chunk, chunk_keys, parts, filesystem)
            except Exception as error:  # any unreadable part: recompute, never trust
                self._drop(chunk, f"{type(error).__name__}: {error}")
                continue
            for name, table in frames.items():
                parts[name].append(table)
            found |= chunk_keys
        return parts, found

    def load(self, keys: Iterable[str]) -> dict[str, pd.DataFrame]:
        """The cached rows for ``keys`` (each table with a ``key`` column)."""
        parts, found = self.read(self.chunks_of(keys))
        result = {
            name: to_pandas(concat(tables_, name), tables.key_spec(name))
            for name, tables_ in parts.items()
        }
        result["found"] = found  # type: ignore[assignment]
        return result

    def store(self, keyed: dict[str, pd.DataFrame], keys: list[str]) -> dict | None:
        """Write one chunk (tables whose rows carry ``key``, then the commit record).

        Returns what the caller needs to know, not the tables: ``chunk``, ``keys``,
        ``rows`` (per table) and ``parts`` (their paths).
        """
        if not keys:
            return None
        chunk = chunk_name(keys)
        rows, parts = {}, {}
        for name in tables.TABLES:
            frame = tables.ensure(keyed[name], tables.key_spec(name))
            parts[name] = self.part(name, chunk)
            rows[name] = len(frame)
            self._write(parts[name], parquet_bytes(frame, self.version))
        record = {"version": self.version, "keys": list(keys), "rows": rows}
        self._write(self.record(chunk), json.dumps(record).encode())
        return {"chunk": chunk, "keys": list(keys), "rows": rows, "parts": parts}

    def drop(self, chunk: str, reason: str) -> None:
        """Forget a chunk that cannot be used (with a ``CacheWarning``)."""
        self._drop(chunk, reason)

    def _drop(self, chunk: str, reason: str) -> None:
        warnings.warn(
            f"cache chunk {chunk} in {self.dir} is unusable and will be recomputed: {reason}",
            CacheWarning,
            stacklevel=3,
        )
        for path in [self.record(chunk)] + [self.part(name, chunk) for name in tables.TABLES]:
            if self.fs.exists(path):
                self.fs.rm_file(path)


def concat(parts: list[pa.Table], name: str) -> pa.Table:
    """The parts of one table as one Arrow table (empty, with its schema, if none)."""
    if not parts:
        return SCHEMAS[name].empty_table()
    return pa.concat_tables(parts)
