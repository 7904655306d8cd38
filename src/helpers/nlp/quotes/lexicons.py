"""The words the quote rules use, loaded from ``helpers/data/quote_*`` files.

``lexicon()`` gathers the data files into one ``Lexicon`` (speech verbs, "по словам"-type
source phrases, role words, title nouns, impersonal cues, quotation-mark pairs, dashes);
the smaller closed word lists (pronouns, modals, time nouns ...) are module constants,
loaded from their own data files too. Each data file opens with a ``#`` header comment.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources

from ..entities.lexicon import words as _role_list
from ..entities.orgs_defined import org_nouns


def role_words(mark: str | None = None, without: str | None = None) -> frozenset[str]:
    """Role words shared with the entity rules (``helpers/data/roles.txt``)."""
    return _role_list("roles.txt", mark=mark, without=without)


def _text(name: str) -> str:
    return resources.files("helpers").joinpath("data", name).read_text(encoding="utf-8")


def _lines(name: str) -> list[str]:
    """The entries of a data file, one a line; ``#`` lines are its header comment."""
    lines = _text(name).splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


def _rows(name: str) -> list[dict[str, str]]:
    """The rows of a CSV data file (after its ``#`` header comment)."""
    lines = _text(name).splitlines()
    return list(csv.DictReader(line for line in lines if not line.startswith("#")))


def _words(name: str) -> frozenset[str]:
    return frozenset(_lines(name))


def _genders(kind: str) -> dict[str, str | None]:
    """Pronouns of one ``kind`` and the gender of their antecedent (None: any)."""
    rows = _rows("quote_pronouns.csv")
    return {r["word"]: r["gender"] or None for r in rows if r["kind"] == kind}


# pronouns that name a speaker and the gender of their antecedent: он сказал, по его словам,
# на что тот ответил (тот/та: the last person named who is not the subject)
PRONOUNS = _genders("personal")
POSSESSIVES = _genders("possessive")
DEMONSTRATIVES = _genders("demonstrative")
LATTER = _genders("latter")  # Последний заявил: the last person named (a substantive adjective)
# Russian masculine surname endings and their feminine forms (Панфилов -> Панфилова), in order
FEMININE_SURNAMES = tuple(
    (r["masculine"], r["feminine"]) for r in _rows("quote_feminine_surnames.csv")
)
MODALS = _words("quote_modals.txt")  # можно назвать, следует отметить: no one speaks
UNNAMED = _words("quote_unnamed.txt")  # неназванный представитель: never resolved
POINTING = _words("quote_pointing.txt")  # его пресс-секретарь, этот документ
QUANTIFIERS = _words("quote_quantifiers.txt")  # большинство историков считают
ONE = _words("quote_one_of.txt")  # один из источников
TIME_NOUNS = _words("quote_time_nouns.txt")  # в феврале сообщили: no place that speaks
ANAPHORIC_ORGS = _words("quote_anaphoric_orgs.txt")  # в ведомстве отметили
OUTLETS = _words("quote_outlets.txt")  # В МИД России РИА Новости сообщили: told, not telling
REPLY_VERBS = _words("quote_reply_verbs.txt")  # Его спросили ... Он ответил: the one asked
MANNER_VERBS = _words("quote_manner_verbs.txt")  # «Q», — отрезал X: a remark of any length
SPOKEN_DOCUMENTS = _words("quote_spoken_documents.txt")  # говорится в интервью: the speaker
OFFICE_PHRASES = tuple(tuple(line.split()) for line in _lines("quote_office_phrases.txt"))
CONJUNCTIONS = _words("quote_conjunctions.txt")  # ..., так как, по его мнению, C
SUBORDINATORS = _words("quote_subordinators.txt")  # Поскольку X заявил, что C, Y ...
CONNECTIVES = _words("quote_connectives.txt")
# в общей сложности, в частности: a fixed adverbial, never the place or owner that speaks
ADVERBIAL_PHRASES = frozenset(tuple(c.split()) for c in _lines("quote_adverbial_phrases.txt"))
STANCE_VERBS = _words("quote_stance_verbs.txt")  # X выступил против C
TEAMS = _words("quote_teams.txt")  # выступал за сборную: a side, no position
DAYS = _words("quote_phrase_days.txt")  # заявил о C в понедельник: the day ends C
UTTERANCE_CUES = _words("quote_utterance_cues.txt")  # крикнул «Стой!»: said aloud
FEELING_NOUNS = _words("quote_feeling_nouns.txt")  # выразил обеспокоенность ростом цен
REASON_CUES = _words("quote_reason_cues.txt")  # объяснил решение болезнью
REGARD_CUES = _words("quote_regard_cues.txt")  # расценил решение как ошибку
CLAUSE_CONNECTIVES = frozenset(tuple(c.split()) for c in _lines("quote_clause_connectives.txt"))
UTTERANCE_NOUNS = _words("quote_utterance_nouns.txt")  # со словами «Q», с криками «Q»
INSCRIPTION_NOUNS = _words("quote_inscription_nouns.txt")  # с плакатами «Q»: a person's
THINKING_CUES = _words("quote_thinking_cues.txt")  # надеется, что ... «Q»: the subject's words
DEMAND_NOUNS = _words("quote_demand_nouns.txt")  # Требования, выдвинутые X: «Q»: X's words
FEELING_VERBS = _words("quote_feeling_verbs.txt")  # X-а возмутило, что ... «Q»: X's words
SO_CALLED = _lines("quote_so_called.txt")  # так называемый «Q»: a term, not words
BELIEF_NOUNS = _words("quote_belief_nouns.txt")  # высказал сомнения в C
COMPANIONS = _words("quote_companions.txt")  # X и его коллеги полагают -> X
WITH_NOUNS = {  # с заявлением о C, с требованием отставки: lemma -> "object" or ""
    row[0]: (row[1] if len(row) > 1 else "")
    for row in map(str.split, _lines("quote_with_nouns.txt"))
}  # При этом, по словам X, C
PHASE_VERBS = _words("quote_phase_verbs.txt")  # стали сравнивать
COUNTRY_ADJECTIVES = dict(  # немецкий -> германи: an irregular adjective's country
    line.split() for line in _lines("quote_country_adjectives.txt")
)
ORG_NOUNS = org_nouns()  # компания, банк, газета: before a body's name (entities' list)
DEMONYMS = dict(  # англичанин -> английский: an irregular nationality noun's adjective
    line.split() for line in _lines("quote_demonyms.txt")
)
COUNTRY_ACRONYMS = dict(  # сша -> америк: the country an acronym names
    line.split() for line in _lines("quote_country_acronyms.txt")
)
HEADS = _words("quote_heads.txt")  # глава МИД Турции = министр иностранных дел Турции
FIRST_PERSON = _words("quote_first_person.txt")  # я, мы, наш: a paragraph in its own voice
SALUTATIONS = _words("quote_salutations.txt")  # Дорогие друзья, ...: a letter opens
NAMING = _words("quote_naming.txt")  # как назвали X: a name given
DECLARING = _words("quote_declaring_verbs.txt")  # признал X виновным: an act (acts.py)
NOMINEES = _words("quote_nominee_nouns.txt")  # назвал X преемником: a nomination (acts.py)
RULINGS = _words("quote_rulings.txt")  # в приговоре отмечается: a ruling (acts.py)
NOUN_BOUND_SOURCES = _words("quote_noun_bound_sources.txt")  # чемпион по версии X (bound_sources)
# на взгляд X, в соответствии с данными X: (prepositional words, noun) pairs (source_forms)
PAIRED_SOURCES = frozenset(
    (tuple(w[:-1]), w[-1]) for w in map(str.split, _lines("quote_paired_sources.txt"))
)
PLEA_VERBS = _words("quote_plea_verbs.txt")  # признал себя виновным в ...
PLEAS = _words("quote_pleas.txt")  # виновный, невиновный
TOPIC_VERBS = _words("quote_topic_verbs.txt")  # сказал о кастинге: a topic, not content
PASSIVE_AGENT_VERBS = _words("quote_passive_agent_verbs.txt")  # критиковался X-ins
FOCUS_WORDS = _words("quote_focus_words.txt")  # говорилось только о C
TIME_ADVERBS = _words("quote_time_adverbs.txt")  # вчера, накануне: end noun-phrase content
INDEFINITE_SUBJECTS = _words("quote_indefinite_subjects.txt")  # Некоторые считают, что C
COLLECTIVES = _words("quote_collective_nouns.txt")  # Защита указала, что C: people
SPEAKING_SOURCES = _words("quote_speaking_sources.txt")  # по сообщениям прессы: any genitive
CELEBRATIONS = _words("quote_celebrations.txt")  # отметили юбилей: celebrated, not reported
INTERLOCUTORS = frozenset(("собеседник", "собеседница"))  # a bare one: the source quoted last
PLACE_RELATIVES = ("где", "куда", "откуда")  # в больнице, куда его доставили: a place described
RELATIVES = ("который", "чей", *PLACE_RELATIVES)  # words opening a relative clause
RUMOURS = _words("quote_rumour_nouns.txt")  # ходят слухи о C: reported with no place named
REFUSALS = _words("quote_refusals.txt")  # отказался комментировать: no speech took place
SPEECH_TIMES = _words("quote_speech_times.txt")  # сообщил об арестах в среду: the act's time
MONTHS = _words("quote_months.txt")  # 5 декабря 2015 года: a date ends noun-phrase content
PUBLISHING = _words("quote_publishing_verbs.txt")  # опубликовал статью, в которой говорится
DEDICATING = ("имени", "им")  # МГУ имени Ломоносова: the name an institution bears
ANNOUNCING = _words("quote_announcing_cues.txt")  # X, объявившего об уходе (verbs.py)
INFORMING = _words("quote_informing_cues.txt")  # предупредил X о C, выразил мнение о C
QUESTION_WORDS = _words("quote_question_words.txt")  # спросил, почему ...
ANAPHORIC = _words("quote_anaphoric.txt")  # О своих планах X рассказал
OWN_TOPICS = _words("quote_own_topics.txt")  # о своих планах: a topic, о своём уходе: content
RESTATED_NOUNS = _words("quote_restated_nouns.txt")  # подтвердили эту информацию
THING_VERBS = _words("quote_thing_verbs.txt")  # ситуация требует: a thing is no speaker
NEGATED_REPORTS = _words("quote_negated_reports.txt")  # не исключил, что C
TELLING_CUES = _words("quote_telling_cues.txt")  # рассказал, как ...: a reported question
ADDING_VERBS = _words("quote_adding_verbs.txt")  # ..., добавив, что: the same speaker again
# round 9: denials.py, org_names.py, person_subjects.py, report_bounds.py, topic_objects.py
REJECTING = _words("quote_rejecting_verbs.txt")
CLAIM_NOUNS = _words("quote_claim_nouns.txt")
STATIONED = _words("quote_stationed_bodies.txt")  # посольство, представительство
GENERIC_PERSONS = _words("quote_generic_persons.txt")  # женщина, мужчина: sex or age only
ARGUING_VERBS = _words("quote_arguing_verbs.txt")
ASKING_VERBS = _words("quote_asking_verbs.txt")  # Жителей просят C: the one asked
TOPIC_NOUNS = _words("quote_topic_nouns.txt")
CHILD_NOUNS = _words("quote_child_nouns.txt")
STATUS_NOUNS = _words("quote_status_nouns.txt")
# anaphora.py: words of one line name the same post (министр, глава ведомства): word -> group
# round 12: глава государства = президент X (anaphora.introduced_as)
PERIPHRASES = {
    tuple(w[:2]): tuple(w[2:]) for w in map(str.split, _lines("quote_role_periphrases.txt"))
}
ROLE_SYNONYMS = {
    w: n for n, line in enumerate(_lines("quote_role_synonyms.txt")) for w in line.split()
}
# round 10: colon_nouns.py
COLON_NOUNS = _words("quote_colon_nouns.txt")  # закончил заявлением: (new line) Q
# round 10: blame.py, seen_in.py
BLAME_VERBS = _words("quote_blame_verbs.txt")  # возложил ответственность за C на Y
THREAT_VERBS = _words("quote_threat_verbs.txt")  # пригрозил забастовкой (threats.py)
WEAPONS = _words("quote_weapons.txt")  # угрожал ножом: a weapon held, no threat stated
BLAME_NOUNS = _words("quote_blame_nouns.txt")  # ответственность, вина
SEEING_VERBS = _words("quote_seeing_verbs.txt")  # видит в C угрозу, усмотрел в C нарушение
NAMING_PASSIVES = _words("quote_naming_passives.txt")  # назывался, упоминался (impersonal)
EXPLAINED_NOUNS = _words("quote_explained_nouns.txt")  # Причиной аварии названа ошибка
REPORTING_DOCUMENTS = _words("quote_reporting_documents.txt")  # согласно декларации, C
# объявил о C, что означает ...: a relative `что` standing for the clause before (relative_that.py)
CONSEQUENCE_VERBS = _words("quote_consequence_verbs.txt")
# слышно, как X кричит; на вопрос, как он считает: a `как` complement (inserted_cues.py)
KAK_GOVERNORS = _words("quote_kak_governors.txt")


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
    light_nouns: frozenset[str] = frozenset()  # the nouns of ``light_cues``
    triggers: frozenset[str] = frozenset()  # lemmas and forms a verb or noun report starts at


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    marks = tuple((row["open"], row["close"]) for row in _rows("quote_marks.csv"))
    lex = Lexicon(
        cues=frozenset(_lines("quote_cues.txt") + _lines("quote_address_cues.txt")),
        sources=frozenset(line.split()[1] for line in _lines("quote_sources.txt")),
        source_preps=frozenset(line.split()[0] for line in _lines("quote_sources.txt")),
        roles=role_words(without="-quotes"),
        org_roles=frozenset(_lines("quote_org_roles.txt")),
        titles=frozenset(_lines("quote_titles.txt")),
        impersonal=frozenset(_lines("quote_impersonal.txt")),
        object_cues=frozenset(_lines("quote_object_cues.txt")),
        documents=frozenset(_lines("quote_documents.txt")),
        anonymous=frozenset(_lines("quote_anonymous.txt")),
        infinitive_cues=frozenset(_lines("quote_infinitive_cues.txt")),
        pp_cues=frozenset(tuple(line.split()[:2]) for line in _lines("quote_pp_cues.txt")),
        settings=frozenset(_lines("quote_settings.txt")),
        offices=role_words(mark="office"),
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
    light_nouns = frozenset(noun for _, noun in lex.light_cues)
    return replace(lex, light_nouns=light_nouns, triggers=_triggers(lex, light_nouns))


def _triggers(lex: Lexicon, light_nouns: frozenset[str]) -> frozenset[str]:
    """Every lemma or word form at which a report of ``verbs.rule_that`` can start: speech,
    object, infinitive and prepositional cues, negations that assert, request, light and
    report nouns, impersonal forms (сообщается) and short adjectives (уверен, уверены)."""
    return (
        lex.cues
        | lex.object_cues
        | lex.infinitive_cues
        | {lemma for lemma, _ in lex.pp_cues}
        | NEGATED_REPORTS
        | REASON_CUES
        | REGARD_CUES
        | lex.quoting_cues
        | lex.request_nouns
        | light_nouns
        | lex.report_nouns
        | lex.impersonal
    )
