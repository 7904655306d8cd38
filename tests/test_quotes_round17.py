"""Round 17, in invented sentences (not from any article), each with a near-miss that must
stay as it was.

- `Чиновник заверил`: `чиновник` is a role word (roles.txt), so the bare noun takes up the
  official quoted before, as `дипломат` did; `заммэра`, `замгубернатора`, `замдиректора`,
  `замначальника` are role words too.
- `сообщил заммэра по вопросам развития Анастасия Ракова`: a woman's name in the nominative
  after a post word of masculine gender the verb agrees with is the post's holder (the verb
  agrees with the post); an indeclinable name there is the post's owner (`Помощник Хиллари
  Клинтон заявил`).
- `Американский лидер`, `китайский лидер`: a country adjective matches the acronym an
  introduction named the country by (`президент США`, `председатель КНР`:
  quote_country_acronyms.txt); the words of a headline above a name are no part of its
  introduction.
- `По словам эксперта, C`: a bare singular noun of expertise after a person quoted is that
  person (experts.py), not when another is meant (`другой эксперт`, `эксперт ВШЭ`) or no one
  was quoted yet.
- `«Q», — подчеркнул дипломат` after `высылка дипломатов`: a plural noun of the same post is
  not the singular speaker.
- `посетовал на C`, `намекнул на C`, `заверил в C` (quote_pp_cues.txt); `намекнул на это`
  points elsewhere; `требования к банкам`: a dative after a preposition is no addressee that
  ends the topic.
- `C, об этом заявил X` (also after a colon or a dash, or `C, заявил об этом X`): the clause
  before the mark in the same sentence, not the sentence before; not when the subject stands
  before the mark (`X, которого считают ..., объявил об этом`).
- `его адвокат`: the owner's name inflected into the genitive when the article never writes
  it so (`адвокат Алексея Ковальчука`; a foreign name in a vowel and a woman's name in a
  consonant stay as they are); a name right after the owned role is the speaker (`её
  крестница Габриэль Даламберт`), else a person the article introduces later with that
  role (`адвокат Небойша Влаич`), not for a plural (`её адвокаты`).
- `Белый дом охарактеризовал Ли Куан Ю как «...»`: a place in the nominative right before
  the verb, its subject in the parser's tree, speaks (metonymy), not the indeclinable name
  after the verb; not a place inside a subject (`Закон штата Массачусетс требует`).
- `В Твиттере шерифа X появилась просьба. «Q», — написал он.`: a pronoun whose paragraph
  has no subject for the chain but names one person (in any case, outside quotation marks)
  is that person, before the chain reaches over the paragraph break.
- `«Q», ― заявил X`: the horizontal bar (U+2015) is a dash (quote_dashes.txt).
- `в Розенхайме (Бавария; Германия) в кругу семьи, сообщила X`: a semicolon ends no
  sentence (razdel cut there before a capital) and no content inside brackets.
- `«Q», — (эти) слова X(, сказанные ...) цитирует Y`: `слова` right after the dash names
  whose words they are (a name after a quoted one too), not the outlet; `цитирует слова
  министра ТАСС`: the outlet after the owner is no part of the owner's phrase.
- `предупредил ОАО «Белтрансгаз» и правительство Белоруссии о C`: quotation marks around a
  name inside the addressee; a neuter noun after a masculine or feminine verb is no subject.
- `Ряд СМИ сообщили`, `Часть изданий написала`: a quantifier with outlets or bodies in the
  genitive plural speaks, as with people (`ряд экспертов`); not things (`Ряд домов`).
- `Министр, по его словам, C`: with no one named, the pronoun's owner is the role opening
  its own sentence; `пообещал проверить ремонт и заверил, что C`: infinitive content ends
  before `и` + a finite speech verb (the speaker's second act).
"""

from __future__ import annotations

import pytest
from quote_rows import indirect_rows as indirect
from quote_rows import speaker_of

from helpers.pipeline.analysis import segment


@pytest.mark.parametrize(
    "text, quote, speaker",
    [
        pytest.param(
            "Мэр Екатеринбурга Алексей Орлов признал, что транспорт не справляется. "
            "Чиновник заверил, что к осени выйдут новые автобусы.",
            "к осени",
            "Алексей Орлов",
            id="chinovnik-takes-up-the-mayor",
        ),
        pytest.param(
            "Посол России в США Анатолий Антонов выразил протест. Дипломат заявил, что "
            "американская сторона нарушает конвенцию.",
            "американская",
            "Анатолий Антонов",
            id="near-miss-diplomat-as-before",
        ),
        pytest.param(
            "Школы переводят на дистанционное обучение, сообщил заммэра по вопросам "
            "социального развития Анастасия Ракова.",
            "Школы",
            "Анастасия Ракова",
            id="woman-after-a-masculine-post",
        ),
        pytest.param(
            "Министр здравоохранения Татьяна Голикова сообщил, что школы закроют.",
            "школы",
            "Татьяна Голикова",
            id="woman-before-a-masculine-verb",
        ),
        pytest.param(
            "Помощник Хиллари Клинтон по европейским делам заявил, что планка высока.",
            "планка",
            "помощник Хиллари Клинтон",
            id="near-miss-indeclinable-owner",
        ),
    ],
)
def test_posts_and_their_holders(models, text, quote, speaker):
    assert speaker_of(text, quote, models) == speaker


@pytest.mark.parametrize(
    "text, quote, speaker",
    [
        pytest.param(
            "Байден заявил о поддержке Украины\nПрезидент США Джо Байден заявил, что "
            "Вашингтон продолжит помощь. Американский лидер подчеркнул, что помощь будет "
            "долгой.",
            "помощь будет",
            "Джо Байден",
            id="usa-acronym-and-headline-above",
        ),
        pytest.param(
            "Председатель КНР Си Цзиньпин встретился с Владимиром Путиным. Китайский лидер "
            "заявил, что отношения крепнут.",
            "отношения",
            "Си Цзиньпин",
            id="chairman-of-the-prc",
        ),
        pytest.param(
            "Президент Франции Эммануэль Макрон встретился с Владимиром Путиным. Китайский "
            "лидер заявил, что отношения крепнут.",
            "отношения",
            "китайский лидер",
            id="near-miss-no-one-of-that-country",
        ),
    ],
)
def test_country_adjective_and_acronym(models, text, quote, speaker):
    assert speaker_of(text, quote, models) == speaker


@pytest.mark.parametrize(
    "text, quote, speaker",
    [
        pytest.param(
            "Главной угрозой для рубля станет нефть, рассказал доцент университета Игорь "
            "Балынин. По словам эксперта, курс может вырасти к осени.",
            "курс",
            "Игорь Балынин",
            id="po-slovam-eksperta",
        ),
        pytest.param(
            "Итоги выборов говорят о расколе, считает политолог Алексей Мартынов. Аналитик "
            "отметил, что явка была низкой.",
            "явка",
            "Алексей Мартынов",
            id="bare-analyst",
        ),
        pytest.param(
            "Главной угрозой для рубля станет нефть, рассказал доцент университета Игорь "
            "Балынин. По словам другого эксперта, курс может вырасти к осени.",
            "курс",
            "другой эксперт",
            id="near-miss-another-expert",
        ),
        pytest.param(
            "Главной угрозой для рубля станет нефть, рассказал доцент университета Игорь "
            "Балынин. По словам эксперта ВШЭ, курс может вырасти к осени.",
            "курс",
            "эксперт ВШЭ",
            id="near-miss-an-expert-with-his-body",
        ),
        pytest.param(
            "Цены на нефть падают. По словам эксперта, курс может вырасти к осени.",
            "курс",
            "эксперт",
            id="near-miss-no-one-quoted-before",
        ),
    ],
)
def test_expert_takes_up_the_person_quoted(models, text, quote, speaker):
    assert speaker_of(text, quote, models, lower=True) == speaker.lower()


def test_plural_post_is_not_the_speaker(models):
    text = (
        "Высылка российских дипломатов из Польши является провокацией, заявил директор "
        "департамента МИД России Артем Булатов. «Ответ последует», — подчеркнул дипломат."
    )
    assert speaker_of(text, "Ответ", models) == "Артем Булатов"


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            "Министр Иван Петров посетовал на задержки с поставками.",
            [("на задержки с поставками", "Иван Петров")],
            id="posetoval-na",
        ),
        pytest.param(
            "Министр Иван Петров намекнул на возможную отставку правительства.",
            [("на возможную отставку правительства", "Иван Петров")],
            id="namekuul-na",
        ),
        pytest.param(
            "Министр Иван Петров заверил в готовности ведомства к диалогу.",
            [("в готовности ведомства к диалогу", "Иван Петров")],
            id="zaveril-v",
        ),
        pytest.param(
            "Министр Иван Петров намекнул на это в интервью.",
            [],
            id="near-miss-na-eto",
        ),
        pytest.param(
            "Министр сообщил о планах ужесточить требования к банкам и страховщикам.",
            [("о планах ужесточить требования к банкам и страховщикам", "министр")],
            id="dative-after-a-preposition",
        ),
        pytest.param(
            "Министр рассказал о новых требованиях прокуратуре.",
            [("о новых требованиях", "министр")],
            id="near-miss-dative-addressee",
        ),
    ],
)
def test_prepositional_content(models, text, expected):
    assert indirect(text, models) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            "Новости\nРоссия не намерена выходить из договора, об этом заявил министр "
            "Сергей Лавров.",
            [("Россия не намерена выходить из договора", "Сергей Лавров")],
            id="comma-ob-etom",
        ),
        pytest.param(
            "Новости\nПевица была убита: об этом заявил частный детектив Пол Хьюбл.",
            [("Певица была убита", "Пол Хьюбл")],
            id="colon-ob-etom",
        ),
        pytest.param(
            "Новости\nРоссия не намерена выходить из договора, заявил об этом министр "
            "Сергей Лавров.",
            [("Россия не намерена выходить из договора", "Сергей Лавров")],
            id="cue-ob-etom",
        ),
        pytest.param(
            "Новости\nРоссия не намерена выходить из договора. Об этом заявил министр "
            "Сергей Лавров.",
            [("Россия не намерена выходить из договора", "Сергей Лавров")],
            id="near-miss-the-sentence-before",
        ),
    ],
)
def test_about_this_in_one_sentence(models, text, expected):
    assert indirect(text, models) == expected


def test_about_this_after_an_inserted_clause(models):
    text = (
        "Новости\nХоккеист решил завершить карьеру. Защитник, которого считают великим, "
        "объявил об этом на пресс-конференции."
    )
    assert [quote for quote, _ in indirect(text, models)] == ["Хоккеист решил завершить карьеру"]


@pytest.mark.parametrize(
    "text, quote, speaker",
    [
        pytest.param(
            "В Германии находится Алексей Ковальчук. Ковальчук был заочно арестован, а его "
            "адвокат заявил, что обвинения сфабрикованы.",
            "обвинения",
            "адвокат Алексея Ковальчука",
            id="owner-inflected",
        ),
        pytest.param(
            "Нилуфар Рахмани подала прошение об убежище. Её адвокат заявил, что капитан "
            "получает угрозы.",
            "капитан",
            "адвокат Нилуфар Рахмани",
            id="foreign-woman-indeclinable",
        ),
        pytest.param(
            "Сергей Шойгу провел совещание. Его заместитель сообщил, что учения завершены.",
            "учения",
            "заместитель Сергея Шойгу",
            id="surname-in-a-vowel-kept",
        ),
        pytest.param(
            "Суд арестовал Дмитрия Смилянца. Его адвокат заявил, что обжалует решение.",
            "обжалует",
            "адвокат Дмитрия Смилянца",
            id="near-miss-genitive-as-written",
        ),
        pytest.param(
            "Скончалась Джанет Рено. Об этом сообщила её крестница Габриэль Даламберт.",
            "Скончалась",
            "Габриэль Даламберт",
            id="name-right-after-the-owned-role",
        ),
        pytest.param(
            "Политик Оливер Иванович убит во вторник.\n\nОб этом сообщил его адвокат.\n\n"
            "«Его застрелили на месте», – сообщил агентству AFP адвокат Небойша Влаич.",
            "Политик",
            "Небойша Влаич",
            id="role-introduced-later",
        ),
        pytest.param(
            "Надежда Савченко находится под арестом. Её адвокаты утверждают, что её передали "
            "властям на границе. Адвокат Савченко Марк Фейгин опубликовал записку.",
            "её передали",
            "адвокаты Савченко",
            id="near-miss-plural-role",
        ),
    ],
)
def test_role_owned_by_a_pronoun(models, text, quote, speaker):
    assert speaker_of(text, quote, models) == speaker


@pytest.mark.parametrize(
    "text, quote, speaker",
    [
        pytest.param(
            "В воскресенье Белый дом охарактеризовал Ли Куан Ю как «провидца, построившего "
            "великую страну».",
            "провидца",
            "Белый дом",
            id="place-subject-before-an-indeclinable-object",
        ),
        pytest.param(
            "Министр Иван Петров охарактеризовал Андрея Сидорова как «провидца, построившего "
            "великую страну».",
            "провидца",
            "Иван Петров",
            id="near-miss-person-subject",
        ),
    ],
)
def test_place_that_speaks(models, text, quote, speaker):
    assert speaker_of(text, quote, models) == speaker


def test_place_inside_a_subject_is_no_speaker(models):
    text = "Закон штата Массачусетс требует, чтобы каждый город выделил место для кладбища."
    assert all(speaker != "Массачусетс" for _, speaker in indirect(text, models))


SHOOTING = "Стрельба в школе\nИм оказался 17-летний житель города Дмитрий Петров.\n\n"
PLEA = "«Большое количество полиции, пожалуйста, избегайте этого района», — написал он."


@pytest.mark.parametrize(
    "text, speaker",
    [
        pytest.param(
            f"{SHOOTING}В Твиттере шерифа округа Майкла Брауна появилась просьба. {PLEA}",
            "Майкл Браун",
            id="the-one-person-of-the-paragraph",
        ),
        pytest.param(
            f"{SHOOTING}В Твиттере шерифа Майкла Брауна и мэра Джона Смита появились просьбы. "
            f"{PLEA}",
            "Дмитрий Петров",
            id="near-miss-two-people-in-the-paragraph",
        ),
        pytest.param(
            f"{SHOOTING}«Спросите Майкла Брауна, лучше ли ему живется», — заявил он.",
            "Дмитрий Петров",
            id="near-miss-a-name-inside-the-quote",
        ),
    ],
)
def test_pronoun_stays_in_its_paragraph(models, text, speaker):
    quote = text.split("«")[1][:10]
    assert speaker_of(text, quote, models) == speaker


def test_horizontal_bar_is_a_dash(models):
    text = "«Мы готовы к переговорам с любой стороной», ― заявил министр Иван Петров."
    assert speaker_of(text, "Мы готовы", models) == "Иван Петров"


@pytest.mark.parametrize(
    "text, sentences",
    [
        pytest.param(
            "Он умер в Розенхайме (Бавария; Германия) в кругу семьи. Ему был 71 год.",
            ["Он умер в Розенхайме (Бавария; Германия) в кругу семьи.", "Ему был 71 год."],
            id="semicolon-before-a-capital",
        ),
        pytest.param(
            "Он умер в Розенхайме. Ему был 71 год.",
            ["Он умер в Розенхайме.", "Ему был 71 год."],
            id="near-miss-full-stops",
        ),
    ],
)
def test_a_semicolon_ends_no_sentence(text, sentences):
    assert [s.text for s in segment(text).sents] == sentences


def test_content_goes_on_over_a_semicolon_in_brackets(models):
    text = (
        "Музыкант умер в городе Розенхайме (Бавария; Германия) в кругу семьи, сообщила "
        "публицист Хейди Робинсон."
    )
    assert indirect(text, models) == [
        ("Музыкант умер в городе Розенхайме (Бавария; Германия) в кругу семьи", "Хейди Робинсон")
    ]


READY = "«Мы готовы к любому развитию событий»"


@pytest.mark.parametrize(
    "text, speaker",
    [
        pytest.param(
            f"{READY}, — эти слова командира корабля «Союз ТМА-08М» Павла Виноградова, "
            "сказанные им накануне полета, цитирует ИТАР-ТАСС.",
            "Павел Виноградов",
            id="eti-slova-over-a-quoted-name",
        ),
        pytest.param(
            f"{READY}, — такие слова министра обороны Сергея Шойгу приводит ТАСС.",
            "Сергей Шойгу",
            id="takie-slova",
        ),
        pytest.param(
            f"{READY}, — слова министра приводит ТАСС.",
            "министр",
            id="slova-not-the-outlet",
        ),
        pytest.param(
            f"{READY}, — цитирует слова министра ТАСС.",
            "министр",
            id="quoting-verb-first-outlet-after",
        ),
        pytest.param(
            f"{READY}, — цитирует губернатора РИА Новости.",
            "губернатор",
            id="near-miss-quoted-object-as-before",
        ),
    ],
)
def test_words_of_after_the_dash(models, text, speaker):
    assert speaker_of(text, "Мы готовы", models) == speaker


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            "Газовый монополист три дня назад официально предупредил ОАО «Белтрансгаз» и "
            "правительство Белоруссии о возможном ограничении поставок газа.",
            [("о возможном ограничении поставок газа", "газовый монополист")],
            id="addressee-with-a-quoted-name-and-a-neuter-noun",
        ),
        pytest.param(
            "Ситуация стабилизировалась, сообщило агентство Reuters.",
            [("Ситуация стабилизировалась", "Reuters")],
            id="near-miss-neuter-verb-neuter-subject",
        ),
    ],
)
def test_addressee_before_the_topic(models, text, expected):
    assert indirect(text, models) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            "Ряд СМИ сообщили, что документ подписан.",
            [("документ подписан", "ряд СМИ")],
            id="ryad-smi",
        ),
        pytest.param(
            "Часть изданий написала, что документ подписан.",
            [("документ подписан", "часть изданий")],
            id="chast-izdaniy",
        ),
        pytest.param(
            "Ряд домов остался без света, сообщили в МЧС.",
            [("Ряд домов остался без света", "МЧС")],
            id="near-miss-things-counted",
        ),
    ],
)
def test_counted_outlets_speak(models, text, expected):
    assert indirect(text, models) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            "Министр обороны, по его словам, не видит причин для отставки.",
            [("Министр обороны, по его словам, не видит причин для отставки", "министр обороны")],
            id="pronoun-owner-is-the-role-before-it",
        ),
        pytest.param(
            "Министр обороны Иван Петров, по его словам, не видит причин для отставки.",
            [
                (
                    "Министр обороны Иван Петров, по его словам, не видит причин для отставки",
                    "Иван Петров",
                )
            ],
            id="near-miss-a-name-as-before",
        ),
        pytest.param(
            "Губернатор пообещал проконтролировать ход ремонта и заверил жителей, что к зиме "
            "работы будут завершены.",
            [
                ("проконтролировать ход ремонта", "губернатор"),
                ("к зиме работы будут завершены", "губернатор"),
            ],
            id="infinitive-ends-before-a-second-speech-verb",
        ),
        pytest.param(
            "Губернатор пообещал проверить и доложить о результатах.",
            [("проверить и доложить о результатах", "губернатор")],
            id="near-miss-two-infinitives",
        ),
    ],
)
def test_same_sentence_role_and_second_act(models, text, expected):
    assert indirect(text, models) == expected
