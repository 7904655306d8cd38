"""Direct-quote recall patterns of news from many outlets, in invented sentences: quotes
after a conjunction of content, after a colon with no speech verb, in a list, signed on the
next line, in an interview's `Name: answer` paragraphs, split quotes with a dash of their
own, a colon followed by a dash, a quoting verb after a comma, attribution verbs of other
outlets (подытожил, намекнул, прогнозирует)."""

from __future__ import annotations

import pytest
from quote_rows import direct_rows

CASES = [
    # a conjunction of content opens a quoted sentence of the speaker's own
    pytest.param(
        "Открывая мост, губернатор Олег Смирнов отметил, что «Город должен быть благодарен "
        "строителям за то, что они успели к сроку».",
        (
            "Город должен быть благодарен строителям за то, что они успели к сроку",
            "Олег Смирнов",
            "direct:conj_clause",
        ),
        id="conj_clause_chto",
    ),
    pytest.param(
        'На вопрос о визах посол Пётр Орлов сказал, что "ЕС сам решит, какие условия ставить".',
        ("ЕС сам решит, какие условия ставить", "Пётр Орлов", "direct:conj_clause"),
        id="conj_clause_straight_marks",
    ),
    pytest.param(
        "На собрании архиепископ Иван Соколов призвал к тому, чтобы «Люди жили по закону, "
        "а не по силе».",
        ("Люди жили по закону, а не по силе", "Иван Соколов", "direct:conj_clause"),
        id="conj_clause_chtoby",
    ),
    pytest.param(
        "Адвокат Мария Белова не исключила того, что «в новой ситуации придётся искать "
        "помощь других юристов».",
        (
            "в новой ситуации придётся искать помощь других юристов",
            "Мария Белова",
            "direct:conj_clause",
        ),
        id="conj_clause_negated_report",
    ),
    # a lowercase clause after a title noun with a determiner is no title
    pytest.param(
        "Критик Андрей Лосев сказал, что такой союз «опасен для театра, потому что он "
        "обесценивает труд актёров».",
        (
            "опасен для театра, потому что он обесценивает труд актёров",
            "Андрей Лосев",
            "direct:clause_cue",
        ),
        id="clause_after_title_noun",
    ),
    # a colon after a clause with a speaker but no speech verb
    pytest.param(
        "Пётр Ковалёв, исполняющий обязанности представителя министерства, выступил сегодня "
        "со специальным заявлением: «Мы осуждаем приговор, вынесенный вчера активистам».",
        (
            "Мы осуждаем приговор, вынесенный вчера активистам",
            "Пётр Ковалёв",
            "direct:colon_subject",
        ),
        id="colon_subject_statement",
    ),
    pytest.param(
        "Сам Олег Миронов оказался более сдержанным: «Для нас было неожиданно, что заявку "
        "подал посторонний человек».",
        (
            "Для нас было неожиданно, что заявку подал посторонний человек",
            "Олег Миронов",
            "direct:colon_subject",
        ),
        id="colon_subject_adjective",
    ),
    # a colon, then a dash before the opening mark
    pytest.param(
        "«Перегрузки были сильными. Но это быстро прошло», говорит пилот Анна Зуева: — «Но "
        "отделение модуля прошло резче».",
        ("Но отделение модуля прошло резче", "Анна Зуева", "direct:colon_before"),
        id="colon_dash",
    ),
    # the next quote of a list
    pytest.param(
        "После оглашения приговора сторонники Олега Смирнова начали скандировать: «Свободу "
        "политзаключённым!», «Позор судье!».",
        ("Позор судье!", "сторонники Олега Смирнова", "direct:listed"),
        id="listed",
    ),
    # a quoted paragraph signed on the next line
    pytest.param(
        "Спасатели проверили берег реки:\n\n«Масляных пятен на воде не обнаружено. Мёртвой "
        "рыбы тоже нет».\n\n— Ирина Лебедева, начальник пресс-службы управления\n",
        (
            "Масляных пятен на воде не обнаружено. Мёртвой рыбы тоже нет",
            "Ирина Лебедева",
            "direct:signed",
        ),
        id="signed",
    ),
    # a split quote whose first part has a dash of its own
    pytest.param(
        "«Это — знак важного шага навстречу друг другу, — сказал министр Игорь Волков. — Мы "
        "хотим, чтобы компании работали вместе».",
        (
            "Это — знак важного шага навстречу друг другу",
            "Игорь Волков",
            "direct:split_inside",
        ),
        id="split_inner_dash",
    ),
    # a quote that ends its paragraph without a final mark continues the speaker
    pytest.param(
        "«Мы знаем, что были проблемы с модулем», говорит инженер Борис Гришин. «Во время "
        "полёта мы получаем много данных, в случае с кораблём это не так»\n\nДалее о запуске.",
        (
            "Во время полёта мы получаем много данных, в случае с кораблём это не так",
            "Борис Гришин",
            "direct:continued",
        ),
        id="continued_paragraph_end",
    ),
    # a quoting verb after a comma: the quoted person speaks
    pytest.param(
        "«Мы встречались с министерством, когда обсуждали наше участие», цитирует газета "
        "директора компании Елену Смолину.",
        (
            "Мы встречались с министерством, когда обсуждали наше участие",
            "Елена Смолина",
            "direct:comma_after",
        ),
        id="comma_after_quoting",
    ),
    # attribution verbs of other outlets
    pytest.param(
        "«К сожалению, наука и политика давно связались в одно целое», – подытожил писатель "
        "Андрей Лосев.",
        (
            "К сожалению, наука и политика давно связались в одно целое",
            "Андрей Лосев",
            "direct:dash_after",
        ),
        id="dash_after_podytozhil",
    ),
    pytest.param(
        "«Ограничения могут затронуть и транзит», - намекнул замминистра Олег Рыбин.",
        ("Ограничения могут затронуть и транзит", "Олег Рыбин", "direct:dash_after"),
        id="dash_after_namekanul",
    ),
    pytest.param(
        "«Соседи со временем станут партнёрами», — прогнозирует архитектор Илья Марков.",
        ("Соседи со временем станут партнёрами", "Илья Марков", "direct:dash_after"),
        id="dash_after_prognoziruet",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_direct_recall(text, expected, models):
    assert expected in direct_rows(text, models)


INTERVIEW = (
    "Министр ответил на вопросы радио\n\n"
    "Министр образования Анна Волкова дала интервью радиостанции «Северный ветер».\n\n"
    "Северный ветер: Как вы оцениваете итоги года?\n\n"
    "Анна Волкова: Итоги хорошие. Мы открыли двадцать новых школ.\n\n"
    "Северный ветер: Что будет с зарплатами учителей?\n\n"
    "Анна Волкова: Зарплаты вырастут на десять процентов с января.\n"
)


def test_interview_answers(models):
    rows = direct_rows(INTERVIEW, models)
    assert (
        "Итоги хорошие. Мы открыли двадцать новых школ",
        "Анна Волкова",
        "direct:interview",
    ) in (rows)
    assert (
        "Зарплаты вырастут на десять процентов с января",
        "Анна Волкова",
        "direct:interview",
    ) in rows
    assert not any(text.endswith("?") or "итоги года" in text for text, _, _ in rows)


NOT_QUOTES = [
    # a title after a colon is no statement
    pytest.param("Компания выпустила новый продукт: «Умный дом».", id="colon_title"),
    # a headline `X: claim` is an indirect report, not an interview
    pytest.param("Анна Волкова: зарплаты учителей вырастут\n\nТекст новости.", id="headline"),
    # one labelled paragraph is no interview
    pytest.param(
        "Итоги года.\n\nАнна Волкова: зарплаты учителей вырастут.\n\nТекст новости.",
        id="one_label",
    ),
    # names in a list are titles, not a list of statements
    pytest.param("В прокат вышли фильмы «Север», «Юг» и «Запад».", id="titles_list"),
]


@pytest.mark.parametrize("text", NOT_QUOTES)
def test_not_direct(text, models):
    assert direct_rows(text, models) == []


NEXT_SENTENCE_CASES = [
    # a person's name and a colon open the line (a headline or caption)
    pytest.param(
        "Олег Понедельник: «Тренер ведёт себя, словно король»\n\nВетеран о матче сборной.",
        ("Тренер ведёт себя, словно король", "Олег Понедельник", "direct:name_colon"),
        id="name_colon",
    ),
    # the source of a fragment comes in the next sentence
    pytest.param(
        "Водитель погиб от «множественных травм грудной клетки». Об этом сообщили в "
        "пресс-службе ГИБДД.",
        ("множественных травм грудной клетки", None, "direct:ob_etom"),
        id="ob_etom",
    ),
    # the attribution opens the next paragraph in lowercase
    pytest.param(
        "«Мы продолжим работу и не изменим курс»\n\nзаявил после присяги губернатор Олег Смирнов.",
        ("Мы продолжим работу и не изменим курс", "Олег Смирнов", "direct:cue_next_line"),
        id="cue_next_line",
    ),
]


@pytest.mark.parametrize(("text", "expected"), NEXT_SENTENCE_CASES)
def test_direct_recall_lines(text, expected, models):
    rows = direct_rows(text, models)
    if expected[1] is None:  # the source phrase may or may not resolve to a name
        assert (expected[0], expected[2]) in [(t, r) for t, _, r in rows]
    else:
        assert expected in rows


MORE_NOT_QUOTES = [
    # a title after a title noun and a colon
    pytest.param("Участники акции выбрали лозунг: «Мы сильнее вместе!».", id="colon_slogan"),
    # a name in quotes, then a dash and the verb of the sentence
    pytest.param(
        "Ранее сенатор, один из лидеров консервативного «Движения чаепития» — намекал на "
        "участие в выборах.",
        id="title_before_dash",
    ),
]


@pytest.mark.parametrize("text", MORE_NOT_QUOTES)
def test_not_direct_more(text, models):
    assert direct_rows(text, models) == []


def test_conj_clause_needs_the_whole_clause(models):
    text = "Критик Андрей Лосев сказал, что «Москва слезам не верит» получит новую премию."
    assert all(rule != "direct:conj_clause" for _, _, rule in direct_rows(text, models))


TOPIC_LINES = [
    pytest.param(
        "Умер изобретатель Иван Петров.\n\nСын изобретателя свидетельствовал о его смерти:\n"
        "Да, это правда, это сегодня произошло.",
        ("Да, это правда, это сегодня произошло", "сын изобретателя", "direct:colon_block"),
        id="colon_block_topic",
    ),
    pytest.param(
        "Академик Иван Петров скептически оценивает проект.\n\nСлова Петрова из интервью: "
        "«Когда о добыче гелия рассказывают чиновники, я улыбаюсь».",
        (
            "Когда о добыче гелия рассказывают чиновники, я улыбаюсь",
            "Иван Петров",
            "direct:colon_words_of",
        ),
        id="colon_words_of",
    ),
]


@pytest.mark.parametrize(("text", "expected"), TOPIC_LINES)
def test_direct_recall_topic_lines(text, expected, models):
    assert expected in direct_rows(text, models)


def test_topic_line_needs_a_speaker(models):
    text = "Стали известны подробности о новых правилах:\nШтрафы вырастут вдвое с января."
    assert direct_rows(text, models) == []


def test_fragment_then_postposed_cue(models):
    text = "Реформа призвана «сократить очереди в поликлиниках», пояснил министр Олег Рыбин."
    assert ("сократить очереди в поликлиниках", "Олег Рыбин", "direct:fragment_then_cue") in (
        direct_rows(text, models)
    )
