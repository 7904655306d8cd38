"""Direct quotes whose quotation marks were lost (unmarked.py): a sentence in the singular
first person right after a named speaker's report; and the sentences it leaves alone."""

from __future__ import annotations

import pytest
from quote_rows import direct_rows

FOUND = [
    pytest.param(
        "Космонавт Анна Белова говорит, что спасателей рядом не было. Мне помогли выбраться "
        "из корабля местные жители.",
        ("Мне помогли выбраться из корабля местные жители", "Анна Белова"),
        id="after_indirect",
    ),
    pytest.param(
        "Тренер Олег Смирнов рассказал о своих планах на сезон. Я буду работать с молодыми "
        "игроками до самого лета.",
        ("Я буду работать с молодыми игроками до самого лета", "Олег Смирнов"),
        id="after_topic",
    ),
]


@pytest.mark.parametrize(("text", "expected"), FOUND)
def test_first_person_after(text, expected, models):
    assert (*expected, "direct:first_person_after") in direct_rows(text, models)


LEFT = [
    pytest.param(
        "Космонавт Анна Белова говорит, что спасателей рядом не было.\n\nМне помогли "
        "выбраться из корабля местные жители.",
        id="next_paragraph",
    ),
    pytest.param(
        "Мои врачи предположили, что риск высок. Как только я узнала об этом, я решила "
        "действовать.",
        id="report_in_first_person",
    ),
    pytest.param(
        "Космонавт Анна Белова говорит, что спасателей рядом не было. Корабль нашли местные "
        "жители через час.",
        id="third_person",
    ),
    pytest.param(
        "Космонавт Анна Белова говорит, что спасателей рядом не было. Я сам видел, как "
        "рассказал потом пилот, что корабль нашли жители.",
        id="own_attribution",
    ),
]


@pytest.mark.parametrize("text", LEFT)
def test_not_first_person_after(text, models):
    assert "direct:first_person_after" not in [r for _, _, r in direct_rows(text, models)]
