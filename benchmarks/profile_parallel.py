"""Where the time of a parallel run goes: the serial part, Amdahl, the per-worker costs.

    PYTHONPATH=src python benchmarks/profile_parallel.py [N=120] [--dask]

Runs ``analyze`` (and ``analyze_to_cache``) on N synthetic articles with workers=1
and times, in CPU seconds (the machine is shared, so wall clocks lie), what only
the calling process does (keying the texts, reading the cache, assembling the
tables with Arrow, the corpus-wide entity names) against the per-batch work a
worker does (analysis + writing its Parquet parts). The serial fraction ``s`` of
that split gives Amdahl's prediction ``1 / (s + (1 - s) / n)`` for n workers.
Then a workers=2 run: the parent's CPU time while the workers run, the workers'
CPU, cProfile of the parent and of one worker, and what would travel back per batch (the tables vs the metadata that does);
the model start-up per worker; with ``--dask`` a Dask round trip and the plugin.
"""

from __future__ import annotations

import cProfile
import io
import os
import pickle
import pstats
import resource
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from concurrent.futures import ProcessPoolExecutor
from functools import partial

from scale import SEED, WARMUP, clear_caches, synthetic_articles

import helpers
from helpers.pipeline import runners
from helpers.pipeline.models import load_models
from helpers.store import analyze as analyze_module
from helpers.store import lazy as lazy_module
from helpers.store.cache import Cache

SPENT: dict[str, float] = defaultdict(float)


def timed(name: str, function):
    """``function``, adding its CPU seconds to ``SPENT[name]``."""

    def wrapper(*args, **kwargs):
        start = time.process_time()
        try:
            return function(*args, **kwargs)
        finally:
            SPENT[name] += time.process_time() - start

    return wrapper


def instrument() -> None:
    """Wrap the phases of ``analyze`` (by the names its modules look them up)."""
    runners.run_batch = timed("batches (worker work)", runners.run_batch)
    for module in (analyze_module, lazy_module):
        module.prepare_run = timed("prepare: check, key texts, read cache", module.prepare_run)
    analyze_module.assemble = timed("assemble (Arrow)", analyze_module.assemble)
    analyze_module.resolve_corpus = timed("resolve_corpus", analyze_module.resolve_corpus)
    Cache.read = timed("read parts (Arrow; also inside prepare)", Cache.read)


def amdahl(serial: float, workers: int) -> float:
    return 1 / (serial + (1 - serial) / workers)


def serial_fraction(label: str, call) -> None:
    SPENT.clear()
    start = time.process_time()
    call()
    total = time.process_time() - start
    work = SPENT.pop("batches (worker work)")
    parent = total - work
    print(f"\n{label}: {total:.2f} CPU s in all, {work:.2f} in batches, {parent:.2f} parent-only")
    for name, seconds in sorted(SPENT.items(), key=lambda item: -item[1]):
        print(f"  {name:<40} {seconds:6.3f} s")
    serial = parent / total
    print(
        f"  serial fraction s = {serial:.4f}; Amdahl: 2 workers {amdahl(serial, 2):.2f}x, "
        f"16 workers {amdahl(serial, 16):.1f}x, 64 workers {amdahl(serial, 64):.1f}x"
    )


def children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


PROFILES = tempfile.mkdtemp(prefix="helpers-worker-profiles-")


def _profiled_worker(batch, sink):
    """``runners._analyze_in_worker`` under cProfile (stats written per batch)."""
    profile = cProfile.Profile()
    profile.enable()
    try:
        return _analyze_in_worker(batch, sink)
    finally:
        profile.disable()
        profile.dump_stats(os.path.join(PROFILES, f"{os.getpid()}-{time.time_ns()}.prof"))


_profiled_worker.__name__ = _profiled_worker.__qualname__ = "_analyze_in_worker"
_profiled_worker.__module__ = runners.__name__
_analyze_in_worker = runners._analyze_in_worker


def top_lines(stats: pstats.Stats, order: str, count: int) -> str:
    text = io.StringIO()
    stats.stream = text
    stats.sort_stats(order).print_stats(count)
    lines = [line for line in text.getvalue().splitlines() if line.strip()][-(count + 1) :]
    return "\n    ".join(lines)


def one_worker() -> None:
    """The profile of one forked worker's batches (the worker that ran the first one)."""
    files = sorted(os.listdir(PROFILES))
    if not files:
        return
    pid = files[0].split("-")[0]
    mine = [os.path.join(PROFILES, name) for name in files if name.startswith(f"{pid}-")]
    stats = pstats.Stats(*mine)
    print(
        f"  one worker ({len(mine)} batches, {stats.total_tt:.2f} s under the profiler), "
        "top functions by own time:\n    " + top_lines(stats, "tottime", 10)
    )


def parallel_run(articles, models) -> None:
    profile = cProfile.Profile()
    with tempfile.TemporaryDirectory() as cache_dir:
        before_children, start_cpu, start = children_cpu(), time.process_time(), time.perf_counter()
        runners._analyze_in_worker = _profiled_worker  # forked workers inherit it
        profile.enable()
        helpers.analyze(articles, models=models, workers=2, cache_dir=cache_dir, progress=False)
        profile.disable()
        runners._analyze_in_worker = _analyze_in_worker
        wall = time.perf_counter() - start
        parent = time.process_time() - start_cpu
        workers = children_cpu() - before_children
    print(
        f"\nworkers=2: {wall:.2f} s wall; parent {parent:.2f} CPU s, the two workers "
        f"{workers:.2f} CPU s together"
    )
    print(
        "  the parent's top functions (own time):\n    "
        + top_lines(pstats.Stats(profile), "tottime", 8)
    )
    one_worker()


def what_travels(articles, models) -> None:
    keys = [f"k{i}" for i in range(32)]
    frames = runners.analyze_keyed(keys, list(articles["text"][:32]), models)
    with tempfile.TemporaryDirectory() as cache_dir:
        metadata = Cache(cache_dir, "profile").store(frames, keys)
    start = time.perf_counter()
    size = len(pickle.dumps(frames))
    pickled = time.perf_counter() - start
    print(
        f"\nper batch of 32 articles: the tables pickle to {size / 1024:.0f} KiB "
        f"({pickled * 1000:.1f} ms to pickle, as much again to unpickle in the parent); "
        f"what travels now (metadata) {len(pickle.dumps(metadata))} bytes"
    )


def noop() -> int:
    return 0


def start_up() -> None:
    start = time.perf_counter()
    load_models()
    loaded = time.perf_counter() - start
    context = runners.pool_context()
    start = time.perf_counter()
    with ProcessPoolExecutor(2, mp_context=context) as pool:
        pool.submit(noop).result()
    forked = time.perf_counter() - start
    print(
        f"\nmodel start-up: load_models() {loaded:.2f} s (once per worker with spawn or Dask; "
        f"inherited under fork); a forked pool of 2 answers its first task in {forked:.2f} s"
    )


def dask_costs() -> None:
    from distributed import Client, LocalCluster

    with (
        LocalCluster(n_workers=2, threads_per_worker=1, dashboard_address=None) as cluster,
        Client(cluster) as client,
    ):
        start = time.perf_counter()
        client.register_plugin(runners.models_plugin_class()(), name="helpers-models")
        plugin = time.perf_counter() - start
        trips = []
        for _ in range(20):
            start = time.perf_counter()
            client.submit(noop, pure=False).result()
            trips.append(time.perf_counter() - start)
    print(
        f"\nDask: the models plugin loads the models on 2 workers in {plugin:.2f} s (once); "
        f"a task round trip takes {statistics.median(trips) * 1000:.1f} ms (median of 20)"
    )


def main() -> None:
    args = [arg for arg in sys.argv[1:] if not arg.startswith("--")]
    n = int(args[0]) if args else 120
    articles = synthetic_articles(n)
    warmup = synthetic_articles(WARMUP, seed=SEED + 1)
    models = helpers.default_models()
    instrument()
    print(f"{n} synthetic articles; CPU seconds of this process (workers=1: all in it)")
    for label, target in (
        ("analyze", helpers.analyze),
        ("analyze_to_cache", helpers.analyze_to_cache),
    ):
        clear_caches()
        helpers.analyze(warmup, models=models, cache_dir=None, progress=False)
        with tempfile.TemporaryDirectory() as cache_dir:
            call = partial(target, articles, models=models, cache_dir=cache_dir, progress=False)
            serial_fraction(f"{label}, workers=1, cold cache", call)
    clear_caches()
    helpers.analyze(warmup, models=models, cache_dir=None, progress=False)
    parallel_run(articles, models)
    what_travels(articles, models)
    start_up()
    if "--dask" in sys.argv:
        dask_costs()


if __name__ == "__main__":
    main()
