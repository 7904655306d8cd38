"""The one natasha pass: tables, columns, offsets, lemmas, entities on the seed."""

import json

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import helpers
from helpers import tables

TABLE_SPECS = [
    ("sentences", tables.SENTENCES),
    ("tokens", tables.TOKENS),
    ("entities", tables.ENTITIES),
    ("quotes", tables.QUOTES),
]


def assert_offsets(frame: pd.DataFrame, texts: dict[str, str]) -> None:
    for row in frame.itertuples(index=False):
        text = texts[row.article_id] if hasattr(row, "article_id") else texts[None]
        assert text[row.start : row.stop] == row.text


@pytest.fixture(scope="module")
def seed_corpus(seed_text):
    articles = pd.DataFrame({"article_id": ["seed"], "text": [seed_text]})
    return helpers.analyze(articles, cache_dir=None, progress=False)


@pytest.mark.parametrize(("name", "spec"), TABLE_SPECS)
def test_tables_have_fixed_columns(seed_corpus, name, spec):
    frame = getattr(seed_corpus, name)
    assert list(frame.columns) == list(spec)
    assert {c: str(t) for c, t in frame.dtypes.items()} == {c: str(t) for c, t in spec.items()}


@pytest.mark.parametrize(("name", "spec"), TABLE_SPECS)
def test_empty_corpus_keeps_columns(name, spec):
    corpus = helpers.analyze(
        pd.DataFrame({"article_id": ["empty"], "text": [""]}), cache_dir=None, progress=False
    )
    frame = getattr(corpus, name)
    assert frame.empty
    assert list(frame.columns) == list(spec)


@pytest.mark.parametrize("name", ["sentences", "tokens", "entities", "quotes"])
def test_offsets_hold_on_the_seed(seed_corpus, seed_text, name):
    assert_offsets(getattr(seed_corpus, name), {"seed": seed_text})


@pytest.mark.parametrize(
    ("form", "lemma"),
    [("Казахстана", "казахстан"), ("Казахстаном", "казахстан"), ("министерств", "министерство")],
)
def test_lemmas_are_lowercase_dictionary_forms(seed_corpus, form, lemma):
    tokens = seed_corpus.tokens
    assert set(tokens.loc[tokens["text"] == form, "lemma"]) == {lemma}


def test_lemmas_fold_yo():
    tokens = helpers.analyze_text("Всё решено: ёлки привезли.").tokens
    assert not tokens["lemma"].str.contains("ё").any()


def test_seed_entities_include_shoigu_and_kazakhstan(seed_corpus):
    names = set(seed_corpus.entities["name"])
    assert "Сергей Шойгу" in names
    assert "Казахстан" in names


def test_dateline_is_not_content(seed_corpus, seed_text):
    dateline = helpers.find_dateline(seed_text)
    entities = seed_corpus.entities
    in_dateline = entities["start"] < dateline.stop
    assert entities.loc[in_dateline, "in_dateline"].all()
    assert not entities.loc[~in_dateline, "in_dateline"].any()
    tokens = seed_corpus.tokens
    assert (
        tokens.loc[tokens["start"] < dateline.stop, "is_stop"].all()
        or tokens.loc[tokens["start"] < dateline.stop, "is_punct"].any()
    )
    words = tokens[(tokens["start"] < dateline.stop) & ~tokens["is_punct"]]
    assert words["is_stop"].all()


def test_stop_words_are_function_words_and_boilerplate(seed_corpus):
    tokens = seed_corpus.tokens.set_index("text")
    assert tokens.loc["и", "is_stop"].all()
    assert tokens.loc["заявил", "is_stop"].all()
    assert not tokens.loc["сотрудничество", "is_stop"].any()
    assert "война" not in helpers.stop_words()


def test_punctuation_flagged(seed_corpus):
    tokens = seed_corpus.tokens
    assert tokens.loc[tokens["text"].isin([",", ".", '"', "-"]), "is_punct"].all()
    assert not tokens.loc[tokens["text"] == "Шойгу", "is_punct"].any()


def test_per_text_helpers_match_corpus(seed_corpus, seed_text):
    entities = helpers.extract_entities(seed_text)
    assert list(entities.columns) == list(tables.without_article(tables.ENTITIES))
    expected = seed_corpus.entities.drop(columns="article_id")
    pd.testing.assert_frame_equal(entities, expected)
    quotes = helpers.extract_quotes(seed_text)
    assert list(quotes.columns) == list(tables.without_article(tables.QUOTES))


@pytest.mark.parametrize(
    ("articles", "message"),
    [
        (pd.DataFrame({"text": ["a"]}), "article_id"),
        (pd.DataFrame({"article_id": ["a", "a"], "text": ["x", "y"]}), "unique"),
        (pd.DataFrame({"article_id": ["a"], "text": [None]}), "string"),
        (
            pd.DataFrame({"article_id": ["a"], "text": pd.Series(["x\ud800"], dtype=object)}),
            "surrogates",
        ),
    ],
)
def test_bad_articles_raise_clear_errors(articles, message):
    with pytest.raises(ValueError, match=message):
        helpers.analyze(articles, cache_dir=None, progress=False)


def test_crlf_text_offsets_hold():
    text = helpers.normalize_text("Первая строка.\r\n«Мы готовы», — сказал Иван Петров.\r\n")
    analysis = helpers.analyze_text(text)
    for frame in (analysis.sentences, analysis.tokens, analysis.entities, analysis.quotes):
        for row in frame.itertuples(index=False):
            assert text[row.start : row.stop] == row.text


@pytest.fixture(scope="module")
def wikinews_sample(shared_corpora):
    path = shared_corpora / "wikinews-ru" / "articles.jsonl"
    with open(path, encoding="utf-8") as handle:
        records = [json.loads(line) for _, line in zip(range(12), handle, strict=False)]
    return pd.DataFrame(
        {"article_id": [r["id"] for r in records], "text": [r["text"] for r in records]}
    )


def test_offsets_hold_on_real_articles(wikinews_sample):
    corpus = helpers.analyze(wikinews_sample, cache_dir=None, progress=False)
    texts = dict(zip(wikinews_sample["article_id"], wikinews_sample["text"], strict=True))
    for name, _ in TABLE_SPECS:
        assert_offsets(getattr(corpus, name), texts)
    assert corpus.tokens["article_id"].nunique() == len(wikinews_sample)


texts = st.text(
    alphabet=st.sampled_from(
        list("абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВЕЁКМНОРСТ \n\t.,:;!?«»\"'—–-()")
    )
    | st.characters(),
    max_size=300,
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=texts)
def test_offsets_hold_on_generated_text(text):
    text = helpers.normalize_text(text)
    analysis = helpers.analyze_text(text)
    for frame in (analysis.sentences, analysis.tokens, analysis.entities, analysis.quotes):
        for row in frame.itertuples(index=False):
            assert text[row.start : row.stop] == row.text


@pytest.mark.parametrize("odd", ["\U00017000", "\U0010fffd", "\u0378", "\x00", "\u200b"])
def test_characters_without_a_unicode_name_do_not_break_analysis(odd):
    text = f"Слово {odd} и Казахстана{odd}"
    tokens = helpers.analyze_text(text).tokens
    assert "казахстан" in set(tokens["lemma"]) or odd in "".join(tokens["text"])
    for row in tokens.itertuples(index=False):
        assert text[row.start : row.stop] == row.text
