"""Speakers named outside the cue's clause, round 8, in invented sentences (not from any
article): the speaker of a quote is found before it when the words after its closing mark
are the speaker's own (an imperative or a first person after a dash and a colon); a document
that speaks in a relative clause (в котором говорится) is the object of a verb of publishing
whose subject, a person named, a pronoun or dropped, is its author."""

from __future__ import annotations

import pytest
import quote_rows

from helpers.pipeline.models import default_models


@pytest.fixture(scope="module")
def models():
    return default_models()


def speaker_of(text: str, quote: str, models) -> str | None:
    return quote_rows.speaker_of(text, quote, models, lower=True)


@pytest.mark.parametrize(
    "text, quote, speaker",
    [
        # a dash after the quoted words, then a colon and the speaker's own imperative
        (
            "Мэр Олег Смирнов призвал горожан к терпению, подчеркнув их «главное городское"
            " достоинство» — упорство:\nДавайте продолжим работать вместе. Город это заслужил.",
            "главное городское достоинство",
            "Олег Смирнов",
        ),
        # the same with a first person after the colon
        (
            "Ректор Анна Петрова призвала студентов к честности, отметив их «самое лучшее"
            " качество» — прямоту:\nСкажу вам откровенно: я горжусь вами.",
            "самое лучшее качество",
            "Анна Петрова",
        ),
    ],
)
def test_own_words_after_dash_are_no_cue(text, quote, speaker, models):
    assert speaker_of(text, quote, models) == speaker.lower()


@pytest.mark.parametrize(
    "text, quote, speaker",
    [
        # a person publishes a statement that speaks in a relative clause
        (
            "Министр финансов Олег Зуев опубликовал заявление, в котором говорится, что налоги"
            " не вырастут.",
            "налоги не вырастут",
            "Олег Зуев",
        ),
        # the publisher's subject is a pronoun: the person of the sentence before
        (
            "Поэт Игорь Лаптев давно спорил с критиками. Вчера он разместил в блоге пост, в"
            " котором говорилось, что журнал закрывается.",
            "журнал закрывается",
            "Игорь Лаптев",
        ),
        # a dropped subject and a place between the verb and its object
        (
            "Писательница Мария Громова покинула союз писателей. Накануне на своём сайте"
            " опубликовала текст, в котором сообщалось, что она уезжает из страны.",
            "она уезжает из страны",
            "Мария Громова",
        ),
        # a gerund of writing: its subject wrote the letter
        (
            "Депутат Сергей Ким, направив письмо, в котором говорится, что закон устарел,"
            " покинул заседание.",
            "закон устарел",
            "Сергей Ким",
        ),
        # a body publishes as a person does (round 25: the gold of several sets names it; the
        # document at most as an alias); it spoke as the document before
        (
            "Министерство финансов опубликовало заявление, в котором говорится, что налоги"
            " не вырастут.",
            "налоги не вырастут",
            "министерство финансов",
        ),
    ],
)
def test_published_document_speaks_for_its_author(text, quote, speaker, models):
    assert speaker_of(text, quote, models) == speaker.lower()


@pytest.mark.parametrize(
    "text, quote, speaker",
    [
        # no verb of publishing: the document itself, or its owner, speaks as before
        (
            "Суд рассмотрел жалобу и выпустил пресс-релиз. Вчера в газете вышла статья, в"
            " которой говорится, что жалоба отклонена.",
            "жалоба отклонена",
            "статья",
        ),
    ],
)
def test_document_without_publisher_keeps_its_owner(text, quote, speaker, models):
    assert speaker_of(text, quote, models) == speaker.lower()


@pytest.mark.parametrize(
    "text, quote, speaker",
    [
        # a person named inside the quote is no antecedent of the pronoun after it
        (
            "Актёр Павел Зимин написал открытое письмо мэру. В письме Зимин попросил вернуть"
            " театру здание.\n«Такой чиновник, как Горохов, не умеет слушать людей. Надеюсь,"
            " он нас услышит», — написал он.",
            "Такой чиновник",
            "Павел Зимин",
        ),
        # the same with a dropped subject and the other gender
        (
            "Певица Ольга Ветрова выступила в суде. «Я не знаю, почему Сергей Павлов так"
            " поступил», — добавила она.",
            "Я не знаю",
            "Ольга Ветрова",
        ),
        # curly quotation marks
        (
            "Тренер Игорь Носов остался недоволен. “Судья Андрей Марков ошибся дважды”, —"
            " сказал он.",
            "Судья Андрей Марков",
            "Игорь Носов",
        ),
    ],
)
def test_pronoun_after_quote_looks_before_it(text, quote, speaker, models):
    assert speaker_of(text, quote, models) == speaker.lower()


@pytest.mark.parametrize(
    "text, quote, speaker",
    [
        # a surname after `им` names the university, not the speaker
        (
            "Аспирант СПбГУ им Менделеевой признал, что опоздал на экзамен.",
            "опоздал на экзамен",
            "аспирант СПбГУ им Менделеевой",
        ),
        # with the abbreviation's full stop and initials
        (
            "Профессор МГУ им. М. В. Ломоносова Иван Рябов заявил, что экзамен перенесут.",
            "экзамен перенесут",
            "Иван Рябов",
        ),
        # the full word
        (
            "Директор театра имени Вахтангова заявил, что сезон откроется в мае.",
            "сезон откроется в мае",
            "директор театра имени Вахтангова",
        ),
    ],
)
def test_name_an_institution_bears_is_no_speaker(text, quote, speaker, models):
    assert speaker_of(text, quote, models) == speaker.lower()


@pytest.mark.parametrize(
    "text, quote, speaker",
    [
        # a site of an office speaks as the site, not as the person holding the office
        (
            "Губернатор Антон Лесков посетил завод. По данным сайта губернатора, завод"
            " получит субсидию.",
            "завод получит субсидию",
            "сайт губернатора",
        ),
        # a site of an organisation still speaks for the organisation
        (
            "По данным сайта мэрии, дорогу откроют в июне.",
            "дорогу откроют в июне",
            "мэрия",
        ),
    ],
)
def test_site_of_an_office_speaks_as_the_site(text, quote, speaker, models):
    assert speaker_of(text, quote, models) == speaker.lower()
