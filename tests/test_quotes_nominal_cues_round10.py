"""Indirect speech through nominal, prepositional and impersonal cues, round 10 (qb10), in
invented sentences: impersonal naming (Причиной аварии названа ошибка пилота; Среди причин
упоминался конфликт; X назывался наследником) reports with a null speaker, while a name
given, an award, a negated or an agentive passive stays no such report."""

from __future__ import annotations

import pytest
from quote_rows import found


def indirect(text: str, models) -> list[tuple[str, str | None]]:
    """(text, speaker) of the indirect quotes."""
    return [(q[1], q[2]) for q in found(text, models) if q[0] == "indirect"]


IMPERSONAL_NAMING = [
    pytest.param(
        "Причиной пожара на складе названо короткое замыкание.",
        "Причиной пожара на складе названо короткое замыкание",
        id="reason_short_participle",
    ),
    pytest.param(
        "Причиной задержки рейса позже были названы неполадки двигателя.",
        "Причиной задержки рейса позже были названы неполадки двигателя",
        id="reason_with_auxiliary",
    ),
    pytest.param(
        "Виновником столкновения назван водитель грузовика.",
        "Виновником столкновения назван водитель грузовика",
        id="culprit",
    ),
    pytest.param(
        "Среди возможных кандидатов на пост тренера упоминался также бывший капитан команды.",
        "Среди возможных кандидатов на пост тренера упоминался также бывший капитан команды",
        id="among_mentioned",
    ),
    pytest.param(
        "Среди главных претендентов на победу назывались две команды из Испании.",
        "Среди главных претендентов на победу назывались две команды из Испании",
        id="among_named_plural",
    ),
    pytest.param(
        "Молодой архитектор долго назывался главным преемником своего учителя.",
        "Молодой архитектор долго назывался главным преемником своего учителя",
        id="reflexive_past_predicate",
    ),
]


@pytest.mark.parametrize(("text", "content"), IMPERSONAL_NAMING)
def test_impersonal_naming(text, content, models):
    assert (content, None) in indirect(text, models)
    assert any(q[3] == "indirect:impersonal_naming" for q in found(text, models))


NOT_NAMING_REPORTS = [
    pytest.param("Посёлок до войны назывался «Сосновка».", id="quoted_name"),
    pytest.param("Улица была названа в честь первого мэра города.", id="named_after"),
    pytest.param("Лучшим вратарём сезона назван Игорь Смирнов.", id="award"),
    pytest.param("Причиной аварии пока не названа ни одна версия.", id="negated"),
    pytest.param("Этот приём называется защитой короля.", id="present_definition"),
]


@pytest.mark.parametrize("text", NOT_NAMING_REPORTS)
def test_not_impersonal_naming(text, models):
    assert all(q[3] != "indirect:impersonal_naming" for q in found(text, models))


DOCUMENT_SOURCES = [
    pytest.param(
        "Согласно опубликованному отчёту, число пассажиров выросло на десять процентов.",
        "число пассажиров выросло на десять процентов",
        "опубликованный отчёт",
        id="modified_document",
    ),
    pytest.param(
        "Согласно материалам проверки, подрядчик завысил стоимость работ.",
        "подрядчик завысил стоимость работ",
        "материалы проверки",
        id="document_with_genitive",
    ),
    pytest.param(
        "Согласно осенним опросам, большинство жителей поддерживают строительство моста.",
        "большинство жителей поддерживают строительство моста",
        "осенние опросы",
        id="plural_polls",
    ),
]


@pytest.mark.parametrize(("text", "content", "speaker"), DOCUMENT_SOURCES)
def test_reporting_document_after_soglasno(text, content, speaker, models):
    assert (content, speaker) in indirect(text, models)
    assert any(q[3] == "indirect:document_source" for q in found(text, models))


NOT_DOCUMENT_SOURCES = [
    pytest.param("Согласно закону, выборы проводятся раз в пять лет.", id="law"),
    pytest.param("Согласно расписанию, поезд прибывает в десять часов.", id="timetable"),
    pytest.param("Согласно предварительным данным, погибли два человека.", id="no_author"),
]


@pytest.mark.parametrize("text", NOT_DOCUMENT_SOURCES)
def test_not_reporting_document(text, models):
    assert indirect(text, models) == []


ACCUSING_PARTICIPLES = [
    pytest.param(
        "Жильцов, обвинивших управляющую компанию в завышении тарифов, оказалось около сотни.",
        "управляющую компанию в завышении тарифов",
        "жильцы",
        id="active_animate_accusative",
    ),
    pytest.param(
        "Соседи, обвинившие дворника в краже велосипеда, обратились в полицию.",
        "дворника в краже велосипеда",
        "соседи",
        id="active_nominative",
    ),
    pytest.param(
        "Чиновник, обвиняемый журналистами в получении взяток, подал иск о защите чести.",
        "получении взяток",
        "журналисты",
        id="passive_with_agent",
    ),
]


@pytest.mark.parametrize(("text", "content", "speaker"), ACCUSING_PARTICIPLES)
def test_accusing_participle(text, content, speaker, models):
    assert (content, speaker) in indirect(text, models)


NOT_ACCUSING = [
    pytest.param("Бизнесмен, обвиняемый в отмывании денег, написал признание.", id="no_agent"),
    pytest.param("Больные, требующие постоянного ухода, остались в больнице.", id="need"),
]


@pytest.mark.parametrize("text", NOT_ACCUSING)
def test_not_accusing_participle(text, models):
    assert indirect(text, models) == []


UNNAMED_REPORTS = [
    pytest.param(
        "Накануне появилась информация о том, что тренер может покинуть клуб.",
        "тренер может покинуть клуб",
        id="information_o_tom_chto",
    ),
    pytest.param(
        "Утром появились сообщения, что мост через реку закрыт на ремонт.",
        "мост через реку закрыт на ремонт",
        id="reports_chto",
    ),
]


@pytest.mark.parametrize(("text", "content"), UNNAMED_REPORTS)
def test_unnamed_report_noun_with_clause(text, content, models):
    assert (content, None) in indirect(text, models)


def test_report_noun_without_clause_is_no_report(models):
    assert indirect("Вчера поступила информация о пожаре на складе.", models) == []


def test_quoted_demand_after_with_noun(models):
    text = "Жители вышли на площадь с требованием «немедленной отставки мэра»."
    assert ("немедленной отставки мэра", "жители") in indirect(text, models)


def test_quoted_title_after_with_is_no_demand(models):
    assert indirect("Певец выступил с песней «Ночи» на фестивале.", models) == []
