"""Indirect recall, round 10 second wave (qg10), in invented sentences: source phrases whose
preposition goes with one noun only (на взгляд X, на его взгляд, в соответствии с данными X;
`на информации`, `в соответствии с законом` are none), a second conjunct whose verb a dash
stands for (сравнивают A с B, а C — с D), a building's name standing for the body it houses
as the subject of a verb a thing may also govern (Белый дом подтверждает C), a light verb's
object before its noun (подверг Y критике), what a demand consists in (Требования X
заключаются в том, чтобы C) and criticism undergone for a reason (подвергся критике со
стороны X за C); each with near-misses that must stay no report."""

from __future__ import annotations

import pytest
from quote_rows import found


def indirect(text: str, models) -> list[tuple[str, str | None, str]]:
    """(text, speaker, rule) of the indirect quotes, speakers in lower case."""
    return [
        (q[1], q[2].lower() if q[2] else None, q[3])
        for q in found(text, models)
        if q[0] == "indirect"
    ]


PAIRED_SOURCES = [
    pytest.param(
        "На взгляд аналитиков, стоимость нефти к осени вернётся к прежнему уровню.",
        "стоимость нефти к осени вернётся к прежнему уровню",
        "аналитики",
        id="na_vzglyad_genitive",
    ),
    pytest.param(
        "Хирург Олег Назаров провёл операцию в пятницу. На его взгляд, пациент скоро "
        "вернётся к работе.",
        "пациент скоро вернётся к работе",
        "олег назаров",
        id="na_ego_vzglyad",
    ),
    pytest.param(
        "В соответствии с прогнозом министерства, выпуск стали в этом году снизится.",
        "выпуск стали в этом году снизится",
        "министерство",
        id="v_sootvetstvii_s_prognozom",
    ),
    pytest.param(
        "В соответствии с последними данными ведомства, число пожаров сократилось вдвое.",
        "число пожаров сократилось вдвое",
        "ведомство",
        id="v_sootvetstvii_modified",
    ),
]


@pytest.mark.parametrize(("text", "content", "speaker"), PAIRED_SOURCES)
def test_paired_source(text, content, speaker, models):
    assert (content, speaker, "indirect:paired_source") in indirect(text, models)


NOT_PAIRED_SOURCES = [
    pytest.param("На информации о слиянии акции банка подорожали на треть.", id="na_informacii"),
    pytest.param("В соответствии с законом, выборы мэра пройдут осенью.", id="law"),
    pytest.param("На взгляд со стороны, здание выглядит заброшенным.", id="no_source_named"),
]


@pytest.mark.parametrize("text", NOT_PAIRED_SOURCES)
def test_not_paired_source(text, models):
    assert indirect(text, models) == []


GAPPED = [
    pytest.param(
        "Обозреватели сравнивают первые романы писателя с Диккенсом, а поздние повести — "
        "с прозой Чехова.",
        "первые романы писателя с Диккенсом, а поздние повести — с прозой Чехова",
        "обозреватели",
        id="compared_pairs",
    ),
    pytest.param(
        "Тренер назвал первый тайм провальным, а второй — вполне достойным.",
        "первый тайм провальным, а второй — вполне достойным",
        "тренер",
        id="named_pairs",
    ),
]


@pytest.mark.parametrize(("text", "content", "speaker"), GAPPED)
def test_gapped_conjunct(text, content, speaker, models):
    assert content in [q[0] for q in indirect(text, models) if q[1] == speaker]


NOT_GAPPED = [
    pytest.param(
        "Министр подтвердил факт встречи, а его заместитель отказался от комментариев.",
        "факт встречи",
        id="own_verb",
    ),
    pytest.param(
        "Министр подтвердил факт встречи, а его заместитель — нет.",
        "факт встречи",
        id="reply_no",
    ),
]


@pytest.mark.parametrize(("text", "content"), NOT_GAPPED)
def test_not_gapped(text, content, models):
    assert content in [q[0] for q in indirect(text, models) if q[1] == "министр"]


BUILDINGS = [
    pytest.param(
        "Белый дом подтверждает факт телефонного разговора двух президентов.",
        "факт телефонного разговора двух президентов",
        id="white_house",
    ),
    pytest.param(
        "Елисейский дворец подтвердил факт переговоров с профсоюзами.",
        "факт переговоров с профсоюзами",
        id="palace",
    ),
]


@pytest.mark.parametrize(("text", "content"), BUILDINGS)
def test_building_speaks(text, content, models):
    rows = [q for q in found(text, models) if q[0] == "indirect" and q[1] == content]
    assert rows, found(text, models)
    assert rows[0][2] is not None and rows[0][2][:1].isupper()  # the name keeps its capital


NOT_BUILDINGS = [
    pytest.param("Здание суда подтверждает факт небрежного ремонта.", id="common_noun"),
    pytest.param("Обстановка требует немедленного вмешательства властей.", id="thing"),
]


@pytest.mark.parametrize("text", NOT_BUILDINGS)
def test_thing_does_not_speak(text, models):
    assert indirect(text, models) == []


INNER_OBJECTS = [
    pytest.param(
        "Губернатор подверг решение городской думы резкой критике.",
        "решение городской думы",
        "губернатор",
        id="object_then_noun",
    ),
    pytest.param(
        "Профсоюз подверг «закон о труде» критике.",
        "закон о труде",
        "профсоюз",
        id="quoted_object",
    ),
]


@pytest.mark.parametrize(("text", "content", "speaker"), INNER_OBJECTS)
def test_light_verb_object(text, content, speaker, models):
    assert (content, speaker, "indirect:light_verb_object") in indirect(text, models)


NOT_INNER_OBJECTS = [
    pytest.param("Инженеры подвергли образцы стали нагреву.", id="not_speech_noun"),
    pytest.param("Лаборатория подвергла продукцию проверке и критике.", id="second_dative"),
]


@pytest.mark.parametrize("text", NOT_INNER_OBJECTS)
def test_not_light_verb_object(text, models):
    assert indirect(text, models) == []


CONSISTS_IN = [
    pytest.param(
        "Предложение министерства состоит в том, что налог на роскошь будет отменён.",
        "налог на роскошь будет отменён",
        "министерство",
        id="proposal_chto",
    ),
    pytest.param(
        "Требования забастовщиков заключаются в том, чтобы смены стали короче.",
        "смены стали короче",
        "забастовщики",
        id="demands_chtoby",
    ),
]


@pytest.mark.parametrize(("text", "content", "speaker"), CONSISTS_IN)
def test_consists_in(text, content, speaker, models):
    assert (content, speaker, "indirect:consists_in") in indirect(text, models)


NOT_CONSISTS_IN = [
    pytest.param("Задача состоит в том, чтобы построить мост за год.", id="no_speech_noun"),
    pytest.param(
        "Требования безопасности заключаются в том, чтобы двери были закрыты.", id="no_author"
    ),
]


@pytest.mark.parametrize("text", NOT_CONSISTS_IN)
def test_not_consists_in(text, models):
    assert indirect(text, models) == []


CRITICISED_FOR = [
    pytest.param(
        "Министр подверглась резкой критике со стороны депутатов за свои высказывания о пенсиях.",
        "свои высказывания о пенсиях",
        "депутаты",
        id="za",
    ),
    pytest.param(
        "Мэр подвергся критике со стороны местных жителей в связи с закрытием парка.",
        "закрытием парка",
        "местные жители",
        id="v_svyazi_s",
    ),
]


@pytest.mark.parametrize(("text", "content", "speaker"), CRITICISED_FOR)
def test_criticised_for(text, content, speaker, models):
    assert (content, speaker, "indirect:criticised_for") in indirect(text, models)


NOT_CRITICISED_FOR = [
    pytest.param("Проект подвергся критике со стороны экологов.", id="no_reason"),
    pytest.param(
        "Статуя подверглась воздействию со стороны ветра за долгие годы.", id="not_speech"
    ),
]


@pytest.mark.parametrize("text", NOT_CRITICISED_FOR)
def test_not_criticised_for(text, models):
    assert indirect(text, models) == []


def test_belief_source_phrase(models):
    text = "По убеждению экономистов, кризис закончится к весне."
    assert ("кризис закончится к весне", "экономисты", "indirect:po_slovam") in indirect(
        text, models
    )
    assert indirect("Он вегетарианец по убеждению и не ест мяса.", models) == []
