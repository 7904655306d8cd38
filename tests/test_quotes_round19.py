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
"""

from __future__ import annotations

import pytest
from quote_rows import indirect_rows as indirect
from quote_rows import speaker_of


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
