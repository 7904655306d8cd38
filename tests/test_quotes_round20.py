"""Round 20, in invented sentences (not from any article), each with a near-miss that must
stay as it was.

- `Лидер фракции X и депутаты партии заявили`: a named person joined by `и` to a group (a
  plural animate noun) leads it, as `X и его коллеги` did; the verb is plural.
- `Депутаты Госдумы и сенаторы выступили`: two groups joined by `и` as a plural verb's subject
  speak together, both phrases as written (was the second alone, `сенаторы`); not groups in
  an oblique case (`встреча депутатов и сенаторов`), nor bodies that are no people (`Полиция
  и прокуратура`, left as it was).
"""

from __future__ import annotations

import pytest
from quote_rows import speaker_of


@pytest.mark.parametrize(
    "text, quote, speaker",
    [
        pytest.param(
            "Лидер фракции Сергей Миронов и депутаты «Справедливой России» заявили, что "
            "проголосуют против.",
            "проголосуют",
            "Сергей Миронов",
            id="person-and-group",
        ),
        pytest.param(
            "Депутаты Госдумы и сенаторы выступили против законопроекта. Они считают, что он "
            "нарушает права граждан.",
            "он нарушает",
            "депутаты Госдумы и сенаторы",
            id="two-groups-then-oni",
        ),
        pytest.param(
            "Журналисты и блогеры сообщили, что их не пустили на заседание.",
            "их не пустили",
            "журналисты и блогеры",
            id="two-groups-sentence-start",
        ),
        pytest.param(
            "Иван Петров и Анна Смирнова заявили, что подают в суд.",
            "подают",
            "Иван Петров",
            id="near-miss-two-people-as-before",
        ),
        pytest.param(
            "Врачи и медсестры больницы сообщили, что не получают зарплату.",
            "не получают",
            "врачи и медсестры больницы",
            id="near-miss-one-owner-as-before",
        ),
        pytest.param(
            "Встреча депутатов и сенаторов прошла в Кремле. Участники заявили, что договорились.",
            "договорились",
            "участники",
            id="near-miss-groups-in-the-genitive",
        ),
        pytest.param(
            "Полиция и прокуратура сообщили, что проверка продолжается.",
            "проверка",
            "полиция",
            id="near-miss-bodies-as-before",
        ),
    ],
)
def test_joint_subjects(models, text, quote, speaker):
    assert speaker_of(text, quote, models) == speaker
