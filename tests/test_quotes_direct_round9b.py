"""Direct-quote recall, round 9 part 2 (branch qg9), in invented sentences: a quoted clause
inside the `что` clause of a verb of feeling (`Министра X возмутило, что Y «Q»`) is the words
of the one who feels, named in the accusative; a term, a title or a feeling with no person
named gives no direct quote."""

from __future__ import annotations

import pytest
from quote_rows import direct_rows


def _has(rows, text: str, speaker: str, rule: str) -> bool:
    return any(t == text and s and s.endswith(speaker) and r == rule for t, s, r in rows)


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            "Министра транспорта Ивана Орлова возмутило, что подрядчики «тянут время и "
            "срывают сроки».",
            ("тянут время и срывают сроки", "Орлов", "direct:felt_clause"),
            id="outraged",
        ),
        pytest.param(
            "Писательницу Марину Волкову в особенности удивило, что читатели «ждали от неё "
            "совсем другой книги».",
            ("ждали от неё совсем другой книги", "Волкова", "direct:felt_clause"),
            id="surprised_with_adverbial",
        ),
        pytest.param(
            "Тренера Сергея Белова насторожило, что его игроки «слишком рано поверили в победу».",
            ("слишком рано поверили в победу", "Белов", "direct:felt_clause"),
            id="alarmed",
        ),
        pytest.param(
            "Директор школы Ольга Смирнова возмутилась тем, что родителей «даже не "
            "пригласили на обсуждение».",
            ("даже не пригласили на обсуждение", "Смирнова", "direct:felt_clause"),
            id="reflexive_with_tem",
        ),
        pytest.param(
            "Фермер Пётр Зуев обрадовался, что урожай «в этом году превзошёл все ожидания».",
            ("в этом году превзошёл все ожидания", "Зуев", "direct:felt_clause"),
            id="reflexive_plain",
        ),
    ],
)
def test_felt_clause(text, expected, models):
    rows = direct_rows(text, models)
    assert _has(rows, *expected), rows


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Министра Ивана Орлова возмутило, что подрядчики построили «Северный мост».",
            id="title_no_predicate",
        ),
        pytest.param(
            "Жителей возмутило, что власти «решили всё за них без всякого обсуждения».",
            id="no_person_named",
        ),
        pytest.param(
            "Ивана Орлова не возмутило, что подрядчики «тянут время и срывают сроки».",
            id="negated_feeling",
        ),
    ],
)
def test_no_felt_clause(text, models):
    rows = direct_rows(text, models)
    assert not any(r == "direct:felt_clause" for _, _, r in rows), rows


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            "В субботу в центре города прошёл митинг водителей. Среди требований, выдвинутых "
            "участниками митинга: «снижение цен на бензин», «отмена платных дорог».",
            ("снижение цен на бензин", "участники митинга", "direct:agent_colon"),
            id="demands_first",
        ),
        pytest.param(
            "В субботу в центре города прошёл митинг водителей. Среди требований, выдвинутых "
            "участниками митинга: «снижение цен на бензин», «отмена платных дорог».",
            ("отмена платных дорог", "участники митинга", "direct:listed"),
            id="demands_listed",
        ),
        pytest.param(
            "Матч перенесли на неделю. Заявление, сделанное пресс-секретарём клуба: «Мы "
            "просим болельщиков сохранить билеты».",
            (
                "Мы просим болельщиков сохранить билеты",
                "пресс-секретарь клуба",
                "direct:agent_colon",
            ),
            id="statement_made_by",
        ),
    ],
)
def test_agent_colon(text, expected, models):
    rows = direct_rows(text, models)
    assert _has(rows, *expected), rows


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Среди фильмов, показанных зрителям фестиваля: «Белый снег», «Тихий берег».",
            id="titles_no_demand_noun",
        ),
        pytest.param(
            "Среди требований к участникам конкурса: «возраст не старше тридцати лет».",
            id="no_agent",
        ),
    ],
)
def test_no_agent_colon(text, models):
    rows = direct_rows(text, models)
    assert not any(r == "direct:agent_colon" for _, _, r in rows), rows
