"""Round 14, in invented sentences (not from any article), each with a near-miss that must
stay as it was.

- `Как сообщили в МЧС, C`: the body after `в` is found when it is a name (the place phrase's
  noun is looked for before the comma, not in the clause after it: was no quote).
- A country's adjective finds a country whose name holds its stem inside (`британский` ->
  `Великобритании`); `лидер` with a country's adjective is its head of state or government
  (`турецкий лидер` -> президент Турции X), not another official of that country.
- Descriptive nouns of a trade (`банкир`, `дипломат`, `артист`, `литератор` ..., roles.txt)
  speak as the person the article introduced, like `политик` and `футболист` did.
- A role word points first to the person introduced with that very word (`по словам
  министра` -> министр обороны X, not начальник Генштаба Y named later), then to one
  introduced with a word of the same post (`глава` for `министр`).
- A joint subject whose second member has a role with a genitive (`X и начальник Генштаба Y
  заявили`) is led by the first, as `X и Y заявили` was.
- `Вместе с тем, как отметил X, C`: a connective of several words before `, как` opens the
  sentence (as `Кроме того` did); it is no time clause (`перед тем, как`).
- `Там (же, также) отметили, что C` opening a sentence speaks for the body that spoke in the
  sentence before (`В МИД России заявили ...`); after a person, or with no report before, none.
- A sentence with no verb, a person or role in the nominative, its setting and a colon before
  a quoted sentence (`Председатель ЦИК X на брифинге: «Q»`) is an attribution
  (`direct:verbless_colon`); `Итог матча: «Q»` names no one, `Цитата дня: «Q»` no owner.
- A capitalised common noun opening a sentence before its finite verb (adverbs skipped) that
  the tagger read as a proper name (`Синоптики предупредили`, read as a name in the locative;
  `Эксперт считает`) is that noun in the nominative, when pymorphy3 knows the word as an
  animate noun with no proper-name reading (`Сингха обвиняют`, a guess, stays).
- A noun of sex after its speech verb (`Как рассказала женщина`) takes up the woman named, as
  `Женщина рассказала` did; `защитник` is `адвокат`, `градоначальник` is `мэр` (synonyms);
  `российский лидер` is the president introduced with Russia, not the last person named.
- An anonymous noun (`эксперт`) that introduced a name (`Эксперт ВШЭ X`) speaks as X later.
- A headline `Глава ЦБ: claim` is the person the body introduces with a role and the same
  organisation (`Председатель Банка России X`), not the bank; with no such person, the bank.
- A quote opened once and closed once over three to five paragraphs (`«Q1\n\nQ2\n\nQ3»`) is
  a block (one record per paragraph), as over two already was; not when a mark of its kind
  stands in a paragraph between.
- A block after `X заявил:` whose paragraph has a cue in the first person (`я уверен, что`)
  is X's own voice, not a source of its own; after `X обратился к жителям:` and a blank line,
  a paragraph that opens with a salutation (`Дорогие земляки!`) is X's speech.
- Speech verbs added (quote_cues.txt): `согласиться`, `похвастаться`, `отчитаться`,
  `успокоить`, `акцентировать (внимание на том, что)`, `огласить` ...; `согласился с коллегой`
  and `согласился приехать` report nothing.
- `По мнению ряда экспертов, C` (a quantity, then the group counted) names a source, as `по
  мнению экспертов`; `По мнению большинства, C` still names no one. `С точки зрения X, C` is a
  source phrase (quote_paired_sources.txt), of a person or body only: `с точки зрения закона`
  is none.
- A post-posed cue after a clause whose predicate is a short neuter adjective the tagger read
  as an adverb (`Это решение ошибочно, уверен депутат.`) reports it; a subject with a
  determiner before an inserted cue (`Это решение, уверен X, было ошибочным`) is the clause's
  subject, the content the whole clause; an adverbial opener (`Этим летом, считают X, ...`)
  is not. Bodies named by common nouns (`авиакомпания`, `больница`, `завод` ...,
  quote_org_roles.txt) speak after `сообщили в`.
- `Он ответил` after `Журналисты спросили X о встрече Y и Z` is X, the object of the verb of
  asking in natasha's tree (through an apposition: `спросили министра X`), not the last
  person named in the topic.
- `Министр, отвечая на вопрос, заявил` (a capitalised role before a comma, read as a name)
  is `министр`; `опубликовать / распространить сообщение (заявление) о том, что C` and
  `сделать предупреждение` are speech acts (quote_light_cues.txt).
- `«Q», — министр энергетики X.` (a quote signed with a name after a dash, no verb:
  `direct:dash_name`; `Фильм «Война и мир» — X` is none); `Министр энергетики X: «Q»` (a
  role and a name before the colon, no setting); `«Q». Так министр X прокомментировал ...`
  (the subject between `Так` and its speech verb; `Так вышло, что ...` names no verb of
  speech first).
- `По его собственным словам`, `по её личному мнению` (adjectives between the possessive and
  the source noun) are `по его словам`; `По данным источника, знакомого с ситуацией, C`: the
  adjective phrase on the source is left out of the content; `выразил надежду на X`: X.
- A person named inside a direct quote introduces no one (`«... будущему королю Филиппу»`
  is no introduction of a `монарх`).
"""

from __future__ import annotations

import pytest
from quote_rows import direct_rows as direct
from quote_rows import found
from quote_rows import indirect_rows as indirect

from helpers.nlp.quotes.anaphora import _same_case


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            "Как сообщили в МЧС, пожар локализован.",
            [("пожар локализован", "МЧС")],
            id="kak-v-acronym",
        ),
        pytest.param(
            "Как отметили в Минфине, дефицит бюджета не превысит 2% ВВП.",
            [("дефицит бюджета не превысит 2% ВВП", "Минфин")],
            id="kak-v-name",
        ),
        pytest.param(
            "Как пояснили в пресс-службе ведомства, проверка продлится месяц.",
            [("проверка продлится месяц", "пресс-служба ведомства")],
            id="kak-v-common-noun-as-before",
        ),
        pytest.param(
            "Как сообщили в понедельник, пожар локализован.",
            [],
            id="near-miss-a-day-is-no-source",
        ),
    ],
)
def test_kak_with_a_named_body(models, text, expected):
    assert indirect(text, models) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            "Премьер-министр Великобритании Риши Сунак провел переговоры с Владимиром "
            "Зеленским. Британский премьер пообещал, что помощь продолжится.",
            "Риши Сунак",
            id="british-premier",
        ),
        pytest.param(
            "Канцлер Германии Олаф Шольц встретился с президентом Турции Реджепом Тайипом "
            "Эрдоганом. Турецкий лидер заявил, что Анкара готова выступить посредником.",
            "Реджеп Тайип Эрдоган",
            id="turkish-leader-is-the-president",
        ),
        pytest.param(
            "Премьер-министр Великобритании Риши Сунак встретился с канцлером Германии Олафом "
            "Шольцем. Французский премьер заявил, что Париж поддерживает Киев.",
            "французский премьер",
            id="near-miss-no-one-introduced-with-france",
        ),
        pytest.param(
            "Канцлер Германии Олаф Шольц встретился с министром иностранных дел Турции "
            "Хаканом Фиданом. Турецкий лидер заявил, что Анкара готова выступить посредником.",
            "турецкий лидер",
            id="near-miss-a-minister-is-no-leader",
        ),
    ],
)
def test_country_adjective_roles(models, text, expected):
    assert [speaker for _, speaker in indirect(text, models)] == [expected]


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            "Глава Сбербанка Герман Греф выступил на форуме. Банкир заявил, что бояться "
            "искусственного интеллекта не нужно.",
            "Герман Греф",
            id="banker",
        ),
        pytest.param(
            "Посол России в США Анатолий Антонов встретился с журналистами. Дипломат заявил, "
            "что диалог продолжится.",
            "Анатолий Антонов",
            id="diplomat",
        ),
        pytest.param(
            "Певец Филипп Киркоров дал концерт. Артист признался, что волновался перед "
            "выходом на сцену.",
            "Филипп Киркоров",
            id="artist",
        ),
        pytest.param(
            "Писательница Людмила Улицкая получила премию. Литератор заявила, что посвящает "
            "награду читателям.",
            "Людмила Улицкая",
            id="writer-feminine",
        ),
        pytest.param(
            "Певец Филипп Киркоров дал концерт. Неназванный дипломат заявил, что визит отменен.",
            "неназванный дипломат",
            id="near-miss-unnamed",
        ),
    ],
)
def test_trade_nouns_speak_as_the_person_introduced(models, text, expected):
    assert [speaker for _, speaker in indirect(text, models)] == [expected]


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            "Министр обороны Сергей Шойгу и начальник Генштаба Валерий Герасимов провели "
            "совещание. По словам министра, войска выполнили поставленные задачи.",
            "Сергей Шойгу",
            id="same-word-before-same-post",
        ),
        pytest.param(
            "Глава Минфина Антон Силуанов выступил в Думе. По словам министра, бюджет "
            "выдержит нагрузку.",
            "Антон Силуанов",
            id="same-post-when-no-same-word",
        ),
    ],
)
def test_role_word_prefers_its_own_introduction(models, text, expected):
    assert [speaker for _, speaker in indirect(text, models)] == [expected]


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            "Министр обороны Сергей Шойгу и начальник Генштаба Валерий Герасимов заявили, что "
            "войска выполнили задачи.",
            "Сергей Шойгу",
            id="second-member-with-genitive",
        ),
        pytest.param(
            "Сергей Шойгу и Валерий Герасимов заявили, что войска выполнили задачи.",
            "Сергей Шойгу",
            id="two-names-as-before",
        ),
        pytest.param(
            "Виталий Кличко и его брат Владимир заявили, что поддерживают реформу.",
            "Виталий Кличко",
            id="possessive-kin-as-before",
        ),
        pytest.param(
            "Прокуратура возбудила дело, и адвокаты Петрова заявили, что обжалуют решение.",
            "адвокаты Петрова",
            id="near-miss-clauses-joined",
        ),
    ],
)
def test_joint_subject_led_by_the_first(models, text, expected):
    assert [speaker for _, speaker in indirect(text, models)] == [expected]


@pytest.mark.parametrize(
    "a, b, same",
    [("Gen", "Acc", True), ("Nom", "Nom", True), (None, "Dat", True), ("Gen", "Nom", False)],
)
def test_animate_genitive_and_accusative_agree(a, b, same):
    assert _same_case(a, b) is same


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            "Вместе с тем, как отметил собеседник агентства, окончательное решение не принято.",
            [("окончательное решение не принято", "собеседник агентства")],
            id="several-word-connective",
        ),
        pytest.param(
            "Перед тем, как отметил министр, совещание прервали.",
            [],
            id="near-miss-time-clause",
        ),
    ],
)
def test_connective_before_kak(models, text, expected):
    assert indirect(text, models) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            "В МИД России заявили, что ответ будет жестким. Там же отметили, что Москва не "
            "намерена уступать.",
            [("ответ будет жестким", "МИД России"), ("Москва не намерена уступать", "МИД России")],
            id="there-same-body",
        ),
        pytest.param(
            "В ведомстве подчеркнули, что проверка будет продолжена. Там также пообещали "
            "наказать виновных.",
            [("проверка будет продолжена", "ведомство"), ("наказать виновных", "ведомство")],
            id="there-common-noun-body",
        ),
        pytest.param(
            "Министр Сергей Лавров заявил, что ответ будет жестким. Там также отметили, что "
            "Москва не намерена уступать.",
            [("ответ будет жестким", "Сергей Лавров")],
            id="near-miss-a-person-is-no-place",
        ),
    ],
)
def test_there_speaks_for_the_body_before(models, text, expected):
    assert indirect(text, models) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            "Председатель ЦИК Анна Волкова на брифинге: «Явка составила 45 процентов».",
            [("Явка составила 45 процентов", "Анна Волкова", "direct:verbless_colon")],
            id="person-and-setting",
        ),
        pytest.param(
            "Глава ЦИК на брифинге в понедельник: «Явка составила 45 процентов».",
            [("Явка составила 45 процентов", "глава ЦИК", "direct:verbless_colon")],
            id="role-and-setting",
        ),
        pytest.param(
            "Итог матча: «Спартак» снова проиграл на своем поле.",
            [],
            id="near-miss-no-speaker",
        ),
        pytest.param(
            "Цитата дня: «Нам нужна не война, а мир».",
            [],
            id="near-miss-a-time-owns-no-words",
        ),
    ],
)
def test_verbless_colon(models, text, expected):
    assert direct(text, models) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            "Синоптики предупредили о сильных морозах.",
            [("о сильных морозах", "синоптики")],
            id="plural-read-as-a-name",
        ),
        pytest.param(
            "Эксперт считает, что цены вырастут.",
            [("цены вырастут", "эксперт")],
            id="nominative-read-as-a-name",
        ),
        pytest.param(
            "Сингха обвиняют в том, что он был водителем автобуса.",
            [],
            id="near-miss-unknown-word-is-a-name",
        ),
    ],
)
def test_opening_noun_read_as_a_name(models, text, expected):
    assert indirect(text, models) == expected


def test_a_name_inside_a_quote_introduces_no_one(models):
    text = (
        "Король Альберт II выступил с обращением. Он призвал помогать «будущему королю "
        "Филиппу и его семье». Монарх также призвал бельгийцев к единству."
    )
    assert indirect(text, models)[-1] == ("бельгийцев к единству", "Альберт II")


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            "Адвокат Алексей Смирнов представляет интересы пострадавшей Анны Кузнецовой. Как "
            "рассказала женщина, нападавший ударил ее ножом.",
            [("нападавший ударил ее ножом", "Анна Кузнецова")],
            id="woman-after-her-verb",
        ),
        pytest.param(
            "В полицию обратилась женщина. Как рассказала женщина, нападавший ударил ее ножом.",
            [("нападавший ударил ее ножом", "женщина")],
            id="near-miss-an-unnamed-woman-brought-in",
        ),
        pytest.param(
            "Адвокат Алексей Смирнов представляет интересы Анны Кузнецовой. Защитник считает, "
            "что обвиняемому грозит до 10 лет.",
            [("обвиняемому грозит до 10 лет", "Алексей Смирнов")],
            id="defender-is-the-lawyer",
        ),
        pytest.param(
            "Президент России Владимир Путин провел разговор с канцлером Германии Олафом "
            "Шольцем. Шольц призвал к прекращению огня. Российский лидер заявил, что Москва "
            "открыта для переговоров.",
            [
                ("к прекращению огня", "Олаф Шольц"),
                ("Москва открыта для переговоров", "Владимир Путин"),
            ],
            id="russian-leader-is-the-president",
        ),
        pytest.param(
            "Эксперт ВШЭ Андрей Яковлев выступил на конференции. Эксперт отметил, что санкции "
            "ударят по малому бизнесу.",
            [("санкции ударят по малому бизнесу", "Андрей Яковлев")],
            id="expert-introduced",
        ),
        pytest.param(
            "Министр Андрей Яковлев выступил на конференции. Эксперт отметил, что санкции "
            "ударят по малому бизнесу.",
            [("санкции ударят по малому бизнесу", "эксперт")],
            id="near-miss-no-expert-introduced",
        ),
    ],
)
def test_nouns_that_take_up_a_person(models, text, expected):
    assert indirect(text, models) == expected


def test_mayor_synonym(models):
    text = "Мэр города Алексей Орлов открыл парк. «Это подарок всем горожанам», — сказал градоначальник."
    assert direct(text, models) == [
        ("Это подарок всем горожанам", "Алексей Орлов", "direct:dash_after")
    ]


@pytest.mark.parametrize(
    "body, expected",
    [
        pytest.param(
            "Председатель Банка России Эльвира Набиуллина заявила, что ставка не изменится.",
            "Эльвира Набиуллина",
            id="head-of-the-same-body",
        ),
        pytest.param(
            "Аналитик Сбербанка Иван Петров заявил, что ставка не изменится.",
            "Банк России",
            id="near-miss-someone-of-another-body",
        ),
    ],
)
def test_headline_head_of_a_body(models, body, expected):
    text = "Глава ЦБ: ставка не изменится\n\n" + body
    rows = [r for r in found(text, models) if r[3] == "indirect:headline"]
    assert [speaker for _, _, speaker, _ in rows] == [expected]


@pytest.mark.parametrize(
    "middle, expected",
    [
        pytest.param(
            "Основные расходы пойдут на социальную сферу.",
            [
                "Бюджет сбалансирован. Мы не планируем повышать налоги",
                "Основные расходы пойдут на социальную сферу",
                "Экономика справится с вызовами",
            ],
            id="three-paragraphs",
        ),
        pytest.param(
            "Газета «Ведомости» писала об этом раньше.",
            [],
            id="near-miss-a-mark-between",
        ),
    ],
)
def test_block_opened_once_closed_once(models, middle, expected):
    text = (
        "Новости\n\nМинистр Антон Силуанов выступил в Госдуме. Он заявил:\n\n«Бюджет "
        "сбалансирован. Мы не планируем повышать налоги.\n\n"
        + middle
        + "\n\nЭкономика справится с вызовами»."
    )
    rows = direct(text, models)
    assert [quote for quote, _, _ in rows] == expected
    assert {speaker for _, speaker, _ in rows} <= {"Антон Силуанов"}


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            "Новости\n\nГубернатор Иван Петров заявил:\n\nМы переживаем непростое время. Но я "
            "уверен, что вместе мы справимся.",
            [
                (
                    "Мы переживаем непростое время. Но я уверен, что вместе мы справимся",
                    "Иван Петров",
                    "direct:colon_block",
                )
            ],
            id="first-person-cue-is-own-voice",
        ),
        pytest.param(
            "Новости\n\nГубернатор обратился к жителям региона:\n\nДорогие земляки! Мы "
            "переживаем непростое время.",
            [
                (
                    "Дорогие земляки! Мы переживаем непростое время",
                    "губернатор",
                    "direct:colon_block",
                )
            ],
            id="salutation-after-a-blank-line",
        ),
        pytest.param(
            "Новости\n\nКомпания обратилась в суд:\n\nИск касается нарушения патентных прав.",
            [],
            id="near-miss-no-salutation",
        ),
    ],
)
def test_colon_blocks(models, text, expected):
    assert direct(text, models) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            "Министр согласился, что бюджет будет исполнен в срок.",
            [("бюджет будет исполнен в срок", "министр")],
            id="agreed-that",
        ),
        pytest.param(
            "Министр похвастался, что бюджет исполнен.",
            [("бюджет исполнен", "министр")],
            id="boasted",
        ),
        pytest.param(
            "Министр отчитался, что бюджет исполнен.",
            [("бюджет исполнен", "министр")],
            id="reported-back",
        ),
        pytest.param(
            "Министр акцентировал внимание на том, что бюджет исполнен.",
            [("бюджет исполнен", "министр")],
            id="stressed",
        ),
        pytest.param("Министр согласился с коллегой.", [], id="near-miss-agreed-with"),
        pytest.param("Министр согласился приехать на форум.", [], id="near-miss-agreed-to"),
    ],
)
def test_speech_verbs_round14(models, text, expected):
    assert indirect(text, models) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            "По мнению ряда экспертов, бюджет будет исполнен в срок.",
            [("бюджет будет исполнен в срок", "эксперты")],
            id="quantity-then-group",
        ),
        pytest.param(
            "По мнению большинства опрошенных, бюджет будет исполнен в срок.",
            [("бюджет будет исполнен в срок", "большинство опрошенных")],
            id="quantity-then-participle",
        ),
        pytest.param(
            "По мнению большинства, бюджет будет исполнен в срок.",
            [],
            id="near-miss-bare-quantity",
        ),
        pytest.param(
            "С точки зрения министра, бюджет будет исполнен в срок.",
            [("бюджет будет исполнен в срок", "министр")],
            id="point-of-view",
        ),
        pytest.param(
            "С точки зрения закона, это нарушение.",
            [],
            id="near-miss-a-law-has-no-view",
        ),
    ],
)
def test_source_phrases_round14(models, text, expected):
    assert indirect(text, models) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            "Это решение ошибочно, уверен депутат.",
            [("Это решение ошибочно", "депутат")],
            id="neuter-predicate-read-as-adverb",
        ),
        pytest.param(
            "Это решение, уверен депутат, было ошибочным.",
            [("Это решение, уверен депутат, было ошибочным", "депутат")],
            id="determiner-before-the-subject",
        ),
        pytest.param(
            "Этим летом, считают синоптики, будет жарко.",
            [("будет жарко", "синоптики")],
            id="near-miss-adverbial-opener",
        ),
        pytest.param(
            "Все рейсы выполняются по расписанию, заверили в авиакомпании.",
            [("Все рейсы выполняются по расписанию", "авиакомпания")],
            id="body-by-common-noun",
        ),
        pytest.param(
            "Все рейсы выполняются по расписанию, сообщили в понедельник.",
            [],
            id="near-miss-a-day",
        ),
    ],
)
def test_postposed_and_inserted_round14(models, text, expected):
    assert indirect(text, models) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            "Журналисты спросили Дмитрия Пескова о встрече Путина и Байдена. Он ответил, что "
            "таких планов пока нет.",
            "Дмитрий Песков",
            id="object-asked",
        ),
        pytest.param(
            "Журналисты спросили министра Ивана Петрова о встрече Путина и Байдена. Он "
            "ответил, что таких планов нет.",
            "Иван Петров",
            id="object-asked-through-apposition",
        ),
        pytest.param(
            "Анну Петрову спросили о снах. Она ответила, что видит их редко.",
            "Анна Петрова",
            id="as-before-fronted-object",
        ),
    ],
)
def test_pronoun_after_a_question_is_the_one_asked(models, text, expected):
    assert [speaker for _, speaker in indirect(text, models)] == [expected]


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            "Новости\n\nМинистр, отвечая на вопрос журналистов, заявил, что решение еще не "
            "принято.",
            [("решение еще не принято", "министр")],
            id="role-before-a-comma",
        ),
        pytest.param(
            "Посольство опубликовало сообщение о том, что граждане могут вернуться.",
            [("граждане могут вернуться", "посольство")],
            id="published-a-statement",
        ),
        pytest.param(
            "Посольство опубликовало сообщение на своем сайте.",
            [],
            id="near-miss-no-content",
        ),
    ],
)
def test_round14_light_verbs_and_openers(models, text, expected):
    assert indirect(text, models) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            "Новости\n\n«Мы обеспечим все потребности рынка», — министр энергетики Иван Петров.",
            [("Мы обеспечим все потребности рынка", "Иван Петров", "direct:dash_name")],
            id="signed-with-a-dash",
        ),
        pytest.param(
            "Новости\n\nФильм «Война и мир» — Сергей Бондарчук.",
            [],
            id="near-miss-a-title-and-its-author",
        ),
        pytest.param(
            "Новости\n\nМинистр энергетики Иван Петров: «Мы обеспечим все потребности рынка».",
            [("Мы обеспечим все потребности рынка", "Иван Петров", "direct:verbless_colon")],
            id="role-and-name-before-a-colon",
        ),
        pytest.param(
            "Новости\n\nЖители Иван Петров и Анна Смирнова: «Мы обеспечим все потребности рынка».",
            [],
            id="near-miss-two-people",
        ),
        pytest.param(
            "Новости\n\n«Мы не допустим эскалации». Так министр Иван Петров прокомментировал "
            "решение.",
            [("Мы не допустим эскалации", "Иван Петров", "direct:pointed_back")],
            id="tak-subject-then-verb",
        ),
    ],
)
def test_signed_and_pointed_back_round14(models, text, expected):
    assert direct(text, models) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            "Министр Иван Петров выступил в Думе. По его собственным словам, бюджет сбалансирован.",
            [("бюджет сбалансирован", "Иван Петров")],
            id="own-words",
        ),
        pytest.param(
            "Министр Иван Петров выступил в Думе. По его личному мнению, бюджет сбалансирован.",
            [("бюджет сбалансирован", "Иван Петров")],
            id="personal-view",
        ),
        pytest.param(
            "По данным источника, знакомого с ситуацией, бюджет сбалансирован.",
            [("бюджет сбалансирован", "источник")],
            id="adjective-phrase-on-the-source",
        ),
        pytest.param(
            "Глава региона выразил надежду на скорое восстановление производства.",
            [("на скорое восстановление производства", "глава региона")],
            id="hope-for",
        ),
        pytest.param(
            "Глава региона возлагает надежду на инвесторов.",
            [],
            id="near-miss-no-light-verb",
        ),
    ],
)
def test_source_phrases_with_adjectives(models, text, expected):
    assert indirect(text, models) == expected
