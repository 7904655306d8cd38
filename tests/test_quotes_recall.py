"""Recall patterns of issue 14 (item 3), in invented sentences: the quote is found whatever
its speaker is, plural and collective sources, post-posed and inserted attributions, the
extent of the reported clause."""

from __future__ import annotations

import pytest
from quote_rows import found

CASES = [
    # plural and collective sources speak as the phrase in the nominative
    (
        "Местные власти сообщили, что дорогу откроют завтра.",
        ("indirect", "дорогу откроют завтра", "местные власти", "indirect:chto_clause"),
    ),
    (
        "Очевидцы рассказали, что машина ехала очень быстро.",
        ("indirect", "машина ехала очень быстро", "очевидцы", "indirect:chto_clause"),
    ),
    (
        "Цены на жильё вырастут к весне, считают аналитики.",
        ("indirect", "Цены на жильё вырастут к весне", "аналитики", "indirect:postposed"),
    ),
    # a subject the role lists do not hold still speaks (subjects.plain_subject)
    (
        "Вчера ряд СМИ сообщил, что певица давно болеет.",
        ("indirect", "певица давно болеет", "ряд СМИ", "indirect:chto_clause"),
    ),
    (
        "Во вторник Белый дом объявил, что посол вернётся в Москву.",
        ("indirect", "посол вернётся в Москву", "Белый дом", "indirect:chto_clause"),
    ),
    (
        "Над городом были сбиты два беспилотника, сообщили официальные лица.",
        (
            "indirect",
            "Над городом были сбиты два беспилотника",
            "официальные лица",
            "indirect:postposed",
        ),
    ),
    # common nouns and titles as speakers of direct quotes
    (
        'Сосед сказал журналистам: "Мы ничего не слышали".',
        ("direct", "Мы ничего не слышали", "сосед", "direct:colon_before"),
    ),
    (
        'Как пояснил следователь, "преступник скрылся на машине".',
        ("direct", "преступник скрылся на машине", "следователь", "direct:clause_cue"),
    ),
    # a post-posed attribution after a dash, no quotation marks
    (
        "По факту кражи возбуждено уголовное дело — сообщил прокурор района Иван Сидоров.",
        (
            "indirect",
            "По факту кражи возбуждено уголовное дело",
            "Иван Сидоров",
            "indirect:postposed",
        ),
    ),
    (
        # in the first person: the speaker's words with the marks lost (round 8)
        "Мы ничего не знали о планах компании, — говорит один из жителей.",
        (
            "direct",
            "Мы ничего не знали о планах компании",
            "один из жителей",
            "direct:unmarked_postposed",
        ),
    ),
    (
        "Пострадавших нет, сообщили в пресс-службе МЧС.",
        ("indirect", "Пострадавших нет", "пресс-служба МЧС", "indirect:postposed"),
    ),
    # an impersonal `Сообщается, что` under an outlet's signature: the clause after `что`
    (
        "Сообщается, что при пожаре никто не пострадал, пишет РБК.",
        ("indirect", "при пожаре никто не пострадал", "РБК", "indirect:postposed"),
    ),
    # an inserted attribution after a subject with a prepositional phrase: the whole clause
    (
        "Цены на жильё в ближайшие годы, считает аналитик Иван Сидоров, вырастут вдвое.",
        (
            "indirect",
            "Цены на жильё в ближайшие годы, считает аналитик Иван Сидоров, вырастут вдвое",
            "Иван Сидоров",
            "indirect:parenthetical",
        ),
    ),
    # more source phrases
    (
        "По свидетельствам очевидцев, сначала раздался хлопок, потом погас свет.",
        ("indirect", "сначала раздался хлопок, потом погас свет", "очевидцы", "indirect:po_slovam"),
    ),
    (
        "По заверениям активистов, вырубка леса незаконна.",
        ("indirect", "вырубка леса незаконна", "активисты", "indirect:po_slovam"),
    ),
    # an outlet that learned the news reports it (indirect:known_to)
    (
        "Как стало известно «Интерфаксу», в розыск объявлены двое подозреваемых.",
        ("indirect", "в розыск объявлены двое подозреваемых", "Интерфакс", "indirect:known_to"),
    ),
    (
        "Завод закроют в марте, как стало известно РБК.",
        ("indirect", "Завод закроют в марте", "РБК", "indirect:known_to"),
    ),
    # two reports in one sentence: the first ends where the second begins
    (
        "Газета сообщает, что девочку видели у реки, а соседи заявляют, что её обижали дома.",
        ("indirect", "девочку видели у реки", "газета", "indirect:chto_clause"),
    ),
    (
        "Газета сообщает, что девочку видели у реки, а соседи заявляют, что её обижали дома.",
        ("indirect", "её обижали дома", "соседи", "indirect:chto_clause"),
    ),
    # reported speech after a direct quote's attribution in the same sentence
    (
        "Лидер профсоюза Иван Сидоров приехал в Киев. «Мы готовы к забастовке», — отметил он, "
        "добавив, что предприниматели поддержат протест.",
        ("indirect", "предприниматели поддержат протест", "Иван Сидоров", "indirect:chto_clause"),
    ),
    # `X говорил, будто ...`, a short attributed quote, a partial quote in reported speech
    (
        "Депутат Иван Сидоров говорил, будто закон никому не нужен.",
        ("indirect", "закон никому не нужен", "Иван Сидоров", "indirect:chto_clause"),
    ),
    (
        'Иван Сидоров сказал: "Ни за что".',
        ("direct", "Ни за что", "Иван Сидоров", "direct:colon_before"),
    ),
    (
        "Министр Иван Сидоров назвал решение «ошибкой, за которую заплатят все».",
        ("direct", "ошибкой, за которую заплатят все", "Иван Сидоров", "direct:clause_cue"),
    ),
    # a gerund of adding after `что` content: the same speaker's second report
    (
        "Врачи предупреждают, что лечение займёт месяцы, отмечая вместе с тем, что больной "
        "идёт на поправку.",
        ("indirect", "лечение займёт месяцы", "врачи", "indirect:chto_clause"),
    ),
    (
        "Врачи предупреждают, что лечение займёт месяцы, отмечая вместе с тем, что больной "
        "идёт на поправку.",
        ("indirect", "больной идёт на поправку", "врачи", "indirect:chto_clause"),
    ),
    # a verb pointing back, then a `что` report of its own in the same sentence
    (
        "Завод закроют в марте. Однако позже пресс-служба компании опровергла эту информацию, "
        "сообщив, что журналисты всё неправильно поняли.",
        (
            "indirect",
            "журналисты всё неправильно поняли",
            "пресс-служба компании",
            "indirect:chto_clause",
        ),
    ),
    # a negation that asserts (quote_negated_reports)
    (
        "Эксперты не исключают, что цены вырастут.",
        ("indirect", "цены вырастут", "эксперты", "indirect:chto_clause"),
    ),
    # describing an object `как` something; naming verbs (окрестить)
    (
        "Спустя неделю врачи характеризуют его состояние как стабильное.",
        ("indirect", "его состояние как стабильное", "врачи", "indirect:kak_object"),
    ),
    (
        "Журналисты окрестили новый мост «самым дорогим мостом страны».",
        ("direct", "самым дорогим мостом страны", "журналисты", "direct:clause_cue"),
    ),
    # the setting of the act ends noun-phrase content after modifiers
    (
        "Пара объявила о помолвке на специально созванной пресс-конференции.",
        ("indirect", "о помолвке", "пара", "indirect:o_topic"),
    ),
    # a fronted `о X` with an indefinite plural: reported, no source named
    (
        "Официально о свадьбе объявили только вчера.",
        ("indirect", "о свадьбе", None, "indirect:fronted_about"),
    ),
    # a reported question after a verb of telling
    (
        "Актёр Иван Сидоров рассказал, как они познакомились на съёмках.",
        ("indirect", "как они познакомились на съёмках", "Иван Сидоров", "indirect:chto_clause"),
    ),
    (
        "Депутат Иван Сидоров похвалил добровольцев из соседней области.",
        ("indirect", "добровольцев из соседней области", "Иван Сидоров", "indirect:object"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_recall_pattern(text, expected, models):
    assert expected in found(text, models)


NOT_QUOTES = [
    "Ситуация требует немедленного вмешательства властей.",  # a thing is no speaker
    "Как стало известно, завод закроют в марте.",  # no source named
    "Вчера стало известно, что завод закроют в марте.",
    "Иван Сидоров уехал домой, как только узнал о решении суда.",  # a time clause
    "Всё хорошо, сказал он.",  # no one named before the pronoun
    "Депутат Иван Сидоров не уточнил, что именно произошло.",  # a negated report
    "Депутата Ивана Сидорова не исключили из партии.",
]


@pytest.mark.parametrize("text", NOT_QUOTES)
def test_no_quote(text, models):
    assert found(text, models) == []


def test_gerund_of_the_content_stays_in_it(models):
    """`X заявил, что Y связался с ним, сообщив, что ...`: the gerund's subject is Y, so the
    content goes on to the end."""
    text = "Министр Иван Сидоров заявил, что подозреваемый связался с ним, сообщив, что сдастся."
    assert (
        "indirect",
        "подозреваемый связался с ним, сообщив, что сдастся",
        "Иван Сидоров",
        "indirect:chto_clause",
    ) in found(text, models)


def test_subject_before_participial_phrase_is_no_postposed_source(models):
    """`Врачи, лечащие X, говорят, что C`: the subject opens the sentence, C follows `что`."""
    text = "Врачи, лечащие пострадавшую, говорят, что она идёт на поправку."
    assert ("indirect", "она идёт на поправку", "врачи", "indirect:chto_clause") in found(
        text, models
    )
