"""Speakers, round 8, in invented sentences (not from any article): the grammar of the
subject phrase decides who speaks. A name in apposition after a long role phrase, a name
that ends a prepositional phrase or names a place, a name of the other gender after a
relational noun, a role phrase that names its own holder."""

from __future__ import annotations

import pytest
from quote_rows import speaker_of

from helpers.pipeline.models import default_models


@pytest.fixture(scope="module")
def models():
    return default_models()


@pytest.mark.parametrize(
    "text, quote, speaker",
    [
        # a role with a list of genitive dependants (commas inside) and then the name
        (
            "Глава комиссии по вопросам науки, культуры и спорта Ирина Соколова заявила, что"
            " бюджет будет пересмотрен.",
            "бюджет будет пересмотрен",
            "Ирина Соколова",
        ),
        # a long role phrase, then a title right before the name
        (
            "«Никакой угрозы нет», — сказал заведующий лабораторией физики плазмы Института"
            " прикладной механики Академии наук профессор Андрей Белов.",
            "Никакой угрозы нет",
            "Андрей Белов",
        ),
        # the plain apposition still works
        (
            "Министр обороны Сергей Шойгу заявил, что учения начнутся в среду.",
            "учения начнутся",
            "Сергей Шойгу",
        ),
        (
            "Уполномоченный по правам человека Татьяна Москалькова заявила, что жалоб нет.",
            "жалоб нет",
            "Татьяна Москалькова",
        ),
    ],
)
def test_role_then_name(text, quote, speaker, models):
    assert speaker_of(text, quote, models) == speaker


@pytest.mark.parametrize(
    "text, quote, speaker",
    [
        # a name ending a prepositional phrase is no subject: the subject before it speaks
        (
            "Певица Мария Орлова в интервью британскому журналу The Guardian рассказала,"
            " что готовит новый альбом.",
            "готовит новый альбом",
            "Мария Орлова",
        ),
        (
            "Актриса Ольга Белова на страницах немецкого издания Der Spiegel призналась, что"
            " уходит из театра.",
            "уходит из театра",
            "Ольга Белова",
        ),
        # a capitalised word after a common noun in an oblique case names that noun
        (
            "Директор краеведческого музея города Торжка заявил, что выставка откроется летом.",
            "выставка откроется летом",
            "директор краеведческого музея города Торжка",
        ),
    ],
)
def test_name_inside_phrase_is_no_subject(text, quote, speaker, models):
    assert speaker_of(text, quote, models) == speaker


@pytest.mark.parametrize(
    "text, quote, speaker",
    [
        # the woman named in full; a masculine verb after `представитель Морено`: her agent
        (
            "Певица Кармен Морено дала концерт в Астане.\n\nПредставитель Морено сообщил, что"
            " выступление было частным.",
            "выступление было частным",
            "представитель Морено",
        ),
        # the same woman speaking herself keeps her name
        (
            "Певица Кармен Морено дала концерт в Астане.\n\nМорено сообщила, что выступление"
            " было частным.",
            "выступление было частным",
            "Кармен Морено",
        ),
    ],
)
def test_gender_of_a_surname_alone(text, quote, speaker, models):
    assert speaker_of(text, quote, models) == speaker


@pytest.mark.parametrize(
    "text, quote, speaker",
    [
        # a role with a proper name among its dependants is its own phrase, not the last person
        (
            "Инспектору Павлу Громову предъявили обвинение в превышении полномочий.\n\n"
            "Тем временем директор спортивной школы города Ржева заявил, что занятия продолжатся.",
            "занятия продолжатся",
            "директор спортивной школы города Ржева",
        ),
        # a role of common nouns only still continues the woman the sentences are about
        (
            "Анна Лебедь возглавила городскую полицию в мае. Лебедь прослужила в полиции"
            " двадцать лет.\n\nВ первом интервью новый глава городской полиции сказала, что"
            " начнёт с проверки участков.",
            "начнёт с проверки",
            "Анна Лебедь",
        ),
    ],
)
def test_role_phrase_with_own_name(text, quote, speaker, models):
    assert speaker_of(text, quote, models) == speaker


@pytest.mark.parametrize(
    "text, quote, speaker",
    [
        # a genitive participle before its noun stays in the phrase
        (
            "Родители пропавшего школьника Артёма Ковалёва заявили, что не верят полиции.",
            "не верят полиции",
            "родители пропавшего школьника Артёма Ковалёва",
        ),
        # a genitive numeral before its noun
        (
            "Министры трёх государств заявили, что подпишут соглашение осенью.",
            "подпишут соглашение осенью",
            "министры трёх государств",
        ),
        # the field of a person noun after `по`
        (
            "Специалисты по пожарной безопасности из областного управления заявили, что"
            " проводка была старой.",
            "проводка была старой",
            "специалисты по пожарной безопасности",
        ),
        # a source phrase after the noun is no field
        (
            "Аналитики по данным биржи отметили, что спрос упал.",
            "спрос упал",
            "аналитики",
        ),
        # a list of genitive names with commas up to `и`
        (
            "Послы Франции, Италии и Испании заявили, что осуждают нападение.",
            "осуждают нападение",
            "послы Франции, Италии и Испании",
        ),
        # the numbered part of a document speaks with its number and document
        (
            "В статье 12 устава говорится, что собрание созывается раз в год.",
            "собрание созывается раз",
            "статья 12 устава",
        ),
    ],
)
def test_role_phrase_keeps_dependants(text, quote, speaker, models):
    assert speaker_of(text, quote, models) == speaker


@pytest.mark.parametrize(
    "text, quote, speaker",
    [
        # a role opening its line, read by the tagger as an oblique proper name, is still the
        # head of `пресс-секретарь президента X`: X speaks, not the president
        (
            "Президент Армении Иван Сидоров подписал указ, которым отправил министра в"
            " отставку:\n Освободить Петрова Олега Ивановича от должности министра финансов по"
            " собственному желанию \n\nПресс-секретарь президента Олег Ветров сообщил, что"
            " Петров подал в отставку после совещания с главой государства.",
            "Петров подал в отставку",
            "Олег Ветров",
        ),
        # a numeral and its genitive noun as the subject of a plural verb
        (
            "Несколько крупных страховых компаний объявили, что повысят тарифы.",
            "повысят тарифы",
            "несколько крупных страховых компаний",
        ),
        # ... also over a participial phrase that names a place
        (
            "Четыре сети автозаправок, работающих в Ленинградской области, объявили о снижении"
            " цен на бензин.",
            "о снижении цен",
            "четыре сети автозаправок",
        ),
        # a quantifier with `из` and a pronoun
        (
            "Журналист разослал запросы в тридцать министерств. Большинство из них ответили,"
            " что не располагают такими данными.",
            "не располагают такими",
            "Большинство из них",
        ),
    ],
)
def test_subject_phrase(text, quote, speaker, models):
    assert speaker_of(text, quote, models) == speaker


@pytest.mark.parametrize(
    "text, quote, speaker",
    [
        # a speech verb after `но` shares the first verb's subject, not the last name before it
        (
            "Тренер сборной Олег Воронин, который покинул клуб весной, отказался назвать"
            " фаворита финала Зенит — Спартак, но сказал: «Шансы равны, всё решат нервы».",
            "Шансы равны",
            "Олег Воронин",
        ),
        # a gerund after a `что` clause speaks for the main clause's subject
        (
            "Министр Павел Рогов выступил в парламенте.\n\nОн выразил уверенность в том, что"
            " депутаты поддержат бюджет, добавив:\nЭто бюджет развития, а не экономии.",
            "Это бюджет развития",
            "Павел Рогов",
        ),
    ],
)
def test_subject_through_the_tree(text, quote, speaker, models):
    assert speaker_of(text, quote, models) == speaker


@pytest.mark.parametrize(
    "text, quote, speaker",
    [
        # a participial phrase set off by commas whose participle the tagger read as a noun
        (
            "Хирурги, прооперировавшие и наблюдающие 30-летнюю Смирнову, говорят, что она"
            " идёт на поправку.",
            "она идёт на",
            "хирурги",
        ),
    ],
)
def test_participial_phrase_skipped(text, quote, speaker, models):
    assert speaker_of(text, quote, models) == speaker


@pytest.mark.parametrize(
    "text, quote, speaker",
    [
        # an indefinite-looking plural verb with its own subject, a demonstrative in the
        # subject's genitive dependant
        (
            "Своей задачей основатели этого фонда называют «помощь детям, оставшимся без"
            " родителей».",
            "помощь детям",
            "основатели этого фонда",
        ),
    ],
)
def test_subject_with_demonstrative_dependant(text, quote, speaker, models):
    assert speaker_of(text, quote, models) == speaker


@pytest.mark.parametrize(
    "text, quote, speaker",
    [
        # two given names sharing a plural surname: the first person named, in the singular
        (
            "В заявлении Анна и Павел Смирновы призывают суд отложить заседание.",
            "суд отложить заседание",  # призывать keeps its addressee (round 8, qc8)
            "Анна Смирнова",
        ),
        (
            "Олег и Мария Ивановы заявили, что не придут на процесс.",
            "не придут на процесс",
            "Олег Иванов",
        ),
        # a title before a name only in the nominative: in the genitive the noun owns it
        (
            "По словам сына художника Петра Орлова, выставка откроется весной.",
            "выставка откроется весной",
            "сын художника Петра Орлова",
        ),
    ],
)
def test_joint_names_and_owned_names(text, quote, speaker, models):
    assert speaker_of(text, quote, models) == speaker


@pytest.mark.parametrize(
    "text, quote, speaker",
    [
        # an outlet's name after its title noun that the entity pass missed, without its
        # sentence's full stop
        (
            "Мэр подал в отставку, сообщает газета Вечерка.",
            "Мэр подал в отставку",
            "Вечерка",
        ),
        (
            "Пенсионер из города Бакэу женился на соседке, сообщает газета 5Новостей.",
            "Пенсионер из города",
            "5Новости",  # the entity pass puts the name in the nominative
        ),
        # a plural title noun: the clause goes on, the age is no name
        (
            "Взрыв прогремел ночью. По данным изданий 40-летний водитель не пострадал.",
            "40-летний водитель не пострадал",
            "издания",
        ),
    ],
)
def test_outlet_named_after_its_title(text, quote, speaker, models):
    assert speaker_of(text, quote, models) == speaker
