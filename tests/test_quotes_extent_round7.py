"""Extent of reported content, round 7, in invented sentences: where an `о/об` topic phrase
ends (spans.topic_end: the parser's tree, the time of the speech act)."""

from __future__ import annotations

import pytest
from quote_rows import found

TOPIC_CASES = [
    # an addressee after the topic phrase: the verb's dative object, no part of the phrase
    (
        "Садовник Иван Петров рассказал о своей находке соседям по даче.",
        ("indirect", "о своей находке", "Иван Петров", "indirect:o_topic"),
    ),
    (
        "Министр Иван Сидоров сообщил о новом назначении журналистам.",
        ("indirect", "о новом назначении", "Иван Сидоров", "indirect:o_topic"),
    ),
    # the day or time of day of the speech act, even where the parser hangs it on the noun
    (
        "Полиция Казани сообщила о задержаниях в пятницу.",
        ("indirect", "о задержаниях", "полиция Казани", "indirect:o_topic"),
    ),
    (
        "Врач Анна Белова рассказала о своём решении в воскресенье вечером.",
        ("indirect", "о своём решении", "Анна Белова", "indirect:o_topic"),
    ),
    # the phrase's own modifiers stay: a genitive chain, a prepositional modifier
    (
        "Министр Иван Сидоров сообщил о закрытии трёх угольных шахт в Кузбассе.",
        (
            "indirect",
            "о закрытии трёх угольных шахт в Кузбассе",
            "Иван Сидоров",
            "indirect:o_topic",
        ),
    ),
]


@pytest.mark.parametrize("text, expected", TOPIC_CASES)
def test_topic_phrase_end(text, expected, models):
    assert expected in found(text, models)
