"""A quoted statement whose speaker was named a sentence or two before (carried.py): after
a colon with no speech verb, or after a sentence of the author's; and where it must not be
carried (a person named in between, a short name in quotes, a paragraph too far)."""

from __future__ import annotations

import pytest
from quote_rows import direct_rows

FOUND = [
    pytest.param(
        "Глава фонда Пётр Смирнов утверждает, что спрос растёт. Спрос в регионе растёт "
        "быстрее, чем ожидалось: «В этом году мы откроем три новых завода в Сибири».",
        (
            "В этом году мы откроем три новых завода в Сибири",
            "Пётр Смирнов",
            "direct:colon_carried",
        ),
        id="colon_after_reported_clause",
    ),
    pytest.param(
        "«Словом, такой реактор — задача следующего века», — говорит академик Иван Орлов."
        "\n\nПоэтому планы строить базу на Марсе — это иллюзия: «На самом деле вся эта "
        "шумиха вокруг Марса не стоит и выеденного яйца».",
        (
            "На самом деле вся эта шумиха вокруг Марса не стоит и выеденного яйца",
            "Иван Орлов",
            "direct:colon_carried",
        ),
        id="colon_next_paragraph",
    ),
    pytest.param(
        "Далее Пётр Смирнов сказал, что беспокойств нет. В случае необходимости мост закроют "
        "на ремонт. «Мы не видим здесь непреодолимых проблем, ремонт идёт по плану».",
        (
            "Мы не видим здесь непреодолимых проблем, ремонт идёт по плану",
            "Пётр Смирнов",
            "direct:carried",
        ),
        id="after_author_sentence",
    ),
]


@pytest.mark.parametrize(("text", "expected"), FOUND)
def test_carried_speaker(text, expected, models):
    assert expected in direct_rows(text, models)


NOT_CARRIED = [
    pytest.param(
        "Далее Пётр Смирнов сказал, что беспокойств нет. Мост осматривал инженер Олег "
        "Кузнецов. «Мы не видим здесь непреодолимых проблем, ремонт идёт по плану».",
        id="person_named_between",
    ),
    pytest.param(
        "Пётр Смирнов сказал, что спрос растёт. Компания выпустила новый фильм: «Ночь в музее».",
        id="short_title_after_colon",
    ),
    pytest.param(
        "Пётр Смирнов сказал, что спрос растёт.\n\n\n\nСтроительство моста началось весной. "
        "Рабочие повесили плакат: «Мы построим этот мост к лету, что бы ни случилось».",
        id="paragraphs_away",
    ),
]


@pytest.mark.parametrize("text", NOT_CARRIED)
def test_not_carried(text, models):
    rules = [rule for _, _, rule in direct_rows(text, models)]
    assert "direct:carried" not in rules and "direct:colon_carried" not in rules


BLOCK = "Певица написала в своём блоге:\nЯ была счастлива петь для вас все эти годы.\n\n"


@pytest.mark.parametrize(
    ("second", "goes_on"),
    [
        pytest.param("Спасибо всем, кто был со мной. Я никогда этого не забуду.", True, id="i"),
        pytest.param("Мне будет не хватать этой сцены и этого зала.", True, id="mne"),
        pytest.param("Концерт пройдёт в пятницу в Большом зале.", False, id="narration"),
        pytest.param("Она также сыграла в фильме «Меня зовут Анна Белова».", False, id="title"),
    ],
)
def test_block_goes_on_after_blank_line(second, goes_on, models):
    """A block quote's next paragraph after a blank line is the speaker's when it speaks in
    the singular first person (outside quotation marks)."""
    rows = direct_rows(BLOCK + second, models)
    assert (second.rstrip(".") in [text for text, _, _ in rows]) == goes_on


LEAD = "Автор исследования Иван Петров отметил, что соцсети вредят здоровью.\n"


@pytest.mark.parametrize(
    ("colon_line", "block", "found"),
    [
        pytest.param(
            "Причина этого — в несоответствии желаемого и действительного:",
            "Люди, которые проводят время в сетях, могут почувствовать, что их жизнь хуже.",
            True,
            id="statement",
        ),
        pytest.param(
            "По его словам:",
            "Люди, которые проводят время в сетях, могут почувствовать, что их жизнь хуже.",
            False,
            id="source_phrase_line",
        ),
        pytest.param(
            "Причина этого — в несоответствии желаемого и действительного:",
            "В прошлом году исследование провели в десяти городах страны.",
            False,
            id="narration",
        ),
        pytest.param(
            "В исследовании участвовали:",
            "студенты, школьники и пенсионеры из десяти городов страны.",
            False,
            id="list",
        ),
    ],
)
def test_colon_block_carried(colon_line, block, found, models):
    rows = direct_rows(LEAD + colon_line + "\n" + block, models)
    expected = (block.rstrip("."), "Иван Петров", "direct:colon_block_carried")
    assert (expected in rows) == found
