"""Indirect-speech recall patterns (round 6), in invented sentences: speech verbs the
lexicons lacked, reports relayed inside another report, inserted attributions after any
opener of the clause, verbs of informing someone about something, more source phrases."""

from __future__ import annotations

import pytest
from quote_rows import found

CASES = [
    # speech verbs the lexicons lacked (quote_cues, quote_impersonal, quote_infinitive_cues)
    (
        "Фермер Иван Сидоров посетовал, что дождей не было всё лето.",
        ("indirect", "дождей не было всё лето", "Иван Сидоров", "indirect:chto_clause"),
    ),
    (
        "Хозяева кафе клянутся, что вернули все долги.",
        ("indirect", "вернули все долги", "хозяева кафе", "indirect:chto_clause"),
    ),
    (
        "Ранее инженеры докладывали, что мост нуждается в ремонте.",
        ("indirect", "мост нуждается в ремонте", "инженеры", "indirect:chto_clause"),
    ),
    (
        "Свой уход тренер Иван Сидоров мотивировал тем, что устал от давления.",
        ("indirect", "устал от давления", "Иван Сидоров", "indirect:chto_clause"),
    ),
    (
        "Ранее заявлялось, что стадион откроют к лету.",
        ("indirect", "стадион откроют к лету", None, "indirect:chto_clause"),
    ),
    (
        "Как было объявлено, фестиваль перенесут на осень.",
        ("indirect", "фестиваль перенесут на осень", None, "indirect:kak_soobshil"),
    ),
    (
        "Мэр Иван Сидоров пригрозил закрыть рынок до конца месяца.",
        ("indirect", "закрыть рынок до конца месяца", "Иван Сидоров", "indirect:infinitive"),
    ),
    # a report inside content relayed by an outlet or a source phrase (indirect:nested)
    (
        "Министр Иван Сидоров заявил, что завод закроют в марте, сообщает «Интерфакс».",
        ("indirect", "завод закроют в марте", "Иван Сидоров", "indirect:nested"),
    ),
    (
        "Министр Иван Сидоров заявил, что завод закроют в марте, сообщает «Интерфакс».",
        (
            "indirect",
            "Министр Иван Сидоров заявил, что завод закроют в марте",
            "Интерфакс",
            "indirect:postposed",
        ),
    ),
    (
        "Городская полиция, по данным газеты, отметила, что краж стало меньше.",
        ("indirect", "краж стало меньше", "городская полиция", "indirect:nested"),
    ),  # an inserted attribution after a subject opened by a determiner, a numeral, or a noun
    # the tagger read in another case: the whole clause (indirect:parenthetical)
    (
        "Такая мера, считает экономист Иван Сидоров, поможет бюджету.",
        (
            "indirect",
            "Такая мера, считает экономист Иван Сидоров, поможет бюджету",
            "Иван Сидоров",
            "indirect:parenthetical",
        ),
    ),
    (
        "Один из поездов, уточняет газета «Гудок», опоздал на три часа.",
        (
            "indirect",
            "Один из поездов, уточняет газета «Гудок», опоздал на три часа",
            "Гудок",
            "indirect:parenthetical",
        ),
    ),
    # `Кроме того, как считает X` opens the sentence; it is no time clause (после того, как)
    (
        "Кроме того, как считает эксперт Иван Сидоров, на выборы повлияет погода.",
        ("indirect", "на выборы повлияет погода", "Иван Сидоров", "indirect:kak_soobshil"),
    ),
    # `о` content after a time adverbial or after the addressee of a verb of informing
    (
        "Министр Иван Сидоров сообщил в пятницу о закрытии двух шахт.",
        ("indirect", "о закрытии двух шахт", "Иван Сидоров", "indirect:o_topic"),
    ),
    (
        "Спасатели предупредили жителей области о сильных морозах.",
        ("indirect", "о сильных морозах", "спасатели", "indirect:o_topic"),
    ),
    (
        "Мэр Иван Сидоров выразил мнение о необходимости построить новый мост.",
        (
            "indirect",
            "о необходимости построить новый мост",
            "Иван Сидоров",
            "indirect:light_verb",
        ),
    ),  # `согласно` + a person in the dative, or + a report noun (отчёту, докладу, расчётам)
    (
        "Согласно Ивану Сидорову, забастовка продлится неделю.",
        ("indirect", "забастовка продлится неделю", "Иван Сидоров", "indirect:po_slovam"),
    ),
    (
        "Согласно докладу комиссии, число аварий выросло вдвое.",
        ("indirect", "число аварий выросло вдвое", "комиссия", "indirect:po_slovam"),
    ),  # span extent: `, и` + a noun that only ends like a verb (самолёт) goes on with the
    # content; a date ends noun-phrase content
    (
        "Диспетчеры сообщили, что связь восстановили, и самолет благополучно приземлился.",
        (
            "indirect",
            "связь восстановили, и самолет благополучно приземлился",
            "диспетчеры",
            "indirect:chto_clause",
        ),
    ),
    (
        "Певец Иван Сидоров объявил об окончании карьеры 5 декабря 2015 года.",
        ("indirect", "об окончании карьеры", "Иван Сидоров", "indirect:o_topic"),
    ),  # `как передала X`: a subject the role lists lack is the verb's plain subject
    (
        "Как передала радиостанция «Волна», мост закроют на ремонт.",
        # the body by its name since round 23 (was the phrase `радиостанция «Волна»`)
        ("indirect", "мост закроют на ремонт", "Волна", "indirect:kak_soobshil"),
    ),
    # a participle of a speech verb with its `что` clause speaks for its noun phrase; the
    # content ends where the main clause goes on
    (
        "Против закона выступили фермеры из южных районов, считающие, что налог слишком высок.",
        ("indirect", "налог слишком высок", "фермеры", "indirect:chto_clause"),
    ),
    (
        "Соседи, утверждающие, что слышали выстрелы, обратились в полицию.",
        ("indirect", "слышали выстрелы", "соседи", "indirect:chto_clause"),
    ),  # a pronominal adjective standing as the subject speaks as itself (quote_indefinite_subjects)
    (
        "Многие полагали, что музей закроют.",
        ("indirect", "музей закроют", "многие", "indirect:chto_clause"),
    ),  # reported content ends at a colon that opens a direct quote
    (
        "По словам эколога Ивана Сидорова, река снова загрязнена: «Рыба гибнет каждый день».",
        ("indirect", "река снова загрязнена", "Иван Сидоров", "indirect:po_slovam"),
    ),  # отметить with a noun-phrase object reports it (not a celebration: отметили юбилей)
    (
        "Министр Иван Сидоров отметил резкий рост цен на жильё.",
        ("indirect", "резкий рост цен на жильё", "Иван Сидоров", "indirect:object"),
    ),  # a post-posed attribution after which the clause goes on: the whole sentence
    (
        "Было бы разумно, считает экономист Иван Сидоров, если бы банк снизил ставку.",
        (
            "indirect",
            "Было бы разумно, считает экономист Иван Сидоров, если бы банк снизил ставку",
            "Иван Сидоров",
            "indirect:postposed",
        ),
    ),
    (
        "Цены вырастут, заявил министр Иван Сидоров, выступая в Думе.",
        ("indirect", "Цены вырастут", "Иван Сидоров", "indirect:postposed"),
    ),  # rumours and guesses are reports with no place named; a report from a place (из X)
    (
        "По городу ходят слухи о скорой отставке мэра.",
        ("indirect", "скорой отставке мэра", None, "indirect:report_noun"),
    ),
    (
        "Высказываются предположения, что пожар начался из-за проводки.",
        ("indirect", "пожар начался из-за проводки", None, "indirect:report_noun"),
    ),
    (
        "Из Самары поступают сообщения о перебоях с водой.",
        ("indirect", "перебоях с водой", None, "indirect:report_noun"),
    ),  # `, как сообщалось ранее` inside a reported clause is an aside: the verb's report stands
    (
        "Врачи сообщили, что водитель не погиб, как сообщалось ранее.",
        ("indirect", "водитель не погиб, как сообщалось ранее", "врачи", "indirect:chto_clause"),
    ),  # a second report of the same speaker joined by `и` ends the first; a quoted sentence
    # after a sentence end the segmenter missed ends the content
    (
        "Министр Иван Сидоров напомнил, что внёс законопроект и подчеркнул, что налоги снизят.",
        ("indirect", "внёс законопроект", "Иван Сидоров", "indirect:chto_clause"),
    ),
    (
        "Министр Иван Сидоров напомнил, что внёс законопроект и подчеркнул, что налоги снизят.",
        ("indirect", "налоги снизят", "Иван Сидоров", "indirect:chto_clause"),
    ),
    (
        "Пилот Иван Сидоров сказал, что прибор показал 8 G. «Это было тяжело», — сказал он.",
        ("indirect", "прибор показал 8 G", "Иван Сидоров", "indirect:chto_clause"),
    ),  # a light verb and its noun with an infinitive, `против` or a dative object
    (
        "Депутаты выразили намерение создать комиссию по расследованию.",
        ("indirect", "создать комиссию по расследованию", "депутаты", "indirect:light_verb"),
    ),
    (
        "Правительство Норвегии выразило протест против задержания судна.",
        ("indirect", "против задержания судна", "правительство Норвегии", "indirect:light_verb"),
    ),  # the addressee before the content: призвать X к C, требовать от X C; `, вплоть до`
    # goes on with the noun phrase
    (
        "Мэр Иван Сидоров призвал жителей к экономии воды.",
        ("indirect", "жителей к экономии воды", "Иван Сидоров", "indirect:prep_object"),
    ),
    (
        "Рабочие требуют от дирекции повышения зарплат, вплоть до забастовки.",
        (
            "indirect",
            "повышения зарплат, вплоть до забастовки",
            "рабочие",
            "indirect:object",
        ),
    ),  # a speech verb in the infinitive governed by a finite verb, or after a dative
    (
        "Директор завода Иван Сидоров поспешил заявить, что увольнений не будет.",
        ("indirect", "увольнений не будет", "Иван Сидоров", "indirect:governed_cue"),
    ),
    (
        "Опрос позволил социологам утверждать, что доверие к власти растёт.",
        ("indirect", "доверие к власти растёт", "социологи", "indirect:governed_cue"),
    ),  # по информации с сайта X: the site's owner speaks
    (
        "По информации с сайта министерства, выставка продлится до мая.",
        ("indirect", "выставка продлится до мая", "министерство", "indirect:po_slovam"),
    ),  # `как пишет X` inserted in a clause: the clause around it (after `, но`), or the whole
    # clause when the subject comes first
    (
        "Сначала говорилось о поджоге, но полиция, как пишет «Газета», закрыла дело.",
        (
            "indirect",
            "полиция, как пишет «Газета», закрыла дело",
            "Газета",
            "indirect:kak_soobshil",
        ),
    ),
    (
        "Цены на нефть, как сообщает агентство Рейтер, выросли на пять процентов.",
        (
            "indirect",
            "Цены на нефть, как сообщает агентство Рейтер, выросли на пять процентов",
            "Рейтер",
            "indirect:kak_soobshil",
        ),
    ),  # `Это подтвердил X`: the fronted `это` points back to the sentence before
    (
        "Пожар потушили к утру. Это подтвердил глава района Иван Сидоров.",
        ("indirect", "Пожар потушили к утру", "Иван Сидоров", "indirect:anaphoric_object"),
    ),  # `Они сказали, что C` opening a sentence: the plural subject of the sentence before
    (
        "Спасатели работали всю ночь. Они лишь сообщили, что пострадавших нет.",
        ("indirect", "пострадавших нет", "спасатели", "indirect:chto_clause"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_indirect_recall(text, expected, models):
    assert expected in found(text, models)


NOT_QUOTES = [
    "Ураган угрожает прибрежным городам.",  # a thing threatens: no one speaks
    "Задержанным грозит до пяти лет лишения свободы.",
    "После того, как сообщил министр, цены выросли.",  # a time clause
    "Согласно закону, выборы пройдут в марте.",  # a provision, not a source
    "Как полагают, мост закроют на ремонт.",  # no one named
    "Дом, требующий ремонта, стоит на углу.",  # a thing requires
    "Актёр Иван Сидоров отметил юбилей в кругу семьи.",  # a celebration
    "Группа отметила своё десятилетие большим концертом.",
    "Как говорится, от судьбы не уйдёшь.",  # a saying, no report
    "Поступила информация о пожаре.",  # no source, no place
    "В субботу в городе отмечают День шахтёра.",  # a celebration
    "Министр Иван Сидоров отказался комментировать, что произошло.",  # a refusal
    "Можно сказать, что сезон удался.",  # a modal names no one
    "Цены растут. Они сказали, что рынок успокоится.",  # no people before the pronoun
]


@pytest.mark.parametrize("text", NOT_QUOTES)
def test_no_quote(text, models):
    assert [q for q in found(text, models) if q[0] == "indirect"] == []
