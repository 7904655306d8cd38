"""Runners: each maps batches (cache keys, texts) to results, in order.

A result is the batch's keyed tables, or, with a ``sink`` (the cache's ``store``),
what the sink returns: the worker writes its tables into the cache itself and sends
back only small metadata (chunk name, keys, row counts), so the calling process never
receives (or unpickles) the tables. A runner keeps at most ``ahead`` batches in
flight, so results never pile up in memory faster than the caller consumes them.

Models are loaded once per worker process: inherited from the parent under fork,
else loaded on the worker's first batch; on Dask by a worker plugin when the worker
starts (``ModelsPlugin``), never shipped with a task.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from functools import lru_cache

import pandas as pd

from .. import tables
from . import analysis
from .models import Models, default_models

# with several workers: batches per worker to aim at, and the smallest batch worth a process
BATCHES_PER_SLOT = 4


MIN_PARALLEL_BATCH = 16


def chunks(items: Sequence, size: int) -> Iterator[Sequence]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def keyed(batch: dict[str, pd.DataFrame], keys: Sequence[str]) -> dict[str, pd.DataFrame]:
    """Replace the batch's ``doc`` positions by cache keys."""
    lookup = pd.Series(list(keys), dtype=tables.STRING)
    out = {}
    for name, frame in batch.items():
        key = lookup.iloc[frame["doc"].to_numpy()].reset_index(drop=True)
        out[name] = tables.ensure(frame.assign(key=key), tables.key_spec(name))
    return out


Batch = tuple[list[str], list[str]]  # cache keys, texts
# where a worker puts a batch's keyed tables (``Cache.store``): returns small metadata
Sink = Callable[[dict[str, pd.DataFrame], list[str]], object]


_WORKER_MODELS: Models | None = None


def worker_models() -> Models:
    """This worker process's models: set at its start, else loaded once on first use."""
    global _WORKER_MODELS
    if _WORKER_MODELS is None:
        _WORKER_MODELS = default_models()
    return _WORKER_MODELS


def analyze_keyed(keys: Sequence[str], texts: Sequence[str], models: Models) -> dict:
    """``analysis.analyze_batch`` with each row keyed by its text's cache key."""
    return keyed(analysis.analyze_batch(texts, models), keys)


def run_batch(keys: Sequence[str], texts: Sequence[str], models: Models, sink: Sink | None):
    """One batch: its keyed tables, or (with a sink) what the sink returns for them."""
    frames = analyze_keyed(keys, texts, models)
    return frames if sink is None else sink(frames, list(keys))


def _init_worker(models: Models | None, frozen: bool = False) -> None:
    """Worker start: the models (inherited copy-on-write under fork, else loaded once).

    ``frozen``: the parent froze its heap before forking; the batches need not ask.
    """
    global _WORKER_MODELS
    _WORKER_MODELS = models if models is not None else default_models()
    analysis.HEAP_FROZEN_BY_PARENT = frozen


def _analyze_in_worker(batch: Batch, sink: Sink | None):
    return run_batch(*batch, worker_models(), sink)


def _analyze_on_dask(keys: list[str], texts: list[str], sink: Sink | None):
    return run_batch(keys, texts, worker_models(), sink)


def run_local(batches: Iterable[Batch], models: Models, sink: Sink | None = None) -> Iterator:
    for keys, texts in batches:
        yield run_batch(keys, texts, models, sink)


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


def run_processes(
    batches: Iterable[Batch], workers: int, models: Models | None, sink: Sink | None = None
) -> Iterator:
    context = pool_context()
    forked = context.get_start_method() == "fork"
    # under fork the objects that exist now (models, memo tables) are left out of the
    # garbage collector's passes, so the workers' collections do not write to (and copy)
    # them; unless something else froze the heap already
    frozen_before = forked and bool(gc.get_freeze_count())
    freeze = forked and gc.isenabled() and not frozen_before
    if forked:
        models = models or default_models()  # load once here, before forking
    else:
        models = None  # not picklable cheaply: each worker loads its own
    if freeze:
        gc.freeze()
    try:
        with ProcessPoolExecutor(
            max_workers=workers,
            mp_context=context,
            initializer=_init_worker,
            initargs=(models, freeze or frozen_before),
        ) as pool:
            submit = lambda batch: pool.submit(_analyze_in_worker, batch, sink)  # noqa: E731
            yield from bounded_map(submit, lambda future: future.result(), batches, 2 * workers)
    finally:
        if freeze:
            gc.unfreeze()


@lru_cache(maxsize=1)
def models_plugin_class() -> type:
    """``ModelsPlugin``: loads the models once in every Dask worker, as it starts.

    Built on first use so that ``import helpers`` does not import ``distributed``.
    """
    from distributed import WorkerPlugin

    class ModelsPlugin(WorkerPlugin):
        name = "helpers-models"

        def setup(self, worker) -> None:
            worker_models()

    return ModelsPlugin


def run_dask(batches: Iterable[Batch], client, sink: Sink | None = None) -> Iterator:
    ahead = 2 * max(1, sum(client.nthreads().values()))
    client.register_plugin(models_plugin_class()(), name="helpers-models")

    def submit(batch: Batch):
        keys, texts = batch
        return client.submit(_analyze_on_dask, list(keys), list(texts), sink, pure=False)

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


def choose_runner(
    workers: int, client, models: Models | None, n_batches: int, sink: Sink | None = None
) -> Callable:
    if client is not None:
        return lambda batches: run_dask(batches, client, sink)
    if workers > 1 and n_batches > 1:
        return lambda batches: run_processes(batches, min(workers, n_batches), models, sink)
    return lambda batches: run_local(batches, models or default_models(), sink)


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
