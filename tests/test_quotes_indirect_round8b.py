"""Indirect speech, round 8b (qf8), in invented sentences: recall of reports whose subject
is an inanimate noun naming a group of people, with a verb a thing may govern too."""

from __future__ import annotations

import pytest
from quote_rows import found


def indirect(text: str, models) -> list[tuple[str, str, str | None, str]]:
    return [q for q in found(text, models) if q[0] == "indirect"]


COLLECTIVE = [
    pytest.param(
        "Защита подсудимого указала, что он был в другом городе.",
        "он был в другом городе",
        "защита подсудимого",
        id="defence_points_out",
    ),
    pytest.param(
        "Семья пропавшего туриста говорит, что он звонил им в воскресенье.",
        "он звонил им в воскресенье",
        "семья пропавшего туриста",
        id="family_says",
    ),
    pytest.param(
        "Руководство завода подтвердило, что цех закроют на ремонт.",
        "цех закроют на ремонт",
        "руководство завода",
        id="management_confirms",
    ),
    pytest.param(
        "Молодая пара говорит, что хочет купить дом у моря.",
        "хочет купить дом у моря",
        "молодая пара",
        id="couple_says",
    ),
    pytest.param(
        "Российская сторона указала на то, что переговоры продолжатся в мае.",
        "переговоры продолжатся в мае",
        "российская сторона",
        id="side_points_to",
    ),
]


@pytest.mark.parametrize(("text", "content", "speaker"), COLLECTIVE)
def test_group_of_people_speaks(text, content, speaker, models):
    rows = indirect(text, models)
    assert [(row[1], row[2]) for row in rows] == [(content, speaker)]


THINGS = [
    pytest.param("Данные опроса указывают, что цены растут.", id="data_point"),
    pytest.param("Эти цифры говорят о том, что спрос упал.", id="figures_say"),
    pytest.param("Ситуация требует, чтобы власти вмешались.", id="situation_demands"),
    pytest.param("Защита окружающей среды требует денег.", id="defence_as_action"),
    pytest.param("Руководство страной требует опыта.", id="leading_as_action"),
]


@pytest.mark.parametrize("text", THINGS)
def test_a_thing_still_speaks_not(text, models):
    assert indirect(text, models) == []


OUTLET_NOUN = [
    pytest.param(
        "Согласно агентству Bloomberg, сделку закроют до конца года.",
        "сделку закроют до конца года",
        id="agency_name",
    ),
    pytest.param(
        "Согласно британской газете «Таймс», премьер уйдёт в отставку весной.",
        "премьер уйдёт в отставку весной",
        id="adjective_newspaper_quoted",
    ),
    pytest.param(
        "Согласно министерству обороны, учения завершились в срок.",
        "учения завершились в срок",
        id="ministry_owner",
    ),
]


@pytest.mark.parametrize(("text", "content"), OUTLET_NOUN)
def test_soglasno_outlet_noun(text, content, models):
    rows = indirect(text, models)
    assert [(row[1], row[3]) for row in rows] == [(content, "indirect:po_slovam")]
    assert rows[0][2] is not None


NO_OUTLET = [
    pytest.param("Согласно закону о выборах, голосование пройдёт в марте.", id="law"),
    pytest.param("Согласно приказу директора, завод закроют на неделю.", id="order"),
    pytest.param("Согласно компании, прибыль выросла.", id="noun_alone"),
]


@pytest.mark.parametrize("text", NO_OUTLET)
def test_soglasno_provision_is_no_source(text, models):
    assert all(row[3] != "indirect:po_slovam" for row in indirect(text, models))


CRITICISM = [
    pytest.param(
        "Новый закон вызвал резкую критику со стороны правозащитников.",
        "Новый закон",
        "правозащитники",
        id="law_criticised",
    ),
    pytest.param(
        "Это решение, принятое без обсуждения, вызвало осуждение со стороны соседних стран.",
        "Это решение",
        "соседние страны",
        id="participial_phrase_condemned",
    ),
    pytest.param(
        "Однако его слова вызвали критику со стороны оппозиции.",
        "его слова",
        "оппозиция",
        id="connective_plural",
    ),
]


@pytest.mark.parametrize(("text", "content", "speaker"), CRITICISM)
def test_criticism_caused(text, content, speaker, models):
    rows = indirect(text, models)
    assert [(row[1], row[3]) for row in rows] == [(content, "indirect:criticism")]
    assert rows[0][2] == speaker


NO_CRITICISM = [
    pytest.param("Новость вызвала возмущение со стороны жителей.", id="feeling"),
    pytest.param("Проект вызвал критику в прессе.", id="no_side_named"),
    pytest.param("Мы вызвали такси со стороны вокзала.", id="not_criticism"),
]


@pytest.mark.parametrize("text", NO_CRITICISM)
def test_no_criticism(text, models):
    assert all(row[3] != "indirect:criticism" for row in indirect(text, models))
