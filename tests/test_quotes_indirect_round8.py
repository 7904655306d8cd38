"""Indirect speech, round 8 (qc8), in invented sentences: a future speech act reports
nothing yet; where fronted and reason content ends; source phrases and impersonal reports."""

from __future__ import annotations

import pytest
from quote_rows import found


def indirect(text: str, models) -> list[tuple[str, str, str | None, str]]:
    return [q for q in found(text, models) if q[0] == "indirect"]


FUTURE = [
    pytest.param("Жюри конкурса назовёт победителей в пятницу в Казани.", id="will_name"),
    pytest.param("Министр Олег Петров расскажет школьникам о космосе.", id="will_tell"),
    pytest.param("Компания объявит о новом тарифе на следующей неделе.", id="will_announce"),
    pytest.param(
        "Мэр Иван Орлов заявил, что ушёл в отпуск. Подробности он сообщит об этом позже.",
        id="will_report_this",
    ),
]


@pytest.mark.parametrize("text", FUTURE)
def test_future_reports_nothing(text, models):
    rows = indirect(text, models)
    assert all(row[3] != "indirect:ob_etom" for row in rows)
    assert all(not row[1].startswith(("победител", "о космосе", "о новом")) for row in rows)


def test_present_is_still_a_report(models):
    text = "Жильцы дома клянутся, что не слышали никакого шума."
    assert ("indirect", "не слышали никакого шума", "жильцы дома", "indirect:chto_clause") in (
        found(text, models)
    )


def test_fronted_topic_ends_before_the_subject(models):
    text = "Об уходе 62-летний тренер Олег Петров заявил в пятницу."
    rows = [q for q in indirect(text, models) if q[3] == "indirect:fronted_about"]
    assert rows and rows[0][1] == "Об уходе"


REASONS_FRONTED = [
    pytest.param(
        "Певица Анна Белова отменила концерт. Своё решение она объяснила простудой.",
        ("простудой", "Анна Белова"),
        id="fronted_object_explained",
    ),
    pytest.param(
        "Депутат Олег Петров попросил об отпуске. Свою просьбу он мотивировал болезнью матери.",
        ("болезнью матери", "Олег Петров"),
        id="fronted_object_motivated",
    ),
    pytest.param(
        "Фонд закрыл отделение в Тбилиси, объяснив это заботой о безопасности сотрудников.",
        ("заботой о безопасности сотрудников", "Фонд"),
        id="pointing_object",
    ),
]


@pytest.mark.parametrize(("text", "expected"), REASONS_FRONTED)
def test_reason_with_fronted_object(text, expected, models):
    quote, speaker = expected
    rows = [q for q in indirect(text, models) if q[3] == "indirect:reason"]
    assert rows and rows[0][1] == quote


@pytest.mark.parametrize(
    "text",
    [
        "Своё решение министр объяснил журналистам вчера.",  # a dative, no reason
        "Суд расценил это как попытку давления.",  # `это` is no object of judging
    ],
)
def test_no_fronted_reason(text, models):
    assert [
        q for q in indirect(text, models) if q[3] in ("indirect:reason", "indirect:regarded_as")
    ] == []


SOURCES = [
    pytest.param(
        "По мнению правоохранительных органов кража была совершена ночью.",
        ("кража была совершена ночью", "правоохранительные органы"),
        id="bodies_without_comma",
    ),
    pytest.param(
        "Например, по данным агентства «Вести», цены на хлеб выросли вдвое.",
        ("цены на хлеб выросли вдвое", "Вести"),
        id="connective_before_source",
    ),
    pytest.param(
        "По сообщению газеты «Труд», рыбаки, которые ловят сига, жалуются на браконьеров.",
        ("рыбаки, которые ловят сига, жалуются на браконьеров", "Труд"),
        id="relative_clause_in_content",
    ),
    pytest.param(
        "Согласно докладу комиссии, посвящённому выборам, явка составила 40 процентов.",
        ("явка составила 40 процентов", "комиссия"),
        id="participle_on_source",
    ),
    pytest.param(
        "По данным полиции, которая ведёт расследование, пострадали двое.",
        ("пострадали двое", "полиция"),
        id="relative_on_source",
    ),
]


@pytest.mark.parametrize(("text", "expected"), SOURCES)
def test_source_phrase_bounds(text, expected, models):
    quote, speaker = expected
    assert ("indirect", quote, speaker, "indirect:po_slovam") in found(text, models)


def test_nominative_participle_opens_the_content(models):
    text = "По оценкам аналитиков, созданный весной фонд соберёт миллиард рублей."
    rows = [q for q in indirect(text, models) if q[3] == "indirect:po_slovam"]
    assert rows and rows[0][1] == "созданный весной фонд соберёт миллиард рублей"


KAK = [
    pytest.param(
        "Однако как сообщают местные СМИ, мост закроют на ремонт.",
        ("мост закроют на ремонт", "местные СМИ"),
        id="connective_before_kak",
    ),
    pytest.param(
        "Как сообщается пожар начался в подвале дома.",
        ("пожар начался в подвале дома", None),
        id="impersonal_without_comma",
    ),
]


@pytest.mark.parametrize(("text", "expected"), KAK)
def test_kak_report(text, expected, models):
    quote, speaker = expected
    assert ("indirect", quote, speaker, "indirect:kak_soobshil") in found(text, models)


def test_relaying_verb_read_as_a_noun(models):
    text = "Завод остановит работу на две недели, передаёт «Интерфакс»."
    expected = ("indirect", "Завод остановит работу на две недели", "Интерфакс")
    assert expected in [q[:3] for q in found(text, models)]


INFINITIVE_ENDS = [
    pytest.param(
        "Жильцы дома угрожали перестать платить за свет, указывая на частые отключения.",
        "перестать платить за свет",
        id="speech_gerund_after",
    ),
    pytest.param(
        "Мальчик, которого учительница попросила прочитать стихи, убежал из класса.",
        "прочитать стихи",
        id="relative_clause_then_main_verb",
    ),
]


@pytest.mark.parametrize(("text", "content"), INFINITIVE_ENDS)
def test_infinitive_content_ends(text, content, models):
    rows = [q for q in indirect(text, models) if q[3] == "indirect:infinitive"]
    assert rows and rows[0][1] == content


def test_plain_gerund_stays_in_the_request(models):
    text = "Мэр Олег Петров призвал жителей сохранять спокойствие, не поддаваясь на слухи."
    rows = [q for q in indirect(text, models) if q[3] == "indirect:infinitive"]
    assert rows and rows[0][1] == "жителей сохранять спокойствие, не поддаваясь на слухи"


def test_quoted_call_is_direct_only(models):
    text = "Писатель Олег Петров призвал к «новым, смелым и решительным действиям против власти»."
    rows = found(text, models)
    assert [q for q in rows if q[0] == "indirect"] == []
    assert any(q[0] == "direct" for q in rows)


@pytest.mark.parametrize(
    "text",
    [
        "Нападающий Олег Петров выступал за английский «Арсенал» два сезона.",
        "Вратарь Иван Орлов выступал за швейцарскую «Лозанну» на правах аренды.",
    ],
)
def test_club_after_an_adjective_is_no_stance(text, models):
    assert [q for q in indirect(text, models) if q[3] == "indirect:stance"] == []


IMPERFECTIVE_PARTNERS = [
    pytest.param(
        "Бизнесмен Олег Петров всегда опровергал слухи о продаже завода.",
        "слухи о продаже завода",
        id="denied_habitually",
    ),
    pytest.param(
        "Министр Иван Орлов признаёт серьёзность проблемы с кадрами.",
        "серьёзность проблемы с кадрами",
        id="admits",
    ),
]


@pytest.mark.parametrize(("text", "content"), IMPERFECTIVE_PARTNERS)
def test_imperfective_object_cues(text, content, models):
    rows = [q for q in indirect(text, models) if q[3] == "indirect:object"]
    assert rows and rows[0][1] == content


def test_relative_clause_in_object_is_not_cut_inside(models):
    text = "Агент Олег Петров подтвердил факт смерти певца, который в последние годы болел."
    rows = [q for q in indirect(text, models) if q[3] == "indirect:object"]
    assert rows and rows[0][1] == "факт смерти певца, который в последние годы болел"


NEGATED_CONJUNCT = [
    pytest.param(
        "Певица Анна Белова сообщила, что концерт перенесён на осень, но не стала уточнять дату.",
        "концерт перенесён на осень",
        id="speaker_declined_more",
    ),
    pytest.param(
        "Олег Петров сказал, что брат уехал в Тверь, но не нашёл там работы.",
        "брат уехал в Тверь, но не нашёл там работы",
        id="content_goes_on",
    ),
]


@pytest.mark.parametrize(("text", "content"), NEGATED_CONJUNCT)
def test_negated_conjunct_after_content(text, content, models):
    rows = [q for q in indirect(text, models) if q[3] == "indirect:chto_clause"]
    assert rows and rows[0][1] == content


CALLS = [
    pytest.param(
        "Президент Олег Петров призвал граждан к сдержанности.",
        ("граждан к сдержанности", "indirect:prep_object"),
        id="called_on_to",
    ),
    pytest.param(
        "Посол Иван Орлов призвал стороны и посредников продолжить переговоры.",
        ("стороны и посредников продолжить переговоры", "indirect:infinitive"),
        id="called_on_to_do",
    ),
    pytest.param(
        "Министр Анна Белова призвала вернуться к переговорам.",
        ("вернуться к переговорам", "indirect:infinitive"),
        id="no_addressee",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CALLS)
def test_call_names_its_addressee(text, expected, models):
    content, rule = expected
    rows = [q for q in indirect(text, models) if q[3] == rule]
    assert rows and rows[0][1] == content


def test_such_as_goes_on(models):
    text = "Министр Олег Петров сообщил о таких мерах, как закрытие школ и отмена концертов."
    rows = [q for q in indirect(text, models) if q[3] == "indirect:o_topic"]
    assert rows and rows[0][1] == "о таких мерах, как закрытие школ и отмена концертов"


OFFICIAL = [
    pytest.param(
        "По официальной версии, пожар начался из-за неисправной проводки.",
        "пожар начался из-за неисправной проводки",
        id="official_version",
    ),
    pytest.param(
        "Однако по официальным данным, в аварии пострадали двое.",
        "в аварии пострадали двое",
        id="official_data_after_connective",
    ),
]


@pytest.mark.parametrize(("text", "content"), OFFICIAL)
def test_official_report_without_source(text, content, models):
    assert ("indirect", content, None, "indirect:official") in found(text, models)


@pytest.mark.parametrize(
    "text",
    [
        "По предварительным данным, в аварии пострадали двое.",  # an estimate, no statement
        "Ему, по официальным данным, исполнилось сорок лет.",  # inside a clause
    ],
)
def test_no_official_report(text, models):
    assert [q for q in found(text, models) if q[3] == "indirect:official"] == []


def test_official_data_of_a_named_source(models):
    text = "По официальным данным полиции, в аварии пострадали двое."
    assert ("indirect", "в аварии пострадали двое", "полиция", "indirect:po_slovam") in found(
        text, models
    )


def test_report_on_a_site_named_after_adjectives(models):
    text = "Вчера на официальном сайте «Спартака» появилось сообщение, что тренер покинет клуб."
    rows = [q for q in indirect(text, models) if q[3] == "indirect:report_noun"]
    assert rows and rows[0][1] == "тренер покинет клуб"


ANNOUNCING = [
    pytest.param(
        "Команду возглавит помощник Олега Петрова, объявившего об уходе с поста тренера.",
        ("об уходе с поста тренера", "Олег Петров"),
        id="announced_participle",
    ),
    pytest.param(
        "Иван Орлов вошёл в руководство «Народного блока», заявлявшего о необходимости реформ.",
        ("о необходимости реформ", "Народный блок"),
        id="declared_participle_after_a_name_in_quotes",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ANNOUNCING)
def test_announcing_participle(text, expected, models):
    content, _ = expected
    rows = [q for q in indirect(text, models) if q[3] == "indirect:o_topic"]
    assert rows and rows[0][1] == content


def test_writing_about_is_a_topic(models):
    text = "Журналисты, писавшие о выборах, получили премии."
    assert indirect(text, models) == []


def test_fronted_topic_after_a_dash(models):
    text = "Спикер Олег Петров подал в отставку — об уходе также заявил вице-спикер Иван Орлов."
    expected = ("indirect", "об уходе", "Иван Орлов", "indirect:fronted_about_clause")
    assert expected in found(text, models)


def test_wish_voiced_with_chtoby(models):
    text = "Президент Олег Петров выразил пожелание, чтобы переговоры возобновились весной."
    expected = ("indirect", "переговоры возобновились весной", "Олег Петров", "indirect:light_verb")
    assert expected in found(text, models)


def test_outlet_cited_by_its_address(models):
    text = "Завод закроется на ремонт до осени, сообщает newsport.ru."
    expected = (
        "indirect",
        "Завод закроется на ремонт до осени",
        "newsport.ru",
        "indirect:postposed",
    )
    assert expected in found(text, models)
