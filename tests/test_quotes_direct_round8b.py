"""Direct quotes, round 8 (branch qe8), in invented sentences: a written text carried or worn
by people (`вышли с плакатами «Q»`, `в футболках с надписью «Q»`) is their words, an object
with an inscription is no author; a body named by its bare noun (`в заявлении телекомпании`)
speaks as the noun with the name the article gave it (телекомпании ТВ-7, банк «Заря»)."""

from __future__ import annotations

import pytest
from quote_rows import direct_rows


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            "Болельщики вышли к стадиону с плакатами «Спасибо, капитан!».",
            [("Спасибо, капитан!", "болельщики", "direct:uttered")],
            id="placard",
        ),
        pytest.param(
            "Футболисты вышли на поле в футболках с надписью «Мы вместе».",
            [("Мы вместе", "футболисты", "direct:uttered")],
            id="tshirt_inscription",
        ),
        pytest.param(
            "Протестующие пришли к мэрии с транспарантом «Долой свалку».",
            [("Долой свалку", "протестующие", "direct:uttered")],
            id="banner_participle_subject",
        ),
    ],
)
def test_inscription_of_people(text, expected, models):
    assert direct_rows(text, models) == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Автобус с надписью «Слава героям» проехал по площади.", id="bus"),
        pytest.param("По площади проехал автобус с надписью «Слава героям».", id="bus_after"),
        pytest.param("Стена с надписью «Здесь был Вася» простояла сто лет.", id="wall"),
    ],
)
def test_inscription_of_a_thing_is_no_quote(text, models):
    assert direct_rows(text, models) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            "Режиссёр снимал сериал для телекомпании ТВ-7.\n\n"
            "«Мы потеряли друга и большого мастера», — говорится в заявлении телекомпании.",
            [("Мы потеряли друга и большого мастера", "телекомпания ТВ-7", "direct:dash_after")],
            id="broadcaster_named_before",
        ),
        pytest.param(
            "Вчера банк «Заря» не смог разместить облигации.\n"
            "Как отмечается в материалах банка: «Число фактически проданных ценных бумаг: ноль штук».",
            [
                (
                    "Число фактически проданных ценных бумаг: ноль штук",
                    "банк «Заря»",
                    "direct:colon_before",
                )
            ],
            id="bank_named_in_quotes",
        ),
    ],
)
def test_bare_body_takes_its_name(text, expected, models):
    assert direct_rows(text, models) == expected


def test_bare_body_with_two_names_stays_bare(models):
    text = (
        "Банк «Заря» купил банк «Рассвет».\n"
        "Как отмечается в материалах банка: «Число фактически проданных ценных бумаг: ноль штук»."
    )
    rows = direct_rows(text, models)
    assert [speaker for _, speaker, _ in rows] == ["банк"]


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            "Музыканты дали концерт, на котором спели песню со словами «Мы вернёмся домой».",
            [("Мы вернёмся домой", "музыканты", "direct:uttered")],
            id="host_clause_subject",
        ),
        pytest.param(
            "Студентки провели флешмоб у ректората, во время которого исполнили песню со "
            "словами «Верните нам общежитие».",
            [("Верните нам общежитие", "студентки", "direct:uttered")],
            id="host_clause_subject_long",
        ),
        pytest.param(
            "Музыканты дали концерт, на котором зрители спели песню со словами «Мы вернёмся "
            "домой».",
            [("Мы вернёмся домой", "зрители", "direct:uttered")],
            id="relative_clause_own_subject",
        ),
    ],
)
def test_relative_clause_speaks_for_its_host(text, expected, models):
    assert direct_rows(text, models) == expected


@pytest.mark.parametrize(
    "text, speaker",
    [
        pytest.param(
            "Умер известный политик.\n\nВнук политика рассказал:\n"
            "Да, это правда, это случилось сегодня утром.",
            "внук политика",
            id="grandson_opens_line",
        ),
        pytest.param(
            "Умер известный политик.\n\nСын политика рассказал:\n"
            "Да, это правда, это случилось сегодня утром.",
            "сын политика",
            id="son_opens_line",
        ),
    ],
)
def test_line_opening_person_noun_speaks(text, speaker, models):
    assert [s for _, s, _ in direct_rows(text, models)] == [speaker]
