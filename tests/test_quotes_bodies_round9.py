"""Organisations as speakers, round 9, in invented sentences (not from any article): an
organisation agrees with its verb through its head noun (Посольство ... подтвердило, МИД
... подтвердил), a body stationed somewhere keeps its place in its name (посольство России в
Египте), a press service named with `в` keeps its whole name in the nominative (пресс-служба
ГУ МВД России по Москве), before or after an indefinite plural verb, and a second `в` names
its owner (в пресс-службе в ГУ МВД -> пресс-служба ГУ МВД)."""

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
        # a neuter head with a feminine genitive after it, then a place in the content
        (
            "Посольство РФ в Турции подтвердило факт задержания трёх моряков в порту города"
            " Самсун.",
            "факт задержания",
            "посольство рф в турции",
        ),
        (
            "Посольство России в Египте подтвердило гибель двух туристов.",
            "гибель двух туристов",
            "посольство россии в египте",
        ),
        (
            "Представительство ООН в Женеве сообщило, что переговоры отложены до весны.",
            "переговоры отложены",
            "представительство оон в женеве",
        ),
        # a masculine head with a feminine genitive, `что` without its comma
        (
            "МИД Франции подтвердил что в Мали похищен французский инженер.",
            "в Мали похищен",
            "мид франции",
        ),
    ],
)
def test_organisation_agrees_through_its_head(text, quote, speaker, models):
    assert speaker_of(text, quote, models) == speaker


@pytest.mark.parametrize(
    "text, quote, speaker",
    [
        # fronted: the whole name, the territorial part too
        (
            "В пресс-службе ГУ МВД России по Санкт-Петербургу уточнили, что водитель"
            " скрылся с места аварии.",
            "водитель скрылся",
            "пресс-служба гу мвд россии по санкт-петербургу",
        ),
        # a territorial body's area after `по`, with the abbreviation `г.`
        (
            "В пресс-центре УВД по г. Твери уточнили, что водитель скрылся с места аварии.",
            "водитель скрылся",
            "пресс-центр увд по г. твери",
        ),
        # an adverb between the name and the verb
        (
            "В пресс-службе областного управления полиции также уточнили, что пострадавших нет.",
            "пострадавших нет",
            "пресс-служба областного управления полиции",
        ),
        # a second `в` names the owner: put in the genitive
        (
            "В пресс-службе в ГУ МЧС России сообщили, что пожар потушен.",
            "пожар потушен",
            "пресс-служба гу мчс россии",
        ),
        # postposed, after как and after the content
        (
            "Как сообщили в пресс-службе ГУ МВД России по Санкт-Петербургу, водитель скрылся"
            " с места аварии.",
            "водитель скрылся",
            "пресс-служба гу мвд россии по санкт-петербургу",
        ),
        (
            "Водитель скрылся с места аварии, сообщили в пресс-службе ГУ МВД России по"
            " Санкт-Петербургу.",
            "Водитель скрылся",
            "пресс-служба гу мвд россии по санкт-петербургу",
        ),
    ],
)
def test_press_service_keeps_its_whole_name(text, quote, speaker, models):
    assert speaker_of(text, quote, models) == speaker


def test_plain_place_still_speaks(models):
    """`В МВД уточнили`: a name alone after `в` stays the source."""
    text = "В МВД уточнили, что водитель скрылся с места аварии."
    assert speaker_of(text, "водитель скрылся", models) == "мвд"


@pytest.mark.parametrize(
    "text, quote, speaker",
    [
        # a document with no author named speaks for the organisation quoted just before
        (
            "Агентство Синьхуа сообщило, что спасатели нашли шахтёров. В сообщении говорится,"
            " что все они живы.",
            "все они живы",
            "агентство синьхуа",
        ),
        (
            "Министерство финансов Японии заявило, что курс иены будет стабильным. В"
            " официальном заявлении отмечается, что вмешательство не планируется.",
            "вмешательство не планируется",
            "министерство финансов японии",
        ),
        # after a person the document speaks for itself
        (
            "Пётр Иванов рассказал, что нашёл записку. В записке говорилось, что клад зарыт"
            " у реки.",
            "клад зарыт",
            "записка",
        ),
        # an adverb of degree belongs to the document's noun phrase
        (
            "На двери висела записка. В более позднем письме говорилось, что хозяин уехал.",
            "хозяин уехал",
            "более позднее письмо",
        ),
    ],
)
def test_document_speaks_for_its_author(text, quote, speaker, models):
    assert speaker_of(text, quote, models) == speaker


@pytest.mark.parametrize(
    "text, quote, speaker",
    [
        # a site's name is indeclinable: its written form, not a lemma of its first part
        ("По данным Вести.ру, мост откроют в мае.", "мост откроют", "вести.ру"),
        ("Как сообщает Lenta.ru, мост откроют в мае.", "мост откроют", "lenta.ru"),
        # в + a time phrase is no place that speaks
        ("В настоящее время в МЧС отметили, что мост закрыт.", "мост закрыт", "мчс"),
    ],
)
def test_names_keep_their_form(text, quote, speaker, models):
    assert speaker_of(text, quote, models) == speaker


def test_word_linked_to_shorter_name_keeps_its_own():
    """Удмуртнефть linked to Удмуртия by its first letters: the word's own lemma."""
    from helpers.nlp.quotes.org_names import own_word_name
    from helpers.nlp.quotes.records import Mention, Tok

    class Ctx:
        toks = [Tok(0, 0, 12, "Удмуртнефтью", "удмуртнефтью", "удмуртнефть", "PROPN", {})]

        def tokens_in(self, start, stop):
            return self.toks

    m = Mention(0, 12, "ORG", "Удмуртия")
    own_word_name(Ctx(), m)
    assert m.name == "Удмуртнефть"
    m = Mention(0, 12, "ORG", "Удмуртнефть")
    own_word_name(Ctx(), m)
    assert m.name == "Удмуртнефть"


@pytest.mark.parametrize(
    "text, quote, speaker",
    [
        # a bare collective noun that heads a name the article gave before
        (
            "В понедельник управление гражданской авиации Канады закрыло аэропорт. Согласно"
            " отчёту управления, полоса была повреждена штормом.",
            "полоса была повреждена",
            "управление гражданской авиации канады",
        ),
        # an anaphoric noun after an organisation quoted with its full name
        (
            "Комиссия по ценным бумагам Бразилии сообщила, что проверка завершена. В"
            " документе организации поясняется, что нарушений не найдено.",
            "нарушений не найдено",
            "комиссия по ценным бумагам бразилии",
        ),
    ],
)
def test_bare_body_noun_takes_the_full_name(text, quote, speaker, models):
    assert speaker_of(text, quote, models) == speaker


@pytest.mark.parametrize(
    "text, quote, speaker",
    [
        # `X, в пресс-службе которого сообщили`: the body of X, X in the genitive
        (
            "Соболезнования выразил премьер-министр Канады Джон Смит, в пресс-службе которого"
            " сообщили, что церемония пройдёт в пятницу.",
            "церемония пройдёт",
            "пресс-служба премьер-министра канады",
        ),
        (
            "Новость прокомментировала компания Nokia, в пресс-службе которой сообщили, что"
            " продажи выросли.",
            "продажи выросли",
            "пресс-служба компании nokia",
        ),
    ],
)
def test_relative_body_names_its_owner(text, quote, speaker, models):
    assert speaker_of(text, quote, models) == speaker


@pytest.mark.parametrize(
    "text, quote, speaker",
    [
        # a site in which the text stands speaks for its owner
        (
            "Решение опубликовано на сайте Минфина России, в котором указано, что налог отменён.",
            "налог отменён",
            "минфин россии",
        ),
        # a collective noun the entity pass took alone keeps its genitive owner
        (
            "Выставка откроется в мае. Об этом сообщает PR-служба фестиваля.",
            "Выставка откроется",
            "pr-служба фестиваля",
        ),
    ],
)
def test_site_and_service_owner(text, quote, speaker, models):
    assert speaker_of(text, quote, models) == speaker


@pytest.mark.parametrize(
    "text, quote, speaker",
    [
        # a body noun heads its source phrase: its dependants go with it
        ("По данным профсоюза шахтёров, рудник закрыт.", "рудник закрыт", "профсоюз шахтёров"),
        ("Рудник, по словам партии власти, закроют.", "Рудник, по словам", "партия власти"),
    ],
)
def test_body_noun_heads_its_source_phrase(text, quote, speaker, models):
    assert speaker_of(text, quote, models) == speaker
