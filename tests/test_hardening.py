"""Hardening: hostile text never breaks the analysis; a damaged cache loses nothing.

Property tests (hypothesis) feed random Unicode, mixed scripts, unbalanced quotes
and dashes and very long lines into ``analyze_text``, ``extract_quotes`` and
``analyze``: never an exception, and every row's offsets cut its own text out of
the article. Cache tests damage the cache on disk in the ways real runs do
(corrupted files, another pipeline version, a run killed while writing) and check
that the damage is detected, the articles recomputed, and the results identical.
Run with ``--hypothesis-show-statistics`` to see how many cases were generated.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
import warnings
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import helpers
from helpers import tables

REPO = Path(__file__).resolve().parents[1]
SEED = REPO / "data" / "raw" / "2022-06-23-shoigu-kazakhstan.txt"

# building blocks of news-like text with everything that tends to break parsers
PIECES = [
    "МОСКВА, 23 июня. /ТАСС/. ",
    "Сергей Шойгу",
    "Шойгу",
    "заявил",
    "сказал министр",
    "по его словам",
    "Минобороны России",
    "Казахстан",
    "ООН",
    "Vladimir Putin",
    "Berlin",
    "東京",
    "مرحبا",
    "שלום",
    "😀",
    "e\u0301",
    "ё",
    "Ё",
    "«",
    "»",
    "„",
    "“",
    "”",
    '"',
    "'",
    "‹",
    "›",
    "—",
    "–",
    "‒",
    "-",
    " - ",
    ",\u00a0— ",
    "…",
    ".",
    ",",
    ":",
    "!?",
    " ",
    "\u00a0",
    "\u200b",
    "\ufeff",
    "\t",
    "\n",
    "\r\n",
    "\r",
    "\x00",
    "2022",
    "1.5",
    "http://tass.ru/a?b=1&c=<d>",
    "<script>alert(1)</script>",
]
# a letter without a Unicode name (Tangut in Python 3.11's unicodedata) once crashed pymorphy2
UNNAMED_LETTER = "𗀀"

news_like = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=8)), max_size=60).map(
    "".join
)
random_unicode = st.text(max_size=300)
any_text = st.one_of(news_like, random_unicode)
long_line = st.builds(
    lambda piece, times, tail: piece * times + tail,
    st.sampled_from(["Шойгу заявил: «да» ", "«", "— ", "слово", "a1 ", "😀 ", "МОСКВА "]),
    st.integers(min_value=200, max_value=800),
    any_text,
)

# sized for a shared 2-core machine; raise with HYPOTHESIS_SCALE=10 for a deeper search
SCALE = int(os.environ.get("HYPOTHESIS_SCALE", "1"))


def cases(n: int) -> settings:
    return settings(
        deadline=None, max_examples=n * SCALE, suppress_health_check=[HealthCheck.too_slow]
    )


@pytest.fixture(scope="module")
def models():
    return helpers.default_models()


def check_offsets(text: str, frame: pd.DataFrame, name: str) -> None:
    """Every row's ``start:stop`` lies in ``text`` and cuts out the row's ``text``."""
    for row in frame.itertuples(index=False):
        assert 0 <= row.start <= row.stop <= len(text), (name, row)
        assert text[row.start : row.stop] == row.text, (name, row)
    if name == "quotes":
        for start, stop in zip(frame.speaker_start, frame.speaker_stop, strict=True):
            if not (pd.isna(start) and pd.isna(stop)):
                assert 0 <= start <= stop <= len(text), (name, start, stop)


def check_analysis(text: str, analysis) -> None:
    for name in tables.TABLES:
        frame = getattr(analysis, name)
        assert list(frame.columns) == list(tables.without_article(tables.TABLES[name]))
        check_offsets(text, frame, name)


@cases(40)
@given(text=any_text)
def test_analyze_text_never_fails_and_offsets_hold(models, text):
    check_analysis(text, helpers.analyze_text(text, models))


@pytest.mark.parametrize(
    "text", [UNNAMED_LETTER, f"Шойгу посетил {UNNAMED_LETTER}.", f"«{UNNAMED_LETTER}»"]
)
def test_letters_without_a_unicode_name(models, text):
    check_analysis(text, helpers.analyze_text(text, models))


@cases(5)
@given(text=long_line)
def test_very_long_lines(models, text):
    check_analysis(text, helpers.analyze_text(text, models))


@cases(25)
@given(text=any_text)
def test_extract_quotes_never_fails(models, text):
    quotes = helpers.extract_quotes(text, models)
    assert list(quotes.columns) == list(tables.without_article(tables.QUOTES))
    check_offsets(text, quotes, "quotes")


@cases(6)
@given(texts=st.lists(any_text, min_size=1, max_size=4))
def test_analyze_corpus_of_hostile_texts(models, tmp_path_factory, texts):
    articles = pd.DataFrame({"article_id": [f"a{i}" for i in range(len(texts))], "text": texts})
    cache_dir = tmp_path_factory.mktemp("cache")
    first = helpers.analyze(articles, models=models, cache_dir=cache_dir, progress=False)
    again = helpers.analyze(articles, models=models, cache_dir=cache_dir, progress=False)
    assert again.stats["analysed"] == 0  # all from the cache, and identical
    for name in tables.TABLES:
        frame = getattr(first, name)
        pd.testing.assert_frame_equal(getattr(again, name), frame)
        for article_id, text in zip(articles.article_id, articles.text, strict=True):
            check_offsets(text, frame[frame.article_id == article_id], name)


# --- the cache ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def articles() -> pd.DataFrame:
    """Three short real articles: paragraphs of the seed."""
    paragraphs = [p for p in SEED.read_text(encoding="utf-8").splitlines() if len(p) > 80][:3]
    return pd.DataFrame({"article_id": [f"p{i}" for i in range(3)], "text": paragraphs})


@pytest.fixture(scope="module")
def expected(articles, models):
    return helpers.analyze(articles, models=models, cache_dir=None, progress=False)


def run(articles, models, cache_dir):
    return helpers.analyze(
        articles, models=models, cache_dir=cache_dir, progress=False, batch_size=1
    )


def assert_same(corpus, expected) -> None:
    for name in tables.TABLES:
        pd.testing.assert_frame_equal(getattr(corpus, name), getattr(expected, name))


@pytest.fixture(scope="module")
def primed(articles, models, tmp_path_factory):
    """A cache filled by one full run, and how many file renames that run made."""
    cache_dir = tmp_path_factory.mktemp("primed")
    real_replace, calls = os.replace, []

    def replace(src, dst, *args, **kwargs):
        calls.append(dst)
        return real_replace(src, dst, *args, **kwargs)

    os.replace = replace
    try:
        corpus = run(articles, models, cache_dir)
    finally:
        os.replace = real_replace
    assert corpus.stats["analysed"] == len(articles)
    return cache_dir, len(calls)


def primed_copy(primed, target: Path) -> Path:
    shutil.copytree(primed[0], target)
    return target


def cache_files(cache_dir: Path, pattern: str) -> list[Path]:
    return sorted(path for path in cache_dir.rglob(pattern) if not path.name.startswith("."))


def truncate(path: Path) -> None:
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])


def garbage(path: Path) -> None:
    path.write_bytes(b"\x00\xff not what was written \xfe" * 10)


def stale_version(path: Path) -> None:
    """Rewrite a part as if an older pipeline had written it (its version metadata)."""
    table = pq.read_table(path)
    metadata = {
        key: (b"0-old" if b"version" in key else value)
        for key, value in (table.schema.metadata or {}).items()
    }
    assert any(b"version" in key for key in metadata), "cache parts carry no version metadata"
    pq.write_table(table.replace_schema_metadata(metadata), path)


DAMAGE = {
    "truncated part": ("*.parquet", truncate),
    "garbage part": ("*.parquet", garbage),
    "deleted part": ("*.parquet", Path.unlink),
    "part from another pipeline version": ("*.parquet", stale_version),
    "garbage commit record": ("*.json", garbage),
    "truncated commit record": ("*.json", truncate),
}


@pytest.mark.parametrize("damage", DAMAGE)
def test_damaged_cache_entry_is_detected_and_recomputed(
    articles, expected, models, primed, tmp_path, damage
):
    pattern, spoil = DAMAGE[damage]
    cache_dir = primed_copy(primed, tmp_path / "cache")
    files = cache_files(cache_dir, pattern)
    assert files, f"no {pattern} files in the cache"
    spoil(files[len(files) // 2])
    with pytest.warns(helpers.CacheWarning):
        second = run(articles, models, cache_dir)
    assert_same(second, expected)
    assert second.stats["analysed"] >= 1, "the damaged entry was trusted"
    assert second.stats["from_cache"] >= 1, "intact entries were thrown away"
    with warnings.catch_warnings():
        warnings.simplefilter("error", helpers.CacheWarning)
        third = run(articles, models, cache_dir)  # repaired: all from the cache
    assert third.stats["from_cache"] == len(articles)
    assert_same(third, expected)


def test_cache_of_another_pipeline_version_is_not_used(
    articles, expected, models, tmp_path, monkeypatch
):
    with monkeypatch.context() as patch:
        patch.setattr(helpers.pipeline.analysis, "PIPELINE_VERSION", "0-old")
        old = run(articles, models, tmp_path)
    assert old.stats["analysed"] == len(articles)
    current = run(articles, models, tmp_path)
    assert current.stats["analysed"] == len(articles)
    assert_same(current, expected)
    # an old cache moved to where the current version looks is not trusted either
    old_dir = helpers.store.analyze.cache_path(tmp_path).with_name("v0-old")
    assert old_dir.is_dir()
    moved = tmp_path / "moved"
    current_dir = helpers.store.analyze.cache_path(moved)
    current_dir.parent.mkdir(parents=True)
    old_dir.rename(current_dir)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", helpers.CacheWarning)
        reused = run(articles, models, moved)
    assert reused.stats["analysed"] == len(articles)
    assert_same(reused, expected)


# a run that is killed (SIGKILL) while the cache is being written: the child pauses in
# its Nth file rename (data written to a temporary file, not yet in place) and is killed
KILLED_RUN = """
import os, sys, time
from pathlib import Path
import pandas as pd
import helpers

articles = pd.read_json(sys.argv[1], lines=True, dtype={"article_id": str})
cache_dir, marker, kill_at = sys.argv[2], Path(sys.argv[3]), int(sys.argv[4])
models = helpers.default_models()
real_replace, calls = os.replace, [0]

def replace(src, dst, *args, **kwargs):
    calls[0] += 1
    if calls[0] == kill_at:
        marker.write_text(str(dst))
        time.sleep(600)
    return real_replace(src, dst, *args, **kwargs)

os.replace = replace
helpers.analyze(articles, models=models, cache_dir=cache_dir, progress=False, batch_size=1)
"""
CHILD_START_S = 300


def test_run_killed_during_cache_write_loses_nothing(articles, expected, models, primed, tmp_path):
    renames = primed[1]
    assert renames >= len(articles), "the cache does not write files by renaming"
    source = tmp_path / "articles.jsonl"
    articles.to_json(source, orient="records", lines=True, force_ascii=False)
    # kill points: half-way through the run, and in the very last rename (the last commit)
    kill_points = {"half-way": renames // 2 + 1, "last write": renames}
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(REPO / "src"), env.get("PYTHONPATH")) if p)
    children = {}
    for label, kill_at in kill_points.items():
        cache_dir, marker = tmp_path / label, tmp_path / f"{label}.marker"
        command = [sys.executable, "-c", KILLED_RUN, source, cache_dir, marker, str(kill_at)]
        child = subprocess.Popen(
            [str(part) for part in command],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
        )
        children[label] = (child, cache_dir, marker)
    try:
        for label, (child, _, marker) in children.items():
            deadline = time.monotonic() + CHILD_START_S
            while not marker.exists():
                if child.poll() is not None:
                    output = child.stdout.read().decode(errors="replace")
                    pytest.fail(f"{label}: the run ended before the kill point:\n{output}")
                if time.monotonic() > deadline:
                    pytest.fail(f"{label}: no cache write within {CHILD_START_S} s")
                time.sleep(0.2)
            child.send_signal(signal.SIGKILL)
            assert child.wait(timeout=60) == -signal.SIGKILL
    finally:
        for child, _, _ in children.values():
            if child.poll() is None:
                child.kill()
                child.wait()
            child.stdout.close()
    for label, (_, cache_dir, _) in children.items():
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", helpers.CacheWarning)
            recovered = run(articles, models, cache_dir)
        assert_same(recovered, expected)
        stats = recovered.stats
        assert stats["analysed"] >= 1, f"{label}: the interrupted write was trusted"
        assert stats["from_cache"] >= 1, f"{label}: finished articles were lost"
        if label == "last write":
            assert stats["from_cache"] == len(articles) - 1, stats
        again = run(articles, models, cache_dir)
        assert again.stats["from_cache"] == len(articles), f"{label}: cache not repaired"
        assert_same(again, expected)


@pytest.mark.parametrize(
    "text",
    [
        'Он сказал: "Это очень важно» и ушёл.',  # straight opener, guillemet closer
        '«Первое "второе» третье" — сказал он.',  # crossed pairs
        "„Да“ и “нет” и «может» — ответил он.",
        '"\n"»«„',
    ],
)
def test_mismatched_quotation_marks_never_break_quotes(text):
    quotes = helpers.extract_quotes(text)
    for row in quotes.itertuples(index=False):
        assert text[row.start : row.stop] == row.text
