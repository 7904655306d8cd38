"""Scale: N distinct synthetic articles analysed into the cache, then the top lemmas.

    PYTHONPATH=src python benchmarks/scale.py N [--workers=auto] [--cache-dir=DIR] [--keep] [--stream]
    PYTHONPATH=src python benchmarks/scale.py N --table [--dask=D] [--repeat=R]
        [--counts=1,2,4,8,16] [--dask-counts=16]

Articles are built by recombining sentences of ../shared/corpora (Wikinews,
factRuEval, the TASS seed) with a fixed seed: a title sentence and 8-20 body
sentences each, all distinct. They go through ``helpers.analyze_to_cache`` (flat
memory: nothing is kept but the cache) and the top lemmas are counted from the
Parquet dataset. Prints articles/s and peak RSS of this process and of the
largest worker (``resource.getrusage``). With ``--stream`` the articles are built
and handed over in chunks of 2,000 (an iterable of frames), so this process never
holds all the texts: its peak RSS should not grow with N.

``--table`` (implied by ``--dask``) prints the scaling table instead: process
pools of 1, 2, 4 ... workers up to the CPU count and, with ``--dask=D``, Dask
LocalClusters of 1, 2, 4 ... D single-threaded workers (``--counts`` and
``--dask-counts`` choose other worker counts); articles/s and the
speedup against workers=1, medians of ``--repeat`` rounds (runners interleaved in
each round). Before every run the memo tables are cleared and the runner warms up on
other articles (not timed; the Dask workers' memo tables are cleared and they warm up too), so no runner profits from words
another one already looked up. The
tables each runner left in its cache are compared with workers=1's: the output
says whether they are identical.
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import resource
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

import pandas as pd
from baseline import CORPORA
from razdel import sentenize

import helpers
from helpers.pipeline import analysis, runners
from helpers.pipeline.models import MorphVocab
from helpers.store.corpus import TABLE_NAMES

SEED = 7


def source_sentences() -> list[str]:
    texts = []
    for path in (
        CORPORA / "wikinews-ru" / "articles.jsonl",
        CORPORA / "factrueval-2016" / "devset.jsonl",
    ):
        with open(path, encoding="utf-8") as handle:
            texts += [json.loads(line)["text"] for line in handle if line.strip()]
    texts += [path.read_text(encoding="utf-8") for path in (CORPORA / "tass").glob("*.txt")]
    sentences = {s.text for text in texts for s in sentenize(text) if 20 <= len(s.text) <= 400}
    return sorted(sentences)


def synthetic_chunks(n: int, seed: int = SEED, size: int = 2000):
    """``n`` distinct articles (``article_id, text``) from recombined real sentences,
    as frames of at most ``size`` rows (only hashes of earlier texts are kept)."""
    rng = random.Random(seed)
    sentences = source_sentences()
    seen: set[bytes] = set()
    texts: list[str] = []
    made = 0
    while made < n:
        title = rng.choice(sentences)
        body = " ".join(rng.choice(sentences) for _ in range(rng.randint(8, 20)))
        text = f"{title}\n\n{body}"
        digest = hashlib.blake2b(text.encode("utf-8"), digest_size=8).digest()
        if digest not in seen:
            seen.add(digest)
            texts.append(text)
            made += 1
        if len(texts) == size or (made == n and texts):
            ids = [f"s{i:06d}" for i in range(made - len(texts), made)]
            yield pd.DataFrame({"article_id": ids, "text": texts})
            texts = []


def synthetic_articles(n: int, seed: int = SEED) -> pd.DataFrame:
    """``n`` distinct articles (``article_id, text``) from recombined real sentences."""
    frames = list(synthetic_chunks(n, seed))
    if not frames:
        return pd.DataFrame({"article_id": [], "text": []})
    return pd.concat(frames, ignore_index=True)


def peak_rss_mb(who: int) -> float:
    return resource.getrusage(who).ru_maxrss / 1024  # Linux: kilobytes


WARMUP = 24  # articles analysed before each timed run (other texts: another seed)


def clear_caches() -> None:
    """Forget helpers' memo tables and pymorphy's parse cache in this process."""
    analysis._MEMOS.clear()
    MorphVocab.parse.cache_clear()


CPU_DIR = tempfile.mkdtemp(prefix="helpers-scale-cpu-")


def note_cpu() -> None:
    """In a worker process: record its CPU seconds so far (one file per process)."""
    with open(os.path.join(CPU_DIR, str(os.getpid())), "w") as handle:
        handle.write(str(time.process_time()))


def _recording_worker(batch, sink):
    try:
        return _analyze_in_worker(batch, sink)
    finally:
        note_cpu()


_recording_worker.__name__ = _recording_worker.__qualname__ = "_analyze_in_worker"
_recording_worker.__module__ = runners.__name__
_analyze_in_worker = runners._analyze_in_worker
runners._analyze_in_worker = _recording_worker  # forked workers inherit it


def worker_cpu(client) -> dict:
    """CPU seconds of each worker so far: Dask workers asked, pool workers from their files."""
    if client is not None:
        return client.run(time.process_time)
    seconds = {}
    for name in os.listdir(CPU_DIR):
        with open(os.path.join(CPU_DIR, name)) as handle:
            seconds[name] = float(handle.read())
        os.unlink(os.path.join(CPU_DIR, name))
    return seconds


def timed_run(articles, warmup, cache_dir: str, workers: int = 1, client=None) -> dict:
    """Wall and CPU seconds of one ``analyze_to_cache``, after a warm-up on other articles.

    The memo tables are cleared first, so the run (and the workers forked for it)
    only profits from the warm-up; so are the Dask workers' (their models stay loaded).
    ``critical`` is the CPU time of the calling process plus that of the busiest
    worker: the wall time the run would take on otherwise idle cores. The machine
    may be shared and Linux shares the CPU fairly between sessions (autogroups), so
    wall-clock speedups say little there; the CPU critical path still shows what
    the parallel run costs: duplicated warm-up in each worker, start-up, imbalance.
    """
    clear_caches()
    if client is not None:
        client.run(clear_caches)
    helpers.analyze(warmup, client=client, cache_dir=None, progress=False, batch_size=4)
    worker_cpu(None)  # forget the warm-up's pool workers
    before = worker_cpu(client) if client is not None else {}
    start, start_cpu = time.perf_counter(), time.process_time()
    lazy = helpers.analyze_to_cache(
        articles, cache_dir=cache_dir, workers=workers, client=client, progress=False
    )
    seconds, parent = time.perf_counter() - start, time.process_time() - start_cpu
    after = worker_cpu(client)
    used = [after[worker] - before.get(worker, 0.0) for worker in after]
    assert lazy.stats["analysed"] == len(articles)
    busiest = max(used, default=0.0)
    return {"wall": seconds, "critical": parent + busiest, "cpu": parent + sum(used)}


def spin(_: int = 0) -> float:
    """A fixed amount of pure-Python work (about a second); returns its wall seconds."""
    start = time.perf_counter()
    total = 0
    for number in range(20_000_000):
        total += number % 7
    return time.perf_counter() - start


def spinning(count: int) -> float:
    """Wall seconds of ``count`` spins in ``count`` started, warmed-up processes."""
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(count, mp_context=runners.pool_context()) as pool:
        list(pool.map(abs, range(4 * count)))  # every process started before the clock
        start = time.perf_counter()
        list(pool.map(spin, range(count)))
        return time.perf_counter() - start


def machine_speedup(count: int) -> float:
    """How much more work ``count`` processes do than one in the same time, right now.

    Measured with pure-Python spinning, no memory traffic: virtual CPUs that share
    physical cores (or a host that is busy) show here as a ceiling below ``count``.
    """
    return count * spinning(1) / spinning(count)


def worker_counts(top: int) -> list[int]:
    counts = [1]
    while counts[-1] * 2 < top:
        counts.append(counts[-1] * 2)
    return counts + [top] if top > 1 else counts


def same_tables(articles: pd.DataFrame, left: str, right: str) -> bool:
    one = helpers.analyze_to_cache(articles, cache_dir=left, progress=False)
    other = helpers.analyze_to_cache(articles, cache_dir=right, progress=False)
    assert one.stats["analysed"] == other.stats["analysed"] == 0
    return all(one.table(name).equals(other.table(name)) for name in TABLE_NAMES)


def dask_clusters(counts: list[int]) -> dict:
    """A LocalCluster of ``count`` single-threaded worker processes for each count."""
    from distributed import Client, LocalCluster

    clients = {}
    for count in counts:
        cluster = LocalCluster(
            n_workers=count, threads_per_worker=1, processes=True, dashboard_address=None
        )
        clients[count] = Client(cluster)
    return clients


def median(results: list[dict], name: str) -> float:
    return statistics.median(result[name] for result in results)


def print_table(n: int, runners: list, times: dict) -> None:
    base = {name: median(times[("processes", 1)], name) for name in ("wall", "critical")}
    print(
        f"\n{'runner':<10} {'workers':>7} {'articles/s':>11} {'speedup':>8}"
        f" {'CPU-path articles/s':>20} {'speedup':>8}   (medians)"
    )
    for runner, count in runners:
        wall, critical = (median(times[(runner, count)], name) for name in ("wall", "critical"))
        print(
            f"{runner:<10} {count:>7} {n / wall:>11.1f} {base['wall'] / wall:>7.2f}x"
            f" {n / critical:>20.1f} {base['critical'] / critical:>7.2f}x"
        )
    print(
        "articles/s: wall clock; CPU-path: articles per CPU second of the critical path "
        "(this process + the busiest worker), what idle cores would give"
    )


def scaling_table(
    n: int, dask: int, repeat: int, counts: list[int] | None, dask_counts: list[int] | None
) -> None:
    cpus = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    counts = counts or worker_counts(cpus or 1)
    if 1 not in counts:
        counts = [1, *counts]  # the reference
    dask_counts = dask_counts or (worker_counts(dask) if dask else [])
    runners = [("processes", count) for count in counts]
    runners += [("dask", count) for count in dask_counts]
    print(f"{n} synthetic articles, {cpus} CPUs, {repeat} round(s), load {os.getloadavg()[0]:.1f}")
    articles, warmup = synthetic_articles(n), synthetic_articles(WARMUP, seed=SEED + 1)
    clients = dask_clusters(dask_counts) if dask_counts else {}
    times: dict[tuple, list[dict]] = {runner: [] for runner in runners}
    root = tempfile.mkdtemp(prefix="helpers-scale-table-")
    try:
        for round_ in range(repeat):
            order = runners if round_ % 2 == 0 else runners[::-1]
            for runner, count in order:
                cache_dir = os.path.join(root, f"{runner}-{count}-{round_}")
                if runner == "dask":
                    result = timed_run(articles, warmup, cache_dir, client=clients[count])
                else:
                    result = timed_run(articles, warmup, cache_dir, workers=count)
                times[(runner, count)].append(result)
                print(
                    f"  round {round_ + 1}: {runner} x{count}: {result['wall']:.2f} s wall, "
                    f"CPU {result['cpu']:.2f} s, critical path {result['critical']:.2f} s",
                    flush=True,
                )
        print_table(n, runners, times)
        top = max(count for _, count in runners)
        print(
            f"the machine itself, now: {top} processes spinning do {machine_speedup(top):.2f}x "
            "the work of one in the same time (the ceiling for any runner here)"
        )
        reference = os.path.join(root, "processes-1-0")
        same = {
            f"{runner} x{count}": same_tables(
                articles, reference, os.path.join(root, f"{runner}-{count}-0")
            )
            for runner, count in runners[1:]
        }
        verdict = "identical" if all(same.values()) else f"DIFFERENT: {same}"
        print(f"tables of every runner vs processes x1: {verdict}")
    finally:
        for client in clients.values():
            cluster = client.cluster
            client.close()
            cluster.close()
        shutil.rmtree(root, ignore_errors=True)


def number_list(value: str | None) -> list[int] | None:
    return [int(part) for part in value.split(",")] if value else None


def main() -> None:
    args = [arg for arg in sys.argv[1:] if not arg.startswith("--")]
    options = dict(
        arg[2:].split("=", 1) if "=" in arg else (arg[2:], "1")
        for arg in sys.argv[1:]
        if arg.startswith("--")
    )
    n = int(args[0]) if args else 2000
    if "table" in options or "dask" in options or "dask-counts" in options:
        scaling_table(
            n,
            int(options.get("dask", 0)),
            int(options.get("repeat", 1)),
            number_list(options.get("counts")),
            number_list(options.get("dask-counts")),
        )
        return
    workers = options.get("workers", "auto")
    workers = workers if workers == "auto" else int(workers)
    if "stream" in options:
        articles = synthetic_chunks(n)
        print(f"{n} synthetic articles, built and handed over in chunks of 2000")
    else:
        start = time.perf_counter()
        articles = synthetic_articles(n)
        built = time.perf_counter() - start
        chars = articles["text"].str.len().mean()
        print(f"{n} synthetic articles ({chars:.0f} characters on average) built in {built:.1f} s")
        print(f"peak RSS after building them: {peak_rss_mb(resource.RUSAGE_SELF):.0f} MB")
    cache_dir = options.get("cache-dir") or tempfile.mkdtemp(prefix="helpers-scale-")
    try:
        start = time.perf_counter()
        lazy = helpers.analyze_to_cache(articles, cache_dir=cache_dir, workers=workers)
        analysed = time.perf_counter() - start
        start = time.perf_counter()
        top = lazy.lemma_counts(15)
        counted = time.perf_counter() - start
        size = sum(path.stat().st_size for path in Path(cache_dir).rglob("*") if path.is_file())
    finally:
        if "keep" not in options and "cache-dir" not in options:
            shutil.rmtree(cache_dir, ignore_errors=True)
    print(
        f"analysed {lazy.stats['analysed']} articles in {analysed:.1f} s with workers={workers}:"
        f" {lazy.stats['analysed'] / analysed:.1f} articles/s"
    )
    print(f"top lemmas counted from the Parquet dataset in {counted:.1f} s:")
    print(top.to_string(index=False))
    print(f"cache size: {size / 2**20:.0f} MB")
    print(
        f"peak RSS: main process {peak_rss_mb(resource.RUSAGE_SELF):.0f} MB,"
        f" largest worker {peak_rss_mb(resource.RUSAGE_CHILDREN):.0f} MB"
    )


if __name__ == "__main__":
    main()
