"""Indirect recall through finite speech-act verbs, round 10 (qa10), in invented sentences:
blame laid on someone (indirect:blame), what someone sees in something (indirect:seen_in),
doubt with a `что` clause, a time adverb inside a participial modifier of noun-phrase content,
a genitive after the noun of an `о` topic; and near misses that stay unreported."""

from __future__ import annotations

import pytest
from quote_rows import found


def indirect(text: str, models) -> list[tuple[str, str | None, str]]:
    """(text, speaker, rule) of the indirect quotes."""
    return [(q[1], q[2], q[3]) for q in found(text, models) if q[0] == "indirect"]


FOUND = [
    pytest.param(
        "Профсоюз возложил ответственность за срыв переговоров на руководство завода.",
        ("ответственность за срыв переговоров на руководство завода", "профсоюз"),
        "indirect:blame",
        id="blame_responsibility",
    ),
    pytest.param(
        "Анна Соколова возложила всю вину за аварию на водителя автобуса.",
        ("всю вину за аварию на водителя автобуса", "Анна Соколова"),
        "indirect:blame",
        id="blame_guilt_with_modifier",
    ),
    pytest.param(
        "Министр Иван Петров перекладывает вину за рост цен на поставщиков.",
        ("вину за рост цен на поставщиков", "Иван Петров"),
        "indirect:blame",
        id="blame_shifted_present",
    ),
    pytest.param(
        "Депутат Олег Смирнов видит в новом налоге угрозу малому бизнесу.",
        ("в новом налоге угрозу малому бизнесу", "Олег Смирнов"),
        "indirect:seen_in",
        id="seen_in_present",
    ),
    pytest.param(
        "Прокурор Сергей Орлов усмотрел в статье «призывы к беспорядкам».",
        ("в статье «призывы к беспорядкам»", "Сергей Орлов"),  # the marks balanced (round 13)
        "indirect:seen_in",
        id="seen_in_perfective_quoted_object",
    ),
    pytest.param(
        "Аналитик Пётр Волков сомневается, что рынок восстановится до конца года.",
        ("рынок восстановится до конца года", "Пётр Волков"),
        "indirect:chto_clause",
        id="doubt_with_chto",
    ),
    pytest.param(
        "Министр Иван Петров подтвердил подлинность опубликованных вчера документов о сделке.",
        ("подлинность опубликованных вчера документов о сделке", "Иван Петров"),
        "indirect:object",
        id="time_adverb_inside_participle",
    ),
]


@pytest.mark.parametrize(("text", "quote", "rule"), FOUND)
def test_speech_act_content(text, quote, rule, models):
    content, speaker = quote
    assert (content, speaker, rule) in indirect(text, models)


NOT_FOUND = [
    pytest.param(
        "Губернатор возложил на министра ответственность за подготовку к зиме.",
        id="duty_assigned_na_first",
    ),
    pytest.param("Директор взял на себя всю ответственность.", id="responsibility_taken"),
    pytest.param("Иван Петров видел в парке своего соседа.", id="sight_past_animate"),
    pytest.param("Иван Петров видит в Москве большие перспективы.", id="place_not_seen_in"),
]


@pytest.mark.parametrize("text", NOT_FOUND)
def test_near_misses_report_nothing(text, models):
    rules = {rule for _, _, rule in indirect(text, models)}
    assert not rules & {"indirect:blame", "indirect:seen_in"}


def test_negated_doubt_asserts(models):
    text = "Тренер Олег Сидоров не сомневается, что команда выйдет в финал."
    assert ("команда выйдет в финал", "Олег Сидоров", "indirect:chto_clause") in indirect(
        text, models
    )


def test_genitive_after_topic_noun_stays_in_topic(models):
    text = "Компания Альфа предупредила партнёров о сокращении поставок угля в регион."
    rows = indirect(text, models)
    assert any(content.startswith("о сокращении поставок угля") for content, _, _ in rows)


NESTED = [
    pytest.param(
        "Адвокат Олег Ким заявил, что его подзащитный рассказал ему, что подписал протокол "
        "под давлением.",
        ("подписал протокол под давлением", "подзащитный Олега Кима"),
        id="told_inside_chto",
    ),
    pytest.param(
        "Мэр Иван Петров сообщил, что жители района предложили перенести рынок на окраину.",
        ("перенести рынок на окраину", "жители района"),
        id="proposed_inside_chto",
    ),
]


@pytest.mark.parametrize(("text", "quote"), NESTED)
def test_report_inside_chto_clause(text, quote, models):
    content, speaker = quote
    assert (content, speaker, "indirect:nested") in indirect(text, models)


def test_report_inside_chto_clause_needs_its_own_subject(models):
    text = "Историки пишут, что она стреляла в каждого, кто угрожал вернуться домой."
    assert [r for r in indirect(text, models) if r[2] == "indirect:nested"] == []


NAMED_BACKGROUND = [
    pytest.param(
        "Пресс-секретарь Анна Орлова подтвердила факт отставки Петрова, который руководил "
        "клубом десять лет.",
        "факт отставки Петрова",
        id="object_then_relative_on_name",
    ),
    pytest.param(
        "Новый президент Олег Сидоров пообещал реформировать УЕФА, чья репутация пострадала.",
        "реформировать УЕФА",
        id="infinitive_then_relative_on_name",
    ),
]


@pytest.mark.parametrize(("text", "content"), NAMED_BACKGROUND)
def test_relative_clause_on_a_name_ends_content(text, content, models):
    assert content in [c for c, _, _ in indirect(text, models)]


def test_relative_clause_inside_content_goes_on(models):
    text = "Иван Петров пообещал передать акции Газпрома, которыми он владеет, в фонд."
    assert "передать акции Газпрома, которыми он владеет, в фонд" in [
        c for c, _, _ in indirect(text, models)
    ]
