"""Corpora larger than memory: analyse into the Parquet cache, count straight from it.

``analyze`` returns every table as pandas; for a news site's full history that is
too much (100,000 articles are ~25 million token rows). ``analyze_to_cache``
analyses the same way (cache, ``workers``, ``client``) but keeps nothing in memory
and returns a ``LazyCorpus``: a handle on the cached Parquet dataset that
materialises one table for the articles you ask for, and computes corpus-level
counts (top lemmas, entity names ...) by streaming the Parquet parts.

The counts use pyarrow (already a dependency, reads the cache's Parquet parts
natively, pushes the column projection and the row filter down to the scan, and
aggregates with ``group_by`` in C++): no duckdb/polars needed for counting.
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.dataset as ds
import pyarrow.parquet as pq

from .. import tables
from ..nlp.entities.resolve import resolve_corpus
from ..pipeline.models import Models
from .analyze import assemble_table, id_array, prepare_run
from .cache import Cache, concat
from .stream import analyse_chunks, is_chunked

# rows are merged into the running counts every this many partial aggregates
MERGE_EVERY = 64
# content words: neither stop words nor punctuation
CONTENT = ~pc.field("is_stop") & ~pc.field("is_punct")


@dataclass
class LazyCorpus:
    """An analysed corpus left in the Parquet cache; tables are read on demand.

    ``articles`` is the articles frame; ``keys[i]`` the cache key of article ``i``.
    """

    articles: pd.DataFrame
    cache: Cache
    keys: list[str]
    stats: dict = field(default_factory=dict)
    aliases: object = None  # user alias table for entity names, as in ``analyze``

    def __repr__(self) -> str:
        return f"LazyCorpus({len(self.articles)} articles in {self.cache.dir})"

    def table(self, name: str, article_ids: Iterable[str] | None = None) -> pd.DataFrame:
        """One table (with ``article_id``) for all articles or those of ``article_ids``.

        >>> lazy.table("entities", ["wikinews-100084"])  # doctest: +SKIP
        """
        if name not in tables.TABLES:
            raise ValueError(f"no table {name!r}; choose one of {list(tables.TABLES)}")
        if name == "entities":  # corpus-level names need every article's mentions
            frame = resolve_corpus(self._table(name, None), self.aliases)
            if article_ids is None:
                return frame
            keep = frame["article_id"].astype(str).isin(set(map(str, article_ids)))
            return frame[keep].reset_index(drop=True)
        return self._table(name, article_ids)

    def _table(self, name: str, article_ids: Iterable[str] | None) -> pd.DataFrame:
        articles = self.articles
        keys = self.keys
        if article_ids is not None:
            wanted = set(map(str, article_ids))
            mask = articles["article_id"].astype(str).isin(wanted).to_numpy()
            articles = articles[mask].reset_index(drop=True)
            keys = [key for key, keep in zip(keys, mask, strict=True) if keep]
        parts, found = self.cache.read(self.cache.chunks_of(keys), [name])
        missing = set(keys) - found
        if missing:
            raise LookupError(
                f"{len(missing)} article(s) are not in the cache {self.cache.dir} any more: "
                "run analyze_to_cache again to recompute them"
            )
        ids = id_array(articles)
        return assemble_table(name, ids, keys, concat(parts[name], name))

    def counts(self, name: str, column: str, where: pc.Expression | None = None) -> pd.DataFrame:
        """How often each value of ``table.column`` occurs in the corpus: ``value, count``.

        Streams the Parquet parts (only ``key``, ``column`` and the columns of
        ``where`` are read); an article that appears twice counts twice.

        >>> lazy.counts("entities", "name", pc.field("type") == "PER")  # doctest: +SKIP
        """
        spec = tables.key_spec(name)
        if column not in spec:
            raise ValueError(f"table {name!r} has no column {column!r}; it has {list(spec)}")
        if name == "entities":  # small table; names are resolved across the corpus first
            return _frame_counts(self.table(name), column, where)
        multiplicity = Counter(self.keys)
        partials: list[pa.Table] = []
        running: pa.Table | None = None
        filesystem = self.cache.arrow_fs
        for chunk, chunk_keys in sorted(self.cache.chunks_of(multiplicity).items()):
            path = self.cache.part(name, chunk)
            try:
                self.cache.check_version(pq.ParquetFile(path, filesystem=filesystem), path)
                partials.extend(
                    _chunk_counts(path, filesystem, column, chunk_keys, multiplicity, where)
                )
            except Exception as error:  # unreadable part: never trust, say how to recover
                self.cache.drop(chunk, f"{type(error).__name__}: {error}")
                raise LookupError(
                    f"cache chunk {chunk} was unreadable and is dropped; run analyze_to_cache "
                    "again to recompute its articles"
                ) from error
            if len(partials) >= MERGE_EVERY:
                running = _merge([running, *partials])
                partials = []
        total = _merge([running, *partials])
        if total is None:
            frame = pd.DataFrame({"value": pd.Series([], dtype=spec[column]), "count": []})
        else:
            frame = total.to_pandas(types_mapper=_string_mapper)
        frame = frame.astype({"count": "int64"})
        return frame.sort_values(["count", "value"], ascending=[False, True], ignore_index=True)

    def lemma_counts(self, top: int | None = None, *, content_only: bool = True) -> pd.DataFrame:
        """Lemma frequencies over the corpus: ``lemma, count`` (most frequent first).

        ``content_only`` drops stop words and punctuation.

        >>> lazy.lemma_counts(3)  # doctest: +SKIP
              lemma  count
        0    россия    812
        """
        frame = self.counts("tokens", "lemma", CONTENT if content_only else None)
        frame = frame.rename(columns={"value": "lemma"})
        return frame if top is None else frame.head(top)


def _frame_counts(frame: pd.DataFrame, column: str, where: pc.Expression | None) -> pd.DataFrame:
    table = pa.Table.from_pandas(frame, preserve_index=False)
    if where is not None:
        table = table.filter(where)
    counted = table.group_by(column).aggregate([([], "count_all")])
    out = counted.to_pandas(types_mapper=_string_mapper)
    out = out.rename(columns={column: "value", "count_all": "count"}).astype({"count": "int64"})
    return out[["value", "count"]].sort_values(
        ["count", "value"], ascending=[False, True], ignore_index=True
    )


def _string_mapper(dtype: pa.DataType):
    if pa.types.is_string(dtype) or pa.types.is_large_string(dtype):
        return tables.STRING
    return None


def _chunk_counts(path, filesystem, column, chunk_keys, multiplicity, where) -> Iterable[pa.Table]:
    keys = sorted(chunk_keys)
    weights = pa.array([multiplicity[key] for key in keys], pa.int64())
    expression = pc.field("key").isin(keys)
    if where is not None:
        expression = expression & where
    dataset = ds.dataset(path, format="parquet", filesystem=filesystem)
    scanner = dataset.scanner(columns=["key", column], filter=expression)
    for batch in scanner.to_batches():
        if not batch.num_rows:
            continue
        weight = pc.take(weights, pc.index_in(batch["key"], value_set=pa.array(keys)))
        part = pa.table({"value": batch[column], "count": weight})
        yield (
            part.group_by("value").aggregate([("count", "sum")]).rename_columns(["value", "count"])
        )


def _merge(parts: list[pa.Table | None]) -> pa.Table | None:
    parts = [part for part in parts if part is not None]
    if not parts:
        return None
    table = pa.concat_tables(parts)
    return table.group_by("value").aggregate([("count", "sum")]).rename_columns(["value", "count"])


def analyze_to_cache(
    articles: pd.DataFrame | str | os.PathLike | Iterable[pd.DataFrame],
    *,
    cache_dir: str | os.PathLike = "data/processed",
    models: Models | None = None,
    workers: int | str = 1,
    client=None,
    progress: bool = True,
    batch_size: int = 256,
    aliases=None,
) -> LazyCorpus:
    """``analyze`` for corpora larger than memory: results go to the cache only.

    Memory stays flat: each worker writes its batches into the Parquet cache itself
    (``cache_dir``: a path or an fsspec URL every worker can reach) and the calling
    process only receives their chunk names and row counts. Returns a ``LazyCorpus`` for counts and per-article tables. The cache
    is the same as ``analyze``'s, so ``analyze`` on the same articles reuses it.
    ``aliases`` (a CSV path or DataFrame ``alias,name,type``) is applied, with the
    corpus-level name resolution, whenever entity names are read.

    ``articles`` may also be an iterable of article frames (chunks, e.g.
    ``pd.read_csv(path, chunksize=10_000)``): they are read one after the other into
    the same workers, and only their metadata is kept (``lazy.articles`` has every
    column but ``text``), so the calling process stays flat in the archive's size.

    >>> lazy = analyze_to_cache(articles, workers="auto")  # doctest: +SKIP
    >>> lazy.lemma_counts(10)                               # doctest: +SKIP
    """
    if cache_dir is None:
        raise ValueError("analyze_to_cache keeps results only in the cache: give a cache_dir")
    if is_chunked(articles):
        stream = analyse_chunks(
            articles,
            cache_dir,
            models=models,
            workers=workers,
            client=client,
            progress=progress,
            batch_size=batch_size,
        )
        return LazyCorpus(
            articles=stream.articles,
            cache=stream.cache,
            keys=stream.keys,
            stats=stream.stats,
            aliases=aliases,
        )
    run = prepare_run(articles, cache_dir, workers, load_cached=False)
    for _ in run.analyse(models=models, client=client, progress=progress, batch_size=batch_size):
        pass  # each batch is already in the cache
    return LazyCorpus(
        articles=run.articles, cache=run.cache, keys=run.keys, stats=run.stats, aliases=aliases
    )
