"""Indirect speech, round 9 part 2 (qf9), in invented sentences: an accusation with no agent
whose content is a clause (X обвиняется в том, что C: the charge as worded, speaker null),
while a bare charge (обвиняется в убийстве) stays unreported."""

from __future__ import annotations

import pytest
from quote_rows import found


def indirect(text: str, models) -> list[tuple[str, str | None]]:
    """(text, speaker) of the indirect quotes."""
    return [(q[1], q[2]) for q in found(text, models) if q[0] == "indirect"]


ACCUSED = [
    pytest.param(
        "Бывший директор рынка обвиняется в том, что брал деньги с арендаторов.",
        "брал деньги с арендаторов",
        id="present_singular",
    ),
    pytest.param(
        "Оба охранника обвиняются в том, что они пропустили на склад посторонних.",
        "они пропустили на склад посторонних",
        id="present_plural",
    ),
    pytest.param(
        "Ранее тренер обвинялся в том, что скрывал травмы игроков от врачей.",
        "скрывал травмы игроков от врачей",
        id="past_masculine",
    ),
    pytest.param(
        "Журналистка обвинялась в том, что опубликовала закрытые документы.",
        "опубликовала закрытые документы",
        id="past_feminine",
    ),
    pytest.param(
        "Бухгалтеру были предъявлены обвинения в том, что она подделала отчёты.",
        "она подделала отчёты",
        id="charges_brought",
    ),
]


@pytest.mark.parametrize(("text", "content"), ACCUSED)
def test_agentless_accusation_with_clause(text, content, models):
    assert (content, None) in indirect(text, models)


BARE_CHARGES = [
    pytest.param("Бывший директор рынка обвиняется в получении взятки.", id="noun_charge"),
    pytest.param("Оба охранника обвиняются в краже со склада.", id="plural_noun_charge"),
    pytest.param("Бухгалтеру предъявлено обвинение в подлоге.", id="noun_charge_brought"),
]


@pytest.mark.parametrize("text", BARE_CHARGES)
def test_bare_charge_is_no_report(text, models):
    assert indirect(text, models) == []


ASKED_FOR = [
    pytest.param(
        "Адвокат Сергей Орлов попросил о переносе слушаний.",
        "о переносе слушаний",
        "Сергей Орлов",
        id="asked_for_postponement",
    ),
    pytest.param(
        "Жители посёлка Ивановка просили о ремонте дороги.",
        "о ремонте дороги",
        "жители посёлка Ивановка",
        id="imperfective",
    ),
]


@pytest.mark.parametrize(("text", "content", "speaker"), ASKED_FOR)
def test_request_with_o_phrase(text, content, speaker, models):
    assert (content, speaker) in indirect(text, models)


def test_request_without_content_stays_unreported(models):
    assert indirect("Адвокат Сергей Орлов попросил слова.", models) == []


INFINITIVES = [
    # a personal pronoun put before the infinitive is its object, inside the content
    pytest.param(
        "Директор школы Анна Белова попросила родителей их не забирать до обеда.",
        "их не забирать до обеда",
        "Анна Белова",
        id="pronoun_object_negated",
    ),
    pytest.param(
        "Глава района Олег Зуев попросил полицию его задержать.",
        "его задержать",
        "Олег Зуев",
        id="pronoun_object",
    ),
    # a participle as the addressee does not end the search for the infinitive
    pytest.param(
        "Глава района Олег Зуев предложил собравшимся разойтись по домам.",
        "разойтись по домам",
        "Олег Зуев",
        id="participle_addressee",
    ),
    # a single infinitive is the whole proposed action
    pytest.param(
        "Глава района Олег Зуев осудил погромщиков и предложил им сдаться.",
        "сдаться",
        "Олег Зуев",
        id="one_word_action",
    ),
]


@pytest.mark.parametrize(("text", "content", "speaker"), INFINITIVES)
def test_request_infinitive(text, content, speaker, models):
    assert (content, speaker) in indirect(text, models)


def test_pronoun_right_after_verb_is_addressee(models):
    rows = indirect("Глава района Олег Зуев попросил его уехать из города.", models)
    assert ("уехать из города", "Олег Зуев") in rows


DEMANDED_FOR = [
    pytest.param(
        "Прокурор Иван Сидоров требовал для подсудимого пожизненного заключения.",
        "пожизненного заключения",
        "Иван Сидоров",
        id="demanded_for_defendant",
    ),
    pytest.param(
        "Прокурор Иван Сидоров потребовал для бывшего мэра штрафа в десять тысяч рублей.",
        "штрафа в десять тысяч рублей",
        "Иван Сидоров",
        id="adjective_before_noun",
    ),
]


@pytest.mark.parametrize(("text", "content", "speaker"), DEMANDED_FOR)
def test_demand_after_beneficiary(text, content, speaker, models):
    assert (content, speaker) in indirect(text, models)


def test_act_for_someone_is_no_demand(models):
    assert indirect("Мэр Олег Зуев открыл для горожан новый парк.", models) == []


COMPOUNDS = [
    pytest.param(
        "Завод закрыли в марте.\n\nАктивисты-экологи утверждают, что сброс отходов в реку"
        " продолжается.",
        "сброс отходов в реку продолжается",
        id="activists_ecologists",
    ),
    pytest.param(
        "Больницу открыли в мае.\n\nВрачи-онкологи отмечают, что очереди на обследование"
        " сократились.",
        "очереди на обследование сократились",
        id="doctors_oncologists",
    ),
]


@pytest.mark.parametrize(("text", "content"), COMPOUNDS)
def test_compound_common_noun_speaks(text, content, models):
    rows = indirect(text, models)
    assert [speaker for quote, speaker in rows if quote == content] != [None]
    assert content in [quote for quote, _ in rows]


FROM_BODY = [
    pytest.param(
        "Как сообщили из областной прокуратуры, обоих подозреваемых задержали на вокзале.",
        "обоих подозреваемых задержали на вокзале",
        "областная прокуратура",
        id="prosecutors",
    ),
    pytest.param(
        "Как сообщили из пресс-службы МЧС, пожар потушили к утру.",
        "пожар потушили к утру",
        "пресс-служба МЧС",
        id="press_service",
    ),
]


@pytest.mark.parametrize(("text", "content", "speaker"), FROM_BODY)
def test_kak_reported_from_body(text, content, speaker, models):
    assert (content, speaker) in indirect(text, models)


PASSIVE_AGENTS = [
    pytest.param(
        "Новый порядок выдачи виз широко критиковался туристическими агентствами.",
        "Новый порядок выдачи виз",
        "туристические агентства",
        id="reflexive_passive",
    ),
    pytest.param(
        "Этот слух был опровергнут пресс-секретарём губернатора.",
        "Этот слух",
        "пресс-секретарь губернатора",
        id="short_participle",
    ),
    pytest.param(
        "Реформа была резко раскритикована профсоюзами.",
        "Реформа",
        "профсоюзы",
        id="adverb_before_participle",
    ),
]


@pytest.mark.parametrize(("text", "content", "speaker"), PASSIVE_AGENTS)
def test_passive_speech_with_agent(text, content, speaker, models):
    assert (content, speaker) in indirect(text, models)


NO_PASSIVE_AGENT = [
    pytest.param("Новый мост был построен военными инженерами.", id="not_speech"),
    pytest.param("Бывший мэр был осуждён областным судом.", id="sentence_by_court"),
    pytest.param("Реформа была раскритикована в прессе.", id="no_agent"),
]


@pytest.mark.parametrize("text", NO_PASSIVE_AGENT)
def test_no_passive_agent(text, models):
    assert indirect(text, models) == []


def test_passive_agent_needs_a_noun_subject(models):
    text = "Газета написала о скорой отставке мэра, но она была опровергнута пресс-службой мэрии."
    assert "она" not in [quote for quote, _ in indirect(text, models)]
