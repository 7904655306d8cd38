"""Frequency and corpus statistics: hand counts on the seed, hand-computed G² and
logDice on small tables, KWIC over inflected forms, plots on the seed and Wikinews."""

import math
import re

import matplotlib
import numpy as np
import pandas as pd
import pytest
from matplotlib.colors import to_hex

import helpers
from helpers import tables
from helpers.stats.collocations import COLLOCATIONS
from helpers.stats.dispersion import DISPERSION, DUPLICATES
from helpers.stats.frequency import TERM_COUNTS
from helpers.stats.keyness import KEYNESS
from helpers.stats.kwic import KWIC
from helpers.stats.trends import TRENDS

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402

WIKINEWS_SAMPLE = 40

# forms of the proper noun Казахстан (not the adjective казахстанский)
KAZAKHSTAN = re.compile(r"\bКазахстан(?:а|у|ом|е)?\b")
COOPERATION = re.compile(r"\bсотрудничеств\w*", re.IGNORECASE)
PUNCT = set(',.;:!?"«»()—–')


# --- fixtures -------------------------------------------------------------------------


def seed_articles(text: str) -> pd.DataFrame:
    return pd.DataFrame(
        {
            "article_id": ["seed"],
            "text": [text],
            "date": [pd.Timestamp("2022-06-23")],
            "source": ["ТАСС"],
        }
    )


@pytest.fixture(scope="module")
def seed(seed_text, tmp_path_factory):
    cache = tmp_path_factory.mktemp("cache")
    return helpers.analyze(seed_articles(seed_text), cache_dir=cache, progress=False)


@pytest.fixture(scope="module")
def wiki(shared_corpora, tmp_path_factory):
    """The first Wikinews articles, analysed once, dated one a day from 1 Jan 2016 by hand."""
    frame = pd.read_json(shared_corpora / "wikinews-ru" / "articles.jsonl", lines=True)
    articles = frame.head(WIKINEWS_SAMPLE).rename(columns={"id": "article_id"})
    articles = articles[["article_id", "title", "text"]].assign(
        date=pd.date_range("2016-01-01", periods=len(articles), freq="D"), source="Викиновости"
    )
    cache = tmp_path_factory.mktemp("cache")
    return helpers.analyze(articles, cache_dir=cache, progress=False)


@pytest.fixture(scope="module")
def mixed(seed, wiki):
    """The seed and the Wikinews sample in one corpus (two sources)."""
    return helpers.Corpus(
        **{
            name: pd.concat([getattr(seed, name), getattr(wiki, name)], ignore_index=True)
            for name in ("articles", "sentences", "tokens", "entities", "quotes")
        }
    )


def toy_corpus(articles: dict[str, list[list[str]]]) -> helpers.Corpus:
    """A corpus built by hand: article id -> sentences -> lemmas (words only, no stop words)."""
    rows, texts = [], {}
    for article_id, sentences in articles.items():
        text, token_id = "", 0
        for sent_id, words in enumerate(sentences):
            for word in words:
                start = len(text)
                text += word + " "
                rows.append((article_id, sent_id, token_id, start, start + len(word), word))
                token_id += 1
            text += "\n"
        texts[article_id] = text
    names = ["article_id", "sent_id", "token_id", "start", "stop", "text"]
    columns = dict(zip(names, zip(*rows, strict=True), strict=True))
    tokens = tables.make_frame(
        columns
        | {
            "lemma": columns["text"],
            "pos": ["NOUN"] * len(rows),
            "is_stop": [False] * len(rows),
            "is_punct": [False] * len(rows),
        },
        tables.TOKENS,
    )
    return helpers.Corpus(
        articles=pd.DataFrame({"article_id": list(texts), "text": list(texts.values())}),
        sentences=tables.make_frame(None, tables.SENTENCES),
        tokens=tokens,
        entities=tables.make_frame(None, tables.ENTITIES),
        quotes=tables.make_frame(None, tables.QUOTES),
    )


def count_of(frame: pd.DataFrame, term: str) -> int:
    rows = frame.loc[frame["term"] == term, "count"]
    return int(rows.iloc[0]) if len(rows) else 0


# --- term counts ----------------------------------------------------------------------


def test_lemma_count_equals_the_forms_in_the_text(seed, seed_text):
    counts = helpers.term_counts(seed)
    assert list(counts.columns) == list(TERM_COUNTS)
    assert count_of(counts, "казахстан") == len(KAZAKHSTAN.findall(seed_text))
    assert count_of(counts, "шойгу") == seed_text.count("Шойгу")
    assert count_of(counts, "сотрудничество") == len(COOPERATION.findall(seed_text))


def test_token_unit_counts_surface_forms(seed, seed_text):
    counts = helpers.term_counts(seed, "token")
    forms = [form.lower() for form in KAZAKHSTAN.findall(seed_text)]
    for form in set(forms):
        assert count_of(counts, form) == forms.count(form)
    assert count_of(counts, "казахстан") < count_of(helpers.term_counts(seed), "казахстан")


def test_per_10k_and_docs(seed):
    counts = helpers.term_counts(seed)
    words = int((~seed.tokens["is_punct"]).sum())
    row = counts.loc[counts["term"] == "шойгу"].iloc[0]
    assert row["per_10k"] == pytest.approx(row["count"] / words * 10_000)
    assert set(counts["docs"]) == {1}
    assert counts["count"].is_monotonic_decreasing


def test_stop_words_and_punctuation_are_switchable(seed):
    default = helpers.term_counts(seed)
    everything = helpers.term_counts(seed, stop=True, punct=True, numbers=True)
    assert "и" not in set(default["term"]) and "и" in set(everything["term"])
    assert "," not in set(default["term"]) and "," in set(everything["term"])
    assert everything["count"].sum() == len(seed.tokens)


def test_ngrams_never_bridge_punctuation(seed, seed_text):
    occ = helpers.term_occurrences(seed, unit="ngram", n=2)
    assert len(occ)
    for row in occ.itertuples():
        first, second = row.term.split()
        assert not PUNCT & set(seed_text[row.start : row.stop]), row.term
    # "Казахстана, заявил в четверг": stop words are skipped, the comma is not
    assert "казахстан четверг" not in set(occ["term"])
    assert "военный сотрудничество" in set(occ["term"])  # "военного сотрудничества"


def test_counts_by_article_column(mixed):
    counts = helpers.term_counts(mixed, by="source")
    assert list(counts.columns) == ["source", *TERM_COUNTS]
    seed_rows = counts.loc[counts["source"] == "ТАСС"]
    alone = helpers.term_counts(helpers.subcorpus(mixed, mixed.articles["source"] == "ТАСС"))
    assert count_of(seed_rows, "казахстан") == count_of(alone, "казахстан")
    assert seed_rows.set_index("term")["per_10k"].to_dict() == pytest.approx(
        alone.set_index("term")["per_10k"].to_dict()
    )
    monthly = helpers.term_counts(mixed, by="month")
    assert set(monthly["month"]) == {
        pd.Timestamp("2022-06-01"),
        pd.Timestamp("2016-01-01"),
        pd.Timestamp("2016-02-01"),
    }


# --- collocations ---------------------------------------------------------------------

# five sentences; the pair (военный, сотрудничество) in two of them
TOY = {
    "a": [["военный", "сотрудничество"], ["военный", "сотрудничество"], ["военный", "учение"]],
    "b": [["международный", "сотрудничество"], ["новый", "учение"]],
}


def hand_g2(o11, o12, o21, o22):
    # Dunning (1993); Evert (2008) "Corpora and collocations": G² = 2 Σ O ln(O/E), E = R·C/N
    n = o11 + o12 + o21 + o22
    r1, r2, c1, c2 = o11 + o12, o21 + o22, o11 + o21, o12 + o22
    cells = [(o11, r1 * c1 / n), (o12, r1 * c2 / n), (o21, r2 * c1 / n), (o22, r2 * c2 / n)]
    return 2 * sum(o * math.log(o / e) for o, e in cells if o > 0)


def test_bigram_scores_match_hand_values():
    frame = helpers.collocations(toy_corpus(TOY), min_count=1)
    assert list(frame.columns) == list(COLLOCATIONS)
    row = frame.set_index(["node", "collocate"]).loc[("военный", "сотрудничество")]
    # 5 bigrams; военный first in 3, сотрудничество second in 3, together 2
    assert row["cooc"] == 2 and row["node_freq"] == 3 and row["collocate_freq"] == 3
    assert row["expected"] == pytest.approx(3 * 3 / 5)
    # logDice, Rychlý (2008): 14 + log2(2 f_xy / (f_x + f_y))
    assert row["log_dice"] == pytest.approx(14 + math.log2(2 * 2 / (3 + 3)))
    # PMI, Church & Hanks (1990): log2(O / E)
    assert row["pmi"] == pytest.approx(math.log2(2 / 1.8))
    # t-score, Church et al. (1991): (O - E) / sqrt(O)
    assert row["t_score"] == pytest.approx((2 - 1.8) / math.sqrt(2))
    # 2x2 table: O11 = 2, O12 = 3 - 2, O21 = 3 - 2, O22 = 5 - 3 - 3 + 2
    expected_g2 = 2 * (
        2 * math.log(2 / 1.8)
        + 1 * math.log(1 / 1.2)
        + 1 * math.log(1 / 1.2)
        + 1 * math.log(1 / 0.8)
    )
    assert row["log_likelihood"] == pytest.approx(expected_g2)
    assert row["log_likelihood"] == pytest.approx(hand_g2(2, 1, 1, 1))


def test_window_scope_counts_window_slots():
    frame = helpers.collocations(toy_corpus(TOY), "сотрудничество", window=1, min_count=1)
    row = frame.set_index("collocate").loc["военный"]
    # three сотрудничество with one neighbour each: R1 = 3 slots; военный 3 times in 10 terms
    assert row["cooc"] == 2
    assert row["expected"] == pytest.approx(3 * 3 / 10)
    assert row["log_dice"] == pytest.approx(14 + math.log2(2 * 2 / (3 + 3)))
    assert row["log_likelihood"] == pytest.approx(hand_g2(2, 3 - 2, 3 - 2, 10 - 3 - 3 + 2))


def test_sentence_scope_counts_sentences():
    frame = helpers.collocations(toy_corpus(TOY), "сотрудничество", scope="sentence", min_count=1)
    row = frame.set_index("collocate").loc["военный"]
    # 5 sentences: 3 with сотрудничество, 3 with военный, 2 with both
    assert row["cooc"] == 2 and row["expected"] == pytest.approx(3 * 3 / 5)
    assert row["pmi"] == pytest.approx(math.log2(2 / 1.8))


def test_min_count_is_a_floor(seed):
    frame = helpers.collocations(seed, "сотрудничество", min_count=2)
    assert len(frame) and (frame["cooc"] >= 2).all()
    assert "военно-технический" in set(frame["collocate"])
    assert "сотрудничество" not in set(frame["collocate"])


def test_collocation_network_starts_at_the_node(seed):
    frame = helpers.collocation_network(seed, "Казахстан", top=3, depth=2, min_count=2)
    assert list(frame.columns) == list(COLLOCATIONS)
    assert frame["node"].iloc[0] == "казахстан"
    assert frame["node"].nunique() > 1


# --- keyness --------------------------------------------------------------------------


def test_keyness_matches_hand_g2():
    corpus = toy_corpus(
        {
            "target": [["казахстан", "казахстан", "казахстан", "россия"]],
            "rest": [["казахстан", "россия", "россия", "россия", "россия", "россия"]],
        }
    )
    frame = helpers.keyness(corpus, corpus.articles["article_id"] == "target", min_count=1)
    assert list(frame.columns) == list(KEYNESS)
    row = frame.set_index("term").loc["казахстан"]
    # a = 3 of c = 4 words in the target, b = 1 of d = 6 in the rest; the 2x2 table
    # (term / other words x target / rest) has N = 10, column totals 4 and 6, row totals 4 and 6.
    # G² = 2 Σ O ln(O/E), E = row * column / N (Dunning 1993; Rayson & Garside 2000 write the
    # two term cells, E1 = c(a+b)/(c+d) and E2 = d(a+b)/(c+d); the other-word cells complete it)
    e1, e2 = 4 * (3 + 1) / (4 + 6), 6 * (3 + 1) / (4 + 6)
    e3, e4 = 4 * (1 + 5) / (4 + 6), 6 * (1 + 5) / (4 + 6)
    expected = 2 * (
        3 * math.log(3 / e1) + 1 * math.log(1 / e2) + 1 * math.log(1 / e3) + 5 * math.log(5 / e4)
    )
    assert row["g2"] == pytest.approx(expected)
    assert row["p_value"] == pytest.approx(math.erfc(math.sqrt(row["g2"] / 2)))  # chi² 1 df
    # Hardie (2014): log2 of the ratio of relative frequencies
    assert row["log_ratio"] == pytest.approx(math.log2((3 / 4) / (1 / 6)))
    assert row["side"] == "target"
    assert frame.set_index("term").loc["россия", "side"] == "reference"


def test_keyness_of_a_column_value(mixed):
    frame = helpers.keyness(mixed, ("source", "ТАСС"), min_count=3)
    top = helpers.key_terms(frame, "target", top=10)
    assert "казахстан" in set(top["term"])
    assert (frame["side"] == "reference").any()
    assert frame["g2"].is_monotonic_decreasing


def test_keyness_against_general_russian(seed):
    frame = helpers.keyness(seed, reference="general", min_count=3, size=1500)
    assert list(frame.columns) == list(KEYNESS)
    target = helpers.key_terms(frame, "target")
    assert {"шойгу", "казахстан"} <= set(target["term"])
    assert frame["ref_count"].isna().all()
    # wordfreq splits hyphenated words, so военно-технический cannot be compared
    assert not frame["term"].str.contains("-").any()


def test_general_frequencies_sum_inflected_forms():
    import wordfreq

    general = helpers.general_lemma_frequencies(1500)
    forms = wordfreq.word_frequency("россия", "ru") + wordfreq.word_frequency("россии", "ru")
    assert general["россия"] >= forms
    assert "россии" not in general.index


# --- KWIC -----------------------------------------------------------------------------


def test_kwic_lemma_finds_every_form(seed, seed_text):
    lines = helpers.kwic(seed, "сотрудничество", window=5)
    assert list(lines.columns) == list(KWIC)
    assert sorted(lines["match"]) == sorted(COOPERATION.findall(seed_text))
    assert len(set(lines["match"])) > 1  # сотрудничество and сотрудничества
    for row in lines.itertuples():
        assert seed_text[row.start : row.stop] == row.match
        assert row.left and row.right
    assert (lines["date"] == pd.Timestamp("2022-06-23")).all()


def test_kwic_case_and_yo_insensitive_lemma(seed, seed_text):
    assert len(helpers.kwic(seed, "Казахстан")) == len(KAZAKHSTAN.findall(seed_text))


def test_kwic_phrase_and_regex(seed, seed_text):
    phrase = helpers.kwic(seed, "военный сотрудничество")
    assert list(phrase["match"]) == ["военного сотрудничества"]
    regex = helpers.kwic(seed, r"казахстан\w*", regex=True, window=2)
    assert len(regex) == len(re.findall(r"казахстан\w*", seed_text, re.IGNORECASE))
    assert "казахстанским" in set(regex["match"])


# --- dispersion and duplicates --------------------------------------------------------


def test_dispersion_hand_values():
    corpus = toy_corpus(
        {"a": [["суд", "закон", "суд", "закон"]], "b": [["суд", "закон", "выборы", "выборы"]]}
    )
    frame = helpers.dispersion(corpus).set_index("term")
    assert list(frame.reset_index().columns) == list(DISPERSION)
    # two parts of 4 words: выборы only in b -> p = (0, 0.5), V = 1, D = 1 - 1/sqrt(1)
    assert frame.loc["выборы", "juilland_d"] == pytest.approx(0.0)
    # Gries (2008): DP = 0.5 * (|0 - 0.5| + |1 - 0.5|)
    assert frame.loc["выборы", "dp"] == pytest.approx(0.5)
    assert frame.loc["закон", "dp"] == pytest.approx(0.5 * (abs(2 / 3 - 0.5) + abs(1 / 3 - 0.5)))
    assert frame.loc["выборы", "dp_norm"] == pytest.approx(1.0)


def test_dispersion_separates_themes_from_one_article_words(wiki):
    frame = helpers.dispersion(wiki, min_count=5).set_index("term")
    spread = frame.loc[frame["docs"] >= 5]
    lumped = frame.loc[frame["docs"] == 1]
    assert len(spread) and len(lumped)
    assert spread["dp"].mean() < lumped["dp"].mean()


def test_near_duplicates_collapse(seed_text):
    other = "Совсем другой текст. В Петербурге идёт дождь, и горожане сидят дома.\n" * 3
    copy = "АСТАНА, 24 июня. /Kazinform/. " + seed_text.split(". ", 2)[2].replace("\n", "\r\n")
    articles = pd.DataFrame(
        {"article_id": ["seed", "copy", "other"], "text": [seed_text, copy, other]}
    )
    groups = helpers.near_duplicates(articles)
    assert list(groups.columns) == list(DUPLICATES)
    assert set(groups["article_id"]) == {"seed", "copy"}
    assert set(groups["representative"]) == {"seed"}
    corpus = helpers.analyze(articles, cache_dir=None, progress=False)
    collapsed = helpers.collapse_duplicates(corpus, groups)
    assert list(collapsed.articles["article_id"]) == ["seed", "other"]
    before = count_of(helpers.term_counts(corpus), "шойгу")
    assert count_of(helpers.term_counts(collapsed), "шойгу") * 2 == before


# --- trends ---------------------------------------------------------------------------


def test_trends_on_one_date_is_one_bucket(seed):
    frame = helpers.trends(seed, ["казахстан", "военный сотрудничество"], freq="month")
    assert list(frame.columns) == list(TRENDS)
    assert frame.set_index("term")["count"].to_dict() == {
        "казахстан": count_of(helpers.term_counts(seed), "казахстан"),
        "военный сотрудничество": 1,
    }
    assert not helpers.enough_dates(frame)


def test_trends_cover_the_calendar(wiki):
    frame = helpers.trends(wiki, ["россия", "президент"], freq="week")
    weeks = frame["date"].drop_duplicates()
    assert (weeks.diff().dropna() == pd.Timedelta(days=7)).all()
    per_term = frame.groupby("term")["count"].sum()
    counts = helpers.term_counts(wiki, stop=True)
    assert per_term["россия"] == count_of(counts, "россия")
    assert frame.drop_duplicates("date")["articles"].sum() == len(wiki.articles)
    assert helpers.enough_dates(frame)


def test_trends_of_entities(seed):
    frame = helpers.trends(seed, "Сергей Шойгу", kind="entity", freq="day")
    names = seed.entities.loc[~seed.entities["in_dateline"], "name"]
    assert frame["count"].sum() == (names == "Сергей Шойгу").sum() > 0


def test_nested_mentions_counted_alike_in_trends_counts_and_article_stats(tmp_path):
    articles = pd.DataFrame(
        {
            "article_id": ["a"],
            "text": ["Минобороны России сообщило о взрыве. Россия ответила на ноту Турции."],
            "date": [pd.Timestamp("2023-05-02")],
        }
    )
    corpus = helpers.analyze(articles, cache_dir=tmp_path, progress=False)
    assert corpus.entities["nested"].any()
    for nested in (False, True):
        counts = helpers.entity_counts(corpus, nested=nested)
        russia = counts.loc[counts["name"] == "Россия", "mentions"].sum()
        frame = helpers.trends(corpus, "Россия", kind="entity", freq="day", nested=nested)
        assert frame["count"].sum() == russia
        stats = helpers.article_stats(corpus, nested=nested)
        assert stats["entities"].sum() == counts["mentions"].sum()
    assert helpers.trends(corpus, "Россия", kind="entity", freq="day")["count"].sum() == 1


def test_trends_without_dates(wiki):
    undated = helpers.Corpus(
        **{name: getattr(wiki, name) for name in ("sentences", "tokens", "entities", "quotes")},
        articles=wiki.articles.assign(date=pd.NaT),
    )
    frame = helpers.trends(undated, "россия")
    assert frame.empty and list(frame.columns) == list(TRENDS)


# --- empty input and bad input --------------------------------------------------------


@pytest.mark.parametrize(
    ("function", "spec"),
    [
        (lambda c: helpers.term_counts(c), TERM_COUNTS),
        (lambda c: helpers.term_counts(c, "ngram", n=3), TERM_COUNTS),
        (lambda c: helpers.collocations(c), COLLOCATIONS),
        (lambda c: helpers.collocations(c, "сотрудничество"), COLLOCATIONS),
        (lambda c: helpers.keyness(c, reference="general", size=500), KEYNESS),
        (lambda c: helpers.kwic(c, "сотрудничество"), KWIC),
        (lambda c: helpers.dispersion(c), DISPERSION),
        (lambda c: helpers.near_duplicates(c), DUPLICATES),
        (lambda c: helpers.trends(c, "казахстан"), TRENDS),
    ],
)
def test_empty_input_gives_empty_frames_with_columns(seed, function, spec):
    empty = helpers.subcorpus(seed, pd.Series([False]))
    frame = function(empty)
    assert frame.empty
    assert list(frame.columns) == list(spec)


@pytest.mark.parametrize(
    "call",
    [
        lambda c: helpers.term_counts(c, "lemmas"),
        lambda c: helpers.term_counts(c, by="outlet"),
        lambda c: helpers.collocations(c, scope="paragraph"),
        lambda c: helpers.keyness(c, [True, False]),
        lambda c: helpers.keyness(c),
        lambda c: helpers.trends(c, "казахстан", freq="fortnight"),
        lambda c: helpers.kwic(c, " "),
    ],
)
def test_bad_input_says_what_to_do(seed, call):
    with pytest.raises(ValueError):
        call(seed)


# --- plots ----------------------------------------------------------------------------


def frames_for_plots(corpus, node):
    counts = helpers.term_counts(corpus)
    if corpus.articles["source"].nunique() > 1:
        keyness = helpers.keyness(corpus, ("source", "ТАСС"), min_count=3)
    else:
        keyness = helpers.keyness(corpus, reference="general", min_count=3, size=1500)
    return {
        "plot_top_terms": counts,
        "plot_wordcloud": counts,
        "plot_zipf": counts,
        "plot_keyness": keyness,
        "plot_collocation_network": helpers.collocation_network(corpus, node, min_count=2),
        "plot_trends": helpers.trends(corpus, ["россия", "казахстан"], freq="month"),
    }


PLOTS = [
    "plot_top_terms",
    "plot_wordcloud",
    "plot_zipf",
    "plot_keyness",
    "plot_collocation_network",
    "plot_trends",
]


@pytest.fixture(scope="module")
def plot_frames(seed, mixed):
    return {
        "seed": frames_for_plots(seed, "сотрудничество"),
        "wikinews": frames_for_plots(mixed, "россия"),
    }


def tick_texts(labels) -> list[str]:
    return [label.get_text() for label in labels]


def legend_texts(ax) -> list[str]:
    return [text.get_text() for text in ax.get_legend().get_texts()]


def test_top_terms_draws_one_bar_per_term_largest_on_top(plot_frames):
    counts = plot_frames["seed"]["plot_top_terms"]
    ax = helpers.plot_top_terms(counts, n=10)
    top = counts.nlargest(10, "count")
    assert ax.get_title() == "Топ-10 терминов"
    assert (ax.get_xlabel(), ax.get_ylabel()) == ("употреблений", "термин")
    assert len(ax.patches) == 10
    assert tick_texts(ax.get_yticklabels()) == top["term"].tolist()[::-1]
    assert [bar.get_width() for bar in ax.patches] == top["count"].tolist()[::-1]
    plt.close("all")


def test_top_terms_per_10k_axis_and_own_title(plot_frames):
    counts = plot_frames["seed"]["plot_top_terms"]
    ax = helpers.plot_top_terms(counts, n=5, value="per_10k", title="Сводка ТАСС")
    assert ax.get_title() == "Сводка ТАСС"
    assert ax.get_xlabel() == "употреблений на 10 000 слов"
    assert len(ax.patches) == 5
    plt.close("all")


def test_wordcloud_is_one_image_with_labels(plot_frames):
    ax = helpers.plot_wordcloud(plot_frames["seed"]["plot_wordcloud"], max_words=30)
    assert ax.get_title() == "Облако слов"
    assert (ax.get_xlabel(), ax.get_ylabel()) == ("размер слова: употреблений", "топ-30 терминов")
    assert len(ax.images) == 1 and ax.images[0].get_array().shape[:2] == (500, 900)
    assert tick_texts(ax.get_xticklabels()) == [] and tick_texts(ax.get_yticklabels()) == []
    plt.close("all")


def test_zipf_plots_every_term_and_the_reference_line(plot_frames):
    counts = plot_frames["seed"]["plot_zipf"]
    ax = helpers.plot_zipf(counts)
    assert ax.get_title() == "Ранг и частота (закон Ципфа)"
    assert (ax.get_xlabel(), ax.get_ylabel()) == ("ранг (лог. шкала)", "частота (лог. шкала)")
    assert (ax.get_xscale(), ax.get_yscale()) == ("log", "log")
    terms, zipf = ax.get_lines()
    frequencies = sorted(counts["count"], reverse=True)
    assert list(terms.get_ydata()) == frequencies
    assert list(terms.get_xdata()) == list(range(1, len(frequencies) + 1))
    reference = zipf.get_ydata()
    assert reference[9] == pytest.approx(reference[0] / 10)  # f ~ 1 / rank
    assert min(frequencies) <= reference.mean() <= max(frequencies)  # fitted through the terms
    assert legend_texts(ax) == ["термины", "закон Ципфа: частота ~ 1 / ранг"]
    plt.close("all")


def test_keyness_bars_are_the_significant_terms_of_both_sides():
    keyness = pd.DataFrame(
        {
            "term": ["шойгу", "казахстан", "оборона", "матч", "гол", "погода"],
            "g2": [30.0, 20.0, 10.0, 25.0, 12.0, 1.0],
            "p_value": [1e-7, 1e-5, 0.001, 1e-6, 0.0005, 0.3],
            "log_ratio": [3.0, 2.0, 1.0, -2.5, -1.5, 0.2],
            "side": ["target"] * 3 + ["reference"] * 2 + ["target"],
        }
    )
    ax = helpers.plot_keyness(keyness, n=2, labels=("ТАСС", "Викиновости"))
    assert ax.get_title() == "Ключевые слова"
    assert ax.get_xlabel() == "во сколько раз чаще, log2 (ТАСС / Викиновости)"
    assert ax.get_ylabel() == "термин"
    # the two keyest terms of each side by G², ordered by Log Ratio; погода (p = 0.3) left out
    assert tick_texts(ax.get_yticklabels()) == ["матч", "гол", "казахстан", "шойгу"]
    assert [bar.get_width() for bar in ax.patches] == [-2.5, -1.5, 2.0, 3.0]
    colors = [to_hex(bar.get_facecolor()) for bar in ax.patches]
    assert colors == ["#0072b2", "#0072b2", "#d55e00", "#d55e00"]  # Okabe-Ito blue, vermilion
    assert legend_texts(ax) == ["чаще: ТАСС", "чаще: Викиновости"]
    plt.close("all")


def test_collocation_network_draws_every_pair_and_word(plot_frames):
    network = plot_frames["seed"]["plot_collocation_network"]
    ax = helpers.plot_collocation_network(network)
    words = set(network["node"].astype(str)) | set(network["collocate"].astype(str))
    edges, nodes = ax.collections
    assert ax.get_title() == "Коллокации"
    assert ax.get_xlabel() == "толщина связи: logDice"
    assert ax.get_ylabel() == "размер узла: число связей"
    assert len(edges.get_segments()) == len(network)
    assert len(nodes.get_offsets()) == len(words)
    assert {text.get_text() for text in ax.texts} == words
    assert "сотрудничество" in words
    plt.close("all")


def test_trends_draw_one_line_per_term_over_the_buckets(plot_frames):
    trends = plot_frames["wikinews"]["plot_trends"]
    ax = helpers.plot_trends(trends)
    buckets = trends["date"].nunique()
    assert ax.get_title() == "Динамика"
    assert (ax.get_xlabel(), ax.get_ylabel()) == ("период", "употреблений на 10 000 слов")
    assert sorted(legend_texts(ax)) == ["казахстан", "россия"]
    assert [len(line.get_xdata()) for line in ax.get_lines()] == [buckets, buckets]
    (twin,) = [other for other in ax.figure.axes if other is not ax]
    assert twin.get_ylabel() == "статей за период (серые столбцы)" and len(twin.patches) == buckets
    plt.close("all")


@pytest.mark.parametrize("name", PLOTS)
def test_plots_of_empty_frames_say_no_data(plot_frames, name):
    frame = plot_frames["seed"][name].iloc[:0]
    _, given = plt.subplots()
    ax = getattr(helpers, name)(frame, ax=given)
    assert ax is given
    assert "нет данных" in [text.get_text() for text in ax.texts]
    plt.close("all")


def test_wordcloud_uses_frequencies_not_text(seed):
    counts = helpers.term_counts(seed)
    ax = helpers.plot_wordcloud(counts.head(5), max_words=5)
    image = ax.images[0].get_array()
    assert np.asarray(image).ndim == 3
    plt.close("all")


def test_trends_window_and_suggested_bucket(wiki):
    frame = helpers.trends(wiki, "россия", freq="day", start="2016-01-05", end="2016-01-10")
    assert list(frame["date"]) == list(pd.date_range("2016-01-05", "2016-01-10"))
    assert helpers.suggest_freq(wiki.articles["date"]) == "day"
    assert helpers.suggest_freq(pd.Series(pd.to_datetime(["2010-01-01", "2020-01-01"]))) == "year"
