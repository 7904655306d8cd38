"""``analyze``: articles in, a ``Corpus`` of tidy tables out (cached, optionally parallel)."""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
from tqdm.auto import tqdm

from .. import tables
from ..io.text import LONE_SURROGATE
from ..nlp.entities.resolve import resolve_corpus
from ..pipeline import analysis
from ..pipeline.models import Models
from ..pipeline.runners import (
    choose_runner,
    chunks,
    parallel_batch_size,
    parallel_slots,
    resolve_workers,
)
from .cache import Cache, concat, text_key, to_arrow, to_pandas
from .corpus import TABLE_NAMES, Corpus


def check_articles(articles: pd.DataFrame) -> pd.DataFrame:
    """Validate an articles frame (from ``load_articles`` or built by hand)."""
    if not isinstance(articles, pd.DataFrame):
        raise TypeError(
            f"analyze() takes the DataFrame of load_articles(), or a path; got {type(articles).__name__}"
        )
    missing = [name for name in ("article_id", "text") if name not in articles.columns]
    if missing:
        raise ValueError(
            f"articles lack the column(s) {missing}; build them with helpers.load_articles(path)"
        )
    ids = articles["article_id"].astype(str)
    duplicated = ids[ids.duplicated()].unique().tolist()
    if duplicated:
        raise ValueError(f"article_id must be unique; duplicated: {duplicated[:5]}")
    texts = articles["text"]
    bad = texts[~texts.map(lambda value: isinstance(value, str))]
    if len(bad):
        raise ValueError(
            f"text must be a string for every article; not for {ids[bad.index].tolist()[:5]}"
        )
    broken = texts[texts.map(lambda text: LONE_SURROGATE.search(text) is not None)]
    if len(broken):
        raise ValueError(
            f"text of {ids[broken.index].tolist()[:5]} holds lone surrogates (not valid Unicode); "
            "clean it with helpers.normalize_text or load it with helpers.load_articles"
        )
    return articles.reset_index(drop=True)


def article_rows(keys: list[str], row_keys: pa.Array) -> tuple[np.ndarray, np.ndarray]:
    """Which row goes where: row indices in article order, and each article's row count.

    Each text's rows stay together and in their order; an article whose text is shared
    with another (same key) gets a copy of the rows.
    """
    distinct = list(dict.fromkeys(keys))
    position = pc.index_in(row_keys, value_set=pa.array(distinct, pa.large_string()))
    position = position.to_numpy(zero_copy_only=False)
    position = np.where(np.isnan(position), -1, position).astype(np.int64)
    wanted = np.flatnonzero(position >= 0)
    by_text = wanted[np.argsort(position[wanted], kind="stable")]  # grouped by key, in order
    counts = np.bincount(position[wanted], minlength=len(distinct)).astype(np.int64)
    starts = np.cumsum(counts) - counts  # where each text's rows begin in ``by_text``
    slot = {key: index for index, key in enumerate(distinct)}
    of_article = np.fromiter((slot[key] for key in keys), np.int64, len(keys))
    lengths = counts[of_article]
    begins = np.cumsum(lengths) - lengths  # where each article's rows begin in the output
    offsets = np.repeat(starts[of_article] - begins, lengths)
    return by_text[offsets + np.arange(lengths.sum(), dtype=np.int64)], lengths


def id_array(articles: pd.DataFrame) -> pa.Array:
    """The ``article_id`` column as Arrow strings (as the tables hold it)."""
    ids = articles["article_id"].astype(tables.STRING)
    return pa.Array.from_pandas(ids).cast(pa.large_string())


def assemble_table(name: str, ids: pa.Array, keys: list[str], table: pa.Table) -> pd.DataFrame:
    """One per-key Arrow table -> the per-article pandas table, in article order."""
    rows, lengths = article_rows(keys, table.column("key"))
    table = table.take(pa.array(rows, pa.int64())).drop_columns(["key"])
    article_id = pc.take(ids, pa.array(np.repeat(np.arange(len(keys)), lengths), pa.int64()))
    table = table.add_column(0, "article_id", article_id)
    spec = tables.TABLES[name]
    return to_pandas(table, spec)


def assemble(articles: pd.DataFrame, keys: list[str], parts: dict[str, list[pa.Table]]):
    """Per-key tables (Arrow) -> per-article tables in article order, with ``article_id``.

    The parts are concatenated and reordered in Arrow and converted to pandas once.
    """
    ids = id_array(articles)
    return {
        name: assemble_table(name, ids, keys, concat(parts[name], name)) for name in TABLE_NAMES
    }


def read_articles(articles: pd.DataFrame | str | os.PathLike) -> pd.DataFrame:
    if isinstance(articles, str | os.PathLike):
        from ..io.load import load_articles

        articles = load_articles(articles)
    return check_articles(articles)


def run_analysis(
    articles: pd.DataFrame,
    keys: list[str],
    todo_keys: list[str],
    *,
    cache: Cache | None,
    models: Models | None,
    workers: int,
    client,
    progress: bool,
    batch_size: int,
) -> Iterator:
    """Analyse the texts of ``todo_keys`` batch by batch.

    With a cache, the workers store each batch there themselves and each result is
    the chunk's metadata (``Cache.store``); without one, the batch's keyed tables.
    """
    if batch_size < 1:
        raise ValueError(f"batch_size must be a positive int, got {batch_size!r}")
    text_of = dict(zip(keys, articles["text"], strict=True))
    size = parallel_batch_size(len(todo_keys), batch_size, parallel_slots(workers, client))
    key_batches = list(chunks(todo_keys, size))
    sink = cache.store if cache is not None else None
    runner = choose_runner(workers, client, models, len(key_batches), sink)
    per_key = Counter(keys)
    bar = tqdm(
        total=len(articles),
        initial=len(articles) - sum(per_key[key] for key in todo_keys),
        desc="Analysing articles",
        unit="article",
        disable=not progress,
    )
    with bar:
        batches = ((list(keys), [text_of[key] for key in keys]) for keys in key_batches)
        for batch_keys, result in zip(key_batches, runner(batches), strict=True):
            yield result
            bar.update(sum(per_key[key] for key in batch_keys))


@dataclass
class Run:
    """One analysis run: the articles, their cache keys, what the cache holds, what is left."""

    articles: pd.DataFrame
    keys: list[str]  # cache key of each article's text
    workers: int
    cache: Cache | None
    found: set[str]  # keys already in the cache
    todo_keys: list[str]  # keys to analyse, each once, in article order
    cached: dict[str, list[pa.Table]]  # the cached rows of ``found`` (when loaded)

    @property
    def stats(self) -> dict[str, int]:
        return {
            "articles": len(self.articles),
            "analysed": len(self.todo_keys),
            "from_cache": len(self.found),
        }

    def say(self) -> None:
        """One line: where the cache is, what is reused and what is analysed."""
        where = f"cache {self.cache.dir}" if self.cache is not None else "no cache"
        reused = sum(1 for key in self.keys if key in self.found)
        print(
            f"analyze: {len(self.articles)} articles, {reused} from the {where}, "
            f"{len(self.keys) - reused} to analyse ({len(self.todo_keys)} distinct texts)"
        )

    def analyse(
        self, *, models: Models | None, client, progress: bool, batch_size: int
    ) -> Iterator:
        """Analyse what is left, batch by batch (each batch stored in the cache)."""
        if progress:
            self.say()
        return run_analysis(
            self.articles,
            self.keys,
            self.todo_keys,
            cache=self.cache,
            models=models,
            workers=self.workers,
            client=client,
            progress=progress,
            batch_size=batch_size,
        )


def prepare_run(
    articles: pd.DataFrame | str | os.PathLike,
    cache_dir: str | os.PathLike | None,
    workers: int | str,
    *,
    load_cached: bool,
) -> Run:
    """Check the articles and ``workers``, key the texts and see what the cache holds.

    ``load_cached`` reads the cached rows as Arrow tables (``analyze``; a chunk that
    cannot be read is dropped and its articles analysed again); otherwise only the
    cache's index is read (``analyze_to_cache``).
    """
    articles = read_articles(articles)
    workers = resolve_workers(workers)
    version = analysis.PIPELINE_VERSION
    keys = [text_key(text, version) for text in articles["text"]]
    cache = Cache(cache_dir, version) if cache_dir is not None else None
    cached: dict[str, list[pa.Table]] = {name: [] for name in TABLE_NAMES}
    found: set[str] = set()
    if cache is not None and load_cached:
        cached, found = cache.read(cache.chunks_of(keys))
    elif cache is not None:
        found = set(cache.index()) & set(keys)
    todo_keys = list(dict.fromkeys(key for key in keys if key not in found))
    return Run(articles, keys, workers, cache, found, todo_keys, cached)


def analyze(
    articles: pd.DataFrame | str | os.PathLike,
    *,
    models: Models | None = None,
    workers: int | str = 1,
    cache_dir: str | os.PathLike | None = "data/processed",
    progress: bool = True,
    client=None,
    batch_size: int = 64,
    aliases=None,
) -> Corpus:
    """Analyse every article once with natasha and return the tidy tables.

    Cached per article under ``cache_dir`` (a path or an fsspec URL such as
    ``file:///data/cache``; keyed by text hash and pipeline version): a rerun analyses
    only new or changed texts, and says once (with ``progress``) how many it reused.
    ``workers`` runs that many processes ("auto": all cores); ``client`` a
    dask.distributed Client (``Client(LocalCluster(...))`` or
    ``Client("tcp://scheduler:8786")``). Workers write their results into the cache
    themselves; the tables are then read back from it with Arrow. All tables are held
    in memory; for corpora that do not fit, use ``analyze_to_cache`` (see
    docs/scaling.md).

    >>> corpus = analyze(load_articles("data/raw"))  # doctest: +SKIP
    >>> corpus.entities[["text", "name"]].head(2)     # doctest: +SKIP
    """
    run = prepare_run(articles, cache_dir, workers, load_cached=True)
    parts = run.cached
    written: dict[str, set[str]] = {}
    for result in run.analyse(
        models=models, client=client, progress=progress, batch_size=batch_size
    ):
        if run.cache is None:
            for name in TABLE_NAMES:
                parts[name].append(to_arrow(result[name], name))
        else:
            written[result["chunk"]] = set(result["keys"])
    if written:
        fresh, read = run.cache.read(written)
        lost = set().union(*written.values()) - read
        if lost:
            raise LookupError(
                f"{len(lost)} analysed article(s) could not be read back from {run.cache.dir}: "
                "the workers write there themselves, so give a cache_dir every worker can "
                "reach (a shared folder, s3://...)"
            )
        for name in TABLE_NAMES:
            parts[name] += fresh[name]
    out = assemble(run.articles, run.keys, parts)
    out["entities"] = resolve_corpus(out["entities"], aliases)
    return Corpus(articles=run.articles, stats=run.stats, **out)


def cache_path(cache_dir: str | os.PathLike) -> Path:
    """Where ``analyze`` keeps the current pipeline version's cache."""
    return Path(cache_dir) / f"v{analysis.PIPELINE_VERSION}"
