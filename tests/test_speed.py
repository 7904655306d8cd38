"""The fast paths give the same tables as the straightforward ones.

- the batched natasha pass == natasha's plain Doc pipeline, one text at a time;
- ``razdel_tokens`` == ``razdel.tokenize``; ``tag_forward`` == slovnet's model, bit for bit;
- ``workers=2`` processes == ``workers=1``;
- a Dask LocalCluster with 2 worker processes == the local run;
- counts streamed from the Parquet cache == counts on the in-memory tables.
"""

from __future__ import annotations

import warnings

import numpy as np
import pandas as pd
import pyarrow.compute as pc
import pytest
import razdel
from hypothesis import given, settings
from hypothesis import strategies as st
from slovnet.exec.pad import pad_sequence

import helpers
from helpers.pipeline import analysis
from helpers.pipeline.runners import parallel_batch_size, resolve_workers
from helpers.store.corpus import TABLE_NAMES

EDGE_TEXTS = [
    "",
    "   \n  ",
    "Сергей Шойгу посетил Казахстан.",
    "Первая строка.\r\n«Мы готовы», — сказал Иван Петров.\r\n",
    'Без точки в конце: "прямые кавычки" и дефис - тоже',
    "NATO and the UN met in New York on 5 May.",
    "МОСКВА, 23 июня. /ТАСС/. Министр обороны РФ Сергей Шойгу провел переговоры.",
]


@pytest.fixture(scope="module")
def wikinews(shared_corpora) -> pd.DataFrame:
    """A spread of 12 real Wikinews articles (short and long)."""
    frame = pd.read_json(shared_corpora / "wikinews-ru" / "articles.jsonl", lines=True)
    frame = frame.rename(columns={"id": "article_id"})[["article_id", "text"]]
    return frame.iloc[::53].head(12).reset_index(drop=True)


@pytest.fixture(scope="module")
def models():
    return helpers.default_models()


@pytest.fixture(scope="module")
def local_corpus(wikinews, models):
    return helpers.analyze(wikinews, models=models, cache_dir=None, progress=False, batch_size=5)


def assert_same_tables(left, right):
    for name in ("articles", *TABLE_NAMES):
        pd.testing.assert_frame_equal(getattr(left, name), getattr(right, name), obj=name)


def assert_same_batches(left: dict, right: dict):
    assert set(left) == set(right)
    for name in left:
        pd.testing.assert_frame_equal(left[name], right[name], obj=name)


def test_batched_pass_equals_plain_natasha_on_real_articles(wikinews, models):
    texts = wikinews["text"].tolist()
    batched = analysis.analyze_batch(texts, models)
    plain = analysis.analyze_batch(texts, models, batched=False)
    assert_same_batches(batched, plain)
    assert len(batched["entities"]) > 50  # real articles: plenty of NER to compare


@pytest.mark.parametrize("text", EDGE_TEXTS)
def test_batched_pass_equals_plain_natasha_on_edge_texts(text, models):
    assert_same_batches(
        analysis.analyze_batch([text], models),
        analysis.analyze_batch([text], models, batched=False),
    )


def test_batched_docs_match_natasha_docs(wikinews, models):
    """The Doc the hooks get: same tokens (pos, feats, lemma), sentences and spans."""
    texts = wikinews["text"].tolist()[:4]
    for fast, plain in zip(
        analysis.natasha_docs(texts, models),
        [analysis.natasha_doc(text, models) for text in texts],
        strict=True,
    ):
        assert [(t.start, t.stop, t.text, t.pos, t.feats, t.lemma) for t in fast.tokens] == [
            (t.start, t.stop, t.text, t.pos, t.feats, t.lemma) for t in plain.tokens
        ]
        assert [(s.start, s.stop, len(s.tokens), len(s.spans)) for s in fast.sents] == [
            (s.start, s.stop, len(s.tokens), len(s.spans)) for s in plain.sents
        ]
        assert [(s.start, s.stop, s.type, s.text, len(s.tokens)) for s in fast.spans] == [
            (s.start, s.stop, s.type, s.text, len(s.tokens)) for s in plain.spans
        ]


def test_batching_does_not_depend_on_neighbours(wikinews, models):
    """A text gets the same tables alone and inside a batch of other texts."""
    texts = wikinews["text"].tolist()
    together = analysis.analyze_batch(texts[:6], models)
    alone = analysis.analyze_batch(texts[3:4], models)
    for name, frame in together.items():
        mine = frame[frame["doc"] == 3].assign(doc=0).reset_index(drop=True)
        pd.testing.assert_frame_equal(mine, alone[name], obj=name)


@pytest.fixture(scope="module")
def all_wikinews_texts(shared_corpora) -> list[str]:
    frame = pd.read_json(shared_corpora / "wikinews-ru" / "articles.jsonl", lines=True)
    return frame["text"].tolist()


def razdel_reference(text: str) -> list[tuple[int, int, str]]:
    return [(token.start, token.stop, token.text) for token in razdel.tokenize(text)]


def test_razdel_tokens_equal_razdel_on_every_wikinews_article(all_wikinews_texts):
    for text in all_wikinews_texts:
        assert analysis.razdel_tokens(text) == razdel_reference(text)


@pytest.mark.parametrize(
    "text",
    [
        *EDGE_TEXTS,
        "Цена — 3,5 млн руб. (т.е. 1/2 от 7.0) в 2010-х гг.; см. www.ria.ru и e-mail a_b@c.ru",
        "«Ну...» — сказал он :) и ушёл?! А-а-а!!! Т. е. Н.Новгород, США-2, №5, 10%, 1.5.",
        "tab\there\u00a0nbsp  and  double---dash -- ...and ?! ",
    ],
)
def test_razdel_tokens_equal_razdel_on_edge_texts(text):
    assert analysis.razdel_tokens(text) == razdel_reference(text)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="аБвёЁ zZ9.,-—–/_:;!?()«»\"'…%№@+\n\t", max_size=60))
def test_razdel_tokens_equal_razdel_on_generated_text(text):
    assert analysis.razdel_tokens(text) == razdel_reference(text)


def padded_batch(sequences, encoder):
    encoded = [analysis.encode(words, encoder, {}) for words in sequences]
    word_id = pad_sequence([np.array(ids) for ids, _ in encoded], encoder.words_vocab.pad_id)
    shape_id = pad_sequence([np.array(ids) for _, ids in encoded], encoder.shapes_vocab.pad_id)
    return word_id, shape_id, word_id == encoder.words_vocab.pad_id


@pytest.mark.parametrize("tagger", ["morph_tagger", "ner_tagger"])
def test_tag_forward_is_bit_identical_to_slovnet(wikinews, models, tagger):
    """The rewritten forward pass gives slovnet's own floats, padding included."""
    docs = [analysis.segment(text) for text in wikinews["text"].tolist()[:6]]
    if tagger == "morph_tagger":
        sequences = [[t.text for t in sent.tokens] for doc in docs for sent in doc.sents]
    else:
        sequences = [[t.text for t in doc.tokens] for doc in docs]
    infer = getattr(models, tagger).infer
    word_id, shape_id, pad_mask = padded_batch(sequences, infer.encoder)
    ours = analysis.tag_forward(infer.model, word_id, shape_id, pad_mask)
    theirs = infer.model(word_id, shape_id, pad_mask)
    assert ours.dtype == theirs.dtype and ours.shape == theirs.shape
    assert np.array_equal(ours, theirs)


def test_crf_decode_equals_slovnet(wikinews, models):
    docs = [analysis.segment(text) for text in wikinews["text"].tolist()[:8]]
    sequences = [[t.text for t in doc.tokens] for doc in docs]
    sequences += [sequences[0][:1], sequences[1][:2]]  # one- and two-token texts too
    infer = models.ner_tagger.infer
    word_id, shape_id, pad_mask = padded_batch(sequences, infer.encoder)
    pred = infer.model(word_id, shape_id, pad_mask)
    crf = infer.model.head.crf
    ours = analysis.crf_decode(crf.transitions.array, pred, ~pad_mask)
    theirs = crf.decode(pred, ~pad_mask)
    assert len(ours) == len(theirs) == len(sequences)
    for mine, reference, words in zip(ours, theirs, sequences, strict=True):
        assert mine.dtype == reference.dtype and len(mine) == len(words)
        assert mine.tolist() == reference.tolist()


@pytest.mark.parametrize(
    "n_texts, batch_size, slots, expected",
    [(300, 64, 1, 64), (300, 64, 2, 38), (40, 64, 2, 16), (5000, 64, 2, 64), (3, 64, 4, 16)],
)
def test_parallel_batches_even_out_the_workers(n_texts, batch_size, slots, expected):
    assert parallel_batch_size(n_texts, batch_size, slots) == expected


@pytest.mark.parametrize("budget", [1, 7, 64])
def test_budget_batches_cover_every_index_once(budget):
    lengths = [5, 0, 12, 3, 3, 40, 1]
    batches = analysis.budget_batches(lengths, budget)
    assert sorted(index for batch in batches for index in batch) == list(range(len(lengths)))
    for batch in batches:
        longest = max(lengths[index] for index in batch)
        assert len(batch) == 1 or len(batch) * longest <= budget


def test_two_workers_equal_one(wikinews, models, local_corpus):
    parallel = helpers.analyze(
        wikinews, models=models, workers=2, cache_dir=None, progress=False, batch_size=5
    )
    assert_same_tables(local_corpus, parallel)


def test_dask_local_cluster_equals_local(wikinews, local_corpus):
    distributed = pytest.importorskip("distributed")
    articles = wikinews.head(4)
    with (
        distributed.LocalCluster(
            n_workers=2, processes=True, threads_per_worker=1, dashboard_address=None
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        on_dask = helpers.analyze(
            articles, client=client, cache_dir=None, progress=False, batch_size=2
        )
    ids = set(articles["article_id"])
    for name in ("articles", *TABLE_NAMES):
        expected = getattr(local_corpus, name)
        expected = expected[expected["article_id"].isin(ids)].reset_index(drop=True)
        pd.testing.assert_frame_equal(getattr(on_dask, name), expected, obj=name)


def test_workers_auto_is_the_cores():
    assert resolve_workers("auto") >= 1
    assert resolve_workers(3) == 3


@pytest.mark.parametrize("workers", [0, -1, "all", 1.5, True])
def test_bad_workers_raise(workers):
    with pytest.raises(ValueError, match="positive int or 'auto'"):
        resolve_workers(workers)


@pytest.fixture
def lazy(wikinews, models, tmp_path):
    # the first article twice (another id): counts are per article, so it counts twice
    articles = pd.concat(
        [wikinews.head(8), wikinews.head(1).assign(article_id="again")], ignore_index=True
    )
    return helpers.analyze_to_cache(
        articles, cache_dir=tmp_path, models=models, progress=False, batch_size=3
    )


def test_lazy_corpus_counts_equal_in_memory_counts(lazy, models, tmp_path):
    corpus = helpers.analyze(lazy.articles, models=models, cache_dir=tmp_path, progress=False)
    assert corpus.stats["analysed"] == 0  # analyze reuses what analyze_to_cache stored
    tokens = corpus.tokens
    content = tokens[~tokens["is_stop"] & ~tokens["is_punct"]]
    expected = content["lemma"].value_counts()
    got = lazy.lemma_counts().set_index("lemma")["count"]
    assert got.to_dict() == expected.to_dict()
    assert got.is_monotonic_decreasing
    people = lazy.counts("entities", "name", pc.field("type") == "PER")
    expected = corpus.entities.query("type == 'PER'")["name"].value_counts()
    assert people.set_index("value")["count"].to_dict() == expected.to_dict()
    for name in TABLE_NAMES:
        pd.testing.assert_frame_equal(lazy.table(name), getattr(corpus, name), obj=name)


def test_lazy_table_for_some_articles(lazy):
    some = lazy.table("sentences", ["again"])
    assert set(some["article_id"]) == {"again"}
    assert some["text"].str.len().sum() > 0


def test_lazy_corpus_rerun_analyses_nothing(lazy, models):
    again = helpers.analyze_to_cache(
        lazy.articles, cache_dir=lazy.cache.dir.parent, models=models, progress=False
    )
    assert again.stats == {"articles": 9, "analysed": 0, "from_cache": 8}  # distinct texts


def test_unreadable_part_is_dropped_with_a_warning(lazy):
    parts = sorted((lazy.cache.dir / "tokens").glob("*.parquet"))
    parts[0].write_bytes(b"not parquet at all")
    with pytest.warns(helpers.CacheWarning, match="recomputed"):
        with pytest.raises(LookupError, match="analyze_to_cache again"):
            lazy.lemma_counts()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", helpers.CacheWarning)
        again = helpers.analyze_to_cache(
            lazy.articles, cache_dir=lazy.cache.dir.parent, progress=False, batch_size=3
        )
    assert 0 < again.stats["analysed"] <= 3
    assert again.lemma_counts(5)["count"].iloc[0] > 0


def test_analyze_to_cache_needs_a_cache_dir(wikinews):
    with pytest.raises(ValueError, match="cache_dir"):
        helpers.analyze_to_cache(wikinews, cache_dir=None)


def test_batch_leaves_the_garbage_collector_as_it_was(models):
    import gc

    assert gc.get_freeze_count() == 0
    analysis.analyze_batch(EDGE_TEXTS[2:4], models)
    assert gc.get_freeze_count() == 0 and gc.isenabled()
    gc.freeze()  # frozen by someone else (a pre-forking server): left frozen
    try:
        frozen = gc.get_freeze_count()
        analysis.analyze_batch(EDGE_TEXTS[2:4], models)
        assert gc.get_freeze_count() >= frozen // 2 > 0  # not handed back by analyze_batch
    finally:
        gc.unfreeze()


def test_forked_worker_collects_then_freezes_what_it_built(monkeypatch):
    import gc
    import weakref

    class Node:
        pass

    monkeypatch.setattr(analysis, "HEAP_FROZEN_BY_PARENT", True)
    cycle = Node()
    cycle.self = cycle
    gone = weakref.ref(cycle)
    kept = [Node()]  # a memo table the worker built in an earlier batch
    del cycle
    try:
        with analysis.frozen_heap():
            assert gone() is None  # the earlier batch's cyclic garbage was collected
            assert gc.get_freeze_count() > 0
            assert not any(obj is kept for obj in gc.get_objects())  # frozen: out of the passes
        assert gc.get_freeze_count() > 0  # a worker keeps it frozen: nothing to hand back
    finally:
        gc.unfreeze()
