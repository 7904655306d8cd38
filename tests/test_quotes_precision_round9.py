"""Precision of quotes, round 9, in invented sentences (not from any article): wiki italics
markup around quotation marks (``''«Q»'', — сказал X``) hides nothing from the direct
frames and gives no indirect duplicate."""

from __future__ import annotations

import pytest

from helpers.nlp.quotes.wiki_marks import markup_view
from helpers.pipeline.analysis import extract_quotes
from helpers.pipeline.models import default_models


@pytest.fixture(scope="module")
def models():
    return default_models()


def rows(text: str, models) -> list[tuple[str, str, str]]:
    """(kind, text, rule) of every quote of ``text``."""
    return [(r.kind, r.text, r.rule) for r in extract_quotes(text, models).itertuples()]


@pytest.mark.parametrize(
    "text, view",
    [
        ("''«Да»'', — сказал он.", "  «Да»,   — сказал он."),
        ("Он ответил: '''«Нет»'''.", "Он ответил:    «Нет».   "),
        ("''курсив'' без кавычек", "''курсив'' без кавычек"),  # no mark: left alone
    ],
)
def test_markup_view_same_length(text, view):
    assert markup_view(text) == view
    assert len(markup_view(text)) == len(text)


@pytest.mark.parametrize(
    "text, quote",
    [
        (
            "''«Мы построим новую школу до конца года»'', — пообещал мэр Олег Смирнов.",
            "Мы построим новую школу до конца года",
        ),
        (
            "''«Переговоры зашли в тупик, но мы продолжим работу»'', — заявила Анна Петрова.",
            "Переговоры зашли в тупик, но мы продолжим работу",
        ),
    ],
)
def test_wiki_italics_around_direct_quote(text, quote, models):
    found = rows(text, models)
    assert ("direct", quote) in [(k, t) for k, t, _ in found]
    assert not [r for r in found if r[0] == "indirect"], found
