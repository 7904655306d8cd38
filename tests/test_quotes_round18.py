"""Round 18, in invented sentences (not from any article), each with a near-miss that must
stay as it was.

- `C, подтвердила в понедельник, 4 декабря 2017 года, его партия`: a date set off by commas
  after the day does not use up the words the search for the subject after the verb may
  look at (about_dates.set_off_dates); it was ten tokens, and the date took seven of them.
- `C, цитирует Интерфакс главу компании X` / `C, приводит РИА Новости слова главы компании
  X`: a quoting verb after the reported clause gives its object's words (the outlet only
  quotes them), as it already did after a direct quote; `приводит` with no one quoted
  reports nothing (`Эти данные приводит агентство`, `что приводит к снижению спроса`).
- `На вопросы прохожих они отвечали, что C`: `они` as the verb's subject after a fronted
  phrase, not only opening the sentence, takes up the plural group that opens the sentence
  before; not when people in the plural, a subject or object, come before the pronoun in its
  own sentence.
- `В ГИБДД сообщили о C. По их информации, D`: `их` with no group before it is the
  organisation quoted last, in this sentence or the one before (a body speaks through its
  people); not a person quoted last, nor an organisation quoted further back.
- `«Q», — цитирует агентство Рейтер сообщение телеканала X`: after a quoting verb, a noun of
  what was said (сообщение, заявление, мнение ...) gives its owner's words, as `слова` did;
  a name right after a kind noun (`агентство Рейтер`) is the outlet, not the one quoted.
- `X в интервью телеканалу «Россия 24» отметил, что C`: a quoted name after a title noun in
  an oblique case names that noun (as an unquoted one did: `в эфире телеканала РБК`), so it
  is no subject; after a noun the tagger may read as nominative or accusative (`движение
  «Талибан»`) the quoted name stays a subject.
- `Президент назвал ситуацию «крайне сложной, но управляемой»`: the words of a quoted
  fragment inside noun-phrase content end nothing (a comma and `но` inside the quotation
  cut the indirect record short before).
"""

from __future__ import annotations

import pytest
from quote_rows import indirect_rows as indirect
from quote_rows import speaker_of


@pytest.mark.parametrize(
    "text, quote, speaker",
    [
        pytest.param(
            "Бывший президент Йемена Али Абдалла Салех был убит, подтвердила в понедельник, "
            "4 декабря 2017 года, его партия.",
            "Бывший президент",
            "партия Али Абдаллы Салеха",
            id="full-date-then-owned-noun",
        ),
        pytest.param(
            "Завод возобновит работу в марте, сообщил в среду, 5 мая 2021 года, первый "
            "заместитель губернатора области Игорь Руденя.",
            "Завод",
            "Игорь Руденя",
            id="full-date-then-long-role",
        ),
        pytest.param(
            "Салех был убит, подтвердила в понедельник его партия.",
            "Салех",
            "партия",
            id="near-miss-no-date-as-before",
        ),
    ],
)
def test_set_off_date_leaves_the_window(models, text, quote, speaker):
    assert speaker_of(text, quote, models) == speaker


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            "Поставки газа возобновятся в марте, цитирует Интерфакс главу компании Алексея "
            "Миллера.",
            [("Поставки газа возобновятся в марте", "Алексей Миллер")],
            id="citiruet-outlet-person",
        ),
        pytest.param(
            "Поставки газа возобновятся в марте, приводит РИА Новости слова главы компании "
            "Алексея Миллера.",
            [("Поставки газа возобновятся в марте", "Алексей Миллер")],
            id="privodit-slova",
        ),
        pytest.param(
            "Поставки газа возобновятся в марте, цитирует Интерфакс.",
            [("Поставки газа возобновятся в марте", "Интерфакс")],
            id="near-miss-no-one-quoted-the-outlet",
        ),
        pytest.param(
            "Эти данные приводит агентство Bloomberg.",
            [],
            id="near-miss-privodit-data",
        ),
        pytest.param(
            "Цены растут, что приводит к снижению спроса.",
            [],
            id="near-miss-privodit-k",
        ),
    ],
)
def test_quoting_verb_after_the_clause(models, text, expected):
    assert indirect(text, models) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            "Волонтёры клуба вышли на улицы. На вопросы прохожих они дружно отвечали, что "
            "сегодня праздник вязания.",
            [("сегодня праздник вязания", "волонтёры клуба")],
            id="fronted-phrase-then-oni",
        ),
        pytest.param(
            "Волонтёры клуба вышли на улицы. Прохожим они сообщили, что сегодня праздник вязания.",
            [("сегодня праздник вязания", "волонтёры клуба")],
            id="dative-then-oni",
        ),
        pytest.param(
            "Представители Роскосмоса молчали. Они лишь сказали, что запуск перенесён.",
            [("запуск перенесён", "представители Роскосмоса")],
            id="near-miss-oni-opening-as-before",
        ),
    ],
)
def test_plural_pronoun_after_a_fronted_phrase(models, text, expected):
    assert indirect(text, models) == expected


@pytest.mark.parametrize(
    "text, quote, speaker",
    [
        pytest.param(
            "В ГИБДД сообщили о двух погибших. По их информации, есть данные только о трёх "
            "пострадавших.",
            "есть данные",
            "ГИБДД",
            id="po-ih-informacii-after-v-gibdd",
        ),
        pytest.param(
            "«Информация о гибели лидера является безосновательной», — цитирует агентство "
            "Франс Пресс сообщение телеканала Al Libya. И по их словам полковник находится в "
            "полном здравии.",
            "полковник",
            "Al Libya",
            id="i-po-ih-slovam-after-a-channel",
        ),
    ],
)
def test_their_words_after_a_body_quoted(models, text, quote, speaker):
    assert speaker_of(text, quote, models) == speaker


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Министр Иван Петров сообщил, что подростков допросят. По их словам, они ничего не "
            "видели.",
            id="near-miss-a-person-quoted-last",
        ),
        pytest.param(
            "В МВД сообщили о задержании. Полиция задержала двух подростков. Позже их "
            "отпустили. По их словам, они ничего не видели.",
            id="near-miss-the-body-quoted-further-back",
        ),
    ],
)
def test_their_words_near_misses(models, text):
    assert [q for q, _ in indirect(text, models) if q.startswith("они")] == []


@pytest.mark.parametrize(
    "text, quote, speaker",
    [
        pytest.param(
            "«Переговоры идут трудно», — цитирует агентство Рейтер сообщение телеканала "
            "«Аль-Джазира».",
            "Переговоры",
            "Аль-Джазира",
            id="soobshchenie-telekanala",
        ),
        pytest.param(
            "Переговоры идут трудно, цитирует РИА Новости мнение эксперта Игоря Петрова.",
            "Переговоры",
            "Игорь Петров",
            id="mnenie-eksperta",
        ),
        pytest.param(
            "«Переговоры идут трудно», — приводит ТАСС слова министра иностранных дел Сергея "
            "Лаврова.",
            "Переговоры",
            "Сергей Лавров",
            id="near-miss-slova-as-before",
        ),
    ],
)
def test_said_noun_after_a_quoting_verb(models, text, quote, speaker):
    assert speaker_of(text, quote, models) == speaker


@pytest.mark.parametrize(
    "text, quote, speaker",
    [
        pytest.param(
            "Глава Минфина Антон Силуанов в интервью телеканалу «Россия 24» отметил, что бюджет "
            "будет исполнен.",
            "бюджет",
            "Антон Силуанов",
            id="interview-to-a-quoted-channel",
        ),
        pytest.param(
            "Глава Минфина Антон Силуанов в эфире радиостанции «Эхо Москвы» сказал, что бюджет "
            "будет исполнен.",
            "бюджет",
            "Антон Силуанов",
            id="on-air-of-a-quoted-station",
        ),
        pytest.param(
            "Глава Минфина в интервью телеканалу «Россия 24» отметил, что бюджет будет исполнен.",
            "бюджет",
            "глава Минфина",
            id="role-before-the-quoted-channel",
        ),
        pytest.param(
            "В свою очередь, повстанческое движение «Талибан», взявшее ответственность за атаку, "
            "называет более высокую цифру погибших — «семь иностранных захватчиков».",
            "семь",
            "Талибан",
            id="near-miss-movement-taliban-speaks",
        ),
        pytest.param(
            "Телеканал «Дождь» сообщил, что сделка закрыта.",
            "сделка",
            "Дождь",
            id="near-miss-the-channel-itself-reports",
        ),
    ],
)
def test_quoted_name_of_an_oblique_title(models, text, quote, speaker):
    assert speaker_of(text, quote, models) == speaker


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            "Президент назвал ситуацию «крайне сложной, но управляемой».",
            [("ситуацию «крайне сложной, но управляемой»", "президент")],
            id="comma-inside-the-fragment",
        ),
        pytest.param(
            "Президент назвал ситуацию «крайне сложной», но помощь уже направлена.",
            [("ситуацию «крайне сложной»", "президент")],
            id="near-miss-comma-after-the-fragment",
        ),
    ],
)
def test_quoted_fragment_inside_phrase_content(models, text, expected):
    assert indirect(text, models) == expected
