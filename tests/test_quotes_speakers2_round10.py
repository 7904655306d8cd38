"""Speakers, round 10 second wave, in invented sentences (not from any article): a fixed
adverbial phrase that opens with a preposition (`в общей сложности`, `в частности`) names no
place and no owner of a document, so no speaker is read from it; a group counted by a figure
(`более 30 водителей заявили`) speaks as the group in the nominative (`водители`); after
`по словам` a possessive pronoun before a noun leaves the noun as the source (`по словам его
адвоката` -> `адвокат Ивана Петрова`, not Иван Петров), but `по его словам` stays the owner; a relative `где` / `в котором` after a document noun
and its dependants (`характеристику из колонии, где говорится`) makes the document speak; a numeral with `из` and a genitive plural (`двое из задержанных`)
is the subject as written."""

from __future__ import annotations

import pytest
from quote_rows import speaker_of

from helpers.pipeline.models import default_models


@pytest.fixture(scope="module")
def models():
    return default_models()


@pytest.mark.parametrize(
    "text, quote, speaker",
    [
        # a figure before a genitive plural subject, after a fixed adverbial phrase
        (
            "За неделю в общей сложности более 30 водителей рассказали о постоянных пробках"
            " на мосту.",
            "о постоянных пробках",
            "водители",
        ),
        # a figure with an adjective: the whole group in the nominative
        (
            "Вчера 12 местных жителей заявили, что вода в реке стала мутной.",
            "вода в реке стала мутной",
            "местные жители",
        ),
        # after the verb: the adverbial phrase is passed over to the place that speaks
        (
            "Как сообщили в частности в министерстве финансов, бюджет будет пересмотрен.",
            "бюджет будет пересмотрен",
            "министерство финансов",
        ),
        (
            "Говорится в частности в заявлении министерства: «Мы продолжим работу».",
            "Мы продолжим работу",
            "министерство",
        ),
        # a place after the adverbial phrase still speaks for an indefinite plural verb
        (
            "В частности, в министерстве финансов сообщили, что бюджет будет пересмотрен.",
            "бюджет будет пересмотрен",
            "министерство финансов",
        ),
    ],
)
def test_counted_and_adverbial(text, quote, speaker, models):
    assert speaker_of(text, quote, models, lower=True) == speaker


@pytest.mark.parametrize(
    "text, quote, bad",
    [
        # `в частности` after a document noun is no owner of the document
        (
            "Компания выпустила заявление. В заявлении в частности говорится: «Мы продолжим"
            " работу в прежнем режиме».",
            "Мы продолжим работу в прежнем режиме",
            "частность",
        ),
        # `в общей сложности` is no place that speaks
        (
            "В общей сложности сообщили о двадцати пострадавших.",
            "о двадцати пострадавших",
            "общая сложность",
        ),
    ],
)
def test_adverbial_is_no_source(text, quote, bad, models):
    assert speaker_of(text, quote, models, lower=True) != bad


@pytest.mark.parametrize(
    "text, quote, speaker",
    [
        # the owner written in the genitive elsewhere in the article goes with the role
        (
            "Суд арестовал имущество Ивана Петрова. По словам его адвоката, решение суда"
            " незаконно.",
            "решение суда незаконно",
            "адвокат ивана петрова",
        ),
        # an adjective between the possessive and its noun
        (
            "Иван Петров вернулся в Москву. По словам его бывшей жены, визит продлится два дня.",
            "визит продлится два дня",
            "бывшая жена",
        ),
        # near-miss: the possessive owns the cue noun itself, so the owner speaks
        (
            "Иван Петров вернулся в Москву. По его словам, визит продлится два дня.",
            "визит продлится два дня",
            "иван петров",
        ),
    ],
)
def test_possessive_before_source_noun(text, quote, speaker, models):
    assert speaker_of(text, quote, models, lower=True) == speaker


@pytest.mark.parametrize(
    "text, quote, speaker",
    [
        # `где` after a document noun with a genitive-free dependant phrase
        (
            "Прокурор представил отрицательную характеристику из колонии, где говорится, что"
            " осуждённая не желает исправиться.",
            "осуждённая не желает исправиться",
            "отрицательная характеристика",
        ),
        (
            "Министерство опубликовало доклад, где говорится, что цены вырастут.",
            "цены вырастут",
            "доклад",
        ),
        # `в котором` after a document noun with a genitive owner: the owner is its author
        (
            "Министерство опубликовало доклад экспертов банка, в котором говорится, что цены"
            " вырастут.",
            "цены вырастут",
            "эксперты банка",
        ),
        # near-miss: `где` after a place, no document, no speaker
        (
            "Он приехал в город, где говорится, что цены вырастут.",
            "цены вырастут",
            None,
        ),
    ],
)
def test_document_before_relative(text, quote, speaker, models):
    assert speaker_of(text, quote, models, lower=True) == speaker


@pytest.mark.parametrize(
    "text, quote, speaker",
    [
        # a participle used as a noun after `из`
        ("Двое из задержанных заявили, что их избили.", "их избили", "двое из задержанных"),
        # a noun after `из`, the numeral not first in the sentence
        (
            "Вчера трое из врачей заявили, что больница закроется.",
            "больница закроется",
            "трое из врачей",
        ),
        # near-miss: `один из` keeps its own rule (a singular verb)
        (
            "Один из свидетелей заявил, что видел машину.",
            "видел машину",
            "один из свидетелей",
        ),
    ],
)
def test_counted_part(text, quote, speaker, models):
    assert speaker_of(text, quote, models, lower=True) == speaker
