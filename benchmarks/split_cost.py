"""What splitting a corpus between two processes costs in CPU, apart from the scheduler.

    PYTHONPATH=src python benchmarks/split_cost.py [N=300] [ROUNDS=3]

Fresh processes (not forked), each warmed on the same 24 articles with its memo tables
cleared, analyse: all N synthetic articles in one process; the two halves one after the
other in two processes; the two halves at the same time. The first comparison is the work a
second process repeats (memo tables, caches filled again for its own words); the second is
what two busy processes cost each other on this machine (shared caches, memory bandwidth).
Together they bound what workers=2 can reach on two cores: 2 / (1 + both). CPU seconds
(``time.process_time``), medians of the rounds.
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
from pathlib import Path

BENCHMARKS = str(Path(__file__).resolve().parent)
CHILD = r"""
import json, os, sys, time
sys.path.insert(0, sys.argv[1])
from scale import WARMUP, SEED, clear_caches, synthetic_articles
import helpers
n = int(sys.argv[2])
articles = synthetic_articles(n)
part = {"0": articles.iloc[: n // 2], "1": articles.iloc[n // 2 :], "all": articles}[sys.argv[3]]
helpers.default_models()
clear_caches()
helpers.analyze(synthetic_articles(WARMUP, seed=SEED + 1), cache_dir=None, progress=False)
os.write(1, b"ready\n")
sys.stdin.readline()
t = time.process_time()
helpers.analyze(part, cache_dir=None, progress=False)
print(json.dumps(time.process_time() - t), flush=True)
"""


def start(n: int, part: str) -> subprocess.Popen:
    cmd = [sys.executable, "-c", CHILD, BENCHMARKS, str(n), part]
    proc = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    if proc.stdout.readline().strip() != "ready":
        raise RuntimeError(f"the {part} process did not start; run it alone to see why")
    return proc


def go(*procs: subprocess.Popen) -> list[float]:
    for proc in procs:
        proc.stdin.write("\n")
        proc.stdin.flush()
    out = [json.loads(proc.stdout.readline()) for proc in procs]
    for proc in procs:
        proc.wait()
    return out


def main(n: int, rounds: int) -> None:
    whole, apart, together = [], [], []
    for r in range(rounds):
        (one,) = go(start(n, "all"))
        first, second = start(n, "0"), start(n, "1")
        a, b = go(first)[0], go(second)[0]
        c, d = go(start(n, "0"), start(n, "1"))
        whole.append(one)
        apart.append(a + b)
        together.append(c + d)
        print(
            f"round {r + 1}: all {n} in one process {one:.2f} CPU s; halves one after the "
            f"other {a:.2f} + {b:.2f} = {a + b:.2f}; at the same time {c:.2f} + {d:.2f} = "
            f"{c + d:.2f}",
            flush=True,
        )
    w, s, t = (statistics.median(x) for x in (whole, apart, together))
    split, contention = s / w - 1, t / s - 1
    print(
        f"\nmedians of {rounds} rounds: one process {w:.2f}, halves apart {s:.2f}, together {t:.2f}"
    )
    print(
        f"  splitting repeats {split:+.1%} of the work; running side by side costs {contention:+.1%}"
    )
    print(f"  bound for 2 workers on 2 cores: {2 / ((1 + split) * (1 + contention)):.2f}x")


if __name__ == "__main__":
    args = [int(a) for a in sys.argv[1:]]
    main(args[0] if args else 300, args[1] if len(args) > 1 else 3)
