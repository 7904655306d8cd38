"""Speakers, round 10, in invented sentences (not from any article): a participle the
tagger read as a noun goes into the nominative with its noun (`по словам лечащих врачей` ->
`лечащие врачи`); a relative `который` after a role noun and its genitive dependants stands
for the role, not for the body in the genitive (`представителя правительства, который
заявил`); an adjective in the animate accusative stays on its role noun tagged genitive; a
genitive participle with its prepositional phrase before its noun stays in the phrase
(`родственников задержанных в Казани студентов`); `в` + a place that the dependency tree
hangs on the role phrase is part of it (`представитель компании в Москве заявил`); a
participle that modifies the word after it (`фотографию предполагаемого нападавшего: «Q»`) is
no speech cue of a colon's quote; a role that opens a sentence is no subject of the chain of
pronouns when a name follows it over a long phrase with a quoted name (`председатель
организации «Надежда» Андрей Лосев ... По его словам`); the same role phrase repeated without
the name is that person (the subject's head found over the quoted name and dependants in any
oblique case, the introduction looked for further back over a quoted name)."""

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
        # a participle before its noun, both in the genitive: both in the nominative
        (
            "По словам лечащих врачей, пациент чувствует себя лучше.",
            "пациент чувствует",
            "лечащие врачи",
        ),
        # near-miss: an adjective that is plainly an adjective is inflected as before
        (
            "По словам опытных врачей, пациент чувствует себя лучше.",
            "пациент чувствует",
            "опытные врачи",
        ),
        # near-miss: a participle used as a noun with no noun after it
        (
            "По словам пострадавших, пожар начался ночью.",
            "пожар начался",
            "пострадавшие",
        ),
        # `который` stands for the role, not for the body in its genitive
        (
            "Агентство процитировало официального представителя американского правительства,"
            " который заявил, что переговоры продолжатся.",
            "переговоры продолжатся",
            "официальный представитель американского правительства",
        ),
        # near-miss: the word before the comma is the antecedent itself
        (
            "Агентство процитировало министра обороны Франции, который заявил, что переговоры"
            " продолжатся.",
            "переговоры продолжатся",
            "министр обороны Франции",
        ),
        # near-miss: a neuter `которое` agrees with the body, not with a person
        (
            "Газета процитировала заявление правительства Франции, которое сообщило, что"
            " переговоры продолжатся.",
            "переговоры продолжатся",
            "правительство Франции",
        ),
        # a participle governing a prepositional phrase before its noun stays in the phrase
        (
            "Адвокат родственников задержанных в Казани студентов заявил, что подаст жалобу.",
            "подаст жалобу",
            "адвокат родственников задержанных в Казани студентов",
        ),
        # near-miss: a participle used as a noun keeps its own phrase short
        (
            "Родственники погибших в аварии сообщили, что подадут иск.",
            "подадут иск",
            "родственники погибших",
        ),
        # a place the tree hangs on the role phrase (nmod) is part of the speaker
        (
            "Представитель компании в Москве заявил, что сделка закрыта.",
            "сделка закрыта",
            "представитель компании в Москве",
        ),
        (
            "Похитители туристов в Сирии потребовали выкуп.",
            "выкуп",
            "похитители туристов в Сирии",
        ),
        # near-miss: a place that modifies the verb (obl) stays out
        (
            "Министр иностранных дел в пятницу в Москве заявил, что сделка закрыта.",
            "сделка закрыта",
            "министр иностранных дел",
        ),
        # a participle that modifies the next word is no cue of the colon's quote
        (
            "Журналист Иван Петров опубликовал снимок. Газета приводит фотографию"
            " предполагаемого нападавшего: «По словам очевидцев, он вёл себя очень спокойно"
            " и уверенно».",
            "По словам очевидцев",
            "газета",
        ),
        # near-miss: a participle of speech with its own object introduces the quote
        (
            "Вот слова министра финансов Ивана Петрова, заявившего журналистам: «Мы не"
            " отступим ни на шаг от своих планов».",
            "Мы не отступим",
            "Иван Петров",
        ),
        # a long role phrase with a quoted name in it still introduces the name after it:
        # `его` continues that person, not the one who spoke before
        (
            "Эколог Иван Сомов считает, что закон плох. Председатель правления"
            " межрегиональной общественной организации содействия защите прав «Надежда»"
            " Андрей Лосев также ждет перемен. По его словам, надежда умирает последней.",
            "надежда умирает",
            "Андрей Лосев",
        ),
        # near-miss: a role with no name after it passes the chain to the person before
        (
            "Иван Сомов возглавил комиссию. Председатель комиссии также ждет перемен. По его"
            " словам, надежда умирает последней.",
            "надежда умирает",
            "Иван Сомов",
        ),
        # a role repeated with its quoted body and no name: the person it introduced before
        (
            "Председатель правления организации содействия защите прав «Надежда» Андрей"
            " Лосев ждет перемен. Эколог Иван Сомов считает, что закон плох. Председатель"
            " правления организации содействия защите прав «Надежда» уверен, что одними"
            " законами не обойтись.",
            "одними законами",
            "Андрей Лосев",
        ),
        # near-miss: a quoted name after a dative noun that is no subject's dependant
        (
            "В интервью газете «Вести» министр финансов Иван Сомов заявил, что законы не помогут.",
            "законы не помогут",
            "Иван Сомов",
        ),
    ],
)
def test_round10_speakers(models, text, quote, speaker):
    assert speaker_of(text, quote, models) == speaker
