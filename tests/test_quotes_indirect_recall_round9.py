"""Indirect speech, round 9 (qd9), in invented sentences: where content begins and ends
around the speaker's own words (an apposition on the speaker of `Как сообщил X`, a gerund
of grounding or charging after the content, a direct quote after a colon in wiki italics),
and speech verbs the lexicons lacked (повторить; отвергнуть, подчеркнуть with a noun
phrase)."""

from __future__ import annotations

import pytest
from quote_rows import found


def indirect(text: str, models) -> list[tuple[str, str | None, str]]:
    """(text, speaker, rule) of the indirect quotes."""
    return [(q[1], q[2], q[3]) for q in found(text, models) if q[0] == "indirect"]


APPOSITION = [
    pytest.param(
        "Как сообщил Иван Петров, глава комитета по бюджету, дефицит вырастет вдвое.",
        "дефицит вырастет вдвое",
        id="role_phrase",
    ),
    pytest.param(
        "Как заявила Анна Серова, пресс-секретарь районного суда, который рассматривал"
        " иск, заседание перенесли на май.",
        "заседание перенесли на май",
        id="role_with_relative",
    ),
    pytest.param(
        "Как рассказал Олег Смирнов, председатель садового товарищества, урожай в этом году"
        " плохой.",
        "урожай в этом году плохой",
        id="role_with_genitive",
    ),
    # the words after the comma have a verb of their own: they are the content
    pytest.param(
        "Как сообщил Иван Петров, министр финансов уйдёт в отставку.",
        "министр финансов уйдёт в отставку",
        id="subject_not_apposition",
    ),
    pytest.param(
        "Как сообщил Иван Петров, сотрудники, уволенные в марте, получат компенсацию.",
        "сотрудники, уволенные в марте, получат компенсацию",
        id="plain_noun_subject",
    ),
]


@pytest.mark.parametrize(("text", "content"), APPOSITION)
def test_apposition_on_speaker_is_no_content(text, content, models):
    assert [row[0] for row in indirect(text, models)][:1] == [content]


ARGUING = [
    pytest.param(
        "Адвокат заявил, что его клиент невиновен, сославшись на показания свидетелей.",
        "его клиент невиновен",
        id="referring",
    ),
    pytest.param(
        "Защитники утверждали, что суд нарушил процедуру, упирая на то, что свидетеля"
        " не допросили.",
        "суд нарушил процедуру",
        id="insisting_on",
    ),
    pytest.param(
        "Депутат сказал, что закон принят в спешке, обвинив коллег в небрежности.",
        "закон принят в спешке",
        id="accusing",
    ),
    # a gerund of another verb stays inside the content: its subject is the content's own
    pytest.param(
        "Полиция сообщила, что водитель скрылся, бросив машину у моста.",
        "водитель скрылся, бросив машину у моста",
        id="other_gerund",
    ),
]


@pytest.mark.parametrize(("text", "content"), ARGUING)
def test_arguing_gerund_ends_content(text, content, models):
    assert [row[0] for row in indirect(text, models)][:1] == [content]


def test_accusing_gerund_is_its_own_record(models):
    text = "Депутат сказал, что закон принят в спешке, обвинив коллег в небрежности."
    assert ("коллег в небрежности", "депутат", "indirect:object") in indirect(text, models)


def test_source_phrase_with_so_slov(models):
    text = "Со слов соседей, пожар начался ночью."
    assert indirect(text, models) == [("пожар начался ночью", "соседи", "indirect:po_slovam")]


def test_colon_before_wiki_italics_quote_ends_content(models):
    text = (
        "Инженер заявил, что мост могут закрыть уже весной: ''«Опоры стареют быстрее, чем мы"
        " думали»''."
    )
    assert indirect(text, models) == [
        ("мост могут закрыть уже весной", "инженер", "indirect:chto_clause")
    ]


LEXICON = [
    pytest.param(
        "Мэр повторил, что город готов к зиме.",
        ("город готов к зиме", "мэр", "indirect:chto_clause"),
        id="repeating",
    ),
    pytest.param(
        "Тренер повторяет, что команда играет на победу.",
        ("команда играет на победу", "тренер", "indirect:chto_clause"),
        id="repeating_imperfective",
    ),
    pytest.param(
        "Министр отверг обвинения в сговоре.",
        ("обвинения в сговоре", "министр", "indirect:object"),
        id="rejecting",
    ),
    # a common noun in lower case (round 14: the tagger had read Ректор as a name)
    pytest.param(
        "Ректор подчеркнул важность открытых лекций.",
        ("важность открытых лекций", "ректор", "indirect:object"),
        id="stressing_noun_phrase",
    ),
]


@pytest.mark.parametrize(("text", "row"), LEXICON)
def test_speech_verbs_added(text, row, models):
    assert indirect(text, models) == [row]


NOT_SPEECH = [
    pytest.param("Спортсмен повторил мировой рекорд.", id="repeating_a_record"),
    # a thing that stresses something is no speaker (quote_thing_verbs.txt)
    pytest.param("Платье подчеркнуло фигуру актрисы.", id="dress_stresses"),
    pytest.param("Новый дизайн подчёркивает статус бренда.", id="design_stresses"),
    pytest.param("Команда повторила прошлогодний успех.", id="repeating_a_success"),
]


@pytest.mark.parametrize("text", NOT_SPEECH)
def test_not_speech(text, models):
    assert indirect(text, models) == []


REJECTING = [
    pytest.param(
        "Певица отвергла слухи о разводе.",
        [("слухи о разводе", "певица", "indirect:object")],
        id="rumours",
    ),
    pytest.param(
        "Министр отверг все обвинения в сговоре.",
        [("все обвинения в сговоре", "министр", "indirect:object")],
        id="all_accusations",
    ),
    # rejecting a bill or a step is an act, not words reported
    pytest.param("Верхняя палата отвергла законопроект о налогах.", [], id="bill"),
    pytest.param("Соседи отвергают такой шаг.", [], id="step"),
]


@pytest.mark.parametrize(("text", "rows"), REJECTING)
def test_rejecting_claims_only(text, rows, models):
    assert indirect(text, models) == rows


UNNAMED_REQUESTS = [
    pytest.param(
        "После аварии на станции горожан просят не пить воду из-под крана.",
        ("не пить воду из-под крана", None, "indirect:infinitive"),
        id="asked_with_fronted_addressee",
    ),
    pytest.param(
        "Туристам было предложено сменить маршрут.",
        ("сменить маршрут", None, "indirect:infinitive"),
        id="passive_proposal",
    ),
    pytest.param(
        "Пассажирам рекомендовано приезжать в аэропорт заранее.",
        ("приезжать в аэропорт заранее", None, "indirect:infinitive"),
        id="passive_recommendation",
    ),
    pytest.param(
        "На собрании требовали отставки председателя.",
        ("отставки председателя", None, "indirect:object"),
        id="unnamed_demand",
    ),
]


@pytest.mark.parametrize(("text", "row"), UNNAMED_REQUESTS)
def test_requests_with_no_named_source(text, row, models):
    assert indirect(text, models) == [row]


def test_charges_with_no_named_source_are_acts(models):
    assert indirect("Бывшего директора обвиняют в растрате.", models) == []


def test_fronted_object_of_a_proposal_stays_content(models):
    text = "Улицу предложили переименовать в честь поэта."
    assert [row[0] for row in indirect(text, models)] == [text[:-1]]


def test_asked_action_ends_before_a_clause_of_its_own(models):
    text = "Директор попросил учеников не опаздывать, занятия начнутся в восемь."
    assert [row[0] for row in indirect(text, models)] == ["не опаздывать"]


KEPT_CLAUSES = [
    pytest.param(
        "Директор попросил учеников не уходить, пока не закончится проверка.",
        "не уходить, пока не закончится проверка",
        id="subordinate",
    ),
    pytest.param(
        "Фермер предложил раздать зерно тем, кто пострадал от засухи.",
        "раздать зерно тем, кто пострадал от засухи",
        id="relative_kto",
    ),
    pytest.param(
        "Мэр обещал построить мост, в строительстве которого участвуют три компании.",
        "построить мост, в строительстве которого участвуют три компании",
        id="relative_after_preposition",
    ),
    pytest.param(
        "Супруги обещали отдать все акции, которыми они владеют, на благотворительность.",
        "отдать все акции, которыми они владеют, на благотворительность",
        id="relative_oblique",
    ),
]


@pytest.mark.parametrize(("text", "content"), KEPT_CLAUSES)
def test_asked_action_keeps_its_subordinate_clause(text, content, models):
    assert [row[0] for row in indirect(text, models)] == [content]


LIGHT_IMPERFECTIVE = [
    pytest.param(
        "Соседи выражали опасения, что стройка повредит фундамент.",
        "стройка повредит фундамент",
        id="fears",
    ),
    pytest.param(
        "Аналитик высказывает сомнение, что курс удержится.",
        "курс удержится",
        id="doubt",
    ),
]


@pytest.mark.parametrize(("text", "content"), LIGHT_IMPERFECTIVE)
def test_light_verbs_in_the_imperfective(text, content, models):
    assert [row[0] for row in indirect(text, models)] == [content]


def test_bidding_with_infinitive(models):
    text = "Старейшина велел молодым охотникам вернуться до заката."
    assert [row[0] for row in indirect(text, models)] == ["вернуться до заката"]


GROUNDING = [
    pytest.param(
        "Юристы заявили, что сделка законна, упирая на то, что её одобрил совет директоров.",
        [
            ("сделка законна", "юристы", "indirect:chto_clause"),
            ("её одобрил совет директоров", "юристы", "indirect:chto_clause"),
        ],
        id="insisting_on_that",
    ),
    pytest.param(
        "Адвокат, отметив, что подзащитный болен, попросил отложить заседание.",
        [
            ("подзащитный болен", "адвокат", "indirect:chto_clause"),
            ("отложить заседание", "адвокат", "indirect:infinitive"),
        ],
        id="inserted_gerund_before_predicate",
    ),
]


@pytest.mark.parametrize(("text", "rows"), GROUNDING)
def test_grounding_gerund_reports(text, rows, models):
    assert indirect(text, models) == rows


def test_referring_to_a_reason_is_no_report(models):
    assert indirect("Министр не приехал, сославшись на болезнь.", models) == []


def test_nested_admission_in_a_source_phrase(models):
    text = "По данным прокуратуры, Олег Смирнов признался в поджоге склада."
    rows = indirect(text, models)
    assert ("в поджоге склада", "Олег Смирнов", "indirect:nested") in rows


COLLECTIVE_SOURCES = [
    pytest.param(
        "По мнению руководства банка, курс упадёт.",
        ("курс упадёт", "руководство банка"),
        id="management",
    ),
    pytest.param(
        "По словам защиты, свидетель солгал.", ("свидетель солгал", "защита"), id="defence"
    ),
    pytest.param(
        "По мнению российской стороны, переговоры зашли в тупик.",
        ("переговоры зашли в тупик", "российская сторона"),
        id="side",
    ),
]


@pytest.mark.parametrize(("text", "row"), COLLECTIVE_SOURCES)
def test_collective_noun_names_the_source(text, row, models):
    assert [(r[0], r[1]) for r in indirect(text, models)] == [row]


def test_thing_in_source_phrase_names_no_source(models):
    assert indirect("По мнению большинства, курс упадёт.", models) == []


def test_noun_phrase_ends_before_a_speech_gerund_without_comma(models):
    text = "Мэрия опровергла эти слухи заявив, что мост откроют в срок."
    assert indirect(text, models) == [
        ("эти слухи", "мэрия", "indirect:object"),
        ("мост откроют в срок", "мэрия", "indirect:chto_clause"),
    ]
