"""Round 19, in invented sentences (not from any article), each with a near-miss that must
stay as it was.

- `объявил о снятии ограничений с 1 июля`: a day and month after a preposition belong to the
  noun-phrase content (spans.phrase_end cut it before the number, leaving `... с`); a date
  with no preposition is still the day of the speech act and ends the content.
- `По словам женщины, C`: a bare noun of sex or age (quote_generic_persons.txt) in the
  genitive after `по словам`, `по мнению` takes up the named person of its gender, as it
  did as a subject (`Женщина рассказала`); not when the article brought in an unnamed
  person with that noun, nor for the other gender (a noun that introduced the name, `Пенсионер
  X ... по мнению пенсионера`, already did).
- `По словам пожилого мужчины`: a word of a role phrase is put in the nominative from the
  reading of its own part of speech (the adjective `пожилой`, not a noun `пожилое`).
- `Правозащитники из «Мемориала» утверждают, что C`: a body in quotation marks after `из`,
  `от` belongs to the role phrase, as an unquoted one did (`учёные из МГУ`).
- `C, о чём сообщил X`: the relative `о чём` points to the clause before its comma, which is
  the content (was `о чём` itself); when that clause is too short to be one, no row (not
  `о чём` alone).
- `Сына назвали Джордж`: a plural verb of naming right followed by one person's name in the
  nominative gives a name, it reports nothing (that name was the speaker); two names
  joined by `и` are still the subject.
- A headline with no full stop and the body's first line: the subject's head noun (`Власти
  Малави`, read as a genitive) is not looked for over the line break, nor does a role phrase
  or the parser's subject cross it (was the headline's `глава государства`).
- `письмо, о котором говорил X`: the relative `о котором` names a topic, not content (was a
  row `о котором`).
- `X усомнился, что C`: doubt voiced, as `сомневается, что` already was (quote_cues.txt).
- `Турецкий министр заявил` after `с турецким коллегой X`: a role with a country adjective
  takes up a person introduced as that country's `коллега` (a colleague holds the post of
  the one he is a colleague to); not a person introduced with another post.
- `Петров свою причастность отрицает`: an object opened by the reflexive `свой` between the
  subject and the verb is the content (subject, object, verb); not `свой` inside a
  prepositional phrase (`обвинения в свой адрес`).
- `— сказал тренер «Спартака» Гильермо Абаскаль`: a man's name whose given name does not
  decline and whose other words end in no case ending is in the nominative, whatever case
  the tagger gave it (it read an instrumental, so the role phrase spoke); not a word with an
  instrumental ending (`с Гильермо Абаскалем`: a consonant too, a draft of batch 2 read it
  as a nominative).
- `«Решение принято», — отрезал министр`: after a quote, a comma and a dash a verb of manner
  (quote_manner_verbs.txt) attributes a quote of one or two words too, as a speech verb
  does; `«Q» — такими (этими) словами X завершил интервью`: the finite verb after the phrase
  gives the speaker, whatever the verb.
- `Глава ЦБ отметила`: a role word introduced with a name takes up a person of its verb's
  gender (was the man introduced with another head's word); `Джорджа Мелони выступила`: the
  name keeps its feminine form in the entity pass (was `Джордж`, a man's genitive) and, where
  the tagger's genders of its words disagree, the verb after it tells hers.
"""

from __future__ import annotations

import pytest
from quote_rows import direct_rows as direct
from quote_rows import indirect_rows as indirect
from quote_rows import speaker_of

from helpers.nlp.quotes.lexicons import lexicon
from helpers.nlp.quotes.records import Context, mention_case
from helpers.pipeline.analysis import analyze_text, natasha_doc


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            "Мэр Москвы Сергей Собянин объявил о снятии ограничений с 1 июля.",
            [("о снятии ограничений с 1 июля", "Сергей Собянин")],
            id="s-date",
        ),
        pytest.param(
            "Министр сообщил о повышении пенсий на 5% с 1 января 2024 года.",
            [("о повышении пенсий на 5% с 1 января 2024 года", "министр")],
            id="s-full-date",
        ),
        pytest.param(
            "Футболист Иван Петров объявил об окончании карьеры 5 декабря 2015 года.",
            [("об окончании карьеры", "Иван Петров")],
            id="near-miss-date-of-the-act",
        ),
    ],
)
def test_date_after_a_preposition_is_content(models, text, expected):
    assert indirect(text, models) == expected


@pytest.mark.parametrize(
    "text, speaker",
    [
        pytest.param(
            "Жительница Самары Анна Иванова обратилась в полицию. По словам женщины, у нее "
            "украли кошелек.",
            "Анна Иванова",
            id="po-slovam-zhenshchiny",
        ),
        pytest.param(
            "Пенсионер Иван Петров пожаловался на соседей. По мнению пенсионера, они шумят "
            "по ночам.",
            "Иван Петров",
            id="as-before-noun-that-introduced-the-name",
        ),
        pytest.param(
            "Жительница Самары Анна Иванова обратилась в полицию. По словам мужчины, у нее "
            "украли кошелек.",
            "мужчина",
            id="near-miss-other-gender",
        ),
        pytest.param(
            "В полицию обратилась женщина. По словам женщины, у нее украли кошелек.",
            "женщина",
            id="near-miss-unnamed-woman-brought-in",
        ),
        pytest.param(
            "Иван Петров пожаловался на соседей. По словам пожилого мужчины, они шумят по ночам.",
            "пожилой мужчина",
            id="adjective-read-as-adjective",
        ),
    ],
)
def test_generic_person_after_po_slovam(models, text, speaker):
    assert speaker_of(text, "у нее" if "кошелек" in text else "они", models) == speaker


@pytest.mark.parametrize(
    "text, speaker",
    [
        pytest.param(
            "Правозащитники из «Мемориала» утверждают, что задержанных избивали.",
            "правозащитники из «Мемориала»",
            id="iz-quoted-body",
        ),
        pytest.param(
            "Наблюдатели от «Голоса» заявили, что зафиксировали нарушения.",
            "наблюдатели от «Голоса»",
            id="ot-quoted-body",
        ),
        pytest.param(
            "Ученые из МГУ считают, что климат меняется.",
            "ученые из МГУ",
            id="near-miss-unquoted-as-before",
        ),
        pytest.param(
            "Сотрудники вышли из «Макдоналдса» и заявили, что им не платят.",
            "сотрудники",
            id="near-miss-iz-after-a-verb",
        ),
    ],
)
def test_quoted_body_after_iz_ot(models, text, speaker):
    assert speaker_of(text, "задерж" if "избивали" in text else "", models) == speaker


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            "Компания закрыла завод в Самаре, о чём сообщил ее гендиректор Иван Петров.",
            [("Компания закрыла завод в Самаре", "Иван Петров")],
            id="o-chem-soobshil",
        ),
        pytest.param(
            "Совет поддержал назначение нового генсека ООН, о чем объявил постпред России "
            "Виталий Чуркин.",
            [("Совет поддержал назначение нового генсека ООН", "Виталий Чуркин")],
            id="o-chem-obyavil",
        ),
        pytest.param(
            "Завод закрыт, о чём сообщили в компании.",
            [],
            id="short-clause-no-row-of-o-chem-alone",
        ),
        pytest.param(
            "Он рассказал, о чём думает.",
            [],
            id="near-miss-o-chem-as-object",
        ),
    ],
)
def test_relative_o_chem(models, text, expected):
    assert indirect(text, models) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("Принца Кембриджского назвали Джордж Александр Луи.", [], id="name-given"),
        pytest.param("Девочку назвали Анна.", [], id="name-given-short"),
    ],
)
def test_plural_naming_gives_a_name(models, text, expected):
    assert indirect(text, models) == expected


def test_plural_naming_near_miss_two_people_speak(models):
    text = "Решение назвали ошибочным Владимир Путин и Джо Байден."
    assert speaker_of(text, "Решение", models) == "Владимир Путин"


def test_no_subject_over_a_line_break(models):
    text = (
        "В Малави сменился глава государства\n"
        "Власти Малави подтвердили достоверность сообщений о смерти президента."
    )
    assert speaker_of(text, "достоверность", models) == "власти Малави"


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            "Она пролила свет на письмо олигарха, о котором ранее говорил пресс-секретарь "
            "президента Дмитрий Песков.",
            [],
            id="o-kotorom",
        ),
        pytest.param(
            "О закрытии завода сообщил его гендиректор Иван Петров.",
            [("О закрытии завода", "Иван Петров")],
            id="near-miss-fronted-o-as-before",
        ),
    ],
)
def test_relative_o_kotorom_is_a_topic(models, text, expected):
    assert indirect(text, models) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            "Глава компании Олег Дерипаска усомнился, что санкции снимут в ближайшее время.",
            [("санкции снимут в ближайшее время", "Олег Дерипаска")],
            id="usomnilsya",
        ),
        pytest.param(
            "Эксперты сомневаются, что рынок восстановится.",
            [("рынок восстановится", "эксперты")],
            id="near-miss-somnevatsya-as-before",
        ),
    ],
)
def test_doubt_voiced(models, text, expected):
    assert indirect(text, models) == expected


@pytest.mark.parametrize(
    "text, quote, speaker",
    [
        pytest.param(
            "Министр иностранных дел России Сергей Лавров провел переговоры с турецким коллегой "
            "Мевлютом Чавушоглу. Турецкий министр заявил, что Анкара готова к посредничеству.",
            "Анкара",
            "Мевлют Чавушоглу",
            id="turetskiy-kollega",
        ),
        pytest.param(
            "Министр иностранных дел России Сергей Лавров провел переговоры с турецким коллегой "
            "Мевлютом Чавушоглу. Российский министр заявил, что Москва готова к диалогу.",
            "Москва",
            "Сергей Лавров",
            id="near-miss-home-minister",
        ),
        pytest.param(
            "Министр иностранных дел России Сергей Лавров встретился с турецким бизнесменом "
            "Мевлютом Чавушоглу. Турецкий министр заявил, что Анкара готова к посредничеству.",
            "Анкара",
            "турецкий министр",
            id="near-miss-other-post",
        ),
    ],
)
def test_country_role_takes_up_a_colleague(models, text, quote, speaker):
    assert speaker_of(text, quote, models) == speaker


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            "Сам Петров свою причастность к убийству отрицает.",
            [("свою причастность к убийству", "Петров")],
            id="s-own-object-v",
        ),
        pytest.param(
            "Иван Петров свою вину в аварии признал.",
            [("свою вину в аварии", "Иван Петров")],
            id="s-own-object-v-name",
        ),
        pytest.param(
            "Свою причастность к взрыву группировка отрицает.",
            [("Свою причастность к взрыву", "группировка")],
            id="near-miss-object-first-as-before",
        ),
        pytest.param(
            "Сам Петров обвинения в свой адрес отрицает.",
            [],
            id="near-miss-svoy-in-a-prepositional-phrase",
        ),
    ],
)
def test_subject_object_verb(models, text, expected):
    assert indirect(text, models) == expected


@pytest.mark.parametrize(
    "text, speaker",
    [
        pytest.param(
            "«Мы проиграли заслуженно», — признал после матча тренер «Спартака» Гильермо Абаскаль.",
            "Гильермо Абаскаль",
            id="indeclinable-given-name-bare-surname",
        ),
        pytest.param(
            "«Мы проиграли заслуженно», — сказал после матча тренер ЦСКА Владимир Федотов.",
            "Владимир Федотов",
            id="near-miss-russian-name-as-before",
        ),
        pytest.param(
            "«Мы проиграли заслуженно», — сказала жена Хосе Гонсалеса.",
            "жена Хосе Гонсалеса",
            id="near-miss-owner-in-the-genitive",
        ),
    ],
)
def test_name_with_no_case_ending_is_nominative(models, text, speaker):
    assert speaker_of(text, "Мы проиграли", models) == speaker


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            "«Решение принято», — отрезал министр.",
            [("Решение принято", "министр", "direct:dash_after")],
            id="otrezal-short",
        ),
        pytest.param(
            "«Посмотрим», — усмехнулся Иван Петров.",
            [("Посмотрим", "Иван Петров", "direct:dash_after")],
            id="usmehnulsya-short",
        ),
        pytest.param("«Да», — кивнул он.", [], id="near-miss-short-with-another-verb"),
        pytest.param(
            "«Я ни о чем не жалею» — такими словами певица Алла Пугачева завершила интервью.",
            [("Я ни о чем не жалею", "Алла Пугачева", "direct:dash_after")],
            id="takimi-slovami",
        ),
        pytest.param(
            "«Мы будем бороться до конца», — этими словами лидер оппозиции Алексей Навальный "
            "закончил речь.",
            [("Мы будем бороться до конца", "Алексей Навальный", "direct:dash_after")],
            id="etimi-slovami",
        ),
        pytest.param(
            "«Я ни о чем не жалею» — такими словами можно описать ее жизнь.",
            [],
            id="near-miss-takimi-slovami-no-speaker",
        ),
    ],
)
def test_manner_verbs_and_these_words(models, text, expected):
    assert direct(text, models) == expected


@pytest.mark.parametrize(
    "text, quote, speaker",
    [
        pytest.param(
            "Глава Центробанка Эльвира Набиуллина и министр финансов Антон Силуанов провели "
            "совещание. Министр заявил, что бюджет сбалансирован. Глава ЦБ отметила, что "
            "инфляция замедляется.",
            "инфляция",
            "Эльвира Набиуллина",
            id="glava-otmetila",
        ),
        pytest.param(
            "Глава Центробанка Эльвира Набиуллина и министр финансов Антон Силуанов провели "
            "совещание. Министр заявил, что бюджет сбалансирован. Глава ЦБ отметила, что "
            "инфляция замедляется.",
            "бюджет",
            "Антон Силуанов",
            id="near-miss-ministr-zayavil",
        ),
        pytest.param(
            "Премьер-министр Италии Джорджа Мелони выступила в парламенте. Она заявила, что "
            "правительство не уйдет в отставку.",
            "правительство",
            "Джорджа Мелони",
            id="her-name-and-she",
        ),
    ],
)
def test_the_verb_tells_a_womans_gender(models, text, quote, speaker):
    assert speaker_of(text, quote, models) == speaker


@pytest.mark.parametrize(
    "text, name, case",
    [
        pytest.param("Сказал тренер «Спартака» Гильермо Абаскаль.", "Гильермо", "Nom", id="bare"),
        pytest.param(
            "Министр встретился с тренером «Спартака» Гильермо Абаскалем.",
            "Гильермо",
            "Ins",
            id="near-miss-instrumental-ending",
        ),
    ],
)
def test_mention_case_of_a_name_with_no_case_ending(models, text, name, case):
    entities = analyze_text(text, models).entities
    columns = {column: list(entities[column]) for column in entities.columns}
    ctx = Context(text, natasha_doc(text, models), columns, lexicon(), models.morph_vocab, None)
    m = next(m for m in ctx.mentions if ctx.text[m.start : m.stop].startswith(name))
    assert mention_case(ctx, m) == case
