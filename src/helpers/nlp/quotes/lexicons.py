"""The words the quote rules use, loaded from ``helpers/data/quote_*`` files.

``lexicon()`` gathers the data files into one ``Lexicon`` (speech verbs, "по словам"-type
source phrases, role words, title nouns, impersonal cues, quotation-mark pairs, dashes);
the smaller closed word lists (pronouns, modals, time nouns ...) are module constants.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

PRONOUNS = {"он": "Masc", "она": "Fem", "они": None}


POSSESSIVES = {"его": "Masc", "ее": "Fem", "их": None}


MODALS = frozenset("можно нельзя надо нужно необходимо следует стоит хочется приходится".split())


# Russian masculine surname endings and their feminine forms (Панфилов -> Панфилова)
FEMININE_SURNAMES = (
    ("ский", "ская"),
    ("цкий", "цкая"),
    ("ов", "ова"),
    ("ев", "ева"),
    ("ёв", "ёва"),
    ("ин", "ина"),
    ("ын", "ына"),
)


# modifiers that keep a role anonymous: never resolved to a person named before
UNNAMED = frozenset("неназванный анонимный неизвестный другой некий".split())


POINTING = frozenset("этот тот его ее их свой наш ваш мой твой".split())


# `на что тот ответил`: тот/та point to the last person named who is not the subject
DEMONSTRATIVES = {"тот": "Masc", "та": "Fem"}


# nouns of quantity heading a group of speakers (большинство историков считают)
QUANTIFIERS = ("большинство", "часть", "ряд", "половина", "многие")


ONE = ("один", "одна", "одно")


# nouns of time after `в` (в феврале сообщили): no place that speaks
TIME_NOUNS = frozenset(
    "январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь "
    "год день неделя месяц время час минута утро вечер ночь понедельник вторник среда "
    "четверг пятница суббота воскресенье период момент "
    # compound prepositions: в ходе, в течение, в рамках, в результате, в связи с, в ответ
    "ход течение рамка результат связь ответ итог случай".split()
)


# nouns that, alone, point back to an organisation already speaking (в ведомстве отметили)
ANAPHORIC_ORGS = ("ведомство", "министерство", "учреждение", "организация", "компания")


# conjunctions that open a clause before an inserted source (..., так как, по его мнению, C;
# ..., однако, как сообщает X, C): the source belongs to the clause after them
CONJUNCTIONS = frozenset(
    ("а", "но", "и", "однако", "хотя", "так как", "потому что", "поскольку", "ибо")
)


PHASE_VERBS = ("стать", "начать", "начинать", "продолжать", "продолжить")


# a colon, then a quote or a block on the next line (not blank lines: a lost embed)
NAMING = ("назвать", "называть")  # `как назвали X`: the name before it, not a report


PLEA_VERBS = ("признать", "признавать")  # признал себя виновным в ...: a plea, said in court


PLEAS = ("виновный", "невиновный")


TOPIC_VERBS = ("говорить", "сказать", "думать")  # сказал о кастинге: a topic, not content


TIME_ADVERBS = frozenset("вчера сегодня завтра ранее накануне позднее днем утром вечером".split())


QUESTION_WORDS = frozenset("почему зачем как когда где кто куда откуда сколько каков какой".split())


ANAPHORIC = ("свой", "этот", "тот", "такой", "подобный")


# nouns that, after этот/данный, stand for the statement just reported (подтвердили эту информацию)
REPORT_NOUNS = (
    "информация",
    "данные",
    "сведения",
    "факт",
    "сообщение",
    "новость",
    "слух",
    "версия",
)


def _lines(name: str) -> list[str]:
    text = resources.files("helpers").joinpath("data", name).read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]


@dataclass(frozen=True)
class Lexicon:
    """The rule data of quote extraction (see ``helpers/data/quote_*``)."""

    cues: frozenset[str]  # speech-verb lemmas
    sources: frozenset[str]  # "словам", "мнению" ... after "по" / "согласно"
    source_preps: frozenset[str]  # "по", "согласно"
    roles: frozenset[str]  # role nouns (министр, глава)
    org_roles: frozenset[str]  # collective sources (пресс-служба, ведомство)
    titles: frozenset[str]  # nouns before a quoted name (газета «Известия»)
    impersonal: frozenset[str]  # word forms: сообщается, отмечается
    object_cues: frozenset[str]  # verbs with noun-phrase content (назвать, отрицать)
    documents: frozenset[str]  # в сообщении/заявлении X говорится
    anonymous: frozenset[str]  # unnamed sources (источник, очевидец): never resolved
    infinitive_cues: frozenset[str]  # requests, proposals: content in the infinitive
    pp_cues: frozenset[tuple[str, str]]  # (lemma, preposition): признаться в ...
    settings: frozenset[str]  # setting of a speech act (на пресс-конференции, в интервью)
    offices: frozenset[str]  # one-holder roles: министр обороны РФ points back to its holder
    indefinite_cues: frozenset[str]  # plural verbs reporting with no subject (называют, предложили)
    request_nouns: frozenset[str]  # с просьбой / с требованием + infinitive content
    predicative_cues: frozenset[str]  # назвать/считать X Y (instrumental): X Y is the content
    question_cues: frozenset[str]  # verbs of asking: a reported question (спросил, почему ...)
    light_cues: frozenset[tuple[str, str]]  # (verb, noun): подвергнуть критике, выразить недоумение
    report_nouns: frozenset[str]  # информация, слухи: в газете появилась информация о ...
    report_verbs: frozenset[str]  # появиться, циркулировать: a report that appeared
    quoting_cues: frozenset[str]  # цитировать, приводить (слова): the object's words
    venues: frozenset[str]  # пресса, сеть: where reports appear without a source
    marks: tuple[tuple[str, str], ...]  # (open, close) pairs
    dashes: str  # dash characters


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    with resources.files("helpers").joinpath("data", "quote_marks.csv").open(encoding="utf-8") as f:
        marks = tuple((row["open"], row["close"]) for row in csv.DictReader(f))
    return Lexicon(
        cues=frozenset(_lines("quote_cues.txt")),
        sources=frozenset(line.split()[1] for line in _lines("quote_sources.txt")),
        source_preps=frozenset(line.split()[0] for line in _lines("quote_sources.txt")),
        roles=frozenset(_lines("quote_roles.txt")),
        org_roles=frozenset(_lines("quote_org_roles.txt")),
        titles=frozenset(_lines("quote_titles.txt")),
        impersonal=frozenset(_lines("quote_impersonal.txt")),
        object_cues=frozenset(_lines("quote_object_cues.txt")),
        documents=frozenset(_lines("quote_documents.txt")),
        anonymous=frozenset(_lines("quote_anonymous.txt")),
        infinitive_cues=frozenset(_lines("quote_infinitive_cues.txt")),
        pp_cues=frozenset(tuple(line.split()[:2]) for line in _lines("quote_pp_cues.txt")),
        settings=frozenset(_lines("quote_settings.txt")),
        offices=frozenset(_lines("quote_offices.txt")),
        indefinite_cues=frozenset(_lines("quote_indefinite_cues.txt")),
        request_nouns=frozenset(_lines("quote_request_nouns.txt")),
        predicative_cues=frozenset(_lines("quote_predicative_cues.txt")),
        question_cues=frozenset(_lines("quote_question_cues.txt")),
        light_cues=frozenset(tuple(line.split()[:2]) for line in _lines("quote_light_cues.txt")),
        report_nouns=frozenset(_lines("quote_report_nouns.txt")),
        report_verbs=frozenset(_lines("quote_report_verbs.txt")),
        quoting_cues=frozenset(_lines("quote_quoting_cues.txt")),
        venues=frozenset(_lines("quote_venues.txt")),
        marks=marks,
        dashes="".join(_lines("quote_dashes.txt")),
    )
