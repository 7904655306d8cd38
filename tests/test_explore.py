"""helpers.explore: the linked-views panel, driven from code as a user clicks it."""

from __future__ import annotations

from pathlib import Path

import ipywidgets as widgets
import pandas as pd
import pytest

import helpers

REPO = Path(__file__).resolve().parents[1]

# three short articles of our own, in January and March 2024 (February is empty)
OWN_ARTICLES = pd.DataFrame(
    {
        "article_id": ["ankara", "beijing", "berlin"],
        "date": pd.to_datetime(["2024-01-15", "2024-03-02", "2024-03-20"]),
        "text": [
            "Министр иностранных дел России Сергей Лавров встретился в Анкаре с Хаканом "
            "Фиданом. «Мы обсудили ситуацию в регионе», — сказал Лавров.",
            "Сергей Лавров прилетел в Пекин. Там он провёл переговоры с министром "
            "иностранных дел Китая Ван И.",
            "Президент Франции Эмманюэль Макрон посетил Берлин. «Европа должна быть "
            "сильной», — заявил Макрон журналистам.",
        ],
    }
)


@pytest.fixture(scope="module")
def seed_corpus():
    return helpers.analyze(helpers.load_articles(REPO / "data" / "raw"), cache_dir=None)


@pytest.fixture(scope="module")
def own_corpus():
    return helpers.analyze(OWN_ARTICLES, cache_dir=None, progress=False)


@pytest.fixture
def panel(seed_corpus):
    return helpers.explore(seed_corpus)


def test_panel_is_a_widget_showing_the_most_named_entity(panel):
    assert isinstance(panel, widgets.VBox)
    assert panel.kind == "entity"
    assert panel.name in {"Россия", "Казахстан", "Сергей Шойгу"}  # 7 mentions each
    assert "Обзор корпуса" in panel.children[0].value  # Russian labels by default


def test_shoigu_fills_every_view(panel):
    panel.select("entity", "Сергей Шойгу")
    assert panel.mentions["count"].sum() == 7
    assert panel.mentions["period"].dt.strftime("%Y-%m").tolist() == ["2022-06"]
    assert len(panel.kwic) == 7
    assert panel.kwic["match"].str.contains("Шойгу").all()
    assert "встрече с казахстанским коллегой" in panel.kwic["right"].iloc[0]
    own = panel.quotes[panel.quotes["relation"] == "own"]
    assert (own["speaker"] == "Сергей Шойгу").all()
    assert (own["kind"] == "direct").sum() == 6
    assert panel.comentions["name"].iloc[0] == "Казахстан"
    assert "Сергей Шойгу" not in panel.comentions["name"].tolist()
    assert "Шойгу" in panel.kwic_view.value
    assert "Мы высоко ценим" in panel.quotes_view.value


def test_click_on_a_co_mentioned_name_moves_the_panel(panel):
    panel.select("entity", "Сергей Шойгу")
    button = next(b for b in panel.comention_buttons if b.tooltip == "Казахстан")
    button.click()
    assert (panel.kind, panel.name) == ("entity", "Казахстан")
    assert panel.kwic["match"].str.contains("Казахстан").all()
    assert "Сергей Шойгу" in panel.comentions["name"].tolist()
    panel.back.click()
    assert (panel.kind, panel.name) == ("entity", "Сергей Шойгу")


def test_lemma_shows_its_forms_and_the_quotes_holding_them(panel):
    panel.select("lemma", "сотрудничество")
    assert panel.kwic["match"].tolist() == [
        "сотрудничество",
        "сотрудничества",
        "сотрудничество",
        "сотрудничества",
    ]
    assert (panel.quotes["relation"] == "about").all()
    assert len(panel.quotes) == 3
    assert "Казахстан" in panel.comentions["name"].tolist()


def test_speaker_shows_own_quotes_and_the_names_in_them(panel):
    panel.select("speaker", "Сергей Шойгу")
    assert len(panel.quotes) == 11
    assert panel.kwic["start"].is_unique  # one line per attribution, not per quote
    assert panel.comentions["name"].iloc[0] == "Казахстан"


def test_search_offers_entity_speaker_and_lemma(panel):
    panel.search.value = "шойг"
    values = [value for _, value in panel.matches.options]
    assert ("entity", "Сергей Шойгу") in values
    assert ("speaker", "Сергей Шойгу") in values
    assert ("lemma", "шойгу") in values
    assert panel.matches.value is None  # typing alone moves nothing
    panel.matches.value = ("lemma", "шойгу")
    assert (panel.kind, panel.name) == ("lemma", "шойгу")


@pytest.mark.parametrize(
    "kind, name, per_month",
    [
        ("entity", "Сергей Лавров", [2, 0, 1]),
        ("entity", "Эмманюэль Макрон", [0, 0, 2]),
        ("speaker", "Сергей Лавров", [1, 0, 0]),
        ("lemma", "министр", [1, 0, 1]),
    ],
)
def test_mentions_per_month_include_empty_months(own_corpus, kind, name, per_month):
    panel = helpers.explore(own_corpus, kind=kind, name=name)
    assert panel.mentions["count"].tolist() == per_month
    assert panel.mentions["period"].dt.strftime("%Y-%m").tolist() == [
        "2024-01",
        "2024-02",
        "2024-03",
    ]


def test_click_on_a_bar_narrows_every_view_to_its_month(own_corpus):
    panel = helpers.explore(own_corpus, name="Сергей Лавров")
    assert set(panel.kwic["article_id"]) == {"ankara", "beijing"}
    panel.bar_buttons[2].click()
    assert panel.period == (pd.Timestamp("2024-03-01"), pd.Timestamp("2024-03-01"))
    assert panel.slider.value == ("2024-03", "2024-03")
    assert set(panel.kwic["article_id"]) == {"beijing"}
    assert panel.quotes.empty  # his quote is from January
    assert panel.comentions["name"].tolist() == ["Пекин"]
    assert panel.mentions["count"].tolist() == [2, 0, 1]  # the bars still show every month
    panel.whole.click()
    assert set(panel.kwic["article_id"]) == {"ankara", "beijing"}


def test_slider_moves_the_period(own_corpus):
    panel = helpers.explore(own_corpus, name="Сергей Лавров")
    panel.slider.value = ("2024-01", "2024-02")
    assert set(panel.kwic["article_id"]) == {"ankara"}
    assert len(panel.quotes) == 1


def test_quotes_about_an_entity_named_inside_them(own_corpus):
    panel = helpers.explore(own_corpus, kind="entity", name="Европа")
    assert panel.quotes["relation"].tolist() == ["about"]
    assert panel.quotes["speaker"].tolist() == ["Эмманюэль Макрон"]


def test_english_labels(own_corpus):
    panel = helpers.explore(own_corpus, lang="en")
    assert "Corpus explorer" in panel.children[0].value


def test_unknown_name_or_kind_is_a_clear_error(panel):
    with pytest.raises(ValueError, match="no entity"):
        panel.select("entity", "Нет Такого")
    with pytest.raises(ValueError, match="kind must be"):
        panel.select("place", "Москва")


def test_empty_corpus_gives_an_empty_panel(seed_corpus):
    empty = helpers.Corpus(
        *(
            getattr(seed_corpus, name).iloc[:0]
            for name in ("articles", *helpers.store.corpus.TABLE_NAMES)
        )
    )
    panel = helpers.explore(empty)
    assert panel.kind is None
    assert panel.period == (None, None)


def test_rows_caps_the_lines_not_the_counts(seed_corpus):
    panel = helpers.explore(seed_corpus, kind="speaker", name="Сергей Шойгу", rows=3)
    assert len(panel.quotes) == 3
    assert panel.quote_count == 11
    assert "3 из 11" in panel.quotes_view.value


def test_undated_articles_have_no_periods_but_every_other_view(own_corpus):
    undated = helpers.Corpus(
        own_corpus.articles.drop(columns="date"),
        own_corpus.sentences,
        own_corpus.tokens,
        own_corpus.entities,
        own_corpus.quotes,
    )
    panel = helpers.explore(undated, name="Сергей Лавров")
    assert panel.period == (None, None)
    assert panel.mentions.empty
    assert set(panel.kwic["article_id"]) == {"ankara", "beijing"}
    assert panel.kwic["date"].isna().all()
    assert panel.quotes["text"].tolist() == ["Мы обсудили ситуацию в регионе"]
    assert panel.status.value.endswith("ст.")
