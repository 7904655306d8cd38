"""``analyze``: articles in, a ``Corpus`` of tidy tables out (cached, optionally parallel)."""

from __future__ import annotations

import gc
import multiprocessing
import os
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd
from tqdm.auto import tqdm

from . import analysis, tables
from .cache import Cache, key_spec, text_key
from .entities import resolve_corpus
from .models import Models, default_models
from .text import LONE_SURROGATE

TABLE_NAMES = tuple(tables.TABLES)
# with several workers: batches per worker to aim at, and the smallest batch worth a process
BATCHES_PER_SLOT = 4
MIN_PARALLEL_BATCH = 16


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
        from .export import save_corpus

        return save_corpus(self, directory)

    @classmethod
    def from_parquet(cls, directory: str | os.PathLike) -> Corpus:
        """Reopen a corpus written by ``to_parquet`` without analysing anything again."""
        from .export import load_corpus

        return load_corpus(directory)

    def article(self, article_id: str) -> pd.Series:
        """One article's row of ``articles``."""
        return self.articles.set_index("article_id").loc[article_id]


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


def chunks(items: Sequence, size: int) -> Iterator[Sequence]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def keyed(batch: dict[str, pd.DataFrame], keys: Sequence[str]) -> dict[str, pd.DataFrame]:
    """Replace the batch's ``doc`` positions by cache keys."""
    lookup = pd.Series(list(keys), dtype=tables.STRING)
    out = {}
    for name, frame in batch.items():
        key = lookup.iloc[frame["doc"].to_numpy()].reset_index(drop=True)
        out[name] = tables.ensure(frame.assign(key=key), key_spec(name))
    return out


# --- runners: each maps batches (keys, texts) to keyed tables, in order -----------------
#
# A runner keeps at most ``ahead`` batches in flight, so results never pile up in memory
# faster than the caller (which writes them to the cache) consumes them. The keys travel
# with the texts so that workers return finished (keyed) tables and the calling process,
# which shares the cores with them, has little to do per batch.

Batch = tuple[list[str], list[str]]  # cache keys, texts

_WORKER_MODELS: Models | None = None


def analyze_keyed(keys: Sequence[str], texts: Sequence[str], models: Models) -> dict:
    """``analysis.analyze_batch`` with each row keyed by its text's cache key."""
    return keyed(analysis.analyze_batch(texts, models), keys)


def _init_worker(models: Models | None) -> None:
    """Worker start: the models (inherited copy-on-write under fork, else loaded once)."""
    global _WORKER_MODELS
    _WORKER_MODELS = models if models is not None else default_models()


def _analyze_in_worker(batch: Batch) -> dict[str, pd.DataFrame]:
    return analyze_keyed(*batch, _WORKER_MODELS or default_models())


def _analyze_on_dask(keys: list[str], texts: list[str]) -> dict[str, pd.DataFrame]:
    # default_models() is cached per worker process: loaded once, on first use
    return analyze_keyed(keys, texts, default_models())


def run_local(batches: Iterable[Batch], models: Models) -> Iterator[dict]:
    for keys, texts in batches:
        yield analyze_keyed(keys, texts, models)


def bounded_map(submit: Callable, result: Callable, batches: Iterable, ahead: int) -> Iterator:
    """``map`` in order with at most ``ahead`` submitted but unconsumed batches."""
    pending: deque = deque()
    for batch in batches:
        pending.append(submit(batch))
        if len(pending) >= ahead:
            yield result(pending.popleft())
    while pending:
        yield result(pending.popleft())


def pool_context():
    """fork where available: workers share the parent's loaded models copy-on-write."""
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods else None)


def run_processes(batches: Iterable[Batch], workers: int, models: Models | None) -> Iterator[dict]:
    context = pool_context()
    forked = context.get_start_method() == "fork"
    # under fork the objects that exist now (models, memo tables) are left out of the
    # garbage collector's passes, so the workers' collections do not write to (and copy)
    # them; unless something else froze the heap already
    freeze = forked and gc.isenabled() and not gc.get_freeze_count()
    if forked:
        models = models or default_models()  # load once here, before forking
    else:
        models = None  # not picklable cheaply: each worker loads its own
    if freeze:
        gc.freeze()
    try:
        with ProcessPoolExecutor(
            max_workers=workers, mp_context=context, initializer=_init_worker, initargs=(models,)
        ) as pool:
            submit = lambda batch: pool.submit(_analyze_in_worker, batch)  # noqa: E731
            yield from bounded_map(submit, lambda future: future.result(), batches, 2 * workers)
    finally:
        if freeze:
            gc.unfreeze()


def run_dask(batches: Iterable[Batch], client) -> Iterator[dict]:
    ahead = 2 * max(1, sum(client.nthreads().values()))

    def submit(batch: Batch):
        keys, texts = batch
        return client.submit(_analyze_on_dask, list(keys), list(texts), pure=False)

    yield from bounded_map(submit, lambda future: future.result(), batches, ahead)


def resolve_workers(workers: int | str) -> int:
    """``workers`` as a number: "auto" is the cores this process may use."""
    if workers == "auto":
        if hasattr(os, "sched_getaffinity"):
            return max(1, len(os.sched_getaffinity(0)))
        return max(1, os.cpu_count() or 1)
    if isinstance(workers, bool) or not isinstance(workers, int) or workers < 1:
        raise ValueError(f"workers must be a positive int or 'auto', got {workers!r}")
    return workers


def choose_runner(workers: int, client, models: Models | None, n_batches: int) -> Callable:
    if client is not None:
        return lambda batches: run_dask(batches, client)
    if workers > 1 and n_batches > 1:
        return lambda batches: run_processes(batches, min(workers, n_batches), models)
    return lambda batches: run_local(batches, models or default_models())


def parallel_slots(workers: int, client) -> int:
    """How many batches run at once: the Dask cluster's worker threads, else ``workers``."""
    if client is not None:
        return max(1, sum(client.nthreads().values()))
    return workers


def parallel_batch_size(n_texts: int, batch_size: int, slots: int) -> int:
    """Articles per batch: ``batch_size``, or fewer when batches run in parallel.

    With several workers the run ends when the busiest worker is done: 300 articles
    in batches of 64 are 5 batches, 3 for one worker and 2 for the other. Cutting
    the work into at least ``BATCHES_PER_SLOT`` batches per worker (but not below
    ``MIN_PARALLEL_BATCH`` articles, so the model calls stay well batched) evens out
    the shares. The tables do not depend on how the articles are batched.
    """
    if slots <= 1 or n_texts <= 0:
        return batch_size
    even = -(-n_texts // (slots * BATCHES_PER_SLOT))
    return max(1, min(batch_size, max(MIN_PARALLEL_BATCH, even)))


# --- assembly -------------------------------------------------------------------------


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
            else tables.make_frame(None, key_spec(name))
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
        from .load import load_articles

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
