"""Recall patterns of round 7, in invented sentences: source phrases with modifiers, a
place of publication or a hyphenated head; a fronted `о X` after a parenthetical, before
the subject, or with an infinitive in its phrase."""

from __future__ import annotations

import pytest
from quote_rows import found

CASES = [
    # source phrases: modifiers before the noun (source_forms.modified_source)
    (
        "По последним данным полиции, в результате аварии погибли три человека.",
        ("indirect", "в результате аварии погибли три человека", "полиция", "indirect:po_slovam"),
    ),
    (
        "Согласно неподтверждённым сообщениям телеканала CNN, посол покинул страну.",
        ("indirect", "посол покинул страну", "CNN", "indirect:po_slovam"),
    ),
    (
        "По официальной информации министерства, завод закроют в марте.",
        ("indirect", "завод закроют в марте", "министерство", "indirect:po_slovam"),
    ),
    # the source as a place of publication (source_forms.venue_source)
    (
        "Согласно сообщениям в прессе, сотрудники полиции провели два обыска.",
        ("indirect", "сотрудники полиции провели два обыска", "пресса", "indirect:po_slovam"),
    ),
    (
        "Согласно сообщениям на сайте Reddit, администратор покинул форум.",
        ("indirect", "администратор покинул форум", "Reddit", "indirect:po_slovam"),
    ),
    # a hyphenated head noun (source_forms.hyphen_head)
    (
        "По данным интернет-издания Techcrunch, фонд прикупил акции компании.",
        ("indirect", "фонд прикупил акции компании", "Techcrunch", "indirect:po_slovam"),
    ),
    # words before a sentence-opening source phrase: the clause's own unless a connective
    # (leads.clause_lead)
    (
        "Всего, по данным полиции, были задержаны сорок человек.",
        (
            "indirect",
            "Всего, по данным полиции, были задержаны сорок человек",
            "полиция",
            "indirect:po_slovam",
        ),
    ),
    (
        "Главной причиной, по мнению экспертов, стала засуха.",
        (
            "indirect",
            "Главной причиной, по мнению экспертов, стала засуха",
            "эксперты",
            "indirect:po_slovam",
        ),
    ),
    (
        "При этом, по словам министра, завод закроют в марте.",
        ("indirect", "завод закроют в марте", "министр", "indirect:po_slovam"),
    ),
    (
        "Кроме того, по данным полиции, были задержаны сорок человек.",
        ("indirect", "были задержаны сорок человек", "полиция", "indirect:po_slovam"),
    ),
    # a focus word between the verb and `о` (topics.topic_after, quote_focus_words.txt)
    (
        "В сообщении ведомства говорилось только о ранении трёх солдат.",
        ("indirect", "о ранении трёх солдат", "ведомство", "indirect:o_topic"),
    ),
    (
        "Министр Иван Сидоров сообщил лишь о задержании двух человек.",
        ("indirect", "о задержании двух человек", "Иван Сидоров", "indirect:o_topic"),
    ),
    # verbs the lexicons lacked: озвучить (a noun-phrase object), завещать (an infinitive)
    (
        "Прокурор Иван Сидоров озвучил результаты экспертизы.",
        ("indirect", "результаты экспертизы", "Иван Сидоров", "indirect:object"),
    ),
    (
        "Писатель Иван Сидоров завещал похоронить его в родном селе.",
        ("indirect", "похоронить его в родном селе", "Иван Сидоров", "indirect:infinitive"),
    ),
    # content inside a subordinate clause that opens the sentence ends before the main
    # clause (subordinate.main_clause_end)
    (
        "Поскольку ведомство уже заявило, что не выявило нарушений, компания обращается в суд.",
        ("indirect", "не выявило нарушений", "ведомство", "indirect:chto_clause"),
    ),
    (
        # (round 8: a past report; a future one, `Если министр подтвердит`, reports nothing)
        "Когда министр подтвердил, что завод закроют, рабочие вышли на забастовку.",
        ("indirect", "завод закроют", "министр", "indirect:chto_clause"),
    ),
    (  # the main clause then reports on its own
        "Поскольку ведомство заявило, что нарушений нет, компания обращается к министру с "
        "просьбой отменить решение.",
        ("indirect", "отменить решение", "компания", "indirect:request_noun"),
    ),
    (  # no subordinate clause first: the content goes on
        "Министр заявил, что завод закроют, рабочие получат компенсацию.",
        (
            "indirect",
            "завод закроют, рабочие получат компенсацию",
            "министр",
            "indirect:chto_clause",
        ),
    ),
    # `с` + a speech noun after a finite verb (with_noun.py, quote_with_nouns.txt)
    (
        "Министр Иван Петров выступил с заявлением о переносе выборов.",
        ("indirect", "о переносе выборов", "Иван Петров", "indirect:with_noun"),
    ),
    (
        "Депутат Иван Петров обратился в прокуратуру с запросом о проверке завода.",
        ("indirect", "о проверке завода", "Иван Петров", "indirect:with_noun"),
    ),
    (
        "Президент Иван Петров выпустил заявление с осуждением нападения на посольство.",
        ("indirect", "нападения на посольство", "Иван Петров", "indirect:with_noun"),
    ),
    (
        "Министр Иван Петров выступил с заявлением, что выборы перенесут.",
        ("indirect", "выборы перенесут", "Иван Петров", "indirect:with_noun"),
    ),
    # a stated position: выступил/высказался за/против X (stance.py)
    (
        "Правозащитники выступают за полный запрет пыток.",
        ("indirect", "полный запрет пыток", "правозащитники", "indirect:stance"),
    ),
    (
        "Жители на встречах высказывались против строительства завода.",
        ("indirect", "строительства завода", "жители", "indirect:stance"),
    ),
    (
        "Министр Иван Петров выступал против того, чтобы налоги повысили.",
        ("indirect", "налоги повысили", "Иван Петров", "indirect:stance"),
    ),
    (
        "Иван Петров выступал против того, чтобы завод продали, полагая, что это ошибка.",
        ("indirect", "завод продали", "Иван Петров", "indirect:stance"),
    ),
    # a name before an apposition of coordinated roles speaks (roles.coordinated_roles)
    (
        "Иван Петров, известный певец, актёр и общественный деятель, заявил, что премьер лжёт.",
        ("indirect", "премьер лжёт", "Иван Петров", "indirect:chto_clause"),
    ),
    (
        "Анна Петрова, журналист и писатель, сообщила, что книга выйдет весной.",
        ("indirect", "книга выйдет весной", "Анна Петрова", "indirect:chto_clause"),
    ),
    # `X и его коллеги` speak through X (roles.companions_of, quote_companions.txt)
    (
        "Физик Иван Петров и его коллеги полагают, что эффект связан с озоном.",
        ("indirect", "эффект связан с озоном", "Иван Петров", "indirect:chto_clause"),
    ),
    # fronted `о X`: the phrase ends before the subject; an infinitive inside; a
    # parenthetical first
    (
        "О беременности певица Анна Петрова объявила в апреле.",
        ("indirect", "О беременности", "Анна Петрова", "indirect:fronted_about"),
    ),
    (
        "О намерении поддержать реформу заявили уже пять депутатов.",
        ("indirect", "О намерении поддержать реформу", "депутаты", "indirect:fronted_about"),
    ),
    (
        "Таким образом, о намерении поддержать реформу заявили пять депутатов.",
        ("indirect", "о намерении поддержать реформу", "депутаты", "indirect:fronted_about"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_round7_recall(text, expected, models):
    assert expected in found(text, models)


NOT_QUOTES = [
    "По предварительным данным, в результате аварии погибли три человека.",  # no source
    "По данным на первое января, в городе жили сто тысяч человек.",  # a date, no source
    "Своим мнением о фильме поделятся критики.",  # `о` of a noun, not of the verb
    "Министр согласился с заявлением коллеги о переносе выборов.",  # a named author
    "Министр не выступил с заявлением о переносе выборов.",  # negated
    "Он приехал в город с просьбой.",  # nothing asked
    "Футболист Иван Петров выступал за «Спартак».",  # a team played for
    "Иван Петров выступал за сборную России.",
    "Боксёр Иван Петров выступит против чемпиона мира.",  # a person fought
    "За поправку высказались 37 сенаторов.",  # a vote counted
    "Министр Иван Петров выступил на конференции в Москве.",
]


@pytest.mark.parametrize("text", NOT_QUOTES)
def test_round7_no_quote(text, models):
    assert [q for q in found(text, models) if q[0] == "indirect"] == []
