"""Governed frames of reported speech (round 7, qc7), in invented sentences: complaints and
insistence with `на`, the prosecution as a source, `по формулировке X`; where
noun-phrase content ends (before `и` + a new subject and its verb, before the day of the
speech act); short utterances marked as spoken; a headline source given as a role."""

from __future__ import annotations

import pytest
from quote_rows import found

CASES = [
    # пожаловаться на C (quote_pp_cues.txt)
    pytest.param(
        "Пенсионерка Анна Иванова пожаловалась на шум со стороны стройки.",
        ("indirect", "на шум со стороны стройки", "Анна Иванова", "indirect:prep_object"),
        id="complained_about",
    ),
    # the phrase ends before `и` + a new subject with its own verb (phrase_bounds)
    pytest.param(
        "Депутат Анна Иванова пожаловалась на боли в спине и прибывший врач настоял на "
        "госпитализации.",
        ("indirect", "на боли в спине", "Анна Иванова", "indirect:prep_object"),
        id="ends_before_new_subject",
    ),
    pytest.param(
        "Тренер Олег Петров сообщил о травме вратаря, а врачи команды назвали сроки лечения.",
        ("indirect", "о травме вратаря", "Олег Петров", "indirect:o_topic"),
        id="ends_before_a_new_subject",
    ),
    # the day of the speech act ends the phrase (quote_phrase_days.txt)
    pytest.param(
        "Бизнесмен Олег Петров заявил о своей невиновности в понедельник во время слушаний.",
        ("indirect", "о своей невиновности", "Олег Петров", "indirect:o_topic"),
        id="day_after_phrase",
    ),
    pytest.param(
        "Министр Павел Козлов сообщил об отставке во вторник на заседании кабинета.",
        ("indirect", "об отставке", "Павел Козлов", "indirect:o_topic"),
        id="tuesday_after_phrase",
    ),
    # the prosecution and the defence as sources (quote_org_roles.txt, quote_sources.txt)
    pytest.param(
        "По версии обвинения, главой банды был житель Твери Олег Петров.",
        (
            "indirect",
            "главой банды был житель Твери Олег Петров",
            "обвинение",
            "indirect:po_slovam",
        ),
        id="prosecution_version",
    ),
    pytest.param(
        "По данным закрытого сообщества «Тихий двор», в подъезде прорвало трубу.",
        ("indirect", "в подъезде прорвало трубу", "Тихий двор", "indirect:po_slovam"),
        id="community_page",
    ),
    pytest.param(
        "По формулировке следствия, Олег Петров бросил камень в полицейского.",
        ("indirect", "Олег Петров бросил камень в полицейского", "следствие", "indirect:po_slovam"),
        id="wording_of_investigators",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_governed_frames(text, expected, models):
    assert expected in found(text, models)


NOT_QUOTES = [
    # a participle's day stays in the phrase, and a sports title is no source
    pytest.param(
        "Тайсон Фьюри, чемпион мира по версиям IBO и WBO, отказался от титулов.", id="title"
    ),
    pytest.param("Защита окружающей среды требует больших денег.", id="protection"),
]


@pytest.mark.parametrize("text", NOT_QUOTES)
def test_governed_frames_no_quote(text, models):
    assert [q for q in found(text, models) if q[0] == "indirect"] == []


def test_participle_day_stays(models):
    text = "Правительство Японии выразило протест против состоявшегося в пятницу визита министра."
    rows = [q for q in found(text, models) if q[0] == "indirect"]
    assert rows and rows[0][1] == "против состоявшегося в пятницу визита министра"


HEADLINES = [
    pytest.param(
        "СМИ: певица попала в больницу\nПевица Анна Петрова попала в больницу, пишут СМИ.",
        ("indirect", "певица попала в больницу", "СМИ", "indirect:headline"),
        id="media",
    ),
    pytest.param(
        "Эксперты: мост рухнул из-за коррозии\nМост рухнул из-за коррозии.",
        ("indirect", "мост рухнул из-за коррозии", "эксперты", "indirect:headline"),
        id="experts",
    ),
    pytest.param(
        "Глава Норвегии: мы не будем строить стену\nНорвегия не будет строить стену, заявил "
        "её премьер. Об этом рассказал премьер-министр Норвегии Ула Хансен.",
        ("indirect", "мы не будем строить стену", "Ула Хансен", "indirect:headline"),
        id="role_introduced_later",
    ),
    pytest.param(
        "Министр финансов: налоги не вырастут\nНалоги в будущем году не вырастут.",
        ("indirect", "налоги не вырастут", "министр финансов", "indirect:headline"),
        id="role_phrase_as_written",
    ),
]


@pytest.mark.parametrize(("text", "expected"), HEADLINES)
def test_headline_role(text, expected, models):
    assert expected in found(text, models)


@pytest.mark.parametrize(
    "text",
    [
        "Выборы: итоги голосования\nГолосование завершилось.",
        "Погода: в Москве похолодает\nВ Москве похолодает.",
    ],
)
def test_headline_not_a_source(text, models):
    assert [q for q in found(text, models) if q[3] == "indirect:headline"] == []


UTTERED = [
    pytest.param(
        "Вратарь Олег Петров крикнул «Стой!» и побежал.", ("Стой!", "Олег Петров"), id="shout"
    ),
    pytest.param(
        "Водитель Иван Орлов воскликнул «Ура!», увидев финиш.", ("Ура!", "Иван Орлов"), id="exclaim"
    ),
    pytest.param("Мэр Иван Орлов ответил «нет».", ("нет", "Иван Орлов"), id="answer"),
    pytest.param(
        "Певица Анна Лебедева обратилась к залу со словами «Спасибо всем».",
        ("Спасибо всем", "Анна Лебедева"),
        id="with_words",
    ),
    pytest.param(
        "В субботу к мэрии пришли около ста активистов с криками «Мы требуем справедливости».",
        ("Мы требуем справедливости", "активисты"),
        id="with_shouts",
    ),
    pytest.param(
        "Судья Павел Козлов произнёс громко «Виновен».", ("Виновен", "Павел Козлов"), id="adverb"
    ),
]


@pytest.mark.parametrize(("text", "expected"), UTTERED)
def test_uttered(text, expected, models):
    quote, speaker = expected
    assert ("direct", quote, speaker, "direct:uttered") in found(text, models)


@pytest.mark.parametrize(
    "text",
    [
        "Министр Иван Орлов ответил «Интерфаксу», что реформа продолжится.",  # a name
        "Иван Орлов не крикнул «Стой!».",  # negated
        "Смс оканчивались словами «Аллаху акбар».",  # a relative-like clause, no speaker
        "Болельщики Олега Петрова выкрикивали «Спартак» весь матч.",  # a team
    ],
)
def test_not_uttered(text, models):
    assert [q for q in found(text, models) if q[3] == "direct:uttered"] == []


ABOUT_DATED = [
    pytest.param(
        "Полиция задержала главу банды. Об этом во вторник, 20 августа 2013 года, сообщили "
        "представители МВД Египта.",
        "представители МВД Египта",
        id="date_in_commas",
    ),
    pytest.param(
        "Полиция задержала главу банды. Об этом в среду 23 марта 2016 года сообщил министр "
        "внутренних дел Олег Петров.",
        "Олег Петров",
        id="day_and_date",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), ABOUT_DATED)
def test_about_this_with_a_date(text, speaker, models):
    expected = ("indirect", "Полиция задержала главу банды", speaker, "indirect:ob_etom")
    assert expected in found(text, models)


LIGHT = [
    pytest.param(
        "Председатель Николай Волков выразил обеспокоенность ростом цен.",
        ("ростом цен", "Николай Волков"),
        id="concern_instrumental",
    ),
    pytest.param(
        "Губернатор Павел Козлов выразил недовольство работой полиции.",
        ("работой полиции", "Павел Козлов"),
        id="discontent_instrumental",
    ),
    pytest.param(
        "Министр Анна Белова выразила сожаление по поводу решения суда.",
        ("решения суда", "Анна Белова"),
        id="regret_about",
    ),
    pytest.param(
        "Тренер Олег Петров выразил своё мнение о действиях судьи.",
        ("о действиях судьи", "Олег Петров"),
        id="own_opinion",
    ),
    pytest.param(
        "Судья Валерий Зорин высказал сомнения в правильности решения о переезде суда.",
        ("правильности решения о переезде суда", "Валерий Зорин"),
        id="doubts_in",
    ),
    pytest.param(
        "Посол Иван Орлов высказал надежду, что переговоры продолжатся.",
        ("переговоры продолжатся", "Иван Орлов"),
        id="voiced_hope",
    ),
]


@pytest.mark.parametrize(("text", "expected"), LIGHT)
def test_light_verb_round7(text, expected, models):
    quote, speaker = expected
    assert ("indirect", quote, speaker, "indirect:light_verb") in found(text, models)


def test_condolences_to_addressees_are_no_content(models):
    text = "Министр Анна Белова выразила соболезнования семьям погибших."
    assert [q for q in found(text, models) if q[0] == "indirect"] == []


REASONS = [
    pytest.param(
        "Актёр Пётр Иванов отказался от участия в фестивале, объяснив своё решение болезнью.",
        ("болезнью", "Пётр Иванов", "indirect:reason"),
        id="explained_by",
    ),
    pytest.param(
        "Депутат Олег Петров мотивировал отказ нехваткой средств в бюджете.",
        ("нехваткой средств в бюджете", "Олег Петров", "indirect:reason"),
        id="motivated_by",
    ),
    pytest.param(
        "Правозащитник Олег Иванов расценил приговор как попытку запугать активистов.",
        ("приговор как попытку запугать активистов", "Олег Иванов", "indirect:regarded_as"),
        id="regarded_as",
    ),
]


@pytest.mark.parametrize(("text", "expected"), REASONS)
def test_reasons(text, expected, models):
    assert ("indirect", *expected) in found(text, models)


@pytest.mark.parametrize(
    "text",
    [
        "Министр Анна Белова объяснила журналистам ситуацию.",  # a dative, no reason
        "Директор Олег Петров не стал объяснять своё решение журналистам.",  # no reason given
        "Суд расценил его действия.",  # no `как`
    ],
)
def test_no_reason(text, models):
    assert [
        q for q in found(text, models) if q[3] in ("indirect:reason", "indirect:regarded_as")
    ] == []


CLAUSE_ENDS = [
    pytest.param(
        "Министр Иван Орлов заявил, что референдум является незаконным, призвал воздержаться "
        "от поддержки сепаратистов и сообщил, что наблюдателей не будет.",
        [
            ("indirect", "референдум является незаконным", "Иван Орлов", "indirect:chto_clause"),
            (
                "indirect",
                "воздержаться от поддержки сепаратистов",
                "Иван Орлов",
                "indirect:infinitive",
            ),
        ],
        id="next_act_of_the_speaker",
    ),
    pytest.param(
        "Экологи утверждают, что завод загрязняет реку, и в связи с этим жители потребовали "
        "его закрыть.",
        [("indirect", "завод загрязняет реку", "экологи", "indirect:chto_clause")],
        id="connective_clause_of_the_author",
    ),
    pytest.param(
        "По словам задержанного студента, его били в отделе полиции, факт насилия "
        "подтвердили члены комиссии.",
        [("indirect", "его били в отделе полиции", "студент", "indirect:po_slovam")],
        id="report_closing_the_sentence",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CLAUSE_ENDS)
def test_content_ends_before_a_new_clause(text, expected, models):
    rows = found(text, models)
    assert all(row in rows for row in expected)


def test_inserted_attribution_stays_inside(models):
    text = "Одна из групп протестующих, уточняет газета «Труд», пришла к посольству с плакатами."
    rows = [q for q in found(text, models) if q[0] == "indirect"]
    assert rows and rows[0][1].startswith("Одна из групп протестующих, уточняет")


CITED = [
    pytest.param(
        "Газета «Вести» приводит слова адвоката Евгения Тонкова, что он готов потребовать "
        "компенсации.",
        ("indirect", "он готов потребовать компенсации", "Евгений Тонков", "indirect:cited_words"),
        id="words_of_a_named_lawyer",
    ),
    pytest.param(
        "Агентство процитировало слова министра финансов, что налоги не вырастут.",
        ("indirect", "налоги не вырастут", "министр финансов", "indirect:cited_words"),
        id="words_of_a_role",
    ),
    pytest.param(
        "Местные СМИ привели слова мэра Ивана Орлова о том, что мост является «главной "
        "стройкой всего десятилетия».",
        ("direct", "главной стройкой всего десятилетия", "Иван Орлов", "direct:quoted_words"),
        id="fragment_inside_cited_words",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CITED)
def test_cited_words(text, expected, models):
    assert expected in found(text, models)


def test_title_inside_content_is_no_fragment(models):
    text = "Министр Олег Петров сообщил, что фильм «Ночь в большом музее» выйдет весной."
    assert [q for q in found(text, models) if q[0] == "direct"] == []


ADDRESS = [
    pytest.param(
        "Актёра поздравил его учитель Олег Табаков:\nОн настоящий талант, его несколько раз "
        "исключали из училища.",
        (
            "direct",
            "Он настоящий талант, его несколько раз исключали из училища",
            "Олег Табаков",
            "direct:colon_block",
        ),
        id="congratulated_block",
    ),
    pytest.param(
        "Актёра поздравил его учитель Олег Табаков: «Он настоящий талант и хулиган».",
        ("direct", "Он настоящий талант и хулиган", "Олег Табаков", "direct:colon_before"),
        id="congratulated_quote",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ADDRESS)
def test_address_acts(text, expected, models):
    assert expected in found(text, models)


@pytest.mark.parametrize(
    "text",
    [
        "Президент Иван Орлов поздравил спортсменов с победой.",
        "Тренер Олег Петров поблагодарил болельщиков за поддержку.",
    ],
)
def test_address_without_words(text, models):
    assert found(text, models) == []


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        pytest.param(
            "Блогер Антон Носов выступил резко против новых законов об интернете.",
            "новых законов об интернете",
            "Антон Носов",
            id="sharply_against",
        ),
        pytest.param(
            "Депутат Олег Петров выступил вчера за отставку губернатора.",
            "отставку губернатора",
            "Олег Петров",
            id="yesterday_for",
        ),
    ],
)
def test_stance_after_an_adverb(text, content, speaker, models):
    assert ("indirect", content, speaker, "indirect:stance") in found(text, models)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Спикер Олег Рыбин подал в отставку, об уходе также заявил вице-спикер Игорь Калинин.",
            ("indirect", "об уходе", "Игорь Калинин", "indirect:fronted_about_clause"),
            id="fronted_after_comma",
        ),
        pytest.param(
            "О законе впервые президент Иван Орлов заявил в мае.",
            ("indirect", "О законе", "Иван Орлов", "indirect:fronted_about"),
            id="phrase_ends_before_adverb",
        ),
    ],
)
def test_fronted_about(text, expected, models):
    assert expected in found(text, models)


def test_gerund_with_topic(models):
    text = "Депутат Олег Петров вернулся в город, заявив о приверженности единству страны."
    expected = ("indirect", "о приверженности единству страны", "Олег Петров", "indirect:o_topic")
    assert expected in found(text, models)


def test_gerund_pointing_back_reports_nothing(models):
    text = "Министр Иван Орлов выступил на форуме, рассказав об этом журналистам."
    assert found(text, models) == []


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        pytest.param(
            "Худрук театра Дмитрий Бертман анонсировал пять премьер нового сезона.",
            "пять премьер нового сезона",
            "Дмитрий Бертман",
            id="numeral_object",
        ),
        pytest.param(
            "Министр Иван Орлов назвал три задачи: строительство, ремонт и охрану дорог.",
            "три задачи: строительство, ремонт и охрану дорог",
            "Иван Орлов",
            id="list_after_colon",
        ),
    ],
)
def test_numeral_objects(text, content, speaker, models):
    assert ("indirect", content, speaker, "indirect:object") in found(text, models)


def test_relative_clause_with_a_report_of_its_own(models):
    text = (
        "Ведущая потребовала компенсацию от Майкла Барретта, который признал свою вину в "
        "преследовании журналистки."
    )
    rows = found(text, models)
    assert ("indirect", "компенсацию от Майкла Барретта", "ведущая", "indirect:object") in rows
    assert (
        "indirect",
        "свою вину в преследовании журналистки",
        "Майкл Барретт",
        "indirect:object",
    ) in rows


def test_relative_clause_without_a_report_stays(models):
    text = "Министр Иван Орлов сообщил о полигонах, на которых испытываются новые ракеты."
    rows = [q for q in found(text, models) if q[0] == "indirect"]
    assert rows[0][1] == "о полигонах, на которых испытываются новые ракеты"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Пловец Олег Петров заявил о новом заплыве. По его словам:\n\nПодготовка идёт "
            "серьёзная, на старт пригласят прессу.",
            ("Подготовка идёт серьёзная, на старт пригласят прессу", "Олег Петров"),
            id="po_ego_slovam",
        ),
        pytest.param(
            "По данным пресс-службы министерства:\nЗавод будет закрыт до конца года.",
            ("Завод будет закрыт до конца года", "пресс-служба министерства"),
            id="po_dannym",
        ),
    ],
)
def test_colon_source(text, expected, models):
    assert ("direct", *expected, "direct:colon_source") in found(text, models)


def test_colon_source_needs_the_phrase_alone(models):
    text = "По данным министерства, завод закроют. Причины такие:\nСпрос упал на треть."
    assert [q for q in found(text, models) if q[3] == "direct:colon_source"] == []
