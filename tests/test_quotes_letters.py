"""A letter published as the text: a salutation, paragraphs, a signature on the last line
(letters.py); and texts that only look like one."""

from __future__ import annotations

import pandas as pd
import pytest

from helpers.pipeline.analysis import extract_quotes


def letter_rows(text: str, models) -> list[tuple[str, str | None]]:
    table = extract_quotes(text, models)
    rows = table[table["rule"] == "direct:signed_letter"]
    return [(r.text, None if pd.isna(r.speaker) else r.speaker) for r in rows.itertuples()]


def test_letter_paragraphs(models):
    text = (
        "Дорогие друзья,\n\nСегодня важный день для нашего клуба. Я рад сообщить, что новый "
        "стадион откроется весной.\n\nПусть победит сильнейший!\n\nОлег Смирнов Президент клуба\n"
    )
    assert letter_rows(text, models) == [
        ("Дорогие друзья", "Олег Смирнов"),
        (
            "Сегодня важный день для нашего клуба. Я рад сообщить, что новый стадион "
            "откроется весной.",
            "Олег Смирнов",
        ),
        ("Пусть победит сильнейший!", "Олег Смирнов"),
    ]


def test_letter_after_news(models):
    text = (
        "Президент клуба обратился к болельщикам.\n\nУважаемый Иван Петрович!\n\nМы "
        "благодарим вас за поддержку.\n\nАнна Белова"
    )
    assert letter_rows(text, models) == [
        ("Уважаемый Иван Петрович!", "Анна Белова"),
        ("Мы благодарим вас за поддержку.", "Анна Белова"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Сегодня важный день для клуба. Я рад сообщить, что стадион откроется.\n\n"
            "Олег Смирнов Президент клуба",
            id="no_salutation",
        ),
        pytest.param(
            "Дорогие друзья,\n\nСегодня важный день для клуба.\n\nФото: пресс-служба клуба",
            id="no_signer",
        ),
        pytest.param(
            "Дорогие друзья,\n\nСегодня важный день для клуба.\n\nОлег Смирнов сказал, что "
            "стадион откроется весной.",
            id="last_line_is_a_sentence",
        ),
    ],
)
def test_no_letter(text, models):
    assert letter_rows(text, models) == []
