"""Compare all five tables on the shared corpora with a saved snapshot.

    PYTHONPATH=src python benchmarks/tables_diff.py save DIR      # analyse, write Parquet
    PYTHONPATH=src python benchmarks/tables_diff.py compare DIR   # analyse, compare with DIR

Corpora: the seed (data/raw), the 661 Wikinews articles and the 122 factRuEval texts,
each analysed with the cache off. ``compare`` prints, per corpus and table, the row
counts and whether the tables are identical; columns present only on one side are
named (a new column such as ``rule`` is reported, the rest is still compared) and the
first differing rows are shown. Exit status 1 when any shared column differs.
"""

from __future__ import annotations

import sys
import warnings
from pathlib import Path

import pandas as pd

import helpers

ROOT = Path(__file__).resolve().parents[1]
CORPORA = ROOT.parent / "shared" / "corpora"
SOURCES = {
    "seed": ROOT / "data" / "raw",
    "wikinews": CORPORA / "wikinews-ru" / "articles.jsonl",
    "factrueval": CORPORA / "factrueval-2016" / "devset.jsonl",
}
TABLES = ("articles", "sentences", "tokens", "entities", "quotes")


def analysed(models) -> dict[str, dict[str, pd.DataFrame]]:
    out = {}
    for name, path in SOURCES.items():
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            articles = helpers.load_articles(path)
            corpus = helpers.analyze(articles, models=models, cache_dir=None, progress=False)
        out[name] = {table: getattr(corpus, table) for table in TABLES}
    return out


def save(directory: Path, tables: dict) -> None:
    for name, frames in tables.items():
        (directory / name).mkdir(parents=True, exist_ok=True)
        for table, frame in frames.items():
            frame.to_parquet(directory / name / f"{table}.parquet")
            print(f"{name:10} {table:9} {len(frame):7} rows saved")


def first_difference(old: pd.DataFrame, new: pd.DataFrame) -> str:
    if len(old) != len(new):
        return f"row counts differ: {len(old)} vs {len(new)}"
    for column in old.columns:
        a = old[column].astype(object).where(old[column].notna(), None).tolist()
        b = new[column].astype(object).where(new[column].notna(), None).tolist()
        for i, (x, y) in enumerate(zip(a, b, strict=True)):
            if x != y:
                return f"column {column!r} row {i}: {x!r} vs {y!r}"
    dtypes = [c for c in old.columns if str(old[c].dtype) != str(new[c].dtype)]
    return f"dtypes differ: {dtypes}" if dtypes else ""


def compare(directory: Path, tables: dict) -> int:
    failures = 0
    for name, frames in tables.items():
        for table, new in frames.items():
            old = pd.read_parquet(directory / name / f"{table}.parquet")
            added = [c for c in new.columns if c not in old.columns]
            missing = [c for c in old.columns if c not in new.columns]
            shared = [c for c in old.columns if c in new.columns]
            diff = first_difference(
                old[shared].reset_index(drop=True), new[shared].reset_index(drop=True)
            )
            status = "identical" if not diff else f"DIFFERENT ({diff})"
            extra = f"; new columns {added}" if added else ""
            extra += f"; columns gone {missing}" if missing else ""
            print(f"{name:10} {table:9} {len(old):7} -> {len(new):7} rows: {status}{extra}")
            failures += bool(diff) or bool(missing)
    print("all shared columns identical" if not failures else f"{failures} tables differ")
    return 1 if failures else 0


def main() -> int:
    if len(sys.argv) != 3 or sys.argv[1] not in {"save", "compare"}:
        print(__doc__)
        return 2
    directory = Path(sys.argv[2])
    tables = analysed(helpers.load_models())
    if sys.argv[1] == "save":
        save(directory, tables)
        return 0
    return compare(directory, tables)


if __name__ == "__main__":
    sys.exit(main())
