"""Direct quotes, round 8 (branch qa8), in invented sentences: a split quote's second part is
one record (not again as a first-person sentence), an attribution after a dash stays in its
line, `так называемый «Q»` is a term."""

from __future__ import annotations

import pytest
from quote_rows import direct_rows


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            "«Мы дошли до полюса, — сказал лыжник Олег Сомов. — Я не думал, что в семьдесят "
            "лет я смогу пройти весь маршрут. Это лучший день в моей жизни».",
            [
                ("Мы дошли до полюса", "Олег Сомов", "direct:split_inside"),
                (
                    "Я не думал, что в семьдесят лет я смогу пройти весь маршрут. Это лучший "
                    "день в моей жизни",
                    "Олег Сомов",
                    "direct:split_inside",
                ),
            ],
            id="split_second_part_once",
        ),
        pytest.param(
            "«Мне здесь хорошо, — признаётся актриса Вера Лисина. — Я каждый день хожу к морю "
            "и радуюсь солнцу».",
            [
                ("Мне здесь хорошо", "Вера Лисина", "direct:split_inside"),
                (
                    "Я каждый день хожу к морю и радуюсь солнцу",
                    "Вера Лисина",
                    "direct:split_inside",
                ),
            ],
            id="split_second_part_first_person",
        ),
    ],
)
def test_split_quote_rows(text, expected, models):
    assert direct_rows(text, models) == expected


def test_dash_attribution_stays_in_its_line(models):
    text = (
        "Мэр Олег Рыбин напомнил горожанам их «главное общее богатство» — доверие:\n"
        "Давайте продолжим помогать друг другу. Мы справимся с любыми трудностями вместе."
    )
    rows = direct_rows(text, models)
    assert ("главное общее богатство", "Олег Рыбин", "direct:clause_cue") in rows
    assert all(rule != "direct:dash_after" for _, _, rule in rows)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "По данным доклада министерства, город попал в так называемый «список отстающих "
            "регионов».",
            id="tak_nazyvaemyj",
        ),
        pytest.param(
            "Директор Олег Рыбин сказал, что завод входит в т. н. «зону особого внимания».",
            id="t_n",
        ),
        pytest.param(
            "Министр Анна Белова заявила, что район стал так называемой «серой зоной без правил».",
            id="tak_nazyvaemaja_instrumental",
        ),
    ],
)
def test_so_called_is_a_term(text, models):
    assert direct_rows(text, models) == []


COLON_LINES = [
    # a label line: role words and a name, then the words in the first person
    pytest.param(
        "Засуха погубила урожай.\nХозяин крупной фермы Олег Сомов:\nМы просто потрясены. "
        "Придётся менять все планы на год.",
        ("Мы просто потрясены. Придётся менять все планы на год", "Олег Сомов", "direct:name_line"),
        id="name_line",
    ),
    pytest.param(
        "Соседи рассказали о пожаре.\nПенсионерка Анна Белова:\nЯ проснулась от дыма и сразу "
        "позвонила сыну.",
        (
            "Я проснулась от дыма и сразу позвонила сыну",
            "Анна Белова",
            "direct:name_line",
        ),
        id="name_line_feminine",
    ),
    # a statement noun as the object of the line's verb, the words in the present
    pytest.param(
        "Вчера министр Олег Рыбин сделал резкое заявление, раскритиковав работу полиции:\n"
        "Полиция слишком торопится с выводами. Следователи своей работой подрывают доверие.",
        (
            "Полиция слишком торопится с выводами. Следователи своей работой подрывают доверие",
            "Олег Рыбин",
            "direct:statement_line",
        ),
        id="statement_line_object",
    ),
    pytest.param(
        "Губернатор Анна Лосева выступила с обращением к жителям:\nВода в городе безопасна, "
        "школы откроются в понедельник.",
        (
            "Вода в городе безопасна, школы откроются в понедельник",
            "Анна Лосева",
            "direct:statement_line",
        ),
        id="statement_line_with",
    ),
    # a longer line around `по словам X`, the words in the first person
    pytest.param(
        "Зрители, по словам режиссёра Ивана Бертмана, увидят премьеру в октябре:\n\n"
        "Это будет главная премьера сезона, где я буду режиссёром. Я думаю, спектакль "
        "останется в репертуаре надолго.",
        (
            "Это будет главная премьера сезона, где я буду режиссёром. Я думаю, спектакль "
            "останется в репертуаре надолго",
            "Иван Бертман",
            "direct:colon_source",
        ),
        id="colon_source_long_line",
    ),
]


@pytest.mark.parametrize("text, expected", COLON_LINES)
def test_colon_lines(text, expected, models):
    assert expected in direct_rows(text, models)


@pytest.mark.parametrize(
    "text",
    [
        # a speech noun line over narration in the past: a lost block, then the article
        pytest.param(
            "В апреле Фидель Кастро выступил с речью:\nФидель Кастро родился 13 августа 1926 "
            "года на Кубе.",
            id="statement_line_narration",
        ),
        # a label line over a paragraph in the third person: a caption, not words
        pytest.param(
            "Хозяин фермы Олег Сомов:\nФерма стоит на берегу реки уже сто лет.",
            id="name_line_third_person",
        ),
        # a longer line around `по данным` over a paragraph not in the first person
        pytest.param(
            "По данным полиции, в районе задержаны трое:\nВсе они ранее привлекались к "
            "ответственности за кражи.",
            id="colon_source_long_line_third_person",
        ),
        # a list after a line with a verb and a count
        pytest.param(
            "Европу на турнире представляют десять арбитров:\nГрэм Полл, Франк Де Блекере, "
            "Маркус Мерк.",
            id="list_after_colon",
        ),
    ],
)
def test_colon_lines_not_quotes(text, models):
    assert direct_rows(text, models) == []


def test_quote_opened_once_over_two_paragraphs(models):
    text = (
        "Жених Олег Дронов сказал: “Женщина, нанятая моей бывшей женой, приехала на свадьбу и "
        "начала кричать.\n\nЯ хотел вызвать полицию, но жена остановила меня. Каждый должен "
        "заниматься своими делами.”\n\nПара надеется завести детей."
    )
    assert direct_rows(text, models) == [
        (
            "Женщина, нанятая моей бывшей женой, приехала на свадьбу и начала кричать",
            "Олег Дронов",
            "direct:colon_before",
        ),
        (
            "Я хотел вызвать полицию, но жена остановила меня. Каждый должен заниматься "
            "своими делами",
            "Олег Дронов",
            "direct:colon_before",
        ),
    ]


def test_block_quote_reopened_is_one_record_per_paragraph(models):
    text = (
        "Тренер Иван Орлов сказал: «Мы готовились к этому матчу весь месяц.\n\n«Команда "
        "сыграла так, как мы хотели. Я горжусь ребятами».\n\nМатч прошёл в Казани."
    )
    rows = direct_rows(text, models)
    assert [t for t, _, _ in rows] == [
        "Мы готовились к этому матчу весь месяц",
        "Команда сыграла так, как мы хотели. Я горжусь ребятами",
    ]
    assert {s for _, s, _ in rows} == {"Иван Орлов"}


@pytest.mark.parametrize(
    "text",
    [
        # the closing mark inside the next paragraph, not at its end: no pair across them
        pytest.param(
            "Жители написали: “Мы требуем ремонта дороги\n\nДорога” разрушена, сообщили в "
            "администрации района.",
            id="closing_mark_mid_paragraph",
        ),
        # a paragraph between them with a mark of the same kind: no pair (round 14 pairs a
        # block over up to five paragraphs when no such mark stands between)
        pytest.param(
            "Жители написали: “Мы требуем ремонта дороги\n\nО “дороге смерти” писали и "
            "раньше.\n\nСкоро начнётся ремонт.”",
            id="paragraph_between",
        ),
    ],
)
def test_left_open_mark_not_paired(text, models):
    from helpers.nlp.quotes.marks import quoted_spans

    assert all("\n" not in text[q.start : q.stop] for q in quoted_spans(text))


AUTHOR_WORDS = [
    pytest.param(
        "«Это была долгая дорога к победе», — улыбается чемпионка Анна Белова.",
        ("Это была долгая дорога к победе", "Анна Белова", "direct:dash_after"),
        id="smiles",
    ),
    pytest.param(
        "«Многое изменилось за эти годы, зрители стали другими», — раскрыл свою мысль "
        "режиссёр Олег Сомов.",
        (
            "Многое изменилось за эти годы, зрители стали другими",
            "Олег Сомов",
            "direct:dash_after",
        ),
        id="light_verb",
    ),
    pytest.param(
        "«Неужели это конец сезона?» — разводит руками тренер Иван Орлов.",
        ("Неужели это конец сезона?", "Иван Орлов", "direct:dash_after"),
        id="question_mark",
    ),
]


@pytest.mark.parametrize("text, expected", AUTHOR_WORDS)
def test_author_words_after_dash(text, expected, models):
    assert expected in direct_rows(text, models)


@pytest.mark.parametrize(
    "text",
    [
        # a name before the dash, no comma: an apposition, not attribution
        pytest.param(
            "Болельщики «Зенита» — решили провести акцию у стадиона.", id="name_then_dash"
        ),
        # an imperative after the dash is no author's words
        pytest.param("Песня «Мы пойдём другим путём», — слушайте её на радио.", id="imperative"),
    ],
)
def test_author_words_need_comma_and_indicative(text, models):
    assert all(rule != "direct:dash_after" for _, _, rule in direct_rows(text, models))


THOUGHTS = [
    pytest.param(
        "Позднее музыкант Олег Сомов узнал, что его болезнь была «миной замедленного действия».",
        ("миной замедленного действия", "Олег Сомов", "direct:thought_clause"),
        id="learned",
    ),
    pytest.param(
        "Актриса Анна Белова надеется, что зрители «поймут этот фильм правильно».",
        ("поймут этот фильм правильно", "Анна Белова", "direct:thought_clause"),
        id="hopes",
    ),
    pytest.param(
        "Тренер Иван Орлов понял, что его игроки «устали от бесконечных переездов».",
        ("устали от бесконечных переездов", "Иван Орлов", "direct:thought_clause"),
        id="understood",
    ),
]


@pytest.mark.parametrize("text, expected", THOUGHTS)
def test_fragment_in_thought_clause(text, expected, models):
    assert expected in direct_rows(text, models)


@pytest.mark.parametrize(
    "text",
    [
        # a name in the clause, not a fragment of words
        pytest.param(
            "Зрители узнали, что фильм «Ночь в большом городе» выйдет весной.", id="title"
        ),
        # the fragment outside the `что` clause of the thinking verb
        pytest.param(
            "Врачи надеются на лучшее, а лекарство называют «последним шансом больного».",
            id="no_chto",
        ),
        # negated: no thought reported
        pytest.param(
            "Тренер Иван Орлов не понял, что игроки «устали от бесконечных переездов».",
            id="negated",
        ),
    ],
)
def test_thought_clause_not_quotes(text, models):
    assert all(rule != "direct:thought_clause" for _, _, rule in direct_rows(text, models))


def test_mention_is_a_speech_verb(models):
    text = (
        "Директор Анна Майер в своём письме упомянула, что ''«… компании будут вместе "
        "работать над новой рекламой»''."
    )
    rows = direct_rows(text, models)
    assert [(speaker, rule) for _, speaker, rule in rows] == [("Анна Майер", "direct:clause_cue")]
    assert rows[0][0].endswith("компании будут вместе работать над новой рекламой")


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            "Мы очень довольны опытами, которые нам удалось провести, сказал командир "
            "экипажа Олег Сомов.",
            (
                "Мы очень довольны опытами, которые нам удалось провести",
                "Олег Сомов",
                "direct:unmarked_postposed",
            ),
            id="we",
        ),
        pytest.param(
            "Я не жалею ни о чём, заявила певица Анна Белова.",
            ("Я не жалею ни о чём", "Анна Белова", "direct:unmarked_postposed"),
            id="i",
        ),
    ],
)
def test_unmarked_postposed(text, expected, models):
    assert expected in direct_rows(text, models)


def test_third_person_postposed_stays_indirect(models):
    text = "Цены на хлеб вырастут к весне, заявил министр Олег Рыбин."
    assert direct_rows(text, models) == []


def test_authors_aside_is_not_first_person(models):
    text = (
        "Напомним, после ссоры с директором канала Олег Сомов, которому принадлежит треть "
        "акций, оповестил всех партнёров о том, что владельцы крадут доходы."
    )
    assert all(rule != "direct:unmarked_postposed" for _, _, rule in direct_rows(text, models))


def test_colon_inline_needs_a_statement(models):
    listing = (
        "На вопросы журналистов отвечали: командир экипажа Олег Сомов, бортинженер Иван "
        "Орлов и врач Анна Белова."
    )
    assert direct_rows(listing, models) == []
    said = "Врач Анна Белова сказала: операция прошла успешно и больной скоро поправится."
    assert (
        "операция прошла успешно и больной скоро поправится",
        "Анна Белова",
        "direct:colon_inline",
    ) in direct_rows(said, models)


def test_block_paragraph_runs_to_its_end(models):
    text = (
        "Депутат Олег Сомов объявил об отставке и сказал:\n"
        "Это решение далось мне нелегко, но другого выхода нет. Я люблю Москву и Россию, и "
        "любой, кто меня знает, скажет, что я всегда был патриотом."
    )
    assert (
        "Это решение далось мне нелегко, но другого выхода нет. Я люблю Москву и Россию, и "
        "любой, кто меня знает, скажет, что я всегда был патриотом",
        "Олег Сомов",
        "direct:colon_block",
    ) in direct_rows(text, models)


SOLE = (
    "«Мы построим базу на Луне к 2030 году», — сказал инженер Олег Сомов.\n\n"
    "Программа полётов шаттлов будет свёрнута в 2010 году.\n\n"
    "«Мы рассматриваем все возможности. Конечно, мы выберем самое интересное место»."
)


def test_sole_speaker_paragraph(models):
    assert (
        "Мы рассматриваем все возможности. Конечно, мы выберем самое интересное место",
        "Олег Сомов",
        "direct:sole_speaker",
    ) in direct_rows(SOLE, models)


@pytest.mark.parametrize(
    "text",
    [
        # two people quoted before: no one to carry
        pytest.param(
            "«Мы построим базу», — сказал инженер Олег Сомов. «Это дорого», — ответил министр "
            "Иван Орлов.\n\nПрограмма будет свёрнута.\n\n«Мы рассматриваем все возможности и "
            "выберем лучшее место».",
            id="two_speakers",
        ),
        # not in the first person: a title or a slogan of the page
        pytest.param(
            "«Мы построим базу», — сказал инженер Олег Сомов.\n\nПрограмма будет свёрнута.\n\n"
            "«Полёты к Луне продолжатся в следующем десятилетии без перерыва».",
            id="third_person",
        ),
    ],
)
def test_sole_speaker_not(text, models):
    assert all(rule != "direct:sole_speaker" for _, _, rule in direct_rows(text, models))


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            "Эмир Хамад Аль Тани передал власть сыну.\n\nОн выразил надежду на то, что "
            "подданные окажут поддержку новому эмиру, добавив:\nИнтересы государства будут "
            "высшей целью для моего сына.",
            ("Интересы государства будут высшей целью для моего сына", "Хамад Аль Тани"),
            id="gerund_after_chto_clause",
        ),
        pytest.param(
            "Отметим, что пресс-служба мэрии сообщила о болезни мэра вчера, при этом причину "
            "не назвали, заявив только:\nПолное обследование потребует времени.",
            ("Полное обследование потребует времени", "пресс-служба мэрии"),
            id="authors_aside_first",
        ),
    ],
)
def test_colon_block_gerund_speaks_for_the_main_subject(text, expected, models):
    rows = [(t, s) for t, s, rule in direct_rows(text, models) if rule == "direct:colon_block"]
    assert any(t == expected[0] and s and s.endswith(expected[1]) for t, s in rows)
