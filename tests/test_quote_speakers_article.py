"""Speakers resolved through the article, in invented sentences (not from any article):
pronouns continue the subject of the sentences before them, roles name the person the
article ties to them, collective sources keep their dependants, names keep their gender."""

from __future__ import annotations

import pytest

from helpers.pipeline.analysis import extract_quotes
from helpers.pipeline.models import default_models


@pytest.fixture(scope="module")
def models():
    return default_models()


def speakers(text: str, models) -> list[tuple[str, str | None]]:
    """(first words of the quote, speaker) per row."""
    quotes = extract_quotes(text, models)
    return [(" ".join(r.text.split()[:3]), r.speaker) for r in quotes.itertuples()]


@pytest.mark.parametrize(
    "text, quote, speaker",
    [
        # the role and its country agree with the person the article introduced
        (
            "Министр иностранных дел России Сергей Лавров провёл переговоры в Анкаре. Он"
            " встретился с министром иностранных дел Турции Хаканом Фиданом.\n\n"
            "«Мы обсудили ситуацию в регионе», - сказал Лавров.\n\n"
            "«Турция готова предоставить площадку для переговоров», - заявил глава МИД Турции.",
            "Турция готова предоставить",
            "Хакан Фидан",
        ),
        # a collective source keeps its genitive dependants as written
        (
            "Пресс-служба городского управления МЧС сообщила, что ночью обрушилась кровля склада.",
            "ночью обрушилась кровля",
            "пресс-служба городского управления МЧС",
        ),
        (
            "«Мы не знали об этом», - сказали родители погибшего.",
            "Мы не знали",
            "родители погибшего",
        ),
        # a genitive dependant the tagger read as a second nominative stays in the phrase
        (
            "Друзья семьи рассказали, что свадьба состоится летом.",
            "свадьба состоится летом",
            "друзья семьи",
        ),
        # an unnamed source keeps where it sits after its other dependants
        (
            "Как сообщил источник «Ведомостей» в правительстве, налоги не вырастут.",
            "налоги не вырастут",
            "источник «Ведомостей» в правительстве",
        ),
        # a body keeps its territory after `по`
        (
            "По информации следственного управления СК РФ по Тверской области, пожар начался"
            " ночью.",
            "пожар начался ночью",
            "следственное управление СК РФ по Тверской области",
        ),
        (
            "В УМВД по Ростовской области заявили, что задержаны двое.",
            "задержаны двое",
            "УМВД по Ростовской области",
        ),
        # a prepositional relative clause shares the main clause's subject, not its antecedent
        (
            "В феврале Виктор Лыков дал интервью немецкой газете Der Spiegel, в котором"
            " рассказал, что переехал в Берлин.",
            "переехал в Берлин",
            "Виктор Лыков",
        ),
        # a woman's name stays feminine
        (
            "Официальный представитель МИД России Мария Захарова заявила, что ответ последует.",
            "ответ последует",
            "Мария Захарова",
        ),
        # a pronoun continues the subject that opened the sentences before it, not a person
        # named later in a subordinate clause
        (
            "Инженер Павел Сомов окончил институт в Томске, а когда ему исполнилось 30 лет,"
            " директор Олег Кравец назначил его главным технологом.\n\n"
            "Позднее он работал на заводе в Омске.\n\n"
            "В 2010 году он заявил, что откроет собственную мастерскую.",
            "откроет собственную мастерскую",
            "Павел Сомов",
        ),
        # a bare role is not the last person quoted when that one was introduced with
        # another role; a pronoun after it continues the role
        (
            "Нурсултан Назарбаев назначил выборы\n\n"
            "«Предлагаю провести досрочные выборы», — заявил Нурсултан Назарбаев.\n\n"
            "Причиной отказа стала неточность формулировок, заявил председатель совета Игорь"
            " Рогов.\n\nПрезидент неоднократно критически отзывался о намерении депутатов,"
            " заявляя, что выступает за честные выборы. «Я очень тронут таким отношением», —"
            " добавил он.",
            "выступает за честные",
            "Нурсултан Назарбаев",
        ),
        (
            "Нурсултан Назарбаев назначил выборы\n\n"
            "«Предлагаю провести досрочные выборы», — заявил Нурсултан Назарбаев.\n\n"
            "Причиной отказа стала неточность формулировок, заявил председатель совета Игорь"
            " Рогов.\n\nПрезидент неоднократно критически отзывался о намерении депутатов,"
            " заявляя, что выступает за честные выборы. «Я очень тронут таким отношением», —"
            " добавил он.",
            "Я очень тронут",
            "Нурсултан Назарбаев",
        ),
        # an age before a person noun describes the person the article is about
        (
            "Американская певица Анна Котова выступила в Москве.\n\n"
            "25-летняя девушка написала в своём блоге:\n"
            "Знаю, многие мои поклонники ждали этого концерта.",
            "Знаю, многие мои",
            "Анна Котова",
        ),
        # a synonym of the role that introduced a person, with the same club (the club's
        # name in another form is the club, not a person)
        (
            "29 июня нападающий «Реал Мадрид» и сборной Португалии Педру Алвеш подтвердил, что"
            " у него родились близнецы.\n\n"
            "Главный тренер сборной Фернанду Сантуш сказал, что это не проблема.\n\n"
            "Форвард Реала написал в своём блоге:\n"
            "Я был полностью сосредоточен на играх сборной.",
            "Я был полностью",
            "Педру Алвеш",
        ),
        # quoted titles of a person's works are no subject; the role before them is
        (
            "Режиссёр Олег Лунин объявил, что уходит из кино.\n\n"
            "В беседе с журналистами автор «Тихих улиц», «Дороги в никуда» и «Белого сада»"
            " сказал, что его последним фильмом останется драма «Зима».",
            "его последним фильмом",
            "Олег Лунин",
        ),
        (
            "Вечером «Спартак» подтвердил, что контракт с тренером продлён.",
            "контракт с тренером",
            "Спартак",
        ),
        # `сама певица` is the person the sentences are about, not the last one introduced
        # as a singer
        (
            "Солистка Анна Котова пришла в группу вместе с певицей Ольгой Седых.\n\n"
            "Однако в новом туре она участия не принимает.\n"
            "Как сообщила сама певица, из-за болезни.",
            "из-за болезни",
            "Анна Котова",
        ),
        # a surname the entity pass missed names the person named in full
        (
            "Инженер Павел Сомов родился в Томске.\n\nПосле института Сомов поступил на завод,"
            " а через год директор Олег Кравец назначил его технологом.\n\n"
            "Позднее он пообещал открыть собственную мастерскую.",
            "открыть собственную мастерскую",
            "Павел Сомов",
        ),
    ],
)
def test_speaker_through_the_article(text, quote, speaker, models):
    found = speakers(text, models)
    assert (quote, speaker) in found, found


def test_headline_subject_stays_on_its_line(models):
    """The subject of a headline's speech verb is not looked for on the next line (a
    caption or rubric under the headline)."""
    text = (
        "Сын депутата признался в новых преступлениях\n"
        "Фемида\n"
        "Гражданин России Роман Селезнёв признал себя виновным в мошенничестве."
    )
    found = dict(speakers(text, models))
    assert found.get("в новых преступлениях") != "Фемида", found
