"""Articles in chunks: ``analyze_to_cache`` over an iterable of frames.

The same tables as one frame, only metadata kept in the calling process, ids unique
across chunks, the cache reused, and the same result with worker processes.
"""

from __future__ import annotations

import io

import pandas as pd
import pytest

import helpers
from helpers.store.corpus import TABLE_NAMES
from helpers.store.stream import is_chunked

TEXTS = [
    "Мэр Казани Ильсур Метшин открыл новый мост через Казанку.",
    "«Мы завершим ремонт к осени», — сказал глава дорожного ведомства Пётр Соколов.",
    "Банк России сохранил ключевую ставку. По словам аналитиков, снижение возможно летом.",
    "В Новосибирске прошёл фестиваль уличной музыки. Организаторы ждут гостей и в будущем году.",
    "Мэр Казани Ильсур Метшин открыл новый мост через Казанку.",  # the same text again
    "Министр финансов Антон Силуанов заявил, что бюджет исполнен с профицитом.",
    "Жители Твери пожаловались на шум. Администрация города обещала проверку.",
]


@pytest.fixture(scope="module")
def models():
    return helpers.load_models()


@pytest.fixture()
def articles() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "article_id": [f"a{i}" for i in range(len(TEXTS))],
            "text": TEXTS,
            "date": pd.date_range("2024-03-01", periods=len(TEXTS), freq="D"),
        }
    )


def pieces(frame: pd.DataFrame, size: int):
    for start in range(0, len(frame), size):
        yield frame.iloc[start : start + size]


@pytest.mark.parametrize(
    ("value", "chunked"),
    [
        (pd.DataFrame({"article_id": [], "text": []}), False),
        ("data/raw", False),
        ([pd.DataFrame({"article_id": [], "text": []})], True),
        (iter([]), True),
    ],
)
def test_what_counts_as_chunks(value, chunked):
    assert is_chunked(value) is chunked


def test_chunks_give_the_tables_of_one_frame(articles, models, tmp_path):
    whole = helpers.analyze_to_cache(
        articles, cache_dir=tmp_path / "whole", models=models, progress=False
    )
    chunked = helpers.analyze_to_cache(
        pieces(articles, 3), cache_dir=tmp_path / "chunks", models=models, progress=False
    )
    assert chunked.stats == {"articles": 7, "analysed": 6, "from_cache": 0}
    for name in TABLE_NAMES:
        pd.testing.assert_frame_equal(chunked.table(name), whole.table(name), obj=name)
    assert chunked.lemma_counts(5).equals(whole.lemma_counts(5))


def test_only_metadata_is_kept(articles, models, tmp_path):
    lazy = helpers.analyze_to_cache(
        pieces(articles, 2), cache_dir=tmp_path, models=models, progress=False
    )
    assert list(lazy.articles.columns) == ["article_id", "date"]
    assert lazy.articles["article_id"].tolist() == articles["article_id"].tolist()
    assert len(lazy.keys) == len(articles)


def test_ids_must_be_unique_across_chunks(articles, models, tmp_path):
    twice = [articles.head(2), articles.head(1)]
    with pytest.raises(ValueError, match="unique across chunks.*a0"):
        helpers.analyze_to_cache(twice, cache_dir=tmp_path, models=models, progress=False)


def test_a_rerun_in_chunks_reads_the_cache(articles, models, tmp_path):
    helpers.analyze_to_cache(articles.head(4), cache_dir=tmp_path, models=models, progress=False)
    again = helpers.analyze_to_cache(
        pieces(articles, 2), cache_dir=tmp_path, models=models, progress=False
    )
    # a0..a3 are cached (a4 repeats a0's text); a5, a6 are new
    assert again.stats == {"articles": 7, "analysed": 2, "from_cache": 5}


def test_a_csv_read_in_chunks(articles, models, tmp_path):
    buffer = io.StringIO(articles.drop(columns="date").to_csv(index=False))
    reader = pd.read_csv(buffer, chunksize=4)
    lazy = helpers.analyze_to_cache(reader, cache_dir=tmp_path, models=models, progress=False)
    assert lazy.stats["articles"] == 7
    people = lazy.counts("entities", "name")
    assert "Ильсур Метшин" in set(people["value"])


def test_worker_processes_give_the_same_tables(articles, models, tmp_path):
    one = helpers.analyze_to_cache(
        pieces(articles, 3), cache_dir=tmp_path / "one", models=models, progress=False
    )
    two = helpers.analyze_to_cache(
        pieces(articles, 3),
        cache_dir=tmp_path / "two",
        models=models,
        workers=2,
        progress=False,
        batch_size=2,
    )
    for name in TABLE_NAMES:
        pd.testing.assert_frame_equal(two.table(name), one.table(name), obj=name)


def test_an_empty_stream(models, tmp_path):
    lazy = helpers.analyze_to_cache(iter([]), cache_dir=tmp_path, models=models, progress=False)
    assert lazy.stats == {"articles": 0, "analysed": 0, "from_cache": 0}
    assert lazy.lemma_counts().empty
