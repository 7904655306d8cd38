"""Topic models: reproducibility, NPMI by hand, stability on separate subjects, too little data."""

from __future__ import annotations

import math
import re

import matplotlib
import numpy as np
import pandas as pd
import pytest

import helpers
from helpers.topics.model import TopicModel, documents
from helpers.topics.quality import match_topics, npmi_coherence, pick_n_topics, topic_diversity
from helpers.topics.units import paragraph_spans

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402


@pytest.fixture(autouse=True)
def _close_figures():
    yield
    plt.close("all")


# three subjects with disjoint vocabularies; an article belongs to one when it
# matches that subject's pattern at least 3 times and the others' never
SUBJECTS = {
    "football": r"футбол",
    "space": r"космо|космич|орбит|МКС|астронавт",
    "music": r"музык|песн|альбом",
}
PER_SUBJECT = 8
LEAD = 1200  # analyse each article's first 1200 characters (cut at a line break)


def select_subjects(frame: pd.DataFrame) -> pd.DataFrame:
    counts = pd.DataFrame(
        {name: frame["text"].str.count(pattern, flags=re.I) for name, pattern in SUBJECTS.items()}
    )
    picked = []
    for name in SUBJECTS:
        others = counts.drop(columns=name).sum(axis=1)
        mine = frame[(counts[name] >= 3) & (others == 0)].head(PER_SUBJECT)
        picked.append(mine.assign(subject=name))
    return pd.concat(picked, ignore_index=True)


@pytest.fixture(scope="module")
def subjects(shared_corpora, tmp_path_factory) -> helpers.Corpus:
    raw = pd.read_json(shared_corpora / "wikinews-ru" / "articles.jsonl", lines=True)
    chosen = select_subjects(raw)
    articles = pd.DataFrame(
        {
            "article_id": chosen["id"].astype(str),
            "title": chosen["title"],
            "text": [text[:LEAD].rsplit("\n", 1)[0] for text in chosen["text"]],
            "subject": chosen["subject"],
        }
    )
    cache = tmp_path_factory.mktemp("cache")
    return helpers.analyze(articles, cache_dir=cache, progress=False)


@pytest.fixture(scope="module")
def nmf_model(subjects) -> TopicModel:
    return TopicModel(n_topics=3).fit(subjects)


# --- NPMI, diversity, matching: by hand ------------------------------------------------

TINY = [
    ["матч", "гол", "тренер"],
    ["матч", "гол"],
    ["ракета", "орбита"],
    ["ракета", "матч"],
]


def test_npmi_matches_hand_computation():
    # P(матч)=3/4, P(гол)=2/4, P(матч,гол)=2/4
    # P(ракета)=2/4, P(орбита)=1/4, P(ракета,орбита)=1/4
    # P(гол,ракета)=0 -> -1 by definition
    matchgol = math.log((2 / 4) / ((3 / 4) * (2 / 4))) / -math.log(2 / 4)
    rocket = math.log((1 / 4) / ((2 / 4) * (1 / 4))) / -math.log(1 / 4)
    got = npmi_coherence([["матч", "гол"], ["ракета", "орбита"], ["гол", "ракета"]], TINY)
    assert got == pytest.approx([matchgol, rocket, -1.0])


def test_npmi_of_a_topic_averages_its_pairs():
    # pairs of (матч, гол, тренер): (матч,гол), (матч,тренер), (гол,тренер)
    p = {"матч": 3 / 4, "гол": 2 / 4, "тренер": 1 / 4}
    joint = {("матч", "гол"): 2 / 4, ("матч", "тренер"): 1 / 4, ("гол", "тренер"): 1 / 4}
    expected = np.mean([math.log(j / (p[a] * p[b])) / -math.log(j) for (a, b), j in joint.items()])
    assert npmi_coherence([["матч", "гол", "тренер"]], TINY) == pytest.approx([expected])


def test_diversity_counts_unique_top_terms():
    assert topic_diversity([["матч", "гол"], ["ракета", "гол"]]) == pytest.approx(3 / 4)


def test_match_topics_is_a_one_to_one_best_match():
    a = [["матч", "гол"], ["ракета", "орбита"]]
    b = [["ракета", "орбита"], ["матч", "тренер"]]
    assert match_topics(a, b) == pytest.approx((1 + 1 / 3) / 2)
    assert match_topics(a, a) == 1.0


def test_pick_n_topics_takes_the_best_mean_of_scaled_measures():
    quality = pd.DataFrame(
        {
            "n_topics": [3, 5, 8],
            "npmi": [0.1, 0.2, 0.15],
            "diversity": [1.0, 0.9, 0.6],
            "stability": [0.7, 0.9, 0.5],
        }
    )
    # scaled: n=3 -> (0, 1, .5); n=5 -> (1, .75, 1); n=8 -> (.5, 0, 0)
    assert pick_n_topics(quality) == 5


# --- documents and units ---------------------------------------------------------------


def test_paragraph_spans_split_at_line_breaks():
    text = "Заголовок\r\n\nПервый абзац.\nВторой абзац.  \n\n"
    spans = paragraph_spans(text.replace("\r\n", "\n"))
    assert [text.replace("\r\n", "\n")[a:b] for a, b in spans] == [
        "Заголовок",
        "Первый абзац.",
        "Второй абзац.",
    ]


# --- too little data -------------------------------------------------------------------


@pytest.fixture(scope="module")
def one_article(tmp_path_factory) -> helpers.Corpus:
    text = (
        "МОСКВА, 23 июня. Министр обороны провёл переговоры с коллегой.\n"
        "Стороны обсудили военное сотрудничество двух стран.\n"
        "Футбольный клуб «Спартак» выиграл матч у «Зенита» со счётом 2:1.\n"
        "Болельщики праздновали победу команды на стадионе."
    )
    articles = pd.DataFrame({"article_id": ["one"], "text": [text]})
    return helpers.analyze(articles, cache_dir=tmp_path_factory.mktemp("c1"), progress=False)


@pytest.mark.parametrize("method", ["nmf", "lda", "navec"])
def test_one_article_gives_a_clear_message(one_article, method):
    with pytest.raises(ValueError, match="topic model needs more articles.*topic_units"):
        TopicModel(n_topics=2, method=method).fit(one_article)


def test_empty_corpus_gives_a_clear_message(one_article):
    empty = helpers.Corpus(
        articles=one_article.articles.iloc[:0],
        sentences=one_article.sentences.iloc[:0],
        tokens=one_article.tokens.iloc[:0],
        entities=one_article.entities.iloc[:0],
        quotes=one_article.quotes.iloc[:0],
    )
    with pytest.raises(ValueError, match=r"needs more articles: got 0"):
        TopicModel(n_topics=3).fit(empty)
    with pytest.raises(ValueError, match=r"needs more articles: got 0"):
        helpers.choose_n_topics(empty, [2, 3])


def test_one_article_is_modelled_by_its_paragraphs(one_article):
    units = helpers.split_units(one_article, "paragraph")
    assert units.articles["article_id"].tolist() == [f"one#p{n}" for n in range(1, 5)]
    first = units.tokens[units.tokens["article_id"] == "one#p3"].iloc[0]
    text = units.articles.set_index("article_id").loc["one#p3", "text"]
    assert text[first["start"] : first["stop"]] == first["text"] == "Футбольный"


def test_topic_units_explains_and_falls_back_to_sentences(one_article):
    units, note = helpers.topic_units(one_article, min_articles=30)
    assert "Only 1 article: a topic model needs more articles" in note
    # 4 paragraphs are too few, its 5 sentences are more
    assert units.articles["article_id"].tolist() == [f"one#s{n}" for n in range(1, 6)]
    assert "5 sentences" in note


# --- on Wikinews articles of three separate subjects ------------------------------------


def test_terms_are_lemmas_without_stop_words_and_numbers(subjects):
    terms = {term for doc in documents(subjects) for term in doc}
    assert "футбол" in terms or "футболист" in terms
    assert not any(re.search(r"\d", term) for term in terms)
    assert not terms & helpers.stop_words()


def test_bigrams_join_adjacent_content_lemmas(one_article):
    terms = documents(one_article, bigrams=True).iloc[0]
    assert "министр оборона" in terms  # "Министр обороны"
    assert "военный сотрудничество" in terms  # "военное сотрудничество"
    # a stop word or punctuation in between breaks a pair: "коллегой. Стороны"
    assert "коллега сторона" not in terms
    assert "матч" in terms and "министр" in terms


def test_weekly_shares_start_on_monday(subjects, nmf_model):
    model = nmf_model
    dated = subjects.articles.assign(date=pd.Timestamp("2024-05-08"))  # a Wednesday
    corpus = helpers.Corpus(
        articles=dated,
        sentences=subjects.sentences,
        tokens=subjects.tokens,
        entities=subjects.entities,
        quotes=subjects.quotes,
    )
    shares = helpers.topic_shares_over_time(model, corpus, "week")
    assert shares["period"].unique().tolist() == [pd.Timestamp("2024-05-06")]


@pytest.mark.parametrize("method", ["nmf", "lda", "navec"])
def test_same_seed_gives_identical_topics(subjects, method):
    first = TopicModel(n_topics=3, method=method, random_state=7).fit(subjects)
    second = TopicModel(n_topics=3, method=method, random_state=7).fit(subjects)
    pd.testing.assert_frame_equal(first.topic_terms(10), second.topic_terms(10))
    pd.testing.assert_frame_equal(first.transform(subjects), second.transform(subjects))
    assert first.topic_labels_ == second.topic_labels_


@pytest.mark.parametrize("method", ["nmf", "lda", "navec"])
def test_output_frames(subjects, method):
    model = TopicModel(n_topics=3, method=method).fit(subjects)
    weights = model.transform(subjects)
    assert list(weights.columns) == ["article_id", "topic", "weight"]
    sums = weights.groupby("article_id")["weight"].sum()
    assert np.allclose(sums, 1.0)
    terms = model.topic_terms(5)
    assert list(terms.columns) == ["topic", "rank", "term", "weight"]
    assert terms.groupby("topic")["rank"].max().tolist() == [5, 5, 5]
    labels = model.labels()
    assert list(labels.columns) == ["topic", "label"] and labels["label"].is_unique
    assert model.doc_topic_.shape == (len(model.article_ids_), 3)
    if method == "navec":
        assert model.labels_.tolist() == model.doc_topic_.argmax(axis=1).tolist()
        assert ((model.similarity_ > 0) & (model.similarity_ <= 1 + 1e-9)).all()


@pytest.mark.parametrize("method", ["nmf", "navec"])
def test_topics_recover_the_subjects(subjects, method):
    model = TopicModel(n_topics=3, method=method).fit(subjects)
    main = (
        model.transform(subjects).sort_values("weight").drop_duplicates("article_id", keep="last")
    )
    truth = subjects.articles.astype({"article_id": str}).set_index("article_id")["subject"]
    table = pd.crosstab(main["topic"], truth.loc[main["article_id"]].to_numpy())
    # each topic is dominated by one subject, and different topics by different subjects
    assert table.idxmax(axis=1).is_unique
    assert table.max(axis=1).sum() >= 0.8 * len(main)


@pytest.mark.parametrize("method", ["nmf", "navec"])
def test_stability_is_near_one_for_separate_subjects(subjects, method):
    # five seeds on all 30 articles; LDA is left out: on 30 articles its topics
    # change with the seed (about 0.5), see the report of benchmarks/topics.py
    value = helpers.topic_stability(subjects, 3, method=method, seeds=5, subsample=1, top_n=10)
    assert value >= 0.9


def test_stability_is_lower_for_more_topics_than_subjects(subjects):
    # 3 subjects split into 6 topics: the split depends on the sample
    separate = helpers.topic_stability(subjects, 3, method="navec", seeds=3, subsample=0.8)
    split = helpers.topic_stability(subjects, 6, method="navec", seeds=3, subsample=0.8)
    assert split < separate


def test_choose_n_topics_frame_and_auto(subjects):
    quality = helpers.choose_n_topics(subjects, [2, 3, 4], method="nmf", seeds=3)
    assert list(quality.columns) == ["n_topics", "npmi", "diversity", "stability"]
    assert quality["n_topics"].tolist() == [2, 3, 4]
    assert quality["npmi"].between(-1, 1).all() and quality["diversity"].between(0, 1).all()
    assert pick_n_topics(quality) in (2, 3, 4)


def test_typical_articles_and_shares(subjects, nmf_model):
    model = nmf_model
    typical = helpers.typical_articles(model, subjects, n=3)
    assert typical.groupby("topic").size().tolist() == [3, 3, 3]
    assert typical["title"].notna().all()
    # Wikinews texts repeat the title as their first line; the snippet skips it
    assert not any(
        s.startswith(t) for s, t in zip(typical["snippet"], typical["title"], strict=True)
    )
    dated = subjects.articles.assign(
        date=pd.date_range("2024-01-01", "2024-05-31", periods=len(subjects.articles)),
        source=["А", "Б"] * (len(subjects.articles) // 2),
    )
    dated_corpus = helpers.Corpus(
        articles=dated,
        sentences=subjects.sentences,
        tokens=subjects.tokens,
        entities=subjects.entities,
        quotes=subjects.quotes,
    )
    shares = helpers.topic_shares_over_time(model, dated_corpus, "month")
    assert list(shares.columns) == ["period", "topic", "label", "share", "articles"]
    assert np.allclose(shares.groupby("period")["share"].sum(), 1.0)
    assert shares["period"].nunique() == 5  # Jan..May 2024, calendar months
    by_source = helpers.topic_shares_by_source(model, dated_corpus)
    assert sorted(by_source["source"].unique()) == ["А", "Б"]
    # no dates: an empty frame with the same columns, and a plot that says so
    empty = helpers.topic_shares_over_time(model, subjects, "week")
    assert list(empty.columns) == list(shares.columns) and not len(empty)
    ax = helpers.plot_topic_shares(empty)
    assert ax.get_title() == "Темы во времени"
    assert [text.get_text() for text in ax.texts] == ["нет дат у статей"]
    assert not ax.collections
    # with dates: one stacked band per topic, named by its label, over the five months
    ax = helpers.plot_topic_shares(shares)
    assert (ax.get_xlabel(), ax.get_ylabel()) == ("дата", "доля статей")
    assert len(ax.collections) == 3 and ax.get_ylim() == (0, 1)
    labels = [f"{topic}: {label}" for topic, label in enumerate(model.topic_labels_)]
    assert [text.get_text() for text in ax.get_legend().get_texts()] == labels


def tick_texts(labels) -> list[str]:
    return [label.get_text() for label in labels]


def test_topic_terms_panel_per_topic_with_its_terms(nmf_model):
    model = nmf_model
    terms, labels = model.topic_terms(6), model.labels()
    axes = helpers.plot_topic_terms(terms, labels)
    assert len(axes) == 3
    for topic, ax in enumerate(axes):
        mine = terms.loc[terms["topic"] == topic].sort_values("rank")
        assert ax.get_title() == f"{topic}: {model.topic_labels_[topic]}"
        assert ax.get_xlabel() == "вес термина"
        assert len(ax.patches) == len(mine) == 6
        assert tick_texts(ax.get_yticklabels()) == mine["term"].tolist()[::-1]  # rank 1 on top
        assert [bar.get_width() for bar in ax.patches] == mine["weight"].tolist()[::-1]


def test_doc_topics_heatmap_has_a_row_per_article_and_a_column_per_topic(subjects, nmf_model):
    model = nmf_model
    weights = model.transform(subjects)
    ax = helpers.plot_doc_topics(weights, model.labels())
    assert ax.get_title() == "Доли тем в статьях"
    assert (ax.get_xlabel(), ax.get_ylabel()) == ("тема", "статья")
    assert ax.images[0].get_array().shape == (weights["article_id"].nunique(), 3)
    labels = [f"{topic}: {label}" for topic, label in enumerate(model.topic_labels_)]
    assert tick_texts(ax.get_xticklabels()) == labels
    assert set(tick_texts(ax.get_yticklabels())) == set(weights["article_id"].astype(str))
    assert ax.figure.axes[-1].get_ylabel() == "вес темы"  # the colour bar


def test_topic_quality_draws_three_measures_and_the_choice():
    quality = pd.DataFrame(
        {"n_topics": [2, 3], "npmi": [0.1, 0.2], "diversity": [1, 0.9], "stability": [0.8, 0.9]}
    )
    ax = helpers.plot_topic_quality(quality, chosen=3)
    assert ax.get_title() == "Качество тем"
    assert (ax.get_xlabel(), ax.get_ylabel()) == ("число тем", "значение меры")
    npmi, diversity, stability, chosen = ax.get_lines()
    assert list(npmi.get_xdata()) == [2, 3] and list(npmi.get_ydata()) == [0.1, 0.2]
    assert list(diversity.get_ydata()) == [1, 0.9]
    assert list(stability.get_ydata()) == [0.8, 0.9]
    assert list(chosen.get_xdata()) == [3, 3]
    assert [text.get_text() for text in ax.get_legend().get_texts()] == [
        "NPMI (связность)",
        "разнообразие",
        "стабильность",
        "выбрано: 3",
    ]
