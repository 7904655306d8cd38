"""Articles that arrive in chunks: analyse them into the cache without holding them all.

``analyze_to_cache`` takes, besides one articles frame, any iterable of frames
(``pd.read_csv(path, chunksize=10_000)``, a generator that reads a database page by
page ...). Each chunk is checked and keyed as it comes, its batches go to the same
runner (one pool of worker processes or one Dask client for the whole stream, at
most two batches per worker in flight) and only its metadata is kept: every column
but ``text``, and the cache keys. So the calling process holds the texts of the
chunks in flight and a few hundred bytes per article, whatever the archive's size.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

import pandas as pd
from tqdm.auto import tqdm

from ..pipeline import analysis
from ..pipeline.models import Models, default_models
from ..pipeline.runners import (
    BATCHES_PER_SLOT,
    MIN_PARALLEL_BATCH,
    chunks,
    parallel_slots,
    resolve_workers,
    run_dask,
    run_local,
    run_processes,
)
from .analyze import check_articles
from .cache import Cache, text_key


def is_chunked(articles) -> bool:
    """True for an iterable of article frames (not a frame, a path or a string)."""
    if isinstance(articles, pd.DataFrame | str | bytes | os.PathLike):
        return False
    return isinstance(articles, Iterable)


@dataclass
class Stream:
    """What a chunked run has seen so far: metadata and keys of every article."""

    cache: Cache
    found: set[str]  # keys the cache held before the run
    metadata: list[pd.DataFrame] = field(default_factory=list)
    keys: list[str] = field(default_factory=list)
    ids: set[str] = field(default_factory=set)
    queued: set[str] = field(default_factory=set)  # keys sent to analysis, each once
    from_cache: int = 0

    @property
    def articles(self) -> pd.DataFrame:
        if not self.metadata:
            return pd.DataFrame({"article_id": pd.Series([], dtype=object)})
        return pd.concat(self.metadata, ignore_index=True)

    @property
    def stats(self) -> dict[str, int]:
        return {
            "articles": len(self.keys),
            "analysed": len(self.queued),
            "from_cache": self.from_cache,
        }

    def take(self, chunk: pd.DataFrame) -> list[tuple[str, str]]:
        """Check and key one chunk, keep its metadata; return its (key, text) to analyse."""
        chunk = check_articles(chunk)
        ids = chunk["article_id"].astype(str)
        again = sorted(set(ids) & self.ids)
        if again:
            raise ValueError(f"article_id must be unique across chunks; seen before: {again[:5]}")
        self.ids.update(ids)
        version = analysis.PIPELINE_VERSION
        keys = [text_key(text, version) for text in chunk["text"]]
        self.keys += keys
        self.metadata.append(chunk.drop(columns=["text"]))
        self.from_cache += sum(key in self.found for key in keys)
        todo = []
        for key, text in zip(keys, chunk["text"], strict=True):
            if key not in self.found and key not in self.queued:
                self.queued.add(key)
                todo.append((key, text))
        return todo


def batches_of(stream: Stream, frames: Iterable[pd.DataFrame], size: int, bar) -> Iterator:
    """(keys, texts) batches of at most ``size`` texts, chunk after chunk."""
    for frame in frames:
        todo = stream.take(frame)
        bar.update(len(frame) - len(todo))
        for batch in chunks(todo, size):
            yield [key for key, _ in batch], [text for _, text in batch]


def stream_runner(workers: int, client, models: Models | None, sink):
    if client is not None:
        return lambda batches: run_dask(batches, client, sink)
    if workers > 1:
        return lambda batches: run_processes(batches, workers, models, sink)
    return lambda batches: run_local(batches, models or default_models(), sink)


def analyse_chunks(
    frames: Iterable[pd.DataFrame],
    cache_dir: str | os.PathLike,
    *,
    models: Models | None,
    workers: int | str,
    client,
    progress: bool,
    batch_size: int,
) -> Stream:
    """Analyse every chunk's new texts into the cache; return what was seen."""
    if batch_size < 1:
        raise ValueError(f"batch_size must be a positive int, got {batch_size!r}")
    workers = resolve_workers(workers)
    cache = Cache(cache_dir, analysis.PIPELINE_VERSION)
    stream = Stream(cache=cache, found=set(cache.index()))
    if progress:
        print(
            f"analyze_to_cache: articles in chunks, cache {cache.dir} ({len(stream.found)} texts)"
        )
    slots = parallel_slots(workers, client)
    # the total is unknown: with several workers, batches of a quarter of ``batch_size``
    # (as ``parallel_batch_size`` cuts a large run) keep every worker busy to the end
    size = (
        batch_size
        if slots <= 1
        else min(batch_size, max(MIN_PARALLEL_BATCH, batch_size // BATCHES_PER_SLOT))
    )
    runner = stream_runner(workers, client, models, cache.store)
    bar = tqdm(desc="Analysing articles", unit="article", disable=not progress)
    with bar:
        for result in runner(batches_of(stream, frames, size, bar)):
            bar.update(len(result["keys"]) if isinstance(result, dict) else 0)
    return stream
