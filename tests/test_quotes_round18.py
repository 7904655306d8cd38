"""Round 18, in invented sentences (not from any article), each with a near-miss that must
stay as it was.

- `C, подтвердила в понедельник, 4 декабря 2017 года, его партия`: a date set off by commas
  after the day does not use up the words the search for the subject after the verb may
  look at (about_dates.set_off_dates); it was ten tokens, and the date took seven of them.
- `C, цитирует Интерфакс главу компании X` / `C, приводит РИА Новости слова главы компании
  X`: a quoting verb after the reported clause gives its object's words (the outlet only
  quotes them), as it already did after a direct quote; `приводит` with no one quoted
  reports nothing (`Эти данные приводит агентство`, `что приводит к снижению спроса`).
- `На вопросы прохожих они отвечали, что C`: `они` as the verb's subject after a fronted
  phrase, not only opening the sentence, takes up the plural group that opens the sentence
  before; not when people in the plural, a subject or object, come before the pronoun in its
  own sentence.
"""

from __future__ import annotations

import pytest
from quote_rows import indirect_rows as indirect
from quote_rows import speaker_of


@pytest.mark.parametrize(
    "text, quote, speaker",
    [
        pytest.param(
            "Бывший президент Йемена Али Абдалла Салех был убит, подтвердила в понедельник, "
            "4 декабря 2017 года, его партия.",
            "Бывший президент",
            "партия Али Абдаллы Салеха",
            id="full-date-then-owned-noun",
        ),
        pytest.param(
            "Завод возобновит работу в марте, сообщил в среду, 5 мая 2021 года, первый "
            "заместитель губернатора области Игорь Руденя.",
            "Завод",
            "Игорь Руденя",
            id="full-date-then-long-role",
        ),
        pytest.param(
            "Салех был убит, подтвердила в понедельник его партия.",
            "Салех",
            "партия",
            id="near-miss-no-date-as-before",
        ),
    ],
)
def test_set_off_date_leaves_the_window(models, text, quote, speaker):
    assert speaker_of(text, quote, models) == speaker


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            "Поставки газа возобновятся в марте, цитирует Интерфакс главу компании Алексея "
            "Миллера.",
            [("Поставки газа возобновятся в марте", "Алексей Миллер")],
            id="citiruet-outlet-person",
        ),
        pytest.param(
            "Поставки газа возобновятся в марте, приводит РИА Новости слова главы компании "
            "Алексея Миллера.",
            [("Поставки газа возобновятся в марте", "Алексей Миллер")],
            id="privodit-slova",
        ),
        pytest.param(
            "Поставки газа возобновятся в марте, цитирует Интерфакс.",
            [("Поставки газа возобновятся в марте", "Интерфакс")],
            id="near-miss-no-one-quoted-the-outlet",
        ),
        pytest.param(
            "Эти данные приводит агентство Bloomberg.",
            [],
            id="near-miss-privodit-data",
        ),
        pytest.param(
            "Цены растут, что приводит к снижению спроса.",
            [],
            id="near-miss-privodit-k",
        ),
    ],
)
def test_quoting_verb_after_the_clause(models, text, expected):
    assert indirect(text, models) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            "Волонтёры клуба вышли на улицы. На вопросы прохожих они дружно отвечали, что "
            "сегодня праздник вязания.",
            [("сегодня праздник вязания", "волонтёры клуба")],
            id="fronted-phrase-then-oni",
        ),
        pytest.param(
            "Волонтёры клуба вышли на улицы. Прохожим они сообщили, что сегодня праздник вязания.",
            [("сегодня праздник вязания", "волонтёры клуба")],
            id="dative-then-oni",
        ),
        pytest.param(
            "Представители Роскосмоса молчали. Они лишь сказали, что запуск перенесён.",
            [("запуск перенесён", "представители Роскосмоса")],
            id="near-miss-oni-opening-as-before",
        ),
    ],
)
def test_plural_pronoun_after_a_fronted_phrase(models, text, expected):
    assert indirect(text, models) == expected
