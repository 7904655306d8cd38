"""Speakers named outside the cue's clause, round 8, in invented sentences (not from any
article): the speaker of a quote is found before it when the words after its closing mark
are the speaker's own (an imperative or a first person after a dash and a colon), ..."""

from __future__ import annotations

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
    return None if rows[0].speaker != rows[0].speaker else rows[0].speaker


@pytest.mark.parametrize(
    "text, quote, speaker",
    [
        # a dash after the quoted words, then a colon and the speaker's own imperative
        (
            "Мэр Олег Смирнов призвал горожан к терпению, подчеркнув их «главное городское"
            " достоинство» — упорство:\nДавайте продолжим работать вместе. Город это заслужил.",
            "главное городское достоинство",
            "Олег Смирнов",
        ),
        # the same with a first person after the colon
        (
            "Ректор Анна Петрова призвала студентов к честности, отметив их «самое лучшее"
            " качество» — прямоту:\nСкажу вам откровенно: я горжусь вами.",
            "самое лучшее качество",
            "Анна Петрова",
        ),
    ],
)
def test_own_words_after_dash_are_no_cue(text, quote, speaker, models):
    assert speaker_of(text, quote, models) == speaker
