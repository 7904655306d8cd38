"""Round 21, batch 2, in invented sentences (not from any article), each with a near-miss
that must stay as it was.

- `— Q, — цитирует Петрова пресс-служба ФХР`: in dash speech, a quoting verb gives its
  object's words, as after a closing mark.
- `Его слова приводит ТАСС: «Q»`: the owner of the words (a possessive before `слова`).
- `шутить`, `пошутить`, `иронизировать` are speech verbs (`X шутит, что C`).
- A headline `Лавров: «Запад проиграл»` whose claim is one quotation is a direct record of
  the words inside the marks (was an indirect record with the marks in its span).
- `«Россия готова к диалогу»: Путин о переговорах`: a line that opens with a quote, then a
  colon and a person's name: the person speaks; not a title (`«Игра престолов»: вышел
  новый сезон`).
- `«Спартак» — «Зенит»: хозяева победили`: a label of two names joined by a dash is a
  pairing, no source.
"""

from __future__ import annotations

import pytest
from quote_rows import found


@pytest.mark.parametrize(
    "text, rows",
    [
        pytest.param(
            "Главный тренер россиян Иван Петров доволен игрой.\n\n- Ребята молодцы, сыграли "
            "дисциплинированно, - цитирует Петрова пресс-служба ФХР.",
            [("direct", "Ребята молодцы, сыграли дисциплинированно", "Иван Петров")],
            id="dash-speech-quoting-verb",
        ),
        pytest.param(
            "Главный тренер россиян Иван Петров доволен игрой.\n\n- Ребята молодцы, сыграли "
            "дисциплинированно, - сказал Петров.",
            [("direct", "Ребята молодцы, сыграли дисциплинированно", "Иван Петров")],
            id="near-miss-dash-speech-as-before",
        ),
        pytest.param(
            "Министр Иван Петров выступил на форуме. Его слова приводит ТАСС: «Мы готовы к "
            "переговорам».",
            [("direct", "Мы готовы к переговорам", "Иван Петров")],
            id="his-words-fronted",
        ),
        pytest.param(
            "Слова министра Ивана Петрова приводит ТАСС: «Мы готовы к переговорам».",
            [("direct", "Мы готовы к переговорам", "Иван Петров")],
            id="near-miss-words-of-named-fronted",
        ),
        pytest.param(
            "Иван Петров шутит, что его главный тренер — жена.",
            [("indirect", "его главный тренер — жена", "Иван Петров")],
            id="joking-verb",
        ),
        pytest.param(
            "Иван Петров любит шутить.",
            [],
            id="near-miss-joking-without-content",
        ),
        pytest.param(
            "Лавров: «Запад проиграл»\n\nГлава МИД России Сергей Лавров выступил на форуме.",
            [("direct", "Запад проиграл", "Сергей Лавров")],
            id="headline-label-quoted-claim",
        ),
        pytest.param(
            "Путин: Россия готова к диалогу\n\nПрезидент России Владимир Путин выступил на форуме.",
            [("indirect", "Россия готова к диалогу", "Владимир Путин")],
            id="near-miss-headline-label-plain-claim",
        ),
        pytest.param(
            "«Россия готова к диалогу»: Путин о переговорах с Западом\n\nПрезидент России "
            "Владимир Путин выступил на форуме.",
            [("direct", "Россия готова к диалогу", "Владимир Путин")],
            id="quote-then-name",
        ),
        pytest.param(
            "«Игра престолов»: вышел новый сезон\n\nТелеканал HBO выпустил новый сезон.",
            [],
            id="near-miss-title-then-colon",
        ),
        pytest.param(
            "«Спартак» — «Зенит»: хозяева победили\n\nМатч прошел в Москве.",
            [],
            id="pairing-label",
        ),
    ],
)
def test_round21b_rows(models, text, rows):
    assert [(kind, quote, speaker) for kind, quote, speaker, _ in found(text, models)] == rows
