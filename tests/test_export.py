"""Exports: tables and statistics to CSV/Parquet; a saved corpus reopens without re-analysis."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

import helpers
from helpers import tables
from helpers.store.corpus import MANIFEST
from helpers.store.export import CSV_ENCODING

REPO = Path(__file__).resolve().parents[1]
SEED = REPO / "data" / "raw" / "2022-06-23-shoigu-kazakhstan.txt"
TABLE_NAMES = ("articles", *tables.TABLES)


@pytest.fixture(scope="module")
def corpus():
    articles = pd.DataFrame(
        {
            "article_id": ["tass-1", "minsk-2"],
            "title": ["Шойгу и Казахстан", None],
            "date": pd.to_datetime(["2022-06-23", None]),
            "text": [
                SEED.read_text(encoding="utf-8"),
                "МИНСК, 2 июля. /ТАСС/. «Мы готовы к диалогу», — заявил Александр Лукашенко.\r\n"
                'Президент Белоруссии добавил: "Ключевой вопрос ‒ безопасность".',
            ],
        }
    )
    return helpers.analyze(articles, cache_dir=None, progress=False)


@pytest.mark.parametrize("name", TABLE_NAMES)
@pytest.mark.parametrize("suffix", [".csv", ".tsv", ".parquet"])
def test_every_table_round_trips(corpus, tmp_path, name, suffix):
    frame = getattr(corpus, name)
    path = helpers.export(frame, tmp_path / "out" / f"{name}{suffix}")
    assert path.exists()
    if suffix == ".parquet":
        pd.testing.assert_frame_equal(pd.read_parquet(path), frame)
        return
    back = pd.read_csv(path, sep="," if suffix == ".csv" else "\t", encoding=CSV_ENCODING)
    assert list(back.columns) == list(frame.columns)
    assert len(back) == len(frame)
    for column in ("article_id", "text", "name", "lemma"):
        if column in frame.columns:
            assert (
                back[column].fillna("").astype(str).tolist()
                == frame[column].fillna("").astype(str).tolist()
            )


def test_csv_opens_in_excel_with_cyrillic(corpus, tmp_path):
    path = helpers.export(corpus.entities, tmp_path / "entities.csv")
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")  # the BOM Excel needs to see UTF-8
    assert "Шойгу".encode() in data
    # a plain utf-8 reader (pandas' default) sees the header without a stray BOM character
    assert pd.read_csv(path).columns[0] == "article_id"


def test_statistics_keep_their_index(corpus, tmp_path):
    counts = corpus.tokens.lemma.value_counts().head(10)
    for suffix in (".csv", ".parquet"):
        path = helpers.export(counts, tmp_path / f"lemmas{suffix}")
        back = pd.read_parquet(path) if suffix == ".parquet" else pd.read_csv(path)
        assert list(back.columns) == ["lemma", "count"]
        assert back["lemma"].tolist() == counts.index.tolist()
        assert back["count"].tolist() == counts.tolist()
    by_type = corpus.entities.groupby(["type", "name"]).size()
    back = pd.read_parquet(helpers.export(by_type, tmp_path / "by_type.parquet"))
    assert list(back.columns) == ["type", "name", "value"]
    assert back["value"].sum() == len(corpus.entities)


def test_unknown_extension_says_what_to_do(corpus, tmp_path):
    with pytest.raises(ValueError, match=r"\.csv, \.tsv, \.parquet"):
        helpers.export(corpus.tokens, tmp_path / "tokens.xlsx")
    with pytest.raises(TypeError, match="DataFrame or Series"):
        helpers.export([1, 2], tmp_path / "list.csv")


def test_saved_corpus_reopens_without_analysis(corpus, tmp_path, monkeypatch):
    directory = helpers.save_corpus(corpus, tmp_path / "saved")
    manifest = json.loads((directory / MANIFEST).read_text(encoding="utf-8"))
    assert manifest["pipeline_version"] == helpers.PIPELINE_VERSION
    assert manifest["tables"]["tokens"]["rows"] == len(corpus.tokens)

    def no_analysis(*args, **kwargs):
        raise AssertionError("load_corpus must not analyse")

    monkeypatch.setattr(helpers.pipeline.analysis, "analyze_batch", no_analysis)
    monkeypatch.setattr(helpers.pipeline.analysis, "natasha_doc", no_analysis)
    reopened = helpers.load_corpus(directory)
    assert isinstance(reopened, helpers.Corpus)
    for name in TABLE_NAMES:
        pd.testing.assert_frame_equal(getattr(reopened, name), getattr(corpus, name))
    assert reopened.stats == corpus.stats
    # tools work on the reopened corpus as on the original
    assert helpers.highlight_article(reopened, "tass-1") == helpers.highlight_article(
        corpus, "tass-1"
    )


def test_saving_again_overwrites(corpus, tmp_path):
    directory = tmp_path / "saved"
    helpers.save_corpus(corpus, directory)
    smaller = helpers.Corpus(
        **{
            name: frame[frame["article_id"] == "minsk-2"].reset_index(drop=True)
            for name, frame in ((n, getattr(corpus, n)) for n in TABLE_NAMES)
        }
    )
    helpers.save_corpus(smaller, directory)
    reopened = helpers.load_corpus(directory)
    assert reopened.articles.article_id.tolist() == ["minsk-2"]
    assert not list(directory.glob("*.tmp")) and not list(directory.glob(".*.tmp"))


def test_incomplete_or_damaged_save_is_reported(corpus, tmp_path):
    with pytest.raises(FileNotFoundError, match="save_corpus"):
        helpers.load_corpus(tmp_path / "nothing-here")
    directory = helpers.save_corpus(corpus, tmp_path / "saved")
    (directory / "tokens.parquet").write_bytes(b"PAR1 not really parquet")
    with pytest.raises(ValueError, match="tokens.parquet"):
        helpers.load_corpus(directory)
    directory = helpers.save_corpus(corpus, tmp_path / "saved")
    helpers.export(corpus.entities.head(3), directory / "entities.parquet")
    with pytest.raises(ValueError, match="manifest says"):
        helpers.load_corpus(directory)


def test_corpus_from_another_pipeline_version_loads_with_a_warning(corpus, tmp_path):
    directory = helpers.save_corpus(corpus, tmp_path / "saved")
    path = directory / MANIFEST
    manifest = json.loads(path.read_text(encoding="utf-8"))
    manifest["pipeline_version"] = "0-old"
    path.write_text(json.dumps(manifest), encoding="utf-8")
    with pytest.warns(UserWarning, match="pipeline version '0-old'"):
        reopened = helpers.load_corpus(directory)
    pd.testing.assert_frame_equal(reopened.tokens, corpus.tokens)


def test_corpus_methods_round_trip(tmp_path, seed_text):
    articles = pd.DataFrame({"article_id": ["seed"], "text": [seed_text]})
    corpus = helpers.analyze(articles, cache_dir=None, progress=False)
    reopened = helpers.Corpus.from_parquet(corpus.to_parquet(tmp_path / "corpus"))
    for name in ("articles", "sentences", "tokens", "entities", "quotes"):
        pd.testing.assert_frame_equal(getattr(reopened, name), getattr(corpus, name))
