"""Round 12, in invented sentences (not from any article): agency-copy patterns and forms the
rules had in their base form only, each with a near-miss that must stay as it was.

- An outlet right after the speech verb is its addressee, not its source, when a person noun
  in the nominative follows (`заявил РИА Новости политолог X`), or when the verb is plural and
  a body is named before it (`В МИД заявили РИА Новости, что`); `сообщили РИА Новости.` with
  no one else named keeps the outlet as the source.
- A sentence that restates the one before with a pointing word and the noun of a light speech
  verb reports it (`Такое мнение высказал X`, `Эту оценку дал X`, `С таким заявлением
  выступил X`); a negated verb, or a noun no speech verb takes (`С такой речью выступил`),
  reports nothing.
- A reported question opens with any form of a question word (`рассказал, какие меры`,
  `объяснил, кому`, `рассказала о том, чем`), not only `какой` / `кто`.
- A participle used as a noun heads a counted group like a noun (`большинство опрошенных`,
  `половина пострадавших`).
- A share of a group counts it like a figure (`45% россиян считают` -> `россияне`, as `более
  50 женщин рассказали` -> `женщины`).
- A post named by periphrasis (`глава государства`, `глава правительства`;
  quote_role_periphrases.txt) is the person the article introduced as president, king or
  prime minister; `глава МИД России` after `президент России X` stays a role.
- A regnal number stays as written in a person's name (`Филипп VI`, not `Филипп Vi`).
- A role with a country's adjective (`французский президент`, `турецкий министр`) is the
  person the article introduced with that country; among several people named and none so
  introduced it stays a phrase (not the last person named); with one person named, that
  person, as before; the home country's `российский` is no key.
- A quoted sentence whose predicate is a short adjective (`«Но условия должны быть
  честными»`) is a sentence, not a name in quotes: it continues the quote before it; a
  capitalised phrase with no predicate after a title noun (`фильм «Ночное происшествие»`)
  stays a name.
- An interview written as dialogue (`— вопрос?` / `— ответ.` paragraphs) gives each answer
  as a direct quote of the person the article says was interviewed (`дал интервью`,
  `поговорили с`); a story's dialogue with no one interviewed gives none, and a line with
  its own attribution (`— В магазин, — ответил он.`) is left to the dialogue rules.
"""

from __future__ import annotations

import pytest
from quote_rows import direct_rows
from quote_rows import indirect_rows as indirect


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            "Санкции не сработают, заявил РИА Новости политолог Иван Петров.",
            [("Санкции не сработают", "Иван Петров")],
            id="outlet-told-person-tells",
        ),
        pytest.param(
            "В МИД России заявили РИА Новости, что ответ будет дан позже.",
            [("ответ будет дан позже", "МИД России")],
            id="outlet-told-body-before-plural-verb",
        ),
        pytest.param(
            "В Кремле сообщили ТАСС, что встреча состоится.",
            [("встреча состоится", "Кремль")],
            id="outlet-told-place-before-plural-verb",
        ),
        pytest.param(
            "Пострадавших нет, сообщили РИА Новости.",
            [("Пострадавших нет", "РИА Новости")],
            id="near-miss-outlet-alone-is-source",
        ),
    ],
)
def test_outlet_after_verb_is_told(models, text, expected):
    assert indirect(text, models) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            "Санкции не сработают. Такое мнение высказал политолог Иван Петров.",
            [("Санкции не сработают", "Иван Петров")],
            id="such-opinion",
        ),
        pytest.param(
            "Санкции не сработают. Это мнение в беседе с журналистами высказал сенатор Иван "
            "Петров.",
            [("Санкции не сработают", "Иван Петров")],
            id="this-opinion-verb-later",
        ),
        pytest.param(
            "Цены вырастут на пять процентов. Такой прогноз дали аналитики банка.",
            [("Цены вырастут на пять процентов", "аналитики банка")],
            id="such-forecast",
        ),
        pytest.param(
            "Мост откроют в мае. С таким заявлением выступил губернатор Иван Петров.",
            [("Мост откроют в мае", "Иван Петров")],
            id="with-such-statement",
        ),
        pytest.param(
            "Санкции не сработают. Такое мнение не высказал никто.",
            [],
            id="near-miss-negated",
        ),
        pytest.param(
            "В городе открыли парк. С такой речью выступил мэр.",
            [],
            id="near-miss-speech-noun-no-claim",
        ),
    ],
)
def test_restated_view(models, text, expected):
    assert indirect(text, models) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            "Министр рассказал журналистам о том, какие меры будут приняты.",
            [("какие меры будут приняты", "министр")],
            id="kakie",
        ),
        pytest.param(
            "Иванов объяснил, кому достанется премия.",
            [("кому достанется премия", "Иванов")],
            id="komu",
        ),
        pytest.param(
            "Иванова рассказала о том, чем займётся компания.",
            [("чем займётся компания", "Иванова")],
            id="chem",
        ),
        pytest.param(
            "Министр не уточнил, какие меры будут приняты.",
            [],
            id="near-miss-negated",
        ),
    ],
)
def test_question_word_forms(models, text, expected):
    assert indirect(text, models) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            "Большинство опрошенных считают, что цены вырастут.",
            [("цены вырастут", "большинство опрошенных")],
            id="most-of-those-asked",
        ),
        pytest.param(
            "Половина пострадавших заявили, что не получили помощи.",
            [("не получили помощи", "половина пострадавших")],
            id="half-of-the-injured",
        ),
        pytest.param(
            "Большинство опрошенных жителей считают, что цены вырастут.",
            [("цены вырастут", "большинство опрошенных жителей")],
            id="participle-before-its-noun",
        ),
    ],
)
def test_participle_groups(models, text, expected):
    assert indirect(text, models) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            "Новости\n\n45% россиян считают, что экономика восстановится.",
            [("экономика восстановится", "россияне")],
            id="percent-sign",
        ),
        pytest.param(
            "Новости\n\nБолее 50 женщин рассказали, что подвергались давлению.",
            [("подвергались давлению", "женщины")],
            id="figure-as-before",
        ),
        pytest.param(
            "Новости\n\nЦены выросли на 5% за год.",
            [],
            id="near-miss-no-speech",
        ),
    ],
)
def test_share_counts_the_group(models, text, expected):
    assert indirect(text, models) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            "Президент России Владимир Путин провёл совещание. Глава государства подчеркнул, "
            "что работа должна быть завершена.",
            [("работа должна быть завершена", "Владимир Путин")],
            id="head-of-state-president",
        ),
        pytest.param(
            "Король Испании Филипп VI посетил Валенсию. Глава государства заявил, что страна "
            "справится с кризисом.",
            [("страна справится с кризисом", "Филипп VI")],
            id="head-of-state-king-regnal-number",
        ),
        pytest.param(
            "Премьер-министр Великобритании Тереза Мэй выступила в парламенте. Глава "
            "правительства заявила, что выход из ЕС состоится.",
            [("выход из ЕС состоится", "Тереза Мэй")],
            id="head-of-government",
        ),
        pytest.param(
            "Президент России Владимир Путин провёл совещание с министрами. Глава МИД России "
            "заявил, что переговоры продолжатся.",
            [("переговоры продолжатся", "глава МИД России")],
            id="near-miss-head-of-another-body",
        ),
    ],
)
def test_periphrasis_names_the_post_holder(models, text, expected):
    assert indirect(text, models) == expected


INTERVIEW = """Глава «Роскосмоса» Юрий Борисов дал интервью агентству.

— Когда полетит новая ракета?

— Мы планируем первый пуск в следующем году. Работы идут по графику.

— А что с финансированием?

— Деньги выделены в полном объеме."""

DIALOGUE = """Иван Петров вышел из дома. Его остановил сосед.

— Ты куда?

— В магазин за хлебом и молоком.

— А зачем?

— Гости приедут вечером."""


def test_dash_interview_answers_are_the_interviewee_s(models):
    rows = direct_rows(INTERVIEW, models)
    assert rows == [
        (
            "Мы планируем первый пуск в следующем году. Работы идут по графику",
            "Юрий Борисов",
            "direct:interview_dash",
        ),
        ("Деньги выделены в полном объеме", "Юрий Борисов", "direct:interview_dash"),
    ]


def test_story_dialogue_is_no_interview(models):
    assert direct_rows(DIALOGUE, models) == []


def test_interview_line_with_its_own_attribution_is_not_taken_whole(models):
    text = INTERVIEW.replace(
        "— Деньги выделены в полном объеме.", "— Деньги выделены, — сказал он."
    )
    rules = [rule for _, _, rule in direct_rows(text, models)]
    assert rules.count("direct:interview_dash") == 1


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            "Переговоры\n\nПрезидент России Владимир Путин провёл переговоры с президентом "
            "Франции Эммануэлем Макроном. Французский президент заявил, что Париж поддерживает "
            "диалог.",
            [("Париж поддерживает диалог", "Эммануэль Макрон")],
            id="introduced-with-the-country",
        ),
        pytest.param(
            "Переговоры\n\nПрезидент России Владимир Путин провёл переговоры с Эммануэлем "
            "Макроном. Французский президент заявил, что Париж поддерживает диалог.",
            [("Париж поддерживает диалог", "французский президент")],
            id="not-one-introduced-with-another-country",
        ),
        pytest.param(
            "Переговоры\n\nМинистр иностранных дел России Сергей Лавров и Мевлют Чавушоглу "
            "провели переговоры. Турецкий министр заявил, что Анкара готова помочь.",
            [("Анкара готова помочь", "турецкий министр")],
            id="not-the-last-subject-of-another-country",
        ),
        pytest.param(
            "Переговоры\n\nВладимир Путин провёл переговоры с Эммануэлем Макроном. Французский "
            "президент заявил, что Париж поддерживает диалог.",
            [("Париж поддерживает диалог", "французский президент")],
            id="several-named-none-introduced",
        ),
        pytest.param(
            "Переговоры\n\nСергей Лавров провёл переговоры с Мевлютом Чавушоглу. По словам "
            "российского министра, стороны договорились.",
            [("стороны договорились", "Сергей Лавров")],
            id="near-miss-home-country",
        ),
        pytest.param(
            "Переговоры\n\nСергей Лавров провёл переговоры в Анкаре. По словам российского "
            "министра, стороны договорились.",
            [("стороны договорились", "Сергей Лавров")],
            id="near-miss-one-person-named",
        ),
        pytest.param(
            "Спорт\n\nОлимпийский чемпион Иван Петров завершил карьеру. Олимпийский чемпион "
            "заявил, что займётся тренерской работой.",
            [("займётся тренерской работой", "Иван Петров")],
            id="near-miss-adjective-of-no-country",
        ),
    ],
)
def test_country_adjective_on_a_role(models, text, expected):
    assert indirect(text, models) == expected


def test_short_adjective_predicate_makes_a_sentence(models):
    text = (
        "Новости\n\n«Мы готовы к переговорам», — сказал Петров. «Но условия должны быть честными»."
    )
    assert direct_rows(text, models) == [
        ("Мы готовы к переговорам", "Петров", "direct:dash_after"),
        ("Но условия должны быть честными", "Петров", "direct:continued"),
    ]


def test_title_without_predicate_stays_a_name(models):
    text = "Новости\n\n«Мы готовы к переговорам», — сказал Петров. «Ночное происшествие»."
    assert [rule for _, _, rule in direct_rows(text, models)] == ["direct:dash_after"]
