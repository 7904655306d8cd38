"""Round 13, in invented sentences (not from any article), each with a near-miss that must
stay as it was.

- `По их словам, C` (`по их данным`, `по их мнению`) opening a sentence, with no source quoted
  before, is the group that opens the sentence before (`Спасатели выехали на место.`), as
  `Они сказали` already was; a singular subject there gives no antecedent.
- Two abbreviations in a row are one organisation (`ГУ МВД`: a unit of the body after it),
  the second a nested mention of its own.
- A subject set off by dashes before the verb is an apposition (`Круз, ..., — один из
  фаворитов движения — намекал`): the name before it speaks; a person's name between the
  dashes (`её мать — актриса X — сказала`) is the subject itself.
- A role word alone, capitalised (`напомнил Папа`), is a title, not a person's name: it is no
  entity and, as a speaker, the person the article introduced with that role; `понтифик` is
  `папа` (quote_role_synonyms.txt). A capitalised role word after an oblique noun (`В ходе
  церемонии Папа подчеркнул`) is that subject, not the noun's name.
"""

from __future__ import annotations

import pytest
from quote_rows import indirect_rows as indirect

import helpers


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            "Спасатели выехали на место. По их словам, водитель не справился с управлением.",
            [("водитель не справился с управлением", "спасатели")],
            id="their-words-group-before",
        ),
        pytest.param(
            "Аналитики банка снизили прогноз. По их мнению, рубль ослабнет.",
            [("рубль ослабнет", "аналитики банка")],
            id="their-view-group-with-genitive",
        ),
        pytest.param(
            "Врачи госпитализировали пострадавших. По их данным, состояние двоих тяжелое.",
            [("состояние двоих тяжелое", "врачи")],
            id="their-data",
        ),
        pytest.param(
            "Спасатель выехал на место. По их словам, водитель не справился с управлением.",
            [],
            id="near-miss-singular-subject-is-no-antecedent",
        ),
        pytest.param(
            "Лес горел третий день. По их словам, огонь удалось остановить.",
            [],
            id="near-miss-thing-is-no-antecedent",
        ),
    ],
)
def test_their_words_take_the_group_before(models, text, expected):
    assert indirect(text, models) == expected


def test_two_abbreviations_are_one_organisation(models):
    text = "По версии ГУ МВД, водитель автобуса пытался уйти от столкновения."
    mentions = helpers.extract_entities(text, models)
    orgs = mentions.query("type == 'ORG'")
    assert list(zip(orgs["name"], orgs["nested"], strict=True)) == [
        ("ГУ МВД", False),
        ("МВД", True),
    ]
    assert indirect(text, models) == [("водитель автобуса пытался уйти от столкновения", "ГУ МВД")]


def test_abbreviations_joined_by_a_conjunction_stay_apart(models):
    text = "В ФСБ и МВД сообщили о задержании подозреваемого."
    orgs = helpers.extract_entities(text, models).query("type == 'ORG'")
    assert list(zip(orgs["name"], orgs["nested"], strict=True)) == [
        ("ФСБ", False),
        ("МВД", False),
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            "Ранее Иван Петров, ставший сенатором в 2013 году, — один из лидеров партии — "
            "намекал, что не исключает участия в выборах.",
            [("не исключает участия в выборах", "Иван Петров")],
            id="dash-apposition-skipped",
        ),
        pytest.param(
            "Иван Петров — глава комитета — заявил, что закон примут осенью.",
            [("закон примут осенью", "Иван Петров")],
            id="dash-apposition-without-commas",
        ),
        pytest.param(
            "Анна Петрова умерла в больнице. Её мать — актриса Мария Петрова — сказала "
            "журналистам, что дочь шла на поправку.",
            [("дочь шла на поправку", "Мария Петрова")],
            id="near-miss-name-between-dashes-is-the-subject",
        ),
    ],
)
def test_dash_apposition_before_the_verb(models, text, expected):
    assert indirect(text, models) == expected


def test_lone_capitalised_title_is_no_person(models):
    text = "Папа Римский Франциск провел мессу. Многие мигранты, напомнил Папа, бежали от войны."
    people = set(helpers.extract_entities(text, models).query("type == 'PER'")["name"])
    assert people == {"Франциск"}


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            "Папа Римский Франциск провел мессу. Многие мигранты, напомнил Папа, бежали от войны.",
            [("Многие мигранты, напомнил Папа, бежали от войны", "Франциск")],
            id="capitalised-title-resolved",
        ),
        pytest.param(
            "Папа Римский Франциск провел мессу. Понтифик заявил, что мигрантам нужно помогать.",
            [("мигрантам нужно помогать", "Франциск")],
            id="pontiff-is-the-pope",
        ),
        pytest.param(
            "Папа Римский Франциск назначил кардиналов. Кардиналом стал архиепископ Иван "
            "Петров.\n\nВ ходе церемонии Папа подчеркнул, что церковь едина.",
            [("церковь едина", "Франциск")],
            id="title-after-oblique-noun-is-the-subject",
        ),
    ],
)
def test_title_speaks_for_the_person_introduced_with_it(models, text, expected):
    assert indirect(text, models) == expected
