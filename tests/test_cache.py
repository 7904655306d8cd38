"""The per-article Parquet cache: cold == warm, only new texts analysed, bad entries recomputed."""

import pickle
import warnings

import pandas as pd
import pytest

import helpers
from helpers.pipeline import analysis, runners
from helpers.pipeline.runners import analyze_keyed, run_processes
from helpers.store.cache import Cache, text_key
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


# --- workers write the cache themselves -----------------------------------------------


def cache_of(root):
    return Cache(root, analysis.PIPELINE_VERSION)


def stored_files(root) -> list:
    return sorted(path.relative_to(root) for path in root.rglob("*") if path.is_file())


def test_a_batch_stored_twice_rewrites_the_same_files(tmp_path):
    """A retried task writes the same part names (from the batch's keys), nothing more."""
    keys = [text_key(text, analysis.PIPELINE_VERSION) for text in TEXTS[:2]]
    frames = analyze_keyed(keys, TEXTS[:2], helpers.default_models())
    first = cache_of(tmp_path).store(frames, keys)
    files = stored_files(tmp_path)
    second = cache_of(tmp_path).store(frames, keys)
    assert first == second
    assert stored_files(tmp_path) == files  # no temporary files left, no second chunk
    assert len([path for path in files if path.parent.name == "chunks"]) == 1
    assert cache_of(tmp_path).load(keys)["found"] == set(keys)


def test_workers_send_back_metadata_not_tables(tmp_path):
    keys = [text_key(text, analysis.PIPELINE_VERSION) for text in TEXTS]
    batches = [(keys[:2], TEXTS[:2]), (keys[2:], TEXTS[2:])]
    cache = cache_of(tmp_path)
    results = list(run_processes(batches, 2, helpers.default_models(), cache.store))
    for (batch_keys, _), result in zip(batches, results, strict=True):
        assert set(result) == {"chunk", "keys", "rows", "parts"}
        assert result["keys"] == batch_keys and result["rows"]["tokens"] > 0
        assert len(pickle.dumps(result)) < 2000  # a few paths and numbers
    assert set(cache.index()) == set(keys)


@pytest.mark.parametrize("url", ["file", "memory"])
def test_cache_dir_may_be_an_fsspec_url(tmp_path, url, counted):
    root = f"file://{tmp_path}" if url == "file" else f"memory://helpers-{tmp_path.name}"
    cold = helpers.analyze(frame_of(TEXTS), cache_dir=root, progress=False)
    counted.clear()
    warm = helpers.analyze(frame_of(TEXTS), cache_dir=root, progress=False)
    assert counted == [] and warm.stats["from_cache"] == 3
    assert_same_tables(cold, warm)
    if url == "file":  # the same folder as the plain path
        plain = helpers.analyze(frame_of(TEXTS), cache_dir=tmp_path, progress=False)
        assert plain.stats["from_cache"] == 3


def test_progress_says_once_where_the_cache_is(tmp_path, capsys):
    helpers.analyze(frame_of(TEXTS[:2]), cache_dir=tmp_path, progress=True)
    helpers.analyze(frame_of(TEXTS), cache_dir=tmp_path, progress=True)
    lines = [line for line in capsys.readouterr().out.splitlines() if line.startswith("analyze")]
    assert len(lines) == 2
    assert str(tmp_path) in lines[1]
    assert "3 articles, 2 from the cache" in lines[1] and "1 to analyse" in lines[1]


def test_dask_workers_write_the_cache(tmp_path):
    distributed = pytest.importorskip("distributed")
    local = helpers.analyze(frame_of(TEXTS), cache_dir=None, progress=False)
    with (
        distributed.LocalCluster(
            n_workers=2, processes=True, threads_per_worker=1, dashboard_address=None
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        on_dask = helpers.analyze(
            frame_of(TEXTS), client=client, cache_dir=tmp_path, progress=False, batch_size=1
        )
        loaded = client.run(lambda: runners._WORKER_MODELS is not None)
    assert list(loaded.values()) == [True, True]  # the plugin loaded the models in each
    assert on_dask.stats["analysed"] == 3
    assert_same_tables(on_dask, local)
    assert len(cache_of(tmp_path).index()) == 3
    again = helpers.analyze(frame_of(TEXTS), cache_dir=f"file://{tmp_path}", progress=False)
    assert again.stats["from_cache"] == 3
    assert_same_tables(again, local)


def test_a_shared_text_gives_each_of_its_articles_the_same_rows_in_order():
    corpus = helpers.analyze(
        frame_of([TEXTS[0], TEXTS[1], TEXTS[0]]), cache_dir=None, progress=False
    )
    alone = helpers.analyze(frame_of(TEXTS[:1]), cache_dir=None, progress=False)
    for name in TABLE_NAMES:
        table = getattr(corpus, name)
        assert table["article_id"].is_monotonic_increasing
        for article in ("a0", "a2"):
            rows = table[table["article_id"] == article].drop(columns="article_id")
            expected = getattr(alone, name).drop(columns="article_id")
            pd.testing.assert_frame_equal(rows.reset_index(drop=True), expected, obj=name)
