"""``analyze``: articles in, a ``Corpus`` of tidy tables out (cached, optionally parallel)."""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd
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
from .cache import Cache, text_key
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


def assemble(articles: pd.DataFrame, keys: list[str], parts: dict[str, list[pd.DataFrame]]):
    """Per-key tables -> per-article tables in article order, with ``article_id``."""
    ids = articles["article_id"].astype(tables.STRING).reset_index(drop=True)
    unique = len(set(keys)) == len(keys)
    out = {}
    for name in TABLE_NAMES:
        frames = [frame for frame in parts[name] if len(frame)]
        frame = (
            pd.concat(frames, ignore_index=True)
            if frames
            else tables.make_frame(None, tables.key_spec(name))
        )
        if unique:  # the usual case: each row belongs to exactly one article
            position = pd.Index(pd.Series(keys, dtype=tables.STRING)).get_indexer(frame["key"])
            frame = frame[position >= 0]
            position = position[position >= 0]
            order = np.argsort(position, kind="stable")
            frame = frame.take(order).reset_index(drop=True)
            frame.insert(0, "article_id", ids.take(position[order]).reset_index(drop=True))
            out[name] = tables.ensure(frame, tables.TABLES[name])
        else:  # a text shared by several articles: its rows are repeated for each
            order = pd.DataFrame(
                {
                    "article_id": ids,
                    "key": pd.Series(keys, dtype=tables.STRING),
                    "_order": range(len(keys)),
                }
            )
            frame = frame.assign(_row=range(len(frame)))
            merged = order.merge(frame, on="key", how="inner").sort_values(
                ["_order", "_row"], kind="stable"
            )
            out[name] = tables.conform(merged, tables.TABLES[name])
    return out


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
) -> Iterator[dict[str, pd.DataFrame]]:
    """Analyse the texts of ``todo_keys`` batch by batch; store each batch in the cache."""
    if batch_size < 1:
        raise ValueError(f"batch_size must be a positive int, got {batch_size!r}")
    text_of = dict(zip(keys, articles["text"], strict=True))
    size = parallel_batch_size(len(todo_keys), batch_size, parallel_slots(workers, client))
    key_batches = list(chunks(todo_keys, size))
    runner = choose_runner(workers, client, models, len(key_batches))
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
        for batch_keys, frames in zip(key_batches, runner(batches), strict=True):
            if cache is not None:
                cache.store(frames, list(batch_keys))
            yield frames
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
    cached: dict[str, pd.DataFrame]  # the cached rows of ``found`` (when loaded)

    @property
    def stats(self) -> dict[str, int]:
        return {
            "articles": len(self.articles),
            "analysed": len(self.todo_keys),
            "from_cache": len(self.found),
        }

    def analyse(
        self, *, models: Models | None, client, progress: bool, batch_size: int
    ) -> Iterator[dict[str, pd.DataFrame]]:
        """Analyse what is left, batch by batch (each batch stored in the cache)."""
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

    ``load_cached`` reads the cached rows (``analyze``); otherwise only the cache's
    index is read (``analyze_to_cache``).
    """
    articles = read_articles(articles)
    workers = resolve_workers(workers)
    version = analysis.PIPELINE_VERSION
    keys = [text_key(text, version) for text in articles["text"]]
    cache = Cache(cache_dir, version) if cache_dir is not None else None
    cached: dict[str, pd.DataFrame] = {}
    found: set[str] = set()
    if cache is not None and load_cached:
        cached = cache.load(keys)
        found = cached.pop("found")  # type: ignore[assignment]
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

    Cached per article under ``cache_dir`` (keyed by text hash and pipeline
    version): a rerun analyses only new or changed texts. ``workers`` runs that
    many processes ("auto": all cores); ``client`` a dask.distributed Client
    (``Client(LocalCluster(...))`` or ``Client("tcp://scheduler:8786")``).
    All tables are held in memory; for corpora that do not fit, use
    ``analyze_to_cache`` (see docs/scaling.md).

    >>> corpus = analyze(load_articles("data/raw"))  # doctest: +SKIP
    >>> corpus.entities[["text", "name"]].head(2)     # doctest: +SKIP
    """
    run = prepare_run(articles, cache_dir, workers, load_cached=True)
    parts = {name: [run.cached[name]] if run.cached else [] for name in TABLE_NAMES}
    for frames in run.analyse(
        models=models, client=client, progress=progress, batch_size=batch_size
    ):
        for name in TABLE_NAMES:
            parts[name].append(frames[name])
    out = assemble(run.articles, run.keys, parts)
    out["entities"] = resolve_corpus(out["entities"], aliases)
    return Corpus(articles=run.articles, stats=run.stats, **out)


def cache_path(cache_dir: str | os.PathLike) -> Path:
    """Where ``analyze`` keeps the current pipeline version's cache."""
    return Path(cache_dir) / f"v{analysis.PIPELINE_VERSION}"
