"""The per-article Parquet cache: cold == warm, only new texts analysed, bad entries recomputed."""

import warnings

import pandas as pd
import pytest

import helpers
from helpers.pipeline import analysis
from helpers.store.corpus import TABLE_NAMES

TEXTS = [
    "Президент России Владимир Путин провёл совещание в Кремле.",
    "«Мы готовы к переговорам», — заявила Мария Захарова в Москве.",
    "Глава МИД Сергей Лавров прибыл в Анкару.",
]


@pytest.fixture
def counted(monkeypatch):
    """Count the texts that really go through natasha."""
    calls = []
    original = analysis.analyze_doc

    def counting(text, models):
        calls.append(text)
        return original(text, models)

    monkeypatch.setattr(analysis, "analyze_doc", counting)
    return calls


def frame_of(texts):
    return pd.DataFrame({"article_id": [f"a{i}" for i in range(len(texts))], "text": texts})


def assert_same_tables(left, right):
    for name in ("articles", *TABLE_NAMES):
        pd.testing.assert_frame_equal(getattr(left, name), getattr(right, name))


def test_rerun_reads_everything_from_cache(tmp_path, counted):
    cold = helpers.analyze(frame_of(TEXTS), cache_dir=tmp_path, progress=False)
    assert len(counted) == 3
    warm = helpers.analyze(frame_of(TEXTS), cache_dir=tmp_path, progress=False)
    assert len(counted) == 3
    assert warm.stats == {"articles": 3, "analysed": 0, "from_cache": 3}
    assert_same_tables(cold, warm)


def test_one_new_article_is_the_only_one_analysed(tmp_path, counted):
    helpers.analyze(frame_of(TEXTS[:2]), cache_dir=tmp_path, progress=False)
    counted.clear()
    rerun = helpers.analyze(frame_of(TEXTS), cache_dir=tmp_path, progress=False)
    assert counted == [TEXTS[2]]
    cold = helpers.analyze(frame_of(TEXTS), cache_dir=None, progress=False)
    assert_same_tables(rerun, cold)


def test_identical_texts_are_analysed_once(counted):
    corpus = helpers.analyze(frame_of([TEXTS[0], TEXTS[0]]), cache_dir=None, progress=False)
    assert len(counted) == 1
    per_article = corpus.tokens.groupby("article_id").size()
    assert per_article["a0"] == per_article["a1"]


def test_corrupted_entry_is_recomputed_with_a_warning(tmp_path, counted):
    cold = helpers.analyze(frame_of(TEXTS), cache_dir=tmp_path, progress=False)
    parts = list((tmp_path / f"v{analysis.PIPELINE_VERSION}" / "tokens").glob("*.parquet"))
    assert parts
    for part in parts:
        part.write_bytes(b"not parquet at all")
    counted.clear()
    with pytest.warns(helpers.CacheWarning, match="recomputed"):
        again = helpers.analyze(frame_of(TEXTS), cache_dir=tmp_path, progress=False)
    assert len(counted) == 3
    assert_same_tables(cold, again)
    with warnings.catch_warnings():
        warnings.simplefilter("error", helpers.CacheWarning)
        helpers.analyze(frame_of(TEXTS), cache_dir=tmp_path, progress=False)


def test_uncommitted_chunk_is_ignored(tmp_path, counted):
    helpers.analyze(frame_of(TEXTS), cache_dir=tmp_path, progress=False)
    for record in (tmp_path / f"v{analysis.PIPELINE_VERSION}" / "chunks").glob("*.json"):
        record.unlink()  # as if the run died before committing the chunk
    counted.clear()
    helpers.analyze(frame_of(TEXTS), cache_dir=tmp_path, progress=False)
    assert len(counted) == 3


def test_other_pipeline_version_is_not_trusted(tmp_path, counted, monkeypatch):
    helpers.analyze(frame_of(TEXTS), cache_dir=tmp_path, progress=False)
    monkeypatch.setattr(analysis, "PIPELINE_VERSION", analysis.PIPELINE_VERSION + "-next")
    counted.clear()
    helpers.analyze(frame_of(TEXTS), cache_dir=tmp_path, progress=False)
    assert len(counted) == 3


def test_cache_disabled_writes_nothing(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    helpers.analyze(frame_of(TEXTS[:1]), cache_dir=None, progress=False)
    assert list(tmp_path.iterdir()) == []
