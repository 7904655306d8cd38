"""Quotes: direct and indirect reported speech in Russian news, with speakers."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

import helpers
from helpers.eval import quotes as quote_scoring
from helpers.nlp.quotes import verbs
from helpers.nlp.quotes.extract import COLUMNS, RULES
from helpers.nlp.quotes.marks import quoted_spans
from helpers.pipeline.analysis import extract_quotes
from helpers.pipeline.models import default_models

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def models():
    return default_models()


def quotes_of(text: str, models) -> pd.DataFrame:
    table = extract_quotes(text, models)
    for row in table.itertuples():
        assert text[row.start : row.stop] == row.text
    return table


def rows(table: pd.DataFrame, kind: str) -> list[tuple[str, str | None]]:
    part = table[table["kind"] == kind]
    return [
        (t, None if pd.isna(s) else s) for t, s in zip(part["text"], part["speaker"], strict=True)
    ]


# --- direct speech ------------------------------------------------------------------------

DIRECT = [
    pytest.param(
        '"Мы продолжим работу над договором", - сказал Сергей Лавров.',
        [("Мы продолжим работу над договором", "Сергей Лавров")],
        id="straight-quotes-hyphen",
    ),
    pytest.param(
        "«Мы продолжим работу над договором», — заявил Сергей Лавров.",
        [("Мы продолжим работу над договором", "Сергей Лавров")],
        id="guillemets-em-dash",
    ),
    pytest.param(
        "«Позиция России не изменилась», – отметила Мария Захарова.",
        [("Позиция России не изменилась", "Мария Захарова")],
        id="en-dash-feminine",
    ),
    pytest.param(
        "«Встреча пройдёт в Кремле»,\u00a0— сказал Дмитрий Песков.",
        [("Встреча пройдёт в Кремле", "Дмитрий Песков")],
        id="nbsp-before-dash",
    ),
    pytest.param(
        "„Решение принято окончательно“, — сказал Владимир Путин.",
        [("Решение принято окончательно", "Владимир Путин")],
        id="low-high-quotes",
    ),
    pytest.param(
        "“Решение принято окончательно”, — сказал Владимир Путин.",
        [("Решение принято окончательно", "Владимир Путин")],
        id="english-quotes",
    ),
    pytest.param(
        "Министр иностранных дел Сергей Лавров сказал: «Мы не будем отвечать на провокации».",
        [("Мы не будем отвечать на провокации", "Сергей Лавров")],
        id="colon-before",
    ),
    pytest.param(
        "«Переговоры идут трудно, — сказал Сергей Лавров. — Но мы надеемся на результат».",
        [
            ("Переговоры идут трудно", "Сергей Лавров"),
            ("Но мы надеемся на результат", "Сергей Лавров"),
        ],
        id="split-quote",
    ),
    pytest.param(
        "По словам Сергея Лаврова, «переговоры идут трудно, но результат будет».",
        [("переговоры идут трудно, но результат будет", "Сергей Лавров")],
        id="po-slovam-quote",
    ),
    pytest.param(
        'Сергей Шойгу выступил в Москве. "Приглашаю коллег на форум "Армия-2022", - сказал Шойгу.',
        [('Приглашаю коллег на форум "Армия-2022', "Сергей Шойгу")],
        id="collapsed-straight-quotes",
    ),
    pytest.param(
        "Владимир Путин провёл совещание. «Работа должна быть закончена в срок», — сказал он.",
        [("Работа должна быть закончена в срок", "Владимир Путин")],
        id="pronoun-resolved",
    ),
    pytest.param(
        "В Минск прибыли Мария Захарова и Сергей Лавров. «Переговоры прошли успешно», — заявила она.",
        [("Переговоры прошли успешно", "Мария Захарова")],
        id="pronoun-gender",
    ),
    pytest.param(
        "Глава МИД России Сергей Лавров прибыл в Минск. «Мы готовы к диалогу», — добавил министр.",
        [("Мы готовы к диалогу", "Сергей Лавров")],
        id="bare-role-resolved",
    ),
    pytest.param(
        "Сергей Лавров прибыл в Минск. «Встреча была сложной», — сказал источник.",
        [("Встреча была сложной", "источник")],
        id="anonymous-source-not-resolved",
    ),
    pytest.param(
        "Дмитрий Песков заявил:\nМы не видим здесь никакой проблемы. Работа продолжается.",
        [("Мы не видим здесь никакой проблемы. Работа продолжается", "Дмитрий Песков")],
        id="colon-block-without-marks",
    ),
    pytest.param(
        "«Мы не отступим», — сказал Иван Петров. «Мы будем бороться до конца».",
        [("Мы не отступим", "Иван Петров"), ("Мы будем бороться до конца", "Иван Петров")],
        id="cue-less-quote-continues-speaker",
    ),
    pytest.param(
        "Анна Смирнова выступила на митинге. «Мы не уйдём», — сказала она.\n"
        "«Нас поддерживают жители всего района».",
        [
            ("Мы не уйдём", "Анна Смирнова"),
            ("Нас поддерживают жители всего района", "Анна Смирнова"),
        ],
        id="cue-less-quote-next-paragraph",
    ),
    pytest.param(
        "Дмитрий Песков прокомментировал решение суда. «Мы уважаем решение суда».",
        [("Мы уважаем решение суда", "Дмитрий Песков")],
        id="quote-after-sentence-with-speech-verb",
    ),
    pytest.param(
        "Аленка Братушек возглавила правительство вместо Зорана Янковича. «Греческого "
        "сценария не будет», — пообещала она.",
        [("Греческого сценария не будет", "Аленка Братушек")],
        id="pronoun-gender-from-given-name",
    ),
    pytest.param(
        "Японская принцесса Мако выходит замуж. «Я знала, что потеряю свой статус», — "
        "рассказала принцесса.",
        [("Я знала, что потеряю свой статус", "Мако")],
        id="noun-resolved-to-person-introduced-with-it",
    ),
    pytest.param(
        "«Это собственность его жены», – рассказала близкая подруга супруги Армена Джигарханяна.",
        [("Это собственность его жены", "близкая подруга супруги Армена Джигарханяна")],
        id="name-of-second-noun-is-not-the-speaker",
    ),
]


def test_multi_paragraph_quote_is_one_record_per_paragraph(models):
    """The guideline: a block quote of several paragraphs is one record per paragraph."""
    text = (
        "Дмитрий Песков ответил журналистам.\n"
        "«Мы внимательно следим за ситуацией и обсуждаем её с партнёрами.\n"
        "«Решения будут приняты в ближайшее время»,\u00a0— сказал Песков."
    )
    direct = rows(quotes_of(text, models), "direct")
    assert direct == [
        ("Мы внимательно следим за ситуацией и обсуждаем её с партнёрами", "Дмитрий Песков"),
        ("Решения будут приняты в ближайшее время", "Дмитрий Песков"),
    ]


# --- indirect speech ----------------------------------------------------------------------

INDIRECT = [
    pytest.param(
        "Сергей Лавров заявил, что Россия не будет отвечать на провокации.",
        ("Россия не будет отвечать на провокации", "Сергей Лавров", "заявил"),
        id="zayavil-chto",
    ),
    pytest.param(
        "По словам Сергея Лаврова, переговоры зашли в тупик.",
        ("переговоры зашли в тупик", "Сергей Лавров", "По словам"),
        id="po-slovam",
    ),
    pytest.param(
        "Как сообщил Дмитрий Песков, встреча состоится в пятницу.",
        ("встреча состоится в пятницу", "Дмитрий Песков", "сообщил"),
        id="kak-soobshchil",
    ),
    pytest.param(
        "Переговоры пройдут в Минске на следующей неделе, заявил в четверг министр "
        "иностранных дел России Сергей Лавров.",
        ("Переговоры пройдут в Минске на следующей неделе", "Сергей Лавров", "заявил"),
        id="agency-lead",
    ),
    pytest.param(
        "Владимир Путин встретился с Александром Лукашенко. По его словам, встреча прошла "
        "конструктивно.",
        ("встреча прошла конструктивно", "Владимир Путин", "По словам"),
        id="po-ego-slovam",
    ),
    pytest.param(
        "Встреча лидеров пройдёт в Минске. Об этом сообщил Дмитрий Песков.",
        ("Встреча лидеров пройдёт в Минске", "Дмитрий Песков", "сообщил"),
        id="ob-etom-soobshchil",
    ),
    pytest.param(
        "Сообщается, что пострадавших при пожаре нет.",
        ("пострадавших при пожаре нет", None, "Сообщается"),
        id="impersonal-no-speaker",
    ),
    pytest.param(
        "Цены на нефть вырастут в следующем году, пишет газета Financial Times.",
        ("Цены на нефть вырастут в следующем году", "Financial Times", "пишет"),
        id="pishet-outlet",
    ),
    pytest.param(
        "По данным МВД, в аварии пострадали три человека.",
        ("в аварии пострадали три человека", "МВД", "По данным"),
        id="po-dannym",
    ),
    pytest.param(
        "По мнению экспертов, цены продолжат расти.",
        ("цены продолжат расти", "эксперты", "По мнению"),
        id="po-mneniyu-role-nominative",
    ),
    pytest.param(
        "В Кремле заявили, что встреча состоится в пятницу.",
        ("встреча состоится в пятницу", "Кремль", "заявили"),
        id="v-kremle-zayavili",
    ),
    pytest.param(
        "Лавров: переговоры с США зашли в тупик\nМинистр иностранных дел России Сергей Лавров "
        "выступил в Москве.",
        ("переговоры с США зашли в тупик", "Сергей Лавров", ":"),
        id="headline",
    ),
    pytest.param(
        "Овик Абраамян подал в отставку, заявив, что стране нужна свежая политика.",
        ("стране нужна свежая политика", "Овик Абраамян", "заявив"),
        id="gerund-cue",
    ),
    pytest.param(
        "Мария Захарова сообщила о высылке трёх дипломатов.",
        ("о высылке трёх дипломатов", "Мария Захарова", "сообщила"),
        id="noun-phrase-content",
    ),
    pytest.param(
        "Иван Петров заявил в интервью газете «Известия», что не собирается уходить.",
        ("не собирается уходить", "Иван Петров", "заявил"),
        id="outlet-after-verb-is-not-subject",
    ),
    pytest.param(
        "Брэд Питт сравнил семейную жизнь с Анджелиной Джоли с психушкой.",
        ("семейную жизнь с Анджелиной Джоли с психушкой", "Брэд Питт", "сравнил"),
        id="object-cue-subject-before-verb",
    ),
    pytest.param(
        "Лишь сегодня пресс-служба фракции ЛДПР подтвердила гибель депутата.",
        ("гибель депутата", "пресс-служба фракции ЛДПР", "подтвердила"),
        id="head-noun-of-genitive-name",
    ),
    pytest.param(
        "Журнал «Тайм» назвал музыканта одним из самых влиятельных людей года.",
        ("музыканта одним из самых влиятельных людей года", "Тайм", "назвал"),
        id="outlet-by-title-noun",
    ),
    pytest.param(
        "Юрий Лужков планирует выращивать грибы. О своих планах Лужков рассказал в интервью.",
        ("Юрий Лужков планирует выращивать грибы", "Юрий Лужков", "рассказал"),
        id="o-svoih-planah-previous-sentence",
    ),
    pytest.param(
        "У губернатора Ивана Петрова родился сын. Рассказала его пресс-секретарь Анна Смирнова.",
        ("У губернатора Ивана Петрова родился сын", "Анна Смирнова", "Рассказала"),
        id="bare-cue-sentence-previous-sentence",
    ),
    pytest.param(
        "Столичный департамент транспорта сообщает, что движение автобусов восстановлено.",
        ("движение автобусов восстановлено", "столичный департамент транспорта", "сообщает"),
        id="organisation-noun-subject",
    ),
    pytest.param(
        "Табмен родилась в Мэриленде. Большинство историков считают, что её разлучили с "
        "родителями.",
        ("её разлучили с родителями", "большинство историков", "считают"),
        id="quantifier-with-people",
    ),
    pytest.param(
        "Умер Фидель Кастро\nВ субботу умер лидер кубинской революции Фидель Кастро. Ему было 90 "
        "лет.\nОб этом сообщил его брат Рауль Кастро.",
        (
            "В субботу умер лидер кубинской революции Фидель Кастро. Ему было 90 лет",
            "Рауль Кастро",
            "сообщил",
        ),
        id="ob-etom-opening-a-paragraph-reports-the-paragraph",
    ),
    pytest.param(
        "Агентство не сообщило деталей, отметив только, что расследование продолжается.",
        ("расследование продолжается", "агентство", "отметив"),
        id="particle-ends-the-role-phrase",
    ),
    pytest.param(
        "МИД России опубликовал комментарий по поводу решения. В нём сказано, что суд не "
        "оправдал надежд.",
        ("суд не оправдал надежд", "МИД России", "сказано"),
        id="v-nem-skazano-author-of-document-before",
    ),
    pytest.param(
        "Переговоры с Китаем продолжаются, сообщили в пресс-службе МИД.",
        ("Переговоры с Китаем продолжаются", "пресс-служба МИД", "сообщили"),
        id="postposed-plural-place-source",
    ),
    pytest.param(
        "Переговоры с Китаем продолжаются, говорится в заявлении МИД России.",
        ("Переговоры с Китаем продолжаются", "МИД России", "говорится"),
        id="postposed-impersonal-document-author",
    ),
    pytest.param(
        "Переговоры с Китаем продолжаются, отмечается в докладе.",
        ("Переговоры с Китаем продолжаются", "доклад", "отмечается"),
        id="postposed-impersonal-document-speaks",
    ),
    pytest.param(
        "Иван Петров уверен, что переговоры продолжатся.",
        ("переговоры продолжатся", "Иван Петров", "уверен"),
        id="short-adjective-of-conviction",
    ),
]


TWO_INDIRECT = [
    pytest.param(
        "Иван Петров заявил, что метро откроется в срок, и добавил, что стройка идёт по плану.",
        [("метро откроется в срок", "Иван Петров"), ("стройка идёт по плану", "Иван Петров")],
        id="two-verbs-one-sentence",
    ),
    pytest.param(
        "В полиции сообщили, что девочка не может описать нападавших, и предположили, что её "
        "запугали.",
        [("девочка не может описать нападавших", "полиция"), ("её запугали", "полиция")],
        id="coordinated-verbs-share-subject",
    ),
    pytest.param(
        "МИД России заявил, что суд не оправдал надежд. В ведомстве отметили, что суд вынес "
        "всего четыре приговора.",
        [
            ("суд не оправдал надежд", "МИД России"),
            ("суд вынес всего четыре приговора", "МИД России"),
        ],
        id="v-vedomstve-is-the-organisation",
    ),
]


# --- rules of the third round: one small sentence per rule ------------------------

MORE_DIRECT = [
    pytest.param(
        "«Мы закончим ремонт к осени, — пообещал Иван Смирнов. — Рабоче-крестьянский район "
        "получит новую школу».",
        [
            ("Мы закончим ремонт к осени", "Иван Смирнов"),
            ("Рабоче-крестьянский район получит новую школу", "Иван Смирнов"),
        ],
        id="split-quote-hyphenated-word-is-no-dash",
    ),
    pytest.param(
        "«Сроки не сорваны, — сказал Иван Смирнов. — Это главное». «Остальное решим», — добавил он.",
        [
            ("Сроки не сорваны", "Иван Смирнов"),
            ("Это главное", "Иван Смирнов"),
            ("Остальное решим", "Иван Смирнов"),
        ],
        id="name-inside-split-quote-resolves-the-pronoun",
    ),
    pytest.param(
        "Глава района Олег Петров выступил на сессии. Депутат Иван Смирнов спросил у Петрова о "
        "сроках, на что тот ответил: «Все работы закончатся в мае».",
        [("Все работы закончатся в мае", "Олег Петров")],
        id="tot-is-the-other-person",
    ),
    pytest.param(
        "Анна Кузнецова, директор школы, сказала: «Занятия начнутся в понедельник».",
        [("Занятия начнутся в понедельник", "Анна Кузнецова")],
        id="apposition-after-the-name",
    ),
    pytest.param(
        "Кандидат в мэры Анна Белова вышла к журналистам из дома своей дочери Челси, объявила: "
        "«Я здорова!»",
        [("Я здорова!", "Анна Белова")],
        id="name-after-an-oblique-noun-is-no-subject",
    ),
    pytest.param(
        "В сообщении на официальном сайте мэрии говорится:\nРаботы на проспекте завершатся до "
        "конца месяца.",
        [("Работы на проспекте завершатся до конца месяца", "официальный сайт мэрии")],
        id="document-on-a-site",
    ),
    pytest.param(
        "Как отмечается в материалах банка: «Количество проданных облигаций: 0 (ноль) штук».",
        [("Количество проданных облигаций: 0 (ноль) штук", "банк")],
        id="long-verbless-statement-after-colon-is-no-title",
    ),
    pytest.param(
        "«Работы на мосту закончены», — говорится в сообщении местных СМИ.",
        [("Работы на мосту закончены", "местные СМИ")],
        id="impersonal-cue-after-dash",
    ),
    pytest.param(
        "Как выразился один из экспертов, рынок «перегрет до самого предела».",
        [("перегрет до самого предела", "один из экспертов")],
        id="odin-iz-source",
    ),
    pytest.param(
        "Пресс-секретарь клуба Мария Орлова, жена тренера, сказала:\nКоманда готова к сезону.\n"
        "Позже Орлова уточнила, что тренировки начнутся в июле.",
        [("Команда готова к сезону", "Мария Орлова")],
        id="feminine-name-misread-as-masculine-genitive",
    ),
    pytest.param(
        "«Кухня там лучшая в городе, — написал журналист газеты ''Morning Star''. — Но цены "
        "высоки».",
        [
            ("Кухня там лучшая в городе", "журналист газеты Morning Star"),
            ("Но цены высоки", "журналист газеты Morning Star"),
        ],
        id="role-with-outlet-title-in-wiki-quotes",
    ),
]


@pytest.mark.parametrize(("text", "expected"), DIRECT + MORE_DIRECT)
def test_direct_quotes(text, expected, models):
    assert rows(quotes_of(text, models), "direct") == expected


def test_lost_block_after_blank_lines_is_not_taken(models):
    text = "Олег Петров сказал:\n\n\nСегодня в городе прошёл праздник."
    assert quotes_of(text, models).empty


MORE_INDIRECT = [
    pytest.param(
        "По словам одного из жителей, пенсионера Петра Волкова, воду отключали трижды.",
        ("воду отключали трижды", "Петр Волков", "По словам"),
        id="po-slovam-apposition-names-the-person",
    ),
    pytest.param(
        "Переговоры возобновятся в мае, говорится в заявлении МИД Италии.",
        ("Переговоры возобновятся в мае", "МИД Италии", "говорится"),
        id="postposed-document-author",
    ),
    pytest.param(
        "В документе говорится, что выплаты начнутся в марте.",
        ("выплаты начнутся в марте", "документ", "говорится"),
        id="document-speaks-when-no-author",
    ),
    pytest.param(
        "Минтранс опубликовал справку, в которой говорилось, что мост откроют в срок.",
        ("мост откроют в срок", "Минтранс", "говорилось"),  # its publisher (round 25)
        id="v-kotoroy-govorilos-antecedent-document",
    ),
    pytest.param(
        "По данным полиции никто из пассажиров не пострадал.",
        ("никто из пассажиров не пострадал", "полиция", "По данным"),
        id="po-dannym-without-comma",
    ),
    pytest.param(
        "По данным «Коммерсанта», сделка будет закрыта в июне.",
        ("сделка будет закрыта в июне", "Коммерсант", "По данным"),
        id="po-dannym-quoted-outlet",
    ),
    pytest.param(
        "По сообщениям из Токио, землетрясение не вызвало цунами.",
        ("землетрясение не вызвало цунами", "Токио", "По сообщениям"),
        id="po-soobshcheniyam-iz-place",
    ),
    pytest.param(
        "При этом, по сведениям агентства Reuters, сделка сорвалась.",
        ("сделка сорвалась", "Reuters", "по сведениям"),
        id="po-svedeniyam-after-opener",
    ),
    pytest.param(
        "Согласно данным ведомства, урожай вырос на треть.",
        ("урожай вырос на треть", "ведомство", "Согласно данным"),
        id="soglasno-dannym",
    ),
    pytest.param(
        "По данным газеты ''The Guardian'', сделка сорвалась.",
        ("сделка сорвалась", "The Guardian", "По данным"),
        id="outlet-title-in-wiki-quotes",
    ),
    pytest.param(
        "В феврале из Пекина сообщили о запуске нового спутника.",
        ("о запуске нового спутника", "Пекин", "сообщили"),
        id="iz-place-soobshchili-not-the-month",
    ),
    pytest.param(
        "Местные власти утверждают, что дорогу починили.",
        ("дорогу починили", "местные власти", "утверждают"),
        id="authorities-speak",
    ),
    pytest.param(
        "Ранее СМИ сообщали, что завод закроют.",
        ("завод закроют", "СМИ", "сообщали"),
        id="media-speak",
    ),
    pytest.param(
        "Следствие полагает, что поджог был спланирован заранее.",
        ("поджог был спланирован заранее", "следствие", "полагает"),
        id="investigation-speaks",
    ),
    pytest.param(
        "Жители просили администрацию отремонтировать дорогу до зимы.",
        ("отремонтировать дорогу до зимы", "жители", "просили"),
        id="request-with-infinitive-content",
    ),
    pytest.param(
        "Футболист признался в употреблении запрещённых препаратов.",
        ("в употреблении запрещённых препаратов", "футболист", "признался"),
        id="prepositional-content",
    ),
    pytest.param(
        "Как сообщается, пожар потушен.",
        ("пожар потушен", None, "сообщается"),
        id="kak-soobshchaetsya-no-source",
    ),
    pytest.param(
        "Как указывается в отчёте, расходы выросли вдвое.",
        ("расходы выросли вдвое", "отчёт", "указывается"),
        id="kak-ukazyvaetsya-v-dokumente",
    ),
    pytest.param(
        "Он уехал после того, как врачи сообщили, что опасность миновала.",
        ("опасность миновала", "врачи", "сообщили"),
        id="posle-togo-kak-is-a-time-clause",
    ),
    pytest.param(
        "О смерти актёра сообщили его родственники.",
        ("О смерти актёра", "родственники", "сообщили"),
        id="fronted-o-phrase",
    ),
    pytest.param(
        "Италия сократила долг всем странам за исключением Франции, которая настаивала на "
        "особых условиях.",
        ("на особых условиях", "Франция", "настаивала"),
        id="kotoraya-antecedent",
    ),
    pytest.param(
        "Позднее неназванный представитель министерства рассказал, что переговоры продолжатся.",
        ("переговоры продолжатся", "неназванный представитель министерства", "рассказал"),
        id="unnamed-role-stays-a-role",
    ),
    pytest.param(
        "Министр обороны Иван Смирнов прибыл в Минск. Министр обороны высоко оценил работу коллег.",
        ("работу коллег", "Иван Смирнов", "оценил"),
        id="definite-office-points-back",
    ),
    pytest.param(
        "Пресс-секретарь президента Олег Петров сообщил о переносе визита.",
        ("о переносе визита", "Олег Петров", "сообщил"),
        id="name-after-genitive-role-in-the-head-case",
    ),
    pytest.param(
        "Штаб кандидата объяснял задержку тем, что самолёт опоздал.",
        ("самолёт опоздал", "штаб кандидата", "объяснял"),
        id="tem-chto",
    ),
    pytest.param(
        "Москва. 12 мая. INTERFAX - Переговоры пройдут в Минске, заявил в четверг глава МИД Иван "
        "Смирнов.\r\n",
        ("Переговоры пройдут в Минске", "Иван Смирнов", "заявил"),
        id="agency-signature-is-no-content",
    ),
    pytest.param(
        'Как сообщил "Интерфаксу" источник в правительстве, проект готов.',
        ("проект готов", "источник в правительстве", "сообщил"),
        id="unnamed-source-and-its-place",
    ),
    pytest.param(
        "Более того, как сообщает CNN, переговоры сорвались.",
        ("переговоры сорвались", "CNN", "сообщает"),
        id="bolee-togo-is-no-time-clause",
    ),
    pytest.param(
        "Иван Смирнов согласился возглавить комиссию. Об этом нынешний губернатор заявил, "
        "выступая на съезде.",
        ("Иван Смирнов согласился возглавить комиссию", "Иван Смирнов", "заявил"),
        id="ob-etom-subject-before-the-verb",
    ),
    pytest.param(
        "Это подтвердил муж певицы Олег Петров. Позже певица попросила не писать о ней громких "
        "слов.",
        ("не писать о ней громких слов", "певица", "попросила"),
        id="role-in-genitive-introduces-no-one",
    ),
    pytest.param(
        "Судьи, хотя и не признали дело политическим, однако посчитали, что суд нарушил права "
        "заявителей.",
        ("суд нарушил права заявителей", "судьи", "посчитали"),
        id="poschitali-chto",
    ),
    pytest.param(
        "Однако оставшиеся в живых утверждали, что пожар начался от снарядов.",
        ("пожар начался от снарядов", "оставшиеся в живых", "утверждали"),
        id="participle-as-subject",
    ),
    pytest.param(
        "Близкие звёздной пары рассказали об атмосфере в семье.",
        ("об атмосфере в семье", "близкие звёздной пары", "рассказали"),
        id="adjective-as-subject",
    ),
    pytest.param(
        "Эксперты компании убеждены, что игры удерживают пользователей.",
        ("игры удерживают пользователей", "эксперты компании", "убеждены"),
        id="short-adjective-is-no-part-of-the-role",
    ),
    pytest.param(
        "Главным успехом года мэр Олег Петров назвал построенные в городе школы, в которых учатся "
        "три тысячи детей.",
        (
            "Главным успехом года мэр Олег Петров назвал построенные в городе школы, в которых "
            "учатся три тысячи детей",
            "Олег Петров",
            "назвал",
        ),
        id="participle-object-with-relative-clause",  # the fronted predicate is content too
    ),
]


@pytest.mark.parametrize(("text", "expected"), INDIRECT + MORE_INDIRECT)
def test_indirect_quotes(text, expected, models):
    table = quotes_of(text, models)
    indirect = table[table["kind"] == "indirect"]
    assert len(indirect) == 1
    row = indirect.iloc[0]
    speaker = None if pd.isna(row["speaker"]) else row["speaker"]
    assert (row["text"], speaker, row["cue"]) == expected


MORE_TWO_INDIRECT = [
    pytest.param(
        "Министр объявил о повышении пенсий на пресс-конференции, заявив, что деньги уже выделены.",
        [("о повышении пенсий", "министр"), ("деньги уже выделены", "министр")],
        id="noun-phrase-ends-before-setting-and-gerund",
    ),
    pytest.param(
        "В полиции сообщили, что задержан подозреваемый, и поэтому предположили, что ограбление "
        "раскрыто.",
        [("задержан подозреваемый", "полиция"), ("ограбление раскрыто", "полиция")],
        id="coordinated-after-poetomu",
    ),
]


@pytest.mark.parametrize(("text", "expected"), TWO_INDIRECT + MORE_TWO_INDIRECT)
def test_indirect_quotes_in_sequence(text, expected, models):
    assert rows(quotes_of(text, models), "indirect") == expected


MORE_NOT_QUOTES = [
    pytest.param("По оценке ситуации на рынке, цены вырастут.", id="po-otsenke-of-a-thing"),
    pytest.param("Иван Смирнов не уточнил, когда начнутся работы.", id="negated-report"),
    pytest.param(
        "Иван Смирнов, который, как полагают, покинул страну, не выходит на связь.",
        id="kak-polagayut-names-no-one",
    ),
    pytest.param("Совет Федерации одобрил законопроект о связи.", id="legislative-approval"),
    pytest.param(
        "Гонщик допустил ошибку в последнем повороте.", id="dopustil-oshibku-is-no-speech"
    ),
    pytest.param("Президент объявил чрезвычайное положение.", id="declaring-is-an-act"),
]


def test_document_sentence_before_a_block_is_no_lead(models):
    text = (
        "В сообщении Белого дома, выпущенном в воскресенье, говорится:\n"
        "Президент примет участие в саммите в июне."
    )
    table = quotes_of(text, models)
    assert rows(table, "indirect") == []
    assert rows(table, "direct") == [("Президент примет участие в саммите в июне", "Белый дом")]


# --- not quotes -----------------------------------------------------------------------------

NOT_QUOTES = [
    pytest.param("Компания предложила скидку покупателям.", id="offer-is-not-speech"),
    pytest.param("Сергей Шойгу прибыл в Астану. «Армия-2022» пройдёт в августе.", id="name-opens"),
    pytest.param(
        "Путин поручил снести дома. Разработанный законопроект предполагал снос «многоквартирных "
        "домов первого периода».",
        id="inanimate-subject-not-resolved-to-a-person",
    ),
    pytest.param("Интервью вышло в газете «Известия» в понедельник.", id="newspaper-title"),
    pytest.param(
        'Шойгу пригласил коллегу на форум "Армия", который пройдёт в августе.', id="event-name"
    ),
    pytest.param("Фильм «Ночь в музее» вышел в прокат в пятницу.", id="film-title"),
    pytest.param("Так называемые «мирные инициативы» обсуждались долго.", id="scare-quotes"),
    pytest.param("Напомним, что форум прошёл в августе прошлого года.", id="napomnim"),
    pytest.param("По предварительным данным, пострадавших нет.", id="no-source-named"),
    pytest.param("Учёные выяснили, что вода на Марсе когда-то была жидкой.", id="finding-verb"),
    pytest.param("Операция «Буря в пустыне» началась в январе 1991 года.", id="operation-title"),
]


@pytest.mark.parametrize("text", NOT_QUOTES + MORE_NOT_QUOTES)
def test_not_quotes(text, models):
    assert quotes_of(text, models).empty


@pytest.mark.parametrize("text", ["", "   \n  "])
def test_empty_text_gives_empty_table_with_columns(text, models):
    table = extract_quotes(text, models)
    assert table.empty
    assert list(table.columns) == list(COLUMNS)


def test_quoted_spans_pair_nested_marks():
    text = "„Внутри “вложенное” тут“ и «a «b» c»"
    found = [text[q.start : q.stop] for q in quoted_spans(text)]
    assert found == ["Внутри “вложенное” тут", "вложенное", "a «b» c", "b"]


# --- the seed -------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def seed_quotes(models) -> tuple[str, pd.DataFrame]:
    text = (ROOT / "data" / "raw" / "2022-06-23-shoigu-kazakhstan.txt").read_text(encoding="utf-8")
    return text, quotes_of(text, models)


def test_seed_direct_quotes_are_shoigu(seed_quotes):
    _, table = seed_quotes
    direct = table[table["kind"] == "direct"]
    assert len(direct) == 6
    assert set(direct["speaker"]) == {"Сергей Шойгу"}
    assert direct["text"].str.endswith('форум "Армия-2022').any()
    after_minister = direct[direct["cue"] == "добавил"]["text"]
    assert after_minister.str.startswith("Ключевые, это, конечно").any()


def test_seed_indirect_statements(seed_quotes):
    _, table = seed_quotes
    indirect = table[table["kind"] == "indirect"]
    assert set(indirect["speaker"]) == {"Сергей Шойгу"}
    starts = indirect["text"].str[:25].tolist()
    assert any(s.startswith("Совершенствование единой") for s in starts)  # the lead
    assert any(s.startswith("в российском военном") for s in starts)  # По его словам
    assert any(s.startswith("Программа стратегического") for s in starts)  # по словам главы


def test_seed_forum_name_is_not_a_quote(seed_quotes):
    text, table = seed_quotes
    forum = text.index('форум "Армия"') + len('форум "')
    assert not ((table["start"] <= forum) & (table["stop"] > forum)).any()


def test_seed_rule_is_filled_and_names_a_known_frame(seed_quotes):
    _, table = seed_quotes
    assert list(table.columns)[-2:] == ["rule", "in_headline_repeat"]
    assert table["rule"].notna().all()
    assert set(table["rule"]) <= set(RULES)
    assert set(table["rule"]) >= {"direct:dash_after", "indirect:po_slovam"}


def test_filtering_by_rule(seed_quotes):
    _, table = seed_quotes
    dash = table[table["rule"] == "direct:dash_after"]
    assert len(dash) == 6 and set(dash["kind"]) == {"direct"}
    parts = [table[table["rule"] == rule] for rule in table["rule"].unique()]
    assert sum(len(part) for part in parts) == len(table)
    by_source = table[table["rule"].str.startswith("indirect:po_slovam")]
    assert by_source["cue"].str.lower().str.startswith("по").all()


# one sentence per rule: the same examples as the "Rules" section of docs/quotes.md
RULE_EXAMPLES = [
    pytest.param(
        "«Переговоры идут трудно», — эти слова министра Сергея Лаврова приводит ТАСС.",
        id="direct:dash_words_of",
    ),
    pytest.param(
        "«Переговоры идут трудно», — цитирует ТАСС министра иностранных дел Сергея Лаврова.",
        id="direct:dash_after_quoting",
    ),
    pytest.param("«Мы готовы к диалогу», — сказал Сергей Лавров.", id="direct:dash_after"),
    pytest.param(
        "«Мы готовы к диалогу, — сказал Сергей Лавров. — Но не на любых условиях».",
        id="direct:split_inside",
    ),
    pytest.param(
        "На встрече в Москве Сергей Лавров сказал: «Мы ждём ответа от Киева».",
        id="direct:colon_before",
    ),
    pytest.param(
        "По словам Сергея Лаврова, «переговоры идут трудно, но идут».", id="direct:po_slovam"
    ),
    pytest.param(
        "Министр финансов Антон Силуанов пообещал «сделать всё возможное для бюджета».",
        id="direct:clause_cue",
    ),
    pytest.param(
        "«Мы готовы к диалогу», — сказал Сергей Лавров.\n\n«Но не на любых условиях. Мы ждём ответа».",
        id="direct:continued",
    ),
    pytest.param(
        "Дмитрий Песков прокомментировал решение суда. «Мы уважаем решение суда».",
        id="direct:introduced",
    ),
    pytest.param(
        "Министр культуры Ольга Смирнова сказала:\n\nФестиваль пройдёт в десяти городах. Вход будет бесплатным.",
        id="direct:colon_block",
    ),
    pytest.param("Врач сказал: операция прошла успешно.", id="direct:colon_inline"),
    pytest.param(
        "«Это временная мера», заявила пресс-секретарь компании.", id="direct:comma_after"
    ),
    pytest.param(
        "Лавров: переговоры с Киевом зашли в тупик\n\nМинистр иностранных дел Сергей Лавров выступил в Москве.",
        id="indirect:headline",
    ),
    pytest.param("По словам Сергея Лаврова, переговоры идут трудно.", id="indirect:po_slovam"),
    pytest.param(
        "По официальной версии, пожар начался из-за неисправной проводки.",
        id="indirect:official",
    ),
    pytest.param(
        "Как сообщил министр обороны Сергей Шойгу, учения завершатся в пятницу.",
        id="indirect:kak_soobshil",
    ),
    pytest.param(
        "Кроме того, сообщает РБК, компания закроет два завода.", id="indirect:inserted_cue"
    ),
    pytest.param("Цены, считают аналитики, вырастут к весне.", id="indirect:parenthetical"),
    pytest.param(
        "Учения завершатся в пятницу. Об этом сообщил министр обороны Сергей Шойгу.",
        id="indirect:ob_etom",
    ),
    pytest.param(
        "Учения завершатся в пятницу. Рассказала пресс-секретарь министерства Анна Петрова.",
        id="indirect:anaphoric_cue",
    ),
    pytest.param(
        "Завод закроют в марте. В министерстве подтвердили эту информацию.",
        id="indirect:anaphoric_object",
    ),
    pytest.param("О смерти актёра сообщили его родственники.", id="indirect:fronted_about"),
    pytest.param(
        "Министр Иван Петров выступил с заявлением о переносе выборов.", id="indirect:with_noun"
    ),
    pytest.param(
        "Хоккеист Оуэн Нолан сделал объявление о завершении карьеры.",
        id="indirect:announcement",
    ),
    pytest.param("Министр Иван Петров выступил против нового законопроекта.", id="indirect:stance"),
    pytest.param(
        "Министр Иван Петров возложил ответственность за аварию на подрядчика.",
        id="indirect:blame",
    ),
    pytest.param(
        "Министр Иван Петров видит в новом законе угрозу для экономики.", id="indirect:seen_in"
    ),
    pytest.param(
        "Причиной пожара на складе названо короткое замыкание.", id="indirect:impersonal_naming"
    ),
    pytest.param(
        "Согласно опубликованному отчёту, число пассажиров выросло на десять процентов.",
        id="indirect:document_source",
    ),
    pytest.param(
        "Чиновник, обвиняемый журналистами в получении взяток, подал иск.",
        id="indirect:accused_by",
    ),
    pytest.param(
        "На взгляд аналитиков, стоимость нефти к осени вернётся к прежнему уровню.",
        id="indirect:paired_source",
    ),
    pytest.param(
        "Требования профсоюза заключаются в том, чтобы зарплаты учителей были повышены вдвое.",
        id="indirect:consists_in",
    ),
    pytest.param(
        "Министр подверглась резкой критике со стороны депутатов за слова о пенсиях.",
        id="indirect:criticised_for",
    ),
    pytest.param(
        "Учения завершатся в пятницу, заявил министр обороны Сергей Шойгу.", id="indirect:postposed"
    ),
    pytest.param(
        "Сергей Шойгу заявил, что учения завершатся в пятницу.", id="indirect:chto_clause"
    ),
    pytest.param(
        "Депутат Иван Петров предложил перенести выборы на осень.", id="indirect:infinitive"
    ),
    pytest.param(
        "Политик Иван Петров называл себя защитником простых людей.", id="indirect:self_naming"
    ),
    pytest.param(
        "Бизнесмен Иван Петров признал себя виновным в мошенничестве.", id="indirect:plea"
    ),
    pytest.param("Актёр Иван Петров признался в употреблении кокаина.", id="indirect:prep_object"),
    pytest.param("Профсоюз шахтёров пригрозил властям забастовкой.", id="indirect:threat"),
    pytest.param(
        "Министр обороны Сергей Шойгу сообщил о завершении учений.", id="indirect:o_topic"
    ),
    pytest.param("Сергей Лавров назвал эти обвинения абсурдом.", id="indirect:predicative"),
    pytest.param("Министр обороны Сергей Шойгу опроверг слухи об отставке.", id="indirect:object"),
    pytest.param(
        "Решение, которое министр Антон Силуанов охарактеризовал как вынужденное, вступит в силу завтра.",
        id="indirect:kak_object",
    ),
    pytest.param(
        "Гибель военного подтвердили в министерстве обороны.", id="indirect:fronted_object"
    ),
    pytest.param(
        "Жители направили губернатору письмо с просьбой отремонтировать мост.",
        id="indirect:request_noun",
    ),
    pytest.param(
        "Депутат Иван Петров подверг резкой критике новый законопроект.", id="indirect:light_verb"
    ),
    pytest.param(
        "Депутат Иван Петров подверг новый законопроект резкой критике.",
        id="indirect:light_verb_object",
    ),
    pytest.param(
        "В газете «Коммерсант» появилась информация о закрытии завода.", id="indirect:report_noun"
    ),
    pytest.param("Как стало известно «Интерфаксу», завод закроют в марте.", id="indirect:known_to"),
    pytest.param(
        "Министр Сергей Шойгу заявил, что учения завершатся в пятницу, сообщает «Интерфакс».",
        id="indirect:nested",
    ),
    pytest.param(
        "Министр финансов Антон Силуанов поспешил заявить, что налоги не вырастут.",
        id="indirect:governed_cue",
    ),
    pytest.param(
        "Рыбы в реке нет.\n\n«Пятен на воде не обнаружено».\n\n— Ирина Лебедева, начальник "
        "пресс-службы МЧС",
        id="direct:signed",
    ),
    pytest.param(
        "Сам Олег Миронов оказался более сдержанным: «Для нас это было неожиданно».",
        id="direct:colon_subject",
    ),
    pytest.param(
        "Сторонники Олега Смирнова начали скандировать: «Свободу политзаключённым!», "
        "«Позор судье!».",
        id="direct:listed",
    ),
    pytest.param(
        "Министр финансов Антон Силуанов отметил, что «Бюджет будет исполнен в срок».",
        id="direct:conj_clause",
    ),
    pytest.param(
        "Интервью\n\nРадио: Как итоги?\n\nАнна Волкова: Итоги хорошие, школы открыты."
        "\n\nРадио: А зарплаты?\n\nАнна Волкова: Зарплаты вырастут с января.",
        id="direct:interview",
    ),
    pytest.param(
        "Глава «Роскосмоса» Юрий Борисов дал интервью ТАСС.\n\n— Когда полетит ракета?\n\n"
        "— Мы планируем пуск в следующем году.\n\n— А финансирование?\n\n— Деньги выделены.",
        id="direct:interview_dash",
    ),
    pytest.param(
        "Министр Иван Петров провел совещание.\n\n— Ситуация под контролем, — заявил "
        "министр. — Все службы работают в штатном режиме.",
        id="direct:dash_speech",
    ),
    pytest.param(
        "Виктор Понедельник: «Судья ведёт себя, словно царь»\n\nВетеран о матче.",
        id="direct:name_colon",
    ),
    pytest.param(
        "«Россия готова к диалогу»: Путин о переговорах\n\nПрезидент России Владимир Путин "
        "выступил на форуме.",
        id="direct:quote_then_name",
    ),
    pytest.param(
        "Председатель ЦИК Анна Волкова на брифинге: «Явка составила 45 процентов».",
        id="direct:verbless_colon",
    ),
    pytest.param(
        "«Мы обеспечим все потребности рынка», — министр энергетики Иван Петров.",
        id="direct:dash_name",
    ),
    pytest.param(
        "Актёр умер от «тупых травм головы». Об этом сообщили в полиции Вашингтона.",
        id="direct:ob_etom",
    ),
    pytest.param(
        "«Изменений у нас не будет. Мы будем работать, как раньше»\n\nзаявил после "
        "инаугурации президент Рамзан Кадыров.",
        id="direct:cue_next_line",
    ),
    pytest.param(
        "Слова академика Ивана Петрова из интервью: «Когда о гелии рассказывают чиновники, я "
        "улыбаюсь».",
        id="direct:colon_words_of",
    ),
    pytest.param(
        "Законопроект призван «укрепить престиж военной службы», пояснил его автор депутат "
        "Андрей Краснов.",
        id="direct:fragment_then_cue",
    ),
    pytest.param(
        "«Мы обжалуем это решение, потому что оно незаконно». Так прокомментировал приговор "
        "адвокат Андрей Кузин.",
        id="direct:pointed_back",
    ),
    pytest.param(
        "В мэрии уточнили, что «в аварии пострадали два человека, оба в больнице». Вызов "
        "поступил от прохожего, «бригада медиков прибыла через шесть минут», однако помочь "
        "не смогла.",
        id="direct:carried_fragment",
    ),
    pytest.param(
        "Олег Сомов, адвокат из Казани, возглавляет коллегию адвокатов.\n\n«Обвинение обязано "
        "показать защите все улики, которые у него есть»",
        id="direct:presented",
    ),
    pytest.param(
        "Глава фонда Пётр Смирнов утверждает, что спрос растёт. Спрос в регионе растёт "
        "быстрее, чем ожидалось: «В этом году мы откроем три новых завода в Сибири».",
        id="direct:colon_carried",
    ),
    pytest.param(
        "Далее Пётр Смирнов сказал, что беспокойств нет. В случае необходимости мост закроют "
        "на ремонт. «Мы не видим здесь непреодолимых проблем, ремонт идёт по плану».",
        id="direct:carried",
    ),
    pytest.param(
        "Космонавт Анна Белова говорит, что спасателей рядом не было. Мне помогли выбраться "
        "из корабля местные жители.",
        id="direct:first_person_after",
    ),
    pytest.param(
        "Автор исследования Иван Петров отметил, что соцсети вредят здоровью.\nПричина этого — "
        "в несоответствии желаемого и действительного:\nЛюди, которые проводят время в сетях, "
        "могут почувствовать, что их жизнь хуже жизни других.",
        id="direct:colon_block_carried",
    ),
    pytest.param(
        "Пресс-конференцию вели Игорь Белов и Олег Сомов.\nВ ответ на реплику Игоря Белова:\n"
        "Команда готова к финалу и будет играть только на победу.",
        id="direct:colon_noun_block",
    ),
    pytest.param(
        "Дорогие друзья,\n\nЯ рад сообщить, что новый стадион откроется весной.\n\n"
        "Олег Смирнов Президент клуба\n",
        id="direct:signed_letter",
    ),
    pytest.param("Вратарь Олег Петров крикнул «Стой!» и побежал к воротам.", id="direct:uttered"),
    pytest.param(
        "Пловец Олег Петров заявил о новом заплыве. По его словам:\n\nПодготовка идёт "
        "серьёзная, на старт пригласят прессу.",
        id="direct:colon_source",
    ),
    pytest.param(
        "«Мы построим базу к 2030 году», — сказал инженер Олег Сомов.\n\nПрограмма полётов "
        "будет свёрнута.\n\n«Мы рассматриваем все возможности и выберем лучшее место».",
        id="direct:sole_speaker",
    ),
    pytest.param(
        "Мы довольны итогами полёта, сказал командир экипажа Олег Сомов.",
        id="direct:unmarked_postposed",
    ),
    pytest.param(
        "Актриса Анна Белова надеется, что другие женщины «извлекут пользу из её опыта».",
        id="direct:thought_clause",
    ),
    pytest.param(
        "Урожай погиб.\nХозяин фермы Олег Сомов:\nМы потеряли всё, что вырастили за лето.",
        id="direct:name_line",
    ),
    pytest.param(
        "Министр Олег Рыбин выступил с заявлением:\nЗавод не закроют, рабочие места сохранятся "
        "до конца года.",
        id="direct:statement_line",
    ),
    pytest.param(
        "Актёр Пётр Иванов отказался от роли, объяснив своё решение болезнью матери.",
        id="indirect:reason",
    ),
    pytest.param(
        "Газета приводит слова адвоката Олега Петрова, что его клиент невиновен.",
        id="indirect:cited_words",
    ),
    pytest.param(
        "Спикер Олег Рыбин подал в отставку, об уходе также заявил вице-спикер Игорь Калинин.",
        id="indirect:fronted_about_clause",
    ),
    pytest.param(
        "Газета приводит слова адвоката Олега Петрова о том, что приговор стал «ошибкой, за "
        "которую заплатят все».",
        id="direct:quoted_words",
    ),
    pytest.param(
        "Правозащитник Олег Иванов расценил приговор как попытку запугать активистов.",
        id="indirect:regarded_as",
    ),
    pytest.param(
        "Новый закон вызвал резкую критику со стороны правозащитников.",
        id="indirect:criticism",
    ),
    pytest.param(
        "Новый порядок выдачи виз широко критиковался туристическими агентствами.",
        id="indirect:passive_agent",
    ),
    pytest.param(
        "Министра транспорта Ивана Орлова возмутило, что подрядчики «тянут время и срывают сроки».",
        id="direct:felt_clause",
    ),
    pytest.param(
        "В субботу прошёл митинг водителей. Среди требований, выдвинутых участниками "
        "митинга: «снижение цен на бензин», «отмена платных дорог».",
        id="direct:agent_colon",
    ),
    pytest.param(
        "Цены на бензин вырастут к осени. Так считают аналитики банка.",
        id="indirect:so_said",
    ),
]


@pytest.mark.parametrize("text", RULE_EXAMPLES)
def test_rule_example(text, request, models):
    rule = request.node.callspec.id
    assert rule in set(quotes_of(text, models)["rule"])


@pytest.mark.parametrize("text", RULE_EXAMPLES)
def test_rule_example_same_without_the_trigger_shortcut(text, models, monkeypatch):
    """`rule_that` skips words outside `Lexicon.triggers`; a rule reading a new lexicon
    must add it there, or its example would change when every word is tried."""
    shortcut = quotes_of(text, models)
    monkeypatch.setattr(verbs, "may_report", lambda ctx, tok: True)
    pd.testing.assert_frame_equal(quotes_of(text, models), shortcut)


def test_every_rule_has_an_example_and_a_doc_entry():
    assert sorted(p.id for p in RULE_EXAMPLES) == sorted(RULES)
    docs = (ROOT / "docs" / "quotes.md").read_text(encoding="utf-8")
    rules = docs[docs.index("## Rules") :]
    assert [rule for rule in RULES if f"`{rule}`" not in rules] == []


# --- offsets on real articles ---------------------------------------------------------------


def test_offsets_and_marks_on_wikinews(shared_corpora, models):
    articles = pd.read_json(shared_corpora / "wikinews-ru" / "articles.jsonl", lines=True).head(15)
    for text in articles["text"]:
        table = quotes_of(text, models)
        for row in table.itertuples():
            assert 0 <= row.start < row.stop <= len(text)
            assert row.kind in ("direct", "indirect")
            if row.kind == "direct":  # the marks themselves are never part of a direct quote
                assert row.text[:1] not in "«»„“”" and row.text[-1:] not in "«»„“”"


def test_crlf_text_keeps_offsets(models):
    text = "Сергей Лавров прибыл в Минск.\r\n«Мы готовы к диалогу», — сказал Лавров.\r\n"
    direct = rows(quotes_of(text, models), "direct")
    assert direct == [("Мы готовы к диалогу", "Сергей Лавров")]


# --- counts ---------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def small_corpus(models):
    articles = pd.DataFrame(
        {
            "article_id": ["a", "b"],
            "text": [
                "«Мы продолжим работу», — сказал Сергей Лавров. Сообщается, что встреча прошла.",
                "Сергей Лавров заявил, что переговоры продолжатся в Минске.",
            ],
            "date": ["2024-01-01", "2024-01-02"],
            "source": ["ТАСС", "РИА"],
        }
    )
    return helpers.analyze(articles, models=models, cache_dir=None, progress=False)


def test_quote_counts_per_speaker(small_corpus):
    counts = helpers.quote_counts(small_corpus)
    assert list(counts.columns) == ["speaker", "quotes", "direct", "indirect", "words", "articles"]
    row = counts.set_index("speaker").loc["Сергей Лавров"]
    assert (row["quotes"], row["direct"], row["indirect"], row["articles"]) == (2, 1, 1, 2)
    assert counts["speaker"].notna().all()  # "сообщается" (no source) is left out


def test_quote_counts_by_column(small_corpus):
    counts = helpers.quote_counts(small_corpus, by="source")
    assert list(counts.columns)[:2] == ["source", "speaker"]
    assert sorted(counts["source"]) == ["РИА", "ТАСС"]
    with pytest.raises(KeyError, match="corpus.articles"):
        helpers.quote_counts(small_corpus, by="nope")


def test_kwic_and_mentions(small_corpus):
    kwic = helpers.speaker_quotes(small_corpus, "Сергей Лавров")
    assert len(kwic) == 2 and kwic["quote"].iloc[0] == "Мы продолжим работу"
    mentions = helpers.speaker_mentions(small_corpus)
    assert "Минск" in set(mentions["entity"])
    over_time = helpers.quotes_over_time(small_corpus)
    assert over_time["quotes"].sum() == 2


def test_plots_return_axes(small_corpus):
    import matplotlib

    matplotlib.use("Agg")
    counts = helpers.quote_counts(small_corpus)
    for ax in (
        helpers.plot_top_speakers(counts),
        helpers.plot_quote_kinds(small_corpus.quotes),
        helpers.plot_quote_lengths(small_corpus.quotes),
        helpers.plot_speaker_entities(helpers.speaker_mentions(small_corpus)),
        helpers.plot_quotes_over_time(helpers.quotes_over_time(small_corpus)),
        helpers.plot_top_speakers(counts.iloc[:0]),
    ):
        assert ax.get_xlabel() and ax.get_title()


# --- scoring --------------------------------------------------------------------------------

Span = quote_scoring.Span


def test_overlap_needs_half_of_each():
    gold = Span("d", "direct", 0, 100)
    assert quote_scoring.overlaps(gold, Span("d", "direct", 10, 100))
    assert not quote_scoring.overlaps(gold, Span("d", "direct", 0, 300))  # < half of the prediction
    assert not quote_scoring.overlaps(gold, Span("d", "direct", 0, 40))  # < half of the gold


@pytest.mark.parametrize(
    ("pred", "gold", "aliases", "ok"),
    [
        ("Сергей Шойгу", "Сергей Шойгу", (), True),
        ("шойгу", "Сергей Шойгу", (), True),  # same surname
        ("министр", "Сергей Шойгу", ("министр",), True),
        ("Фёдор Емельяненко", "Федор Емельяненко", (), True),
        ("Сергей Лавров", "Сергей Шойгу", (), False),
        (None, None, (), True),
        ("Сергей Шойгу", None, (), False),
        (None, "Сергей Шойгу", (), False),
    ],
)
def test_speaker_rule(pred, gold, aliases, ok):
    assert quote_scoring.speaker_correct(pred, gold, aliases) is ok


def test_score_counts_matches_per_kind():
    gold = [Span("d", "direct", 0, 10, "А Б"), Span("d", "indirect", 20, 40, None)]
    pred = [Span("d", "direct", 1, 10, "Б"), Span("d", "indirect", 20, 40, "В Г")]
    scores = quote_scoring.score(gold, pred)
    assert (scores["direct"].f1, scores["direct"].e2e_f1) == (1.0, 1.0)
    assert (scores["indirect"].f1, scores["indirect"].e2e_f1) == (1.0, 0.0)


@pytest.mark.parametrize("order", [1, -1])
def test_score_pairs_the_right_speaker_among_equal_overlaps(order):
    # two gold records on one span (a claim and the person who confirmed it): the
    # prediction of the claimant is paired with the claimant's record, whatever their order
    gold = [
        Span("d", "indirect", 0, 20, "Иван Петров"),
        Span("d", "indirect", 0, 20, "Анна Сидорова"),
    ]
    scores = quote_scoring.score(gold[::order], [Span("d", "indirect", 0, 20, "Петров")])
    assert (scores["indirect"].matched, scores["indirect"].speaker_ok) == (1, 1)


# --- generalisation: participles, requests, indefinite plurals, fronted objects ----

GENERAL_INDIRECT = [
    pytest.param(
        "Депутат подал жалобу на решение мэрии, требовавшей снести гаражи во дворе.",
        ("снести гаражи во дворе", "мэрия", "требовавшей"),
        id="participle-of-a-demand-speaks-for-its-noun",
    ),
    pytest.param(
        "Министерство направило школам письма с просьбой сообщить о числе учеников.",
        ("сообщить о числе учеников", "министерство", "просьбой"),
        id="s-prosboy-infinitive",
    ),
    pytest.param(
        "Один из депутатов предложил перенести заседание на осень.",
        ("перенести заседание на осень", "Один из депутатов", "предложил"),
        id="odin-iz-before-the-verb",
    ),
    pytest.param(
        "В «Газпроме» подтвердили продажу акций.",
        ("продажу акций", "Газпром", "подтвердили"),
        id="place-in-quotation-marks-speaks",
    ),
    pytest.param(
        "Потерю самолёта подтвердили военные.",
        ("Потерю самолёта", "военные", "подтвердили"),
        id="fronted-object",
    ),
    pytest.param(
        "Всю эту историю губернатор назвал провокацией.",
        ("Всю эту историю губернатор назвал провокацией", "губернатор", "назвал"),
        id="fronted-object-of-nazval-whole-clause",
    ),
    pytest.param(
        "Врачи считают его состояние стабильным.",
        ("его состояние стабильным", "врачи", "считают"),
        id="schitat-x-y-instrumental",
    ),
    pytest.param(
        "На встрече предложили закрыть рынок.",
        ("закрыть рынок", None, "предложили"),
        id="indefinite-plural-names-no-one",
    ),
    pytest.param(
        "Сгорел склад на окраине города. В МЧС подтвердили эту информацию.",
        ("Сгорел склад на окраине города", "МЧС", "подтвердили"),
        id="etu-informatsiyu-is-the-sentence-before",
    ),
    pytest.param(
        "Сгорел склад на окраине. Эту информацию подтвердили в полиции.",
        ("Сгорел склад на окраине", "полиция", "подтвердили"),
        id="fronted-etu-informatsiyu-is-the-sentence-before",
    ),
    pytest.param(
        "Этот закон депутаты назвали ошибкой.",
        ("Этот закон депутаты назвали ошибкой", "депутаты", "назвали"),
        id="fronted-etot-zakon-is-a-full-object",
    ),
    pytest.param(
        "В прессе практически сразу же этот закон стали сравнивать с «законом Иванова», а "
        "депутаты ссылались на опыт соседей.",
        ("этот закон стали сравнивать с «законом Иванова", None, "сравнивать"),
        id="phase-verb-fronted-object-after-adverbials-own-clause",
    ),
    pytest.param(
        "Жители начали говорить, что вода в реке стала грязной.",
        ("вода в реке стала грязной", "жители", "говорить"),
        id="phase-verb-with-a-speech-infinitive",
    ),
    pytest.param(
        "В соцсетях пишут, что мост закроют на ремонт.",
        ("мост закроют на ремонт", None, "пишут"),
        id="venue-is-no-source",
    ),
    pytest.param(
        "Судно затонуло у берегов Норвегии. Об этом сообщается на сайте береговой охраны.",
        ("Судно затонуло у берегов Норвегии", "береговая охрана", "сообщается"),
        id="ob-etom-soobshchaetsya-na-saite",
    ),
    pytest.param(
        "Сенатор Иван Петров охарактеризовал переговоры как конструктивные.",
        ("переговоры как конструктивные", "Иван Петров", "охарактеризовал"),
        id="okharakterizoval-kak",
    ),
    pytest.param(
        "Кроме того, сообщает РБК, руководителем комитета назначен Егор Поляков.",
        ("руководителем комитета назначен Егор Поляков", "РБК", "сообщает"),
        id="inserted-cue-after-an-opener",
    ),
    pytest.param(
        "В частности, указывается в докладе, работы учёных позволили выявить новые факторы.",
        ("работы учёных позволили выявить новые факторы", "доклад", "указывается"),
        id="inserted-impersonal-cue-with-a-document",
    ),
    pytest.param(
        "Сенатор Иван Петров спросил, предоставил ли министр полную информацию о сделке.",
        ("предоставил ли министр полную информацию о сделке", "Иван Петров", "спросил"),
        id="reported-question-with-li",
    ),
    pytest.param(
        "Журналисты поинтересовались, почему заседание перенесли.",
        ("почему заседание перенесли", "журналисты", "поинтересовались"),
        id="reported-question-word-after-asking",
    ),
    pytest.param(
        "Он дал интервью в Москве, хотя, по утверждению издания, живёт в Ростове.",
        ("живёт в Ростове", "издание", "по утверждению"),
        id="source-phrase-after-a-conjunction",
    ),
    pytest.param(
        "Ранее сообщалось также о задержании главы района.",
        ("о задержании главы района", None, "сообщалось"),
        id="adverb-between-cue-and-o",
    ),
    pytest.param(
        "Впервые о новом законе президент заявил в августе.",
        ("о новом законе", "президент", "заявил"),
        id="fronted-o-after-an-adverb-ends-before-the-subject",
    ),
    pytest.param(
        "О готовящемся законе министр заявил ещё в августе.",
        ("О готовящемся законе", "министр", "заявил"),
        id="fronted-o-phrase-with-a-participle",
    ),
    pytest.param(
        "Самый простой вариант предложили студенты: назвать улицу в честь поэта.",
        ("назвать улицу в честь поэта", "студенты", "предложили"),
        id="infinitive-after-a-colon",
    ),
    pytest.param(
        "Украинский ''Forbes'' оценивает состояние бизнесмена в 2 млрд долларов.",
        ("состояние бизнесмена в 2 млрд долларов", "Forbes", "оценивает"),
        id="estimate-by-a-foreign-name",
    ),
    pytest.param(
        "Сын устроил свадьбу, которую уже назвали самой дорогой в истории.",
        ("самой дорогой в истории", None, "назвали"),
        id="relative-object-clause-names-no-one",
    ),
    pytest.param(
        "В ходе задержания супругам сообщили, что процедура проводится по запросу ФБР.",
        ("процедура проводится по запросу ФБР", None, "сообщили"),
        id="v-khode-is-no-place",
    ),
    pytest.param(
        "Журнал ''Rolling Stone'' называл певца одним из самых влиятельных авторов.",
        ("певца одним из самых влиятельных авторов", "Rolling Stone", "называл"),
        id="foreign-name-of-two-words",
    ),
    pytest.param(
        "МОСКВА, 12 мая. /ТАСС/. Гибель двух военных подтвердили в Минобороны.",
        ("Гибель двух военных", "Министерство обороны", "подтвердили"),
        id="fronted-object-place-after-the-verb",
    ),
    pytest.param(
        "Сенатор подверг резкой критике законопроект о связи.",
        ("законопроект о связи", "сенатор", "подверг резкой критике"),
        id="podverg-kritike",
    ),
    pytest.param(
        "Коллеги учёного высказали недоумение, почему премию не присудили раньше.",
        ("почему премию не присудили раньше", "коллеги учёного", "высказали недоумение"),
        id="vyskazali-nedoumenie-question",
    ),
    pytest.param(
        "В газете «Вечерний город» появилась информация о закрытии завода.",
        ("закрытии завода", "Вечерний город", "появилась информация"),
        id="poyavilas-informatsiya-v-gazete",
    ),
    pytest.param(
        "Вместе с тем в сети циркулируют слухи, что певица вышла замуж.",
        ("певица вышла замуж", None, "циркулируют слухи"),
        id="rumours-in-an-unnamed-place",
    ),
    pytest.param(
        "Как сообщили ТАСС в пресс-службе ведомства, пострадавших нет.",
        ("пострадавших нет", "пресс-служба ведомства", "сообщили"),
        id="agency-addressee-before-a-place",
    ),
    pytest.param(
        "Подозреваемый в убийстве задержан, сообщил ТАСС источник в полиции.",
        ("Подозреваемый в убийстве задержан", "источник в полиции", "сообщил"),
        id="agency-addressee-before-a-source",
    ),
    pytest.param(
        "Подозреваемый в убийстве задержан, сообщили «Интерфаксу» в пресс-службе МВД.",
        ("Подозреваемый в убийстве задержан", "пресс-служба МВД", "сообщили"),
        id="agency-addressee-in-quotation-marks",
    ),
]


@pytest.mark.parametrize(("text", "expected"), GENERAL_INDIRECT)
def test_general_indirect_quotes(text, expected, models):
    test_indirect_quotes(text, expected, models)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Совещание пройдёт в мае, заявил пресс-секретарь министра. По его словам, решение "
            "ещё не принято.",
            [
                ("Совещание пройдёт в мае", "пресс-секретарь министра"),
                ("решение ещё не принято", "пресс-секретарь министра"),
            ],
            id="po-ego-slovam-after-a-role",
        ),
        pytest.param(
            "Вкладчики не доверяют банкам, считают аналитики. По их словам, вклады небезопасны.",
            [("Вкладчики не доверяют банкам", "аналитики"), ("вклады небезопасны", "аналитики")],
            id="po-ikh-slovam-after-a-group",
        ),
        pytest.param(
            "Кремль не получал запроса о встрече, сообщил Дмитрий Песков. Ранее Песков назвал "
            'эти сообщения "уткой".',
            [
                ("Кремль не получал запроса о встрече", "Дмитрий Песков"),
                ('эти сообщения "уткой', "Дмитрий Песков"),
            ],
            id="nazval-eti-soobshcheniya-is-no-anaphora",
        ),
    ],
)
def test_pronoun_source_points_back_to_the_last_source(text, expected, models):
    assert rows(quotes_of(text, models), "indirect") == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Дом, требующий ремонта, стоит на углу.", id="requiring-is-no-demand"),
        pytest.param("Сергей Иванов считает деньги.", id="schitat-without-predicate"),
        pytest.param("Фермер описал увиденное: «Всё поле было в воде».", id="np-before-a-quote"),
        pytest.param("Поступила информация о взрыве на складе.", id="information-without-a-place"),
        pytest.param(
            "Комиссия оценивает, могут ли заключённые быть освобождены.",
            id="li-after-assessing-is-no-question",
        ),
        pytest.param(
            "Иван Петров передал деньги подруге жены, чтобы власти не мешали сделке.",
            id="purpose-clause-after-a-far-verb",
        ),
    ],
)
def test_general_rules_leave_alone(text, models):
    assert rows(quotes_of(text, models), "indirect") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Но Сергей Собянин уже пообещал, что Алексей Александров продолжит «трудиться в его "
            "команде».",
            ("трудиться в его команде", "Сергей Собянин"),
            id="phase-verb-with-infinitive-is-no-cue",
        ),
        pytest.param(
            "Сам юбиляр скромно признаётся: «Сегодня у меня обычный рабочий день».",
            ("Сегодня у меня обычный рабочий день", "юбиляр"),
            id="emphatic-sam-dropped",
        ),
        pytest.param(
            "Надпись на камне гласит: «Здесь будет город заложен».",
            ("Здесь будет город заложен", "надпись"),
            id="inscription-speaks",
        ),
        pytest.param(
            "Мэр поздравил ветеранов. В поздравлении, в частности, говорится: «Ваш подвиг "
            "не забыт никем и никогда».",
            ("Ваш подвиг не забыт никем и никогда", "поздравление"),
            id="greeting-is-a-document",
        ),
        pytest.param(
            "«Решение будет принято до конца года», — цитирует ТАСС министра финансов Антона "
            "Силуанова.",
            ("Решение будет принято до конца года", "Антон Силуанов"),
            id="tsitiruet-agency-object-speaks",
        ),
        pytest.param(
            "Постоянный представитель России при ООН Иван Петров скончался. «Мы потрясены его "
            "внезапной смертью», — приводит Reuters слова представителя генсека ООН.",
            ("Мы потрясены его внезапной смертью", "представитель генсека ООН"),
            id="privodit-slova-role-of-another-is-not-the-one-introduced",
        ),
    ],
)
def test_direct_speakers_general(text, expected, models):
    assert rows(quotes_of(text, models), "direct") == [expected]


def test_v_nyom_after_a_block_points_to_its_author(models):
    text = (
        "В пресс-релизе малайзийской полиции говорится: «Центр провёл анализы проб». "
        "В нём поясняется, что вещество причислено к химическому оружию."
    )
    assert rows(quotes_of(text, models), "indirect") == [
        ("вещество причислено к химическому оружию", "малайзийская полиция")
    ]


def test_full_text_of_a_document_after_a_colon_is_direct(models):
    text = (
        "Президент подписал указ о досрочном прекращении полномочий главы республики. "
        "Полный текст документа:\n"
        "На основании статьи 19 закона постановляю отрешить главу республики от должности\n\n"
        "Глава занимал пост с 2014 года."
    )
    assert rows(quotes_of(text, models), "direct") == [
        (
            "На основании статьи 19 закона постановляю отрешить главу республики от должности",
            "документ",
        )
    ]


# --- round 2 (quotes5): rules tightened for precision on unseen text -------------------

TIGHTENED_NOT_QUOTES = [
    pytest.param(
        "У актёра и его подруги родился сын. Мальчика назвали Гильермо в честь деда.",
        id="naming-a-child-is-no-report",
    ),
    pytest.param(
        "Депутаты исполнили предписание Конституционного суда, признавшего неконституционной "
        "прежнюю норму.",
        id="verdict-participle-is-no-report",
    ),
    pytest.param("Суд признал его виновным в краже.", id="verdict-with-object-is-no-report"),
    pytest.param(
        "В законе дано определение зеркала. Так, «зеркалом» можно назвать «сайт, сходный до "
        "степени смешения с заблокированным сайтом».",
        id="modal-infinitive-is-no-cue",
    ),
    pytest.param(
        "Следует отметить, что в феврале группа стала объектом жёсткой критики.",
        id="author-remark-with-modal",
    ),
]


@pytest.mark.parametrize("text", TIGHTENED_NOT_QUOTES)
def test_tightened_rules_leave_alone(text, models):
    assert rows(quotes_of(text, models), "indirect") == []
    assert rows(quotes_of(text, models), "direct") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Депутат Иван Петров назвал Сергея Сидорова лучшим мэром города.",
            ("Сергея Сидорова лучшим мэром города", "Иван Петров", "назвал"),
            id="naming-with-an-instrumental-still-reports",
        ),
        pytest.param(
            "Министр Иван Петров признал свою ошибку.",
            ("свою ошибку", "Иван Петров", "признал"),
            id="admitting-an-object-still-reports",
        ),
    ],
)
def test_tightened_rules_keep(text, expected, models):
    test_indirect_quotes(text, expected, models)


def test_skazal_o_before_a_block_is_a_topic(models):
    text = "Один агент сказал о кастинге:\nБардак, а не прослушивание."
    table = quotes_of(text, models)
    assert rows(table, "indirect") == []
    assert rows(table, "direct") == [("Бардак, а не прослушивание", "агент")]


def test_soobshchil_o_before_a_block_keeps_its_content(models):
    text = (
        "Пресс-секретарь президента Дмитрий Песков сообщал о готовящемся заявлении:\n"
        "Я знаю, что он хотел уйти в отставку."
    )
    assert rows(quotes_of(text, models), "indirect") == [
        ("о готовящемся заявлении", "Дмитрий Песков")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Вчера толпа болельщиков перекрыла движение по проспекту, требуя наказать виновных "
            "в убийстве, а в Петербурге прошла акция памяти.",
            ("наказать виновных в убийстве", "толпа болельщиков", "требуя"),
            id="gerund-subject-and-joined-clause",
        ),
    ],
)
def test_infinitive_content_and_gerund_subject(text, expected, models):
    test_indirect_quotes(text, expected, models)


def test_gerund_after_a_passive_is_not_said_by_the_passive_subject(models):
    text = (
        "Решение было принято мэром несмотря на обращение родных, призывая его отказать в "
        "согласовании."
    )
    assert "решение" not in [s for _, s in rows(quotes_of(text, models), "indirect")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Режиссёр Гай Ричи не может взять актрису, не выбрав актёра, так как, по его "
            "мнению, они должны сыграться.",
            ("они должны сыграться", "Гай Ричи", "по мнению"),
            id="source-phrase-after-a-conjunction-of-two-words",
        ),
        pytest.param(
            "Представители полиции отказались давать комментарии, однако, как сообщает "
            "''Wall Street Journal'', причиной отключения сайта стала операция полиции.",
            (
                "причиной отключения сайта стала операция полиции",
                "Wall Street Journal",
                "сообщает",
            ),
            id="kak-phrase-after-a-conjunction-and-wiki-marks-dropped",
        ),
        pytest.param(
            "Вечером Марк Чэпмен подошел к Леннону у входа в дом и попросил подписать "
            "экземпляр ''Double Fantasy''.",
            ("подписать экземпляр ''Double Fantasy''", "Марк Чэпмен", "попросил"),
            id="object-of-the-infinitive-is-no-subject",
        ),
        pytest.param(
            "Похороны состоятся 11 мая, сообщила РБК его помощница Галина Лякишева.",
            ("Похороны состоятся 11 мая", "Галина Лякишева", "сообщила"),
            id="agency-addressee-before-a-possessive-role",
        ),
    ],
)
def test_round2_speakers_and_bounds(text, expected, models):
    test_indirect_quotes(text, expected, models)


def test_pronoun_continues_the_source_of_po_slovam(models):
    text = (
        "Ранее Павел Дуров согласился предоставить все сведения. По словам главы ведомства "
        "Александра Жарова, этих данных достаточно. При этом он подчеркнул, что законы "
        "обязательны для всех."
    )
    assert rows(quotes_of(text, models), "indirect") == [
        ("этих данных достаточно", "Александр Жаров"),
        ("законы обязательны для всех", "Александр Жаров"),
    ]


def test_prepositional_phrase_after_a_source_is_no_apposition(models):
    text = (
        "Первенец Криштиану Роналду родился в 2010 году. По сообщениям СМИ, 8 июня у Роналду "
        "родились двое близнецов."
    )
    assert rows(quotes_of(text, models), "indirect") == [
        ("8 июня у Роналду родились двое близнецов", "СМИ")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Мадуро сталкивается с протестами, которые организуют оппозиционные лидеры, "
            "называющие его диктатором, разрушившим экономику страны.",
            (
                "его диктатором, разрушившим экономику страны",
                "оппозиционные лидеры",
                "называющие",
            ),
            id="participle-agreeing-after-a-comma-stays-in-the-phrase",
        ),
        pytest.param(
            "Начальник полиции Йорам Ха-Леви рекомендовал правительству установить рамки "
            "металлоискателейВпервые за 17 лет у входа установлены ворота.",
            ("установить рамки металлоискателей", "Йорам Ха-Леви", "рекомендовал"),
            id="glued-sentences-end-the-content",
        ),
    ],
)
def test_round2_content_bounds(text, expected, models):
    test_indirect_quotes(text, expected, models)


def test_fronted_instrumental_of_naming_makes_the_clause_content(models):
    text = "Мотивом преступления Марк Чэпмен позже назвал желание прославиться."
    assert rows(quotes_of(text, models), "indirect") == [
        ("Мотивом преступления Марк Чэпмен позже назвал желание прославиться", "Марк Чэпмен")
    ]


def test_po_zayavleniyam_and_a_sports_role(models):
    text = (
        "Первенец Криштиану Роналду родился в 2010 году. По заявлениям самого футболиста, его "
        "сын родился в частной клинике."
    )
    assert rows(quotes_of(text, models), "indirect") == [
        ("его сын родился в частной клинике", "Криштиану Роналду")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Согласно The Hollywood Reporter, на главную роль студия видит Дева Пателя.",
            ("на главную роль студия видит Дева Пателя", "The Hollywood Reporter", "Согласно"),
            id="soglasno-an-outlet",
        ),
        pytest.param(
            "Согласно Reuters, переговоры продолжатся в пятницу.",
            ("переговоры продолжатся в пятницу", "Reuters", "Согласно"),
            id="soglasno-an-agency",
        ),
    ],
)
def test_soglasno_an_outlet(text, expected, models):
    test_indirect_quotes(text, expected, models)


def test_soglasno_a_law_is_no_source(models):
    text = "Согласно закону, расширяются основания для привлечения к ответственности."
    assert rows(quotes_of(text, models), "indirect") == []


def test_fronted_o_phrase_after_an_instrumental_opener(models):
    text = "Первыми о рейдах рассказали канадские СМИ."
    assert rows(quotes_of(text, models), "indirect") == [("о рейдах", "канадские СМИ")]


def test_kak_nazvali_gives_a_name_not_a_report(models):
    text = (
        "На первом этапе доступ к «коробке с письмами», как назвали новый ящик авторы, будет "
        "только по приглашениям."
    )
    assert rows(quotes_of(text, models), "indirect") == []


# --- round 3 (quotes6): speakers on unseen text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "«Клиника закрыта для посторонних», — рассказал таблоидам близкий друг актрисы.",
            ("Клиника закрыта для посторонних", "близкий друг актрисы"),
            id="dative-addressee-mistagged-as-adjective-is-no-modifier",
        ),
        pytest.param(
            "«Матч перенесут на весну», — сообщил газетам неназванный представитель клуба.",
            ("Матч перенесут на весну", "неназванный представитель клуба"),
            id="dative-addressee-before-a-real-adjective",
        ),
    ],
)
def test_round3_direct_speakers(text, expected, models):
    assert rows(quotes_of(text, models), "direct") == [expected]


def test_kotoryj_after_an_apposition_points_to_the_name(models):
    text = (
        "Губернатор Иван Петров наградил Олега Смирнова, своего старого друга, который "
        "называл себя «последним романтиком Сибири»."
    )
    got = quotes_of(text, models)
    assert rows(got, "direct") == [("последним романтиком Сибири", "Олег Смирнов")]
    assert rows(got, "indirect") == []  # называл себя «...»: a self-name, quoted directly


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Бывший банкир Олег Смирнов признал себя виновным в растрате средств вкладчиков.",
            ("в растрате средств вкладчиков", "Олег Смирнов", "признал"),
            id="plea-in",
        ),
        pytest.param(
            "Анна Иванова признала себя виновной по трём пунктам обвинения: мошенничестве и "
            "подлоге документов.",
            (
                "по трём пунктам обвинения: мошенничестве и подлоге документов",
                "Анна Иванова",
                "признала",
            ),
            id="plea-counts-listed-after-a-colon",
        ),
    ],
)
def test_plea_of_guilt_is_reported(text, expected, models):
    test_indirect_quotes(text, expected, models)


@pytest.mark.parametrize(
    "text",
    [
        "Суд признал его виновным в растрате средств вкладчиков.",
        "Олег Смирнов признал себя виновным.",
    ],
)
def test_verdicts_and_bare_pleas_are_no_quotes(text, models):
    assert rows(quotes_of(text, models), "indirect") == []


def test_bare_role_after_an_indirect_report_is_its_speaker(models):
    text = (
        "Соседка пострадавшего Анна Петрова сообщила журналистам, что в доме раздался «очень "
        "сильный хлопок, потом всё загорелось».\n\n"
        "Главный хирург городской больницы Олег Смирнов заявил, что операция прошла успешно.\n\n"
        "«Пациент находится в стабильном состоянии», — сказал врач."
    )
    assert rows(quotes_of(text, models), "direct")[-1] == (
        "Пациент находится в стабильном состоянии",
        "Олег Смирнов",
    )
