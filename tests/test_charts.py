"""Charts a newsroom can publish: one style, one language at a time, periods named as periods,
whole-number count axes, labels that fit, a note instead of empty axes, PNG + SVG files."""

import re
from pathlib import Path

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
import pytest

import helpers
from helpers.i18n import COLUMNS, MESSAGES, message
from helpers.viz.common import outside_figure, shorten

ROOT = Path(__file__).resolve().parents[1]
CYRILLIC = re.compile("[а-яёА-ЯЁ]")
LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z0-9'-]*")
# names of measures that stay in Latin letters in Russian charts too
TERMS_OF_ART = {"logDice", "PMI", "NPMI", "log2", "t-score", "wordfreq"}
LONG_ORG = "Министерство обороны и военно-технического сотрудничества Российской Федерации"


@pytest.fixture(scope="module")
def seed():
    return helpers.analyze(helpers.load_articles(ROOT / "data" / "raw"), cache_dir=None)


@pytest.fixture(autouse=True)
def russian_again():
    yield
    helpers.set_language("ru")
    helpers.set_source(None)
    plt.close("all")


# --- the message catalogue -----------------------------------------------------------------


def placeholders(text: str) -> set[str]:
    return set(re.findall(r"{(\w*)}", text))


def test_both_catalogues_have_the_same_keys_and_placeholders():
    assert MESSAGES["ru"].keys() == MESSAGES["en"].keys()
    assert COLUMNS["ru"].keys() == COLUMNS["en"].keys()
    for key, text in MESSAGES["ru"].items():
        assert placeholders(text) == placeholders(MESSAGES["en"][key]), key


def test_english_catalogue_has_no_cyrillic():
    for catalogue in (MESSAGES["en"], COLUMNS["en"]):
        for key, text in catalogue.items():
            assert not CYRILLIC.search(text), (key, text)


def test_language_switch():
    assert helpers.get_language() == "ru"
    assert helpers.set_language("EN") == "en"
    assert message("too_little", reason="x") == "Too little data: x"
    with pytest.raises(ValueError):
        helpers.set_language("de")
    assert helpers.get_language() == "en"


# --- one period vocabulary -------------------------------------------------------------------


@pytest.mark.parametrize(
    "alias, word",
    [
        ("D", "day"),
        ("day", "day"),
        ("W", "week"),
        ("W-SUN", "week"),
        ("M", "month"),
        ("MS", "month"),
        ("ME", "month"),
        ("month", "month"),
        ("Y", "year"),
        ("YS", "year"),
        ("A", "year"),
    ],
)
def test_pandas_aliases_map_to_period_words(alias, word):
    assert helpers.normalize_freq(alias) == word


def test_unknown_period_says_what_is_allowed():
    with pytest.raises(ValueError, match="day"):
        helpers.normalize_freq("fortnight")


@pytest.mark.parametrize(
    "start, freq, lang, label",
    [
        ("2022-06-01", "month", "ru", "июнь 2022"),
        ("2022-06-20", "week", "ru", "нед. 25, 2022"),
        ("2022-01-01", "year", "ru", "2022"),
        ("2022-06-23", "day", "ru", "23 июня 2022"),
        ("2022-06-01", "month", "en", "June 2022"),
        ("2022-06-20", "week", "en", "week 25, 2022"),
        ("2022-01-01", "year", "en", "2022"),
        ("2022-06-23", "day", "en", "23 June 2022"),
        ("2022-06-01", "MS", "ru", "июнь 2022"),
    ],
)
def test_period_labels(start, freq, lang, label):
    assert helpers.period_label(pd.Timestamp(start), freq, lang) == label


def test_articles_per_period_takes_words_aliases_and_the_old_keyword():
    articles = pd.DataFrame({"date": pd.to_datetime(["2022-06-23", "2022-08-02"])})
    by_word = helpers.articles_per_period(articles, "month")
    assert list(by_word["articles"]) == [1, 0, 1]
    assert by_word.attrs["freq"] == "month"
    pd.testing.assert_frame_equal(by_word, helpers.articles_per_period(articles, period="M"))
    assert helpers.articles_per_period(articles, None).attrs["freq"] == "day"


def test_trends_accept_pandas_aliases(seed):
    frame = helpers.trends(seed, "казахстан", freq="MS")
    assert frame.attrs["freq"] == "month"
    assert list(frame["date"]) == [pd.Timestamp("2022-06-01")]


def test_a_june_article_is_in_june_not_on_the_first(seed):
    over_time = helpers.quotes_over_time(seed, freq="M")
    ax = helpers.plot_quotes_over_time(over_time)
    assert "июнь 2022" in ax.get_xlabel() and "2022-06-01" not in ax.get_xlabel()
    ax = helpers.plot_articles_over_time(helpers.articles_per_period(seed.articles, "month"))
    assert [label.get_text() for label in ax.get_xticklabels()] == ["июнь 2022"]


# --- count axes, labels that fit, notes -----------------------------------------------------


def whole(ticks) -> bool:
    ticks = np.asarray(ticks, dtype=float)
    return bool(len(ticks)) and bool(np.all(ticks == np.round(ticks)))


def test_count_axes_have_whole_number_ticks(seed):
    counts = helpers.entity_counts(seed)
    assert whole(helpers.plot_top_entities(counts, type="ORG", top=5).get_xticks())
    assert whole(helpers.plot_quote_lengths(seed.quotes).get_yticks())
    assert whole(helpers.plot_top_speakers(helpers.quote_counts(seed)).get_xticks())
    per_period = helpers.articles_per_period(seed.articles, "month")
    assert whole(helpers.plot_articles_over_time(per_period).get_yticks())
    assert whole(helpers.plot_top_terms(helpers.term_counts(seed), n=10).get_xticks())


def drawn(position, limits) -> bool:
    """Whether a tick sits inside the view (matplotlib keeps the others but does not draw them)."""
    low, high = sorted(limits)
    return low - 1e-9 <= position <= high + 1e-9


def assert_inside_figure(ax):
    """Every drawn title, axis label, tick label and text within the figure (by the renderer)."""
    figure = ax.figure
    figure.canvas.draw()
    renderer = figure.canvas.get_renderer()
    box = figure.bbox
    artists = [ax.title, ax.xaxis.label, ax.yaxis.label, *ax.texts]
    artists += [t for t in ax.get_xticklabels() if drawn(t.get_position()[0], ax.get_xlim())]
    artists += [t for t in ax.get_yticklabels() if drawn(t.get_position()[1], ax.get_ylim())]
    for artist in artists:
        extent = artist.get_window_extent(renderer)
        assert extent.x0 >= box.x0 - 1 and extent.x1 <= box.x1 + 1, artist.get_text()
        assert extent.y0 >= box.y0 - 1 and extent.y1 <= box.y1 + 1, artist.get_text()
    assert outside_figure(figure) == []


def long_pairs() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "name_a": [LONG_ORG, LONG_ORG, "Сергей Шойгу", "ОДКБ"],
            "type_a": ["ORG", "ORG", "PER", "ORG"],
            "name_b": ["Сергей Шойгу", "Казахстан", "Казахстан", "Казахстан"],
            "type_b": ["PER", "LOC", "LOC", "LOC"],
            "count": [5, 3, 2, 1],
        }
    )


def test_long_names_in_the_network_are_whole_and_inside(seed):
    ax = helpers.plot_cooccurrence_network(long_pairs())
    shown = {" ".join(text.get_text().split()) for text in ax.texts}
    assert LONG_ORG in shown  # wrapped onto lines, not cut
    assert_inside_figure(ax)
    assert_inside_figure(helpers.plot_cooccurrence_network(helpers.cooccurrence(seed)))


def test_long_names_in_a_bar_chart_end_in_an_ellipsis():
    counts = pd.DataFrame({"type": ["ORG", "ORG"], "name": [LONG_ORG, "ОДКБ"], "mentions": [3, 1]})
    ax = helpers.plot_top_entities(counts, type="ORG")
    labels = [label.get_text() for label in ax.get_yticklabels()]
    assert shorten(LONG_ORG) in labels and shorten(LONG_ORG).endswith("…")
    assert_inside_figure(ax)


def test_too_little_data_is_a_note_not_empty_axes(seed):
    ax = helpers.plot_entity_trends(helpers.entity_counts(seed, by="date"))
    assert [text.get_text() for text in ax.texts] == [
        message("too_little", reason=message("too_little.dates"))
    ]
    assert not ax.axison and not ax.lines and not ax.patches
    assert ax.get_title()


def test_the_zipf_line_runs_through_the_terms(seed):
    ax = helpers.plot_zipf(helpers.term_counts(seed))
    points, law = ax.lines
    frequencies, expected = points.get_ydata(), law.get_ydata()
    assert (frequencies > expected).any() and (frequencies < expected).any()


def test_keyness_legend_names_only_the_sides_drawn(seed):
    key = helpers.keyness(seed, reference="general", min_count=3, size=1500)
    ax = helpers.plot_keyness(key)
    drawn = {tuple(patch.get_facecolor()) for patch in ax.patches}
    assert len(ax.get_legend().get_texts()) == len(drawn)


# --- source line, files ---------------------------------------------------------------------


def test_source_line_from_the_articles(seed):
    assert helpers.set_source(seed.articles, "data/raw") == (
        "Источник: data/raw · 1 статья · 23 июня 2022"
    )
    ax = helpers.plot_quote_kinds(seed.quotes)
    assert ax.figure.get_supxlabel() == "Источник: data/raw · 1 статья · 23 июня 2022"
    helpers.set_language("en")
    assert helpers.source_line(seed.articles, "data/raw") == (
        "Source: data/raw · 1 article · 23 June 2022"
    )


def test_save_figure_writes_png_and_svg(seed, tmp_path):
    ax = helpers.plot_top_entities(helpers.entity_counts(seed), type="LOC")
    png, svg = helpers.save_figure(ax, tmp_path / "charts" / "places.png")
    assert png.name == "places.png" and svg.name == "places.svg"
    assert plt.imread(png).shape[1] == 1600
    assert svg.read_text(encoding="utf-8").lstrip().startswith("<?xml")


# --- one language per chart -----------------------------------------------------------------


def plot_calls(corpus) -> dict:
    """Every plot helper of the package with a frame of the seed corpus (topic frames made up)."""
    counts = helpers.term_counts(corpus)
    entities = helpers.entity_counts(corpus)
    quality = pd.DataFrame(
        {"n_topics": [2, 3], "npmi": [0.1, 0.2], "diversity": [0.9, 0.8], "stability": [0.7, 0.6]}
    )
    terms = pd.DataFrame(
        {"topic": [0, 0, 1], "rank": [1, 2, 1], "term": ["шойгу", "визит", "казахстан"]}
    ).assign(weight=[0.5, 0.3, 0.4])
    labels = pd.DataFrame({"topic": [0, 1], "label": ["шойгу визит", "казахстан"]})
    weights = pd.DataFrame(
        {"article_id": ["a", "a", "b", "b"], "topic": [0, 1, 0, 1], "weight": [0.8, 0.2, 0.1, 0.9]}
    )
    shares = pd.DataFrame(
        {
            "period": pd.to_datetime(["2022-05-01", "2022-05-01", "2022-06-01", "2022-06-01"]),
            "topic": [0, 1, 0, 1],
            "label": ["шойгу визит", "казахстан"] * 2,
            "share": [0.4, 0.6, 0.5, 0.5],
            "articles": [2.0, 2.0, 1.0, 1.0],
        }
    )
    key = helpers.keyness(corpus, reference="general", min_count=3, size=1500)
    return {
        "plot_articles_over_time": (helpers.articles_per_period(corpus.articles, "month"),),
        "plot_articles_by_source": (helpers.articles_per_source(corpus.articles),),
        "plot_text_lengths": (helpers.article_stats(corpus),),
        "plot_top_terms": (counts,),
        "plot_wordcloud": (counts,),
        "plot_zipf": (counts,),
        "plot_keyness": (key,),
        "plot_collocation_network": (
            helpers.collocation_network(corpus, "сотрудничество", min_count=2),
        ),
        "plot_trends": (helpers.trends(corpus, ["россия", "казахстан"], freq="month"),),
        "plot_top_entities": (entities,),
        "plot_entity_cloud": (entities,),
        "plot_entity_trends": (helpers.entity_counts(corpus, by="date"),),
        "plot_cooccurrence_network": (helpers.cooccurrence(corpus),),
        "plot_top_speakers": (helpers.quote_counts(corpus),),
        "plot_quote_kinds": (corpus.quotes,),
        "plot_quote_lengths": (corpus.quotes,),
        "plot_speaker_entities": (helpers.speaker_mentions(corpus),),
        "plot_quotes_over_time": (helpers.quotes_over_time(corpus, freq="M"),),
        "plot_topic_terms": (terms, labels),
        "plot_doc_topics": (weights, labels),
        "plot_topic_shares": (shares,),
        "plot_topic_quality": (quality, 2),
    }


@pytest.fixture(scope="module")
def calls(seed):
    return plot_calls(seed)


def test_every_plot_helper_is_checked(calls):
    assert {name for name in dir(helpers) if name.startswith("plot_")} == set(calls)


def data_values(frames) -> list[str]:
    """The strings of the frames (names, terms, speakers) and their shortened forms."""
    values = set()
    for frame in frames:
        if isinstance(frame, pd.DataFrame):
            for column in frame.columns:
                if frame[column].dtype == object or pd.api.types.is_string_dtype(frame[column]):
                    values.update(str(v) for v in frame[column].dropna().unique())
    values |= {shorten(v, width) for v in list(values) for width in (18, 24, 28, 30, 32, 36)}
    return sorted(values, key=len, reverse=True)


def chart_texts(ax) -> list[str]:
    """Title, axis labels, legend entries and notes of the figure of ``ax``."""
    texts = []
    for axes in ax.figure.axes:
        texts += [axes.get_title(), axes.get_xlabel(), axes.get_ylabel()]
        texts += [text.get_text() for text in axes.texts]
        legend = axes.get_legend()
        if legend is not None:
            texts += [text.get_text() for text in legend.get_texts()]
    if ax.figure.get_suptitle():
        texts.append(ax.figure.get_suptitle())
    return [" ".join(text.split()) for text in texts if text.strip()]


def without_data(text: str, values: list[str]) -> str:
    for value in values:
        text = text.replace(" ".join(value.split()), " ")
    return text


@pytest.mark.parametrize("lang", ["ru", "en"])
def test_chart_text_is_in_one_language(calls, lang):
    helpers.set_language(lang)
    for name, args in calls.items():
        drawn = getattr(helpers, name)(*args)
        ax = drawn[0] if isinstance(drawn, np.ndarray) else drawn
        values = data_values(args)
        texts = chart_texts(ax)
        assert texts, name
        for text in texts:
            rest = without_data(text, values)
            if lang == "en":
                assert not CYRILLIC.search(rest), (name, text)
            else:
                english = set(LATIN_WORD.findall(rest)) - TERMS_OF_ART
                assert not {word for word in english if len(word) > 1}, (name, text)
        plt.close("all")


# --- display tables, report index ------------------------------------------------------------


def test_display_table_rounds_drops_empty_columns_and_names_headers(seed):
    key = helpers.keyness(seed, reference="general", min_count=3, size=1500)
    terms = helpers.key_terms(key, "target", top=5)
    assert terms["ref_count"].isna().all()
    shown = helpers.display_table(terms)
    assert "число в опорном" not in shown.columns and "ref_count" not in shown.columns
    assert "на 10 000 слов" in shown.columns
    assert (shown["на 10 000 слов"] == shown["на 10 000 слов"].round(2)).all()
    assert terms["per_10k"].round(2).ne(terms["per_10k"]).any()  # the frame keeps precision
    assert set(shown["p"]) <= {"< 0.0001"} | {f"{p:.4f}" for p in terms["p_value"]}
    helpers.set_language("en")
    stats = helpers.display_table(helpers.article_stats(seed))
    assert list(stats.columns)[:3] == ["article", "date", "source"]  # no title: dropped
    assert str(stats.loc[0, "date"]) == "2022-06-23"


def test_report_index_lists_the_notebooks_in_order(tmp_path):
    from helpers.viz import report_index

    notebooks = sorted((ROOT / "notebooks").glob("0[1-5]*.ipynb"))
    page = report_index.main(
        ["--data", str(ROOT / "data" / "raw"), "--out", str(tmp_path), *map(str, notebooks)]
    ).read_text(encoding="utf-8")
    links = re.findall(r'href="([^"]+)"', page)
    assert links == [f"{nb.stem}.html" for nb in notebooks]
    assert "23 июня 2022" in page and "<td>1</td>" in page and "UTC" in page
