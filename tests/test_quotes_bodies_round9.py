"""Organisations as speakers, round 9, in invented sentences (not from any article): an
organisation agrees with its verb through its head noun (Посольство ... подтвердило, МИД
... подтвердил), a body stationed somewhere keeps its place in its name (посольство России в
Египте), a press service named with `в` keeps its whole name in the nominative (пресс-служба
ГУ МВД России по Москве), before or after an indefinite plural verb, and a second `в` names
its owner (в пресс-службе в ГУ МВД -> пресс-служба ГУ МВД)."""

from __future__ import annotations

import pandas as pd
import pytest

from helpers.pipeline.analysis import extract_quotes
from helpers.pipeline.models import default_models


@pytest.fixture(scope="module")
def models():
    return default_models()


def speaker_of(text: str, quote: str, models) -> str | None:
    """The speaker of the row whose text starts with ``quote``."""
    rows = [r for r in extract_quotes(text, models).itertuples() if r.text.startswith(quote)]
    assert rows, f"no row for {quote!r}"
    return None if pd.isna(rows[0].speaker) else str(rows[0].speaker).lower()


@pytest.mark.parametrize(
    "text, quote, speaker",
    [
        # a neuter head with a feminine genitive after it, then a place in the content
        (
            "Посольство РФ в Турции подтвердило факт задержания трёх моряков в порту города"
            " Самсун.",
            "факт задержания",
            "посольство рф в турции",
        ),
        (
            "Посольство России в Египте подтвердило гибель двух туристов.",
            "гибель двух туристов",
            "посольство россии в египте",
        ),
        (
            "Представительство ООН в Женеве сообщило, что переговоры отложены до весны.",
            "переговоры отложены",
            "представительство оон в женеве",
        ),
        # a masculine head with a feminine genitive, `что` without its comma
        (
            "МИД Франции подтвердил что в Мали похищен французский инженер.",
            "в Мали похищен",
            "мид франции",
        ),
    ],
)
def test_organisation_agrees_through_its_head(text, quote, speaker, models):
    assert speaker_of(text, quote, models) == speaker


@pytest.mark.parametrize(
    "text, quote, speaker",
    [
        # fronted: the whole name, the territorial part too
        (
            "В пресс-службе ГУ МВД России по Санкт-Петербургу уточнили, что водитель"
            " скрылся с места аварии.",
            "водитель скрылся",
            "пресс-служба гу мвд россии по санкт-петербургу",
        ),
        # an adverb between the name and the verb
        (
            "В пресс-службе областного управления полиции также уточнили, что пострадавших"
            " нет.",
            "пострадавших нет",
            "пресс-служба областного управления полиции",
        ),
        # a second `в` names the owner: put in the genitive
        (
            "В пресс-службе в ГУ МЧС России сообщили, что пожар потушен.",
            "пожар потушен",
            "пресс-служба гу мчс россии",
        ),
        # postposed, after как and after the content
        (
            "Как сообщили в пресс-службе ГУ МВД России по Санкт-Петербургу, водитель скрылся"
            " с места аварии.",
            "водитель скрылся",
            "пресс-служба гу мвд россии по санкт-петербургу",
        ),
        (
            "Водитель скрылся с места аварии, сообщили в пресс-службе ГУ МВД России по"
            " Санкт-Петербургу.",
            "Водитель скрылся",
            "пресс-служба гу мвд россии по санкт-петербургу",
        ),
    ],
)
def test_press_service_keeps_its_whole_name(text, quote, speaker, models):
    assert speaker_of(text, quote, models) == speaker


def test_plain_place_still_speaks(models):
    """`В МВД уточнили`: a name alone after `в` stays the source."""
    text = "В МВД уточнили, что водитель скрылся с места аварии."
    assert speaker_of(text, "водитель скрылся", models) == "мвд"
