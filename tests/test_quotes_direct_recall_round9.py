"""Direct-quote recall, round 9 (branch qc9), in invented sentences: wiki italics or bold
closing with the quotation marks before the attribution (`''«Q»'', — сказал X`), `так`
pointing back to the quote after a comma (`«Q», так сказал X`), a block after `X сообщил:`
set in wiki italics instead of quotation marks."""

from __future__ import annotations

import pytest
from quote_rows import direct_rows


def _has(rows, text: str, speaker: str, rule: str) -> bool:
    return any(t == text and s and s.endswith(speaker) and r == rule for t, s, r in rows)


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            "На открытии турнира президент клуба Пётр Орлов поздравил победителей.\n\n"
            "''«Нам приятно видеть, что все наши чемпионы выросли в этом зале»'', — "
            "прокомментировал событие Пётр Орлов.",
            (
                "Нам приятно видеть, что все наши чемпионы выросли в этом зале",
                "Пётр Орлов",
                "direct:dash_after",
            ),
            id="italics_then_dash",
        ),
        pytest.param(
            "Вдова режиссёра узнала о приговоре от журналистов: ''«Я ничего об этом не "
            "слышала»'', — тихо сказала Анна Лебедева.",
            ("Я ничего об этом не слышала", "Анна Лебедева", "direct:dash_after"),
            id="italics_then_dash_adverbial",
        ),
        pytest.param(
            "Матч закончился вничью.\n\n'''«Мы могли забить ещё два мяча, но не повезло»''', "
            "— сказал тренер Игорь Белов.",
            ("Мы могли забить ещё два мяча, но не повезло", "Игорь Белов", "direct:dash_after"),
            id="bold_then_dash",
        ),
        pytest.param(
            "Учения прошли успешно.\n\n''«Все задачи выполнены в срок»'', заявил генерал "
            "Олег Рыбин.",
            ("Все задачи выполнены в срок", "Олег Рыбин", "direct:comma_after"),
            id="italics_then_comma",
        ),
        pytest.param(
            "Тренер Николай Сомов отозвался о матче так: ''«Это была настоящая битва. "
            "Ребята сыграли на пределе своих сил»''.",
            (
                "Это была настоящая битва. Ребята сыграли на пределе своих сил",
                "Николай Сомов",
                "direct:colon_subject",
            ),
            id="italics_close_the_sentence_after_colon",
        ),
        pytest.param(
            "Глава района Андрей Кузин отметил, что ''«Дорогу откроют до конца месяца, "
            "как и обещали»''.",
            (
                "Дорогу откроют до конца месяца, как и обещали",
                "Андрей Кузин",
                "direct:conj_clause",
            ),
            id="italics_after_conj_clause",
        ),
        pytest.param(
            "Новый закон должен ''«навести порядок на дорогах города»'', пояснил его автор "
            "депутат Сергей Лавров.",
            ("навести порядок на дорогах города", "Сергей Лавров", "direct:fragment_then_cue"),
            id="italics_fragment_then_cue",
        ),
        pytest.param(
            "Известный певец Иван Соколов пойдёт на выборы. «Я люблю этот город и хочу, "
            "чтобы в нём было лучше жить», так сказал Соколов журналистам.",
            (
                "Я люблю этот город и хочу, чтобы в нём было лучше жить",
                "Иван Соколов",
                "direct:comma_after",
            ),
            id="tak_skazal_after_comma",
        ),
        pytest.param(
            "Спортсменка Ольга Зуева завершила карьеру. «Я отдала спорту двадцать лет и "
            "ни о чём не жалею», так объяснила своё решение Зуева.",
            (
                "Я отдала спорту двадцать лет и ни о чём не жалею",
                "Ольга Зуева",
                "direct:comma_after",
            ),
            id="tak_obyasnila_after_comma",
        ),
    ],
)
def test_attribution_after_the_marks(text, expected, models):
    assert _has(direct_rows(text, models), *expected)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Компания открыла завод. «Мы выпустим первую партию весной», так как оборудование "
            "уже доставлено.",
            id="tak_kak_is_no_attribution",
        ),
        pytest.param(
            "Фильм ''«Долгая дорога домой»'', — отмечают критики, — лучший за год.",
            id="title_in_italics_stays_title",
        ),
    ],
)
def test_no_attribution_after_the_marks(text, models):
    rows = direct_rows(text, models)
    assert not any(r in ("direct:comma_after", "direct:dash_after") for _, _, r in rows)


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            "Утром на проспекте автобус столкнулся с грузовиком.\n\nВ полиции города "
            "сообщили:\n\n''Около восьми часов утра автобус выехал на встречную полосу и "
            "столкнулся с грузовиком. Пострадали четыре пассажира''.",
            (
                "Около восьми часов утра автобус выехал на встречную полосу и столкнулся с "
                "грузовиком. Пострадали четыре пассажира",
                "полиция города",
            ),
            id="impersonal_cue_italic_block",
        ),
        pytest.param(
            "Водитель грузовика задержан.\n\nСестра водителя Мария Орлова рассказала "
            "следующее:\n\n''Он никогда не садился за руль уставшим. Машину он купил весной. "
            "Я не понимаю, как это могло случиться''.",
            (
                "Он никогда не садился за руль уставшим. Машину он купил весной. Я не "
                "понимаю, как это могло случиться",
                "Мария Орлова",
            ),
            id="person_cue_italic_block",
        ),
        pytest.param(
            "Министр Павел Гусев ответил журналистам:\n''Мы не будем повышать налоги в этом году''",
            ("Мы не будем повышать налоги в этом году", "Павел Гусев"),
            id="italic_block_without_final_stop",
        ),
    ],
)
def test_italic_block_after_colon(text, expected, models):
    rows = direct_rows(text, models)
    assert _has(rows, *expected, "direct:colon_block")


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Редакция сообщила:\n\n''Известия'' пишут о новом законе третью неделю подряд.",
            id="italic_name_opens_paragraph",
        ),
        pytest.param(
            "Пресс-служба сообщила:\n\n''Первый'' и ''второй'' корпуса закрыты на ремонт.",
            id="two_italic_words",
        ),
    ],
)
def test_italic_words_are_no_block(text, models):
    rows = direct_rows(text, models)
    assert not any(t.startswith("''") or t.startswith("Известия'") for t, _, _ in rows)
    assert not any(t.startswith("Первый''") for t, _, _ in rows)


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            "Глава района Олег Рыбин прокомментировал решение суда.\n"
            "''«Подрядчик сорвал все сроки, и мы будем требовать с него неустойку»''.",
            (
                "Подрядчик сорвал все сроки, и мы будем требовать с него неустойку",
                "Олег Рыбин",
                "direct:introduced",
            ),
            id="introduced_in_italics",
        ),
        pytest.param(
            "Глава фонда Мария Белова сказала: «Мы поможем всем семьям».\n\n"
            "''«Мы будем работать, пока не получим ответы на все наши вопросы»''.",
            (
                "Мы будем работать, пока не получим ответы на все наши вопросы",
                "Мария Белова",
                "direct:continued",
            ),
            id="continued_in_italics",
        ),
    ],
)
def test_italic_quote_carried_from_before(text, expected, models):
    assert _has(direct_rows(text, models), *expected)


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            "Демонстранты скандировали: ''«Свободу политзаключённым немедленно!»'', "
            "''«Долой коррупцию в нашем городе!»''.",
            ("Долой коррупцию в нашем городе!", "демонстранты", "direct:listed"),
            id="listed_in_italics",
        ),
        pytest.param(
            "Выставка открылась в субботу.\n\n''«Мы готовили её три года и очень рады, что "
            "она наконец открыта»''.\n— Анна Лебедева, куратор выставки",
            (
                "Мы готовили её три года и очень рады, что она наконец открыта",
                "Анна Лебедева",
                "direct:signed",
            ),
            id="signed_after_italics",
        ),
    ],
)
def test_italic_quote_in_layouts(text, expected, models):
    assert _has(direct_rows(text, models), *expected)


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            "Лечение длилось три месяца, всё это время рядом с ней находился её муж Олег "
            "Рыбин:\nНам удалось сохранить чувство юмора даже в самые тяжёлые дни.",
            (
                "Нам удалось сохранить чувство юмора даже в самые тяжёлые дни",
                "Олег Рыбин",
                "direct:colon_block",
            ),
            id="own_voice_second_clause_speaks",
        ),
        pytest.param(
            "Певица Анна Зорина выступила с неожиданным заявлением:\n\nЯ больше не буду "
            "выступать в этой стране. Мне здесь не рады, и я это чувствую.",
            (
                "Я больше не буду выступать в этой стране. Мне здесь не рады, и я это чувствую",
                "Анна Зорина",
                "direct:statement_line",
            ),
            id="statement_line_blank_line",
        ),
        pytest.param(
            "Актриса Вера Лисина была в восторге от режиссёра, закончив интервью необычным "
            "заявлением:\n\nЯ считаю его гением. Каждый раз, когда я прошу у него совета, он "
            "помогает мне.",
            (
                "Я считаю его гением. Каждый раз, когда я прошу у него совета, он помогает мне",
                "Вера Лисина",
                "direct:statement_line",
            ),
            id="statement_noun_instrumental",
        ),
    ],
)
def test_colon_line_block(text, expected, models):
    assert _has(direct_rows(text, models), *expected)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Спектакль, который поставил режиссёр Андрей Кузин, шёл три часа:\nМы устали, но "
            "нам понравилось.",
            id="relative_clause_verb_is_no_speaker",
        ),
        pytest.param(
            "Губернатор Олег Рыбин выступил с заявлением:\n\nВ области открыты три новые "
            "школы и два детских сада.",
            id="blank_line_third_person_is_narration",
        ),
    ],
)
def test_colon_line_no_block(text, models):
    rows = direct_rows(text, models)
    assert not any(r in ("direct:colon_block", "direct:statement_line") for _, _, r in rows)


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            "«Мы не отступим от своих требований», — повторил лидер профсоюза Андрей Кузин.",
            ("Мы не отступим от своих требований", "Андрей Кузин", "direct:dash_after"),
            id="povtoril_after_dash",
        ),
        pytest.param(
            "Водитель Сергей Ветров задержан.\n\nВетров повторил, что жалеет о случившемся:\n"
            "Мне очень жаль. Жаль и погибших, и их родных. Жаль, что всё так вышло.",
            (
                "Мне очень жаль. Жаль и погибших, и их родных. Жаль, что всё так вышло",
                "Сергей Ветров",
                "direct:colon_block",
            ),
            id="povtoril_colon_block",
        ),
    ],
)
def test_repeating_verb_speaks(text, expected, models):
    assert _has(direct_rows(text, models), *expected)


def test_repeating_a_result_is_no_quote(models):
    text = "Сборная повторила свой лучший результат, заняв третье место на чемпионате мира."
    assert direct_rows(text, models) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            "Решение мэра не встретило поддержки. Комментарий городской газеты: «Главная "
            "ошибка мэра в том, что он не слушает жителей».",
            (
                "Главная ошибка мэра в том, что он не слушает жителей",
                "городская газета",
                "direct:colon_words_of",
            ),
            id="comment_of_an_outlet",
        ),
        pytest.param(
            "Заявление пресс-службы губернатора: «Мы проверим все факты и накажем виновных».",
            (
                "Мы проверим все факты и накажем виновных",
                "пресс-служба губернатора",
                "direct:colon_words_of",
            ),
            id="statement_of_a_press_office",
        ),
    ],
)
def test_statement_noun_owner_speaks(text, expected, models):
    assert _has(direct_rows(text, models), *expected)


def test_statement_noun_with_a_topic_names_no_owner(models):
    text = "Комментарий к решению суда: «Главная ошибка мэра в том, что он не слушает жителей»."
    assert not any(r == "direct:colon_words_of" for _, _, r in direct_rows(text, models))


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            "Суд вынес приговор в пятницу.\n\n«Мы обжалуем это решение, потому что оно "
            "незаконно». Так прокомментировал приговор адвокат Андрей Кузин.",
            (
                "Мы обжалуем это решение, потому что оно незаконно",
                "Андрей Кузин",
                "direct:pointed_back",
            ),
            id="tak_next_sentence",
        ),
        pytest.param(
            "Сессия думы открылась в среду.\n\n«Мы будем строить школы и детские сады в "
            "каждом районе». Такими словами губернатор Олег Рыбин открыл заседание.",
            (
                "Мы будем строить школы и детские сады в каждом районе",
                "Олег Рыбин",
                "direct:pointed_back",
            ),
            id="takimi_slovami_any_verb",
        ),
        pytest.param(
            "Глава клуба Мария Белова сказала: «Сезон был трудным».\n\n«Наша команда "
            "сыграла лучший матч сезона и заслужила победу». Об этом заявил тренер Игорь "
            "Белов после игры.",
            (
                "Наша команда сыграла лучший матч сезона и заслужила победу",
                "Игорь Белов",
                "direct:pointed_back",
            ),
            id="ob_etom_next_sentence_not_the_earlier_speaker",
        ),
    ],
)
def test_attribution_in_the_next_sentence(text, expected, models):
    assert _has(direct_rows(text, models), *expected)


def test_tak_with_a_comma_is_no_pointing(models):
    text = (
        "Выставка откроется в мае.\n\n«Мы покажем работы молодых художников со всей страны». "
        "Так, в прошлом году куратор Анна Лебедева заявила о планах расширить выставку."
    )
    assert not any(r == "direct:pointed_back" for _, _, r in direct_rows(text, models))


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            "В мэрии города уточнили, что «в аварии пострадали два человека, оба в больнице».\n"
            "Вызов поступил от прохожего, «бригада медиков прибыла на место через шесть "
            "минут», однако помочь не смогла.",
            (
                "бригада медиков прибыла на место через шесть минут",
                "мэрия города",
                "direct:carried_fragment",
            ),
            id="clause_carried_from_the_sentence_before",
        ),
    ],
)
def test_carried_fragment(text, expected, models):
    assert _has(direct_rows(text, models), *expected)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Мэр Олег Рыбин сказал: «Мы справимся с любыми трудностями». Синоптики обещают "
            "«очень холодную и снежную зиму».",
            id="own_speech_verb",
        ),
        pytest.param(
            "Мэр Олег Рыбин сказал: «Мы справимся с любыми трудностями». Город ждёт "
            "«холодная и снежная зима без оттепелей».",
            id="no_predicate_a_phrase",
        ),
        pytest.param(
            "Мэр Олег Рыбин сказал: «Мы справимся с любыми трудностями».\n\nРайон "
            "«снова остался без горячей воды на неделю», однако ремонт идёт.",
            id="after_a_blank_line",
        ),
        pytest.param(
            "Мэр Олег Рыбин сказал: «Мы справимся с любыми трудностями». Депутат Анна "
            "Лебедева считает, что район «снова остался без горячей воды».",
            id="a_person_named",
        ),
    ],
)
def test_no_carried_fragment(text, models):
    assert not any(r == "direct:carried_fragment" for _, _, r in direct_rows(text, models))


def test_presented_person_speaks(models):
    text = (
        "Суд начался в понедельник.\n\nОлег Сомов, адвокат из Казани, возглавляет коллегию "
        "адвокатов республики.\n\n«Обвинение обязано показать защите все улики, которые у "
        "него есть. Иначе процесс нельзя считать честным»."
    )
    expected = (
        "Обвинение обязано показать защите все улики, которые у него есть. Иначе процесс "
        "нельзя считать честным"
    )
    assert _has(direct_rows(text, models), expected, "Олег Сомов", "direct:presented")


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Олег Сомов и Анна Лебедева возглавляют коллегию адвокатов.\n\n«Обвинение обязано "
            "показать защите все улики, которые у него есть»",
            id="two_people",
        ),
        pytest.param(
            "В Казани открылась новая коллегия адвокатов, её возглавил Олег Сомов.\n\n"
            "«Обвинение обязано показать защите все улики, которые у него есть»",
            id="person_not_opening_the_paragraph",
        ),
        pytest.param(
            "Олег Сомов возглавляет коллегию адвокатов.\n\n\n\n«Обвинение обязано показать "
            "защите все улики, которые у него есть»",
            id="paragraphs_apart",
        ),
        pytest.param(
            "Олег Сомов возглавляет коллегию адвокатов.\n\n«Обвинение обязано показать "
            "защите все улики», — считает судья.",
            id="quote_with_its_own_attribution",
        ),
    ],
)
def test_not_presented(text, models):
    assert not any(r == "direct:presented" for _, _, r in direct_rows(text, models))


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            "Мэр хотел бы видеть своим преемником Игоря Белова, который отшучивается "
            "словами: «В моём возрасте пора уже думать о рыбалке у тихой реки».",
            (
                "В моём возрасте пора уже думать о рыбалке у тихой реки",
                "Игорь Белов",
                "direct:colon_before",
            ),
            id="otshuchivatsya_imperfective",
        ),
        pytest.param(
            "«Это лучший день в моей жизни!» — восклицает чемпионка Ольга Зуева.",
            ("Это лучший день в моей жизни!", "Ольга Зуева", "direct:dash_after"),
            id="vosklitsat_imperfective",
        ),
    ],
)
def test_imperfective_partners_of_speech_verbs(text, expected, models):
    assert _has(direct_rows(text, models), *expected)
