"""Extent of reported content, round 7, in invented sentences: where an `о/об` topic phrase
ends (spans.topic_end: the parser's tree, the time of the speech act); where a reported
clause ends before a new clause of its own (clauses.next_clause_start), and the record that
new clause makes."""

from __future__ import annotations

import pytest
from quote_rows import found

TOPIC_CASES = [
    # an addressee after the topic phrase: the verb's dative object, no part of the phrase
    (
        "Садовник Иван Петров рассказал о своей находке соседям по даче.",
        ("indirect", "о своей находке", "Иван Петров", "indirect:o_topic"),
    ),
    (
        "Министр Иван Сидоров сообщил о новом назначении журналистам.",
        ("indirect", "о новом назначении", "Иван Сидоров", "indirect:o_topic"),
    ),
    # the day or time of day of the speech act, even where the parser hangs it on the noun
    (
        "Полиция Казани сообщила о задержаниях в пятницу.",
        ("indirect", "о задержаниях", "полиция Казани", "indirect:o_topic"),
    ),
    (
        "Врач Анна Белова рассказала о своём решении в воскресенье вечером.",
        ("indirect", "о своём решении", "Анна Белова", "indirect:o_topic"),
    ),
    # a conditional or relative clause the tree hangs on a word of the phrase goes on with it
    (
        "Эксперты предупредили о тяжелых последствиях в случае, если производство зерна не "
        "будет увеличено.",
        (
            "indirect",
            "о тяжелых последствиях в случае, если производство зерна не будет увеличено",
            "эксперты",
            "indirect:o_topic",
        ),
    ),
    # a clause of the verb (when the speech act took place) does not
    (
        "Министр Иван Сидоров сообщил о закрытии завода, пока журналисты ждали в коридоре.",
        ("indirect", "о закрытии завода", "Иван Сидоров", "indirect:o_topic"),
    ),
    # the phrase's own modifiers stay: a genitive chain, a prepositional modifier
    (
        "Министр Иван Сидоров сообщил о закрытии трёх угольных шахт в Кузбассе.",
        (
            "indirect",
            "о закрытии трёх угольных шахт в Кузбассе",
            "Иван Сидоров",
            "indirect:o_topic",
        ),
    ),
]


@pytest.mark.parametrize("text, expected", TOPIC_CASES)
def test_topic_phrase_end(text, expected, models):
    assert expected in found(text, models)


CLAUSE_CASES = [
    # a new report after a comma: its own subject and speech verb
    (
        "Адвокат Иван Петров заявил, что его подзащитного избили в участке, факт избиения "
        "подтвердили правозащитники.",
        [
            (
                "indirect",
                "его подзащитного избили в участке",
                "Иван Петров",
                "indirect:chto_clause",
            ),
            ("indirect", "факт избиения", "правозащитники", "indirect:fronted_object"),
        ],
    ),
    (
        "Губернатор Анна Белова заявила, что мэр уйдёт в отставку, в ответ мэр назвал её "
        "заявление провокацией.",
        [
            ("indirect", "мэр уйдёт в отставку", "Анна Белова", "indirect:chto_clause"),
            ("indirect", "её заявление провокацией", "мэр", "indirect:predicative"),
        ],
    ),
    (
        "Эксперты отметили, что цены растут слишком быстро, и в связи с этим депутаты призвали "
        "к заморозке тарифов.",
        [
            ("indirect", "цены растут слишком быстро", "эксперты", "indirect:chto_clause"),
            ("indirect", "к заморозке тарифов", "депутаты", "indirect:prep_object"),
        ],
    ),
    # a passive report of its own (a short participle of a speech verb)
    (
        "Газета сообщила, что губернатор области скоро уйдёт в отставку, но эта информация "
        "была опровергнута его пресс-службой.",
        [
            (
                "indirect",
                "губернатор области скоро уйдёт в отставку",
                "газета",
                "indirect:chto_clause",
            )
        ],
    ),
    # an inserted source phrase opening the next clause
    (
        "Министр Олег Смирнов сообщил, что завод закроют весной, по его словам, рабочие "
        "получат компенсацию.",
        [
            ("indirect", "завод закроют весной", "Олег Смирнов", "indirect:chto_clause"),
            ("indirect", "рабочие получат компенсацию", "Олег Смирнов", "indirect:po_slovam"),
        ],
    ),
    # the speaker's second act without a conjunction: a speech verb opens the clause
    (
        "Министр Иван Сидоров заявил, что референдум в автономии проводится незаконно, "
        "призвал граждан сохранять спокойствие.",
        [
            (
                "indirect",
                "референдум в автономии проводится незаконно",
                "Иван Сидоров",
                "indirect:chto_clause",
            ),
            ("indirect", "граждан сохранять спокойствие", "Иван Сидоров", "indirect:infinitive"),
        ],
    ),
    # a postposed attribution ending the content: no part of it
    (
        "По оценкам экспертов, новый союз правообладателей сможет собирать до ста миллионов "
        "долларов в год, сообщает РБК.",
        [
            (
                "indirect",
                "новый союз правообладателей сможет собирать до ста миллионов долларов в год",
                "эксперты",
                "indirect:po_slovam",
            )
        ],
    ),
    # a report whose object points back: the content ends, no record of `это`
    (
        "Врач Анна Белова рассказала, что пациент идёт на поправку, а его родственники "
        "подтвердили это журналистам.",
        [("indirect", "пациент идёт на поправку", "Анна Белова", "indirect:chto_clause")],
    ),
]


@pytest.mark.parametrize("text, expected", CLAUSE_CASES)
def test_clause_cut(text, expected, models):
    assert [q for q in found(text, models) if q[0] == "indirect"] == expected


WHOLE_CASES = [
    # the source phrase sits inside the next predicate's clause (after `и`)
    (
        "Министр Олег Смирнов заявил, что завод закроют весной и, по данным профсоюза, уволят "
        "сто рабочих.",
        "завод закроют весной и, по данным профсоюза, уволят сто рабочих",
    ),
    # a relative or subordinate clause goes on with the content
    (
        "Министр Олег Смирнов сказал, что проект поддержали депутаты, которые заявили о его "
        "важности.",
        "проект поддержали депутаты, которые заявили о его важности",
    ),
    (
        "Директор школы Иван Петров сообщил, что занятия отменят, когда мэр объявит карантин.",
        "занятия отменят, когда мэр объявит карантин",
    ),
    # a speech verb with no subject of its own: the same speaker's content goes on
    (
        "Тренер Иван Петров сказал, что команда сыграла плохо, а судья ошибся дважды.",
        "команда сыграла плохо, а судья ошибся дважды",
    ),
]


@pytest.mark.parametrize("text, content", WHOLE_CASES)
def test_clause_not_cut(text, content, models):
    assert content in [q[1] for q in found(text, models) if q[0] == "indirect"]


CONJUNCT_CASES = [
    # a second predicate of the content's own subject (the tree's conj of the content verb)
    (
        "Свидетель Иван Петров рассказал, что водитель вышел из машины, и ударил прохожего.",
        "водитель вышел из машины, и ударил прохожего",
    ),
    # a verb that does not agree with the content's verb: the speaker's own act
    (
        "Мэр Иван Сидоров сказал, что дорогу отремонтируют летом, и уехал.",
        "дорогу отремонтируют летом",
    ),
    (
        "Мэр Анна Белова сказала, что рабочий упал с крыши, и ушла.",
        "рабочий упал с крыши",
    ),
    # a speech or request verb after `, и`: the speaker's second report
    (
        "Министр Иван Сидоров заявил, что завод закроют весной, и потребовал выплатить "
        "компенсации рабочим.",
        "завод закроют весной",
    ),
]


@pytest.mark.parametrize("text, content", CONJUNCT_CASES)
def test_content_conjunct(text, content, models):
    rows = [q for q in found(text, models) if q[2] is not None]
    assert rows[0][1] == content


THEN_CASES = [
    # what happened next (`, после чего` + a finite verb) is no part of what was asked
    (
        "Грабитель Иван Петров потребовал у кассира открыть сейф, после чего забрал деньги.",
        ("indirect", "открыть сейф", "Иван Петров", "indirect:infinitive"),
    ),
    (
        "Охранник Иван Петров подошёл к посетителям с просьбой покинуть зал, после чего "
        "закрыл двери.",
        ("indirect", "покинуть зал", "Иван Петров", "indirect:request_noun"),
    ),
    (
        "Мэр Иван Сидоров предложил перенести выборы, после этого депутаты ушли на перерыв.",
        ("indirect", "перенести выборы", "Иван Сидоров", "indirect:infinitive"),
    ),
]


@pytest.mark.parametrize("text, expected", THEN_CASES)
def test_request_then(text, expected, models):
    assert expected in found(text, models)


LEADING_CASES = [
    # punctuation between the cue and the content opens no content
    (
        "Следователь Иван Петров предположил, что, возможно, свидетеля запугали.",
        ("indirect", "возможно, свидетеля запугали", "Иван Петров", "indirect:chto_clause"),
    ),
    (
        "По словам критика Ивана Петрова — это лучший роман года.",
        ("indirect", "это лучший роман года", "Иван Петров", "indirect:po_slovam"),
    ),
]


@pytest.mark.parametrize("text, expected", LEADING_CASES)
def test_leading_marks(text, expected, models):
    assert expected in found(text, models)
