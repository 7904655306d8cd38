"""Speakers resolved through the article, round 7, in invented sentences (not from any
article): documents owned by a role, acronyms of organisations, names that the entity pass
split or inflected, pronouns whose antecedent agrees in gender, roles named by the article."""

from __future__ import annotations

import pytest
from quote_rows import found


def speaker_of(text: str, start: str, models) -> str | None:
    """The speaker of the one quote that begins with ``start``."""
    rows = [r for r in found(text, models) if r[1].startswith(start)]
    assert len(rows) == 1, found(text, models)
    return rows[0][2]


@pytest.mark.parametrize(
    ("text", "start", "speaker"),
    [
        # a document owned by a role: the person the article named with that role
        (
            "Президент Франции Эмманюэль Макрон вернулся в Париж после саммита.\n\n"
            "В заявлении президента говорится, что переговоры будут продолжены.",
            "переговоры будут продолжены",
            "Эмманюэль Макрон",
        ),
        (
            "Министр здравоохранения Ирина Волкова посетила больницу.\n\n"
            "В письме министра говорится, что ремонт завершат к осени.",
            "ремонт завершат к осени",
            "Ирина Волкова",
        ),
        # no one named with the role: the document's owner as written
        (
            "В заявлении министерства говорится, что ремонт завершат к осени.",
            "ремонт завершат к осени",
            "министерство",
        ),
    ],
)
def test_document_of_a_role(text, start, speaker, models):
    assert speaker_of(text, start, models) == speaker


@pytest.mark.parametrize(
    ("text", "start", "speaker"),
    [
        # an aside in brackets between a role and the name, or the name and the verb
        (
            "Глава профсоюза Олег Кузнецов выступил против реформы. Президент Федерации"
            " тенниса России (ФТР) Игорь Лебедев сообщил, что турнир перенесли. «Нам никто не"
            " звонил», — отметил он.",
            "Нам никто не",
            "Игорь Лебедев",
        ),
        (
            "Приём вёл губернатор Пётр Орлов. Открывший выставку директор музея Томас Вебер"
            " (Thomas Weber) отметил, что основатель коллекции Николай Рерих любил горы.",
            "основатель коллекции Николай",
            "Томас Вебер",
        ),
        # a role of a gender names no one of the other gender quoted before
        (
            "Весной здоровье певицы Анны Громовой ухудшилось. Это подтвердил муж певицы Павел"
            " Громов.\n\nНа днях певица попросила поклонников не приходить в больницу.",
            "не приходить в",
            "Анна Громова",
        ),
        # a woman's indeclinable surname after a plural noun is its dependant, not a subject
        (
            "Журналистка Эрин Миллс выиграла суд. Адвокаты Миллс настаивали, что отель обязан"
            " был её предупредить.",
            "отель обязан был",
            "адвокаты Миллс",
        ),
    ],
)
def test_brackets_and_gender(text, start, speaker, models):
    assert speaker_of(text, start, models) == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a prepositional phrase inside the source's role phrase: the name after it holds it
        (
            "По мнению представителя губернатора в районе Игоря Соколова, дороги откроют к маю.",
            "Игорь Соколов",
        ),
        (
            "По словам председателя комиссии по транспорту и связи Андрея Морозова, тарифы"
            " не вырастут.",
            "Андрей Морозов",
        ),
        # no name after the phrase: the role as written, the clause left alone
        (
            "По словам главы администрации, в районе Игорь Соколов больше не работает.",
            "глава администрации",
        ),
    ],
)
def test_source_through_a_prepositional_phrase(text, speaker, models):
    rows = [r for r in found(text, models) if r[0] == "indirect"]
    assert [r[2] for r in rows] == [speaker]


@pytest.mark.parametrize(
    ("text", "start", "speaker"),
    [
        # a role owned by a pronoun is not its owner: the owner as the article writes it
        (
            "Полиция задержала Олега Сидоренко в аэропорту. Бизнесмен вину не признал. Его"
            " адвокат заявил, что обжалует арест.",
            "обжалует арест",
            "адвокат Олега Сидоренко",
        ),
        # no genitive form of the owner in the article: the name inflected (round 17)
        (
            "Певица Анна Петрова попала в больницу. Её продюсер сообщил, что концерты отменены.",
            "концерты отменены",
            "продюсер Анны Петровой",
        ),
        # the article named the holder of the role: the holder
        (
            "Президент Игорь Волков прибыл в Казань. Его пресс-секретарь Ольга Миронова"
            " сообщила, что визит продлится два дня.",
            "визит продлится два",
            "Ольга Миронова",
        ),
        # a given name the entity pass split from the rest of the name
        (
            "«Мы все гордимся им», — заявил актер, продюсер и директор Нейл Патрик Харрис,"
            " известный своими ролями в сериалах.",
            "Мы все гордимся",
            "Нейл Патрик Харрис",
        ),
    ],
)
def test_owned_roles_and_split_names(text, start, speaker, models):
    assert speaker_of(text, start, models) == speaker


@pytest.mark.parametrize(
    ("text", "start", "speaker"),
    [
        # a bare role names the person the article put in that office
        (
            "Иван Петров в воскресенье принёс присягу в качестве нового президента"
            " республики. Накануне глава парламента Олег Сидоров провёл заседание. Позднее"
            " президент заявил, что налоги снизят.",
            "налоги снизят",
            "Иван Петров",
        ),
        (
            "В 2010 году Павел Орлов стал мэром города. На прошлой неделе губернатор Олег Ким"
            " посетил завод.\n\n«Мы справимся», — сказал мэр.",
            "Мы справимся",
            "Павел Орлов",
        ),
        # an organisation that spoke through `в компании` when none was quoted before
        (
            "Сеть «Лента» открывает магазины в Сибири\n\nВ компании уверены, что спрос на"
            " продукты вырастет.",
            "спрос на продукты",
            "Лента",
        ),
    ],
)
def test_office_holders_and_anaphoric_organisations(text, start, speaker, models):
    assert speaker_of(text, start, models) == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a role phrase keeps the name of its settlement, the body that sends it, a conjunct
        (
            "Жители посёлка Красная Горка сообщили, что воду снова отключили.",
            "жители посёлка Красная Горка",
        ),
        ("Наблюдатели от ОБСЕ заявили, что выборы прошли честно.", "наблюдатели от ОБСЕ"),
        (
            "Руководители полиции и пожарных служб области признали, что учения прошли плохо.",
            "руководители полиции и пожарных служб области",
        ),
        # two heads in the genitive are no head with a conjunct dependant
        ("По словам очевидцев и друзей водителя, он был трезв.", "очевидцы"),
        # a title noun alone: the outlet the article named with it
        (
            "Об этом пишет газета «Вечерний курьер». По данным газеты, мост закроют весной.",
            "Вечерний курьер",
        ),
        # two outlets named with the noun: which one is unclear
        (
            "Об этом пишут газета «Вечерний курьер» и газета «Заря». По данным газеты, мост"
            " закроют весной.",
            "газета",
        ),
    ],
)
def test_role_phrases_and_titles(text, speaker, models):
    rows = [r for r in found(text, models) if r[0] == "indirect"]
    assert [r[2] for r in rows] == [speaker]


@pytest.mark.parametrize(
    ("text", "start", "speaker"),
    [
        # an interview with no owner named: the person last quoted gives it
        (
            "Премьер-министр Ли Вэй дал интервью телеканалу. Страна не будет спорить с"
            " соседями, заявил премьер.\n\n«Мы живём рядом тысячу лет. Мы умеем договариваться»,"
            " — говорится в интервью.",
            "Мы живём рядом",
            "Ли Вэй",
        ),
        # a role owning a document, capitalised as a title of respect
        (
            "Владимир Путин поздравил актёра с юбилеем.\n\nВ телеграмме Президента говорится,"
            " что актёр добился успеха на сцене.",
            "актёр добился успеха",
            "Владимир Путин",
        ),
    ],
)
def test_spoken_documents(text, start, speaker, models):
    assert speaker_of(text, start, models) == speaker


@pytest.mark.parametrize(
    ("text", "start", "speaker"),
    [
        # a pronoun that replies: the person asked, not the subject before
        (
            "На встрече выступил министр Иван Орлов. Затем журналисты спросили Анну Петрову о"
            " планах. Она ответила, что уйдёт в отставку.",
            "уйдёт в отставку",
            "Анна Петрова",
        ),
        # a pronoun that replies to what was sent to a person noun: that noun
        (
            "Утром Иван Петров отправил жене письмо с извинениями. Она ответила: «Я тебя прощаю».",
            "Я тебя прощаю",
            "жена",
        ),
        # no question put to anyone: the subject the pronoun continues
        (
            "Министр Иван Орлов провёл встречу с Олегом Петровым. Он ответил, что уйдёт в"
            " отставку.",
            "уйдёт в отставку",
            "Иван Орлов",
        ),
        # an indeclinable given name shows no case: the surname's case counts
        (
            "Лидером стал Гиви Ломидзе. Бадри Патаркацишвили тоже выдвинулся, однако он не"
            " исключил, что может снять кандидатуру.",
            "может снять кандидатуру",
            "Бадри Патаркацишвили",
        ),
    ],
)
def test_pronouns_that_reply_and_indeclinable_names(text, start, speaker, models):
    assert speaker_of(text, start, models) == speaker


@pytest.mark.parametrize(
    ("text", "start", "speaker"),
    [
        # a bare role right after the same post was named without a name: that role phrase
        (
            "Певица Мария Лебедева не ответила на вопрос корреспондента «Вечерней газеты»."
            " Журналист отметил, что голос певицы звучал устало.",
            "голос певицы звучал",
            "корреспондент «Вечерней газеты»",
        ),
        # a post that is no office: through the article, past a quoted outlet
        (
            "Прокурор округа Западный начал расследование поджога склада. Пожар потушили к"
            " утру. Склад принадлежал местному фермеру. По словам владельца, ущерб велик."
            " Газета «Вечерний курьер» пишет, что склад не был застрахован. Соседи видели"
            " дым ночью.\n\nПрокурор, ведущий дело, добавил, что поджог был умышленным.",
            "поджог был умышленным",
            "прокурор округа Западный",
        ),
    ],
)
def test_bare_role_after_an_unnamed_role(text, start, speaker, models):
    assert speaker_of(text, start, models) == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # an infinitive cue after a finite verb shares that verb's subject
        (
            "Суд приговорил Ивана Сомова к трём годам. Собравшиеся у здания начали"
            " скандировать: «Позор!»",
            "собравшиеся у здания",
        ),
        ("Болельщики стали кричать: «Верните деньги!»", "болельщики"),
    ],
)
def test_infinitive_cue_after_a_finite_verb(text, speaker, models):
    rows = [r for r in found(text, models) if r[0] == "direct"]
    assert [r[2] for r in rows] == [speaker]


@pytest.mark.parametrize(
    ("text", "start", "speaker"),
    [
        # two animate nouns of different genders: the name agrees with one of them
        (
            "Умер актёр Лев Соколов. По словам дочери актёра Марии Соколовой, это случилось ночью.",
            "это случилось ночью",
            "Мария Соколова",
        ),
        (
            "По словам дочери актёра Льва Соколова, похороны пройдут в пятницу.",
            "похороны пройдут в",
            "дочь актёра Льва Соколова",
        ),
        # a bare role after the same unnamed role spoke: the same person again
        (
            "Певец Олег Волков умер в своём доме. Его адвокат сообщил, что Волков умер во сне."
            " По словам адвоката, сейчас готовятся похороны.",
            "сейчас готовятся похороны",
            "адвокат Олега Волкова",
        ),
    ],
)
def test_gender_of_apposition_and_repeated_unnamed_roles(text, start, speaker, models):
    assert speaker_of(text, start, models) == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a foreign name joined by an ampersand is one name
        (
            "Как отметили в агентстве по недвижимости ''Hill & Brown'', квартира доступна для"
            " аренды.",
            "Hill & Brown",
        ),
    ],
)
def test_foreign_names_with_an_ampersand(text, speaker, models):
    rows = [r for r in found(text, models) if r[0] == "indirect"]
    assert [r[2] for r in rows] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a person noun keeps the quoted title it depends on
        ("Автор «Белой гвардии» писал, что город прекрасен.", "автор «Белой гвардии»"),
    ],
)
def test_person_noun_with_a_quoted_name(text, speaker, models):
    rows = [r for r in found(text, models) if r[0] == "indirect"]
    assert [r[2] for r in rows] == [speaker]


def test_headline_person_noun_is_the_body_person(models):
    text = (
        "Сын депутата признался в краже\n"
        "Гражданин России Олег Ветров признал вину.\n\n"
        "33-летнего Олега Ветрова, сына депутата Госдумы Ивана Ветрова, обвиняют в краже."
    )
    rows = [r for r in found(text, models) if r[1] == "в краже"]
    assert [r[2] for r in rows] == ["Олег Ветров"]
