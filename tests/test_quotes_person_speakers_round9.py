"""Person speakers, round 9, in invented sentences (not from any article): a joint subject
speaks through the person named first (`X и его брат Y заявили`, the guideline's joint
statements); a name followed by a descriptive insertion set off by commas is the subject,
not a noun inside the insertion (`X, известная как защитница ..., заявила`); an age and
adjectives before a person noun describe someone the article has named (`76-летний бывший
премьер`)."""

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
        # a joint subject: the person named first, over `его брат` and a given name
        (
            "Гонщик Андрей Соколов вернулся домой. Вчера Андрей Соколов и его брат Михаил"
            " заявили, что покидают команду.",
            "покидают команду",
            "Андрей Соколов",
        ),
        # two full names joined by `и`
        (
            "Анна Орлова и Иван Петров сообщили, что свадьба состоялась в мае.",
            "свадьба состоялась",
            "Анна Орлова",
        ),
        # two roles with names
        (
            "Певица Анна Орлова и актёр Иван Петров заявили, что их фильм выйдет осенью.",
            "их фильм выйдет",
            "Анна Орлова",
        ),
        # a descriptive insertion after the name, with a role noun inside
        (
            "Актриса Брижит Ламар приехала в Москву. Ламар, известная также как защитница"
            " бездомных собак, заявила, что останется в России.",
            "останется в России",
            "Брижит Ламар",
        ),
        (
            "Тренер Олег Жуков, прежде известный как лучший вратарь клуба, сообщил, что"
            " уходит в отставку.",
            "уходит в отставку",
            "Олег Жуков",
        ),
        # an age and an adjective before the role: the person the article named
        (
            "Премьер страны Марио Бьянки проиграл выборы. Вчера 76-летний бывший премьер"
            " объявил о своем уходе из политики.",
            "о своем уходе",
            "Марио Бьянки",
        ),
        # the same over a first role joined by `и`
        (
            "Суд признал бывшего премьера страны Марио Бьянки виновным. Адвокаты пока молчат."
            " Вчера 76-летний бывший премьер-министр страны и лидер партии «Вперёд» объявил о"
            " своем уходе из политики.",
            "о своем уходе",
            "Марио Бьянки",
        ),
    ],
)
def test_person_subject(text, quote, speaker, models):
    assert speaker_of(text, quote, models) == speaker


@pytest.mark.parametrize(
    "text, quote, speaker",
    [
        # one subject of a singular verb: no joint subject
        (
            "Министр Иван Петров встретился с коллегами. Его заместитель Олег Смирнов заявил,"
            " что переговоры продолжатся.",
            "переговоры продолжатся",
            "Олег Смирнов",
        ),
        # a name in an oblique case before the insertion is no subject
        (
            "В интервью с Анной Орловой, опубликованном в субботу, режиссёр Пётр Волков"
            " заявил, что фильм выйдет осенью.",
            "фильм выйдет",
            "Пётр Волков",
        ),
        # given names sharing the surname after them keep the joint name
        (
            "В заявлении Вера и Илья Смирновы сообщают, что не придут на заседание.",
            "не придут",
            "Вера Смирнова",
        ),
    ],
)
def test_person_subject_kept(text, quote, speaker, models):
    assert speaker_of(text, quote, models) == speaker


@pytest.mark.parametrize(
    "text, quote, speaker",
    [
        # a role with a quoted organisation name, then the name: the person
        (
            "Депутат Олег Жуков погиб. Как заявил официальный представитель «Союза честных"
            " граждан» Андрес Ортис, гибель депутата совпала с годовщиной переворота.",
            "гибель депутата",
            "Андрес Ортис",
        ),
        # the same role again, bare, after a bracketed foreign name: the same person
        (
            "Как заявил представитель «Союза честных граждан» (Union of Honest Citizens)"
            " Андрес Ортис, гибель депутата не случайна. Поэтому, по словам представителя,"
            " речь идёт о мести.",
            "речь идёт о мести",
            "Андрес Ортис",
        ),
        # a role phrase the article never tied to a name is not the person quoted before,
        # who was introduced with another role
        (
            "Лидер оппозиции Карлос Мендес требует новых выборов. «Мы не уступим», — заявил"
            " Мендес. Мендес призвал суд вынести решение. Министр здравоохранения объявил в"
            " понедельник, что у президента лёгочная инфекция.",
            "у президента",
            "министр здравоохранения",
        ),
    ],
)
def test_role_phrase_speaker(text, quote, speaker, models):
    assert speaker_of(text, quote, models) == speaker


@pytest.mark.parametrize(
    "text, quote, speaker",
    [
        # the colon's last speech verb is in a relative clause with its own subject: the
        # block belongs to the main clause's subject
        (
            "Подруга бизнесмена Анна Смирнова, которой сейчас 23 года, также пролила свет на"
            " письмо бизнесмена, о котором ранее говорил пресс-секретарь Олег Петров:\nОн"
            " говорил, что не видит другого способа вернуться. Он считал это последним шансом.",
            "Он говорил",
            "Анна Смирнова",
        ),
        # a nominative `который`: the antecedent speaks
        (
            "Той же позиции придерживается и другой адвокат семьи — Игорь Лебедев, который"
            " заявил:\nМы будем добиваться пересмотра дела в Верховном суде страны.",
            "Мы будем добиваться",
            "Игорь Лебедев",
        ),
        # a document speaking in the relative clause keeps its own source
        (
            "Министр Олег Петров опубликовал заявление, в котором говорится:\nМы не допустим"
            " повышения цен на хлеб в этом году.",
            "Мы не допустим",
            "Олег Петров",
        ),
    ],
)
def test_colon_block_relative_clause(text, quote, speaker, models):
    assert speaker_of(text, quote, models) == speaker


@pytest.mark.parametrize(
    "text, quote, speaker",
    [
        # the colon's cue is in a `что` clause: the verb after the clause introduces the block
        (
            "Адвокат Олега, ссылаясь на то, что мужчина раскаялся и помогал следствию,"
            " попросил о мягком наказании:\nОлег Смирнов занимает активную позицию и искренне"
            " сожалеет о своих действиях.",
            "Олег Смирнов занимает",
            "адвокат Олега",
        ),
        # a bare role is not the person its own clause names as the object
        (
            "Суд рассмотрел дело пенсионера Юрия Волкова, который разбил витрину магазина."
            " Прокурор, признав вину доказанной, тем не менее просил суд приговорить Волкова к"
            " году ограничения свободы.",
            "приговорить Волкова",
            "прокурор",
        ),
        # a pronoun is not the person its own clause names as the object
        (
            "Владелец лётной школы Томас Грин сообщил, что занятия продолжатся. Пилот Карим"
            " Насер был уволен из школы в мае. Он заявил, что готов восстановить Насера в"
            " любой момент.",
            "готов восстановить Насера",
            "Томас Грин",
        ),
    ],
)
def test_clause_bound_speaker(text, quote, speaker, models):
    assert speaker_of(text, quote, models) == speaker


@pytest.mark.parametrize(
    "text",
    [
        "Тренер команды, узнав, что вратарь заболел, сообщил, что матч перенесут.",
        "Тренер команды, заметив, что вратарь устал после перелёта, сообщил, что матч"
        " перенесут на завтра.",
    ],
)
def test_subject_in_subordinate_clause_skipped(text, models):
    """A nominative inside `, что ... ,` between the subject and its verb is not the subject."""
    assert speaker_of(text, "матч перенесут", models) == "тренер команды"


def test_role_synonym_introduction(models):
    """A role word of one post with the word that introduced the name (король / монарх)
    names that person, not the last person the sentences before are about."""
    text = (
        "Король Альберт III подписал акт об отречении в пользу сына Филиппа. Филипп станет"
        " восьмым королём страны. Об отречении 79-летний монарх заявил ещё в июле."
    )
    assert speaker_of(text, "Об отречении", models) in ("Альберт III", "Альберт Iii")


@pytest.mark.parametrize(
    "text, quote, speaker",
    [
        # a bare noun of sex or age takes up the named person the article is about
        (
            "Жительница Японии Мисао Окава признана самой пожилой жительницей планеты. Окава"
            " живёт в доме престарелых. Женщина рассказала журналистам, что очень счастлива.",
            "очень счастлива",
            "Мисао Окава",
        ),
        (
            "Лыжник Олег Соколов пропал в горах в пятницу. Спасатели нашли его утром. Мужчина"
            " рассказал, что провёл ночь в пещере.",
            "провёл ночь",
            "Олег Соколов",
        ),
        # an unnamed person brought in with the same noun stays unnamed
        (
            "Вчера в полицию обратилась женщина. Мэр Анна Петрова выступила на собрании."
            " Женщина рассказала, что у неё украли сумку.",
            "у неё украли",
            "женщина",
        ),
        # the other gender: no person to take up
        (
            "Мэр Иван Петров выступил на собрании. Женщина рассказала, что у неё украли сумку.",
            "у неё украли",
            "женщина",
        ),
    ],
)
def test_generic_person_noun(text, quote, speaker, models):
    assert speaker_of(text, quote, models) == speaker


@pytest.mark.parametrize(
    "text, quote, speaker",
    [
        # a role, its owner's name and the speaker's name: the second name speaks
        (
            "Суд отказал Марии Алёхиной в отсрочке. «Суд не приговаривал её сына к наказанию»,"
            " — заявил на суде общественный защитник Алёхиной Александр Подрабинёк.",
            "Суд не приговаривал",
            "Александр Подрабинёк",
        ),
    ],
)
def test_owner_then_name(text, quote, speaker, models):
    assert speaker_of(text, quote, models) == speaker
