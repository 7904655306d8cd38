"""Precision and span extents of quotes, round 10, in invented sentences (not from any
article): a verb after a direct quote (wiki italics around its marks) attributes that quote,
not the sentence before."""

from __future__ import annotations

import pytest
import quote_rows

from helpers.pipeline.models import default_models


@pytest.fixture(scope="module")
def models():
    return default_models()


def rows(text: str, models) -> list[tuple[str, str, str | None, str]]:
    """(kind, text, speaker, rule) of every quote of ``text``."""
    return quote_rows.found(text, models)


def indirect_texts(text: str, models) -> list[str]:
    return [t for k, t, _, _ in rows(text, models) if k == "indirect"]


@pytest.mark.parametrize(
    "text, before",
    [
        (
            "Мэр пообещал закрыть рынок, если торговцы не уберут мусор.\n\n"
            "''«Мы не будем больше терпеть грязь на улицах города»'', — сказал чиновник.",
            "Мэр пообещал закрыть рынок",
        ),
        (
            "Концерт прошёл в переполненном зале.\n\n"
            "''«Я давно мечтала выступить в этом городе»'', — призналась певица.",
            "Концерт прошёл",
        ),
    ],
)
def test_verb_after_a_quote_points_not_back(text, before, models):
    found = rows(text, models)
    assert [r for r in found if r[0] == "direct"], found
    assert not [t for t in indirect_texts(text, models) if t.startswith(before)], found


def test_bare_verb_sentence_still_points_back(models):
    text = "Завод остановит работу на две недели. Сообщил директор предприятия Иван Петров."
    found = rows(text, models)
    assert ("indirect", "Завод остановит работу на две недели") in [(k, t) for k, t, _, _ in found]


@pytest.mark.parametrize(
    "text, topic, comment",
    [
        (
            "Министр объявил о переименовании ведомства, что на деле означает его закрытие.",
            "о переименовании ведомства",
            "на деле означает",
        ),
        (
            "Две фракции заявили о выходе из коалиции, что, как ожидается, позволит распустить"
            " парламент.",
            "о выходе из коалиции",
            "позволит распустить",
        ),
        (
            "Тренер сообщил о своей отставке, что стало неожиданностью для болельщиков.",
            "о своей отставке",
            "стало неожиданностью",
        ),
    ],
)
def test_relative_that_is_no_content(text, topic, comment, models):
    found = indirect_texts(text, models)
    assert topic in found, found
    assert not [t for t in found if comment in t], found


def test_that_clause_with_its_own_subject_stays(models):
    text = "Губернатор сообщил журналистам, что это означает конец проекта."
    assert indirect_texts(text, models) == ["это означает конец проекта"]


@pytest.mark.parametrize(
    "text, content",
    [
        # a second speaker's word on the report: its object points back
        (
            "Агентство сообщило, что завод закроют в марте, однако министерство не подтвердило"
            " эту информацию.",
            "завод закроют в марте",
        ),
        (
            "Источники сообщили, что лидер скончался, однако правительство пока не подтвердило"
            " этого.",
            "лидер скончался",
        ),
        # near miss: a contrast of the speaker's own goes on with the content
        (
            "Врачи сообщили, что пациент пришёл в сознание, однако его состояние остаётся тяжёлым.",
            "пациент пришёл в сознание, однако его состояние остаётся тяжёлым",
        ),
    ],
)
def test_contrast_that_points_back_ends_content(text, content, models):
    assert indirect_texts(text, models) == [content]


@pytest.mark.parametrize(
    "text",
    [
        "На видео, снятом прохожим, слышно, как мужчина кричит «Стой, стрелять буду».",
        "С балкона было видно, как полицейские выводят задержанных, сообщил очевидец.",
    ],
)
def test_kak_after_perception_is_no_source(text, models):
    assert not [r for r in rows(text, models) if r[3] == "indirect:kak_soobshil"]


def test_inserted_kak_source_stays(models):
    text = "Выборы, как сообщил глава комиссии, пройдут в марте."
    found = rows(text, models)
    assert [(r[1], r[3]) for r in found if r[0] == "indirect"] == [
        ("Выборы, как сообщил глава комиссии, пройдут в марте", "indirect:kak_soobshil")
    ]


def test_regarding_is_a_topic(models):
    text = (
        "Председатель комитета в интервью говорит о том, что касается нападения на депутата:"
        " «да, это звено в цепи событий, и люди были арестованы»."
    )
    assert not indirect_texts(text, models)
    assert [r[1] for r in rows(text, models) if r[0] == "direct"] == [
        "да, это звено в цепи событий, и люди были арестованы"
    ]


def test_that_clause_with_kasatsya_stays(models):
    text = "Председатель комитета сказал, что касается это всех жителей."
    assert indirect_texts(text, models) == ["касается это всех жителей"]


@pytest.mark.parametrize(
    "text, content",
    [
        (
            "Министерство сообщило, что будет использовать новое название страны (Republic of"
            " Testland)Официальный ответ хранится в редакции.",
            "будет использовать новое название страны (Republic of Testland)",
        ),
        # near miss: a space after the bracket, the clause goes on
        (
            "Министерство сообщило, что будет использовать новое название страны (Тестландия)"
            " со следующего года.",
            "будет использовать новое название страны (Тестландия) со следующего года",
        ),
    ],
)
def test_glued_line_after_bracket_ends_content(text, content, models):
    assert indirect_texts(text, models) == [content]


@pytest.mark.parametrize(
    "text, content",
    [
        # the source phrase sits inside a relative clause: the clause is the content
        (
            "Суд оштрафовал блогера за пост, который по мнению судьи, оскорбил мэра города.",
            "который по мнению судьи, оскорбил мэра города",
        ),
        # near miss: the phrase inserted in the main clause keeps the whole clause
        (
            "Экономика, по мнению экспертов, восстановится к весне.",
            "Экономика, по мнению экспертов, восстановится к весне",
        ),
    ],
)
def test_source_phrase_in_relative_clause(text, content, models):
    assert indirect_texts(text, models) == [content]
