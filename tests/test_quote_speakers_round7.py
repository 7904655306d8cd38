"""Speakers resolved through the article, round 7, in invented sentences (not from any
article): documents owned by a role, acronyms of organisations, names that the entity pass
split or inflected, pronouns whose antecedent agrees in gender, roles named by the article."""

from __future__ import annotations

import pytest
from quote_rows import found


def speaker_of(text: str, start: str, models) -> str | None:
    """The speaker of the one quote that begins with ``start``."""
    rows = [r for r in found(text, models) if r[1].startswith(start)]
    assert len(rows) == 1, found(text, models)
    return rows[0][2]


@pytest.mark.parametrize(
    ("text", "start", "speaker"),
    [
        # a document owned by a role: the person the article named with that role
        (
            "Президент Франции Эмманюэль Макрон вернулся в Париж после саммита.\n\n"
            "В заявлении президента говорится, что переговоры будут продолжены.",
            "переговоры будут продолжены",
            "Эмманюэль Макрон",
        ),
        (
            "Министр здравоохранения Ирина Волкова посетила больницу.\n\n"
            "В письме министра говорится, что ремонт завершат к осени.",
            "ремонт завершат к осени",
            "Ирина Волкова",
        ),
        # no one named with the role: the document's owner as written
        (
            "В заявлении министерства говорится, что ремонт завершат к осени.",
            "ремонт завершат к осени",
            "министерство",
        ),
    ],
)
def test_document_of_a_role(text, start, speaker, models):
    assert speaker_of(text, start, models) == speaker
